/* unknot-memory-history.c: a history kept in memory only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sessions live as long as the app: what the pacing advice needs within a day, and
 * what the tests use. It keeps copies, so a caller changing its log afterwards changes
 * nothing here, as with a store on disk.
 */

#define G_LOG_DOMAIN "unknot-history"

#include "config.h"

#include <string.h>

#include "unknot-memory-history.h"

struct _UnknotMemoryHistory
{
  GObject    parent_instance;

  GPtrArray *sessions;       /* UnknotSessionLog, in the order saved */
  GPtrArray *safety_checks;  /* UnknotSafetyAnswers, in the order saved */
  gint64     last_id;
};

static void history_store_iface_init (UnknotHistoryStoreInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (UnknotMemoryHistory, unknot_memory_history, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (UNKNOT_TYPE_HISTORY_STORE, history_store_iface_init))

static gboolean
memory_is_persistent (UnknotHistoryStore *store)
{
  return FALSE;
}

static gboolean
memory_save (UnknotHistoryStore *store,
             UnknotSessionLog   *log,
             GError            **error)
{
  UnknotMemoryHistory *self = UNKNOT_MEMORY_HISTORY (store);
  UnknotSessionLog *copy = unknot_session_log_copy (log);

  copy->id = ++self->last_id;
  g_ptr_array_add (self->sessions, copy);
  log->id = copy->id;

  return TRUE;
}

static gboolean
memory_set_note (UnknotHistoryStore *store,
                 gint64              id,
                 const char         *note,
                 GError            **error)
{
  UnknotMemoryHistory *self = UNKNOT_MEMORY_HISTORY (store);

  for (guint i = 0; i < self->sessions->len; i++)
    {
      UnknotSessionLog *log = g_ptr_array_index (self->sessions, i);

      if (log->id == id)
        {
          unknot_session_log_set_note (log, note);
          return TRUE;
        }
    }

  g_set_error (error, UNKNOT_HISTORY_ERROR, UNKNOT_HISTORY_ERROR_NOT_FOUND,
               "No session %" G_GINT64_FORMAT " in the history", id);
  return FALSE;
}

static int
compare_started (gconstpointer a,
                 gconstpointer b)
{
  const UnknotSessionLog *x = *(UnknotSessionLog * const *) a;
  const UnknotSessionLog *y = *(UnknotSessionLog * const *) b;

  if (x->started_at != y->started_at)
    return x->started_at < y->started_at ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

static GPtrArray *
memory_list_since (UnknotHistoryStore *store,
                   const char         *from_date,
                   GError            **error)
{
  UnknotMemoryHistory *self = UNKNOT_MEMORY_HISTORY (store);
  GPtrArray *found = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_session_log_unref);

  for (guint i = 0; i < self->sessions->len; i++)
    {
      UnknotSessionLog *log = g_ptr_array_index (self->sessions, i);

      if (strcmp (log->local_date, from_date) >= 0)
        g_ptr_array_add (found, unknot_session_log_copy (log));
    }
  g_ptr_array_sort (found, compare_started);

  return found;
}

static gboolean
memory_add_safety_check (UnknotHistoryStore        *store,
                         const UnknotSafetyAnswers *answers,
                         GError                   **error)
{
  UnknotMemoryHistory *self = UNKNOT_MEMORY_HISTORY (store);

  g_ptr_array_add (self->safety_checks, unknot_safety_answers_copy (answers));
  return TRUE;
}

static GPtrArray *
memory_list_safety_checks (UnknotHistoryStore *store,
                           GError            **error)
{
  UnknotMemoryHistory *self = UNKNOT_MEMORY_HISTORY (store);
  GPtrArray *found = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_safety_answers_free);

  for (guint i = 0; i < self->safety_checks->len; i++)
    g_ptr_array_add (found, unknot_safety_answers_copy (g_ptr_array_index (self->safety_checks, i)));
  return found;
}

static gboolean
memory_has_session (UnknotMemoryHistory    *self,
                    const UnknotSessionLog *log)
{
  for (guint i = 0; i < self->sessions->len; i++)
    if (unknot_session_log_same_session (g_ptr_array_index (self->sessions, i), log))
      return TRUE;
  return FALSE;
}

static gboolean
memory_has_safety_check (UnknotMemoryHistory       *self,
                         const UnknotSafetyAnswers *answers)
{
  gint64 at = unknot_safety_answers_get_answered_at (answers);

  for (guint i = 0; i < self->safety_checks->len; i++)
    if (unknot_safety_answers_get_answered_at (g_ptr_array_index (self->safety_checks, i)) == at)
      return TRUE;
  return FALSE;
}

static gboolean
memory_import (UnknotHistoryStore *store,
               GPtrArray          *sessions,
               GPtrArray          *safety_checks,
               guint              *n_added,
               GError            **error)
{
  UnknotMemoryHistory *self = UNKNOT_MEMORY_HISTORY (store);

  for (guint i = 0; i < sessions->len; i++)
    {
      UnknotSessionLog *log = g_ptr_array_index (sessions, i);
      UnknotSessionLog *copy;

      if (memory_has_session (self, log))
        continue;
      copy = unknot_session_log_copy (log);
      copy->id = ++self->last_id;
      g_ptr_array_add (self->sessions, copy);
      (*n_added)++;
    }
  for (guint i = 0; safety_checks != NULL && i < safety_checks->len; i++)
    if (!memory_has_safety_check (self, g_ptr_array_index (safety_checks, i)))
      memory_add_safety_check (store, g_ptr_array_index (safety_checks, i), NULL);

  return TRUE;
}

static gboolean
memory_delete_all (UnknotHistoryStore *store,
                   GError            **error)
{
  UnknotMemoryHistory *self = UNKNOT_MEMORY_HISTORY (store);

  g_ptr_array_set_size (self->sessions, 0);
  g_ptr_array_set_size (self->safety_checks, 0);
  return TRUE;
}

static void
history_store_iface_init (UnknotHistoryStoreInterface *iface)
{
  iface->is_persistent = memory_is_persistent;
  iface->save = memory_save;
  iface->set_note = memory_set_note;
  iface->list_since = memory_list_since;
  iface->add_safety_check = memory_add_safety_check;
  iface->list_safety_checks = memory_list_safety_checks;
  iface->import = memory_import;
  iface->delete_all = memory_delete_all;
}

UnknotHistoryStore *
unknot_memory_history_new (void)
{
  return g_object_new (UNKNOT_TYPE_MEMORY_HISTORY, NULL);
}

static void
unknot_memory_history_finalize (GObject *object)
{
  UnknotMemoryHistory *self = UNKNOT_MEMORY_HISTORY (object);

  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->safety_checks, g_ptr_array_unref);

  G_OBJECT_CLASS (unknot_memory_history_parent_class)->finalize (object);
}

static void
unknot_memory_history_class_init (UnknotMemoryHistoryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = unknot_memory_history_finalize;
}

static void
unknot_memory_history_init (UnknotMemoryHistory *self)
{
  self->sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_session_log_unref);
  self->safety_checks = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_safety_answers_free);
}
