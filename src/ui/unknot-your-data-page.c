/* unknot-your-data-page.c: export, import and delete the user's history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A page of the preferences. The file choosers come from the portal where there is one;
 * what happens to the chosen file is in the public export and import functions, which
 * the tests call with files of their own.
 */

#define G_LOG_DOMAIN "unknot-your-data"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "unknot-file-dialogs.h"
#include "unknot-history-export.h"
#include "unknot-problem.h"
#include "unknot-your-data-page.h"

/* How many problems of a file that cannot be imported are listed; the rest are counted */
#define MAX_PROBLEMS_SHOWN 5

struct _UnknotYourDataPage
{
  AdwPreferencesPage  parent_instance;

  AdwActionRow       *summary_row;

  UnknotHistoryStore *history;
  GSettings          *settings;
};

G_DEFINE_FINAL_TYPE (UnknotYourDataPage, unknot_your_data_page, ADW_TYPE_PREFERENCES_PAGE)

static void
add_toast (UnknotYourDataPage *self,
           const char         *title)
{
  GtkWidget *dialog = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_PREFERENCES_DIALOG);

  if (dialog != NULL)
    adw_preferences_dialog_add_toast (ADW_PREFERENCES_DIALOG (dialog), adw_toast_new (title));
}

static void
show_alert (UnknotYourDataPage *self,
            const char         *heading,
            const char         *body)
{
  AdwDialog *alert = adw_alert_dialog_new (heading, body);

  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (alert), "close", _("_OK"));
  adw_dialog_present (alert, GTK_WIDGET (self));
}

/* Whether a safety check was ever answered: those are the user's data too */
static gboolean
has_safety_checks (UnknotYourDataPage *self)
{
  g_autoptr(GPtrArray) checks = unknot_history_store_list_safety_checks (self->history, NULL);

  return checks == NULL || checks->len > 0;
}

/* "64 sessions since 2 September 2026" */
static void
update_summary (UnknotYourDataPage *self)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;

  if (self->history == NULL)
    return;

  sessions = unknot_history_store_list_since (self->history, "0000-01-01", &error);
  if (sessions == NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->summary_row), _("Your History Cannot Be Read"));
      adw_action_row_set_subtitle (self->summary_row, error->message);
    }
  else if (sessions->len == 0)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->summary_row), _("Nothing Recorded Yet"));
      adw_action_row_set_subtitle (self->summary_row,
                                   unknot_history_store_is_persistent (self->history)
                                   ? NULL : _("Your history cannot be opened, so sessions are kept only until Unknot closes"));
    }
  else
    {
      const UnknotSessionLog *first = g_ptr_array_index (sessions, 0);
      g_autoptr(GDateTime) since = g_date_time_new_from_unix_local_usec (first->started_at);
      g_autofree char *date = since != NULL ? g_date_time_format (since, _("%-d %B %Y")) : g_strdup (first->local_date);
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Session", "%u Sessions", sessions->len),
                                                sessions->len);
      /* Translators: the date of the first session kept */
      g_autofree char *subtitle = g_strdup_printf (_("Since %s"), date);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->summary_row), count);
      adw_action_row_set_subtitle (self->summary_row, subtitle);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "data.export-csv", sessions != NULL && sessions->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "data.export-json", sessions != NULL && sessions->len > 0);
  /* with nothing kept there is nothing to delete (a history that cannot be read may
   * still be deleted) */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "data.delete-all",
                                 sessions == NULL || sessions->len > 0 || has_safety_checks (self));
}

static void
history_changed_cb (UnknotHistoryStore *history,
                    UnknotYourDataPage *self)
{
  update_summary (self);
}

/**
 * unknot_your_data_page_set_history:
 * @settings: the application's settings, where the safety answers in force live
 */
void
unknot_your_data_page_set_history (UnknotYourDataPage *self,
                                   UnknotHistoryStore *history,
                                   GSettings          *settings)
{
  g_return_if_fail (UNKNOT_IS_YOUR_DATA_PAGE (self));
  g_return_if_fail (UNKNOT_IS_HISTORY_STORE (history));
  g_return_if_fail (G_IS_SETTINGS (settings));

  if (self->history != NULL)
    g_signal_handlers_disconnect_by_func (self->history, history_changed_cb, self);
  g_set_object (&self->history, history);
  g_set_object (&self->settings, settings);
  g_signal_connect_object (history, "changed", G_CALLBACK (history_changed_cb), self, G_CONNECT_DEFAULT);
  update_summary (self);
}

/* Export */

static void
export_written_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * unknot_your_data_page_export_async:
 * @file: where to write, replaced if it exists
 *
 * Writes the whole history to @file.
 */
void
unknot_your_data_page_export_async (UnknotYourDataPage  *self,
                                    GFile               *file,
                                    UnknotExportFormat   format,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *text;

  g_return_if_fail (UNKNOT_IS_YOUR_DATA_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->history != NULL);

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, unknot_your_data_page_export_async);

  sessions = unknot_history_store_list_since (self->history, "0000-01-01", &error);
  if (sessions != NULL && format == UNKNOT_EXPORT_JSON)
    checks = unknot_history_store_list_safety_checks (self->history, &error);
  if (sessions == NULL || (format == UNKNOT_EXPORT_JSON && checks == NULL))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (format == UNKNOT_EXPORT_JSON)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      text = unknot_history_to_json (sessions, checks, now);
    }
  else
    {
      g_autoptr(GTimeZone) zone = g_time_zone_new_local ();

      text = unknot_history_to_csv (sessions, zone);
    }
  bytes = g_bytes_new_take (text, strlen (text));
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                       NULL, export_written_cb, g_steal_pointer (&task));
}

gboolean
unknot_your_data_page_export_finish (UnknotYourDataPage  *self,
                                     GAsyncResult        *result,
                                     GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  UnknotYourDataPage *self = UNKNOT_YOUR_DATA_PAGE (source);
  g_autoptr(GError) error = NULL;

  if (unknot_your_data_page_export_finish (self, result, &error))
    add_toast (self, _("History exported"));
  else
    show_alert (self, _("History Not Exported"), error->message);
}

static void
export_file_chosen_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(UnknotYourDataPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, &error);
  const char *format = g_object_get_data (source, "unknot-format");

  if (file == NULL)
    return;  /* dismissed */
  unknot_your_data_page_export_async (self, file,
                                      g_strcmp0 (format, "csv") == 0 ? UNKNOT_EXPORT_CSV : UNKNOT_EXPORT_JSON,
                                      exported_cb, NULL);
}

static void
choose_export_file (UnknotYourDataPage *self,
                    const char         *format)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = g_strdup_printf ("unknot-history-%s.%s", day, format);

  gtk_file_dialog_set_title (dialog, _("Export History"));
  gtk_file_dialog_set_initial_name (dialog, name);
  g_object_set_data_full (G_OBJECT (dialog), "unknot-format", g_strdup (format), g_free);
  gtk_file_dialog_save (dialog, GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), NULL,
                        export_file_chosen_cb, g_object_ref (self));
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  choose_export_file (UNKNOT_YOUR_DATA_PAGE (widget), "csv");
}

static void
export_json_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  choose_export_file (UNKNOT_YOUR_DATA_PAGE (widget), "json");
}

/* Import */

static void
import_loaded_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  UnknotYourDataPage *self = g_task_get_source_object (task);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_problem_free);
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_basename (G_FILE (source));
  gsize length = 0;
  guint added = 0;

  if (!g_file_load_contents_finish (G_FILE (source), result, &contents, &length, NULL, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (!unknot_history_from_json (name, contents, length, &sessions, &checks, problems))
    {
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint i = 0; i < MIN (problems->len, MAX_PROBLEMS_SHOWN); i++)
        {
          g_autofree char *line = unknot_problem_to_string (g_ptr_array_index (problems, i));

          g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", line);
        }
      if (problems->len > MAX_PROBLEMS_SHOWN)
        g_string_append_printf (text, "\n%s", _("…and more."));
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s", text->str);
      return;
    }

  if (!unknot_history_store_import (self->history, sessions, checks, &added, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_set_task_data (task, GUINT_TO_POINTER (added), NULL);
  g_task_return_int (task, sessions->len);
}

/**
 * unknot_your_data_page_import_async:
 * @file: a history exported as JSON
 *
 * Reads @file and adds what the history does not have yet, all of it or nothing.
 */
void
unknot_your_data_page_import_async (UnknotYourDataPage  *self,
                                    GFile               *file,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (UNKNOT_IS_YOUR_DATA_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->history != NULL);

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, unknot_your_data_page_import_async);
  g_file_load_contents_async (file, NULL, import_loaded_cb, task);
}

/**
 * unknot_your_data_page_import_finish:
 *
 * Returns: whether the file was imported; a file with problems gives
 *   %G_IO_ERROR_INVALID_DATA with each problem on a line of the message
 */
gboolean
unknot_your_data_page_import_finish (UnknotYourDataPage  *self,
                                     GAsyncResult        *result,
                                     GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_int (G_TASK (result), error) >= 0;
}

static void
imported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  UnknotYourDataPage *self = UNKNOT_YOUR_DATA_PAGE (source);
  g_autoptr(GError) error = NULL;
  guint added;

  if (!unknot_your_data_page_import_finish (self, result, &error))
    {
      show_alert (self,
                  g_error_matches (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA)
                  ? _("File Not Imported") : _("History Not Imported"),
                  error->message);
      return;
    }

  added = GPOINTER_TO_UINT (g_task_get_task_data (G_TASK (result)));
  if (added == 0)
    add_toast (self, _("Nothing new: every session in the file is here already"));
  else
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session imported",
                                                            "%u sessions imported", added), added);

      add_toast (self, text);
    }
}

static void
import_file_chosen_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(UnknotYourDataPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, &error);

  if (file != NULL)
    unknot_your_data_page_import_async (self, file, imported_cb, NULL);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_autoptr(GtkFileDialog) dialog = unknot_json_open_dialog_new (_("Import a History"), _("Unknot History (JSON)"));
  gtk_file_dialog_open (dialog, GTK_WINDOW (gtk_widget_get_root (widget)), NULL,
                        import_file_chosen_cb, g_object_ref (widget));
}

/* Delete */

static void
delete_response_cb (AdwAlertDialog     *dialog,
                    const char         *response,
                    UnknotYourDataPage *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;

  if (!unknot_history_store_delete_all (self->history, &error))
    {
      show_alert (self, _("Data Not Deleted"), error->message);
      return;
    }
  /* the answers in force go too: the safety check is asked again before a release */
  g_settings_reset (self->settings, "safety-answers");
  g_settings_reset (self->settings, "safety-answered-at");
  add_toast (self, _("All your data was deleted"));
}

static void
delete_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  UnknotYourDataPage *self = UNKNOT_YOUR_DATA_PAGE (widget);
  AdwDialog *dialog;

  dialog = adw_alert_dialog_new (_("Delete All Your Data?"),
                                 _("Every session, pain rating, note and safety answer is removed from this "
                                   "computer, for good. Export everything first to keep a copy."));
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "delete", _("_Delete All"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "cancel");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, G_CONNECT_DEFAULT);
  adw_dialog_present (dialog, widget);
}

static void
unknot_your_data_page_dispose (GObject *object)
{
  UnknotYourDataPage *self = UNKNOT_YOUR_DATA_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), UNKNOT_TYPE_YOUR_DATA_PAGE);
  g_clear_object (&self->history);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (unknot_your_data_page_parent_class)->dispose (object);
}

static void
unknot_your_data_page_class_init (UnknotYourDataPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = unknot_your_data_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/unknot-your-data-page.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotYourDataPage, summary_row);

  gtk_widget_class_install_action (widget_class, "data.export-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "data.export-json", NULL, export_json_action);
  gtk_widget_class_install_action (widget_class, "data.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "data.delete-all", NULL, delete_all_action);
}

static void
unknot_your_data_page_init (UnknotYourDataPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
