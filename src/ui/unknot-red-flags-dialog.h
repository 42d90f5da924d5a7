/* unknot-red-flags-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "unknot-safety.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_RED_FLAGS_DIALOG (unknot_red_flags_dialog_get_type ())

G_DECLARE_FINAL_TYPE (UnknotRedFlagsDialog, unknot_red_flags_dialog, UNKNOT, RED_FLAGS_DIALOG, AdwDialog)

AdwDialog    *unknot_red_flags_dialog_new        (UnknotSafety         *safety);
UnknotSafety *unknot_red_flags_dialog_get_safety (UnknotRedFlagsDialog *self);

G_END_DECLS
