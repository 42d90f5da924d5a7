/* unknot-countdown-ring.c: a ring that shows the time left of a hold or a stretch
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "unknot-countdown-ring"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "unknot-countdown-ring-private.h"

/* The ring is drawn in the widget's own snapshot: a faint full circle (the track, in the
 * widget's colour at TRACK_ALPHA) and over it a thick round-capped arc for the part of
 * the time that remains. The arc starts full; as time passes its start moves clockwise
 * from 12 o'clock, like a clock's hand, while its end stays at 12 o'clock.
 *
 * The arc's colour is the `color` of a style node named `arc` inside the ring
 * (`countdownring > arc` in the stylesheet: the accent colour, the widget's colour dimmed
 * while the ring has the `paused` style class). The node is a child widget that draws
 * nothing, because GTK 4.14 has no other public way to give a widget a CSS subnode; as a
 * child that is snapshotted like any other, it makes the ring redraw when its colour
 * changes, as it does when the accent colour does.
 *
 * The page sets the time left from a frame clock tick, up to 60 times a second, but the
 * ring queues a redraw only when the arc moves by MIN_VISIBLE_CHANGE pixels along the
 * circle (or its size, total or paused state change), and its accessible value text only
 * changes when the whole second does.
 *
 * Screen readers read the time left as the ring's value (AT-SPI's Value interface, whose
 * text is the value text): GTK offers that interface only to widgets that are an
 * accessible range, so the ring is one, whose value the user cannot set. */

#define MIN_SIZE            160
#define NATURAL_SIZE        240
#define LINE_WIDTH_RATIO    0.06f  /* of the diameter */
#define MIN_LINE_WIDTH      8.f
#define MAX_LINE_WIDTH      28.f
#define CHILD_GAP           8.f    /* between the ring's inner edge and the child */
#define TRACK_ALPHA         0.15f
#define MIN_VISIBLE_CHANGE  1.0    /* pixels along the arc */

struct _UnknotCountdownRing
{
  GtkWidget  parent_instance;

  GtkWidget *arc_node;
  GtkWidget *child;

  double     total;
  double     remaining;
  gboolean   paused;

  int        width;
  int        height;
  double     drawn_fraction;  /* the fraction of the arc on screen, or queued to be */
  guint      whole_seconds;   /* the seconds left in the accessible value text */

  guint      draw_count;
  guint      value_text_count;
};

static void unknot_countdown_ring_buildable_init (GtkBuildableIface *iface);
static void unknot_countdown_ring_accessible_range_init (GtkAccessibleRangeInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (UnknotCountdownRing, unknot_countdown_ring, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE,
                                                      unknot_countdown_ring_buildable_init)
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_ACCESSIBLE_RANGE,
                                                      unknot_countdown_ring_accessible_range_init))

static GtkBuildableIface *parent_buildable_iface;

enum {
  PROP_0,
  PROP_CHILD,
  PROP_TOTAL,
  PROP_REMAINING,
  PROP_PAUSED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  float cx;
  float cy;
  float radius;      /* of the middle of the stroke */
  float line_width;
} RingGeometry;

static RingGeometry
ring_geometry (int width,
               int height)
{
  float diameter = MIN (width, height);
  RingGeometry geometry;

  geometry.cx = width / 2.f;
  geometry.cy = height / 2.f;
  geometry.line_width = CLAMP (diameter * LINE_WIDTH_RATIO, MIN_LINE_WIDTH, MAX_LINE_WIDTH);
  geometry.radius = MAX (0.f, (diameter - geometry.line_width) / 2.f);

  return geometry;
}

/* The smallest diameter of a ring whose inner edge goes round a child of this size, for
 * the line width that ring_geometry() gives it */
static int
diameter_around (int width,
                 int height)
{
  double inner = hypot (width, height) + 2 * CHILD_GAP;
  double diameter;

  if (width <= 0 && height <= 0)
    return 0;

  diameter = inner + 2 * MIN_LINE_WIDTH;
  if (diameter * LINE_WIDTH_RATIO > MIN_LINE_WIDTH)
    diameter = MIN (inner / (1 - 2 * LINE_WIDTH_RATIO), inner + 2 * MAX_LINE_WIDTH);

  return (int) ceil (diameter);
}

static double
remaining_fraction (UnknotCountdownRing *self)
{
  return self->total > 0 ? self->remaining / self->total : 0;
}

static void
queue_redraw (UnknotCountdownRing *self)
{
  self->drawn_fraction = remaining_fraction (self);
  self->draw_count++;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Whether the arc for @fraction looks different from the one on screen */
static gboolean
arc_change_is_visible (UnknotCountdownRing *self,
                       double               fraction)
{
  RingGeometry geometry = ring_geometry (self->width, self->height);

  /* the last round-capped dot of an arc is as wide as the line */
  if ((fraction > 0) != (self->drawn_fraction > 0))
    return TRUE;

  return fabs (fraction - self->drawn_fraction) * 2 * G_PI * geometry.radius >= MIN_VISIBLE_CHANGE;
}

/* "45 seconds left", "1 minute 30 seconds left" */
static char *
format_time_left (guint seconds_left)
{
  guint minutes = seconds_left / 60;
  guint seconds = seconds_left % 60;
  g_autofree char *minutes_text = NULL;

  if (minutes == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u second left", "%u seconds left", seconds),
                            seconds);
  if (seconds == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u minute left", "%u minutes left", minutes),
                            minutes);

  /* Translators: the first part of a time left such as "1 minute 30 seconds left" */
  minutes_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes", minutes),
                                  minutes);
  /* Translators: a time left such as "1 minute 30 seconds left"; %s is the minutes
   * ("1 minute") and %u the seconds. Write %2$u and %1$s to change their order. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%s %u second left", "%s %u seconds left", seconds),
                          minutes_text, seconds);
}

/* A countdown shows 5 from 5.0 down to just above 4: whole seconds round up. */
static void
update_value_text (UnknotCountdownRing *self)
{
  guint whole_seconds = (guint) MIN (ceil (self->remaining), (double) (G_MAXUINT - 1));
  g_autofree char *text = NULL;

  if (whole_seconds == self->whole_seconds)
    return;

  self->whole_seconds = whole_seconds;
  text = format_time_left (whole_seconds);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, (double) whole_seconds,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text,
                                  -1);
  self->value_text_count++;
}

GtkWidget *
unknot_countdown_ring_new (void)
{
  return g_object_new (UNKNOT_TYPE_COUNTDOWN_RING, NULL);
}

/**
 * unknot_countdown_ring_get_child:
 *
 * Returns: (transfer none) (nullable): the widget shown in the middle of the ring
 */
GtkWidget *
unknot_countdown_ring_get_child (UnknotCountdownRing *self)
{
  g_return_val_if_fail (UNKNOT_IS_COUNTDOWN_RING (self), NULL);

  return self->child;
}

/**
 * unknot_countdown_ring_set_child:
 * @child: (nullable): a widget to show in the middle of the ring, such as the time left
 *
 * The child is centred in the ring and kept inside its inner edge when it can be.
 */
void
unknot_countdown_ring_set_child (UnknotCountdownRing *self,
                                 GtkWidget           *child)
{
  g_return_if_fail (UNKNOT_IS_COUNTDOWN_RING (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));
  g_return_if_fail (child == NULL || self->child == child || gtk_widget_get_parent (child) == NULL);

  if (self->child == child)
    return;

  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL)
    {
      self->child = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

double
unknot_countdown_ring_get_total (UnknotCountdownRing *self)
{
  g_return_val_if_fail (UNKNOT_IS_COUNTDOWN_RING (self), 0);

  return self->total;
}

/**
 * unknot_countdown_ring_set_total:
 * @total: the length of the countdown in seconds
 *
 * Set it before the time left, which is never more than the total.
 */
void
unknot_countdown_ring_set_total (UnknotCountdownRing *self,
                                 double               total)
{
  g_return_if_fail (UNKNOT_IS_COUNTDOWN_RING (self));
  g_return_if_fail (total >= 0);

  if (total == self->total)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  self->total = total;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, total,
                                  -1);
  if (self->remaining > total)
    {
      self->remaining = total;
      update_value_text (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMAINING]);
    }
  queue_redraw (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL]);
  g_object_thaw_notify (G_OBJECT (self));
}

double
unknot_countdown_ring_get_remaining (UnknotCountdownRing *self)
{
  g_return_val_if_fail (UNKNOT_IS_COUNTDOWN_RING (self), 0);

  return self->remaining;
}

/**
 * unknot_countdown_ring_set_remaining:
 * @remaining: the time left in seconds, kept between 0 and the total
 *
 * Meant to be called on every frame clock tick: the ring redraws only when the arc
 * visibly moves.
 */
void
unknot_countdown_ring_set_remaining (UnknotCountdownRing *self,
                                     double               remaining)
{
  g_return_if_fail (UNKNOT_IS_COUNTDOWN_RING (self));
  g_return_if_fail (!isnan (remaining));

  remaining = CLAMP (remaining, 0, self->total);
  if (remaining == self->remaining)
    return;

  self->remaining = remaining;
  if (arc_change_is_visible (self, remaining_fraction (self)))
    queue_redraw (self);
  update_value_text (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMAINING]);
}

gboolean
unknot_countdown_ring_get_paused (UnknotCountdownRing *self)
{
  g_return_val_if_fail (UNKNOT_IS_COUNTDOWN_RING (self), FALSE);

  return self->paused;
}

/**
 * unknot_countdown_ring_set_paused:
 *
 * A paused ring draws its arc dimmed (the `paused` style class).
 */
void
unknot_countdown_ring_set_paused (UnknotCountdownRing *self,
                                  gboolean             paused)
{
  g_return_if_fail (UNKNOT_IS_COUNTDOWN_RING (self));

  paused = !!paused;
  if (paused == self->paused)
    return;

  self->paused = paused;
  if (paused)
    gtk_widget_add_css_class (GTK_WIDGET (self), "paused");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "paused");
  queue_redraw (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAUSED]);
}

guint
unknot_countdown_ring_get_draw_count (UnknotCountdownRing *self)
{
  g_return_val_if_fail (UNKNOT_IS_COUNTDOWN_RING (self), 0);

  return self->draw_count;
}

guint
unknot_countdown_ring_get_value_text_count (UnknotCountdownRing *self)
{
  g_return_val_if_fail (UNKNOT_IS_COUNTDOWN_RING (self), 0);

  return self->value_text_count;
}

/* The radius of the middle of the arc's line at the current size */
double
unknot_countdown_ring_get_arc_radius (UnknotCountdownRing *self)
{
  g_return_val_if_fail (UNKNOT_IS_COUNTDOWN_RING (self), 0);

  return ring_geometry (self->width, self->height).radius;
}

static void
unknot_countdown_ring_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  UnknotCountdownRing *self = UNKNOT_COUNTDOWN_RING (widget);
  int child_minimum = 0;
  int child_natural = 0;

  /* square, whichever way it is asked */
  if (self->child != NULL && gtk_widget_should_layout (self->child))
    {
      int min_width, nat_width, min_height, nat_height;

      gtk_widget_measure (self->child, GTK_ORIENTATION_HORIZONTAL, -1,
                          &min_width, &nat_width, NULL, NULL);
      gtk_widget_measure (self->child, GTK_ORIENTATION_VERTICAL, -1,
                          &min_height, &nat_height, NULL, NULL);
      child_minimum = diameter_around (min_width, min_height);
      child_natural = diameter_around (nat_width, nat_height);
    }

  *minimum = MAX (MIN_SIZE, child_minimum);
  *natural = MAX (NATURAL_SIZE, MAX (child_natural, *minimum));
}

/* The child gets its natural size when its corners fit inside the ring's inner edge,
 * and is made smaller, down to its minimum size, when they do not. */
static void
allocate_child (UnknotCountdownRing *self,
                int                  width,
                int                  height,
                const RingGeometry  *geometry)
{
  double room = MAX (0.0, 2 * (geometry->radius - geometry->line_width / 2 - CHILD_GAP));
  int min_width, child_width, min_height, child_height;
  double diagonal;

  gtk_widget_measure (self->child, GTK_ORIENTATION_HORIZONTAL, -1,
                      &min_width, &child_width, NULL, NULL);
  gtk_widget_measure (self->child, GTK_ORIENTATION_VERTICAL, child_width,
                      &min_height, &child_height, NULL, NULL);

  diagonal = hypot (child_width, child_height);
  if (diagonal > room)
    {
      double scale = room / diagonal;
      int nat_height;

      child_width = MAX (min_width, (int) floor (child_width * scale));
      gtk_widget_measure (self->child, GTK_ORIENTATION_VERTICAL, child_width,
                          &min_height, &nat_height, NULL, NULL);
      child_height = MAX (min_height, MIN (nat_height, (int) floor (child_height * scale)));
    }

  gtk_widget_size_allocate (self->child,
                            &(GtkAllocation) {
                              (int) round ((width - child_width) / 2.0),
                              (int) round ((height - child_height) / 2.0),
                              child_width,
                              child_height,
                            },
                            -1);
}

static void
unknot_countdown_ring_size_allocate (GtkWidget *widget,
                                     int        width,
                                     int        height,
                                     int        baseline)
{
  UnknotCountdownRing *self = UNKNOT_COUNTDOWN_RING (widget);
  RingGeometry geometry = ring_geometry (width, height);
  int diameter = MIN (width, height);

  if (width != self->width || height != self->height)
    {
      self->width = width;
      self->height = height;
      queue_redraw (self);
    }

  /* the style node covers the ring, though it draws nothing */
  gtk_widget_measure (self->arc_node, GTK_ORIENTATION_HORIZONTAL, -1, NULL, NULL, NULL, NULL);
  gtk_widget_size_allocate (self->arc_node,
                            &(GtkAllocation) {
                              (width - diameter) / 2, (height - diameter) / 2, diameter, diameter
                            },
                            -1);

  if (self->child != NULL && gtk_widget_should_layout (self->child))
    allocate_child (self, width, height, &geometry);
}

static void
append_track (GtkSnapshot        *snapshot,
              const RingGeometry *geometry,
              const GdkRGBA      *color)
{
  float outer = geometry->radius + geometry->line_width / 2;
  float line_width = geometry->line_width;
  GskRoundedRect circle;

  /* a border node: drawn by every renderer without a path */
  gsk_rounded_rect_init_from_rect (&circle,
                                   &GRAPHENE_RECT_INIT (geometry->cx - outer, geometry->cy - outer,
                                                        2 * outer, 2 * outer),
                                   outer);
  gtk_snapshot_append_border (snapshot, &circle,
                              (float[4]) { line_width, line_width, line_width, line_width },
                              (GdkRGBA[4]) { *color, *color, *color, *color });
}

static void
append_arc (GtkSnapshot        *snapshot,
            const RingGeometry *geometry,
            double              fraction,
            const GdkRGBA      *color)
{
  GskPathBuilder *builder = gsk_path_builder_new ();
  GskStroke *stroke = gsk_stroke_new (geometry->line_width);
  GskPath *path;

  if (fraction >= 1)
    gsk_path_builder_add_circle (builder,
                                 &GRAPHENE_POINT_INIT (geometry->cx, geometry->cy),
                                 geometry->radius);
  else
    {
      /* angles go clockwise from 12 o'clock; the arc ends there */
      double start = (1 - fraction) * 2 * G_PI;

      gsk_path_builder_move_to (builder,
                                geometry->cx + geometry->radius * sin (start),
                                geometry->cy - geometry->radius * cos (start));
      gsk_path_builder_svg_arc_to (builder, geometry->radius, geometry->radius, 0,
                                   fraction > 0.5, TRUE,
                                   geometry->cx, geometry->cy - geometry->radius);
    }
  path = gsk_path_builder_free_to_path (builder);

  gsk_stroke_set_line_cap (stroke, GSK_LINE_CAP_ROUND);
  gtk_snapshot_append_stroke (snapshot, path, stroke, color);

  gsk_stroke_free (stroke);
  gsk_path_unref (path);
}

static void
unknot_countdown_ring_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  UnknotCountdownRing *self = UNKNOT_COUNTDOWN_RING (widget);
  RingGeometry geometry = ring_geometry (gtk_widget_get_width (widget),
                                         gtk_widget_get_height (widget));
  double fraction = remaining_fraction (self);

  self->drawn_fraction = fraction;

  /* it draws nothing, but a style node that was never drawn would not pass a redraw on */
  gtk_widget_snapshot_child (widget, self->arc_node, snapshot);

  if (geometry.radius > 0)
    {
      GdkRGBA track_color;

      gtk_widget_get_color (widget, &track_color);
      track_color.alpha *= TRACK_ALPHA;
      append_track (snapshot, &geometry, &track_color);

      if (fraction > 0)
        {
          GdkRGBA arc_color;

          gtk_widget_get_color (self->arc_node, &arc_color);
          append_arc (snapshot, &geometry, fraction, &arc_color);
        }
    }

  if (self->child != NULL)
    gtk_widget_snapshot_child (widget, self->child, snapshot);
}

static void
unknot_countdown_ring_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  UnknotCountdownRing *self = UNKNOT_COUNTDOWN_RING (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;
    case PROP_TOTAL:
      g_value_set_double (value, self->total);
      break;
    case PROP_REMAINING:
      g_value_set_double (value, self->remaining);
      break;
    case PROP_PAUSED:
      g_value_set_boolean (value, self->paused);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_countdown_ring_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  UnknotCountdownRing *self = UNKNOT_COUNTDOWN_RING (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      unknot_countdown_ring_set_child (self, g_value_get_object (value));
      break;
    case PROP_TOTAL:
      unknot_countdown_ring_set_total (self, g_value_get_double (value));
      break;
    case PROP_REMAINING:
      unknot_countdown_ring_set_remaining (self, g_value_get_double (value));
      break;
    case PROP_PAUSED:
      unknot_countdown_ring_set_paused (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_countdown_ring_dispose (GObject *object)
{
  UnknotCountdownRing *self = UNKNOT_COUNTDOWN_RING (object);

  g_clear_pointer (&self->child, gtk_widget_unparent);
  g_clear_pointer (&self->arc_node, gtk_widget_unparent);

  G_OBJECT_CLASS (unknot_countdown_ring_parent_class)->dispose (object);
}

static void
unknot_countdown_ring_buildable_add_child (GtkBuildable *buildable,
                                           GtkBuilder   *builder,
                                           GObject      *child,
                                           const char   *type)
{
  if (type == NULL && GTK_IS_WIDGET (child))
    unknot_countdown_ring_set_child (UNKNOT_COUNTDOWN_RING (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
unknot_countdown_ring_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = unknot_countdown_ring_buildable_add_child;
}

/* The time left is the app's to set: the default set_current_value () refuses */
static void
unknot_countdown_ring_accessible_range_init (GtkAccessibleRangeInterface *iface)
{
}

static void
unknot_countdown_ring_class_init (UnknotCountdownRingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = unknot_countdown_ring_get_property;
  object_class->set_property = unknot_countdown_ring_set_property;
  object_class->dispose = unknot_countdown_ring_dispose;

  widget_class->measure = unknot_countdown_ring_measure;
  widget_class->size_allocate = unknot_countdown_ring_size_allocate;
  widget_class->snapshot = unknot_countdown_ring_snapshot;

  /**
   * UnknotCountdownRing:child:
   *
   * The widget in the middle of the ring, such as a label with the time left.
   */
  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * UnknotCountdownRing:total:
   *
   * The length of the countdown in seconds.
   */
  properties[PROP_TOTAL] =
    g_param_spec_double ("total", NULL, NULL, 0, G_MAXDOUBLE, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * UnknotCountdownRing:remaining:
   *
   * The time left in seconds, between 0 and [property@CountdownRing:total].
   */
  properties[PROP_REMAINING] =
    g_param_spec_double ("remaining", NULL, NULL, 0, G_MAXDOUBLE, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * UnknotCountdownRing:paused:
   *
   * Whether the countdown is paused; the arc is then dimmed.
   */
  properties[PROP_PAUSED] =
    g_param_spec_boolean ("paused", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "countdownring");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_TIMER);
}

static void
unknot_countdown_ring_init (UnknotCountdownRing *self)
{
  self->arc_node = g_object_new (GTK_TYPE_DRAWING_AREA,
                                 "css-name", "arc",
                                 "can-target", FALSE,
                                 "can-focus", FALSE,
                                 NULL);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->arc_node),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);
  gtk_widget_set_parent (self->arc_node, GTK_WIDGET (self));

  /* a page can give a label of its own with gtk_accessible_update_property () */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Time left"),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, 0.0,
                                  -1);
  self->whole_seconds = G_MAXUINT;
  update_value_text (self);
}
