/* unknot-test-history.h: sessions made up for the history's tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "unknot-session-log.h"

G_BEGIN_DECLS

UnknotSessionLog *unknot_test_session_new         (const char             *local_date,
                                                   int                     hour,
                                                   gboolean                compression,
                                                   int                     before,
                                                   int                     after);
void              unknot_test_assert_same_session (const UnknotSessionLog *expected,
                                                   const UnknotSessionLog *found);

G_END_DECLS
