/* unknot-content-check.c: what `unknot --check-routine` and `--check-anatomy` do, and the
 * checks and texts of all the bundled content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Authors of routines and anatomy files get the app's own checks: each file is loaded as
 * the app would load it, against the bundled content it refers to, and every problem is
 * collected.
 */

#define G_LOG_DOMAIN "unknot-content-check"

#include "config.h"

#include <json-glib/json-glib.h>

#include "unknot-anatomy.h"
#include "unknot-content-check.h"
#include "unknot-content-private.h"
#include "unknot-json-checker.h"
#include "unknot-routine-loader.h"

const UnknotLoadOptions unknot_bundled_options = { TRUE, NULL };

/* A library has "breathing_patterns" and no "steps"; only files json-glib can parse
 * within the limits qualify, the rest goes to the routine checks that explain why not. */
static gboolean
is_pattern_library (const char *data,
                    gsize       length)
{
  g_autoptr (JsonParser) parser = NULL;
  JsonNode *root;

  if (!g_utf8_validate_len (data, length, NULL) ||
      !unknot_json_check_depth (data, length, UNKNOT_CONTENT_MAX_DEPTH, NULL))
    return FALSE;

  parser = json_parser_new ();  /* see unknot_checker_parse() */
  if (!json_parser_load_from_data (parser, data, (gssize) length, NULL))
    return FALSE;

  root = json_parser_get_root (parser);
  return root != NULL && JSON_NODE_TYPE (root) == JSON_NODE_OBJECT &&
         json_object_has_member (json_node_get_object (root), "breathing_patterns") &&
         !json_object_has_member (json_node_get_object (root), "steps");
}

static GPtrArray *
problems_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_problem_free);
}

/**
 * unknot_routine_check_files:
 * @paths: file paths as the user gave them
 *
 * Loads each routine (or breathing-pattern library) with the bundled breathing patterns
 * and anatomy known, and collects every problem.
 *
 * Returns: (transfer full) (element-type UnknotProblem): the problems, empty when all is well
 */
GPtrArray *
unknot_routine_check_files (const char * const *paths)
{
  GPtrArray *problems = problems_new ();
  g_autoptr (GHashTable) patterns = unknot_breathing_patterns_load_bundled (problems);
  g_autoptr (UnknotAnatomy) anatomy = unknot_anatomy_load_bundled (problems);

  g_return_val_if_fail (paths != NULL, problems);

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (paths[i]);
      g_autofree char *contents = NULL;
      gsize length;

      if (!unknot_content_read_file (file, paths[i], problems, &contents, &length))
        continue;

      if (is_pattern_library (contents, length))
        {
          g_autoptr (GHashTable) library = unknot_breathing_patterns_load_from_data (contents, length, paths[i], problems);
        }
      else
        {
          g_autoptr (UnknotRoutine) routine = unknot_routine_load_from_data (contents, length, paths[i],
                                                                             patterns, problems);

          if (routine != NULL && anatomy != NULL)
            unknot_routine_check_anatomy (routine, anatomy, contents, length, paths[i], problems);
        }
    }

  return problems;
}

/**
 * unknot_anatomy_check_files:
 * @paths: file paths as the user gave them
 *
 * Returns: (transfer full) (element-type UnknotProblem): the problems, empty when all is well
 */
GPtrArray *
unknot_anatomy_check_files (const char * const *paths)
{
  GPtrArray *problems = problems_new ();

  g_return_val_if_fail (paths != NULL, problems);

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (paths[i]);
      g_autoptr (UnknotAnatomy) anatomy = NULL;
      g_autofree char *contents = NULL;
      gsize length;

      if (unknot_content_read_file (file, paths[i], problems, &contents, &length))
        anatomy = unknot_anatomy_load_from_data (contents, length, paths[i], problems);
    }

  return problems;
}

static GBytes *
lookup_bundled (const char *relative,
                GPtrArray  *problems)
{
  g_autofree char *path = g_strconcat (RESOURCE_BASE_PATH "/", relative, NULL);

  return unknot_content_lookup_bundled (path, problems);
}

/* Loads every bundled content file as the app does, with @options, each named as it
 * stands in the source tree; the routines are checked against the anatomy too. */
static void
load_bundled_content (const UnknotLoadOptions *options,
                      GPtrArray               *problems)
{
  g_autoptr (GHashTable) patterns = NULL;
  g_autoptr (UnknotAnatomy) anatomy = NULL;
  g_autoptr (UnknotSafety) safety = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_auto (GStrv) names = NULL;
  gsize length;
  const char *data;

  if ((bytes = lookup_bundled ("routines/breathing-patterns.json", problems)) != NULL)
    {
      data = g_bytes_get_data (bytes, &length);
      patterns = unknot_breathing_patterns_load_with_options (data, length, "resources/routines/breathing-patterns.json",
                                                              options, problems);
    }
  g_clear_pointer (&bytes, g_bytes_unref);
  if ((bytes = lookup_bundled ("anatomy/anatomy.json", problems)) != NULL)
    {
      data = g_bytes_get_data (bytes, &length);
      anatomy = unknot_anatomy_load_with_options (data, length, "resources/anatomy/anatomy.json", options, problems);
    }
  g_clear_pointer (&bytes, g_bytes_unref);
  if ((bytes = lookup_bundled ("safety/safety.json", problems)) != NULL)
    {
      data = g_bytes_get_data (bytes, &length);
      safety = unknot_safety_load_with_options (data, length, "resources/safety/safety.json", options, problems);
    }
  g_clear_pointer (&bytes, g_bytes_unref);

  names = g_resources_enumerate_children (RESOURCE_BASE_PATH "/routines/", G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *relative = g_strconcat ("routines/", names[i], NULL);
      g_autofree char *shown = g_strconcat ("resources/", relative, NULL);
      g_autoptr (GBytes) routine_bytes = NULL;
      g_autoptr (UnknotRoutine) routine = NULL;

      if (g_str_equal (names[i], "breathing-patterns.json") || (routine_bytes = lookup_bundled (relative, problems)) == NULL)
        continue;
      data = g_bytes_get_data (routine_bytes, &length);
      routine = unknot_routine_load_with_options (data, length, shown, patterns, options, problems);
      if (routine != NULL && anatomy != NULL)
        unknot_routine_check_anatomy (routine, anatomy, data, length, shown, problems);
    }
}

/**
 * unknot_content_check_bundled:
 *
 * Loads every bundled content file (breathing patterns, anatomy, safety screen, routines)
 * with the checks files from outside get.
 *
 * Returns: (transfer full) (element-type UnknotProblem): the problems, empty when all is well
 */
GPtrArray *
unknot_content_check_bundled (void)
{
  GPtrArray *problems = problems_new ();

  load_bundled_content (NULL, problems);
  return problems;
}

/**
 * unknot_content_collect_strings:
 * @problems: (element-type UnknotProblem): problems of the bundled content, if any
 *
 * Every text people read in the bundled content, for the translators' template: each
 * as an UnknotProblem whose message is the text, with the file (relative to the source
 * tree), line, column and JSON path where it stands.
 *
 * Returns: (transfer full) (element-type UnknotProblem): the texts, in file order
 */
GPtrArray *
unknot_content_collect_strings (GPtrArray *problems)
{
  GPtrArray *texts = problems_new ();
  UnknotLoadOptions options = { FALSE, texts };

  g_return_val_if_fail (problems != NULL, texts);

  load_bundled_content (&options, problems);
  return texts;
}
