/* unknot-countdown-ring.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define UNKNOT_TYPE_COUNTDOWN_RING (unknot_countdown_ring_get_type ())

G_DECLARE_FINAL_TYPE (UnknotCountdownRing, unknot_countdown_ring, UNKNOT, COUNTDOWN_RING, GtkWidget)

GtkWidget *unknot_countdown_ring_new           (void);
GtkWidget *unknot_countdown_ring_get_child     (UnknotCountdownRing *self);
void       unknot_countdown_ring_set_child     (UnknotCountdownRing *self,
                                                GtkWidget           *child);
double     unknot_countdown_ring_get_total     (UnknotCountdownRing *self);
void       unknot_countdown_ring_set_total     (UnknotCountdownRing *self,
                                                double               total);
double     unknot_countdown_ring_get_remaining (UnknotCountdownRing *self);
void       unknot_countdown_ring_set_remaining (UnknotCountdownRing *self,
                                                double               remaining);
gboolean   unknot_countdown_ring_get_paused    (UnknotCountdownRing *self);
void       unknot_countdown_ring_set_paused    (UnknotCountdownRing *self,
                                                gboolean             paused);

G_END_DECLS
