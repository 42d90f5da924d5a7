/* unknot-memory-history.h: a history kept in memory only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "unknot-history-store.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_MEMORY_HISTORY (unknot_memory_history_get_type ())

G_DECLARE_FINAL_TYPE (UnknotMemoryHistory, unknot_memory_history, UNKNOT, MEMORY_HISTORY, GObject)

UnknotHistoryStore *unknot_memory_history_new (void);

G_END_DECLS
