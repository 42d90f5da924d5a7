/* test-faults.c: Unknot killed while it saves a session or imports a routine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * unknot-fault-child runs the app's saving and importing in a process of its own; this
 * test kills it 100 times for each, at a random moment a few milliseconds into its
 * work, and checks after every kill what the next start of Unknot would find: the
 * history opens as it is (nothing moved aside) and passes SQLite's integrity check,
 * every session reported as saved is there with every field, and nothing is there in
 * part; the library loads without a problem, every routine reported as imported is
 * there byte for byte, and nothing half-imported is left to be shown or complained
 * about. The moments come from a seed printed at the start: UNKNOT_FAULTS_SEED=N
 * replays a run.
 */

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <glib/gstdio.h>
#include <poll.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "unknot-routine-library.h"
#include "unknot-sqlite-history.h"
#include "unknot-test-history.h"

#define ROUNDS 100
/* the kill comes this long at most after the child's first line */
#define MAX_KILL_DELAY_USEC (40 * 1000)
#define N_SOURCES 64
/* A fresh history now and then keeps the checks after each kill quick */
#define ROUNDS_PER_HISTORY 10

static const char *child_path;
static guint32 seed;

static const char routine_head[] =
  "{ \"format\": 1, \"id\": \"%s\", \"title\": \"Fault %s\", \"summary\": \"Imported while killed.\",\n"
  "  \"kind\": \"stretch\", \"level\": \"beginner\", \"estimated_duration\": 60, \"author\": \"Me\",\n"
  "  \"license\": \"CC0-1.0\", \"targets\": { \"muscles\": [\"psoas-major\"] },\n"
  "  \"sources\": [ { \"citation\": \"A book\" } ],\n"
  "  \"steps\": [\n";
static const char routine_step[] =
  "    { \"type\": \"stretch\", \"title\": \"Lunge %u\", \"instructions\": \"%s\", \"hold\": 30, \"reps\": 2 }";

typedef struct
{
  char  *folder;
  GRand *rand;
} Fixture;

static int
setup (void **state)
{
  Fixture *fixture = g_new0 (Fixture, 1);

  fixture->folder = g_dir_make_tmp ("unknot-faults-XXXXXX", NULL);
  assert_non_null (fixture->folder);
  fixture->rand = g_rand_new_with_seed (seed);
  *state = fixture;
  return 0;
}

static int
teardown (void **state)
{
  Fixture *fixture = *state;
  const char *argv[] = { "rm", "-rf", fixture->folder, NULL };

  /* histories, routines and sources, with whatever a kill left */
  assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL));
  g_free (fixture->folder);
  g_rand_free (fixture->rand);
  g_free (fixture);
  return 0;
}

/* Starts the child with @argv, reads its lines until a random moment after the first,
 * kills it and reads the rest. Returns all it wrote; @killed says whether the kill
 * found it still working (rather than done with all it was given). */
static char *
run_until_killed (const char * const *argv,
                  GRand              *rand,
                  gboolean           *killed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) output = g_string_new (NULL);
  gint64 deadline = 0;
  GPid pid;
  int out_fd;
  int status = 0;
  char buffer[4096];
  gssize n;

  if (!g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                 NULL, NULL, &pid, NULL, &out_fd, NULL, &error))
    fail_msg ("%s", error->message);

  for (;;)
    {
      struct pollfd poll_fd = { .fd = out_fd, .events = POLLIN };
      int timeout = -1;

      if (deadline != 0)
        {
          gint64 left = deadline - g_get_monotonic_time ();

          if (left <= 0)
            break;
          timeout = (int) ((left + 999) / 1000);
        }
      if (poll (&poll_fd, 1, timeout) < 0 && errno != EINTR)
        fail_msg ("poll: %s", g_strerror (errno));
      if (poll_fd.revents == 0)
        continue;
      n = read (out_fd, buffer, sizeof buffer);
      if (n <= 0)
        break;  /* it finished its work, or failed: its status tells */
      g_string_append_len (output, buffer, n);
      if (deadline == 0 && strchr (output->str, '\n') != NULL)
        deadline = g_get_monotonic_time () + g_rand_int_range (rand, 0, MAX_KILL_DELAY_USEC + 1);
    }

  kill (pid, SIGKILL);
  /* what it wrote before it died counts too */
  while ((n = read (out_fd, buffer, sizeof buffer)) != 0)
    if (n > 0)
      g_string_append_len (output, buffer, n);
    else if (errno != EINTR)
      fail_msg ("read: %s", g_strerror (errno));
  close (out_fd);
  assert_int_equal (waitpid (pid, &status, 0), pid);
  g_spawn_close_pid (pid);

  *killed = WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL;
  if (!*killed && !(WIFEXITED (status) && WEXITSTATUS (status) == 0))
    fail_msg ("%s %s ended with status 0x%x after:\n%s", argv[0], argv[1], status, output->str);

  return g_string_free_and_steal (g_steal_pointer (&output));
}

static void
print_seed (void)
{
  print_message ("seed %u (UNKNOT_FAULTS_SEED=%u replays this run)\n", seed, seed);
}

/* Saves ----------------------------------------------------------------------------- */

/* Reads the child's lines: sessions announced before their save, by started_at, and
 * the moments of those whose save returned */
static void
parse_save_lines (const char *output,
                  GHashTable *announced,
                  GHashTable *saved)
{
  g_auto(GStrv) lines = g_strsplit (output, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      gint64 started_at;
      char date[11];
      int hour, compression, before, after, note_at = 0;
      UnknotSessionLog *log;

      if (lines[i][0] == '\0' || lines[i + 1] == NULL)
        continue;  /* the last one is cut short or empty */
      if (sscanf (lines[i], "saved %" G_GINT64_FORMAT, &started_at) == 1)
        {
          gint64 *key = g_new (gint64, 1);

          *key = started_at;
          assert_true (g_hash_table_contains (announced, key));
          g_hash_table_add (saved, key);
          continue;
        }
      if (sscanf (lines[i], "saving %" G_GINT64_FORMAT " %10s %d %d %d %d %n", &started_at, date, &hour,
                  &compression, &before, &after, &note_at) != 6 || note_at == 0)
        fail_msg ("unexpected line from the child: %s", lines[i]);

      log = unknot_test_session_new (date, hour, compression, before, after);
      log->started_at = started_at;
      if (!g_str_equal (lines[i] + note_at, "-"))
        unknot_session_log_set_note (log, lines[i] + note_at);
      g_hash_table_insert (announced, g_memdup2 (&log->started_at, sizeof log->started_at), log);
    }
}

static gint64
query_count (sqlite3    *db,
             const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n = 0;

  assert_int_equal (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

/* What the next Unknot finds in the history. Returns how many sessions are there that
 * were committed but killed before they were reported. */
static guint
check_history (const char *path,
               GHashTable *announced,
               GHashTable *saved)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = NULL;
  g_autoptr(UnknotHistoryStore) store = unknot_sqlite_history_open (path, &aside, &error);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GHashTable) present = g_hash_table_new (g_int64_hash, g_int64_equal);
  GHashTableIter iter;
  gpointer key;
  guint unreported = 0;
  sqlite3 *db = NULL;

  if (store == NULL)
    fail_msg ("%s", error->message);
  if (aside != NULL)
    fail_msg ("the history was moved aside to %s", aside);

  assert_int_equal (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
  assert_int_equal (query_count (db, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'"), 0);
  /* no point, stop or rating of a session that is not there */
  assert_int_equal (query_count (db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
  sqlite3_close (db);

  found = unknot_history_store_list_since (store, "0000-01-01", &error);
  if (found == NULL)
    fail_msg ("%s", error->message);
  for (guint i = 0; i < found->len; i++)
    {
      UnknotSessionLog *log = found->pdata[i];
      UnknotSessionLog *expected = g_hash_table_lookup (announced, &log->started_at);

      /* every session there is one the child began to save, whole */
      if (expected == NULL)
        fail_msg ("a session nobody saved, begun at %" G_GINT64_FORMAT, log->started_at);
      unknot_test_assert_same_session (expected, log);
      g_hash_table_add (present, &log->started_at);
      unreported += !g_hash_table_contains (saved, &log->started_at);
    }

  /* and every session reported as saved is there */
  g_hash_table_iter_init (&iter, saved);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (present, key))
      fail_msg ("the session begun at %" G_GINT64_FORMAT " was saved, then lost", *(gint64 *) key);

  return unreported;
}

static void
test_killed_while_saving (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(GHashTable) announced = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                           (GDestroyNotify) unknot_session_log_unref);
  g_autoptr(GHashTable) saved = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autofree char *path = NULL;
  guint kills = 0;
  guint n_saved = 0;
  guint n_unreported = 0;
  guint unreported = 0;

  print_seed ();
  for (guint round = 0; round < ROUNDS; round++)
    {
      g_autofree char *output = NULL;
      const char *argv[] = { child_path, "save", NULL, NULL };
      gboolean killed;
      guint history_kills = round % ROUNDS_PER_HISTORY;

      if (history_kills == 0)
        {
          g_autofree char *name = g_strdup_printf ("history-%02u.sqlite3", round / ROUNDS_PER_HISTORY);

          n_saved += g_hash_table_size (saved);
          n_unreported += unreported;
          g_hash_table_remove_all (announced);
          g_hash_table_remove_all (saved);
          g_free (path);
          path = g_build_filename (fixture->folder, "history", name, NULL);
        }
      argv[2] = path;

      output = run_until_killed (argv, fixture->rand, &killed);
      kills += killed;
      history_kills += killed;
      parse_save_lines (output, announced, saved);
      unreported = check_history (path, announced, saved);
      /* at most the one session each kill caught between its commit and its report */
      assert_true (unreported <= history_kills);
    }
  n_saved += g_hash_table_size (saved);
  n_unreported += unreported;

  assert_int_equal (kills, ROUNDS);
  print_message ("%u sessions saved in %u runs killed while saving (%u histories); committed but killed "
                 "before their report: %u\n",
                 n_saved, kills, ROUNDS / ROUNDS_PER_HISTORY, n_unreported);
}

/* Imports --------------------------------------------------------------------------- */

/* A valid routine; a large one has long steps, hundreds of kilobytes in all */
static char *
make_routine (const char *id,
              gboolean    large)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *instructions = NULL;
  guint n_steps = large ? 150 : 2;

  instructions = g_strnfill (large ? 3000 : 40, 'a');
  for (guint i = 0; large && i < 3000; i += 10)
    instructions[i] = ' ';
  g_string_append_printf (text, routine_head, id, id);
  for (guint i = 0; i < n_steps; i++)
    {
      g_string_append_printf (text, routine_step, i + 1, instructions);
      g_string_append (text, i + 1 < n_steps ? ",\n" : "\n");
    }
  g_string_append (text, "  ] }\n");
  return g_string_free_and_steal (g_steal_pointer (&text));
}

static gboolean
is_partial_name (const char *name)
{
  return name[0] == '.' && g_str_has_suffix (name, ".json.tmp");
}

/* What the next Unknot finds in its routines folder. @reported: the ids imported in
 * this run; @in_flight: (nullable): the id the child was importing when it was killed.
 * Returns how many temporary files the kill left there: at most that one's. */
static guint
check_library (GFile      *folder,
               GHashTable *sources,
               GPtrArray  *reported,
               const char *in_flight)
{
  g_autoptr(UnknotRoutineLibrary) library = unknot_routine_library_new (folder);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_problem_free);
  g_autoptr(GDir) dir = NULL;
  guint partial = 0;
  const char *name;

  unknot_routine_library_load (library, problems);
  for (guint i = 0; i < problems->len; i++)
    {
      UnknotProblem *problem = problems->pdata[i];

      print_error ("%s:%d:%d: %s\n", problem->file, problem->line, problem->column, problem->message);
    }
  assert_int_equal (problems->len, 0);

  for (guint i = 0; i < reported->len; i++)
    if (unknot_routine_library_lookup (library, reported->pdata[i]) == NULL)
      fail_msg ("“%s” was imported, then lost", (char *) reported->pdata[i]);

  /* every user routine is one of the sources, byte for byte */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (library)); i++)
    {
      g_autoptr(UnknotRoutineEntry) entry = g_list_model_get_item (G_LIST_MODEL (library), i);
      g_autoptr(GBytes) contents = NULL;
      GBytes *source;

      if (unknot_routine_entry_get_bundled (entry))
        continue;
      source = g_hash_table_lookup (sources, unknot_routine_entry_get_id (entry));
      assert_non_null (source);
      contents = unknot_routine_library_get_contents (library, entry, NULL);
      assert_non_null (contents);
      assert_true (g_bytes_equal (contents, source));
    }

  /* nothing else in the folder but the temporary file of the import that was killed */
  dir = g_dir_open (g_file_peek_path (folder), 0, NULL);
  assert_non_null (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *id = NULL;

      if (is_partial_name (name))
        {
          id = g_strndup (name + 1, strlen (name) - strlen (".") - strlen (".json.tmp"));
          if (g_strcmp0 (id, in_flight) != 0)
            fail_msg ("“%s” is left from an import that was not killed", name);
          partial++;
          continue;
        }
      if (!g_str_has_suffix (name, ".json"))
        fail_msg ("“%s” was left in the routines folder", name);
      id = g_strndup (name, strlen (name) - strlen (".json"));
      if (unknot_routine_library_lookup (library, id) == NULL)
        fail_msg ("“%s” is in the routines folder but not in the library", name);
    }

  return partial;
}

static void
test_killed_while_importing (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *sources_path = g_build_filename (fixture->folder, "sources", NULL);
  g_autofree char *folder_path = g_build_filename (fixture->folder, "routines", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (folder_path);
  g_autoptr(GHashTable) sources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         (GDestroyNotify) g_bytes_unref);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  guint kills = 0;
  guint imported = 0;
  guint left_partial = 0;

  print_seed ();
  assert_int_equal (g_mkdir_with_parents (sources_path, 0700), 0);
  for (guint i = 0; i < N_SOURCES; i++)
    {
      g_autofree char *id = g_strdup_printf ("fault-%02u", i);
      g_autofree char *file_name = g_strconcat (id, ".json", NULL);
      g_autofree char *path = g_build_filename (sources_path, file_name, NULL);
      char *text = make_routine (id, i % 6 == 5);

      assert_true (g_file_set_contents (path, text, -1, NULL));
      g_hash_table_insert (sources, g_strdup (id), g_bytes_new_take (text, strlen (text)));
      g_ptr_array_add (ids, g_steal_pointer (&id));
    }

  /* a run that imported all it was given before the kill came does not count */
  for (guint run = 0; kills < ROUNDS; run++)
    {
      g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) order = g_ptr_array_new ();
      g_autoptr(GPtrArray) reported = g_ptr_array_new_with_free_func (g_free);
      g_auto(GStrv) lines = NULL;
      g_autofree char *output = NULL;
      guint first = g_rand_int_range (fixture->rand, 0, N_SOURCES);
      const char *in_flight;
      gboolean killed;

      assert_true (run < 2 * ROUNDS);
      g_ptr_array_add (argv, g_strdup (child_path));
      g_ptr_array_add (argv, g_strdup ("import"));
      g_ptr_array_add (argv, g_strdup (folder_path));
      for (guint i = 0; i < N_SOURCES; i++)
        {
          const char *id = ids->pdata[(first + i) % N_SOURCES];
          g_autofree char *file_name = g_strconcat (id, ".json", NULL);

          g_ptr_array_add (order, (gpointer) id);
          g_ptr_array_add (argv, g_build_filename (sources_path, file_name, NULL));
        }
      g_ptr_array_add (argv, NULL);

      output = run_until_killed ((const char * const *) argv->pdata, fixture->rand, &killed);
      kills += killed;
      lines = g_strsplit (output, "\n", -1);
      for (guint i = 0; lines[i] != NULL && lines[i + 1] != NULL; i++)
        {
          if (!g_str_has_prefix (lines[i], "imported "))
            fail_msg ("unexpected line from the child: %s", lines[i]);
          /* in the order given */
          assert_string_equal (lines[i] + strlen ("imported "), order->pdata[reported->len]);
          g_ptr_array_add (reported, g_strdup (lines[i] + strlen ("imported ")));
        }
      imported += reported->len;
      in_flight = reported->len < order->len ? order->pdata[reported->len] : NULL;

      /* the first import of this run deleted what the last kill left (checked there) */
      left_partial += check_library (folder, sources, reported, in_flight);

      /* the next run imports them all again: only the temporary files stay */
      for (guint i = 0; i < N_SOURCES; i++)
        {
          g_autofree char *file_name = g_strconcat (ids->pdata[i], ".json", NULL);
          g_autofree char *path = g_build_filename (folder_path, file_name, NULL);

          g_unlink (path);
        }
    }

  print_message ("%u routines imported in %u runs killed while importing; %u kills left a temporary file\n",
                 imported, kills, left_partial);
}

/* The state a kill between the temporary file and its rename leaves: the loader does
 * not show it nor complain, and the next import deletes it. */
static void
test_partial_import_is_ignored_then_deleted (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *folder_path = g_build_filename (fixture->folder, "routines", NULL);
  g_autofree char *partial_path = g_build_filename (folder_path, ".half-done.json.tmp", NULL);
  g_autofree char *source_path = g_build_filename (fixture->folder, "whole.json", NULL);
  g_autofree char *whole = make_routine ("whole", FALSE);
  g_autofree char *half = make_routine ("half-done", TRUE);
  g_autoptr(GFile) folder = g_file_new_for_path (folder_path);
  g_autoptr(GFile) source = g_file_new_for_path (source_path);
  g_autoptr(UnknotRoutineLibrary) library = unknot_routine_library_new (folder);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_problem_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  guint n_items;

  assert_int_equal (g_mkdir_with_parents (folder_path, 0700), 0);
  half[strlen (half) / 2] = '\0';
  assert_true (g_file_set_contents (partial_path, half, -1, NULL));
  assert_true (g_file_set_contents (source_path, whole, -1, NULL));

  unknot_routine_library_load (library, problems);
  assert_int_equal (problems->len, 0);
  assert_null (unknot_routine_library_lookup (library, "half-done"));
  n_items = g_list_model_get_n_items (G_LIST_MODEL (library));

  assert_non_null (unknot_routine_library_import (library, source, problems, &error));
  assert_null (error);
  assert_int_equal (g_list_model_get_n_items (G_LIST_MODEL (library)), n_items + 1);

  /* only the imported routine is left, under its own name */
  assert_false (g_file_test (partial_path, G_FILE_TEST_EXISTS));
  dir = g_dir_open (folder_path, 0, NULL);
  assert_non_null (dir);
  assert_string_equal (g_dir_read_name (dir), "whole.json");
  assert_null (g_dir_read_name (dir));
}

int
main (int   argc,
      char *argv[])
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_partial_import_is_ignored_then_deleted, setup, teardown),
    cmocka_unit_test_setup_teardown (test_killed_while_saving, setup, teardown),
    cmocka_unit_test_setup_teardown (test_killed_while_importing, setup, teardown),
  };
  const char *replay = g_getenv ("UNKNOT_FAULTS_SEED");

  if (argc != 2)
    {
      g_printerr ("Usage: %s PATH-OF-unknot-fault-child\n", argv[0]);
      return 1;
    }
  child_path = argv[1];
  seed = replay != NULL ? (guint32) g_ascii_strtoull (replay, NULL, 10) : g_random_int ();

  return cmocka_run_group_tests (tests, NULL, NULL);
}
