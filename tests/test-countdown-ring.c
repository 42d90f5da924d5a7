/* test-countdown-ring.c: the routine player's countdown ring and breathing indicator,
 * under a virtual display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>

#include "unknot-breathing-indicator-private.h"
#include "unknot-countdown-ring-private.h"
#include "unknot-test-util.h"

#define TIMEOUT_MS 5000
#define MIN_VISIBLE_CHANGE 1.0  /* pixels, the widgets' promise */

static UnknotApplication *app;

typedef struct
{
  GtkWidget *widget;
  int        width;
  int        height;
} SizeWanted;

static gboolean
widget_has_size_cb (gpointer data)
{
  SizeWanted *wanted = data;

  return gtk_widget_get_mapped (wanted->widget) &&
         gtk_widget_get_width (wanted->widget) == wanted->width &&
         gtk_widget_get_height (wanted->widget) == wanted->height;
}

static void
after_paint_cb (GdkFrameClock *frame_clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

static gboolean
flag_is_set_cb (gpointer data)
{
  return *(gboolean *) data;
}

/* Waits for @widget's window to paint a frame */
static void
wait_for_paint (GtkWidget *widget)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong handler = g_signal_connect (frame_clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);

  assert_true (unknot_test_wait_until (flag_is_set_cb, &painted, TIMEOUT_MS));
  g_signal_handler_disconnect (frame_clock, handler);
}

/* An undecorated window of exactly this size around @child, shown, laid out and drawn */
static GtkWindow *
show_in_window (GtkWidget *child,
                int        width,
                int        height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  SizeWanted wanted = { GTK_WIDGET (window), width, height };

  gtk_window_set_decorated (window, FALSE);
  gtk_window_set_default_size (window, width, height);
  gtk_window_set_child (window, child);
  gtk_window_present (window);
  assert_true (unknot_test_wait_until (widget_has_size_cb, &wanted, TIMEOUT_MS));
  /* so that what follows starts from a drawn window */
  gtk_widget_queue_draw (GTK_WIDGET (window));
  wait_for_paint (GTK_WIDGET (window));

  return window;
}

/* Room around a page's content */
static void
set_page_margins (GtkWidget *content)
{
  gtk_widget_set_margin_top (content, 24);
  gtk_widget_set_margin_bottom (content, 24);
  gtk_widget_set_margin_start (content, 24);
  gtk_widget_set_margin_end (content, 24);
}

/* A window as small as @child can be */
static GtkWindow *
show_in_smallest_window (GtkWidget *child)
{
  int width, height;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &width, NULL, NULL, NULL);
  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &height, NULL, NULL, NULL);

  return show_in_window (child, width, height);
}

static UnknotCountdownRing *
show_ring (int    size,
           double total)
{
  UnknotCountdownRing *ring = UNKNOT_COUNTDOWN_RING (unknot_countdown_ring_new ());
  SizeWanted wanted = { GTK_WIDGET (ring), size, size };

  unknot_countdown_ring_set_total (ring, total);
  unknot_countdown_ring_set_remaining (ring, total);
  show_in_window (GTK_WIDGET (ring), size, size);
  assert_true (widget_has_size_cb (&wanted));

  return ring;
}

static void
close_window_of (gpointer widget)
{
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (widget))));
  unknot_test_run_main_loop (10);
}

static void
assert_accessible_text (gpointer               accessible,
                        GtkAccessibleProperty  property,
                        const char            *expected)
{
  g_autofree char *actual = gtk_test_accessible_check_property (GTK_ACCESSIBLE (accessible),
                                                                property, expected);

  if (actual != NULL)
    fail_msg ("accessible text is “%s”, expected “%s”", actual, expected);
}

static void
assert_value_text (UnknotCountdownRing *ring,
                   const char          *expected)
{
  assert_accessible_text (ring, GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, expected);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

typedef struct
{
  double red;
  double green;
  double blue;
} Pixel;

static Pixel
pixel_at (GdkTexture *texture,
          double      x,
          double      y)
{
  g_autoptr (GdkTextureDownloader) downloader = gdk_texture_downloader_new (texture);
  g_autoptr (GBytes) bytes = NULL;
  const guint8 *data;
  gsize stride;
  int column = (int) floor (x);
  int row = (int) floor (y);

  assert_true (column >= 0 && column < gdk_texture_get_width (texture));
  assert_true (row >= 0 && row < gdk_texture_get_height (texture));
  gdk_texture_downloader_set_format (downloader, GDK_MEMORY_R8G8B8A8);
  bytes = gdk_texture_downloader_download_bytes (downloader, &stride);
  data = (const guint8 *) g_bytes_get_data (bytes, NULL) + row * stride + column * 4;

  return (Pixel) { data[0] / 255.0, data[1] / 255.0, data[2] / 255.0 };
}

static double
pixel_lightness (Pixel pixel)
{
  return (pixel.red + pixel.green + pixel.blue) / 3;
}

/* How far apart two colours are, in the channel that differs most */
static double
pixel_distance (Pixel a,
                Pixel b)
{
  return MAX (fabs (a.red - b.red), MAX (fabs (a.green - b.green), fabs (a.blue - b.blue)));
}

/* Grey, as the track and a paused arc are; the accent is blue */
static gboolean
pixel_is_grey (Pixel pixel)
{
  return fabs (pixel.red - pixel.blue) < 0.05 && fabs (pixel.green - pixel.blue) < 0.05;
}

static gboolean
pixel_is_accent (Pixel pixel)
{
  return pixel.blue - pixel.red > 0.25;
}

/* The pixel of a render of @widget's window at (@x, @y) in @widget */
static Pixel
widget_pixel (GdkTexture *texture,
              gpointer    widget,
              double      x,
              double      y)
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (widget)));
  graphene_point_t point;

  assert_true (gtk_widget_compute_point (GTK_WIDGET (widget), window, &GRAPHENE_POINT_INIT (x, y), &point));
  return pixel_at (texture, point.x, point.y);
}

/* The pixel in the middle of the ring's line at @degrees clockwise from 12 o'clock */
static Pixel
ring_pixel (GdkTexture          *texture,
            UnknotCountdownRing *ring,
            double               degrees)
{
  double radius = unknot_countdown_ring_get_arc_radius (ring);
  double angle = degrees * G_PI / 180;

  return widget_pixel (texture, ring,
                       gtk_widget_get_width (GTK_WIDGET (ring)) / 2.0 + radius * sin (angle),
                       gtk_widget_get_height (GTK_WIDGET (ring)) / 2.0 - radius * cos (angle));
}

static void
use_dark_style (gboolean dark)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                           : ADW_COLOR_SCHEME_FORCE_LIGHT);
}

static void
test_ring_is_an_accessible_timer (void **state)
{
  UnknotCountdownRing *ring = show_ring (200, 90);

  assert_int_equal (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (ring)), GTK_ACCESSIBLE_ROLE_TIMER);
  assert_accessible_text (ring, GTK_ACCESSIBLE_PROPERTY_LABEL, "Time left");
  /* an accessible range, so that AT-SPI offers its value (the time left) to screen
   * readers */
  assert_true (GTK_IS_ACCESSIBLE_RANGE (ring));
  gtk_test_accessible_assert_property (ring, GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, 90.0);
  gtk_test_accessible_assert_property (ring, GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, 90.0);

  assert_value_text (ring, "1 minute 30 seconds left");
  unknot_countdown_ring_set_remaining (ring, 61);
  assert_value_text (ring, "1 minute 1 second left");
  unknot_countdown_ring_set_remaining (ring, 60);
  assert_value_text (ring, "1 minute left");
  unknot_countdown_ring_set_remaining (ring, 45);
  assert_value_text (ring, "45 seconds left");
  gtk_test_accessible_assert_property (ring, GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, 45.0);
  /* a countdown shows 1 until the very end */
  unknot_countdown_ring_set_remaining (ring, 0.2);
  assert_value_text (ring, "1 second left");
  unknot_countdown_ring_set_remaining (ring, 0);
  assert_value_text (ring, "0 seconds left");
  unknot_countdown_ring_set_total (ring, 600);
  unknot_countdown_ring_set_remaining (ring, 600);
  assert_value_text (ring, "10 minutes left");

  close_window_of (ring);
}

static void
test_value_text_changes_once_a_second (void **state)
{
  UnknotCountdownRing *ring = show_ring (200, 6);
  guint before = unknot_countdown_ring_get_value_text_count (ring);

  /* 6 s counted down in 10 ms steps: 600 calls, six new texts */
  for (int ms = 5990; ms >= 0; ms -= 10)
    {
      unknot_countdown_ring_set_remaining (ring, ms / 1000.0);
      if (ms % 1000 == 0)
        {
          g_autofree char *expected = g_strdup_printf (ms == 1000 ? "%d second left" : "%d seconds left",
                                                       ms / 1000);
          assert_value_text (ring, expected);
        }
      else if (ms > 4000 && ms < 5000)
        assert_value_text (ring, "5 seconds left");
    }
  assert_int_equal (unknot_countdown_ring_get_value_text_count (ring) - before, 6);

  close_window_of (ring);
}

/* One second of a countdown of @total seconds in 1 ms steps: the redraws queued, checked
 * against the bounds the ring's geometry sets */
static guint
count_draws_in_one_second (UnknotCountdownRing *ring,
                           double               total)
{
  const int steps = 1000;
  double radius = unknot_countdown_ring_get_arc_radius (ring);
  double arc_moved = 2 * G_PI * radius / total;  /* pixels along the circle in 1 s */
  double step_moved = arc_moved / steps;
  guint before, draws;

  unknot_countdown_ring_set_total (ring, total);
  unknot_countdown_ring_set_remaining (ring, total);
  before = unknot_countdown_ring_get_draw_count (ring);
  for (int i = 1; i <= steps; i++)
    unknot_countdown_ring_set_remaining (ring, total - i / 1000.0);
  draws = unknot_countdown_ring_get_draw_count (ring) - before;

  /* a redraw after every half pixel: never more, and no more than one step later */
  assert_true (draws <= (guint) floor (arc_moved / MIN_VISIBLE_CHANGE));
  assert_true (draws >= (guint) floor (arc_moved / (MIN_VISIBLE_CHANGE + step_moved)));
  print_message ("%.0f s countdown, ring radius %.1f px: the arc moves %.2f px in 1 s; "
                 "%u redraws queued for %d calls\n", total, radius, arc_moved, draws, steps);

  return draws;
}

static void
test_redraws_follow_visible_change (void **state)
{
  UnknotCountdownRing *ring = show_ring (300, 60);
  double radius = unknot_countdown_ring_get_arc_radius (ring);
  guint before, draws;

  /* the arc runs along the middle of a line that fits in the 300 px square */
  assert_true (radius > 120 && radius < 150);

  assert_true (count_draws_in_one_second (ring, 60) < 40);
  assert_true (count_draws_in_one_second (ring, 600) <= 3);

  /* a whole minute at 60 frames a second */
  unknot_countdown_ring_set_total (ring, 60);
  unknot_countdown_ring_set_remaining (ring, 60);
  before = unknot_countdown_ring_get_draw_count (ring);
  for (int frame = 1; frame <= 60 * 60; frame++)
    unknot_countdown_ring_set_remaining (ring, 60 - frame / 60.0);
  draws = unknot_countdown_ring_get_draw_count (ring) - before;
  print_message ("60 s countdown at 60 frames/s on a 300 px ring: %u redraws for 3600 frames (%.1f/s)\n",
                 draws, draws / 60.0);
  assert_true (draws <= (guint) (2 * G_PI * radius / MIN_VISIBLE_CHANGE) + 1);
  assert_true (draws < 3600 / 2);

  /* the last dot of the arc going away is a visible change, however small */
  unknot_countdown_ring_set_remaining (ring, 0.001);
  before = unknot_countdown_ring_get_draw_count (ring);
  unknot_countdown_ring_set_remaining (ring, 0);
  assert_int_equal (unknot_countdown_ring_get_draw_count (ring), before + 1);

  close_window_of (ring);
}

static void
test_total_paused_and_size_redraw (void **state)
{
  UnknotCountdownRing *ring = UNKNOT_COUNTDOWN_RING (unknot_countdown_ring_new ());
  SizeWanted natural = { GTK_WIDGET (ring), 240, 240 };
  SizeWanted larger = { GTK_WIDGET (ring), 280, 280 };
  guint notified = 0;
  guint before;

  /* centred in a larger window, the ring takes its natural size */
  gtk_widget_set_halign (GTK_WIDGET (ring), GTK_ALIGN_CENTER);
  gtk_widget_set_valign (GTK_WIDGET (ring), GTK_ALIGN_CENTER);
  unknot_countdown_ring_set_total (ring, 60);
  show_in_window (GTK_WIDGET (ring), 300, 300);
  assert_true (widget_has_size_cb (&natural));
  g_signal_connect (ring, "notify::paused", G_CALLBACK (count_notify_cb), &notified);

  before = unknot_countdown_ring_get_draw_count (ring);
  unknot_countdown_ring_set_paused (ring, TRUE);
  assert_int_equal (unknot_countdown_ring_get_draw_count (ring), before + 1);
  assert_true (gtk_widget_has_css_class (GTK_WIDGET (ring), "paused"));
  unknot_countdown_ring_set_paused (ring, TRUE);
  assert_int_equal (unknot_countdown_ring_get_draw_count (ring), before + 1);
  assert_int_equal (notified, 1);
  unknot_countdown_ring_set_paused (ring, FALSE);
  assert_int_equal (unknot_countdown_ring_get_draw_count (ring), before + 2);
  assert_false (gtk_widget_has_css_class (GTK_WIDGET (ring), "paused"));
  assert_int_equal (notified, 2);

  unknot_countdown_ring_set_total (ring, 90);
  assert_int_equal (unknot_countdown_ring_get_draw_count (ring), before + 3);

  gtk_widget_set_size_request (GTK_WIDGET (ring), 280, 280);
  assert_true (unknot_test_wait_until (widget_has_size_cb, &larger, TIMEOUT_MS));
  assert_int_equal (unknot_countdown_ring_get_draw_count (ring), before + 4);

  close_window_of (ring);
}

static void
test_remaining_is_clamped (void **state)
{
  g_autoptr (UnknotCountdownRing) ring = g_object_ref_sink (UNKNOT_COUNTDOWN_RING (unknot_countdown_ring_new ()));
  guint notified = 0;
  double remaining;

  g_signal_connect (ring, "notify::remaining", G_CALLBACK (count_notify_cb), &notified);

  /* nothing to count down yet */
  unknot_countdown_ring_set_remaining (ring, 10);
  assert_true (unknot_countdown_ring_get_remaining (ring) == 0);
  assert_int_equal (notified, 0);

  unknot_countdown_ring_set_total (ring, 60);
  unknot_countdown_ring_set_remaining (ring, 100);
  assert_true (unknot_countdown_ring_get_remaining (ring) == 60);
  unknot_countdown_ring_set_remaining (ring, -5);
  assert_true (unknot_countdown_ring_get_remaining (ring) == 0);
  assert_int_equal (notified, 2);
  unknot_countdown_ring_set_remaining (ring, -1);
  assert_int_equal (notified, 2);

  /* a shorter total takes the time left with it */
  unknot_countdown_ring_set_remaining (ring, 50);
  unknot_countdown_ring_set_total (ring, 30);
  assert_true (unknot_countdown_ring_get_remaining (ring) == 30);
  assert_int_equal (notified, 4);

  g_object_set (ring, "remaining", 1e9, NULL);
  g_object_get (ring, "remaining", &remaining, NULL);
  assert_true (remaining == 30);
}

static void
test_child_is_centred_inside_the_ring (void **state)
{
  g_autoptr (GtkBuilder) builder = NULL;
  UnknotCountdownRing *ring;
  GtkWidget *label;
  graphene_rect_t bounds;
  double radius, dx, dy;
  int minimum;

  g_type_ensure (UNKNOT_TYPE_COUNTDOWN_RING);
  builder = gtk_builder_new_from_string (
    "<interface>"
    "  <object class='UnknotCountdownRing' id='ring'>"
    "    <property name='total'>60</property>"
    "    <property name='remaining'>45</property>"
    "    <child>"
    "      <object class='GtkLabel' id='label'>"
    "        <property name='label'>0:45</property>"
    "        <style><class name='title-1'/></style>"
    "      </object>"
    "    </child>"
    "  </object>"
    "</interface>", -1);
  ring = UNKNOT_COUNTDOWN_RING (gtk_builder_get_object (builder, "ring"));
  label = GTK_WIDGET (gtk_builder_get_object (builder, "label"));
  assert_ptr_equal (unknot_countdown_ring_get_child (ring), label);
  assert_true (unknot_countdown_ring_get_remaining (ring) == 45);

  /* a wide window: the ring is a square in its middle */
  show_in_window (GTK_WIDGET (ring), 500, 300);
  radius = unknot_countdown_ring_get_arc_radius (ring);
  assert_true (radius > 120 && radius < 150);
  assert_true (gtk_widget_compute_bounds (label, GTK_WIDGET (ring), &bounds));
  assert_true (bounds.size.width > 0 && bounds.size.height > 0);
  dx = bounds.origin.x + bounds.size.width / 2 - 250;
  dy = bounds.origin.y + bounds.size.height / 2 - 150;
  assert_true (fabs (dx) <= 1 && fabs (dy) <= 1);
  /* its corners are inside the circle */
  assert_true (hypot (bounds.size.width / 2, bounds.size.height / 2) < radius);

  /* a child too large for the smallest ring makes the ring larger */
  gtk_widget_set_size_request (label, 200, 100);
  gtk_widget_measure (GTK_WIDGET (ring), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  assert_true (minimum >= hypot (200, 100));
  gtk_widget_measure (GTK_WIDGET (ring), GTK_ORIENTATION_VERTICAL, -1, &minimum, NULL, NULL, NULL);
  assert_true (minimum >= hypot (200, 100));

  g_object_ref (label);
  unknot_countdown_ring_set_child (ring, NULL);
  assert_null (gtk_widget_get_parent (label));
  g_object_unref (label);
  close_window_of (ring);
}

/* The ring as the player shows it: the time left and the hold in the middle */
static UnknotCountdownRing *
player_ring (double total,
             double remaining)
{
  UnknotCountdownRing *ring = UNKNOT_COUNTDOWN_RING (unknot_countdown_ring_new ());
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  int seconds = (int) ceil (remaining);
  g_autofree char *time_text = g_strdup_printf ("%d:%02d", seconds / 60, seconds % 60);
  GtkWidget *time_label = gtk_label_new (time_text);
  GtkWidget *hold_label = gtk_label_new ("Hold 2 of 3");
  g_autoptr (PangoAttrList) large = pango_attr_list_new ();

  pango_attr_list_insert (large, pango_attr_scale_new (2.5));
  gtk_label_set_attributes (GTK_LABEL (time_label), large);
  gtk_widget_add_css_class (time_label, "title-1");
  gtk_widget_add_css_class (time_label, "numeric");
  gtk_widget_add_css_class (hold_label, "dim-label");
  gtk_box_append (GTK_BOX (box), time_label);
  gtk_box_append (GTK_BOX (box), hold_label);
  unknot_countdown_ring_set_child (ring, box);
  unknot_countdown_ring_set_total (ring, total);
  unknot_countdown_ring_set_remaining (ring, remaining);
  gtk_widget_set_vexpand (GTK_WIDGET (ring), TRUE);

  return ring;
}

/* The player's ring with the breathing indicator under it, in a window of @width by
 * @height, or the smallest window when they are 0 */
static void
render_ring (const char *name,
             int         width,
             int         height,
             gboolean    paused,
             gboolean    dark)
{
  UnknotCountdownRing *ring = player_ring (60, 45);
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *breathing = unknot_breathing_indicator_new ();
  g_autoptr (GdkTexture) texture = NULL;
  g_autofree char *file_name = g_strdup_printf ("countdown-ring-%s-%s", name, dark ? "dark" : "light");
  Pixel background, arc, gap;

  use_dark_style (dark);
  unknot_countdown_ring_set_paused (ring, paused);
  unknot_breathing_indicator_set_fullness (UNKNOT_BREATHING_INDICATOR (breathing), 0.6);
  unknot_breathing_indicator_set_active (UNKNOT_BREATHING_INDICATOR (breathing), !paused);
  set_page_margins (page);
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (ring));
  gtk_box_append (GTK_BOX (page), breathing);
  if (width == 0)
    show_in_smallest_window (page);
  else
    show_in_window (page, width, height);
  texture = unknot_test_render_window (GTK_WIDGET (ring), file_name);

  /* 45 s of 60 left: the arc runs from 3 o'clock clockwise round to 12 */
  background = pixel_at (texture, 2, 2);
  arc = ring_pixel (texture, ring, 270);
  gap = ring_pixel (texture, ring, 45);
  assert_true (dark ? pixel_lightness (background) < 0.3 : pixel_lightness (background) > 0.85);
  assert_true (pixel_is_grey (gap));
  assert_true (fabs (pixel_lightness (gap) - pixel_lightness (background)) > 0.04);
  if (paused)
    assert_true (pixel_is_grey (arc));
  else
    assert_true (pixel_is_accent (arc));
  assert_true (fabs (pixel_lightness (arc) - pixel_lightness (background)) > 0.2);

  close_window_of (ring);
}

static void
test_ring_renders (void **state)
{
  for (int dark = 0; dark <= 1; dark++)
    {
      render_ring ("narrow", 360, 640, FALSE, dark);
      render_ring ("wide", 1000, 700, FALSE, dark);
      render_ring ("smallest-paused", 0, 0, TRUE, dark);
    }
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

/* A new accent colour (here a stylesheet that gives the arc another colour) reaches the
 * ring on screen, though the ring's own style is unchanged */
static void
test_ring_follows_arc_colour (void **state)
{
  UnknotCountdownRing *ring = player_ring (60, 45);
  g_autoptr (GtkCssProvider) provider = gtk_css_provider_new ();
  g_autoptr (GdkTexture) before = NULL;
  g_autoptr (GdkTexture) after = NULL;
  Pixel arc;

  show_in_window (GTK_WIDGET (ring), 300, 300);
  before = unknot_test_render_window (GTK_WIDGET (ring), "countdown-ring-accent-before");
  assert_true (pixel_is_accent (ring_pixel (before, ring, 270)));

  gtk_css_provider_load_from_string (provider, "countdownring > arc { color: rgb(224, 27, 36); }");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_USER);
  wait_for_paint (GTK_WIDGET (ring));
  after = unknot_test_render_window (GTK_WIDGET (ring), "countdown-ring-accent-after");
  arc = ring_pixel (after, ring, 270);
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider));
  assert_true (arc.red - arc.blue > 0.5);

  close_window_of (ring);
}

static UnknotBreathingIndicator *
show_breathing_indicator (int size)
{
  UnknotBreathingIndicator *indicator = UNKNOT_BREATHING_INDICATOR (unknot_breathing_indicator_new ());

  show_in_window (GTK_WIDGET (indicator), size, size);
  return indicator;
}

static void
test_breathing_redraws_follow_visible_change (void **state)
{
  UnknotBreathingIndicator *indicator = show_breathing_indicator (96);
  const int steps = 1000;
  double grown = unknot_breathing_indicator_get_radius (indicator, 1) -
                 unknot_breathing_indicator_get_radius (indicator, 0);
  /* eased in and out, the radius grows at most π/2 times as fast as on average */
  double largest_step = grown * G_PI / 2 / steps;
  guint before, draws;

  /* empty lungs are a third of the size of full ones */
  assert_true (fabs (unknot_breathing_indicator_get_radius (indicator, 0) - 48 * 0.35) < 0.01);
  assert_true (fabs (unknot_breathing_indicator_get_radius (indicator, 1) - 48) < 0.01);
  assert_true (fabs (unknot_breathing_indicator_get_radius (indicator, 0.5) - 48 * 0.675) < 0.01);

  /* a breath in, in 1000 steps */
  before = unknot_breathing_indicator_get_draw_count (indicator);
  for (int i = 1; i <= steps; i++)
    unknot_breathing_indicator_set_fullness (indicator, (double) i / steps);
  draws = unknot_breathing_indicator_get_draw_count (indicator) - before;
  print_message ("breathing indicator of 96 px: the radius grows %.1f px in a breath in; "
                 "%u redraws queued for %d calls\n", grown, draws, steps);
  assert_true (draws <= (guint) floor (grown / MIN_VISIBLE_CHANGE));
  assert_true (draws >= (guint) floor (grown / (MIN_VISIBLE_CHANGE + largest_step)));

  /* inactive, it shows the guide alone, whatever the breath */
  before = unknot_breathing_indicator_get_draw_count (indicator);
  unknot_breathing_indicator_set_active (indicator, FALSE);
  assert_int_equal (unknot_breathing_indicator_get_draw_count (indicator), before + 1);
  for (int i = steps - 1; i >= 0; i--)
    unknot_breathing_indicator_set_fullness (indicator, (double) i / steps);
  assert_int_equal (unknot_breathing_indicator_get_draw_count (indicator), before + 1);
  unknot_breathing_indicator_set_active (indicator, FALSE);
  assert_int_equal (unknot_breathing_indicator_get_draw_count (indicator), before + 1);
  unknot_breathing_indicator_set_active (indicator, TRUE);
  assert_int_equal (unknot_breathing_indicator_get_draw_count (indicator), before + 2);

  close_window_of (indicator);
}

static void
test_breathing_label_and_size (void **state)
{
  g_autoptr (UnknotBreathingIndicator) indicator =
    g_object_ref_sink (UNKNOT_BREATHING_INDICATOR (unknot_breathing_indicator_new ()));
  guint notified = 0;
  int minimum, natural;

  assert_int_equal (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (indicator)), GTK_ACCESSIBLE_ROLE_IMG);
  assert_accessible_text (indicator, GTK_ACCESSIBLE_PROPERTY_LABEL, "Breathing guide");

  g_signal_connect (indicator, "notify::phase-label", G_CALLBACK (count_notify_cb), &notified);
  unknot_breathing_indicator_set_phase_label (indicator, "Breathe in");
  assert_accessible_text (indicator, GTK_ACCESSIBLE_PROPERTY_LABEL, "Breathe in");
  unknot_breathing_indicator_set_phase_label (indicator, "Breathe in");
  assert_int_equal (notified, 1);
  g_object_set (indicator, "phase-label", "Breathe out", NULL);
  assert_string_equal (unknot_breathing_indicator_get_phase_label (indicator), "Breathe out");
  assert_accessible_text (indicator, GTK_ACCESSIBLE_PROPERTY_LABEL, "Breathe out");
  unknot_breathing_indicator_set_phase_label (indicator, NULL);
  assert_accessible_text (indicator, GTK_ACCESSIBLE_PROPERTY_LABEL, "Breathing guide");
  assert_int_equal (notified, 3);

  /* small enough for a corner */
  gtk_widget_measure (GTK_WIDGET (indicator), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  assert_int_equal (minimum, 48);
  assert_int_equal (natural, 96);

  unknot_breathing_indicator_set_fullness (indicator, 2);
  assert_true (unknot_breathing_indicator_get_fullness (indicator) == 1);
  unknot_breathing_indicator_set_fullness (indicator, -1);
  assert_true (unknot_breathing_indicator_get_fullness (indicator) == 0);
}

/* A row of indicators: empty, half, full, inactive, and a small one, full */
static void
render_breathing (gboolean dark)
{
  static const struct {
    int      size;
    double   fullness;
    gboolean active;
  } shown[] = {
    { 96, 0, TRUE },
    { 96, 0.5, TRUE },
    { 96, 1, TRUE },
    { 96, 1, FALSE },
    { 48, 1, TRUE },
  };
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 24);
  UnknotBreathingIndicator *indicators[G_N_ELEMENTS (shown)];
  g_autoptr (GdkTexture) texture = NULL;

  use_dark_style (dark);
  for (gsize i = 0; i < G_N_ELEMENTS (shown); i++)
    {
      indicators[i] = UNKNOT_BREATHING_INDICATOR (unknot_breathing_indicator_new ());
      gtk_widget_set_size_request (GTK_WIDGET (indicators[i]), shown[i].size, shown[i].size);
      gtk_widget_set_valign (GTK_WIDGET (indicators[i]), GTK_ALIGN_CENTER);
      unknot_breathing_indicator_set_fullness (indicators[i], shown[i].fullness);
      unknot_breathing_indicator_set_active (indicators[i], shown[i].active);
      gtk_box_append (GTK_BOX (row), GTK_WIDGET (indicators[i]));
    }
  set_page_margins (row);
  show_in_smallest_window (row);
  texture = unknot_test_render_window (row, dark ? "breathing-indicator-dark" : "breathing-indicator-light");

  for (gsize i = 0; i < G_N_ELEMENTS (shown); i++)
    {
      Pixel background = pixel_at (texture, 2, 2);
      double cx = gtk_widget_get_width (GTK_WIDGET (indicators[i])) / 2.0;
      double cy = gtk_widget_get_height (GTK_WIDGET (indicators[i])) / 2.0;
      double radius = MIN (cx, cy);
      Pixel middle = widget_pixel (texture, indicators[i], cx, cy);
      Pixel guide = widget_pixel (texture, indicators[i], cx, cy - radius + 0.5);
      /* outside empty lungs (0.35 of the radius), inside half-full ones (0.675) */
      Pixel between = widget_pixel (texture, indicators[i], cx, cy - radius * 0.6);

      assert_int_equal (2 * radius, shown[i].size);
      assert_true (pixel_distance (guide, background) > 0.1);
      if (!shown[i].active)
        assert_true (pixel_distance (middle, background) < 0.01);
      else if (shown[i].fullness == 0)
        {
          assert_true (middle.blue - middle.red > 0.1);
          assert_true (pixel_distance (between, background) < 0.01);
        }
      else
        {
          assert_true (middle.blue - middle.red > 0.1);
          assert_true (between.blue - between.red > 0.1);
        }
    }

  close_window_of (row);
}

static void
test_breathing_renders (void **state)
{
  render_breathing (FALSE);
  render_breathing (TRUE);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_ring_is_an_accessible_timer),
    cmocka_unit_test (test_value_text_changes_once_a_second),
    cmocka_unit_test (test_redraws_follow_visible_change),
    cmocka_unit_test (test_total_paused_and_size_redraw),
    cmocka_unit_test (test_remaining_is_clamped),
    cmocka_unit_test (test_child_is_centred_inside_the_ring),
    cmocka_unit_test (test_ring_renders),
    cmocka_unit_test (test_ring_follows_arc_colour),
    cmocka_unit_test (test_breathing_redraws_follow_visible_change),
    cmocka_unit_test (test_breathing_label_and_size),
    cmocka_unit_test (test_breathing_renders),
  };
  int failed;

  app = unknot_test_application_start ();
  failed = cmocka_run_group_tests (tests, NULL, NULL);
  unknot_test_application_stop (app);

  return failed;
}
