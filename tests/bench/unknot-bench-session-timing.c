/* unknot-bench-session-timing.c: how close to schedule step boundaries land, in real time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plays a routine of UNKNOT_BENCH_SESSION_SECONDS (default 1200: twenty minutes) on the
 * system clock and the main loop, as the app does, and compares the moment each step
 * starts with the moment it is due: the start plus the planned length of every step
 * before it. Prints the errors and the CPU time the engine used.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "unknot-routine-loader.h"
#include "unknot-session-engine.h"
#include "unknot-system-clock.h"

typedef struct
{
  UnknotSessionEngine *engine;
  GMainLoop           *loop;
  gint64               t0;
  GArray              *errors;    /* double, ms */
} Run;

static void
event_cb (UnknotSessionEngine    *engine,
          UnknotSessionEventType  type,
          guint                   detail,
          Run                    *run)
{
  gint64 now = g_get_monotonic_time ();

  if (type == UNKNOT_SESSION_EVENT_STEP_STARTED && detail > 0)
    {
      gint64 due = run->t0;
      double error;

      for (guint i = 0; i < detail; i++)
        due += unknot_session_engine_get_segment (engine, i)->duration;
      error = (double) (now - due) / 1000.0;
      g_array_append_val (run->errors, error);
    }
  else if (type == UNKNOT_SESSION_EVENT_SESSION_FINISHED)
    {
      g_main_loop_quit (run->loop);
    }
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = ABS (*(const double *) a), y = ABS (*(const double *) b);

  return (x > y) - (x < y);
}

static double
cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec * 1000.0 + usage.ru_utime.tv_usec / 1000.0 +
         usage.ru_stime.tv_sec * 1000.0 + usage.ru_stime.tv_usec / 1000.0;
}

/* Rests and paced stretches of uneven lengths, to @seconds in all */
static char *
make_routine (guint seconds)
{
  static const guint lengths[] = { 7, 13, 30, 45, 60, 20, 11, 90 };
  GString *steps = g_string_new (NULL);
  guint total = 0;

  for (guint i = 0; total < seconds; i++)
    {
      guint length = MIN (lengths[i % G_N_ELEMENTS (lengths)], seconds - total);

      if (steps->len > 0)
        g_string_append_c (steps, ',');
      if (i % 3 == 2 && length >= 10)
        g_string_append_printf (steps,
          "{ \"type\": \"stretch\", \"title\": \"Stretch\", \"instructions\": \"Stretch.\", \"hold\": %u, "
          "\"reps\": 1, \"breathing\": \"relax-3-7\", \"prompts\": [ { \"at\": %u, \"say\": \"Halfway.\" } ] }",
          length, length / 2);
      else
        g_string_append_printf (steps, "{ \"type\": \"rest\", \"duration\": %u }", length);
      total += length;
    }

  return g_strdup_printf (
    "{ \"format\": 1, \"id\": \"bench-timing\", \"title\": \"Timing\", \"summary\": \"Timing.\","
    "  \"kind\": \"mixed\", \"level\": \"beginner\", \"estimated_duration\": %u, \"author\": \"Bench\","
    "  \"license\": \"CC0-1.0\", \"sources\": [ { \"citation\": \"None\" } ], \"steps\": [ %s ] }",
    MIN (MAX (seconds, 30), 7200), g_string_free (steps, FALSE));
}

int
main (void)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_problem_free);
  const char *seconds_text = g_getenv ("UNKNOT_BENCH_SESSION_SECONDS");
  guint seconds = seconds_text != NULL ? (guint) atoi (seconds_text) : 1200;
  g_autofree char *json = make_routine (MAX (seconds, 10));
  g_autoptr(GHashTable) patterns = unknot_breathing_patterns_load_bundled (problems);
  g_autoptr(UnknotRoutine) routine = unknot_routine_load_from_data (json, strlen (json), "bench.json", patterns, problems);
  g_autoptr(UnknotClock) clock = unknot_system_clock_new ();
  Run run = { 0 };
  double cpu_before, cpu, max = 0.0;
  guint n;

  if (routine == NULL)
    {
      for (guint i = 0; i < problems->len; i++)
        fprintf (stderr, "%s\n", ((UnknotProblem *) g_ptr_array_index (problems, i))->message);
      return 1;
    }

  run.engine = unknot_session_engine_new (routine, patterns, clock);
  run.loop = g_main_loop_new (NULL, FALSE);
  run.errors = g_array_new (FALSE, FALSE, sizeof (double));
  g_signal_connect (run.engine, "event", G_CALLBACK (event_cb), &run);

  cpu_before = cpu_ms ();
  run.t0 = g_get_monotonic_time ();
  unknot_session_engine_start (run.engine);
  g_main_loop_run (run.loop);
  cpu = cpu_ms () - cpu_before;

  n = run.errors->len;
  if (n == 0)
    {
      fprintf (stderr, "no step boundary was reached\n");
      return 1;
    }
  g_array_sort (run.errors, compare_doubles);
  for (guint i = 0; i < n; i++)
    max = MAX (max, ABS (g_array_index (run.errors, double, i)));
  printf ("seconds=%u boundaries=%u min_ms=%.3f median_ms=%.3f p99_ms=%.3f max_ms=%.3f cpu_ms_per_min=%.2f\n",
          seconds, n,
          ABS (g_array_index (run.errors, double, 0)),
          ABS (g_array_index (run.errors, double, n / 2)),
          ABS (g_array_index (run.errors, double, MIN (n - 1, (n * 99) / 100))),
          max, cpu / (seconds / 60.0));

  g_array_unref (run.errors);
  g_main_loop_unref (run.loop);
  g_object_unref (run.engine);

  return 0;
}
