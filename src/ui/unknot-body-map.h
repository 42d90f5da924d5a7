/* unknot-body-map.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "unknot-anatomy.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_BODY_MAP (unknot_body_map_get_type ())

G_DECLARE_FINAL_TYPE (UnknotBodyMap, unknot_body_map, UNKNOT, BODY_MAP, GtkWidget)

GtkWidget     *unknot_body_map_new                (void);
UnknotAnatomy *unknot_body_map_get_anatomy        (UnknotBodyMap *self);
void           unknot_body_map_set_anatomy        (UnknotBodyMap *self,
                                                   UnknotAnatomy *anatomy);
const char    *unknot_body_map_get_selected_point (UnknotBodyMap *self);
UnknotSide     unknot_body_map_get_selected_side  (UnknotBodyMap *self);
void           unknot_body_map_select_point       (UnknotBodyMap *self,
                                                   const char    *point_id,
                                                   UnknotSide     side);
const char    *unknot_body_map_get_muscle         (UnknotBodyMap *self);
void           unknot_body_map_set_muscle         (UnknotBodyMap *self,
                                                   const char    *muscle_id);
const char    *unknot_body_map_get_marked_area    (UnknotBodyMap *self);
void           unknot_body_map_mark_area          (UnknotBodyMap *self,
                                                   const char    *area_id,
                                                   UnknotSide     side);
gboolean       unknot_body_map_to_grid            (UnknotBodyMap *self,
                                                   double         x,
                                                   double         y,
                                                   UnknotView    *view,
                                                   double        *grid_x,
                                                   double        *grid_y);

G_END_DECLS
