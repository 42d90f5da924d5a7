/* unknot-progress-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "unknot-history-store.h"
#include "unknot-practice-calendar.h"
#include "unknot-trend-plot.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_PROGRESS_PAGE (unknot_progress_page_get_type ())

G_DECLARE_FINAL_TYPE (UnknotProgressPage, unknot_progress_page, UNKNOT, PROGRESS_PAGE, AdwBin)

GtkWidget              *unknot_progress_page_new            (UnknotHistoryStore *history);
UnknotHistoryStore     *unknot_progress_page_get_history    (UnknotProgressPage *self);
void                    unknot_progress_page_set_history    (UnknotProgressPage *self,
                                                             UnknotHistoryStore *history);
UnknotPracticeCalendar *unknot_progress_page_get_calendar   (UnknotProgressPage *self);
UnknotTrendPlot        *unknot_progress_page_get_trend_plot (UnknotProgressPage *self,
                                                             UnknotSide          side);
GtkListBox             *unknot_progress_page_get_session_list (UnknotProgressPage *self);

G_END_DECLS
