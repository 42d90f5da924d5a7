/* unknot-routine-library.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "unknot-anatomy.h"
#include "unknot-routine.h"

G_BEGIN_DECLS

#define UNKNOT_ROUTINE_LIBRARY_ERROR (unknot_routine_library_error_quark ())

typedef enum
{
  UNKNOT_ROUTINE_LIBRARY_ERROR_INVALID,    /* the file has problems; they were appended */
  UNKNOT_ROUTINE_LIBRARY_ERROR_BUNDLED_ID, /* its id is a bundled routine's */
  UNKNOT_ROUTINE_LIBRARY_ERROR_EXISTS,     /* a user routine with its id exists */
  UNKNOT_ROUTINE_LIBRARY_ERROR_READ_ONLY,  /* bundled routines cannot be removed */
} UnknotRoutineLibraryError;

#define UNKNOT_TYPE_ROUTINE_ENTRY (unknot_routine_entry_get_type ())

G_DECLARE_FINAL_TYPE (UnknotRoutineEntry, unknot_routine_entry, UNKNOT, ROUTINE_ENTRY, GObject)

UnknotRoutine *unknot_routine_entry_get_routine    (UnknotRoutineEntry *self);
gboolean       unknot_routine_entry_get_bundled    (UnknotRoutineEntry *self);
const char    *unknot_routine_entry_get_id         (UnknotRoutineEntry *self);
const char    *unknot_routine_entry_get_title      (UnknotRoutineEntry *self);
const char    *unknot_routine_entry_get_summary    (UnknotRoutineEntry *self);

#define UNKNOT_TYPE_ROUTINE_LIBRARY (unknot_routine_library_get_type ())

G_DECLARE_FINAL_TYPE (UnknotRoutineLibrary, unknot_routine_library, UNKNOT, ROUTINE_LIBRARY, GObject)

GQuark                unknot_routine_library_error_quark  (void);
UnknotRoutineLibrary *unknot_routine_library_new          (GFile                *user_folder);
void                  unknot_routine_library_load         (UnknotRoutineLibrary *self,
                                                           GPtrArray            *problems);
GFile                *unknot_routine_library_get_user_folder (UnknotRoutineLibrary *self);
UnknotAnatomy        *unknot_routine_library_get_anatomy  (UnknotRoutineLibrary *self);
GHashTable           *unknot_routine_library_get_breathing_patterns (UnknotRoutineLibrary *self);
UnknotRoutineEntry   *unknot_routine_library_lookup       (UnknotRoutineLibrary *self,
                                                           const char           *id);
UnknotRoutineEntry   *unknot_routine_library_import       (UnknotRoutineLibrary *self,
                                                           GFile                *file,
                                                           GPtrArray            *problems,
                                                           GError              **error);
GBytes               *unknot_routine_library_get_contents (UnknotRoutineLibrary *self,
                                                           UnknotRoutineEntry   *entry,
                                                           GError              **error);
gboolean              unknot_routine_library_export       (UnknotRoutineLibrary *self,
                                                           UnknotRoutineEntry   *entry,
                                                           GFile                *destination,
                                                           GError              **error);
gboolean              unknot_routine_library_remove       (UnknotRoutineLibrary *self,
                                                           UnknotRoutineEntry   *entry,
                                                           GError              **error);
gboolean              unknot_routine_library_undo_remove  (UnknotRoutineLibrary *self,
                                                           UnknotRoutineEntry   *entry,
                                                           GError              **error);
void                  unknot_routine_library_forget_removed (UnknotRoutineLibrary *self,
                                                             UnknotRoutineEntry   *entry);

G_END_DECLS
