/* test-body-map.c: the body map as a user drives it, by pointer, touch or keyboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "unknot-anatomy-lookup.h"
#include "unknot-body-map.h"
#include "unknot-test-util.h"

#define TIMEOUT_MS 5000

static UnknotApplication *app;
static UnknotAnatomy *anatomy;

static UnknotBodyMap *
show_map (int width,
          int height)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *map = unknot_body_map_new ();

  unknot_body_map_set_anatomy (UNKNOT_BODY_MAP (map), anatomy);
  gtk_window_set_child (GTK_WINDOW (window), map);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_application_add_window (GTK_APPLICATION (app), GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
  assert_true (unknot_test_wait_until (unknot_test_widget_is_mapped, map, TIMEOUT_MS));
  unknot_test_run_main_loop (100);

  return UNKNOT_BODY_MAP (map);
}

static void
close_map (UnknotBodyMap *map)
{
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (map))));
  unknot_test_run_main_loop (20);
}

static GPtrArray *
markers (UnknotBodyMap *map)
{
  GPtrArray *found = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (map)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child))
      g_ptr_array_add (found, child);
  return found;
}

/* The tooltip; the test below checks the accessible label says the same */
static char *
accessible_label (GtkWidget *widget)
{
  GValue value = G_VALUE_INIT;
  char *label;

  g_object_get_property (G_OBJECT (widget), "tooltip-text", &value);
  label = g_value_dup_string (&value);
  g_value_unset (&value);
  return label;
}

typedef struct
{
  char       *id;
  UnknotSide  side;
  guint       count;
} Activated;

static void
activated_cb (UnknotBodyMap *map,
              const char    *id,
              int            side,
              Activated     *activated)
{
  g_free (activated->id);
  activated->id = g_strdup (id);
  activated->side = side;
  activated->count++;
}

/* A marker for every trigger point on both sides, each a focusable button with the
 * point's name and side, placed where the data says. */
static void
test_markers (void **unused)
{
  UnknotBodyMap *map = show_map (440, 560);
  g_autoptr(GPtrArray) buttons = markers (map);
  Activated activated = { NULL, UNKNOT_SIDE_NONE, 0 };

  assert_int_equal (buttons->len, 2 * anatomy->trigger_points->len);
  g_signal_connect (map, "point-activated", G_CALLBACK (activated_cb), &activated);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      g_autofree char *label = accessible_label (button);
      graphene_point_t center;
      UnknotView view;
      UnknotSide side;
      double gx, gy;
      const UnknotTriggerPoint *point;

      assert_true (gtk_widget_get_focusable (button));
      assert_true (gtk_widget_compute_point (button, GTK_WIDGET (map),
                                             &GRAPHENE_POINT_INIT (gtk_widget_get_width (button) / 2.0,
                                                                   gtk_widget_get_height (button) / 2.0),
                                             &center));
      assert_true (unknot_body_map_to_grid (map, center.x, center.y, &view, &gx, &gy));
      point = unknot_anatomy_hit_trigger_point (anatomy, view, gx, gy, 3, &side);
      assert_non_null (point);
      assert_non_null (strstr (label, point->name));
      assert_non_null (strstr (label, side == UNKNOT_SIDE_LEFT ? "left side" : "right side"));
      /* what a screen reader says for it */
      {
        g_autofree char *failure = gtk_test_accessible_check_property (GTK_ACCESSIBLE (button),
                                                                       GTK_ACCESSIBLE_PROPERTY_LABEL, label);

        if (failure != NULL)
          fail_msg ("accessible label: %s", failure);
        assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_ROLE_BUTTON));
      }

      /* choosing it (a click, a touch, or Enter or Space with the focus on it) */
      g_signal_emit_by_name (button, "clicked");
      assert_string_equal (unknot_body_map_get_selected_point (map), point->id);
      assert_int_equal (unknot_body_map_get_selected_side (map), side);
      assert_string_equal (activated.id, point->id);
      assert_int_equal (activated.side, side);
      assert_true (gtk_widget_has_css_class (button, "selected"));
    }
  assert_int_equal (activated.count, buttons->len);

  g_free (activated.id);
  close_map (map);
}

/* Touching the body marks the pain area there, on its side. */
static void
test_touch_marks_an_area (void **unused)
{
  UnknotBodyMap *map = show_map (440, 560);
  Activated activated = { NULL, UNKNOT_SIDE_NONE, 0 };
  GtkEventController *click = NULL;
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (map));
  double x = 0, y = 0;
  UnknotView view;
  double gx, gy;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        click = controller;
    }
  assert_non_null (click);
  g_signal_connect (map, "area-activated", G_CALLBACK (activated_cb), &activated);

  /* the middle of the front of the right thigh: find it by scanning the map */
  for (y = 0; y < gtk_widget_get_height (GTK_WIDGET (map)) && activated.count == 0; y += 4)
    for (x = 0; x < gtk_widget_get_width (GTK_WIDGET (map)) / 2.0 && activated.count == 0; x += 4)
      if (unknot_body_map_to_grid (map, x, y, &view, &gx, &gy) && view == UNKNOT_VIEW_FRONT &&
          fabs (gx - 78) < 2 && fabs (gy - 300) < 2)
        g_signal_emit_by_name (click, "pressed", 1, x, y);

  assert_int_equal (activated.count, 1);
  assert_string_equal (activated.id, "front-thigh");
  assert_int_equal (activated.side, UNKNOT_SIDE_RIGHT);
  assert_string_equal (unknot_body_map_get_marked_area (map), "front-thigh");

  /* between the two views there is nothing */
  assert_false (unknot_body_map_to_grid (map, gtk_widget_get_width (GTK_WIDGET (map)) / 2.0, 10, &view, &gx, &gy));

  g_free (activated.id);
  close_map (map);
}

static void
use_dark_style (gboolean dark)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
  unknot_test_run_main_loop (50);
}

/* Renders to look at: narrow and wide, light and dark, with a point chosen (its zones
 * shaded) and an area marked. */
static void
test_renders (void **unused)
{
  static const struct { const char *name; int width, height; } sizes[] = {
    { "narrow", 360, 520 },
    { "wide", 900, 700 },
  };

  for (int dark = 0; dark < 2; dark++)
    for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
      {
        UnknotBodyMap *map;
        g_autofree char *name = g_strdup_printf ("body-map-%s-%s", sizes[i].name, dark ? "dark" : "light");
        g_autoptr(GdkTexture) texture = NULL;

        use_dark_style (dark);
        map = show_map (sizes[i].width, sizes[i].height);
        unknot_body_map_select_point (map, "psoas-upper", UNKNOT_SIDE_LEFT);
        unknot_body_map_set_muscle (map, "psoas-major");
        unknot_body_map_mark_area (map, "groin", UNKNOT_SIDE_RIGHT);
        unknot_test_run_main_loop (50);
        texture = unknot_test_render_window (GTK_WIDGET (map), name);
        assert_int_equal (gdk_texture_get_height (texture), gtk_widget_get_height (GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (map)))));
        close_map (map);
      }
  use_dark_style (FALSE);
}

int
main (void)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_problem_free);
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_markers),
    cmocka_unit_test (test_touch_marks_an_area),
    cmocka_unit_test (test_renders),
  };
  int failed;

  app = unknot_test_application_start ();
  anatomy = unknot_anatomy_load_bundled (problems);
  g_assert (anatomy != NULL);
  failed = cmocka_run_group_tests_name ("body-map", tests, NULL, NULL);
  unknot_anatomy_unref (anatomy);
  unknot_test_application_stop (app);

  return failed;
}
