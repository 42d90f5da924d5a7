/* unknot-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "unknot-announcer.h"
#include "unknot-clock.h"
#include "unknot-history-store.h"
#include "unknot-safety.h"
#include "unknot-safety-gate.h"
#include "unknot-reminders.h"
#include "unknot-routine-library.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_APPLICATION (unknot_application_get_type ())

G_DECLARE_FINAL_TYPE (UnknotApplication, unknot_application, UNKNOT, APPLICATION, AdwApplication)

UnknotApplication *unknot_application_new          (const char        *application_id,
                                                    GApplicationFlags  flags);
GSettings            *unknot_application_get_settings         (UnknotApplication *self);
UnknotRoutineLibrary *unknot_application_get_library          (UnknotApplication *self);
GPtrArray            *unknot_application_get_library_problems (UnknotApplication *self);
UnknotClock          *unknot_application_get_clock            (UnknotApplication *self);
UnknotAnnouncer      *unknot_application_get_announcer        (UnknotApplication *self);
UnknotHistoryStore   *unknot_application_get_history          (UnknotApplication *self);
UnknotSafety         *unknot_application_get_safety           (UnknotApplication *self);
UnknotReminders      *unknot_application_get_reminders        (UnknotApplication *self);
gboolean              unknot_application_get_safety_gate      (UnknotApplication *self,
                                                               UnknotSafetyGate  *gate);
void                  unknot_application_set_clock            (UnknotApplication *self,
                                                               UnknotClock       *clock);

char                 *unknot_application_get_help_uri         (UnknotApplication *self);

G_END_DECLS
