/* fuzz-history-import.c: libFuzzer target for reading an exported history back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every input goes to unknot_history_from_json, as a file chosen under Your Data → Import
 * would. Besides the sanitizers' findings, a broken contract aborts: a warning or
 * critical, sessions returned together with a problem, a file refused without any
 * problem, a problem whose text is not valid UTF-8, or a history read that does not come
 * back whole when written out again and read once more. What is read is also imported
 * into a history in memory and written as CSV.
 *
 * To reproduce a crash: fuzz-history-import CRASH-FILE (in the build directory's tests/fuzz).
 */

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "fuzz-common.h"
#include "unknot-history-export.h"
#include "unknot-memory-history.h"

int LLVMFuzzerInitialize (int    *argc,
                          char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A warning or critical (a failed precondition among them) is a finding too. */
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr (GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_problem_free);
  g_autoptr (GPtrArray) sessions = NULL;
  g_autoptr (GPtrArray) checks = NULL;
  g_autoptr (GPtrArray) again_sessions = NULL;
  g_autoptr (GPtrArray) again_checks = NULL;
  g_autoptr (UnknotHistoryStore) store = NULL;
  g_autoptr (GDateTime) now = NULL;
  g_autoptr (GTimeZone) zone = NULL;
  g_autofree char *json = NULL;
  g_autofree char *csv = NULL;
  gboolean loaded;
  guint added = 0;

  loaded = unknot_history_from_json (FUZZ_FILE_NAME, (const char *) data, size, &sessions, &checks, problems);
  if (loaded && problems->len > 0)
    fuzz_fail ("a history was returned together with problems");
  if (!loaded && problems->len == 0)
    fuzz_fail ("a history was refused without any problem");
  if (loaded != (sessions != NULL) || loaded != (checks != NULL))
    fuzz_fail ("a history half returned");
  fuzz_check_problems (problems);
  if (!loaded)
    return 0;

  /* written out and read again, it is the same history */
  now = g_date_time_new_utc (2026, 11, 21, 20, 0, 0);
  json = unknot_history_to_json (sessions, checks, now);
  if (!unknot_history_from_json (FUZZ_FILE_NAME, json, strlen (json), &again_sessions, &again_checks, problems))
    fuzz_fail ("a history read does not read again once written");
  if (again_sessions->len != sessions->len || again_checks->len != checks->len)
    fuzz_fail ("a history written and read again lost something");

  zone = g_time_zone_new_utc ();
  csv = unknot_history_to_csv (sessions, zone);
  if (csv == NULL || !g_utf8_validate (csv, -1, NULL))
    fuzz_fail ("the CSV is not valid UTF-8");

  store = unknot_memory_history_new ();
  if (!unknot_history_store_import (store, sessions, checks, &added, NULL))
    fuzz_fail ("a history read could not be imported");
  return 0;
}
