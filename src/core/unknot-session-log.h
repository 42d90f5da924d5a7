/* unknot-session-log.h: what one session did, as the history keeps it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "unknot-routine.h"
#include "unknot-session-engine.h"

G_BEGIN_DECLS

/**
 * UnknotPointLog:
 * @trigger_point: the point's id in the anatomy
 * @side: left, right or none
 * @holds_planned: the holds the routine had for it on this side
 * @holds_done: the holds played to their end or ended with "It released"
 * @holds_released_early: of those, the ones ended with "It released"
 * @hold_seconds: the time spent holding, pauses not counted
 * @stops: (array zero-terminated=1): the stop rules used while searching for it or
 *   holding it, in order (a rule's id may come more than once)
 *
 * One trigger point on one side of a session.
 */
typedef struct
{
  char       *trigger_point;
  UnknotSide  side;
  guint       holds_planned;
  guint       holds_done;
  guint       holds_released_early;
  guint       hold_seconds;
  GStrv       stops;
} UnknotPointLog;

/**
 * UnknotSessionLog:
 * @id: the history's id for it; 0 until it is saved
 * @routine_id: the routine played
 * @routine_title: its title when it was played
 * @kind: its kind
 * @compression: whether it holds pressure on a point (it has press steps)
 * @sides: the sides chosen: both, left or right
 * @started_at: when it began, in microseconds since 1970 UTC
 * @local_date: the day it began on, in the local time then, as YYYY-MM-DD
 * @planned_seconds: the timed part of the session as planned
 * @active_seconds: the time it ran, pauses not counted
 * @steps_total: the routine's steps played in it
 * @steps_done: those done on every side
 * @completed: whether it was played to its end
 * @stop_reason: (nullable): why it stopped early: "stopped" by the user, "closed" with
 *   the window, or a stop rule's id
 * @ratings: (element-type UnknotPainRating): pain before and after
 * @points: (element-type UnknotPointLog): the trigger points held
 * @note: (nullable): the user's note
 *
 * A finished or stopped session. Reference counted; the fields are public. Made by
 * unknot_session_log_new_from_engine() or read back from the history.
 */
typedef struct
{
  /*< private >*/
  gatomicrefcount    ref_count;

  /*< public >*/
  gint64             id;
  char              *routine_id;
  char              *routine_title;
  UnknotRoutineKind  kind;
  gboolean           compression;
  UnknotSide         sides;
  gint64             started_at;
  char               local_date[11];
  guint              planned_seconds;
  guint              active_seconds;
  guint              steps_total;
  guint              steps_done;
  gboolean           completed;
  char              *stop_reason;
  GArray            *ratings;
  GPtrArray         *points;
  char              *note;
} UnknotSessionLog;

#define UNKNOT_TYPE_SESSION_LOG (unknot_session_log_get_type ())

GType             unknot_session_log_get_type        (void) G_GNUC_CONST;
UnknotSessionLog *unknot_session_log_new             (void);
UnknotSessionLog *unknot_session_log_new_from_engine (UnknotSessionEngine *engine,
                                                      GDateTime           *started);
UnknotSessionLog *unknot_session_log_copy            (const UnknotSessionLog *log);
UnknotSessionLog *unknot_session_log_ref             (UnknotSessionLog    *log);
void              unknot_session_log_unref           (UnknotSessionLog    *log);
void              unknot_session_log_set_note        (UnknotSessionLog    *log,
                                                      const char          *note);
UnknotPointLog   *unknot_point_log_new               (const char          *trigger_point,
                                                      UnknotSide           side);
void              unknot_point_log_free              (UnknotPointLog      *point);
gboolean          unknot_session_log_get_rating      (const UnknotSessionLog *log,
                                                      UnknotRateWhen          when,
                                                      UnknotSide              side,
                                                      int                    *pain);
gboolean          unknot_session_log_felt_worse      (const UnknotSessionLog *log);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (UnknotSessionLog, unknot_session_log_unref)

G_END_DECLS
