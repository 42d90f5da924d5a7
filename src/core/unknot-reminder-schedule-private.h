/* unknot-reminder-schedule-private.h: what the tests reach besides the API
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "unknot-reminder-schedule.h"

G_BEGIN_DECLS

/* Where a Flatpak sandbox keeps the name of the host's zone up to date */
#define UNKNOT_REMINDER_SANDBOX_ZONE_FILE "/run/host/monitor/timezone"

GTimeZone *unknot_reminder_load_local_zone (const char *tz,
                                            const char *zone_name_file);

G_END_DECLS
