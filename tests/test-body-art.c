/* test-body-art.c: the body maps' artwork: the SVG subset, and that it agrees with the
 * anatomy data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "unknot-anatomy.h"
#include "unknot-body-art.h"
#include "unknot-test-util.h"

static void
test_subset (void **unused)
{
  static const char svg[] =
    "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 200 480'>"
    "  <g id='layer'>"
    "    <path id='body' fill='#ccc' d='M 90 10 C 110 10 110 40 90 40 Z'/>"
    "    <path id='bone-pelvis' d='M 60 210 L 140 210 L 100 260 Z'/>"
    "    <path id='bone-pelvis-2' d='M 70 220 L 130 220 L 100 250 Z'/>"
    "  </g>"
    "</svg>";
  g_autoptr(GError) error = NULL;
  g_autoptr(UnknotBodyArt) art = unknot_body_art_new_from_data (svg, -1, &error);
  g_autoptr(GskPath) pelvis = NULL;
  graphene_rect_t bounds;

  assert_non_null (art);
  assert_int_equal (unknot_body_art_get_n_paths (art), 3);
  assert_string_equal (unknot_body_art_get_id (art, 2), "bone-pelvis");
  pelvis = unknot_body_art_lookup (art, "bone-pelvis");
  assert_non_null (pelvis);
  assert_true (gsk_path_get_bounds (pelvis, &bounds));
  assert_true (bounds.origin.x == 60 && bounds.size.width == 80);
  assert_null (unknot_body_art_lookup (art, "bone"));
}

static void
test_outside_the_subset (void **unused)
{
  static const char * const bad[] = {
    "<svg><g transform='scale(2)'><path id='body' d='M 0 0 L 1 1 Z'/></g></svg>",
    "<svg><path id='body' d='M 0 0 L nonsense'/></svg>",
    "<svg><path d='M 0 0 L 1 1 Z'/></svg>",
    "<svg><path id='body' d='M 0 0 L 1 1 Z'></svg>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(UnknotBodyArt) art = unknot_body_art_new_from_data (bad[i], -1, &error);

      assert_null (art);
      assert_non_null (error);
    }
}

/* The artwork agrees with the data: every muscle it draws is in the anatomy, the main
 * muscles are all there, and each trigger point's marker lies on its muscle. */
static void
test_bundled_art (void **unused)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_problem_free);
  g_autoptr(UnknotAnatomy) anatomy = unknot_anatomy_load_bundled (problems);
  g_autoptr(UnknotBodyArt) front = NULL;
  g_autoptr(UnknotBodyArt) back = NULL;
  g_autoptr(GError) error = NULL;

  assert_non_null (anatomy);
  front = unknot_body_art_new_from_resource (RESOURCE_BASE_PATH "/anatomy/body-front.svg", &error);
  assert_null (error);
  back = unknot_body_art_new_from_resource (RESOURCE_BASE_PATH "/anatomy/body-back.svg", &error);
  assert_null (error);

  for (guint v = 0; v < 2; v++)
    {
      UnknotBodyArt *art = v == 0 ? front : back;
      g_autoptr(GskPath) body = unknot_body_art_lookup (art, "body");

      assert_non_null (body);
      for (guint i = 0; i < unknot_body_art_get_n_paths (art); i++)
        {
          const char *id = unknot_body_art_get_id (art, i);

          if (g_str_has_prefix (id, "muscle-") &&
              unknot_anatomy_lookup_muscle (anatomy, id + strlen ("muscle-")) == NULL)
            fail_msg ("the artwork draws %s, which the anatomy does not know", id);
          assert_true (g_str_equal (id, "body") || g_str_has_prefix (id, "muscle-") ||
                       g_str_has_prefix (id, "bone-") || g_str_has_prefix (id, "detail-"));
        }
    }

  for (guint i = 0; i < anatomy->muscles->len; i++)
    {
      const UnknotMuscle *muscle = g_ptr_array_index (anatomy->muscles, i);
      g_autofree char *id = g_strconcat ("muscle-", muscle->id, NULL);
      g_autoptr(GskPath) path = unknot_body_art_lookup (front, id);

      if (muscle->main && path == NULL)
        fail_msg ("the front view does not draw %s", muscle->id);
    }

  for (guint i = 0; i < anatomy->trigger_points->len; i++)
    {
      const UnknotTriggerPoint *point = g_ptr_array_index (anatomy->trigger_points, i);
      g_autofree char *id = g_strconcat ("muscle-", point->muscle, NULL);
      g_autoptr(GskPath) path = unknot_body_art_lookup (point->view == UNKNOT_VIEW_FRONT ? front : back, id);
      g_autoptr(GskPath) body = unknot_body_art_lookup (point->view == UNKNOT_VIEW_FRONT ? front : back, "body");

      assert_non_null (path);
      if (!gsk_path_in_fill (path, &GRAPHENE_POINT_INIT (point->x, point->y), GSK_FILL_RULE_WINDING))
        fail_msg ("%s at (%g, %g) is not on %s", point->id, point->x, point->y, id);
      assert_true (gsk_path_in_fill (body, &GRAPHENE_POINT_INIT (point->x, point->y), GSK_FILL_RULE_WINDING));
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_subset),
    cmocka_unit_test (test_outside_the_subset),
    cmocka_unit_test (test_bundled_art),
  };

  return cmocka_run_group_tests_name ("body-art", tests, NULL, NULL);
}
