/* unknot-anatomy-lookup.h: what lies where on the body diagrams
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "unknot-anatomy.h"

G_BEGIN_DECLS

/**
 * UnknotPointMatch:
 * @point: (unowned): a trigger point
 * @score: how much of the pain its referred zones explain, from 0 to 1: the share of
 *   the area its zones cover, a primary zone counting fully and a spillover zone less
 * @primary: whether a primary zone of it covers part of the area
 *
 * A trigger point that may be the source of pain somewhere, for "Where does it hurt?".
 */
typedef struct
{
  const UnknotTriggerPoint *point;
  double                    score;
  gboolean                  primary;
} UnknotPointMatch;

UnknotSide unknot_view_side_at             (UnknotView                view,
                                            double                    x);
double     unknot_view_to_left_side        (UnknotView                view,
                                            double                    x);
double     unknot_view_from_left_side      (UnknotView                view,
                                            UnknotSide                side,
                                            double                    x);
gboolean   unknot_shape_contains           (const UnknotShape        *shape,
                                            double                    x,
                                            double                    y);
void       unknot_shape_get_center         (const UnknotShape        *shape,
                                            double                   *x,
                                            double                   *y);
const UnknotTriggerPoint *
           unknot_anatomy_hit_trigger_point (UnknotAnatomy           *anatomy,
                                            UnknotView                view,
                                            double                    x,
                                            double                    y,
                                            double                    radius,
                                            UnknotSide               *side);
GArray    *unknot_anatomy_match_area       (UnknotAnatomy            *anatomy,
                                            const UnknotShape        *area);
GArray    *unknot_anatomy_match_spot       (UnknotAnatomy            *anatomy,
                                            UnknotView                view,
                                            double                    x,
                                            double                    y);
const UnknotPainArea *
           unknot_anatomy_hit_pain_area    (UnknotAnatomy            *anatomy,
                                            UnknotView                view,
                                            double                    x,
                                            double                    y,
                                            UnknotSide               *side);

G_END_DECLS
