/* unknot-illustration.c: one of the pictures that show a step's position, stretch or
 * exercise, drawn in the theme's colours
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pictures (the SVG files in resources/images/) keep to the body maps' subset of SVG and are read
 * by the same reader (unknot-body-art.c). Each path's id names its role: the figure, the
 * limbs on its far side, props, the floor, the muscle the step works on, the hands, the
 * point to press, a spot to avoid, arrows and faint details. The widget gives each role
 * its colour, as the body map does: the foreground colour at a low alpha with an outline
 * for the body, the accent for the muscle, the point and the arrows, and the colour of
 * the `avoid` style node for what must not be pressed.
 *
 * Pictures that show a part of the body are cut off at their viewBox. Outlines along
 * the viewBox's edges are where the picture is cut, not where the body ends, so they
 * are not drawn.
 */

#define G_LOG_DOMAIN "unknot-illustration"

#include "config.h"

#include <math.h>

#include "unknot-body-art.h"
#include "unknot-illustration.h"

#define MINIMUM_WIDTH   96
#define NATURAL_WIDTH   360
/* Given more room, the picture grows up to this width, and no further */
#define LARGEST_WIDTH   540
/* The outlines are one pixel wide at 320 pixels across, and at most two */
#define LINE_PER_WIDTH  320.0

typedef enum
{
  INK_FOREGROUND,
  INK_ACCENT,
  INK_AVOID,
} Ink;

typedef struct
{
  const char *id;
  Ink         ink;
  float       fill;    /* the fill's alpha */
  float       line;    /* the outline's alpha, or 0 for no outline */
  float       width;   /* the outline's width, in lines */
} Role;

/* From the back to the front; the pictures draw their paths in their own order. */
static const Role roles[] = {
  { "floor",      INK_FOREGROUND, 0.16f, 0.0f,  0.0f },
  { "prop",       INK_FOREGROUND, 0.06f, 0.32f, 1.0f },
  { "figure-far", INK_FOREGROUND, 0.05f, 0.32f, 1.0f },
  { "figure",     INK_FOREGROUND, 0.11f, 0.62f, 1.25f },
  { "muscle",     INK_ACCENT,     0.38f, 0.75f, 0.8f },
  { "detail",     INK_FOREGROUND, 0.42f, 0.0f,  0.0f },
  { "hand",       INK_FOREGROUND, 0.18f, 0.78f, 1.25f },
  { "arrow",      INK_ACCENT,     0.92f, 0.0f,  0.0f },
  { "avoid",      INK_AVOID,      1.0f,  0.0f,  0.0f },
  { "marker",     INK_ACCENT,     1.0f,  0.0f,  0.0f },
};

struct _UnknotIllustration
{
  GtkWidget        parent_instance;

  UnknotBodyArt   *art;
  graphene_rect_t  view_box;
  GPtrArray       *outlines;      /* GskPath, one for each of the art's paths */
  gboolean         right_side;    /* show the body's right side: the art's flip, if it has one */

  /* style nodes that carry the colours beyond the widget's own */
  GtkWidget       *accent_node;
  GtkWidget       *avoid_node;
};

G_DEFINE_FINAL_TYPE (UnknotIllustration, unknot_illustration, GTK_TYPE_WIDGET)

static const Role *
lookup_role (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (g_str_equal (roles[i].id, id))
      return &roles[i];
  return NULL;
}

/* Outlines ------------------------------------------------------------------------ */

typedef struct
{
  GskPathBuilder        *builder;
  const graphene_rect_t *box;
} Outline;

static gboolean
on_one_edge (const graphene_rect_t  *box,
             const graphene_point_t *a,
             const graphene_point_t *b)
{
  const float tolerance = 0.01f;
  float left = box->origin.x, right = box->origin.x + box->size.width;
  float top = box->origin.y, bottom = box->origin.y + box->size.height;

  return (fabsf (a->x - left) < tolerance && fabsf (b->x - left) < tolerance) ||
         (fabsf (a->x - right) < tolerance && fabsf (b->x - right) < tolerance) ||
         (fabsf (a->y - top) < tolerance && fabsf (b->y - top) < tolerance) ||
         (fabsf (a->y - bottom) < tolerance && fabsf (b->y - bottom) < tolerance);
}

static gboolean
add_to_outline_cb (GskPathOperation        op,
                   const graphene_point_t *pts,
                   gsize                   n_pts,
                   float                   weight,
                   gpointer                user_data)
{
  Outline *outline = user_data;

  switch (op)
    {
    case GSK_PATH_MOVE:
      gsk_path_builder_move_to (outline->builder, pts[0].x, pts[0].y);
      break;
    case GSK_PATH_LINE:
    case GSK_PATH_CLOSE:
      /* a closing line, too, is drawn as a line: the round caps hide the seam */
      if (on_one_edge (outline->box, &pts[0], &pts[1]))
        gsk_path_builder_move_to (outline->builder, pts[1].x, pts[1].y);
      else
        gsk_path_builder_line_to (outline->builder, pts[1].x, pts[1].y);
      break;
    case GSK_PATH_QUAD:
      gsk_path_builder_quad_to (outline->builder, pts[1].x, pts[1].y, pts[2].x, pts[2].y);
      break;
    case GSK_PATH_CUBIC:
      gsk_path_builder_cubic_to (outline->builder, pts[1].x, pts[1].y, pts[2].x, pts[2].y,
                                 pts[3].x, pts[3].y);
      break;
    case GSK_PATH_CONIC:
      gsk_path_builder_conic_to (outline->builder, pts[1].x, pts[1].y, pts[2].x, pts[2].y, weight);
      break;
    default:
      g_assert_not_reached ();
    }

  return TRUE;
}

/* @path without the lines that run along the edges of @box */
static GskPath *
outline_within (GskPath               *path,
                const graphene_rect_t *box)
{
  Outline outline = { gsk_path_builder_new (), box };

  gsk_path_foreach (path, GSK_PATH_FOREACH_ALLOW_QUAD | GSK_PATH_FOREACH_ALLOW_CUBIC |
                          GSK_PATH_FOREACH_ALLOW_CONIC,
                    add_to_outline_cb, &outline);
  return gsk_path_builder_free_to_path (outline.builder);
}

/* Drawing ------------------------------------------------------------------------- */

static GdkRGBA
with_alpha (const GdkRGBA *color,
            float          alpha)
{
  GdkRGBA result = *color;

  result.alpha *= alpha;
  return result;
}

/**
 * unknot_illustration_set_right_side:
 * @right_side: whether the picture is to show the body's right side
 *
 * Pictures are drawn for the body's left side; one that names a flip (`data-mirror`)
 * is shown flipped for the right side.
 */
void
unknot_illustration_set_right_side (UnknotIllustration *self,
                                    gboolean            right_side)
{
  g_return_if_fail (UNKNOT_IS_ILLUSTRATION (self));

  if (self->right_side == !!right_side)
    return;
  self->right_side = !!right_side;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * unknot_illustration_get_flip:
 *
 * Returns: how the picture is flipped as it is drawn now
 */
UnknotArtMirror
unknot_illustration_get_flip (UnknotIllustration *self)
{
  g_return_val_if_fail (UNKNOT_IS_ILLUSTRATION (self), UNKNOT_ART_MIRROR_NONE);

  return self->right_side && self->art != NULL ? unknot_body_art_get_mirror (self->art) : UNKNOT_ART_MIRROR_NONE;
}

static void
unknot_illustration_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  UnknotIllustration *self = UNKNOT_ILLUSTRATION (widget);
  const graphene_rect_t *box = &self->view_box;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA inks[3];
  double scale, line;

  if (self->art == NULL)
    return;

  scale = MIN (width / box->size.width, height / box->size.height);
  if (scale <= 0)
    return;
  line = CLAMP (scale * box->size.width / LINE_PER_WIDTH, 1.0, 2.0) / scale;

  gtk_widget_get_color (widget, &inks[INK_FOREGROUND]);
  gtk_widget_get_color (self->accent_node, &inks[INK_ACCENT]);
  gtk_widget_get_color (self->avoid_node, &inks[INK_AVOID]);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT ((width - scale * box->size.width) / 2,
                                                (height - scale * box->size.height) / 2));
  gtk_snapshot_scale (snapshot, scale, scale);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (-box->origin.x, -box->origin.y));
  switch (unknot_illustration_get_flip (self))
    {
    case UNKNOT_ART_MIRROR_HORIZONTAL:
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (2 * box->origin.x + box->size.width, 0));
      gtk_snapshot_scale (snapshot, -1, 1);
      break;
    case UNKNOT_ART_MIRROR_VERTICAL:
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, 2 * box->origin.y + box->size.height));
      gtk_snapshot_scale (snapshot, 1, -1);
      break;
    case UNKNOT_ART_MIRROR_NONE:
    default:
      break;
    }
  gtk_snapshot_push_clip (snapshot, box);

  for (guint i = 0; i < unknot_body_art_get_n_paths (self->art); i++)
    {
      const Role *role = lookup_role (unknot_body_art_get_id (self->art, i));
      GdkRGBA color;

      /* a role this version does not know is left out, not drawn in a wrong colour */
      if (role == NULL)
        continue;

      color = with_alpha (&inks[role->ink], role->fill);
      gtk_snapshot_append_fill (snapshot, unknot_body_art_get_path (self->art, i),
                                GSK_FILL_RULE_WINDING, &color);
      if (role->line > 0)
        {
          g_autoptr(GskStroke) stroke = gsk_stroke_new (line * role->width);

          gsk_stroke_set_line_join (stroke, GSK_LINE_JOIN_ROUND);
          gsk_stroke_set_line_cap (stroke, GSK_LINE_CAP_ROUND);
          color = with_alpha (&inks[role->ink], role->line);
          gtk_snapshot_append_stroke (snapshot, g_ptr_array_index (self->outlines, i), stroke, &color);
        }
    }

  gtk_snapshot_pop (snapshot);
  gtk_snapshot_restore (snapshot);
}

/* Size ---------------------------------------------------------------------------- */

static GtkSizeRequestMode
unknot_illustration_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
unknot_illustration_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  UnknotIllustration *self = UNKNOT_ILLUSTRATION (widget);
  double aspect;

  if (self->art == NULL)
    {
      *minimum = *natural = 0;
      return;
    }

  aspect = self->view_box.size.height / self->view_box.size.width;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MINIMUM_WIDTH;
      *natural = NATURAL_WIDTH;
    }
  else
    {
      int width = for_size >= 0 ? MIN (for_size, LARGEST_WIDTH) : NATURAL_WIDTH;

      *minimum = ceil (MINIMUM_WIDTH * aspect);
      *natural = MAX (*minimum, ceil (width * aspect));
    }
}

static void
unknot_illustration_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  UnknotIllustration *self = UNKNOT_ILLUSTRATION (widget);
  GtkWidget *nodes[] = { self->accent_node, self->avoid_node };

  /* the style nodes draw nothing; they are measured and placed as GTK wants */
  for (guint i = 0; i < G_N_ELEMENTS (nodes); i++)
    {
      gtk_widget_measure (nodes[i], GTK_ORIENTATION_HORIZONTAL, -1, NULL, NULL, NULL, NULL);
      gtk_widget_size_allocate (nodes[i], &(GtkAllocation) { 0, 0, width, height }, -1);
    }
}

/* Public API ---------------------------------------------------------------------- */

GtkWidget *
unknot_illustration_new (void)
{
  return g_object_new (UNKNOT_TYPE_ILLUSTRATION, NULL);
}

static void
clear_picture (UnknotIllustration *self)
{
  g_clear_object (&self->art);
  g_ptr_array_set_size (self->outlines, 0);
  self->view_box = *graphene_rect_zero ();
}

/**
 * unknot_illustration_set_resource:
 * @resource_path: (nullable): a picture in the GResource, or %NULL for none
 *
 * Shows the picture at @resource_path. A picture that is missing, or not in the subset
 * of SVG the body maps use, or has no viewBox, leaves the widget empty.
 *
 * Returns: whether the widget shows the picture (or none, as asked)
 */
gboolean
unknot_illustration_set_resource (UnknotIllustration  *self,
                                  const char          *resource_path,
                                  GError             **error)
{
  g_autoptr(UnknotBodyArt) art = NULL;
  gboolean shown = TRUE;

  g_return_val_if_fail (UNKNOT_IS_ILLUSTRATION (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  clear_picture (self);

  if (resource_path != NULL)
    {
      art = unknot_body_art_new_from_resource (resource_path, error);
      if (art != NULL && !unknot_body_art_get_view_box (art, &self->view_box))
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_MISSING_ATTRIBUTE,
                       "The picture “%s” has no viewBox", resource_path);
          g_clear_object (&art);
        }
      shown = art != NULL;
    }

  if (art != NULL)
    {
      for (guint i = 0; i < unknot_body_art_get_n_paths (art); i++)
        g_ptr_array_add (self->outlines, outline_within (unknot_body_art_get_path (art, i),
                                                         &self->view_box));
      self->art = g_steal_pointer (&art);
    }

  gtk_widget_queue_resize (GTK_WIDGET (self));
  return shown;
}

gboolean
unknot_illustration_has_picture (UnknotIllustration *self)
{
  g_return_val_if_fail (UNKNOT_IS_ILLUSTRATION (self), FALSE);

  return self->art != NULL;
}

/* GObject ------------------------------------------------------------------------- */

static void
unknot_illustration_dispose (GObject *object)
{
  UnknotIllustration *self = UNKNOT_ILLUSTRATION (object);

  g_clear_pointer (&self->accent_node, gtk_widget_unparent);
  g_clear_pointer (&self->avoid_node, gtk_widget_unparent);

  G_OBJECT_CLASS (unknot_illustration_parent_class)->dispose (object);
}

static void
unknot_illustration_finalize (GObject *object)
{
  UnknotIllustration *self = UNKNOT_ILLUSTRATION (object);

  g_clear_object (&self->art);
  g_clear_pointer (&self->outlines, g_ptr_array_unref);

  G_OBJECT_CLASS (unknot_illustration_parent_class)->finalize (object);
}

static void
unknot_illustration_class_init (UnknotIllustrationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = unknot_illustration_dispose;
  object_class->finalize = unknot_illustration_finalize;
  widget_class->snapshot = unknot_illustration_snapshot;
  widget_class->get_request_mode = unknot_illustration_get_request_mode;
  widget_class->measure = unknot_illustration_measure;
  widget_class->size_allocate = unknot_illustration_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "illustration");
  /* the page that shows the picture gives it a label that says what it shows */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static GtkWidget *
style_node_new (UnknotIllustration *self,
                const char         *name)
{
  GtkWidget *node = g_object_new (GTK_TYPE_DRAWING_AREA,
                                  "css-name", name,
                                  "can-target", FALSE,
                                  "can-focus", FALSE,
                                  NULL);

  gtk_accessible_update_state (GTK_ACCESSIBLE (node), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_widget_set_parent (node, GTK_WIDGET (self));
  return node;
}

static void
unknot_illustration_init (UnknotIllustration *self)
{
  self->outlines = g_ptr_array_new_with_free_func ((GDestroyNotify) gsk_path_unref);
  self->accent_node = style_node_new (self, "accent");
  self->avoid_node = style_node_new (self, "avoid");
}
