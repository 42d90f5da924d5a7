/* unknot-history-export.c: the history as files the user takes away and brings back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * JSON holds everything the history keeps and reads back into it (the format is in
 * docs/history-format.md); CSV is one row a session, for a spreadsheet. A file read back
 * comes from outside: it is checked like a routine file, every problem named with its
 * place, and nothing of it is used unless all of it is right.
 */

#define G_LOG_DOMAIN "unknot-history"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "unknot-history-export.h"
#include "unknot-json-checker.h"

/* JSON */

static void
add_text (JsonBuilder *builder,
          const char  *name,
          const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_int (JsonBuilder *builder,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
add_boolean (JsonBuilder *builder,
             const char  *name,
             gboolean     value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_boolean_value (builder, value);
}

static char *
format_utc (gint64 usec)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc_usec (usec);

  return time != NULL ? g_date_time_format_iso8601 (time) : NULL;
}

static void
add_session (JsonBuilder            *builder,
             const UnknotSessionLog *log)
{
  g_autofree char *started = format_utc (log->started_at);

  json_builder_begin_object (builder);
  add_text (builder, "routine", log->routine_id);
  add_text (builder, "title", log->routine_title != NULL ? log->routine_title : log->routine_id);
  add_text (builder, "kind", unknot_routine_kind_names[log->kind]);
  add_boolean (builder, "pressure", log->compression);
  add_text (builder, "sides", unknot_side_names[log->sides]);
  add_text (builder, "started", started);
  add_text (builder, "local-date", log->local_date);
  add_int (builder, "planned-seconds", log->planned_seconds);
  add_int (builder, "active-seconds", log->active_seconds);
  add_int (builder, "steps-total", log->steps_total);
  add_int (builder, "steps-done", log->steps_done);
  add_boolean (builder, "completed", log->completed);
  if (log->stop_reason != NULL)
    {
      add_text (builder, "stop-reason", log->stop_reason);
    }
  if (log->note != NULL)
    {
      add_text (builder, "note", log->note);
    }

  json_builder_set_member_name (builder, "points");
  json_builder_begin_array (builder);
  for (guint i = 0; i < log->points->len; i++)
    {
      const UnknotPointLog *point = g_ptr_array_index (log->points, i);

      json_builder_begin_object (builder);
      add_text (builder, "trigger-point", point->trigger_point);
      add_text (builder, "side", unknot_side_names[point->side]);
      add_int (builder, "holds-planned", point->holds_planned);
      add_int (builder, "holds-done", point->holds_done);
      add_int (builder, "released-early", point->holds_released_early);
      add_int (builder, "hold-seconds", point->hold_seconds);
      json_builder_set_member_name (builder, "stop-rules");
      json_builder_begin_array (builder);
      for (guint j = 0; point->stops != NULL && point->stops[j] != NULL; j++)
        json_builder_add_string_value (builder, point->stops[j]);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "ratings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < log->ratings->len; i++)
    {
      const UnknotPainRating *rating = &g_array_index (log->ratings, UnknotPainRating, i);

      json_builder_begin_object (builder);
      add_text (builder, "when", unknot_rate_when_names[rating->when]);
      add_text (builder, "side", unknot_side_names[rating->side]);
      add_int (builder, "pain", rating->pain);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);
}

static void
add_safety_check (JsonBuilder               *builder,
                  const UnknotSafetyAnswers *answers)
{
  g_autoptr(GVariant) variant = g_variant_ref_sink (unknot_safety_answers_to_variant (answers));
  g_autofree char *answered = format_utc (unknot_safety_answers_get_answered_at (answers) * G_USEC_PER_SEC);
  GVariantIter iter;
  const char *question;
  gboolean yes;

  json_builder_begin_object (builder);
  add_text (builder, "answered", answered);
  json_builder_set_member_name (builder, "answers");
  json_builder_begin_object (builder);
  g_variant_iter_init (&iter, variant);
  while (g_variant_iter_next (&iter, "{&sb}", &question, &yes))
    {
      add_boolean (builder, question, yes);
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);
}

/**
 * unknot_history_to_json:
 * @sessions: (element-type UnknotSessionLog): the sessions, oldest first
 * @safety_checks: (element-type UnknotSafetyAnswers) (nullable): the safety checks
 * @exported_at: when the export is made
 *
 * Returns: (transfer full): the history as JSON, which unknot_history_from_json() reads
 *   back whole
 */
char *
unknot_history_to_json (GPtrArray *sessions,
                        GPtrArray *safety_checks,
                        GDateTime *exported_at)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *exported = NULL;

  g_return_val_if_fail (sessions != NULL, NULL);
  g_return_val_if_fail (exported_at != NULL, NULL);

  utc = g_date_time_to_utc (exported_at);
  exported = g_date_time_format_iso8601 (utc);

  json_builder_begin_object (builder);
  add_int (builder, "format", UNKNOT_CONTENT_FORMAT);
  add_text (builder, "history-of", "Unknot");
  add_text (builder, "exported", exported);
  json_builder_set_member_name (builder, "sessions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < sessions->len; i++)
    add_session (builder, g_ptr_array_index (sessions, i));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "safety-checks");
  json_builder_begin_array (builder);
  for (guint i = 0; safety_checks != NULL && i < safety_checks->len; i++)
    add_safety_check (builder, g_ptr_array_index (safety_checks, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

/* CSV */

/* RFC 4180 quoting; a text a spreadsheet would take for a formula gets a leading
 * apostrophe, so opening the file never runs anything */
static void
append_field (GString    *line,
              const char *text)
{
  gboolean quote;

  if (line->len > 0 && line->str[line->len - 1] != '\n')
    g_string_append_c (line, ',');
  if (text == NULL)
    return;

  quote = strpbrk (text, ",\"\r\n") != NULL;
  if (quote)
    g_string_append_c (line, '"');
  if (strchr ("=+-@\t\r", text[0]) != NULL && text[0] != '\0')
    g_string_append_c (line, '\'');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  if (quote)
    g_string_append_c (line, '"');
}

static void
append_number (GString *line,
               gint64   number)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, number);

  append_field (line, text);
}

static void
append_rating (GString                *line,
               const UnknotSessionLog *log,
               UnknotRateWhen          when,
               UnknotSide              side)
{
  int pain;

  if (unknot_session_log_get_rating (log, when, side, &pain))
    append_number (line, pain);
  else
    append_field (line, NULL);
}

/**
 * unknot_history_to_csv:
 * @sessions: (element-type UnknotSessionLog): the sessions, oldest first
 * @zone: the time zone the start times are written in
 *
 * Returns: (transfer full): one header line and one line a session, for a spreadsheet;
 *   column names stay in English so formulas keep working in any language
 */
char *
unknot_history_to_csv (GPtrArray *sessions,
                       GTimeZone *zone)
{
  static const char * const columns[] = {
    "date", "start", "routine", "title", "kind", "pressure", "sides", "completed",
    "stop_reason", "active_minutes", "planned_minutes", "steps_done", "steps_total",
    "pain_before_left", "pain_before_right", "pain_before", "pain_after_left",
    "pain_after_right", "pain_after", "holds_done", "stop_rules", "note",
  };
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (sessions != NULL, NULL);
  g_return_val_if_fail (zone != NULL, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (columns); i++)
    append_field (text, columns[i]);
  g_string_append (text, "\r\n");

  for (guint i = 0; i < sessions->len; i++)
    {
      const UnknotSessionLog *log = g_ptr_array_index (sessions, i);
      g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc_usec (log->started_at);
      g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_timezone (utc, zone) : NULL;
      g_autofree char *start = local != NULL ? g_date_time_format (local, "%Y-%m-%d %H:%M") : NULL;
      g_autoptr(GStrvBuilder) stops = g_strv_builder_new ();
      g_auto(GStrv) stop_list = NULL;
      g_autofree char *stop_text = NULL;
      g_autofree char *active = g_strdup_printf ("%.1f", log->active_seconds / 60.0);
      g_autofree char *planned = g_strdup_printf ("%.1f", log->planned_seconds / 60.0);
      guint holds = 0;

      for (guint j = 0; j < log->points->len; j++)
        {
          const UnknotPointLog *point = g_ptr_array_index (log->points, j);

          holds += point->holds_done;
          g_strv_builder_addv (stops, (const char **) point->stops);
        }
      stop_list = g_strv_builder_end (stops);
      stop_text = g_strjoinv (" ", stop_list);

      append_field (text, log->local_date);
      append_field (text, start);
      append_field (text, log->routine_id);
      append_field (text, log->routine_title);
      append_field (text, unknot_routine_kind_names[log->kind]);
      append_field (text, log->compression ? "yes" : "no");
      append_field (text, unknot_side_names[log->sides]);
      append_field (text, log->completed ? "yes" : "no");
      append_field (text, log->stop_reason);
      append_field (text, active);
      append_field (text, planned);
      append_number (text, log->steps_done);
      append_number (text, log->steps_total);
      append_rating (text, log, UNKNOT_RATE_BEFORE, UNKNOT_SIDE_LEFT);
      append_rating (text, log, UNKNOT_RATE_BEFORE, UNKNOT_SIDE_RIGHT);
      append_rating (text, log, UNKNOT_RATE_BEFORE, UNKNOT_SIDE_NONE);
      append_rating (text, log, UNKNOT_RATE_AFTER, UNKNOT_SIDE_LEFT);
      append_rating (text, log, UNKNOT_RATE_AFTER, UNKNOT_SIDE_RIGHT);
      append_rating (text, log, UNKNOT_RATE_AFTER, UNKNOT_SIDE_NONE);
      append_number (text, holds);
      append_field (text, stop_text[0] != '\0' ? stop_text : NULL);
      append_field (text, log->note);
      g_string_append (text, "\r\n");
    }

  return g_string_free (text, FALSE);
}

/* Reading JSON back */

static const char * const root_members[] = { "format", "history-of", "exported", "sessions", "safety-checks", NULL };
static const char * const session_members[] = {
  "routine", "title", "kind", "pressure", "sides", "started", "local-date", "planned-seconds",
  "active-seconds", "steps-total", "steps-done", "completed", "stop-reason", "note", "points",
  "ratings", NULL
};
static const char * const point_members[] = {
  "trigger-point", "side", "holds-planned", "holds-done", "released-early", "hold-seconds",
  "stop-rules", NULL
};
static const char * const rating_members[] = { "when", "side", "pain", NULL };
static const char * const check_members[] = { "answered", "answers", NULL };
static const char * const rated_side_names[] = { "none", "left", "right", NULL };

/* Most seconds and steps a session can have: a day, and far more steps than any routine */
#define MAX_SECONDS (24 * 60 * 60)
#define MAX_STEPS   10000

static gint64
get_time (UnknotChecker *c,
          JsonObject    *object,
          const char    *path,
          const char    *name)
{
  const char *text = unknot_checker_get_text (c, object, path, name, TRUE);
  g_autoptr(GDateTime) time = NULL;

  if (text == NULL)
    return -1;
  time = g_date_time_new_from_iso8601 (text, NULL);
  if (time == NULL || !g_str_has_suffix (text, "Z"))
    {
      g_autofree char *member_path = unknot_checker_child_path (path, name);

      unknot_checker_report (c, member_path, _("“%s” is not a time such as 2026-11-21T18:30:00Z"), text);
      return -1;
    }
  return g_date_time_to_unix_usec (time);
}

static gboolean
date_is_valid (const char *text)
{
  int year, month, day;
  char end;

  return strlen (text) == 10 && sscanf (text, "%4d-%2d-%2d%c", &year, &month, &day, &end) == 3 &&
         text[4] == '-' && text[7] == '-' && g_date_valid_dmy (day, month, year);
}

static gboolean
read_point (UnknotChecker *c,
            JsonObject    *object,
            const char    *path,
            gpointer       user_data)
{
  UnknotSessionLog *log = user_data;
  const char *id;
  int side;
  UnknotPointLog *point;

  unknot_checker_check_members (c, object, path, point_members);
  id = unknot_checker_get_id (c, object, path, "trigger-point", TRUE);
  side = unknot_checker_get_choice (c, object, path, "side", TRUE, rated_side_names, -1);
  point = unknot_point_log_new (id != NULL ? id : "unknown", MAX (side, 0));
  g_ptr_array_add (log->points, point);

  unknot_checker_get_uint (c, object, path, "holds-planned", TRUE, 0, MAX_STEPS, &point->holds_planned);
  unknot_checker_get_uint (c, object, path, "holds-done", TRUE, 0, MAX_STEPS, &point->holds_done);
  unknot_checker_get_uint (c, object, path, "released-early", TRUE, 0, MAX_STEPS, &point->holds_released_early);
  unknot_checker_get_uint (c, object, path, "hold-seconds", TRUE, 0, MAX_SECONDS, &point->hold_seconds);
  if (json_object_has_member (object, "stop-rules"))
    {
      g_strfreev (point->stops);
      point->stops = unknot_checker_get_text_list (c, object, path, "stop-rules", FALSE, 0, TRUE, NULL);
      if (point->stops == NULL)
        point->stops = g_new0 (char *, 1);
    }
  return TRUE;
}

static gboolean
read_rating (UnknotChecker *c,
             JsonObject    *object,
             const char    *path,
             gpointer       user_data)
{
  UnknotSessionLog *log = user_data;
  int when, side;
  guint pain = 0;

  unknot_checker_check_members (c, object, path, rating_members);
  when = unknot_checker_get_choice (c, object, path, "when", TRUE, unknot_rate_when_names, -1);
  side = unknot_checker_get_choice (c, object, path, "side", TRUE, rated_side_names, -1);
  if (unknot_checker_get_uint (c, object, path, "pain", TRUE, 0, 10, &pain) && when >= 0 && side >= 0)
    g_array_append_val (log->ratings, ((UnknotPainRating) { when, side, pain }));
  return TRUE;
}

static gboolean
read_session (UnknotChecker *c,
              JsonObject    *object,
              const char    *path,
              gpointer       user_data)
{
  GPtrArray *sessions = user_data;
  g_autoptr(UnknotSessionLog) log = unknot_session_log_new ();
  const char *text;
  g_autofree char *points_path = unknot_checker_child_path (path, "points");
  g_autofree char *ratings_path = unknot_checker_child_path (path, "ratings");
  int choice;

  unknot_checker_check_members (c, object, path, session_members);
  log->routine_id = g_strdup (unknot_checker_get_id (c, object, path, "routine", TRUE));
  log->routine_title = g_strdup (unknot_checker_get_text (c, object, path, "title", TRUE));
  choice = unknot_checker_get_choice (c, object, path, "kind", TRUE, unknot_routine_kind_names, -1);
  log->kind = MAX (choice, 0);
  if (!unknot_checker_get_boolean (c, object, path, "pressure", &log->compression) &&
      !json_object_has_member (object, "pressure"))
    unknot_checker_report (c, path, _("The field “%s” is missing"), "pressure");
  choice = unknot_checker_get_choice (c, object, path, "sides", TRUE, unknot_side_names, -1);
  log->sides = MAX (choice, 0);
  log->started_at = get_time (c, object, path, "started");

  text = unknot_checker_get_text (c, object, path, "local-date", TRUE);
  if (text != NULL && !date_is_valid (text))
    {
      g_autofree char *member_path = unknot_checker_child_path (path, "local-date");

      unknot_checker_report (c, member_path, _("“%s” is not a date such as 2026-11-21"), text);
    }
  else if (text != NULL)
    g_strlcpy (log->local_date, text, sizeof log->local_date);

  unknot_checker_get_uint (c, object, path, "planned-seconds", TRUE, 0, MAX_SECONDS, &log->planned_seconds);
  unknot_checker_get_uint (c, object, path, "active-seconds", TRUE, 0, MAX_SECONDS, &log->active_seconds);
  unknot_checker_get_uint (c, object, path, "steps-total", TRUE, 0, MAX_STEPS, &log->steps_total);
  unknot_checker_get_uint (c, object, path, "steps-done", TRUE, 0, MAX_STEPS, &log->steps_done);
  if (!unknot_checker_get_boolean (c, object, path, "completed", &log->completed) &&
      !json_object_has_member (object, "completed"))
    unknot_checker_report (c, path, _("The field “%s” is missing"), "completed");
  log->stop_reason = g_strdup (unknot_checker_get_id (c, object, path, "stop-reason", FALSE));
  log->note = g_strdup (unknot_checker_get_text (c, object, path, "note", FALSE));

  unknot_checker_for_each_object (c, unknot_checker_get_array (c, object, path, "points", FALSE),
                                  points_path, read_point, log);
  unknot_checker_for_each_object (c, unknot_checker_get_array (c, object, path, "ratings", FALSE),
                                  ratings_path, read_rating, log);

  g_ptr_array_add (sessions, g_steal_pointer (&log));
  return TRUE;
}

static gboolean
read_safety_check (UnknotChecker *c,
                   JsonObject    *object,
                   const char    *path,
                   gpointer       user_data)
{
  GPtrArray *checks = user_data;
  gint64 answered;
  JsonObject *answers;
  g_autoptr(UnknotSafetyAnswers) check = NULL;
  g_autofree char *answers_path = unknot_checker_child_path (path, "answers");
  g_autoptr(GList) questions = NULL;

  unknot_checker_check_members (c, object, path, check_members);
  answered = get_time (c, object, path, "answered");
  answers = unknot_checker_get_object (c, object, path, "answers", TRUE);
  check = unknot_safety_answers_new (answered / G_USEC_PER_SEC);

  questions = answers != NULL ? json_object_get_members (answers) : NULL;
  for (GList *l = questions; l != NULL; l = l->next)
    {
      gboolean yes = FALSE;

      if (!unknot_id_is_valid (l->data))
        unknot_checker_report (c, answers_path, _("“%s” is not a valid id: use 3 to 64 lower-case letters, digits and “-”, "
                                                  "starting with a letter"), (const char *) l->data);
      else if (unknot_checker_get_boolean (c, answers, answers_path, l->data, &yes))
        unknot_safety_answers_set (check, l->data, yes);
    }

  g_ptr_array_add (checks, g_steal_pointer (&check));
  return TRUE;
}

/**
 * unknot_history_from_json:
 * @file_name: the file's name, for the problems
 * @sessions: (out) (transfer container) (element-type UnknotSessionLog): the sessions read
 * @safety_checks: (out) (transfer container) (element-type UnknotSafetyAnswers): the
 *   safety checks read
 * @problems: (element-type UnknotProblem): where every problem found is added
 *
 * Reads a history written by unknot_history_to_json().
 *
 * Returns: whether the whole file is right; if not, nothing is returned and @problems
 *   says what is wrong and where
 */
gboolean
unknot_history_from_json (const char  *file_name,
                          const char  *data,
                          gsize        length,
                          GPtrArray  **sessions,
                          GPtrArray  **safety_checks,
                          GPtrArray   *problems)
{
  g_autoptr(GPtrArray) read_sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_session_log_unref);
  g_autoptr(GPtrArray) read_checks = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_safety_answers_free);
  g_autoptr(JsonNode) root_node = NULL;
  JsonObject *root;
  JsonArray *list;
  UnknotChecker c;
  gboolean ok;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (sessions != NULL && safety_checks != NULL, FALSE);
  g_return_val_if_fail (problems != NULL, FALSE);

  *sessions = NULL;
  *safety_checks = NULL;

  unknot_checker_init (&c, file_name, data, length, problems);
  c.max_length = UNKNOT_HISTORY_MAX_FILE_SIZE;
  root_node = unknot_checker_parse (&c);
  if (root_node == NULL)
    {
      unknot_checker_clear (&c);
      return FALSE;
    }
  root = json_node_get_object (root_node);
  if (!json_object_has_member (root, "sessions") || !json_object_has_member (root, "history-of"))
    {
      unknot_checker_report (&c, "$", _("This is not a history exported from Unknot: it has no list of sessions"));
      unknot_checker_clear (&c);
      return FALSE;
    }
  if (!unknot_checker_check_format (&c, root))
    {
      unknot_checker_clear (&c);
      return FALSE;
    }
  unknot_checker_check_members (&c, root, "$", root_members);

  list = unknot_checker_get_array (&c, root, "$", "sessions", TRUE);
  unknot_checker_for_each_object (&c, list, "$.sessions", read_session, read_sessions);
  list = unknot_checker_get_array (&c, root, "$", "safety-checks", FALSE);
  unknot_checker_for_each_object (&c, list, "$.safety-checks", read_safety_check, read_checks);

  ok = !unknot_checker_has_new_problems (&c);
  unknot_checker_clear (&c);
  if (!ok)
    return FALSE;

  *sessions = g_steal_pointer (&read_sessions);
  *safety_checks = g_steal_pointer (&read_checks);
  return TRUE;
}
