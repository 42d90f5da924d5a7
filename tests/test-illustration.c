/* test-illustration.c: the pictures of the bundled routines' steps, and the widget that
 * draws them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "unknot-body-art.h"
#include "unknot-illustration.h"
#include "unknot-routine-library.h"
#include "unknot-test-util.h"

#define TIMEOUT_MS 5000
#define IMAGES_PATH RESOURCE_BASE_PATH "/images/"

static UnknotApplication *app;

/* The roles a picture's paths may have (resources/images/README.md) */
static const char * const roles[] = {
  "figure", "figure-far", "prop", "floor", "muscle", "hand", "marker", "avoid", "arrow", "detail",
};

static gboolean
is_role (const char *id)
{
  return g_strv_contains (roles, id);
}

/* Every picture a bundled routine's step names, as a resource path */
static GPtrArray *
referenced_pictures (void)
{
  g_autofree char *folder_path = g_build_filename (g_get_user_data_dir (), "illustration-test", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (folder_path);
  g_autoptr(UnknotRoutineLibrary) library = unknot_routine_library_new (folder);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_problem_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *pictures = g_ptr_array_new_with_free_func (g_free);
  GListModel *model = G_LIST_MODEL (library);

  unknot_routine_library_load (library, problems);
  assert_int_equal (problems->len, 0);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(UnknotRoutineEntry) entry = g_list_model_get_item (model, i);
      UnknotRoutine *routine = unknot_routine_entry_get_routine (entry);

      assert_true (unknot_routine_entry_get_bundled (entry));
      for (guint j = 0; j < routine->steps->len; j++)
        {
          const UnknotStep *step = g_ptr_array_index (routine->steps, j);
          char *path;

          if (step->image == NULL)
            continue;
          path = g_build_path ("/", RESOURCE_BASE_PATH, step->image, NULL);
          if (g_hash_table_contains (seen, path))
            {
              g_free (path);
              continue;
            }
          g_hash_table_add (seen, path);
          g_ptr_array_add (pictures, path);
        }
    }

  return pictures;
}

/* Every picture in the GResource's images folder */
static GPtrArray *
bundled_pictures (void)
{
  g_auto(GStrv) names = g_resources_enumerate_children (IMAGES_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  GPtrArray *pictures = g_ptr_array_new_with_free_func (g_free);

  assert_non_null (names);
  for (guint i = 0; names[i] != NULL; i++)
    g_ptr_array_add (pictures, g_strconcat (IMAGES_PATH, names[i], NULL));
  return pictures;
}

/* Whether @bounds lies inside @box, give or take a rounding error */
static gboolean
within (const graphene_rect_t *box,
        const graphene_rect_t *bounds)
{
  const float tolerance = 0.01f;

  return bounds->origin.x >= box->origin.x - tolerance &&
         bounds->origin.y >= box->origin.y - tolerance &&
         bounds->origin.x + bounds->size.width <= box->origin.x + box->size.width + tolerance &&
         bounds->origin.y + bounds->size.height <= box->origin.y + box->size.height + tolerance;
}

static gboolean
is_locate_picture (const char *path)
{
  return g_str_has_prefix (path, IMAGES_PATH "locate-");
}

/* Each step's picture is bundled and in the subset the reader takes, with a viewBox and
 * a figure (and, where it shows where to press, the point); every path has a role and
 * stays inside the viewBox. */
static void
test_bundled_pictures (void **unused)
{
  g_autoptr(GPtrArray) referenced = referenced_pictures ();
  g_autoptr(GPtrArray) bundled = bundled_pictures ();

  /* the releases, stretches and exercises of the bundled routines */
  assert_true (referenced->len >= 12);

  for (guint i = 0; i < referenced->len; i++)
    {
      const char *path = g_ptr_array_index (referenced, i);

      if (!g_ptr_array_find_with_equal_func (bundled, path, g_str_equal, NULL))
        fail_msg ("%s is not in the images folder of the GResource", path);
    }

  for (guint i = 0; i < bundled->len; i++)
    {
      const char *path = g_ptr_array_index (bundled, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(UnknotBodyArt) art = unknot_body_art_new_from_resource (path, &error);
      g_autoptr(GskPath) figure = NULL;
      graphene_rect_t box;

      if (art == NULL)
        fail_msg ("%s: %s", path, error->message);
      if (!unknot_body_art_get_view_box (art, &box))
        fail_msg ("%s has no viewBox", path);
      figure = unknot_body_art_lookup (art, "figure");
      if (figure == NULL)
        fail_msg ("%s has no figure", path);
      if (is_locate_picture (path))
        {
          g_autoptr(GskPath) marker = unknot_body_art_lookup (art, "marker");

          if (marker == NULL)
            fail_msg ("%s shows where to press, but has no marker", path);
        }

      for (guint j = 0; j < unknot_body_art_get_n_paths (art); j++)
        {
          const char *id = unknot_body_art_get_id (art, j);
          graphene_rect_t bounds;

          if (!is_role (id))
            fail_msg ("%s: “%s” is not a role a picture's path may have", path, id);
          assert_true (gsk_path_get_bounds (unknot_body_art_get_path (art, j), &bounds));
          if (!within (&box, &bounds))
            fail_msg ("%s: a path of “%s” leaves the viewBox: (%g, %g) to (%g, %g)", path, id,
                      bounds.origin.x, bounds.origin.y,
                      bounds.origin.x + bounds.size.width, bounds.origin.y + bounds.size.height);
        }
    }
}

/* The viewBox, read from the <svg> element */
static void
test_view_box (void **unused)
{
  static const char * const bad[] = {
    "<svg viewBox='0 0 100'><path id='figure' d='M 0 0 L 1 1 Z'/></svg>",
    "<svg viewBox='0 0 100 -5'><path id='figure' d='M 0 0 L 1 1 Z'/></svg>",
    "<svg viewBox='0 0 100 50 7'><path id='figure' d='M 0 0 L 1 1 Z'/></svg>",
    "<svg viewBox='a b c d'><path id='figure' d='M 0 0 L 1 1 Z'/></svg>",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(UnknotBodyArt) art = NULL;
  g_autoptr(UnknotBodyArt) without = NULL;
  graphene_rect_t box;

  art = unknot_body_art_new_from_data ("<svg viewBox='40,130 120.5 150'><path id='figure' d='M 50 140 L 60 150 Z'/></svg>",
                                       -1, &error);
  assert_non_null (art);
  assert_true (unknot_body_art_get_view_box (art, &box));
  assert_true (graphene_rect_equal (&box, &GRAPHENE_RECT_INIT (40, 130, 120.5, 150)));

  without = unknot_body_art_new_from_data ("<svg><path id='figure' d='M 0 0 L 1 1 Z'/></svg>", -1, &error);
  assert_non_null (without);
  assert_false (unknot_body_art_get_view_box (without, &box));

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) bad_error = NULL;
      g_autoptr(UnknotBodyArt) bad_art = unknot_body_art_new_from_data (bad[i], -1, &bad_error);

      assert_null (bad_art);
      assert_true (g_error_matches (bad_error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT));
    }
}

/* data-mirror says how a picture drawn for the left side shows the right */
static void
test_mirror (void **unused)
{
  static const struct { const char *svg; UnknotArtMirror mirror; } cases[] = {
    { "<svg viewBox='0 0 10 10'><path id='figure' d='M 0 0 L 1 1 Z'/></svg>", UNKNOT_ART_MIRROR_NONE },
    { "<svg viewBox='0 0 10 10' data-mirror='horizontal'><path id='figure' d='M 0 0 L 1 1 Z'/></svg>", UNKNOT_ART_MIRROR_HORIZONTAL },
    { "<svg data-mirror='vertical' viewBox='0 0 10 10'><path id='figure' d='M 0 0 L 1 1 Z'/></svg>", UNKNOT_ART_MIRROR_VERTICAL },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(UnknotBodyArt) bad = NULL;
  g_autoptr(GtkWidget) widget = g_object_ref_sink (unknot_illustration_new ());
  UnknotIllustration *illustration = UNKNOT_ILLUSTRATION (widget);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(UnknotBodyArt) art = unknot_body_art_new_from_data (cases[i].svg, -1, &error);

      assert_non_null (art);
      assert_int_equal (unknot_body_art_get_mirror (art), cases[i].mirror);
    }
  bad = unknot_body_art_new_from_data ("<svg viewBox='0 0 10 10' data-mirror='diagonal'><path id='figure' d='M 0 0 L 1 1 Z'/></svg>",
                                       -1, &error);
  assert_null (bad);
  assert_true (g_error_matches (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT));

  /* the widget flips only a picture that says how, and only for the right side */
  assert_true (unknot_illustration_set_resource (illustration, IMAGES_PATH "locate-psoas-upper.svg", NULL));
  assert_int_equal (unknot_illustration_get_flip (illustration), UNKNOT_ART_MIRROR_NONE);
  unknot_illustration_set_right_side (illustration, TRUE);
  assert_int_equal (unknot_illustration_get_flip (illustration), UNKNOT_ART_MIRROR_HORIZONTAL);
  assert_true (unknot_illustration_set_resource (illustration, IMAGES_PATH "stretch-half-kneeling.svg", NULL));
  assert_int_equal (unknot_illustration_get_flip (illustration), UNKNOT_ART_MIRROR_NONE);
}

/* A missing picture is an error for the caller to handle, not a warning, and leaves the
 * widget empty; no picture at all is no error. */
static void
test_missing_picture (void **unused)
{
  g_autoptr(GtkWidget) widget = g_object_ref_sink (unknot_illustration_new ());
  UnknotIllustration *illustration = UNKNOT_ILLUSTRATION (widget);
  g_autoptr(GError) error = NULL;

  assert_false (unknot_illustration_has_picture (illustration));
  assert_true (unknot_illustration_set_resource (illustration, IMAGES_PATH "exercise-bird-dog.svg", &error));
  assert_null (error);
  assert_true (unknot_illustration_has_picture (illustration));

  assert_false (unknot_illustration_set_resource (illustration, IMAGES_PATH "no-such-picture.svg", &error));
  assert_true (g_error_matches (error, G_RESOURCE_ERROR, G_RESOURCE_ERROR_NOT_FOUND));
  assert_false (unknot_illustration_has_picture (illustration));
  g_clear_error (&error);

  assert_true (unknot_illustration_set_resource (illustration, IMAGES_PATH "exercise-bird-dog.svg", NULL));
  assert_true (unknot_illustration_set_resource (illustration, NULL, &error));
  assert_null (error);
  assert_false (unknot_illustration_has_picture (illustration));
}

/* It keeps the picture's shape, fits a phone's width, and says it is an image. */
static void
test_size (void **unused)
{
  g_autoptr(GtkWidget) widget = g_object_ref_sink (unknot_illustration_new ());
  UnknotIllustration *illustration = UNKNOT_ILLUSTRATION (widget);
  g_autoptr(UnknotBodyArt) art = unknot_body_art_new_from_resource (IMAGES_PATH "stretch-half-kneeling.svg", NULL);
  graphene_rect_t box;
  int minimum, natural;

  assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_ROLE_IMG));

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  assert_int_equal (natural, 0);

  assert_true (unknot_illustration_set_resource (illustration, IMAGES_PATH "stretch-half-kneeling.svg", NULL));
  assert_true (unknot_body_art_get_view_box (art, &box));
  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  assert_true (minimum <= 200);
  assert_int_equal (natural, 360);
  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, 300, &minimum, &natural, NULL, NULL);
  assert_true (abs (natural - (int) ceil (300 * box.size.height / box.size.width)) <= 1);
  assert_true (minimum <= natural);
}

static void
use_dark_style (gboolean dark)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
  unknot_test_run_main_loop (50);
}

typedef struct
{
  guchar *pixels;
  gsize   stride;
  int     width;
  int     height;
} Pixels;

static Pixels
download (GdkTexture *texture)
{
  g_autoptr(GdkTextureDownloader) downloader = gdk_texture_downloader_new (texture);
  Pixels pixels = { NULL, 0, gdk_texture_get_width (texture), gdk_texture_get_height (texture) };
  GBytes *bytes;
  gsize size;

  gdk_texture_downloader_set_format (downloader, GDK_MEMORY_R8G8B8A8);
  bytes = gdk_texture_downloader_download_bytes (downloader, &pixels.stride);
  pixels.pixels = g_bytes_unref_to_data (bytes, &size);
  return pixels;
}

static const guchar *
pixel_at (const Pixels *pixels,
          int           x,
          int           y)
{
  assert_true (x >= 0 && x < pixels->width && y >= 0 && y < pixels->height);
  return pixels->pixels + y * pixels->stride + 4 * x;
}

/* A point well inside the fill of @path, in grid units, away from its edges by @margin */
static gboolean
find_inside (GskPath          *path,
             double            margin,
             graphene_point_t *found)
{
  graphene_rect_t bounds;
  graphene_point_t best = { 0, 0 };
  double best_margin = -1;

  assert_true (gsk_path_get_bounds (path, &bounds));
  for (float y = bounds.origin.y; y <= bounds.origin.y + bounds.size.height; y += 0.25f)
    for (float x = bounds.origin.x; x <= bounds.origin.x + bounds.size.width; x += 0.25f)
      {
        double m;

        for (m = 0; m <= 2 * margin; m += margin / 4)
          if (!gsk_path_in_fill (path, &GRAPHENE_POINT_INIT (x, y), GSK_FILL_RULE_WINDING) ||
              !gsk_path_in_fill (path, &GRAPHENE_POINT_INIT (x - m, y), GSK_FILL_RULE_WINDING) ||
              !gsk_path_in_fill (path, &GRAPHENE_POINT_INIT (x + m, y), GSK_FILL_RULE_WINDING) ||
              !gsk_path_in_fill (path, &GRAPHENE_POINT_INIT (x, y - m), GSK_FILL_RULE_WINDING) ||
              !gsk_path_in_fill (path, &GRAPHENE_POINT_INIT (x, y + m), GSK_FILL_RULE_WINDING))
            break;
        if (m > best_margin)
          {
            best_margin = m;
            best = GRAPHENE_POINT_INIT (x, y);
          }
      }

  *found = best;
  return best_margin >= margin;
}

/* The pixel of the rendered window where grid point @point is drawn */
static const guchar *
pixel_of_point (const Pixels           *pixels,
                GtkWidget              *widget,
                const graphene_rect_t  *box,
                const graphene_point_t *point)
{
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  double scale = MIN (width / box->size.width, height / box->size.height);
  graphene_point_t in_widget = GRAPHENE_POINT_INIT ((width - scale * box->size.width) / 2 + scale * (point->x - box->origin.x),
                                                    (height - scale * box->size.height) / 2 + scale * (point->y - box->origin.y));
  graphene_point_t in_window;

  assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (gtk_widget_get_root (widget)), &in_widget, &in_window));
  return pixel_at (pixels, (int) in_window.x, (int) in_window.y);
}

/* Each picture, small and large, light and dark, saved to look at: the figure covers a
 * fair part of it, the point to press is in the accent colour (blue) and a pulse to keep
 * away from in red. */
static void
test_renders (void **unused)
{
  g_autoptr(GPtrArray) pictures = bundled_pictures ();
  static const int widths[] = { 200, 600 };

  for (int dark = 0; dark < 2; dark++)
    for (guint i = 0; i < pictures->len; i++)
      for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
        {
          const char *path = g_ptr_array_index (pictures, i);
          g_autoptr(UnknotBodyArt) art = unknot_body_art_new_from_resource (path, NULL);
          g_autoptr(GskPath) marker = unknot_body_art_lookup (art, "marker");
          g_autoptr(GskPath) avoid = unknot_body_art_lookup (art, "avoid");
          g_autofree char *base = g_path_get_basename (path);
          g_autofree char *name = NULL;
          g_autoptr(GdkTexture) texture = NULL;
          GtkWidget *window = gtk_window_new ();
          GtkWidget *widget = unknot_illustration_new ();
          graphene_rect_t box;
          graphene_point_t point;
          Pixels pixels;
          const guchar *background;
          guint drawn = 0;

          *strrchr (base, '.') = '\0';
          name = g_strdup_printf ("illustration-%s-%d-%s", base, widths[w], dark ? "dark" : "light");
          assert_true (unknot_body_art_get_view_box (art, &box));

          use_dark_style (dark);
          assert_true (unknot_illustration_set_resource (UNKNOT_ILLUSTRATION (widget), path, NULL));
          gtk_window_set_child (GTK_WINDOW (window), widget);
          gtk_window_set_default_size (GTK_WINDOW (window), widths[w],
                                       (int) ceil (widths[w] * box.size.height / box.size.width));
          gtk_application_add_window (GTK_APPLICATION (app), GTK_WINDOW (window));
          gtk_window_present (GTK_WINDOW (window));
          assert_true (unknot_test_wait_until (unknot_test_widget_is_mapped, widget, TIMEOUT_MS));
          unknot_test_run_main_loop (50);

          texture = unknot_test_render_window (widget, name);
          pixels = download (texture);
          background = pixel_at (&pixels, 0, pixels.height - 1);
          for (int y = 0; y < pixels.height; y++)
            for (int x = 0; x < pixels.width; x++)
              {
                const guchar *p = pixel_at (&pixels, x, y);

                drawn += abs (p[0] - background[0]) + abs (p[1] - background[1]) + abs (p[2] - background[2]) > 12;
              }
          if (drawn < pixels.width * pixels.height / 20)
            fail_msg ("%s: only %u pixels drawn", name, drawn);

          if (marker != NULL)
            {
              const guchar *p;

              assert_true (find_inside (marker, 1.0 / (widths[w] / box.size.width), &point));
              p = pixel_of_point (&pixels, widget, &box, &point);
              if (!(p[2] > p[0] + 60))
                fail_msg ("%s: the marker at (%g, %g) is not drawn in the accent colour", name, point.x, point.y);
            }
          if (marker != NULL && unknot_body_art_get_mirror (art) != UNKNOT_ART_MIRROR_NONE)
            {
              /* for the right side the marker is drawn where the flip takes it */
              g_autofree char *right_name = g_strconcat (name, "-right", NULL);
              g_autoptr(GdkTexture) right_texture = NULL;
              graphene_point_t flipped = point;
              Pixels right;
              const guchar *p;

              if (unknot_body_art_get_mirror (art) == UNKNOT_ART_MIRROR_HORIZONTAL)
                flipped.x = 2 * box.origin.x + box.size.width - point.x;
              else
                flipped.y = 2 * box.origin.y + box.size.height - point.y;
              unknot_illustration_set_right_side (UNKNOT_ILLUSTRATION (widget), TRUE);
              unknot_test_run_main_loop (50);
              right_texture = unknot_test_render_window (widget, right_name);
              right = download (right_texture);
              p = pixel_of_point (&right, widget, &box, &flipped);
              if (!(p[2] > p[0] + 60))
                fail_msg ("%s: the marker is not drawn at (%g, %g)", right_name, flipped.x, flipped.y);
              g_free (right.pixels);
              unknot_illustration_set_right_side (UNKNOT_ILLUSTRATION (widget), FALSE);
            }
          if (avoid != NULL)
            {
              const guchar *p;

              assert_true (find_inside (avoid, 1.0 / (widths[w] / box.size.width), &point));
              p = pixel_of_point (&pixels, widget, &box, &point);
              if (!(p[0] > p[2] + 60))
                fail_msg ("%s: the spot to avoid at (%g, %g) is not drawn in red", name, point.x, point.y);
            }

          g_free (pixels.pixels);
          gtk_window_destroy (GTK_WINDOW (window));
          unknot_test_run_main_loop (20);
        }

  use_dark_style (FALSE);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_bundled_pictures),
    cmocka_unit_test (test_view_box),
    cmocka_unit_test (test_mirror),
    cmocka_unit_test (test_missing_picture),
    cmocka_unit_test (test_size),
    cmocka_unit_test (test_renders),
  };
  int failed;

  app = unknot_test_application_start ();
  failed = cmocka_run_group_tests_name ("illustration", tests, NULL, NULL);
  unknot_test_application_stop (app);

  return failed;
}
