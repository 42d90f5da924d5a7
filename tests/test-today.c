/* test-today.c: today's suggestion, this week and the streak
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "unknot-test-history.h"
#include "unknot-today.h"

static const UnknotPracticePlan plan = {
  .release_routine = "release-psoas-upper",
  .stretch_routine = "daily-psoas-10",
  .lighter_routine = "gentle-beginner",
  .pressure_allowed = TRUE,
};

/* Sessions from a list such as "2026-11-20 P, 2026-11-21 S": P with pressure (rated 5
 * then 3), W with pressure that left more pain (3 then 5), S a stretch */
static GPtrArray *
history (const char *list)
{
  GPtrArray *sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_session_log_unref);
  g_auto(GStrv) items = g_strsplit (list, ",", -1);

  for (guint i = 0; list[0] != '\0' && items[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (g_strstrip (items[i]), " ", 2);
      gboolean worse = parts[1][0] == 'W';

      g_ptr_array_add (sessions, unknot_test_session_new (parts[0], 8 + i % 12, parts[1][0] != 'S',
                                                          worse ? 3 : 5, worse ? 5 : 3));
    }
  return sessions;
}

static void
suggest (const UnknotPracticePlan *with,
         const char               *list,
         const char               *today,
         UnknotToday              *out)
{
  g_autoptr(GPtrArray) sessions = history (list);

  unknot_today_suggest (with, sessions, today, G_DATE_MONDAY, out);
}

static void
test_suggestion (void **unused)
{
  UnknotPracticePlan no_pressure = plan;
  UnknotToday today;

  /* nothing yet: a pressure day */
  suggest (&plan, "", "2026-11-21", &today);
  assert_int_equal (today.kind, UNKNOT_TODAY_RELEASE);
  assert_int_equal (today.reason, UNKNOT_TODAY_REASON_PRESSURE_DAY);
  assert_string_equal (today.routine_id, "release-psoas-upper");
  assert_false (today.practised_before);
  assert_int_equal (today.sessions_today, 0);

  /* pressure yesterday: a stretch today, every other day */
  suggest (&plan, "2026-11-20 P", "2026-11-21", &today);
  assert_int_equal (today.kind, UNKNOT_TODAY_STRETCH);
  assert_int_equal (today.reason, UNKNOT_TODAY_REASON_AFTER_PRESSURE);
  assert_string_equal (today.routine_id, "daily-psoas-10");
  assert_true (today.practised_before);

  /* two days ago: pressure again */
  suggest (&plan, "2026-11-19 P, 2026-11-20 S", "2026-11-21", &today);
  assert_int_equal (today.kind, UNKNOT_TODAY_RELEASE);

  /* a stretch this morning does not replace the release of a pressure day */
  suggest (&plan, "2026-11-21 S", "2026-11-21", &today);
  assert_int_equal (today.kind, UNKNOT_TODAY_RELEASE);
  assert_int_equal (today.sessions_today, 1);

  /* pressure done today: done */
  suggest (&plan, "2026-11-21 P", "2026-11-21", &today);
  assert_int_equal (today.kind, UNKNOT_TODAY_DONE);
  assert_int_equal (today.reason, UNKNOT_TODAY_REASON_DONE);
  assert_string_equal (today.routine_id, "");

  /* a stretch day with its stretch done: done */
  suggest (&plan, "2026-11-20 P, 2026-11-21 S", "2026-11-21", &today);
  assert_int_equal (today.kind, UNKNOT_TODAY_DONE);
  assert_int_equal (today.reason, UNKNOT_TODAY_REASON_DONE);

  /* a release that left more pain yesterday: something lighter, not the stretch */
  suggest (&plan, "2026-11-20 W", "2026-11-21", &today);
  assert_int_equal (today.kind, UNKNOT_TODAY_LIGHTER);
  assert_int_equal (today.reason, UNKNOT_TODAY_REASON_FELT_WORSE);
  assert_string_equal (today.routine_id, "gentle-beginner");

  /* no pressure for this user: stretches, two a day at most */
  no_pressure.pressure_allowed = FALSE;
  suggest (&no_pressure, "", "2026-11-21", &today);
  assert_int_equal (today.kind, UNKNOT_TODAY_STRETCH);
  assert_int_equal (today.reason, UNKNOT_TODAY_REASON_NO_PRESSURE);
  suggest (&no_pressure, "2026-11-21 S, 2026-11-21 S", "2026-11-21", &today);
  assert_int_equal (today.kind, UNKNOT_TODAY_DONE);
  assert_int_equal (today.reason, UNKNOT_TODAY_REASON_CAP);
}

static void
test_week (void **unused)
{
  UnknotToday today;

  /* Saturday 21 November 2026; Sunday the 15th is last week */
  suggest (&plan, "2026-11-15 P, 2026-11-16 P, 2026-11-18 S, 2026-11-18 P, 2026-11-21 S", "2026-11-21", &today);
  assert_int_equal (today.today_index, 5);
  assert_int_equal (today.week[0], UNKNOT_DAY_PRESSURE);
  assert_int_equal (today.week[1], UNKNOT_DAY_NOTHING);
  assert_int_equal (today.week[2], UNKNOT_DAY_PRESSURE);  /* the stronger of two */
  assert_int_equal (today.week[3], UNKNOT_DAY_NOTHING);
  assert_int_equal (today.week[5], UNKNOT_DAY_PRACTICE);
  assert_int_equal (today.week[6], UNKNOT_DAY_NOTHING);  /* tomorrow */

  /* where weeks start on Sunday, Saturday is its last day */
  {
    g_autoptr(GPtrArray) sessions = history ("2026-11-15 P, 2026-11-16 S, 2026-11-21 S");

    unknot_today_suggest (&plan, sessions, "2026-11-21", G_DATE_SUNDAY, &today);
    assert_int_equal (today.today_index, 6);
    assert_int_equal (today.week[0], UNKNOT_DAY_PRESSURE);
    assert_int_equal (today.week[1], UNKNOT_DAY_PRACTICE);
    assert_int_equal (today.week[6], UNKNOT_DAY_PRACTICE);
  }

  /* on a Monday, only today is in the week */
  suggest (&plan, "2026-11-22 P, 2026-11-23 S", "2026-11-23", &today);
  assert_int_equal (today.today_index, 0);
  assert_int_equal (today.week[0], UNKNOT_DAY_PRACTICE);
  for (guint i = 1; i < 7; i++)
    assert_int_equal (today.week[i], UNKNOT_DAY_NOTHING);
}

static void
check_streak (const char *list,
              const char *today,
              guint       expected_days,
              const char *expected_since)
{
  g_autoptr(GPtrArray) sessions = history (list);
  char since[11];
  guint days;

  unknot_today_streak (sessions, today, &days, since);
  assert_int_equal (days, expected_days);
  assert_string_equal (since, expected_since);
}

static void
test_streak (void **unused)
{
  /* two rest days between the 13th and the 16th keep it going */
  check_streak ("2026-11-10 P, 2026-11-11 S, 2026-11-11 S, 2026-11-13 P, 2026-11-16 S", "2026-11-17", 4, "2026-11-10");
  /* three end it: the streak begins again on the 17th */
  check_streak ("2026-11-10 P, 2026-11-13 S, 2026-11-17 P", "2026-11-17", 1, "2026-11-17");
  /* the last session three days ago: still on */
  check_streak ("2026-11-13 P, 2026-11-14 P", "2026-11-17", 2, "2026-11-13");
  /* four days ago: over, kindly: no streak rather than a broken one */
  check_streak ("2026-11-12 P, 2026-11-13 P", "2026-11-17", 0, "");
  check_streak ("", "2026-11-17", 0, "");
  /* a session dated after today (the clock was wrong) is left out */
  check_streak ("2026-11-16 P, 2026-11-30 P", "2026-11-17", 1, "2026-11-16");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_suggestion),
    cmocka_unit_test (test_week),
    cmocka_unit_test (test_streak),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
