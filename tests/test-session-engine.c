/* test-session-engine.c: every routine shape played with a fake clock
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
#include "unknot-routine-library.h"
#include "unknot-routine-loader.h"
#include "unknot-session-engine.h"

#define S ((gint64) G_USEC_PER_SEC)

static GHashTable *patterns;

/* A routine made of @steps (a JSON array's contents) */
static UnknotRoutine *
routine_with_steps (const char *steps)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_problem_free);
  g_autofree char *json = g_strdup_printf (
    "{ \"format\": 1, \"id\": \"engine-test\", \"title\": \"Engine test\", \"summary\": \"For the tests.\","
    "  \"kind\": \"mixed\", \"level\": \"beginner\", \"estimated_duration\": 600, \"author\": \"Tests\","
    "  \"license\": \"CC0-1.0\", \"sources\": [ { \"citation\": \"None\" } ],"
    "  \"breathing_patterns\": { \"odd\": { \"title\": \"Odd\", \"inhale\": 2, \"hold_in\": 6.7, \"exhale\": 6.2, \"hold_out\": 6.4 } },"
    "  \"steps\": [ %s ] }", steps);
  UnknotRoutine *routine;

  routine = unknot_routine_load_from_data (json, strlen (json), "engine-test.json", patterns, problems);
  for (guint i = 0; i < problems->len; i++)
    print_error ("%s\n", ((UnknotProblem *) g_ptr_array_index (problems, i))->message);
  assert_non_null (routine);

  return routine;
}

typedef struct
{
  UnknotClock         *clock;
  UnknotSessionEngine *engine;
  gint64               t0;
  GString             *log;     /* "time:event:detail " with time in ms from t0 */
} Session;

static void
event_cb (UnknotSessionEngine    *engine,
          UnknotSessionEventType  type,
          guint                   detail,
          Session                *session)
{
  gint64 now = unknot_clock_get_monotonic (session->clock);
  g_autoptr(GEnumClass) klass = g_type_class_ref (UNKNOT_TYPE_SESSION_EVENT_TYPE);

  g_string_append_printf (session->log, "%" G_GINT64_FORMAT ":%s:%u ",
                          (now - session->t0) / 1000,
                          g_enum_get_value (klass, type)->value_nick, detail);
}

static Session *
session_new (const char *steps)
{
  Session *session = g_new0 (Session, 1);
  g_autoptr(UnknotRoutine) routine = routine_with_steps (steps);

  session->clock = unknot_fake_clock_new ();
  session->engine = unknot_session_engine_new (routine, patterns, session->clock);
  session->t0 = unknot_clock_get_monotonic (session->clock);
  session->log = g_string_new (NULL);
  g_signal_connect (session->engine, "event", G_CALLBACK (event_cb), session);

  return session;
}

static void
session_free (Session *session)
{
  g_object_unref (session->engine);
  assert_int_equal (unknot_fake_clock_get_n_wakeups (UNKNOT_FAKE_CLOCK (session->clock)), 0);
  g_object_unref (session->clock);
  g_string_free (session->log, TRUE);
  g_free (session);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Session, session_free)

static void
advance (Session *session,
         gint64   microseconds)
{
  unknot_fake_clock_advance (UNKNOT_FAKE_CLOCK (session->clock), microseconds);
}

/* The log since the last call */
static char *
take_log (Session *session)
{
  char *log = g_strdup (g_strchomp (session->log->str));

  g_string_truncate (session->log, 0);
  return log;
}

/* Forgets the events so far */
static void
clear_log (Session *session)
{
  g_string_truncate (session->log, 0);
}

#define assert_log(session, expected) G_STMT_START {                \
    g_autofree char *log_ = take_log (session);                     \
    if (g_strcmp0 (log_, expected) != 0)                            \
      fail_msg ("events:\n  got    %s\n  wanted %s", log_, expected); \
  } G_STMT_END

static const UnknotSegment *
segment (Session *session,
         guint    index)
{
  const UnknotSegment *found = unknot_session_engine_get_segment (session->engine, index);

  assert_non_null (found);
  return found;
}

static void
assert_segment (Session           *session,
                guint              index,
                UnknotSegmentKind  kind,
                UnknotSide         side,
                guint              round,
                guint              rounds,
                gint64             duration)
{
  const UnknotSegment *s = segment (session, index);

  if (s->kind != kind || s->side != side || s->round != round || s->rounds != rounds ||
      s->duration != duration)
    fail_msg ("segment %u: kind %d side %d round %u/%u %" G_GINT64_FORMAT " µs; wanted kind %d side %d round %u/%u %" G_GINT64_FORMAT " µs",
              index, s->kind, s->side, s->round, s->rounds, s->duration,
              kind, side, round, rounds, duration);
}

static void
assert_at (Session            *session,
           guint               index,
           UnknotSessionState  state)
{
  assert_int_equal (unknot_session_engine_get_state (session->engine), state);
  assert_int_equal (unknot_session_engine_get_segment_index (session->engine), index);
}

#define STRETCH_BOTH \
  "{ \"type\": \"stretch\", \"title\": \"Stretch\", \"instructions\": \"Stretch.\", \"side\": \"both\", " \
  "  \"hold\": 30, \"reps\": 2, \"rest_between\": 10 }"

#define PRESS_LEFT \
  "{ \"type\": \"press\", \"title\": \"Press\", \"instructions\": \"Press.\", \"side\": \"left\", " \
  "  \"trigger_point\": \"psoas-upper\", \"hold\": { \"default\": 60, \"min\": 30, \"max\": 90 }, " \
  "  \"pressure\": { \"target\": 4, \"max\": 5, \"words\": \"firm\" }, \"holds\": 2, \"rest_between\": 20, " \
  "  \"breathing\": \"relax-3-7\", " \
  "  \"prompts\": [ { \"at\": 3, \"say\": \"Sink in.\" }, { \"at\": 30, \"cue\": \"halfway\" } ] }"


#define LOCATE(side) \
  "{ \"type\": \"locate\", \"title\": \"Find it\", \"instructions\": \"Search.\", \"side\": \"" side "\", " \
  "  \"trigger_point\": \"psoas-upper\", \"landmarks\": [ \"Navel\" ], \"signs\": [ \"Tender\" ] }"

#define PRESS(side) \
  "{ \"type\": \"press\", \"title\": \"Press\", \"instructions\": \"Press.\", \"side\": \"" side "\", " \
  "  \"trigger_point\": \"psoas-upper\", \"hold\": { \"default\": 60, \"min\": 30, \"max\": 90 }, " \
  "  \"pressure\": { \"target\": 4, \"max\": 5, \"words\": \"firm\" }, \"holds\": 2, \"rest_between\": 20 }"

#define RELEASE_BOTH_SIDES \
  LOCATE ("left") "," PRESS ("left") "," LOCATE ("right") "," PRESS ("right") "," STRETCH_BOTH

/* One side chosen: the other side's steps are left out, and a step on both sides is
 * done on the chosen one alone, without a pause to change sides. */
static void
test_one_side (void **unused)
{
  g_autoptr(Session) session = session_new (RELEASE_BOTH_SIDES);

  assert_int_equal (unknot_session_engine_get_n_segments (session->engine), 15);
  assert_true (unknot_session_engine_has_side (session->engine, UNKNOT_SIDE_LEFT));
  assert_true (unknot_session_engine_has_side (session->engine, UNKNOT_SIDE_RIGHT));

  assert_true (unknot_session_engine_set_sides (session->engine, UNKNOT_SIDE_RIGHT));
  assert_int_equal (unknot_session_engine_get_sides (session->engine), UNKNOT_SIDE_RIGHT);
  assert_int_equal (unknot_session_engine_get_n_segments (session->engine), 7);
  assert_false (unknot_session_engine_has_side (session->engine, UNKNOT_SIDE_LEFT));
  assert_segment (session, 0, UNKNOT_SEGMENT_WORK, UNKNOT_SIDE_RIGHT, 0, 0, 0);
  assert_int_equal (segment (session, 0)->step_index, 2);
  assert_segment (session, 1, UNKNOT_SEGMENT_WORK, UNKNOT_SIDE_RIGHT, 1, 2, 60 * S);
  assert_segment (session, 4, UNKNOT_SEGMENT_WORK, UNKNOT_SIDE_RIGHT, 1, 2, 30 * S);
  assert_segment (session, 6, UNKNOT_SEGMENT_WORK, UNKNOT_SIDE_RIGHT, 2, 2, 30 * S);
  assert_true (unknot_session_engine_get_planned_time (session->engine) == (140 + 70) * S);

  /* and back to both */
  assert_true (unknot_session_engine_set_sides (session->engine, UNKNOT_SIDE_BOTH));
  assert_int_equal (unknot_session_engine_get_n_segments (session->engine), 15);

  /* left only, played through */
  assert_true (unknot_session_engine_set_sides (session->engine, UNKNOT_SIDE_LEFT));
  unknot_session_engine_start (session->engine);
  unknot_session_engine_skip_to_next_step (session->engine);  /* Found it */
  advance (session, (140 + 70) * S);
  assert_int_equal (unknot_session_engine_get_state (session->engine), UNKNOT_SESSION_FINISHED);
  assert_true (unknot_session_engine_get_active_time (session->engine) == (140 + 70) * S);
}

/* A routine all on one side has nothing for the other: nothing changes. */
static void
test_no_steps_for_a_side (void **unused)
{
  g_autoptr(Session) session = session_new (PRESS_LEFT);

  assert_false (unknot_session_engine_set_sides (session->engine, UNKNOT_SIDE_RIGHT));
  assert_int_equal (unknot_session_engine_get_sides (session->engine), UNKNOT_SIDE_BOTH);
  assert_int_equal (unknot_session_engine_get_n_segments (session->engine), 3);
}

/* A pulse: the hold stops and the search begins again on the same side. */
static void
test_stop_for_a_pulse (void **unused)
{
  g_autoptr(Session) session = session_new (RELEASE_BOTH_SIDES);
  GArray *stops;

  unknot_session_engine_start (session->engine);
  unknot_session_engine_skip_to_next_step (session->engine);
  advance (session, 80 * S);   /* the first hold and the rest */
  advance (session, 12 * S);   /* into the second hold */
  assert_at (session, 3, UNKNOT_SESSION_RUNNING);
  clear_log (session);

  unknot_session_engine_find_another_spot (session->engine, "pulse");
  assert_log (session, "92000:step-finished:3 92000:step-started:0");
  assert_at (session, 0, UNKNOT_SESSION_RUNNING);
  assert_int_equal (unknot_session_engine_get_record (session->engine, 3)->outcome, UNKNOT_SEGMENT_SKIPPED);
  stops = unknot_session_engine_get_stops (session->engine);
  assert_int_equal (stops->len, 1);
  assert_int_equal (g_array_index (stops, UnknotStopEvent, 0).segment, 3);
  assert_string_equal (g_array_index (stops, UnknotStopEvent, 0).reason, "pulse");

  /* found again: the holds start over */
  unknot_session_engine_skip_to_next_step (session->engine);
  assert_at (session, 1, UNKNOT_SESSION_RUNNING);

  /* a pulse felt while searching is kept, and the search goes on */
  unknot_session_engine_skip_to_previous_step (session->engine);
  clear_log (session);
  unknot_session_engine_find_another_spot (session->engine, "pulse");
  assert_log (session, "");
  assert_at (session, 0, UNKNOT_SESSION_RUNNING);
  assert_int_equal (stops->len, 2);
}

/* Sharp pain or tingling: the point is left on this side, the rest of its holds too,
 * and the session goes on with the other side. */
static void
test_stop_the_point (void **unused)
{
  g_autoptr(Session) session = session_new (RELEASE_BOTH_SIDES);

  unknot_session_engine_start (session->engine);
  unknot_session_engine_skip_to_next_step (session->engine);
  advance (session, 20 * S);
  clear_log (session);
  unknot_session_engine_end_point (session->engine, "numbness");
  assert_log (session, "20000:step-finished:1 20000:step-started:4");
  assert_at (session, 4, UNKNOT_SESSION_RUNNING);
  for (guint i = 1; i <= 3; i++)
    assert_int_equal (unknot_session_engine_get_record (session->engine, i)->outcome,
                      i == 1 ? UNKNOT_SEGMENT_SKIPPED : UNKNOT_SEGMENT_NOT_REACHED);
  assert_int_equal (segment (session, 4)->step->type, UNKNOT_STEP_LOCATE);
  assert_int_equal (segment (session, 4)->side, UNKNOT_SIDE_RIGHT);

  /* paused, it stays paused */
  unknot_session_engine_skip_to_next_step (session->engine);
  unknot_session_engine_pause (session->engine);
  unknot_session_engine_end_point (session->engine, "sharp-pain");
  assert_at (session, 8, UNKNOT_SESSION_PAUSED);
  assert_int_equal (segment (session, 8)->step->type, UNKNOT_STEP_STRETCH);

  /* in a stretch on both sides, only the current side's reps are left */
  unknot_session_engine_end_point (session->engine, "sharp-pain");
  assert_at (session, 11, UNKNOT_SESSION_PAUSED);
  assert_int_equal (segment (session, 11)->kind, UNKNOT_SEGMENT_SWITCH_SIDES);
  assert_int_equal (unknot_session_engine_get_stops (session->engine)->len, 3);

  /* the last point ends the session */
  unknot_session_engine_skip_to_next_step (session->engine);
  unknot_session_engine_end_point (session->engine, "sharp-pain");
  assert_int_equal (unknot_session_engine_get_state (session->engine), UNKNOT_SESSION_FINISHED);
}

/* Dizziness ends the session; easing off only notes it. */
static void
test_stop_the_session (void **unused)
{
  g_autoptr(Session) session = session_new (RELEASE_BOTH_SIDES);

  unknot_session_engine_start (session->engine);
  unknot_session_engine_skip_to_next_step (session->engine);
  advance (session, 10 * S);
  unknot_session_engine_note_stop (session->engine, "rising-tenderness");
  assert_at (session, 1, UNKNOT_SESSION_RUNNING);
  advance (session, 5 * S);
  unknot_session_engine_abandon (session->engine, "dizziness");
  assert_int_equal (unknot_session_engine_get_state (session->engine), UNKNOT_SESSION_ABANDONED);
  assert_string_equal (unknot_session_engine_get_stop_reason (session->engine), "dizziness");
  assert_int_equal (unknot_session_engine_get_stops (session->engine)->len, 1);

  /* nothing is noted after the end */
  unknot_session_engine_note_stop (session->engine, "pulse");
  unknot_session_engine_end_point (session->engine, "pulse");
  unknot_session_engine_find_another_spot (session->engine, "pulse");
  assert_int_equal (unknot_session_engine_get_stops (session->engine)->len, 1);
}

/* With no search step before it, a pulse restarts the hold, paused. */
static void
test_pulse_without_a_search (void **unused)
{
  g_autoptr(Session) session = session_new (PRESS_LEFT);

  unknot_session_engine_start (session->engine);
  advance (session, 10 * S);
  unknot_session_engine_find_another_spot (session->engine, "pulse");
  assert_at (session, 0, UNKNOT_SESSION_PAUSED);
  assert_true (unknot_session_engine_get_remaining (session->engine) == 60 * S);
}

static void
test_sides_expand_with_a_switch (void **unused)
{
  g_autoptr(Session) session = session_new (STRETCH_BOTH);

  assert_int_equal (unknot_session_engine_get_n_segments (session->engine), 7);
  assert_segment (session, 0, UNKNOT_SEGMENT_WORK, UNKNOT_SIDE_LEFT, 1, 2, 30 * S);
  assert_segment (session, 1, UNKNOT_SEGMENT_REST, UNKNOT_SIDE_LEFT, 1, 2, 10 * S);
  assert_segment (session, 2, UNKNOT_SEGMENT_WORK, UNKNOT_SIDE_LEFT, 2, 2, 30 * S);
  assert_segment (session, 3, UNKNOT_SEGMENT_SWITCH_SIDES, UNKNOT_SIDE_RIGHT, 0, 0,
                  UNKNOT_SWITCH_SIDES_SECONDS * S);
  assert_segment (session, 4, UNKNOT_SEGMENT_WORK, UNKNOT_SIDE_RIGHT, 1, 2, 30 * S);
  assert_segment (session, 5, UNKNOT_SEGMENT_REST, UNKNOT_SIDE_RIGHT, 1, 2, 10 * S);
  assert_segment (session, 6, UNKNOT_SEGMENT_WORK, UNKNOT_SIDE_RIGHT, 2, 2, 30 * S);
  assert_true (unknot_session_engine_get_planned_time (session->engine) == 150 * S);
  assert_int_equal (unknot_session_engine_get_state (session->engine), UNKNOT_SESSION_READY);
  assert_true (unknot_session_engine_get_remaining (session->engine) == 30 * S);

  /* played through, every boundary lands exactly where it is due */
  unknot_session_engine_start (session->engine);
  advance (session, 150 * S);
  assert_log (session,
              "0:step-started:0 15000:halfway:0 27000:countdown:3 28000:countdown:2 29000:countdown:1 "
              "30000:step-finished:0 30000:step-started:1 37000:countdown:3 38000:countdown:2 39000:countdown:1 "
              "40000:step-finished:1 40000:step-started:2 55000:halfway:0 67000:countdown:3 68000:countdown:2 69000:countdown:1 "
              "70000:step-finished:2 70000:step-started:3 70000:switch-sides:0 77000:countdown:3 78000:countdown:2 79000:countdown:1 "
              "80000:step-finished:3 80000:step-started:4 95000:halfway:0 107000:countdown:3 108000:countdown:2 109000:countdown:1 "
              "110000:step-finished:4 110000:step-started:5 117000:countdown:3 118000:countdown:2 119000:countdown:1 "
              "120000:step-finished:5 120000:step-started:6 135000:halfway:0 147000:countdown:3 148000:countdown:2 149000:countdown:1 "
              "150000:step-finished:6 150000:session-finished:3");
  assert_int_equal (unknot_session_engine_get_state (session->engine), UNKNOT_SESSION_FINISHED);
  assert_true (unknot_session_engine_get_active_time (session->engine) == 150 * S);
  assert_true (unknot_session_engine_get_progress (session->engine) == 1.0);
  for (guint i = 0; i < 7; i++)
    assert_int_equal (unknot_session_engine_get_record (session->engine, i)->outcome, UNKNOT_SEGMENT_DONE);
}

static void
test_holds_with_rest_breathing_and_prompts (void **unused)
{
  g_autoptr(Session) session = session_new (PRESS_LEFT);

  assert_int_equal (unknot_session_engine_get_n_segments (session->engine), 3);
  assert_segment (session, 0, UNKNOT_SEGMENT_WORK, UNKNOT_SIDE_LEFT, 1, 2, 60 * S);
  assert_segment (session, 1, UNKNOT_SEGMENT_REST, UNKNOT_SIDE_LEFT, 1, 2, 20 * S);
  assert_segment (session, 2, UNKNOT_SEGMENT_WORK, UNKNOT_SIDE_LEFT, 2, 2, 60 * S);
  assert_true (segment (session, 0)->early_after == 30 * S);
  assert_non_null (segment (session, 0)->pattern);
  assert_string_equal (segment (session, 0)->pattern->id, "relax-3-7");
  assert_null (segment (session, 1)->pattern);

  unknot_session_engine_start (session->engine);
  advance (session, 60 * S);
  /* breaths every 10 s (in at 0, out at 3), prompts at their second, the step's own
   * halfway cue instead of the engine's, and no breath in the last second */
  assert_log (session,
              "0:step-started:0 0:breathe-in:0 3000:prompt:0 3000:breathe-out:0 10000:breathe-in:1 13000:breathe-out:1 "
              "20000:breathe-in:2 23000:breathe-out:2 30000:prompt:1 30000:breathe-in:3 33000:breathe-out:3 "
              "40000:breathe-in:4 43000:breathe-out:4 50000:breathe-in:5 53000:breathe-out:5 "
              "57000:countdown:3 58000:countdown:2 59000:countdown:1 60000:step-finished:0 60000:step-started:1");
  /* the breathing starts again with the next hold */
  advance (session, 20 * S);
  assert_log (session,
              "77000:countdown:3 78000:countdown:2 79000:countdown:1 80000:step-finished:1 80000:step-started:2 "
              "80000:breathe-in:0");
}

static void
test_untimed_steps_wait (void **unused)
{
  g_autoptr(Session) session = session_new (
    "{ \"type\": \"rate\", \"when\": \"before\" },"
    "{ \"type\": \"locate\", \"title\": \"Find it\", \"instructions\": \"Feel.\", \"trigger_point\": \"psoas-upper\","
    "  \"landmarks\": [\"navel\"], \"signs\": [\"tender\"] },"
    "{ \"type\": \"rest\", \"duration\": 5 },"
    "{ \"type\": \"info\", \"title\": \"Done\", \"instructions\": \"Well done.\" }");

  unknot_session_engine_start (session->engine);
  assert_log (session, "0:step-started:0");
  /* an hour later it still waits, and nothing is scheduled meanwhile */
  assert_int_equal (unknot_fake_clock_get_n_wakeups (UNKNOT_FAKE_CLOCK (session->clock)), 0);
  advance (session, 3600 * S);
  assert_at (session, 0, UNKNOT_SESSION_RUNNING);
  assert_true (unknot_session_engine_get_remaining (session->engine) == 0);

  unknot_session_engine_set_rating (session->engine, UNKNOT_RATE_BEFORE, UNKNOT_SIDE_NONE, 6);
  unknot_session_engine_set_rating (session->engine, UNKNOT_RATE_BEFORE, UNKNOT_SIDE_NONE, 5);
  assert_int_equal (unknot_session_engine_get_ratings (session->engine)->len, 1);
  assert_int_equal (g_array_index (unknot_session_engine_get_ratings (session->engine), UnknotPainRating, 0).pain, 5);

  unknot_session_engine_skip_to_next_step (session->engine);   /* rated */
  unknot_session_engine_skip_to_next_step (session->engine);   /* found it */
  assert_int_equal (unknot_session_engine_get_record (session->engine, 0)->outcome, UNKNOT_SEGMENT_DONE);
  assert_int_equal (unknot_session_engine_get_record (session->engine, 1)->outcome, UNKNOT_SEGMENT_DONE);
  assert_at (session, 2, UNKNOT_SESSION_RUNNING);
  advance (session, 5 * S);
  assert_at (session, 3, UNKNOT_SESSION_RUNNING);
  clear_log (session);
  unknot_session_engine_skip_to_next_step (session->engine);
  assert_log (session, "3605000:step-finished:3 3605000:session-finished:3");
  assert_int_equal (unknot_session_engine_get_state (session->engine), UNKNOT_SESSION_FINISHED);
}

static void
test_pause_across_a_boundary (void **unused)
{
  g_autoptr(Session) session = session_new (STRETCH_BOTH);

  unknot_session_engine_start (session->engine);
  advance (session, 25 * S);
  unknot_session_engine_pause (session->engine);
  assert_true (unknot_session_engine_get_remaining (session->engine) == 5 * S);
  clear_log (session);

  /* paused for longer than the hold had left: nothing happens, nothing wakes */
  assert_int_equal (unknot_fake_clock_get_n_wakeups (UNKNOT_FAKE_CLOCK (session->clock)), 0);
  advance (session, 100 * S);
  assert_at (session, 0, UNKNOT_SESSION_PAUSED);
  assert_log (session, "");
  assert_true (unknot_session_engine_get_remaining (session->engine) == 5 * S);

  unknot_session_engine_resume (session->engine);
  advance (session, 5 * S - 1);
  assert_at (session, 0, UNKNOT_SESSION_RUNNING);
  assert_true (unknot_session_engine_get_remaining (session->engine) == 1);
  advance (session, 1);
  assert_at (session, 1, UNKNOT_SESSION_RUNNING);
  assert_log (session, "127000:countdown:3 128000:countdown:2 129000:countdown:1 130000:step-finished:0 130000:step-started:1");
  /* the pause does not count as time spent */
  assert_true (unknot_session_engine_get_record (session->engine, 0)->active == 30 * S);
}

static void
test_early_release (void **unused)
{
  g_autoptr(Session) session = session_new (PRESS_LEFT);

  unknot_session_engine_start (session->engine);
  advance (session, 20 * S);
  /* not before the minimum */
  assert_false (unknot_session_engine_can_release_early (session->engine));
  assert_false (unknot_session_engine_release_early (session->engine));
  assert_at (session, 0, UNKNOT_SESSION_RUNNING);

  advance (session, 10 * S);
  assert_true (unknot_session_engine_can_release_early (session->engine));
  clear_log (session);
  assert_true (unknot_session_engine_release_early (session->engine));
  assert_log (session, "30000:step-finished:0 30000:step-started:1");
  assert_int_equal (unknot_session_engine_get_record (session->engine, 0)->outcome, UNKNOT_SEGMENT_RELEASED_EARLY);
  assert_true (unknot_session_engine_get_record (session->engine, 0)->active == 30 * S);
  /* a rest cannot be released, and the next hold times from now */
  assert_false (unknot_session_engine_can_release_early (session->engine));
  advance (session, 20 * S);
  assert_at (session, 2, UNKNOT_SESSION_RUNNING);
  assert_true (unknot_session_engine_get_remaining (session->engine) == 60 * S);
}

static void
test_skipping_back_and_forth (void **unused)
{
  g_autoptr(Session) session = session_new (STRETCH_BOTH);

  unknot_session_engine_start (session->engine);
  assert_false (unknot_session_engine_can_go_back (session->engine));
  advance (session, 12 * S);
  unknot_session_engine_skip_to_next_step (session->engine);
  assert_at (session, 1, UNKNOT_SESSION_RUNNING);
  assert_int_equal (unknot_session_engine_get_record (session->engine, 0)->outcome, UNKNOT_SEGMENT_SKIPPED);
  unknot_session_engine_skip_to_next_step (session->engine);
  unknot_session_engine_skip_to_next_step (session->engine);
  assert_at (session, 3, UNKNOT_SESSION_RUNNING);
  assert_true (unknot_session_engine_get_remaining (session->engine) == UNKNOT_SWITCH_SIDES_SECONDS * S);

  /* back goes to the last work segment, over the change of sides and the rest */
  unknot_session_engine_skip_to_previous_step (session->engine);
  assert_at (session, 2, UNKNOT_SESSION_RUNNING);
  unknot_session_engine_skip_to_previous_step (session->engine);
  assert_at (session, 0, UNKNOT_SESSION_RUNNING);
  assert_true (unknot_session_engine_get_remaining (session->engine) == 30 * S);
  assert_false (unknot_session_engine_can_go_back (session->engine));
  unknot_session_engine_skip_to_previous_step (session->engine);
  assert_at (session, 0, UNKNOT_SESSION_RUNNING);

  /* the timer counts from the jump */
  clear_log (session);
  advance (session, 30 * S);
  assert_at (session, 1, UNKNOT_SESSION_RUNNING);
  assert_log (session, "27000:halfway:0 39000:countdown:3 40000:countdown:2 41000:countdown:1 "
                       "42000:step-finished:0 42000:step-started:1");
  /* once played to its end it counts as done, skipped before or not */
  assert_int_equal (unknot_session_engine_get_record (session->engine, 0)->outcome, UNKNOT_SEGMENT_DONE);

  /* skipping while paused stays paused at the start of the next */
  unknot_session_engine_pause (session->engine);
  unknot_session_engine_skip_to_next_step (session->engine);
  assert_at (session, 2, UNKNOT_SESSION_PAUSED);
  assert_true (unknot_session_engine_get_remaining (session->engine) == 30 * S);
  advance (session, 60 * S);
  assert_at (session, 2, UNKNOT_SESSION_PAUSED);

  /* next after the last segment finishes */
  for (guint i = 0; i < 5; i++)
    unknot_session_engine_skip_to_next_step (session->engine);
  assert_int_equal (unknot_session_engine_get_state (session->engine), UNKNOT_SESSION_FINISHED);
}

static void
test_restart_step (void **unused)
{
  g_autoptr(Session) session = session_new (STRETCH_BOTH);

  unknot_session_engine_start (session->engine);
  advance (session, 20 * S);
  clear_log (session);
  unknot_session_engine_restart_step (session->engine);
  assert_log (session, "20000:step-started:0");
  assert_true (unknot_session_engine_get_remaining (session->engine) == 30 * S);
  advance (session, 30 * S);
  assert_log (session, "35000:halfway:0 47000:countdown:3 48000:countdown:2 49000:countdown:1 "
                       "50000:step-finished:0 50000:step-started:1");
  /* both tries count as time spent */
  assert_true (unknot_session_engine_get_record (session->engine, 0)->active == 50 * S);
}

static void
test_sleep_comes_back_paused (void **unused)
{
  g_autoptr(Session) session = session_new (STRETCH_BOTH);
  gint64 remaining;

  unknot_session_engine_start (session->engine);
  advance (session, 10 * S + 300000);
  clear_log (session);

  /* an hour asleep; monotonic time stood still, and the first wakeup after it notices */
  unknot_fake_clock_sleep (UNKNOT_FAKE_CLOCK (session->clock), 3600 * S);
  advance (session, 2 * S);
  assert_at (session, 0, UNKNOT_SESSION_PAUSED);
  assert_true (unknot_session_engine_get_paused_for_sleep (session->engine));
  assert_log (session, "");
  /* where it was when last seen before the sleep, never further */
  remaining = unknot_session_engine_get_remaining (session->engine);
  assert_true (remaining >= 19 * S && remaining <= 20 * S);
  advance (session, 600 * S);
  assert_true (unknot_session_engine_get_remaining (session->engine) == remaining);

  unknot_session_engine_resume (session->engine);
  assert_false (unknot_session_engine_get_paused_for_sleep (session->engine));
  advance (session, remaining);
  assert_at (session, 1, UNKNOT_SESSION_RUNNING);

  /* logind's word comes before the sleep */
  unknot_session_engine_notice_sleep (session->engine);
  assert_at (session, 1, UNKNOT_SESSION_PAUSED);
  assert_true (unknot_session_engine_get_paused_for_sleep (session->engine));
}

static void
test_abandon_keeps_the_reason (void **unused)
{
  g_autoptr(Session) session = session_new (PRESS_LEFT);

  unknot_session_engine_start (session->engine);
  advance (session, 45 * S);
  clear_log (session);
  unknot_session_engine_abandon (session->engine, "sharp-pain");
  assert_log (session, "45000:session-finished:4");
  assert_int_equal (unknot_session_engine_get_state (session->engine), UNKNOT_SESSION_ABANDONED);
  assert_string_equal (unknot_session_engine_get_stop_reason (session->engine), "sharp-pain");
  assert_true (unknot_session_engine_get_active_time (session->engine) == 45 * S);
  assert_int_equal (unknot_session_engine_get_record (session->engine, 0)->outcome, UNKNOT_SEGMENT_NOT_REACHED);

  /* nothing moves any more */
  advance (session, 600 * S);
  unknot_session_engine_skip_to_next_step (session->engine);
  unknot_session_engine_resume (session->engine);
  assert_log (session, "");
  assert_int_equal (unknot_session_engine_get_state (session->engine), UNKNOT_SESSION_ABANDONED);
}

/* A session may begin at a later step: what comes before is left out. */
static void
test_first_step (void **unused)
{
  g_autoptr(Session) session = session_new (PRESS_LEFT "," STRETCH_BOTH);

  unknot_session_engine_set_first_step (session->engine, 1);
  assert_at (session, 3, UNKNOT_SESSION_READY);
  assert_true (unknot_session_engine_get_remaining (session->engine) == 30 * S);
  assert_log (session, "");
  unknot_session_engine_start (session->engine);
  assert_log (session, "0:step-started:3");
  advance (session, 150 * S);
  assert_int_equal (unknot_session_engine_get_state (session->engine), UNKNOT_SESSION_FINISHED);
  for (guint i = 0; i < 3; i++)
    assert_int_equal (unknot_session_engine_get_record (session->engine, i)->outcome, UNKNOT_SEGMENT_NOT_REACHED);
}

/* A routine's own pattern in tenths of seconds: planning its breaths must end, with
 * each phase once. */
static void
test_fractional_breathing (void **unused)
{
  g_autoptr(Session) session = session_new (
    "{ \"type\": \"stretch\", \"title\": \"Stretch\", \"instructions\": \"Stretch.\", \"hold\": 60, \"reps\": 1,"
    "  \"breathing\": \"odd\" }");
  g_auto(GStrv) words = NULL;

  unknot_session_engine_start (session->engine);
  advance (session, 60 * S);
  words = g_strsplit (session->log->str, " ", -1);
  /* started; in (0), hold (2), out (8.7), hold (14.9), in (21.3), … to 59 s: 12 phases;
   * halfway; the last three seconds; finished, twice */
  assert_int_equal (g_strv_length (words) - 1, 1 + 12 + 1 + 3 + 2);
}

typedef struct
{
  UnknotSessionEventType type;
  guint                  detail;
  int                    action;   /* 0 abandon, 1 skip, 2 restart */
  gboolean               done;
} Meddle;

static void
meddle_cb (UnknotSessionEngine    *engine,
           UnknotSessionEventType  type,
           guint                   detail,
           Meddle                 *meddle)
{
  if (meddle->done || type != meddle->type || detail != meddle->detail)
    return;
  meddle->done = TRUE;
  switch (meddle->action)
    {
    case 0: unknot_session_engine_abandon (engine, "from a handler"); break;
    case 1: unknot_session_engine_skip_to_next_step (engine); break;
    default: unknot_session_engine_restart_step (engine); break;
    }
}

/* Handlers that stop, skip or restart the session in the middle of its events decide
 * what comes next: nothing is emitted twice, nothing after the end. */
static void
test_handlers_move_the_session (void **unused)
{
  {
    g_autoptr(Session) session = session_new (STRETCH_BOTH);
    Meddle meddle = { UNKNOT_SESSION_EVENT_STEP_FINISHED, 0, 0, FALSE };

    g_signal_connect (session->engine, "event", G_CALLBACK (meddle_cb), &meddle);
    unknot_session_engine_start (session->engine);
    advance (session, 40 * S);
    assert_log (session, "0:step-started:0 15000:halfway:0 27000:countdown:3 28000:countdown:2 29000:countdown:1 "
                         "30000:step-finished:0 30000:session-finished:4");
    assert_at (session, 0, UNKNOT_SESSION_ABANDONED);
  }
  {
    g_autoptr(Session) session = session_new (STRETCH_BOTH);
    Meddle meddle = { UNKNOT_SESSION_EVENT_STEP_FINISHED, 0, 1, FALSE };

    g_signal_connect (session->engine, "event", G_CALLBACK (meddle_cb), &meddle);
    unknot_session_engine_start (session->engine);
    advance (session, 5 * S);
    clear_log (session);
    /* the user skips; a handler of that step's end cannot move the session again */
    unknot_session_engine_skip_to_next_step (session->engine);
    assert_log (session, "5000:step-finished:0 5000:step-started:1");
    assert_at (session, 1, UNKNOT_SESSION_RUNNING);
  }
  {
    g_autoptr(Session) session = session_new (STRETCH_BOTH);
    Meddle meddle = { UNKNOT_SESSION_EVENT_COUNTDOWN, 3, 2, FALSE };

    g_signal_connect (session->engine, "event", G_CALLBACK (meddle_cb), &meddle);
    unknot_session_engine_start (session->engine);
    advance (session, 30 * S);
    /* restarted at 27 s: the step's events start again from there, not at once */
    assert_log (session, "0:step-started:0 15000:halfway:0 27000:countdown:3 27000:step-started:0");
    advance (session, 30 * S);
    assert_log (session, "42000:halfway:0 54000:countdown:3 55000:countdown:2 56000:countdown:1 "
                         "57000:step-finished:0 57000:step-started:1");
  }
}

static void
sleep_state_cb (UnknotSessionEngine *engine,
                GParamSpec          *pspec,
                gboolean            *paused_for_sleep)
{
  if (unknot_session_engine_get_state (engine) == UNKNOT_SESSION_PAUSED)
    *paused_for_sleep = unknot_session_engine_get_paused_for_sleep (engine);
}

/* Whoever sees the session pause after a sleep can tell why; and a sleep while a step
 * waits for the user does not pause the step after it. */
static void
test_sleep_reasons (void **unused)
{
  g_autoptr(Session) session = session_new (
    "{ \"type\": \"info\", \"title\": \"Read\", \"instructions\": \"Read this.\" }," STRETCH_BOTH);
  gboolean paused_for_sleep = FALSE;

  g_signal_connect (session->engine, "notify::state", G_CALLBACK (sleep_state_cb), &paused_for_sleep);
  unknot_session_engine_start (session->engine);
  advance (session, 10 * S);
  unknot_fake_clock_sleep (UNKNOT_FAKE_CLOCK (session->clock), 600 * S);
  advance (session, 20 * S);
  unknot_session_engine_skip_to_next_step (session->engine);
  assert_at (session, 1, UNKNOT_SESSION_RUNNING);
  assert_false (unknot_session_engine_get_paused_for_sleep (session->engine));

  advance (session, 5 * S);
  unknot_fake_clock_sleep (UNKNOT_FAKE_CLOCK (session->clock), 600 * S);
  advance (session, 2 * S);
  assert_at (session, 1, UNKNOT_SESSION_PAUSED);
  assert_true (paused_for_sleep);
}

static void
drop_engine_cb (UnknotSessionEngine  *engine,
                GParamSpec           *pspec,
                UnknotSessionEngine **slot)
{
  if (unknot_session_engine_get_state (engine) == UNKNOT_SESSION_ABANDONED)
    g_clear_object (slot);
}

/* A page that lets go of its engine when the session ends, while the engine still has
 * events to emit, must not make it touch freed memory. */
static void
test_handler_drops_the_engine (void **unused)
{
  g_autoptr(UnknotRoutine) routine = routine_with_steps (STRETCH_BOTH);
  g_autoptr(UnknotClock) clock = unknot_fake_clock_new ();
  UnknotSessionEngine *engine = unknot_session_engine_new (routine, patterns, clock);
  GWeakRef weak;

  g_weak_ref_init (&weak, engine);
  g_signal_connect (engine, "notify::state", G_CALLBACK (drop_engine_cb), &engine);
  unknot_session_engine_start (engine);
  unknot_session_engine_abandon (engine, "closed");
  assert_null (engine);
  assert_null (g_weak_ref_get (&weak));
  g_weak_ref_clear (&weak);
  assert_int_equal (unknot_fake_clock_get_n_wakeups (UNKNOT_FAKE_CLOCK (clock)), 0);
}

static void
test_exercise_sets (void **unused)
{
  g_autoptr(Session) session = session_new (
    "{ \"type\": \"exercise\", \"title\": \"Bridge\", \"instructions\": \"Lift.\", \"reps\": 10, \"sets\": 2,"
    "  \"rest_between_sets\": 30, \"side\": \"both\" },"
    "{ \"type\": \"exercise\", \"title\": \"Plank\", \"instructions\": \"Hold.\", \"duration\": 20, \"sets\": 2 }");

  assert_int_equal (unknot_session_engine_get_n_segments (session->engine), 9);
  assert_segment (session, 0, UNKNOT_SEGMENT_WORK, UNKNOT_SIDE_LEFT, 1, 2, 0);
  assert_segment (session, 1, UNKNOT_SEGMENT_REST, UNKNOT_SIDE_LEFT, 1, 2, 30 * S);
  assert_segment (session, 2, UNKNOT_SEGMENT_WORK, UNKNOT_SIDE_LEFT, 2, 2, 0);
  assert_segment (session, 3, UNKNOT_SEGMENT_SWITCH_SIDES, UNKNOT_SIDE_RIGHT, 0, 0, 10 * S);
  assert_segment (session, 6, UNKNOT_SEGMENT_WORK, UNKNOT_SIDE_RIGHT, 2, 2, 0);
  assert_segment (session, 7, UNKNOT_SEGMENT_WORK, UNKNOT_SIDE_NONE, 1, 2, 20 * S);
  assert_segment (session, 8, UNKNOT_SEGMENT_WORK, UNKNOT_SIDE_NONE, 2, 2, 20 * S);
}

/* Every bundled routine plays to its end, and its timed parts take exactly the
 * planned time. */
static void
test_bundled_routines_play_through (void **unused)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_problem_free);
  g_autoptr(GFile) folder = g_file_new_for_path (g_get_tmp_dir ());
  g_autoptr(UnknotRoutineLibrary) library = unknot_routine_library_new (folder);
  guint n;

  unknot_routine_library_load (library, problems);
  n = g_list_model_get_n_items (G_LIST_MODEL (library));
  assert_true (n >= 8);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(UnknotRoutineEntry) entry = g_list_model_get_item (G_LIST_MODEL (library), i);
      g_autoptr(UnknotClock) clock = unknot_fake_clock_new ();
      g_autoptr(UnknotSessionEngine) engine = NULL;
      gint64 t0 = unknot_clock_get_monotonic (clock);
      guint guard = 0;

      if (!unknot_routine_entry_get_bundled (entry))
        continue;
      engine = unknot_session_engine_new (unknot_routine_entry_get_routine (entry), patterns, clock);
      unknot_session_engine_start (engine);
      while (unknot_session_engine_get_state (engine) == UNKNOT_SESSION_RUNNING && guard++ < 100000)
        {
          if (unknot_session_engine_get_current (engine)->duration == 0)
            unknot_session_engine_skip_to_next_step (engine);
          else
            assert_true (unknot_fake_clock_advance_to_next_wakeup (UNKNOT_FAKE_CLOCK (clock)));
        }
      assert_int_equal (unknot_session_engine_get_state (engine), UNKNOT_SESSION_FINISHED);
      if (unknot_clock_get_monotonic (clock) - t0 != unknot_session_engine_get_planned_time (engine))
        fail_msg ("%s took %" G_GINT64_FORMAT " µs, planned %" G_GINT64_FORMAT,
                  unknot_routine_entry_get_id (entry), unknot_clock_get_monotonic (clock) - t0,
                  unknot_session_engine_get_planned_time (engine));
      assert_true (unknot_session_engine_get_planned_time (engine) >=
                   (gint64) unknot_routine_get_timed_seconds (unknot_routine_entry_get_routine (entry)) * S);
      assert_int_equal (unknot_fake_clock_get_n_wakeups (UNKNOT_FAKE_CLOCK (clock)), 0);
    }
}

int
main (void)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_problem_free);
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_sides_expand_with_a_switch),
    cmocka_unit_test (test_holds_with_rest_breathing_and_prompts),
    cmocka_unit_test (test_untimed_steps_wait),
    cmocka_unit_test (test_pause_across_a_boundary),
    cmocka_unit_test (test_early_release),
    cmocka_unit_test (test_skipping_back_and_forth),
    cmocka_unit_test (test_restart_step),
    cmocka_unit_test (test_sleep_comes_back_paused),
    cmocka_unit_test (test_abandon_keeps_the_reason),
    cmocka_unit_test (test_first_step),
    cmocka_unit_test (test_handler_drops_the_engine),
    cmocka_unit_test (test_fractional_breathing),
    cmocka_unit_test (test_handlers_move_the_session),
    cmocka_unit_test (test_sleep_reasons),
    cmocka_unit_test (test_exercise_sets),
    cmocka_unit_test (test_bundled_routines_play_through),
    cmocka_unit_test (test_one_side),
    cmocka_unit_test (test_no_steps_for_a_side),
    cmocka_unit_test (test_stop_for_a_pulse),
    cmocka_unit_test (test_stop_the_point),
    cmocka_unit_test (test_stop_the_session),
    cmocka_unit_test (test_pulse_without_a_search),
  };
  int failed;

  patterns = unknot_breathing_patterns_load_bundled (problems);
  g_assert (patterns != NULL && problems->len == 0);
  failed = cmocka_run_group_tests (tests, NULL, NULL);
  g_hash_table_unref (patterns);

  return failed;
}
