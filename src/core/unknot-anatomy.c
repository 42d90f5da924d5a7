/* unknot-anatomy.c: the anatomy data and its loader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * docs/anatomy-format.md describes the file. Like routine files, anatomy files may come
 * from outside, so the same checks apply (UnknotChecker), plus the cross-references
 * within the file: muscles named by trigger points and as associated muscles exist,
 * ids are unique, shapes stay on the diagrams' grid.
 */

#define G_LOG_DOMAIN "unknot-anatomy"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "unknot-anatomy.h"
#include "unknot-content-private.h"
#include "unknot-json-checker.h"

#define BUNDLED_ANATOMY_RESOURCE RESOURCE_BASE_PATH "/anatomy/anatomy.json"
#define MAX_POLYGON_POINTS 64

const char * const unknot_view_names[] = { "front", "back", NULL };
static const char * const zone_intensity_names[] = { "spillover", "primary", NULL };
static const char * const advice_topic_names[] = {
  "sitting", "sleeping", "exercise", "stretching", "daily-life", NULL
};

G_DEFINE_BOXED_TYPE (UnknotAnatomy, unknot_anatomy, unknot_anatomy_ref, unknot_anatomy_unref)

static void
shape_clear (UnknotShape *shape)
{
  g_clear_pointer (&shape->points, g_array_unref);
}

static void
muscle_free (UnknotMuscle *muscle)
{
  g_free (muscle->id);
  g_free (muscle->name);
  g_free (muscle->latin);
  g_free (muscle->summary);
  g_free (muscle->origin);
  g_free (muscle->insertion);
  g_free (muscle->action);
  g_free (muscle->innervation);
  g_free (muscle->note);
  g_strfreev (muscle->symptoms);
  g_strfreev (muscle->perpetuating_factors);
  g_strfreev (muscle->differential_diagnoses);
  g_strfreev (muscle->self_care);
  g_strfreev (muscle->associated_muscles);
  g_free (muscle);
}

static void
pain_zone_free (UnknotPainZone *zone)
{
  shape_clear (&zone->shape);
  g_free (zone);
}

static void
trigger_point_free (UnknotTriggerPoint *point)
{
  g_free (point->id);
  g_free (point->name);
  g_free (point->muscle);
  g_free (point->summary);
  g_strfreev (point->landmarks);
  g_free (point->how_to_find);
  g_strfreev (point->signs);
  g_strfreev (point->cautions);
  g_ptr_array_unref (point->referred_pain);
  g_free (point->release_routine);
  g_free (point);
}

static void
pain_area_free (UnknotPainArea *area)
{
  g_free (area->id);
  g_free (area->name);
  shape_clear (&area->shape);
  g_free (area);
}

static void
advice_free (UnknotAdvice *advice)
{
  g_free (advice->id);
  g_free (advice->title);
  g_free (advice->text);
  g_strfreev (advice->topics);
  g_ptr_array_unref (advice->sources);
  g_free (advice);
}

static UnknotAnatomy *
unknot_anatomy_new (void)
{
  UnknotAnatomy *anatomy = g_new0 (UnknotAnatomy, 1);

  g_atomic_ref_count_init (&anatomy->ref_count);
  anatomy->muscles = g_ptr_array_new_with_free_func ((GDestroyNotify) muscle_free);
  anatomy->trigger_points = g_ptr_array_new_with_free_func ((GDestroyNotify) trigger_point_free);
  anatomy->pain_areas = g_ptr_array_new_with_free_func ((GDestroyNotify) pain_area_free);
  anatomy->advice = g_ptr_array_new_with_free_func ((GDestroyNotify) advice_free);
  anatomy->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_source_free);
  anatomy->muscles_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  anatomy->trigger_points_by_id = g_hash_table_new (g_str_hash, g_str_equal);

  return anatomy;
}

UnknotAnatomy *
unknot_anatomy_ref (UnknotAnatomy *anatomy)
{
  g_return_val_if_fail (anatomy != NULL, NULL);

  g_atomic_ref_count_inc (&anatomy->ref_count);
  return anatomy;
}

void
unknot_anatomy_unref (UnknotAnatomy *anatomy)
{
  g_return_if_fail (anatomy != NULL);

  if (!g_atomic_ref_count_dec (&anatomy->ref_count))
    return;

  g_hash_table_unref (anatomy->muscles_by_id);
  g_hash_table_unref (anatomy->trigger_points_by_id);
  g_ptr_array_unref (anatomy->muscles);
  g_ptr_array_unref (anatomy->trigger_points);
  g_ptr_array_unref (anatomy->pain_areas);
  g_ptr_array_unref (anatomy->advice);
  g_ptr_array_unref (anatomy->sources);
  g_free (anatomy);
}

const UnknotMuscle *
unknot_anatomy_lookup_muscle (UnknotAnatomy *anatomy,
                              const char    *id)
{
  g_return_val_if_fail (anatomy != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (anatomy->muscles_by_id, id);
}

const UnknotTriggerPoint *
unknot_anatomy_lookup_trigger_point (UnknotAnatomy *anatomy,
                                     const char    *id)
{
  g_return_val_if_fail (anatomy != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (anatomy->trigger_points_by_id, id);
}

static gboolean
get_grid_point (UnknotChecker *c,
                JsonNode      *node,
                const char    *path,
                UnknotPoint   *point)
{
  JsonArray *pair;
  double values[2];

  if (JSON_NODE_TYPE (node) != JSON_NODE_ARRAY || json_array_get_length (json_node_get_array (node)) != 2)
    {
      unknot_checker_report (c, path, _("A point must be a list of two numbers, [x, y]"));
      return FALSE;
    }

  pair = json_node_get_array (node);
  for (guint i = 0; i < 2; i++)
    {
      JsonNode *value = json_array_get_element (pair, i);
      double limit = i == 0 ? UNKNOT_DIAGRAM_WIDTH : UNKNOT_DIAGRAM_HEIGHT;

      if (JSON_NODE_TYPE (value) != JSON_NODE_VALUE ||
          (json_node_get_value_type (value) != G_TYPE_INT64 && json_node_get_value_type (value) != G_TYPE_DOUBLE))
        {
          unknot_checker_report (c, path, _("A point must be a list of two numbers, [x, y]"));
          return FALSE;
        }
      values[i] = json_node_get_double (value);
      if (!(values[i] >= 0 && values[i] <= limit))
        {
          unknot_checker_report (c, path, _("The point (%g, %g) lies off the %g × %g diagram"),
                                 json_array_get_double_element (pair, 0), json_array_get_double_element (pair, 1),
                                 UNKNOT_DIAGRAM_WIDTH, UNKNOT_DIAGRAM_HEIGHT);
          return FALSE;
        }
    }

  point->x = values[0];
  point->y = values[1];
  return TRUE;
}

/* A shape is { "view": …, "shape": { "ellipse": [cx, cy, rx, ry] } or { "polygon": [[x, y]…] } } */
static gboolean
parse_shape (UnknotChecker *c,
             JsonObject    *object,
             const char    *path,
             UnknotShape   *shape)
{
  static const char * const shape_members[] = { "ellipse", "polygon", NULL };
  g_autofree char *shape_path = unknot_checker_child_path (path, "shape");
  JsonObject *shape_object;
  guint before = c->problems->len;
  int view;

  view = unknot_checker_get_choice (c, object, path, "view", TRUE, unknot_view_names, -1);
  shape->view = view >= 0 ? (UnknotView) view : UNKNOT_VIEW_FRONT;

  shape_object = unknot_checker_get_object (c, object, path, "shape", TRUE);
  if (shape_object == NULL)
    return FALSE;
  unknot_checker_check_members (c, shape_object, shape_path, shape_members);

  if (json_object_has_member (shape_object, "ellipse") == json_object_has_member (shape_object, "polygon"))
    {
      unknot_checker_report (c, shape_path, _("A shape is either an “ellipse” or a “polygon”"));
      return FALSE;
    }

  if (json_object_has_member (shape_object, "ellipse"))
    {
      g_autofree char *ellipse_path = unknot_checker_child_path (shape_path, "ellipse");
      JsonArray *ellipse = unknot_checker_get_array (c, shape_object, shape_path, "ellipse", TRUE);
      double values[4];

      if (ellipse == NULL)
        return FALSE;
      if (json_array_get_length (ellipse) != 4)
        {
          unknot_checker_report (c, ellipse_path, _("An ellipse is [cx, cy, rx, ry]"));
          return FALSE;
        }
      for (guint i = 0; i < 4; i++)
        {
          JsonNode *value = json_array_get_element (ellipse, i);

          if (JSON_NODE_TYPE (value) != JSON_NODE_VALUE ||
              (json_node_get_value_type (value) != G_TYPE_INT64 && json_node_get_value_type (value) != G_TYPE_DOUBLE))
            {
              unknot_checker_report (c, ellipse_path, _("An ellipse is [cx, cy, rx, ry], four numbers"));
              return FALSE;
            }
          values[i] = json_node_get_double (value);
        }
      shape->is_ellipse = TRUE;
      shape->cx = values[0];
      shape->cy = values[1];
      shape->rx = values[2];
      shape->ry = values[3];
      if (!(shape->rx > 0 && shape->ry > 0) ||
          shape->cx - shape->rx < 0 || shape->cx + shape->rx > UNKNOT_DIAGRAM_WIDTH ||
          shape->cy - shape->ry < 0 || shape->cy + shape->ry > UNKNOT_DIAGRAM_HEIGHT)
        unknot_checker_report (c, ellipse_path, _("The ellipse must have positive radii and lie on the %g × %g diagram"),
                               UNKNOT_DIAGRAM_WIDTH, UNKNOT_DIAGRAM_HEIGHT);
    }
  else
    {
      g_autofree char *polygon_path = unknot_checker_child_path (shape_path, "polygon");
      JsonArray *polygon = unknot_checker_get_array (c, shape_object, shape_path, "polygon", TRUE);
      guint n_points;

      if (polygon == NULL)
        return FALSE;
      n_points = json_array_get_length (polygon);
      if (n_points < 3 || n_points > MAX_POLYGON_POINTS)
        {
          unknot_checker_report (c, polygon_path, _("A polygon has 3 to %d points, not %u"), MAX_POLYGON_POINTS, n_points);
          return FALSE;
        }
      shape->points = g_array_sized_new (FALSE, FALSE, sizeof (UnknotPoint), n_points);
      for (guint i = 0; i < n_points; i++)
        {
          g_autofree char *point_path = unknot_checker_index_path (polygon_path, i);
          UnknotPoint point;

          if (get_grid_point (c, json_array_get_element (polygon, i), point_path, &point))
            g_array_append_val (shape->points, point);
        }
    }

  return c->problems->len == before;
}

static gboolean
parse_muscle (UnknotChecker *c,
              JsonObject    *object,
              const char    *path,
              gpointer       user_data)
{
  static const char * const known[] = {
    "id", "name", "latin", "summary", "origin", "insertion", "action", "innervation", "symptoms",
    "perpetuating_factors", "differential_diagnoses", "self_care", "associated_muscles", "note", "main", NULL
  };
  UnknotAnatomy *anatomy = user_data;
  UnknotMuscle *muscle = g_new0 (UnknotMuscle, 1);

  unknot_checker_check_members (c, object, path, known);
  muscle->id = g_strdup (unknot_checker_get_id (c, object, path, "id", TRUE));
  muscle->name = g_strdup (unknot_checker_get_words (c, object, path, "name", TRUE));
  if (json_object_has_member (object, "latin"))
    muscle->latin = g_strdup (unknot_checker_get_words (c, object, path, "latin", FALSE));
  muscle->summary = g_strdup (unknot_checker_get_words (c, object, path, "summary", TRUE));
  muscle->origin = g_strdup (unknot_checker_get_words (c, object, path, "origin", TRUE));
  muscle->insertion = g_strdup (unknot_checker_get_words (c, object, path, "insertion", TRUE));
  muscle->action = g_strdup (unknot_checker_get_words (c, object, path, "action", TRUE));
  muscle->innervation = g_strdup (unknot_checker_get_words (c, object, path, "innervation", TRUE));
  if (json_object_has_member (object, "note"))
    muscle->note = g_strdup (unknot_checker_get_words (c, object, path, "note", FALSE));
  muscle->symptoms = unknot_checker_get_words_list (c, object, path, "symptoms", TRUE, 0);
  muscle->perpetuating_factors = unknot_checker_get_words_list (c, object, path, "perpetuating_factors", TRUE, 0);
  muscle->differential_diagnoses = unknot_checker_get_words_list (c, object, path, "differential_diagnoses", TRUE, 0);
  muscle->self_care = unknot_checker_get_words_list (c, object, path, "self_care", TRUE, 0);
  muscle->associated_muscles = unknot_checker_get_text_list (c, object, path, "associated_muscles", TRUE, 0, TRUE, NULL);
  unknot_checker_get_boolean (c, object, path, "main", &muscle->main);

  g_ptr_array_add (anatomy->muscles, muscle);
  if (muscle->id != NULL && !g_hash_table_insert (anatomy->muscles_by_id, muscle->id, muscle))
    {
      g_autofree char *id_path = unknot_checker_child_path (path, "id");
      unknot_checker_report (c, id_path, _("Another muscle already has the id “%s”"), muscle->id);
    }

  return TRUE;
}

static gboolean
parse_pain_zone (UnknotChecker *c,
                 JsonObject    *object,
                 const char    *path,
                 gpointer       user_data)
{
  static const char * const known[] = { "view", "shape", "intensity", NULL };
  UnknotTriggerPoint *point = user_data;
  UnknotPainZone *zone = g_new0 (UnknotPainZone, 1);

  unknot_checker_check_members (c, object, path, known);
  parse_shape (c, object, path, &zone->shape);
  zone->primary = unknot_checker_get_choice (c, object, path, "intensity", TRUE, zone_intensity_names, -1) == 1;
  g_ptr_array_add (point->referred_pain, zone);

  return TRUE;
}

static gboolean
parse_trigger_point (UnknotChecker *c,
                     JsonObject    *object,
                     const char    *path,
                     gpointer       user_data)
{
  static const char * const known[] = {
    "id", "name", "muscle", "summary", "landmarks", "how_to_find", "signs", "cautions", "location",
    "referred_pain", "release_routine", NULL
  };
  static const char * const location_members[] = { "view", "x", "y", NULL };
  g_autofree char *location_path = unknot_checker_child_path (path, "location");
  g_autofree char *zones_path = unknot_checker_child_path (path, "referred_pain");
  UnknotAnatomy *anatomy = user_data;
  UnknotTriggerPoint *point = g_new0 (UnknotTriggerPoint, 1);
  JsonObject *location;
  gboolean has_primary = FALSE;

  point->referred_pain = g_ptr_array_new_with_free_func ((GDestroyNotify) pain_zone_free);
  unknot_checker_check_members (c, object, path, known);
  point->id = g_strdup (unknot_checker_get_id (c, object, path, "id", TRUE));
  point->name = g_strdup (unknot_checker_get_words (c, object, path, "name", TRUE));
  point->muscle = g_strdup (unknot_checker_get_id (c, object, path, "muscle", TRUE));
  point->summary = g_strdup (unknot_checker_get_words (c, object, path, "summary", TRUE));
  point->landmarks = unknot_checker_get_words_list (c, object, path, "landmarks", TRUE, 1);
  point->how_to_find = g_strdup (unknot_checker_get_words (c, object, path, "how_to_find", TRUE));
  point->signs = unknot_checker_get_words_list (c, object, path, "signs", TRUE, 1);
  point->cautions = unknot_checker_get_words_list (c, object, path, "cautions", TRUE, 0);
  point->release_routine = g_strdup (unknot_checker_get_id (c, object, path, "release_routine", TRUE));

  location = unknot_checker_get_object (c, object, path, "location", TRUE);
  if (location != NULL)
    {
      int view;

      unknot_checker_check_members (c, location, location_path, location_members);
      view = unknot_checker_get_choice (c, location, location_path, "view", TRUE, unknot_view_names, -1);
      point->view = view >= 0 ? (UnknotView) view : UNKNOT_VIEW_FRONT;
      unknot_checker_get_number (c, location, location_path, "x", 0, UNKNOT_DIAGRAM_WIDTH, &point->x);
      unknot_checker_get_number (c, location, location_path, "y", 0, UNKNOT_DIAGRAM_HEIGHT, &point->y);
    }

  unknot_checker_for_each_object (c, unknot_checker_get_array (c, object, path, "referred_pain", TRUE), zones_path,
                   parse_pain_zone, point);
  for (guint i = 0; i < point->referred_pain->len; i++)
    has_primary |= ((UnknotPainZone *) g_ptr_array_index (point->referred_pain, i))->primary;
  if (!has_primary && json_object_has_member (object, "referred_pain"))
    unknot_checker_report (c, zones_path, _("A trigger point needs at least one primary zone of referred pain"));

  g_ptr_array_add (anatomy->trigger_points, point);
  if (point->id != NULL && !g_hash_table_insert (anatomy->trigger_points_by_id, point->id, point))
    {
      g_autofree char *id_path = unknot_checker_child_path (path, "id");
      unknot_checker_report (c, id_path, _("Another trigger point already has the id “%s”"), point->id);
    }

  return TRUE;
}

static gboolean
parse_pain_area (UnknotChecker *c,
                 JsonObject    *object,
                 const char    *path,
                 gpointer       user_data)
{
  static const char * const known[] = { "id", "name", "view", "shape", NULL };
  UnknotAnatomy *anatomy = user_data;
  UnknotPainArea *area = g_new0 (UnknotPainArea, 1);

  unknot_checker_check_members (c, object, path, known);
  area->id = g_strdup (unknot_checker_get_id (c, object, path, "id", TRUE));
  area->name = g_strdup (unknot_checker_get_words (c, object, path, "name", TRUE));
  parse_shape (c, object, path, &area->shape);
  g_ptr_array_add (anatomy->pain_areas, area);

  return TRUE;
}

static gboolean
parse_advice (UnknotChecker *c,
              JsonObject    *object,
              const char    *path,
              gpointer       user_data)
{
  static const char * const known[] = { "id", "title", "text", "topics", "sources", NULL };
  UnknotAnatomy *anatomy = user_data;
  UnknotAdvice *advice = g_new0 (UnknotAdvice, 1);

  advice->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_source_free);
  unknot_checker_check_members (c, object, path, known);
  advice->id = g_strdup (unknot_checker_get_id (c, object, path, "id", TRUE));
  advice->title = g_strdup (unknot_checker_get_words (c, object, path, "title", TRUE));
  advice->text = g_strdup (unknot_checker_get_words (c, object, path, "text", TRUE));
  advice->topics = unknot_checker_get_text_list (c, object, path, "topics", TRUE, 1, FALSE, advice_topic_names);
  unknot_checker_parse_sources (c, object, path, advice->sources);
  g_ptr_array_add (anatomy->advice, advice);

  return TRUE;
}

/* References between the file's own parts, once every muscle is known */
static void
check_muscle_references (UnknotChecker *c,
                         UnknotAnatomy *anatomy)
{
  for (guint i = 0; i < anatomy->muscles->len; i++)
    {
      UnknotMuscle *muscle = g_ptr_array_index (anatomy->muscles, i);

      for (guint j = 0; muscle->associated_muscles != NULL && muscle->associated_muscles[j] != NULL; j++)
        {
          if (!g_hash_table_contains (anatomy->muscles_by_id, muscle->associated_muscles[j]))
            {
              g_autofree char *path = g_strdup_printf ("$.muscles[%u].associated_muscles[%u]", i, j);
              unknot_checker_report (c, path, _("There is no muscle “%s” in this file"), muscle->associated_muscles[j]);
            }
        }
    }

  for (guint i = 0; i < anatomy->trigger_points->len; i++)
    {
      UnknotTriggerPoint *point = g_ptr_array_index (anatomy->trigger_points, i);

      if (point->muscle != NULL && !g_hash_table_contains (anatomy->muscles_by_id, point->muscle))
        {
          g_autofree char *path = g_strdup_printf ("$.trigger_points[%u].muscle", i);
          unknot_checker_report (c, path, _("There is no muscle “%s” in this file"), point->muscle);
        }
    }
}

/**
 * unknot_anatomy_load_from_data:
 * @problems: (element-type UnknotProblem): every problem found is appended here
 *
 * Returns: (transfer full) (nullable): the anatomy, or %NULL when there was any problem
 */
UnknotAnatomy *
unknot_anatomy_load_from_data (const char *data,
                               gsize       length,
                               const char *file_name,
                               GPtrArray  *problems)
{
  return unknot_anatomy_load_with_options (data, length, file_name, NULL, problems);
}

UnknotAnatomy *
unknot_anatomy_load_with_options (const char              *data,
                                  gsize                    length,
                                  const char              *file_name,
                                  const UnknotLoadOptions *options,
                                  GPtrArray               *problems)
{
  static const char * const known[] = { "format", "muscles", "trigger_points", "pain_areas", "advice", "sources", NULL };
  g_autoptr (UnknotAnatomy) anatomy = NULL;
  g_autoptr (JsonNode) root_node = NULL;
  UnknotChecker c;
  JsonObject *root;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  root_node = unknot_checker_begin (&c, file_name, data, length, options, problems, known);
  if (root_node == NULL)
    return NULL;
  root = json_node_get_object (root_node);

  anatomy = unknot_anatomy_new ();
  unknot_checker_for_each_object (&c, unknot_checker_get_array (&c, root, "$", "muscles", TRUE), "$.muscles", parse_muscle, anatomy);
  unknot_checker_for_each_object (&c, unknot_checker_get_array (&c, root, "$", "trigger_points", TRUE), "$.trigger_points",
                   parse_trigger_point, anatomy);
  unknot_checker_for_each_object (&c, unknot_checker_get_array (&c, root, "$", "pain_areas", TRUE), "$.pain_areas",
                   parse_pain_area, anatomy);
  unknot_checker_for_each_object (&c, unknot_checker_get_array (&c, root, "$", "advice", TRUE), "$.advice", parse_advice, anatomy);
  unknot_checker_parse_sources (&c, root, "$", anatomy->sources);
  check_muscle_references (&c, anatomy);

  unknot_checker_clear (&c);
  if (unknot_checker_has_new_problems (&c))
    return NULL;

  return g_steal_pointer (&anatomy);
}

/**
 * unknot_anatomy_load_bundled:
 *
 * Returns: (transfer full) (nullable): the anatomy shipped in the resources
 */
UnknotAnatomy *
unknot_anatomy_load_bundled (GPtrArray *problems)
{
  g_autoptr (GBytes) bytes = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (problems != NULL, NULL);

  bytes = unknot_content_lookup_bundled (BUNDLED_ANATOMY_RESOURCE, problems);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  return unknot_anatomy_load_with_options (data, length, "resource://" BUNDLED_ANATOMY_RESOURCE,
                                           &unknot_bundled_options, problems);
}

/**
 * unknot_routine_check_anatomy:
 * @routine: a routine that loaded from @data without problems
 * @data: the routine file's text, for the positions of the problems
 *
 * Checks that the muscles and trigger points the routine names exist in @anatomy.
 */
void
unknot_routine_check_anatomy (UnknotRoutine *routine,
                              UnknotAnatomy *anatomy,
                              const char    *data,
                              gsize          length,
                              const char    *file_name,
                              GPtrArray     *problems)
{
  UnknotChecker c;

  g_return_if_fail (routine != NULL);
  g_return_if_fail (anatomy != NULL);
  g_return_if_fail (problems != NULL);

  unknot_checker_init (&c, file_name, data, length, problems);

  for (guint i = 0; routine->target_muscles != NULL && routine->target_muscles[i] != NULL; i++)
    {
      if (!g_hash_table_contains (anatomy->muscles_by_id, routine->target_muscles[i]))
        {
          g_autofree char *path = g_strdup_printf ("$.targets.muscles[%u]", i);
          unknot_checker_report (&c, path, _("There is no muscle “%s” in the anatomy data"), routine->target_muscles[i]);
        }
    }
  for (guint i = 0; routine->target_trigger_points != NULL && routine->target_trigger_points[i] != NULL; i++)
    {
      if (!g_hash_table_contains (anatomy->trigger_points_by_id, routine->target_trigger_points[i]))
        {
          g_autofree char *path = g_strdup_printf ("$.targets.trigger_points[%u]", i);
          unknot_checker_report (&c, path, _("There is no trigger point “%s” in the anatomy data"),
                                 routine->target_trigger_points[i]);
        }
    }
  for (guint i = 0; i < routine->steps->len; i++)
    {
      UnknotStep *step = g_ptr_array_index (routine->steps, i);

      if (step->trigger_point != NULL && !g_hash_table_contains (anatomy->trigger_points_by_id, step->trigger_point))
        {
          g_autofree char *path = g_strdup_printf ("$.steps[%u].trigger_point", i);
          unknot_checker_report (&c, path, _("There is no trigger point “%s” in the anatomy data"), step->trigger_point);
        }
    }

  unknot_checker_clear (&c);
}
