/* unknot-session-summary-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "unknot-history-store.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_SESSION_SUMMARY_PAGE (unknot_session_summary_page_get_type ())

G_DECLARE_FINAL_TYPE (UnknotSessionSummaryPage, unknot_session_summary_page, UNKNOT, SESSION_SUMMARY_PAGE, AdwNavigationPage)

AdwNavigationPage *unknot_session_summary_page_new (UnknotSessionLog   *log,
                                                    UnknotHistoryStore *history,
                                                    const char         *save_error);
AdwNavigationPage *unknot_session_summary_page_new_for_past (UnknotSessionLog   *log,
                                                             UnknotHistoryStore *history);

G_END_DECLS
