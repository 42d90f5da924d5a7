/* unknot-fault-child.c: the app's saving and importing, in a process of its own to be killed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-faults starts this program, lets it work for a moment and kills it. It runs the
 * app's own code until then, and writes what it did on stdout, one line at a time and
 * straight to the pipe:
 *
 *   unknot-fault-child save DB
 *     Saves sessions to the history at DB, one after another. Before each save:
 *       saving STARTED_AT LOCAL_DATE HOUR COMPRESSION BEFORE AFTER NOTE…
 *     and once the save returned TRUE:
 *       saved STARTED_AT
 *     A session is unknot_test_session_new (LOCAL_DATE, HOUR, COMPRESSION, BEFORE,
 *     AFTER) begun at STARTED_AT, with the note (the rest of the line; "-" for none).
 *
 *   unknot-fault-child import FOLDER SRC…
 *     Imports each SRC, in order, into a library on FOLDER. Once an import returned:
 *       imported ID
 *
 * It exits with 0 when it has nothing left to do, and with 2 and a message on stderr
 * when the app's code failed.
 */

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "unknot-routine-library.h"
#include "unknot-sqlite-history.h"
#include "unknot-test-history.h"

/* Straight to the pipe: a line written is a line the test reads, even if killed next */
static void
say (const char *format,
     ...) G_GNUC_PRINTF (1, 2);

static void
say (const char *format,
     ...)
{
  g_autofree char *line = NULL;
  va_list args;
  gsize written = 0;
  gsize length;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);
  length = strlen (line);

  while (written < length)
    {
      gssize n = write (STDOUT_FILENO, line + written, length - written);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        exit (3);
      written += n;
    }
}

static int
fail (const char *doing,
      GError     *error)
{
  g_printerr ("unknot-fault-child: %s: %s\n", doing, error != NULL ? error->message : "failed");
  return 2;
}

/* Notes of every length up to a long one, so that saves take more or fewer pages */
static char *
make_note (guint n)
{
  static const char words[] = "Looser hips after the second hold, a little tender on the left. ";
  g_autoptr(GString) note = NULL;
  guint length = (n % 7) * (n % 7) * 60;

  if (n % 5 == 0)
    return NULL;
  note = g_string_new (NULL);
  while (note->len < length + 1)
    g_string_append (note, words);
  g_string_truncate (note, length + 1 + n % 13);
  return g_string_free_and_steal (g_steal_pointer (&note));
}

static int
save_sessions (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(UnknotHistoryStore) store = unknot_sqlite_history_open (path, NULL, &error);
  gint64 last = 0;

  if (store == NULL)
    return fail ("opening the history", error);

  for (guint n = 0; ; n++)
    {
      g_autofree char *date = g_strdup_printf ("2026-%02u-%02u", 1 + n % 12, 1 + n % 28);
      g_autofree char *note = make_note (n);
      g_autoptr(UnknotSessionLog) log = NULL;
      int hour = n % 24;
      gboolean compression = n % 3 != 0;
      int before = n % 11;
      int after = n % 4 == 0 ? -1 : (int) (n % 7);

      log = unknot_test_session_new (date, hour, compression, before, after);
      /* each its own: the history keeps one session per routine and moment */
      log->started_at = MAX (g_get_real_time (), last + 1);
      last = log->started_at;
      unknot_session_log_set_note (log, note);

      say ("saving %" G_GINT64_FORMAT " %s %d %d %d %d %s\n", log->started_at, date, hour,
           compression, before, after, log->note != NULL ? log->note : "-");
      if (!unknot_history_store_save (store, log, &error))
        return fail ("saving a session", error);
      say ("saved %" G_GINT64_FORMAT "\n", log->started_at);
    }
}

static int
import_routines (const char         *folder_path,
                 const char * const *sources)
{
  g_autoptr(GFile) folder = g_file_new_for_path (folder_path);
  g_autoptr(UnknotRoutineLibrary) library = unknot_routine_library_new (folder);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_problem_free);

  unknot_routine_library_load (library, problems);
  if (problems->len > 0)
    return fail ("loading the library", NULL);

  for (guint i = 0; sources[i] != NULL; i++)
    {
      g_autoptr(GFile) source = g_file_new_for_path (sources[i]);
      g_autoptr(GError) error = NULL;
      UnknotRoutineEntry *entry = unknot_routine_library_import (library, source, problems, &error);

      if (entry == NULL)
        return fail (sources[i], error);
      say ("imported %s\n", unknot_routine_entry_get_id (entry));
    }
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "save"))
    return save_sessions (argv[2]);
  if (argc >= 4 && g_str_equal (argv[1], "import"))
    return import_routines (argv[2], (const char * const *) argv + 3);

  g_printerr ("Usage: %s save DB | import FOLDER SRC…\n", argv[0]);
  return 1;
}
