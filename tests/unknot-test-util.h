/* unknot-test-util.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "unknot-application.h"

/* cmocka wants these before its own header */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

G_BEGIN_DECLS

typedef gboolean (*UnknotTestCondition) (gpointer data);

gboolean   unknot_test_wait_until      (UnknotTestCondition condition,
                                        gpointer            data,
                                        guint               timeout_ms);
gboolean   unknot_test_wait_for_count  (const guint        *counter,
                                        guint               value,
                                        guint               timeout_ms);
void       unknot_test_run_main_loop   (guint               ms);
void       unknot_test_remove_tree     (const char         *path);
gboolean   unknot_test_widget_is_mapped (gpointer            data);
GtkWidget *unknot_test_find_descendant (GtkWidget          *root,
                                        GType               type);
gboolean   unknot_test_shows_text      (GtkWidget          *widget,
                                        const char         *text);
void       unknot_test_assert_shows    (gpointer            widget,
                                        const char         *text,
                                        guint               timeout_ms);
void       unknot_test_close_dialog    (AdwDialog          *dialog);
void       unknot_test_activate        (gpointer            widget,
                                        const char         *action);
GtkWidget *unknot_test_find_button     (GtkWidget          *root,
                                        const char         *label);
GtkWidget *unknot_test_find_action_button (GtkWidget       *root,
                                           const char      *action);
void       unknot_test_press           (GtkWidget          *root,
                                        const char         *action);
GdkTexture *unknot_test_render_window  (GtkWidget          *widget,
                                        const char         *name);
void        unknot_test_wait_for_paint (GtkWidget          *widget);
char       *unknot_test_widget_text    (GtkWidget          *widget);

const char        *unknot_test_prepare_data_home (void);
UnknotApplication *unknot_test_application_start (void);
void               unknot_test_application_stop  (UnknotApplication *app);
GtkWindow         *unknot_test_open_main_window  (UnknotApplication *app);
void               unknot_test_set_safety_answers (UnknotApplication *app,
                                                   const char        *yes_id);

int                unknot_test_run_in_main_window (const char               *group,
                                                   const struct CMUnitTest  *tests,
                                                   size_t                    n_tests,
                                                   UnknotClock              *clock,
                                                   UnknotApplication       **app,
                                                   GtkWindow               **window);

AdwNavigationPage *unknot_test_visible_navigation_page  (GtkWidget *window);
AdwNavigationPage *unknot_test_wait_for_navigation_page (GtkWidget *window,
                                                         GType      type);

G_END_DECLS
