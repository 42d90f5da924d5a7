/* unknot-progress.h: what the Progress page shows, worked out from the history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "unknot-session-log.h"

G_BEGIN_DECLS

/**
 * UnknotDayCount:
 * @sessions: the sessions begun that day
 * @with_pressure: of those, the ones that held pressure on a point
 *
 * One day of the practice calendar.
 */
typedef struct
{
  guint sessions;
  guint with_pressure;
} UnknotDayCount;

/**
 * UnknotTrendWeek:
 * @first_day: the week's first day, as a Julian day (see g_date_get_julian())
 * @n_before: the sessions that week rated before, on the trend's side
 * @n_after: the sessions that week rated after
 * @before: the mean of the ratings before; NAN when there is none
 * @after: the mean of the ratings after; NAN when there is none
 *
 * One week of a pain trend. A week without a rating is a gap, not a zero.
 */
typedef struct
{
  guint32 first_day;
  guint   n_before;
  guint   n_after;
  double  before;
  double  after;
} UnknotTrendWeek;

/**
 * UnknotPainTrend:
 * @side: the side rated: left, right, or none for routines that rate without a side
 * @weeks: (element-type UnknotTrendWeek): every week of the range, oldest first,
 *   with or without ratings
 *
 * The weekly means of the pain before and after sessions on one side. Reference
 * counted; the fields are public and not to be changed.
 */
typedef struct
{
  /*< private >*/
  gatomicrefcount ref_count;

  /*< public >*/
  UnknotSide      side;
  GArray         *weeks;
} UnknotPainTrend;

#define UNKNOT_TYPE_PAIN_TREND (unknot_pain_trend_get_type ())

GType            unknot_pain_trend_get_type      (void) G_GNUC_CONST;
UnknotPainTrend *unknot_pain_trend_new           (GPtrArray             *sessions,
                                                  UnknotSide             side,
                                                  const GDate           *first_day,
                                                  const GDate           *last_day,
                                                  GDateWeekday           week_start);
UnknotPainTrend *unknot_pain_trend_ref           (UnknotPainTrend       *trend);
void             unknot_pain_trend_unref         (UnknotPainTrend       *trend);
guint            unknot_pain_trend_count_weeks   (const UnknotPainTrend *trend,
                                                  UnknotRateWhen         when);
gboolean         unknot_pain_trend_get_ends      (const UnknotPainTrend *trend,
                                                  UnknotRateWhen         when,
                                                  double                *first,
                                                  double                *last);

gboolean         unknot_progress_parse_date      (const char            *local_date,
                                                  GDate                 *date);
guint32          unknot_progress_week_start      (const GDate           *date,
                                                  GDateWeekday           week_start);
GDateWeekday     unknot_progress_get_first_weekday (void);
void             unknot_progress_get_today       (GDate                 *today);
GArray          *unknot_progress_count_days      (GPtrArray             *sessions,
                                                  GDateYear              year,
                                                  GDateMonth             month);
gboolean         unknot_progress_get_first_date  (GPtrArray             *sessions,
                                                  GDate                 *date);
gboolean         unknot_progress_side_is_rated   (GPtrArray             *sessions,
                                                  UnknotSide             side);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (UnknotPainTrend, unknot_pain_trend_unref)

G_END_DECLS
