/* test-anatomy-lookup.c: hit-testing and zone lookup on the body diagrams
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

#include "unknot-anatomy-lookup.h"

static UnknotAnatomy *anatomy;

static void
test_sides (void **unused)
{
  /* front: the body's left on the viewer's right; back: on the viewer's left */
  assert_int_equal (unknot_view_side_at (UNKNOT_VIEW_FRONT, 150), UNKNOT_SIDE_LEFT);
  assert_int_equal (unknot_view_side_at (UNKNOT_VIEW_FRONT, 50), UNKNOT_SIDE_RIGHT);
  assert_int_equal (unknot_view_side_at (UNKNOT_VIEW_BACK, 50), UNKNOT_SIDE_LEFT);
  assert_int_equal (unknot_view_side_at (UNKNOT_VIEW_BACK, 150), UNKNOT_SIDE_RIGHT);
  assert_true (unknot_view_to_left_side (UNKNOT_VIEW_FRONT, 40) == 160);
  assert_true (unknot_view_to_left_side (UNKNOT_VIEW_BACK, 40) == 40);
  assert_true (unknot_view_from_left_side (UNKNOT_VIEW_FRONT, UNKNOT_SIDE_RIGHT, 112) == 88);
  assert_true (unknot_view_from_left_side (UNKNOT_VIEW_BACK, UNKNOT_SIDE_LEFT, 88) == 88);
}

static void
test_shapes (void **unused)
{
  UnknotShape ellipse = { UNKNOT_VIEW_FRONT, TRUE, 100, 100, 10, 20, NULL };
  /* an L: the notch at the top right is outside */
  const UnknotPoint corners[] = { { 0, 0 }, { 10, 0 }, { 10, 10 }, { 20, 10 }, { 20, 20 }, { 0, 20 } };
  UnknotShape polygon = { UNKNOT_VIEW_BACK, FALSE, 0, 0, 0, 0, g_array_new (FALSE, FALSE, sizeof (UnknotPoint)) };
  double x, y;

  g_array_append_vals (polygon.points, corners, G_N_ELEMENTS (corners));

  assert_true (unknot_shape_contains (&ellipse, 100, 100));
  assert_true (unknot_shape_contains (&ellipse, 110, 100));
  assert_true (unknot_shape_contains (&ellipse, 100, 119));
  assert_false (unknot_shape_contains (&ellipse, 108, 115));
  assert_false (unknot_shape_contains (&ellipse, 111, 100));

  assert_true (unknot_shape_contains (&polygon, 5, 5));
  assert_true (unknot_shape_contains (&polygon, 15, 15));
  assert_false (unknot_shape_contains (&polygon, 15, 5));
  assert_false (unknot_shape_contains (&polygon, 25, 15));

  unknot_shape_get_center (&polygon, &x, &y);
  assert_true (fabs (x - 10) < 1e-9 && fabs (y - 10) < 1e-9);
  g_array_unref (polygon.points);
}

static void
test_hit_trigger_points (void **unused)
{
  UnknotSide side = UNKNOT_SIDE_NONE;
  const UnknotTriggerPoint *point;

  /* the upper psoas point, on the left and on the right (mirrored) */
  point = unknot_anatomy_hit_trigger_point (anatomy, UNKNOT_VIEW_FRONT, 112, 205, 6, &side);
  assert_non_null (point);
  assert_string_equal (point->id, "psoas-upper");
  assert_int_equal (side, UNKNOT_SIDE_LEFT);
  point = unknot_anatomy_hit_trigger_point (anatomy, UNKNOT_VIEW_FRONT, 90, 207, 6, &side);
  assert_non_null (point);
  assert_string_equal (point->id, "psoas-upper");
  assert_int_equal (side, UNKNOT_SIDE_RIGHT);

  /* the nearest of two within reach */
  point = unknot_anatomy_hit_trigger_point (anatomy, UNKNOT_VIEW_FRONT, 123, 242, 20, NULL);
  assert_non_null (point);
  assert_string_equal (point->id, "iliopsoas-distal");

  /* not within reach, or on the other view */
  assert_null (unknot_anatomy_hit_trigger_point (anatomy, UNKNOT_VIEW_FRONT, 112, 190, 6, NULL));
  assert_null (unknot_anatomy_hit_trigger_point (anatomy, UNKNOT_VIEW_BACK, 112, 205, 6, NULL));
}

static void
test_hit_pain_areas (void **unused)
{
  UnknotSide side = UNKNOT_SIDE_NONE;
  const UnknotPainArea *area;

  area = unknot_anatomy_hit_pain_area (anatomy, UNKNOT_VIEW_FRONT, 122, 300, &side);
  assert_non_null (area);
  assert_string_equal (area->id, "front-thigh");
  assert_int_equal (side, UNKNOT_SIDE_LEFT);
  area = unknot_anatomy_hit_pain_area (anatomy, UNKNOT_VIEW_FRONT, 78, 300, &side);
  assert_non_null (area);
  assert_string_equal (area->id, "front-thigh");
  assert_int_equal (side, UNKNOT_SIDE_RIGHT);
  area = unknot_anatomy_hit_pain_area (anatomy, UNKNOT_VIEW_BACK, 115, 200, &side);
  assert_non_null (area);
  assert_string_equal (area->id, "low-back");
  assert_int_equal (side, UNKNOT_SIDE_RIGHT);
  /* the head hurts for other reasons */
  assert_null (unknot_anatomy_hit_pain_area (anatomy, UNKNOT_VIEW_FRONT, 100, 30, NULL));
}

static const UnknotPainArea *
pain_area (const char *id)
{
  for (guint i = 0; i < anatomy->pain_areas->len; i++)
    {
      const UnknotPainArea *area = g_ptr_array_index (anatomy->pain_areas, i);

      if (g_str_equal (area->id, id))
        return area;
    }
  fail_msg ("no pain area %s", id);
  return NULL;
}

static void
assert_matches (GArray     *matches,
                const char *expected)
{
  g_autoptr(GString) got = g_string_new (NULL);

  for (guint i = 0; i < matches->len; i++)
    {
      const UnknotPointMatch *match = &g_array_index (matches, UnknotPointMatch, i);

      assert_true (match->score > 0.0 && match->score <= 1.0);
      g_string_append_printf (got, "%s%s%s", i > 0 ? " " : "", match->point->id, match->primary ? "*" : "");
    }
  if (g_strcmp0 (got->str, expected) != 0)
    fail_msg ("matches: got “%s”, wanted “%s”", got->str, expected);
}

static void
test_where_does_it_hurt (void **unused)
{
  g_autoptr(GArray) groin = unknot_anatomy_match_area (anatomy, &pain_area ("groin")->shape);
  g_autoptr(GArray) low_back = unknot_anatomy_match_area (anatomy, &pain_area ("low-back")->shape);
  g_autoptr(GArray) front_thigh = unknot_anatomy_match_area (anatomy, &pain_area ("front-thigh")->shape);
  g_autoptr(GArray) spot = unknot_anatomy_match_spot (anatomy, UNKNOT_VIEW_FRONT, 78, 264);
  g_autoptr(GArray) head = unknot_anatomy_match_spot (anatomy, UNKNOT_VIEW_FRONT, 100, 30);

  /* the groin: the two points that send pain there first (the one whose zones cover
   * more of it first: the lower point's spillover reaches the belly side of the groin
   * too), then the one whose pain only spills over there; "*" marks a primary zone */
  assert_matches (groin, "iliacus-psoas-lower* iliopsoas-distal* psoas-upper");
  /* the low back: all three send pain there first, in the data's order */
  assert_matches (low_back, "psoas-upper* iliacus-psoas-lower* iliopsoas-distal*");
  assert_matches (front_thigh, "iliopsoas-distal* iliacus-psoas-lower* psoas-upper");
  /* a spot in the right groin, mirrored: both primary there, the nearer first */
  assert_matches (spot, "iliopsoas-distal* iliacus-psoas-lower* psoas-upper");
  assert_int_equal (head->len, 0);

  /* a primary zone covering more of an area scores higher than spillover */
  assert_true (g_array_index (groin, UnknotPointMatch, 0).score >
               g_array_index (groin, UnknotPointMatch, 2).score * 0.5);
}

int
main (void)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_problem_free);
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_sides),
    cmocka_unit_test (test_shapes),
    cmocka_unit_test (test_hit_trigger_points),
    cmocka_unit_test (test_hit_pain_areas),
    cmocka_unit_test (test_where_does_it_hurt),
  };
  int failed;

  anatomy = unknot_anatomy_load_bundled (problems);
  g_assert (anatomy != NULL && problems->len == 0);
  failed = cmocka_run_group_tests (tests, NULL, NULL);
  unknot_anatomy_unref (anatomy);

  return failed;
}
