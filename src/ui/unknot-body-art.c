/* unknot-body-art.c: the body maps' artwork, read from a small subset of SVG
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The artwork (resources/anatomy/body-*.svg, and the illustrations in resources/images/)
 * is drawn on the anatomy data's grid and kept to <path> elements with ids and absolute coordinates, so the app can draw each
 * part itself, in the theme's colours, crisp at any size, and mirror the muscles for
 * the right side. What falls outside the subset (a transform, a path that does not
 * parse) is an error, never a picture drawn in the wrong place.
 */

#define G_LOG_DOMAIN "unknot-body-map"

#include "config.h"

#include <string.h>

#include "unknot-body-art.h"

typedef struct
{
  char    *id;     /* the group: "muscle-iliacus" for "muscle-iliacus-2" too */
  GskPath *path;
} Part;

struct _UnknotBodyArt
{
  GObject          parent_instance;

  GArray          *parts;     /* Part, in the file's order */
  graphene_rect_t  view_box;  /* the <svg> element's viewBox; empty when it has none */
  UnknotArtMirror  mirror;    /* how the picture shows the body's other side */
};

G_DEFINE_FINAL_TYPE (UnknotBodyArt, unknot_body_art, G_TYPE_OBJECT)

static void
clear_part (gpointer data)
{
  Part *part = data;

  g_clear_pointer (&part->id, g_free);
  g_clear_pointer (&part->path, gsk_path_unref);
}

/* "bone-pelvis-2" → "bone-pelvis": several paths may make one part */
static char *
group_id (const char *id)
{
  const char *dash = strrchr (id, '-');

  if (dash != NULL && dash[1] != '\0' && strspn (dash + 1, "0123456789") == strlen (dash + 1))
    return g_strndup (id, dash - id);
  return g_strdup (id);
}

/* viewBox="x y width height", the numbers split by spaces or commas */
static void
read_view_box (UnknotBodyArt  *self,
               const char    **attribute_names,
               const char    **attribute_values,
               GError        **error)
{
  const char *text = NULL;
  double numbers[4];
  gboolean parsed = TRUE;

  for (guint i = 0; attribute_names[i] != NULL; i++)
    if (g_str_equal (attribute_names[i], "viewBox"))
      text = attribute_values[i];
  if (text == NULL)
    return;

  for (guint i = 0; parsed && i < G_N_ELEMENTS (numbers); i++)
    {
      char *end;

      while (g_ascii_isspace (*text) || (i > 0 && *text == ','))
        text++;
      numbers[i] = g_ascii_strtod (text, &end);
      parsed = end != text;
      text = end;
    }
  while (g_ascii_isspace (*text))
    text++;

  if (!parsed || *text != '\0' || !(numbers[2] > 0) || !(numbers[3] > 0))
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   "The viewBox is not four numbers with a positive width and height");
      return;
    }

  graphene_rect_init (&self->view_box, numbers[0], numbers[1], numbers[2], numbers[3]);
}

/* data-mirror="horizontal" or "vertical": the picture is drawn for the body's left side,
 * and this flip of it shows the right side */
static void
read_mirror (UnknotBodyArt  *self,
             const char    **attribute_names,
             const char    **attribute_values,
             GError        **error)
{
  for (guint i = 0; attribute_names[i] != NULL; i++)
    {
      if (!g_str_equal (attribute_names[i], "data-mirror"))
        continue;
      if (g_str_equal (attribute_values[i], "horizontal"))
        self->mirror = UNKNOT_ART_MIRROR_HORIZONTAL;
      else if (g_str_equal (attribute_values[i], "vertical"))
        self->mirror = UNKNOT_ART_MIRROR_VERTICAL;
      else
        g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                     "data-mirror is “%s”, not “horizontal” or “vertical”", attribute_values[i]);
    }
}

static void
start_element_cb (GMarkupParseContext  *context,
                  const char           *element_name,
                  const char          **attribute_names,
                  const char          **attribute_values,
                  gpointer              user_data,
                  GError              **error)
{
  UnknotBodyArt *self = user_data;
  const char *id = NULL, *d = NULL;
  GskPath *path;
  Part part;

  for (guint i = 0; attribute_names[i] != NULL; i++)
    {
      if (g_str_equal (attribute_names[i], "transform"))
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                       "<%s> has a transform; the body art uses the grid's coordinates only", element_name);
          return;
        }
      if (g_str_equal (attribute_names[i], "id"))
        id = attribute_values[i];
      else if (g_str_equal (attribute_names[i], "d"))
        d = attribute_values[i];
    }

  if (g_str_equal (element_name, "svg"))
    {
      read_view_box (self, attribute_names, attribute_values, error);
      if (error == NULL || *error == NULL)
        read_mirror (self, attribute_names, attribute_values, error);
      return;
    }

  if (!g_str_equal (element_name, "path"))
    return;

  if (id == NULL || d == NULL)
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_MISSING_ATTRIBUTE,
                   "A <path> of the body art needs an id and a d");
      return;
    }

  path = gsk_path_parse (d);
  if (path == NULL)
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   "The path “%s” does not parse", id);
      return;
    }

  part.id = group_id (id);
  part.path = path;
  g_array_append_val (self->parts, part);
}

static const GMarkupParser parser = { start_element_cb, NULL, NULL, NULL, NULL };

/**
 * unknot_body_art_new_from_data:
 *
 * Returns: (transfer full) (nullable): the artwork of one body map, or %NULL with
 *   @error set when it is not the expected subset of SVG
 */
UnknotBodyArt *
unknot_body_art_new_from_data (const char  *data,
                               gssize       length,
                               GError     **error)
{
  g_autoptr(UnknotBodyArt) self = g_object_new (UNKNOT_TYPE_BODY_ART, NULL);
  g_autoptr(GMarkupParseContext) context = NULL;

  g_return_val_if_fail (data != NULL, NULL);

  context = g_markup_parse_context_new (&parser, G_MARKUP_IGNORE_QUALIFIED, self, NULL);
  if (!g_markup_parse_context_parse (context, data, length, error) ||
      !g_markup_parse_context_end_parse (context, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * unknot_body_art_new_from_resource:
 *
 * Returns: (transfer full) (nullable): the artwork in the GResource at @path
 */
UnknotBodyArt *
unknot_body_art_new_from_resource (const char  *path,
                                   GError     **error)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  gsize length;
  const char *data;

  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  return unknot_body_art_new_from_data (data, length, error);
}

guint
unknot_body_art_get_n_paths (UnknotBodyArt *self)
{
  g_return_val_if_fail (UNKNOT_IS_BODY_ART (self), 0);

  return self->parts->len;
}

/**
 * unknot_body_art_get_id:
 *
 * Returns: the part path @index belongs to, its id without a "-2"-like suffix
 */
const char *
unknot_body_art_get_id (UnknotBodyArt *self,
                        guint          index)
{
  g_return_val_if_fail (UNKNOT_IS_BODY_ART (self), NULL);
  g_return_val_if_fail (index < self->parts->len, NULL);

  return g_array_index (self->parts, Part, index).id;
}

/**
 * unknot_body_art_get_path:
 *
 * Returns: (transfer none): path @index, in grid units
 */
GskPath *
unknot_body_art_get_path (UnknotBodyArt *self,
                          guint          index)
{
  g_return_val_if_fail (UNKNOT_IS_BODY_ART (self), NULL);
  g_return_val_if_fail (index < self->parts->len, NULL);

  return g_array_index (self->parts, Part, index).path;
}

/**
 * unknot_body_art_get_view_box:
 * @view_box: (out): the part of the grid the picture shows
 *
 * Returns: whether the artwork gives a viewBox; if not, @view_box is empty
 */
gboolean
unknot_body_art_get_view_box (UnknotBodyArt   *self,
                              graphene_rect_t *view_box)
{
  g_return_val_if_fail (UNKNOT_IS_BODY_ART (self), FALSE);
  g_return_val_if_fail (view_box != NULL, FALSE);

  *view_box = self->view_box;
  return self->view_box.size.width > 0;
}

/**
 * unknot_body_art_get_mirror:
 *
 * Returns: how the picture is flipped to show the body's right side: none when it is
 *   the same for both sides
 */
UnknotArtMirror
unknot_body_art_get_mirror (UnknotBodyArt *self)
{
  g_return_val_if_fail (UNKNOT_IS_BODY_ART (self), UNKNOT_ART_MIRROR_NONE);

  return self->mirror;
}

/**
 * unknot_body_art_lookup:
 *
 * Returns: (transfer full) (nullable): all the paths of part @id, as one path
 */
GskPath *
unknot_body_art_lookup (UnknotBodyArt *self,
                        const char    *id)
{
  g_autoptr(GskPathBuilder) builder = NULL;
  gboolean found = FALSE;

  g_return_val_if_fail (UNKNOT_IS_BODY_ART (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  builder = gsk_path_builder_new ();
  for (guint i = 0; i < self->parts->len; i++)
    {
      const Part *part = &g_array_index (self->parts, Part, i);

      if (g_str_equal (part->id, id))
        {
          gsk_path_builder_add_path (builder, part->path);
          found = TRUE;
        }
    }

  return found ? gsk_path_builder_to_path (builder) : NULL;
}

static void
unknot_body_art_finalize (GObject *object)
{
  UnknotBodyArt *self = UNKNOT_BODY_ART (object);

  g_clear_pointer (&self->parts, g_array_unref);

  G_OBJECT_CLASS (unknot_body_art_parent_class)->finalize (object);
}

static void
unknot_body_art_class_init (UnknotBodyArtClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = unknot_body_art_finalize;
}

static void
unknot_body_art_init (UnknotBodyArt *self)
{
  self->parts = g_array_new (FALSE, TRUE, sizeof (Part));
  g_array_set_clear_func (self->parts, clear_part);
}
