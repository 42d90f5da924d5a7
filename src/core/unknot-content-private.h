/* unknot-content-private.h: what the content loaders share beyond their public API
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "unknot-anatomy.h"
#include "unknot-json-checker.h"
#include "unknot-routine.h"
#include "unknot-safety.h"

G_BEGIN_DECLS

/* Bundled content is shown in the user's language. */
extern const UnknotLoadOptions unknot_bundled_options;

UnknotRoutine *unknot_routine_load_with_options            (const char              *data,
                                                            gsize                    length,
                                                            const char              *file_name,
                                                            GHashTable              *known_patterns,
                                                            const UnknotLoadOptions *options,
                                                            GPtrArray               *problems);
GHashTable    *unknot_breathing_patterns_load_with_options (const char              *data,
                                                            gsize                    length,
                                                            const char              *file_name,
                                                            const UnknotLoadOptions *options,
                                                            GPtrArray               *problems);
UnknotAnatomy *unknot_anatomy_load_with_options            (const char              *data,
                                                            gsize                    length,
                                                            const char              *file_name,
                                                            const UnknotLoadOptions *options,
                                                            GPtrArray               *problems);
UnknotSafety  *unknot_safety_load_with_options             (const char              *data,
                                                            gsize                    length,
                                                            const char              *file_name,
                                                            const UnknotLoadOptions *options,
                                                            GPtrArray               *problems);

G_END_DECLS
