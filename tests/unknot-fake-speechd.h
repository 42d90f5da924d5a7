/* unknot-fake-speechd.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _UnknotFakeSpeechd UnknotFakeSpeechd;

UnknotFakeSpeechd *unknot_fake_speechd_start            (const char        *socket_path);
void               unknot_fake_speechd_stop             (UnknotFakeSpeechd *self);
guint              unknot_fake_speechd_count            (UnknotFakeSpeechd *self,
                                                         const char        *entry);
guint              unknot_fake_speechd_count_prefix     (UnknotFakeSpeechd *self,
                                                         const char        *prefix);
guint              unknot_fake_speechd_get_n_clients    (UnknotFakeSpeechd *self);
gboolean           unknot_fake_speechd_end_message      (UnknotFakeSpeechd *self);
gboolean           unknot_fake_speechd_wait_for         (UnknotFakeSpeechd *self,
                                                         const char        *entry,
                                                         guint              count,
                                                         guint              timeout_ms);
gboolean           unknot_fake_speechd_wait_for_hang_up (UnknotFakeSpeechd *self,
                                                         guint              timeout_ms);

G_END_DECLS
