/* test-breathing-pacer.c: where each bundled pattern is at a given moment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>

#include "unknot-breathing-pacer.h"
#include "unknot-routine-loader.h"

static GHashTable *patterns;

static const UnknotBreathingPattern *
pattern (const char *id)
{
  const UnknotBreathingPattern *found = g_hash_table_lookup (patterns, id);

  assert_non_null (found);
  return found;
}

static void
assert_state (const UnknotBreathingPattern *p,
              double                        elapsed,
              UnknotBreathPhase             phase,
              double                        progress,
              double                        fullness,
              guint                         breath)
{
  UnknotBreathState state;

  unknot_breathing_pacer_at (p, elapsed, &state);
  if (state.phase != phase || fabs (state.progress - progress) > 1e-9 ||
      fabs (state.fullness - fullness) > 1e-9 || state.breath != breath)
    fail_msg ("%s at %.3f s: got %s %.4f full %.4f breath %u, wanted %s %.4f full %.4f breath %u",
              p->id, elapsed,
              unknot_breath_phase_to_string (state.phase), state.progress, state.fullness, state.breath,
              unknot_breath_phase_to_string (phase), progress, fullness, breath);
}

static void
test_relax (void **unused)
{
  const UnknotBreathingPattern *p = pattern ("relax-3-7");

  assert_true (unknot_breathing_pattern_get_cycle (p) == 10.0);
  assert_state (p, 0.0, UNKNOT_BREATH_IN, 0.0, 0.0, 0);
  assert_state (p, 1.5, UNKNOT_BREATH_IN, 0.5, 0.5, 0);
  /* the end of a phase belongs to the next one; a hold of 0 s is skipped */
  assert_state (p, 3.0, UNKNOT_BREATH_OUT, 0.0, 1.0, 0);
  assert_state (p, 6.5, UNKNOT_BREATH_OUT, 0.5, 0.5, 0);
  assert_state (p, 10.0, UNKNOT_BREATH_IN, 0.0, 0.0, 1);
  assert_state (p, 591.5, UNKNOT_BREATH_IN, 0.5, 0.5, 59);
  /* before the start counts as the start */
  assert_state (p, -4.0, UNKNOT_BREATH_IN, 0.0, 0.0, 0);
}

static void
test_paced (void **unused)
{
  const UnknotBreathingPattern *p = pattern ("paced-4-6");
  UnknotBreathState state;

  assert_state (p, 2.0, UNKNOT_BREATH_IN, 0.5, 0.5, 0);
  assert_state (p, 7.0, UNKNOT_BREATH_OUT, 0.5, 0.5, 0);
  /* six breaths a minute */
  assert_state (p, 60.0, UNKNOT_BREATH_IN, 0.0, 0.0, 6);
  unknot_breathing_pacer_at (p, 5.5, &state);
  assert_true (fabs (state.phase_remaining - 4.5) < 1e-9);
}

static void
test_box (void **unused)
{
  const UnknotBreathingPattern *p = pattern ("box-4");

  assert_state (p, 2.0, UNKNOT_BREATH_IN, 0.5, 0.5, 0);
  assert_state (p, 4.0, UNKNOT_BREATH_HOLD_IN, 0.0, 1.0, 0);
  assert_state (p, 6.0, UNKNOT_BREATH_HOLD_IN, 0.5, 1.0, 0);
  assert_state (p, 8.0, UNKNOT_BREATH_OUT, 0.0, 1.0, 0);
  assert_state (p, 11.0, UNKNOT_BREATH_OUT, 0.75, 0.25, 0);
  assert_state (p, 12.0, UNKNOT_BREATH_HOLD_OUT, 0.0, 0.0, 0);
  assert_state (p, 16.0, UNKNOT_BREATH_IN, 0.0, 0.0, 1);

  assert_true (unknot_breathing_pacer_next_change (p, 0.0) == 4.0);
  assert_true (unknot_breathing_pacer_next_change (p, 5.0) == 8.0);
  assert_true (unknot_breathing_pacer_next_change (p, 15.0) == 16.0);
}

static void
test_cyclic_sigh (void **unused)
{
  const UnknotBreathingPattern *p = pattern ("cyclic-sigh");

  assert_state (p, 1.5, UNKNOT_BREATH_IN, 0.5, 0.5, 0);
  assert_state (p, 3.0, UNKNOT_BREATH_OUT, 0.0, 1.0, 0);
  assert_state (p, 9.0, UNKNOT_BREATH_IN, 0.0, 0.0, 1);
  /* five minutes of it */
  assert_state (p, 300.0, UNKNOT_BREATH_OUT, 0.0, 1.0, 33);
}

static void
test_long_run_does_not_drift (void **unused)
{
  const UnknotBreathingPattern *p = pattern ("paced-4-6");

  /* a pure function of the time: an hour in, it is exactly where it should be */
  assert_state (p, 3600.0, UNKNOT_BREATH_IN, 0.0, 0.0, 360);
  assert_state (p, 3604.0, UNKNOT_BREATH_OUT, 0.0, 1.0, 360);
}

/* Tenths of seconds add up with rounding errors; phase ends a hair off must still move on. */
static void
test_fractional_pattern (void **unused)
{
  UnknotBreathingPattern p = { (char *) "odd", (char *) "Odd", NULL, 2.0, 6.7, 6.2, 6.4 };
  double at = 0.0;
  guint changes = 0;

  /* the boundaries are where the lengths say, and next_change always moves on */
  assert_state (&p, 2.0, UNKNOT_BREATH_HOLD_IN, 0.0, 1.0, 0);
  assert_state (&p, 2.0 + 6.7, UNKNOT_BREATH_OUT, 0.0, 1.0, 0);
  assert_state (&p, 2.0 + 6.7 + 6.2, UNKNOT_BREATH_HOLD_OUT, 0.0, 0.0, 0);
  while (at < 600.0 && changes < 1000)
    {
      double next = unknot_breathing_pacer_next_change (&p, at);

      assert_true (next > at + 1.0);
      at = next;
      changes++;
    }
  /* 600 s of 21.3 s breaths of four phases each */
  assert_int_equal (changes, 114);
}

static void
test_empty_pattern (void **unused)
{
  UnknotBreathingPattern empty = { (char *) "empty", (char *) "Empty", NULL, 0, 0, 0, 0 };
  UnknotBreathState state;

  unknot_breathing_pacer_at (&empty, 12.0, &state);
  assert_int_equal (state.phase, UNKNOT_BREATH_IN);
  assert_int_equal (state.breath, 0);
  assert_true (unknot_breathing_pacer_next_change (&empty, 1.0) == G_MAXDOUBLE);
}

int
main (void)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_problem_free);
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_relax),
    cmocka_unit_test (test_paced),
    cmocka_unit_test (test_box),
    cmocka_unit_test (test_cyclic_sigh),
    cmocka_unit_test (test_long_run_does_not_drift),
    cmocka_unit_test (test_fractional_pattern),
    cmocka_unit_test (test_empty_pattern),
  };
  int failed;

  patterns = unknot_breathing_patterns_load_bundled (problems);
  g_assert (patterns != NULL && problems->len == 0);
  failed = cmocka_run_group_tests (tests, NULL, NULL);
  g_hash_table_unref (patterns);

  return failed;
}
