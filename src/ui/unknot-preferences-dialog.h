/* unknot-preferences-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define UNKNOT_TYPE_PREFERENCES_DIALOG (unknot_preferences_dialog_get_type ())

G_DECLARE_FINAL_TYPE (UnknotPreferencesDialog, unknot_preferences_dialog, UNKNOT, PREFERENCES_DIALOG, AdwPreferencesDialog)

UnknotPreferencesDialog *unknot_preferences_dialog_new (void);

G_END_DECLS
