/* unknot-release-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "unknot-history-store.h"
#include "unknot-routine-library.h"
#include "unknot-safety.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_RELEASE_PAGE (unknot_release_page_get_type ())

G_DECLARE_FINAL_TYPE (UnknotReleasePage, unknot_release_page, UNKNOT, RELEASE_PAGE, GtkWidget)

GtkWidget  *unknot_release_page_new       (UnknotRoutineLibrary *library,
                                           UnknotSafety         *safety,
                                           GSettings            *settings,
                                           UnknotHistoryStore   *history,
                                           UnknotClock          *clock);
void        unknot_release_page_refresh   (UnknotReleasePage    *self);
void        unknot_release_page_select    (UnknotReleasePage    *self,
                                           const char           *point_id,
                                           UnknotSide            sides);
const char *unknot_release_page_get_point (UnknotReleasePage    *self);
UnknotSide  unknot_release_page_get_sides (UnknotReleasePage    *self);

G_END_DECLS
