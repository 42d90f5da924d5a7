/* unknot-problem.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * UnknotProblem:
 * @file: the file's name as the user gave it (or a resource path)
 * @line: 1-based line, or 0 when the problem concerns the whole file
 * @column: 1-based column in characters, or 0
 * @path: the JSON path of the value concerned ("$.steps[2].hold"), or %NULL
 * @message: what is wrong, in plain words, translated
 *
 * One problem found in a content file. Read-only once made.
 */
typedef struct _UnknotProblem
{
  char  *file;
  guint  line;
  guint  column;
  char  *path;
  char  *message;
} UnknotProblem;

#define UNKNOT_TYPE_PROBLEM (unknot_problem_get_type ())

GType          unknot_problem_get_type  (void) G_GNUC_CONST;
UnknotProblem *unknot_problem_new       (const char          *file,
                                         guint                line,
                                         guint                column,
                                         const char          *path,
                                         const char          *message);
UnknotProblem *unknot_problem_copy      (const UnknotProblem *problem);
void           unknot_problem_free      (UnknotProblem       *problem);
char          *unknot_problem_to_string (const UnknotProblem *problem);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (UnknotProblem, unknot_problem_free)

G_END_DECLS
