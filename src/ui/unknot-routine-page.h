/* unknot-routine-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "unknot-routine-library.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_ROUTINE_PAGE (unknot_routine_page_get_type ())

G_DECLARE_FINAL_TYPE (UnknotRoutinePage, unknot_routine_page, UNKNOT, ROUTINE_PAGE, AdwNavigationPage)

UnknotRoutinePage  *unknot_routine_page_new         (UnknotRoutineLibrary *library,
                                                     UnknotRoutineEntry   *entry);
UnknotRoutineEntry *unknot_routine_page_get_entry   (UnknotRoutinePage    *self);
void                unknot_routine_page_start       (UnknotRoutinePage    *self,
                                                     guint                 first_step);
void                unknot_routine_page_export_to   (UnknotRoutinePage    *self,
                                                     GFile                *file);

G_END_DECLS
