/* test-your-data.c: the user's history as the app keeps it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A damaged history found at start-up is moved aside and the user told, and a new one
 * begins. Preferences → Your Data exports the history as JSON and CSV, imports JSON back
 * (all or nothing, nothing twice) and deletes everything after asking.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "unknot-application.h"
#include "unknot-history-export.h"
#include "unknot-safety-store.h"
#include "unknot-test-history.h"
#include "unknot-test-util.h"
#include "unknot-window.h"
#include "unknot-your-data-page.h"

#define TIMEOUT_MS 5000
#define GARBAGE "Not a database at all, but the user's file all the same."

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
  g_autofree char *aside = NULL;
  g_autofree char *kept = NULL;
  AdwDialog *dialog;
  GtkWindow *window;

  /* the garbage was written before the application started (see main) */
  window = unknot_test_open_main_window (app);
  assert_true (unknot_test_wait_until (has_alert_cb, window, TIMEOUT_MS));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  assert_string_equal (adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (dialog)), "History Was Damaged");
  assert_non_null (strstr (adw_alert_dialog_get_body (ADW_ALERT_DIALOG (dialog)), "history.sqlite3.damaged-"));
  unknot_test_run_main_loop (200);
  g_object_unref (unknot_test_render_window (GTK_WIDGET (window), "history-damaged"));

  aside = find_moved_aside (folder);
  assert_non_null (aside);
  assert_true (g_file_get_contents (aside, &kept, NULL, NULL));
  assert_string_equal (kept, GARBAGE);
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

typedef struct
{
  gboolean done;
  gboolean ok;
  GError  *error;
} Outcome;

static gboolean
outcome_done_cb (gpointer data)
{
  return ((Outcome *) data)->done;
}

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Outcome *outcome = user_data;

  outcome->ok = unknot_your_data_page_export_finish (UNKNOT_YOUR_DATA_PAGE (source), result, &outcome->error);
  outcome->done = TRUE;
}

static void
imported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Outcome *outcome = user_data;

  outcome->ok = unknot_your_data_page_import_finish (UNKNOT_YOUR_DATA_PAGE (source), result, &outcome->error);
  outcome->done = TRUE;
}

static void
export (UnknotYourDataPage *page,
        GFile              *file,
        UnknotExportFormat  format)
{
  Outcome outcome = { 0 };

  unknot_your_data_page_export_async (page, file, format, exported_cb, &outcome);
  assert_true (unknot_test_wait_until (outcome_done_cb, &outcome, TIMEOUT_MS));
  if (!outcome.ok)
    fail_msg ("%s", outcome.error->message);
}

static gboolean
import (UnknotYourDataPage *page,
        GFile              *file,
        GError            **error)
{
  Outcome outcome = { 0 };

  unknot_your_data_page_import_async (page, file, imported_cb, &outcome);
  assert_true (unknot_test_wait_until (outcome_done_cb, &outcome, TIMEOUT_MS));
  if (outcome.error != NULL)
    g_propagate_error (error, outcome.error);
  return outcome.ok;
}

static guint
n_sessions (void)
{
  g_autoptr (GPtrArray) sessions = unknot_history_store_list_since (unknot_application_get_history (app), "0000-01-01", NULL);

  return sessions->len;
}

static void
test_export_import_delete (void **state)
{
  UnknotHistoryStore *history = unknot_application_get_history (app);
  g_autofree char *folder = g_dir_make_tmp ("unknot-export-XXXXXX", NULL);
  g_autofree char *json_path = g_build_filename (folder, "history.json", NULL);
  g_autofree char *csv_path = g_build_filename (folder, "history.csv", NULL);
  g_autofree char *bad_path = g_build_filename (folder, "bad.json", NULL);
  g_autoptr (GFile) json_file = g_file_new_for_path (json_path);
  g_autoptr (GFile) csv_file = g_file_new_for_path (csv_path);
  g_autoptr (GFile) bad_file = g_file_new_for_path (bad_path);
  g_autoptr (GSettings) settings = g_settings_new (BASE_ID);
  g_autofree char *csv = NULL;
  g_auto (GStrv) csv_lines = NULL;
  g_autofree char *json = NULL;
  g_autoptr (GError) error = NULL;
  UnknotYourDataPage *page;
  AdwDialog *preferences;
  AdwDialog *alert;
  GtkWindow *window;
  GtkWidget *summary;

  unknot_test_set_safety_answers (app, NULL);
  for (int day = 1; day <= 3; day++)
    {
      g_autofree char *date = g_strdup_printf ("2026-09-%02d", day);
      g_autoptr (UnknotSessionLog) log = unknot_test_session_new (date, 18, day != 2, 6, 3);

      assert_true (unknot_history_store_save (history, log, NULL));
    }

  window = unknot_test_open_main_window (app);
  assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "preferences"));
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  unknot_test_run_main_loop (100);
  preferences = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  assert_non_null (preferences);
  page = UNKNOT_YOUR_DATA_PAGE (unknot_test_find_descendant (GTK_WIDGET (preferences), UNKNOT_TYPE_YOUR_DATA_PAGE));
  adw_preferences_dialog_set_visible_page (ADW_PREFERENCES_DIALOG (preferences), ADW_PREFERENCES_PAGE (page));
  summary = GTK_WIDGET (page);
  unknot_test_assert_shows (summary, "3 Sessions", TIMEOUT_MS);
  unknot_test_assert_shows (summary, "Since 1 September 2026", TIMEOUT_MS);
  unknot_test_run_main_loop (100);
  g_object_unref (unknot_test_render_window (GTK_WIDGET (preferences), "your-data"));

  /* export both ways */
  export (page, json_file, UNKNOT_EXPORT_JSON);
  export (page, csv_file, UNKNOT_EXPORT_CSV);
  assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  assert_true (g_str_has_prefix (csv, "date,start,routine,"));
  csv_lines = g_strsplit (csv, "\r\n", -1);
  assert_int_equal (g_strv_length (csv_lines), 5);  /* header, 3 rows, end */
  assert_true (g_file_get_contents (json_path, &json, NULL, NULL));
  assert_non_null (strstr (json, "\"safety-checks\""));
  assert_non_null (strstr (json, "\"answered\""));

  /* delete, after asking */
  assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "data.delete-all", NULL));
  unknot_test_run_main_loop (100);
  alert = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  assert_true (ADW_IS_ALERT_DIALOG (alert));
  assert_string_equal (adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (alert)), "Delete All Your Data?");
  g_object_unref (unknot_test_render_window (GTK_WIDGET (preferences), "your-data-delete"));
  assert_int_equal (n_sessions (), 3);   /* nothing yet */
  g_signal_emit_by_name (alert, "response", "delete");
  adw_dialog_force_close (alert);
  assert_int_equal (n_sessions (), 0);
  assert_null (unknot_safety_store_load (settings));
  unknot_test_assert_shows (summary, "Nothing Recorded Yet", TIMEOUT_MS);
  assert_false (gtk_widget_is_sensitive (unknot_test_find_action_button (GTK_WIDGET (page), "data.delete-all")));

  /* import back: everything, then nothing twice */
  assert_true (import (page, json_file, &error));
  assert_int_equal (n_sessions (), 3);
  unknot_test_assert_shows (summary, "3 Sessions", TIMEOUT_MS);
  assert_true (gtk_widget_is_sensitive (unknot_test_find_action_button (GTK_WIDGET (page), "data.delete-all")));
  assert_true (import (page, json_file, &error));
  assert_int_equal (n_sessions (), 3);

  /* a broken file: nothing imported, each problem named */
  assert_true (g_file_set_contents (bad_path, "{ \"format\": 1, \"history-of\": \"Unknot\", \"sessions\": [ { } ] }", -1, NULL));
  assert_false (import (page, bad_file, &error));
  assert_true (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA));
  assert_non_null (strstr (error->message, "bad.json:1:"));
  assert_non_null (strstr (error->message, "“routine” is missing"));
  assert_int_equal (n_sessions (), 3);

  adw_dialog_force_close (preferences);
  gtk_window_destroy (window);
  unknot_test_run_main_loop (50);
  unknot_test_remove_tree (folder);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_damaged_history),
    cmocka_unit_test (test_export_import_delete),
  };
  g_autofree char *folder = g_build_filename (unknot_test_prepare_data_home (), "unknot", NULL);
  g_autofree char *path = g_build_filename (folder, "history.sqlite3", NULL);
  int failures;

  /* a damaged history there when Unknot starts */
  g_mkdir_with_parents (folder, 0700);
  g_assert_true (g_file_set_contents (path, GARBAGE, -1, NULL));
  app = unknot_test_application_start ();
  failures = cmocka_run_group_tests (tests, NULL, NULL);
  unknot_test_application_stop (app);

  return failures;
}
