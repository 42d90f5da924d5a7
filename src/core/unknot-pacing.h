/* unknot-pacing.h: how many pressure sessions a day, and when to rest
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "unknot-session-log.h"

G_BEGIN_DECLS

/* Pressure (compression) sessions a day: one is the advice, two the most (CONTENT.md) */
#define UNKNOT_PACING_COMPRESSION_ADVISED 1
#define UNKNOT_PACING_COMPRESSION_CAP     2

typedef enum
{
  UNKNOT_PACING_GO,            /* nothing against a pressure session today */
  UNKNOT_PACING_SECOND_TODAY,  /* one was done today already: ask before another */
  UNKNOT_PACING_CAP_REACHED,   /* the day's most were done: no more today */
} UnknotPacingToday;

/**
 * UnknotPacing:
 * @today: what today's pressure sessions allow
 * @compression_today: pressure sessions today in which a hold was done
 * @rest_advised: the last pressure session, today or yesterday, left the pain worse
 *   than before it: skipping a day is suggested
 *
 * The advice for a pressure session, from the recent history.
 */
typedef struct
{
  UnknotPacingToday today;
  guint             compression_today;
  gboolean          rest_advised;
} UnknotPacing;

char  *unknot_pacing_history_start (const char *today);
void   unknot_pacing_advise        (GPtrArray    *recent,
                                    const char   *today,
                                    UnknotPacing *pacing);
int    unknot_local_date_days_between (const char *from,
                                       const char *to);
char  *unknot_local_date_add_days     (const char *date,
                                       int         days);
int    unknot_local_date_weekday      (const char *date);
gboolean unknot_session_log_held_a_point (const UnknotSessionLog *log);

G_END_DECLS
