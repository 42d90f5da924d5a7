/* unknot-json-scan.c: where each value of a JSON text starts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib builds a tree but does not keep where each node came from. Problems in a
 * routine file must name a line and column, so this scanner walks the same text once
 * more and records, for every value, its JSON path ("$.steps[2].hold") and where it
 * starts. It also finds what json-glib silently accepts: an object with the same
 * member twice. It is only given text json-glib has already parsed, but it never
 * trusts it: on anything unexpected it stops, keeping what it found so far.
 */

#define G_LOG_DOMAIN "unknot-json-scan"

#include "config.h"

#include <string.h>

#include "unknot-json-scan.h"

/* The scanner recurses per nesting level; files are refused beyond far less. */
#define SCAN_MAX_DEPTH 64

struct _UnknotJsonScan
{
  GHashTable *positions;   /* path → UnknotJsonPosition */
  GPtrArray  *duplicates;  /* path (char *) */
  GArray     *duplicate_positions;
};

typedef struct
{
  const char     *p;
  const char     *end;
  guint           line;
  guint           column;
  UnknotJsonScan *scan;
} Scanner;

static void
scanner_advance (Scanner *s)
{
  if (*s->p == '\n')
    {
      s->line++;
      s->column = 1;
    }
  else if (((guchar) *s->p & 0xC0) != 0x80)  /* count characters, not UTF-8 bytes */
    {
      s->column++;
    }
  s->p++;
}

static void
scanner_skip_whitespace (Scanner *s)
{
  while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r'))
    scanner_advance (s);
}

/* Characters that may appear in a path member without quoting */
static gboolean
is_plain_name (const char *name)
{
  if (!g_ascii_isalpha (*name) && *name != '_')
    return FALSE;
  for (const char *c = name; *c != '\0'; c++)
    if (!g_ascii_isalnum (*c) && *c != '_' && *c != '-')
      return FALSE;
  return TRUE;
}

void
unknot_json_path_append_member (GString    *path,
                                const char *name)
{
  if (is_plain_name (name))
    {
      g_string_append_printf (path, ".%s", name);
    }
  else
    {
      g_string_append (path, "[\"");
      for (const char *c = name; *c != '\0'; c++)
        {
          if (*c == '"' || *c == '\\')
            g_string_append_c (path, '\\');
          g_string_append_c (path, *c);
        }
      g_string_append (path, "\"]");
    }
}

void
unknot_json_path_append_index (GString *path,
                               guint    index)
{
  g_string_append_printf (path, "[%u]", index);
}

/* Reads a string token at s->p (a '"'); returns its unescaped text, or NULL. */
static char *
scanner_read_string (Scanner *s)
{
  GString *text = g_string_new (NULL);

  g_assert (*s->p == '"');
  scanner_advance (s);
  while (s->p < s->end && *s->p != '"')
    {
      if (*s->p == '\\')
        {
          scanner_advance (s);
          if (s->p >= s->end)
            break;
          switch (*s->p)
            {
            case 'n': g_string_append_c (text, '\n'); break;
            case 't': g_string_append_c (text, '\t'); break;
            case 'r': g_string_append_c (text, '\r'); break;
            case 'b': g_string_append_c (text, '\b'); break;
            case 'f': g_string_append_c (text, '\f'); break;
            case 'u':
              {
                char hex[5] = { 0 };
                gunichar c;

                for (int i = 0; i < 4; i++)
                  {
                    scanner_advance (s);
                    if (s->p >= s->end || !g_ascii_isxdigit (*s->p))
                      goto fail;
                    hex[i] = *s->p;
                  }
                c = (gunichar) g_ascii_strtoull (hex, NULL, 16);
                /* a lone or paired surrogate names no character a path needs */
                g_string_append_unichar (text, g_unichar_validate (c) ? c : 0xFFFD);
                break;
              }
            default: g_string_append_c (text, *s->p); break;
            }
          scanner_advance (s);
        }
      else
        {
          g_string_append_c (text, *s->p);
          scanner_advance (s);
        }
    }
  if (s->p >= s->end)
    goto fail;
  scanner_advance (s);  /* the closing quote */
  return g_string_free (text, FALSE);

fail:
  g_string_free (text, TRUE);
  return NULL;
}

static gboolean scanner_read_value (Scanner *s, GString *path, guint depth);

static gboolean
scanner_read_object (Scanner *s,
                     GString *path,
                     guint    depth)
{
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gsize path_len = path->len;

  scanner_advance (s);  /* { */
  scanner_skip_whitespace (s);
  if (s->p < s->end && *s->p == '}')
    {
      scanner_advance (s);
      return TRUE;
    }

  while (s->p < s->end)
    {
      UnknotJsonPosition key_position = { s->line, s->column };
      char *name;

      if (*s->p != '"' || (name = scanner_read_string (s)) == NULL)
        return FALSE;

      unknot_json_path_append_member (path, name);
      if (!g_hash_table_add (seen, name))
        {
          g_ptr_array_add (s->scan->duplicates, g_strdup (path->str));
          g_array_append_val (s->scan->duplicate_positions, key_position);
        }

      scanner_skip_whitespace (s);
      if (s->p >= s->end || *s->p != ':')
        return FALSE;
      scanner_advance (s);
      if (!scanner_read_value (s, path, depth + 1))
        return FALSE;
      g_string_truncate (path, path_len);

      scanner_skip_whitespace (s);
      if (s->p >= s->end)
        return FALSE;
      if (*s->p == '}')
        {
          scanner_advance (s);
          return TRUE;
        }
      if (*s->p != ',')
        return FALSE;
      scanner_advance (s);
      scanner_skip_whitespace (s);
    }

  return FALSE;
}

static gboolean
scanner_read_array (Scanner *s,
                    GString *path,
                    guint    depth)
{
  gsize path_len = path->len;

  scanner_advance (s);  /* [ */
  scanner_skip_whitespace (s);
  if (s->p < s->end && *s->p == ']')
    {
      scanner_advance (s);
      return TRUE;
    }

  for (guint index = 0; s->p < s->end; index++)
    {
      unknot_json_path_append_index (path, index);
      if (!scanner_read_value (s, path, depth + 1))
        return FALSE;
      g_string_truncate (path, path_len);

      scanner_skip_whitespace (s);
      if (s->p >= s->end)
        return FALSE;
      if (*s->p == ']')
        {
          scanner_advance (s);
          return TRUE;
        }
      if (*s->p != ',')
        return FALSE;
      scanner_advance (s);
    }

  return FALSE;
}

static gboolean
scanner_read_value (Scanner *s,
                    GString *path,
                    guint    depth)
{
  UnknotJsonPosition *position;

  if (depth > SCAN_MAX_DEPTH)
    return FALSE;

  scanner_skip_whitespace (s);
  if (s->p >= s->end)
    return FALSE;

  position = g_new (UnknotJsonPosition, 1);
  position->line = s->line;
  position->column = s->column;
  g_hash_table_replace (s->scan->positions, g_strdup (path->str), position);

  switch (*s->p)
    {
    case '{':
      return scanner_read_object (s, path, depth);
    case '[':
      return scanner_read_array (s, path, depth);
    case '"':
      {
        g_autofree char *text = scanner_read_string (s);
        return text != NULL;
      }
    default:
      /* a number or a literal: up to the next delimiter */
      while (s->p < s->end && strchr (",]} \t\r\n", *s->p) == NULL)
        scanner_advance (s);
      return TRUE;
    }
}

/**
 * unknot_json_scan_new:
 *
 * Records where every value of @data starts. @data need not be nul-terminated.
 *
 * Returns: (transfer full): the scan; never %NULL
 */
UnknotJsonScan *
unknot_json_scan_new (const char *data,
                      gsize       length)
{
  UnknotJsonScan *scan = g_new0 (UnknotJsonScan, 1);
  g_autoptr (GString) path = g_string_new ("$");
  Scanner s = { data, data + length, 1, 1, scan };

  g_return_val_if_fail (data != NULL || length == 0, scan);

  scan->positions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  scan->duplicates = g_ptr_array_new_with_free_func (g_free);
  scan->duplicate_positions = g_array_new (FALSE, FALSE, sizeof (UnknotJsonPosition));

  scanner_read_value (&s, path, 0);

  return scan;
}

void
unknot_json_scan_free (UnknotJsonScan *scan)
{
  if (scan == NULL)
    return;

  g_hash_table_unref (scan->positions);
  g_ptr_array_unref (scan->duplicates);
  g_array_unref (scan->duplicate_positions);
  g_free (scan);
}

/**
 * unknot_json_scan_lookup:
 *
 * Finds where the value at @path starts. When @path itself is unknown (a member that
 * is missing), its closest known ancestor is used, so a "missing field" problem points
 * at the object that lacks it.
 *
 * Returns: whether any position was found
 */
gboolean
unknot_json_scan_lookup (UnknotJsonScan     *scan,
                         const char         *path,
                         UnknotJsonPosition *position)
{
  g_autofree char *prefix = NULL;

  g_return_val_if_fail (scan != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (position != NULL, FALSE);

  prefix = g_strdup (path);
  for (;;)
    {
      UnknotJsonPosition *found = g_hash_table_lookup (scan->positions, prefix);
      char *cut;

      if (found != NULL)
        {
          *position = *found;
          return TRUE;
        }

      /* drop the last ".name", "[n]" or "[\"name\"]" */
      cut = MAX (strrchr (prefix, '.'), strrchr (prefix, '['));
      if (cut == NULL || cut == prefix)
        return FALSE;
      *cut = '\0';
    }
}

guint
unknot_json_scan_get_n_duplicates (UnknotJsonScan *scan)
{
  g_return_val_if_fail (scan != NULL, 0);

  return scan->duplicates->len;
}

/**
 * unknot_json_scan_get_duplicate:
 *
 * Returns: the path of the @index-th member that repeats an earlier member of the same
 *   object; @position is where its name starts
 */
const char *
unknot_json_scan_get_duplicate (UnknotJsonScan     *scan,
                                guint               index,
                                UnknotJsonPosition *position)
{
  g_return_val_if_fail (scan != NULL, NULL);
  g_return_val_if_fail (index < scan->duplicates->len, NULL);

  if (position != NULL)
    *position = g_array_index (scan->duplicate_positions, UnknotJsonPosition, index);

  return g_ptr_array_index (scan->duplicates, index);
}

/**
 * unknot_json_check_depth:
 *
 * Checks that no array or object in @data is nested deeper than @max_depth, before
 * handing the text to a recursive parser. Works on any text, valid JSON or not.
 *
 * Returns: %TRUE when within the limit; otherwise %FALSE with @where set to the
 *   bracket that went too deep
 */
gboolean
unknot_json_check_depth (const char         *data,
                         gsize               length,
                         guint               max_depth,
                         UnknotJsonPosition *where)
{
  Scanner s = { data, data + length, 1, 1, NULL };
  guint depth = 0;
  gboolean in_string = FALSE;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  while (s.p < s.end)
    {
      char c = *s.p;

      if (in_string)
        {
          if (c == '\\')
            {
              scanner_advance (&s);
              if (s.p >= s.end)
                break;
            }
          else if (c == '"')
            {
              in_string = FALSE;
            }
        }
      else if (c == '"')
        {
          in_string = TRUE;
        }
      else if (c == '{' || c == '[')
        {
          if (++depth > max_depth)
            {
              if (where != NULL)
                {
                  where->line = s.line;
                  where->column = s.column;
                }
              return FALSE;
            }
        }
      else if ((c == '}' || c == ']') && depth > 0)
        {
          depth--;
        }
      scanner_advance (&s);
    }

  return TRUE;
}
