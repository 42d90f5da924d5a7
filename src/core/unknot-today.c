/* unknot-today.c: what to do today, and the practice so far
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The suggestion follows CONTENT.md's dosing: pressure on a point once a day at most,
 * every other day to begin with, and a day off after a release that left more pain; a
 * stretch on the days between, two sessions without pressure a day at most.
 *
 * The streak is kind: it counts practice days, and up to two days in a row without a
 * session (rest days, flare-ups, life) do not end it.
 */

#define G_LOG_DOMAIN "unknot-today"

#include "config.h"

#include <string.h>

#include "unknot-today.h"

static UnknotDayPractice
day_practice (const UnknotSessionLog *log)
{
  return log->compression && unknot_session_log_held_a_point (log) ? UNKNOT_DAY_PRESSURE : UNKNOT_DAY_PRACTICE;
}

/**
 * unknot_today_streak:
 * @sessions: (element-type UnknotSessionLog): sessions, oldest first, reaching back at
 *   least as far as the streak
 * @days: (out): practice days in the streak
 * @since: (out): its first day, YYYY-MM-DD; empty if there is no streak
 *
 * Returns: whether the streak may reach back before the first of @sessions, so an
 *   earlier history would make it longer
 */
gboolean
unknot_today_streak (GPtrArray  *sessions,
                     const char *today,
                     guint      *days,
                     char        since[11])
{
  const char *later = today;

  g_return_val_if_fail (sessions != NULL && today != NULL, FALSE);

  *days = 0;
  since[0] = '\0';

  /* Walk back from the newest: each new day within reach of the later one extends it */
  for (guint i = sessions->len; i > 0; i--)
    {
      const UnknotSessionLog *log = g_ptr_array_index (sessions, i - 1);
      int gap = unknot_local_date_days_between (log->local_date, later);

      if (gap < 0)
        continue;  /* a session dated after today: a clock that was wrong */
      if (gap == 0 && later != today)
        continue;  /* a day counted already */
      if (gap > UNKNOT_STREAK_REST_DAYS + 1)
        return FALSE;

      (*days)++;
      g_strlcpy (since, log->local_date, 11);
      later = log->local_date;
    }

  return *days > 0;
}

/**
 * unknot_today_suggest:
 * @recent: (element-type UnknotSessionLog): the sessions of the last
 *   %UNKNOT_TODAY_HISTORY_DAYS days at least, oldest first
 * @today: the local date, YYYY-MM-DD
 * @week_start: the day weeks start on where the user lives
 *
 * Fills @out with today's suggestion, this week and the streak as far as @recent
 * reaches (see unknot_today_streak() for more).
 */
void
unknot_today_suggest (const UnknotPracticePlan *plan,
                      GPtrArray                *recent,
                      const char               *today,
                      GDateWeekday              week_start,
                      UnknotToday              *out)
{
  UnknotPacing pacing;
  gboolean pressure_yesterday = FALSE;
  guint other_today = 0;
  int weekday;

  g_return_if_fail (plan != NULL && recent != NULL && today != NULL && out != NULL);

  memset (out, 0, sizeof *out);
  weekday = unknot_local_date_weekday (today);
  g_return_if_fail (weekday > 0);
  g_return_if_fail (g_date_valid_weekday (week_start));
  out->today_index = (weekday - week_start + 7) % 7;

  for (guint i = 0; i < recent->len; i++)
    {
      const UnknotSessionLog *log = g_ptr_array_index (recent, i);
      int days = unknot_local_date_days_between (log->local_date, today);
      UnknotDayPractice practice = day_practice (log);

      if (days < 0)
        continue;
      if (days > 0)
        out->practised_before = TRUE;
      if (days == 0)
        {
          out->sessions_today++;
          other_today += practice != UNKNOT_DAY_PRESSURE;
        }
      if (days == 1 && practice == UNKNOT_DAY_PRESSURE)
        pressure_yesterday = TRUE;
      if (days <= (int) out->today_index)
        {
          guint index = out->today_index - days;

          out->week[index] = MAX (out->week[index], practice);
        }
    }

  unknot_today_streak (recent, today, &out->streak_days, out->streak_since);
  unknot_pacing_advise (recent, today, &pacing);

  /* What kind of day it is */
  if (!plan->pressure_allowed)
    {
      out->kind = UNKNOT_TODAY_STRETCH;
      out->reason = UNKNOT_TODAY_REASON_NO_PRESSURE;
    }
  else if (pacing.rest_advised)
    {
      out->kind = UNKNOT_TODAY_LIGHTER;
      out->reason = UNKNOT_TODAY_REASON_FELT_WORSE;
    }
  else if (pacing.compression_today > 0)
    {
      out->kind = UNKNOT_TODAY_DONE;
      out->reason = UNKNOT_TODAY_REASON_DONE;
    }
  else if (pressure_yesterday)
    {
      out->kind = UNKNOT_TODAY_STRETCH;
      out->reason = UNKNOT_TODAY_REASON_AFTER_PRESSURE;
    }
  else
    {
      out->kind = UNKNOT_TODAY_RELEASE;
      out->reason = UNKNOT_TODAY_REASON_PRESSURE_DAY;
    }

  /* and whether it is done: a day without pressure is done with its one session */
  if (out->kind == UNKNOT_TODAY_STRETCH || out->kind == UNKNOT_TODAY_LIGHTER)
    {
      if (other_today >= UNKNOT_TODAY_STRETCH_CAP)
        {
          out->kind = UNKNOT_TODAY_DONE;
          out->reason = UNKNOT_TODAY_REASON_CAP;
        }
      else if (other_today > 0 || pacing.compression_today > 0)
        {
          out->kind = UNKNOT_TODAY_DONE;
          out->reason = UNKNOT_TODAY_REASON_DONE;
        }
    }

  switch (out->kind)
    {
    case UNKNOT_TODAY_RELEASE:
      g_strlcpy (out->routine_id, plan->release_routine, sizeof out->routine_id);
      break;
    case UNKNOT_TODAY_STRETCH:
      g_strlcpy (out->routine_id, plan->stretch_routine, sizeof out->routine_id);
      break;
    case UNKNOT_TODAY_LIGHTER:
      g_strlcpy (out->routine_id, plan->lighter_routine, sizeof out->routine_id);
      break;
    case UNKNOT_TODAY_DONE:
    default:
      out->routine_id[0] = '\0';
      break;
    }
}
