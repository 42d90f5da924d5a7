/* unknot-safety-store.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "unknot-safety.h"

G_BEGIN_DECLS

UnknotSafetyAnswers *unknot_safety_store_load (GSettings                 *settings);
void                 unknot_safety_store_save (GSettings                 *settings,
                                               const UnknotSafetyAnswers *answers);

G_END_DECLS
