/* unknot-fake-clock.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "unknot-clock.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_FAKE_CLOCK (unknot_fake_clock_get_type ())

G_DECLARE_FINAL_TYPE (UnknotFakeClock, unknot_fake_clock, UNKNOT, FAKE_CLOCK, GObject)

UnknotClock *unknot_fake_clock_new         (void);
void         unknot_fake_clock_advance     (UnknotFakeClock *self,
                                            gint64           microseconds);
gboolean     unknot_fake_clock_advance_to_next_wakeup (UnknotFakeClock *self);
void         unknot_fake_clock_sleep       (UnknotFakeClock *self,
                                            gint64           microseconds);
guint        unknot_fake_clock_get_n_wakeups (UnknotFakeClock *self);

G_END_DECLS
