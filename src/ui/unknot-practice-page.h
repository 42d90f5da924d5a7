/* unknot-practice-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "unknot-routine-library.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_PRACTICE_PAGE (unknot_practice_page_get_type ())

G_DECLARE_FINAL_TYPE (UnknotPracticePage, unknot_practice_page, UNKNOT, PRACTICE_PAGE, AdwPreferencesPage)

void unknot_practice_page_setup      (UnknotPracticePage   *self,
                                      GSettings            *settings,
                                      UnknotRoutineLibrary *library);
void unknot_practice_page_set_status (UnknotPracticePage   *self,
                                      const char           *status);

G_END_DECLS
