/* unknot-body-map.c: front and back maps of the body, with the muscles, the trigger
 * points and the zones where they send pain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The two views stand side by side, drawn from the artwork's paths (unknot-body-art.c)
 * in the theme's colours, on the anatomy data's grid scaled to fit. Each trigger point
 * has a marker on both sides of the body; markers are buttons, so they take the focus
 * with Tab, activate with Enter or Space, and carry their names for screen readers.
 * Touching the body elsewhere marks the pain area there, for "Where does it hurt?".
 */

#define G_LOG_DOMAIN "unknot-body-map"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "unknot-anatomy-lookup.h"
#include "unknot-body-art.h"
#include "unknot-body-map.h"

#define GAP            28.0   /* grid units between the views */
#define CAPTION        28     /* pixels under the views for their names */
/* A marker's size follows the map's scale, between these, in pixels */
#define MARKER_MIN     12
#define MARKER_MAX     24
#define MARKER_GRID    9.0    /* grid units */
#define N_VIEWS        2

typedef struct
{
  const UnknotTriggerPoint *point;
  UnknotSide                side;
} Marker;

struct _UnknotBodyMap
{
  GtkWidget      parent_instance;

  UnknotAnatomy *anatomy;
  UnknotBodyArt *art[N_VIEWS];
  GPtrArray     *markers;           /* GtkButton, with a Marker as "unknot-marker" */

  char          *selected_point;
  UnknotSide     selected_side;
  char          *muscle;
  char          *marked_area;
  UnknotSide     marked_side;

  /* where the views are, from the last allocation */
  double         scale;
  double         origin_x[N_VIEWS];
  double         origin_y;
};

G_DEFINE_FINAL_TYPE (UnknotBodyMap, unknot_body_map, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED_POINT,
  PROP_MUSCLE,
  PROP_MARKED_AREA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  POINT_ACTIVATED,
  AREA_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const art_resources[N_VIEWS] = {
  RESOURCE_BASE_PATH "/anatomy/body-front.svg",
  RESOURCE_BASE_PATH "/anatomy/body-back.svg",
};

/* The artwork is read when the map is first drawn, not when it is made. */
static void
ensure_art (UnknotBodyMap *self)
{
  for (guint i = 0; i < N_VIEWS; i++)
    {
      g_autoptr(GError) error = NULL;

      if (self->art[i] != NULL)
        continue;
      self->art[i] = unknot_body_art_new_from_resource (art_resources[i], &error);
      if (self->art[i] == NULL)
        g_critical ("The body map's artwork is broken: %s", error->message);
    }
}

/* Geometry -------------------------------------------------------------------- */

static void
compute_layout (UnknotBodyMap *self,
                int            width,
                int            height)
{
  double available = MAX (height - CAPTION, 1);
  double total;

  self->scale = MIN (width / (2 * UNKNOT_DIAGRAM_WIDTH + GAP), available / UNKNOT_DIAGRAM_HEIGHT);
  total = self->scale * (2 * UNKNOT_DIAGRAM_WIDTH + GAP);
  self->origin_x[UNKNOT_VIEW_FRONT] = (width - total) / 2;
  self->origin_x[UNKNOT_VIEW_BACK] = self->origin_x[UNKNOT_VIEW_FRONT] + self->scale * (UNKNOT_DIAGRAM_WIDTH + GAP);
  self->origin_y = (available - self->scale * UNKNOT_DIAGRAM_HEIGHT) / 2;
}

/**
 * unknot_body_map_to_grid:
 * @x: in the widget's coordinates
 * @view: (out): the view there
 *
 * Returns: whether (@x, @y) is on one of the views; then the grid position there
 */
gboolean
unknot_body_map_to_grid (UnknotBodyMap *self,
                         double         x,
                         double         y,
                         UnknotView    *view,
                         double        *grid_x,
                         double        *grid_y)
{
  g_return_val_if_fail (UNKNOT_IS_BODY_MAP (self), FALSE);

  if (self->scale <= 0)
    return FALSE;

  for (UnknotView v = UNKNOT_VIEW_FRONT; v <= UNKNOT_VIEW_BACK; v++)
    {
      double gx = (x - self->origin_x[v]) / self->scale;
      double gy = (y - self->origin_y) / self->scale;

      if (gx >= 0 && gx <= UNKNOT_DIAGRAM_WIDTH && gy >= 0 && gy <= UNKNOT_DIAGRAM_HEIGHT)
        {
          *view = v;
          *grid_x = gx;
          *grid_y = gy;
          return TRUE;
        }
    }

  return FALSE;
}

static GskPath *
shape_to_path (const UnknotShape *shape)
{
  g_autoptr(GskPathBuilder) builder = gsk_path_builder_new ();

  if (shape->is_ellipse)
    {
      /* four cubic curves, the usual approximation of a quarter ellipse */
      const float k = 0.5523f;
      float cx = shape->cx, cy = shape->cy, rx = shape->rx, ry = shape->ry;

      gsk_path_builder_move_to (builder, cx + rx, cy);
      gsk_path_builder_cubic_to (builder, cx + rx, cy + k * ry, cx + k * rx, cy + ry, cx, cy + ry);
      gsk_path_builder_cubic_to (builder, cx - k * rx, cy + ry, cx - rx, cy + k * ry, cx - rx, cy);
      gsk_path_builder_cubic_to (builder, cx - rx, cy - k * ry, cx - k * rx, cy - ry, cx, cy - ry);
      gsk_path_builder_cubic_to (builder, cx + k * rx, cy - ry, cx + rx, cy - k * ry, cx + rx, cy);
      gsk_path_builder_close (builder);
    }
  else
    {
      for (guint i = 0; i < shape->points->len; i++)
        {
          const UnknotPoint *p = &g_array_index (shape->points, UnknotPoint, i);

          if (i == 0)
            gsk_path_builder_move_to (builder, p->x, p->y);
          else
            gsk_path_builder_line_to (builder, p->x, p->y);
        }
      gsk_path_builder_close (builder);
    }

  return gsk_path_builder_to_path (builder);
}

/* Drawing --------------------------------------------------------------------- */

typedef struct
{
  GdkRGBA fg;
  GdkRGBA muscle;
  GdkRGBA pain;
  GdkRGBA accent;
  double  line;   /* one pixel, in grid units */
} Palette;

static GdkRGBA
with_alpha (const GdkRGBA *color,
            float          alpha)
{
  GdkRGBA result = *color;

  result.alpha *= alpha;
  return result;
}

static void
fill_and_stroke (GtkSnapshot   *snapshot,
                 GskPath       *path,
                 const GdkRGBA *fill,
                 const GdkRGBA *stroke_color,
                 double         line_width)
{
  if (fill != NULL)
    gtk_snapshot_append_fill (snapshot, path, GSK_FILL_RULE_WINDING, fill);
  if (stroke_color != NULL)
    {
      g_autoptr(GskStroke) stroke = gsk_stroke_new (line_width);

      gsk_stroke_set_line_join (stroke, GSK_LINE_JOIN_ROUND);
      gtk_snapshot_append_stroke (snapshot, path, stroke, stroke_color);
    }
}

/* Runs @draw for the body's left side, and mirrored for its right. */
static void
mirror_begin (GtkSnapshot *snapshot)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (UNKNOT_DIAGRAM_WIDTH, 0));
  gtk_snapshot_scale (snapshot, -1, 1);
}

static void
draw_art (UnknotBodyMap *self,
          GtkSnapshot   *snapshot,
          UnknotView     view,
          const Palette *palette)
{
  UnknotBodyArt *art = self->art[view];

  for (guint i = 0; art != NULL && i < unknot_body_art_get_n_paths (art); i++)
    {
      const char *id = unknot_body_art_get_id (art, i);
      GskPath *path = unknot_body_art_get_path (art, i);

      if (g_str_equal (id, "body"))
        {
          GdkRGBA fill = with_alpha (&palette->fg, 0.07f), line = with_alpha (&palette->fg, 0.35f);

          fill_and_stroke (snapshot, path, &fill, &line, palette->line * 1.2);
        }
      else if (g_str_has_prefix (id, "bone-"))
        {
          GdkRGBA fill = with_alpha (&palette->fg, 0.05f), line = with_alpha (&palette->fg, 0.22f);

          fill_and_stroke (snapshot, path, &fill, &line, palette->line);
        }
      else if (g_str_has_prefix (id, "detail-"))
        {
          GdkRGBA line = with_alpha (&palette->fg, 0.3f);

          fill_and_stroke (snapshot, path, NULL, &line, palette->line);
        }
      else if (g_str_has_prefix (id, "muscle-"))
        {
          const char *muscle_id = id + strlen ("muscle-");
          const UnknotMuscle *muscle = self->anatomy != NULL ? unknot_anatomy_lookup_muscle (self->anatomy, muscle_id) : NULL;
          gboolean chosen = g_strcmp0 (self->muscle, muscle_id) == 0;
          float alpha = chosen ? 0.85f : muscle != NULL && muscle->main ? 0.5f : 0.12f;
          GdkRGBA fill = with_alpha (&palette->muscle, alpha);
          GdkRGBA line = with_alpha (&palette->muscle, chosen ? 1.0f : muscle != NULL && muscle->main ? 0.45f : 0.25f);

          for (int side = 0; side < 2; side++)
            {
              if (side == 1)
                mirror_begin (snapshot);
              fill_and_stroke (snapshot, path, &fill, &line, palette->line * (chosen ? 1.5 : 0.8));
              if (side == 1)
                gtk_snapshot_restore (snapshot);
            }
        }
    }
}

static void
draw_shape (GtkSnapshot       *snapshot,
            const UnknotShape *shape,
            UnknotSide         side,
            const GdkRGBA     *fill,
            const GdkRGBA     *line,
            double             line_width,
            gboolean           dashed)
{
  g_autoptr(GskPath) path = shape_to_path (shape);

  if (side == UNKNOT_SIDE_RIGHT)
    mirror_begin (snapshot);
  if (fill != NULL)
    gtk_snapshot_append_fill (snapshot, path, GSK_FILL_RULE_WINDING, fill);
  if (line != NULL)
    {
      g_autoptr(GskStroke) stroke = gsk_stroke_new (line_width);

      if (dashed)
        gsk_stroke_set_dash (stroke, (const float[]) { 3 * line_width, 2 * line_width }, 2);
      gtk_snapshot_append_stroke (snapshot, path, stroke, line);
    }
  if (side == UNKNOT_SIDE_RIGHT)
    gtk_snapshot_restore (snapshot);
}

static void
draw_overlays (UnknotBodyMap *self,
               GtkSnapshot   *snapshot,
               UnknotView     view,
               const Palette *palette)
{
  const UnknotTriggerPoint *point = NULL;

  if (self->anatomy == NULL)
    return;

  if (self->selected_point != NULL)
    point = unknot_anatomy_lookup_trigger_point (self->anatomy, self->selected_point);

  /* the selected point's zones: the spillover faint and dashed, the primary strong */
  for (int pass = 0; point != NULL && pass < 2; pass++)
    for (guint i = 0; i < point->referred_pain->len; i++)
      {
        const UnknotPainZone *zone = g_ptr_array_index (point->referred_pain, i);
        GdkRGBA fill = with_alpha (&palette->pain, zone->primary ? 0.5f : 0.2f);
        GdkRGBA line = with_alpha (&palette->pain, 0.8f);

        if (zone->shape.view != view || zone->primary != (pass == 1))
          continue;
        for (UnknotSide side = UNKNOT_SIDE_LEFT; side <= UNKNOT_SIDE_RIGHT; side++)
          if (self->selected_side == side || self->selected_side == UNKNOT_SIDE_BOTH)
            draw_shape (snapshot, &zone->shape, side, &fill,
                        zone->primary ? NULL : &line, palette->line, TRUE);
      }

  if (self->marked_area != NULL)
    for (guint i = 0; i < self->anatomy->pain_areas->len; i++)
      {
        const UnknotPainArea *area = g_ptr_array_index (self->anatomy->pain_areas, i);
        GdkRGBA fill = with_alpha (&palette->accent, 0.2f);
        GdkRGBA line = with_alpha (&palette->accent, 0.9f);

        if (area->shape.view == view && g_str_equal (area->id, self->marked_area))
          draw_shape (snapshot, &area->shape, self->marked_side, &fill, &line, palette->line * 2, FALSE);
      }
}

static void
draw_caption (UnknotBodyMap *self,
              GtkSnapshot   *snapshot,
              UnknotView     view,
              const Palette *palette)
{
  g_autoptr(PangoLayout) layout = NULL;
  GdkRGBA color = with_alpha (&palette->fg, 0.7f);
  int width, height;
  double center = self->origin_x[view] + self->scale * UNKNOT_DIAGRAM_WIDTH / 2;

  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self),
                                           view == UNKNOT_VIEW_FRONT ? _("Front") : _("Back"));
  pango_layout_get_pixel_size (layout, &width, &height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT (center - width / 2.0,
                                                self->origin_y + self->scale * UNKNOT_DIAGRAM_HEIGHT + (CAPTION - height) / 2.0));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
}

static void
unknot_body_map_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  UnknotBodyMap *self = UNKNOT_BODY_MAP (widget);
  AdwStyleManager *style = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (style);
  Palette palette;

  if (self->scale <= 0)
    return;

  ensure_art (self);
  gtk_widget_get_color (widget, &palette.fg);
  /* libadwaita's palette: red 4 / light red 1 for muscle, orange for the pain it sends,
   * the default blue accent for what the user marks */
  gdk_rgba_parse (&palette.muscle, dark ? "#f66151" : "#c01c28");
  gdk_rgba_parse (&palette.pain, dark ? "#ffa348" : "#e66100");
  gdk_rgba_parse (&palette.accent, dark ? "#78aeed" : "#1c71d8");
  palette.line = 1.0 / self->scale;

  for (UnknotView view = UNKNOT_VIEW_FRONT; view <= UNKNOT_VIEW_BACK; view++)
    {
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (self->origin_x[view], self->origin_y));
      gtk_snapshot_scale (snapshot, self->scale, self->scale);
      draw_art (self, snapshot, view, &palette);
      draw_overlays (self, snapshot, view, &palette);
      gtk_snapshot_restore (snapshot);
      draw_caption (self, snapshot, view, &palette);
    }

  for (guint i = 0; i < self->markers->len; i++)
    gtk_widget_snapshot_child (widget, g_ptr_array_index (self->markers, i), snapshot);
}

/* Size ------------------------------------------------------------------------ */

static void
unknot_body_map_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 440;
    }
  else
    {
      *minimum = 300;
      *natural = 520;
    }
}

static void
unknot_body_map_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  UnknotBodyMap *self = UNKNOT_BODY_MAP (widget);

  int size;

  compute_layout (self, width, height);
  size = CLAMP ((int) (self->scale * MARKER_GRID), MARKER_MIN, MARKER_MAX);

  for (guint i = 0; i < self->markers->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (self->markers, i);
      const Marker *marker = g_object_get_data (G_OBJECT (button), "unknot-marker");
      const UnknotTriggerPoint *point = marker->point;
      double x = self->origin_x[point->view] +
                 self->scale * unknot_view_from_left_side (point->view, marker->side, point->x);
      double y = self->origin_y + self->scale * point->y;

      gtk_widget_size_allocate (button,
                                &(GtkAllocation) { (int) (x - size / 2.0), (int) (y - size / 2.0), size, size },
                                -1);
    }
}

/* Markers and selection ------------------------------------------------------- */

static void
update_markers (UnknotBodyMap *self)
{
  for (guint i = 0; i < self->markers->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (self->markers, i);
      const Marker *marker = g_object_get_data (G_OBJECT (button), "unknot-marker");
      gboolean selected = g_strcmp0 (marker->point->id, self->selected_point) == 0 &&
                          (marker->side == self->selected_side ||
                           self->selected_side == UNKNOT_SIDE_BOTH);

      if (selected)
        gtk_widget_add_css_class (button, "selected");
      else
        gtk_widget_remove_css_class (button, "selected");
      gtk_accessible_update_state (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_STATE_PRESSED,
                                   selected ? GTK_ACCESSIBLE_TRISTATE_TRUE : GTK_ACCESSIBLE_TRISTATE_FALSE, -1);
    }
}

static void
marker_clicked_cb (GtkButton     *button,
                   UnknotBodyMap *self)
{
  const Marker *marker = g_object_get_data (G_OBJECT (button), "unknot-marker");

  unknot_body_map_select_point (self, marker->point->id, marker->side);
  g_signal_emit (self, signals[POINT_ACTIVATED], 0, marker->point->id, marker->side);
}

static void
clear_markers (UnknotBodyMap *self)
{
  for (guint i = 0; i < self->markers->len; i++)
    gtk_widget_unparent (g_ptr_array_index (self->markers, i));
  g_ptr_array_set_size (self->markers, 0);
}

static void
add_markers (UnknotBodyMap *self)
{
  for (UnknotSide side = UNKNOT_SIDE_LEFT; side <= UNKNOT_SIDE_RIGHT; side++)
    for (guint i = 0; i < self->anatomy->trigger_points->len; i++)
      {
        const UnknotTriggerPoint *point = g_ptr_array_index (self->anatomy->trigger_points, i);
        GtkWidget *button = gtk_button_new ();
        Marker *marker = g_new0 (Marker, 1);
        /* Translators: a trigger point's name, then the side of the body */
        g_autofree char *name = g_strdup_printf (_("%s, %s"), point->name,
                                                 side == UNKNOT_SIDE_LEFT ? _("left side") : _("right side"));

        marker->point = point;
        marker->side = side;
        g_object_set_data_full (G_OBJECT (button), "unknot-marker", marker, g_free);
        gtk_widget_add_css_class (button, "body-map-marker");
        gtk_widget_set_tooltip_text (button, name);
        gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
        g_signal_connect_object (button, "clicked", G_CALLBACK (marker_clicked_cb), self, G_CONNECT_DEFAULT);
        gtk_widget_set_parent (button, GTK_WIDGET (self));
        g_ptr_array_add (self->markers, button);
      }
  update_markers (self);
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            UnknotBodyMap   *self)
{
  const UnknotPainArea *area;
  UnknotSide side;
  UnknotView view;
  double gx, gy;

  if (self->anatomy == NULL || !unknot_body_map_to_grid (self, x, y, &view, &gx, &gy))
    return;

  area = unknot_anatomy_hit_pain_area (self->anatomy, view, gx, gy, &side);
  if (area == NULL)
    return;

  unknot_body_map_mark_area (self, area->id, side);
  g_signal_emit (self, signals[AREA_ACTIVATED], 0, area->id, side);
}

/* Public API ------------------------------------------------------------------ */

GtkWidget *
unknot_body_map_new (void)
{
  return g_object_new (UNKNOT_TYPE_BODY_MAP, NULL);
}

UnknotAnatomy *
unknot_body_map_get_anatomy (UnknotBodyMap *self)
{
  g_return_val_if_fail (UNKNOT_IS_BODY_MAP (self), NULL);

  return self->anatomy;
}

void
unknot_body_map_set_anatomy (UnknotBodyMap *self,
                             UnknotAnatomy *anatomy)
{
  g_return_if_fail (UNKNOT_IS_BODY_MAP (self));

  if (self->anatomy == anatomy)
    return;

  clear_markers (self);
  g_clear_pointer (&self->anatomy, unknot_anatomy_unref);
  if (anatomy != NULL)
    {
      self->anatomy = unknot_anatomy_ref (anatomy);
      add_markers (self);
    }
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

const char *
unknot_body_map_get_selected_point (UnknotBodyMap *self)
{
  g_return_val_if_fail (UNKNOT_IS_BODY_MAP (self), NULL);

  return self->selected_point;
}

UnknotSide
unknot_body_map_get_selected_side (UnknotBodyMap *self)
{
  g_return_val_if_fail (UNKNOT_IS_BODY_MAP (self), UNKNOT_SIDE_NONE);

  return self->selected_side;
}

/**
 * unknot_body_map_select_point:
 * @point_id: (nullable): a trigger point, or %NULL for none
 *
 * Shows the zones where the point sends pain, on its side, or on both for
 * %UNKNOT_SIDE_BOTH.
 */
void
unknot_body_map_select_point (UnknotBodyMap *self,
                              const char    *point_id,
                              UnknotSide     side)
{
  g_return_if_fail (UNKNOT_IS_BODY_MAP (self));
  g_return_if_fail (side == UNKNOT_SIDE_LEFT || side == UNKNOT_SIDE_RIGHT || side == UNKNOT_SIDE_BOTH);

  if (g_strcmp0 (self->selected_point, point_id) == 0 && self->selected_side == side)
    return;

  g_free (self->selected_point);
  self->selected_point = g_strdup (point_id);
  self->selected_side = side;
  update_markers (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_POINT]);
}

const char *
unknot_body_map_get_muscle (UnknotBodyMap *self)
{
  g_return_val_if_fail (UNKNOT_IS_BODY_MAP (self), NULL);

  return self->muscle;
}

/**
 * unknot_body_map_set_muscle:
 * @muscle_id: (nullable): the muscle to bring forward
 */
void
unknot_body_map_set_muscle (UnknotBodyMap *self,
                            const char    *muscle_id)
{
  g_return_if_fail (UNKNOT_IS_BODY_MAP (self));

  if (g_set_str (&self->muscle, muscle_id))
    {
      gtk_widget_queue_draw (GTK_WIDGET (self));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MUSCLE]);
    }
}

const char *
unknot_body_map_get_marked_area (UnknotBodyMap *self)
{
  g_return_val_if_fail (UNKNOT_IS_BODY_MAP (self), NULL);

  return self->marked_area;
}

/**
 * unknot_body_map_mark_area:
 * @area_id: (nullable): a pain area, or %NULL for none
 */
void
unknot_body_map_mark_area (UnknotBodyMap *self,
                           const char    *area_id,
                           UnknotSide     side)
{
  g_return_if_fail (UNKNOT_IS_BODY_MAP (self));

  if (g_strcmp0 (self->marked_area, area_id) == 0 && self->marked_side == side)
    return;

  g_set_str (&self->marked_area, area_id);
  self->marked_side = side;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MARKED_AREA]);
}

/* GObject --------------------------------------------------------------------- */

static void
style_changed_cb (AdwStyleManager *manager,
                  GParamSpec      *pspec,
                  UnknotBodyMap   *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
unknot_body_map_dispose (GObject *object)
{
  UnknotBodyMap *self = UNKNOT_BODY_MAP (object);

  if (self->markers != NULL)
    clear_markers (self);

  G_OBJECT_CLASS (unknot_body_map_parent_class)->dispose (object);
}

static void
unknot_body_map_finalize (GObject *object)
{
  UnknotBodyMap *self = UNKNOT_BODY_MAP (object);

  g_clear_pointer (&self->anatomy, unknot_anatomy_unref);
  for (guint i = 0; i < N_VIEWS; i++)
    g_clear_object (&self->art[i]);
  g_clear_pointer (&self->markers, g_ptr_array_unref);
  g_clear_pointer (&self->selected_point, g_free);
  g_clear_pointer (&self->muscle, g_free);
  g_clear_pointer (&self->marked_area, g_free);

  G_OBJECT_CLASS (unknot_body_map_parent_class)->finalize (object);
}

static void
unknot_body_map_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  UnknotBodyMap *self = UNKNOT_BODY_MAP (object);

  switch (prop_id)
    {
    case PROP_SELECTED_POINT:
      g_value_set_string (value, self->selected_point);
      break;
    case PROP_MUSCLE:
      g_value_set_string (value, self->muscle);
      break;
    case PROP_MARKED_AREA:
      g_value_set_string (value, self->marked_area);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_body_map_class_init (UnknotBodyMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = unknot_body_map_dispose;
  object_class->finalize = unknot_body_map_finalize;
  object_class->get_property = unknot_body_map_get_property;
  widget_class->snapshot = unknot_body_map_snapshot;
  widget_class->measure = unknot_body_map_measure;
  widget_class->size_allocate = unknot_body_map_size_allocate;

  properties[PROP_SELECTED_POINT] =
    g_param_spec_string ("selected-point", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MUSCLE] =
    g_param_spec_string ("muscle", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MARKED_AREA] =
    g_param_spec_string ("marked-area", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * UnknotBodyMap::point-activated:
   * @point_id: the trigger point
   * @side: an #UnknotSide, left or right
   *
   * The user chose a trigger point's marker.
   */
  signals[POINT_ACTIVATED] =
    g_signal_new ("point-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_INT);

  /**
   * UnknotBodyMap::area-activated:
   * @area_id: the pain area
   * @side: an #UnknotSide, left or right
   *
   * The user touched a pain area of the body.
   */
  signals[AREA_ACTIVATED] =
    g_signal_new ("area-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_INT);

  gtk_widget_class_set_css_name (widget_class, "bodymap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
unknot_body_map_init (UnknotBodyMap *self)
{
  GtkGesture *click;

  self->markers = g_ptr_array_new ();
  self->selected_side = UNKNOT_SIDE_LEFT;
  self->marked_side = UNKNOT_SIDE_LEFT;

  click = gtk_gesture_click_new ();
  g_signal_connect_object (click, "pressed", G_CALLBACK (pressed_cb), self, G_CONNECT_DEFAULT);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_DEFAULT);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_DEFAULT);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Body map, front and back"), -1);
}
