/* unknot-bench-content.c: how long loading the content takes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints two figures for build-aux/bench, each the median of several runs in ms:
 *   bundled_ms=…  the bundled breathing patterns, anatomy, safety screen and routines, loaded
 *                 and checked
 *   user_1000_ms=…  a library with 1,000 routine files in the user's folder
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "unknot-anatomy.h"
#include "unknot-routine-library.h"
#include "unknot-routine-loader.h"
#include "unknot-safety.h"

#define BUNDLED_RUNS 51
#define LIBRARY_RUNS 7
#define USER_ROUTINES 1000

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

static void
load_bundled_once (void)
{
  g_autoptr (GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_problem_free);
  g_autoptr (GHashTable) patterns = unknot_breathing_patterns_load_bundled (problems);
  g_autoptr (UnknotAnatomy) anatomy = unknot_anatomy_load_bundled (problems);
  g_autoptr (UnknotSafety) safety = unknot_safety_load_bundled (problems);
  g_auto (GStrv) names = g_resources_enumerate_children (RESOURCE_BASE_PATH "/routines/", 0, NULL);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (RESOURCE_BASE_PATH "/routines/", names[i], NULL);
      g_autoptr (GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
      g_autoptr (UnknotRoutine) routine = NULL;
      gsize length;
      const char *data = g_bytes_get_data (bytes, &length);

      if (g_str_equal (names[i], "breathing-patterns.json"))
        continue;
      routine = unknot_routine_load_from_data (data, length, names[i], patterns, problems);
      if (routine != NULL)
        unknot_routine_check_anatomy (routine, anatomy, data, length, names[i], problems);
    }
  if (problems->len > 0)
    g_error ("the bundled content has problems");
}

int
main (void)
{
  double bundled[BUNDLED_RUNS], library[LIBRARY_RUNS];
  g_autofree char *folder = g_dir_make_tmp ("unknot-bench-XXXXXX", NULL);
  g_autoptr (GBytes) template = g_resources_lookup_data (RESOURCE_BASE_PATH "/routines/daily-psoas-10.json", 0, NULL);
  g_autoptr (GFile) user_folder = g_file_new_for_path (folder);

  for (guint i = 0; i < BUNDLED_RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      load_bundled_once ();
      bundled[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  /* a thousand distinct, valid routines: the daily routine under other ids */
  for (guint i = 0; i < USER_ROUTINES; i++)
    {
      g_autoptr (GString) text = g_string_new_len (g_bytes_get_data (template, NULL), g_bytes_get_size (template));
      g_autofree char *id = g_strdup_printf ("\"user-routine-%04u\"", i);
      g_autofree char *path = g_strdup_printf ("%s/user-routine-%04u.json", folder, i);

      g_string_replace (text, "\"daily-psoas-10\"", id, 1);
      if (!g_file_set_contents (path, text->str, text->len, NULL))
        g_error ("cannot write %s", path);
    }
  for (guint i = 0; i < LIBRARY_RUNS; i++)
    {
      g_autoptr (UnknotRoutineLibrary) routines = unknot_routine_library_new (user_folder);
      g_autoptr (GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_problem_free);
      gint64 start = g_get_monotonic_time ();

      unknot_routine_library_load (routines, problems);
      library[i] = (g_get_monotonic_time () - start) / 1000.0;
      if (problems->len > 0 || g_list_model_get_n_items (G_LIST_MODEL (routines)) < USER_ROUTINES)
        g_error ("the generated routines did not all load");
    }

  for (guint i = 0; i < USER_ROUTINES; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/user-routine-%04u.json", folder, i);
      g_unlink (path);
    }
  g_rmdir (folder);

  {
    /* median() sorts, so min and max are read after it */
    double bundled_median = median (bundled, BUNDLED_RUNS);
    double library_median = median (library, LIBRARY_RUNS);

    printf ("bundled_ms=%.2f bundled_min=%.2f bundled_max=%.2f\n", bundled_median, bundled[0],
            bundled[BUNDLED_RUNS - 1]);
    printf ("user_1000_ms=%.1f user_1000_min=%.1f user_1000_max=%.1f\n", library_median, library[0],
            library[LIBRARY_RUNS - 1]);
  }
  return 0;
}
