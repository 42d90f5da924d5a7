/* unknot-system-clock.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "unknot-clock.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_SYSTEM_CLOCK (unknot_system_clock_get_type ())

G_DECLARE_FINAL_TYPE (UnknotSystemClock, unknot_system_clock, UNKNOT, SYSTEM_CLOCK, GObject)

UnknotClock *unknot_system_clock_new (void);

G_END_DECLS
