/* test-ui-smoke.c: the main window, its pages and its dialogs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "unknot-application.h"
#include "unknot-preferences-dialog.h"
#include "unknot-window.h"
#include "unknot-test-util.h"

#define TIMEOUT_MS 5000

static const char * const page_names[] = { "today", "release", "routines", "anatomy", "progress" };

typedef struct
{
  UnknotApplication *app;
  UnknotWindow      *window;
} Fixture;

/* One application for the whole run, as in the real program; a fresh window per test. */
static UnknotApplication *app;

static gboolean
widget_is_hidden_cb (gpointer data)
{
  return !gtk_widget_get_visible (GTK_WIDGET (data));
}

static gboolean
window_has_no_dialog_cb (gpointer data)
{
  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (data)) == NULL;
}

static gboolean
window_has_mapped_dialog_cb (gpointer data)
{
  AdwDialog *dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (data));

  return dialog != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog));
}

static gboolean
menu_model_has_action (GMenuModel *menu,
                       const char *action_name)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr (GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autofree char *action = NULL;

      if (section != NULL && menu_model_has_action (section, action_name))
        return TRUE;
      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action) &&
          g_strcmp0 (action, action_name) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Does what choosing @action_name in the primary menu does, after checking that the menu
 * offers it and that the action resolves from the menu button. */
static void
activate_primary_menu_item (Fixture    *fixture,
                            const char *action_name)
{
  GtkWidget *button = unknot_test_find_descendant (GTK_WIDGET (fixture->window), GTK_TYPE_MENU_BUTTON);

  assert_non_null (button);
  assert_true (gtk_menu_button_get_primary (GTK_MENU_BUTTON (button)));
  assert_true (menu_model_has_action (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)), action_name));
  assert_true (gtk_widget_activate_action (button, action_name, NULL));
}

static int
setup (void **state)
{
  Fixture *fixture = g_new0 (Fixture, 1);

  fixture->app = app;
  fixture->window = UNKNOT_WINDOW (unknot_test_open_main_window (app));

  *state = fixture;
  return 0;
}

static int
teardown (void **state)
{
  Fixture *fixture = *state;
  GtkWindow *window;

  while ((window = gtk_application_get_active_window (GTK_APPLICATION (fixture->app))) != NULL)
    gtk_window_destroy (window);
  unknot_test_run_main_loop (50);
  g_free (fixture);

  return 0;
}

static void
test_every_page_is_reachable (void **state)
{
  Fixture *fixture = *state;
  AdwViewStack *stack;

  stack = ADW_VIEW_STACK (unknot_test_find_descendant (GTK_WIDGET (fixture->window), ADW_TYPE_VIEW_STACK));
  assert_non_null (stack);
  assert_string_equal (unknot_window_get_visible_page (fixture->window), "today");

  for (gsize i = 0; i < G_N_ELEMENTS (page_names); i++)
    {
      GtkWidget *page = adw_view_stack_get_child_by_name (stack, page_names[i]);
      AdwViewStackPage *stack_page;

      assert_non_null (page);
      /* the page must say what it is: a title for the switcher and an icon */
      stack_page = adw_view_stack_get_page (stack, page);
      assert_non_null (adw_view_stack_page_get_title (stack_page));
      assert_non_null (adw_view_stack_page_get_icon_name (stack_page));
      assert_true (gtk_icon_theme_has_icon (gtk_icon_theme_get_for_display (gtk_widget_get_display (page)),
                                            adw_view_stack_page_get_icon_name (stack_page)));

      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", page_names[i]);
      assert_string_equal (unknot_window_get_visible_page (fixture->window), page_names[i]);
      assert_true (unknot_test_wait_until (unknot_test_widget_is_mapped, page, TIMEOUT_MS));
      unknot_test_run_main_loop (30);
    }
}

static void
test_page_accelerators (void **state)
{
  Fixture *fixture = *state;
  g_auto (GStrv) accels = NULL;

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (fixture->app), "app.preferences");
  assert_true (g_strv_contains ((const char * const *) accels, "<Control>comma"));
  g_clear_pointer (&accels, g_strfreev);

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (fixture->app), "win.show-page::progress");
  assert_true (g_strv_contains ((const char * const *) accels, "<Alt>5"));
  g_clear_pointer (&accels, g_strfreev);

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (fixture->app), "win.show-help-overlay");
  assert_true (g_strv_contains ((const char * const *) accels, "<Control>question"));
}

static void
test_preferences_dialog (void **state)
{
  Fixture *fixture = *state;
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  AdwDialog *dialog;

  activate_primary_menu_item (fixture, "app.preferences");
  assert_true (unknot_test_wait_until (window_has_mapped_dialog_cb, fixture->window, TIMEOUT_MS));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (fixture->window));
  assert_true (UNKNOT_IS_PREFERENCES_DIALOG (dialog));

  /* Ctrl+, again while it is open does not stack a second dialog. */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "preferences", NULL);
  unknot_test_run_main_loop (30);
  assert_ptr_equal (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (fixture->window)), dialog);

  /* The style choice does something: it switches the style manager. */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "color-scheme", g_variant_new_string ("dark"));
  assert_int_equal (adw_style_manager_get_color_scheme (style_manager), ADW_COLOR_SCHEME_FORCE_DARK);
  assert_true (adw_style_manager_get_dark (style_manager));
  unknot_test_run_main_loop (30);
  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "color-scheme", g_variant_new_string ("light"));
  assert_int_equal (adw_style_manager_get_color_scheme (style_manager), ADW_COLOR_SCHEME_FORCE_LIGHT);
  assert_false (adw_style_manager_get_dark (style_manager));
  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "color-scheme", g_variant_new_string ("default"));
  assert_int_equal (adw_style_manager_get_color_scheme (style_manager), ADW_COLOR_SCHEME_DEFAULT);

  assert_true (adw_dialog_close (dialog));
  assert_true (unknot_test_wait_until (window_has_no_dialog_cb, fixture->window, TIMEOUT_MS));
}

static void
test_keyboard_shortcuts_window (void **state)
{
  Fixture *fixture = *state;
  GtkWindow *overlay;

  activate_primary_menu_item (fixture, "win.show-help-overlay");
  overlay = GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (fixture->window)));
  assert_non_null (overlay);
  assert_true (unknot_test_wait_until (unknot_test_widget_is_mapped, overlay, TIMEOUT_MS));
  unknot_test_run_main_loop (30);

  gtk_window_close (overlay);
  assert_true (unknot_test_wait_until (widget_is_hidden_cb, overlay, TIMEOUT_MS));
}

static void
test_help_without_a_viewer (void **state)
{
  Fixture *fixture = *state;
  g_auto (GStrv) accels = NULL;
  AdwDialog *dialog;

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (fixture->app), "app.help");
  assert_true (g_strv_contains ((const char * const *) accels, "F1"));

  /* The build root has no help viewer: the guide cannot open, and the app says so. */
  activate_primary_menu_item (fixture, "app.help");
  assert_true (unknot_test_wait_until (window_has_mapped_dialog_cb, fixture->window, TIMEOUT_MS));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (fixture->window));
  assert_true (ADW_IS_ALERT_DIALOG (dialog));
  assert_string_equal (adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (dialog)), "Help Is Not Installed");
  assert_non_null (strstr (adw_alert_dialog_get_body (ADW_ALERT_DIALOG (dialog)), "Yelp"));
  unknot_test_close_dialog (dialog);
  assert_true (unknot_test_wait_until (window_has_no_dialog_cb, fixture->window, TIMEOUT_MS));

  /* F1 opens the part of the guide for the page shown */
  {
    g_autofree char *start = unknot_application_get_help_uri (fixture->app);
    g_autofree char *release = NULL;

    assert_string_equal (start, "help:unknot");
    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "release");
    release = unknot_application_get_help_uri (fixture->app);
    assert_string_equal (release, "help:unknot/release");
  }

  /* and a page named outright */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "help-page", g_variant_new_string ("release"));
  assert_true (unknot_test_wait_until (window_has_mapped_dialog_cb, fixture->window, TIMEOUT_MS));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (fixture->window));
  assert_true (ADW_IS_ALERT_DIALOG (dialog));
  unknot_test_close_dialog (dialog);
  assert_true (unknot_test_wait_until (window_has_no_dialog_cb, fixture->window, TIMEOUT_MS));
}

static void
test_about_dialog (void **state)
{
  Fixture *fixture = *state;
  AdwAboutDialog *about;

  activate_primary_menu_item (fixture, "app.about");
  assert_true (unknot_test_wait_until (window_has_mapped_dialog_cb, fixture->window, TIMEOUT_MS));
  about = ADW_ABOUT_DIALOG (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (fixture->window)));

  /* Filled from the metainfo compiled into the resources */
  assert_string_equal (adw_about_dialog_get_application_name (about), "Unknot");
  assert_string_equal (adw_about_dialog_get_version (about), PACKAGE_VERSION);
  assert_string_equal (adw_about_dialog_get_application_icon (about), APP_ID);
  assert_int_equal (adw_about_dialog_get_license_type (about), GTK_LICENSE_GPL_3_0);
  assert_non_null (strstr (adw_about_dialog_get_release_notes (about), "<p>"));
  assert_string_equal (adw_about_dialog_get_issue_url (about), "https://github.com/unknot/unknot/issues");

  assert_true (adw_dialog_close (ADW_DIALOG (about)));
  assert_true (unknot_test_wait_until (window_has_no_dialog_cb, fixture->window, TIMEOUT_MS));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_every_page_is_reachable, setup, teardown),
    cmocka_unit_test_setup_teardown (test_page_accelerators, setup, teardown),
    cmocka_unit_test_setup_teardown (test_preferences_dialog, setup, teardown),
    cmocka_unit_test_setup_teardown (test_keyboard_shortcuts_window, setup, teardown),
    cmocka_unit_test_setup_teardown (test_help_without_a_viewer, setup, teardown),
    cmocka_unit_test_setup_teardown (test_about_dialog, setup, teardown),
  };

  int failures;

  app = unknot_test_application_start ();
  failures = cmocka_run_group_tests_name ("ui-smoke", tests, NULL, NULL);
  unknot_test_application_stop (app);

  return failures;
}
