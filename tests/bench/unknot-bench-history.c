/* unknot-bench-history.c: saving a session, and the Progress page with ten years
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run by build-aux/bench with XDG_DATA_HOME pointing at a folder whose history holds ten
 * years of daily practice (unknot-seed-history), on the disk the build is on (a history
 * in memory-backed /tmp would hide the cost of syncing to disk).
 *
 * unknot-bench-history save: saves 51 sessions, one at a time as the player does, and
 *   prints save_ms=… save_min=… save_max=… (median, fastest, slowest).
 * unknot-bench-history read: reads the whole history 9 times and prints read_ms=… (the
 *   median), read_min=…, read_max=… and sessions=….
 * unknot-bench-history progress: starts the app, lets it settle for a second as a person
 *   would, and prints baseline_ms=… (switching to the Routines page, made already, until
 *   painted), anatomy_ms=… (switching to the Anatomy page, made and drawn on its first
 *   switch as Progress is) and open_ms=… (switching to the Progress page, which is then made, reads the
 *   history and draws it, until painted).
 */

#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <string.h>

#include "unknot-application.h"
#include "unknot-sqlite-history.h"
#include "unknot-window.h"

#define SAVES 51

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static int
bench_save (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "unknot", "history.sqlite3", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(UnknotHistoryStore) store = unknot_sqlite_history_open (path, NULL, &error);
  double times[SAVES];

  if (store == NULL)
    g_error ("%s", error->message);

  for (guint i = 0; i < SAVES; i++)
    {
      g_autoptr(UnknotSessionLog) log = unknot_session_log_new ();
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      UnknotPointLog *point = unknot_point_log_new ("psoas-upper", UNKNOT_SIDE_LEFT);
      gint64 start;

      /* a release as the player logs it: a point held, four ratings, a note */
      log->routine_id = g_strdup ("release-psoas-upper");
      log->routine_title = g_strdup ("Upper Psoas Release");
      log->compression = TRUE;
      log->started_at = g_date_time_to_unix_usec (now) + i;
      g_strlcpy (log->local_date, "2100-01-01", sizeof log->local_date);
      log->planned_seconds = 430;
      log->active_seconds = 520;
      log->steps_total = log->steps_done = 10;
      log->completed = TRUE;
      point->holds_planned = point->holds_done = 2;
      point->hold_seconds = 120;
      g_ptr_array_add (log->points, point);
      for (int side = UNKNOT_SIDE_LEFT; side <= UNKNOT_SIDE_RIGHT; side++)
        {
          g_array_append_val (log->ratings, ((UnknotPainRating) { UNKNOT_RATE_BEFORE, side, 6 }));
          g_array_append_val (log->ratings, ((UnknotPainRating) { UNKNOT_RATE_AFTER, side, 3 }));
        }
      unknot_session_log_set_note (log, "Looser after the second hold.");

      start = g_get_monotonic_time ();
      if (!unknot_history_store_save (store, log, &error))
        g_error ("%s", error->message);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  qsort (times, SAVES, sizeof times[0], (int (*) (const void *, const void *)) compare_doubles);
  printf ("save_ms=%.2f save_min=%.2f save_max=%.2f\n", times[SAVES / 2], times[0], times[SAVES - 1]);
  return 0;
}

/* How long reading the whole history takes, which the Progress page does */
static int
bench_read (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "unknot", "history.sqlite3", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(UnknotHistoryStore) store = unknot_sqlite_history_open (path, NULL, &error);
  double times[9];
  guint n = 0;

  if (store == NULL)
    g_error ("%s", error->message);
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) all = unknot_history_store_list_since (store, "0000-01-01", &error);

      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      n = all->len;
    }
  qsort (times, G_N_ELEMENTS (times), sizeof times[0], (int (*) (const void *, const void *)) compare_doubles);
  printf ("read_ms=%.2f read_min=%.2f read_max=%.2f sessions=%u\n", times[4], times[0], times[8], n);
  return 0;
}

static gint64 last_paint;

static void
after_paint_cb (GdkFrameClock *clock)
{
  last_paint = g_get_monotonic_time ();
}

static gint64
wait_for_paint_after (gint64 since)
{
  gint64 deadline = since + 5 * G_USEC_PER_SEC;

  while (last_paint <= since && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  return last_paint > since ? last_paint - since : -1;
}

static int
bench_progress (void)
{
  g_autoptr (UnknotApplication) app = NULL;
  g_autoptr (GError) error = NULL;
  UnknotWindow *window;
  gint64 start, open_us, baseline_us, anatomy_us;

  gtk_init ();
  adw_init ();
  app = unknot_application_new ("io.github.unknot.Unknot.BenchHistory", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));
  g_application_activate (G_APPLICATION (app));
  window = UNKNOT_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint", G_CALLBACK (after_paint_cb), NULL);
  wait_for_paint_after (g_get_monotonic_time ());

  if (!unknot_history_store_is_persistent (unknot_application_get_history (app)))
    g_error ("the history did not open");
  {
    gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC;

    while (g_get_monotonic_time () < until)
      {
        g_main_context_iteration (NULL, FALSE);
        g_usleep (1000);
      }
  }

  /* the baseline: switching to a page that exists already, in the same window */
  start = g_get_monotonic_time ();
  unknot_window_set_visible_page (window, "routines");
  baseline_us = wait_for_paint_after (start);
  wait_for_paint_after (g_get_monotonic_time ());

  /* another page made, filled and drawn on its first switch: the body maps */
  start = g_get_monotonic_time ();
  unknot_window_set_visible_page (window, "anatomy");
  anatomy_us = wait_for_paint_after (start);
  wait_for_paint_after (g_get_monotonic_time ());

  start = g_get_monotonic_time ();
  unknot_window_set_visible_page (window, "progress");
  open_us = wait_for_paint_after (start);

  printf ("baseline_ms=%.1f anatomy_ms=%.1f open_ms=%.1f\n", baseline_us / 1000.0, anatomy_us / 1000.0,
          open_us / 1000.0);

  gtk_window_destroy (GTK_WINDOW (window));
  g_application_release (G_APPLICATION (app));
  return open_us > 0 ? 0 : 1;
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 2 && strcmp (argv[1], "save") == 0)
    return bench_save ();
  if (argc == 2 && strcmp (argv[1], "read") == 0)
    return bench_read ();
  if (argc == 2 && strcmp (argv[1], "progress") == 0)
    return bench_progress ();
  g_printerr ("Usage: unknot-bench-history save|read|progress\n");
  return 2;
}
