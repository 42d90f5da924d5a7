/* unknot-safety-gate.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "unknot-history-store.h"
#include "unknot-pacing.h"
#include "unknot-routine.h"
#include "unknot-safety.h"

G_BEGIN_DECLS

/**
 * UnknotSafetyGate:
 * @safety: the safety screen's content
 * @settings: where the safety answers are kept
 * @history: (nullable): the sessions done, for the pacing advice
 * @routines: (nullable): the routine library, for the safety check to name what an
 *   answer hides
 *
 * What is looked at before a routine starts.
 */
typedef struct
{
  UnknotSafety       *safety;
  GSettings          *settings;
  UnknotHistoryStore *history;
  GListModel         *routines;
} UnknotSafetyGate;

void                unknot_safety_gate_copy           (UnknotSafetyGate        *dest,
                                                       const UnknotSafetyGate  *src);
void                unknot_safety_gate_clear          (UnknotSafetyGate        *gate);
gboolean            unknot_routine_holds_pressure     (UnknotRoutine           *routine);
UnknotSafetyVerdict unknot_safety_gate_verdict        (const UnknotSafetyGate  *gate,
                                                       UnknotRoutine           *routine,
                                                       GPtrArray               *reasons);
void                unknot_safety_gate_pacing         (const UnknotSafetyGate  *gate,
                                                       UnknotPacing            *pacing);
void                unknot_safety_gate_check_async   (const UnknotSafetyGate  *gate,
                                                       UnknotRoutine           *routine,
                                                       GtkWidget               *parent,
                                                       GAsyncReadyCallback      callback,
                                                       gpointer                 user_data);
gboolean            unknot_safety_gate_check_finish  (GAsyncResult            *result);

G_END_DECLS
