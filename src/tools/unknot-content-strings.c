/* unknot-content-strings.c: the bundled content's texts as a gettext template
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: unknot-content-strings OUTPUT.pot
 *
 * Loads the bundled routines, breathing patterns, anatomy and safety screen the way the
 * app does and writes every text people read in them as a POT file, each with where it
 * stands (file:line) and its JSON path, so the translators' template never depends on a
 * hand-kept list. `meson compile unknot-content-pot` merges it into po/unknot.pot.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "unknot-content-check.h"
#include "unknot-problem.h"

static void
write_po_string (GString    *out,
                 const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default: g_string_append_c (out, *p); break;
        }
    }
  g_string_append_c (out, '"');
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_problem_free);
  g_autoptr (GPtrArray) texts = NULL;
  g_autoptr (GHashTable) entries = g_hash_table_new (g_str_hash, g_str_equal);  /* text → GString of comments */
  g_autoptr (GPtrArray) order = g_ptr_array_new ();
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GError) error = NULL;

  if (argc != 2)
    {
      fprintf (stderr, "usage: %s OUTPUT.pot\n", argv[0]);
      return 2;
    }

  texts = unknot_content_collect_strings (problems);
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = unknot_problem_to_string (g_ptr_array_index (problems, i));
      fprintf (stderr, "%s\n", line);
    }
  if (problems->len > 0)
    return 1;

  for (guint i = 0; i < texts->len; i++)
    {
      const UnknotProblem *text = g_ptr_array_index (texts, i);
      GString *comments = g_hash_table_lookup (entries, text->message);

      if (comments == NULL)
        {
          comments = g_string_new (NULL);
          g_hash_table_insert (entries, text->message, comments);
          g_ptr_array_add (order, text->message);
        }
      g_string_append_printf (comments, "#. %s\n#: %s:%u\n", text->path, text->file, text->line);
    }

  g_string_append (out, "# The texts of Unknot's bundled routines, breathing patterns, anatomy and safety screen.\n"
                        "# Made by unknot-content-strings; merged into unknot.pot.\n"
                        "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n");
  for (guint i = 0; i < order->len; i++)
    {
      GString *comments = g_hash_table_lookup (entries, g_ptr_array_index (order, i));

      g_string_append (out, comments->str);
      g_string_append (out, "msgid ");
      write_po_string (out, g_ptr_array_index (order, i));
      g_string_append (out, "\nmsgstr \"\"\n\n");
      g_string_free (comments, TRUE);
    }

  if (!g_file_set_contents (argv[1], out->str, out->len, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  printf ("%u texts from the bundled content written to %s\n", order->len, argv[1]);
  return 0;
}
