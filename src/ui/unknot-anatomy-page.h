/* unknot-anatomy-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "unknot-anatomy.h"
#include "unknot-body-map.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_ANATOMY_PAGE (unknot_anatomy_page_get_type ())

G_DECLARE_FINAL_TYPE (UnknotAnatomyPage, unknot_anatomy_page, UNKNOT, ANATOMY_PAGE, GtkWidget)

void           unknot_anatomy_page_set_anatomy (UnknotAnatomyPage *self,
                                                UnknotAnatomy     *anatomy);
UnknotBodyMap *unknot_anatomy_page_get_map     (UnknotAnatomyPage *self);
void           unknot_anatomy_page_set_muscle  (UnknotAnatomyPage *self,
                                                const char        *muscle_id);

G_END_DECLS
