/* unknot-routine-loader.c: routine files in, validated routines or every problem out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Routine files come from users and therapists, so nothing in them is trusted: the
 * size, the nesting depth and the encoding are checked before parsing, every field's
 * type, range and cross-reference after it. Every problem is reported, each with the
 * line and column of the value concerned and its JSON path; a file with any problem
 * gives no routine. The format is described in docs/routine-format.md.
 */

#define G_LOG_DOMAIN "unknot-routine-loader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <stdarg.h>
#include <string.h>

#include "unknot-content-private.h"
#include "unknot-json-checker.h"
#include "unknot-routine-loader.h"

#define BUNDLED_PATTERNS_RESOURCE RESOURCE_BASE_PATH "/routines/breathing-patterns.json"

/* Images stay inside the routine's own folder: a relative path, no way out, a picture. */
static void
check_image_path (UnknotChecker *c,
                  const char    *image,
                  const char    *path)
{
  g_auto (GStrv) parts = NULL;

  if (g_path_is_absolute (image) || image[0] == '/' || strchr (image, '\\') != NULL || strchr (image, ':') != NULL)
    {
      unknot_checker_report (c, path, _("The image must be a path relative to the routine’s folder, not “%s”"), image);
      return;
    }

  parts = g_strsplit (image, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (g_str_equal (parts[i], "..") || g_str_equal (parts[i], ".") || parts[i][0] == '\0')
        {
          unknot_checker_report (c, path, _("The image path “%s” may not leave the routine’s folder"), image);
          return;
        }
    }

  if (!g_str_has_suffix (image, ".svg") && !g_str_has_suffix (image, ".png"))
    unknot_checker_report (c, path, _("The image must be an SVG or PNG file"));
}

static UnknotBreathingPattern *
parse_breathing_pattern (UnknotChecker *c,
                         JsonNode      *node,
                         const char    *id,
                         const char    *path)
{
  static const char * const known[] = { "title", "description", "inhale", "hold_in", "exhale", "hold_out", NULL };
  g_autoptr (UnknotBreathingPattern) pattern = NULL;
  JsonObject *object;
  guint before = c->problems->len;

  if (!unknot_id_is_valid (id))
    unknot_checker_report (c, path, _("“%s” is not a valid id for a breathing pattern"), id);
  if (JSON_NODE_TYPE (node) != JSON_NODE_OBJECT)
    {
      unknot_checker_report (c, path, _("Must be an object, not %s"), unknot_json_describe_node (node));
      return NULL;
    }

  object = json_node_get_object (node);
  unknot_checker_check_members (c, object, path, known);

  pattern = g_new0 (UnknotBreathingPattern, 1);
  pattern->id = g_strdup (id);
  pattern->title = g_strdup (unknot_checker_get_words (c, object, path, "title", TRUE));
  if (json_object_has_member (object, "description"))
    pattern->description = g_strdup (unknot_checker_get_words (c, object, path, "description", FALSE));
  unknot_checker_get_number (c, object, path, "inhale", 0.5, 20, &pattern->inhale);
  unknot_checker_get_number (c, object, path, "hold_in", 0, 20, &pattern->hold_in);
  unknot_checker_get_number (c, object, path, "exhale", 0.5, 20, &pattern->exhale);
  unknot_checker_get_number (c, object, path, "hold_out", 0, 20, &pattern->hold_out);

  return c->problems->len > before ? NULL : g_steal_pointer (&pattern);
}

/* Fills @patterns from a "breathing_patterns" object. */
static void
parse_breathing_patterns (UnknotChecker *c,
                          JsonObject    *object,
                          const char    *path,
                          GHashTable    *patterns)
{
  JsonObjectIter iter;
  const char *id;
  JsonNode *node;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &id, &node))
    {
      g_autofree char *pattern_path = unknot_checker_child_path (path, id);
      UnknotBreathingPattern *pattern = parse_breathing_pattern (c, node, id, pattern_path);

      if (pattern != NULL)
        g_hash_table_replace (patterns, pattern->id, pattern);
    }
}

/* How long the timed part of a step is, for checking prompts; 0 if it waits for the user. */
static guint
step_timed_length (const UnknotStep *step)
{
  switch (step->type)
    {
    case UNKNOT_STEP_POSITION:
    case UNKNOT_STEP_REST:
    case UNKNOT_STEP_BREATHE:
    case UNKNOT_STEP_EXERCISE:
      return step->duration;
    case UNKNOT_STEP_PRESS:
    case UNKNOT_STEP_STRETCH:
      return step->hold;
    case UNKNOT_STEP_LOCATE:
    case UNKNOT_STEP_RATE:
    case UNKNOT_STEP_INFO:
    default:
      return 0;
    }
}

static void
parse_prompts (UnknotChecker *c,
               JsonObject    *object,
               const char    *path,
               UnknotStep    *step)
{
  static const char * const known[] = { "at", "say", "cue", NULL };
  g_autofree char *prompts_path = unknot_checker_child_path (path, "prompts");
  JsonArray *array = unknot_checker_get_array (c, object, path, "prompts", FALSE);
  guint timed_length = step_timed_length (step);
  guint length;

  if (array == NULL)
    return;

  length = json_array_get_length (array);
  if (length > 0 && timed_length == 0)
    {
      unknot_checker_report (c, prompts_path, _("Prompts need a timed step; this step waits for the user"));
      return;
    }
  if (length > UNKNOT_ROUTINE_MAX_PROMPTS)
    {
      unknot_checker_report (c, prompts_path, _("A step may have at most %d prompts"), UNKNOT_ROUTINE_MAX_PROMPTS);
      return;
    }

  for (guint i = 0; i < length; i++)
    {
      g_autofree char *path_i = unknot_checker_index_path (prompts_path, i);
      JsonNode *node = json_array_get_element (array, i);
      g_autoptr (UnknotPrompt) prompt = NULL;
      JsonObject *prompt_object;
      int cue;

      if (JSON_NODE_TYPE (node) != JSON_NODE_OBJECT)
        {
          unknot_checker_report (c, path_i, _("Must be an object, not %s"), unknot_json_describe_node (node));
          continue;
        }
      prompt_object = json_node_get_object (node);
      unknot_checker_check_members (c, prompt_object, path_i, known);

      prompt = g_new0 (UnknotPrompt, 1);
      if (unknot_checker_get_uint (c, prompt_object, path_i, "at", TRUE, 0, G_MAXINT, &prompt->at) &&
          prompt->at >= timed_length)
        {
          g_autofree char *at_path = unknot_checker_child_path (path_i, "at");
          unknot_checker_report (c, at_path, _("A prompt at %u s falls outside the step’s %u s"), prompt->at, timed_length);
        }
      if (json_object_has_member (prompt_object, "say"))
        prompt->say = g_strdup (unknot_checker_get_words (c, prompt_object, path_i, "say", FALSE));
      cue = unknot_checker_get_choice (c, prompt_object, path_i, "cue", FALSE, unknot_cue_names + 1, -2);
      prompt->cue = cue >= 0 ? (UnknotCue) (cue + 1) : UNKNOT_CUE_NONE;
      if (!json_object_has_member (prompt_object, "say") && !json_object_has_member (prompt_object, "cue"))
        unknot_checker_report (c, path_i, _("A prompt needs something to say, a cue to play, or both"));

      g_ptr_array_add (step->prompts, g_steal_pointer (&prompt));
    }
}

static void
check_pattern_reference (UnknotChecker *c,
                         const char    *pattern,
                         const char    *path,
                         GHashTable    *known_patterns,
                         GHashTable    *own_patterns)
{
  if (pattern == NULL)
    return;
  if ((known_patterns != NULL && g_hash_table_contains (known_patterns, pattern)) ||
      g_hash_table_contains (own_patterns, pattern))
    return;

  unknot_checker_report (c, path, _("There is no breathing pattern “%s”"), pattern);
}

static UnknotStep *
parse_step (UnknotChecker *c,
            JsonNode      *node,
            const char    *path,
            GHashTable    *known_patterns,
            GHashTable    *own_patterns)
{
  static const char * const members[][16] = {
    [UNKNOT_STEP_POSITION] = { "duration", "side", NULL },
    [UNKNOT_STEP_LOCATE] = { "trigger_point", "landmarks", "search", "signs", "side", NULL },
    [UNKNOT_STEP_PRESS] = { "trigger_point", "hold", "early_release", "pressure", "holds", "rest_between",
                            "breathing", "side", NULL },
    [UNKNOT_STEP_STRETCH] = { "hold", "reps", "rest_between", "breathing", "side", NULL },
    [UNKNOT_STEP_EXERCISE] = { "reps", "duration", "sets", "tempo", "rest_between_sets", "side", NULL },
    [UNKNOT_STEP_REST] = { "duration", NULL },
    [UNKNOT_STEP_BREATHE] = { "pattern", "duration", NULL },
    [UNKNOT_STEP_RATE] = { "when", NULL },
    [UNKNOT_STEP_INFO] = { NULL },
  };
  static const char * const common[] = { "type", "title", "instructions", "image", "prompts", NULL };
  g_autoptr (UnknotStep) step = NULL;
  g_autoptr (GStrvBuilder) known_builder = g_strv_builder_new ();
  g_auto (GStrv) known = NULL;
  JsonObject *object;
  gboolean needs_title, needs_instructions;
  int type;

  if (JSON_NODE_TYPE (node) != JSON_NODE_OBJECT)
    {
      unknot_checker_report (c, path, _("A step must be an object, not %s"), unknot_json_describe_node (node));
      return NULL;
    }
  object = json_node_get_object (node);

  type = unknot_checker_get_choice (c, object, path, "type", TRUE, unknot_step_type_names, -1);
  if (type < 0)
    return NULL;
  step = unknot_step_new ((UnknotStepType) type);

  g_strv_builder_addv (known_builder, (const char **) common);
  g_strv_builder_addv (known_builder, (const char **) members[type]);
  known = g_strv_builder_end (known_builder);
  unknot_checker_check_members (c, object, path, (const char * const *) known);

  needs_title = type != UNKNOT_STEP_RATE && type != UNKNOT_STEP_REST;
  needs_instructions = type == UNKNOT_STEP_POSITION || type == UNKNOT_STEP_LOCATE || type == UNKNOT_STEP_PRESS ||
                       type == UNKNOT_STEP_STRETCH || type == UNKNOT_STEP_EXERCISE || type == UNKNOT_STEP_INFO;
  step->title = g_strdup (unknot_checker_get_words (c, object, path, "title", needs_title));
  step->instructions = g_strdup (unknot_checker_get_words (c, object, path, "instructions", needs_instructions));
  if (json_object_has_member (object, "image"))
    {
      g_autofree char *image_path = unknot_checker_child_path (path, "image");
      const char *image = unknot_checker_get_text (c, object, path, "image", FALSE);

      if (image != NULL)
        check_image_path (c, image, image_path);
      step->image = g_strdup (image);
    }
  if (g_strv_contains ((const char * const *) known, "side"))
    step->side = (UnknotSide) MAX (0, unknot_checker_get_choice (c, object, path, "side", FALSE, unknot_side_names, UNKNOT_SIDE_NONE));

  switch (step->type)
    {
    case UNKNOT_STEP_POSITION:
      unknot_checker_get_uint (c, object, path, "duration", FALSE, 5, 600, &step->duration);
      break;

    case UNKNOT_STEP_LOCATE:
      step->trigger_point = g_strdup (unknot_checker_get_id (c, object, path, "trigger_point", TRUE));
      step->landmarks = unknot_checker_get_words_list (c, object, path, "landmarks", TRUE, 1);
      step->search = g_strdup (unknot_checker_get_words (c, object, path, "search", FALSE));
      step->signs = unknot_checker_get_words_list (c, object, path, "signs", TRUE, 1);
      break;

    case UNKNOT_STEP_PRESS:
      {
        g_autofree char *hold_path = unknot_checker_child_path (path, "hold");
        g_autofree char *pressure_path = unknot_checker_child_path (path, "pressure");
        g_autofree char *breathing_path = unknot_checker_child_path (path, "breathing");
        JsonObject *hold = unknot_checker_get_object (c, object, path, "hold", TRUE);
        JsonObject *pressure = unknot_checker_get_object (c, object, path, "pressure", TRUE);

        step->trigger_point = g_strdup (unknot_checker_get_id (c, object, path, "trigger_point", TRUE));
        if (hold != NULL)
          {
            static const char * const hold_members[] = { "default", "min", "max", NULL };
            gboolean complete;

            unknot_checker_check_members (c, hold, hold_path, hold_members);
            complete = unknot_checker_get_uint (c, hold, hold_path, "default", TRUE, 10, 180, &step->hold);
            complete &= unknot_checker_get_uint (c, hold, hold_path, "min", TRUE, 10, 180, &step->hold_min);
            complete &= unknot_checker_get_uint (c, hold, hold_path, "max", TRUE, 10, 180, &step->hold_max);
            if (complete && !(step->hold_min <= step->hold && step->hold <= step->hold_max))
              unknot_checker_report (c, hold_path, _("The hold must satisfy min ≤ default ≤ max (%u, %u, %u)"),
                      step->hold_min, step->hold, step->hold_max);
          }
        step->early_release = TRUE;
        unknot_checker_get_boolean (c, object, path, "early_release", &step->early_release);
        if (pressure != NULL)
          {
            static const char * const pressure_members[] = { "target", "max", "words", NULL };
            gboolean complete;

            unknot_checker_check_members (c, pressure, pressure_path, pressure_members);
            complete = unknot_checker_get_uint (c, pressure, pressure_path, "target", TRUE, 0, 10, &step->pressure_target);
            complete &= unknot_checker_get_uint (c, pressure, pressure_path, "max", TRUE, 0, 10, &step->pressure_max);
            step->pressure_words = g_strdup (unknot_checker_get_words (c, pressure, pressure_path, "words", TRUE));
            if (complete && step->pressure_target > step->pressure_max)
              unknot_checker_report (c, pressure_path, _("The target pressure %u is above the ceiling %u"),
                      step->pressure_target, step->pressure_max);
          }
        unknot_checker_get_uint (c, object, path, "holds", TRUE, 1, 5, &step->holds);
        unknot_checker_get_uint (c, object, path, "rest_between", FALSE, 0, 120, &step->rest_between);
        step->breathing = g_strdup (unknot_checker_get_id (c, object, path, "breathing", FALSE));
        check_pattern_reference (c, step->breathing, breathing_path, known_patterns, own_patterns);
        break;
      }

    case UNKNOT_STEP_STRETCH:
      {
        g_autofree char *breathing_path = unknot_checker_child_path (path, "breathing");

        unknot_checker_get_uint (c, object, path, "hold", TRUE, 5, 180, &step->hold);
        unknot_checker_get_uint (c, object, path, "reps", TRUE, 1, 10, &step->reps);
        unknot_checker_get_uint (c, object, path, "rest_between", FALSE, 0, 120, &step->rest_between);
        step->breathing = g_strdup (unknot_checker_get_id (c, object, path, "breathing", FALSE));
        check_pattern_reference (c, step->breathing, breathing_path, known_patterns, own_patterns);
        break;
      }

    case UNKNOT_STEP_EXERCISE:
      {
        g_autofree char *tempo_path = unknot_checker_child_path (path, "tempo");
        gboolean has_reps = json_object_has_member (object, "reps");
        gboolean has_duration = json_object_has_member (object, "duration");
        JsonObject *tempo;

        if (has_reps == has_duration)
          unknot_checker_report (c, path, _("An exercise needs either “reps” or “duration”, not both or neither"));
        unknot_checker_get_uint (c, object, path, "reps", FALSE, 1, 100, &step->reps);
        unknot_checker_get_uint (c, object, path, "duration", FALSE, 5, 600, &step->duration);
        unknot_checker_get_uint (c, object, path, "sets", FALSE, 1, 10, &step->sets);
        unknot_checker_get_uint (c, object, path, "rest_between_sets", FALSE, 0, 300, &step->rest_between_sets);
        tempo = unknot_checker_get_object (c, object, path, "tempo", FALSE);
        if (tempo != NULL)
          {
            static const char * const tempo_members[] = { "up", "hold", "down", NULL };

            unknot_checker_check_members (c, tempo, tempo_path, tempo_members);
            unknot_checker_get_uint (c, tempo, tempo_path, "up", TRUE, 0, 30, &step->tempo_up);
            unknot_checker_get_uint (c, tempo, tempo_path, "hold", FALSE, 0, 60, &step->tempo_hold);
            unknot_checker_get_uint (c, tempo, tempo_path, "down", TRUE, 0, 30, &step->tempo_down);
          }
        break;
      }

    case UNKNOT_STEP_REST:
      unknot_checker_get_uint (c, object, path, "duration", TRUE, 1, 600, &step->duration);
      if (step->title == NULL)
        step->title = g_strdup (_("Rest"));
      break;

    case UNKNOT_STEP_BREATHE:
      {
        g_autofree char *pattern_path = unknot_checker_child_path (path, "pattern");

        step->breathing = g_strdup (unknot_checker_get_id (c, object, path, "pattern", TRUE));
        check_pattern_reference (c, step->breathing, pattern_path, known_patterns, own_patterns);
        unknot_checker_get_uint (c, object, path, "duration", TRUE, 10, 1800, &step->duration);
        break;
      }

    case UNKNOT_STEP_RATE:
      {
        int when = unknot_checker_get_choice (c, object, path, "when", TRUE, unknot_rate_when_names, -1);

        step->when = when >= 0 ? (UnknotRateWhen) when : UNKNOT_RATE_BEFORE;
        if (step->title == NULL)
          step->title = g_strdup (step->when == UNKNOT_RATE_BEFORE ? _("How Much Does It Hurt Now?")
                                                                   : _("How Much Does It Hurt Now, After?"));
        break;
      }

    case UNKNOT_STEP_INFO:
    default:
      break;
    }

  /* after the fields that give the step its length */
  parse_prompts (c, object, path, step);

  return g_steal_pointer (&step);
}

/**
 * unknot_routine_load_from_data:
 * @data: the file's contents, not necessarily nul-terminated
 * @file_name: the file's name as the user should see it in problems
 * @known_patterns: (nullable): breathing patterns steps may name (the bundled ones)
 * @problems: (element-type UnknotProblem): every problem found is appended here
 *
 * Returns: (transfer full) (nullable): the routine, or %NULL when there was any problem
 */
UnknotRoutine *
unknot_routine_load_from_data (const char *data,
                               gsize       length,
                               const char *file_name,
                               GHashTable *known_patterns,
                               GPtrArray  *problems)
{
  return unknot_routine_load_with_options (data, length, file_name, known_patterns, NULL, problems);
}

/**
 * unknot_routine_load_with_options:
 * @options: (nullable): for bundled content: translate its texts, or collect them
 *
 * Returns: (transfer full) (nullable): the routine, or %NULL when there was any problem
 */
UnknotRoutine *
unknot_routine_load_with_options (const char              *data,
                                  gsize                    length,
                                  const char              *file_name,
                                  GHashTable              *known_patterns,
                                  const UnknotLoadOptions *options,
                                  GPtrArray               *problems)
{
  static const char * const known[] = {
    "format", "id", "title", "summary", "kind", "level", "estimated_duration", "equipment", "targets",
    "contraindications", "author", "license", "sources", "breathing_patterns", "steps", NULL
  };
  static const char * const target_members[] = { "muscles", "trigger_points", NULL };
  UnknotChecker c;
  g_autoptr (UnknotRoutine) routine = NULL;
  g_autoptr (JsonNode) root_node = NULL;
  JsonObject *root, *targets, *patterns;
  JsonArray *steps;
  int choice;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  root_node = unknot_checker_begin (&c, file_name, data, length, options, problems, known);
  if (root_node == NULL)
    return NULL;
  root = json_node_get_object (root_node);

  routine = unknot_routine_new ();
  routine->id = g_strdup (unknot_checker_get_id (&c, root, "$", "id", TRUE));
  routine->title = g_strdup (unknot_checker_get_words (&c, root, "$", "title", TRUE));
  routine->summary = g_strdup (unknot_checker_get_words (&c, root, "$", "summary", TRUE));
  choice = unknot_checker_get_choice (&c, root, "$", "kind", TRUE, unknot_routine_kind_names, -1);
  routine->kind = (UnknotRoutineKind) MAX (choice, 0);
  choice = unknot_checker_get_choice (&c, root, "$", "level", TRUE, unknot_routine_level_names, -1);
  routine->level = (UnknotRoutineLevel) MAX (choice, 0);
  unknot_checker_get_uint (&c, root, "$", "estimated_duration", TRUE, 30, 7200, &routine->estimated_duration);
  routine->equipment = unknot_checker_get_words_list (&c, root, "$", "equipment", FALSE, 0);
  targets = unknot_checker_get_object (&c, root, "$", "targets", FALSE);
  if (targets != NULL)
    {
      unknot_checker_check_members (&c, targets, "$.targets", target_members);
      routine->target_muscles = unknot_checker_get_text_list (&c, targets, "$.targets", "muscles", FALSE, 0, TRUE, NULL);
      routine->target_trigger_points = unknot_checker_get_text_list (&c, targets, "$.targets", "trigger_points", FALSE, 0, TRUE, NULL);
    }
  else
    {
      routine->target_muscles = g_new0 (char *, 1);
      routine->target_trigger_points = g_new0 (char *, 1);
    }
  routine->contraindications = unknot_checker_get_text_list (&c, root, "$", "contraindications", FALSE, 0, FALSE,
                                                             unknot_contraindication_names);
  routine->author = g_strdup (unknot_checker_get_text (&c, root, "$", "author", TRUE));
  routine->license = g_strdup (unknot_checker_get_text (&c, root, "$", "license", TRUE));
  unknot_checker_parse_sources (&c, root, "$", routine->sources);

  patterns = unknot_checker_get_object (&c, root, "$", "breathing_patterns", FALSE);
  if (patterns != NULL)
    parse_breathing_patterns (&c, patterns, "$.breathing_patterns", routine->breathing_patterns);

  steps = unknot_checker_get_array (&c, root, "$", "steps", TRUE);
  if (steps != NULL)
    {
      guint n_steps = json_array_get_length (steps);

      if (n_steps == 0)
        unknot_checker_report (&c, "$.steps", _("A routine needs at least one step"));
      else if (n_steps > UNKNOT_ROUTINE_MAX_STEPS)
        unknot_checker_report (&c, "$.steps", _("A routine may have at most %d steps; this one has %u"),
                UNKNOT_ROUTINE_MAX_STEPS, n_steps);

      for (guint i = 0; i < MIN (n_steps, UNKNOT_ROUTINE_MAX_STEPS); i++)
        {
          g_autofree char *path = unknot_checker_index_path ("$.steps", i);
          UnknotStep *step = parse_step (&c, json_array_get_element (steps, i), path,
                                         known_patterns, routine->breathing_patterns);

          if (step != NULL)
            g_ptr_array_add (routine->steps, step);
        }
    }

  unknot_checker_clear (&c);
  if (unknot_checker_has_new_problems (&c))
    return NULL;

  return g_steal_pointer (&routine);
}

/**
 * unknot_routine_load_from_file:
 * @file_name: (nullable): the name to show in problems; the file's path by default
 *
 * Reads and validates a routine file, refusing too large files before reading them.
 *
 * Returns: (transfer full) (nullable): the routine, or %NULL when there was any problem
 */
UnknotRoutine *
unknot_routine_load_from_file (GFile      *file,
                               const char *file_name,
                               GHashTable *known_patterns,
                               GPtrArray  *problems)
{
  g_autofree char *shown = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  shown = file_name != NULL ? g_strdup (file_name) : g_file_get_parse_name (file);
  if (!unknot_content_read_file (file, shown, problems, &contents, &length))
    return NULL;

  return unknot_routine_load_from_data (contents, length, shown, known_patterns, problems);
}

/**
 * unknot_breathing_patterns_load_from_data:
 *
 * Reads a breathing-pattern library: `{ "format": 1, "breathing_patterns": {…}, "sources": […] }`.
 *
 * Returns: (transfer full) (nullable): id → UnknotBreathingPattern, or %NULL on any problem
 */
GHashTable *
unknot_breathing_patterns_load_from_data (const char *data,
                                          gsize       length,
                                          const char *file_name,
                                          GPtrArray  *problems)
{
  return unknot_breathing_patterns_load_with_options (data, length, file_name, NULL, problems);
}

GHashTable *
unknot_breathing_patterns_load_with_options (const char              *data,
                                             gsize                    length,
                                             const char              *file_name,
                                             const UnknotLoadOptions *options,
                                             GPtrArray               *problems)
{
  static const char * const known[] = { "format", "breathing_patterns", "sources", NULL };
  UnknotChecker c;
  g_autoptr (GHashTable) patterns = NULL;
  g_autoptr (GPtrArray) sources = NULL;
  g_autoptr (JsonNode) root_node = NULL;
  JsonObject *root, *object;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  root_node = unknot_checker_begin (&c, file_name, data, length, options, problems, known);
  if (root_node == NULL)
    return NULL;
  root = json_node_get_object (root_node);

  patterns = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) unknot_breathing_pattern_free);
  object = unknot_checker_get_object (&c, root, "$", "breathing_patterns", TRUE);
  if (object != NULL)
    parse_breathing_patterns (&c, object, "$.breathing_patterns", patterns);
  sources = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_source_free);
  unknot_checker_parse_sources (&c, root, "$", sources);

  unknot_checker_clear (&c);
  if (unknot_checker_has_new_problems (&c))
    return NULL;

  return g_steal_pointer (&patterns);
}

/**
 * unknot_breathing_patterns_load_bundled:
 *
 * Returns: (transfer full) (nullable): the patterns shipped in the resources
 */
GHashTable *
unknot_breathing_patterns_load_bundled (GPtrArray *problems)
{
  g_autoptr (GBytes) bytes = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (problems != NULL, NULL);

  bytes = unknot_content_lookup_bundled (BUNDLED_PATTERNS_RESOURCE, problems);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  return unknot_breathing_patterns_load_with_options (data, length, "resource://" BUNDLED_PATTERNS_RESOURCE,
                                                      &unknot_bundled_options, problems);
}
