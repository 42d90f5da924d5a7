/* unknot-illustration.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "unknot-body-art.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_ILLUSTRATION (unknot_illustration_get_type ())

G_DECLARE_FINAL_TYPE (UnknotIllustration, unknot_illustration, UNKNOT, ILLUSTRATION, GtkWidget)

GtkWidget *unknot_illustration_new          (void);
gboolean   unknot_illustration_set_resource (UnknotIllustration  *self,
                                             const char          *resource_path,
                                             GError             **error);
gboolean   unknot_illustration_has_picture  (UnknotIllustration  *self);
void       unknot_illustration_set_right_side (UnknotIllustration *self,
                                               gboolean            right_side);
UnknotArtMirror unknot_illustration_get_flip  (UnknotIllustration  *self);

G_END_DECLS
