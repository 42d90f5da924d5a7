/* unknot-countdown-ring-private.h: what the tests measure of the countdown ring
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "unknot-countdown-ring.h"

G_BEGIN_DECLS

guint  unknot_countdown_ring_get_draw_count       (UnknotCountdownRing *self);
guint  unknot_countdown_ring_get_value_text_count (UnknotCountdownRing *self);
double unknot_countdown_ring_get_arc_radius       (UnknotCountdownRing *self);

G_END_DECLS
