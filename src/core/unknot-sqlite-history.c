/* unknot-sqlite-history.c: the history kept in a SQLite database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One file in the user's data folder, in WAL mode with foreign keys on. Every save is
 * one IMMEDIATE transaction, so a process killed half-way leaves the last committed
 * state, and a second Unknot running at the same time (the stable and the development
 * build, say) waits for the lock instead of failing or interleaving. Only prepared
 * statements touch the data.
 *
 * The schema is versioned with PRAGMA user_version: each entry of `migrations` brings a
 * database from one version to the next, and opening applies the missing ones in one
 * transaction. A database that is damaged or not a database at all is renamed (never
 * deleted) and a fresh one begins; the caller is told the new name. A database from a
 * newer Unknot is left alone.
 */

#define G_LOG_DOMAIN "unknot-history"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "unknot-sqlite-history.h"

#define OPEN   _("The history could not be opened")
#define READ   _("The history could not be read")
#define SAVE   _("The session could not be saved")
#define UPDATE _("The history could not be updated")
#define IMPORT _("The history could not be imported")
#define DELETE _("The history could not be deleted")

/* Each step brings the schema from its index to its index + 1 */
static const char * const migrations[] = {
  /* 0 → 1: sessions, the points held in them, stop rules, ratings, safety checks */
  "CREATE TABLE sessions ("
  "  id              INTEGER PRIMARY KEY,"
  "  routine_id      TEXT NOT NULL,"
  "  routine_title   TEXT NOT NULL,"
  "  kind            TEXT NOT NULL,"
  "  compression     INTEGER NOT NULL CHECK (compression IN (0, 1)),"
  "  sides           TEXT NOT NULL,"
  "  started_at      INTEGER NOT NULL," /* microseconds since 1970, UTC */
  "  local_date      TEXT NOT NULL CHECK (length (local_date) = 10),"
  "  planned_seconds INTEGER NOT NULL,"
  "  active_seconds  INTEGER NOT NULL,"
  "  steps_total     INTEGER NOT NULL,"
  "  steps_done      INTEGER NOT NULL,"
  "  completed       INTEGER NOT NULL CHECK (completed IN (0, 1)),"
  "  stop_reason     TEXT,"
  "  note            TEXT,"
  "  UNIQUE (routine_id, started_at)"
  ");"
  "CREATE INDEX sessions_by_day ON sessions (local_date, started_at);"
  "CREATE TABLE points ("
  "  session_id           INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,"
  "  position             INTEGER NOT NULL,"
  "  trigger_point        TEXT NOT NULL,"
  "  side                 TEXT NOT NULL,"
  "  holds_planned        INTEGER NOT NULL,"
  "  holds_done           INTEGER NOT NULL,"
  "  holds_released_early INTEGER NOT NULL,"
  "  hold_seconds         INTEGER NOT NULL,"
  "  PRIMARY KEY (session_id, position)"
  ") WITHOUT ROWID;"
  "CREATE TABLE point_stops ("
  "  session_id     INTEGER NOT NULL,"
  "  point_position INTEGER NOT NULL,"
  "  position       INTEGER NOT NULL,"
  "  rule           TEXT NOT NULL,"
  "  PRIMARY KEY (session_id, point_position, position),"
  "  FOREIGN KEY (session_id, point_position)"
  "    REFERENCES points (session_id, position) ON DELETE CASCADE"
  ") WITHOUT ROWID;"
  "CREATE TABLE ratings ("
  "  session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,"
  "  position   INTEGER NOT NULL,"
  "  rated      TEXT NOT NULL CHECK (rated IN ('before', 'after')),"
  "  side       TEXT NOT NULL,"
  "  pain       INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),"
  "  PRIMARY KEY (session_id, position)"
  ") WITHOUT ROWID;"
  "CREATE TABLE safety_checks ("
  "  id          INTEGER PRIMARY KEY,"
  "  answered_at INTEGER NOT NULL UNIQUE" /* seconds since 1970, UTC */
  ");"
  "CREATE TABLE safety_answers ("
  "  check_id INTEGER NOT NULL REFERENCES safety_checks (id) ON DELETE CASCADE,"
  "  question TEXT NOT NULL,"
  "  yes      INTEGER NOT NULL CHECK (yes IN (0, 1)),"
  "  PRIMARY KEY (check_id, question)"
  ") WITHOUT ROWID;",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == UNKNOT_SQLITE_HISTORY_SCHEMA);

typedef enum
{
  STMT_BEGIN,
  STMT_BEGIN_READ,
  STMT_COMMIT,
  STMT_ROLLBACK,
  STMT_INSERT_SESSION,
  STMT_INSERT_POINT,
  STMT_INSERT_STOP,
  STMT_INSERT_RATING,
  STMT_SET_NOTE,
  STMT_SELECT_SESSIONS,
  STMT_SELECT_POINTS,
  STMT_SELECT_STOPS,
  STMT_SELECT_RATINGS,
  STMT_INSERT_CHECK,
  STMT_INSERT_ANSWER,
  STMT_SELECT_CHECKS,
  STMT_DELETE_SESSIONS,
  STMT_DELETE_CHECKS,
  N_STMTS
} Stmt;

static const char * const stmt_sql[N_STMTS] = {
  [STMT_BEGIN] = "BEGIN IMMEDIATE",
  [STMT_BEGIN_READ] = "BEGIN",
  [STMT_COMMIT] = "COMMIT",
  [STMT_ROLLBACK] = "ROLLBACK",
  [STMT_INSERT_SESSION] =
    "INSERT INTO sessions (routine_id, routine_title, kind, compression, sides, started_at,"
    " local_date, planned_seconds, active_seconds, steps_total, steps_done, completed,"
    " stop_reason, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"
    " ON CONFLICT (routine_id, started_at) DO NOTHING",
  [STMT_INSERT_POINT] =
    "INSERT INTO points (session_id, position, trigger_point, side, holds_planned, holds_done,"
    " holds_released_early, hold_seconds) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
  [STMT_INSERT_STOP] =
    "INSERT INTO point_stops (session_id, point_position, position, rule) VALUES (?1, ?2, ?3, ?4)",
  [STMT_INSERT_RATING] =
    "INSERT INTO ratings (session_id, position, rated, side, pain) VALUES (?1, ?2, ?3, ?4, ?5)",
  [STMT_SET_NOTE] = "UPDATE sessions SET note = ?2 WHERE id = ?1",
  [STMT_SELECT_SESSIONS] =
    "SELECT id, routine_id, routine_title, kind, compression, sides, started_at, local_date,"
    " planned_seconds, active_seconds, steps_total, steps_done, completed, stop_reason, note"
    " FROM sessions WHERE local_date >= ?1 ORDER BY started_at, id",
  [STMT_SELECT_POINTS] =
    "SELECT p.session_id, p.trigger_point, p.side, p.holds_planned, p.holds_done,"
    " p.holds_released_early, p.hold_seconds"
    " FROM points p JOIN sessions s ON s.id = p.session_id"
    " WHERE s.local_date >= ?1 ORDER BY p.session_id, p.position",
  [STMT_SELECT_STOPS] =
    "SELECT t.session_id, t.point_position, t.rule"
    " FROM point_stops t JOIN sessions s ON s.id = t.session_id"
    " WHERE s.local_date >= ?1 ORDER BY t.session_id, t.point_position, t.position",
  [STMT_SELECT_RATINGS] =
    "SELECT r.session_id, r.rated, r.side, r.pain"
    " FROM ratings r JOIN sessions s ON s.id = r.session_id"
    " WHERE s.local_date >= ?1 ORDER BY r.session_id, r.position",
  [STMT_INSERT_CHECK] =
    "INSERT INTO safety_checks (answered_at) VALUES (?1) ON CONFLICT (answered_at) DO NOTHING",
  [STMT_INSERT_ANSWER] = "INSERT INTO safety_answers (check_id, question, yes) VALUES (?1, ?2, ?3)",
  [STMT_SELECT_CHECKS] =
    "SELECT c.id, c.answered_at, a.question, a.yes"
    " FROM safety_checks c LEFT JOIN safety_answers a ON a.check_id = c.id"
    " ORDER BY c.answered_at, c.id",
  [STMT_DELETE_SESSIONS] = "DELETE FROM sessions",
  [STMT_DELETE_CHECKS] = "DELETE FROM safety_checks",
};

struct _UnknotSqliteHistory
{
  GObject       parent_instance;

  char         *path;
  sqlite3      *db;
  sqlite3_stmt *stmts[N_STMTS];
};

static void history_store_iface_init (UnknotHistoryStoreInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (UnknotSqliteHistory, unknot_sqlite_history, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (UNKNOT_TYPE_HISTORY_STORE, history_store_iface_init))

static gboolean
is_corruption (int code)
{
  code &= 0xff;
  return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

/* @doing: what failed, in words ("The history could not be read") */
static void
set_db_error (GError     **error,
              sqlite3     *db,
              int          code,
              const char  *doing)
{
  g_set_error (error, UNKNOT_HISTORY_ERROR,
               is_corruption (code) ? UNKNOT_HISTORY_ERROR_CORRUPT : UNKNOT_HISTORY_ERROR_FAILED,
               "%s: %s", doing, db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (code));
}

static gboolean
exec_sql (sqlite3     *db,
          const char  *sql,
          const char  *doing,
          GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      set_db_error (error, db, rc, doing);
      return FALSE;
    }
  return TRUE;
}

/* Runs a one-row statement made for this (a PRAGMA) and returns its first column */
static char *
query_text (sqlite3     *db,
            const char  *sql,
            const char  *doing,
            GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else
    set_db_error (error, db, rc, doing);
  sqlite3_finalize (stmt);

  return text;
}

static int
schema_version (sqlite3  *db,
                GError  **error)
{
  g_autofree char *text = query_text (db, "PRAGMA user_version", READ, error);

  return text != NULL ? (int) g_ascii_strtoll (text, NULL, 10) : -1;
}

/* Brings the schema up to @target in one transaction. Another Unknot may be doing the
 * same: the version is read again once the write lock is held. */
static gboolean
migrate (sqlite3  *db,
         int       target,
         GError  **error)
{
  g_autofree char *set_version = NULL;
  int version;

  version = schema_version (db, error);
  if (version < 0)
    return FALSE;
  if (version > target)
    {
      g_set_error (error, UNKNOT_HISTORY_ERROR, UNKNOT_HISTORY_ERROR_NEWER,
                   _("The history was written by a newer version of Unknot (schema %d; this "
                     "version knows up to %d). It was left as it is."), version, target);
      return FALSE;
    }
  if (version == target)
    return TRUE;

  if (!exec_sql (db, "BEGIN IMMEDIATE", UPDATE, error))
    return FALSE;
  version = schema_version (db, error);
  for (int step = MAX (version, 0); version >= 0 && step < target; step++)
    if (!exec_sql (db, migrations[step], UPDATE, error))
      {
        sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
        return FALSE;
      }
  set_version = g_strdup_printf ("PRAGMA user_version = %d", MAX (version, target));
  if (version < 0 || !exec_sql (db, set_version, UPDATE, error) ||
      !exec_sql (db, "COMMIT", UPDATE, error))
    {
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

/* Opens @path with the settings every connection needs, without touching the schema */
static sqlite3 *
open_connection (const char  *path,
                 GError     **error)
{
  g_autofree char *mode = NULL;
  g_autofree char *check = NULL;
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      set_db_error (error, db, rc, OPEN);
      sqlite3_close (db);
      return NULL;
    }
  sqlite3_extended_result_codes (db, TRUE);
  /* A second Unknot holding the write lock finishes within milliseconds */
  sqlite3_busy_timeout (db, 5000);

  mode = query_text (db, "PRAGMA journal_mode = WAL", OPEN, error);
  if (mode == NULL)
    goto fail;
  if (g_ascii_strcasecmp (mode, "wal") != 0)
    {
      g_set_error_literal (error, UNKNOT_HISTORY_ERROR, UNKNOT_HISTORY_ERROR_FAILED,
                           _("The history could not be opened: its folder does not allow the journal it needs"));
      goto fail;
    }
  /* FULL: a session the summary calls saved survives a power cut too. secure_delete:
   * "Delete All My Data" leaves nothing readable in the file. */
  if (!exec_sql (db, "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON",
                 OPEN, error))
    goto fail;

  check = query_text (db, "PRAGMA quick_check", READ, error);
  if (check == NULL)
    goto fail;
  if (g_strcmp0 (check, "ok") != 0)
    {
      g_set_error (error, UNKNOT_HISTORY_ERROR, UNKNOT_HISTORY_ERROR_CORRUPT,
                   _("The history is damaged: %s"), check);
      goto fail;
    }

  return db;

fail:
  sqlite3_close (db);
  return NULL;
}

/**
 * unknot_sqlite_history_apply_schema:
 * @version: the schema version to bring the database to, at most
 *   %UNKNOT_SQLITE_HISTORY_SCHEMA
 *
 * Creates or updates the database at @path up to @version and no further. The tests
 * use it to make databases of every earlier schema.
 */
gboolean
unknot_sqlite_history_apply_schema (const char  *path,
                                    int          version,
                                    GError     **error)
{
  sqlite3 *db;
  gboolean ok;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (version >= 0 && version <= UNKNOT_SQLITE_HISTORY_SCHEMA, FALSE);

  db = open_connection (path, error);
  if (db == NULL)
    return FALSE;
  ok = migrate (db, version, error);
  sqlite3_close (db);
  return ok;
}

static gboolean
prepare_statements (UnknotSqliteHistory  *self,
                    GError              **error)
{
  for (guint i = 0; i < N_STMTS; i++)
    {
      int rc = sqlite3_prepare_v3 (self->db, stmt_sql[i], -1, SQLITE_PREPARE_PERSISTENT,
                                   &self->stmts[i], NULL);

      /* The schema says it is current, yet a table or column is missing: as damaged
       * as a bad page, for this version */
      if (rc != SQLITE_OK)
        {
          g_set_error (error, UNKNOT_HISTORY_ERROR, UNKNOT_HISTORY_ERROR_CORRUPT,
                       _("The history’s tables are not as expected: %s"), sqlite3_errmsg (self->db));
          return FALSE;
        }
    }
  return TRUE;
}

/* Renames the database and its journal files to one name with the date, so nothing of
 * them is lost and SQLite can still open the renamed file with its journal. */
static char *
move_aside (const char  *path,
            GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *base = NULL;
  char *aside = NULL;

  for (guint n = 1; aside == NULL || g_file_test (aside, G_FILE_TEST_EXISTS); n++)
    {
      g_free (aside);
      aside = n == 1 ? g_strdup_printf ("%s.damaged-%s", path, stamp)
                     : g_strdup_printf ("%s.damaged-%s-%u", path, stamp, n);
    }

  if (g_rename (path, aside) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("The damaged history could not be moved aside: %s"), g_strerror (saved));
      g_free (aside);
      return NULL;
    }
  for (guint i = 0; i < 2; i++)
    {
      const char *suffix = i == 0 ? "-wal" : "-shm";
      g_autofree char *from = g_strconcat (path, suffix, NULL);
      g_autofree char *to = g_strconcat (aside, suffix, NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS) && g_rename (from, to) != 0)
        g_warning ("Could not move %s aside: %s", from, g_strerror (errno));
    }

  return aside;
}

static gboolean
open_store (UnknotSqliteHistory  *self,
            GError              **error)
{
  self->db = open_connection (self->path, error);
  if (self->db == NULL)
    return FALSE;
  return migrate (self->db, UNKNOT_SQLITE_HISTORY_SCHEMA, error) && prepare_statements (self, error);
}

static void
close_store (UnknotSqliteHistory *self)
{
  for (guint i = 0; i < N_STMTS; i++)
    g_clear_pointer (&self->stmts[i], sqlite3_finalize);
  g_clear_pointer (&self->db, sqlite3_close);
}

/**
 * unknot_sqlite_history_open:
 * @path: the database file; its folder is made if missing
 * @moved_aside: (out) (optional) (nullable): set to the new name of a damaged database
 *   that was moved aside, so the user can be told; %NULL if none was
 *
 * Opens the history at @path, bringing its schema up to date. A damaged file (or one
 * that is not a database) is renamed and a fresh history begins.
 *
 * Returns: (transfer full) (nullable): the store, or %NULL with @error set when the
 *   history cannot be used: the folder cannot be written, or a newer Unknot wrote it
 *   (%UNKNOT_HISTORY_ERROR_NEWER)
 */
UnknotHistoryStore *
unknot_sqlite_history_open (const char  *path,
                            char       **moved_aside,
                            GError     **error)
{
  g_autoptr(UnknotSqliteHistory) self = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *aside = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (moved_aside != NULL)
    *moved_aside = NULL;

  folder = g_path_get_dirname (path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("The folder for the history could not be made: %s"), g_strerror (saved));
      return NULL;
    }

  self = g_object_new (UNKNOT_TYPE_SQLITE_HISTORY, NULL);
  self->path = g_strdup (path);

  if (open_store (self, &local_error))
    return UNKNOT_HISTORY_STORE (g_steal_pointer (&self));

  close_store (self);
  if (!g_error_matches (local_error, UNKNOT_HISTORY_ERROR, UNKNOT_HISTORY_ERROR_CORRUPT))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  g_message ("%s; moving it aside", local_error->message);
  aside = move_aside (path, error);
  if (aside == NULL || !open_store (self, error))
    return NULL;

  if (moved_aside != NULL)
    *moved_aside = g_steal_pointer (&aside);
  return UNKNOT_HISTORY_STORE (g_steal_pointer (&self));
}

/**
 * unknot_sqlite_history_get_path:
 *
 * Returns: the database file
 */
const char *
unknot_sqlite_history_get_path (UnknotSqliteHistory *self)
{
  g_return_val_if_fail (UNKNOT_IS_SQLITE_HISTORY (self), NULL);

  return self->path;
}

/* Statements */

static void
finish_statement (sqlite3_stmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

/* Runs a statement that returns no rows */
static gboolean
run (UnknotSqliteHistory  *self,
     Stmt                  which,
     const char           *doing,
     GError              **error)
{
  sqlite3_stmt *stmt = self->stmts[which];
  int rc = sqlite3_step (stmt);

  finish_statement (stmt);
  if (rc != SQLITE_DONE)
    {
      set_db_error (error, self->db, rc, doing);
      return FALSE;
    }
  return TRUE;
}

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, index);
}

static gboolean
begin (UnknotSqliteHistory  *self,
       const char           *doing,
       GError              **error)
{
  return run (self, STMT_BEGIN, doing, error);
}

/* Commits, or rolls back when @ok is FALSE or the commit fails */
static gboolean
end (UnknotSqliteHistory  *self,
     gboolean              ok,
     const char           *doing,
     GError              **error)
{
  if (ok && run (self, STMT_COMMIT, doing, error))
    return TRUE;
  if (!sqlite3_get_autocommit (self->db))
    run (self, STMT_ROLLBACK, doing, NULL);
  return FALSE;
}

/* Inserts one session with its points and ratings inside a transaction; sets *added to
 * whether it was new (an import may bring one kept already) */
static gboolean
insert_session (UnknotSqliteHistory  *self,
                UnknotSessionLog     *log,
                gboolean             *added,
                GError              **error)
{
  sqlite3_stmt *stmt = self->stmts[STMT_INSERT_SESSION];
  gint64 id;

  bind_text (stmt, 1, log->routine_id);
  bind_text (stmt, 2, log->routine_title != NULL ? log->routine_title : log->routine_id);
  bind_text (stmt, 3, unknot_routine_kind_names[log->kind]);
  sqlite3_bind_int (stmt, 4, log->compression ? 1 : 0);
  bind_text (stmt, 5, unknot_side_names[log->sides]);
  sqlite3_bind_int64 (stmt, 6, log->started_at);
  bind_text (stmt, 7, log->local_date);
  sqlite3_bind_int64 (stmt, 8, log->planned_seconds);
  sqlite3_bind_int64 (stmt, 9, log->active_seconds);
  sqlite3_bind_int64 (stmt, 10, log->steps_total);
  sqlite3_bind_int64 (stmt, 11, log->steps_done);
  sqlite3_bind_int (stmt, 12, log->completed ? 1 : 0);
  bind_text (stmt, 13, log->stop_reason);
  bind_text (stmt, 14, log->note);
  if (!run (self, STMT_INSERT_SESSION, SAVE, error))
    return FALSE;

  *added = sqlite3_changes (self->db) == 1;
  if (!*added)
    return TRUE;
  id = sqlite3_last_insert_rowid (self->db);

  for (guint i = 0; i < log->points->len; i++)
    {
      const UnknotPointLog *point = g_ptr_array_index (log->points, i);

      stmt = self->stmts[STMT_INSERT_POINT];
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, i);
      bind_text (stmt, 3, point->trigger_point);
      bind_text (stmt, 4, unknot_side_names[point->side]);
      sqlite3_bind_int64 (stmt, 5, point->holds_planned);
      sqlite3_bind_int64 (stmt, 6, point->holds_done);
      sqlite3_bind_int64 (stmt, 7, point->holds_released_early);
      sqlite3_bind_int64 (stmt, 8, point->hold_seconds);
      if (!run (self, STMT_INSERT_POINT, SAVE, error))
        return FALSE;

      for (guint j = 0; point->stops != NULL && point->stops[j] != NULL; j++)
        {
          stmt = self->stmts[STMT_INSERT_STOP];
          sqlite3_bind_int64 (stmt, 1, id);
          sqlite3_bind_int (stmt, 2, i);
          sqlite3_bind_int (stmt, 3, j);
          bind_text (stmt, 4, point->stops[j]);
          if (!run (self, STMT_INSERT_STOP, SAVE, error))
            return FALSE;
        }
    }

  for (guint i = 0; i < log->ratings->len; i++)
    {
      const UnknotPainRating *rating = &g_array_index (log->ratings, UnknotPainRating, i);

      stmt = self->stmts[STMT_INSERT_RATING];
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, i);
      bind_text (stmt, 3, unknot_rate_when_names[rating->when]);
      bind_text (stmt, 4, unknot_side_names[rating->side]);
      sqlite3_bind_int (stmt, 5, rating->pain);
      if (!run (self, STMT_INSERT_RATING, SAVE, error))
        return FALSE;
    }

  log->id = id;
  return TRUE;
}

static gboolean
sqlite_is_persistent (UnknotHistoryStore *store)
{
  return TRUE;
}

static gboolean
sqlite_save (UnknotHistoryStore *store,
             UnknotSessionLog   *log,
             GError            **error)
{
  UnknotSqliteHistory *self = UNKNOT_SQLITE_HISTORY (store);
  gboolean added = FALSE;
  gboolean ok;

  if (!begin (self, SAVE, error))
    return FALSE;
  ok = insert_session (self, log, &added, error);
  if (ok && !added)
    {
      g_set_error (error, UNKNOT_HISTORY_ERROR, UNKNOT_HISTORY_ERROR_FAILED,
                   _("The history already has a session of “%s” begun at that moment"),
                   log->routine_id);
      ok = FALSE;
    }
  if (!end (self, ok, SAVE, error))
    {
      log->id = 0;
      return FALSE;
    }
  return TRUE;
}

static gboolean
sqlite_set_note (UnknotHistoryStore *store,
                 gint64              id,
                 const char         *note,
                 GError            **error)
{
  UnknotSqliteHistory *self = UNKNOT_SQLITE_HISTORY (store);
  sqlite3_stmt *stmt = self->stmts[STMT_SET_NOTE];
  g_autofree char *trimmed = g_strstrip (g_strdup (note != NULL ? note : ""));

  sqlite3_bind_int64 (stmt, 1, id);
  bind_text (stmt, 2, trimmed[0] != '\0' ? trimmed : NULL);
  if (!run (self, STMT_SET_NOTE, SAVE, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      g_set_error (error, UNKNOT_HISTORY_ERROR, UNKNOT_HISTORY_ERROR_NOT_FOUND,
                   _("No session %s in the history"), number);
      return FALSE;
    }
  return TRUE;
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

/* A name this version does not know (from a newer one) reads as the first, "none" */
static int
column_choice (sqlite3_stmt       *stmt,
               int                 column,
               const char * const *names)
{
  const char *text = column_text (stmt, column);

  return text != NULL ? MAX (0, unknot_enum_from_name (names, text)) : 0;
}

static guint
column_count (sqlite3_stmt *stmt,
              int           column)
{
  return (guint) CLAMP (sqlite3_column_int64 (stmt, column), 0, G_MAXUINT);
}

static UnknotSessionLog *
read_session (sqlite3_stmt *stmt)
{
  UnknotSessionLog *log = unknot_session_log_new ();
  const char *local_date = column_text (stmt, 7);

  log->id = sqlite3_column_int64 (stmt, 0);
  log->routine_id = g_strdup (column_text (stmt, 1));
  log->routine_title = g_strdup (column_text (stmt, 2));
  log->kind = column_choice (stmt, 3, unknot_routine_kind_names);
  log->compression = sqlite3_column_int (stmt, 4) != 0;
  log->sides = column_choice (stmt, 5, unknot_side_names);
  log->started_at = sqlite3_column_int64 (stmt, 6);
  g_strlcpy (log->local_date, local_date != NULL ? local_date : "", sizeof log->local_date);
  log->planned_seconds = column_count (stmt, 8);
  log->active_seconds = column_count (stmt, 9);
  log->steps_total = column_count (stmt, 10);
  log->steps_done = column_count (stmt, 11);
  log->completed = sqlite3_column_int (stmt, 12) != 0;
  log->stop_reason = g_strdup (column_text (stmt, 13));
  log->note = g_strdup (column_text (stmt, 14));

  return log;
}

/* Steps @which, bound to @from_date, and hands each row to @row with the session it
 * belongs to (the first column is the session's id) */
static gboolean
read_rows (UnknotSqliteHistory  *self,
           Stmt                  which,
           const char           *from_date,
           GHashTable           *by_id,
           void                (*row) (UnknotSessionLog *, sqlite3_stmt *),
           GError              **error)
{
  sqlite3_stmt *stmt = self->stmts[which];
  int rc;

  bind_text (stmt, 1, from_date);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      UnknotSessionLog *log = g_hash_table_lookup (by_id, &id);

      if (log != NULL)
        row (log, stmt);
    }
  finish_statement (stmt);

  if (rc != SQLITE_DONE)
    {
      set_db_error (error, self->db, rc, READ);
      return FALSE;
    }
  return TRUE;
}

static void
add_point_row (UnknotSessionLog *log,
               sqlite3_stmt     *stmt)
{
  UnknotPointLog *point = unknot_point_log_new (column_text (stmt, 1), column_choice (stmt, 2, unknot_side_names));

  point->holds_planned = column_count (stmt, 3);
  point->holds_done = column_count (stmt, 4);
  point->holds_released_early = column_count (stmt, 5);
  point->hold_seconds = column_count (stmt, 6);
  g_ptr_array_add (log->points, point);
}

static void
add_stop_row (UnknotSessionLog *log,
              sqlite3_stmt     *stmt)
{
  gint64 position = sqlite3_column_int64 (stmt, 1);
  UnknotPointLog *point;
  guint n;

  /* points are read in position order from 0, so a position is an index */
  if (position < 0 || position >= log->points->len)
    return;
  point = g_ptr_array_index (log->points, position);
  n = g_strv_length (point->stops);
  point->stops = g_renew (char *, point->stops, n + 2);
  point->stops[n] = g_strdup (column_text (stmt, 2));
  point->stops[n + 1] = NULL;
}

static void
add_rating_row (UnknotSessionLog *log,
                sqlite3_stmt     *stmt)
{
  UnknotPainRating rating = {
    .when = column_choice (stmt, 1, unknot_rate_when_names),
    .side = column_choice (stmt, 2, unknot_side_names),
    .pain = CLAMP (sqlite3_column_int (stmt, 3), 0, 10),
  };

  g_array_append_val (log->ratings, rating);
}

static GPtrArray *
sqlite_list_since (UnknotHistoryStore *store,
                   const char         *from_date,
                   GError            **error)
{
  UnknotSqliteHistory *self = UNKNOT_SQLITE_HISTORY (store);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_session_log_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  sqlite3_stmt *stmt = self->stmts[STMT_SELECT_SESSIONS];
  gboolean ok;
  int rc;

  /* One read transaction, so another Unknot saving meanwhile cannot split a session */
  if (!run (self, STMT_BEGIN_READ, READ, error))
    return NULL;

  bind_text (stmt, 1, from_date);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      UnknotSessionLog *log = read_session (stmt);

      g_ptr_array_add (found, log);
      g_hash_table_insert (by_id, &log->id, log);
    }
  finish_statement (stmt);
  if (rc != SQLITE_DONE)
    set_db_error (error, self->db, rc, READ);

  ok = rc == SQLITE_DONE &&
       read_rows (self, STMT_SELECT_POINTS, from_date, by_id, add_point_row, error) &&
       read_rows (self, STMT_SELECT_STOPS, from_date, by_id, add_stop_row, error) &&
       read_rows (self, STMT_SELECT_RATINGS, from_date, by_id, add_rating_row, error);
  run (self, STMT_COMMIT, READ, NULL);

  return ok ? g_steal_pointer (&found) : NULL;
}

static gboolean
insert_safety_check (UnknotSqliteHistory        *self,
                     const UnknotSafetyAnswers  *answers,
                     GError                    **error)
{
  g_autoptr(GVariant) variant = g_variant_ref_sink (unknot_safety_answers_to_variant (answers));
  sqlite3_stmt *stmt = self->stmts[STMT_INSERT_CHECK];
  GVariantIter iter;
  const char *question;
  gboolean yes;
  gint64 id;

  sqlite3_bind_int64 (stmt, 1, unknot_safety_answers_get_answered_at (answers));
  if (!run (self, STMT_INSERT_CHECK, SAVE, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    return TRUE;  /* kept already */
  id = sqlite3_last_insert_rowid (self->db);

  g_variant_iter_init (&iter, variant);
  while (g_variant_iter_next (&iter, "{&sb}", &question, &yes))
    {
      stmt = self->stmts[STMT_INSERT_ANSWER];
      sqlite3_bind_int64 (stmt, 1, id);
      bind_text (stmt, 2, question);
      sqlite3_bind_int (stmt, 3, yes ? 1 : 0);
      if (!run (self, STMT_INSERT_ANSWER, SAVE, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
sqlite_add_safety_check (UnknotHistoryStore        *store,
                         const UnknotSafetyAnswers *answers,
                         GError                   **error)
{
  UnknotSqliteHistory *self = UNKNOT_SQLITE_HISTORY (store);

  if (!begin (self, SAVE, error))
    return FALSE;
  return end (self, insert_safety_check (self, answers, error), SAVE, error);
}

static GPtrArray *
sqlite_list_safety_checks (UnknotHistoryStore *store,
                           GError            **error)
{
  UnknotSqliteHistory *self = UNKNOT_SQLITE_HISTORY (store);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_safety_answers_free);
  sqlite3_stmt *stmt = self->stmts[STMT_SELECT_CHECKS];
  UnknotSafetyAnswers *current = NULL;
  gint64 current_id = 0;
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (current == NULL || id != current_id)
        {
          current = unknot_safety_answers_new (sqlite3_column_int64 (stmt, 1));
          current_id = id;
          g_ptr_array_add (found, current);
        }
      if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
        unknot_safety_answers_set (current, column_text (stmt, 2), sqlite3_column_int (stmt, 3) != 0);
    }
  finish_statement (stmt);

  if (rc != SQLITE_DONE)
    {
      set_db_error (error, self->db, rc, READ);
      return NULL;
    }
  return g_steal_pointer (&found);
}

static gboolean
sqlite_import (UnknotHistoryStore *store,
               GPtrArray          *sessions,
               GPtrArray          *safety_checks,
               guint              *n_added,
               GError            **error)
{
  UnknotSqliteHistory *self = UNKNOT_SQLITE_HISTORY (store);
  g_autoptr(GArray) given_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), sessions->len);
  gboolean ok = TRUE;

  if (!begin (self, IMPORT, error))
    return FALSE;

  for (guint i = 0; ok && i < sessions->len; i++)
    {
      UnknotSessionLog *log = g_ptr_array_index (sessions, i);
      gboolean added = FALSE;

      g_array_append_val (given_ids, log->id);
      ok = insert_session (self, log, &added, error);
      if (added)
        (*n_added)++;
    }
  for (guint i = 0; ok && safety_checks != NULL && i < safety_checks->len; i++)
    ok = insert_safety_check (self, g_ptr_array_index (safety_checks, i), error);

  ok = end (self, ok, IMPORT, error);
  /* The logs are the caller's: leave their ids as they came */
  for (guint i = 0; i < sessions->len; i++)
    ((UnknotSessionLog *) g_ptr_array_index (sessions, i))->id = g_array_index (given_ids, gint64, i);
  if (!ok)
    *n_added = 0;
  return ok;
}

static gboolean
sqlite_delete_all (UnknotHistoryStore *store,
                   GError            **error)
{
  UnknotSqliteHistory *self = UNKNOT_SQLITE_HISTORY (store);
  gboolean ok;

  if (!begin (self, DELETE, error))
    return FALSE;
  ok = run (self, STMT_DELETE_SESSIONS, DELETE, error) && run (self, STMT_DELETE_CHECKS, DELETE, error);
  if (!end (self, ok, DELETE, error))
    return FALSE;

  /* The old pages stay in the journal until a checkpoint: write them back (zeroed, with
   * secure_delete) and empty the journal now. Another Unknot reading may hold it; the
   * next checkpoint does it then. */
  sqlite3_wal_checkpoint_v2 (self->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
  return TRUE;
}

static void
history_store_iface_init (UnknotHistoryStoreInterface *iface)
{
  iface->is_persistent = sqlite_is_persistent;
  iface->save = sqlite_save;
  iface->set_note = sqlite_set_note;
  iface->list_since = sqlite_list_since;
  iface->add_safety_check = sqlite_add_safety_check;
  iface->list_safety_checks = sqlite_list_safety_checks;
  iface->import = sqlite_import;
  iface->delete_all = sqlite_delete_all;
}

static void
unknot_sqlite_history_finalize (GObject *object)
{
  UnknotSqliteHistory *self = UNKNOT_SQLITE_HISTORY (object);

  close_store (self);
  g_free (self->path);

  G_OBJECT_CLASS (unknot_sqlite_history_parent_class)->finalize (object);
}

static void
unknot_sqlite_history_class_init (UnknotSqliteHistoryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = unknot_sqlite_history_finalize;
}

static void
unknot_sqlite_history_init (UnknotSqliteHistory *self)
{
}
