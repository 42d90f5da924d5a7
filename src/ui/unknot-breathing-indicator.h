/* unknot-breathing-indicator.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define UNKNOT_TYPE_BREATHING_INDICATOR (unknot_breathing_indicator_get_type ())

G_DECLARE_FINAL_TYPE (UnknotBreathingIndicator, unknot_breathing_indicator,
                      UNKNOT, BREATHING_INDICATOR, GtkWidget)

GtkWidget  *unknot_breathing_indicator_new             (void);
double      unknot_breathing_indicator_get_fullness    (UnknotBreathingIndicator *self);
void        unknot_breathing_indicator_set_fullness    (UnknotBreathingIndicator *self,
                                                        double                    fullness);
gboolean    unknot_breathing_indicator_get_active      (UnknotBreathingIndicator *self);
void        unknot_breathing_indicator_set_active      (UnknotBreathingIndicator *self,
                                                        gboolean                  active);
const char *unknot_breathing_indicator_get_phase_label (UnknotBreathingIndicator *self);
void        unknot_breathing_indicator_set_phase_label (UnknotBreathingIndicator *self,
                                                        const char               *phase_label);

G_END_DECLS
