/* unknot-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "unknot-application"

#include "config.h"

#include <glib/gi18n.h>

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "unknot-application.h"
#include "unknot-preferences-dialog.h"
#include "unknot-content-check.h"
#include "unknot-problem.h"
#include "unknot-system-clock.h"
#include "unknot-routines-page.h"
#include "unknot-memory-history.h"
#include "unknot-reminders.h"
#include "unknot-safety-store.h"
#include "unknot-sqlite-history.h"
#include "unknot-window.h"

struct _UnknotApplication
{
  AdwApplication  parent_instance;

  GSettings            *settings;
  UnknotRoutineLibrary *library;
  GPtrArray            *library_problems;  /* UnknotProblem: user files left out */
  UnknotClock          *clock;             /* what sessions take their time from */
  UnknotAnnouncer      *announcer;         /* cue sounds and speech, made on first use */
  UnknotHistoryStore   *history;           /* where sessions are kept */
  char                 *history_problem;   /* what the user is to be told about it, once */
  char                 *history_path;      /* and the file or folder it is about */
  UnknotSafety         *safety;            /* the safety screen, read on first use */
  UnknotReminders      *reminders;         /* daily reminders, also with no window */
  gboolean              told_no_sound;
  gboolean              told_no_voice;
  GDBusConnection      *system_bus;        /* for logind's word before a sleep */
  guint                 sleep_watch;
  GCancellable         *cancellable;
};

G_DEFINE_FINAL_TYPE (UnknotApplication, unknot_application, ADW_TYPE_APPLICATION)

UnknotApplication *
unknot_application_new (const char        *application_id,
                        GApplicationFlags  flags)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  return g_object_new (UNKNOT_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags,
                       /* The same resources serve the stable and the .Devel id. */
                       "resource-base-path", RESOURCE_BASE_PATH,
                       NULL);
}

/**
 * unknot_application_get_settings:
 *
 * Returns: (transfer none): the application's settings
 */
GSettings *
unknot_application_get_settings (UnknotApplication *self)
{
  g_return_val_if_fail (UNKNOT_IS_APPLICATION (self), NULL);

  return self->settings;
}

/**
 * unknot_application_get_library:
 *
 * Returns: (transfer none): the routines, bundled and the user's
 */
UnknotRoutineLibrary *
unknot_application_get_library (UnknotApplication *self)
{
  g_return_val_if_fail (UNKNOT_IS_APPLICATION (self), NULL);

  return self->library;
}

/**
 * unknot_application_get_library_problems:
 *
 * Returns: (transfer none) (element-type UnknotProblem): problems of the routine files in
 *   the user's folder that were left out when the library loaded
 */
GPtrArray *
unknot_application_get_library_problems (UnknotApplication *self)
{
  g_return_val_if_fail (UNKNOT_IS_APPLICATION (self), NULL);

  return self->library_problems;
}

/**
 * unknot_application_get_clock:
 *
 * Returns: (transfer none): the clock sessions take their time from
 */
UnknotClock *
unknot_application_get_clock (UnknotApplication *self)
{
  g_return_val_if_fail (UNKNOT_IS_APPLICATION (self), NULL);

  if (self->clock == NULL)
    self->clock = unknot_system_clock_new ();
  return self->clock;
}

/* @path with the home folder as ~, as people know it */
static char *
shown_path (const char *path)
{
  const char *home = g_get_home_dir ();

  if (g_str_has_prefix (path, home) && (path[strlen (home)] == '/' || path[strlen (home)] == '\0'))
    return g_strconcat ("~", path + strlen (home), NULL);
  return g_strdup (path);
}

/* Whether Unknot can keep files in @folder, making it where it is missing */
static gboolean
folder_is_writable (const char *folder)
{
  return g_mkdir_with_parents (folder, 0700) == 0 && g_access (folder, W_OK) == 0;
}

/* The history in the user's data folder. Where it cannot be opened, sessions are kept
 * in memory (the summary says they were not saved) and the user is told why. */
static void
open_history (UnknotApplication *self)
{
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "unknot", NULL);
  g_autofree char *path = g_build_filename (folder, "history.sqlite3", NULL);
  g_autofree char *aside = NULL;
  g_autoptr (GError) error = NULL;

  self->history = unknot_sqlite_history_open (path, &aside, &error);
  if (self->history == NULL)
    {
      g_message ("%s", error->message);
      self->history = unknot_memory_history_new ();
      if (!folder_is_writable (folder))
        {
          self->history_problem = g_strdup (_("Unknot cannot write to its folder, so sessions are kept only "
                                              "until it closes, and routines cannot be imported."));
          self->history_path = shown_path (folder);
        }
      else
        self->history_problem = g_strdup_printf (_("Sessions are kept only until Unknot closes. %s"), error->message);
    }
  else if (aside != NULL)
    {
      g_autofree char *shown = shown_path (aside);

      self->history_problem = g_strdup_printf (_("It could not be read, so it was set aside as %s, with nothing in it deleted. "
                                                 "A new history has begun."), shown);
    }
}

/**
 * unknot_application_get_history:
 *
 * Returns: (transfer none): where finished sessions are kept: the database in the
 *   user's data folder, or memory where that cannot be opened
 */
UnknotHistoryStore *
unknot_application_get_history (UnknotApplication *self)
{
  g_return_val_if_fail (UNKNOT_IS_APPLICATION (self), NULL);

  if (self->history == NULL)
    open_history (self);
  return self->history;
}

/* A damaged history moved aside, or one that cannot be opened: said once, in a dialog,
 * since it is about the user's data. A folder goes below the text, where it may break
 * anywhere. */
static void
tell_history_problem (UnknotApplication *self,
                      GtkWindow         *window)
{
  UnknotHistoryStore *history = unknot_application_get_history (self);
  AdwDialog *dialog;
  gboolean persistent;

  if (self->history_problem == NULL)
    return;

  persistent = unknot_history_store_is_persistent (history);
  dialog = adw_alert_dialog_new (persistent ? _("History Was Damaged") : _("Cannot Save History"),
                                 self->history_problem);
  if (self->history_path != NULL)
    {
      GtkWidget *path = gtk_label_new (self->history_path);

      gtk_label_set_wrap (GTK_LABEL (path), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (path), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_justify (GTK_LABEL (path), GTK_JUSTIFY_CENTER);
      gtk_widget_add_css_class (path, "monospace");
      adw_alert_dialog_set_extra_child (ADW_ALERT_DIALOG (dialog), path);
    }
  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), "close", _("_OK"));
  adw_dialog_present (dialog, GTK_WIDGET (window));
  g_clear_pointer (&self->history_problem, g_free);
  g_clear_pointer (&self->history_path, g_free);
}

/* Every safety check answered, from whichever dialog, is kept in the history too */
static void
safety_answered_cb (GSettings         *settings,
                    const char        *key,
                    UnknotApplication *self)
{
  g_autoptr (UnknotSafetyAnswers) answers = unknot_safety_store_load (settings);
  g_autoptr (GError) error = NULL;

  if (answers == NULL || unknot_safety_answers_get_answered_at (answers) <= 0)
    return;
  if (!unknot_history_store_add_safety_check (unknot_application_get_history (self), answers, &error))
    g_message ("The safety check was not kept in the history: %s", error->message);
}

/**
 * unknot_application_get_safety:
 *
 * Returns: (transfer none) (nullable): the safety screen's questions, red flags and
 *   stop rules; %NULL only if the bundled file is broken, which the tests rule out
 */
UnknotSafety *
unknot_application_get_safety (UnknotApplication *self)
{
  g_autoptr(GPtrArray) problems = NULL;

  g_return_val_if_fail (UNKNOT_IS_APPLICATION (self), NULL);

  if (self->safety != NULL)
    return self->safety;

  problems = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_problem_free);
  self->safety = unknot_safety_load_bundled (problems);
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = unknot_problem_to_string (g_ptr_array_index (problems, i));

      g_critical ("The bundled safety screen is broken: %s", line);
    }
  return self->safety;
}

/**
 * unknot_application_get_safety_gate:
 * @gate: (out caller-allocates): filled with what is looked at before a routine
 *   starts, owned by the application
 *
 * Returns: whether it could be filled (the safety screen loaded)
 */
gboolean
unknot_application_get_safety_gate (UnknotApplication *self,
                                    UnknotSafetyGate  *gate)
{
  g_return_val_if_fail (UNKNOT_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (gate != NULL, FALSE);

  *gate = (UnknotSafetyGate) {
    .safety = unknot_application_get_safety (self),
    .settings = unknot_application_get_settings (self),
    .history = unknot_application_get_history (self),
    .routines = G_LIST_MODEL (unknot_application_get_library (self)),
  };
  return gate->safety != NULL;
}

/**
 * unknot_application_get_reminders:
 *
 * Returns: (transfer none) (nullable): the daily reminders; %NULL before start-up
 */
UnknotReminders *
unknot_application_get_reminders (UnknotApplication *self)
{
  g_return_val_if_fail (UNKNOT_IS_APPLICATION (self), NULL);

  return self->reminders;
}

/* Which cues each switch of the Sound preferences turns on and off */
static const struct {
  const char *key;
  UnknotCue   cues[2];
} cue_settings[] = {
  { "cue-start", { UNKNOT_CUE_START, UNKNOT_CUE_NONE } },
  { "cue-halfway", { UNKNOT_CUE_HALFWAY, UNKNOT_CUE_NONE } },
  { "cue-countdown", { UNKNOT_CUE_TICK, UNKNOT_CUE_NONE } },
  { "cue-switch-sides", { UNKNOT_CUE_SWITCH_SIDES, UNKNOT_CUE_NONE } },
  { "cue-breathing", { UNKNOT_CUE_BREATHE_IN, UNKNOT_CUE_BREATHE_OUT } },
  { "cue-finish", { UNKNOT_CUE_FINISH, UNKNOT_CUE_NONE } },
};

static void
apply_cue_settings (UnknotApplication *self)
{
  UnknotCuePlayer *player = unknot_announcer_get_player (self->announcer);

  for (gsize i = 0; i < G_N_ELEMENTS (cue_settings); i++)
    {
      gboolean enabled = g_settings_get_boolean (self->settings, cue_settings[i].key);

      for (gsize j = 0; j < G_N_ELEMENTS (cue_settings[i].cues); j++)
        if (cue_settings[i].cues[j] != UNKNOT_CUE_NONE)
          unknot_cue_player_set_cue_enabled (player, cue_settings[i].cues[j], enabled);
    }
}

static void
cue_setting_changed_cb (GSettings         *settings,
                        const char        *key,
                        UnknotApplication *self)
{
  if (g_str_has_prefix (key, "cue-"))
    apply_cue_settings (self);
}

/* Without a sound device a session runs silently; say so once, where it shows. */
static void
tell_no_sound (UnknotApplication *self)
{
  UnknotCuePlayer *player = unknot_announcer_get_player (self->announcer);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (self->told_no_sound || unknot_cue_player_get_available (player) || !UNKNOT_IS_WINDOW (window))
    return;

  /* Short enough for a phone-wide toast; Preferences give the whole reason. */
  self->told_no_sound = TRUE;
  unknot_window_add_toast (UNKNOT_WINDOW (window), adw_toast_new (_("No sound device found")));
}

static void
cue_player_available_cb (UnknotCuePlayer   *player,
                         GParamSpec        *pspec,
                         UnknotApplication *self)
{
  tell_no_sound (self);
}

/* With the voice on but no speech service, the steps are not spoken; say so once. Where
 * the voice was just turned on in Preferences, its row already says why. */
static void
tell_no_voice (UnknotApplication *self)
{
  UnknotSpeaker *speaker = unknot_announcer_get_speaker (self->announcer);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  AdwDialog *dialog;

  if (self->told_no_voice || speaker == NULL || unknot_speaker_get_available (speaker) ||
      !unknot_announcer_get_voice_enabled (self->announcer) || !UNKNOT_IS_WINDOW (window))
    return;

  self->told_no_voice = TRUE;
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  if (UNKNOT_IS_PREFERENCES_DIALOG (dialog))
    return;
  unknot_window_add_toast (UNKNOT_WINDOW (window), adw_toast_new (_("No speech service found")));
}

static void
speaker_connected_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr (GError) error = NULL;

  if (unknot_speaker_connect_finish (UNKNOT_SPEAKER (source), result, &error))
    return;
  g_debug ("No voice: %s", error->message);
  /* (an answer to the connection under way is still to come) */
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PENDING))
    tell_no_voice (UNKNOT_APPLICATION (user_data));
}

/* The service went away during a session */
static void
speaker_available_cb (UnknotSpeaker     *speaker,
                      GParamSpec        *pspec,
                      UnknotApplication *self)
{
  tell_no_voice (self);
}

/* The speech service is asked for only once the voice is wanted: connecting may start it. */
static void
voice_setting_changed_cb (GSettings         *settings,
                          const char        *key,
                          UnknotApplication *self)
{
  UnknotSpeaker *speaker = unknot_announcer_get_speaker (self->announcer);

  if (g_settings_get_boolean (settings, "voice-enabled") && speaker != NULL)
    unknot_speaker_connect_async (speaker, self->cancellable, speaker_connected_cb, self);
}

/**
 * unknot_application_get_announcer:
 *
 * Returns: (transfer none): what plays the cues and speaks the prompts, set up on
 *   first use with the sound preferences
 */
UnknotAnnouncer *
unknot_application_get_announcer (UnknotApplication *self)
{
  g_autoptr (UnknotCuePlayer) player = NULL;
  g_autoptr (UnknotSpeaker) speaker = NULL;

  g_return_val_if_fail (UNKNOT_IS_APPLICATION (self), NULL);

  if (self->announcer != NULL)
    return self->announcer;

  player = unknot_cue_player_new ();
  speaker = unknot_speaker_new ();
  self->announcer = unknot_announcer_new (player, speaker);

  g_settings_bind (self->settings, "sound-volume", player, "volume", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "voice-enabled", self->announcer, "voice-enabled", G_SETTINGS_BIND_GET);
  apply_cue_settings (self);
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (cue_setting_changed_cb), self, G_CONNECT_DEFAULT);
  g_signal_connect_object (self->settings, "changed::voice-enabled", G_CALLBACK (voice_setting_changed_cb),
                           self, G_CONNECT_DEFAULT);
  g_signal_connect_object (player, "notify::available", G_CALLBACK (cue_player_available_cb), self, G_CONNECT_DEFAULT);
  if (speaker != NULL)
    g_signal_connect_object (speaker, "notify::available", G_CALLBACK (speaker_available_cb), self, G_CONNECT_DEFAULT);
  voice_setting_changed_cb (self->settings, "voice-enabled", self);
  tell_no_sound (self);

  return self->announcer;
}

/**
 * unknot_application_set_clock:
 *
 * Makes sessions started from now on take their time from @clock (tests and the
 * benchmark give a fake one).
 */
void
unknot_application_set_clock (UnknotApplication *self,
                              UnknotClock       *clock)
{
  g_return_if_fail (UNKNOT_IS_APPLICATION (self));
  g_return_if_fail (UNKNOT_IS_CLOCK (clock));

  g_set_object (&self->clock, clock);
}

static gboolean
color_scheme_get_mapping (GValue   *value,
                          GVariant *variant,
                          gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  if (g_strcmp0 (nick, "light") == 0)
    g_value_set_enum (value, ADW_COLOR_SCHEME_FORCE_LIGHT);
  else if (g_strcmp0 (nick, "dark") == 0)
    g_value_set_enum (value, ADW_COLOR_SCHEME_FORCE_DARK);
  else
    g_value_set_enum (value, ADW_COLOR_SCHEME_DEFAULT);

  return TRUE;
}

static void
unknot_application_preferences_action (GSimpleAction *action,
                                       GVariant      *parameter,
                                       gpointer       user_data)
{
  UnknotApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  /* Ctrl+, while the dialog is open must not stack a second one. */
  if (ADW_IS_APPLICATION_WINDOW (window) &&
      UNKNOT_IS_PREFERENCES_DIALOG (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window))))
    return;

  adw_dialog_present (ADW_DIALOG (unknot_preferences_dialog_new ()), GTK_WIDGET (window));
}

static void
help_launched_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr (GtkWindow) window = user_data;
  g_autoptr (GError) error = NULL;
  AdwDialog *dialog;

  if (gtk_uri_launcher_launch_finish (GTK_URI_LAUNCHER (source), result, &error))
    return;

  /* The user closed the portal's chooser: that was their answer. */
  if (g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    return;

  g_debug ("The guide could not be opened: %s", error->message);
  dialog = adw_alert_dialog_new (_("Help Is Not Installed"),
                                 _("Install the Help app (Yelp) to read the guide to Unknot."));
  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), "close", _("_OK"));
  adw_dialog_present (dialog, GTK_WIDGET (window));
}

/**
 * unknot_application_get_help_uri:
 *
 * Returns: (transfer full): the part of the guide for what the active window shows:
 *   the player's page during a session, the guided release on the Release page, and
 *   the guide's start elsewhere
 */
char *
unknot_application_get_help_uri (UnknotApplication *self)
{
  GtkWindow *window;

  g_return_val_if_fail (UNKNOT_IS_APPLICATION (self), NULL);

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (UNKNOT_IS_WINDOW (window))
    {
      if (unknot_window_get_session (UNKNOT_WINDOW (window)) != NULL)
        return g_strdup ("help:unknot/player");
      if (g_strcmp0 (unknot_window_get_visible_page (UNKNOT_WINDOW (window)), "release") == 0)
        return g_strdup ("help:unknot/release");
    }

  return g_strdup ("help:unknot");
}

/* app.help (F1): the guide in the Help app; app.help-page("release"): one of its pages */
static void
unknot_application_help_action (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  UnknotApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *uri = NULL;
  g_autoptr (GtkUriLauncher) launcher = NULL;

  if (parameter != NULL)
    uri = g_strconcat ("help:unknot/", g_variant_get_string (parameter, NULL), NULL);
  else
    uri = unknot_application_get_help_uri (self);
  launcher = gtk_uri_launcher_new (uri);
  gtk_uri_launcher_launch (launcher, window, NULL, help_launched_cb,
                           window != NULL ? g_object_ref (window) : NULL);
}

static void
unknot_application_about_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  UnknotApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *developers[] = { "The Unknot developers", NULL };
  AdwDialog *about;

  about = adw_about_dialog_new_from_appdata (RESOURCE_BASE_PATH "/metainfo.xml", PACKAGE_VERSION);
  adw_about_dialog_set_version (ADW_ABOUT_DIALOG (about), PACKAGE_VERSION);
  adw_about_dialog_set_developers (ADW_ABOUT_DIALOG (about), developers);
  adw_about_dialog_set_artists (ADW_ABOUT_DIALOG (about), developers);
  adw_about_dialog_set_copyright (ADW_ABOUT_DIALOG (about), "© 2026 The Unknot developers");
  /* Translators: Replace "translator-credits" with your name, one name per line */
  adw_about_dialog_set_translator_credits (ADW_ABOUT_DIALOG (about), _("translator-credits"));
  adw_about_dialog_add_legal_section (ADW_ABOUT_DIALOG (about),
                                      _("Not Medical Advice"),
                                      NULL,
                                      GTK_LICENSE_CUSTOM,
                                      _("Unknot teaches self-care. It cannot diagnose the cause "
                                        "of pain and does not replace a doctor or a physiotherapist."));
  adw_about_dialog_add_legal_section (ADW_ABOUT_DIALOG (about),
                                      _("Artwork"),
                                      "© 2026 The Unknot developers",
                                      GTK_LICENSE_CUSTOM,
                                      _("The illustrations and icons are licensed under the "
                                        "<a href=\"https://creativecommons.org/licenses/by-sa/4.0/\">"
                                        "Creative Commons Attribution-ShareAlike 4.0</a> licence."));

  adw_dialog_present (about, GTK_WIDGET (window));
}

static void
unknot_application_quit_action (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  UnknotApplication *self = user_data;
  g_autoptr (GList) windows = NULL;

  /* Closing (rather than destroying) lets each window save its state and, later,
   * refuse to close while a session runs; the application ends with its last window. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (const GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

/* app.show-page("routines"): the window with that page, from outside (notifications, scripts) */
static void
unknot_application_show_page_action (GSimpleAction *action,
                                     GVariant      *parameter,
                                     gpointer       user_data)
{
  UnknotApplication *self = user_data;
  GtkWindow *window;

  g_application_activate (G_APPLICATION (self));
  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (UNKNOT_IS_WINDOW (window))
    unknot_window_set_visible_page (UNKNOT_WINDOW (window), g_variant_get_string (parameter, NULL));
}

/* app.show-routine("desk-break-3"): that routine's page (notifications will start routines) */
static void
unknot_application_show_routine_action (GSimpleAction *action,
                                        GVariant      *parameter,
                                        gpointer       user_data)
{
  UnknotApplication *self = user_data;
  UnknotRoutineEntry *entry = unknot_routine_library_lookup (self->library, g_variant_get_string (parameter, NULL));
  GtkWindow *window;

  g_application_activate (G_APPLICATION (self));
  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (entry == NULL || !UNKNOT_IS_WINDOW (window))
    return;

  if (unknot_window_get_session_shown (UNKNOT_WINDOW (window)))
    return;
  unknot_window_set_visible_page (UNKNOT_WINDOW (window), "routines");
  unknot_routines_page_open_routine (unknot_window_get_routines_page (UNKNOT_WINDOW (window)), entry);
}

/* app.start-routine(("desk-break-3", 0)): play that routine from that step, unless a
 * session is already on show (a reminder must not cut one short). */
static void
unknot_application_start_routine_action (GSimpleAction *action,
                                         GVariant      *parameter,
                                         gpointer       user_data)
{
  UnknotApplication *self = user_data;
  const char *id;
  guint first_step;
  UnknotRoutineEntry *entry;
  GtkWindow *window;
  UnknotRoutinePage *page;

  g_variant_get (parameter, "(&su)", &id, &first_step);
  entry = unknot_routine_library_lookup (self->library, id);

  g_application_activate (G_APPLICATION (self));
  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (entry == NULL || !UNKNOT_IS_WINDOW (window) || unknot_window_get_session_shown (UNKNOT_WINDOW (window)))
    return;

  unknot_window_set_visible_page (UNKNOT_WINDOW (window), "routines");
  page = unknot_routines_page_open_routine (unknot_window_get_routines_page (UNKNOT_WINDOW (window)), entry);
  unknot_routine_page_start (page, first_step);
}

/* app.snooze-reminder("2026-11-21T18:00"): the notification's second button */
static void
unknot_application_snooze_reminder_action (GSimpleAction *action,
                                           GVariant      *parameter,
                                           gpointer       user_data)
{
  UnknotApplication *self = user_data;

  if (self->reminders != NULL)
    unknot_reminders_snooze (self->reminders, g_variant_get_string (parameter, NULL));
}

static const GActionEntry app_actions[] = {
  { "snooze-reminder", unknot_application_snooze_reminder_action, "s", NULL, NULL },
  { "start-routine", unknot_application_start_routine_action, "(su)", NULL, NULL },
  { "show-routine", unknot_application_show_routine_action, "s", NULL, NULL },
  { "show-page", unknot_application_show_page_action, "s", NULL, NULL },
  { "preferences", unknot_application_preferences_action, NULL, NULL, NULL },
  { "help", unknot_application_help_action, NULL, NULL, NULL },
  { "help-page", unknot_application_help_action, "s", NULL, NULL },
  { "about", unknot_application_about_action, NULL, NULL, NULL },
  { "quit", unknot_application_quit_action, NULL, NULL, NULL },
};

/* unknot --check-routine FILE… and --check-anatomy FILE…: the app's own checks for
 * authors. Problems go to stderr, one per line, as compilers print them; nothing is
 * printed when all is well. */
static int
check_content_files (const char * const *paths,
                     gboolean            anatomy)
{
  g_autoptr (GPtrArray) problems = NULL;

  if (paths == NULL || paths[0] == NULL)
    {
      g_printerr ("%s\n", anatomy ? _("Usage: unknot --check-anatomy FILE…") : _("Usage: unknot --check-routine FILE…"));
      return 2;
    }

  problems = anatomy ? unknot_anatomy_check_files (paths) : unknot_routine_check_files (paths);
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = unknot_problem_to_string (g_ptr_array_index (problems, i));
      g_printerr ("%s\n", line);
    }

  return problems->len == 0 ? 0 : 1;
}

static int
unknot_application_handle_local_options (GApplication *application,
                                         GVariantDict *options)
{
  gboolean routine = g_variant_dict_contains (options, "check-routine");
  gboolean anatomy = g_variant_dict_contains (options, "check-anatomy");

  if (routine || anatomy)
    {
      g_autofree const char **paths = NULL;

      g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &paths);
      return check_content_files (paths, anatomy);
    }

  return G_APPLICATION_CLASS (unknot_application_parent_class)->handle_local_options (application, options);
}

/* logind says the system is about to sleep: pause the running sessions now rather than
 * on waking up (the engine would notice then, through its clocks, where logind cannot be
 * reached, e.g. in a sandbox). */
static void
prepare_for_sleep_cb (GDBusConnection *connection,
                      const char      *sender_name,
                      const char      *object_path,
                      const char      *interface_name,
                      const char      *signal_name,
                      GVariant        *parameters,
                      gpointer         user_data)
{
  UnknotApplication *self = user_data;
  gboolean starting;

  if (!g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(b)")))
    return;
  g_variant_get (parameters, "(b)", &starting);
  if (!starting)
    {
      /* awake again: a reminder due meanwhile is shown now, not at the next minute */
      if (self->reminders != NULL)
        unknot_reminders_check (self->reminders);
      return;
    }

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (UNKNOT_IS_WINDOW (l->data))
      {
        UnknotSessionEngine *engine = unknot_window_get_session (UNKNOT_WINDOW (l->data));

        if (engine != NULL)
          unknot_session_engine_notice_sleep (engine);
      }
}

static void
system_bus_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  UnknotApplication *self = user_data;
  g_autoptr (GError) error = NULL;
  GDBusConnection *bus = g_bus_get_finish (result, &error);

  if (bus == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("No system bus, so no word from logind before a sleep: %s", error->message);
      return;
    }

  self->system_bus = bus;
  self->sleep_watch = g_dbus_connection_signal_subscribe (bus, "org.freedesktop.login1",
                                                          "org.freedesktop.login1.Manager",
                                                          "PrepareForSleep",
                                                          "/org/freedesktop/login1",
                                                          NULL, G_DBUS_SIGNAL_FLAGS_NONE,
                                                          prepare_for_sleep_cb, self, NULL);
}

/* Boolean settings the preferences switch through app.KEY actions */
static const char * const settings_actions[] = {
  "cue-start", "cue-halfway", "cue-countdown", "cue-switch-sides", "cue-breathing", "cue-finish",
  "voice-enabled",
};

static void
unknot_application_startup (GApplication *application)
{
  UnknotApplication *self = UNKNOT_APPLICATION (application);
  AdwStyleManager *style_manager;
  g_autoptr (GAction) color_scheme_action = NULL;
  static const struct {
    const char *action;
    const char *accels[2];
  } accels[] = {
    { "app.preferences", { "<Control>comma", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "app.help", { "F1", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.show-page::today", { "<Alt>1", NULL } },
    { "win.show-page::release", { "<Alt>2", NULL } },
    { "win.show-page::routines", { "<Alt>3", NULL } },
    { "win.show-page::anatomy", { "<Alt>4", NULL } },
    { "win.show-page::progress", { "<Alt>5", NULL } },
  };

  G_APPLICATION_CLASS (unknot_application_parent_class)->startup (application);

  g_set_application_name (_("Unknot"));
  gtk_window_set_default_icon_name (APP_ID);

  self->settings = g_settings_new (BASE_ID);
  g_signal_connect_object (self->settings, "changed::safety-answered-at",
                           G_CALLBACK (safety_answered_cb), self, G_CONNECT_DEFAULT);

  {
    g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "unknot", "routines", NULL);
    g_autoptr (GFile) user_folder = g_file_new_for_path (folder);

    self->library = unknot_routine_library_new (user_folder);
    self->library_problems = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_problem_free);
    unknot_routine_library_load (self->library, self->library_problems);
  }

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  color_scheme_action = g_settings_create_action (self->settings, "color-scheme");
  g_action_map_add_action (G_ACTION_MAP (self), color_scheme_action);
  for (gsize i = 0; i < G_N_ELEMENTS (settings_actions); i++)
    {
      g_autoptr (GAction) action = g_settings_create_action (self->settings, settings_actions[i]);

      g_action_map_add_action (G_ACTION_MAP (self), action);
    }

  for (gsize i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action, accels[i].accels);

  self->cancellable = g_cancellable_new ();
  g_bus_get (G_BUS_TYPE_SYSTEM, self->cancellable, system_bus_cb, self);

  {
    UnknotSafetyGate gate;

    unknot_application_get_safety_gate (self, &gate);
    self->reminders = unknot_reminders_new (application, &gate);
  }

  style_manager = adw_style_manager_get_default ();
  g_settings_bind_with_mapping (self->settings, "color-scheme",
                                style_manager, "color-scheme",
                                G_SETTINGS_BIND_GET,
                                color_scheme_get_mapping, NULL, NULL, NULL);
}

static void
unknot_application_activate (GApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    window = GTK_WINDOW (unknot_window_new (UNKNOT_APPLICATION (application)));

  gtk_window_present (window);
  tell_history_problem (UNKNOT_APPLICATION (application), window);
}

static void
unknot_application_shutdown (GApplication *application)
{
  UnknotApplication *self = UNKNOT_APPLICATION (application);

  G_APPLICATION_CLASS (unknot_application_parent_class)->shutdown (application);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->reminders);
  if (self->sleep_watch != 0)
    g_dbus_connection_signal_unsubscribe (self->system_bus, self->sleep_watch);
  self->sleep_watch = 0;
  g_clear_object (&self->system_bus);
  g_clear_object (&self->announcer);
  g_clear_object (&self->settings);
  g_clear_object (&self->library);
  g_clear_pointer (&self->library_problems, g_ptr_array_unref);
}

static void
unknot_application_finalize (GObject *object)
{
  UnknotApplication *self = UNKNOT_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->library);
  g_clear_pointer (&self->library_problems, g_ptr_array_unref);
  g_clear_object (&self->clock);
  g_clear_object (&self->announcer);
  g_clear_object (&self->history);
  g_free (self->history_problem);
  g_free (self->history_path);
  g_clear_pointer (&self->safety, unknot_safety_unref);

  G_OBJECT_CLASS (unknot_application_parent_class)->finalize (object);
}

static void
unknot_application_class_init (UnknotApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = unknot_application_finalize;

  app_class->handle_local_options = unknot_application_handle_local_options;
  app_class->startup = unknot_application_startup;
  app_class->activate = unknot_application_activate;
  app_class->shutdown = unknot_application_shutdown;
}

static const GOptionEntry main_options[] = {
  { "check-routine", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check routine files against Unknot’s rules, print every problem, and exit"), NULL },
  { "check-anatomy", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check anatomy files against Unknot’s rules, print every problem, and exit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL }
};

static void
unknot_application_init (UnknotApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), main_options);
}
