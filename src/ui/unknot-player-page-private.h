/* unknot-player-page-private.h: what the tests look at inside the player
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "unknot-player-page.h"

G_BEGIN_DECLS

gboolean unknot_player_page_is_inhibiting (UnknotPlayerPage *self);
gboolean unknot_player_page_is_ticking    (UnknotPlayerPage *self);

G_END_DECLS
