/* test-reminders.c: reminders as notifications, and their actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The wall clock is the test's. A stand-in for GNOME Shell's notification service
 * (org.gtk.Notifications) on the test's session bus receives what the app sends, as the
 * desktop would; its buttons are pressed by activating their actions, as the desktop
 * does. When a reminder is due is tested in detail in test-reminder-schedule.c; here the
 * app shows it once, snoozes it, starts the routine from it, stays quiet on a day done,
 * and withdraws its autostart entry when reminders are turned off.
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "unknot-application.h"
#include "unknot-player-page.h"
#include "unknot-practice-page.h"
#include "unknot-reminders.h"
#include "unknot-test-history.h"
#include "unknot-test-util.h"
#include "unknot-window.h"

#define TIMEOUT_MS 5000

static UnknotApplication *app;
static GtkWindow *window;
static GDateTime *wall_clock;
static GDBusConnection *shell_bus;
static GPtrArray *received;   /* GVariant: the notifications' a{sv} */
static guint n_removed;

static const char shell_xml[] =
  "<node>"
  "  <interface name='org.gtk.Notifications'>"
  "    <method name='AddNotification'>"
  "      <arg type='s' direction='in'/><arg type='s' direction='in'/><arg type='a{sv}' direction='in'/>"
  "    </method>"
  "    <method name='RemoveNotification'>"
  "      <arg type='s' direction='in'/><arg type='s' direction='in'/>"
  "    </method>"
  "  </interface>"
  "</node>";

static void
shell_method_cb (GDBusConnection       *connection,
                 const char            *sender,
                 const char            *path,
                 const char            *interface,
                 const char            *method,
                 GVariant              *parameters,
                 GDBusMethodInvocation *invocation,
                 gpointer               user_data)
{
  if (g_strcmp0 (method, "AddNotification") == 0)
    g_ptr_array_add (received, g_variant_get_child_value (parameters, 2));
  else
    n_removed++;
  g_dbus_method_invocation_return_value (invocation, NULL);
}

/* Owns the desktop's notification service on a connection of its own */
static void
start_shell (void)
{
  g_autoptr (GDBusNodeInfo) info = g_dbus_node_info_new_for_xml (shell_xml, NULL);
  g_autofree char *address = g_dbus_address_get_for_bus_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  static const GDBusInterfaceVTable vtable = { shell_method_cb, NULL, NULL, { 0 } };
  g_autoptr (GVariant) reply = NULL;

  assert_non_null (address);
  shell_bus = g_dbus_connection_new_for_address_sync (address, G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                      G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                      NULL, NULL, NULL);
  assert_non_null (shell_bus);
  assert_true (g_dbus_connection_register_object (shell_bus, "/org/gtk/Notifications", info->interfaces[0],
                                                  &vtable, NULL, NULL, NULL) > 0);
  reply = g_dbus_connection_call_sync (shell_bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "RequestName",
                                       g_variant_new ("(su)", "org.gtk.Notifications", 0x4),
                                       G_VARIANT_TYPE ("(u)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
  assert_non_null (reply);
  received = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
}

static GDateTime *
test_wall_clock (gpointer user_data)
{
  return g_date_time_ref (wall_clock);
}

static void
set_clock (int hour,
           int minute)
{
  g_clear_pointer (&wall_clock, g_date_time_unref);
  wall_clock = g_date_time_new_utc (2026, 11, 21, hour, minute, 20);
}

static UnknotReminders *
reminders (void)
{
  return unknot_application_get_reminders (app);
}

static void
check_at (int hour,
          int minute)
{
  set_clock (hour, minute);
  unknot_reminders_check (reminders ());
  unknot_test_run_main_loop (150);
}

static GVariant *
last_notification (void)
{
  assert_true (received->len > 0);
  return g_ptr_array_index (received, received->len - 1);
}

static char *
lookup_text (GVariant   *notification,
             const char *key)
{
  g_autofree char *text = NULL;

  if (!g_variant_lookup (notification, key, "s", &text))
    return NULL;
  return g_steal_pointer (&text);
}

/* The button labelled @label: its action and target */
static gboolean
find_button (GVariant    *notification,
             const char  *label,
             char       **action,
             GVariant   **target)
{
  g_autoptr (GVariant) buttons = g_variant_lookup_value (notification, "buttons", G_VARIANT_TYPE ("aa{sv}"));

  for (gsize i = 0; buttons != NULL && i < g_variant_n_children (buttons); i++)
    {
      g_autoptr (GVariant) button = g_variant_get_child_value (buttons, i);
      g_autofree char *text = lookup_text (button, "label");

      if (g_strcmp0 (text, label) == 0)
        {
          *action = lookup_text (button, "action");
          *target = g_variant_lookup_value (button, "target", NULL);
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
file_exists_cb (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS);
}

static gboolean
file_gone_cb (gpointer data)
{
  return !g_file_test (data, G_FILE_TEST_EXISTS);
}

static gboolean
player_shown_cb (gpointer data)
{
  return UNKNOT_IS_PLAYER_PAGE (unknot_test_visible_navigation_page (GTK_WIDGET (window)));
}

/* Preferences → Daily Practice: the plan, the days and times, and the status line; the
 * window is sized before the dialog opens, as a person would */
static void
render_preferences (const char *status,
                    int         width,
                    const char *name)
{
  AdwDialog *preferences;
  GtkWidget *page;

  gtk_window_set_default_size (window, width, 760);
  unknot_test_run_main_loop (300);
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  unknot_test_run_main_loop (100);
  preferences = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  assert_non_null (preferences);
  page = unknot_test_find_descendant (GTK_WIDGET (preferences), UNKNOT_TYPE_PRACTICE_PAGE);
  assert_non_null (page);
  adw_preferences_dialog_set_visible_page (ADW_PREFERENCES_DIALOG (preferences), ADW_PREFERENCES_PAGE (page));
  unknot_test_assert_shows (page, status, TIMEOUT_MS);
  unknot_test_assert_shows (page, "Upper Psoas Release", TIMEOUT_MS);
  unknot_test_assert_shows (page, "Daily Psoas Routine", TIMEOUT_MS);
  unknot_test_run_main_loop (300);
  g_object_unref (unknot_test_render_window (GTK_WIDGET (window), name));
  unknot_test_close_dialog (preferences);
}

static void
show_preferences (const char *status)
{
  render_preferences (status, 1000, "preferences-practice");
  /* 370: the window's frame takes 10 of them on the virtual display, leaving the
   * dialog's own 360 minimum */
  render_preferences (status, 370, "preferences-practice-narrow");
}

static void
test_reminder (void **state)
{
  g_autoptr (GSettings) settings = g_settings_new (BASE_ID);
  g_autofree char *autostart = g_build_filename (g_get_user_config_dir (), "autostart",
                                                 "io.github.unknot.Unknot.Tests.desktop", NULL);
  const char *times[] = { "18:00", NULL };
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  g_autofree char *action = NULL;
  g_autoptr (GVariant) target = NULL;
  const char *routine;
  guint32 step;

  unknot_test_set_safety_answers (app, NULL);
  set_clock (17, 55);
  unknot_reminders_set_wall_clock (reminders (), test_wall_clock, NULL);
  g_settings_set_strv (settings, "reminder-times", times);
  g_settings_set_boolean (settings, "reminders-enabled", TRUE);
  unknot_test_run_main_loop (100);

  /* asked to start at login, which outside a sandbox is an entry of our own */
  assert_true (unknot_test_wait_until (file_exists_cb, autostart, TIMEOUT_MS));
  assert_string_equal (unknot_reminders_get_status (reminders ()), "Next reminder at 18:00");
  show_preferences ("Next reminder at 18:00");

  /* not yet, then once */
  check_at (17, 59);
  assert_int_equal (received->len, 0);
  check_at (18, 0);
  assert_int_equal (received->len, 1);
  check_at (18, 1);
  check_at (18, 9);
  assert_int_equal (received->len, 1);

  title = lookup_text (last_notification (), "title");
  body = lookup_text (last_notification (), "body");
  assert_string_equal (title, "Time for Your Practice");
  assert_non_null (strstr (body, "Today: Upper Psoas Release, about"));
  assert_string_equal (unknot_reminders_get_status (reminders ()), "Next reminder tomorrow at 18:00");

  /* Snooze 15 Minutes, as the desktop presses it */
  assert_true (find_button (last_notification (), "Snooze 15 Minutes", &action, &target));
  assert_string_equal (action, "app.snooze-reminder");
  assert_string_equal (g_variant_get_string (target, NULL), "2026-11-21T18:00");
  g_action_group_activate_action (G_ACTION_GROUP (app), "snooze-reminder", target);
  unknot_test_run_main_loop (150);
  assert_true (n_removed >= 1);
  assert_string_equal (unknot_reminders_get_status (reminders ()), "Next reminder at 18:24");
  check_at (18, 20);
  assert_int_equal (received->len, 1);
  check_at (18, 24);
  assert_int_equal (received->len, 2);

  /* Start Now opens the suggested routine and plays it */
  g_clear_pointer (&action, g_free);
  g_clear_pointer (&target, g_variant_unref);
  assert_true (find_button (last_notification (), "Start Now", &action, &target));
  assert_string_equal (action, "app.start-routine");
  g_variant_get (target, "(&su)", &routine, &step);
  assert_string_equal (routine, "release-psoas-upper");
  g_action_group_activate_action (G_ACTION_GROUP (app), "start-routine", target);
  assert_true (unknot_test_wait_until (player_shown_cb, NULL, TIMEOUT_MS));
  assert_string_equal (unknot_session_engine_get_routine (unknot_player_page_get_engine (
                         UNKNOT_PLAYER_PAGE (unknot_test_visible_navigation_page (GTK_WIDGET (window)))))->id,
                       "release-psoas-upper");
  unknot_session_engine_abandon (unknot_player_page_get_engine (
                                   UNKNOT_PLAYER_PAGE (unknot_test_visible_navigation_page (GTK_WIDGET (window)))),
                                 "stopped");

  /* a day done has no reminders left */
  {
    const char *two[] = { "18:00", "19:00", NULL };
    g_autoptr (UnknotSessionLog) done = unknot_test_session_new ("2026-11-21", 18, TRUE, 5, 3);

    g_settings_set_strv (settings, "reminder-times", two);
    assert_true (unknot_history_store_save (unknot_application_get_history (app), done, NULL));
    check_at (19, 0);
    assert_int_equal (received->len, 2);
    assert_string_equal (unknot_reminders_get_status (reminders ()), "Next reminder tomorrow at 18:00");
  }

  /* turned off: no more autostart, no status */
  g_settings_set_boolean (settings, "reminders-enabled", FALSE);
  assert_true (unknot_test_wait_until (file_gone_cb, autostart, TIMEOUT_MS));
  assert_null (unknot_reminders_get_status (reminders ()));
  check_at (23, 59);
  assert_int_equal (received->len, 2);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_reminder),
  };
  int failures;

  start_shell ();
  failures = unknot_test_run_in_main_window ("reminders", tests, G_N_ELEMENTS (tests), NULL, &app, &window);
  g_clear_pointer (&received, g_ptr_array_unref);
  g_clear_object (&shell_bus);
  g_clear_pointer (&wall_clock, g_date_time_unref);
  return failures;
}
