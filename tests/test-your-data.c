/* test-your-data.c: the user's history as the app keeps it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A damaged history found at start-up is moved aside and the user told, and a new one
 * begins.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "unknot-application.h"
#include "unknot-window.h"
#include "unknot-test-util.h"

#define TIMEOUT_MS 5000

static UnknotApplication *app;

static gboolean
has_alert_cb (gpointer data)
{
  return ADW_IS_ALERT_DIALOG (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (data)));
}

/* The folder holds the damaged file under its new name, and nothing was lost from it */
static char *
find_moved_aside (const char *folder)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "history.sqlite3.damaged-") && !g_str_has_suffix (name, "-wal") &&
        !g_str_has_suffix (name, "-shm"))
      return g_build_filename (folder, name, NULL);
  return NULL;
}

static void
test_damaged_history (void **state)
{
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "unknot", NULL);
  g_autofree char *path = g_build_filename (folder, "history.sqlite3", NULL);
  g_autofree char *aside = NULL;
  g_autofree char *kept = NULL;
  const char garbage[] = "Not a database at all, but the user's file all the same.";
  AdwDialog *dialog;
  GtkWindow *window;

  g_mkdir_with_parents (folder, 0700);
  assert_true (g_file_set_contents (path, garbage, -1, NULL));

  window = unknot_test_open_main_window (app);
  assert_true (unknot_test_wait_until (has_alert_cb, window, TIMEOUT_MS));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  assert_string_equal (adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (dialog)), "Your History Was Damaged");
  assert_non_null (strstr (adw_alert_dialog_get_body (ADW_ALERT_DIALOG (dialog)), "history.sqlite3.damaged-"));
  unknot_test_run_main_loop (200);
  g_object_unref (unknot_test_render_window (GTK_WIDGET (window), "history-damaged"));

  aside = find_moved_aside (folder);
  assert_non_null (aside);
  assert_true (g_file_get_contents (aside, &kept, NULL, NULL));
  assert_string_equal (kept, garbage);
  assert_true (unknot_history_store_is_persistent (unknot_application_get_history (app)));

  adw_dialog_force_close (dialog);
  gtk_window_destroy (window);
  unknot_test_run_main_loop (50);

  /* said once: the next window opens without it */
  window = unknot_test_open_main_window (app);
  unknot_test_run_main_loop (100);
  assert_false (has_alert_cb (window));
  gtk_window_destroy (window);
  unknot_test_run_main_loop (50);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_damaged_history),
  };
  int failures;

  app = unknot_test_application_start ();
  failures = cmocka_run_group_tests (tests, NULL, NULL);
  unknot_test_application_stop (app);

  return failures;
}
