/* unknot-pain-scale.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define UNKNOT_TYPE_PAIN_SCALE (unknot_pain_scale_get_type ())

G_DECLARE_FINAL_TYPE (UnknotPainScale, unknot_pain_scale, UNKNOT, PAIN_SCALE, GtkWidget)

GtkWidget  *unknot_pain_scale_new       (const char      *title);
int         unknot_pain_scale_get_value (UnknotPainScale *self);
void        unknot_pain_scale_set_value (UnknotPainScale *self,
                                         int              value);

G_END_DECLS
