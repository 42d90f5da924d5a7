/* unknot-session-engine.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "unknot-clock.h"
#include "unknot-routine.h"

G_BEGIN_DECLS

/* How long the pause to change sides lasts between the two sides of a step */
#define UNKNOT_SWITCH_SIDES_SECONDS 10

typedef enum
{
  UNKNOT_SESSION_READY,      /* not started */
  UNKNOT_SESSION_RUNNING,
  UNKNOT_SESSION_PAUSED,
  UNKNOT_SESSION_FINISHED,   /* played to its end */
  UNKNOT_SESSION_ABANDONED,  /* stopped before the end; see get_stop_reason() */
} UnknotSessionState;

typedef enum
{
  UNKNOT_SEGMENT_WORK,          /* a step, or one hold, rep or set of it, on one side */
  UNKNOT_SEGMENT_REST,          /* the rest between holds, reps or sets */
  UNKNOT_SEGMENT_SWITCH_SIDES,  /* between the left and the right of a step on both sides */
} UnknotSegmentKind;

/**
 * UnknotSegment:
 * @kind: what the segment is
 * @step_index: the routine step it comes from
 * @step: (unowned): that step
 * @side: %UNKNOT_SIDE_LEFT, %UNKNOT_SIDE_RIGHT or %UNKNOT_SIDE_NONE, never both
 * @round: which hold, rep or set it is, from 1; 0 where the step has no rounds
 * @rounds: how many holds, reps or sets the step has on this side; 0 where none
 * @duration: microseconds; 0 where the segment waits for the user
 * @early_after: microseconds into a hold after which the user may end it early; 0 where
 *   the hold cannot be ended early
 * @pattern: (nullable) (unowned): the breathing pattern that paces the segment
 *
 * One piece of the timeline a routine becomes: what the player shows at a time.
 */
typedef struct
{
  UnknotSegmentKind             kind;
  guint                         step_index;
  const UnknotStep             *step;
  UnknotSide                    side;
  guint                         round;
  guint                         rounds;
  gint64                        duration;
  gint64                        early_after;
  const UnknotBreathingPattern *pattern;
} UnknotSegment;

typedef enum
{
  UNKNOT_SEGMENT_NOT_REACHED,
  UNKNOT_SEGMENT_DONE,            /* played to its end, or confirmed by the user */
  UNKNOT_SEGMENT_RELEASED_EARLY,  /* a hold the user ended after its minimum */
  UNKNOT_SEGMENT_SKIPPED,         /* left before its end */
} UnknotSegmentOutcome;

typedef struct
{
  UnknotSegmentOutcome outcome;
  gint64               active;    /* microseconds spent in it, pauses not counted */
} UnknotSegmentRecord;

/**
 * UnknotSessionEventType:
 *
 * What the engine tells the player and the audio, with the detail each carries.
 */
typedef enum
{
  UNKNOT_SESSION_EVENT_STEP_STARTED,      /* detail: the segment index */
  UNKNOT_SESSION_EVENT_HALFWAY,
  UNKNOT_SESSION_EVENT_COUNTDOWN,         /* detail: seconds left, 3, 2 then 1 */
  UNKNOT_SESSION_EVENT_SWITCH_SIDES,
  UNKNOT_SESSION_EVENT_BREATHE_IN,
  UNKNOT_SESSION_EVENT_BREATHE_OUT,
  UNKNOT_SESSION_EVENT_HOLD_BREATH,
  UNKNOT_SESSION_EVENT_PROMPT,            /* detail: the prompt's index in its step */
  UNKNOT_SESSION_EVENT_STEP_FINISHED,     /* detail: the segment index */
  UNKNOT_SESSION_EVENT_SESSION_FINISHED,  /* detail: the UnknotSessionState it ended in */
} UnknotSessionEventType;

typedef struct
{
  UnknotRateWhen when;
  UnknotSide     side;
  int            pain;   /* 0–10 */
} UnknotPainRating;

/* A stop rule used during the session (see unknot_session_engine_note_stop()) */
typedef struct
{
  guint       segment;  /* where it was used */
  const char *reason;   /* interned */
} UnknotStopEvent;

GType unknot_session_state_get_type      (void) G_GNUC_CONST;
GType unknot_session_event_type_get_type (void) G_GNUC_CONST;
#define UNKNOT_TYPE_SESSION_STATE      (unknot_session_state_get_type ())
#define UNKNOT_TYPE_SESSION_EVENT_TYPE (unknot_session_event_type_get_type ())

#define UNKNOT_TYPE_SESSION_ENGINE (unknot_session_engine_get_type ())

G_DECLARE_FINAL_TYPE (UnknotSessionEngine, unknot_session_engine, UNKNOT, SESSION_ENGINE, GObject)

UnknotSessionEngine *unknot_session_engine_new (UnknotRoutine *routine,
                                                GHashTable    *known_patterns,
                                                UnknotClock   *clock);

gboolean             unknot_session_engine_set_sides          (UnknotSessionEngine *self,
                                                               UnknotSide           sides);
UnknotSide           unknot_session_engine_get_sides          (UnknotSessionEngine *self);
gboolean             unknot_session_engine_has_side           (UnknotSessionEngine *self,
                                                               UnknotSide           side);
UnknotRoutine       *unknot_session_engine_get_routine        (UnknotSessionEngine *self);
UnknotClock         *unknot_session_engine_get_clock          (UnknotSessionEngine *self);
guint                unknot_session_engine_get_n_segments     (UnknotSessionEngine *self);
const UnknotSegment *unknot_session_engine_get_segment        (UnknotSessionEngine *self,
                                                               guint                index);
const UnknotSegmentRecord *unknot_session_engine_get_record   (UnknotSessionEngine *self,
                                                               guint                index);
UnknotSessionState   unknot_session_engine_get_state          (UnknotSessionEngine *self);
guint                unknot_session_engine_get_segment_index  (UnknotSessionEngine *self);
const UnknotSegment *unknot_session_engine_get_current        (UnknotSessionEngine *self);
gint64               unknot_session_engine_get_elapsed        (UnknotSessionEngine *self);
gint64               unknot_session_engine_get_remaining      (UnknotSessionEngine *self);
double               unknot_session_engine_get_progress       (UnknotSessionEngine *self);
gint64               unknot_session_engine_get_planned_time   (UnknotSessionEngine *self);
gint64               unknot_session_engine_get_active_time    (UnknotSessionEngine *self);
gboolean             unknot_session_engine_get_paused_for_sleep (UnknotSessionEngine *self);
gboolean             unknot_session_engine_can_release_early  (UnknotSessionEngine *self);
gboolean             unknot_session_engine_can_go_back        (UnknotSessionEngine *self);
const char          *unknot_session_engine_get_stop_reason    (UnknotSessionEngine *self);
GArray              *unknot_session_engine_get_ratings        (UnknotSessionEngine *self);

void                 unknot_session_engine_set_first_step     (UnknotSessionEngine *self,
                                                               guint                step_index);
void                 unknot_session_engine_start              (UnknotSessionEngine *self);
void                 unknot_session_engine_pause              (UnknotSessionEngine *self);
void                 unknot_session_engine_resume             (UnknotSessionEngine *self);
void                 unknot_session_engine_skip_to_next_step  (UnknotSessionEngine *self);
void                 unknot_session_engine_skip_to_previous_step (UnknotSessionEngine *self);
void                 unknot_session_engine_restart_step       (UnknotSessionEngine *self);
gboolean             unknot_session_engine_release_early      (UnknotSessionEngine *self);
void                 unknot_session_engine_abandon            (UnknotSessionEngine *self,
                                                               const char          *reason);
void                 unknot_session_engine_note_stop          (UnknotSessionEngine *self,
                                                               const char          *reason);
void                 unknot_session_engine_find_another_spot  (UnknotSessionEngine *self,
                                                               const char          *reason);
void                 unknot_session_engine_end_point          (UnknotSessionEngine *self,
                                                               const char          *reason);
GArray              *unknot_session_engine_get_stops          (UnknotSessionEngine *self);
void                 unknot_session_engine_notice_sleep       (UnknotSessionEngine *self);
void                 unknot_session_engine_set_rating         (UnknotSessionEngine *self,
                                                               UnknotRateWhen       when,
                                                               UnknotSide           side,
                                                               int                  pain);

G_END_DECLS
