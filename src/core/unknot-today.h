/* unknot-today.h: what to do today, and the practice so far
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "unknot-pacing.h"

G_BEGIN_DECLS

/* How many days of history the suggestion and this week need; the streak may ask more */
#define UNKNOT_TODAY_HISTORY_DAYS 14

/* Days in a row without a session that a streak lives through: rest and flare-up days */
#define UNKNOT_STREAK_REST_DAYS 2

/* Sessions without pressure a day: two is the most (CONTENT.md) */
#define UNKNOT_TODAY_STRETCH_CAP 2

/**
 * UnknotPracticePlan:
 * @release_routine: the guided release the user practises
 * @stretch_routine: the stretch routine for the days between
 * @lighter_routine: a gentle routine for a day after a release that left more pain
 * @pressure_allowed: whether the safety answers allow pressure at all
 *
 * The user's plan, from the preferences.
 */
typedef struct
{
  const char *release_routine;
  const char *stretch_routine;
  const char *lighter_routine;
  gboolean    pressure_allowed;
} UnknotPracticePlan;

typedef enum
{
  UNKNOT_TODAY_RELEASE,      /* a pressure day: the guided release */
  UNKNOT_TODAY_STRETCH,      /* a day between pressure days, or pressure is not for this user */
  UNKNOT_TODAY_LIGHTER,      /* the last release left more pain: something gentle */
  UNKNOT_TODAY_DONE,         /* today's practice is done */
} UnknotTodayKind;

typedef enum
{
  UNKNOT_TODAY_REASON_PRESSURE_DAY,    /* no pressure yesterday or today */
  UNKNOT_TODAY_REASON_AFTER_PRESSURE,  /* pressure yesterday: every other day */
  UNKNOT_TODAY_REASON_NO_PRESSURE,     /* the safety answers rule pressure out */
  UNKNOT_TODAY_REASON_FELT_WORSE,      /* the last release left more pain than before */
  UNKNOT_TODAY_REASON_DONE,            /* the day's session is done */
  UNKNOT_TODAY_REASON_CAP,             /* the day's most sessions are done */
} UnknotTodayReason;

typedef enum
{
  UNKNOT_DAY_NOTHING,
  UNKNOT_DAY_PRACTICE,   /* a session without pressure */
  UNKNOT_DAY_PRESSURE,   /* a session that held a point */
} UnknotDayPractice;

/**
 * UnknotToday:
 * @kind: what is suggested
 * @reason: why
 * @routine_id: the routine suggested; empty when done
 * @sessions_today: sessions begun today
 * @streak_days: practice days in the current streak, 0 if there is none
 * @streak_since: the first day of the streak, YYYY-MM-DD, empty if none
 * @practised_before: whether there is any session before today at all
 * @week: this week, from the day the user's weeks start on
 * @today_index: today's place in @week
 *
 * The Today page's facts, from the plan and the recent history.
 */
typedef struct
{
  UnknotTodayKind    kind;
  UnknotTodayReason  reason;
  char               routine_id[65];
  guint              sessions_today;
  guint              streak_days;
  char               streak_since[11];
  gboolean           practised_before;
  UnknotDayPractice  week[7];
  guint              today_index;
} UnknotToday;

void      unknot_today_suggest     (const UnknotPracticePlan *plan,
                                    GPtrArray                *recent,
                                    const char               *today,
                                    GDateWeekday              week_start,
                                    UnknotToday              *out);
gboolean  unknot_today_streak      (GPtrArray                *sessions,
                                    const char               *today,
                                    guint                    *days,
                                    char                      since[11]);

G_END_DECLS
