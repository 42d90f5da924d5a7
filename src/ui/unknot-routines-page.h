/* unknot-routines-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "unknot-routine-library.h"
#include "unknot-safety.h"
#include "unknot-routine-page.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_ROUTINES_PAGE (unknot_routines_page_get_type ())

G_DECLARE_FINAL_TYPE (UnknotRoutinesPage, unknot_routines_page, UNKNOT, ROUTINES_PAGE, AdwBin)

void        unknot_routines_page_set_library   (UnknotRoutinesPage   *self,
                                                UnknotRoutineLibrary *library,
                                                GPtrArray            *load_problems);
void        unknot_routines_page_set_safety    (UnknotRoutinesPage   *self,
                                                UnknotSafety         *safety,
                                                GSettings            *settings);
GListModel *unknot_routines_page_get_shown     (UnknotRoutinesPage   *self);
void        unknot_routines_page_set_search    (UnknotRoutinesPage   *self,
                                                const char           *text);
void        unknot_routines_page_set_kind      (UnknotRoutinesPage   *self,
                                                int                   kind);
void        unknot_routines_page_import_file   (UnknotRoutinesPage   *self,
                                                GFile                *file);
UnknotRoutinePage *
            unknot_routines_page_open_routine  (UnknotRoutinesPage   *self,
                                                UnknotRoutineEntry   *entry);

G_END_DECLS
