/* unknot-history-store.h: where finished sessions are kept
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "unknot-safety.h"
#include "unknot-session-log.h"

G_BEGIN_DECLS

#define UNKNOT_HISTORY_ERROR (unknot_history_error_quark ())

typedef enum
{
  UNKNOT_HISTORY_ERROR_NOT_FOUND,  /* no session with that id */
  UNKNOT_HISTORY_ERROR_FAILED,     /* the store could not do it; the message says why */
  UNKNOT_HISTORY_ERROR_CORRUPT,    /* the database is damaged or not a database */
  UNKNOT_HISTORY_ERROR_NEWER,      /* written by a newer Unknot: left as it is */
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
  gboolean    (*add_safety_check)   (UnknotHistoryStore        *self,
                                     const UnknotSafetyAnswers *answers,
                                     GError                   **error);
  GPtrArray * (*list_safety_checks) (UnknotHistoryStore        *self,
                                     GError                   **error);
  gboolean    (*import)             (UnknotHistoryStore        *self,
                                     GPtrArray                 *sessions,
                                     GPtrArray                 *safety_checks,
                                     guint                     *n_added,
                                     GError                   **error);
  gboolean    (*delete_all)         (UnknotHistoryStore        *self,
                                     GError                   **error);
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
gboolean   unknot_history_store_add_safety_check   (UnknotHistoryStore        *self,
                                                    const UnknotSafetyAnswers *answers,
                                                    GError                   **error);
GPtrArray *unknot_history_store_list_safety_checks (UnknotHistoryStore        *self,
                                                    GError                   **error);
gboolean   unknot_history_store_import             (UnknotHistoryStore        *self,
                                                    GPtrArray                 *sessions,
                                                    GPtrArray                 *safety_checks,
                                                    guint                     *n_added,
                                                    GError                   **error);
gboolean   unknot_history_store_delete_all         (UnknotHistoryStore        *self,
                                                    GError                   **error);
gboolean   unknot_session_log_same_session         (const UnknotSessionLog    *a,
                                                    const UnknotSessionLog    *b);

G_END_DECLS
