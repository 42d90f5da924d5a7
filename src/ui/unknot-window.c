/* unknot-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "unknot-window"

#include "config.h"

#include <glib/gi18n.h>

#include "unknot-first-frame-probe.h"
#include "unknot-routines-page.h"
#include "unknot-today-page.h"
#include "unknot-anatomy-page.h"
#include "unknot-release-page.h"
#include "unknot-player-page.h"
#include "unknot-progress-page.h"
#include "unknot-window.h"

struct _UnknotWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;

  AdwToastOverlay      *toast_overlay;
  AdwNavigationView    *navigation_view;
  AdwViewStack         *view_stack;
  UnknotRoutinesPage   *routines_page;
  UnknotTodayPage      *today_page;
  AdwBin               *progress_bin;    /* the Progress page, made when first shown */
  AdwBin               *anatomy_bin;     /* the Anatomy page, made when first shown */
  AdwBin               *release_bin;     /* the Release page, made when first shown */

  AdwDialog            *close_dialog;    /* asking whether to end a session, if shown */
  gboolean              resume_after;    /* the session ran when the question came */
};

G_DEFINE_FINAL_TYPE (UnknotWindow, unknot_window, ADW_TYPE_APPLICATION_WINDOW)

UnknotWindow *
unknot_window_new (UnknotApplication *application)
{
  UnknotWindow *self;
  UnknotSafetyGate gate;

  g_return_val_if_fail (UNKNOT_IS_APPLICATION (application), NULL);

  self = g_object_new (UNKNOT_TYPE_WINDOW,
                       "application", application,
                       NULL);
  unknot_routines_page_set_library (self->routines_page, unknot_application_get_library (application),
                                    unknot_application_get_library_problems (application));
  if (unknot_application_get_safety (application) != NULL)
    unknot_routines_page_set_safety (self->routines_page, unknot_application_get_safety (application),
                                     unknot_application_get_settings (application));
  unknot_application_get_safety_gate (application, &gate);
  unknot_today_page_set_gate (self->today_page, &gate);

  return self;
}

/**
 * unknot_window_get_visible_page:
 *
 * Returns: the name of the page shown in the view stack ("today", "release", …)
 */
const char *
unknot_window_get_visible_page (UnknotWindow *self)
{
  g_return_val_if_fail (UNKNOT_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

/**
 * unknot_window_get_session:
 *
 * Returns: (transfer none) (nullable): the session on the navigation stack that has not
 *   ended, if there is one
 */
UnknotSessionEngine *
unknot_window_get_session (UnknotWindow *self)
{
  g_autoptr (GListModel) stack = NULL;

  g_return_val_if_fail (UNKNOT_IS_WINDOW (self), NULL);

  stack = adw_navigation_view_get_navigation_stack (self->navigation_view);
  for (guint i = 0; i < g_list_model_get_n_items (stack); i++)
    {
      g_autoptr (AdwNavigationPage) page = g_list_model_get_item (stack, i);
      UnknotSessionEngine *engine;
      UnknotSessionState state;

      if (!UNKNOT_IS_PLAYER_PAGE (page))
        continue;
      engine = unknot_player_page_get_engine (UNKNOT_PLAYER_PAGE (page));
      state = unknot_session_engine_get_state (engine);
      if (state != UNKNOT_SESSION_FINISHED && state != UNKNOT_SESSION_ABANDONED)
        return engine;
    }

  return NULL;
}

gboolean
unknot_window_get_session_shown (UnknotWindow *self)
{
  return unknot_window_get_session (self) != NULL;
}

/**
 * unknot_window_set_visible_page:
 *
 * Shows a page of the view stack, leaving the pages pushed over it, unless a session
 * is running there: that is never cut short from elsewhere.
 */
void
unknot_window_set_visible_page (UnknotWindow *self,
                                const char   *page_name)
{
  g_return_if_fail (UNKNOT_IS_WINDOW (self));
  g_return_if_fail (page_name != NULL);

  if (unknot_window_get_session_shown (self))
    return;

  if (adw_view_stack_get_child_by_name (self->view_stack, page_name) == NULL)
    {
      g_warning ("There is no page named “%s”", page_name);
      return;
    }

  /* A page of the view stack is only visible at the root of the navigation. */
  adw_navigation_view_pop_to_tag (self->navigation_view, "main");
  adw_view_stack_set_visible_child_name (self->view_stack, page_name);
}

/**
 * unknot_window_add_toast:
 * @toast: (transfer full): the toast
 */
void
unknot_window_add_toast (UnknotWindow *self,
                         AdwToast     *toast)
{
  g_return_if_fail (UNKNOT_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * unknot_window_get_routines_page:
 *
 * Returns: (transfer none): the Routines page
 */
UnknotRoutinesPage *
unknot_window_get_routines_page (UnknotWindow *self)
{
  g_return_val_if_fail (UNKNOT_IS_WINDOW (self), NULL);

  return self->routines_page;
}

static void
unknot_window_show_page_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  unknot_window_set_visible_page (UNKNOT_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
unknot_window_save_state (UnknotWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static void
close_response_cb (AdwAlertDialog *dialog,
                   const char     *response,
                   UnknotWindow   *self)
{
  UnknotSessionEngine *engine = unknot_window_get_session (self);

  self->close_dialog = NULL;
  if (engine == NULL)
    return;

  if (g_strcmp0 (response, "close") == 0)
    {
      unknot_session_engine_abandon (engine, "closed");
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (self->resume_after)
    {
      unknot_session_engine_resume (engine);
    }
}

/* Closing the window (or quitting) in the middle of a session asks first, with the
 * session paused meanwhile: a stray Ctrl+Q must not end it. */
static gboolean
ask_before_ending_session (UnknotWindow *self)
{
  UnknotSessionEngine *engine = unknot_window_get_session (self);
  AdwDialog *dialog;

  /* one still sliding in, not started, ends without a word */
  if (engine == NULL || unknot_session_engine_get_state (engine) == UNKNOT_SESSION_READY)
    return FALSE;
  if (self->close_dialog != NULL)
    return TRUE;

  self->resume_after = unknot_session_engine_get_state (engine) == UNKNOT_SESSION_RUNNING;
  unknot_session_engine_pause (engine);

  dialog = adw_alert_dialog_new (_("Stop and Close?"),
                                 _("Closing the window ends the session you are in."));
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "continue", _("_Keep Going"),
                                  "close", _("_Stop and Close"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "close", ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "continue");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "continue");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, G_CONNECT_DEFAULT);
  self->close_dialog = dialog;
  adw_dialog_present (dialog, GTK_WIDGET (self));

  return TRUE;
}

static gboolean
unknot_window_close_request (GtkWindow *window)
{
  if (ask_before_ending_session (UNKNOT_WINDOW (window)))
    return TRUE;

  unknot_window_save_state (UNKNOT_WINDOW (window));

  return GTK_WINDOW_CLASS (unknot_window_parent_class)->close_request (window);
}

/* The Anatomy and Release pages are made the first time they are shown: building
 * them would add a quarter to the time the window takes to appear. */
static void
visible_page_changed_cb (AdwViewStack *stack,
                         GParamSpec   *pspec,
                         UnknotWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  const char *name = adw_view_stack_get_visible_child_name (stack);
  UnknotRoutineLibrary *library;

  if (!UNKNOT_IS_APPLICATION (app))
    return;
  library = unknot_application_get_library (UNKNOT_APPLICATION (app));

  if (g_strcmp0 (name, "progress") == 0)
    unknot_window_get_progress_page (self);
  else if (g_strcmp0 (name, "anatomy") == 0 && adw_bin_get_child (self->anatomy_bin) == NULL)
    {
      GtkWidget *page = g_object_new (UNKNOT_TYPE_ANATOMY_PAGE, NULL);

      unknot_anatomy_page_set_anatomy (UNKNOT_ANATOMY_PAGE (page), unknot_routine_library_get_anatomy (library));
      adw_bin_set_child (self->anatomy_bin, page);
    }
  else if (g_strcmp0 (name, "release") == 0 && adw_bin_get_child (self->release_bin) == NULL &&
           unknot_application_get_safety (UNKNOT_APPLICATION (app)) != NULL)
    {
      adw_bin_set_child (self->release_bin,
                         unknot_release_page_new (library,
                                                  unknot_application_get_safety (UNKNOT_APPLICATION (app)),
                                                  unknot_application_get_settings (UNKNOT_APPLICATION (app)),
                                                  unknot_application_get_history (UNKNOT_APPLICATION (app)),
                                                  unknot_application_get_clock (UNKNOT_APPLICATION (app))));
    }
}

/**
 * unknot_window_get_progress_page:
 *
 * The Progress page is made when it is first shown, or asked for here: a window opened
 * on Today does not pay for it.
 *
 * Returns: (transfer none): the Progress page
 */
UnknotProgressPage *
unknot_window_get_progress_page (UnknotWindow *self)
{
  GtkApplication *app;
  GtkWidget *page;

  g_return_val_if_fail (UNKNOT_IS_WINDOW (self), NULL);

  page = adw_bin_get_child (self->progress_bin);
  if (page == NULL)
    {
      app = gtk_window_get_application (GTK_WINDOW (self));
      page = unknot_progress_page_new (UNKNOT_IS_APPLICATION (app)
                                       ? unknot_application_get_history (UNKNOT_APPLICATION (app)) : NULL);
      adw_bin_set_child (self->progress_bin, page);
    }
  return UNKNOT_PROGRESS_PAGE (page);
}

/**
 * unknot_window_get_release_page:
 *
 * Returns: (transfer none) (nullable): the Release page, once it has been shown
 */
UnknotReleasePage *
unknot_window_get_release_page (UnknotWindow *self)
{
  GtkWidget *page;

  g_return_val_if_fail (UNKNOT_IS_WINDOW (self), NULL);

  page = adw_bin_get_child (self->release_bin);
  return page != NULL ? UNKNOT_RELEASE_PAGE (page) : NULL;
}

static void
unknot_window_constructed (GObject *object)
{
  UnknotWindow *self = UNKNOT_WINDOW (object);

  G_OBJECT_CLASS (unknot_window_parent_class)->constructed (object);

  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (visible_page_changed_cb), self, G_CONNECT_DEFAULT);
  visible_page_changed_cb (self->view_stack, NULL, self);

  self->settings = g_settings_new (BASE_ID);

  /* Remembered sizes below the supported minimum (from an older layout, or edited by
   * hand) are clamped by the schema's range; the window never opens smaller. */
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  unknot_first_frame_probe_attach_from_environment (GTK_WINDOW (self));
}

static void
unknot_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), UNKNOT_TYPE_WINDOW);

  G_OBJECT_CLASS (unknot_window_parent_class)->dispose (object);
}

static void
unknot_window_finalize (GObject *object)
{
  UnknotWindow *self = UNKNOT_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (unknot_window_parent_class)->finalize (object);
}

static void
unknot_window_class_init (UnknotWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = unknot_window_constructed;
  object_class->dispose = unknot_window_dispose;
  object_class->finalize = unknot_window_finalize;

  window_class->close_request = unknot_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/unknot-window.ui");
  g_type_ensure (UNKNOT_TYPE_ROUTINES_PAGE);
  g_type_ensure (UNKNOT_TYPE_TODAY_PAGE);

  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, navigation_view);
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, routines_page);
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, progress_bin);
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, anatomy_bin);
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, today_page);
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, release_bin);
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, view_stack);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", unknot_window_show_page_action);
}

static void
unknot_window_init (UnknotWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}
