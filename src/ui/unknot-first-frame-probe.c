/* unknot-first-frame-probe.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "unknot-first-frame-probe"

#include "config.h"

#include <glib-unix.h>
#include <signal.h>
#include <stdio.h>
#include <sys/resource.h>

#include "unknot-first-frame-probe.h"

/* The start-up benchmark (build-aux/bench) sets UNKNOT_BENCH_FIRST_FRAME in the
 * environment of Unknot and of a minimal libadwaita window. The probe prints the
 * monotonic time at which the window's first frame was painted, so the benchmark can
 * subtract the time it started the process, then lets the program settle for a moment
 * (the RSS the user gets after start-up) and quits it. Without the variable it does
 * nothing. */

#define SETTLE_MS 500

/* With UNKNOT_BENCH_CPU_ON_SIGNAL set, each SIGUSR1 prints the CPU time the process has
 * used so far (all its threads, those ended too, to the microsecond), so the CPU
 * benchmarks can read it over a span without the 10 ms steps of /proc. */
static gboolean
report_cpu_cb (gpointer user_data)
{
  struct rusage usage;

  if (getrusage (RUSAGE_SELF, &usage) == 0)
    {
      gint64 us = (gint64) (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * G_USEC_PER_SEC +
                  usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;

      printf ("cpu-us %" G_GINT64_FORMAT "\n", us);
      fflush (stdout);
    }
  return G_SOURCE_CONTINUE;
}

static gboolean
quit_after_settling_cb (gpointer user_data)
{
  GtkWindow *window = user_data;
  GApplication *application = G_APPLICATION (gtk_window_get_application (window));

  if (application != NULL)
    g_application_quit (application);
  else
    gtk_window_destroy (window);

  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock *frame_clock,
                GtkWindow     *window)
{
  printf ("first-frame-us %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);

  g_signal_handlers_disconnect_by_func (frame_clock, after_paint_cb, window);
  g_timeout_add_full (G_PRIORITY_DEFAULT, SETTLE_MS, quit_after_settling_cb,
                      g_object_ref (window), g_object_unref);
}

static void
window_realize_cb (GtkWidget *widget)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                           G_CALLBACK (after_paint_cb), widget, G_CONNECT_DEFAULT);
}

void
unknot_first_frame_probe_attach_from_environment (GtkWindow *window)
{
  static gboolean reporting_cpu;

  g_return_if_fail (GTK_IS_WINDOW (window));

  if (!reporting_cpu && g_getenv (UNKNOT_CPU_PROBE_ENV) != NULL)
    {
      reporting_cpu = TRUE;
      g_unix_signal_add (SIGUSR1, report_cpu_cb, NULL);
    }

  if (g_getenv (UNKNOT_FIRST_FRAME_PROBE_ENV) == NULL)
    return;

  g_signal_connect (window, "realize", G_CALLBACK (window_realize_cb), NULL);
}
