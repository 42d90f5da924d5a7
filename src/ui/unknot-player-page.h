/* unknot-player-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "unknot-session-engine.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_PLAYER_PAGE (unknot_player_page_get_type ())

G_DECLARE_FINAL_TYPE (UnknotPlayerPage, unknot_player_page, UNKNOT, PLAYER_PAGE, AdwNavigationPage)

UnknotPlayerPage    *unknot_player_page_new        (UnknotRoutine    *routine,
                                                    GHashTable       *known_patterns,
                                                    UnknotClock      *clock,
                                                    guint             first_step,
                                                    UnknotSide        sides);
UnknotSessionEngine *unknot_player_page_get_engine (UnknotPlayerPage *self);
void                 unknot_player_page_use_stop_rule (UnknotPlayerPage *self,
                                                       const char       *rule_id);

G_END_DECLS
