/* unknot-announcer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "unknot-cue-player.h"
#include "unknot-speaker.h"

G_BEGIN_DECLS

/* The time in microseconds, on a monotonic clock: g_get_monotonic_time() by default. */
typedef gint64 (*UnknotAnnouncerClock) (gpointer user_data);

#define UNKNOT_TYPE_ANNOUNCER (unknot_announcer_get_type ())

G_DECLARE_FINAL_TYPE (UnknotAnnouncer, unknot_announcer, UNKNOT, ANNOUNCER, GObject)

UnknotAnnouncer *unknot_announcer_new               (UnknotCuePlayer      *player,
                                                     UnknotSpeaker        *speaker);
UnknotCuePlayer *unknot_announcer_get_player        (UnknotAnnouncer      *self);
UnknotSpeaker   *unknot_announcer_get_speaker       (UnknotAnnouncer      *self);
void             unknot_announcer_set_clock         (UnknotAnnouncer      *self,
                                                     UnknotAnnouncerClock  clock,
                                                     gpointer              user_data);
gboolean         unknot_announcer_get_voice_enabled (UnknotAnnouncer      *self);
void             unknot_announcer_set_voice_enabled (UnknotAnnouncer      *self,
                                                     gboolean              voice_enabled);
void             unknot_announcer_cue               (UnknotAnnouncer      *self,
                                                     UnknotCue             cue);
void             unknot_announcer_say               (UnknotAnnouncer      *self,
                                                     const char           *text);
void             unknot_announcer_clear             (UnknotAnnouncer      *self);

G_END_DECLS
