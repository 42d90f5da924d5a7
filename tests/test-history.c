/* test-history.c: session logs, the in-memory history and the pacing advice
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

#include "unknot-fake-clock.h"
#include "unknot-memory-history.h"
#include "unknot-pacing.h"
#include "unknot-routine-library.h"
#include "unknot-session-log.h"

#define S ((gint64) G_USEC_PER_SEC)

static UnknotRoutineLibrary *library;

static UnknotSessionEngine *
engine_for (const char  *routine_id,
            UnknotClock *clock)
{
  UnknotRoutineEntry *entry = unknot_routine_library_lookup (library, routine_id);

  assert_non_null (entry);
  return unknot_session_engine_new (unknot_routine_entry_get_routine (entry), unknot_routine_library_get_breathing_patterns (library), clock);
}

/* Plays through the waiting steps ("Found it", ratings) until the session ends */
static void
play_to_end (UnknotSessionEngine *engine,
             UnknotClock         *clock)
{
  while (unknot_session_engine_get_state (engine) == UNKNOT_SESSION_RUNNING)
    {
      const UnknotSegment *segment = unknot_session_engine_get_current (engine);

      if (segment->duration == 0)
        unknot_session_engine_skip_to_next_step (engine);
      else
        unknot_fake_clock_advance_to_next_wakeup (UNKNOT_FAKE_CLOCK (clock));
    }
}

static const UnknotPointLog *
point (const UnknotSessionLog *log,
       UnknotSide              side)
{
  for (guint i = 0; i < log->points->len; i++)
    {
      const UnknotPointLog *found = g_ptr_array_index (log->points, i);

      if (found->side == side)
        return found;
    }
  fail_msg ("no point on side %d", side);
  return NULL;
}

/* The upper psoas on both sides: one hold ended early on the left, a pulse on the
 * right that sent the user back to searching, ratings before and after. */
static void
test_log_of_a_release (void **unused)
{
  g_autoptr(UnknotClock) clock = unknot_fake_clock_new ();
  g_autoptr(UnknotSessionEngine) engine = engine_for ("release-psoas-upper", clock);
  g_autoptr(GDateTime) started = g_date_time_new_utc (2026, 11, 21, 23, 30, 0);
  g_autoptr(GTimeZone) zone = g_time_zone_new_offset (2 * 3600);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (started, zone);
  g_autoptr(UnknotSessionLog) log = NULL;
  const UnknotPointLog *left, *right;
  int pain;

  unknot_session_engine_start (engine);
  unknot_session_engine_set_rating (engine, UNKNOT_RATE_BEFORE, UNKNOT_SIDE_LEFT, 5);
  unknot_session_engine_set_rating (engine, UNKNOT_RATE_BEFORE, UNKNOT_SIDE_RIGHT, 3);
  /* rate, info, position, locate: to the first hold */
  while (unknot_session_engine_get_current (engine)->step->type != UNKNOT_STEP_PRESS)
    unknot_session_engine_skip_to_next_step (engine);
  unknot_fake_clock_advance (UNKNOT_FAKE_CLOCK (clock), 40 * S);
  assert_true (unknot_session_engine_release_early (engine));
  while (unknot_session_engine_get_current (engine)->side != UNKNOT_SIDE_RIGHT ||
         unknot_session_engine_get_current (engine)->step->type != UNKNOT_STEP_PRESS)
    {
      if (unknot_session_engine_get_current (engine)->duration == 0)
        unknot_session_engine_skip_to_next_step (engine);
      else
        unknot_fake_clock_advance_to_next_wakeup (UNKNOT_FAKE_CLOCK (clock));
    }
  unknot_fake_clock_advance (UNKNOT_FAKE_CLOCK (clock), 10 * S);
  unknot_session_engine_find_another_spot (engine, "pulse");
  unknot_session_engine_set_rating (engine, UNKNOT_RATE_AFTER, UNKNOT_SIDE_LEFT, 2);
  unknot_session_engine_set_rating (engine, UNKNOT_RATE_AFTER, UNKNOT_SIDE_RIGHT, 4);
  play_to_end (engine, clock);
  assert_int_equal (unknot_session_engine_get_state (engine), UNKNOT_SESSION_FINISHED);

  log = unknot_session_log_new_from_engine (engine, local);
  assert_true (log->id == 0);
  assert_string_equal (log->routine_id, "release-psoas-upper");
  assert_string_equal (log->routine_title, "Upper Psoas Release");
  assert_int_equal (log->kind, UNKNOT_ROUTINE_KIND_RELEASE);
  assert_true (log->compression);
  assert_int_equal (log->sides, UNKNOT_SIDE_BOTH);
  assert_true (log->started_at == g_date_time_to_unix_usec (started));
  /* the local date, a day after the UTC one */
  assert_string_equal (log->local_date, "2026-11-22");
  assert_true (log->completed);
  assert_null (log->stop_reason);
  assert_int_equal (log->steps_total, 10);
  /* the right hold that was stopped for the pulse does not make its step undone:
   * it was played again after the search */
  assert_int_equal (log->steps_done, 10);
  assert_int_equal (log->planned_seconds, unknot_session_engine_get_planned_time (engine) / S);

  assert_int_equal (log->points->len, 2);
  left = point (log, UNKNOT_SIDE_LEFT);
  right = point (log, UNKNOT_SIDE_RIGHT);
  assert_string_equal (left->trigger_point, "psoas-upper");
  assert_int_equal (left->holds_planned, 2);
  assert_int_equal (left->holds_done, 2);
  assert_int_equal (left->holds_released_early, 1);
  assert_int_equal (left->hold_seconds, 40 + 60);
  assert_int_equal (g_strv_length (left->stops), 0);
  assert_int_equal (right->holds_done, 2);
  assert_int_equal (right->hold_seconds, 10 + 60 + 60);
  assert_int_equal (g_strv_length (right->stops), 1);
  assert_string_equal (right->stops[0], "pulse");

  assert_true (unknot_session_log_get_rating (log, UNKNOT_RATE_BEFORE, UNKNOT_SIDE_LEFT, &pain));
  assert_int_equal (pain, 5);
  assert_true (unknot_session_log_get_rating (log, UNKNOT_RATE_AFTER, UNKNOT_SIDE_RIGHT, &pain));
  assert_int_equal (pain, 4);
  assert_false (unknot_session_log_get_rating (log, UNKNOT_RATE_AFTER, UNKNOT_SIDE_NONE, &pain));
  /* worse on the right */
  assert_true (unknot_session_log_felt_worse (log));
}

/* Stopped for dizziness on one side: the reason, and a step left undone */
static void
test_log_of_a_stopped_session (void **unused)
{
  g_autoptr(UnknotClock) clock = unknot_fake_clock_new ();
  g_autoptr(UnknotSessionEngine) engine = engine_for ("release-iliacus", clock);
  g_autoptr(GDateTime) started = g_date_time_new_utc (2026, 3, 1, 8, 0, 0);
  g_autoptr(UnknotSessionLog) log = NULL;

  assert_true (unknot_session_engine_set_sides (engine, UNKNOT_SIDE_RIGHT));
  unknot_session_engine_start (engine);
  while (unknot_session_engine_get_current (engine)->step->type != UNKNOT_STEP_PRESS)
    unknot_session_engine_skip_to_next_step (engine);
  unknot_fake_clock_advance (UNKNOT_FAKE_CLOCK (clock), 20 * S);
  unknot_session_engine_abandon (engine, "dizziness");

  log = unknot_session_log_new_from_engine (engine, started);
  assert_false (log->completed);
  assert_string_equal (log->stop_reason, "dizziness");
  assert_int_equal (log->sides, UNKNOT_SIDE_RIGHT);
  assert_int_equal (log->points->len, 1);
  assert_int_equal (point (log, UNKNOT_SIDE_RIGHT)->holds_done, 0);
  assert_int_equal (point (log, UNKNOT_SIDE_RIGHT)->hold_seconds, 20);
  assert_true (log->steps_done < log->steps_total);
  assert_false (unknot_session_log_felt_worse (log));
}

/* A stretch routine holds no point. */
static void
test_log_of_a_stretch (void **unused)
{
  g_autoptr(UnknotClock) clock = unknot_fake_clock_new ();
  g_autoptr(UnknotSessionEngine) engine = engine_for ("desk-break-3", clock);
  g_autoptr(GDateTime) started = g_date_time_new_utc (2026, 3, 1, 8, 0, 0);
  g_autoptr(UnknotSessionLog) log = NULL;

  unknot_session_engine_start (engine);
  play_to_end (engine, clock);
  log = unknot_session_log_new_from_engine (engine, started);
  assert_false (log->compression);
  assert_int_equal (log->points->len, 0);
  assert_int_equal (log->steps_done, log->steps_total);
  assert_int_equal (log->active_seconds, log->planned_seconds);
}

static UnknotSessionLog *
made_log (const char *date,
          gint64      started_at,
          gboolean    compression,
          guint       holds_done,
          int         before,
          int         after)
{
  UnknotSessionLog *log = unknot_session_log_new ();

  log->routine_id = g_strdup (compression ? "release-psoas-upper" : "desk-break-3");
  log->routine_title = g_strdup ("A routine");
  log->compression = compression;
  log->started_at = started_at;
  g_strlcpy (log->local_date, date, sizeof log->local_date);
  if (compression)
    {
      UnknotPointLog *held = unknot_point_log_new ("psoas-upper", UNKNOT_SIDE_LEFT);

      held->holds_planned = 2;
      held->holds_done = holds_done;
      g_ptr_array_add (log->points, held);
    }
  if (before >= 0)
    g_array_append_val (log->ratings, ((UnknotPainRating) { UNKNOT_RATE_BEFORE, UNKNOT_SIDE_LEFT, before }));
  if (after >= 0)
    g_array_append_val (log->ratings, ((UnknotPainRating) { UNKNOT_RATE_AFTER, UNKNOT_SIDE_LEFT, after }));
  return log;
}

static void
count_changed (UnknotHistoryStore *store,
               guint              *count)
{
  (*count)++;
}

static void
test_memory_history (void **unused)
{
  guint changed = 0;
  g_autoptr(UnknotHistoryStore) store = unknot_memory_history_new ();
  g_autoptr(UnknotSessionLog) late = made_log ("2026-11-21", 300, TRUE, 2, 4, 2);
  g_autoptr(UnknotSessionLog) early = made_log ("2026-11-21", 100, FALSE, 0, -1, -1);
  g_autoptr(UnknotSessionLog) old = made_log ("2026-11-19", 50, TRUE, 1, -1, -1);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;

  g_signal_connect (store, "changed", G_CALLBACK (count_changed), &changed);
  assert_false (unknot_history_store_is_persistent (store));
  assert_true (unknot_history_store_save (store, late, &error));
  assert_true (unknot_history_store_save (store, early, &error));
  assert_true (unknot_history_store_save (store, old, &error));
  assert_true (late->id > 0 && early->id > late->id && old->id > early->id);
  assert_int_equal (changed, 3);

  /* what was saved is a copy: changes afterwards stay with the caller */
  g_free (late->routine_title);
  late->routine_title = g_strdup ("Changed");

  found = unknot_history_store_list_since (store, "2026-11-20", &error);
  assert_non_null (found);
  assert_int_equal (found->len, 2);
  assert_true (((UnknotSessionLog *) found->pdata[0])->id == early->id);
  assert_true (((UnknotSessionLog *) found->pdata[1])->id == late->id);
  assert_string_equal (((UnknotSessionLog *) found->pdata[1])->routine_title, "A routine");
  assert_int_equal (((UnknotSessionLog *) found->pdata[1])->points->len, 1);
  g_clear_pointer (&found, g_ptr_array_unref);

  assert_true (unknot_history_store_set_note (store, late->id, "  Felt looser.\n", &error));
  assert_true (unknot_history_store_set_note (store, early->id, "   ", &error));
  found = unknot_history_store_list_since (store, "2026-01-01", &error);
  assert_int_equal (found->len, 3);
  assert_string_equal (((UnknotSessionLog *) found->pdata[2])->note, "Felt looser.");
  assert_null (((UnknotSessionLog *) found->pdata[1])->note);

  assert_int_equal (changed, 5);

  assert_false (unknot_history_store_set_note (store, 999, "No", &error));
  assert_true (g_error_matches (error, UNKNOT_HISTORY_ERROR, UNKNOT_HISTORY_ERROR_NOT_FOUND));
  assert_int_equal (changed, 5);
}

static void
advise (const char   *today,
        UnknotPacing *pacing,
        ...)
{
  g_autoptr(GPtrArray) recent = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_session_log_unref);
  va_list args;
  UnknotSessionLog *log;

  va_start (args, pacing);
  while ((log = va_arg (args, UnknotSessionLog *)) != NULL)
    g_ptr_array_add (recent, log);
  va_end (args);

  unknot_pacing_advise (recent, today, pacing);
}

static void
test_pacing (void **unused)
{
  UnknotPacing pacing;
  g_autofree char *start = unknot_pacing_history_start ("2026-03-01");

  /* the day before, over a month's end */
  assert_string_equal (start, "2026-02-28");
  assert_int_equal (unknot_local_date_days_between ("2026-02-28", "2026-03-01"), 1);
  assert_int_equal (unknot_local_date_days_between ("2026-03-01", "2026-02-28"), -1);
  assert_int_equal (unknot_local_date_days_between ("2026-02-30", "2026-03-01"), G_MININT);
  assert_int_equal (unknot_local_date_days_between ("later", "2026-03-01"), G_MININT);

  advise ("2026-03-01", &pacing, NULL);
  assert_int_equal (pacing.today, UNKNOT_PACING_GO);
  assert_false (pacing.rest_advised);

  /* yesterday's session does not count against today */
  advise ("2026-03-01", &pacing, made_log ("2026-02-28", 1, TRUE, 2, 3, 3), NULL);
  assert_int_equal (pacing.today, UNKNOT_PACING_GO);
  assert_int_equal (pacing.compression_today, 0);

  /* one today: ask before a second */
  advise ("2026-03-01", &pacing, made_log ("2026-03-01", 1, TRUE, 1, 3, 2), NULL);
  assert_int_equal (pacing.today, UNKNOT_PACING_SECOND_TODAY);
  assert_int_equal (pacing.compression_today, 1);

  /* stretches and sessions stopped before the first hold do not count */
  advise ("2026-03-01", &pacing,
          made_log ("2026-03-01", 1, FALSE, 0, -1, -1),
          made_log ("2026-03-01", 2, TRUE, 0, 3, -1), NULL);
  assert_int_equal (pacing.today, UNKNOT_PACING_GO);

  /* two: the day's most */
  advise ("2026-03-01", &pacing,
          made_log ("2026-03-01", 1, TRUE, 2, -1, -1),
          made_log ("2026-03-01", 2, TRUE, 1, -1, -1), NULL);
  assert_int_equal (pacing.today, UNKNOT_PACING_CAP_REACHED);

  /* worse afterwards yesterday: a day off is suggested */
  advise ("2026-03-01", &pacing, made_log ("2026-02-28", 1, TRUE, 2, 3, 5), NULL);
  assert_true (pacing.rest_advised);
  assert_int_equal (pacing.today, UNKNOT_PACING_GO);

  /* ... but only the last pressure session counts, and a stretch after it does not */
  advise ("2026-03-01", &pacing,
          made_log ("2026-02-28", 1, TRUE, 2, 3, 5),
          made_log ("2026-03-01", 2, TRUE, 2, 4, 2),
          made_log ("2026-03-01", 3, FALSE, 0, 2, 6), NULL);
  assert_false (pacing.rest_advised);

  /* a session from the future (a clock set back) counts for nothing */
  advise ("2026-03-01", &pacing, made_log ("2026-03-02", 1, TRUE, 2, 3, 5), NULL);
  assert_false (pacing.rest_advised);
  assert_int_equal (pacing.compression_today, 0);
}

static int
setup (void **state)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_problem_free);

  g_autoptr(GFile) folder = g_file_new_build_filename (g_get_user_data_dir (), "test-history", NULL);

  library = unknot_routine_library_new (folder);
  unknot_routine_library_load (library, problems);
  return problems->len == 0 ? 0 : -1;
}

static int
teardown (void **state)
{
  g_clear_object (&library);
  return 0;
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_log_of_a_release),
    cmocka_unit_test (test_log_of_a_stopped_session),
    cmocka_unit_test (test_log_of_a_stretch),
    cmocka_unit_test (test_memory_history),
    cmocka_unit_test (test_pacing),
  };

  return cmocka_run_group_tests (tests, setup, teardown);
}
