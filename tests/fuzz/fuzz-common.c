/* fuzz-common.c: what the libFuzzer targets share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "fuzz-common.h"
#include "unknot-problem.h"

/* A broken contract is a finding: it aborts, as the sanitizers do */
void
fuzz_fail (const char *what)
{
  fprintf (stderr, "%s: %s\n", g_get_prgname () != NULL ? g_get_prgname () : "fuzzer", what);
  abort ();
}

/* Every problem is whole, names the file, and its text is valid UTF-8. */
void
fuzz_check_problems (GPtrArray *problems)
{
  for (guint i = 0; i < problems->len; i++)
    {
      const UnknotProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *text = NULL;

      if (problem == NULL || problem->message == NULL || problem->file == NULL)
        fuzz_fail ("a problem without a file or a message");
      if (g_strcmp0 (problem->file, FUZZ_FILE_NAME) != 0)
        fuzz_fail ("a problem names another file");

      text = unknot_problem_to_string (problem);
      if (text == NULL || !g_utf8_validate (text, -1, NULL))
        fuzz_fail ("a problem's text is not valid UTF-8");
    }
}
