/* unknot-segment-text.h: what the player says and shows about a segment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "unknot-safety.h"
#include "unknot-session-engine.h"

G_BEGIN_DECLS

const char *unknot_side_get_label              (UnknotSide           side);
char       *unknot_segment_get_title           (const UnknotSegment *segment);
char       *unknot_segment_describe_round      (const UnknotSegment *segment);
char       *unknot_segment_describe_next       (const UnknotSegment *segment);
char       *unknot_segment_describe_for_speech (const UnknotSegment *segment);
char       *unknot_segment_describe_for_voice  (const UnknotSegment *segment);
const char *unknot_segment_get_continue_label  (const UnknotSegment *segment);
char       *unknot_describe_stop_reason        (const char          *reason,
                                                UnknotSafety        *safety);
char       *unknot_format_countdown            (gint64               remaining,
                                                gint64               duration);

G_END_DECLS
