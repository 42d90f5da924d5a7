/* unknot-breathing-pacer.c: where a breathing pattern is at a given moment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "unknot-pacer"

#include "config.h"

#include <math.h>

#include "unknot-breathing-pacer.h"

/* Seconds: far below anything a breath can show, far above rounding errors */
#define PHASE_EPSILON 1e-9

/**
 * unknot_breathing_pattern_get_cycle:
 *
 * Returns: how long one breath of @pattern lasts, in seconds
 */
double
unknot_breathing_pattern_get_cycle (const UnknotBreathingPattern *pattern)
{
  g_return_val_if_fail (pattern != NULL, 0.0);

  return pattern->inhale + pattern->hold_in + pattern->exhale + pattern->hold_out;
}

static double
phase_length (const UnknotBreathingPattern *pattern,
              UnknotBreathPhase             phase)
{
  switch (phase)
    {
    case UNKNOT_BREATH_IN:       return pattern->inhale;
    case UNKNOT_BREATH_HOLD_IN:  return pattern->hold_in;
    case UNKNOT_BREATH_OUT:      return pattern->exhale;
    case UNKNOT_BREATH_HOLD_OUT: return pattern->hold_out;
    default:                     g_assert_not_reached ();
    }
}

/**
 * unknot_breathing_pacer_at:
 * @pattern: a breathing pattern
 * @elapsed: seconds since the first breath began; negative counts as 0
 * @state: (out caller-allocates): where the pattern is at @elapsed
 *
 * A pure function of the pattern and the time: callers keep the start time and ask
 * again whenever they need to, so the pace never drifts. Phases of zero length are
 * skipped; the moment a phase ends belongs to the next phase.
 */
void
unknot_breathing_pacer_at (const UnknotBreathingPattern *pattern,
                           double                        elapsed,
                           UnknotBreathState            *state)
{
  double cycle, within;

  g_return_if_fail (pattern != NULL);
  g_return_if_fail (state != NULL);

  cycle = unknot_breathing_pattern_get_cycle (pattern);
  if (!(elapsed > 0.0))
    elapsed = 0.0;

  *state = (UnknotBreathState) { UNKNOT_BREATH_IN, 0.0, pattern->inhale, 0.0, 0 };
  if (!(cycle > 0.0))
    return;

  state->breath = (guint) floor (elapsed / cycle);
  within = elapsed - state->breath * cycle;

  for (UnknotBreathPhase phase = UNKNOT_BREATH_IN; phase <= UNKNOT_BREATH_HOLD_OUT; phase++)
    {
      double length = phase_length (pattern, phase);

      /* A hair short of the end of a phase (rounding) counts as its end. */
      if (within < length - PHASE_EPSILON || phase == UNKNOT_BREATH_HOLD_OUT)
        {
          state->phase = phase;
          state->progress = length > 0.0 ? CLAMP (within / length, 0.0, 1.0) : 1.0;
          state->phase_remaining = MAX (length - within, 0.0);
          break;
        }
      within -= length;
    }

  /* The last phase may have length 0 and be reached by rounding: it is the start of
   * the next breath then. */
  if (state->phase == UNKNOT_BREATH_HOLD_OUT && state->phase_remaining <= PHASE_EPSILON)
    {
      state->breath++;
      state->phase = UNKNOT_BREATH_IN;
      state->progress = 0.0;
      state->phase_remaining = pattern->inhale;
    }

  switch (state->phase)
    {
    case UNKNOT_BREATH_IN:       state->fullness = state->progress; break;
    case UNKNOT_BREATH_HOLD_IN:  state->fullness = 1.0; break;
    case UNKNOT_BREATH_OUT:      state->fullness = 1.0 - state->progress; break;
    case UNKNOT_BREATH_HOLD_OUT: state->fullness = 0.0; break;
    default:                     g_assert_not_reached ();
    }
}

/**
 * unknot_breathing_pacer_next_change:
 * @pattern: a breathing pattern
 * @elapsed: seconds since the first breath began
 *
 * Returns: the elapsed time, in seconds, at which the next phase after @elapsed begins
 */
double
unknot_breathing_pacer_next_change (const UnknotBreathingPattern *pattern,
                                    double                        elapsed)
{
  UnknotBreathState state;

  g_return_val_if_fail (pattern != NULL, G_MAXDOUBLE);

  if (!(unknot_breathing_pattern_get_cycle (pattern) > 0.0))
    return G_MAXDOUBLE;

  unknot_breathing_pacer_at (pattern, elapsed, &state);
  return MAX (elapsed, 0.0) + state.phase_remaining;
}

const char *
unknot_breath_phase_to_string (UnknotBreathPhase phase)
{
  switch (phase)
    {
    case UNKNOT_BREATH_IN:       return "in";
    case UNKNOT_BREATH_HOLD_IN:  return "hold-in";
    case UNKNOT_BREATH_OUT:      return "out";
    case UNKNOT_BREATH_HOLD_OUT: return "hold-out";
    default:                     g_return_val_if_reached (NULL);
    }
}
