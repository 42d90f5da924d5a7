/* unknot-json-scan.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  guint line;
  guint column;
} UnknotJsonPosition;

typedef struct _UnknotJsonScan UnknotJsonScan;

gboolean        unknot_json_check_depth           (const char       *data,
                                                   gsize             length,
                                                   guint             max_depth,
                                                   UnknotJsonPosition *where);

UnknotJsonScan *unknot_json_scan_new              (const char       *data,
                                                   gsize             length);
void            unknot_json_scan_free             (UnknotJsonScan   *scan);
gboolean        unknot_json_scan_lookup           (UnknotJsonScan   *scan,
                                                   const char       *path,
                                                   UnknotJsonPosition *position);
guint           unknot_json_scan_get_n_duplicates (UnknotJsonScan   *scan);
const char     *unknot_json_scan_get_duplicate    (UnknotJsonScan   *scan,
                                                   guint             index,
                                                   UnknotJsonPosition *position);

void            unknot_json_path_append_member    (GString          *path,
                                                   const char       *name);
void            unknot_json_path_append_index     (GString          *path,
                                                   guint             index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (UnknotJsonScan, unknot_json_scan_free)

G_END_DECLS
