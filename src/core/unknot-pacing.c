/* unknot-pacing.c: how many pressure sessions a day, and when to rest
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CONTENT.md: pressure once a day, two at most, and a day off when it was sore
 * afterwards. A session counts when it held at least one point; one stopped before
 * the first hold put no pressure on anything. "Worse afterwards" is the session's own
 * rating: pain after higher than before on any side.
 */

#define G_LOG_DOMAIN "unknot-history"

#include "config.h"

#include <stdio.h>

#include "unknot-pacing.h"

static gboolean
parse_date (const char *text,
            GDate      *date)
{
  guint year, month, day;

  g_date_clear (date, 1);
  if (text == NULL || sscanf (text, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

/**
 * unknot_local_date_days_between:
 *
 * Returns: the days from @from to @to (YYYY-MM-DD), negative when @to comes first;
 *   G_MININT where either is not a date
 */
int
unknot_local_date_days_between (const char *from,
                                const char *to)
{
  GDate a, b;

  if (!parse_date (from, &a) || !parse_date (to, &b))
    return G_MININT;
  return g_date_days_between (&a, &b);
}

/**
 * unknot_pacing_history_start:
 * @today: YYYY-MM-DD
 *
 * Returns: (transfer full): the first date whose sessions the advice looks at
 */
/**
 * unknot_local_date_add_days:
 * @date: a local date, YYYY-MM-DD
 * @days: how many days later; negative for earlier
 *
 * Returns: (transfer full): the date @days after @date, YYYY-MM-DD
 */
char *
unknot_local_date_add_days (const char *date,
                            int         days)
{
  GDate day;
  char text[11];

  g_return_val_if_fail (parse_date (date, &day), NULL);

  if (days >= 0)
    g_date_add_days (&day, days);
  else
    g_date_subtract_days (&day, -days);
  g_snprintf (text, sizeof text, "%04u-%02u-%02u",
              g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day));
  return g_strdup (text);
}

/**
 * unknot_local_date_weekday:
 *
 * Returns: the day of the week of a local date, YYYY-MM-DD: 1 for Monday to 7 for
 *   Sunday, 0 if it is not a date
 */
int
unknot_local_date_weekday (const char *date)
{
  GDate day;

  return parse_date (date, &day) ? (int) g_date_get_weekday (&day) : 0;
}

char *
unknot_pacing_history_start (const char *today)
{
  GDate date;
  char text[11];

  g_return_val_if_fail (parse_date (today, &date), NULL);

  g_date_subtract_days (&date, 1);
  g_snprintf (text, sizeof text, "%04u-%02u-%02u",
              g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));
  return g_strdup (text);
}

/**
 * unknot_session_log_held_a_point:
 *
 * Returns: whether the session held pressure on a point: only those count towards the
 *   day's pressure sessions
 */
gboolean
unknot_session_log_held_a_point (const UnknotSessionLog *log)
{
  for (guint i = 0; i < log->points->len; i++)
    if (((const UnknotPointLog *) g_ptr_array_index (log->points, i))->holds_done > 0)
      return TRUE;
  return FALSE;
}

/**
 * unknot_pacing_advise:
 * @recent: (element-type UnknotSessionLog): the sessions since
 *   unknot_pacing_history_start(), oldest first
 * @today: the local date, YYYY-MM-DD
 * @pacing: (out caller-allocates): the advice
 */
void
unknot_pacing_advise (GPtrArray    *recent,
                      const char   *today,
                      UnknotPacing *pacing)
{
  const UnknotSessionLog *last = NULL;

  g_return_if_fail (recent != NULL);
  g_return_if_fail (today != NULL);
  g_return_if_fail (pacing != NULL);

  *pacing = (UnknotPacing) { UNKNOT_PACING_GO, 0, FALSE };

  for (guint i = 0; i < recent->len; i++)
    {
      const UnknotSessionLog *log = g_ptr_array_index (recent, i);
      int days;

      if (!log->compression || !unknot_session_log_held_a_point (log))
        continue;

      days = unknot_local_date_days_between (log->local_date, today);
      if (days < 0 || days > 1)
        continue;
      last = log;
      pacing->compression_today += days == 0;
    }

  if (pacing->compression_today >= UNKNOT_PACING_COMPRESSION_CAP)
    pacing->today = UNKNOT_PACING_CAP_REACHED;
  else if (pacing->compression_today >= UNKNOT_PACING_COMPRESSION_ADVISED)
    pacing->today = UNKNOT_PACING_SECOND_TODAY;

  pacing->rest_advised = last != NULL && unknot_session_log_felt_worse (last);
}
