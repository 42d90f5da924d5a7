/* unknot-content-check.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

GPtrArray *unknot_routine_check_files     (const char * const *paths);
GPtrArray *unknot_anatomy_check_files     (const char * const *paths);
GPtrArray *unknot_content_check_bundled   (void);
GPtrArray *unknot_content_collect_strings (GPtrArray *problems);

G_END_DECLS
