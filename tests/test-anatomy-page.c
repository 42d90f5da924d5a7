/* test-anatomy-page.c: the Anatomy page: every trigger point chosen by keyboard shows its
 * facts and its release; touching a pain shows where it may come from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "unknot-anatomy-page.h"
#include "unknot-window.h"
#include "unknot-test-util.h"

static UnknotApplication *app;
static UnknotWindow *window;
static UnknotAnatomyPage *page;

static char *
page_text (void)
{
  unknot_test_run_main_loop (20);
  return unknot_test_widget_text (GTK_WIDGET (page));
}

/* The release buttons on the page: the routine each opens */
static void
collect_releases (GtkWidget *widget,
                  GPtrArray *routines)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_visible (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "app.show-routine") == 0)
    g_ptr_array_add (routines, g_variant_dup_string (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget)), NULL));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_releases (child, routines);
}

static gboolean
has_string (GPtrArray  *strings,
            const char *wanted)
{
  for (guint i = 0; i < strings->len; i++)
    if (g_str_equal (g_ptr_array_index (strings, i), wanted))
      return TRUE;
  return FALSE;
}

static gboolean
marker_chosen_cb (gpointer data)
{
  return gtk_widget_has_css_class (GTK_WIDGET (data), "selected");
}

/* Each marker, as Tab and Enter reach it, shows its point's facts, on its side, and a
 * button to its guided release; its muscle is the one described. */
static void
test_every_point (void **unused)
{
  UnknotBodyMap *map = unknot_anatomy_page_get_map (page);
  UnknotAnatomy *anatomy = unknot_body_map_get_anatomy (map);
  guint markers = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (map)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      g_autofree char *text = NULL;
      g_autoptr(GPtrArray) releases = g_ptr_array_new_with_free_func (g_free);
      const UnknotTriggerPoint *point;
      const UnknotMuscle *muscle;

      if (!GTK_IS_BUTTON (child))
        continue;
      markers++;
      /* Tab brings the focus to it; Enter activates it, as a button's key binding does */
      assert_true (gtk_widget_grab_focus (child));
      assert_ptr_equal (gtk_root_get_focus (gtk_widget_get_root (child)), child);
      assert_true (gtk_widget_activate (child));
      assert_true (unknot_test_wait_until (marker_chosen_cb, child, 5000));

      point = unknot_anatomy_lookup_trigger_point (anatomy, unknot_body_map_get_selected_point (map));
      assert_non_null (point);
      muscle = unknot_anatomy_lookup_muscle (anatomy, point->muscle);
      text = page_text ();
      assert_non_null (strstr (text, point->name));
      assert_non_null (strstr (text, point->how_to_find));
      assert_non_null (strstr (text, unknot_body_map_get_selected_side (map) == UNKNOT_SIDE_LEFT ? "left side" : "right side"));
      /* its muscle, described below it */
      assert_non_null (strstr (text, muscle->origin));
      assert_string_equal (unknot_body_map_get_muscle (map), point->muscle);
      collect_releases (GTK_WIDGET (page), releases);
      assert_true (has_string (releases, point->release_routine));
    }
  assert_int_equal (markers, 2 * anatomy->trigger_points->len);
}

/* Three steps from a pain to its release: touch it, and the likeliest points are listed,
 * each with its release. */
static void
test_where_does_it_hurt (void **unused)
{
  UnknotBodyMap *map = unknot_anatomy_page_get_map (page);
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) releases = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GdkTexture) render = NULL;
  const char *first, *second, *third;

  unknot_body_map_mark_area (map, "front-thigh", UNKNOT_SIDE_RIGHT);
  g_signal_emit_by_name (map, "area-activated", "front-thigh", UNKNOT_SIDE_RIGHT);
  text = page_text ();

  assert_non_null (strstr (text, "Pain: Front of the thigh, right side"));
  /* the likeliest first, and it is the one shown on the map */
  first = strstr (text, "Distal iliopsoas, just below the groin crease\nSends its pain here");
  second = strstr (text, "Lower psoas and iliacus, inside the front hip bone\nSends its pain here");
  third = strstr (text, "Upper psoas, beside the navel\nIts pain can spill over here");
  assert_true (first != NULL && second != NULL && third != NULL);
  assert_true (first < second && second < third);
  assert_string_equal (unknot_body_map_get_selected_point (map), "iliopsoas-distal");
  assert_int_equal (unknot_body_map_get_selected_side (map), UNKNOT_SIDE_RIGHT);

  collect_releases (GTK_WIDGET (page), releases);
  g_clear_object (&render);
  render = unknot_test_render_window (GTK_WIDGET (page), "anatomy-page-where-it-hurts");
  assert_true (has_string (releases, "release-iliopsoas-distal"));
  assert_true (has_string (releases, "release-psoas-upper"));
  assert_true (has_string (releases, "release-iliacus"));
}

/* The same without the map, from the keyboard: the drop-downs of places and sides. */
static void
test_where_does_it_hurt_by_keyboard (void **unused)
{
  UnknotBodyMap *map = unknot_anatomy_page_get_map (page);
  GtkDropDown *area = NULL, *side = NULL;
  g_autofree char *text = NULL;

  for (GtkWidget *w = unknot_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_DROP_DOWN); w != NULL;
       w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_DROP_DOWN (w))
      {
        if (area == NULL)
          area = GTK_DROP_DOWN (w);
        else
          side = GTK_DROP_DOWN (w);
      }
  assert_non_null (area);
  assert_non_null (side);

  gtk_drop_down_set_selected (side, 0);
  gtk_drop_down_set_selected (area, 1);   /* the first place: the low back */
  text = page_text ();
  assert_non_null (strstr (text, "Pain: Low back, left side"));
  assert_string_equal (unknot_body_map_get_marked_area (map), "low-back");
  assert_string_equal (unknot_body_map_get_selected_point (map), "psoas-upper");
}

/* The muscle buttons choose what the sheet describes. */
static void
test_muscles (void **unused)
{
  UnknotBodyMap *map = unknot_anatomy_page_get_map (page);
  UnknotAnatomy *anatomy = unknot_body_map_get_anatomy (map);
  const UnknotMuscle *iliacus = unknot_anatomy_lookup_muscle (anatomy, "iliacus");
  g_autofree char *text = NULL;

  unknot_anatomy_page_set_muscle (page, "iliacus");
  text = page_text ();
  assert_non_null (strstr (text, iliacus->insertion));
  assert_non_null (strstr (text, "Unknot cannot rule them out"));
  /* the everyday advice, every item of it */
  assert_non_null (strstr (text, "Everyday Advice"));
  for (guint i = 0; i < anatomy->advice->len; i++)
    assert_non_null (strstr (text, ((UnknotAdvice *) g_ptr_array_index (anatomy->advice, i))->title));
  assert_string_equal (unknot_body_map_get_muscle (map), "iliacus");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_every_point),
    cmocka_unit_test (test_where_does_it_hurt),
    cmocka_unit_test (test_where_does_it_hurt_by_keyboard),
    cmocka_unit_test (test_muscles),
  };
  int failures;

  app = unknot_test_application_start ();
  window = UNKNOT_WINDOW (unknot_test_open_main_window (app));
  unknot_window_set_visible_page (window, "anatomy");
  page = UNKNOT_ANATOMY_PAGE (unknot_test_find_descendant (GTK_WIDGET (window), UNKNOT_TYPE_ANATOMY_PAGE));
  g_assert (page != NULL);
  assert_true (unknot_test_wait_until (unknot_test_widget_is_mapped, page, 5000));

  failures = cmocka_run_group_tests_name ("anatomy-page", tests, NULL, NULL);

  gtk_window_destroy (GTK_WINDOW (window));
  unknot_test_run_main_loop (50);
  unknot_test_application_stop (app);

  return failures;
}
