/* unknot-speaker.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define UNKNOT_TYPE_SPEAKER (unknot_speaker_get_type ())

G_DECLARE_FINAL_TYPE (UnknotSpeaker, unknot_speaker, UNKNOT, SPEAKER, GObject)

UnknotSpeaker *unknot_speaker_new                    (void);
void           unknot_speaker_connect_async          (UnknotSpeaker        *self,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
gboolean       unknot_speaker_connect_finish         (UnknotSpeaker        *self,
                                                      GAsyncResult         *result,
                                                      GError              **error);
gboolean       unknot_speaker_get_available          (UnknotSpeaker        *self);
const char    *unknot_speaker_get_unavailable_reason (UnknotSpeaker        *self);
gboolean       unknot_speaker_get_speaking           (UnknotSpeaker        *self);
gboolean       unknot_speaker_say                    (UnknotSpeaker        *self,
                                                      const char           *text);
void           unknot_speaker_cancel                 (UnknotSpeaker        *self);

G_END_DECLS
