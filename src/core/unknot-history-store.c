/* unknot-history-store.c: where finished sessions are kept
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The player hands every finished or stopped session to a store, and the pages that
 * look back (pacing advice, Today, Progress) read from it. The interface keeps them
 * apart from how the sessions are kept: in memory (unknot-memory-history.c) or on disk.
 */

#define G_LOG_DOMAIN "unknot-history"

#include "config.h"

#include "unknot-history-store.h"

G_DEFINE_QUARK (unknot-history-error-quark, unknot_history_error)

G_DEFINE_INTERFACE (UnknotHistoryStore, unknot_history_store, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
unknot_history_store_default_init (UnknotHistoryStoreInterface *iface)
{
  /**
   * UnknotHistoryStore::changed:
   *
   * Emitted after the kept sessions changed: one saved, a note changed, sessions
   * imported or deleted. The pages that look back read the history again.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_INTERFACE (iface),
                                   G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

/**
 * unknot_history_store_is_persistent:
 *
 * Returns: whether what is saved outlives the app (the summary tells the user when not)
 */
gboolean
unknot_history_store_is_persistent (UnknotHistoryStore *self)
{
  g_return_val_if_fail (UNKNOT_IS_HISTORY_STORE (self), FALSE);

  return UNKNOT_HISTORY_STORE_GET_IFACE (self)->is_persistent (self);
}

/**
 * unknot_history_store_save:
 * @log: a session not saved yet (its id is 0); on success its id is set
 *
 * Keeps the session, all of it or nothing, and emits #UnknotHistoryStore::changed.
 */
gboolean
unknot_history_store_save (UnknotHistoryStore *self,
                           UnknotSessionLog   *log,
                           GError            **error)
{
  g_return_val_if_fail (UNKNOT_IS_HISTORY_STORE (self), FALSE);
  g_return_val_if_fail (log != NULL && log->id == 0, FALSE);
  g_return_val_if_fail (log->routine_id != NULL && log->local_date[0] != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!UNKNOT_HISTORY_STORE_GET_IFACE (self)->save (self, log, error))
    return FALSE;
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/**
 * unknot_history_store_set_note:
 * @note: (nullable): the new note; %NULL or blank removes it
 *
 * Changes the note of a saved session, and emits #UnknotHistoryStore::changed.
 */
gboolean
unknot_history_store_set_note (UnknotHistoryStore *self,
                               gint64              id,
                               const char         *note,
                               GError            **error)
{
  g_return_val_if_fail (UNKNOT_IS_HISTORY_STORE (self), FALSE);
  g_return_val_if_fail (id > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!UNKNOT_HISTORY_STORE_GET_IFACE (self)->set_note (self, id, note, error))
    return FALSE;
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/**
 * unknot_history_store_list_since:
 * @from_date: the first local date wanted, YYYY-MM-DD
 *
 * Returns: (transfer container) (element-type UnknotSessionLog): the sessions that
 *   began on that day or later, oldest first; %NULL with @error set on failure
 */
GPtrArray *
unknot_history_store_list_since (UnknotHistoryStore *self,
                                 const char         *from_date,
                                 GError            **error)
{
  g_return_val_if_fail (UNKNOT_IS_HISTORY_STORE (self), NULL);
  g_return_val_if_fail (from_date != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return UNKNOT_HISTORY_STORE_GET_IFACE (self)->list_since (self, from_date, error);
}

/**
 * unknot_history_store_add_safety_check:
 * @answers: the answers just given, with the time they were given
 *
 * Keeps a record of a safety check. The answers in force live in the settings; the
 * history keeps every check, so the user's data holds when they said what.
 */
gboolean
unknot_history_store_add_safety_check (UnknotHistoryStore        *self,
                                       const UnknotSafetyAnswers *answers,
                                       GError                   **error)
{
  g_return_val_if_fail (UNKNOT_IS_HISTORY_STORE (self), FALSE);
  g_return_val_if_fail (answers != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!UNKNOT_HISTORY_STORE_GET_IFACE (self)->add_safety_check (self, answers, error))
    return FALSE;
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/**
 * unknot_history_store_list_safety_checks:
 *
 * Returns: (transfer container) (element-type UnknotSafetyAnswers): every safety
 *   check kept, oldest first; %NULL with @error set on failure
 */
GPtrArray *
unknot_history_store_list_safety_checks (UnknotHistoryStore *self,
                                         GError            **error)
{
  g_return_val_if_fail (UNKNOT_IS_HISTORY_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return UNKNOT_HISTORY_STORE_GET_IFACE (self)->list_safety_checks (self, error);
}

/**
 * unknot_history_store_import:
 * @sessions: (element-type UnknotSessionLog): sessions read from an export; their ids
 *   are not looked at
 * @safety_checks: (element-type UnknotSafetyAnswers) (nullable): safety checks from it
 * @n_added: (out) (optional): how many sessions were new
 *
 * Adds what the history does not have yet, all of it or nothing. A session is the same
 * as one kept when it is of the same routine and began at the same microsecond (see
 * unknot_session_log_same_session()), so importing a file twice adds nothing the
 * second time.
 */
gboolean
unknot_history_store_import (UnknotHistoryStore *self,
                             GPtrArray          *sessions,
                             GPtrArray          *safety_checks,
                             guint              *n_added,
                             GError            **error)
{
  guint added = 0;

  g_return_val_if_fail (UNKNOT_IS_HISTORY_STORE (self), FALSE);
  g_return_val_if_fail (sessions != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!UNKNOT_HISTORY_STORE_GET_IFACE (self)->import (self, sessions, safety_checks, &added, error))
    return FALSE;
  if (n_added != NULL)
    *n_added = added;
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/**
 * unknot_history_store_delete_all:
 *
 * Forgets every session and safety check, for good.
 */
gboolean
unknot_history_store_delete_all (UnknotHistoryStore *self,
                                 GError            **error)
{
  g_return_val_if_fail (UNKNOT_IS_HISTORY_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!UNKNOT_HISTORY_STORE_GET_IFACE (self)->delete_all (self, error))
    return FALSE;
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/**
 * unknot_session_log_same_session:
 *
 * Returns: whether @a and @b record the same session: the same routine, begun at the
 *   same microsecond. Imports use it to leave out what is kept already.
 */
gboolean
unknot_session_log_same_session (const UnknotSessionLog *a,
                                 const UnknotSessionLog *b)
{
  return a->started_at == b->started_at && g_strcmp0 (a->routine_id, b->routine_id) == 0;
}
