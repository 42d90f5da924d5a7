/* unknot-anatomy-lookup.c: what lies where on the body diagrams
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure functions of the anatomy data and a position on a diagram. The data describes
 * the body's left side; the right side is its mirror image (x → 200 − x). On the front
 * view the body's left side is on the viewer's right, on the back view on the left.
 */

#define G_LOG_DOMAIN "unknot-anatomy"

#include "config.h"

#include <math.h>

#include "unknot-anatomy-lookup.h"

/* How finely an area is sampled to see how much of it a zone covers, in grid units */
#define SAMPLE_STEP 1.0
/* What a spillover zone counts for, against a primary one */
#define SPILLOVER_WEIGHT 0.4

/**
 * unknot_view_side_at:
 *
 * Returns: which side of the body a position at @x on @view is on; the midline counts
 *   as the left
 */
UnknotSide
unknot_view_side_at (UnknotView view,
                     double     x)
{
  const double midline = UNKNOT_DIAGRAM_WIDTH / 2;

  if (view == UNKNOT_VIEW_FRONT)
    return x >= midline ? UNKNOT_SIDE_LEFT : UNKNOT_SIDE_RIGHT;
  return x <= midline ? UNKNOT_SIDE_LEFT : UNKNOT_SIDE_RIGHT;
}

/**
 * unknot_view_to_left_side:
 *
 * Returns: @x moved to the body's left side, where the data describes everything
 */
double
unknot_view_to_left_side (UnknotView view,
                          double     x)
{
  return unknot_view_side_at (view, x) == UNKNOT_SIDE_LEFT ? x : UNKNOT_DIAGRAM_WIDTH - x;
}

/**
 * unknot_view_from_left_side:
 * @x: a position given for the body's left side
 *
 * Returns: where @x lies for @side
 */
double
unknot_view_from_left_side (UnknotView view,
                            UnknotSide side,
                            double     x)
{
  return side == UNKNOT_SIDE_RIGHT ? UNKNOT_DIAGRAM_WIDTH - x : x;
}

/* Even-odd rule: a point is inside when a ray from it crosses the outline an odd
 * number of times. */
static gboolean
polygon_contains (GArray *points,
                  double  x,
                  double  y)
{
  gboolean inside = FALSE;

  for (guint i = 0, j = points->len - 1; i < points->len; j = i++)
    {
      const UnknotPoint *a = &g_array_index (points, UnknotPoint, i);
      const UnknotPoint *b = &g_array_index (points, UnknotPoint, j);

      if ((a->y > y) != (b->y > y) &&
          x < (b->x - a->x) * (y - a->y) / (b->y - a->y) + a->x)
        inside = !inside;
    }

  return inside;
}

/**
 * unknot_shape_contains:
 *
 * Returns: whether (@x, @y), on the shape's view, is inside @shape (as the data gives
 *   it: the body's left side)
 */
gboolean
unknot_shape_contains (const UnknotShape *shape,
                       double             x,
                       double             y)
{
  g_return_val_if_fail (shape != NULL, FALSE);

  if (shape->is_ellipse)
    {
      double dx = (x - shape->cx) / shape->rx, dy = (y - shape->cy) / shape->ry;

      return shape->rx > 0 && shape->ry > 0 && dx * dx + dy * dy <= 1.0;
    }

  return shape->points != NULL && shape->points->len >= 3 && polygon_contains (shape->points, x, y);
}

/**
 * unknot_shape_get_center:
 *
 * The centre of an ellipse, the mean of a polygon's corners.
 */
void
unknot_shape_get_center (const UnknotShape *shape,
                         double            *x,
                         double            *y)
{
  double sx = 0, sy = 0;

  g_return_if_fail (shape != NULL);

  if (shape->is_ellipse || shape->points == NULL || shape->points->len == 0)
    {
      *x = shape->cx;
      *y = shape->cy;
      return;
    }

  for (guint i = 0; i < shape->points->len; i++)
    {
      sx += g_array_index (shape->points, UnknotPoint, i).x;
      sy += g_array_index (shape->points, UnknotPoint, i).y;
    }
  *x = sx / shape->points->len;
  *y = sy / shape->points->len;
}

static void
shape_get_bounds (const UnknotShape *shape,
                  double            *x0,
                  double            *y0,
                  double            *x1,
                  double            *y1)
{
  if (shape->is_ellipse)
    {
      *x0 = shape->cx - shape->rx;
      *x1 = shape->cx + shape->rx;
      *y0 = shape->cy - shape->ry;
      *y1 = shape->cy + shape->ry;
      return;
    }

  *x0 = *y0 = G_MAXDOUBLE;
  *x1 = *y1 = -G_MAXDOUBLE;
  for (guint i = 0; shape->points != NULL && i < shape->points->len; i++)
    {
      const UnknotPoint *p = &g_array_index (shape->points, UnknotPoint, i);

      *x0 = MIN (*x0, p->x);
      *x1 = MAX (*x1, p->x);
      *y0 = MIN (*y0, p->y);
      *y1 = MAX (*y1, p->y);
    }
}

/**
 * unknot_anatomy_hit_trigger_point:
 * @x: (in): on @view, either side of the body
 * @radius: how far from a marker still counts as on it, in grid units
 * @side: (out) (optional): which side's marker it is
 *
 * Returns: (nullable): the trigger point whose marker, on either side, is nearest to
 *   (@x, @y) on @view, within @radius
 */
const UnknotTriggerPoint *
unknot_anatomy_hit_trigger_point (UnknotAnatomy *anatomy,
                                  UnknotView     view,
                                  double         x,
                                  double         y,
                                  double         radius,
                                  UnknotSide    *side)
{
  const UnknotTriggerPoint *nearest = NULL;
  double best = radius * radius;
  double left_x = unknot_view_to_left_side (view, x);

  g_return_val_if_fail (anatomy != NULL, NULL);

  for (guint i = 0; i < anatomy->trigger_points->len; i++)
    {
      const UnknotTriggerPoint *point = g_ptr_array_index (anatomy->trigger_points, i);
      double dx = point->x - left_x, dy = point->y - y;

      if (point->view == view && dx * dx + dy * dy <= best)
        {
          best = dx * dx + dy * dy;
          nearest = point;
        }
    }

  if (side != NULL)
    *side = unknot_view_side_at (view, x);
  return nearest;
}

/**
 * unknot_anatomy_hit_pain_area:
 * @side: (out) (optional): which side of the body it is on
 *
 * Returns: (nullable): the pain area at (@x, @y) on @view, on either side
 */
const UnknotPainArea *
unknot_anatomy_hit_pain_area (UnknotAnatomy *anatomy,
                              UnknotView     view,
                              double         x,
                              double         y,
                              UnknotSide    *side)
{
  double left_x = unknot_view_to_left_side (view, x);

  g_return_val_if_fail (anatomy != NULL, NULL);

  if (side != NULL)
    *side = unknot_view_side_at (view, x);
  for (guint i = 0; i < anatomy->pain_areas->len; i++)
    {
      const UnknotPainArea *area = g_ptr_array_index (anatomy->pain_areas, i);

      if (area->shape.view == view && unknot_shape_contains (&area->shape, left_x, y))
        return area;
    }

  return NULL;
}

/* How strongly @point's zones cover (x, y) on @view: 1 primary, SPILLOVER_WEIGHT
 * spillover, 0 none */
static double
coverage_at (const UnknotTriggerPoint *point,
             UnknotView                view,
             double                    x,
             double                    y,
             gboolean                 *primary)
{
  double best = 0.0;

  for (guint i = 0; i < point->referred_pain->len; i++)
    {
      const UnknotPainZone *zone = g_ptr_array_index (point->referred_pain, i);

      if (zone->shape.view != view || !unknot_shape_contains (&zone->shape, x, y))
        continue;
      if (zone->primary)
        {
          *primary = TRUE;
          return 1.0;
        }
      best = SPILLOVER_WEIGHT;
    }

  return best;
}

static double
distance_to_area (const UnknotTriggerPoint *point,
                  const UnknotShape        *area)
{
  double cx, cy;

  if (point->view != area->view)
    return G_MAXDOUBLE;
  unknot_shape_get_center (area, &cx, &cy);
  return hypot (point->x - cx, point->y - cy);
}

typedef struct
{
  UnknotPointMatch  match;
  double            distance;
  guint             order;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a, *y = b;

  /* primary zones first, then the share covered, then the nearer point, then file order */
  if (x->match.primary != y->match.primary)
    return x->match.primary ? -1 : 1;
  if (fabs (x->match.score - y->match.score) > 1e-9)
    return x->match.score > y->match.score ? -1 : 1;
  if (fabs (x->distance - y->distance) > 1e-9)
    return x->distance < y->distance ? -1 : 1;
  return (x->order > y->order) - (x->order < y->order);
}

static GArray *
sorted_matches (GArray *candidates)
{
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (UnknotPointMatch));

  g_array_sort (candidates, compare_candidates);
  for (guint i = 0; i < candidates->len; i++)
    g_array_append_val (matches, g_array_index (candidates, Candidate, i).match);
  g_array_unref (candidates);

  return matches;
}

/**
 * unknot_anatomy_match_area:
 * @area: a shape on one view, given for the body's left side (as pain areas are)
 *
 * Which trigger points send pain into @area: those whose referred zones cover part of
 * it, points with a primary zone there first, then by how much of the area their zones
 * cover, then the nearer first. Referred pain stays on its own side, so the same holds
 * for the right side.
 *
 * Returns: (transfer full) (element-type UnknotPointMatch): the matches, best first
 */
GArray *
unknot_anatomy_match_area (UnknotAnatomy     *anatomy,
                           const UnknotShape *area)
{
  GArray *candidates;
  double x0, y0, x1, y1;
  guint samples = 0;

  g_return_val_if_fail (anatomy != NULL, NULL);
  g_return_val_if_fail (area != NULL, NULL);

  candidates = g_array_new (FALSE, TRUE, sizeof (Candidate));
  shape_get_bounds (area, &x0, &y0, &x1, &y1);
  for (double y = y0 + SAMPLE_STEP / 2; y < y1; y += SAMPLE_STEP)
    for (double x = x0 + SAMPLE_STEP / 2; x < x1; x += SAMPLE_STEP)
      samples += unknot_shape_contains (area, x, y);

  for (guint i = 0; samples > 0 && i < anatomy->trigger_points->len; i++)
    {
      const UnknotTriggerPoint *point = g_ptr_array_index (anatomy->trigger_points, i);
      Candidate candidate = { { point, 0.0, FALSE }, distance_to_area (point, area), i };
      double covered = 0.0;

      for (double y = y0 + SAMPLE_STEP / 2; y < y1; y += SAMPLE_STEP)
        for (double x = x0 + SAMPLE_STEP / 2; x < x1; x += SAMPLE_STEP)
          if (unknot_shape_contains (area, x, y))
            covered += coverage_at (point, area->view, x, y, &candidate.match.primary);

      candidate.match.score = covered / samples;
      if (candidate.match.score > 0.0)
        g_array_append_val (candidates, candidate);
    }

  return sorted_matches (candidates);
}

/**
 * unknot_anatomy_match_spot:
 * @x: on @view, either side of the body
 *
 * Which trigger points send pain to one spot: those whose zones cover it, primary
 * first, then the nearer.
 *
 * Returns: (transfer full) (element-type UnknotPointMatch): the matches, best first
 */
GArray *
unknot_anatomy_match_spot (UnknotAnatomy *anatomy,
                           UnknotView     view,
                           double         x,
                           double         y)
{
  GArray *candidates;
  double left_x = unknot_view_to_left_side (view, x);

  g_return_val_if_fail (anatomy != NULL, NULL);

  candidates = g_array_new (FALSE, TRUE, sizeof (Candidate));
  for (guint i = 0; i < anatomy->trigger_points->len; i++)
    {
      const UnknotTriggerPoint *point = g_ptr_array_index (anatomy->trigger_points, i);
      Candidate candidate = { { point, 0.0, FALSE }, G_MAXDOUBLE, i };

      candidate.match.score = coverage_at (point, view, left_x, y, &candidate.match.primary);
      if (point->view == view)
        candidate.distance = hypot (point->x - left_x, point->y - y);
      if (candidate.match.score > 0.0)
        g_array_append_val (candidates, candidate);
    }

  return sorted_matches (candidates);
}
