/* unknot-safety.c: the safety screen's content, the user's answers, and what they allow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * docs/safety-format.md describes the file. It is bundled, but it is loaded with the same
 * strict checks as the content users bring (UnknotChecker): a safety screen with a
 * misspelt field or a question without tags would fail silently, and here that is the
 * one thing that must not happen.
 */

#define G_LOG_DOMAIN "unknot-safety"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "unknot-content-private.h"
#include "unknot-json-checker.h"
#include "unknot-safety.h"

#define BUNDLED_SAFETY_RESOURCE RESOURCE_BASE_PATH "/safety/safety.json"
#define SECONDS_PER_DAY         (24 * 60 * 60)

const char * const unknot_safety_group_names[] = { "stop", "caution", NULL };
const char * const unknot_safety_urgency_names[] = { "emergency", "same-day", NULL };
const char * const unknot_stop_action_names[] = { "find-another-spot", "end-point", "end-session", "ease-off", NULL };
const char * const unknot_stop_rule_ids[] = { "pulse", "sharp-pain", "numbness", "dizziness", "rising-tenderness", NULL };

G_DEFINE_BOXED_TYPE (UnknotSafety, unknot_safety, unknot_safety_ref, unknot_safety_unref)

static void
question_free (UnknotSafetyQuestion *question)
{
  g_free (question->id);
  g_free (question->topic);
  g_free (question->question);
  g_free (question->why);
  g_strfreev (question->tags);
  g_free (question);
}

static void
red_flag_free (UnknotRedFlag *flag)
{
  g_free (flag->id);
  g_free (flag->text);
  g_free (flag);
}

static void
stop_rule_free (UnknotStopRule *rule)
{
  g_free (rule->id);
  g_free (rule->label);
  g_free (rule->title);
  g_free (rule->advice);
  g_free (rule);
}

static void
note_clear (UnknotSafetyNote *note)
{
  g_clear_pointer (&note->id, g_free);
  g_clear_pointer (&note->title, g_free);
  g_clear_pointer (&note->text, g_free);
}

static void
note_free (UnknotSafetyNote *note)
{
  note_clear (note);
  g_free (note);
}

static UnknotSafety *
unknot_safety_new (void)
{
  UnknotSafety *safety = g_new0 (UnknotSafety, 1);

  g_atomic_ref_count_init (&safety->ref_count);
  safety->questions = g_ptr_array_new_with_free_func ((GDestroyNotify) question_free);
  safety->tag_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  safety->red_flags = g_ptr_array_new_with_free_func ((GDestroyNotify) red_flag_free);
  safety->stop_rules = g_ptr_array_new_with_free_func ((GDestroyNotify) stop_rule_free);
  safety->aftercare = g_ptr_array_new_with_free_func ((GDestroyNotify) note_free);
  safety->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_source_free);
  safety->questions_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  safety->stop_rules_by_id = g_hash_table_new (g_str_hash, g_str_equal);

  return safety;
}

UnknotSafety *
unknot_safety_ref (UnknotSafety *safety)
{
  g_return_val_if_fail (safety != NULL, NULL);

  g_atomic_ref_count_inc (&safety->ref_count);
  return safety;
}

void
unknot_safety_unref (UnknotSafety *safety)
{
  g_return_if_fail (safety != NULL);

  if (!g_atomic_ref_count_dec (&safety->ref_count))
    return;

  g_hash_table_unref (safety->questions_by_id);
  g_hash_table_unref (safety->stop_rules_by_id);
  g_free (safety->intro);
  g_ptr_array_unref (safety->questions);
  g_hash_table_unref (safety->tag_names);
  note_clear (&safety->caution_notice);
  note_clear (&safety->professional);
  g_ptr_array_unref (safety->red_flags);
  for (guint i = 0; i < UNKNOT_SAFETY_N_URGENCIES; i++)
    {
      g_free (safety->urgencies[i].title);
      g_free (safety->urgencies[i].advice);
    }
  g_ptr_array_unref (safety->stop_rules);
  g_ptr_array_unref (safety->aftercare);
  g_free (safety->license);
  g_ptr_array_unref (safety->sources);
  g_free (safety);
}

const UnknotSafetyQuestion *
unknot_safety_lookup_question (UnknotSafety *safety,
                               const char   *id)
{
  g_return_val_if_fail (safety != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (safety->questions_by_id, id);
}

const UnknotStopRule *
unknot_safety_lookup_stop_rule (UnknotSafety *safety,
                                const char   *id)
{
  g_return_val_if_fail (safety != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (safety->stop_rules_by_id, id);
}

/**
 * unknot_safety_get_tag_name:
 * @tag: a contraindication tag, such as "abdominal-pressure"
 *
 * Returns: (nullable): what the tag stands for, in words ("Pressure on the belly"); every
 *   tag a question names has one
 */
const char *
unknot_safety_get_tag_name (UnknotSafety *safety,
                            const char   *tag)
{
  g_return_val_if_fail (safety != NULL, NULL);
  g_return_val_if_fail (tag != NULL, NULL);

  return g_hash_table_lookup (safety->tag_names, tag);
}

/* The loader ------------------------------------------------------------------ */

/* Puts @item in @by_id under @id, or reports the id taken. Ids are unique within a list. */
static void
register_id (UnknotChecker *c,
             GHashTable    *by_id,
             char          *id,
             gpointer       item,
             const char    *path)
{
  g_autofree char *id_path = NULL;

  if (id == NULL || g_hash_table_insert (by_id, id, item))
    return;

  id_path = unknot_checker_child_path (path, "id");
  unknot_checker_report (c, id_path, _("Another entry in this list already has the id “%s”"), id);
}

static gboolean
parse_question (UnknotChecker *c,
                JsonObject    *object,
                const char    *path,
                gpointer       user_data)
{
  static const char * const known[] = { "id", "group", "topic", "question", "why", "tags", NULL };
  UnknotSafety *safety = user_data;
  UnknotSafetyQuestion *question = g_new0 (UnknotSafetyQuestion, 1);
  int group;

  unknot_checker_check_members (c, object, path, known);
  question->id = g_strdup (unknot_checker_get_id (c, object, path, "id", TRUE));
  group = unknot_checker_get_choice (c, object, path, "group", TRUE, unknot_safety_group_names, -1);
  question->group = group >= 0 ? (UnknotSafetyGroup) group : UNKNOT_SAFETY_GROUP_STOP;
  question->topic = g_strdup (unknot_checker_get_words (c, object, path, "topic", TRUE));
  question->question = g_strdup (unknot_checker_get_words (c, object, path, "question", TRUE));
  if (json_object_has_member (object, "why"))
    question->why = g_strdup (unknot_checker_get_words (c, object, path, "why", FALSE));
  question->tags = unknot_checker_get_text_list (c, object, path, "tags", TRUE, 1, FALSE,
                                                 unknot_contraindication_names);

  g_ptr_array_add (safety->questions, question);
  register_id (c, safety->questions_by_id, question->id, question, path);

  return TRUE;
}

static gboolean
parse_red_flag (UnknotChecker *c,
                JsonObject    *object,
                const char    *path,
                gpointer       user_data)
{
  static const char * const known[] = { "id", "urgency", "text", NULL };
  UnknotSafety *safety = user_data;
  UnknotRedFlag *flag = g_new0 (UnknotRedFlag, 1);
  int urgency;

  unknot_checker_check_members (c, object, path, known);
  flag->id = g_strdup (unknot_checker_get_id (c, object, path, "id", TRUE));
  urgency = unknot_checker_get_choice (c, object, path, "urgency", TRUE, unknot_safety_urgency_names, -1);
  flag->urgency = urgency >= 0 ? (UnknotSafetyUrgency) urgency : UNKNOT_SAFETY_URGENCY_EMERGENCY;
  flag->text = g_strdup (unknot_checker_get_words (c, object, path, "text", TRUE));
  g_ptr_array_add (safety->red_flags, flag);

  return TRUE;
}

static gboolean
parse_stop_rule (UnknotChecker *c,
                 JsonObject    *object,
                 const char    *path,
                 gpointer       user_data)
{
  static const char * const known[] = { "id", "label", "title", "advice", "action", NULL };
  UnknotSafety *safety = user_data;
  UnknotStopRule *rule = g_new0 (UnknotStopRule, 1);
  int action;

  unknot_checker_check_members (c, object, path, known);
  if (unknot_checker_get_choice (c, object, path, "id", TRUE, unknot_stop_rule_ids, -1) >= 0)
    rule->id = g_strdup (unknot_checker_get_text (c, object, path, "id", TRUE));
  rule->label = g_strdup (unknot_checker_get_words (c, object, path, "label", TRUE));
  rule->title = g_strdup (unknot_checker_get_words (c, object, path, "title", TRUE));
  rule->advice = g_strdup (unknot_checker_get_words (c, object, path, "advice", TRUE));
  action = unknot_checker_get_choice (c, object, path, "action", TRUE, unknot_stop_action_names, -1);
  rule->action = action >= 0 ? (UnknotStopAction) action : UNKNOT_STOP_ACTION_END_SESSION;

  g_ptr_array_add (safety->stop_rules, rule);
  register_id (c, safety->stop_rules_by_id, rule->id, rule, path);

  return TRUE;
}

/* A titled text: { "title", "text" }, with an "id" where @with_id */
static void
parse_note (UnknotChecker    *c,
            JsonObject       *object,
            const char       *path,
            gboolean          with_id,
            UnknotSafetyNote *note)
{
  static const char * const known[] = { "title", "text", NULL };
  static const char * const known_with_id[] = { "id", "title", "text", NULL };

  unknot_checker_check_members (c, object, path, with_id ? known_with_id : known);
  if (with_id)
    note->id = g_strdup (unknot_checker_get_id (c, object, path, "id", TRUE));
  note->title = g_strdup (unknot_checker_get_words (c, object, path, "title", TRUE));
  note->text = g_strdup (unknot_checker_get_words (c, object, path, "text", TRUE));
}

static void
parse_note_member (UnknotChecker    *c,
                   JsonObject       *root,
                   const char       *name,
                   UnknotSafetyNote *note)
{
  g_autofree char *path = unknot_checker_child_path ("$", name);
  JsonObject *object = unknot_checker_get_object (c, root, "$", name, TRUE);

  if (object != NULL)
    parse_note (c, object, path, FALSE, note);
}

static gboolean
parse_aftercare (UnknotChecker *c,
                 JsonObject    *object,
                 const char    *path,
                 gpointer       user_data)
{
  UnknotSafety *safety = user_data;
  UnknotSafetyNote *note = g_new0 (UnknotSafetyNote, 1);

  parse_note (c, object, path, TRUE, note);
  g_ptr_array_add (safety->aftercare, note);

  return TRUE;
}

static void
parse_urgencies (UnknotChecker *c,
                 JsonObject    *root,
                 UnknotSafety  *safety)
{
  static const char * const known[] = { "title", "advice", NULL };
  JsonObject *urgencies = unknot_checker_get_object (c, root, "$", "urgencies", TRUE);

  if (urgencies == NULL)
    return;

  unknot_checker_check_members (c, urgencies, "$.urgencies", unknot_safety_urgency_names);
  for (guint i = 0; i < UNKNOT_SAFETY_N_URGENCIES; i++)
    {
      g_autofree char *path = unknot_checker_child_path ("$.urgencies", unknot_safety_urgency_names[i]);
      JsonObject *urgency = unknot_checker_get_object (c, urgencies, "$.urgencies", unknot_safety_urgency_names[i], TRUE);

      if (urgency == NULL)
        continue;
      unknot_checker_check_members (c, urgency, path, known);
      safety->urgencies[i].title = g_strdup (unknot_checker_get_words (c, urgency, path, "title", TRUE));
      safety->urgencies[i].advice = g_strdup (unknot_checker_get_words (c, urgency, path, "advice", TRUE));
    }
}

static void
parse_tag_names (UnknotChecker *c,
                 JsonObject    *root,
                 UnknotSafety  *safety)
{
  JsonObject *names = unknot_checker_get_object (c, root, "$", "tag_names", TRUE);

  if (names == NULL)
    return;

  unknot_checker_check_members (c, names, "$.tag_names", unknot_contraindication_names);
  for (guint i = 0; unknot_contraindication_names[i] != NULL; i++)
    {
      const char *tag = unknot_contraindication_names[i];
      const char *name;

      if (json_object_has_member (names, tag) &&
          (name = unknot_checker_get_words (c, names, "$.tag_names", tag, FALSE)) != NULL)
        g_hash_table_insert (safety->tag_names, g_strdup (tag), g_strdup (name));
    }
}

/* Reports ids used twice in @items, entries of a struct with a char *id at @id_offset */
static void
check_unique_ids (UnknotChecker *c,
                  GPtrArray     *items,
                  gsize          id_offset,
                  const char    *path)
{
  g_autoptr (GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < items->len; i++)
    {
      g_autofree char *item_path = unknot_checker_index_path (path, i);
      gpointer item = g_ptr_array_index (items, i);

      register_id (c, by_id, G_STRUCT_MEMBER (char *, item, id_offset), item, item_path);
    }
}

/* What the app relies on beyond each entry's own fields */
static void
check_whole (UnknotChecker *c,
             UnknotSafety  *safety)
{
  gboolean has_urgency[UNKNOT_SAFETY_N_URGENCIES] = { FALSE, };
  gboolean has_stop_question = FALSE;

  for (guint i = 0; i < safety->questions->len; i++)
    {
      UnknotSafetyQuestion *question = g_ptr_array_index (safety->questions, i);

      has_stop_question |= question->group == UNKNOT_SAFETY_GROUP_STOP;
      for (guint j = 0; question->tags != NULL && question->tags[j] != NULL; j++)
        {
          if (!g_hash_table_contains (safety->tag_names, question->tags[j]))
            {
              g_autofree char *path = g_strdup_printf ("$.questions[%u].tags[%u]", i, j);
              unknot_checker_report (c, path, _("The tag “%s” needs a name in “tag_names”"), question->tags[j]);
            }
        }
    }
  if (!has_stop_question)
    unknot_checker_report (c, "$.questions", _("At least one question must be in the group “stop”"));

  for (guint i = 0; i < safety->red_flags->len; i++)
    has_urgency[((UnknotRedFlag *) g_ptr_array_index (safety->red_flags, i))->urgency] = TRUE;
  for (guint i = 0; i < UNKNOT_SAFETY_N_URGENCIES; i++)
    if (!has_urgency[i])
      unknot_checker_report (c, "$.red_flags", _("At least one red flag must have the urgency “%s”"),
                             unknot_safety_urgency_names[i]);

  check_unique_ids (c, safety->red_flags, G_STRUCT_OFFSET (UnknotRedFlag, id), "$.red_flags");
  check_unique_ids (c, safety->aftercare, G_STRUCT_OFFSET (UnknotSafetyNote, id), "$.aftercare");

  /* The player offers each of them during a hold */
  for (guint i = 0; unknot_stop_rule_ids[i] != NULL; i++)
    if (!g_hash_table_contains (safety->stop_rules_by_id, unknot_stop_rule_ids[i]))
      unknot_checker_report (c, "$.stop_rules", _("The stop rule “%s” is missing"), unknot_stop_rule_ids[i]);
}

UnknotSafety *
unknot_safety_load_with_options (const char              *data,
                                 gsize                    length,
                                 const char              *file_name,
                                 const UnknotLoadOptions *options,
                                 GPtrArray               *problems)
{
  static const char * const known[] = {
    "format", "license", "intro", "questions", "tag_names", "caution_notice", "professional", "red_flags",
    "urgencies", "stop_rules", "aftercare", "sources", NULL
  };
  g_autoptr (UnknotSafety) safety = NULL;
  g_autoptr (JsonNode) root_node = NULL;
  UnknotChecker c;
  JsonObject *root;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  root_node = unknot_checker_begin (&c, file_name, data, length, options, problems, known);
  if (root_node == NULL)
    return NULL;
  root = json_node_get_object (root_node);

  safety = unknot_safety_new ();
  safety->license = g_strdup (unknot_checker_get_text (&c, root, "$", "license", TRUE));
  safety->intro = g_strdup (unknot_checker_get_words (&c, root, "$", "intro", TRUE));
  unknot_checker_for_each_object (&c, unknot_checker_get_array (&c, root, "$", "questions", TRUE), "$.questions",
                                  parse_question, safety);
  parse_tag_names (&c, root, safety);
  parse_note_member (&c, root, "caution_notice", &safety->caution_notice);
  parse_note_member (&c, root, "professional", &safety->professional);
  unknot_checker_for_each_object (&c, unknot_checker_get_array (&c, root, "$", "red_flags", TRUE), "$.red_flags",
                                  parse_red_flag, safety);
  parse_urgencies (&c, root, safety);
  unknot_checker_for_each_object (&c, unknot_checker_get_array (&c, root, "$", "stop_rules", TRUE), "$.stop_rules",
                                  parse_stop_rule, safety);
  unknot_checker_for_each_object (&c, unknot_checker_get_array (&c, root, "$", "aftercare", TRUE), "$.aftercare",
                                  parse_aftercare, safety);
  unknot_checker_parse_sources (&c, root, "$", safety->sources);
  check_whole (&c, safety);

  unknot_checker_clear (&c);
  if (unknot_checker_has_new_problems (&c))
    return NULL;

  return g_steal_pointer (&safety);
}

/**
 * unknot_safety_load_from_data:
 * @problems: (element-type UnknotProblem): every problem found is appended here
 *
 * Returns: (transfer full) (nullable): the safety content, or %NULL when there was any problem
 */
UnknotSafety *
unknot_safety_load_from_data (const char *data,
                              gsize       length,
                              const char *file_name,
                              GPtrArray  *problems)
{
  return unknot_safety_load_with_options (data, length, file_name, NULL, problems);
}

/**
 * unknot_safety_load_bundled:
 *
 * Returns: (transfer full) (nullable): the safety content shipped in the resources, in the
 *   user's language
 */
UnknotSafety *
unknot_safety_load_bundled (GPtrArray *problems)
{
  g_autoptr (GBytes) bytes = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (problems != NULL, NULL);

  bytes = unknot_content_lookup_bundled (BUNDLED_SAFETY_RESOURCE, problems);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  return unknot_safety_load_with_options (data, length, "resource://" BUNDLED_SAFETY_RESOURCE,
                                          &unknot_bundled_options, problems);
}

/* The answers ----------------------------------------------------------------- */

struct _UnknotSafetyAnswers
{
  GHashTable *answers;      /* id → GINT_TO_POINTER (yes) */
  gint64      answered_at;  /* Unix time, seconds */
};

G_DEFINE_BOXED_TYPE (UnknotSafetyAnswers, unknot_safety_answers, unknot_safety_answers_copy,
                     unknot_safety_answers_free)

/**
 * unknot_safety_answers_new:
 * @answered_at: when the answers are given, Unix time in seconds
 *
 * Returns: (transfer full): answers to no question yet
 */
UnknotSafetyAnswers *
unknot_safety_answers_new (gint64 answered_at)
{
  UnknotSafetyAnswers *answers = g_new0 (UnknotSafetyAnswers, 1);

  answers->answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  answers->answered_at = answered_at;

  return answers;
}

/**
 * unknot_safety_answers_new_from_variant:
 * @answers: an a{sb}, question id → yes, as stored
 *
 * Returns: (transfer full): the answers
 */
UnknotSafetyAnswers *
unknot_safety_answers_new_from_variant (GVariant *answers,
                                        gint64    answered_at)
{
  UnknotSafetyAnswers *self;
  GVariantIter iter;
  const char *id;
  gboolean yes;

  g_return_val_if_fail (answers != NULL, NULL);
  g_return_val_if_fail (g_variant_is_of_type (answers, G_VARIANT_TYPE ("a{sb}")), NULL);

  self = unknot_safety_answers_new (answered_at);
  g_variant_iter_init (&iter, answers);
  while (g_variant_iter_next (&iter, "{&sb}", &id, &yes))
    unknot_safety_answers_set (self, id, yes);

  return self;
}

UnknotSafetyAnswers *
unknot_safety_answers_copy (const UnknotSafetyAnswers *answers)
{
  UnknotSafetyAnswers *copy;
  GHashTableIter iter;
  gpointer id, yes;

  g_return_val_if_fail (answers != NULL, NULL);

  copy = unknot_safety_answers_new (answers->answered_at);
  g_hash_table_iter_init (&iter, answers->answers);
  while (g_hash_table_iter_next (&iter, &id, &yes))
    g_hash_table_insert (copy->answers, g_strdup (id), yes);

  return copy;
}

void
unknot_safety_answers_free (UnknotSafetyAnswers *answers)
{
  g_return_if_fail (answers != NULL);

  g_hash_table_unref (answers->answers);
  g_free (answers);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b,
             gpointer      user_data)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * unknot_safety_answers_to_variant:
 *
 * Returns: (transfer floating): the answers as an a{sb}, ordered by id
 */
GVariant *
unknot_safety_answers_to_variant (const UnknotSafetyAnswers *answers)
{
  g_autofree gpointer *ids = NULL;
  GVariantBuilder builder;
  guint n_ids;

  g_return_val_if_fail (answers != NULL, NULL);

  ids = g_hash_table_get_keys_as_array (answers->answers, &n_ids);
  g_qsort_with_data (ids, n_ids, sizeof (gpointer), compare_ids, NULL);

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{sb}"));
  for (guint i = 0; i < n_ids; i++)
    g_variant_builder_add (&builder, "{sb}", ids[i],
                           GPOINTER_TO_INT (g_hash_table_lookup (answers->answers, ids[i])));

  return g_variant_builder_end (&builder);
}

void
unknot_safety_answers_set (UnknotSafetyAnswers *answers,
                           const char          *id,
                           gboolean             yes)
{
  g_return_if_fail (answers != NULL);
  g_return_if_fail (id != NULL);

  g_hash_table_insert (answers->answers, g_strdup (id), GINT_TO_POINTER (yes ? 1 : 0));
}

/**
 * unknot_safety_answers_lookup:
 * @yes: (out) (optional): the answer
 *
 * Returns: whether the question @id was answered
 */
gboolean
unknot_safety_answers_lookup (const UnknotSafetyAnswers *answers,
                              const char                *id,
                              gboolean                  *yes)
{
  gpointer value;

  g_return_val_if_fail (answers != NULL, FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (!g_hash_table_lookup_extended (answers->answers, id, NULL, &value))
    return FALSE;
  if (yes != NULL)
    *yes = GPOINTER_TO_INT (value) != 0;
  return TRUE;
}

gint64
unknot_safety_answers_get_answered_at (const UnknotSafetyAnswers *answers)
{
  g_return_val_if_fail (answers != NULL, 0);

  return answers->answered_at;
}

void
unknot_safety_answers_set_answered_at (UnknotSafetyAnswers *answers,
                                       gint64               answered_at)
{
  g_return_if_fail (answers != NULL);

  answers->answered_at = answered_at;
}

/**
 * unknot_safety_answers_is_current:
 * @answers: (nullable): the stored answers, if any
 * @now_unix: the time now, Unix time in seconds
 *
 * Answers are current when every question of @safety has one and they are at most
 * %UNKNOT_SAFETY_MAX_AGE_DAYS old. Answers dated more than a day ahead of @now_unix were
 * given while the clock was wrong, and would otherwise never grow old: they are not current.
 *
 * Returns: whether the answers can be relied on
 */
gboolean
unknot_safety_answers_is_current (const UnknotSafetyAnswers *answers,
                                  UnknotSafety              *safety,
                                  gint64                     now_unix)
{
  g_return_val_if_fail (safety != NULL, FALSE);

  if (answers == NULL || answers->answered_at <= 0)
    return FALSE;
  if (now_unix - answers->answered_at > (gint64) UNKNOT_SAFETY_MAX_AGE_DAYS * SECONDS_PER_DAY ||
      answers->answered_at - now_unix > SECONDS_PER_DAY)
    return FALSE;

  for (guint i = 0; i < safety->questions->len; i++)
    {
      const UnknotSafetyQuestion *question = g_ptr_array_index (safety->questions, i);

      if (!unknot_safety_answers_lookup (answers, question->id, NULL))
        return FALSE;
    }

  return TRUE;
}

/* Evaluation ------------------------------------------------------------------ */

/**
 * unknot_safety_question_concerns:
 * @routine_tags: (nullable): a routine's contraindication tags
 *
 * Returns: whether @question names one of @routine_tags: a yes to it hides (stop) or warns
 *   about (caution) such a routine
 */
gboolean
unknot_safety_question_concerns (const UnknotSafetyQuestion *question,
                                 const char * const         *routine_tags)
{
  g_return_val_if_fail (question != NULL, FALSE);

  for (guint i = 0; question->tags != NULL && question->tags[i] != NULL; i++)
    if (routine_tags != NULL && g_strv_contains (routine_tags, question->tags[i]))
      return TRUE;
  return FALSE;
}

/* Adds to @reasons the questions of @group answered yes that concern one of @routine_tags;
 * returns whether there was any. */
static gboolean
find_yes_answers (UnknotSafety              *safety,
                  const UnknotSafetyAnswers *answers,
                  UnknotSafetyGroup          group,
                  const char * const        *routine_tags,
                  GPtrArray                 *reasons)
{
  gboolean found = FALSE;

  for (guint i = 0; answers != NULL && i < safety->questions->len; i++)
    {
      const UnknotSafetyQuestion *question = g_ptr_array_index (safety->questions, i);
      gboolean yes = FALSE;

      if (question->group != group || !unknot_safety_question_concerns (question, routine_tags) ||
          !unknot_safety_answers_lookup (answers, question->id, &yes) || !yes)
        continue;
      found = TRUE;
      if (reasons != NULL)
        g_ptr_array_add (reasons, (gpointer) question);
    }

  return found;
}

/**
 * unknot_safety_evaluate:
 * @answers: (nullable): the stored answers, if any
 * @routine_tags: (nullable): the routine's contraindication tags
 * @now_unix: the time now, Unix time in seconds
 * @reasons: (nullable) (element-type UnknotSafetyQuestion): the questions that block or warn
 *   are appended here (owned by @safety)
 *
 * What the answers allow for a routine with @routine_tags. A routine with a tag that a stop
 * question sets needs current answers (unknot_safety_answers_is_current()); a stop question
 * answered yes that sets one of its tags hides it. A caution question answered yes that
 * warns about one of its tags asks for the caution notice; a stored caution answer keeps
 * warning until it is answered again, even when the answers are no longer current.
 *
 * Returns: the verdict
 */
UnknotSafetyVerdict
unknot_safety_evaluate (UnknotSafety              *safety,
                        const UnknotSafetyAnswers *answers,
                        const char * const        *routine_tags,
                        gint64                     now_unix,
                        GPtrArray                 *reasons)
{
  gboolean concerns_stop = FALSE;

  g_return_val_if_fail (safety != NULL, UNKNOT_SAFETY_NEEDS_CHECK);

  for (guint i = 0; i < safety->questions->len && !concerns_stop; i++)
    {
      const UnknotSafetyQuestion *question = g_ptr_array_index (safety->questions, i);

      concerns_stop = question->group == UNKNOT_SAFETY_GROUP_STOP &&
                      unknot_safety_question_concerns (question, routine_tags);
    }

  if (concerns_stop)
    {
      if (!unknot_safety_answers_is_current (answers, safety, now_unix))
        return UNKNOT_SAFETY_NEEDS_CHECK;
      if (find_yes_answers (safety, answers, UNKNOT_SAFETY_GROUP_STOP, routine_tags, reasons))
        return UNKNOT_SAFETY_BLOCKED;
    }

  if (find_yes_answers (safety, answers, UNKNOT_SAFETY_GROUP_CAUTION, routine_tags, reasons))
    return UNKNOT_SAFETY_CAUTION;

  return UNKNOT_SAFETY_ALLOWED;
}
