/* test-anatomy-loader.c: the anatomy format's rules, and routines checked against anatomy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "unknot-anatomy.h"
#include "unknot-routine-loader.h"
#include "unknot-test-content.h"

static const char valid_anatomy[] =
  "{\n"
  "  \"format\": 1,\n"
  "  \"muscles\": [\n"
  "    { \"id\": \"psoas-major\", \"name\": \"Psoas major\", \"summary\": \"The main hip flexor.\", \"origin\": \"T12–L5\",\n"
  "      \"insertion\": \"Lesser trochanter\", \"action\": \"Flexes the hip\", \"innervation\": \"L1–L3\",\n"
  "      \"symptoms\": [\"Low-back ache\"], \"perpetuating_factors\": [\"Long sitting\"],\n"
  "      \"differential_diagnoses\": [\"Appendicitis\"], \"self_care\": [\"Move often\"],\n"
  "      \"associated_muscles\": [\"iliacus\"], \"main\": true },\n"
  "    { \"id\": \"iliacus\", \"name\": \"Iliacus\", \"summary\": \"Lines the pelvis.\", \"origin\": \"Iliac fossa\",\n"
  "      \"insertion\": \"Lesser trochanter\", \"action\": \"Flexes the hip\", \"innervation\": \"Femoral nerve\",\n"
  "      \"symptoms\": [], \"perpetuating_factors\": [], \"differential_diagnoses\": [], \"self_care\": [],\n"
  "      \"associated_muscles\": [\"psoas-major\"], \"main\": true }\n"
  "  ],\n"
  "  \"trigger_points\": [\n"
  "    { \"id\": \"psoas-upper\", \"name\": \"Upper psoas\", \"muscle\": \"psoas-major\", \"summary\": \"Beside the navel.\",\n"
  "      \"landmarks\": [\"navel\"], \"how_to_find\": \"Sink in slowly.\", \"signs\": [\"Firm when the knee lifts\"],\n"
  "      \"cautions\": [\"The aorta lies near\"], \"location\": { \"view\": \"front\", \"x\": 112, \"y\": 204 },\n"
  "      \"referred_pain\": [ { \"view\": \"back\", \"intensity\": \"primary\", \"shape\": { \"polygon\": [[100, 175], [120, 175], [118, 240]] } },\n"
  "                         { \"view\": \"front\", \"intensity\": \"spillover\", \"shape\": { \"ellipse\": [124, 290, 10, 25] } } ],\n"
  "      \"release_routine\": \"release-psoas-upper\" }\n"
  "  ],\n"
  "  \"pain_areas\": [ { \"id\": \"low-back\", \"name\": \"Low back\", \"view\": \"back\", \"shape\": { \"ellipse\": [100, 210, 40, 30] } } ],\n"
  "  \"advice\": [ { \"id\": \"sitting\", \"title\": \"Sit open\", \"text\": \"Open the hip angle.\", \"topics\": [\"sitting\"],\n"
  "                \"sources\": [ { \"citation\": \"A book\" } ] } ],\n"
  "  \"sources\": [ { \"citation\": \"A book\" } ]\n"
  "}\n";

static void
test_valid_anatomy_loads (void **state)
{
  g_autoptr (GPtrArray) problems = unknot_test_problems_new ();
  g_autoptr (UnknotAnatomy) anatomy = unknot_anatomy_load_from_data (valid_anatomy, strlen (valid_anatomy),
                                                                     "anatomy.json", problems);
  const UnknotTriggerPoint *point;
  const UnknotPainZone *zone;

  assert_int_equal (problems->len, 0);
  assert_non_null (anatomy);
  assert_int_equal (anatomy->muscles->len, 2);
  assert_true (unknot_anatomy_lookup_muscle (anatomy, "iliacus")->main);

  point = unknot_anatomy_lookup_trigger_point (anatomy, "psoas-upper");
  assert_non_null (point);
  assert_int_equal (point->view, UNKNOT_VIEW_FRONT);
  assert_float_equal (point->x, 112, 0.001);
  assert_int_equal (point->referred_pain->len, 2);
  zone = g_ptr_array_index (point->referred_pain, 0);
  assert_true (zone->primary);
  assert_int_equal (zone->shape.view, UNKNOT_VIEW_BACK);
  assert_false (zone->shape.is_ellipse);
  assert_int_equal (zone->shape.points->len, 3);
  zone = g_ptr_array_index (point->referred_pain, 1);
  assert_true (zone->shape.is_ellipse);
  assert_float_equal (zone->shape.ry, 25, 0.001);

  assert_int_equal (anatomy->pain_areas->len, 1);
  assert_int_equal (anatomy->advice->len, 1);
}

static const UnknotTestBadCase bad_cases[] = {
  { "unknown associated muscle", "[\"iliacus\"]", "[\"iliacuss\"]", "$.muscles[0].associated_muscles[0]",
    "no muscle “iliacuss”" },
  { "unknown muscle of a point", "\"muscle\": \"psoas-major\"", "\"muscle\": \"psoas\"", "$.trigger_points[0].muscle",
    "no muscle “psoas”" },
  { "duplicate muscle id", "\"id\": \"iliacus\"", "\"id\": \"psoas-major\"", "$.muscles[1].id", "already has the id" },
  { "point off the grid", "\"x\": 112", "\"x\": 212", "$.trigger_points[0].location.x", "out of range" },
  { "polygon point off the grid", "[118, 240]", "[118, 540]", "$.trigger_points[0].referred_pain[0].shape.polygon[2]",
    "lies off" },
  { "polygon too small", "[[100, 175], [120, 175], [118, 240]]", "[[100, 175], [120, 175]]",
    "$.trigger_points[0].referred_pain[0].shape.polygon", "3 to 64 points" },
  { "ellipse off the grid", "[124, 290, 10, 25]", "[195, 290, 10, 25]",
    "$.trigger_points[0].referred_pain[1].shape.ellipse", "lie on the" },
  { "both shapes", "{ \"ellipse\": [124, 290, 10, 25] }", "{ \"ellipse\": [124, 290, 10, 25], \"polygon\": [[1, 1], [2, 2], [3, 1]] }",
    "$.trigger_points[0].referred_pain[1].shape", "either" },
  { "no primary zone", "\"intensity\": \"primary\"", "\"intensity\": \"spillover\"", "$.trigger_points[0].referred_pain",
    "primary zone" },
  { "unknown view", "\"view\": \"front\", \"x\"", "\"view\": \"side\", \"x\"", "$.trigger_points[0].location.view",
    "not one of" },
  { "unknown advice topic", "\"topics\": [\"sitting\"]", "\"topics\": [\"sittin\"]", "$.advice[0].topics[0]",
    "not one of" },
  { "advice without sources", "\"sources\": [ { \"citation\": \"A book\" } ] } ]", "\"sources\": [] } ]",
    "$.advice[0].sources", "At least one source" },
  { "missing field", "\"how_to_find\": \"Sink in slowly.\", ", "", "$.trigger_points[0]", "“how_to_find” is missing" },
  { "unknown field", "\"main\": true }\n  ]", "\"main\": true, \"colour\": \"red\" }\n  ]", "$.muscles[1].colour",
    "not a field" },
};

static gboolean
load_anatomy (const char *text,
              gsize       length,
              GPtrArray  *problems)
{
  g_autoptr (UnknotAnatomy) anatomy = unknot_anatomy_load_from_data (text, length, "bad.json", problems);

  return anatomy != NULL;
}

static void
test_bad_anatomy (void **state)
{
  unknot_test_check_bad_cases (valid_anatomy, bad_cases, G_N_ELEMENTS (bad_cases), load_anatomy);
}

static const char routine_text[] =
  "{ \"format\": 1, \"id\": \"check-refs\", \"title\": \"T\", \"summary\": \"S\", \"kind\": \"release\",\n"
  "  \"level\": \"beginner\", \"estimated_duration\": 60, \"author\": \"A\", \"license\": \"CC0-1.0\",\n"
  "  \"targets\": { \"muscles\": [\"psoas-major\", \"psoas-minimus\"], \"trigger_points\": [\"psoas-upper\"] },\n"
  "  \"sources\": [ { \"citation\": \"A book\" } ],\n"
  "  \"steps\": [ { \"type\": \"locate\", \"title\": \"Find\", \"instructions\": \"Feel.\", \"trigger_point\": \"psoas-lower\",\n"
  "               \"landmarks\": [\"hip bone\"], \"signs\": [\"tender\"] } ] }\n";

static void
test_routine_references_are_checked (void **state)
{
  g_autoptr (GPtrArray) problems = unknot_test_problems_new ();
  g_autoptr (UnknotAnatomy) anatomy = unknot_anatomy_load_from_data (valid_anatomy, strlen (valid_anatomy),
                                                                     "anatomy.json", problems);
  g_autoptr (UnknotRoutine) routine = unknot_routine_load_from_data (routine_text, strlen (routine_text),
                                                                     "routine.json", NULL, problems);
  const UnknotProblem *problem;

  assert_non_null (anatomy);
  assert_non_null (routine);
  unknot_routine_check_anatomy (routine, anatomy, routine_text, strlen (routine_text), "routine.json", problems);

  assert_int_equal (problems->len, 2);
  problem = unknot_test_find_problem (problems, "no muscle “psoas-minimus”");
  assert_string_equal (problem->path, "$.targets.muscles[1]");
  assert_int_equal (problem->line, 3);
  assert_int_equal (problem->column, 43);
  problem = unknot_test_find_problem (problems, "no trigger point “psoas-lower”");
  assert_string_equal (problem->path, "$.steps[0].trigger_point");
  assert_int_equal (problem->line, 5);
}

/* The bundled anatomy is valid, covers what the bundled routines name, and each trigger
 * point leads to a bundled release routine that works on it. */
static void
test_bundled_content_is_cross_referenced (void **state)
{
  g_autoptr (GPtrArray) problems = unknot_test_problems_new ();
  g_autoptr (UnknotAnatomy) anatomy = unknot_anatomy_load_bundled (problems);
  g_autoptr (GHashTable) patterns = unknot_breathing_patterns_load_bundled (problems);
  g_autoptr (GHashTable) routines = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                           (GDestroyNotify) unknot_routine_unref);
  g_auto (GStrv) names = g_resources_enumerate_children (RESOURCE_BASE_PATH "/routines/", 0, NULL);
  static const char * const main_muscles[] = { "psoas-major", "psoas-minor", "iliacus" };

  for (guint i = 0; i < problems->len; i++)
    print_error ("%s\n", ((UnknotProblem *) g_ptr_array_index (problems, i))->message);
  assert_int_equal (problems->len, 0);
  assert_non_null (anatomy);

  for (gsize i = 0; i < G_N_ELEMENTS (main_muscles); i++)
    {
      const UnknotMuscle *muscle = unknot_anatomy_lookup_muscle (anatomy, main_muscles[i]);

      assert_non_null (muscle);
      assert_true (muscle->main);
      assert_true (g_strv_length (muscle->differential_diagnoses) > 0);
    }
  assert_true (anatomy->trigger_points->len >= 3);
  assert_true (anatomy->pain_areas->len >= 5);
  assert_true (anatomy->advice->len >= 5);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (RESOURCE_BASE_PATH "/routines/", names[i], NULL);
      g_autoptr (GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
      UnknotRoutine *routine;
      gsize length;
      const char *data = g_bytes_get_data (bytes, &length);

      if (g_str_equal (names[i], "breathing-patterns.json"))
        continue;
      routine = unknot_routine_load_from_data (data, length, names[i], patterns, problems);
      assert_non_null (routine);
      unknot_routine_check_anatomy (routine, anatomy, data, length, names[i], problems);
      for (guint j = 0; j < problems->len; j++)
        {
          g_autofree char *line = unknot_problem_to_string (g_ptr_array_index (problems, j));
          print_error ("%s\n", line);
        }
      assert_int_equal (problems->len, 0);
      g_hash_table_insert (routines, routine->id, routine);
    }

  for (guint i = 0; i < anatomy->trigger_points->len; i++)
    {
      const UnknotTriggerPoint *point = g_ptr_array_index (anatomy->trigger_points, i);
      UnknotRoutine *release = g_hash_table_lookup (routines, point->release_routine);

      assert_non_null (release);
      assert_int_equal (release->kind, UNKNOT_ROUTINE_KIND_RELEASE);
      assert_true (g_strv_contains ((const char * const *) release->target_trigger_points, point->id));
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_valid_anatomy_loads),
    cmocka_unit_test (test_bad_anatomy),
    cmocka_unit_test (test_routine_references_are_checked),
    cmocka_unit_test (test_bundled_content_is_cross_referenced),
  };

  return cmocka_run_group_tests_name ("anatomy-loader", tests, NULL, NULL);
}
