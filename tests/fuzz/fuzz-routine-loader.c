/* fuzz-routine-loader.c: libFuzzer target for the content loaders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every input goes to unknot_routine_load_from_data (with the bundled breathing patterns
 * known), to unknot_breathing_patterns_load_from_data, to unknot_anatomy_load_from_data and
 * to unknot_safety_load_from_data, as a file from outside would.
 * Besides the sanitizers' findings, a broken contract aborts: a warning or critical, a
 * routine returned together with a problem, a file refused without any problem, or a
 * problem whose text is not valid UTF-8. tests/fuzz/meson.build runs it over the corpus.
 *
 * To reproduce a crash: fuzz-routine-loader CRASH-FILE (in the build directory's tests/fuzz).
 */

#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "fuzz-common.h"
#include "unknot-anatomy.h"
#include "unknot-routine-loader.h"
#include "unknot-safety.h"

int LLVMFuzzerInitialize (int    *argc,
                          char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* Loaded once, kept for the whole run (still reachable, so not a leak). */
static GHashTable *bundled_patterns;

static GPtrArray *
problems_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_problem_free);
}

/* A loader returns its result without problems, or nothing with at least one. */
static void
check_outcome (const char *what,
               gboolean    loaded,
               GPtrArray  *problems)
{
  if (loaded && problems->len > 0)
    {
      fprintf (stderr, "fuzz-routine-loader: %s was returned together with problems\n", what);
      abort ();
    }
  if (!loaded && problems->len == 0)
    {
      fprintf (stderr, "fuzz-routine-loader: %s was refused without any problem\n", what);
      abort ();
    }
  fuzz_check_problems (problems);
}

static void
fuzz_routine (const char *data,
              gsize       length)
{
  g_autoptr (GPtrArray) problems = problems_new ();
  g_autoptr (UnknotRoutine) routine = NULL;

  routine = unknot_routine_load_from_data (data, length, FUZZ_FILE_NAME, bundled_patterns,
                                           problems);
  check_outcome ("a routine", routine != NULL, problems);
}

static void
fuzz_patterns (const char *data,
               gsize       length)
{
  g_autoptr (GPtrArray) problems = problems_new ();
  g_autoptr (GHashTable) patterns = NULL;

  patterns = unknot_breathing_patterns_load_from_data (data, length, FUZZ_FILE_NAME, problems);
  check_outcome ("a breathing-pattern file", patterns != NULL, problems);
}

static void
fuzz_anatomy (const char *data,
              gsize       length)
{
  g_autoptr (GPtrArray) problems = problems_new ();
  g_autoptr (UnknotAnatomy) anatomy = NULL;

  anatomy = unknot_anatomy_load_from_data (data, length, FUZZ_FILE_NAME, problems);
  check_outcome ("an anatomy file", anatomy != NULL, problems);
}

static void
fuzz_safety (const char *data,
             gsize       length)
{
  g_autoptr (GPtrArray) problems = problems_new ();
  g_autoptr (UnknotSafety) safety = NULL;

  safety = unknot_safety_load_from_data (data, length, FUZZ_FILE_NAME, problems);
  check_outcome ("a safety file", safety != NULL, problems);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr (GPtrArray) problems = problems_new ();

  /* A warning or critical (a failed precondition among them) is a finding too. */
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);

  bundled_patterns = unknot_breathing_patterns_load_bundled (problems);
  if (bundled_patterns == NULL || problems->len > 0)
    fuzz_fail ("the bundled breathing patterns do not load");

  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  fuzz_routine ((const char *) data, size);
  fuzz_patterns ((const char *) data, size);
  fuzz_anatomy ((const char *) data, size);
  fuzz_safety ((const char *) data, size);

  return 0;
}
