/* unknot-test-content.c: what the content loaders' tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "unknot-test-content.h"

GPtrArray *
unknot_test_problems_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_problem_free);
}

/* Prints each problem as the command line does, for a failing test's log */
void
unknot_test_print_problems (GPtrArray *problems)
{
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = unknot_problem_to_string (g_ptr_array_index (problems, i));
      print_error ("  got: %s\n", line);
    }
}

/* The first problem whose message contains @fragment; fails the test when there is none */
const UnknotProblem *
unknot_test_find_problem (GPtrArray  *problems,
                          const char *fragment)
{
  for (guint i = 0; i < problems->len; i++)
    {
      const UnknotProblem *problem = g_ptr_array_index (problems, i);

      if (strstr (problem->message, fragment) != NULL)
        return problem;
    }

  unknot_test_print_problems (problems);
  fail_msg ("no problem says “%s”", fragment);
  return NULL;
}

/* Each case breaks @valid in one place: the file is refused with the case's problem, at
 * its path, in a file named "bad.json", on a line. */
void
unknot_test_check_bad_cases (const char              *valid,
                             const UnknotTestBadCase *cases,
                             gsize                    n_cases,
                             UnknotTestLoadFunc       load)
{
  for (gsize i = 0; i < n_cases; i++)
    {
      g_autoptr (GPtrArray) problems = unknot_test_problems_new ();
      g_autoptr (GString) text = g_string_new (valid);
      const UnknotProblem *problem;

      if (g_string_replace (text, cases[i].find, cases[i].replace, 1) != 1)
        fail_msg ("case “%s”: nothing to replace", cases[i].name);
      if (load (text->str, text->len, problems))
        fail_msg ("case “%s”: the file loaded", cases[i].name);
      problem = unknot_test_find_problem (problems, cases[i].message);
      if (g_strcmp0 (problem->path, cases[i].path) != 0)
        {
          unknot_test_print_problems (problems);
          fail_msg ("case “%s”: at %s, expected %s", cases[i].name, problem->path, cases[i].path);
        }
      assert_string_equal (problem->file, "bad.json");
      assert_true (problem->line > 0);
    }
}
