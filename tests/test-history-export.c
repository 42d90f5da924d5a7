/* test-history-export.c: the history exported as JSON and CSV, and JSON read back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "unknot-history-export.h"
#include "unknot-test-content.h"
#include "unknot-test-history.h"

static GPtrArray *
some_sessions (void)
{
  GPtrArray *sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_session_log_unref);
  UnknotSessionLog *stopped;

  g_ptr_array_add (sessions, unknot_test_session_new ("2026-11-20", 17, TRUE, 6, 3));
  g_ptr_array_add (sessions, unknot_test_session_new ("2026-11-21", 7, FALSE, 4, 2));
  stopped = unknot_test_session_new ("2026-11-21", 18, TRUE, 5, -1);
  stopped->completed = FALSE;
  stopped->stop_reason = g_strdup ("dizziness");
  stopped->steps_done = 3;
  stopped->started_at += 123457;  /* microseconds survive the round trip */
  unknot_session_log_set_note (stopped, "=SUM(A1) \"quoted\", and\na second line");
  g_ptr_array_add (sessions, stopped);

  return sessions;
}

static GPtrArray *
some_checks (void)
{
  GPtrArray *checks = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_safety_answers_free);
  UnknotSafetyAnswers *answers = unknot_safety_answers_new (1795000000);

  unknot_safety_answers_set (answers, "pregnancy", FALSE);
  unknot_safety_answers_set (answers, "recent-surgery", TRUE);
  g_ptr_array_add (checks, answers);
  return checks;
}

static char *
exported_json (void)
{
  g_autoptr(GPtrArray) sessions = some_sessions ();
  g_autoptr(GPtrArray) checks = some_checks ();
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 21, 20, 0, 0);

  return unknot_history_to_json (sessions, checks, now);
}

static void
test_json_round_trip (void **unused)
{
  g_autoptr(GPtrArray) expected = some_sessions ();
  g_autofree char *json = exported_json ();
  g_autoptr(GPtrArray) problems = unknot_test_problems_new ();
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  gboolean yes = FALSE;

  assert_non_null (strstr (json, "\"exported\" : \"2026-11-21T20:00:00Z\""));
  assert_non_null (strstr (json, "\"started\" : \"2026-11-21T18:30:00.123457Z\""));

  if (!unknot_history_from_json ("history.json", json, strlen (json), &sessions, &checks, problems))
    {
      unknot_test_print_problems (problems);
      fail ();
    }
  assert_int_equal (sessions->len, 3);
  for (guint i = 0; i < 3; i++)
    unknot_test_assert_same_session (expected->pdata[i], sessions->pdata[i]);

  assert_int_equal (checks->len, 1);
  assert_true (unknot_safety_answers_get_answered_at (checks->pdata[0]) == 1795000000);
  assert_true (unknot_safety_answers_lookup (checks->pdata[0], "recent-surgery", &yes) && yes);
  assert_true (unknot_safety_answers_lookup (checks->pdata[0], "pregnancy", &yes) && !yes);
}

static void
test_csv (void **unused)
{
  g_autoptr(GPtrArray) sessions = some_sessions ();
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;

  assert_non_null (berlin);
  csv = unknot_history_to_csv (sessions, berlin);
  lines = g_strsplit (csv, "\r\n", -1);

  assert_string_equal (lines[0], "date,start,routine,title,kind,pressure,sides,completed,stop_reason,"
                       "active_minutes,planned_minutes,steps_done,steps_total,pain_before_left,"
                       "pain_before_right,pain_before,pain_after_left,pain_after_right,pain_after,"
                       "holds_done,stop_rules,note");
  /* the start in Berlin's time, a release rated on both sides */
  assert_string_equal (lines[1], "2026-11-20,2026-11-20 18:30,release-psoas-upper,Upper Psoas Release,release,"
                       "yes,both,yes,,8.8,7.2,10,10,6,6,,3,3,,4,pulse rising-tenderness,");
  /* a stretch rated without a side */
  assert_string_equal (lines[2], "2026-11-21,2026-11-21 08:30,desk-break-3,Desk Break,stretch,no,none,yes,,"
                       "4.6,3.0,6,6,,,4,,,2,0,,");
  /* quoted, with the quote doubled, and no formula: a leading apostrophe */
  assert_string_equal (lines[3], "2026-11-21,2026-11-21 19:30,release-psoas-upper,Upper Psoas Release,release,"
                       "yes,both,no,dizziness,8.8,7.2,3,10,5,5,,,,,4,pulse rising-tenderness,"
                       "\"'=SUM(A1) \"\"quoted\"\", and\na second line\"");
  assert_string_equal (lines[4], "");
  assert_null (lines[5]);
}

static gboolean
load_history (const char *text,
              gsize       length,
              GPtrArray  *problems)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  gboolean ok = unknot_history_from_json ("bad.json", text, length, &sessions, &checks, problems);

  /* nothing comes back from a file with a problem */
  assert_true (ok == (sessions != NULL) && ok == (checks != NULL));
  return ok;
}

static const UnknotTestBadCase bad_cases[] = {
  { "wrong format", "\"format\" : 1", "\"format\" : 7", "$.format", "Format 7 is not supported" },
  { "not a history", "\"history-of\" : \"Unknot\",", "", "$", "not a history exported from Unknot" },
  { "bad routine id", "\"routine\" : \"desk-break-3\"", "\"routine\" : \"Desk Break\"", "$.sessions[1].routine",
    "not a valid id" },
  { "missing title", "\"title\" : \"Desk Break\",", "", "$.sessions[1]", "“title” is missing" },
  { "unknown kind", "\"kind\" : \"stretch\"", "\"kind\" : \"yoga\"", "$.sessions[1].kind", "not one of" },
  { "pressure not a boolean", "\"pressure\" : false", "\"pressure\" : \"no\"", "$.sessions[1].pressure",
    "true or false" },
  { "time without zone", "\"started\" : \"2026-11-21T07:30:00Z\"", "\"started\" : \"2026-11-21T07:30:00\"",
    "$.sessions[1].started", "not a time" },
  { "impossible date", "\"local-date\" : \"2026-11-21\"", "\"local-date\" : \"2026-02-30\"",
    "$.sessions[1].local-date", "not a date" },
  { "negative seconds", "\"active-seconds\" : 275", "\"active-seconds\" : -5", "$.sessions[1].active-seconds",
    "out of range" },
  { "pain above 10", "\"pain\" : 4", "\"pain\" : 11", "$.sessions[1].ratings[0].pain", "out of range" },
  { "rating on both sides", "\"side\" : \"none\",\n          \"pain\" : 4", "\"side\" : \"both\",\n          \"pain\" : 4",
    "$.sessions[1].ratings[0].side", "not one of" },
  { "unknown member", "\"completed\" : false", "\"completed\" : false, \"mood\" : \"fine\"", "$.sessions[2].mood",
    "not a field" },
  { "answer not a boolean", "\"recent-surgery\" : true", "\"recent-surgery\" : 1",
    "$.safety-checks[0].answers.recent-surgery", "true or false" },
};

static void
test_bad_files (void **unused)
{
  g_autofree char *json = exported_json ();
  g_autoptr(GPtrArray) problems = unknot_test_problems_new ();
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) checks = NULL;

  unknot_test_check_bad_cases (json, bad_cases, G_N_ELEMENTS (bad_cases), load_history);

  /* not JSON, and a routine file instead of a history */
  assert_false (unknot_history_from_json ("bad.json", "{ \"sessions\": [ ", 16, &sessions, &checks, problems));
  assert_true (problems->len > 0);
  g_ptr_array_set_size (problems, 0);
  {
    const char *routine = "{ \"format\": 1, \"id\": \"desk-break-3\" }";

    assert_false (unknot_history_from_json ("bad.json", routine, strlen (routine), &sessions, &checks, problems));
  }
  assert_non_null (unknot_test_find_problem (problems, "not a history"));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_json_round_trip),
    cmocka_unit_test (test_csv),
    cmocka_unit_test (test_bad_files),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
