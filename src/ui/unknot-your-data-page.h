/* unknot-your-data-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "unknot-history-store.h"

G_BEGIN_DECLS

typedef enum
{
  UNKNOT_EXPORT_JSON,
  UNKNOT_EXPORT_CSV,
} UnknotExportFormat;

#define UNKNOT_TYPE_YOUR_DATA_PAGE (unknot_your_data_page_get_type ())

G_DECLARE_FINAL_TYPE (UnknotYourDataPage, unknot_your_data_page, UNKNOT, YOUR_DATA_PAGE, AdwPreferencesPage)

void     unknot_your_data_page_set_history   (UnknotYourDataPage  *self,
                                              UnknotHistoryStore  *history,
                                              GSettings           *settings);
void     unknot_your_data_page_export_async  (UnknotYourDataPage  *self,
                                              GFile               *file,
                                              UnknotExportFormat   format,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
gboolean unknot_your_data_page_export_finish (UnknotYourDataPage  *self,
                                              GAsyncResult        *result,
                                              GError             **error);
void     unknot_your_data_page_import_async  (UnknotYourDataPage  *self,
                                              GFile               *file,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
gboolean unknot_your_data_page_import_finish (UnknotYourDataPage  *self,
                                              GAsyncResult        *result,
                                              GError             **error);

G_END_DECLS
