/* unknot-routine-library.c: the bundled routines and the user's, as one list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The library is a GListModel of UnknotRoutineEntry: the bundled routines from the
 * resources (read-only), then the user's from their routines folder. Imported files are
 * validated first and copied into that folder, never linked, so the library keeps working
 * when the original moves. The copy is written under a hidden temporary name, flushed to
 * the disk and only then renamed to its own, so Unknot stopped half-way (killed, a power
 * cut) leaves either the whole routine or none of it; the loader skips hidden names, and
 * the next import deletes what an interrupted one left. A removed routine's file is set
 * aside until the user can no longer undo the removal.
 */

#define G_LOG_DOMAIN "unknot-routine-library"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "unknot-content-private.h"
#include "unknot-json-checker.h"
#include "unknot-routine-library.h"
#include "unknot-routine-loader.h"

#define BUNDLED_ROUTINES_PATH RESOURCE_BASE_PATH "/routines/"
#define PATTERNS_FILE_NAME "breathing-patterns.json"
#define REMOVED_FOLDER_NAME ".removed"
#define PARTIAL_PREFIX "."
#define PARTIAL_SUFFIX ".tmp"

G_DEFINE_QUARK (unknot-routine-library-error-quark, unknot_routine_library_error)

/* Entries ---------------------------------------------------------------------------- */

struct _UnknotRoutineEntry
{
  GObject        parent_instance;

  UnknotRoutine *routine;
  char          *title_key;      /* collation key of the title, for sorting */
  gboolean       bundled;
  char          *resource_path;  /* bundled */
  GFile         *file;           /* user */
};

enum {
  ENTRY_PROP_0,
  ENTRY_PROP_ID,
  ENTRY_PROP_TITLE,
  ENTRY_PROP_SUMMARY,
  ENTRY_PROP_BUNDLED,
  ENTRY_PROP_DETAILS,
  ENTRY_N_PROPS
};

static GParamSpec *entry_properties[ENTRY_N_PROPS];

G_DEFINE_FINAL_TYPE (UnknotRoutineEntry, unknot_routine_entry, G_TYPE_OBJECT)

static UnknotRoutineEntry *
unknot_routine_entry_new (UnknotRoutine *routine,
                          const char    *resource_path,
                          GFile         *file)
{
  UnknotRoutineEntry *self = g_object_new (UNKNOT_TYPE_ROUTINE_ENTRY, NULL);

  self->routine = unknot_routine_ref (routine);
  self->title_key = g_utf8_collate_key (routine->title, -1);
  self->bundled = resource_path != NULL;
  self->resource_path = g_strdup (resource_path);
  self->file = file != NULL ? g_object_ref (file) : NULL;

  return self;
}

/**
 * unknot_routine_entry_get_routine:
 *
 * Returns: (transfer none): the routine
 */
UnknotRoutine *
unknot_routine_entry_get_routine (UnknotRoutineEntry *self)
{
  g_return_val_if_fail (UNKNOT_IS_ROUTINE_ENTRY (self), NULL);

  return self->routine;
}

gboolean
unknot_routine_entry_get_bundled (UnknotRoutineEntry *self)
{
  g_return_val_if_fail (UNKNOT_IS_ROUTINE_ENTRY (self), FALSE);

  return self->bundled;
}

const char *
unknot_routine_entry_get_id (UnknotRoutineEntry *self)
{
  g_return_val_if_fail (UNKNOT_IS_ROUTINE_ENTRY (self), NULL);

  return self->routine->id;
}

const char *
unknot_routine_entry_get_title (UnknotRoutineEntry *self)
{
  g_return_val_if_fail (UNKNOT_IS_ROUTINE_ENTRY (self), NULL);

  return self->routine->title;
}

const char *
unknot_routine_entry_get_summary (UnknotRoutineEntry *self)
{
  g_return_val_if_fail (UNKNOT_IS_ROUTINE_ENTRY (self), NULL);

  return self->routine->summary;
}

static void
unknot_routine_entry_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  UnknotRoutineEntry *self = UNKNOT_ROUTINE_ENTRY (object);

  switch (prop_id)
    {
    case ENTRY_PROP_ID:
      g_value_set_string (value, self->routine->id);
      break;
    case ENTRY_PROP_TITLE:
      g_value_set_string (value, self->routine->title);
      break;
    case ENTRY_PROP_SUMMARY:
      g_value_set_string (value, self->routine->summary);
      break;
    case ENTRY_PROP_BUNDLED:
      g_value_set_boolean (value, self->bundled);
      break;
    case ENTRY_PROP_DETAILS:
      g_value_take_string (value, unknot_routine_describe (self->routine));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_routine_entry_finalize (GObject *object)
{
  UnknotRoutineEntry *self = UNKNOT_ROUTINE_ENTRY (object);

  g_clear_pointer (&self->routine, unknot_routine_unref);
  g_clear_pointer (&self->title_key, g_free);
  g_clear_pointer (&self->resource_path, g_free);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (unknot_routine_entry_parent_class)->finalize (object);
}

static void
unknot_routine_entry_class_init (UnknotRoutineEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = unknot_routine_entry_get_property;
  object_class->finalize = unknot_routine_entry_finalize;

  /* read-only, so that list widgets can bind and expressions can search them */
  entry_properties[ENTRY_PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL,
                                                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  entry_properties[ENTRY_PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL,
                                                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  entry_properties[ENTRY_PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL,
                                                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  entry_properties[ENTRY_PROP_BUNDLED] = g_param_spec_boolean ("bundled", NULL, NULL, FALSE,
                                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  entry_properties[ENTRY_PROP_DETAILS] = g_param_spec_string ("details", NULL, NULL, NULL,
                                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, ENTRY_N_PROPS, entry_properties);
}

static void
unknot_routine_entry_init (UnknotRoutineEntry *self)
{
}

/* The library ------------------------------------------------------------------------ */

struct _UnknotRoutineLibrary
{
  GObject        parent_instance;

  GFile         *user_folder;
  GHashTable    *patterns;   /* the bundled breathing patterns */
  UnknotAnatomy *anatomy;    /* the bundled anatomy */
  GPtrArray     *entries;    /* UnknotRoutineEntry: bundled, then the user's */
};

static void unknot_routine_library_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (UnknotRoutineLibrary, unknot_routine_library, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, unknot_routine_library_list_model_init))

static GType
unknot_routine_library_get_item_type (GListModel *model)
{
  return UNKNOT_TYPE_ROUTINE_ENTRY;
}

static guint
unknot_routine_library_get_n_items (GListModel *model)
{
  return UNKNOT_ROUTINE_LIBRARY (model)->entries->len;
}

static gpointer
unknot_routine_library_get_item (GListModel *model,
                                 guint       position)
{
  UnknotRoutineLibrary *self = UNKNOT_ROUTINE_LIBRARY (model);

  if (position >= self->entries->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->entries, position));
}

static void
unknot_routine_library_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = unknot_routine_library_get_item_type;
  iface->get_n_items = unknot_routine_library_get_n_items;
  iface->get_item = unknot_routine_library_get_item;
}

static void
unknot_routine_library_finalize (GObject *object)
{
  UnknotRoutineLibrary *self = UNKNOT_ROUTINE_LIBRARY (object);

  g_clear_object (&self->user_folder);
  g_clear_pointer (&self->patterns, g_hash_table_unref);
  g_clear_pointer (&self->anatomy, unknot_anatomy_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);

  G_OBJECT_CLASS (unknot_routine_library_parent_class)->finalize (object);
}

static void
unknot_routine_library_class_init (UnknotRoutineLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = unknot_routine_library_finalize;
}

static void
unknot_routine_library_init (UnknotRoutineLibrary *self)
{
  self->entries = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * unknot_routine_library_new:
 * @user_folder: where the user's routines are kept (created when needed)
 */
UnknotRoutineLibrary *
unknot_routine_library_new (GFile *user_folder)
{
  UnknotRoutineLibrary *self;

  g_return_val_if_fail (G_IS_FILE (user_folder), NULL);

  self = g_object_new (UNKNOT_TYPE_ROUTINE_LIBRARY, NULL);
  self->user_folder = g_object_ref (user_folder);

  return self;
}

GFile *
unknot_routine_library_get_user_folder (UnknotRoutineLibrary *self)
{
  g_return_val_if_fail (UNKNOT_IS_ROUTINE_LIBRARY (self), NULL);

  return self->user_folder;
}

/**
 * unknot_routine_library_get_anatomy:
 *
 * Returns: (transfer none) (nullable): the bundled anatomy, once loaded
 */
UnknotAnatomy *
unknot_routine_library_get_anatomy (UnknotRoutineLibrary *self)
{
  g_return_val_if_fail (UNKNOT_IS_ROUTINE_LIBRARY (self), NULL);

  return self->anatomy;
}

/**
 * unknot_routine_library_get_breathing_patterns:
 *
 * Returns: (transfer none) (nullable): the bundled breathing patterns, by id
 */
GHashTable *
unknot_routine_library_get_breathing_patterns (UnknotRoutineLibrary *self)
{
  g_return_val_if_fail (UNKNOT_IS_ROUTINE_LIBRARY (self), NULL);

  return self->patterns;
}

static int
compare_entries_by_title (gconstpointer a,
                          gconstpointer b)
{
  UnknotRoutineEntry *first = *(UnknotRoutineEntry **) a;
  UnknotRoutineEntry *second = *(UnknotRoutineEntry **) b;

  return strcmp (first->title_key, second->title_key);
}

/* Validates one routine file's text, cross-references included. */
static UnknotRoutine *
load_routine (UnknotRoutineLibrary    *self,
              const char              *data,
              gsize                    length,
              const char              *shown,
              const UnknotLoadOptions *options,
              GPtrArray               *problems)
{
  g_autoptr (UnknotRoutine) routine = NULL;
  guint before = problems->len;

  routine = unknot_routine_load_with_options (data, length, shown, self->patterns, options, problems);
  if (routine != NULL && self->anatomy != NULL)
    unknot_routine_check_anatomy (routine, self->anatomy, data, length, shown, problems);

  return problems->len == before ? g_steal_pointer (&routine) : NULL;
}

static void
load_bundled (UnknotRoutineLibrary *self,
              GPtrArray            *problems)
{
  g_auto (GStrv) names = g_resources_enumerate_children (BUNDLED_ROUTINES_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  guint first = self->entries->len;

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (BUNDLED_ROUTINES_PATH, names[i], NULL);
      g_autoptr (GBytes) bytes = NULL;
      g_autoptr (UnknotRoutine) routine = NULL;
      gsize length;
      const char *data;

      if (g_str_equal (names[i], PATTERNS_FILE_NAME))
        continue;
      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      if (bytes == NULL)
        continue;
      data = g_bytes_get_data (bytes, &length);
      routine = load_routine (self, data, length, path, &unknot_bundled_options, problems);
      if (routine != NULL)
        g_ptr_array_add (self->entries, unknot_routine_entry_new (routine, path, NULL));
    }

  g_qsort_with_data (self->entries->pdata + first, self->entries->len - first, sizeof (gpointer),
                     (GCompareDataFunc) compare_entries_by_title, NULL);
}

static void
load_user_routines (UnknotRoutineLibrary *self,
                    GPtrArray            *problems)
{
  g_autoptr (GFileEnumerator) enumerator = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint first = self->entries->len;
  GFileInfo *info;

  for (guint i = 0; i < self->entries->len; i++)
    g_hash_table_add (ids, ((UnknotRoutineEntry *) g_ptr_array_index (self->entries, i))->routine->id);

  enumerator = g_file_enumerate_children (self->user_folder,
                                          G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                          G_FILE_QUERY_INFO_NONE, NULL, &error);
  if (enumerator == NULL)
    {
      /* no folder yet: the user has imported nothing */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          g_autofree char *shown = g_file_get_parse_name (self->user_folder);
          g_ptr_array_add (problems, unknot_problem_new (shown, 0, 0, NULL, error->message));
        }
      return;
    }

  while ((info = g_file_enumerator_next_file (enumerator, NULL, NULL)) != NULL)
    {
      g_autoptr (GFileInfo) owned_info = info;
      const char *name = g_file_info_get_name (info);
      g_autoptr (GFile) file = NULL;
      g_autofree char *shown = NULL;
      g_autofree char *contents = NULL;
      g_autoptr (UnknotRoutine) routine = NULL;
      gsize length;

      if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR || !g_str_has_suffix (name, ".json") || name[0] == '.')
        continue;

      file = g_file_get_child (self->user_folder, name);
      shown = g_file_get_parse_name (file);
      if (!unknot_content_read_file (file, shown, problems, &contents, &length))
        continue;
      routine = load_routine (self, contents, length, shown, NULL, problems);
      if (routine == NULL)
        continue;

      if (g_hash_table_contains (ids, routine->id))
        {
          g_autofree char *message = g_strdup_printf (_("Another routine already has the id “%s”; this file is ignored"),
                                                      routine->id);
          g_ptr_array_add (problems, unknot_problem_new (shown, 0, 0, NULL, message));
          continue;
        }
      g_ptr_array_add (self->entries, unknot_routine_entry_new (routine, NULL, file));
      g_hash_table_add (ids, routine->id);
    }

  g_qsort_with_data (self->entries->pdata + first, self->entries->len - first, sizeof (gpointer),
                     (GCompareDataFunc) compare_entries_by_title, NULL);
}

/**
 * unknot_routine_library_load:
 * @problems: (element-type UnknotProblem): problems with any file are appended here;
 *   a file with problems is left out, the others load
 *
 * Loads the bundled breathing patterns, anatomy and routines, then the user's routines.
 */
void
unknot_routine_library_load (UnknotRoutineLibrary *self,
                             GPtrArray            *problems)
{
  guint removed;

  g_return_if_fail (UNKNOT_IS_ROUTINE_LIBRARY (self));
  g_return_if_fail (problems != NULL);

  removed = self->entries->len;
  g_ptr_array_set_size (self->entries, 0);
  g_clear_pointer (&self->patterns, g_hash_table_unref);
  g_clear_pointer (&self->anatomy, unknot_anatomy_unref);

  self->patterns = unknot_breathing_patterns_load_bundled (problems);
  self->anatomy = unknot_anatomy_load_bundled (problems);
  load_bundled (self, problems);
  load_user_routines (self, problems);

  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->entries->len);
}

/**
 * unknot_routine_library_lookup:
 *
 * Returns: (transfer none) (nullable): the entry with @id
 */
UnknotRoutineEntry *
unknot_routine_library_lookup (UnknotRoutineLibrary *self,
                               const char           *id)
{
  g_return_val_if_fail (UNKNOT_IS_ROUTINE_LIBRARY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->entries->len; i++)
    {
      UnknotRoutineEntry *entry = g_ptr_array_index (self->entries, i);

      if (g_str_equal (entry->routine->id, id))
        return entry;
    }

  return NULL;
}

static void
add_entry (UnknotRoutineLibrary *self,
           UnknotRoutineEntry   *entry)
{
  guint position = self->entries->len;

  /* user routines keep their title order, after the bundled ones */
  while (position > 0)
    {
      UnknotRoutineEntry *before = g_ptr_array_index (self->entries, position - 1);

      if (before->bundled || compare_entries_by_title (&before, &entry) <= 0)
        break;
      position--;
    }

  g_ptr_array_insert (self->entries, position, g_object_ref (entry));
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
}

/* Deletes what imports killed half-way left in the folder: hidden, so no load ever
 * showed them. Another Unknot importing at this very moment would lose its temporary
 * file and report that its import failed, with nothing half-imported either. */
static void
remove_partial_imports (UnknotRoutineLibrary *self)
{
  g_autoptr (GFileEnumerator) enumerator = NULL;
  GFileInfo *info;

  enumerator = g_file_enumerate_children (self->user_folder,
                                          G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                          G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (enumerator != NULL && (info = g_file_enumerator_next_file (enumerator, NULL, NULL)) != NULL)
    {
      g_autoptr (GFileInfo) owned_info = info;
      const char *name = g_file_info_get_name (info);
      g_autoptr (GFile) partial = NULL;
      g_autoptr (GError) error = NULL;

      if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR ||
          !g_str_has_prefix (name, PARTIAL_PREFIX) || !g_str_has_suffix (name, ".json" PARTIAL_SUFFIX))
        continue;
      partial = g_file_get_child (self->user_folder, name);
      if (!g_file_delete (partial, NULL, &error) && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_debug ("Could not delete the interrupted import %s: %s", g_file_peek_path (partial), error->message);
    }
}

static gboolean
set_error_from_errno (GError     **error,
                      int          saved_errno,
                      const char  *file_name)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("“%s” could not be saved in your routines folder: %s"), file_name, g_strerror (saved_errno));
  return FALSE;
}

/* Writes @file_name in @folder whole or not at all: a hidden temporary file first, on
 * the disk before it takes the name. */
static gboolean
write_whole_file (GFile       *folder,
                  const char  *file_name,
                  const char  *contents,
                  gsize        length,
                  GError     **error)
{
  const char *folder_path = g_file_peek_path (folder);
  g_autofree char *path = NULL;
  g_autofree char *partial_name = NULL;
  g_autofree char *partial_path = NULL;
  gsize written = 0;
  int saved_errno;
  int fd;

  if (folder_path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” could not be saved: your routines folder is not on this computer"), file_name);
      return FALSE;
    }
  path = g_build_filename (folder_path, file_name, NULL);
  partial_name = g_strconcat (PARTIAL_PREFIX, file_name, PARTIAL_SUFFIX, NULL);
  partial_path = g_build_filename (folder_path, partial_name, NULL);

  fd = g_open (partial_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0)
    return set_error_from_errno (error, errno, file_name);

  while (written < length)
    {
      gssize n = write (fd, contents + written, length - written);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        goto fail;
      written += n;
    }
  if (fsync (fd) != 0)
    goto fail;
  if (close (fd) != 0)
    {
      fd = -1;
      goto fail;
    }
  fd = -1;
  if (g_rename (partial_path, path) != 0)
    goto fail;

  /* the new name itself on the disk too */
  fd = g_open (folder_path, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
  return TRUE;

fail:
  saved_errno = errno;
  if (fd >= 0)
    close (fd);
  g_unlink (partial_path);
  return set_error_from_errno (error, saved_errno, file_name);
}

/**
 * unknot_routine_library_import:
 * @file: a routine file the user chose
 * @problems: (element-type UnknotProblem): the file's problems, if it has any
 *
 * Validates @file and copies it into the user's routines folder.
 *
 * Returns: (transfer none) (nullable): the new entry, or %NULL with @error set
 */
UnknotRoutineEntry *
unknot_routine_library_import (UnknotRoutineLibrary  *self,
                               GFile                 *file,
                               GPtrArray             *problems,
                               GError               **error)
{
  g_autoptr (UnknotRoutineEntry) entry = NULL;
  g_autoptr (UnknotRoutine) routine = NULL;
  g_autoptr (GFile) destination = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *file_name = NULL;
  UnknotRoutineEntry *existing;
  gsize length;

  g_return_val_if_fail (UNKNOT_IS_ROUTINE_LIBRARY (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (problems != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  shown = g_file_get_basename (file);
  if (!unknot_content_read_file (file, shown, problems, &contents, &length) ||
      (routine = load_routine (self, contents, length, shown, NULL, problems)) == NULL)
    {
      g_set_error (error, UNKNOT_ROUTINE_LIBRARY_ERROR, UNKNOT_ROUTINE_LIBRARY_ERROR_INVALID,
                   _("“%s” is not a routine Unknot can use"), shown);
      return NULL;
    }

  existing = unknot_routine_library_lookup (self, routine->id);
  if (existing != NULL && existing->bundled)
    {
      g_set_error (error, UNKNOT_ROUTINE_LIBRARY_ERROR, UNKNOT_ROUTINE_LIBRARY_ERROR_BUNDLED_ID,
                   _("“%s” has the id “%s”, which belongs to the bundled routine “%s”. Give it another id."),
                   shown, routine->id, existing->routine->title);
      return NULL;
    }
  if (existing != NULL)
    {
      g_set_error (error, UNKNOT_ROUTINE_LIBRARY_ERROR, UNKNOT_ROUTINE_LIBRARY_ERROR_EXISTS,
                   _("You already have a routine with the id “%s”, “%s”. Remove it first to replace it."),
                   routine->id, existing->routine->title);
      return NULL;
    }

  if (!g_file_make_directory_with_parents (self->user_folder, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  /* a copy of the checked bytes, never a link to the original */
  remove_partial_imports (self);
  file_name = g_strconcat (routine->id, ".json", NULL);
  destination = g_file_get_child (self->user_folder, file_name);
  if (!write_whole_file (self->user_folder, file_name, contents, length, error))
    return NULL;

  entry = unknot_routine_entry_new (routine, NULL, destination);
  add_entry (self, entry);

  return entry;
}

/**
 * unknot_routine_library_get_contents:
 *
 * Returns: (transfer full) (nullable): the routine file's bytes, as they were checked
 */
GBytes *
unknot_routine_library_get_contents (UnknotRoutineLibrary  *self,
                                     UnknotRoutineEntry    *entry,
                                     GError               **error)
{
  char *contents;
  gsize length;

  g_return_val_if_fail (UNKNOT_IS_ROUTINE_LIBRARY (self), NULL);
  g_return_val_if_fail (UNKNOT_IS_ROUTINE_ENTRY (entry), NULL);

  if (entry->bundled)
    return g_resources_lookup_data (entry->resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  if (!g_file_load_contents (entry->file, NULL, &contents, &length, NULL, error))
    return NULL;

  return g_bytes_new_take (contents, length);
}

/**
 * unknot_routine_library_export:
 *
 * Saves a copy of the routine's file at @destination, bundled routines included.
 */
gboolean
unknot_routine_library_export (UnknotRoutineLibrary  *self,
                               UnknotRoutineEntry    *entry,
                               GFile                 *destination,
                               GError               **error)
{
  g_autoptr (GBytes) bytes = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (UNKNOT_IS_ROUTINE_LIBRARY (self), FALSE);
  g_return_val_if_fail (UNKNOT_IS_ROUTINE_ENTRY (entry), FALSE);
  g_return_val_if_fail (G_IS_FILE (destination), FALSE);

  bytes = unknot_routine_library_get_contents (self, entry, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  return g_file_replace_contents (destination, data, length, NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, error);
}

static GFile *
removed_file_for (UnknotRoutineLibrary *self,
                  UnknotRoutineEntry   *entry)
{
  g_autoptr (GFile) folder = g_file_get_child (self->user_folder, REMOVED_FOLDER_NAME);
  g_autofree char *name = g_file_get_basename (entry->file);

  return g_file_get_child (folder, name);
}

/**
 * unknot_routine_library_remove:
 *
 * Takes a user routine out of the library. Its file is set aside, so
 * unknot_routine_library_undo_remove() can bring it back until
 * unknot_routine_library_forget_removed() deletes it. The library drops its reference
 * to @entry: hold one to undo.
 */
gboolean
unknot_routine_library_remove (UnknotRoutineLibrary  *self,
                               UnknotRoutineEntry    *entry,
                               GError               **error)
{
  g_autoptr (GFile) aside = NULL;
  g_autoptr (GFile) folder = NULL;
  g_autoptr (GError) local_error = NULL;
  guint position;

  g_return_val_if_fail (UNKNOT_IS_ROUTINE_LIBRARY (self), FALSE);
  g_return_val_if_fail (UNKNOT_IS_ROUTINE_ENTRY (entry), FALSE);

  if (entry->bundled)
    {
      g_set_error (error, UNKNOT_ROUTINE_LIBRARY_ERROR, UNKNOT_ROUTINE_LIBRARY_ERROR_READ_ONLY,
                   _("“%s” comes with Unknot and cannot be removed"), entry->routine->title);
      return FALSE;
    }
  if (!g_ptr_array_find (self->entries, entry, &position))
    return TRUE;

  aside = removed_file_for (self, entry);
  folder = g_file_get_parent (aside);
  if (!g_file_make_directory (folder, NULL, &local_error) && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (!g_file_move (entry->file, aside, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
    return FALSE;

  g_ptr_array_remove_index (self->entries, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);

  return TRUE;
}

gboolean
unknot_routine_library_undo_remove (UnknotRoutineLibrary  *self,
                                    UnknotRoutineEntry    *entry,
                                    GError               **error)
{
  g_autoptr (GFile) aside = NULL;

  g_return_val_if_fail (UNKNOT_IS_ROUTINE_LIBRARY (self), FALSE);
  g_return_val_if_fail (UNKNOT_IS_ROUTINE_ENTRY (entry), FALSE);
  g_return_val_if_fail (!entry->bundled, FALSE);

  if (g_ptr_array_find (self->entries, entry, NULL))
    return TRUE;

  aside = removed_file_for (self, entry);
  if (!g_file_move (aside, entry->file, G_FILE_COPY_NONE, NULL, NULL, NULL, error))
    return FALSE;

  add_entry (self, entry);
  return TRUE;
}

/**
 * unknot_routine_library_forget_removed:
 *
 * Deletes the file of a removed routine for good, once it can no longer be undone.
 */
void
unknot_routine_library_forget_removed (UnknotRoutineLibrary *self,
                                       UnknotRoutineEntry   *entry)
{
  g_autoptr (GFile) aside = NULL;
  g_autoptr (GError) error = NULL;

  g_return_if_fail (UNKNOT_IS_ROUTINE_LIBRARY (self));
  g_return_if_fail (UNKNOT_IS_ROUTINE_ENTRY (entry));

  if (entry->bundled || g_ptr_array_find (self->entries, entry, NULL))
    return;

  aside = removed_file_for (self, entry);
  if (!g_file_delete (aside, NULL, &error) && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_debug ("Could not delete the removed routine %s: %s", g_file_peek_path (aside), error->message);
}
