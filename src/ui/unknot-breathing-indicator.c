/* unknot-breathing-indicator.c: a circle that grows and shrinks with the breath
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "unknot-breathing-indicator"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "unknot-breathing-indicator-private.h"

/* A soft filled circle inside a faint guide ring, both in the widget's colour (the accent,
 * `breathingindicator` in the stylesheet) at GUIDE_ALPHA and FILL_ALPHA. The circle's
 * radius follows the fullness of the lungs: EMPTY_RATIO of the guide's radius when empty,
 * all of it when full. The page passes the fullness linearly (the time into an in-breath
 * over its length, or the other way round for an out-breath) and the widget eases it in
 * and out, as lungs slow down at both ends of a breath.
 *
 * The page sets the fullness from a frame clock tick; the indicator queues a redraw only
 * when the circle's radius changes by MIN_VISIBLE_CHANGE pixels (or its size or active
 * state change). Inactive, it draws only the guide. */

#define MIN_SIZE            48
#define NATURAL_SIZE        96
#define EMPTY_RATIO         0.35
#define GUIDE_WIDTH_RATIO   0.02f  /* of the diameter */
#define MIN_GUIDE_WIDTH     1.f
#define MAX_GUIDE_WIDTH     3.f
#define GUIDE_ALPHA         0.35f
#define FILL_ALPHA          0.5f
#define MIN_VISIBLE_CHANGE  1.0    /* pixels of radius */

struct _UnknotBreathingIndicator
{
  GtkWidget  parent_instance;

  double     fullness;
  gboolean   active;
  char      *phase_label;

  int        width;
  int        height;
  double     drawn_radius;  /* the radius on screen, or queued to be */

  guint      draw_count;
};

G_DEFINE_FINAL_TYPE (UnknotBreathingIndicator, unknot_breathing_indicator, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FULLNESS,
  PROP_ACTIVE,
  PROP_PHASE_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Slow at both ends, fastest half way */
static double
ease_in_out (double progress)
{
  return (1 - cos (G_PI * progress)) / 2;
}

static double
guide_radius (int width,
              int height)
{
  return MIN (width, height) / 2.0;
}

static double
fill_radius (UnknotBreathingIndicator *self,
             double                    fullness)
{
  double eased = ease_in_out (fullness);

  return guide_radius (self->width, self->height) * (EMPTY_RATIO + (1 - EMPTY_RATIO) * eased);
}

static void
queue_redraw (UnknotBreathingIndicator *self)
{
  self->drawn_radius = fill_radius (self, self->fullness);
  self->draw_count++;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
update_accessible_label (UnknotBreathingIndicator *self)
{
  const char *label = self->phase_label;

  if (label == NULL || *label == '\0')
    label = _("Breathing guide");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

GtkWidget *
unknot_breathing_indicator_new (void)
{
  return g_object_new (UNKNOT_TYPE_BREATHING_INDICATOR, NULL);
}

double
unknot_breathing_indicator_get_fullness (UnknotBreathingIndicator *self)
{
  g_return_val_if_fail (UNKNOT_IS_BREATHING_INDICATOR (self), 0);

  return self->fullness;
}

/**
 * unknot_breathing_indicator_set_fullness:
 * @fullness: how full the lungs are, from 0 (empty) to 1 (full), without easing
 *
 * Meant to be called on every frame clock tick: the indicator eases the value and
 * redraws only when the circle visibly changes.
 */
void
unknot_breathing_indicator_set_fullness (UnknotBreathingIndicator *self,
                                         double                    fullness)
{
  g_return_if_fail (UNKNOT_IS_BREATHING_INDICATOR (self));
  g_return_if_fail (!isnan (fullness));

  fullness = CLAMP (fullness, 0, 1);
  if (fullness == self->fullness)
    return;

  self->fullness = fullness;
  if (self->active &&
      fabs (fill_radius (self, fullness) - self->drawn_radius) >= MIN_VISIBLE_CHANGE)
    queue_redraw (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FULLNESS]);
}

gboolean
unknot_breathing_indicator_get_active (UnknotBreathingIndicator *self)
{
  g_return_val_if_fail (UNKNOT_IS_BREATHING_INDICATOR (self), FALSE);

  return self->active;
}

/**
 * unknot_breathing_indicator_set_active:
 *
 * An inactive indicator shows only its faint guide ring.
 */
void
unknot_breathing_indicator_set_active (UnknotBreathingIndicator *self,
                                       gboolean                  active)
{
  g_return_if_fail (UNKNOT_IS_BREATHING_INDICATOR (self));

  active = !!active;
  if (active == self->active)
    return;

  self->active = active;
  queue_redraw (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

const char *
unknot_breathing_indicator_get_phase_label (UnknotBreathingIndicator *self)
{
  g_return_val_if_fail (UNKNOT_IS_BREATHING_INDICATOR (self), NULL);

  return self->phase_label;
}

/**
 * unknot_breathing_indicator_set_phase_label:
 * @phase_label: (nullable): what to do now, such as "Breathe in"
 *
 * The indicator's accessible label.
 */
void
unknot_breathing_indicator_set_phase_label (UnknotBreathingIndicator *self,
                                            const char               *phase_label)
{
  g_return_if_fail (UNKNOT_IS_BREATHING_INDICATOR (self));

  if (!g_set_str (&self->phase_label, phase_label))
    return;

  update_accessible_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHASE_LABEL]);
}

guint
unknot_breathing_indicator_get_draw_count (UnknotBreathingIndicator *self)
{
  g_return_val_if_fail (UNKNOT_IS_BREATHING_INDICATOR (self), 0);

  return self->draw_count;
}

/* The radius of the filled circle at @fullness and the current size */
double
unknot_breathing_indicator_get_radius (UnknotBreathingIndicator *self,
                                       double                    fullness)
{
  g_return_val_if_fail (UNKNOT_IS_BREATHING_INDICATOR (self), 0);

  return fill_radius (self, CLAMP (fullness, 0, 1));
}

static void
unknot_breathing_indicator_measure (GtkWidget      *widget,
                                    GtkOrientation  orientation,
                                    int             for_size,
                                    int            *minimum,
                                    int            *natural,
                                    int            *minimum_baseline,
                                    int            *natural_baseline)
{
  *minimum = MIN_SIZE;
  *natural = NATURAL_SIZE;
}

static void
unknot_breathing_indicator_size_allocate (GtkWidget *widget,
                                          int        width,
                                          int        height,
                                          int        baseline)
{
  UnknotBreathingIndicator *self = UNKNOT_BREATHING_INDICATOR (widget);

  if (width != self->width || height != self->height)
    {
      self->width = width;
      self->height = height;
      queue_redraw (self);
    }
}

/* A circle as a rounded rectangle: border and clip nodes, which every renderer draws
 * without a path */
static GskRoundedRect
circle (float  cx,
        float  cy,
        double radius)
{
  GskRoundedRect rect;

  gsk_rounded_rect_init_from_rect (&rect,
                                   &GRAPHENE_RECT_INIT (cx - radius, cy - radius,
                                                        2 * radius, 2 * radius),
                                   radius);
  return rect;
}

static void
unknot_breathing_indicator_snapshot (GtkWidget   *widget,
                                     GtkSnapshot *snapshot)
{
  UnknotBreathingIndicator *self = UNKNOT_BREATHING_INDICATOR (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  float cx = width / 2.f;
  float cy = height / 2.f;
  double guide = guide_radius (width, height);
  float guide_width = CLAMP (2 * guide * GUIDE_WIDTH_RATIO, MIN_GUIDE_WIDTH, MAX_GUIDE_WIDTH);
  GskRoundedRect guide_circle = circle (cx, cy, guide);
  GdkRGBA color, guide_color;

  self->drawn_radius = fill_radius (self, self->fullness);
  if (guide <= 0)
    return;

  gtk_widget_get_color (widget, &color);
  guide_color = color;
  guide_color.alpha *= GUIDE_ALPHA;
  gtk_snapshot_append_border (snapshot, &guide_circle,
                              (float[4]) { guide_width, guide_width, guide_width, guide_width },
                              (GdkRGBA[4]) { guide_color, guide_color, guide_color, guide_color });

  if (self->active)
    {
      GskRoundedRect fill_circle = circle (cx, cy, self->drawn_radius);

      color.alpha *= FILL_ALPHA;
      gtk_snapshot_push_rounded_clip (snapshot, &fill_circle);
      gtk_snapshot_append_color (snapshot, &color, &fill_circle.bounds);
      gtk_snapshot_pop (snapshot);
    }
}

static void
unknot_breathing_indicator_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  UnknotBreathingIndicator *self = UNKNOT_BREATHING_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_FULLNESS:
      g_value_set_double (value, self->fullness);
      break;
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;
    case PROP_PHASE_LABEL:
      g_value_set_string (value, self->phase_label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_breathing_indicator_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  UnknotBreathingIndicator *self = UNKNOT_BREATHING_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_FULLNESS:
      unknot_breathing_indicator_set_fullness (self, g_value_get_double (value));
      break;
    case PROP_ACTIVE:
      unknot_breathing_indicator_set_active (self, g_value_get_boolean (value));
      break;
    case PROP_PHASE_LABEL:
      unknot_breathing_indicator_set_phase_label (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_breathing_indicator_finalize (GObject *object)
{
  UnknotBreathingIndicator *self = UNKNOT_BREATHING_INDICATOR (object);

  g_clear_pointer (&self->phase_label, g_free);

  G_OBJECT_CLASS (unknot_breathing_indicator_parent_class)->finalize (object);
}

static void
unknot_breathing_indicator_class_init (UnknotBreathingIndicatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = unknot_breathing_indicator_get_property;
  object_class->set_property = unknot_breathing_indicator_set_property;
  object_class->finalize = unknot_breathing_indicator_finalize;

  widget_class->measure = unknot_breathing_indicator_measure;
  widget_class->size_allocate = unknot_breathing_indicator_size_allocate;
  widget_class->snapshot = unknot_breathing_indicator_snapshot;

  /**
   * UnknotBreathingIndicator:fullness:
   *
   * How full the lungs are, from 0 to 1, linear in time; the widget eases it.
   */
  properties[PROP_FULLNESS] =
    g_param_spec_double ("fullness", NULL, NULL, 0, 1, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * UnknotBreathingIndicator:active:
   *
   * Whether the breath is shown; without it only the faint guide ring is.
   */
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * UnknotBreathingIndicator:phase-label:
   *
   * What to do now, such as "Breathe in": the indicator's accessible label.
   */
  properties[PROP_PHASE_LABEL] =
    g_param_spec_string ("phase-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "breathingindicator");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
unknot_breathing_indicator_init (UnknotBreathingIndicator *self)
{
  self->active = TRUE;
  update_accessible_label (self);
}
