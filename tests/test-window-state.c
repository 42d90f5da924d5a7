/* test-window-state.c: the main window remembers its size
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "unknot-application.h"
#include "unknot-window.h"
#include "unknot-test-util.h"

#define TIMEOUT_MS 5000

static UnknotApplication *app;

/* Narrow: the switcher is at the bottom and the header shows the title. */
static gboolean
layout_is_narrow_cb (gpointer data)
{
  GtkWidget *bar = unknot_test_find_descendant (GTK_WIDGET (data), ADW_TYPE_VIEW_SWITCHER_BAR);
  GtkWidget *header = unknot_test_find_descendant (GTK_WIDGET (data), ADW_TYPE_HEADER_BAR);

  return adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (bar)) &&
         adw_header_bar_get_title_widget (ADW_HEADER_BAR (header)) == NULL;
}

/* Wide: the switcher is in the header and the bottom bar is hidden. */
static gboolean
layout_is_wide_cb (gpointer data)
{
  GtkWidget *bar = unknot_test_find_descendant (GTK_WIDGET (data), ADW_TYPE_VIEW_SWITCHER_BAR);
  GtkWidget *header = unknot_test_find_descendant (GTK_WIDGET (data), ADW_TYPE_HEADER_BAR);

  return !adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (bar)) &&
         ADW_IS_VIEW_SWITCHER (adw_header_bar_get_title_widget (ADW_HEADER_BAR (header)));
}

static void
close_window (GtkWindow *window)
{
  g_object_ref (window);
  gtk_window_close (window);
  assert_null (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_object_unref (window);
  unknot_test_run_main_loop (20);
}

static void
test_size_is_restored (void **state)
{
  g_autoptr (GSettings) settings = g_settings_new (BASE_ID);
  GtkWindow *window;
  int width, height;

  g_settings_set_int (settings, "window-width", 840);
  g_settings_set_int (settings, "window-height", 610);

  window = unknot_test_open_main_window (app);
  gtk_window_get_default_size (window, &width, &height);
  assert_int_equal (width, 840);
  assert_int_equal (height, 610);

  /* A size the user gave the window is what the next window opens with. */
  gtk_window_set_default_size (window, 777, 555);
  close_window (window);
  assert_int_equal (g_settings_get_int (settings, "window-width"), 777);
  assert_int_equal (g_settings_get_int (settings, "window-height"), 555);
  assert_false (g_settings_get_boolean (settings, "window-maximized"));

  window = unknot_test_open_main_window (app);
  gtk_window_get_default_size (window, &width, &height);
  assert_int_equal (width, 777);
  assert_int_equal (height, 555);
  close_window (window);
}

static void
test_layout_follows_width (void **state)
{
  g_autoptr (GSettings) settings = g_settings_new (BASE_ID);
  GtkWindow *window;
  int min_width, min_height;

  /* The smallest size the app supports (a phone in portrait, GNOME's 360×294 floor) */
  g_settings_set_int (settings, "window-width", 360);
  g_settings_set_int (settings, "window-height", 294);
  window = unknot_test_open_main_window (app);
  assert_true (unknot_test_wait_until (layout_is_narrow_cb, window, TIMEOUT_MS));

  /* Breakpoints drop the window's own minimum size; it is set explicitly instead. */
  gtk_widget_get_size_request (GTK_WIDGET (window), &min_width, &min_height);
  assert_int_equal (min_width, 360);
  assert_int_equal (min_height, 294);
  close_window (window);

  g_settings_set_int (settings, "window-width", 1000);
  g_settings_set_int (settings, "window-height", 700);
  window = unknot_test_open_main_window (app);
  assert_true (unknot_test_wait_until (layout_is_wide_cb, window, TIMEOUT_MS));
  assert_false (layout_is_narrow_cb (window));
  close_window (window);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_size_is_restored),
    cmocka_unit_test (test_layout_follows_width),
  };
  int failures;

  /* Held, so it stays alive between windows: the tests close the last one on purpose. */
  app = unknot_test_application_start ();
  failures = cmocka_run_group_tests_name ("window-state", tests, NULL, NULL);
  unknot_test_application_stop (app);

  return failures;
}
