/* test-body-art.c: the body maps' artwork: the SVG subset, and that it agrees with the
 * anatomy data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

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

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_subset),
    cmocka_unit_test (test_outside_the_subset),
  };

  return cmocka_run_group_tests_name ("body-art", tests, NULL, NULL);
}
