/* test-routine-library.c: bundled and user routines, import, export, remove and undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <glib/gstdio.h>
#include <string.h>

#include "unknot-routine-library.h"

static const char user_routine[] =
  "{ \"format\": 1, \"id\": \"my-stretch\", \"title\": \"A My Stretch\", \"summary\": \"Mine.\", \"kind\": \"stretch\",\n"
  "  \"level\": \"beginner\", \"estimated_duration\": 60, \"author\": \"Me\", \"license\": \"CC0-1.0\",\n"
  "  \"targets\": { \"muscles\": [\"psoas-major\"] },\n"
  "  \"sources\": [ { \"citation\": \"A book\" } ],\n"
  "  \"steps\": [ { \"type\": \"stretch\", \"title\": \"Lunge\", \"instructions\": \"Lunge gently.\", \"hold\": 30, \"reps\": 2 } ] }\n";

typedef struct
{
  char                 *folder;       /* a fresh temporary folder */
  GFile                *user_folder;  /* folder/routines */
  UnknotRoutineLibrary *library;
  GPtrArray            *problems;
  guint                 changes;
} Fixture;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *fixture)
{
  fixture->changes++;
}

static GFile *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (fixture->folder, name, NULL);

  assert_true (g_file_set_contents (path, contents, -1, NULL));
  return g_file_new_for_path (path);
}

static int
setup (void **state)
{
  Fixture *fixture = g_new0 (Fixture, 1);
  g_autofree char *routines = NULL;

  fixture->folder = g_dir_make_tmp ("unknot-library-XXXXXX", NULL);
  routines = g_build_filename (fixture->folder, "routines", NULL);
  fixture->user_folder = g_file_new_for_path (routines);
  fixture->library = unknot_routine_library_new (fixture->user_folder);
  fixture->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_problem_free);
  g_signal_connect (fixture->library, "items-changed", G_CALLBACK (items_changed_cb), fixture);

  *state = fixture;
  return 0;
}

static void
remove_tree (GFile *file)
{
  g_autoptr (GFileEnumerator) children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                    G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  GFileInfo *info;

  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autoptr (GFileInfo) owned = info;
      g_autoptr (GFile) child = g_file_get_child (file, g_file_info_get_name (info));

      remove_tree (child);
    }
  g_file_delete (file, NULL, NULL);
}

static int
teardown (void **state)
{
  Fixture *fixture = *state;
  g_autoptr (GFile) folder = g_file_new_for_path (fixture->folder);

  remove_tree (folder);
  g_clear_object (&fixture->library);
  g_clear_object (&fixture->user_folder);
  g_clear_pointer (&fixture->problems, g_ptr_array_unref);
  g_free (fixture->folder);
  g_free (fixture);
  return 0;
}

static guint
count_bundled (GListModel *model)
{
  guint bundled = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (UnknotRoutineEntry) entry = g_list_model_get_item (model, i);
      bundled += unknot_routine_entry_get_bundled (entry);
    }
  return bundled;
}

static void
test_bundled_routines_are_listed (void **state)
{
  Fixture *fixture = *state;
  GListModel *model = G_LIST_MODEL (fixture->library);
  UnknotRoutineEntry *release;

  /* no user folder yet: nothing wrong with that */
  unknot_routine_library_load (fixture->library, fixture->problems);
  assert_int_equal (fixture->problems->len, 0);
  assert_true (g_list_model_get_n_items (model) >= 8);
  assert_int_equal (count_bundled (model), g_list_model_get_n_items (model));
  assert_non_null (unknot_routine_library_get_anatomy (fixture->library));

  release = unknot_routine_library_lookup (fixture->library, "release-psoas-upper");
  assert_non_null (release);
  assert_true (unknot_routine_entry_get_bundled (release));
  assert_int_equal (unknot_routine_entry_get_routine (release)->kind, UNKNOT_ROUTINE_KIND_RELEASE);
}

static void
test_import_copies_and_lists (void **state)
{
  Fixture *fixture = *state;
  g_autoptr (GFile) source = write_file (fixture, "mine.json", user_routine);
  g_autoptr (GFile) copy = g_file_get_child (fixture->user_folder, "my-stretch.json");
  g_autoptr (GError) error = NULL;
  g_autofree char *copied = NULL;
  UnknotRoutineEntry *entry;
  guint n_items;

  unknot_routine_library_load (fixture->library, fixture->problems);
  n_items = g_list_model_get_n_items (G_LIST_MODEL (fixture->library));
  fixture->changes = 0;

  entry = unknot_routine_library_import (fixture->library, source, fixture->problems, &error);
  assert_null (error);
  assert_non_null (entry);
  assert_false (unknot_routine_entry_get_bundled (entry));
  assert_int_equal (fixture->changes, 1);
  assert_int_equal (g_list_model_get_n_items (G_LIST_MODEL (fixture->library)), n_items + 1);

  /* a real copy of the same bytes, not a link; deleting the original changes nothing */
  assert_int_equal (g_file_query_file_type (copy, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL), G_FILE_TYPE_REGULAR);
  assert_true (g_file_load_contents (copy, NULL, &copied, NULL, NULL, NULL));
  assert_string_equal (copied, user_routine);
  assert_true (g_file_delete (source, NULL, NULL));

  /* a user routine follows the bundled ones even when its title sorts first */
  {
    g_autoptr (UnknotRoutineEntry) last = g_list_model_get_item (G_LIST_MODEL (fixture->library), n_items);
    assert_ptr_equal (last, entry);
  }

  /* and it is there the next time the library loads */
  g_clear_object (&fixture->library);
  fixture->library = unknot_routine_library_new (fixture->user_folder);
  unknot_routine_library_load (fixture->library, fixture->problems);
  assert_int_equal (fixture->problems->len, 0);
  assert_non_null (unknot_routine_library_lookup (fixture->library, "my-stretch"));
}

static void
test_import_refuses (void **state)
{
  Fixture *fixture = *state;
  g_autoptr (GString) bundled_id = g_string_new (user_routine);
  g_autoptr (GString) broken = g_string_new (user_routine);
  g_autoptr (GString) unknown_point = g_string_new (user_routine);
  g_autoptr (GFile) first = write_file (fixture, "mine.json", user_routine);
  g_autoptr (GFile) clash = NULL;
  g_autoptr (GFile) bad = NULL;
  g_autoptr (GFile) unknown = NULL;
  g_autoptr (GError) error = NULL;
  guint n_items;

  unknot_routine_library_load (fixture->library, fixture->problems);
  n_items = g_list_model_get_n_items (G_LIST_MODEL (fixture->library));

  /* a bundled routine's id */
  g_string_replace (bundled_id, "\"my-stretch\"", "\"desk-break-3\"", 1);
  clash = write_file (fixture, "clash.json", bundled_id->str);
  assert_null (unknot_routine_library_import (fixture->library, clash, fixture->problems, &error));
  assert_true (g_error_matches (error, UNKNOT_ROUTINE_LIBRARY_ERROR, UNKNOT_ROUTINE_LIBRARY_ERROR_BUNDLED_ID));
  g_clear_error (&error);

  /* the same id twice */
  assert_non_null (unknot_routine_library_import (fixture->library, first, fixture->problems, &error));
  assert_null (unknot_routine_library_import (fixture->library, first, fixture->problems, &error));
  assert_true (g_error_matches (error, UNKNOT_ROUTINE_LIBRARY_ERROR, UNKNOT_ROUTINE_LIBRARY_ERROR_EXISTS));
  g_clear_error (&error);
  assert_int_equal (fixture->problems->len, 0);

  /* a broken file: its problems, and nothing in the folder */
  g_string_replace (broken, "\"hold\": 30", "\"hold\": \"long\"", 1);
  g_string_replace (broken, "\"my-stretch\"", "\"my-broken\"", 1);
  bad = write_file (fixture, "bad.json", broken->str);
  assert_null (unknot_routine_library_import (fixture->library, bad, fixture->problems, &error));
  assert_true (g_error_matches (error, UNKNOT_ROUTINE_LIBRARY_ERROR, UNKNOT_ROUTINE_LIBRARY_ERROR_INVALID));
  g_clear_error (&error);
  assert_int_equal (fixture->problems->len, 1);
  assert_string_equal (((UnknotProblem *) g_ptr_array_index (fixture->problems, 0))->path, "$.steps[0].hold");
  assert_int_equal (((UnknotProblem *) g_ptr_array_index (fixture->problems, 0))->line, 5);
  {
    g_autoptr (GFile) never = g_file_get_child (fixture->user_folder, "my-broken.json");
    assert_false (g_file_query_exists (never, NULL));
  }

  /* a muscle the anatomy does not know */
  g_ptr_array_set_size (fixture->problems, 0);
  g_string_replace (unknown_point, "\"psoas-major\"", "\"psoas-maximus\"", 1);
  g_string_replace (unknown_point, "\"my-stretch\"", "\"my-unknown\"", 1);
  unknown = write_file (fixture, "unknown.json", unknown_point->str);
  assert_null (unknot_routine_library_import (fixture->library, unknown, fixture->problems, &error));
  assert_int_equal (fixture->problems->len, 1);
  assert_string_equal (((UnknotProblem *) g_ptr_array_index (fixture->problems, 0))->path, "$.targets.muscles[0]");

  assert_int_equal (g_list_model_get_n_items (G_LIST_MODEL (fixture->library)), n_items + 1);
}

static void
test_export_round_trip (void **state)
{
  Fixture *fixture = *state;
  g_autoptr (GFile) source = write_file (fixture, "mine.json", user_routine);
  g_autoptr (GFile) exported = NULL;
  g_autoptr (GFile) bundled_copy = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  UnknotRoutineEntry *entry;

  unknot_routine_library_load (fixture->library, fixture->problems);
  entry = unknot_routine_library_import (fixture->library, source, fixture->problems, &error);
  assert_non_null (entry);

  /* export, remove, import the export: the same routine again */
  exported = write_file (fixture, "exported.json", "");
  assert_true (unknot_routine_library_export (fixture->library, entry, exported, &error));
  assert_true (g_file_load_contents (exported, NULL, &text, NULL, NULL, NULL));
  assert_string_equal (text, user_routine);
  {
    g_autoptr (UnknotRoutineEntry) removed = g_object_ref (entry);

    assert_true (unknot_routine_library_remove (fixture->library, removed, &error));
    unknot_routine_library_forget_removed (fixture->library, removed);
  }
  assert_null (unknot_routine_library_lookup (fixture->library, "my-stretch"));
  entry = unknot_routine_library_import (fixture->library, exported, fixture->problems, &error);
  assert_non_null (entry);
  assert_string_equal (unknot_routine_entry_get_title (entry), "A My Stretch");

  /* bundled routines export too, and what they export imports cleanly elsewhere */
  bundled_copy = write_file (fixture, "bundled.json", "");
  assert_true (unknot_routine_library_export (fixture->library,
                                              unknot_routine_library_lookup (fixture->library, "desk-break-3"),
                                              bundled_copy, &error));
  g_clear_pointer (&text, g_free);
  assert_true (g_file_load_contents (bundled_copy, NULL, &text, NULL, NULL, NULL));
  assert_non_null (strstr (text, "\"desk-break-3\""));
}

static void
test_remove_and_undo (void **state)
{
  Fixture *fixture = *state;
  g_autoptr (GFile) source = write_file (fixture, "mine.json", user_routine);
  g_autoptr (GFile) copy = g_file_get_child (fixture->user_folder, "my-stretch.json");
  g_autoptr (GError) error = NULL;
  g_autoptr (UnknotRoutineEntry) entry = NULL;
  guint n_items;

  unknot_routine_library_load (fixture->library, fixture->problems);
  entry = g_object_ref (unknot_routine_library_import (fixture->library, source, fixture->problems, &error));
  n_items = g_list_model_get_n_items (G_LIST_MODEL (fixture->library));

  /* bundled routines are read-only */
  assert_false (unknot_routine_library_remove (fixture->library,
                                               unknot_routine_library_lookup (fixture->library, "desk-break-3"),
                                               &error));
  assert_true (g_error_matches (error, UNKNOT_ROUTINE_LIBRARY_ERROR, UNKNOT_ROUTINE_LIBRARY_ERROR_READ_ONLY));
  g_clear_error (&error);

  assert_true (unknot_routine_library_remove (fixture->library, entry, &error));
  assert_int_equal (g_list_model_get_n_items (G_LIST_MODEL (fixture->library)), n_items - 1);
  assert_false (g_file_query_exists (copy, NULL));

  assert_true (unknot_routine_library_undo_remove (fixture->library, entry, &error));
  assert_int_equal (g_list_model_get_n_items (G_LIST_MODEL (fixture->library)), n_items);
  assert_true (g_file_query_exists (copy, NULL));

  /* removed for good: gone from the folder, and not back on the next load */
  assert_true (unknot_routine_library_remove (fixture->library, entry, &error));
  unknot_routine_library_forget_removed (fixture->library, entry);
  g_clear_object (&fixture->library);
  fixture->library = unknot_routine_library_new (fixture->user_folder);
  unknot_routine_library_load (fixture->library, fixture->problems);
  assert_null (unknot_routine_library_lookup (fixture->library, "my-stretch"));
  assert_int_equal (fixture->problems->len, 0);
}

static void
test_broken_user_files_are_skipped (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *folder = g_file_get_path (fixture->user_folder);
  g_autofree char *good = g_build_filename (folder, "good.json", NULL);
  g_autofree char *bad = g_build_filename (folder, "bad.json", NULL);
  g_autofree char *clash = g_build_filename (folder, "clash.json", NULL);
  g_autoptr (GString) bundled_id = g_string_new (user_routine);

  g_mkdir_with_parents (folder, 0700);
  g_file_set_contents (good, user_routine, -1, NULL);
  g_file_set_contents (bad, "{ \"format\": 1,", -1, NULL);
  g_string_replace (bundled_id, "\"my-stretch\"", "\"desk-break-3\"", 1);
  g_file_set_contents (clash, bundled_id->str, -1, NULL);

  unknot_routine_library_load (fixture->library, fixture->problems);
  assert_non_null (unknot_routine_library_lookup (fixture->library, "my-stretch"));
  assert_true (unknot_routine_entry_get_bundled (unknot_routine_library_lookup (fixture->library, "desk-break-3")));
  assert_int_equal (fixture->problems->len, 2);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_bundled_routines_are_listed, setup, teardown),
    cmocka_unit_test_setup_teardown (test_import_copies_and_lists, setup, teardown),
    cmocka_unit_test_setup_teardown (test_import_refuses, setup, teardown),
    cmocka_unit_test_setup_teardown (test_export_round_trip, setup, teardown),
    cmocka_unit_test_setup_teardown (test_remove_and_undo, setup, teardown),
    cmocka_unit_test_setup_teardown (test_broken_user_files_are_skipped, setup, teardown),
  };

  return cmocka_run_group_tests_name ("routine-library", tests, NULL, NULL);
}
