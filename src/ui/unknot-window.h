/* unknot-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "unknot-session-engine.h"

#include "unknot-application.h"
#include "unknot-progress-page.h"
#include "unknot-release-page.h"
#include "unknot-routines-page.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_WINDOW (unknot_window_get_type ())

G_DECLARE_FINAL_TYPE (UnknotWindow, unknot_window, UNKNOT, WINDOW, AdwApplicationWindow)

UnknotWindow *unknot_window_new                (UnknotApplication *application);
const char   *unknot_window_get_visible_page   (UnknotWindow      *self);
gboolean      unknot_window_get_session_shown  (UnknotWindow      *self);
UnknotSessionEngine *
              unknot_window_get_session        (UnknotWindow      *self);
void          unknot_window_set_visible_page   (UnknotWindow      *self,
                                                const char        *page_name);
void          unknot_window_add_toast          (UnknotWindow      *self,
                                                AdwToast          *toast);
UnknotRoutinesPage *unknot_window_get_routines_page (UnknotWindow *self);
UnknotProgressPage  *unknot_window_get_progress_page (UnknotWindow *self);
UnknotReleasePage  *unknot_window_get_release_page  (UnknotWindow *self);

G_END_DECLS
