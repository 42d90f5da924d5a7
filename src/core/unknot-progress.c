/* unknot-progress.c: what the Progress page shows, worked out from the history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything here reads a list of sessions as the history gives it and changes
 * nothing: the sessions a day (for the calendar) and the weekly means of the pain
 * before and after (for the trend plots). The day is always the session's local date,
 * the one it began on where it was done, so a session after midnight counts for the
 * next day wherever the history is read. Ten years of daily sessions are a few
 * thousand: every function goes through them once.
 */

#define G_LOG_DOMAIN "unknot-history"

#include "config.h"

#include <math.h>
#include <string.h>
#ifdef __GLIBC__
#include <langinfo.h>
#endif

#include "unknot-progress.h"

G_DEFINE_BOXED_TYPE (UnknotPainTrend, unknot_pain_trend,
                     unknot_pain_trend_ref, unknot_pain_trend_unref)

static gboolean
read_digits (const char *text,
             guint       n,
             guint      *value)
{
  *value = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + (guint) g_ascii_digit_value (text[i]);
    }
  return TRUE;
}

/**
 * unknot_progress_parse_date:
 * @local_date: a session's local date, YYYY-MM-DD
 * @date: (out caller-allocates): the date; cleared when @local_date is none
 *
 * Called for every session, every time the page reads the history: no scanf.
 *
 * Returns: whether @local_date is a date
 */
gboolean
unknot_progress_parse_date (const char *local_date,
                            GDate      *date)
{
  guint year, month, day;

  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (local_date == NULL ||
      !read_digits (local_date, 4, &year) || local_date[4] != '-' ||
      !read_digits (local_date + 5, 2, &month) || local_date[7] != '-' ||
      !read_digits (local_date + 8, 2, &day) || local_date[10] != '\0' ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

/**
 * unknot_progress_week_start:
 * @week_start: the first day of a week where the user lives
 *
 * Returns: the first day of the week @date is in, as a Julian day
 */
guint32
unknot_progress_week_start (const GDate  *date,
                            GDateWeekday  week_start)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), 0);
  g_return_val_if_fail (g_date_valid_weekday (week_start), 0);

  return g_date_get_julian (date) - (guint32) (((int) g_date_get_weekday (date) - (int) week_start + 7) % 7);
}

/**
 * unknot_progress_get_first_weekday:
 *
 * The calendar and the weeks of the trends start on the day the user's locale
 * starts a week (LC_TIME), as GtkCalendar does: glibc gives the first day as a
 * number from 1 counted from a date that is a Sunday or a Monday. Elsewhere weeks
 * start on Monday, as in ISO 8601.
 *
 * Returns: the first day of a week where the user lives
 */
GDateWeekday
unknot_progress_get_first_weekday (void)
{
#ifdef __GLIBC__
  union { unsigned int word; const char *string; } info;
  int first_weekday, origin_weekday;

  info.string = nl_langinfo (_NL_TIME_FIRST_WEEKDAY);
  first_weekday = info.string[0];
  info.string = nl_langinfo (_NL_TIME_WEEK_1STDAY);
  /* 1997-11-30 was a Sunday, 1997-12-01 a Monday; 0 is Sunday from here on */
  origin_weekday = info.word == 19971201 ? 1 : 0;
  if (first_weekday >= 1 && first_weekday <= 7)
    {
      int sunday_based = (origin_weekday + first_weekday - 1) % 7;

      return sunday_based == 0 ? G_DATE_SUNDAY : (GDateWeekday) sunday_based;
    }
#endif
  return G_DATE_MONDAY;
}

/**
 * unknot_progress_get_today:
 * @today: (out caller-allocates): the local date now, as sessions keep theirs
 */
void
unknot_progress_get_today (GDate *today)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_return_if_fail (today != NULL);

  g_date_clear (today, 1);
  g_date_set_dmy (today, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));
}

/**
 * unknot_progress_count_days:
 * @sessions: (element-type UnknotSessionLog): sessions in any order
 *
 * Returns: (transfer full) (element-type UnknotDayCount): one count for each day of
 *   the month, the first day at index 0
 */
GArray *
unknot_progress_count_days (GPtrArray  *sessions,
                            GDateYear   year,
                            GDateMonth  month)
{
  guint8 n_days;
  GArray *days;
  char prefix[9];

  g_return_val_if_fail (sessions != NULL, NULL);
  g_return_val_if_fail (g_date_valid_year (year) && year <= 9999 && g_date_valid_month (month), NULL);

  n_days = g_date_get_days_in_month (month, year);
  days = g_array_sized_new (FALSE, TRUE, sizeof (UnknotDayCount), n_days);
  g_array_set_size (days, n_days);

  /* "2025-11-": the dates of the month, without parsing any */
  g_snprintf (prefix, sizeof prefix, "%04u-%02u-", (guint) year, (guint) month);
  for (guint i = 0; i < sessions->len; i++)
    {
      const UnknotSessionLog *log = g_ptr_array_index (sessions, i);
      guint day;
      UnknotDayCount *count;

      if (strncmp (log->local_date, prefix, 8) != 0 ||
          !read_digits (log->local_date + 8, 2, &day) || day < 1 || day > n_days)
        continue;

      count = &g_array_index (days, UnknotDayCount, day - 1);
      count->sessions++;
      count->with_pressure += log->compression ? 1 : 0;
    }

  return days;
}

/**
 * unknot_progress_get_first_date:
 * @sessions: (element-type UnknotSessionLog): sessions in any order
 * @date: (out caller-allocates): the local date of the earliest
 *
 * Returns: whether there is a session with a date
 */
gboolean
unknot_progress_get_first_date (GPtrArray *sessions,
                                GDate     *date)
{
  const char *first = NULL;

  g_return_val_if_fail (sessions != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  /* dates as YYYY-MM-DD sort as text */
  for (guint i = 0; i < sessions->len; i++)
    {
      const UnknotSessionLog *log = g_ptr_array_index (sessions, i);
      GDate valid;

      if ((first == NULL || strcmp (log->local_date, first) < 0) &&
          unknot_progress_parse_date (log->local_date, &valid))
        first = log->local_date;
    }

  return unknot_progress_parse_date (first, date);
}

static gboolean
has_rating (const UnknotSessionLog *log,
            UnknotSide              side)
{
  return unknot_session_log_get_rating (log, UNKNOT_RATE_BEFORE, side, NULL) ||
         unknot_session_log_get_rating (log, UNKNOT_RATE_AFTER, side, NULL);
}

/**
 * unknot_progress_side_is_rated:
 * @sessions: (element-type UnknotSessionLog): sessions in any order
 * @side: left, right, or none
 *
 * Returns: whether any session has a pain rating on @side, before or after
 */
gboolean
unknot_progress_side_is_rated (GPtrArray  *sessions,
                               UnknotSide  side)
{
  g_return_val_if_fail (sessions != NULL, FALSE);

  for (guint i = 0; i < sessions->len; i++)
    if (has_rating (g_ptr_array_index (sessions, i), side))
      return TRUE;
  return FALSE;
}

/* Adds @log's ratings on the trend's side to its week; the sums become means later */
static void
add_ratings (UnknotTrendWeek        *week,
             const UnknotSessionLog *log,
             UnknotSide              side)
{
  int pain;

  if (unknot_session_log_get_rating (log, UNKNOT_RATE_BEFORE, side, &pain))
    {
      week->before += pain;
      week->n_before++;
    }
  if (unknot_session_log_get_rating (log, UNKNOT_RATE_AFTER, side, &pain))
    {
      week->after += pain;
      week->n_after++;
    }
}

/**
 * unknot_pain_trend_new:
 * @sessions: (element-type UnknotSessionLog): sessions in any order
 * @side: left, right, or none for the ratings of routines without sides
 * @first_day: the first day of the range
 * @last_day: its last day, usually today
 * @week_start: the first day of a week where the user lives
 *
 * The weeks run from the one @first_day is in to the one @last_day is in; only the
 * sessions between those two days count. A session rated twice on a side at the same
 * time counts with its last rating, as unknot_session_log_get_rating() gives it.
 *
 * Returns: (transfer full): the trend, with no weeks when @last_day comes before
 *   @first_day
 */
UnknotPainTrend *
unknot_pain_trend_new (GPtrArray    *sessions,
                       UnknotSide    side,
                       const GDate  *first_day,
                       const GDate  *last_day,
                       GDateWeekday  week_start)
{
  UnknotPainTrend *trend;
  guint32 first_julian, last_julian, first_week;
  guint n_weeks;

  g_return_val_if_fail (sessions != NULL, NULL);
  g_return_val_if_fail (side != UNKNOT_SIDE_BOTH, NULL);
  g_return_val_if_fail (first_day != NULL && g_date_valid (first_day), NULL);
  g_return_val_if_fail (last_day != NULL && g_date_valid (last_day), NULL);
  g_return_val_if_fail (g_date_valid_weekday (week_start), NULL);

  trend = g_new0 (UnknotPainTrend, 1);
  g_atomic_ref_count_init (&trend->ref_count);
  trend->side = side;
  trend->weeks = g_array_new (FALSE, TRUE, sizeof (UnknotTrendWeek));

  first_julian = g_date_get_julian (first_day);
  last_julian = g_date_get_julian (last_day);
  if (last_julian < first_julian)
    return trend;

  first_week = unknot_progress_week_start (first_day, week_start);
  n_weeks = (unknot_progress_week_start (last_day, week_start) - first_week) / 7 + 1;
  g_array_set_size (trend->weeks, n_weeks);
  for (guint i = 0; i < n_weeks; i++)
    g_array_index (trend->weeks, UnknotTrendWeek, i).first_day = first_week + 7 * i;

  for (guint i = 0; i < sessions->len; i++)
    {
      const UnknotSessionLog *log = g_ptr_array_index (sessions, i);
      GDate date;
      guint32 julian;

      if (!unknot_progress_parse_date (log->local_date, &date))
        continue;
      julian = g_date_get_julian (&date);
      if (julian < first_julian || julian > last_julian)
        continue;
      add_ratings (&g_array_index (trend->weeks, UnknotTrendWeek, (julian - first_week) / 7), log, side);
    }

  for (guint i = 0; i < n_weeks; i++)
    {
      UnknotTrendWeek *week = &g_array_index (trend->weeks, UnknotTrendWeek, i);

      week->before = week->n_before > 0 ? week->before / week->n_before : NAN;
      week->after = week->n_after > 0 ? week->after / week->n_after : NAN;
    }

  return trend;
}

UnknotPainTrend *
unknot_pain_trend_ref (UnknotPainTrend *trend)
{
  g_return_val_if_fail (trend != NULL, NULL);

  g_atomic_ref_count_inc (&trend->ref_count);
  return trend;
}

void
unknot_pain_trend_unref (UnknotPainTrend *trend)
{
  g_return_if_fail (trend != NULL);

  if (!g_atomic_ref_count_dec (&trend->ref_count))
    return;

  g_array_unref (trend->weeks);
  g_free (trend);
}

static double
week_mean (const UnknotTrendWeek *week,
           UnknotRateWhen         when)
{
  return when == UNKNOT_RATE_BEFORE ? week->before : week->after;
}

/**
 * unknot_pain_trend_count_weeks:
 *
 * Returns: the weeks with a rating at @when
 */
guint
unknot_pain_trend_count_weeks (const UnknotPainTrend *trend,
                               UnknotRateWhen         when)
{
  guint n = 0;

  g_return_val_if_fail (trend != NULL, 0);

  for (guint i = 0; i < trend->weeks->len; i++)
    n += isnan (week_mean (&g_array_index (trend->weeks, UnknotTrendWeek, i), when)) ? 0 : 1;
  return n;
}

/**
 * unknot_pain_trend_get_ends:
 * @first: (out) (optional): the mean of the first week with a rating at @when
 * @last: (out) (optional): that of the last such week
 *
 * Returns: whether any week has a rating at @when
 */
gboolean
unknot_pain_trend_get_ends (const UnknotPainTrend *trend,
                            UnknotRateWhen         when,
                            double                *first,
                            double                *last)
{
  gboolean found = FALSE;

  g_return_val_if_fail (trend != NULL, FALSE);

  for (guint i = 0; i < trend->weeks->len; i++)
    {
      double mean = week_mean (&g_array_index (trend->weeks, UnknotTrendWeek, i), when);

      if (isnan (mean))
        continue;
      if (!found && first != NULL)
        *first = mean;
      if (last != NULL)
        *last = mean;
      found = TRUE;
    }
  return found;
}
