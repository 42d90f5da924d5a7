/* unknot-bench-routines-page.c: the Routines page with 1,000 routines, opened and scrolled
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints for build-aux/bench: open_ms=… (from switching to the page to the first frame
 * painted with it), baseline_ms=… (the same for a page that is only a status page) and
 * worst_scroll_ms=… (the longest time from a scroll step to its
 * painted frame, over a scroll from the top to the bottom of the list in 40 steps).
 * Needs a display; uses a temporary data folder with 1,000 routine files.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdio.h>

#include "unknot-application.h"
#include "unknot-window.h"

#define USER_ROUTINES 1000
#define SCROLL_STEPS 40

static gint64 last_paint;

static void
after_paint_cb (GdkFrameClock *clock)
{
  last_paint = g_get_monotonic_time ();
}

static gboolean
wake_cb (gpointer data)
{
  *(guint *) data = 0;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until a frame is painted after @since, or 5 s pass (a change that
 * paints nothing must not leave the loop waiting for ever). */
static gint64
wait_for_paint_after (gint64 since)
{
  gint64 deadline = since + 5 * G_USEC_PER_SEC;
  guint wake = g_timeout_add (5000, wake_cb, &wake);

  while (last_paint <= since && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  if (wake != 0)
    g_source_remove (wake);

  return last_paint > since ? last_paint - since : -1;
}

static GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      /* a drop-down's popover has a scrolled list of its own */
      if (GTK_IS_POPOVER (child))
        continue;
      if (g_type_is_a (G_OBJECT_TYPE (child), type))
        return child;
      if ((found = find_descendant (child, type)) != NULL)
        return found;
    }
  return NULL;
}

static void
write_routines (const char *folder)
{
  g_autoptr (GBytes) template = g_resources_lookup_data (RESOURCE_BASE_PATH "/routines/daily-psoas-10.json", 0, NULL);

  g_mkdir_with_parents (folder, 0700);
  for (guint i = 0; i < USER_ROUTINES; i++)
    {
      g_autoptr (GString) text = g_string_new_len (g_bytes_get_data (template, NULL), g_bytes_get_size (template));
      g_autofree char *id = g_strdup_printf ("\"user-routine-%04u\"", i);
      g_autofree char *title = g_strdup_printf ("\"Routine %04u\"", i);
      g_autofree char *path = g_strdup_printf ("%s/user-routine-%04u.json", folder, i);

      g_string_replace (text, "\"daily-psoas-10\"", id, 1);
      g_string_replace (text, "\"Daily Psoas Routine\"", title, 1);
      if (!g_file_set_contents (path, text->str, text->len, NULL))
        g_error ("cannot write %s", path);
    }
}

static void
remove_routines (const char *folder)
{
  for (guint i = 0; i < USER_ROUTINES; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/user-routine-%04u.json", folder, i);
      g_unlink (path);
    }
}

int
main (void)
{
  g_autofree char *home = g_dir_make_tmp ("unknot-bench-home-XXXXXX", NULL);
  g_autofree char *folder = g_build_filename (home, "unknot", "routines", NULL);
  g_autoptr (UnknotApplication) app = NULL;
  g_autoptr (GError) error = NULL;
  UnknotWindow *window;
  GtkWidget *scrolled;
  GtkAdjustment *adjustment;
  gint64 start, open_us, baseline_us, worst_us = 0;

  write_routines (folder);
  g_setenv ("XDG_DATA_HOME", home, TRUE);

  gtk_init ();
  adw_init ();
  app = unknot_application_new ("io.github.unknot.Unknot.BenchRoutines", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));
  g_application_activate (G_APPLICATION (app));
  window = UNKNOT_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint", G_CALLBACK (after_paint_cb), NULL);
  wait_for_paint_after (g_get_monotonic_time ());

  if (g_list_model_get_n_items (G_LIST_MODEL (unknot_application_get_library (app))) < USER_ROUTINES)
    g_error ("the routines did not load");

  /* the baseline: switching to a page that is only a status page, in the same window */
  start = g_get_monotonic_time ();
  unknot_window_set_visible_page (window, "anatomy");
  baseline_us = wait_for_paint_after (start);
  wait_for_paint_after (g_get_monotonic_time ());

  start = g_get_monotonic_time ();
  unknot_window_set_visible_page (window, "routines");
  open_us = wait_for_paint_after (start);

  scrolled = find_descendant (GTK_WIDGET (unknot_window_get_routines_page (window)), GTK_TYPE_SCROLLED_WINDOW);
  if (scrolled == NULL)
    g_error ("the Routines page has no list to scroll");
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  for (guint i = 1; i <= SCROLL_STEPS; i++)
    {
      gint64 step_us;

      /* the list grows as rows are measured: aim at the bottom as it is now */
      start = g_get_monotonic_time ();
      gtk_adjustment_set_value (adjustment, (gtk_adjustment_get_upper (adjustment) -
                                             gtk_adjustment_get_page_size (adjustment)) * i / SCROLL_STEPS);
      step_us = wait_for_paint_after (start);
      worst_us = MAX (worst_us, step_us < 0 ? 5 * G_USEC_PER_SEC : step_us);
    }

  printf ("open_ms=%.1f baseline_ms=%.1f worst_scroll_ms=%.1f\n", open_us / 1000.0, baseline_us / 1000.0,
          worst_us / 1000.0);

  gtk_window_destroy (GTK_WINDOW (window));
  g_application_release (G_APPLICATION (app));
  remove_routines (folder);
  return 0;
}
