/* test-sqlite-history.c: the history on disk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saving and reading back every field, migrations from every earlier schema, a damaged
 * or foreign file moved aside, a newer schema left alone, two writers at once, imports,
 * and deleting everything for good. A process killed while saving: test-faults.c.
 */

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "unknot-sqlite-history.h"
#include "unknot-test-history.h"

typedef struct
{
  char *folder;
  char *path;
} Fixture;

static int
setup (void **state)
{
  Fixture *fixture = g_new0 (Fixture, 1);

  fixture->folder = g_dir_make_tmp ("unknot-history-XXXXXX", NULL);
  assert_non_null (fixture->folder);
  fixture->path = g_build_filename (fixture->folder, "history", "history.sqlite3", NULL);
  *state = fixture;
  return 0;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static int
teardown (void **state)
{
  Fixture *fixture = *state;

  remove_tree (fixture->folder);
  g_free (fixture->folder);
  g_free (fixture->path);
  g_free (fixture);
  return 0;
}

static UnknotHistoryStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = NULL;
  UnknotHistoryStore *store = unknot_sqlite_history_open (path, &aside, &error);

  if (store == NULL)
    fail_msg ("%s", error->message);
  assert_null (aside);
  return store;
}

static GPtrArray *
list_all (UnknotHistoryStore *store)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *found = unknot_history_store_list_since (store, "0000-01-01", &error);

  if (found == NULL)
    fail_msg ("%s", error->message);
  return found;
}

/* Runs one SQL statement on the file behind the store's back */
static void
run_sql (const char *path,
         const char *sql)
{
  sqlite3 *db = NULL;

  assert_int_equal (sqlite3_open (path, &db), SQLITE_OK);
  assert_int_equal (sqlite3_exec (db, sql, NULL, NULL, NULL), SQLITE_OK);
  sqlite3_close (db);
}

static gint64
count_rows (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  assert_int_equal (sqlite3_open (path, &db), SQLITE_OK);
  assert_int_equal (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), SQLITE_OK);
  assert_int_equal (sqlite3_step (stmt), SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static void
count_changed (UnknotHistoryStore *store,
               guint              *count)
{
  (*count)++;
}

static void
test_round_trip (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(UnknotHistoryStore) store = open_store (fixture->path);
  g_autoptr(UnknotSessionLog) release = unknot_test_session_new ("2026-11-20", 18, TRUE, 6, 3);
  g_autoptr(UnknotSessionLog) stretch = unknot_test_session_new ("2026-11-21", 7, FALSE, 4, -1);
  g_autoptr(UnknotSessionLog) stopped = unknot_test_session_new ("2026-11-21", 19, TRUE, 5, -1);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  guint changed = 0;

  g_signal_connect (store, "changed", G_CALLBACK (count_changed), &changed);
  assert_true (unknot_history_store_is_persistent (store));
  stopped->completed = FALSE;
  stopped->stop_reason = g_strdup ("dizziness");
  stopped->steps_done = 4;
  unknot_session_log_set_note (stopped, "Stopped: “dizzy” — lay still for a while.");

  assert_true (unknot_history_store_save (store, stretch, &error));
  assert_true (unknot_history_store_save (store, release, &error));
  assert_true (unknot_history_store_save (store, stopped, &error));
  assert_true (stretch->id > 0 && release->id > stretch->id && stopped->id > release->id);
  assert_int_equal (changed, 3);

  /* the same session twice is refused, and nothing of it is kept */
  release->id = 0;
  assert_false (unknot_history_store_save (store, release, &error));
  assert_true (g_error_matches (error, UNKNOT_HISTORY_ERROR, UNKNOT_HISTORY_ERROR_FAILED));
  assert_true (release->id == 0);
  g_clear_error (&error);

  g_clear_object (&store);
  store = open_store (fixture->path);
  found = list_all (store);
  assert_int_equal (found->len, 3);
  /* oldest first, by the moment they began */
  unknot_test_assert_same_session (release, found->pdata[0]);
  unknot_test_assert_same_session (stretch, found->pdata[1]);
  unknot_test_assert_same_session (stopped, found->pdata[2]);
  g_clear_pointer (&found, g_ptr_array_unref);

  found = unknot_history_store_list_since (store, "2026-11-21", &error);
  assert_int_equal (found->len, 2);
  assert_string_equal (((UnknotSessionLog *) found->pdata[0])->local_date, "2026-11-21");
  assert_int_equal (((UnknotSessionLog *) found->pdata[0])->points->len, 0);
  assert_int_equal (((UnknotSessionLog *) found->pdata[1])->points->len, 2);
  g_clear_pointer (&found, g_ptr_array_unref);

  assert_true (unknot_history_store_set_note (store, stretch->id, "  Looser hips.\n", &error));
  assert_true (unknot_history_store_set_note (store, stopped->id, " ", &error));
  found = list_all (store);
  assert_string_equal (((UnknotSessionLog *) found->pdata[1])->note, "Looser hips.");
  assert_null (((UnknotSessionLog *) found->pdata[2])->note);
  assert_false (unknot_history_store_set_note (store, 9999, "No", &error));
  assert_true (g_error_matches (error, UNKNOT_HISTORY_ERROR, UNKNOT_HISTORY_ERROR_NOT_FOUND));

  assert_int_equal (count_rows (fixture->path, "PRAGMA user_version"), UNKNOT_SQLITE_HISTORY_SCHEMA);
  assert_int_equal (count_rows (fixture->path, "SELECT count(*) FROM point_stops"), 4);
}

static void
test_safety_checks (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(UnknotHistoryStore) store = open_store (fixture->path);
  g_autoptr(UnknotSafetyAnswers) first = unknot_safety_answers_new (1790000000);
  g_autoptr(UnknotSafetyAnswers) second = unknot_safety_answers_new (1797000000);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  gboolean yes = FALSE;

  unknot_safety_answers_set (first, "pregnancy", FALSE);
  unknot_safety_answers_set (first, "aortic-aneurysm", FALSE);
  unknot_safety_answers_set (second, "pregnancy", TRUE);
  assert_true (unknot_history_store_add_safety_check (store, first, &error));
  assert_true (unknot_history_store_add_safety_check (store, second, &error));
  assert_true (unknot_history_store_add_safety_check (store, second, &error));

  found = unknot_history_store_list_safety_checks (store, &error);
  assert_int_equal (found->len, 2);
  assert_true (unknot_safety_answers_get_answered_at (found->pdata[0]) == 1790000000);
  assert_true (unknot_safety_answers_lookup (found->pdata[0], "aortic-aneurysm", &yes) && !yes);
  assert_true (unknot_safety_answers_lookup (found->pdata[1], "pregnancy", &yes) && yes);
  assert_false (unknot_safety_answers_lookup (found->pdata[1], "aortic-aneurysm", &yes));
}

/* A database made at every earlier schema, with what that schema can hold, opens and
 * is brought up to date without losing it. */
static void
test_migrations (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *folder = g_path_get_dirname (fixture->path);

  g_mkdir_with_parents (folder, 0700);
  for (int version = 0; version < UNKNOT_SQLITE_HISTORY_SCHEMA; version++)
    {
      g_autofree char *path = g_strdup_printf ("%s.v%d", fixture->path, version);
      g_autoptr(UnknotHistoryStore) store = NULL;
      g_autoptr(UnknotSessionLog) log = unknot_test_session_new ("2026-11-21", 18, TRUE, 5, 2);
      g_autoptr(GPtrArray) found = NULL;
      g_autoptr(GError) error = NULL;

      assert_true (unknot_sqlite_history_apply_schema (path, version, &error));
      assert_int_equal (count_rows (path, "PRAGMA user_version"), version);
      /* Schema 0 is a new, empty file: nothing to keep. A later schema gets a session
       * written the way that version wrote them, here. */

      store = open_store (path);
      assert_int_equal (count_rows (path, "PRAGMA user_version"), UNKNOT_SQLITE_HISTORY_SCHEMA);
      assert_true (unknot_history_store_save (store, log, &error));
      found = list_all (store);
      assert_int_equal (found->len, 1);
    }

  /* opening again changes nothing */
  {
    g_autoptr(UnknotHistoryStore) store = open_store (fixture->path);
  }
  assert_int_equal (count_rows (fixture->path, "PRAGMA user_version"), UNKNOT_SQLITE_HISTORY_SCHEMA);
}

static void
test_newer_schema_left_alone (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len, after_len;

  {
    g_autoptr(UnknotHistoryStore) store = open_store (fixture->path);
    g_autoptr(UnknotSessionLog) log = unknot_test_session_new ("2026-11-21", 18, TRUE, 5, 2);

    assert_true (unknot_history_store_save (store, log, &error));
  }
  run_sql (fixture->path, "PRAGMA user_version = 99");
  run_sql (fixture->path, "PRAGMA wal_checkpoint(TRUNCATE)");
  assert_true (g_file_get_contents (fixture->path, &before, &before_len, NULL));

  assert_null (unknot_sqlite_history_open (fixture->path, &aside, &error));
  assert_true (g_error_matches (error, UNKNOT_HISTORY_ERROR, UNKNOT_HISTORY_ERROR_NEWER));
  assert_non_null (strstr (error->message, "newer version"));
  assert_null (aside);

  assert_true (g_file_get_contents (fixture->path, &after, &after_len, NULL));
  assert_int_equal (before_len, after_len);
  assert_memory_equal (before, after, before_len);
}

static void
assert_moved_aside (const char *path,
                    const char *expected_contents,
                    gsize       expected_len)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(UnknotHistoryStore) store = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(UnknotSessionLog) log = unknot_test_session_new ("2026-11-21", 18, TRUE, 5, 2);
  gsize kept_len;

  store = unknot_sqlite_history_open (path, &aside, &error);
  if (store == NULL)
    fail_msg ("%s", error->message);
  assert_non_null (aside);
  assert_non_null (strstr (aside, ".damaged-"));

  /* kept as it was, byte for byte */
  assert_true (g_file_get_contents (aside, &kept, &kept_len, NULL));
  assert_int_equal (kept_len, expected_len);
  assert_memory_equal (kept, expected_contents, expected_len);

  /* and a fresh history works */
  found = list_all (store);
  assert_int_equal (found->len, 0);
  assert_true (unknot_history_store_save (store, log, &error));
}

static void
test_not_a_database (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *folder = g_path_get_dirname (fixture->path);
  const char garbage[] = "This is a shopping list, not a database.\nMilk\nEggs\n";

  g_mkdir_with_parents (folder, 0700);
  assert_true (g_file_set_contents (fixture->path, garbage, sizeof garbage, NULL));
  assert_moved_aside (fixture->path, garbage, sizeof garbage);
}

static void
test_damaged_pages (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *contents = NULL;
  gsize len;

  {
    g_autoptr(UnknotHistoryStore) store = open_store (fixture->path);

    for (int day = 1; day <= 28; day++)
      {
        g_autofree char *date = g_strdup_printf ("2026-02-%02d", day);
        g_autoptr(UnknotSessionLog) log = unknot_test_session_new (date, 18, TRUE, 5, 2);

        unknot_session_log_set_note (log, "A note long enough to fill the pages of the database a bit faster than without it.");
        assert_true (unknot_history_store_save (store, log, NULL));
      }
  }
  run_sql (fixture->path, "PRAGMA wal_checkpoint(TRUNCATE)");

  /* scribble over the second page, where the tables' first pages are */
  assert_true (g_file_get_contents (fixture->path, &contents, &len, NULL));
  assert_true (len > 3 * 4096);
  memset (contents + 4096, 0x5a, 4096);
  assert_true (g_file_set_contents (fixture->path, contents, len, NULL));

  assert_moved_aside (fixture->path, contents, len);
}

/* Two stores on one file, as two running Unknots: both see everything either saved */
static void
test_two_writers (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(UnknotHistoryStore) one = NULL;
  g_autoptr(UnknotHistoryStore) two = NULL;
  g_autoptr(GPtrArray) from_one = NULL;
  g_autoptr(GPtrArray) from_two = NULL;
  pid_t children[2];

  /* two processes saving as fast as they can at the same time; forked before this
   * process opens anything, so each child owns all it frees (as memcheck sees it) */
  for (int i = 0; i < 2; i++)
    {
      children[i] = fork ();
      assert_true (children[i] >= 0);
      if (children[i] == 0)
        {
          UnknotHistoryStore *store = unknot_sqlite_history_open (fixture->path, NULL, NULL);

          for (int n = 0; store != NULL && n < 50; n++)
            {
              g_autofree char *date = g_strdup_printf ("2027-%02d-%02d", 1 + n / 28, 1 + n % 28);
              g_autoptr(UnknotSessionLog) log = unknot_test_session_new (date, 10 + i, i == 0, 4, 3);

              if (!unknot_history_store_save (store, log, NULL))
                _exit (2);
            }
          if (store == NULL)
            _exit (1);
          g_object_unref (store);
          _exit (0);
        }
    }

  /* and two stores in this process, in turn, meanwhile */
  one = open_store (fixture->path);
  two = open_store (fixture->path);
  for (int day = 1; day <= 10; day++)
    {
      g_autofree char *date = g_strdup_printf ("2026-03-%02d", day);
      g_autoptr(UnknotSessionLog) a = unknot_test_session_new (date, 8, FALSE, 3, 2);
      g_autoptr(UnknotSessionLog) b = unknot_test_session_new (date, 18, TRUE, 5, 2);

      assert_true (unknot_history_store_save (one, a, NULL));
      assert_true (unknot_history_store_save (two, b, NULL));
    }

  for (int i = 0; i < 2; i++)
    {
      int status = 0;

      assert_int_equal (waitpid (children[i], &status, 0), children[i]);
      assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
    }

  from_one = list_all (one);
  from_two = list_all (two);
  assert_int_equal (from_one->len, 120);
  assert_int_equal (from_two->len, 120);
  assert_int_equal (count_rows (fixture->path, "SELECT count(*) FROM ratings"), 20 * 3 + 50 * 4 + 50 * 2);
}

static void
test_import (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *other_path = g_strconcat (fixture->path, ".other", NULL);
  g_autoptr(UnknotHistoryStore) store = open_store (fixture->path);
  g_autoptr(UnknotHistoryStore) other = NULL;
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_session_log_unref);
  g_autoptr(GPtrArray) checks = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_safety_answers_free);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  UnknotSessionLog *broken;
  guint added = 99;

  for (int day = 1; day <= 5; day++)
    {
      g_autofree char *date = g_strdup_printf ("2026-04-%02d", day);

      g_ptr_array_add (sessions, unknot_test_session_new (date, 18, day % 2 == 0, 6, 4));
    }
  g_ptr_array_add (checks, unknot_safety_answers_new (1790000000));
  unknot_safety_answers_set (checks->pdata[0], "pregnancy", FALSE);

  /* one kept already */
  assert_true (unknot_history_store_save (store, sessions->pdata[2], &error));
  ((UnknotSessionLog *) sessions->pdata[2])->id = 0;

  assert_true (unknot_history_store_import (store, sessions, checks, &added, &error));
  assert_int_equal (added, 4);
  found = list_all (store);
  assert_int_equal (found->len, 5);
  for (guint i = 0; i < 5; i++)
    unknot_test_assert_same_session (sessions->pdata[i], found->pdata[i]);
  g_clear_pointer (&found, g_ptr_array_unref);

  /* twice: nothing new */
  assert_true (unknot_history_store_import (store, sessions, checks, &added, &error));
  assert_int_equal (added, 0);
  found = unknot_history_store_list_safety_checks (store, &error);
  assert_int_equal (found->len, 1);
  g_clear_pointer (&found, g_ptr_array_unref);

  /* all or nothing: a session the schema refuses (pain 11) takes the others with it */
  other = open_store (other_path);
  broken = sessions->pdata[4];
  g_array_index (broken->ratings, UnknotPainRating, 0).pain = 11;
  assert_false (unknot_history_store_import (other, sessions, checks, &added, &error));
  assert_int_equal (added, 0);
  found = list_all (other);
  assert_int_equal (found->len, 0);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = unknot_history_store_list_safety_checks (other, NULL);
  assert_int_equal (found->len, 0);
}

static gboolean
file_holds (const char *path,
            const char *text)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &contents, &len, NULL))
    return FALSE;
  return memmem (contents, len, text, strlen (text)) != NULL;
}

static void
test_delete_all (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autoptr(UnknotHistoryStore) store = open_store (fixture->path);
  g_autoptr(UnknotSessionLog) log = unknot_test_session_new ("2026-11-21", 18, TRUE, 5, 2);
  g_autoptr(UnknotSafetyAnswers) answers = unknot_safety_answers_new (1790000000);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  const char *secret = "Marker-of-a-private-note-3141";

  unknot_session_log_set_note (log, secret);
  assert_true (unknot_history_store_save (store, log, &error));
  assert_true (unknot_history_store_add_safety_check (store, answers, &error));
  run_sql (fixture->path, "PRAGMA wal_checkpoint(TRUNCATE)");
  assert_true (file_holds (fixture->path, secret));

  assert_true (unknot_history_store_delete_all (store, &error));
  found = list_all (store);
  assert_int_equal (found->len, 0);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = unknot_history_store_list_safety_checks (store, &error);
  assert_int_equal (found->len, 0);

  /* gone from the file and its journal, not just unlinked from the tables */
  assert_false (file_holds (fixture->path, secret));
  assert_false (file_holds (wal, secret));
}

/* A folder that cannot be made: an error in words, no store */
static void
test_unusable_folder (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *blocker = g_build_filename (fixture->folder, "history", NULL);
  g_autoptr(GError) error = NULL;

  assert_true (g_file_set_contents (blocker, "a file where the folder should be", -1, NULL));
  assert_null (unknot_sqlite_history_open (fixture->path, NULL, &error));
  assert_non_null (error);
  assert_non_null (strstr (error->message, "folder"));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_round_trip, setup, teardown),
    cmocka_unit_test_setup_teardown (test_safety_checks, setup, teardown),
    cmocka_unit_test_setup_teardown (test_migrations, setup, teardown),
    cmocka_unit_test_setup_teardown (test_newer_schema_left_alone, setup, teardown),
    cmocka_unit_test_setup_teardown (test_not_a_database, setup, teardown),
    cmocka_unit_test_setup_teardown (test_damaged_pages, setup, teardown),
    cmocka_unit_test_setup_teardown (test_two_writers, setup, teardown),
    cmocka_unit_test_setup_teardown (test_import, setup, teardown),
    cmocka_unit_test_setup_teardown (test_delete_all, setup, teardown),
    cmocka_unit_test_setup_teardown (test_unusable_folder, setup, teardown),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
