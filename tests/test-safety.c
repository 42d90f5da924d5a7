/* test-safety.c: the safety screen's file, the answers, and what they allow
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

#include "unknot-content-check.h"
#include "unknot-routine-loader.h"
#include "unknot-safety.h"
#include "unknot-test-content.h"

#define DAY   (24 * 60 * 60)
#define NOW   G_GINT64_CONSTANT (1790000000)   /* a Unix time in 2026 */

static const char valid_safety[] =
  "{\n"
  "  \"format\": 1,\n"
  "  \"license\": \"CC0-1.0\",\n"
  "  \"intro\": \"A few questions.\",\n"
  "  \"questions\": [\n"
  "    { \"id\": \"pregnancy\", \"group\": \"stop\", \"topic\": \"Pregnancy\", \"question\": \"Are you pregnant?\",\n"
  "      \"why\": \"No belly pressure.\", \"tags\": [\"abdominal-pressure\", \"groin-pressure\"] },\n"
  "    { \"id\": \"bones\", \"group\": \"caution\", \"topic\": \"Bones\", \"question\": \"Fragile bones?\",\n"
  "      \"tags\": [\"floor-work\"] }\n"
  "  ],\n"
  "  \"tag_names\": { \"abdominal-pressure\": \"Belly\", \"groin-pressure\": \"Groin\", \"floor-work\": \"Floor\" },\n"
  "  \"caution_notice\": { \"title\": \"Ask first\", \"text\": \"Ask a doctor.\" },\n"
  "  \"professional\": { \"title\": \"See someone\", \"text\": \"A doctor can help.\" },\n"
  "  \"red_flags\": [\n"
  "    { \"id\": \"legs\", \"urgency\": \"emergency\", \"text\": \"Both legs weak\" },\n"
  "    { \"id\": \"fever\", \"urgency\": \"same-day\", \"text\": \"Back pain with fever\" }\n"
  "  ],\n"
  "  \"urgencies\": {\n"
  "    \"emergency\": { \"title\": \"Now\", \"advice\": \"Call.\" },\n"
  "    \"same-day\": { \"title\": \"Today\", \"advice\": \"See a doctor.\" }\n"
  "  },\n"
  "  \"stop_rules\": [\n"
  "    { \"id\": \"pulse\", \"label\": \"Pulse\", \"title\": \"Move\", \"advice\": \"Move out.\", \"action\": \"find-another-spot\" },\n"
  "    { \"id\": \"sharp-pain\", \"label\": \"Sharp\", \"title\": \"Stop\", \"advice\": \"Let go.\", \"action\": \"end-point\" },\n"
  "    { \"id\": \"numbness\", \"label\": \"Numb\", \"title\": \"Leave\", \"advice\": \"Let go.\", \"action\": \"end-point\" },\n"
  "    { \"id\": \"dizziness\", \"label\": \"Dizzy\", \"title\": \"Lie down\", \"advice\": \"On your side.\", \"action\": \"end-session\" },\n"
  "    { \"id\": \"rising-tenderness\", \"label\": \"Tender\", \"title\": \"Ease\", \"advice\": \"Lighter.\", \"action\": \"ease-off\" }\n"
  "  ],\n"
  "  \"aftercare\": [ { \"id\": \"sore\", \"title\": \"Sore\", \"text\": \"Skip a day.\" } ],\n"
  "  \"sources\": [ { \"citation\": \"A leaflet\" } ]\n"
  "}\n";

static UnknotSafety *
load_bundled (void)
{
  g_autoptr (GPtrArray) problems = unknot_test_problems_new ();
  UnknotSafety *safety = unknot_safety_load_bundled (problems);

  unknot_test_print_problems (problems);
  assert_int_equal (problems->len, 0);
  assert_non_null (safety);
  return safety;
}

/* A bundled routine's contraindication tags */
static GStrv
routine_tags (const char *id)
{
  g_autofree char *path = g_strconcat (RESOURCE_BASE_PATH "/routines/", id, ".json", NULL);
  g_autoptr (GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
  g_autoptr (GPtrArray) problems = unknot_test_problems_new ();
  g_autoptr (GHashTable) patterns = unknot_breathing_patterns_load_bundled (problems);
  g_autoptr (UnknotRoutine) routine = NULL;
  gsize length;
  const char *data;

  assert_non_null (bytes);
  data = g_bytes_get_data (bytes, &length);
  routine = unknot_routine_load_from_data (data, length, id, patterns, problems);
  unknot_test_print_problems (problems);
  assert_non_null (routine);
  return g_strdupv (routine->contraindications);
}

/* Every question answered no at @answered_at, but those in @yes */
static UnknotSafetyAnswers *
answers_with_yes (UnknotSafety       *safety,
                  gint64              answered_at,
                  const char * const *yes)
{
  UnknotSafetyAnswers *answers = unknot_safety_answers_new (answered_at);

  for (guint i = 0; i < safety->questions->len; i++)
    {
      const UnknotSafetyQuestion *question = g_ptr_array_index (safety->questions, i);

      unknot_safety_answers_set (answers, question->id, yes != NULL && g_strv_contains (yes, question->id));
    }
  return answers;
}

static void
test_bundled_file (void **state)
{
  g_autoptr (UnknotSafety) safety = load_bundled ();
  static const struct { const char *id; UnknotStopAction action; } rules[] = {
    { "pulse", UNKNOT_STOP_ACTION_FIND_ANOTHER_SPOT },
    { "sharp-pain", UNKNOT_STOP_ACTION_END_POINT },
    { "numbness", UNKNOT_STOP_ACTION_END_POINT },
    { "dizziness", UNKNOT_STOP_ACTION_END_SESSION },
    { "rising-tenderness", UNKNOT_STOP_ACTION_EASE_OFF },
  };
  guint n_stop = 0, n_caution = 0;
  guint n_flags[UNKNOT_SAFETY_N_URGENCIES] = { 0, };

  assert_string_equal (safety->license, "CC-BY-SA-4.0");
  assert_true (safety->sources->len >= 5);
  assert_non_null (strstr (safety->intro, "not a medical examination"));

  /* every stop question hides the belly and the groin releases; every tag has a name */
  for (guint i = 0; i < safety->questions->len; i++)
    {
      const UnknotSafetyQuestion *question = g_ptr_array_index (safety->questions, i);

      assert_ptr_equal (unknot_safety_lookup_question (safety, question->id), question);
      if (question->group == UNKNOT_SAFETY_GROUP_STOP)
        {
          n_stop++;
          assert_true (g_strv_contains ((const char * const *) question->tags, "abdominal-pressure"));
          assert_true (g_strv_contains ((const char * const *) question->tags, "groin-pressure"));
        }
      else
        n_caution++;
      for (guint j = 0; question->tags[j] != NULL; j++)
        assert_non_null (unknot_safety_get_tag_name (safety, question->tags[j]));
      assert_true (g_str_has_suffix (question->question, "?"));
    }
  assert_true (n_stop >= 10);
  assert_int_equal (n_caution, 2);
  assert_non_null (unknot_safety_lookup_question (safety, "pregnancy"));
  assert_true (g_strv_contains ((const char * const *) unknot_safety_lookup_question (safety, "osteoporosis")->tags,
                                "floor-work"));
  assert_true (g_strv_contains ((const char * const *) unknot_safety_lookup_question (safety, "aneurysm-risk")->tags,
                                "abdominal-pressure"));

  /* the five stop rules, with what the player does for each */
  assert_int_equal (safety->stop_rules->len, G_N_ELEMENTS (rules));
  for (gsize i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      const UnknotStopRule *rule = unknot_safety_lookup_stop_rule (safety, rules[i].id);

      assert_non_null (rule);
      assert_int_equal (rule->action, rules[i].action);
      assert_true (*rule->label != '\0' && *rule->title != '\0' && *rule->advice != '\0');
    }
  assert_non_null (strstr (unknot_safety_lookup_stop_rule (safety, "numbness")->advice, "Do not press that spot again"));
  assert_non_null (strstr (unknot_safety_lookup_stop_rule (safety, "dizziness")->advice, "lie on your side"));
  assert_null (unknot_safety_lookup_stop_rule (safety, "cramp"));

  {
    static const char * const floor[] = { "floor-work", NULL };
    static const char * const groin[] = { "prone-lying", "groin-pressure", NULL };
    const UnknotSafetyQuestion *osteoporosis = unknot_safety_lookup_question (safety, "osteoporosis");
    const UnknotSafetyQuestion *pregnancy = unknot_safety_lookup_question (safety, "pregnancy");

    assert_true (unknot_safety_question_concerns (osteoporosis, floor));
    assert_false (unknot_safety_question_concerns (osteoporosis, groin));
    assert_true (unknot_safety_question_concerns (pregnancy, groin));
    assert_false (unknot_safety_question_concerns (pregnancy, NULL));
  }

  for (guint i = 0; i < safety->red_flags->len; i++)
    n_flags[((UnknotRedFlag *) g_ptr_array_index (safety->red_flags, i))->urgency]++;
  assert_int_equal (n_flags[UNKNOT_SAFETY_URGENCY_EMERGENCY], 5);
  assert_int_equal (n_flags[UNKNOT_SAFETY_URGENCY_SAME_DAY], 3);
  for (guint i = 0; i < UNKNOT_SAFETY_N_URGENCIES; i++)
    assert_true (safety->urgencies[i].title != NULL && safety->urgencies[i].advice != NULL);
  assert_int_equal (safety->aftercare->len, 2);
  assert_non_null (safety->professional.title);
  assert_non_null (safety->caution_notice.text);
}

/* The bundled content's checks and the translators' template take in the safety file */
static void
test_bundled_content_checked_and_collected (void **state)
{
  g_autoptr (GPtrArray) problems = unknot_content_check_bundled ();
  g_autoptr (GPtrArray) texts = NULL;
  g_autoptr (UnknotSafety) safety = load_bundled ();
  const UnknotSafetyQuestion *pregnancy = unknot_safety_lookup_question (safety, "pregnancy");
  gboolean found = FALSE;

  unknot_test_print_problems (problems);
  assert_int_equal (problems->len, 0);

  texts = unknot_content_collect_strings (problems);
  assert_int_equal (problems->len, 0);
  for (guint i = 0; i < texts->len; i++)
    {
      const UnknotProblem *text = g_ptr_array_index (texts, i);

      if (g_str_equal (text->message, pregnancy->question))
        {
          assert_string_equal (text->file, "resources/safety/safety.json");
          assert_string_equal (text->path, "$.questions[2].question");
          assert_true (text->line > 1);
          found = TRUE;
        }
    }
  assert_true (found);
}

static void
test_evaluate (void **state)
{
  g_autoptr (UnknotSafety) safety = load_bundled ();
  g_auto (GStrv) psoas_upper = routine_tags ("release-psoas-upper");
  g_auto (GStrv) distal = routine_tags ("release-iliopsoas-distal");
  g_auto (GStrv) stretch = routine_tags ("gentle-beginner");
  g_auto (GStrv) daily = routine_tags ("daily-psoas-10");
  g_autoptr (GPtrArray) reasons = g_ptr_array_new ();
  static const char * const pregnant[] = { "pregnancy", NULL };
  static const char * const aneurysm_risk[] = { "aneurysm-risk", NULL };
  static const char * const bones[] = { "osteoporosis", NULL };
  static const char * const pregnant_and_risk[] = { "pregnancy", "aneurysm-risk", NULL };
  const char * const *upper = (const char * const *) psoas_upper;

  assert_true (g_strv_length (psoas_upper) > 0);
  assert_int_equal (g_strv_length (stretch), 0);

  /* never answered: the release asks first, the stretch routine is open */
  assert_int_equal (unknot_safety_evaluate (safety, NULL, upper, NOW, reasons), UNKNOT_SAFETY_NEEDS_CHECK);
  assert_int_equal (reasons->len, 0);
  assert_int_equal (unknot_safety_evaluate (safety, NULL, (const char * const *) stretch, NOW, reasons),
                    UNKNOT_SAFETY_ALLOWED);
  assert_int_equal (unknot_safety_evaluate (safety, NULL, NULL, NOW, NULL), UNKNOT_SAFETY_ALLOWED);

  /* all no */
  {
    g_autoptr (UnknotSafetyAnswers) answers = answers_with_yes (safety, NOW, NULL);

    assert_true (unknot_safety_answers_is_current (answers, safety, NOW));
    assert_int_equal (unknot_safety_evaluate (safety, answers, upper, NOW, reasons), UNKNOT_SAFETY_ALLOWED);
    assert_int_equal (unknot_safety_evaluate (safety, answers, (const char * const *) daily, NOW, reasons),
                      UNKNOT_SAFETY_ALLOWED);
    assert_int_equal (reasons->len, 0);
  }

  /* one stop yes hides the belly and groin releases, and says why; stretches stay */
  {
    g_autoptr (UnknotSafetyAnswers) answers = answers_with_yes (safety, NOW, pregnant);

    assert_int_equal (unknot_safety_evaluate (safety, answers, upper, NOW, reasons), UNKNOT_SAFETY_BLOCKED);
    assert_int_equal (reasons->len, 1);
    assert_ptr_equal (g_ptr_array_index (reasons, 0), unknot_safety_lookup_question (safety, "pregnancy"));
    g_ptr_array_set_size (reasons, 0);
    assert_int_equal (unknot_safety_evaluate (safety, answers, (const char * const *) distal, NOW, NULL),
                      UNKNOT_SAFETY_BLOCKED);
    assert_int_equal (unknot_safety_evaluate (safety, answers, (const char * const *) stretch, NOW, reasons),
                      UNKNOT_SAFETY_ALLOWED);
    assert_int_equal (reasons->len, 0);
  }

  /* a caution yes warns before the routines it concerns, and only those */
  {
    g_autoptr (UnknotSafetyAnswers) answers = answers_with_yes (safety, NOW, aneurysm_risk);

    assert_int_equal (unknot_safety_evaluate (safety, answers, upper, NOW, reasons), UNKNOT_SAFETY_CAUTION);
    assert_int_equal (reasons->len, 1);
    assert_ptr_equal (g_ptr_array_index (reasons, 0), unknot_safety_lookup_question (safety, "aneurysm-risk"));
    g_ptr_array_set_size (reasons, 0);
    assert_int_equal (unknot_safety_evaluate (safety, answers, (const char * const *) daily, NOW, NULL),
                      UNKNOT_SAFETY_ALLOWED);
  }
  {
    g_autoptr (UnknotSafetyAnswers) answers = answers_with_yes (safety, NOW, bones);

    assert_int_equal (unknot_safety_evaluate (safety, answers, (const char * const *) daily, NOW, NULL),
                      UNKNOT_SAFETY_CAUTION);
    assert_int_equal (unknot_safety_evaluate (safety, answers, upper, NOW, NULL), UNKNOT_SAFETY_ALLOWED);
    /* a caution answer keeps warning once the answers are old */
    assert_int_equal (unknot_safety_evaluate (safety, answers, (const char * const *) daily, NOW + 200 * DAY, NULL),
                      UNKNOT_SAFETY_CAUTION);
  }

  /* a stop yes wins over a caution yes; only the stop answer is the reason */
  {
    g_autoptr (UnknotSafetyAnswers) answers = answers_with_yes (safety, NOW, pregnant_and_risk);

    assert_int_equal (unknot_safety_evaluate (safety, answers, upper, NOW, reasons), UNKNOT_SAFETY_BLOCKED);
    assert_int_equal (reasons->len, 1);
    assert_string_equal (((UnknotSafetyQuestion *) g_ptr_array_index (reasons, 0))->id, "pregnancy");
    g_ptr_array_set_size (reasons, 0);
  }
}

/* Answers last 90 days to the second; one left out, or dated ahead, is no answer */
static void
test_answers_age (void **state)
{
  g_autoptr (UnknotSafety) safety = load_bundled ();
  g_auto (GStrv) tags = routine_tags ("release-psoas-upper");
  const char * const *upper = (const char * const *) tags;
  g_autoptr (UnknotSafetyAnswers) answers = answers_with_yes (safety, NOW, NULL);
  g_autoptr (UnknotSafetyAnswers) partial = unknot_safety_answers_new (NOW);
  g_autoptr (UnknotSafetyAnswers) unset = answers_with_yes (safety, 0, NULL);

  assert_int_equal (UNKNOT_SAFETY_MAX_AGE_DAYS, 90);
  assert_int_equal (unknot_safety_evaluate (safety, answers, upper, NOW + 90 * DAY, NULL), UNKNOT_SAFETY_ALLOWED);
  assert_true (unknot_safety_answers_is_current (answers, safety, NOW + 90 * DAY));
  assert_int_equal (unknot_safety_evaluate (safety, answers, upper, NOW + 90 * DAY + 1, NULL),
                    UNKNOT_SAFETY_NEEDS_CHECK);
  assert_false (unknot_safety_answers_is_current (answers, safety, NOW + 90 * DAY + 1));

  /* a clock set back a little is fine; answers from far ahead were given on a wrong clock */
  assert_true (unknot_safety_answers_is_current (answers, safety, NOW - 60));
  assert_false (unknot_safety_answers_is_current (answers, safety, NOW - 2 * DAY));
  assert_false (unknot_safety_answers_is_current (unset, safety, NOW));
  assert_false (unknot_safety_answers_is_current (NULL, safety, NOW));

  unknot_safety_answers_set (partial, "pregnancy", FALSE);
  assert_int_equal (unknot_safety_evaluate (safety, partial, upper, NOW, NULL), UNKNOT_SAFETY_NEEDS_CHECK);
}

/* A question added to the file after the user answered asks again */
static void
test_new_question_asks_again (void **state)
{
  g_autoptr (GPtrArray) problems = unknot_test_problems_new ();
  g_autoptr (GString) text = g_string_new (valid_safety);
  g_autoptr (UnknotSafety) before = unknot_safety_load_from_data (valid_safety, strlen (valid_safety), "safety.json",
                                                                  problems);
  g_autoptr (UnknotSafety) after = NULL;
  g_autoptr (UnknotSafetyAnswers) answers = NULL;
  static const char * const belly[] = { "abdominal-pressure", NULL };

  unknot_test_print_problems (problems);
  assert_non_null (before);
  answers = answers_with_yes (before, NOW, NULL);
  assert_int_equal (unknot_safety_evaluate (before, answers, belly, NOW, NULL), UNKNOT_SAFETY_ALLOWED);

  g_string_replace (text, "  \"questions\": [\n",
                    "  \"questions\": [\n    { \"id\": \"hernia\", \"group\": \"stop\", \"topic\": \"Hernia\",\n"
                    "      \"question\": \"A hernia?\", \"tags\": [\"abdominal-pressure\"] },\n", 1);
  after = unknot_safety_load_from_data (text->str, text->len, "safety.json", problems);
  unknot_test_print_problems (problems);
  assert_non_null (after);
  assert_false (unknot_safety_answers_is_current (answers, after, NOW));
  assert_int_equal (unknot_safety_evaluate (after, answers, belly, NOW, NULL), UNKNOT_SAFETY_NEEDS_CHECK);
}

static void
test_answers_variant (void **state)
{
  g_autoptr (UnknotSafetyAnswers) answers = unknot_safety_answers_new (NOW);
  g_autoptr (UnknotSafetyAnswers) back = NULL;
  g_autoptr (UnknotSafetyAnswers) copy = NULL;
  g_autoptr (GVariant) variant = NULL;
  g_autofree char *printed = NULL;
  gboolean yes = TRUE;

  unknot_safety_answers_set (answers, "pregnancy", FALSE);
  unknot_safety_answers_set (answers, "aneurysm", TRUE);
  unknot_safety_answers_set (answers, "hernia-or-lump", TRUE);
  unknot_safety_answers_set (answers, "hernia-or-lump", FALSE);   /* answered again */

  variant = g_variant_ref_sink (unknot_safety_answers_to_variant (answers));
  assert_true (g_variant_is_of_type (variant, G_VARIANT_TYPE ("a{sb}")));
  printed = g_variant_print (variant, FALSE);
  assert_string_equal (printed, "{'aneurysm': true, 'hernia-or-lump': false, 'pregnancy': false}");

  back = unknot_safety_answers_new_from_variant (variant, NOW);
  assert_int_equal (unknot_safety_answers_get_answered_at (back), NOW);
  assert_true (unknot_safety_answers_lookup (back, "aneurysm", &yes) && yes);
  assert_true (unknot_safety_answers_lookup (back, "pregnancy", &yes) && !yes);
  assert_true (unknot_safety_answers_lookup (back, "hernia-or-lump", &yes) && !yes);
  assert_false (unknot_safety_answers_lookup (back, "blood-clot", NULL));

  copy = unknot_safety_answers_copy (back);
  unknot_safety_answers_set_answered_at (back, 0);
  unknot_safety_answers_set (back, "aneurysm", FALSE);
  assert_int_equal (unknot_safety_answers_get_answered_at (copy), NOW);
  assert_true (unknot_safety_answers_lookup (copy, "aneurysm", &yes) && yes);
  assert_true (G_TYPE_IS_BOXED (UNKNOT_TYPE_SAFETY_ANSWERS));
}

static const UnknotTestBadCase bad_cases[] = {
  { "wrong group", "\"group\": \"caution\"", "\"group\": \"warning\"", "$.questions[1].group", "not one of" },
  { "unknown action", "\"action\": \"ease-off\"", "\"action\": \"slow-down\"", "$.stop_rules[4].action",
    "“slow-down” is not one of" },
  { "missing question text", "\"question\": \"Fragile bones?\",", "", "$.questions[1]", "“question” is missing" },
  { "empty red flag", "\"text\": \"Both legs weak\"", "\"text\": \"\"", "$.red_flags[0].text", "The text is empty" },
  { "duplicate question id", "\"id\": \"bones\"", "\"id\": \"pregnancy\"", "$.questions[1].id",
    "already has the id “pregnancy”" },
  { "duplicate red flag id", "\"id\": \"fever\"", "\"id\": \"legs\"", "$.red_flags[1].id", "already has the id “legs”" },
  { "unknown tag", "\"tags\": [\"floor-work\"]", "\"tags\": [\"handstands\"]", "$.questions[1].tags[0]",
    "“handstands” is not one of" },
  { "no tags", "\"tags\": [\"floor-work\"]", "\"tags\": []", "$.questions[1].tags", "at least 1" },
  { "tag without a name", ", \"floor-work\": \"Floor\"", "", "$.questions[1].tags[0]", "needs a name" },
  { "name for an unknown tag", "\"floor-work\": \"Floor\"", "\"floor-work\": \"Floor\", \"cartwheels\": \"C\"",
    "$.tag_names.cartwheels", "not a field" },
  { "unknown stop rule", "\"id\": \"rising-tenderness\"", "\"id\": \"cramp\"", "$.stop_rules[4].id",
    "“cramp” is not one of" },
  { "missing stop rule", "\"id\": \"rising-tenderness\"", "\"id\": \"pulse\"", "$.stop_rules",
    "“rising-tenderness” is missing" },
  { "wrong urgency", "\"urgency\": \"same-day\"", "\"urgency\": \"someday\"", "$.red_flags[1].urgency", "not one of" },
  { "urgency without red flags", "\"urgency\": \"same-day\"", "\"urgency\": \"emergency\"", "$.red_flags",
    "urgency “same-day”" },
  { "missing urgency advice", "\"title\": \"Today\", \"advice\": \"See a doctor.\"", "\"title\": \"Today\"",
    "$.urgencies.same-day", "“advice” is missing" },
  { "no stop question", "\"group\": \"stop\"", "\"group\": \"caution\"", "$.questions", "group “stop”" },
  { "professional without text", "\"text\": \"A doctor can help.\"", "\"txt\": \"A doctor can help.\"",
    "$.professional.txt", "not a field" },
  { "no sources", "[ { \"citation\": \"A leaflet\" } ]", "[]", "$.sources", "At least one source" },
  { "wrong format", "\"format\": 1", "\"format\": 2", "$.format", "Format 2 is not supported" },
};

static gboolean
load_safety (const char *text,
             gsize       length,
             GPtrArray  *problems)
{
  g_autoptr (UnknotSafety) safety = unknot_safety_load_from_data (text, length, "bad.json", problems);

  return safety != NULL;
}

/* Each broken file is refused with the problem where it is; nothing is too broken to report */
static void
test_bad_files (void **state)
{
  static const char * const garbage[] = { "", "[]", "{", "null", "{\"format\": 1}", "\xff\xfe" };

  unknot_test_check_bad_cases (valid_safety, bad_cases, G_N_ELEMENTS (bad_cases), load_safety);

  for (gsize i = 0; i < G_N_ELEMENTS (garbage); i++)
    {
      g_autoptr (GPtrArray) problems = unknot_test_problems_new ();

      assert_false (load_safety (garbage[i], strlen (garbage[i]), problems));
      assert_true (problems->len > 0);
    }
}

static void
test_valid_file_loads (void **state)
{
  g_autoptr (GPtrArray) problems = unknot_test_problems_new ();
  g_autoptr (UnknotSafety) safety = unknot_safety_load_from_data (valid_safety, strlen (valid_safety), "safety.json",
                                                                  problems);
  const UnknotSafetyQuestion *bones;

  unknot_test_print_problems (problems);
  assert_non_null (safety);
  assert_int_equal (safety->questions->len, 2);
  bones = unknot_safety_lookup_question (safety, "bones");
  assert_int_equal (bones->group, UNKNOT_SAFETY_GROUP_CAUTION);
  assert_null (bones->why);
  assert_string_equal (unknot_safety_get_tag_name (safety, "groin-pressure"), "Groin");
  assert_null (unknot_safety_get_tag_name (safety, "prone-lying"));
  assert_string_equal (safety->urgencies[UNKNOT_SAFETY_URGENCY_SAME_DAY].advice, "See a doctor.");
  assert_string_equal (((UnknotSafetyNote *) g_ptr_array_index (safety->aftercare, 0))->id, "sore");
  assert_string_equal (safety->professional.text, "A doctor can help.");
  assert_null (safety->professional.id);
  assert_true (G_TYPE_IS_BOXED (UNKNOT_TYPE_SAFETY));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_bundled_file),
    cmocka_unit_test (test_bundled_content_checked_and_collected),
    cmocka_unit_test (test_evaluate),
    cmocka_unit_test (test_answers_age),
    cmocka_unit_test (test_new_question_asks_again),
    cmocka_unit_test (test_answers_variant),
    cmocka_unit_test (test_valid_file_loads),
    cmocka_unit_test (test_bad_files),
  };

  return cmocka_run_group_tests_name ("safety", tests, NULL, NULL);
}
