/* unknot-history-export.h: the history as files the user takes away and brings back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "unknot-history-store.h"

G_BEGIN_DECLS

/* The largest history file read back: ten years of sessions take a few MiB */
#define UNKNOT_HISTORY_MAX_FILE_SIZE (64 * 1024 * 1024)

char     *unknot_history_to_json   (GPtrArray   *sessions,
                                    GPtrArray   *safety_checks,
                                    GDateTime   *exported_at);
char     *unknot_history_to_csv    (GPtrArray   *sessions,
                                    GTimeZone   *zone);
gboolean  unknot_history_from_json (const char  *file_name,
                                    const char  *data,
                                    gsize        length,
                                    GPtrArray  **sessions,
                                    GPtrArray  **safety_checks,
                                    GPtrArray   *problems);

G_END_DECLS
