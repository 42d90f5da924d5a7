/* unknot-safety-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "unknot-safety.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_SAFETY_DIALOG (unknot_safety_dialog_get_type ())

G_DECLARE_FINAL_TYPE (UnknotSafetyDialog, unknot_safety_dialog, UNKNOT, SAFETY_DIALOG, AdwDialog)

AdwDialog    *unknot_safety_dialog_new          (UnknotSafety       *safety,
                                                 GSettings          *settings);
UnknotSafety *unknot_safety_dialog_get_safety   (UnknotSafetyDialog *self);
GSettings    *unknot_safety_dialog_get_settings (UnknotSafetyDialog *self);
GListModel   *unknot_safety_dialog_get_routines (UnknotSafetyDialog *self);
void          unknot_safety_dialog_set_routines (UnknotSafetyDialog *self,
                                                 GListModel         *routines);

G_END_DECLS
