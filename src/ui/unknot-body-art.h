/* unknot-body-art.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  UNKNOT_ART_MIRROR_NONE,
  UNKNOT_ART_MIRROR_HORIZONTAL,   /* left and right swap: a view from the front */
  UNKNOT_ART_MIRROR_VERTICAL,     /* top and bottom swap: lying, head on the left, from above */
} UnknotArtMirror;

#define UNKNOT_TYPE_BODY_ART (unknot_body_art_get_type ())

G_DECLARE_FINAL_TYPE (UnknotBodyArt, unknot_body_art, UNKNOT, BODY_ART, GObject)

UnknotBodyArt *unknot_body_art_new_from_data     (const char       *data,
                                                  gssize            length,
                                                  GError          **error);
UnknotBodyArt *unknot_body_art_new_from_resource (const char       *path,
                                                  GError          **error);
guint          unknot_body_art_get_n_paths       (UnknotBodyArt    *self);
const char    *unknot_body_art_get_id            (UnknotBodyArt    *self,
                                                  guint             index);
GskPath       *unknot_body_art_get_path          (UnknotBodyArt    *self,
                                                  guint             index);
GskPath       *unknot_body_art_lookup            (UnknotBodyArt    *self,
                                                  const char       *id);
UnknotArtMirror unknot_body_art_get_mirror       (UnknotBodyArt    *self);
gboolean       unknot_body_art_get_view_box      (UnknotBodyArt    *self,
                                                  graphene_rect_t  *view_box);

G_END_DECLS
