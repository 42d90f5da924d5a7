/* test-routines-page.c: the Routines page and a routine's page, as a user drives them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "unknot-application.h"
#include "unknot-routine-page.h"
#include "unknot-routines-page.h"
#include "unknot-window.h"
#include "unknot-test-util.h"

#define TIMEOUT_MS 5000

static const char user_routine[] =
  "{ \"format\": 1, \"id\": \"test-page-stretch\", \"title\": \"Test Page Stretch\", \"summary\": \"Mine.\",\n"
  "  \"kind\": \"stretch\", \"level\": \"beginner\", \"estimated_duration\": 60, \"author\": \"Me\",\n"
  "  \"license\": \"CC0-1.0\", \"sources\": [ { \"citation\": \"A book\" } ],\n"
  "  \"steps\": [ { \"type\": \"stretch\", \"title\": \"Lunge\", \"instructions\": \"Lunge gently.\", \"hold\": 30, \"reps\": 2 } ] }\n";

static UnknotApplication *app;
static UnknotWindow *window;
static UnknotRoutinesPage *page;
static char *folder;

static GFile *
write_file (const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);

  assert_true (g_file_set_contents (path, contents, -1, NULL));
  return g_file_new_for_path (path);
}

static gboolean
has_dialog_cb (gpointer data)
{
  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (data)) != NULL;
}

static gboolean
has_no_dialog_cb (gpointer data)
{
  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (data)) == NULL;
}

static AdwNavigationView *
navigation_view (void)
{
  return ADW_NAVIGATION_VIEW (unknot_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_NAVIGATION_VIEW));
}

static gboolean
routine_page_shown_cb (gpointer data)
{
  AdwNavigationPage *visible = adw_navigation_view_get_visible_page (navigation_view ());

  return UNKNOT_IS_ROUTINE_PAGE (visible) && gtk_widget_get_mapped (GTK_WIDGET (visible));
}

static gboolean
main_page_shown_cb (gpointer data)
{
  return !UNKNOT_IS_ROUTINE_PAGE (adw_navigation_view_get_visible_page (navigation_view ()));
}

/* The text of the labels in @widget, joined */
static void
collect_labels (GtkWidget *widget,
                GString   *text)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_labels (child, text);
}

static gboolean
list_shows_first_title_cb (gpointer data)
{
  g_autoptr (UnknotRoutineEntry) first = g_list_model_get_item (G_LIST_MODEL (data), 0);
  g_autoptr (GString) text = g_string_new (NULL);

  /* the list in the page, not the drop-downs' own lists */
  collect_labels (unknot_test_find_descendant (GTK_WIDGET (page), ADW_TYPE_CLAMP_SCROLLABLE), text);
  return strstr (text->str, unknot_routine_entry_get_title (first)) != NULL;
}

static void
close_dialog (void)
{
  AdwDialog *dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));

  assert_true (adw_dialog_close (dialog));
  assert_true (unknot_test_wait_until (has_no_dialog_cb, window, TIMEOUT_MS));
}

static void
test_library_is_listed (void **state)
{
  GListModel *library = G_LIST_MODEL (unknot_application_get_library (app));
  GListModel *shown = unknot_routines_page_get_shown (page);

  unknot_window_set_visible_page (window, "routines");
  assert_true (unknot_test_wait_until (unknot_test_widget_is_mapped, page, TIMEOUT_MS));
  assert_true (g_list_model_get_n_items (library) >= 8);
  assert_int_equal (g_list_model_get_n_items (shown), g_list_model_get_n_items (library));
  /* the rows on screen show the first routine's title */
  assert_true (unknot_test_wait_until (list_shows_first_title_cb, shown, TIMEOUT_MS));
}

static void
test_search_and_filters (void **state)
{
  GListModel *shown = unknot_routines_page_get_shown (page);
  GtkWidget *empty;

  unknot_routines_page_set_search (page, "BREATH");
  assert_true (g_list_model_get_n_items (shown) >= 1);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr (UnknotRoutineEntry) entry = g_list_model_get_item (shown, i);
      g_autofree char *text = g_utf8_strdown (unknot_routine_entry_get_title (entry), -1);
      g_autofree char *summary = g_utf8_strdown (unknot_routine_entry_get_summary (entry), -1);

      assert_true (strstr (text, "breath") != NULL || strstr (summary, "breath") != NULL);
    }

  unknot_routines_page_set_search (page, "");
  unknot_routines_page_set_kind (page, UNKNOT_ROUTINE_KIND_RELEASE);
  assert_int_equal (g_list_model_get_n_items (shown), 3);

  unknot_routines_page_set_kind (page, -1);
  unknot_routines_page_set_search (page, "no routine is called this");
  assert_int_equal (g_list_model_get_n_items (shown), 0);
  empty = unknot_test_find_descendant (GTK_WIDGET (page), ADW_TYPE_STATUS_PAGE);
  assert_true (unknot_test_wait_until (unknot_test_widget_is_mapped, empty, TIMEOUT_MS));

  unknot_routines_page_set_search (page, "");
  assert_int_equal (g_list_model_get_n_items (shown),
                    g_list_model_get_n_items (G_LIST_MODEL (unknot_application_get_library (app))));
}

static void
test_routine_page (void **state)
{
  UnknotRoutineLibrary *library = unknot_application_get_library (app);
  UnknotRoutineEntry *entry = unknot_routine_library_lookup (library, "release-psoas-upper");
  UnknotRoutine *routine = unknot_routine_entry_get_routine (entry);
  g_autoptr (GString) text = g_string_new (NULL);
  AdwNavigationPage *shown;

  unknot_routines_page_open_routine (page, entry);
  assert_true (unknot_test_wait_until (routine_page_shown_cb, NULL, TIMEOUT_MS));
  shown = adw_navigation_view_get_visible_page (navigation_view ());
  assert_string_equal (adw_navigation_page_get_title (shown), routine->title);

  /* every step and every source is there, by its own words */
  collect_labels (GTK_WIDGET (shown), text);
  for (guint i = 0; i < routine->steps->len; i++)
    assert_non_null (strstr (text->str, ((UnknotStep *) g_ptr_array_index (routine->steps, i))->title));
  for (guint i = 0; i < routine->sources->len; i++)
    assert_non_null (strstr (text->str, ((UnknotSource *) g_ptr_array_index (routine->sources, i))->citation));
  /* bundled: no way to remove it */
  assert_false (gtk_widget_activate_action (GTK_WIDGET (shown), "routine.remove", NULL) &&
                unknot_routine_library_lookup (library, "release-psoas-upper") == NULL);

  adw_navigation_view_pop (navigation_view ());
  assert_true (unknot_test_wait_until (main_page_shown_cb, NULL, TIMEOUT_MS));
}

static void
test_import_export_remove (void **state)
{
  UnknotRoutineLibrary *library = unknot_application_get_library (app);
  g_autoptr (GFile) good = write_file ("good.json", user_routine);
  g_autoptr (GFile) exported = write_file ("exported.json", "");
  g_autofree char *exported_text = NULL;
  UnknotRoutineEntry *entry;
  AdwNavigationPage *shown;

  unknot_routines_page_import_file (page, good);
  entry = unknot_routine_library_lookup (library, "test-page-stretch");
  assert_non_null (entry);
  assert_false (unknot_routine_entry_get_bundled (entry));

  /* importing it again is refused, with a dialog that says why */
  unknot_routines_page_import_file (page, good);
  assert_true (unknot_test_wait_until (has_dialog_cb, window, TIMEOUT_MS));
  assert_true (ADW_IS_ALERT_DIALOG (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window))));
  close_dialog ();

  /* save a copy, then remove it from its page */
  unknot_routines_page_open_routine (page, entry);
  assert_true (unknot_test_wait_until (routine_page_shown_cb, NULL, TIMEOUT_MS));
  shown = adw_navigation_view_get_visible_page (navigation_view ());
  unknot_routine_page_export_to (UNKNOT_ROUTINE_PAGE (shown), exported);
  assert_true (g_file_load_contents (exported, NULL, &exported_text, NULL, NULL, NULL));
  assert_string_equal (exported_text, user_routine);

  assert_true (gtk_widget_activate_action (GTK_WIDGET (shown), "routine.remove", NULL));
  assert_null (unknot_routine_library_lookup (library, "test-page-stretch"));
  assert_true (unknot_test_wait_until (main_page_shown_cb, NULL, TIMEOUT_MS));
}

static void
test_broken_file_shows_its_problems (void **state)
{
  g_autoptr (GString) broken = g_string_new (user_routine);
  g_autoptr (GFile) bad = NULL;
  g_autoptr (GString) text = g_string_new (NULL);
  AdwDialog *dialog;

  g_string_replace (broken, "\"hold\": 30", "\"hold\": 900", 1);
  g_string_replace (broken, "\"kind\": \"stretch\"", "\"kind\": \"yoga\"", 1);
  bad = write_file ("bad.json", broken->str);

  unknot_routines_page_import_file (page, bad);
  assert_true (unknot_test_wait_until (has_dialog_cb, window, TIMEOUT_MS));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  assert_true (ADW_IS_ALERT_DIALOG (dialog));
  assert_non_null (strstr (adw_alert_dialog_get_body (ADW_ALERT_DIALOG (dialog)), "“bad.json”"));

  /* each problem with its line, column and field */
  collect_labels (adw_alert_dialog_get_extra_child (ADW_ALERT_DIALOG (dialog)), text);
  assert_non_null (strstr (text->str, "Line 2, column 11 ($.kind)"));
  assert_non_null (strstr (text->str, "Line 4, column 94 ($.steps[0].hold)"));
  close_dialog ();

  assert_null (unknot_routine_library_lookup (unknot_application_get_library (app), "test-page-stretch"));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_library_is_listed),
    cmocka_unit_test (test_search_and_filters),
    cmocka_unit_test (test_routine_page),
    cmocka_unit_test (test_import_export_remove),
    cmocka_unit_test (test_broken_file_shows_its_problems),
  };
  g_autoptr (GFile) folder_file = NULL;
  int failures;

  folder = g_dir_make_tmp ("unknot-page-XXXXXX", NULL);
  app = unknot_test_application_start ();
  window = UNKNOT_WINDOW (unknot_test_open_main_window (app));
  page = unknot_window_get_routines_page (window);

  failures = cmocka_run_group_tests_name ("routines-page", tests, NULL, NULL);

  gtk_window_destroy (GTK_WINDOW (window));
  unknot_test_run_main_loop (50);
  unknot_test_application_stop (app);
  g_free (folder);

  return failures;
}
