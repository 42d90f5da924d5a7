/* unknot-history-store.h: where finished sessions are kept
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "unknot-session-log.h"

G_BEGIN_DECLS

#define UNKNOT_HISTORY_ERROR (unknot_history_error_quark ())

typedef enum
{
  UNKNOT_HISTORY_ERROR_NOT_FOUND,  /* no session with that id */
  UNKNOT_HISTORY_ERROR_FAILED,     /* the store could not do it; the message says why */
} UnknotHistoryError;

GQuark unknot_history_error_quark (void);

#define UNKNOT_TYPE_HISTORY_STORE (unknot_history_store_get_type ())

G_DECLARE_INTERFACE (UnknotHistoryStore, unknot_history_store, UNKNOT, HISTORY_STORE, GObject)

struct _UnknotHistoryStoreInterface
{
  GTypeInterface parent_iface;

  gboolean    (*is_persistent) (UnknotHistoryStore *self);
  gboolean    (*save)          (UnknotHistoryStore *self,
                                UnknotSessionLog   *log,
                                GError            **error);
  gboolean    (*set_note)      (UnknotHistoryStore *self,
                                gint64              id,
                                const char         *note,
                                GError            **error);
  GPtrArray * (*list_since)    (UnknotHistoryStore *self,
                                const char         *from_date,
                                GError            **error);
};

gboolean   unknot_history_store_is_persistent (UnknotHistoryStore *self);
gboolean   unknot_history_store_save          (UnknotHistoryStore *self,
                                               UnknotSessionLog   *log,
                                               GError            **error);
gboolean   unknot_history_store_set_note      (UnknotHistoryStore *self,
                                               gint64              id,
                                               const char         *note,
                                               GError            **error);
GPtrArray *unknot_history_store_list_since    (UnknotHistoryStore *self,
                                               const char         *from_date,
                                               GError            **error);

G_END_DECLS
