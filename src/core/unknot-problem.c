/* unknot-problem.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "unknot-problem"

#include "config.h"

#include "unknot-problem.h"

G_DEFINE_BOXED_TYPE (UnknotProblem, unknot_problem, unknot_problem_copy, unknot_problem_free)

UnknotProblem *
unknot_problem_new (const char *file,
                    guint       line,
                    guint       column,
                    const char *path,
                    const char *message)
{
  UnknotProblem *problem;

  g_return_val_if_fail (file != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  problem = g_new0 (UnknotProblem, 1);
  problem->file = g_strdup (file);
  problem->line = line;
  problem->column = column;
  problem->path = g_strdup (path);
  problem->message = g_strdup (message);

  return problem;
}

UnknotProblem *
unknot_problem_copy (const UnknotProblem *problem)
{
  g_return_val_if_fail (problem != NULL, NULL);

  return unknot_problem_new (problem->file, problem->line, problem->column, problem->path, problem->message);
}

void
unknot_problem_free (UnknotProblem *problem)
{
  if (problem == NULL)
    return;

  g_free (problem->file);
  g_free (problem->path);
  g_free (problem->message);
  g_free (problem);
}

/**
 * unknot_problem_to_string:
 *
 * Formats the problem the way compilers do, so editors can jump to it:
 * "FILE:LINE:COLUMN: PATH: MESSAGE" (the parts that are unknown are left out).
 *
 * Returns: (transfer full): the line
 */
char *
unknot_problem_to_string (const UnknotProblem *problem)
{
  GString *out;

  g_return_val_if_fail (problem != NULL, NULL);

  out = g_string_new (problem->file);
  if (problem->line > 0)
    g_string_append_printf (out, ":%u:%u", problem->line, problem->column);
  g_string_append (out, ": ");
  if (problem->path != NULL)
    g_string_append_printf (out, "%s: ", problem->path);
  g_string_append (out, problem->message);

  return g_string_free (out, FALSE);
}
