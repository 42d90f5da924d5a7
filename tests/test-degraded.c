/* test-degraded.c: the app with something missing, as a user meets it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One program, run once per case (its argument says which, tests/meson.build runs each):
 *
 *   sound      GStreamer offers no audio sink that opens
 *   speech     the voice is on, but no speech service answers or can be started
 *   portal     in a sandbox, with no portal on the session bus (and GTK told to use none)
 *   read-only  the data folder exists but cannot be written
 *   no-folder  the data folder is missing and its parent cannot be written
 *
 * In each, the routine is played to its summary twice: the flow completes, the one message
 * about what is missing shows the first time, and not again the second. Any GLib warning
 * or critical aborts the test (G_DEBUG=fatal-warnings). Neither the machine's sound card
 * nor its speech service is used: sinks are chosen or removed here, libspeechd is pointed
 * at a socket nobody listens on.
 */

/* unshare () */
#define _GNU_SOURCE

#include "config.h"

#include <adwaita.h>
#include <gst/gst.h>
#include <glib/gstdio.h>
#include <sched.h>
#include <string.h>
#include <sys/mount.h>
#include <unistd.h>

#include "unknot-application.h"
#include "unknot-fake-clock.h"
#include "unknot-player-page-private.h"
#include "unknot-practice-page.h"
#include "unknot-preferences-dialog.h"
#include "unknot-routine-page.h"
#include "unknot-routines-page.h"
#include "unknot-session-summary-page.h"
#include "unknot-window.h"
#include "unknot-test-util.h"

#define TIMEOUT_MS 5000
#define S ((gint64) G_USEC_PER_SEC)

#define NO_SOUND "No sound device found"
#define NO_VOICE "No speech service found"

static UnknotApplication *app;
static UnknotWindow *window;
static UnknotClock *clock_;
static const char *render_prefix;

static const char user_routine[] =
  "{ \"format\": 1, \"id\": \"test-degraded-stretch\", \"title\": \"Test Degraded Stretch\", \"summary\": \"Mine.\",\n"
  "  \"kind\": \"stretch\", \"level\": \"beginner\", \"estimated_duration\": 60, \"author\": \"Me\",\n"
  "  \"license\": \"CC0-1.0\", \"sources\": [ { \"citation\": \"A book\" } ],\n"
  "  \"steps\": [ { \"type\": \"stretch\", \"title\": \"Lunge\", \"instructions\": \"Lunge gently.\", \"hold\": 30, \"reps\": 2 } ] }\n";

static AdwNavigationPage *
visible_page (void)
{
  return unknot_test_visible_navigation_page (GTK_WIDGET (window));
}

static AdwDialog *
visible_dialog (void)
{
  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
}

static gboolean
has_dialog_cb (gpointer data)
{
  return visible_dialog () != NULL;
}

static gboolean
session_running_cb (gpointer data)
{
  return unknot_session_engine_get_state (unknot_player_page_get_engine (data)) == UNKNOT_SESSION_RUNNING;
}

static gboolean
summary_shown_cb (gpointer data)
{
  return UNKNOT_IS_SESSION_SUMMARY_PAGE (visible_page ());
}

/* Saves what the window shows at 1000 and at 370 pixels wide, to be looked at */
static void
render (const char *name)
{
  const int widths[] = { 1000, 370 };

  for (gsize i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      g_autofree char *file_name = g_strdup_printf ("degraded-%s-%s-%d", render_prefix, name, widths[i]);
      g_autoptr (GdkTexture) texture = NULL;

      gtk_window_set_default_size (GTK_WINDOW (window), widths[i], 700);
      unknot_test_run_main_loop (300);
      texture = unknot_test_render_window (GTK_WIDGET (window), file_name);
    }
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  unknot_test_run_main_loop (300);
}

/* The toast on show that says @text, if any (a toast that waits its turn is not shown) */
static GtkWidget *
find_toast (GtkWidget  *widget,
            const char *text)
{
  if (g_str_equal (G_OBJECT_TYPE_NAME (widget), "AdwToastWidget") && unknot_test_shows_text (widget, text))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_toast (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
toast_shown_cb (gpointer data)
{
  return find_toast (GTK_WIDGET (window), data) != NULL;
}

static gboolean
toast_gone_cb (gpointer data)
{
  return find_toast (GTK_WIDGET (window), data) == NULL;
}

/* Waits for the toast that says @text and closes it, as its close button does; a second
 * toast waiting behind it would show then. */
static void
dismiss_toast (const char *text)
{
  GtkWidget *toast;
  GtkWidget *button;

  if (!unknot_test_wait_until (toast_shown_cb, (gpointer) text, TIMEOUT_MS))
    fail_msg ("no toast says “%s”", text);
  toast = find_toast (GTK_WIDGET (window), text);
  button = unknot_test_find_descendant (toast, GTK_TYPE_BUTTON);
  assert_non_null (button);
  assert_true (gtk_widget_activate (button));
  assert_true (unknot_test_wait_until (toast_gone_cb, (gpointer) text, TIMEOUT_MS));
  unknot_test_run_main_loop (300);
}

/* Desk break from its page to its summary: get ready, then the clock runs it out. With
 * @toast, the player is drawn once that toast shows, as the person sees it. */
static GtkWidget *
play_desk_break (const char *toast)
{
  UnknotRoutineEntry *entry = unknot_routine_library_lookup (unknot_application_get_library (app), "desk-break-3");
  AdwNavigationView *navigation = ADW_NAVIGATION_VIEW (unknot_test_find_descendant (GTK_WIDGET (window),
                                                                                    ADW_TYPE_NAVIGATION_VIEW));
  AdwNavigationPage *player;

  assert_non_null (entry);
  adw_navigation_view_pop_to_tag (navigation, "main");
  unknot_test_run_main_loop (50);
  unknot_test_set_safety_answers (app, NULL);
  unknot_routines_page_open_routine (unknot_window_get_routines_page (window), entry);
  unknot_test_wait_for_navigation_page (GTK_WIDGET (window), UNKNOT_TYPE_ROUTINE_PAGE);
  assert_true (gtk_widget_activate_action (GTK_WIDGET (visible_page ()), "routine.start", NULL));
  player = unknot_test_wait_for_navigation_page (GTK_WIDGET (window), UNKNOT_TYPE_PLAYER_PAGE);
  assert_true (unknot_test_wait_until (session_running_cb, player, TIMEOUT_MS));
  if (toast != NULL)
    {
      if (!unknot_test_wait_until (toast_shown_cb, (gpointer) toast, TIMEOUT_MS))
        fail_msg ("no toast says “%s”", toast);
      render ("player");
    }
  unknot_test_activate (player, "player.continue");

  for (guint i = 0; i < 100 && !UNKNOT_IS_SESSION_SUMMARY_PAGE (visible_page ()); i++)
    {
      unknot_fake_clock_advance (UNKNOT_FAKE_CLOCK (clock_), 5 * S);
      unknot_test_run_main_loop (5);
    }
  assert_true (unknot_test_wait_until (summary_shown_cb, NULL, TIMEOUT_MS));
  unknot_test_assert_shows (visible_page (), "Well Done", TIMEOUT_MS);

  return GTK_WIDGET (visible_page ());
}

static void
leave_summary (GtkWidget *summary)
{
  assert_true (gtk_widget_activate_action (summary, "summary.done", NULL));
  unknot_test_wait_for_navigation_page (GTK_WIDGET (window), UNKNOT_TYPE_ROUTINE_PAGE);
}

/* A session played twice with @message's toast shown for the first only */
static void
assert_told_once_per_run (const char *message,
                          const char *other_message)
{
  GtkWidget *summary = play_desk_break (message);

  unknot_test_assert_shows (summary, "Saved to your history.", TIMEOUT_MS);
  dismiss_toast (message);
  assert_null (find_toast (GTK_WIDGET (window), other_message));
  leave_summary (summary);

  summary = play_desk_break (NULL);
  unknot_test_run_main_loop (500);
  assert_null (find_toast (GTK_WIDGET (window), message));
  assert_null (find_toast (GTK_WIDGET (window), other_message));
  leave_summary (summary);
}

static void
test_no_sound_device (void **state)
{
  UnknotCuePlayer *player;

  assert_told_once_per_run (NO_SOUND, NO_VOICE);

  /* the Sound preferences say why */
  player = unknot_announcer_get_player (unknot_application_get_announcer (app));
  assert_false (unknot_cue_player_get_available (player));
  assert_string_equal (unknot_cue_player_get_unavailable_reason (player),
                       "No sound device was found, so the session runs without sounds.");
}

static void
test_no_speech_service (void **state)
{
  UnknotSpeaker *speaker;

  g_settings_set_boolean (unknot_application_get_settings (app), "voice-enabled", TRUE);
  assert_told_once_per_run (NO_VOICE, NO_SOUND);

  speaker = unknot_announcer_get_speaker (unknot_application_get_announcer (app));
  assert_false (unknot_speaker_get_available (speaker));

  /* turned off and on again in Preferences: the voice row says why, no toast */
  g_settings_set_boolean (unknot_application_get_settings (app), "voice-enabled", FALSE);
  g_settings_set_boolean (unknot_application_get_settings (app), "voice-enabled", TRUE);
  unknot_test_run_main_loop (500);
  assert_null (find_toast (GTK_WIDGET (window), NO_VOICE));
  g_settings_set_boolean (unknot_application_get_settings (app), "voice-enabled", FALSE);
}

static gboolean
file_chooser_shown_cb (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (g_str_equal (G_OBJECT_TYPE_NAME (toplevel), "GtkFileChooserDialog") &&
          gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        {
          *(GtkWindow **) data = toplevel;
          return TRUE;
        }
    }
  return FALSE;
}

static void
test_no_portal (void **state)
{
  GSettings *settings = unknot_application_get_settings (app);
  g_auto (GStrv) times = NULL;
  AdwDialog *preferences;
  GtkWindow *chooser = NULL;
  GtkWidget *summary;

  /* reminders on: they come while Unknot runs, and the Practice preferences say that
   * nothing can start it at login */
  g_settings_set_boolean (settings, "reminders-enabled", TRUE);
  unknot_test_run_main_loop (200);
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "app.preferences", NULL));
  assert_true (unknot_test_wait_until (has_dialog_cb, NULL, TIMEOUT_MS));
  preferences = visible_dialog ();
  assert_true (UNKNOT_IS_PREFERENCES_DIALOG (preferences));
  adw_preferences_dialog_set_visible_page (ADW_PREFERENCES_DIALOG (preferences),
                                           ADW_PREFERENCES_PAGE (unknot_test_find_descendant (GTK_WIDGET (preferences),
                                                                                              UNKNOT_TYPE_PRACTICE_PAGE)));
  unknot_test_assert_shows (preferences, "*this system cannot start it at login", TIMEOUT_MS);
  render ("practice");
  unknot_test_close_dialog (preferences);
  assert_null (find_toast (GTK_WIDGET (window), "*login"));

  /* importing a routine still opens a file chooser, GTK's own */
  unknot_window_set_visible_page (window, "routines");
  assert_true (gtk_widget_activate_action (GTK_WIDGET (unknot_window_get_routines_page (window)),
                                           "routines.import", NULL));
  assert_true (unknot_test_wait_until (file_chooser_shown_cb, &chooser, TIMEOUT_MS));
  gtk_window_close (chooser);
  unknot_test_run_main_loop (200);

  /* and a session still plays and is saved */
  summary = play_desk_break (NULL);
  unknot_test_assert_shows (summary, "Saved to your history.", TIMEOUT_MS);
  leave_summary (summary);

  g_settings_set_boolean (settings, "reminders-enabled", FALSE);
  unknot_test_run_main_loop (200);
}

static void
test_data_folder_not_writable (void **state)
{
  g_autofree char *source = g_build_filename (g_get_tmp_dir (), "mine.json", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (source);
  AdwDialog *dialog;
  GtkWidget *summary;

  /* said once, as the window opens */
  assert_true (unknot_test_wait_until (has_dialog_cb, NULL, TIMEOUT_MS));
  dialog = visible_dialog ();
  assert_true (ADW_IS_ALERT_DIALOG (dialog));
  assert_string_equal (adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (dialog)), "Cannot Save History");
  assert_non_null (strstr (adw_alert_dialog_get_body (ADW_ALERT_DIALOG (dialog)), "cannot write to its folder"));
  render ("opened");
  unknot_test_close_dialog (dialog);

  /* a session plays to its end; the summary says it was not kept, and nothing else does */
  summary = play_desk_break (NULL);
  unknot_test_assert_shows (summary, "*This session was not saved: your history cannot be opened", TIMEOUT_MS);
  unknot_test_run_main_loop (300);
  assert_null (visible_dialog ());
  render ("summary");
  leave_summary (summary);

  summary = play_desk_break (NULL);
  unknot_test_assert_shows (summary, "*This session was not saved", TIMEOUT_MS);
  unknot_test_run_main_loop (300);
  assert_null (visible_dialog ());
  leave_summary (summary);

  /* a routine cannot be imported: a dialog says so, and the library is as it was */
  assert_true (g_file_set_contents (source, user_routine, -1, NULL));
  unknot_window_set_visible_page (window, "routines");
  unknot_routines_page_import_file (unknot_window_get_routines_page (window), file);
  assert_true (unknot_test_wait_until (has_dialog_cb, NULL, TIMEOUT_MS));
  dialog = visible_dialog ();
  assert_true (ADW_IS_ALERT_DIALOG (dialog));
  assert_string_equal (adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (dialog)), "Routine Not Imported");
  assert_string_equal (adw_alert_dialog_get_body (ADW_ALERT_DIALOG (dialog)),
                       "“mine.json” could not be saved: Unknot cannot write to its folder.");
  render ("import");
  unknot_test_close_dialog (dialog);
  assert_null (unknot_routine_library_lookup (unknot_application_get_library (app), "test-degraded-stretch"));
  g_unlink (source);
}

/* No audio sink can be chosen: each one GStreamer has is ranked out of use */
static void
remove_sound_devices (void)
{
  GList *sinks = gst_element_factory_list_get_elements (GST_ELEMENT_FACTORY_TYPE_SINK |
                                                        GST_ELEMENT_FACTORY_TYPE_MEDIA_AUDIO,
                                                        GST_RANK_NONE);

  for (GList *l = sinks; l != NULL; l = l->next)
    gst_plugin_feature_set_rank (l->data, GST_RANK_NONE);
  gst_plugin_feature_list_free (sinks);
}

/* A silent sound device that always opens, so that only what the case takes away is missing */
static void
use_fake_sound_device (void)
{
  g_autoptr (GstPluginFeature) fake = gst_registry_lookup_feature (gst_registry_get (), "fakeaudiosink");

  remove_sound_devices ();
  assert_non_null (fake);
  gst_plugin_feature_set_rank (fake, GST_RANK_PRIMARY + 100);
}

/* Makes @folder read-only for this process: for root, whom permissions do not stop, with a
 * read-only mount in a mount namespace of its own; for others, by its mode. */
static gboolean
make_read_only (const char *folder)
{
  if (geteuid () != 0)
    return g_chmod (folder, 0555) == 0;

  if (unshare (CLONE_NEWNS) != 0)
    return FALSE;
  /* no mount of this namespace reaches another (in a chroot "/" is no mount point, and
   * whoever made it chose) */
  mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL);
  return mount (folder, folder, NULL, MS_BIND, NULL) == 0 &&
         mount (NULL, folder, NULL, MS_REMOUNT | MS_BIND | MS_RDONLY, NULL) == 0;
}

int
main (int    argc,
      char **argv)
{
  const struct CMUnitTest sound_tests[] = { cmocka_unit_test (test_no_sound_device) };
  const struct CMUnitTest speech_tests[] = { cmocka_unit_test (test_no_speech_service) };
  const struct CMUnitTest portal_tests[] = { cmocka_unit_test (test_no_portal) };
  const struct CMUnitTest data_tests[] = { cmocka_unit_test (test_data_folder_not_writable) };
  const struct CMUnitTest *tests;
  size_t n_tests = 1;
  g_autofree char *speech_folder = NULL;
  g_autofree char *read_only = NULL;
  int failures;

  g_assert (argc == 2);
  render_prefix = argv[1];
  /* before GStreamer, which has GLib read the user's folders */
  unknot_test_prepare_data_home ();
  gst_init (NULL, NULL);
  use_fake_sound_device ();

  if (g_str_equal (argv[1], "sound"))
    {
      remove_sound_devices ();
      tests = sound_tests;
    }
  else if (g_str_equal (argv[1], "speech"))
    {
      g_autofree char *address = NULL;

      speech_folder = g_dir_make_tmp ("unknot-speech-XXXXXX", NULL);
      g_assert (speech_folder != NULL);
      address = g_strdup_printf ("unix_socket:%s/nobody.sock", speech_folder);
      g_setenv ("SPEECHD_ADDRESS", address, TRUE);
      g_setenv ("SPEECHD_CMD", "/bin/false", TRUE);
      tests = speech_tests;
    }
  else if (g_str_equal (argv[1], "portal"))
    {
      g_setenv ("UNKNOT_TEST_SANDBOXED", "1", TRUE);
      g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, "no-portals");
      tests = portal_tests;
    }
  else if (g_str_equal (argv[1], "read-only") || g_str_equal (argv[1], "no-folder"))
    {
      const char *data_home = unknot_test_prepare_data_home ();
      g_autofree char *folder = g_build_filename (data_home, "unknot", NULL);

      unknot_test_remove_tree (data_home);
      if (g_str_equal (argv[1], "read-only"))
        {
          g_assert (g_mkdir_with_parents (folder, 0755) == 0);
          read_only = g_steal_pointer (&folder);
        }
      else
        {
          g_assert (g_mkdir_with_parents (data_home, 0755) == 0);
          read_only = g_strdup (data_home);
        }
      g_assert (make_read_only (read_only));
      tests = data_tests;
    }
  else
    g_error ("No case “%s”", argv[1]);

  clock_ = unknot_fake_clock_new ();
  failures = unknot_test_run_in_main_window (argv[1], tests, n_tests, clock_, &app, (GtkWindow **) &window);
  g_object_unref (clock_);

  if (read_only != NULL && geteuid () != 0)
    g_chmod (read_only, 0755);
  if (speech_folder != NULL)
    unknot_test_remove_tree (speech_folder);

  return failures;
}
