/* unknot-routine-loader.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "unknot-problem.h"
#include "unknot-routine.h"

G_BEGIN_DECLS

/* Limits for files from outside (docs/routine-format.md) */
#define UNKNOT_ROUTINE_MAX_FILE_SIZE   (1024 * 1024)
#define UNKNOT_ROUTINE_MAX_DEPTH       16
#define UNKNOT_ROUTINE_MAX_STRING      4000
#define UNKNOT_ROUTINE_MAX_STEPS       200
#define UNKNOT_ROUTINE_MAX_PROMPTS     20
#define UNKNOT_ROUTINE_FORMAT          1

UnknotRoutine *unknot_routine_load_from_data           (const char  *data,
                                                        gsize        length,
                                                        const char  *file_name,
                                                        GHashTable  *known_patterns,
                                                        GPtrArray   *problems);
UnknotRoutine *unknot_routine_load_from_file           (GFile       *file,
                                                        const char  *file_name,
                                                        GHashTable  *known_patterns,
                                                        GPtrArray   *problems);
GHashTable    *unknot_breathing_patterns_load_from_data (const char *data,
                                                        gsize        length,
                                                        const char  *file_name,
                                                        GPtrArray   *problems);
GHashTable    *unknot_breathing_patterns_load_bundled  (GPtrArray   *problems);

G_END_DECLS
