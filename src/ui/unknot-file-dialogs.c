/* unknot-file-dialogs.c: file choosers shared by the pages that import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "unknot-file-dialogs.h"

/**
 * unknot_json_open_dialog_new:
 * @title: the chooser's title
 * @filter_name: what the JSON files are, as the filter shows it
 *
 * Returns: (transfer full): a chooser for opening a JSON file
 */
GtkFileDialog *
unknot_json_open_dialog_new (const char *title,
                             const char *filter_name)
{
  GtkFileDialog *dialog = gtk_file_dialog_new ();
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr (GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_filter_add_mime_type (filter, "application/json");
  g_list_store_append (filters, filter);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_title (dialog, title);

  return dialog;
}
