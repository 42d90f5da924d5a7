/* fuzz-common.h: what the libFuzzer targets share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

/* The file name every fuzzed input is given */
#define FUZZ_FILE_NAME "fuzz.json"

G_NORETURN void fuzz_fail           (const char *what);
void            fuzz_check_problems (GPtrArray  *problems);
