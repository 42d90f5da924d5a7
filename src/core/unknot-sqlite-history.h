/* unknot-sqlite-history.h: the history kept in a SQLite database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "unknot-history-store.h"

G_BEGIN_DECLS

/* The schema this Unknot writes; older databases are brought up to it on open */
#define UNKNOT_SQLITE_HISTORY_SCHEMA 1

#define UNKNOT_TYPE_SQLITE_HISTORY (unknot_sqlite_history_get_type ())

G_DECLARE_FINAL_TYPE (UnknotSqliteHistory, unknot_sqlite_history, UNKNOT, SQLITE_HISTORY, GObject)

UnknotHistoryStore *unknot_sqlite_history_open          (const char  *path,
                                                         char       **moved_aside,
                                                         GError     **error);
const char         *unknot_sqlite_history_get_path      (UnknotSqliteHistory *self);
gboolean            unknot_sqlite_history_apply_schema  (const char  *path,
                                                         int          version,
                                                         GError     **error);

G_END_DECLS
