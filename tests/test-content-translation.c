/* test-content-translation.c: bundled content shows in the user's language, user files as written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs in a German locale made for the test (LOCPATH) with a small test catalogue
 * (tests/data/content-de.po); skipped where no locale could be made.
 */

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <glib/gstdio.h>
#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unknot-routine-library.h"
#include "unknot-safety.h"

static const char user_routine[] =
  "{ \"format\": 1, \"id\": \"my-desk-break\", \"title\": \"Desk Break\", \"summary\": \"Mine.\", \"kind\": \"stretch\",\n"
  "  \"level\": \"beginner\", \"estimated_duration\": 60, \"author\": \"Me\", \"license\": \"CC0-1.0\",\n"
  "  \"sources\": [ { \"citation\": \"A book\" } ],\n"
  "  \"steps\": [ { \"type\": \"stretch\", \"title\": \"Stand behind your chair\", \"instructions\": \"Stretch.\", \"hold\": 30, \"reps\": 2 } ] }\n";

static void
test_bundled_content_is_translated (void **state)
{
  g_autofree char *folder = g_dir_make_tmp ("unknot-translation-XXXXXX", NULL);
  g_autofree char *source_path = g_build_filename (folder, "mine.json", NULL);
  g_autofree char *routines_path = g_build_filename (folder, "routines", NULL);
  g_autoptr (GFile) routines = g_file_new_for_path (routines_path);
  g_autoptr (GFile) source = g_file_new_for_path (source_path);
  g_autoptr (UnknotRoutineLibrary) library = unknot_routine_library_new (routines);
  g_autoptr (GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_problem_free);
  g_autoptr (GError) error = NULL;
  UnknotRoutineEntry *bundled, *mine;
  UnknotRoutine *routine;
  g_autofree char *copy = NULL;

  unknot_routine_library_load (library, problems);
  assert_int_equal (problems->len, 0);

  /* the bundled routine, its steps and the anatomy speak German where the catalogue does */
  bundled = unknot_routine_library_lookup (library, "desk-break-3");
  routine = unknot_routine_entry_get_routine (bundled);
  assert_string_equal (routine->title, "Schreibtischpause");
  assert_string_equal (((UnknotStep *) g_ptr_array_index (routine->steps, 0))->title,
                       "Stellen Sie sich hinter Ihren Stuhl");
  /* texts the catalogue lacks stay as written */
  assert_string_equal (routine->summary, "Three minutes away from your chair: a standing hip stretch with the chair "
                                         "for balance, then a few slow breaths.");
  assert_string_equal (unknot_anatomy_lookup_muscle (unknot_routine_library_get_anatomy (library), "psoas-major")->name,
                       "Großer Lendenmuskel");

  /* and so does the safety check */
  {
    g_autoptr (UnknotSafety) safety = unknot_safety_load_bundled (problems);

    assert_non_null (safety);
    assert_string_equal (unknot_safety_lookup_question (safety, "pregnancy")->question,
                         "Sind Sie schwanger, oder könnten Sie es sein?");
    assert_string_equal (unknot_safety_lookup_question (safety, "pregnancy")->topic, "Pregnancy");
  }

  /* a user's file is shown as its author wrote it, even where a translation exists */
  assert_true (g_file_set_contents (source_path, user_routine, -1, NULL));
  mine = unknot_routine_library_import (library, source, problems, &error);
  assert_non_null (mine);
  assert_string_equal (unknot_routine_entry_get_title (mine), "Desk Break");

  /* and exporting a bundled routine gives its original file, not the translation */
  copy = g_build_filename (folder, "copy.json", NULL);
  {
    g_autoptr (GFile) copy_file = g_file_new_for_path (copy);
    g_autofree char *text = NULL;

    assert_true (unknot_routine_library_export (library, bundled, copy_file, &error));
    assert_true (g_file_get_contents (copy, &text, NULL, NULL));
    assert_non_null (strstr (text, "\"title\": \"Desk Break\""));
  }

  unknot_routine_library_remove (library, mine, NULL);
  g_unlink (copy);
  g_unlink (source_path);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_bundled_content_is_translated),
  };
  const char *catalogues = g_getenv ("UNKNOT_TEST_LOCALEDIR");

  if (setlocale (LC_ALL, "") == NULL || catalogues == NULL)
    {
      printf ("1..0 # SKIP no German locale could be made for this test\n");
      return 77;
    }
  bindtextdomain (GETTEXT_PACKAGE, catalogues);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  return cmocka_run_group_tests_name ("content-translation", tests, NULL, NULL);
}
