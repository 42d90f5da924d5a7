/* unknot-session-log.c: what one session did, as the history keeps it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The log is made from the engine's segments and their records when a session ends:
 * which steps were done on every side, and for each trigger point and side how many
 * holds were planned, done and ended early, how long they lasted and which stop rules
 * were used there.
 */

#define G_LOG_DOMAIN "unknot-history"

#include "config.h"

#include <string.h>

#include "unknot-session-log.h"

G_DEFINE_BOXED_TYPE (UnknotSessionLog, unknot_session_log,
                     unknot_session_log_ref, unknot_session_log_unref)

UnknotSessionLog *
unknot_session_log_new (void)
{
  UnknotSessionLog *log = g_new0 (UnknotSessionLog, 1);

  g_atomic_ref_count_init (&log->ref_count);
  log->sides = UNKNOT_SIDE_BOTH;
  log->ratings = g_array_new (FALSE, FALSE, sizeof (UnknotPainRating));
  log->points = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_point_log_free);

  return log;
}

UnknotSessionLog *
unknot_session_log_ref (UnknotSessionLog *log)
{
  g_return_val_if_fail (log != NULL, NULL);

  g_atomic_ref_count_inc (&log->ref_count);
  return log;
}

void
unknot_session_log_unref (UnknotSessionLog *log)
{
  g_return_if_fail (log != NULL);

  if (!g_atomic_ref_count_dec (&log->ref_count))
    return;

  g_free (log->routine_id);
  g_free (log->routine_title);
  g_free (log->stop_reason);
  g_array_unref (log->ratings);
  g_ptr_array_unref (log->points);
  g_free (log->note);
  g_free (log);
}

UnknotPointLog *
unknot_point_log_new (const char *trigger_point,
                      UnknotSide  side)
{
  UnknotPointLog *point = g_new0 (UnknotPointLog, 1);

  point->trigger_point = g_strdup (trigger_point);
  point->side = side;
  point->stops = g_new0 (char *, 1);

  return point;
}

void
unknot_point_log_free (UnknotPointLog *point)
{
  if (point == NULL)
    return;

  g_free (point->trigger_point);
  g_strfreev (point->stops);
  g_free (point);
}

static UnknotPointLog *
point_log_copy (const UnknotPointLog *point)
{
  UnknotPointLog *copy = g_memdup2 (point, sizeof *point);

  copy->trigger_point = g_strdup (point->trigger_point);
  copy->stops = g_strdupv (point->stops);
  return copy;
}

/**
 * unknot_session_log_copy:
 *
 * Returns: (transfer full): a deep copy, which a store may keep while the caller
 *   goes on changing its own
 */
UnknotSessionLog *
unknot_session_log_copy (const UnknotSessionLog *log)
{
  UnknotSessionLog *copy;

  g_return_val_if_fail (log != NULL, NULL);

  copy = unknot_session_log_new ();
  copy->id = log->id;
  copy->routine_id = g_strdup (log->routine_id);
  copy->routine_title = g_strdup (log->routine_title);
  copy->kind = log->kind;
  copy->compression = log->compression;
  copy->sides = log->sides;
  copy->started_at = log->started_at;
  memcpy (copy->local_date, log->local_date, sizeof copy->local_date);
  copy->planned_seconds = log->planned_seconds;
  copy->active_seconds = log->active_seconds;
  copy->steps_total = log->steps_total;
  copy->steps_done = log->steps_done;
  copy->completed = log->completed;
  copy->stop_reason = g_strdup (log->stop_reason);
  g_array_append_vals (copy->ratings, log->ratings->data, log->ratings->len);
  for (guint i = 0; i < log->points->len; i++)
    g_ptr_array_add (copy->points, point_log_copy (g_ptr_array_index (log->points, i)));
  copy->note = g_strdup (log->note);

  return copy;
}

/**
 * unknot_session_log_set_note:
 * @note: (nullable): the user's words; blank text clears the note
 */
void
unknot_session_log_set_note (UnknotSessionLog *log,
                             const char       *note)
{
  g_autofree char *stripped = g_strstrip (g_strdup (note != NULL ? note : ""));

  g_return_if_fail (log != NULL);

  g_free (log->note);
  log->note = *stripped != '\0' ? g_steal_pointer (&stripped) : NULL;
}

static guint
to_seconds (gint64 microseconds)
{
  return (guint) ((MAX (microseconds, 0) + G_USEC_PER_SEC / 2) / G_USEC_PER_SEC);
}

static UnknotPointLog *
find_point (UnknotSessionLog *log,
            const char       *trigger_point,
            UnknotSide        side)
{
  UnknotPointLog *point;

  for (guint i = 0; i < log->points->len; i++)
    {
      point = g_ptr_array_index (log->points, i);
      if (point->side == side && g_str_equal (point->trigger_point, trigger_point))
        return point;
    }

  point = unknot_point_log_new (trigger_point, side);
  g_ptr_array_add (log->points, point);
  return point;
}

static void
add_stop (UnknotPointLog *point,
          const char     *reason)
{
  guint n = g_strv_length (point->stops);

  point->stops = g_renew (char *, point->stops, n + 2);
  point->stops[n] = g_strdup (reason);
  point->stops[n + 1] = NULL;
}

static void
count_steps (UnknotSessionLog    *log,
             UnknotSessionEngine *engine)
{
  guint n_steps = unknot_session_engine_get_routine (engine)->steps->len;
  g_autofree gboolean *played = g_new0 (gboolean, n_steps);
  g_autofree gboolean *missed = g_new0 (gboolean, n_steps);

  /* A step is done when every hold, rep, set and side of it was done: the rests and
   * the pause to change sides do not count. */
  for (guint i = 0; i < unknot_session_engine_get_n_segments (engine); i++)
    {
      const UnknotSegment *segment = unknot_session_engine_get_segment (engine, i);
      UnknotSegmentOutcome outcome = unknot_session_engine_get_record (engine, i)->outcome;

      if (segment->kind != UNKNOT_SEGMENT_WORK)
        continue;
      played[segment->step_index] = TRUE;
      missed[segment->step_index] |= outcome != UNKNOT_SEGMENT_DONE &&
                                     outcome != UNKNOT_SEGMENT_RELEASED_EARLY;
    }

  for (guint i = 0; i < n_steps; i++)
    {
      log->steps_total += played[i];
      log->steps_done += played[i] && !missed[i];
    }
}

static void
collect_points (UnknotSessionLog    *log,
                UnknotSessionEngine *engine)
{
  GArray *stops = unknot_session_engine_get_stops (engine);

  for (guint i = 0; i < unknot_session_engine_get_n_segments (engine); i++)
    {
      const UnknotSegment *segment = unknot_session_engine_get_segment (engine, i);
      const UnknotSegmentRecord *record = unknot_session_engine_get_record (engine, i);
      UnknotPointLog *point;

      if (segment->kind != UNKNOT_SEGMENT_WORK || segment->step->type != UNKNOT_STEP_PRESS ||
          segment->step->trigger_point == NULL)
        continue;

      log->compression = TRUE;
      point = find_point (log, segment->step->trigger_point, segment->side);
      point->holds_planned++;
      point->holds_done += record->outcome == UNKNOT_SEGMENT_DONE ||
                           record->outcome == UNKNOT_SEGMENT_RELEASED_EARLY;
      point->holds_released_early += record->outcome == UNKNOT_SEGMENT_RELEASED_EARLY;
      point->hold_seconds += to_seconds (record->active);
    }

  /* A stop rule used while searching for a point or holding it belongs to that
   * point; others (a dizzy spell during a stretch) only to the session. */
  for (guint i = 0; i < stops->len; i++)
    {
      const UnknotStopEvent *stop = &g_array_index (stops, UnknotStopEvent, i);
      const UnknotSegment *segment = unknot_session_engine_get_segment (engine, stop->segment);

      if (segment != NULL && segment->step->trigger_point != NULL)
        add_stop (find_point (log, segment->step->trigger_point, segment->side), stop->reason);
    }
}

/**
 * unknot_session_log_new_from_engine:
 * @engine: a session that has ended, or is ending
 * @started: when it started, in any time zone: the local date is taken in it
 *
 * Returns: (transfer full): what the session did, not yet saved
 */
UnknotSessionLog *
unknot_session_log_new_from_engine (UnknotSessionEngine *engine,
                                    GDateTime           *started)
{
  UnknotRoutine *routine;
  UnknotSessionLog *log;
  GArray *ratings;
  g_autofree char *date = NULL;

  g_return_val_if_fail (UNKNOT_IS_SESSION_ENGINE (engine), NULL);
  g_return_val_if_fail (started != NULL, NULL);

  routine = unknot_session_engine_get_routine (engine);
  ratings = unknot_session_engine_get_ratings (engine);

  log = unknot_session_log_new ();
  log->routine_id = g_strdup (routine->id);
  log->routine_title = g_strdup (routine->title);
  log->kind = routine->kind;
  log->sides = unknot_session_engine_get_sides (engine);
  log->started_at = g_date_time_to_unix_usec (started);
  date = g_date_time_format (started, "%Y-%m-%d");
  g_strlcpy (log->local_date, date, sizeof log->local_date);
  log->planned_seconds = to_seconds (unknot_session_engine_get_planned_time (engine));
  log->active_seconds = to_seconds (unknot_session_engine_get_active_time (engine));
  log->completed = unknot_session_engine_get_state (engine) == UNKNOT_SESSION_FINISHED;
  log->stop_reason = log->completed ? NULL : g_strdup (unknot_session_engine_get_stop_reason (engine));
  g_array_append_vals (log->ratings, ratings->data, ratings->len);
  count_steps (log, engine);
  collect_points (log, engine);

  return log;
}

/**
 * unknot_session_log_get_rating:
 * @pain: (out): the rating, 0–10
 *
 * Returns: whether the session has a rating at @when for @side (none for a session
 *   without sides)
 */
gboolean
unknot_session_log_get_rating (const UnknotSessionLog *log,
                               UnknotRateWhen          when,
                               UnknotSide              side,
                               int                    *pain)
{
  g_return_val_if_fail (log != NULL, FALSE);

  for (guint i = log->ratings->len; i > 0; i--)
    {
      const UnknotPainRating *rating = &g_array_index (log->ratings, UnknotPainRating, i - 1);

      if (rating->when == when && rating->side == side)
        {
          if (pain != NULL)
            *pain = rating->pain;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * unknot_session_log_felt_worse:
 *
 * Returns: whether the pain was rated higher after the session than before it, on
 *   any side
 */
gboolean
unknot_session_log_felt_worse (const UnknotSessionLog *log)
{
  static const UnknotSide sides[] = { UNKNOT_SIDE_NONE, UNKNOT_SIDE_LEFT, UNKNOT_SIDE_RIGHT };

  g_return_val_if_fail (log != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (sides); i++)
    {
      int before, after;

      if (unknot_session_log_get_rating (log, UNKNOT_RATE_BEFORE, sides[i], &before) &&
          unknot_session_log_get_rating (log, UNKNOT_RATE_AFTER, sides[i], &after) &&
          after > before)
        return TRUE;
    }
  return FALSE;
}
