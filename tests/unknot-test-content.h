/* unknot-test-content.h: what the content loaders' tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "unknot-problem.h"

G_BEGIN_DECLS

/* Loads @text as the test's format; returns whether the loader gave a result. */
typedef gboolean (*UnknotTestLoadFunc) (const char *text,
                                        gsize       length,
                                        GPtrArray  *problems);

/* A valid file broken in one place: @find replaced by @replace must give a problem whose
 * message contains @message, at the JSON path @path. */
typedef struct
{
  const char *name;
  const char *find;
  const char *replace;
  const char *path;
  const char *message;
} UnknotTestBadCase;

GPtrArray           *unknot_test_problems_new    (void);
void                 unknot_test_print_problems  (GPtrArray               *problems);
const UnknotProblem *unknot_test_find_problem    (GPtrArray               *problems,
                                                  const char              *fragment);
void                 unknot_test_check_bad_cases (const char              *valid,
                                                  const UnknotTestBadCase *cases,
                                                  gsize                    n_cases,
                                                  UnknotTestLoadFunc       load);

G_END_DECLS
