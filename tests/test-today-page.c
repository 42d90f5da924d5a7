/* test-today-page.c: the Today page with an empty and a seeded history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What it suggests follows the history (the rules are tested in test-today.c), it
 * changes when a session is saved, Start plays the suggestion, and a hard-stop safety
 * answer turns every day into a stretch day.
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "unknot-application.h"
#include "unknot-pacing.h"
#include "unknot-player-page.h"
#include "unknot-test-history.h"
#include "unknot-test-util.h"
#include "unknot-today-page.h"
#include "unknot-window.h"

#define TIMEOUT_MS 5000

static UnknotApplication *app;
static GtkWindow *window;

static char *
days_ago (int days)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  return unknot_local_date_add_days (today, -days);
}

static void
save (int      days_back,
      gboolean pressure,
      int      before,
      int      after)
{
  g_autofree char *date = days_ago (days_back);
  g_autoptr (UnknotSessionLog) log = unknot_test_session_new (date, 6 + days_back % 12, pressure, before, after);
  g_autoptr (GError) error = NULL;

  if (!unknot_history_store_save (unknot_application_get_history (app), log, &error))
    fail_msg ("%s", error->message);
}

static UnknotTodayPage *
today_page (void)
{
  unknot_window_set_visible_page (UNKNOT_WINDOW (window), "today");
  return UNKNOT_TODAY_PAGE (unknot_test_find_descendant (GTK_WIDGET (window), UNKNOT_TYPE_TODAY_PAGE));
}

static void
render (const char *name,
        int         width,
        gboolean    dark)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
  gtk_window_set_default_size (window, width, 760);
  unknot_test_run_main_loop (300);
  g_object_unref (unknot_test_render_window (GTK_WIDGET (window), name));
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

/* A first launch: a release suggested, no streak, honest words */
static void
test_first_day (void **state)
{
  UnknotTodayPage *page = today_page ();
  const UnknotToday *today = unknot_today_page_get_today (page);

  assert_int_equal (today->kind, UNKNOT_TODAY_RELEASE);
  unknot_test_assert_shows (page, "Today: A Release", TIMEOUT_MS);
  unknot_test_assert_shows (page, "Upper Psoas Release", TIMEOUT_MS);
  unknot_test_assert_shows (page, "Your First Session", TIMEOUT_MS);
  assert_non_null (unknot_test_find_button (GTK_WIDGET (page), "Start"));
  render ("today-first", 1000, FALSE);
  render ("today-first-narrow-dark", 360, TRUE);
}

/* Weeks of practice: a release yesterday makes today a stretch day; the streak counts
 * through days off; the last session shows its pain before and after */
static void
test_seeded_history (void **state)
{
  UnknotTodayPage *page = today_page ();
  const UnknotToday *today;
  GtkWidget *week;
  g_autofree char *text = NULL;

  for (int days = 40; days >= 1; days--)
    {
      if (days % 7 == 3 || days % 7 == 4)
        continue;  /* two days off a week */
      save (days, days % 2 == 1, 6 - MIN (days, 40) / 10, 3);
    }

  today = unknot_today_page_get_today (page);
  assert_int_equal (today->kind, UNKNOT_TODAY_STRETCH);
  assert_int_equal (today->reason, UNKNOT_TODAY_REASON_AFTER_PRESSURE);
  assert_true (today->streak_days >= 28);
  unknot_test_assert_shows (page, "Today: A Stretch", TIMEOUT_MS);
  unknot_test_assert_shows (page, "Daily Psoas Routine", TIMEOUT_MS);
  unknot_test_assert_shows (page, "*Practice Days", TIMEOUT_MS);
  unknot_test_assert_shows (page, "*A day or two off never breaks it.", TIMEOUT_MS);
  unknot_test_assert_shows (page, "Yesterday: Upper Psoas Release", TIMEOUT_MS);
  unknot_test_assert_shows (page, "Pain left 6 → 3, right 6 → 3", TIMEOUT_MS);

  /* every day of the week says what it was, for a screen reader too */
  week = unknot_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_BOX);
  assert_non_null (week);
  text = unknot_test_widget_text (GTK_WIDGET (page));
  assert_non_null (strstr (text, "This Week"));
  render ("today", 1000, FALSE);
  render ("today-dark", 1000, TRUE);
  render ("today-narrow", 360, FALSE);

  /* the stretch done: the day is done, and says what comes tomorrow */
  save (0, FALSE, 4, 2);
  today = unknot_today_page_get_today (page);
  assert_int_equal (today->kind, UNKNOT_TODAY_DONE);
  unknot_test_assert_shows (page, "Today’s Practice Is Done", TIMEOUT_MS);
  unknot_test_assert_shows (page, "Rest well. Tomorrow is a pressure day again.", TIMEOUT_MS);
  assert_null (unknot_test_find_button (GTK_WIDGET (page), "Start"));
  assert_int_equal (today->week[today->today_index], UNKNOT_DAY_PRACTICE);
  render ("today-done", 1000, FALSE);
}

/* A hard-stop answer: no pressure suggested, ever */
static void
test_no_pressure (void **state)
{
  UnknotTodayPage *page = today_page ();
  g_autoptr (GSettings) settings = g_settings_new (BASE_ID);

  assert_true (unknot_history_store_delete_all (unknot_application_get_history (app), NULL));
  unknot_test_set_safety_answers (app, "aneurysm");
  assert_int_equal (unknot_today_page_get_today (page)->reason, UNKNOT_TODAY_REASON_NO_PRESSURE);
  unknot_test_assert_shows (page, "*rule out pressure on the belly", TIMEOUT_MS);
  unknot_test_set_safety_answers (app, NULL);
  assert_int_not_equal (unknot_today_page_get_today (page)->reason, UNKNOT_TODAY_REASON_NO_PRESSURE);

  /* a plan naming a routine that is gone says so, and offers no Start */
  g_settings_set_string (settings, "plan-release", "release-gone");
  g_settings_set_string (settings, "plan-stretch", "stretch-gone");
  g_settings_set_string (settings, "plan-lighter", "lighter-gone");
  unknot_test_assert_shows (page, "Routine Missing", TIMEOUT_MS);
  assert_null (unknot_test_find_button (GTK_WIDGET (page), "Start"));
  g_settings_reset (settings, "plan-release");
  g_settings_reset (settings, "plan-stretch");
  g_settings_reset (settings, "plan-lighter");
}

static gboolean
player_shown_cb (gpointer data)
{
  return UNKNOT_IS_PLAYER_PAGE (unknot_test_visible_navigation_page (GTK_WIDGET (window)));
}

/* Start plays today's suggestion */
static void
test_start (void **state)
{
  UnknotTodayPage *page = today_page ();
  UnknotPlayerPage *player;

  save (1, TRUE, 5, 3);
  unknot_test_set_safety_answers (app, NULL);
  assert_int_equal (unknot_today_page_get_today (page)->kind, UNKNOT_TODAY_STRETCH);

  assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "today.start", NULL));
  assert_true (unknot_test_wait_until (player_shown_cb, NULL, TIMEOUT_MS));
  player = UNKNOT_PLAYER_PAGE (unknot_test_visible_navigation_page (GTK_WIDGET (window)));
  assert_string_equal (unknot_session_engine_get_routine (unknot_player_page_get_engine (player))->id, "daily-psoas-10");
  unknot_session_engine_abandon (unknot_player_page_get_engine (player), "stopped");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_first_day),
    cmocka_unit_test (test_seeded_history),
    cmocka_unit_test (test_no_pressure),
    cmocka_unit_test (test_start),
  };

  return unknot_test_run_in_main_window ("today-page", tests, G_N_ELEMENTS (tests), NULL, &app, &window);
}
