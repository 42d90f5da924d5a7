/* unknot-cue-player.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "unknot-routine.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_CUE_PLAYER (unknot_cue_player_get_type ())

G_DECLARE_FINAL_TYPE (UnknotCuePlayer, unknot_cue_player, UNKNOT, CUE_PLAYER, GObject)

UnknotCuePlayer *unknot_cue_player_new                    (void);
UnknotCuePlayer *unknot_cue_player_new_with_sink          (const char      *sink_description);
gboolean         unknot_cue_player_play                   (UnknotCuePlayer *self,
                                                           UnknotCue        cue);
gboolean         unknot_cue_player_get_playing            (UnknotCuePlayer *self);
gboolean         unknot_cue_player_get_prepared           (UnknotCuePlayer *self);
gboolean         unknot_cue_player_get_available          (UnknotCuePlayer *self);
const char      *unknot_cue_player_get_unavailable_reason (UnknotCuePlayer *self);
double           unknot_cue_player_get_volume             (UnknotCuePlayer *self);
void             unknot_cue_player_set_volume             (UnknotCuePlayer *self,
                                                           double           volume);
gboolean         unknot_cue_player_get_cue_enabled        (UnknotCuePlayer *self,
                                                           UnknotCue        cue);
void             unknot_cue_player_set_cue_enabled        (UnknotCuePlayer *self,
                                                           UnknotCue        cue,
                                                           gboolean         enabled);

G_END_DECLS
