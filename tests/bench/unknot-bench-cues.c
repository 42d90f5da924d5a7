/* unknot-bench-cues.c: how soon a cue reaches the audio sink after the session asks for it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prepares the cue player as the app does, on GStreamer's fakeaudiosink (it keeps the
 * clock and the timing of a real sink, without a sound card), then plays every cue
 * UNKNOT_BENCH_CUE_ROUNDS times (default 10), one after the other, each once the one
 * before has ended. The latency is what the player reports: from the play call to the
 * first buffer reaching the sink. Prints the median, the 95th percentile and the worst.
 */

#include "config.h"

#include <gst/gst.h>
#include <stdio.h>
#include <stdlib.h>

#include "unknot-cue-player.h"

static const UnknotCue cues[] = {
  UNKNOT_CUE_START, UNKNOT_CUE_HALFWAY, UNKNOT_CUE_TICK, UNKNOT_CUE_SWITCH_SIDES,
  UNKNOT_CUE_BREATHE_IN, UNKNOT_CUE_BREATHE_OUT, UNKNOT_CUE_FINISH,
};

typedef struct
{
  GArray    *latencies;   /* double, ms */
  gboolean   finished;
} Run;

static void
cue_started_cb (UnknotCuePlayer *player,
                int              cue,
                gint64           latency_us,
                Run             *run)
{
  double ms = latency_us / 1000.0;

  g_array_append_val (run->latencies, ms);
}

static void
cue_finished_cb (UnknotCuePlayer *player,
                 int              cue,
                 Run             *run)
{
  run->finished = TRUE;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int    argc,
      char **argv)
{
  const char *rounds_text = g_getenv ("UNKNOT_BENCH_CUE_ROUNDS");
  guint rounds = rounds_text != NULL ? (guint) atoi (rounds_text) : 10;
  g_autoptr(UnknotCuePlayer) player = NULL;
  Run run = { g_array_new (FALSE, FALSE, sizeof (double)), FALSE };
  gint64 deadline;
  guint n;

  gst_init (&argc, &argv);
  player = unknot_cue_player_new_with_sink ("fakeaudiosink sync=true");
  g_signal_connect (player, "cue-started", G_CALLBACK (cue_started_cb), &run);
  g_signal_connect (player, "cue-finished", G_CALLBACK (cue_finished_cb), &run);

  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!unknot_cue_player_get_prepared (player) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  if (!unknot_cue_player_get_available (player))
    {
      fprintf (stderr, "no cues: %s\n", unknot_cue_player_get_unavailable_reason (player));
      return 1;
    }

  for (guint round = 0; round < MAX (rounds, 1); round++)
    for (guint i = 0; i < G_N_ELEMENTS (cues); i++)
      {
        run.finished = FALSE;
        if (!unknot_cue_player_play (player, cues[i]))
          return 1;
        deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
        while (!run.finished && g_get_monotonic_time () < deadline)
          g_main_context_iteration (NULL, TRUE);
      }

  n = run.latencies->len;
  if (n == 0)
    return 1;
  g_array_sort (run.latencies, compare_doubles);
  printf ("plays=%u min_ms=%.3f median_ms=%.3f p95_ms=%.3f max_ms=%.3f\n", n,
          g_array_index (run.latencies, double, 0),
          g_array_index (run.latencies, double, n / 2),
          g_array_index (run.latencies, double, MIN (n - 1, (n * 95) / 100)),
          g_array_index (run.latencies, double, n - 1));
  g_array_unref (run.latencies);

  return 0;
}
