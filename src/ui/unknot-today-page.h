/* unknot-today-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "unknot-safety-gate.h"
#include "unknot-today.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_TODAY_PAGE (unknot_today_page_get_type ())

G_DECLARE_FINAL_TYPE (UnknotTodayPage, unknot_today_page, UNKNOT, TODAY_PAGE, AdwBin)

void               unknot_today_page_set_gate   (UnknotTodayPage        *self,
                                                 const UnknotSafetyGate *gate);
void               unknot_today_page_refresh    (UnknotTodayPage        *self);
const UnknotToday *unknot_today_page_get_today  (UnknotTodayPage        *self);
GPtrArray         *unknot_today_compute         (const UnknotSafetyGate *gate,
                                                 const char             *today,
                                                 UnknotToday            *out,
                                                 gboolean               *pressure_allowed);

G_END_DECLS
