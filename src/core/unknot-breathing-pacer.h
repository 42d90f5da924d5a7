/* unknot-breathing-pacer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "unknot-routine.h"

G_BEGIN_DECLS

typedef enum
{
  UNKNOT_BREATH_IN,
  UNKNOT_BREATH_HOLD_IN,
  UNKNOT_BREATH_OUT,
  UNKNOT_BREATH_HOLD_OUT,
} UnknotBreathPhase;

/**
 * UnknotBreathState:
 * @phase: the phase of the breath at that moment
 * @progress: how far into @phase, from 0 to 1
 * @phase_remaining: seconds left in @phase
 * @fullness: how full the lungs are meant to be, from 0 (empty) to 1 (full); what a
 *   breathing indicator shows as its size
 * @breath: which breath it is, counted from 0
 *
 * Where a breathing pattern is at one moment.
 */
typedef struct
{
  UnknotBreathPhase phase;
  double            progress;
  double            phase_remaining;
  double            fullness;
  guint             breath;
} UnknotBreathState;

double      unknot_breathing_pattern_get_cycle (const UnknotBreathingPattern *pattern);
void        unknot_breathing_pacer_at          (const UnknotBreathingPattern *pattern,
                                                double                        elapsed,
                                                UnknotBreathState            *state);
double      unknot_breathing_pacer_next_change (const UnknotBreathingPattern *pattern,
                                                double                        elapsed);
const char *unknot_breath_phase_to_string      (UnknotBreathPhase             phase);

G_END_DECLS
