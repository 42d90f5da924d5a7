/* test-routine-loader.c: every validation rule of the routine format, one bad file each
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

#include "unknot-json-scan.h"
#include "unknot-routine-loader.h"

/* A valid routine that uses every step type. Each bad case below changes one thing. */
static const char valid_routine[] =
  "{\n"
  "  \"format\": 1,\n"
  "  \"id\": \"test-routine\",\n"
  "  \"title\": \"Test Routine\",\n"
  "  \"summary\": \"A routine for the tests.\",\n"
  "  \"kind\": \"stretch\",\n"
  "  \"level\": \"beginner\",\n"
  "  \"estimated_duration\": 120,\n"
  "  \"equipment\": [\"mat\"],\n"
  "  \"targets\": { \"muscles\": [\"psoas-major\"], \"trigger_points\": [\"psoas-upper\"] },\n"
  "  \"contraindications\": [\"floor-work\"],\n"
  "  \"author\": \"Tests\",\n"
  "  \"license\": \"CC0-1.0\",\n"
  "  \"sources\": [ { \"citation\": \"A book\", \"url\": \"https://example.org\" } ],\n"
  "  \"breathing_patterns\": { \"slow-5-5\": { \"title\": \"Slow\", \"inhale\": 5, \"hold_in\": 0, \"exhale\": 5.5, \"hold_out\": 0 } },\n"
  "  \"steps\": [\n"
  "    { \"type\": \"rate\", \"when\": \"before\" },\n"
  "    { \"type\": \"position\", \"title\": \"Lie down\", \"instructions\": \"Lie on your back.\", \"image\": \"images/lie.svg\" },\n"
  "    { \"type\": \"locate\", \"title\": \"Find it\", \"instructions\": \"Feel for it.\", \"trigger_point\": \"psoas-upper\", \"landmarks\": [\"navel\"], \"signs\": [\"tender\"], \"side\": \"both\" },\n"
  "    { \"type\": \"press\", \"title\": \"Press\", \"instructions\": \"Press.\", \"trigger_point\": \"psoas-upper\", \"hold\": { \"default\": 60, \"min\": 30, \"max\": 90 }, \"pressure\": { \"target\": 4, \"max\": 5, \"words\": \"firm\" }, \"holds\": 2, \"rest_between\": 20, \"breathing\": \"relax-3-7\", \"side\": \"both\", \"prompts\": [ { \"at\": 30, \"cue\": \"halfway\", \"say\": \"Halfway.\" } ] },\n"
  "    { \"type\": \"stretch\", \"title\": \"Stretch\", \"instructions\": \"Stretch.\", \"hold\": 30, \"reps\": 2, \"side\": \"both\", \"breathing\": \"slow-5-5\" },\n"
  "    { \"type\": \"exercise\", \"title\": \"Bridge\", \"instructions\": \"Lift.\", \"reps\": 10, \"sets\": 2, \"tempo\": { \"up\": 2, \"hold\": 2, \"down\": 2 } },\n"
  "    { \"type\": \"rest\", \"duration\": 20 },\n"
  "    { \"type\": \"breathe\", \"title\": \"Breathe\", \"pattern\": \"paced-4-6\", \"duration\": 60 },\n"
  "    { \"type\": \"info\", \"title\": \"Done\", \"instructions\": \"Well done.\" },\n"
  "    { \"type\": \"rate\", \"when\": \"after\" }\n"
  "  ]\n"
  "}\n";

static GHashTable *known_patterns;

static UnknotBreathingPattern *
pattern_new (const char *id,
             double      inhale,
             double      exhale)
{
  UnknotBreathingPattern *pattern = g_new0 (UnknotBreathingPattern, 1);

  pattern->id = g_strdup (id);
  pattern->title = g_strdup (id);
  pattern->inhale = inhale;
  pattern->exhale = exhale;
  return pattern;
}

static int
setup_patterns (void **state)
{
  known_patterns = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) unknot_breathing_pattern_free);
  g_hash_table_insert (known_patterns, (gpointer) "paced-4-6", pattern_new ("paced-4-6", 4, 6));
  g_hash_table_insert (known_patterns, (gpointer) "relax-3-7", pattern_new ("relax-3-7", 3, 7));
  return 0;
}

static int
teardown_patterns (void **state)
{
  g_clear_pointer (&known_patterns, g_hash_table_unref);
  return 0;
}

static GPtrArray *
problems_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_problem_free);
}

/* Line and column (1-based, in characters) of the first @marker in @text */
static void
position_of (const char *text,
             const char *marker,
             guint      *line,
             guint      *column)
{
  const char *found = strstr (text, marker);

  assert_non_null (found);
  *line = 1;
  *column = 1;
  for (const char *p = text; p < found; p = g_utf8_next_char (p))
    {
      if (*p == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else
        (*column)++;
    }
}

static void
test_valid_routine_loads (void **state)
{
  g_autoptr (GPtrArray) problems = problems_new ();
  g_autoptr (UnknotRoutine) routine = NULL;
  UnknotStep *press, *stretch, *exercise;

  routine = unknot_routine_load_from_data (valid_routine, strlen (valid_routine), "valid.json",
                                           known_patterns, problems);
  for (guint i = 0; i < problems->len; i++)
    print_error ("unexpected problem: %s\n", ((UnknotProblem *) g_ptr_array_index (problems, i))->message);
  assert_int_equal (problems->len, 0);
  assert_non_null (routine);

  assert_string_equal (routine->id, "test-routine");
  assert_int_equal (routine->kind, UNKNOT_ROUTINE_KIND_STRETCH);
  assert_int_equal (routine->estimated_duration, 120);
  assert_string_equal (routine->target_trigger_points[0], "psoas-upper");
  assert_string_equal (routine->contraindications[0], "floor-work");
  assert_int_equal (routine->sources->len, 1);
  assert_true (g_hash_table_contains (routine->breathing_patterns, "slow-5-5"));
  assert_int_equal (routine->steps->len, 10);

  press = g_ptr_array_index (routine->steps, 3);
  assert_int_equal (press->type, UNKNOT_STEP_PRESS);
  assert_int_equal (press->hold, 60);
  assert_int_equal (press->hold_min, 30);
  assert_int_equal (press->hold_max, 90);
  assert_true (press->early_release);
  assert_int_equal (press->pressure_target, 4);
  assert_int_equal (press->holds, 2);
  assert_int_equal (press->side, UNKNOT_SIDE_BOTH);
  assert_string_equal (press->breathing, "relax-3-7");
  assert_int_equal (press->prompts->len, 1);
  assert_int_equal (((UnknotPrompt *) g_ptr_array_index (press->prompts, 0))->cue, UNKNOT_CUE_HALFWAY);

  stretch = g_ptr_array_index (routine->steps, 4);
  assert_int_equal (stretch->reps, 2);
  exercise = g_ptr_array_index (routine->steps, 5);
  assert_int_equal (exercise->sets, 2);
  assert_int_equal (exercise->tempo_down, 2);
  /* default titles for rate and rest */
  assert_non_null (((UnknotStep *) g_ptr_array_index (routine->steps, 0))->title);
  assert_non_null (((UnknotStep *) g_ptr_array_index (routine->steps, 6))->title);
}

typedef struct
{
  const char *name;
  const char *find;     /* replaced once in the valid routine… */
  const char *replace;  /* …by this */
  const char *path;     /* the problem's JSON path */
  const char *at;       /* the problem's position: the first occurrence of this in the bad file */
  const char *message;  /* a fragment of the message */
} BadCase;

static const BadCase bad_cases[] = {
  { "unsupported format", "\"format\": 1", "\"format\": 2", "$.format", "2,\n  \"id\"", "Format 2 is not supported" },
  { "missing format", "  \"format\": 1,\n", "", "$", "{", "“format” is missing" },
  { "missing title", "  \"title\": \"Test Routine\",\n", "", "$", "{", "The field “title” is missing" },
  { "wrong type", "\"estimated_duration\": 120", "\"estimated_duration\": \"120\"", "$.estimated_duration", "\"120\"",
    "Must be a whole number, not a text" },
  { "absurd duration", "\"estimated_duration\": 120", "\"estimated_duration\": 99999", "$.estimated_duration", "99999",
    "out of range" },
  { "negative hold", "\"hold\": 30", "\"hold\": -5", "$.steps[4].hold", "-5, \"reps\"", "out of range" },
  { "fractional reps", "\"reps\": 2,", "\"reps\": 2.5,", "$.steps[4].reps", "2.5", "not a number with a fraction" },
  { "empty text", "\"Lie down\"", "\"   \"", "$.steps[1].title", "\"   \"", "The text is empty" },
  { "unknown field", "\"author\": \"Tests\"", "\"autor\": \"Tests\"", "$.autor", "\"Tests\"", "not a field" },
  { "bad id", "\"test-routine\"", "\"Test Routine!\"", "$.id", "\"Test Routine!\"", "not a valid id" },
  { "unknown kind", "\"kind\": \"stretch\"", "\"kind\": \"yoga\"", "$.kind", "\"yoga\"", "“yoga” is not one of" },
  { "unknown step type", "\"type\": \"info\"", "\"type\": \"dance\"", "$.steps[8].type", "\"dance\"", "not one of" },
  { "unknown breathing pattern", "\"relax-3-7\"", "\"relax-9-9\"", "$.steps[3].breathing", "\"relax-9-9\"",
    "no breathing pattern “relax-9-9”" },
  { "hold order", "\"min\": 30", "\"min\": 70", "$.steps[3].hold", "{ \"default\"", "min ≤ default ≤ max" },
  { "pressure above ceiling", "\"target\": 4", "\"target\": 7", "$.steps[3].pressure", "{ \"target\"",
    "above the ceiling" },
  { "prompt outside the step", "\"at\": 30", "\"at\": 60", "$.steps[3].prompts[0].at", "60, \"cue\"",
    "outside the step" },
  { "prompt on an untimed step", "\"signs\": [\"tender\"]", "\"signs\": [\"tender\"], \"prompts\": [ { \"at\": 1, \"say\": \"x\" } ]",
    "$.steps[2].prompts", "[ { \"at\": 1", "Prompts need a timed step" },
  { "prompt with nothing to say", ", \"cue\": \"halfway\", \"say\": \"Halfway.\"", "", "$.steps[3].prompts[0]",
    "{ \"at\": 30", "something to say" },
  { "unknown cue", "\"halfway\"", "\"gong\"", "$.steps[3].prompts[0].cue", "\"gong\"", "not one of" },
  { "image outside the folder", "\"images/lie.svg\"", "\"images/../../secret.svg\"", "$.steps[1].image",
    "\"images/../", "may not leave" },
  { "absolute image", "\"images/lie.svg\"", "\"/etc/passwd.svg\"", "$.steps[1].image", "\"/etc", "relative" },
  { "image URI", "\"images/lie.svg\"", "\"https://example.org/a.svg\"", "$.steps[1].image", "\"https://example.org/a",
    "relative" },
  { "image type", "\"images/lie.svg\"", "\"images/lie.gif\"", "$.steps[1].image", "\"images/lie.gif\"", "SVG or PNG" },
  { "duplicate field", "\"kind\": \"stretch\",", "\"kind\": \"stretch\", \"kind\": \"mixed\",", NULL,
    "\"kind\": \"mixed\"", "$.kind appears twice" },
  { "unknown contraindication", "\"floor-work\"", "\"floorwork\"", "$.contraindications[0]", "\"floorwork\"",
    "not one of" },
  { "exercise with reps and duration", "\"reps\": 10,", "\"reps\": 10, \"duration\": 30,", "$.steps[5]",
    "{ \"type\": \"exercise\"", "either “reps” or “duration”" },
  { "no sources", "[ { \"citation\": \"A book\", \"url\": \"https://example.org\" } ]", "[]", "$.sources", "[],",
    "At least one source" },
  { "source address", "\"https://example.org\"", "\"ftp://example.org\"", "$.sources[0].url", "\"ftp:",
    "https://" },
  { "rate without when", "{ \"type\": \"rate\", \"when\": \"after\" }", "{ \"type\": \"rate\" }", "$.steps[9]",
    "{ \"type\": \"rate\" }", "“when” is missing" },
  { "locate without trigger point", "\"trigger_point\": \"psoas-upper\", \"landmarks\"", "\"landmarks\"",
    "$.steps[2]", "{ \"type\": \"locate\"", "“trigger_point” is missing" },
  { "field of another step type", "\"type\": \"rest\", \"duration\": 20", "\"type\": \"rest\", \"duration\": 20, \"reps\": 3",
    "$.steps[6].reps", "3 }", "not a field" },
  { "breathing pattern phase", "\"exhale\": 5.5", "\"exhale\": 0", "$.breathing_patterns.slow-5-5.exhale",
    "0, \"hold_out\"", "out of range" },
  { "empty steps", "\"steps\": [\n", "\"steps\": [], \"unused\": [\n", "$.steps", "[], \"unused\"",
    "at least one step" },
  { "not JSON", "\"kind\": \"stretch\",", "\"kind\": \"stretch\"", NULL, NULL, "not valid JSON" },
  { "not an object", "{\n  \"format\"", "[\n  \"format\"", NULL, NULL, "not valid JSON" },
};

static void
test_bad_files (void **state)
{
  for (gsize i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      const BadCase *bad = &bad_cases[i];
      g_autoptr (GPtrArray) problems = problems_new ();
      g_autoptr (UnknotRoutine) routine = NULL;
      g_autoptr (GString) text = g_string_new (valid_routine);
      const UnknotProblem *match = NULL;
      guint line = 0, column = 0;

      assert_int_equal (g_string_replace (text, bad->find, bad->replace, 1), 1);
      routine = unknot_routine_load_from_data (text->str, text->len, "bad.json", known_patterns, problems);

      for (guint j = 0; j < problems->len && match == NULL; j++)
        {
          const UnknotProblem *problem = g_ptr_array_index (problems, j);

          if (strstr (problem->message, bad->message) != NULL)
            match = problem;
        }
      if (match == NULL)
        {
          print_error ("case “%s”: no problem says “%s”; got:\n", bad->name, bad->message);
          for (guint j = 0; j < problems->len; j++)
            {
              g_autofree char *line_text = unknot_problem_to_string (g_ptr_array_index (problems, j));
              print_error ("  %s\n", line_text);
            }
          fail ();
        }
      assert_null (routine);
      assert_string_equal (match->file, "bad.json");
      if (bad->path != NULL)
        assert_string_equal (match->path, bad->path);
      if (bad->at != NULL)
        {
          position_of (text->str, bad->at, &line, &column);
          if (match->line != line || match->column != column)
            {
              print_error ("case “%s”: at %u:%u, expected %u:%u\n", bad->name, match->line, match->column, line, column);
              fail ();
            }
        }
    }
}

static void
test_every_problem_is_reported (void **state)
{
  g_autoptr (GPtrArray) problems = problems_new ();
  g_autoptr (UnknotRoutine) routine = NULL;
  g_autoptr (GString) text = g_string_new (valid_routine);

  g_string_replace (text, "\"kind\": \"stretch\"", "\"kind\": \"yoga\"", 1);
  g_string_replace (text, "\"hold\": 30", "\"hold\": 900", 1);
  g_string_replace (text, "\"images/lie.svg\"", "\"../x.svg\"", 1);
  routine = unknot_routine_load_from_data (text->str, text->len, "bad.json", known_patterns, problems);

  assert_null (routine);
  assert_int_equal (problems->len, 3);
}

static void
test_unknown_format_stops_early (void **state)
{
  g_autoptr (GPtrArray) problems = problems_new ();
  g_autoptr (GString) text = g_string_new (valid_routine);
  g_autoptr (UnknotRoutine) routine = NULL;

  /* A format-2 file may legitimately hold fields format 1 does not know: only say why it is refused. */
  g_string_replace (text, "\"format\": 1", "\"format\": 2, \"rhythm\": 3", 1);
  routine = unknot_routine_load_from_data (text->str, text->len, "future.json", known_patterns, problems);
  assert_null (routine);
  assert_int_equal (problems->len, 1);
}

static void
assert_single_problem (const char *data,
                       gsize       length,
                       const char *fragment)
{
  g_autoptr (GPtrArray) problems = problems_new ();
  g_autoptr (UnknotRoutine) routine = unknot_routine_load_from_data (data, length, "limit.json", known_patterns, problems);

  assert_null (routine);
  assert_int_equal (problems->len, 1);
  if (strstr (((UnknotProblem *) g_ptr_array_index (problems, 0))->message, fragment) == NULL)
    fail_msg ("“%s” does not say “%s”", ((UnknotProblem *) g_ptr_array_index (problems, 0))->message, fragment);
}

static void
test_limits (void **state)
{
  g_autoptr (GString) deep = g_string_new ("{\"format\": 1, \"x\": ");
  g_autoptr (GString) huge = g_string_new (valid_routine);
  g_autoptr (GString) long_text = g_string_new (valid_routine);
  g_autoptr (GString) many_steps = g_string_new (valid_routine);
  g_autoptr (GString) steps = g_string_new ("\"steps\": [\n");
  g_autoptr (GString) bad_utf8 = g_string_new (valid_routine);
  g_autoptr (GString) nul = g_string_new (valid_routine);
  g_autofree char *long_summary = NULL;
  g_autofree char *summary_field = NULL;
  g_autoptr (GString) stack_breaker = g_string_new (NULL);

  /* nesting: refused before parsing, at the bracket that went too deep */
  for (int i = 0; i < UNKNOT_ROUTINE_MAX_DEPTH + 1; i++)
    g_string_append_c (deep, '[');
  assert_single_problem (deep->str, deep->len, "nested deeper");

  /* a million brackets (just under the size limit) must not reach the recursive parser */
  for (int i = 0; i < 1000 * 1000; i++)
    g_string_append_c (stack_breaker, '[');
  assert_single_problem (stack_breaker->str, stack_breaker->len, "nested deeper");

  /* size */
  while (huge->len <= UNKNOT_ROUTINE_MAX_FILE_SIZE)
    g_string_append (huge, "                                                                ");
  assert_single_problem (huge->str, huge->len, "larger than");

  /* string length */
  long_summary = g_strnfill (UNKNOT_ROUTINE_MAX_STRING + 1, 'a');
  summary_field = g_strdup_printf ("\"summary\": \"%s\"", long_summary);
  g_string_replace (long_text, "\"summary\": \"A routine for the tests.\"", summary_field, 1);
  assert_single_problem (long_text->str, long_text->len, "longer than");

  /* step count */
  for (int i = 0; i <= UNKNOT_ROUTINE_MAX_STEPS; i++)
    g_string_append (steps, "    { \"type\": \"rest\", \"duration\": 5 },\n");
  g_string_replace (many_steps, "\"steps\": [\n", steps->str, 1);
  assert_single_problem (many_steps->str, many_steps->len, "at most 200 steps");

  /* encoding */
  g_string_replace (bad_utf8, "Lie down", "Lie \xff down", 1);
  assert_single_problem (bad_utf8->str, bad_utf8->len, "not valid UTF-8");
  g_string_replace (nul, "Lie down", "Lie  down", 1);
  nul->str[strstr (nul->str, "Lie  down") - nul->str + 3] = '\0';
  assert_single_problem (nul->str, nul->len, "not valid UTF-8");

  /* nothing at all */
  assert_single_problem ("", 0, "one JSON object");
}

/* Found by fuzzing (tests/fuzz) */
static void
test_fuzzer_findings (void **state)
{
  static const char two_roots[] = "{}{}";
  /* json-glib's message quotes the token it stopped in, cut inside a character */
  static const char cut_character[] = "{\"\":\"ééééééééééééééé\"";
  g_autoptr (GPtrArray) problems = problems_new ();
  g_autoptr (UnknotRoutine) routine = NULL;
  const UnknotProblem *problem;

  assert_single_problem (two_roots, strlen (two_roots), "one JSON object");

  routine = unknot_routine_load_from_data (cut_character, strlen (cut_character), "cut.json", known_patterns, problems);
  assert_null (routine);
  assert_int_equal (problems->len, 1);
  problem = g_ptr_array_index (problems, 0);
  assert_true (g_utf8_validate (problem->message, -1, NULL));
  assert_int_equal (problem->line, 1);
  assert_true (problem->column > 0);
}

static void
test_problem_to_string (void **state)
{
  g_autoptr (UnknotProblem) located = unknot_problem_new ("a.json", 3, 7, "$.steps[0]", "Broken");
  g_autoptr (UnknotProblem) whole_file = unknot_problem_new ("b.json", 0, 0, NULL, "Too big");
  g_autofree char *first = unknot_problem_to_string (located);
  g_autofree char *second = unknot_problem_to_string (whole_file);

  assert_string_equal (first, "a.json:3:7: $.steps[0]: Broken");
  assert_string_equal (second, "b.json: Too big");
}

static void
test_json_scan_paths (void **state)
{
  static const char text[] = "{\"a\": [1, {\"b c\": \"é\\\"x\"}],\n \"d\": {\"e\": true}, \"d\": 2}";
  g_autoptr (UnknotJsonScan) scan = unknot_json_scan_new (text, sizeof text - 1);
  UnknotJsonPosition position;

  assert_true (unknot_json_scan_lookup (scan, "$.a[1][\"b c\"]", &position));
  assert_int_equal (position.line, 1);
  assert_int_equal (position.column, 19);
  assert_true (unknot_json_scan_lookup (scan, "$.d.e", &position));
  assert_int_equal (position.line, 2);
  /* a path that does not exist falls back to its closest ancestor */
  assert_true (unknot_json_scan_lookup (scan, "$.a[1].missing", &position));
  assert_int_equal (position.column, 11);

  assert_int_equal (unknot_json_scan_get_n_duplicates (scan), 1);
  assert_string_equal (unknot_json_scan_get_duplicate (scan, 0, &position), "$.d");
  assert_int_equal (position.line, 2);
  assert_int_equal (position.column, 20);
}

static void
test_json_scan_survives_garbage (void **state)
{
  static const char * const garbage[] = { "", "{", "[[[", "{\"a\"", "{\"a\": \"\\u12", "\"", "{\"a\":1,,}", "}}}]]]" };

  for (gsize i = 0; i < G_N_ELEMENTS (garbage); i++)
    {
      g_autoptr (UnknotJsonScan) scan = unknot_json_scan_new (garbage[i], strlen (garbage[i]));
      UnknotJsonPosition position;

      /* no crash, and no position for what is not there */
      assert_false (unknot_json_scan_lookup (scan, "$.nothing.here", &position) && position.line > 1);
    }
}

/* Every routine shipped in the resources is valid with the bundled breathing patterns,
 * and every file in the folder is either the pattern library or a routine. */
static void
test_bundled_routines_are_valid (void **state)
{
  g_autoptr (GPtrArray) problems = problems_new ();
  g_autoptr (GHashTable) patterns = unknot_breathing_patterns_load_bundled (problems);
  g_auto (GStrv) names = NULL;
  guint n_routines = 0;

  assert_non_null (patterns);
  assert_true (g_hash_table_contains (patterns, "paced-4-6"));
  assert_true (g_hash_table_contains (patterns, "relax-3-7"));
  assert_true (g_hash_table_contains (patterns, "box-4"));
  assert_true (g_hash_table_contains (patterns, "cyclic-sigh"));

  names = g_resources_enumerate_children (RESOURCE_BASE_PATH "/routines/", G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  assert_non_null (names);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (RESOURCE_BASE_PATH "/routines/", names[i], NULL);
      g_autoptr (GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_autoptr (UnknotRoutine) routine = NULL;
      gsize length;
      const char *data;

      if (g_str_equal (names[i], "breathing-patterns.json"))
        continue;
      assert_non_null (bytes);
      data = g_bytes_get_data (bytes, &length);
      routine = unknot_routine_load_from_data (data, length, names[i], patterns, problems);
      for (guint j = 0; j < problems->len; j++)
        {
          g_autofree char *line = unknot_problem_to_string (g_ptr_array_index (problems, j));
          print_error ("%s\n", line);
        }
      assert_int_equal (problems->len, 0);
      assert_non_null (routine);

      /* the file is named after its id, so ids are unique across the bundle */
      assert_true (g_str_has_prefix (names[i], routine->id));
      assert_string_equal (names[i] + strlen (routine->id), ".json");
      n_routines++;
    }

  /* a release routine per trigger-point site, and at least five others */
  assert_true (n_routines >= 8);
}

static void
test_step_descriptions (void **state)
{
  g_autoptr (GPtrArray) problems = problems_new ();
  g_autoptr (UnknotRoutine) routine = unknot_routine_load_from_data (valid_routine, strlen (valid_routine),
                                                                     "valid.json", known_patterns, problems);
  static const char * const expected[] = {
    "Pain before, 0 to 10",
    "When you are ready",
    "Until you find it, each side",
    "2 holds of 1 min, 20 s rest between, each side",
    "2 × 30 s, each side",
    "2 sets of 10 reps",
    "20 s",
    "1 min",
    "Read at your pace",
    "Pain after, 0 to 10",
  };
  g_autofree char *ninety = unknot_format_duration (90);

  assert_non_null (routine);
  for (guint i = 0; i < routine->steps->len; i++)
    {
      g_autofree char *text = unknot_step_describe (g_ptr_array_index (routine->steps, i));
      assert_string_equal (text, expected[i]);
    }
  assert_string_equal (ninety, "1 min 30 s");

  /* press (2 × 60 + 20) × 2 sides, stretch 2 × 30 × 2 sides, rest 20, breathe 60; the rest waits */
  assert_int_equal (unknot_routine_get_timed_seconds (routine), 280 + 120 + 20 + 60);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_valid_routine_loads),
    cmocka_unit_test (test_bad_files),
    cmocka_unit_test (test_every_problem_is_reported),
    cmocka_unit_test (test_unknown_format_stops_early),
    cmocka_unit_test (test_limits),
    cmocka_unit_test (test_fuzzer_findings),
    cmocka_unit_test (test_problem_to_string),
    cmocka_unit_test (test_json_scan_paths),
    cmocka_unit_test (test_json_scan_survives_garbage),
    cmocka_unit_test (test_bundled_routines_are_valid),
    cmocka_unit_test (test_step_descriptions),
  };

  return cmocka_run_group_tests_name ("routine-loader", tests, setup_patterns, teardown_patterns);
}
