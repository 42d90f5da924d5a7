/* test-translated-layout.c: in German and in Spanish, every page fits the smallest window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs in the locale of $LC_ALL (made for the test in the build folder, LOCPATH) with the
 * app's own catalogues ($UNKNOT_TEST_LOCALEDIR). The main window is 360 × 294 and each page
 * and a routine's page is shown: a page wider or taller than the window fails the test (a
 * warning from the breakpoint bin), naming the widest part in the way.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "unknot-application.h"
#include "unknot-release-page.h"
#include "unknot-test-util.h"
#include "unknot-window.h"

#define TIMEOUT_MS 5000

static UnknotApplication *app;
static UnknotWindow *window;
static GString *warnings;       /* libadwaita's, about a page that does not fit */

static void
record_warning (const char     *domain,
                GLogLevelFlags  level,
                const char     *message,
                gpointer        data)
{
  g_string_append_printf (warnings, "%s\n", message);
}

/* The deepest widget under @widget that is wider than @room at its smallest */
static GtkWidget *
widest (GtkWidget *widget,
        int        room)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int min = 0;

      if (!gtk_widget_get_visible (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      if (min > room)
        return widest (child, room);
    }
  return widget;
}

/* The texts of the labels under @widget, to name it */
static void
collect_texts (GtkWidget *widget,
               GString   *texts)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    g_string_append_printf (texts, "“%s” ", gtk_label_get_label (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_texts (child, texts);
}

/* Fails, naming the widget in the way, when the window's content is wider than 360 px */
static void
assert_fits (const char *where)
{
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  int min = 0;

  unknot_test_run_main_loop (300);
  gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  if (min > 360)
    {
      GtkWidget *culprit = widest (content, 360);
      g_autoptr (GString) texts = g_string_new (NULL);

      collect_texts (culprit, texts);
      fail_msg ("%s: %d px wide in %s; the widest part is a %s with %s", where, min,
                setlocale (LC_MESSAGES, NULL), G_OBJECT_TYPE_NAME (culprit), texts->str);
    }
  if (warnings->len > 0)
    fail_msg ("%s: %s", where, warnings->str);
}

static void
test_pages_fit (void **state)
{
  static const char *pages[] = { "today", "release", "routines", "anatomy", "progress" };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", pages[i]));
      assert_fits (pages[i]);
    }

  /* the release page with a point and a side chosen, its plan shown */
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "release"));
  unknot_release_page_select (unknot_window_get_release_page (window), "psoas-upper", UNKNOT_SIDE_LEFT);
  assert_fits ("release, a point chosen");
}

static void
test_routine_pages_fit (void **state)
{
  static const char *routines[] = { "release-psoas-upper", "release-iliacus", "daily-psoas-10", "desk-break-3" };

  for (guint i = 0; i < G_N_ELEMENTS (routines); i++)
    {
      g_action_group_activate_action (G_ACTION_GROUP (app), "show-routine", g_variant_new_string (routines[i]));
      unknot_test_run_main_loop (400);
      assert_fits (routines[i]);
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_pages_fit),
    cmocka_unit_test (test_routine_pages_fit),
  };
  const char *catalogues = g_getenv ("UNKNOT_TEST_LOCALEDIR");
  GSettings *settings;
  int failures;

  if (setlocale (LC_ALL, "") == NULL || catalogues == NULL)
    {
      g_printerr ("the test's locale or catalogues are missing\n");
      return 77;
    }
  bindtextdomain (GETTEXT_PACKAGE, catalogues);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  warnings = g_string_new (NULL);
  g_log_set_handler ("Adwaita", G_LOG_LEVEL_WARNING, record_warning, NULL);
  app = unknot_test_application_start ();
  settings = unknot_application_get_settings (app);
  g_settings_set_int (settings, "window-width", 370);
  g_settings_set_int (settings, "window-height", 304);
  window = UNKNOT_WINDOW (unknot_test_open_main_window (app));
  failures = cmocka_run_group_tests_name ("translated-layout", tests, NULL, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  unknot_test_application_stop (app);
  g_string_free (warnings, TRUE);

  return failures;
}
