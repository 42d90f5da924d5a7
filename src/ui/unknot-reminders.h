/* unknot-reminders.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "unknot-safety-gate.h"

G_BEGIN_DECLS

/* The wall clock, in the zone in force now; tests pass their own */
typedef GDateTime *(*UnknotWallClockFunc) (gpointer user_data);

#define UNKNOT_TYPE_REMINDERS (unknot_reminders_get_type ())

G_DECLARE_FINAL_TYPE (UnknotReminders, unknot_reminders, UNKNOT, REMINDERS, GObject)

UnknotReminders *unknot_reminders_new            (GApplication           *application,
                                                  const UnknotSafetyGate *gate);
void             unknot_reminders_check          (UnknotReminders        *self);
void             unknot_reminders_snooze         (UnknotReminders        *self,
                                                  const char             *key);
const char      *unknot_reminders_get_status     (UnknotReminders        *self);
void             unknot_reminders_set_wall_clock (UnknotReminders        *self,
                                                  UnknotWallClockFunc     func,
                                                  gpointer                user_data);

G_END_DECLS
