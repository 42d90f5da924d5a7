/* test-progress.c: the Progress page's numbers: sessions a day, weekly pain means
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>

#include "unknot-progress.h"

/* A session on @date (YYYY-MM-DD), with the ratings given as side, when, pain
 * triples ended by -1 */
static UnknotSessionLog *
session_on (const char *date,
            gboolean    compression,
            ...)
{
  UnknotSessionLog *log = unknot_session_log_new ();
  va_list args;
  int side;

  log->routine_id = g_strdup (compression ? "release-psoas-upper" : "daily-psoas-10");
  log->compression = compression;
  g_strlcpy (log->local_date, date, sizeof log->local_date);

  va_start (args, compression);
  while ((side = va_arg (args, int)) >= 0)
    {
      UnknotPainRating rating;

      rating.side = (UnknotSide) side;
      rating.when = (UnknotRateWhen) va_arg (args, int);
      rating.pain = va_arg (args, int);
      g_array_append_val (log->ratings, rating);
    }
  va_end (args);

  return log;
}

static GPtrArray *
sessions_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_session_log_unref);
}

static GDate *
date_new (GDateDay   day,
          GDateMonth month,
          GDateYear  year)
{
  return g_date_new_dmy (day, month, year);
}

#define L UNKNOT_SIDE_LEFT
#define R UNKNOT_SIDE_RIGHT
#define N UNKNOT_SIDE_NONE
#define B UNKNOT_RATE_BEFORE
#define A UNKNOT_RATE_AFTER

static const UnknotTrendWeek *
week_at (const UnknotPainTrend *trend,
         guint                  i)
{
  assert_true (i < trend->weeks->len);
  return &g_array_index (trend->weeks, UnknotTrendWeek, i);
}

static void
assert_mean (double mean,
             double expected)
{
  if (isnan (expected))
    assert_true (isnan (mean));
  else
    assert_true (fabs (mean - expected) < 1e-9);
}

static void
test_parse_date (void **unused)
{
  GDate date;

  assert_true (unknot_progress_parse_date ("2025-11-22", &date));
  assert_int_equal (g_date_get_year (&date), 2025);
  assert_int_equal (g_date_get_month (&date), G_DATE_NOVEMBER);
  assert_int_equal (g_date_get_day (&date), 22);
  assert_true (unknot_progress_parse_date ("2024-02-29", &date));

  assert_false (unknot_progress_parse_date ("2025-02-29", &date));
  assert_false (g_date_valid (&date));
  assert_false (unknot_progress_parse_date ("2025-11-2", &date));
  assert_false (unknot_progress_parse_date ("2025-11-222", &date));
  assert_false (unknot_progress_parse_date ("2025/11/22", &date));
  assert_false (unknot_progress_parse_date ("", &date));
  assert_false (unknot_progress_parse_date (NULL, &date));
}

/* Weeks start on the day the user's calendar starts them. */
static void
test_week_start (void **unused)
{
  g_autoptr(GDate) saturday = date_new (22, G_DATE_NOVEMBER, 2025);
  g_autoptr(GDate) monday = date_new (17, G_DATE_NOVEMBER, 2025);
  g_autoptr(GDate) sunday = date_new (16, G_DATE_NOVEMBER, 2025);

  assert_int_equal (unknot_progress_week_start (saturday, G_DATE_MONDAY), g_date_get_julian (monday));
  assert_int_equal (unknot_progress_week_start (saturday, G_DATE_SUNDAY), g_date_get_julian (sunday));
  assert_int_equal (unknot_progress_week_start (saturday, G_DATE_SATURDAY), g_date_get_julian (saturday));
  assert_int_equal (unknot_progress_week_start (monday, G_DATE_MONDAY), g_date_get_julian (monday));
  /* a Sunday in a week from Monday belongs to the Monday before it */
  assert_int_equal (unknot_progress_week_start (sunday, G_DATE_MONDAY), g_date_get_julian (monday) - 7);

  /* the tests run in the C locale, whose weeks start on Sunday, as in the US */
  assert_int_equal (unknot_progress_get_first_weekday (), G_DATE_SUNDAY);
}

/* Sessions a day, and how many of them held pressure, in one month only. */
static void
test_count_days (void **unused)
{
  g_autoptr(GPtrArray) sessions = sessions_new ();
  g_autoptr(GArray) november = NULL;
  g_autoptr(GArray) february = NULL;
  const UnknotDayCount *day;

  g_ptr_array_add (sessions, session_on ("2025-11-21", TRUE, -1));
  g_ptr_array_add (sessions, session_on ("2025-11-21", FALSE, -1));
  g_ptr_array_add (sessions, session_on ("2025-11-22", FALSE, -1));
  g_ptr_array_add (sessions, session_on ("2025-11-01", TRUE, -1));
  g_ptr_array_add (sessions, session_on ("2025-11-30", TRUE, -1));
  /* the months around it, and a year later, count elsewhere */
  g_ptr_array_add (sessions, session_on ("2025-10-31", TRUE, -1));
  g_ptr_array_add (sessions, session_on ("2025-12-01", TRUE, -1));
  g_ptr_array_add (sessions, session_on ("2026-11-21", TRUE, -1));
  /* no date: counted nowhere */
  g_ptr_array_add (sessions, session_on ("", TRUE, -1));

  november = unknot_progress_count_days (sessions, 2025, G_DATE_NOVEMBER);
  assert_int_equal (november->len, 30);
  day = &g_array_index (november, UnknotDayCount, 20);
  assert_int_equal (day->sessions, 2);
  assert_int_equal (day->with_pressure, 1);
  day = &g_array_index (november, UnknotDayCount, 21);
  assert_int_equal (day->sessions, 1);
  assert_int_equal (day->with_pressure, 0);
  assert_int_equal (g_array_index (november, UnknotDayCount, 0).with_pressure, 1);
  assert_int_equal (g_array_index (november, UnknotDayCount, 29).sessions, 1);
  assert_int_equal (g_array_index (november, UnknotDayCount, 1).sessions, 0);
  assert_int_equal (g_array_index (november, UnknotDayCount, 28).sessions, 0);

  /* a leap year's February has 29 days, all empty here */
  february = unknot_progress_count_days (sessions, 2028, G_DATE_FEBRUARY);
  assert_int_equal (february->len, 29);
  for (guint i = 0; i < february->len; i++)
    assert_int_equal (g_array_index (february, UnknotDayCount, i).sessions, 0);
}

/* Weekly means per side, before and after; a week without ratings is a gap, and so is
 * a week whose sessions were not rated. */
static void
test_weekly_means (void **unused)
{
  g_autoptr(GPtrArray) sessions = sessions_new ();
  /* Monday 3 November to Sunday 30 November 2025: four weeks from Monday */
  g_autoptr(GDate) first = date_new (5, G_DATE_NOVEMBER, 2025);
  g_autoptr(GDate) last = date_new (27, G_DATE_NOVEMBER, 2025);
  g_autoptr(GDate) monday = date_new (3, G_DATE_NOVEMBER, 2025);
  g_autoptr(UnknotPainTrend) left = NULL;
  g_autoptr(UnknotPainTrend) right = NULL;
  g_autoptr(UnknotPainTrend) none = NULL;
  double from, to;

  /* week 1: left before 6 and 5 (mean 5.5), after 3 once; right before 4 */
  g_ptr_array_add (sessions, session_on ("2025-11-05", TRUE, L, B, 6, L, A, 3, R, B, 4, -1));
  g_ptr_array_add (sessions, session_on ("2025-11-09", TRUE, L, B, 5, -1));
  /* week 2: a session without any rating: still a gap */
  g_ptr_array_add (sessions, session_on ("2025-11-12", FALSE, -1));
  /* week 3: nothing at all */
  /* week 4: left 4 → 2 and 3 → 1; a routine without sides 5 → 2 */
  g_ptr_array_add (sessions, session_on ("2025-11-24", TRUE, L, B, 4, L, A, 2, -1));
  g_ptr_array_add (sessions, session_on ("2025-11-27", FALSE, L, B, 3, L, A, 1, N, B, 5, N, A, 2, -1));
  /* outside the range, on both ends: left out, though in the first and last weeks */
  g_ptr_array_add (sessions, session_on ("2025-11-04", TRUE, L, B, 10, L, A, 10, -1));
  g_ptr_array_add (sessions, session_on ("2025-11-28", TRUE, L, B, 10, L, A, 10, -1));

  left = unknot_pain_trend_new (sessions, L, first, last, G_DATE_MONDAY);
  assert_int_equal (left->side, L);
  assert_int_equal (left->weeks->len, 4);
  assert_int_equal (week_at (left, 0)->first_day, g_date_get_julian (monday));
  assert_int_equal (week_at (left, 3)->first_day, g_date_get_julian (monday) + 21);

  assert_mean (week_at (left, 0)->before, 5.5);
  assert_int_equal (week_at (left, 0)->n_before, 2);
  assert_mean (week_at (left, 0)->after, 3);
  assert_int_equal (week_at (left, 0)->n_after, 1);
  assert_mean (week_at (left, 1)->before, NAN);
  assert_mean (week_at (left, 1)->after, NAN);
  assert_int_equal (week_at (left, 1)->n_before, 0);
  assert_mean (week_at (left, 2)->before, NAN);
  assert_mean (week_at (left, 3)->before, 3.5);
  assert_mean (week_at (left, 3)->after, 1.5);

  assert_int_equal (unknot_pain_trend_count_weeks (left, B), 2);
  assert_true (unknot_pain_trend_get_ends (left, B, &from, &to));
  assert_mean (from, 5.5);
  assert_mean (to, 3.5);
  assert_true (unknot_pain_trend_get_ends (left, A, &from, &to));
  assert_mean (from, 3);
  assert_mean (to, 1.5);

  /* the right side: one rating before, none after */
  right = unknot_pain_trend_new (sessions, R, first, last, G_DATE_MONDAY);
  assert_mean (week_at (right, 0)->before, 4);
  assert_mean (week_at (right, 3)->before, NAN);
  assert_int_equal (unknot_pain_trend_count_weeks (right, B), 1);
  assert_int_equal (unknot_pain_trend_count_weeks (right, A), 0);
  assert_false (unknot_pain_trend_get_ends (right, A, NULL, NULL));
  assert_true (unknot_pain_trend_get_ends (right, B, &from, &to));
  assert_mean (from, 4);
  assert_mean (to, 4);

  /* without a side */
  none = unknot_pain_trend_new (sessions, N, first, last, G_DATE_MONDAY);
  assert_mean (week_at (none, 0)->before, NAN);
  assert_mean (week_at (none, 3)->before, 5);
  assert_mean (week_at (none, 3)->after, 2);

  assert_true (unknot_progress_side_is_rated (sessions, L));
  assert_true (unknot_progress_side_is_rated (sessions, R));
  assert_true (unknot_progress_side_is_rated (sessions, N));
}

/* A week from Monday 29 December 2025 to Sunday 4 January 2026 is one week. */
static void
test_week_across_new_year (void **unused)
{
  g_autoptr(GPtrArray) sessions = sessions_new ();
  g_autoptr(GDate) first = date_new (22, G_DATE_DECEMBER, 2025);
  g_autoptr(GDate) last = date_new (10, G_DATE_JANUARY, 2026);
  g_autoptr(GDate) monday = date_new (29, G_DATE_DECEMBER, 2025);
  g_autoptr(UnknotPainTrend) trend = NULL;
  g_autoptr(UnknotPainTrend) from_sunday = NULL;

  g_ptr_array_add (sessions, session_on ("2025-12-30", TRUE, R, B, 7, R, A, 4, -1));
  g_ptr_array_add (sessions, session_on ("2025-12-31", TRUE, R, B, 6, R, A, 3, -1));
  g_ptr_array_add (sessions, session_on ("2026-01-01", TRUE, R, B, 5, R, A, 2, -1));
  g_ptr_array_add (sessions, session_on ("2026-01-04", TRUE, R, B, 2, R, A, 1, -1));

  trend = unknot_pain_trend_new (sessions, R, first, last, G_DATE_MONDAY);
  assert_int_equal (trend->weeks->len, 3);
  assert_int_equal (week_at (trend, 1)->first_day, g_date_get_julian (monday));
  assert_int_equal (week_at (trend, 1)->n_before, 4);
  assert_mean (week_at (trend, 1)->before, 5);
  assert_mean (week_at (trend, 1)->after, 2.5);
  assert_mean (week_at (trend, 0)->before, NAN);
  assert_mean (week_at (trend, 2)->before, NAN);

  /* from Sunday, 4 January starts a week of its own */
  from_sunday = unknot_pain_trend_new (sessions, R, first, last, G_DATE_SUNDAY);
  assert_int_equal (from_sunday->weeks->len, 3);
  assert_int_equal (week_at (from_sunday, 1)->n_before, 3);
  assert_mean (week_at (from_sunday, 1)->before, 6);
  assert_mean (week_at (from_sunday, 2)->before, 2);
}

/* No sessions, or a range the wrong way round: no ratings, no crash. */
static void
test_nothing_rated (void **unused)
{
  g_autoptr(GPtrArray) sessions = sessions_new ();
  g_autoptr(GDate) first = date_new (1, G_DATE_MARCH, 2026);
  g_autoptr(GDate) last = date_new (31, G_DATE_MARCH, 2026);
  g_autoptr(UnknotPainTrend) empty = NULL;
  g_autoptr(UnknotPainTrend) backwards = NULL;
  GDate date;

  empty = unknot_pain_trend_new (sessions, L, first, last, G_DATE_MONDAY);
  assert_int_equal (empty->weeks->len, 6);
  assert_int_equal (unknot_pain_trend_count_weeks (empty, B), 0);
  assert_false (unknot_pain_trend_get_ends (empty, B, NULL, NULL));
  assert_false (unknot_progress_side_is_rated (sessions, L));
  assert_false (unknot_progress_get_first_date (sessions, &date));

  g_ptr_array_add (sessions, session_on ("2026-03-10", TRUE, -1));
  assert_false (unknot_progress_side_is_rated (sessions, L));
  backwards = unknot_pain_trend_new (sessions, L, last, first, G_DATE_MONDAY);
  assert_int_equal (backwards->weeks->len, 0);
}

/* Ten years of a session every evening, rated on both sides: every week is there, the
 * means are right, and it is quick. */
static void
test_ten_years (void **unused)
{
  g_autoptr(GPtrArray) sessions = sessions_new ();
  g_autoptr(GDate) day = date_new (1, G_DATE_JANUARY, 2016);
  g_autoptr(GDate) last = date_new (31, G_DATE_DECEMBER, 2025);
  g_autoptr(GDate) first = date_new (1, G_DATE_JANUARY, 2016);
  g_autoptr(UnknotPainTrend) trend = NULL;
  g_autoptr(GArray) days = NULL;
  GDate found;
  double from, to;
  guint n_sessions = 0;

  while (g_date_compare (day, last) <= 0)
    {
      char date[11];
      /* the pain eases by a point a year: 9 → 5 before, a point less after */
      int pain = 9 - (int) (g_date_get_year (day) - 2016) / 2;

      g_date_strftime (date, sizeof date, "%Y-%m-%d", day);
      g_ptr_array_add (sessions, session_on (date, g_date_get_weekday (day) != G_DATE_SUNDAY,
                                             L, B, pain, L, A, pain - 1, R, B, pain, -1));
      n_sessions++;
      g_date_add_days (day, 1);
    }
  assert_int_equal (n_sessions, 3653);

  /* (how fast: build-aux/dev bench progress) */
  trend = unknot_pain_trend_new (sessions, L, first, last, G_DATE_MONDAY);
  days = unknot_progress_count_days (sessions, 2020, G_DATE_FEBRUARY);
  assert_true (unknot_progress_get_first_date (sessions, &found));

  assert_int_equal (g_date_compare (&found, first), 0);
  /* 1 January 2016 was a Friday: from the Monday before to the week of 31 December 2025 */
  assert_int_equal (trend->weeks->len, 523);
  assert_int_equal (unknot_pain_trend_count_weeks (trend, B), 523);
  assert_true (unknot_pain_trend_get_ends (trend, B, &from, &to));
  assert_mean (from, 9);
  assert_mean (to, 5);
  assert_true (unknot_pain_trend_get_ends (trend, A, &from, &to));
  assert_mean (from, 8);
  assert_mean (to, 4);
  /* the first week holds three days, Friday to Sunday */
  assert_int_equal (week_at (trend, 0)->n_before, 3);
  assert_int_equal (week_at (trend, 1)->n_before, 7);

  assert_int_equal (days->len, 29);
  for (guint i = 0; i < days->len; i++)
    assert_int_equal (g_array_index (days, UnknotDayCount, i).sessions, 1);
  /* 2 February 2020 was a Sunday: stretches only */
  assert_int_equal (g_array_index (days, UnknotDayCount, 1).with_pressure, 0);
  assert_int_equal (g_array_index (days, UnknotDayCount, 2).with_pressure, 1);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_parse_date),
    cmocka_unit_test (test_week_start),
    cmocka_unit_test (test_count_days),
    cmocka_unit_test (test_weekly_means),
    cmocka_unit_test (test_week_across_new_year),
    cmocka_unit_test (test_nothing_rated),
    cmocka_unit_test (test_ten_years),
  };

  return cmocka_run_group_tests_name ("progress", tests, NULL, NULL);
}
