/* unknot-bench-minimal.c: the baseline for the start-up benchmark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The smallest libadwaita application that looks like an app: a window of Unknot's
 * default size with a header bar and a status page. build-aux/bench measures it and
 * Unknot in the same run, so the budget is a ratio that holds on any machine.
 */

#include "config.h"

#include <adwaita.h>

#include "unknot-first-frame-probe.h"

static void
activate_cb (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *toolbar_view = adw_toolbar_view_new ();
  GtkWidget *status_page = adw_status_page_new ();

  adw_status_page_set_title (ADW_STATUS_PAGE (status_page), "Minimal Window");
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar_view), adw_header_bar_new ());
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar_view), status_page);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), toolbar_view);
  gtk_window_set_title (GTK_WINDOW (window), "Minimal Window");
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);

  unknot_first_frame_probe_attach_from_environment (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (AdwApplication) app = adw_application_new ("io.github.unknot.Unknot.BenchMinimal",
                                                        G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
