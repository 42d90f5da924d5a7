/* unknot-breathing-indicator-private.h: what the tests measure of the breathing indicator
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "unknot-breathing-indicator.h"

G_BEGIN_DECLS

guint  unknot_breathing_indicator_get_draw_count (UnknotBreathingIndicator *self);
double unknot_breathing_indicator_get_radius     (UnknotBreathingIndicator *self,
                                                  double                    fullness);

G_END_DECLS
