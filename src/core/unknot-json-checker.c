/* unknot-json-checker.c: what the content loaders share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nothing in a content file is trusted: the size, the encoding and the nesting depth are
 * checked before json-glib's recursive parser sees the text; the getters check each
 * value's type and range. Every problem is kept, with its position.
 */

#define G_LOG_DOMAIN "unknot-json-checker"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdarg.h>
#include <string.h>

#include "unknot-json-checker.h"

void
unknot_checker_init (UnknotChecker *c,
                     const char    *file,
                     const char    *data,
                     gsize          length,
                     GPtrArray     *problems)
{
  c->options = NULL;
  c->file = file;
  c->data = data;
  c->length = length;
  c->scan = NULL;
  c->max_length = UNKNOT_CONTENT_MAX_FILE_SIZE;
  c->problems = problems;
  c->n_problems_before = problems->len;
}



void
unknot_checker_report (UnknotChecker *c,
                       const char    *path,
                       const char    *format,
                       ...)
{
  UnknotJsonPosition position = { 0, 0 };
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (path != NULL)
    {
      if (c->scan == NULL)
        c->scan = unknot_json_scan_new (c->data, c->length);
      unknot_json_scan_lookup (c->scan, path, &position);
    }

  g_ptr_array_add (c->problems, unknot_problem_new (c->file, position.line, position.column, path, message));
}

void
unknot_checker_report_at (UnknotChecker            *c,
                          const UnknotJsonPosition *position,
                          const char               *message)
{
  g_ptr_array_add (c->problems, unknot_problem_new (c->file, position->line, position->column, NULL, message));
}

gboolean
unknot_checker_has_new_problems (UnknotChecker *c)
{
  return c->problems->len > c->n_problems_before;
}

char *
unknot_checker_child_path (const char *parent,
                           const char *name)
{
  GString *path = g_string_new (parent);

  unknot_json_path_append_member (path, name);
  return g_string_free (path, FALSE);
}

char *
unknot_checker_index_path (const char *parent,
                           guint       index)
{
  GString *path = g_string_new (parent);

  unknot_json_path_append_index (path, index);
  return g_string_free (path, FALSE);
}

const char *
unknot_json_describe_node (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT: return _("an object");
    case JSON_NODE_ARRAY: return _("a list");
    case JSON_NODE_NULL: return _("null");
    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING: return _("a text");
        case G_TYPE_BOOLEAN: return _("true or false");
        case G_TYPE_DOUBLE: return _("a number with a fraction");
        case G_TYPE_INT64:
        default: return _("a whole number");
        }
    }
}

/* Reports members of @object that the format does not define. */
void
unknot_checker_check_members (UnknotChecker      *c,
                              JsonObject         *object,
                              const char         *path,
                              const char * const *known)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      if (!g_strv_contains (known, name))
        {
          g_autofree char *member_path = unknot_checker_child_path (path, name);
          unknot_checker_report (c, member_path, _("“%s” is not a field of this object; check its spelling"), name);
        }
    }
}

static JsonNode *
get_member (UnknotChecker *c,
            JsonObject    *object,
            const char    *path,
            const char    *name,
            gboolean       required)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL && required)
    unknot_checker_report (c, path, _("The field “%s” is missing"), name);

  return node;
}

/* Reads a JSON array's elements as objects, reporting those that are not. @array may be
 * %NULL (a missing member, already reported). */
void
unknot_checker_for_each_object (UnknotChecker            *c,
                                JsonArray                *array,
                                const char               *path,
                                UnknotCheckerElementFunc  func,
                                gpointer                  user_data)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *element_path = unknot_checker_index_path (path, i);
      JsonNode *node = json_array_get_element (array, i);

      if (JSON_NODE_TYPE (node) != JSON_NODE_OBJECT)
        unknot_checker_report (c, element_path, _("Must be an object, not %s"), unknot_json_describe_node (node));
      else
        func (c, json_node_get_object (node), element_path, user_data);
    }
}

gboolean
unknot_checker_check_text (UnknotChecker *c,
                           JsonNode      *node,
                           const char    *path)
{
  const char *text;

  if (JSON_NODE_TYPE (node) != JSON_NODE_VALUE || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      unknot_checker_report (c, path, _("Must be a text, not %s"), unknot_json_describe_node (node));
      return FALSE;
    }

  text = json_node_get_string (node);
  if (g_utf8_strlen (text, -1) > UNKNOT_CONTENT_MAX_STRING)
    {
      unknot_checker_report (c, path, _("The text is longer than %d characters"), UNKNOT_CONTENT_MAX_STRING);
      return FALSE;
    }

  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_isspace (*p))
        return TRUE;
    }

  unknot_checker_report (c, path, _("The text is empty"));
  return FALSE;
}

const char *
unknot_checker_get_text (UnknotChecker *c,
                         JsonObject    *object,
                         const char    *path,
                         const char    *name,
                         gboolean       required)
{
  g_autofree char *member_path = unknot_checker_child_path (path, name);
  JsonNode *node = get_member (c, object, path, name, required);

  if (node == NULL || !unknot_checker_check_text (c, node, member_path))
    return NULL;

  return json_node_get_string (node);
}

gboolean
unknot_checker_get_uint (UnknotChecker *c,
                         JsonObject    *object,
                         const char    *path,
                         const char    *name,
                         gboolean       required,
                         gint64         min,
                         gint64         max,
                         guint         *value)
{
  g_autofree char *member_path = unknot_checker_child_path (path, name);
  JsonNode *node = get_member (c, object, path, name, required);
  gint64 number;

  if (node == NULL)
    return FALSE;

  if (JSON_NODE_TYPE (node) != JSON_NODE_VALUE || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      unknot_checker_report (c, member_path, _("Must be a whole number, not %s"), unknot_json_describe_node (node));
      return FALSE;
    }

  number = json_node_get_int (node);
  if (number < min || number > max)
    {
      g_autofree char *given = g_strdup_printf ("%" G_GINT64_FORMAT, number);
      g_autofree char *lowest = g_strdup_printf ("%" G_GINT64_FORMAT, min);
      g_autofree char *highest = g_strdup_printf ("%" G_GINT64_FORMAT, max);

      /* Translators: a number in a file, and the range it must be in */
      unknot_checker_report (c, member_path, _("%s is out of range: it must be from %s to %s"),
                             given, lowest, highest);
      return FALSE;
    }

  *value = (guint) number;
  return TRUE;
}

gboolean
unknot_checker_get_number (UnknotChecker *c,
                           JsonObject    *object,
                           const char    *path,
                           const char    *name,
                           double         min,
                           double         max,
                           double        *value)
{
  g_autofree char *member_path = unknot_checker_child_path (path, name);
  JsonNode *node = get_member (c, object, path, name, TRUE);
  double number;

  if (node == NULL)
    return FALSE;

  if (JSON_NODE_TYPE (node) != JSON_NODE_VALUE ||
      (json_node_get_value_type (node) != G_TYPE_INT64 && json_node_get_value_type (node) != G_TYPE_DOUBLE))
    {
      unknot_checker_report (c, member_path, _("Must be a number, not %s"), unknot_json_describe_node (node));
      return FALSE;
    }

  number = json_node_get_double (node);
  if (!(number >= min && number <= max))
    {
      unknot_checker_report (c, member_path, _("%g is out of range: it must be from %g to %g"), number, min, max);
      return FALSE;
    }

  *value = number;
  return TRUE;
}

gboolean
unknot_checker_get_boolean (UnknotChecker *c,
                            JsonObject    *object,
                            const char    *path,
                            const char    *name,
                            gboolean      *value)
{
  g_autofree char *member_path = unknot_checker_child_path (path, name);
  JsonNode *node = get_member (c, object, path, name, FALSE);

  if (node == NULL)
    return FALSE;

  if (JSON_NODE_TYPE (node) != JSON_NODE_VALUE || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      unknot_checker_report (c, member_path, _("Must be true or false, not %s"), unknot_json_describe_node (node));
      return FALSE;
    }

  *value = json_node_get_boolean (node);
  return TRUE;
}

/* A text that must be one of @names; returns its index, @fallback when absent, or -1. */
int
unknot_checker_get_choice (UnknotChecker      *c,
                           JsonObject         *object,
                           const char         *path,
                           const char         *name,
                           gboolean            required,
                           const char * const *names,
                           int                 fallback)
{
  g_autofree char *member_path = unknot_checker_child_path (path, name);
  g_autofree char *choices = NULL;
  JsonNode *node = get_member (c, object, path, name, required);
  int index;

  if (node == NULL)
    return required ? -1 : fallback;
  if (!unknot_checker_check_text (c, node, member_path))
    return -1;

  index = unknot_enum_from_name (names, json_node_get_string (node));
  if (index >= 0)
    return index;

  choices = g_strjoinv (", ", (char **) names);
  unknot_checker_report (c, member_path, _("“%s” is not one of: %s"), json_node_get_string (node), choices);
  return -1;
}

/* A member that must be an object or a list */
static JsonNode *
get_container (UnknotChecker *c,
               JsonObject    *object,
               const char    *path,
               const char    *name,
               gboolean       required,
               JsonNodeType   type)
{
  g_autofree char *member_path = unknot_checker_child_path (path, name);
  JsonNode *node = get_member (c, object, path, name, required);

  if (node == NULL || JSON_NODE_TYPE (node) == type)
    return node;

  unknot_checker_report (c, member_path, type == JSON_NODE_OBJECT ? _("Must be an object, not %s") : _("Must be a list, not %s"),
          unknot_json_describe_node (node));
  return NULL;
}

JsonObject *
unknot_checker_get_object (UnknotChecker *c,
                           JsonObject    *object,
                           const char    *path,
                           const char    *name,
                           gboolean       required)
{
  JsonNode *node = get_container (c, object, path, name, required, JSON_NODE_OBJECT);

  return node != NULL ? json_node_get_object (node) : NULL;
}

JsonArray *
unknot_checker_get_array (UnknotChecker *c,
                          JsonObject    *object,
                          const char    *path,
                          const char    *name,
                          gboolean       required)
{
  JsonNode *node = get_container (c, object, path, name, required, JSON_NODE_ARRAY);

  return node != NULL ? json_node_get_array (node) : NULL;
}

gboolean
unknot_id_is_valid (const char *id)
{
  gsize length = strlen (id);

  if (length < 3 || length > 64 || !g_ascii_islower (id[0]))
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

const char *
unknot_checker_get_id (UnknotChecker *c,
                       JsonObject    *object,
                       const char    *path,
                       const char    *name,
                       gboolean       required)
{
  const char *id = unknot_checker_get_text (c, object, path, name, required);

  if (id != NULL && !unknot_id_is_valid (id))
    {
      g_autofree char *member_path = unknot_checker_child_path (path, name);
      unknot_checker_report (c, member_path, _("“%s” is not a valid id: use 3 to 64 lower-case letters, digits and “-”, "
                                "starting with a letter"), id);
      return NULL;
    }

  return id;
}

/* A list of texts; with @ids each must be a valid id, with @allowed one of those. */
GStrv
unknot_checker_get_text_list (UnknotChecker      *c,
                              JsonObject         *object,
                              const char         *path,
                              const char         *name,
                              gboolean            required,
                              guint               min_length,
                              gboolean            ids,
                              const char * const *allowed)
{
  g_autofree char *member_path = unknot_checker_child_path (path, name);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array = unknot_checker_get_array (c, object, path, name, required);
  guint length;

  if (array == NULL)
    return required ? NULL : g_strv_builder_end (builder);

  length = json_array_get_length (array);
  if (length < min_length)
    unknot_checker_report (c, member_path, _("The list needs at least %u entries"), min_length);

  for (guint i = 0; i < length; i++)
    {
      g_autofree char *element_path = unknot_checker_index_path (member_path, i);
      JsonNode *element = json_array_get_element (array, i);
      const char *text;

      if (!unknot_checker_check_text (c, element, element_path))
        continue;
      text = json_node_get_string (element);
      if (ids && !unknot_id_is_valid (text))
        unknot_checker_report (c, element_path, _("“%s” is not a valid id"), text);
      else if (allowed != NULL && !g_strv_contains (allowed, text))
        {
          g_autofree char *choices = g_strjoinv (", ", (char **) allowed);
          unknot_checker_report (c, element_path, _("“%s” is not one of: %s"), text, choices);
        }
      else
        g_strv_builder_add (builder, text);
    }

  return g_strv_builder_end (builder);
}

void
unknot_checker_parse_sources (UnknotChecker *c,
                              JsonObject    *object,
                              const char    *path,
                              GPtrArray     *sources)
{
  static const char * const known[] = { "citation", "url", "note", NULL };
  g_autofree char *sources_path = unknot_checker_child_path (path, "sources");
  JsonArray *array = unknot_checker_get_array (c, object, path, "sources", TRUE);

  if (array == NULL)
    return;
  if (json_array_get_length (array) == 0)
    unknot_checker_report (c, sources_path, _("At least one source is needed"));

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *source_path = unknot_checker_index_path (sources_path, i);
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *source_object;
      UnknotSource *source;
      const char *url;

      if (JSON_NODE_TYPE (node) != JSON_NODE_OBJECT)
        {
          unknot_checker_report (c, source_path, _("Must be an object with a citation, not %s"), unknot_json_describe_node (node));
          continue;
        }
      source_object = json_node_get_object (node);
      unknot_checker_check_members (c, source_object, source_path, known);

      source = g_new0 (UnknotSource, 1);
      source->citation = g_strdup (unknot_checker_get_text (c, source_object, source_path, "citation", TRUE));
      if (json_object_has_member (source_object, "note"))
        source->note = g_strdup (unknot_checker_get_words (c, source_object, source_path, "note", FALSE));
      if (json_object_has_member (source_object, "url") && (url = unknot_checker_get_text (c, source_object, source_path, "url", FALSE)) != NULL)
        {
          if (!g_str_has_prefix (url, "https://") && !g_str_has_prefix (url, "http://"))
            {
              g_autofree char *url_path = unknot_checker_child_path (source_path, "url");
              unknot_checker_report (c, url_path, _("A source’s address must start with https:// or http://"));
            }
          source->url = g_strdup (url);
        }
      g_ptr_array_add (sources, source);
    }
}

static gboolean
check_encoding_and_limits (UnknotChecker *c)
{
  UnknotJsonPosition where;
  const char *end;

  if (c->length > c->max_length && c->max_length == UNKNOT_CONTENT_MAX_FILE_SIZE)
    {
      unknot_checker_report (c, NULL, _("The file is larger than %d KiB; content files are much smaller"),
              UNKNOT_CONTENT_MAX_FILE_SIZE / 1024);
      return FALSE;
    }
  if (c->length > c->max_length)
    {
      unknot_checker_report (c, NULL, _("The file is larger than %d MiB, more than Unknot reads"),
              (int) (c->max_length / (1024 * 1024)));
      return FALSE;
    }
  if (!g_utf8_validate_len (c->data, c->length, &end))
    {
      g_autofree char *before = g_strndup (c->data, end - c->data);
      UnknotJsonPosition position = { 1, 1 };

      for (const char *p = before; *p != '\0'; p = g_utf8_next_char (p))
        {
          if (*p == '\n')
            {
              position.line++;
              position.column = 1;
            }
          else
            position.column++;
        }
      unknot_checker_report_at (c, &position, _("The file is not valid UTF-8 text (or contains a NUL character)"));
      return FALSE;
    }
  if (!unknot_json_check_depth (c->data, c->length, UNKNOT_CONTENT_MAX_DEPTH, &where))
    {
      g_autofree char *message = g_strdup_printf (_("Lists and objects are nested deeper than %d levels"),
                                                  UNKNOT_CONTENT_MAX_DEPTH);
      unknot_checker_report_at (c, &where, message);
      return FALSE;
    }

  return TRUE;
}

/* json-glib says "FILE:LINE:COLUMN: Parse error: …": keep the position and the words. */
static void
report_parse_error (UnknotChecker *c,
                    const GError  *error)
{
  static GRegex *regex;
  g_autoptr (GMatchInfo) match = NULL;
  /* json-glib quotes the offending text, which may be cut in the middle of a character */
  g_autofree char *text = g_utf8_make_valid (error->message, -1);

  if (g_once_init_enter_pointer (&regex))
    g_once_init_leave_pointer (&regex, g_regex_new ("^.*?:(\\d+):(\\d+): (?:Parse error: )?(.*)$",
                                                    G_REGEX_DOTALL | G_REGEX_OPTIMIZE, 0, NULL));

  if (g_regex_match (regex, text, 0, &match))
    {
      g_autofree char *line = g_match_info_fetch (match, 1);
      g_autofree char *column = g_match_info_fetch (match, 2);
      g_autofree char *words = g_match_info_fetch (match, 3);
      UnknotJsonPosition position = { (guint) g_ascii_strtoull (line, NULL, 10),
                                      (guint) g_ascii_strtoull (column, NULL, 10) };
      g_autofree char *message = g_strdup_printf (_("This is not valid JSON: %s"), words);

      unknot_checker_report_at (c, &position, message);
    }
  else
    {
      unknot_checker_report (c, NULL, _("This is not valid JSON: %s"), text);
    }
}

JsonNode *
unknot_checker_parse (UnknotChecker *c)
{
  g_autoptr (JsonParser) parser = NULL;
  g_autoptr (GError) error = NULL;

  if (!check_encoding_and_limits (c))
    return NULL;

  /* not the immutable parser: json-glib asserts on a text with two top-level values there */
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, c->data, (gssize) c->length, &error))
    {
      report_parse_error (c, error);
      return NULL;
    }
  if (json_parser_get_root (parser) == NULL || JSON_NODE_TYPE (json_parser_get_root (parser)) != JSON_NODE_OBJECT)
    {
      unknot_checker_report (c, "$", _("The file must hold one JSON object"));
      return NULL;
    }

  /* json-glib keeps the last of two members with one name: the author meant one of them. */
  c->scan = unknot_json_scan_new (c->data, c->length);
  for (guint i = 0; i < unknot_json_scan_get_n_duplicates (c->scan); i++)
    {
      UnknotJsonPosition position;
      const char *path = unknot_json_scan_get_duplicate (c->scan, i, &position);
      g_autofree char *message = g_strdup_printf (_("%s appears twice in the same object"), path);

      unknot_checker_report_at (c, &position, message);
    }

  return json_node_ref (json_parser_get_root (parser));
}

gboolean
unknot_checker_check_format (UnknotChecker *c,
                             JsonObject    *root)
{
  JsonNode *node = json_object_get_member (root, "format");

  if (node == NULL)
    {
      unknot_checker_report (c, "$", _("The field “format” is missing; this version of Unknot reads format %d"),
              UNKNOT_CONTENT_FORMAT);
      return FALSE;
    }
  if (JSON_NODE_TYPE (node) != JSON_NODE_VALUE || json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) != UNKNOT_CONTENT_FORMAT)
    {
      g_autofree char *shown = json_to_string (node, FALSE);
      unknot_checker_report (c, "$.format", _("Format %s is not supported; this version of Unknot reads format %d"),
              shown, UNKNOT_CONTENT_FORMAT);
      return FALSE;
    }

  return TRUE;
}

/**
 * unknot_checker_begin:
 * @known: the top-level members the format defines
 *
 * Starts checking a content file loaded with @options: parses it (see
 * unknot_checker_parse()), checks its format and reports unknown top-level members.
 *
 * Returns: (transfer full) (nullable): the parsed file, an object; %NULL when it cannot be
 *   read as content at all, with the problems reported and @c cleared
 */
JsonNode *
unknot_checker_begin (UnknotChecker           *c,
                      const char              *file_name,
                      const char              *data,
                      gsize                    length,
                      const UnknotLoadOptions *options,
                      GPtrArray               *problems,
                      const char * const      *known)
{
  JsonNode *root_node;

  unknot_checker_init (c, file_name, data, length, problems);
  c->options = options;
  root_node = unknot_checker_parse (c);
  if (root_node == NULL || !unknot_checker_check_format (c, json_node_get_object (root_node)))
    {
      g_clear_pointer (&root_node, json_node_unref);
      unknot_checker_clear (c);
      return NULL;
    }
  unknot_checker_check_members (c, json_node_get_object (root_node), "$", known);

  return root_node;
}

void
unknot_checker_clear (UnknotChecker *c)
{
  g_clear_pointer (&c->scan, unknot_json_scan_free);
}


/**
 * unknot_content_read_file:
 * @shown: the file's name as problems should show it
 *
 * Reads a content file from outside, refusing what is not a regular file and what is
 * larger than the limit before reading it.
 *
 * Returns: whether @contents now holds the file (nul-terminated, @length bytes)
 */
gboolean
unknot_content_read_file (GFile       *file,
                          const char  *shown,
                          GPtrArray   *problems,
                          char       **contents,
                          gsize       *length)
{
  g_autoptr (GFileInfo) info = NULL;
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (shown != NULL, FALSE);
  g_return_val_if_fail (problems != NULL, FALSE);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL && g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_ptr_array_add (problems, unknot_problem_new (shown, 0, 0, NULL, _("This is not a regular file")));
      return FALSE;
    }
  if (info != NULL && g_file_info_get_size (info) > UNKNOT_CONTENT_MAX_FILE_SIZE)
    {
      g_autofree char *message = g_strdup_printf (_("The file is larger than %d KiB; content files are much smaller"),
                                                  UNKNOT_CONTENT_MAX_FILE_SIZE / 1024);
      g_ptr_array_add (problems, unknot_problem_new (shown, 0, 0, NULL, message));
      return FALSE;
    }
  if (!g_file_load_contents (file, NULL, contents, length, NULL, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The file could not be read: %s"), error->message);
      g_ptr_array_add (problems, unknot_problem_new (shown, 0, 0, NULL, message));
      return FALSE;
    }

  return TRUE;
}

/**
 * unknot_content_lookup_bundled:
 * @path: a resource path
 *
 * Returns: (transfer full) (nullable): the bundled file, or %NULL with a problem added
 */
GBytes *
unknot_content_lookup_bundled (const char *path,
                               GPtrArray  *problems)
{
  g_autoptr (GError) error = NULL;
  GBytes *bytes;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    {
      g_autofree char *shown = g_strconcat ("resource://", path, NULL);
      g_ptr_array_add (problems, unknot_problem_new (shown, 0, 0, NULL, error->message));
    }

  return bytes;
}

/* A text people read: translated, or collected for the template, as the options say */
static const char *
checker_words (UnknotChecker *c,
               const char    *text,
               const char    *path)
{
  if (text == NULL || c->options == NULL)
    return text;

  if (c->options->collect != NULL)
    {
      UnknotJsonPosition position = { 0, 0 };

      if (c->scan == NULL)
        c->scan = unknot_json_scan_new (c->data, c->length);
      unknot_json_scan_lookup (c->scan, path, &position);
      g_ptr_array_add (c->options->collect, unknot_problem_new (c->file, position.line, position.column, path, text));
    }

  return c->options->translate ? g_dgettext (GETTEXT_PACKAGE, text) : text;
}

/**
 * unknot_checker_get_words:
 *
 * Like unknot_checker_get_text(), for a text people read rather than an id, a name of
 * a person or a citation: bundled content translates it.
 *
 * Returns: (nullable): the text
 */
const char *
unknot_checker_get_words (UnknotChecker *c,
                          JsonObject    *object,
                          const char    *path,
                          const char    *name,
                          gboolean       required)
{
  g_autofree char *member_path = unknot_checker_child_path (path, name);

  return checker_words (c, unknot_checker_get_text (c, object, path, name, required), member_path);
}

/**
 * unknot_checker_get_words_list:
 *
 * A list of texts people read (see unknot_checker_get_words()).
 *
 * Returns: (transfer full) (nullable): the list
 */
GStrv
unknot_checker_get_words_list (UnknotChecker *c,
                               JsonObject    *object,
                               const char    *path,
                               const char    *name,
                               gboolean       required,
                               guint          min_length)
{
  g_autofree char *member_path = unknot_checker_child_path (path, name);
  g_auto (GStrv) texts = unknot_checker_get_text_list (c, object, path, name, required, min_length, FALSE, NULL);
  g_autoptr (GStrvBuilder) words = NULL;

  if (texts == NULL || c->options == NULL)
    return g_steal_pointer (&texts);

  words = g_strv_builder_new ();
  for (guint i = 0; texts[i] != NULL; i++)
    {
      g_autofree char *element_path = unknot_checker_index_path (member_path, i);
      g_strv_builder_add (words, checker_words (c, texts[i], element_path));
    }

  return g_strv_builder_end (words);
}
