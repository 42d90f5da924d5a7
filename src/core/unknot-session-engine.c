/* unknot-session-engine.c: plays a routine as a timeline of segments
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "unknot-engine"

#include "config.h"

#include "unknot-breathing-pacer.h"
#include "unknot-session-engine.h"

/* While a timed segment runs the engine looks at the clocks at least this often, so a
 * sleep of the system is noticed within a second of waking up. */
#define WATCH_INTERVAL G_USEC_PER_SEC
/* A gap between boottime and monotonic time that grew by more than this is a sleep. */
#define SLEEP_THRESHOLD (G_USEC_PER_SEC / 2)
/* Untimed segments count this much towards the overall progress. */
#define UNTIMED_WEIGHT (15 * G_USEC_PER_SEC)
/* The shortest segments that get a halfway sign and a count of their last seconds */
#define HALFWAY_MIN (10 * G_USEC_PER_SEC)
#define COUNTDOWN_MIN (5 * G_USEC_PER_SEC)

G_DEFINE_ENUM_TYPE (UnknotSessionState, unknot_session_state,
                    G_DEFINE_ENUM_VALUE (UNKNOT_SESSION_READY, "ready"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_SESSION_RUNNING, "running"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_SESSION_PAUSED, "paused"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_SESSION_FINISHED, "finished"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_SESSION_ABANDONED, "abandoned"))

G_DEFINE_ENUM_TYPE (UnknotSessionEventType, unknot_session_event_type,
                    G_DEFINE_ENUM_VALUE (UNKNOT_SESSION_EVENT_STEP_STARTED, "step-started"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_SESSION_EVENT_HALFWAY, "halfway"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_SESSION_EVENT_COUNTDOWN, "countdown"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_SESSION_EVENT_SWITCH_SIDES, "switch-sides"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_SESSION_EVENT_BREATHE_IN, "breathe-in"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_SESSION_EVENT_BREATHE_OUT, "breathe-out"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_SESSION_EVENT_HOLD_BREATH, "hold-breath"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_SESSION_EVENT_PROMPT, "prompt"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_SESSION_EVENT_STEP_FINISHED, "step-finished"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_SESSION_EVENT_SESSION_FINISHED, "session-finished"))

typedef struct
{
  gint64                 at;       /* microseconds into the segment */
  guint                  order;    /* among events at the same moment */
  UnknotSessionEventType type;
  guint                  detail;
} TimedEvent;

struct _UnknotSessionEngine
{
  GObject             parent_instance;

  UnknotRoutine      *routine;
  GHashTable         *known_patterns;  /* nullable */
  UnknotClock        *clock;

  GArray             *segments;        /* UnknotSegment */
  GArray             *records;         /* UnknotSegmentRecord, one per segment */
  GArray             *ratings;         /* UnknotPainRating */
  GArray             *stops;           /* UnknotStopEvent */
  gint64              planned;         /* the timed segments, in microseconds */
  UnknotSide          sides;           /* which sides are played: both, or one */

  UnknotSessionState  state;
  guint               index;
  char               *stop_reason;
  gboolean            paused_for_sleep;

  /* The current segment. Running: it ends at @deadline. Paused or ready: @remaining
   * is kept instead. Remaining time is always computed, never counted down. */
  gint64              deadline;
  gint64              remaining;
  gint64              active_since;    /* when it last began to run */

  GArray             *events;          /* TimedEvent of the current segment, by time */
  guint               next_event;
  guint               generation;      /* counts segment entries, to see a handler's moves */
  gboolean            leaving;         /* step finished is being emitted */

  guint               wakeup_id;
  gint64              last_check;      /* monotonic time of the last look at the clocks */
  gint64              sleep_gap;       /* boottime − monotonic then */
};

G_DEFINE_FINAL_TYPE (UnknotSessionEngine, unknot_session_engine, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATE,
  PROP_SEGMENT_INDEX,
  PROP_PAUSED_FOR_SLEEP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  EVENT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void process (UnknotSessionEngine *self);

/* Timeline ------------------------------------------------------------------ */

static const UnknotBreathingPattern *
lookup_pattern (UnknotSessionEngine *self,
                const char          *id)
{
  const UnknotBreathingPattern *pattern = NULL;

  if (id == NULL)
    return NULL;
  if (self->routine->breathing_patterns != NULL)
    pattern = g_hash_table_lookup (self->routine->breathing_patterns, id);
  if (pattern == NULL && self->known_patterns != NULL)
    pattern = g_hash_table_lookup (self->known_patterns, id);
  if (pattern == NULL)
    g_debug ("No breathing pattern “%s”: the step is not paced", id);

  return pattern;
}

static void
add_segment (UnknotSessionEngine *self,
             UnknotSegment        segment)
{
  g_array_append_val (self->segments, segment);
}

/* The holds, reps or sets of one step on one side, with the rests between them */
static void
add_rounds (UnknotSessionEngine *self,
            guint                step_index,
            const UnknotStep    *step,
            UnknotSide           side)
{
  const UnknotBreathingPattern *pattern = lookup_pattern (self, step->breathing);
  UnknotSegment work = { UNKNOT_SEGMENT_WORK, step_index, step, side, 0, 0, 0, 0, NULL };
  guint rounds = 1, rest = 0;

  switch (step->type)
    {
    case UNKNOT_STEP_PRESS:
      rounds = step->holds;
      rest = step->rest_between;
      work.duration = (gint64) step->hold * G_USEC_PER_SEC;
      if (step->early_release && step->hold_min < step->hold)
        work.early_after = (gint64) step->hold_min * G_USEC_PER_SEC;
      work.pattern = pattern;
      break;
    case UNKNOT_STEP_STRETCH:
      rounds = step->reps;
      rest = step->rest_between;
      work.duration = (gint64) step->hold * G_USEC_PER_SEC;
      work.pattern = pattern;
      break;
    case UNKNOT_STEP_EXERCISE:
      /* Reps wait for the user at the end of each set; a duration is timed. */
      rounds = MAX (step->sets, 1);
      rest = step->rest_between_sets;
      work.duration = step->reps > 0 ? 0 : (gint64) step->duration * G_USEC_PER_SEC;
      break;
    case UNKNOT_STEP_BREATHE:
      work.duration = (gint64) step->duration * G_USEC_PER_SEC;
      work.pattern = pattern;
      break;
    case UNKNOT_STEP_POSITION:
    case UNKNOT_STEP_REST:
      work.duration = (gint64) step->duration * G_USEC_PER_SEC;
      break;
    case UNKNOT_STEP_LOCATE:
    case UNKNOT_STEP_RATE:
    case UNKNOT_STEP_INFO:
    default:
      break;
    }

  rounds = MAX (rounds, 1);
  for (guint round = 1; round <= rounds; round++)
    {
      if (round > 1 && rest > 0)
        add_segment (self, (UnknotSegment) { UNKNOT_SEGMENT_REST, step_index, step, side,
                                             round - 1, rounds,
                                             (gint64) rest * G_USEC_PER_SEC, 0, NULL });

      work.round = rounds > 1 ? round : 0;
      work.rounds = rounds > 1 ? rounds : 0;
      add_segment (self, work);
    }
}

/* Whether steps done on @side are played, given the sides chosen */
static gboolean
plays_side (UnknotSessionEngine *self,
            UnknotSide           side)
{
  return self->sides == UNKNOT_SIDE_BOTH || side == UNKNOT_SIDE_NONE ||
         side == UNKNOT_SIDE_BOTH || side == self->sides;
}

static void
build_timeline (UnknotSessionEngine *self)
{
  g_array_set_size (self->segments, 0);
  self->planned = 0;

  for (guint i = 0; i < self->routine->steps->len; i++)
    {
      const UnknotStep *step = g_ptr_array_index (self->routine->steps, i);

      if (!plays_side (self, step->side))
        continue;

      if (step->side == UNKNOT_SIDE_BOTH && self->sides != UNKNOT_SIDE_BOTH)
        {
          add_rounds (self, i, step, self->sides);
        }
      else if (step->side == UNKNOT_SIDE_BOTH)
        {
          add_rounds (self, i, step, UNKNOT_SIDE_LEFT);
          add_segment (self, (UnknotSegment) { UNKNOT_SEGMENT_SWITCH_SIDES, i, step,
                                               UNKNOT_SIDE_RIGHT, 0, 0,
                                               UNKNOT_SWITCH_SIDES_SECONDS * G_USEC_PER_SEC,
                                               0, NULL });
          add_rounds (self, i, step, UNKNOT_SIDE_RIGHT);
        }
      else
        {
          add_rounds (self, i, step, step->side);
        }
    }

  g_array_set_size (self->records, 0);
  g_array_set_size (self->records, self->segments->len);
  for (guint i = 0; i < self->segments->len; i++)
    self->planned += g_array_index (self->segments, UnknotSegment, i).duration;
}

/* Events of the current segment -------------------------------------------- */

static void
add_event (UnknotSessionEngine    *self,
           gint64                  at,
           UnknotSessionEventType  type,
           guint                   detail)
{
  TimedEvent event = { at, self->events->len, type, detail };

  g_array_append_val (self->events, event);
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const TimedEvent *event_a = a, *event_b = b;

  if (event_a->at != event_b->at)
    return event_a->at < event_b->at ? -1 : 1;
  return (event_a->order > event_b->order) - (event_a->order < event_b->order);
}

static gboolean
step_has_halfway_prompt (const UnknotStep *step)
{
  for (guint i = 0; step->prompts != NULL && i < step->prompts->len; i++)
    if (((UnknotPrompt *) g_ptr_array_index (step->prompts, i))->cue == UNKNOT_CUE_HALFWAY)
      return TRUE;
  return FALSE;
}

static void
plan_events (UnknotSessionEngine *self)
{
  const UnknotSegment *segment = &g_array_index (self->segments, UnknotSegment, self->index);
  gint64 duration = segment->duration;

  g_array_set_size (self->events, 0);
  self->next_event = 0;

  if (duration <= 0)
    return;

  if (segment->kind == UNKNOT_SEGMENT_WORK)
    {
      const UnknotStep *step = segment->step;

      for (guint i = 0; step->prompts != NULL && i < step->prompts->len; i++)
        {
          const UnknotPrompt *prompt = g_ptr_array_index (step->prompts, i);
          gint64 at = (gint64) prompt->at * G_USEC_PER_SEC;

          if (at < duration)
            add_event (self, at, UNKNOT_SESSION_EVENT_PROMPT, i);
        }

      if (duration >= HALFWAY_MIN && !step_has_halfway_prompt (step))
        add_event (self, duration / 2, UNKNOT_SESSION_EVENT_HALFWAY, 0);
    }

  if (segment->pattern != NULL && unknot_breathing_pattern_get_cycle (segment->pattern) > 0.0)
    {
      const UnknotBreathingPattern *pattern = segment->pattern;
      const double lengths[] = { pattern->inhale, pattern->hold_in, pattern->exhale, pattern->hold_out };
      const UnknotSessionEventType types[] = {
        UNKNOT_SESSION_EVENT_BREATHE_IN, UNKNOT_SESSION_EVENT_HOLD_BREATH,
        UNKNOT_SESSION_EVENT_BREATHE_OUT, UNKNOT_SESSION_EVENT_HOLD_BREATH,
      };
      double cycle = unknot_breathing_pattern_get_cycle (pattern);
      double end = (double) duration / G_USEC_PER_SEC - 1.0;

      /* Each phase change, the first breath in included, counted breath by breath and
       * phase by phase (never derived back from a rounded time, which could stall);
       * phases of no length are skipped, and nothing in the last second, which belongs
       * to the count of the last seconds. */
      for (guint breath = 0; breath * cycle < end; breath++)
        {
          double at = breath * cycle;

          for (guint phase = 0; phase < G_N_ELEMENTS (lengths); phase++)
            {
              if (lengths[phase] > 0.0 && at < end)
                add_event (self, (gint64) (at * G_USEC_PER_SEC + 0.5), types[phase], breath);
              at += lengths[phase];
            }
        }
    }

  if (duration >= COUNTDOWN_MIN)
    for (guint left = 3; left >= 1; left--)
      add_event (self, duration - (gint64) left * G_USEC_PER_SEC,
                 UNKNOT_SESSION_EVENT_COUNTDOWN, left);

  /* Events at the same moment keep the order they were added in. */
  g_array_sort (self->events, compare_events);
}

/* Running ------------------------------------------------------------------- */

static void
emit_event (UnknotSessionEngine    *self,
            UnknotSessionEventType  type,
            guint                   detail)
{
  g_signal_emit (self, signals[EVENT], 0, type, detail);
}

/* While a step's end is told, the session cannot be moved to another step from a
 * handler (it is on its way to one already); it can be paused or stopped. */
static void
emit_finished (UnknotSessionEngine *self,
               guint                index)
{
  self->leaving = TRUE;
  emit_event (self, UNKNOT_SESSION_EVENT_STEP_FINISHED, index);
  self->leaving = FALSE;
}

static void
set_state (UnknotSessionEngine *self,
           UnknotSessionState   state)
{
  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
set_paused_for_sleep (UnknotSessionEngine *self,
                      gboolean             paused_for_sleep)
{
  if (self->paused_for_sleep == paused_for_sleep)
    return;

  self->paused_for_sleep = paused_for_sleep;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAUSED_FOR_SLEEP]);
}

static UnknotSegment *
current (UnknotSessionEngine *self)
{
  return &g_array_index (self->segments, UnknotSegment, self->index);
}

static UnknotSegmentRecord *
current_record (UnknotSessionEngine *self)
{
  return &g_array_index (self->records, UnknotSegmentRecord, self->index);
}

static void
cancel_wakeup (UnknotSessionEngine *self)
{
  if (self->wakeup_id != 0)
    unknot_clock_remove_wakeup (self->clock, self->wakeup_id);
  self->wakeup_id = 0;
}

static void
wakeup_cb (gpointer user_data)
{
  UnknotSessionEngine *self = user_data;
  g_autoptr(UnknotSessionEngine) hold = g_object_ref (self);

  self->wakeup_id = 0;
  process (self);
}

static void
look_at_clocks (UnknotSessionEngine *self,
                gint64               now)
{
  self->last_check = now;
  self->sleep_gap = unknot_clock_get_boottime (self->clock) - now;
}

/* The next moment the engine has something to do, or 0 if it waits for the user */
static void
schedule (UnknotSessionEngine *self)
{
  gint64 at;

  cancel_wakeup (self);
  if (self->state != UNKNOT_SESSION_RUNNING || current (self)->duration <= 0)
    return;

  at = self->deadline;
  if (self->next_event < self->events->len)
    {
      const TimedEvent *event = &g_array_index (self->events, TimedEvent, self->next_event);

      at = MIN (at, self->deadline - current (self)->duration + event->at);
    }
  at = MIN (at, self->last_check + WATCH_INTERVAL);

  self->wakeup_id = unknot_clock_add_wakeup (self->clock, at, wakeup_cb, self);
}

/* Time spent in the current segment up to @now, if it is running */
static void
stop_counting (UnknotSessionEngine *self,
               gint64               now)
{
  if (self->state == UNKNOT_SESSION_RUNNING)
    current_record (self)->active += MAX (now - self->active_since, 0);
  self->active_since = now;
}

/* Makes segment @index current, starting at @start (monotonic). */
static void
enter_segment (UnknotSessionEngine *self,
               guint                index,
               gint64               start)
{
  self->index = index;
  self->generation++;
  self->remaining = current (self)->duration;
  self->deadline = start + current (self)->duration;
  self->active_since = start;
  plan_events (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEGMENT_INDEX]);
  emit_event (self, UNKNOT_SESSION_EVENT_STEP_STARTED, index);
  if (current (self)->kind == UNKNOT_SEGMENT_SWITCH_SIDES)
    emit_event (self, UNKNOT_SESSION_EVENT_SWITCH_SIDES, 0);
}

static void
end_session (UnknotSessionEngine *self,
             UnknotSessionState   state,
             const char          *reason)
{
  cancel_wakeup (self);
  g_array_set_size (self->events, 0);
  self->next_event = 0;
  self->generation++;
  g_free (self->stop_reason);
  self->stop_reason = g_strdup (reason);
  set_paused_for_sleep (self, FALSE);
  set_state (self, state);
  emit_event (self, UNKNOT_SESSION_EVENT_SESSION_FINISHED, state);
}

/* Leaves the current segment with @outcome and goes on to the next one, which
 * begins at @start; the session finishes after the last. */
static void
leave_segment (UnknotSessionEngine  *self,
               UnknotSegmentOutcome  outcome,
               gint64                start)
{
  guint index = self->index;
  guint generation = self->generation;

  stop_counting (self, start);
  current_record (self)->outcome = outcome;
  emit_finished (self, index);
  /* A handler that stopped the session has decided what comes next. */
  if (self->generation != generation)
    return;

  if (index + 1 >= self->segments->len)
    end_session (self, UNKNOT_SESSION_FINISHED, NULL);
  else
    enter_segment (self, index + 1, start);
}

static void
pause_at (UnknotSessionEngine *self,
          gint64               when)
{
  if (current (self)->duration > 0)
    self->remaining = CLAMP (self->deadline - when, 0, current (self)->duration);
  stop_counting (self, when);
  cancel_wakeup (self);
  set_state (self, UNKNOT_SESSION_PAUSED);
}

/* Emits what is due, moves past the segments that have ended and plans the next
 * wakeup. Nothing is counted: where the session is follows from the clock. */
static void
process (UnknotSessionEngine *self)
{
  gint64 now = unknot_clock_get_monotonic (self->clock);

  if (self->state != UNKNOT_SESSION_RUNNING)
    return;

  /* After a sleep, come back paused where the session was when last seen. */
  if (unknot_clock_get_boottime (self->clock) - now - self->sleep_gap > SLEEP_THRESHOLD)
    {
      g_debug ("The system slept: pausing the session");
      look_at_clocks (self, now);
      /* set first, so that whoever watches the state knows why it paused */
      set_paused_for_sleep (self, TRUE);
      pause_at (self, MIN (self->last_check, now));
      return;
    }
  look_at_clocks (self, now);

  while (self->state == UNKNOT_SESSION_RUNNING && current (self)->duration > 0)
    {
      gint64 start = self->deadline - current (self)->duration;
      guint generation = self->generation;

      while (self->next_event < self->events->len)
        {
          const TimedEvent event = g_array_index (self->events, TimedEvent, self->next_event);

          if (start + event.at > now)
            break;
          self->next_event++;
          emit_event (self, event.type, event.detail);
          /* A handler may have paused, skipped, restarted or stopped. */
          if (self->state != UNKNOT_SESSION_RUNNING || self->generation != generation)
            break;
        }

      if (self->state != UNKNOT_SESSION_RUNNING || self->generation != generation)
        continue;
      if (self->deadline > now)
        break;

      /* The next segment begins when this one was due to end, not when it was
       * noticed: a late wakeup does not push the rest of the session back. */
      leave_segment (self, UNKNOT_SEGMENT_DONE, self->deadline);
    }

  schedule (self);
}

/* Public API ---------------------------------------------------------------- */

UnknotSessionEngine *
unknot_session_engine_new (UnknotRoutine *routine,
                           GHashTable    *known_patterns,
                           UnknotClock   *clock)
{
  UnknotSessionEngine *self;

  g_return_val_if_fail (routine != NULL, NULL);
  g_return_val_if_fail (routine->steps != NULL && routine->steps->len > 0, NULL);
  g_return_val_if_fail (UNKNOT_IS_CLOCK (clock), NULL);

  self = g_object_new (UNKNOT_TYPE_SESSION_ENGINE, NULL);
  self->routine = unknot_routine_ref (routine);
  self->known_patterns = known_patterns != NULL ? g_hash_table_ref (known_patterns) : NULL;
  self->clock = g_object_ref (clock);
  self->sides = UNKNOT_SIDE_BOTH;
  build_timeline (self);
  self->remaining = current (self)->duration;

  return self;
}

/**
 * unknot_session_engine_set_sides:
 * @sides: %UNKNOT_SIDE_BOTH to play the routine as it is, or %UNKNOT_SIDE_LEFT or
 *   %UNKNOT_SIDE_RIGHT to play one side only
 *
 * Before the start (and before set_first_step()), chooses the sides: steps done on
 * the other side are left out, and steps done on both sides are done on the chosen
 * one alone, with no pause to change sides.
 *
 * Returns: whether anything is left to play; if not, nothing changed
 */
gboolean
unknot_session_engine_set_sides (UnknotSessionEngine *self,
                                 UnknotSide           sides)
{
  UnknotSide before;

  g_return_val_if_fail (UNKNOT_IS_SESSION_ENGINE (self), FALSE);
  g_return_val_if_fail (self->state == UNKNOT_SESSION_READY, FALSE);
  g_return_val_if_fail (sides == UNKNOT_SIDE_LEFT || sides == UNKNOT_SIDE_RIGHT ||
                        sides == UNKNOT_SIDE_BOTH, FALSE);

  if (sides == self->sides)
    return TRUE;

  before = self->sides;
  self->sides = sides;
  build_timeline (self);
  if (self->segments->len == 0)
    {
      self->sides = before;
      build_timeline (self);
      return FALSE;
    }

  self->index = 0;
  self->remaining = current (self)->duration;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEGMENT_INDEX]);
  return TRUE;
}

UnknotSide
unknot_session_engine_get_sides (UnknotSessionEngine *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION_ENGINE (self), UNKNOT_SIDE_NONE);

  return self->sides;
}

/**
 * unknot_session_engine_has_side:
 *
 * Returns: whether any segment of the session is done on @side (left or right)
 */
gboolean
unknot_session_engine_has_side (UnknotSessionEngine *self,
                                UnknotSide           side)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION_ENGINE (self), FALSE);

  for (guint i = 0; i < self->segments->len; i++)
    if (g_array_index (self->segments, UnknotSegment, i).side == side)
      return TRUE;
  return FALSE;
}

UnknotRoutine *
unknot_session_engine_get_routine (UnknotSessionEngine *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION_ENGINE (self), NULL);

  return self->routine;
}

UnknotClock *
unknot_session_engine_get_clock (UnknotSessionEngine *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION_ENGINE (self), NULL);

  return self->clock;
}

guint
unknot_session_engine_get_n_segments (UnknotSessionEngine *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION_ENGINE (self), 0);

  return self->segments->len;
}

/**
 * unknot_session_engine_get_segment:
 *
 * Returns: (nullable): segment @index of the timeline, or %NULL past its end
 */
const UnknotSegment *
unknot_session_engine_get_segment (UnknotSessionEngine *self,
                                   guint                index)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION_ENGINE (self), NULL);

  if (index >= self->segments->len)
    return NULL;
  return &g_array_index (self->segments, UnknotSegment, index);
}

const UnknotSegmentRecord *
unknot_session_engine_get_record (UnknotSessionEngine *self,
                                  guint                index)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION_ENGINE (self), NULL);
  g_return_val_if_fail (index < self->records->len, NULL);

  return &g_array_index (self->records, UnknotSegmentRecord, index);
}

UnknotSessionState
unknot_session_engine_get_state (UnknotSessionEngine *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION_ENGINE (self), UNKNOT_SESSION_READY);

  return self->state;
}

guint
unknot_session_engine_get_segment_index (UnknotSessionEngine *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION_ENGINE (self), 0);

  return self->index;
}

const UnknotSegment *
unknot_session_engine_get_current (UnknotSessionEngine *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION_ENGINE (self), NULL);

  return current (self);
}

/**
 * unknot_session_engine_get_remaining:
 *
 * Returns: microseconds left in the current segment: its deadline minus now while it
 *   runs; 0 for a segment that waits for the user
 */
gint64
unknot_session_engine_get_remaining (UnknotSessionEngine *self)
{
  gint64 duration;

  g_return_val_if_fail (UNKNOT_IS_SESSION_ENGINE (self), 0);

  duration = current (self)->duration;
  if (duration <= 0)
    return 0;

  switch (self->state)
    {
    case UNKNOT_SESSION_RUNNING:
      return CLAMP (self->deadline - unknot_clock_get_monotonic (self->clock), 0, duration);
    case UNKNOT_SESSION_READY:
    case UNKNOT_SESSION_PAUSED:
      return self->remaining;
    case UNKNOT_SESSION_FINISHED:
    case UNKNOT_SESSION_ABANDONED:
    default:
      return 0;
    }
}

/**
 * unknot_session_engine_get_elapsed:
 *
 * Returns: microseconds into the current segment (for the breathing pacer)
 */
gint64
unknot_session_engine_get_elapsed (UnknotSessionEngine *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION_ENGINE (self), 0);

  if (current (self)->duration <= 0)
    {
      if (self->state == UNKNOT_SESSION_RUNNING)
        return MAX (unknot_clock_get_monotonic (self->clock) - self->active_since, 0);
      return 0;
    }
  return current (self)->duration - unknot_session_engine_get_remaining (self);
}

/**
 * unknot_session_engine_get_progress:
 *
 * Returns: how much of the session is behind, from 0 to 1; untimed segments count as
 *   a short fixed time each
 */
double
unknot_session_engine_get_progress (UnknotSessionEngine *self)
{
  gint64 total = 0, done = 0;

  g_return_val_if_fail (UNKNOT_IS_SESSION_ENGINE (self), 0.0);

  if (self->state == UNKNOT_SESSION_FINISHED)
    return 1.0;

  for (guint i = 0; i < self->segments->len; i++)
    {
      const UnknotSegment *segment = &g_array_index (self->segments, UnknotSegment, i);
      gint64 weight = segment->duration > 0 ? segment->duration : UNTIMED_WEIGHT;

      total += weight;
      if (i < self->index)
        done += weight;
      else if (i == self->index && segment->duration > 0)
        done += segment->duration - unknot_session_engine_get_remaining (self);
    }

  return total > 0 ? CLAMP ((double) done / total, 0.0, 1.0) : 0.0;
}

/**
 * unknot_session_engine_get_planned_time:
 *
 * Returns: microseconds the timed segments take in all, sides and rests included
 */
gint64
unknot_session_engine_get_planned_time (UnknotSessionEngine *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION_ENGINE (self), 0);

  return self->planned;
}

/**
 * unknot_session_engine_get_active_time:
 *
 * Returns: microseconds the session has run, pauses not counted
 */
gint64
unknot_session_engine_get_active_time (UnknotSessionEngine *self)
{
  gint64 active = 0;

  g_return_val_if_fail (UNKNOT_IS_SESSION_ENGINE (self), 0);

  for (guint i = 0; i < self->records->len; i++)
    active += g_array_index (self->records, UnknotSegmentRecord, i).active;
  if (self->state == UNKNOT_SESSION_RUNNING)
    active += MAX (unknot_clock_get_monotonic (self->clock) - self->active_since, 0);

  return active;
}

gboolean
unknot_session_engine_get_paused_for_sleep (UnknotSessionEngine *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION_ENGINE (self), FALSE);

  return self->paused_for_sleep;
}

/**
 * unknot_session_engine_can_release_early:
 *
 * Returns: whether the current hold may be ended now, its minimum being behind
 */
gboolean
unknot_session_engine_can_release_early (UnknotSessionEngine *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION_ENGINE (self), FALSE);

  return (self->state == UNKNOT_SESSION_RUNNING || self->state == UNKNOT_SESSION_PAUSED) &&
         current (self)->early_after > 0 &&
         unknot_session_engine_get_elapsed (self) >= current (self)->early_after;
}

static gboolean
is_over (UnknotSessionEngine *self)
{
  return self->state == UNKNOT_SESSION_FINISHED || self->state == UNKNOT_SESSION_ABANDONED;
}

/* Where "previous" goes: the work segment before this one, over rests and changes of
 * side; -1 if there is none */
static int
previous_work_segment (UnknotSessionEngine *self)
{
  for (int i = (int) self->index - 1; i >= 0; i--)
    if (g_array_index (self->segments, UnknotSegment, i).kind == UNKNOT_SEGMENT_WORK)
      return i;
  return -1;
}

gboolean
unknot_session_engine_can_go_back (UnknotSessionEngine *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION_ENGINE (self), FALSE);

  return !is_over (self) && self->state != UNKNOT_SESSION_READY &&
         previous_work_segment (self) >= 0;
}

/**
 * unknot_session_engine_get_stop_reason:
 *
 * Returns: (nullable): why the session was abandoned, as given to abandon()
 */
const char *
unknot_session_engine_get_stop_reason (UnknotSessionEngine *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION_ENGINE (self), NULL);

  return self->stop_reason;
}

/**
 * unknot_session_engine_get_ratings:
 *
 * Returns: (transfer none) (element-type UnknotPainRating): the pain ratings given
 */
GArray *
unknot_session_engine_get_ratings (UnknotSessionEngine *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION_ENGINE (self), NULL);

  return self->ratings;
}

/**
 * unknot_session_engine_set_first_step:
 * @step_index: the routine step to begin with; what comes before it is left out
 *
 * Before the start, chooses where the session begins. Nothing is emitted: the session
 * has not started.
 */
void
unknot_session_engine_set_first_step (UnknotSessionEngine *self,
                                      guint                step_index)
{
  guint first = 0;

  g_return_if_fail (UNKNOT_IS_SESSION_ENGINE (self));
  g_return_if_fail (self->state == UNKNOT_SESSION_READY);
  g_return_if_fail (step_index < self->routine->steps->len);

  while (first + 1 < self->segments->len &&
         g_array_index (self->segments, UnknotSegment, first).step_index < step_index)
    first++;

  if (first == self->index)
    return;
  self->index = first;
  self->remaining = current (self)->duration;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEGMENT_INDEX]);
}

/**
 * unknot_session_engine_start:
 *
 * Starts the session at its first step, or the one set_first_step() chose.
 */
void
unknot_session_engine_start (UnknotSessionEngine *self)
{
  gint64 now;

  g_return_if_fail (UNKNOT_IS_SESSION_ENGINE (self));
  g_return_if_fail (self->state == UNKNOT_SESSION_READY);
  /* Handlers may drop the last reference to the engine while it emits. */
  g_autoptr(UnknotSessionEngine) hold = g_object_ref (self);

  now = unknot_clock_get_monotonic (self->clock);
  look_at_clocks (self, now);
  set_state (self, UNKNOT_SESSION_RUNNING);
  enter_segment (self, self->index, now);
  process (self);
}

void
unknot_session_engine_pause (UnknotSessionEngine *self)
{
  g_return_if_fail (UNKNOT_IS_SESSION_ENGINE (self));
  /* Handlers may drop the last reference to the engine while it emits. */
  g_autoptr(UnknotSessionEngine) hold = g_object_ref (self);

  if (self->state != UNKNOT_SESSION_RUNNING)
    return;

  pause_at (self, unknot_clock_get_monotonic (self->clock));
}

void
unknot_session_engine_resume (UnknotSessionEngine *self)
{
  gint64 now;

  g_return_if_fail (UNKNOT_IS_SESSION_ENGINE (self));
  /* Handlers may drop the last reference to the engine while it emits. */
  g_autoptr(UnknotSessionEngine) hold = g_object_ref (self);

  if (self->state != UNKNOT_SESSION_PAUSED)
    return;

  now = unknot_clock_get_monotonic (self->clock);
  self->deadline = now + self->remaining;
  self->active_since = now;
  look_at_clocks (self, now);
  set_paused_for_sleep (self, FALSE);
  set_state (self, UNKNOT_SESSION_RUNNING);
  process (self);
}

/* Moves to segment @index from the user's hand: it begins now, and a paused session
 * stays paused at its start. */
static void
jump_to (UnknotSessionEngine  *self,
         guint                 index,
         UnknotSegmentOutcome  outcome)
{
  gint64 now = unknot_clock_get_monotonic (self->clock);
  guint generation = self->generation;
  UnknotSegmentRecord *record;

  cancel_wakeup (self);
  stop_counting (self, now);
  record = current_record (self);
  if (record->outcome == UNKNOT_SEGMENT_NOT_REACHED || outcome != UNKNOT_SEGMENT_SKIPPED)
    record->outcome = outcome;
  emit_finished (self, self->index);
  if (self->generation != generation)
    return;
  /* The user is here: whatever the clocks did before, nothing ran ahead unseen. */
  look_at_clocks (self, now);

  if (index >= self->segments->len)
    {
      end_session (self, UNKNOT_SESSION_FINISHED, NULL);
      return;
    }

  enter_segment (self, index, now);
  process (self);
}

/**
 * unknot_session_engine_skip_to_next_step:
 *
 * Goes on to the next segment. A segment that waits for the user ("Found it",
 * "Done") counts as done; a timed one left early as skipped. After the last
 * segment the session is finished.
 */
void
unknot_session_engine_skip_to_next_step (UnknotSessionEngine *self)
{
  g_return_if_fail (UNKNOT_IS_SESSION_ENGINE (self));
  /* Handlers may drop the last reference to the engine while it emits. */
  g_autoptr(UnknotSessionEngine) hold = g_object_ref (self);

  if ((self->state != UNKNOT_SESSION_RUNNING && self->state != UNKNOT_SESSION_PAUSED) || self->leaving)
    return;

  jump_to (self, self->index + 1,
           current (self)->duration > 0 ? UNKNOT_SEGMENT_SKIPPED : UNKNOT_SEGMENT_DONE);
}

/**
 * unknot_session_engine_skip_to_previous_step:
 *
 * Goes back to the start of the work segment before this one, over rests and changes
 * of side.
 */
void
unknot_session_engine_skip_to_previous_step (UnknotSessionEngine *self)
{
  int previous;

  g_return_if_fail (UNKNOT_IS_SESSION_ENGINE (self));
  /* Handlers may drop the last reference to the engine while it emits. */
  g_autoptr(UnknotSessionEngine) hold = g_object_ref (self);

  if (!unknot_session_engine_can_go_back (self) || self->leaving)
    return;

  previous = previous_work_segment (self);
  jump_to (self, previous, UNKNOT_SEGMENT_SKIPPED);
}

void
unknot_session_engine_restart_step (UnknotSessionEngine *self)
{
  gint64 now;

  g_return_if_fail (UNKNOT_IS_SESSION_ENGINE (self));
  /* Handlers may drop the last reference to the engine while it emits. */
  g_autoptr(UnknotSessionEngine) hold = g_object_ref (self);

  if ((self->state != UNKNOT_SESSION_RUNNING && self->state != UNKNOT_SESSION_PAUSED) || self->leaving)
    return;

  now = unknot_clock_get_monotonic (self->clock);
  cancel_wakeup (self);
  stop_counting (self, now);
  look_at_clocks (self, now);
  enter_segment (self, self->index, now);
  process (self);
}

/**
 * unknot_session_engine_release_early:
 *
 * Ends the current hold before its time, as "It released" does; only once its
 * minimum is behind.
 *
 * Returns: whether the hold was ended
 */
gboolean
unknot_session_engine_release_early (UnknotSessionEngine *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION_ENGINE (self), FALSE);
  /* Handlers may drop the last reference to the engine while it emits. */
  g_autoptr(UnknotSessionEngine) hold = g_object_ref (self);

  if (!unknot_session_engine_can_release_early (self) || self->leaving)
    return FALSE;

  jump_to (self, self->index + 1, UNKNOT_SEGMENT_RELEASED_EARLY);
  return TRUE;
}

/**
 * unknot_session_engine_abandon:
 * @reason: (nullable): why, kept for the history (e.g. a stop rule's id)
 *
 * Stops the session before its end.
 */
void
unknot_session_engine_abandon (UnknotSessionEngine *self,
                               const char          *reason)
{
  g_return_if_fail (UNKNOT_IS_SESSION_ENGINE (self));
  /* Handlers may drop the last reference to the engine while it emits. */
  g_autoptr(UnknotSessionEngine) hold = g_object_ref (self);

  if (is_over (self))
    return;

  stop_counting (self, unknot_clock_get_monotonic (self->clock));
  end_session (self, UNKNOT_SESSION_ABANDONED, reason);
}

/* Stop rules ----------------------------------------------------------------- */

/**
 * unknot_session_engine_note_stop:
 * @reason: what happened, e.g. a stop rule's id
 *
 * Keeps, for the history, that a stop rule was used at the current segment, without
 * moving the session (easing off, or a pulse felt while searching).
 */
void
unknot_session_engine_note_stop (UnknotSessionEngine *self,
                                 const char          *reason)
{
  UnknotStopEvent stop;

  g_return_if_fail (UNKNOT_IS_SESSION_ENGINE (self));
  g_return_if_fail (reason != NULL);

  if (self->state != UNKNOT_SESSION_RUNNING && self->state != UNKNOT_SESSION_PAUSED)
    return;

  stop.segment = self->index;
  stop.reason = g_intern_string (reason);
  g_array_append_val (self->stops, stop);
}

/* The locate segment where the current point was found on this side; -1 if none */
static int
locate_segment (UnknotSessionEngine *self)
{
  const UnknotSegment *here = current (self);

  if (here->step->trigger_point == NULL)
    return -1;

  for (int i = (int) self->index; i >= 0; i--)
    {
      const UnknotSegment *segment = &g_array_index (self->segments, UnknotSegment, i);

      if (segment->kind == UNKNOT_SEGMENT_WORK && segment->step->type == UNKNOT_STEP_LOCATE &&
          segment->side == here->side &&
          g_strcmp0 (segment->step->trigger_point, here->step->trigger_point) == 0)
        return i;
    }
  return -1;
}

/**
 * unknot_session_engine_find_another_spot:
 * @reason: the stop rule's id, kept for the history
 *
 * Stops the current hold and goes back to searching for the point on this side, as
 * after feeling a pulse. Where the routine has no search for it, the hold starts
 * again from its beginning, paused.
 */
void
unknot_session_engine_find_another_spot (UnknotSessionEngine *self,
                                         const char          *reason)
{
  int locate;

  g_return_if_fail (UNKNOT_IS_SESSION_ENGINE (self));
  /* Handlers may drop the last reference to the engine while it emits. */
  g_autoptr(UnknotSessionEngine) hold = g_object_ref (self);

  if ((self->state != UNKNOT_SESSION_RUNNING && self->state != UNKNOT_SESSION_PAUSED) || self->leaving)
    return;

  unknot_session_engine_note_stop (self, reason);
  locate = locate_segment (self);
  if (locate < 0)
    {
      unknot_session_engine_restart_step (self);
      unknot_session_engine_pause (self);
      return;
    }
  if ((guint) locate != self->index)
    jump_to (self, (guint) locate, UNKNOT_SEGMENT_SKIPPED);
}

/**
 * unknot_session_engine_end_point:
 * @reason: the stop rule's id, kept for the history
 *
 * Stops the current step on this side (the rest of its holds, reps or sets too) and
 * goes on to what follows, as after a sharp pain or a tingling. The session stays
 * paused if it was.
 */
void
unknot_session_engine_end_point (UnknotSessionEngine *self,
                                 const char          *reason)
{
  const UnknotSegment *here;
  guint next;

  g_return_if_fail (UNKNOT_IS_SESSION_ENGINE (self));
  /* Handlers may drop the last reference to the engine while it emits. */
  g_autoptr(UnknotSessionEngine) hold = g_object_ref (self);

  if ((self->state != UNKNOT_SESSION_RUNNING && self->state != UNKNOT_SESSION_PAUSED) || self->leaving)
    return;

  unknot_session_engine_note_stop (self, reason);
  here = current (self);
  next = self->index + 1;
  while (next < self->segments->len)
    {
      const UnknotSegment *segment = &g_array_index (self->segments, UnknotSegment, next);

      if (segment->step_index != here->step_index || segment->side != here->side ||
          segment->kind == UNKNOT_SEGMENT_SWITCH_SIDES)
        break;
      next++;
    }
  jump_to (self, next, UNKNOT_SEGMENT_SKIPPED);
}

/**
 * unknot_session_engine_get_stops:
 *
 * Returns: (transfer none) (element-type UnknotStopEvent): the stop rules used, in
 *   order (abandon() keeps its reason apart, see get_stop_reason())
 */
GArray *
unknot_session_engine_get_stops (UnknotSessionEngine *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION_ENGINE (self), NULL);

  return self->stops;
}

/**
 * unknot_session_engine_notice_sleep:
 *
 * Pauses a running session because the system is about to sleep (logind's
 * PrepareForSleep). The clocks alone would notice only after waking up.
 */
void
unknot_session_engine_notice_sleep (UnknotSessionEngine *self)
{
  g_return_if_fail (UNKNOT_IS_SESSION_ENGINE (self));
  /* Handlers may drop the last reference to the engine while it emits. */
  g_autoptr(UnknotSessionEngine) hold = g_object_ref (self);

  if (self->state != UNKNOT_SESSION_RUNNING)
    return;

  set_paused_for_sleep (self, TRUE);
  unknot_session_engine_pause (self);
}

/**
 * unknot_session_engine_set_rating:
 * @pain: 0 (none) to 10 (the worst imaginable)
 *
 * Keeps a pain rating; a second one for the same moment and side replaces the first.
 */
void
unknot_session_engine_set_rating (UnknotSessionEngine *self,
                                  UnknotRateWhen       when,
                                  UnknotSide           side,
                                  int                  pain)
{
  UnknotPainRating rating = { when, side, pain };

  g_return_if_fail (UNKNOT_IS_SESSION_ENGINE (self));
  g_return_if_fail (pain >= 0 && pain <= 10);

  for (guint i = 0; i < self->ratings->len; i++)
    {
      UnknotPainRating *known = &g_array_index (self->ratings, UnknotPainRating, i);

      if (known->when == when && known->side == side)
        {
          known->pain = rating.pain;
          return;
        }
    }
  g_array_append_val (self->ratings, rating);
}

/* GObject ------------------------------------------------------------------- */

static void
unknot_session_engine_dispose (GObject *object)
{
  UnknotSessionEngine *self = UNKNOT_SESSION_ENGINE (object);

  if (self->clock != NULL)
    cancel_wakeup (self);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (unknot_session_engine_parent_class)->dispose (object);
}

static void
unknot_session_engine_finalize (GObject *object)
{
  UnknotSessionEngine *self = UNKNOT_SESSION_ENGINE (object);

  g_clear_pointer (&self->routine, unknot_routine_unref);
  g_clear_pointer (&self->known_patterns, g_hash_table_unref);
  g_clear_pointer (&self->segments, g_array_unref);
  g_clear_pointer (&self->records, g_array_unref);
  g_clear_pointer (&self->ratings, g_array_unref);
  g_clear_pointer (&self->stops, g_array_unref);
  g_clear_pointer (&self->events, g_array_unref);
  g_clear_pointer (&self->stop_reason, g_free);

  G_OBJECT_CLASS (unknot_session_engine_parent_class)->finalize (object);
}

static void
unknot_session_engine_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  UnknotSessionEngine *self = UNKNOT_SESSION_ENGINE (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_SEGMENT_INDEX:
      g_value_set_uint (value, self->index);
      break;
    case PROP_PAUSED_FOR_SLEEP:
      g_value_set_boolean (value, self->paused_for_sleep);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_session_engine_class_init (UnknotSessionEngineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = unknot_session_engine_dispose;
  object_class->finalize = unknot_session_engine_finalize;
  object_class->get_property = unknot_session_engine_get_property;

  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       UNKNOT_TYPE_SESSION_STATE, UNKNOT_SESSION_READY,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEGMENT_INDEX] =
    g_param_spec_uint ("segment-index", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAUSED_FOR_SLEEP] =
    g_param_spec_boolean ("paused-for-sleep", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * UnknotSessionEngine::event:
   * @type: an #UnknotSessionEventType
   * @detail: what the event carries (see #UnknotSessionEventType)
   *
   * Something happened that the player shows or the audio plays.
   */
  signals[EVENT] =
    g_signal_new ("event",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2,
                  UNKNOT_TYPE_SESSION_EVENT_TYPE, G_TYPE_UINT);
}

static void
unknot_session_engine_init (UnknotSessionEngine *self)
{
  self->segments = g_array_new (FALSE, TRUE, sizeof (UnknotSegment));
  self->records = g_array_new (FALSE, TRUE, sizeof (UnknotSegmentRecord));
  self->ratings = g_array_new (FALSE, FALSE, sizeof (UnknotPainRating));
  self->stops = g_array_new (FALSE, FALSE, sizeof (UnknotStopEvent));
  self->events = g_array_new (FALSE, FALSE, sizeof (TimedEvent));
}
