/* test-player-page.c: a routine played from its page to the summary, as a user drives it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "unknot-application.h"
#include "unknot-fake-clock.h"
#include "unknot-pain-scale.h"
#include "unknot-player-page-private.h"
#include "unknot-routine-page.h"
#include "unknot-routines-page.h"
#include "unknot-session-summary-page.h"
#include "unknot-window.h"
#include "unknot-test-util.h"

#define TIMEOUT_MS 5000
#define S ((gint64) G_USEC_PER_SEC)

static UnknotApplication *app;
static UnknotWindow *window;
static UnknotClock *clock_;

static AdwNavigationView *
navigation_view (void)
{
  return ADW_NAVIGATION_VIEW (unknot_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_NAVIGATION_VIEW));
}

static AdwNavigationPage *
visible_page (void)
{
  return unknot_test_visible_navigation_page (GTK_WIDGET (window));
}

static void
wait_for_page (GType type)
{
  unknot_test_wait_for_navigation_page (GTK_WIDGET (window), type);
}

static void
assert_shows (gpointer    widget,
              const char *text)
{
  unknot_test_assert_shows (widget, text, TIMEOUT_MS);
}

static void
advance (gint64 microseconds)
{
  unknot_fake_clock_advance (UNKNOT_FAKE_CLOCK (clock_), microseconds);
}

static gboolean
session_running_cb (gpointer data)
{
  return unknot_session_engine_get_state (unknot_player_page_get_engine (data)) == UNKNOT_SESSION_RUNNING;
}

/* Opens routine @id, starts it and waits until the player has started the session, once
 * its page has slid in. */
static UnknotPlayerPage *
start_routine (const char *id)
{
  UnknotRoutineEntry *entry = unknot_routine_library_lookup (unknot_application_get_library (app), id);

  AdwDialog *dialog;

  assert_non_null (entry);
  unknot_test_set_safety_answers (app, NULL);   /* the safety check answered, all no */
  unknot_routines_page_open_routine (unknot_window_get_routines_page (window), entry);
  wait_for_page (UNKNOT_TYPE_ROUTINE_PAGE);
  assert_true (gtk_widget_activate_action (GTK_WIDGET (visible_page ()), "routine.start", NULL));
  unknot_test_run_main_loop (50);
  /* another pressure session today: asked first */
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  if (ADW_IS_ALERT_DIALOG (dialog))
    {
      g_signal_emit_by_name (dialog, "response", "start");
      adw_dialog_force_close (dialog);
    }
  wait_for_page (UNKNOT_TYPE_PLAYER_PAGE);
  assert_true (unknot_test_wait_until (session_running_cb, visible_page (), TIMEOUT_MS));

  return UNKNOT_PLAYER_PAGE (visible_page ());
}

static void
assert_segment (UnknotSessionEngine *engine,
                guint                index,
                UnknotSessionState   state)
{
  assert_int_equal (unknot_session_engine_get_segment_index (engine), index);
  assert_int_equal (unknot_session_engine_get_state (engine), state);
}

/* Checks the summary that took the player's place, then goes back to the main page
 * through "Done" and the routine's page. */
static void
leave_summary (const char *title,
               const char *steps_done)
{
  GtkWidget *summary;

  wait_for_page (UNKNOT_TYPE_SESSION_SUMMARY_PAGE);
  summary = GTK_WIDGET (visible_page ());
  assert_shows (summary, title);
  assert_shows (summary, steps_done);

  assert_true (gtk_widget_activate_action (summary, "summary.done", NULL));
  wait_for_page (UNKNOT_TYPE_ROUTINE_PAGE);
  adw_navigation_view_pop (navigation_view ());
  unknot_test_run_main_loop (50);
}

/* Desk break: get ready (waits), a stretch of 2 × 30 s on each side with a change of
 * sides between, then 30 s of paced breathing. */
static void
test_play_to_summary (void **state)
{
  UnknotPlayerPage *player = start_routine ("desk-break-3");
  UnknotSessionEngine *engine = unknot_player_page_get_engine (player);

  /* the session starts by itself, on a step that waits for the user */
  assert_segment (engine, 0, UNKNOT_SESSION_RUNNING);
  assert_int_equal (unknot_session_engine_get_n_segments (engine), 7);
  assert_shows (player, "Step 1 of 3");
  assert_false (unknot_player_page_is_ticking (player));
  assert_true (unknot_player_page_is_inhibiting (player));

  unknot_test_activate (player, "player.continue");
  assert_segment (engine, 1, UNKNOT_SESSION_RUNNING);
  assert_shows (player, "Left Side");
  assert_shows (player, "Stretch 1 of 2");
  assert_shows (player, "30");
  assert_true (unknot_player_page_is_ticking (player));

  /* the countdown follows the clock */
  advance (10 * S);
  assert_shows (player, "20");

  /* paused: time stands still, the screen may blank, nothing ticks */
  unknot_test_activate (player, "player.toggle-pause");
  assert_segment (engine, 1, UNKNOT_SESSION_PAUSED);
  assert_false (unknot_player_page_is_inhibiting (player));
  assert_false (unknot_player_page_is_ticking (player));
  advance (100 * S);
  assert_segment (engine, 1, UNKNOT_SESSION_PAUSED);
  assert_true (unknot_session_engine_get_remaining (engine) == 20 * S);
  unknot_test_activate (player, "player.toggle-pause");
  assert_segment (engine, 1, UNKNOT_SESSION_RUNNING);
  assert_true (unknot_player_page_is_inhibiting (player));

  /* next and previous */
  unknot_test_activate (player, "player.next");
  assert_segment (engine, 2, UNKNOT_SESSION_RUNNING);
  assert_shows (player, "Stretch 2 of 2");
  unknot_test_activate (player, "player.previous");
  assert_segment (engine, 1, UNKNOT_SESSION_RUNNING);
  assert_shows (player, "Stretch 1 of 2");
  unknot_test_activate (player, "player.next");

  /* the change of sides, then the right side */
  advance (30 * S);
  assert_segment (engine, 3, UNKNOT_SESSION_RUNNING);
  assert_shows (player, "Switch Sides");
  advance (10 * S);
  assert_segment (engine, 4, UNKNOT_SESSION_RUNNING);
  assert_shows (player, "Right Side");

  /* the breathing step paces the breath */
  advance (60 * S);
  assert_segment (engine, 6, UNKNOT_SESSION_RUNNING);
  assert_shows (player, "Breathe in");
  advance (4 * S + 100000);
  assert_shows (player, "Breathe out");

  /* to the end: the summary takes the player's place */
  advance (30 * S);
  /* all but the stretch, skipped on the left, were done */
  leave_summary ("Well Done", "2 of 3");
}

static gboolean
has_dialog_cb (gpointer data)
{
  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)) != NULL;
}

static void
test_stop_asks_first (void **state)
{
  UnknotPlayerPage *player = start_routine ("desk-break-3");
  UnknotSessionEngine *engine = unknot_player_page_get_engine (player);
  AdwDialog *dialog;

  unknot_test_activate (player, "player.continue");
  advance (5 * S);

  /* asking pauses; keeping going resumes */
  unknot_test_activate (player, "player.stop");
  assert_true (unknot_test_wait_until (has_dialog_cb, NULL, TIMEOUT_MS));
  assert_segment (engine, 1, UNKNOT_SESSION_PAUSED);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  assert_true (adw_dialog_close (dialog));
  unknot_test_run_main_loop (50);
  assert_segment (engine, 1, UNKNOT_SESSION_RUNNING);

  /* closing the window (or quitting) asks first too, and keeping going resumes */
  gtk_window_close (GTK_WINDOW (window));
  assert_true (unknot_test_wait_until (has_dialog_cb, NULL, TIMEOUT_MS));
  assert_segment (engine, 1, UNKNOT_SESSION_PAUSED);
  assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  assert_true (adw_dialog_close (dialog));
  unknot_test_run_main_loop (50);
  assert_segment (engine, 1, UNKNOT_SESSION_RUNNING);

  /* stopping ends it with the reason kept, and shows what was done */
  g_object_ref (engine);
  unknot_test_activate (player, "player.stop");
  assert_true (unknot_test_wait_until (has_dialog_cb, NULL, TIMEOUT_MS));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_signal_emit_by_name (dialog, "response", "stop");
  adw_dialog_force_close (dialog);
  assert_int_equal (unknot_session_engine_get_state (engine), UNKNOT_SESSION_ABANDONED);
  assert_string_equal (unknot_session_engine_get_stop_reason (engine), "stopped");
  g_object_unref (engine);
  leave_summary ("Session Stopped", "1 of 3");
}

/* The key controller of @widget in @phase */
static GtkEventController *
key_controller (GtkWidget           *widget,
                GtkPropagationPhase  phase)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller) &&
          gtk_event_controller_get_propagation_phase (controller) == phase)
        return controller;
    }
  return NULL;
}

/* Whether a key pressed with the focus where it is was taken by @widget's controller */
static gboolean
press_key (GtkWidget           *widget,
           GtkPropagationPhase  phase,
           guint                keyval)
{
  GtkEventController *controller = key_controller (widget, phase);
  gboolean handled = FALSE;

  assert_non_null (controller);
  g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
  unknot_test_run_main_loop (20);
  return handled;
}

/* Space, ← → and Escape steer the player from anywhere on it, except where the focused
 * widget has its own use for the key: a button for Space, the pain scale for the
 * arrows. */
static void
test_keyboard_shortcuts (void **state)
{
  UnknotPlayerPage *player = start_routine ("release-psoas-upper");
  UnknotSessionEngine *engine = unknot_player_page_get_engine (player);
  UnknotPainScale *scale;
  GArray *ratings;
  AdwDialog *dialog;

  /* on the pain scale: the arrows choose, Space on a button presses it */
  scale = UNKNOT_PAIN_SCALE (unknot_test_find_descendant (GTK_WIDGET (player), UNKNOT_TYPE_PAIN_SCALE));
  assert_true (gtk_widget_grab_focus (GTK_WIDGET (unknot_test_find_descendant (GTK_WIDGET (scale), GTK_TYPE_TOGGLE_BUTTON))));
  assert_false (press_key (GTK_WIDGET (player), GTK_PHASE_CAPTURE, GDK_KEY_Right));
  assert_true (press_key (GTK_WIDGET (scale), GTK_PHASE_BUBBLE, GDK_KEY_Right));
  assert_true (press_key (GTK_WIDGET (scale), GTK_PHASE_BUBBLE, GDK_KEY_Right));
  assert_int_equal (unknot_pain_scale_get_value (scale), 1);
  assert_false (press_key (GTK_WIDGET (player), GTK_PHASE_CAPTURE, GDK_KEY_space));
  assert_segment (engine, 0, UNKNOT_SESSION_RUNNING);
  /* Enter there goes on: the arrows chose, the rating is given */
  assert_true (press_key (GTK_WIDGET (player), GTK_PHASE_CAPTURE, GDK_KEY_Return));
  assert_segment (engine, 1, UNKNOT_SESSION_RUNNING);
  assert_true (press_key (GTK_WIDGET (player), GTK_PHASE_CAPTURE, GDK_KEY_Left));
  assert_segment (engine, 0, UNKNOT_SESSION_RUNNING);

  /* elsewhere they steer the session */
  gtk_widget_grab_focus (unknot_test_find_descendant (GTK_WIDGET (player), GTK_TYPE_SCROLLED_WINDOW));
  assert_true (press_key (GTK_WIDGET (player), GTK_PHASE_CAPTURE, GDK_KEY_space));
  assert_segment (engine, 0, UNKNOT_SESSION_PAUSED);
  assert_true (press_key (GTK_WIDGET (player), GTK_PHASE_CAPTURE, GDK_KEY_space));
  assert_segment (engine, 0, UNKNOT_SESSION_RUNNING);
  assert_true (press_key (GTK_WIDGET (player), GTK_PHASE_CAPTURE, GDK_KEY_Right));
  assert_segment (engine, 1, UNKNOT_SESSION_RUNNING);
  assert_true (press_key (GTK_WIDGET (player), GTK_PHASE_CAPTURE, GDK_KEY_Left));
  assert_segment (engine, 0, UNKNOT_SESSION_RUNNING);
  /* Enter goes on from each step that waits for the user ("Continue", "Found It")… */
  while (unknot_session_engine_get_current (engine)->duration == 0)
    {
      guint index = unknot_session_engine_get_segment_index (engine);

      assert_true (press_key (GTK_WIDGET (player), GTK_PHASE_CAPTURE, GDK_KEY_Return));
      assert_segment (engine, index + 1, UNKNOT_SESSION_RUNNING);
    }
  /* …and from no other: the hold goes on */
  assert_int_equal (unknot_session_engine_get_current (engine)->step->type, UNKNOT_STEP_PRESS);
  {
    guint index = unknot_session_engine_get_segment_index (engine);

    assert_false (press_key (GTK_WIDGET (player), GTK_PHASE_CAPTURE, GDK_KEY_KP_Enter));
    assert_segment (engine, index, UNKNOT_SESSION_RUNNING);
  }
  while (unknot_session_engine_get_segment_index (engine) > 0)
    assert_true (press_key (GTK_WIDGET (player), GTK_PHASE_CAPTURE, GDK_KEY_Left));
  assert_segment (engine, 0, UNKNOT_SESSION_RUNNING);
  assert_true (press_key (GTK_WIDGET (player), GTK_PHASE_CAPTURE, GDK_KEY_Escape));
  assert_true (unknot_test_wait_until (has_dialog_cb, NULL, TIMEOUT_MS));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  assert_true (adw_dialog_close (dialog));
  unknot_test_run_main_loop (50);
  assert_segment (engine, 0, UNKNOT_SESSION_RUNNING);

  /* a release: the pain scale before, and the hold's "It released" only after its minimum */
  assert_shows (player, "How Much Does It Hurt Now?");
  assert_shows (player, "Left Side");
  scale = UNKNOT_PAIN_SCALE (unknot_test_find_descendant (GTK_WIDGET (player), UNKNOT_TYPE_PAIN_SCALE));
  unknot_pain_scale_set_value (scale, 6);
  ratings = unknot_session_engine_get_ratings (unknot_player_page_get_engine (player));
  assert_int_equal (ratings->len, 1);
  assert_int_equal (g_array_index (ratings, UnknotPainRating, 0).side, UNKNOT_SIDE_LEFT);
  assert_int_equal (g_array_index (ratings, UnknotPainRating, 0).pain, 6);
  /* going back to it shows what was given */
  unknot_test_activate (player, "player.continue");
  unknot_test_activate (player, "player.previous");
  scale = UNKNOT_PAIN_SCALE (unknot_test_find_descendant (GTK_WIDGET (player), UNKNOT_TYPE_PAIN_SCALE));
  assert_int_equal (unknot_pain_scale_get_value (scale), 6);
  unknot_test_activate (player, "player.continue");   /* rated */
  unknot_test_activate (player, "player.continue");   /* read the safety text */
  unknot_test_activate (player, "player.continue");   /* in position */
  assert_shows (player, "*Landmarks");
  unknot_test_activate (player, "player.continue");   /* found it */
  assert_shows (player, "Hold 1 of 2");
  gtk_widget_activate_action (GTK_WIDGET (player), "player.release", NULL);
  assert_int_equal (unknot_session_engine_get_segment_index (unknot_player_page_get_engine (player)), 4);
  advance (30 * S);
  unknot_test_run_main_loop (50);
  unknot_test_activate (player, "player.release");
  assert_shows (player, "Rest");

  unknot_session_engine_abandon (unknot_player_page_get_engine (player), "test");
  wait_for_page (UNKNOT_TYPE_SESSION_SUMMARY_PAGE);
  adw_navigation_view_pop (navigation_view ());
  wait_for_page (UNKNOT_TYPE_ROUTINE_PAGE);
  adw_navigation_view_pop (navigation_view ());
  unknot_test_run_main_loop (50);
}

/* What reminders and the screenshot script use: play a routine from a step; and
 * nothing from outside cuts a running session short. */
static void
test_start_routine_action (void **state)
{
  UnknotPlayerPage *player;
  UnknotSessionEngine *engine;

  g_action_group_activate_action (G_ACTION_GROUP (app), "start-routine",
                                  g_variant_new ("(su)", "desk-break-3", 1));
  wait_for_page (UNKNOT_TYPE_PLAYER_PAGE);
  player = UNKNOT_PLAYER_PAGE (visible_page ());
  assert_true (unknot_test_wait_until (session_running_cb, player, TIMEOUT_MS));
  engine = unknot_player_page_get_engine (player);
  assert_int_equal (unknot_session_engine_get_segment_index (engine), 1);
  assert_int_equal (unknot_session_engine_get_record (engine, 0)->outcome, UNKNOT_SEGMENT_NOT_REACHED);
  assert_true (unknot_window_get_session_shown (window));

  /* a step's own start button on the routine's page is not there while it plays */
  g_action_group_activate_action (G_ACTION_GROUP (app), "show-page", g_variant_new_string ("today"));
  g_action_group_activate_action (G_ACTION_GROUP (app), "show-routine", g_variant_new_string ("gentle-beginner"));
  g_action_group_activate_action (G_ACTION_GROUP (app), "start-routine",
                                  g_variant_new ("(su)", "release-psoas-upper", 0));
  unknot_test_run_main_loop (100);
  assert_ptr_equal (visible_page (), player);
  assert_ptr_equal (unknot_player_page_get_engine (player), engine);
  assert_int_equal (unknot_session_engine_get_state (engine), UNKNOT_SESSION_RUNNING);

  unknot_session_engine_abandon (engine, "test");
  assert_false (unknot_window_get_session_shown (window));
  leave_summary ("Session Stopped", "0 of 3");
}

/* Any step of a routine's page can start the session there. */
static void
test_start_at_a_step (void **state)
{
  UnknotRoutineEntry *entry = unknot_routine_library_lookup (unknot_application_get_library (app), "desk-break-3");
  UnknotPlayerPage *player;
  UnknotSessionEngine *engine;

  unknot_routines_page_open_routine (unknot_window_get_routines_page (window), entry);
  wait_for_page (UNKNOT_TYPE_ROUTINE_PAGE);
  assert_true (gtk_widget_activate_action (GTK_WIDGET (visible_page ()), "routine.start-at", "u", 2));
  wait_for_page (UNKNOT_TYPE_PLAYER_PAGE);
  player = UNKNOT_PLAYER_PAGE (visible_page ());
  assert_true (unknot_test_wait_until (session_running_cb, player, TIMEOUT_MS));
  engine = unknot_player_page_get_engine (player);
  /* step 3, the breathing, is segment 6 */
  assert_int_equal (unknot_session_engine_get_segment_index (engine), 6);
  assert_shows (player, "*Breathe");

  unknot_session_engine_abandon (engine, "test");
  leave_summary ("Session Stopped", "0 of 3");
}

static gboolean
paused_for_sleep_cb (gpointer data)
{
  return unknot_session_engine_get_paused_for_sleep (data);
}

/* logind's PrepareForSleep pauses a running session before the system sleeps. The
 * test's session bus stands in for the system bus, and the test for logind. */
static void
test_sleep_pauses (void **state)
{
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GVariant) reply = NULL;
  UnknotPlayerPage *player = start_routine ("desk-break-3");
  UnknotSessionEngine *engine = unknot_player_page_get_engine (player);

  assert_non_null (bus);
  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "RequestName",
                                       g_variant_new ("(su)", "org.freedesktop.login1", 0),
                                       G_VARIANT_TYPE ("(u)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
  assert_non_null (reply);
  unknot_test_activate (player, "player.continue");
  assert_true (g_dbus_connection_emit_signal (bus, NULL, "/org/freedesktop/login1",
                                              "org.freedesktop.login1.Manager", "PrepareForSleep",
                                              g_variant_new ("(b)", TRUE), NULL));
  assert_true (unknot_test_wait_until (paused_for_sleep_cb, engine, TIMEOUT_MS));
  assert_int_equal (unknot_session_engine_get_state (engine), UNKNOT_SESSION_PAUSED);
  assert_false (unknot_player_page_is_inhibiting (player));

  unknot_session_engine_abandon (engine, "test");
  leave_summary ("Session Stopped", "1 of 3");
}

static void
close_alert (void)
{
  AdwDialog *dialog;

  assert_true (unknot_test_wait_until (has_dialog_cb, NULL, TIMEOUT_MS));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  assert_true (ADW_IS_ALERT_DIALOG (dialog));
  g_signal_emit_by_name (dialog, "response", "ok");
  adw_dialog_force_close (dialog);
  unknot_test_run_main_loop (50);
}

/* The stop rules of a release: a pulse while searching and while pressing, easing off,
 * sharp pain leaving the point, dizziness ending the session. */
static void
test_stop_rules (void **state)
{
  UnknotPlayerPage *player = start_routine ("release-psoas-upper");
  g_autoptr(UnknotSessionEngine) engine = g_object_ref (unknot_player_page_get_engine (player));
  GtkWidget *pulse;

  while (unknot_session_engine_get_current (engine)->step->type != UNKNOT_STEP_LOCATE)
    unknot_test_activate (player, "player.continue");
  pulse = unknot_test_find_button (GTK_WIDGET (player), "I Feel a Pulse");
  assert_non_null (pulse);
  assert_null (unknot_test_find_button (GTK_WIDGET (player), "Sharp Pain"));

  /* searching: advice, and the search goes on */
  g_signal_emit_by_name (pulse, "clicked");
  close_alert ();
  assert_int_equal (unknot_session_engine_get_current (engine)->step->type, UNKNOT_STEP_LOCATE);
  unknot_test_activate (player, "player.continue");
  assert_int_equal (unknot_session_engine_get_current (engine)->step->type, UNKNOT_STEP_PRESS);
  assert_non_null (unknot_test_find_button (GTK_WIDGET (player), "I Feel a Pulse"));

  /* pressing: back to searching */
  advance (5 * S);
  unknot_player_page_use_stop_rule (player, "pulse");
  close_alert ();
  assert_int_equal (unknot_session_engine_get_current (engine)->step->type, UNKNOT_STEP_LOCATE);
  unknot_test_activate (player, "player.continue");

  /* easing off: the hold goes on */
  unknot_player_page_use_stop_rule (player, "rising-tenderness");
  close_alert ();
  assert_int_equal (unknot_session_engine_get_current (engine)->step->type, UNKNOT_STEP_PRESS);
  assert_int_equal (unknot_session_engine_get_state (engine), UNKNOT_SESSION_RUNNING);

  /* sharp pain: the point is left on this side; the session waits while the advice
   * is read */
  unknot_player_page_use_stop_rule (player, "sharp-pain");
  assert_int_equal (unknot_session_engine_get_state (engine), UNKNOT_SESSION_PAUSED);
  assert_int_equal (unknot_session_engine_get_current (engine)->step->type, UNKNOT_STEP_POSITION);
  assert_int_equal (unknot_session_engine_get_current (engine)->side, UNKNOT_SIDE_RIGHT);
  close_alert ();
  assert_int_equal (unknot_session_engine_get_state (engine), UNKNOT_SESSION_RUNNING);

  /* numbness on the right: the same */
  unknot_test_activate (player, "player.continue");
  unknot_test_activate (player, "player.continue");
  unknot_player_page_use_stop_rule (player, "numbness");
  assert_int_equal (unknot_session_engine_get_current (engine)->step->type, UNKNOT_STEP_STRETCH);
  close_alert ();

  /* dizziness: the session ends, and the summary says why */
  unknot_player_page_use_stop_rule (player, "dizziness");
  close_alert ();
  wait_for_page (UNKNOT_TYPE_SESSION_SUMMARY_PAGE);
  assert_shows (visible_page (), "Session Stopped");
  assert_shows (visible_page (), "Stopped");
  assert_int_equal (unknot_session_engine_get_stops (engine)->len, 5);
  assert_string_equal (unknot_session_engine_get_stop_reason (engine), "dizziness");
  assert_true (gtk_widget_activate_action (GTK_WIDGET (visible_page ()), "summary.done", NULL));
  wait_for_page (UNKNOT_TYPE_ROUTINE_PAGE);
  adw_navigation_view_pop (navigation_view ());
  unknot_test_run_main_loop (50);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_play_to_summary),
    cmocka_unit_test (test_stop_asks_first),
    cmocka_unit_test (test_keyboard_shortcuts),
    cmocka_unit_test (test_start_routine_action),
    cmocka_unit_test (test_start_at_a_step),
    cmocka_unit_test (test_sleep_pauses),
    cmocka_unit_test (test_stop_rules),
  };
  int failures;

  /* the app listens for logind on the "system" bus: the test's own bus here */
  g_assert (g_getenv ("DBUS_SESSION_BUS_ADDRESS") != NULL);
  g_setenv ("DBUS_SYSTEM_BUS_ADDRESS", g_getenv ("DBUS_SESSION_BUS_ADDRESS"), TRUE);
  clock_ = unknot_fake_clock_new ();
  failures = unknot_test_run_in_main_window ("player-page", tests, G_N_ELEMENTS (tests), clock_,
                                             &app, (GtkWindow **) &window);
  g_object_unref (clock_);

  return failures;
}
