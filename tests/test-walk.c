/* test-walk.c: a walk through every page, dialog and flow of the main window, as wide
 * as a desktop and as narrow as a phone, drawing each stop to be looked at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each stop is saved as walk-WIDTH-STOP.png in the folder of renders. Criticals and
 * warnings on the way are fatal (see meson.build).
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "unknot-anatomy-page.h"
#include "unknot-application.h"
#include "unknot-body-map.h"
#include "unknot-fake-clock.h"
#include "unknot-memory-history.h"
#include "unknot-pain-scale.h"
#include "unknot-player-page.h"
#include "unknot-preferences-dialog.h"
#include "unknot-progress-page.h"
#include "unknot-red-flags-dialog.h"
#include "unknot-release-page.h"
#include "unknot-routine-page.h"
#include "unknot-routines-page.h"
#include "unknot-safety-dialog.h"
#include "unknot-safety-question-row.h"
#include "unknot-session-summary-page.h"
#include "unknot-test-history.h"
#include "unknot-test-util.h"
#include "unknot-window.h"

#define TIMEOUT_MS 5000
#define S ((gint64) G_USEC_PER_SEC)

static UnknotApplication *app;
static UnknotWindow *window;
static UnknotClock *clock_;
static const char *walk_name;    /* of the walk under way, for the names of the renders */
static gboolean history_seeded;

static AdwNavigationPage *
visible_page (void)
{
  return unknot_test_visible_navigation_page (GTK_WIDGET (window));
}

static AdwNavigationView *
navigation_view (void)
{
  return ADW_NAVIGATION_VIEW (unknot_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_NAVIGATION_VIEW));
}

static AdwDialog *
visible_dialog (void)
{
  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
}

static gboolean
has_dialog_cb (gpointer data)
{
  AdwDialog *dialog = visible_dialog ();

  return dialog != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog)) &&
         (data == NULL || G_TYPE_CHECK_INSTANCE_TYPE (dialog, GPOINTER_TO_SIZE (data)));
}

/* Waits for a dialog of @type (0: any) to be shown, and returns it */
static AdwDialog *
wait_for_dialog (GType type)
{
  if (!unknot_test_wait_until (has_dialog_cb, GSIZE_TO_POINTER (type), TIMEOUT_MS))
    fail_msg ("no dialog of type %s", type == 0 ? "any" : g_type_name (type));
  unknot_test_run_main_loop (300);     /* it has faded or slid in */
  return visible_dialog ();
}

/* Draws the window as it is on screen, once it has settled, as walk-WIDTH-@stop.png */
static void
render_window (GtkWidget  *widget,
               const char *stop)
{
  g_autofree char *name = g_strdup_printf ("walk-%s-%s", walk_name, stop);

  unknot_test_run_main_loop (150);
  unknot_test_wait_for_paint (widget);
  g_object_unref (unknot_test_render_window (widget, name));
}

static void
render (const char *stop)
{
  render_window (GTK_WIDGET (window), stop);
}

/* Answers the alert shown with @response and waits until it is gone */
static void
respond (const char *response)
{
  AdwDialog *dialog = wait_for_dialog (ADW_TYPE_ALERT_DIALOG);

  g_signal_emit_by_name (dialog, "response", response);
  unknot_test_close_dialog (dialog);
}

static void
show_page (const char *name)
{
  AdwViewStack *stack = ADW_VIEW_STACK (unknot_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));

  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", name));
  assert_string_equal (unknot_window_get_visible_page (window), name);
  assert_true (unknot_test_wait_until (unknot_test_widget_is_mapped,
                                       adw_view_stack_get_child_by_name (stack, name), TIMEOUT_MS));
}

/* Goes back to the main pages, as the back button does */
static void
go_back (void)
{
  assert_true (adw_navigation_view_pop (navigation_view ()));
  unknot_test_run_main_loop (400);    /* the page has slid out */
}

static void
clear_answers (void)
{
  GSettings *settings = unknot_application_get_settings (app);

  g_settings_reset (settings, "safety-answers");
  g_settings_reset (settings, "safety-answered-at");
}

static gboolean
has_width_cb (gpointer data)
{
  return ABS (gtk_widget_get_width (GTK_WIDGET (window)) - *(int *) data) <= 24;
}

/* A new main window @width × @height, as the user reopens the app after resizing it
 * (a mapped window keeps its size on the virtual display) */
static void
reopen_window (int width,
               int height)
{
  GSettings *settings = unknot_application_get_settings (app);

  gtk_window_destroy (GTK_WINDOW (window));
  unknot_test_run_main_loop (50);
  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);
  g_settings_set_boolean (settings, "window-maximized", FALSE);
  window = UNKNOT_WINDOW (unknot_test_open_main_window (app));
  if (!unknot_test_wait_until (has_width_cb, &width, TIMEOUT_MS))
    fail_msg ("asked for a window %d px wide, got %d", width, gtk_widget_get_width (GTK_WIDGET (window)));
  unknot_test_run_main_loop (200);
}

static void
render_with_safety_answers (const char *yes_id,
                            const char *stop)
{
  UnknotReleasePage *release;

  clear_answers ();
  if (yes_id != NULL)
    unknot_test_set_safety_answers (app, yes_id);
  release = unknot_window_get_release_page (window);
  unknot_release_page_refresh (release);
  render (stop);
}

/* The main pages, as they are before anything was done */
static void
walk_main_pages (void)
{
  clear_answers ();
  show_page ("today");
  render ("today");
  show_page ("release");
  render ("release");
  show_page ("routines");
  render ("routines");
  show_page ("anatomy");
  render ("anatomy");
  show_page ("progress");
  render ("progress");

  /* the Release page for each kind of answers: a caution, a stop, and all no */
  show_page ("release");
  render_with_safety_answers ("aneurysm-risk", "release-caution");
  render_with_safety_answers ("pregnancy", "release-stop");
  render_with_safety_answers (NULL, "release-all-no");
  unknot_release_page_select (unknot_window_get_release_page (window), "iliacus-psoas-lower", UNKNOT_SIDE_RIGHT);
  render ("release-iliacus-right");
  clear_answers ();
}

/* Every routine's page, top to bottom as far as the window shows */
static void
walk_routines (void)
{
  UnknotRoutineLibrary *library = unknot_application_get_library (app);
  UnknotRoutinesPage *routines = unknot_window_get_routines_page (window);

  unknot_test_set_safety_answers (app, NULL);
  show_page ("routines");
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (library)); i++)
    {
      g_autoptr(UnknotRoutineEntry) entry = g_list_model_get_item (G_LIST_MODEL (library), i);
      g_autofree char *stop = g_strdup_printf ("routine-%s", unknot_routine_entry_get_id (entry));

      unknot_routines_page_open_routine (routines, entry);
      unknot_test_wait_for_navigation_page (GTK_WIDGET (window), UNKNOT_TYPE_ROUTINE_PAGE);
      unknot_test_run_main_loop (400);
      render (stop);
      go_back ();
    }

  /* a stop answer: the banner, its dialog, and a hidden routine's page */
  render_with_safety_answers ("pregnancy", "routines-hidden");
  for (GtkWidget *banner = unknot_test_find_descendant (GTK_WIDGET (routines), ADW_TYPE_BANNER); banner != NULL;
       banner = gtk_widget_get_next_sibling (banner))
    if (ADW_IS_BANNER (banner) && adw_banner_get_revealed (ADW_BANNER (banner)))
      {
        g_signal_emit_by_name (banner, "button-clicked");
        break;
      }
  wait_for_dialog (ADW_TYPE_ALERT_DIALOG);
  render ("routines-hidden-dialog");
  respond ("close");
  unknot_routines_page_open_routine (routines, unknot_routine_library_lookup (library, "release-psoas-upper"));
  unknot_test_wait_for_navigation_page (GTK_WIDGET (window), UNKNOT_TYPE_ROUTINE_PAGE);
  unknot_test_run_main_loop (400);
  render ("routine-hidden");
  go_back ();
  clear_answers ();
}

/* A routine file with mistakes, imported: nothing is, and the problems are shown */
static void
walk_import_broken_routine (void)
{
  g_autofree char *folder = g_dir_make_tmp ("unknot-walk-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "broken-routine.json", NULL);
  g_autofree char *garbage = g_build_filename (folder, "not-json.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) garbage_file = g_file_new_for_path (garbage);
  UnknotRoutinesPage *routines = unknot_window_get_routines_page (window);

  assert_true (g_file_set_contents (path,
                                    "{ \"format\": 1, \"id\": \"Bad Routine\", \"title\": \"A routine with mistakes\",\n"
                                    "  \"kind\": \"stretch\", \"level\": \"beginner\", \"estimated_duration\": 120,\n"
                                    "  \"steps\": [ { \"type\": \"stretch\", \"title\": \"Stretch\", \"hold\": 900 },\n"
                                    "             { \"type\": \"breathe\", \"pattern\": \"no-such-pattern\" } ] }\n",
                                    -1, NULL));
  assert_true (g_file_set_contents (garbage, "Not a routine at all", -1, NULL));

  show_page ("routines");
  unknot_routines_page_import_file (routines, file);
  wait_for_dialog (ADW_TYPE_ALERT_DIALOG);
  render ("import-broken-routine");
  respond ("close");
  unknot_routines_page_import_file (routines, garbage_file);
  wait_for_dialog (ADW_TYPE_ALERT_DIALOG);
  render ("import-not-json");
  respond ("close");

  unknot_test_remove_tree (folder);
}

/* Each muscle's sheet and each trigger point's, on the map and below it; a pain touched */
static void
walk_anatomy (void)
{
  UnknotAnatomyPage *page;
  UnknotBodyMap *map;
  UnknotAnatomy *anatomy;
  GtkDropDown *area = NULL;

  show_page ("anatomy");
  page = UNKNOT_ANATOMY_PAGE (unknot_test_find_descendant (GTK_WIDGET (window), UNKNOT_TYPE_ANATOMY_PAGE));
  assert_non_null (page);
  map = unknot_anatomy_page_get_map (page);
  anatomy = unknot_body_map_get_anatomy (map);

  for (guint i = 0; i < anatomy->muscles->len; i++)
    {
      const UnknotMuscle *muscle = g_ptr_array_index (anatomy->muscles, i);
      g_autofree char *stop = g_strdup_printf ("anatomy-muscle-%s", muscle->id);

      unknot_anatomy_page_set_muscle (page, muscle->id);
      render (stop);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (map)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      g_autofree char *stop = NULL;

      if (!GTK_IS_BUTTON (child))
        continue;
      assert_true (gtk_widget_activate (child));
      unknot_test_run_main_loop (50);
      /* the point chosen again is let go */
      stop = g_strdup_printf ("anatomy-point-%s-%s",
                              unknot_body_map_get_selected_point (map) != NULL ? unknot_body_map_get_selected_point (map) : "none",
                              unknot_body_map_get_selected_side (map) == UNKNOT_SIDE_LEFT ? "left" : "right");
      render (stop);
    }

  /* where does it hurt: a place touched, then chosen from the list */
  unknot_body_map_mark_area (map, "front-thigh", UNKNOT_SIDE_RIGHT);
  g_signal_emit_by_name (map, "area-activated", "front-thigh", UNKNOT_SIDE_RIGHT);
  render ("anatomy-pain-front-thigh");
  area = GTK_DROP_DOWN (unknot_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_DROP_DOWN));
  assert_non_null (area);
  gtk_drop_down_set_selected (area, 1);
  render ("anatomy-pain-low-back");
}

static gboolean
session_running_cb (gpointer data)
{
  return UNKNOT_IS_PLAYER_PAGE (visible_page ()) &&
         unknot_session_engine_get_state (unknot_player_page_get_engine (UNKNOT_PLAYER_PAGE (visible_page ()))) == UNKNOT_SESSION_RUNNING;
}

static UnknotPlayerPage *
wait_for_player (void)
{
  unknot_test_wait_for_navigation_page (GTK_WIDGET (window), UNKNOT_TYPE_PLAYER_PAGE);
  assert_true (unknot_test_wait_until (session_running_cb, NULL, TIMEOUT_MS));
  unknot_test_run_main_loop (400);    /* the page has slid in */
  return UNKNOT_PLAYER_PAGE (visible_page ());
}

static const UnknotSegment *
current (UnknotPlayerPage *player)
{
  return unknot_session_engine_get_current (unknot_player_page_get_engine (player));
}

/* Rates every side shown at @pain, with the pain scales */
static void
set_pain (UnknotPlayerPage *player,
          int               pain)
{
  guint n = 0;

  assert_int_equal (current (player)->step->type, UNKNOT_STEP_RATE);
  for (GtkWidget *scale = unknot_test_find_descendant (GTK_WIDGET (player), UNKNOT_TYPE_PAIN_SCALE); scale != NULL;
       scale = gtk_widget_get_next_sibling (scale))
    if (UNKNOT_IS_PAIN_SCALE (scale))
      {
        unknot_pain_scale_set_value (UNKNOT_PAIN_SCALE (scale), pain);
        n++;
      }
  assert_true (n > 0);
  unknot_test_run_main_loop (20);
}

/* Goes on through the steps, rendering the first of each type as @prefix-TYPE, up to
 * the next of @type (UNKNOT_STEP_RATE: to the end's rating) */
static void
play_to (UnknotPlayerPage *player,
         UnknotStepType    type,
         const char       *prefix,
         guint            *seen)
{
  static const char * const type_names[] = {
    [UNKNOT_STEP_INFO] = "info", [UNKNOT_STEP_POSITION] = "position", [UNKNOT_STEP_STRETCH] = "stretch",
    [UNKNOT_STEP_EXERCISE] = "exercise", [UNKNOT_STEP_BREATHE] = "breathe", [UNKNOT_STEP_REST] = "rest",
    [UNKNOT_STEP_RATE] = "rate", [UNKNOT_STEP_LOCATE] = "locate", [UNKNOT_STEP_PRESS] = "press",
  };

  while (current (player)->step->type != type || current (player)->kind != UNKNOT_SEGMENT_WORK)
    {
      const UnknotSegment *segment = current (player);

      if (segment->kind == UNKNOT_SEGMENT_WORK && segment->step->type < G_N_ELEMENTS (type_names) &&
          type_names[segment->step->type] != NULL && !(*seen & (1u << segment->step->type)))
        {
          g_autofree char *stop = g_strdup_printf ("%s-%s", prefix, type_names[segment->step->type]);

          *seen |= 1u << segment->step->type;
          unknot_test_run_main_loop (50);
          render (stop);
        }
      if (segment->duration == 0)
        unknot_test_activate (player, "player.continue");
      else
        unknot_fake_clock_advance_to_next_wakeup (UNKNOT_FAKE_CLOCK (clock_));
      unknot_test_run_main_loop (5);
    }
}

static GtkWidget *
wait_for_summary (void)
{
  unknot_test_wait_for_navigation_page (GTK_WIDGET (window), UNKNOT_TYPE_SESSION_SUMMARY_PAGE);
  unknot_test_run_main_loop (400);
  return GTK_WIDGET (visible_page ());
}

/* Back from a summary to where the session was started */
static void
leave_summary (GtkWidget *summary)
{
  assert_true (gtk_widget_activate_action (summary, "summary.done", NULL));
  unknot_test_run_main_loop (400);
  while (adw_navigation_view_pop (navigation_view ()))
    unknot_test_run_main_loop (400);
}

/* Opens routine @id from the Routines page and starts it from its own page */
static UnknotPlayerPage *
start_routine (const char *id)
{
  UnknotRoutineEntry *entry = unknot_routine_library_lookup (unknot_application_get_library (app), id);

  assert_non_null (entry);
  show_page ("routines");
  unknot_routines_page_open_routine (unknot_window_get_routines_page (window), entry);
  unknot_test_wait_for_navigation_page (GTK_WIDGET (window), UNKNOT_TYPE_ROUTINE_PAGE);
  unknot_test_run_main_loop (400);
  unknot_test_activate (visible_page (), "routine.start");
  return wait_for_player ();
}

/* A routine played from its page: rated, started, paused, resumed, skipped forward and
 * back, to the summary with the pain before and after */
static void
walk_play_routine (void)
{
  UnknotPlayerPage *player;
  guint seen = 0;
  GtkWidget *summary;

  unknot_test_set_safety_answers (app, NULL);
  player = start_routine ("daily-psoas-10");

  render ("play-rate-before");
  set_pain (player, 6);
  render ("play-rate-before-rated");
  unknot_test_activate (player, "player.continue");
  seen |= 1u << UNKNOT_STEP_RATE;
  play_to (player, UNKNOT_STEP_STRETCH, "play", &seen);
  render ("play-stretch");
  unknot_fake_clock_advance (UNKNOT_FAKE_CLOCK (clock_), 5 * S);
  unknot_test_activate (player, "player.toggle-pause");
  render ("play-paused");
  unknot_test_activate (player, "player.toggle-pause");
  render ("play-resumed");
  unknot_test_activate (player, "player.next");
  render ("play-next");
  unknot_test_activate (player, "player.previous");
  render ("play-previous");
  play_to (player, UNKNOT_STEP_RATE, "play", &seen);
  render ("play-rate-after");
  set_pain (player, 3);
  unknot_test_activate (player, "player.continue");

  summary = wait_for_summary ();
  unknot_test_assert_shows (summary, "Well Done", TIMEOUT_MS);
  render ("play-summary");
  leave_summary (summary);
}

/* A session stopped midway: asked first, then the summary says what was done. And a
 * window closed, or the app quit, while one runs: asked first too. */
static void
walk_stop_session (void)
{
  UnknotPlayerPage *player = start_routine ("desk-break-3");
  GtkWidget *summary;

  unknot_test_activate (player, "player.continue");
  unknot_fake_clock_advance (UNKNOT_FAKE_CLOCK (clock_), 5 * S);

  gtk_window_close (GTK_WINDOW (window));
  wait_for_dialog (ADW_TYPE_ALERT_DIALOG);
  render ("close-during-session");
  respond ("continue");

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  wait_for_dialog (ADW_TYPE_ALERT_DIALOG);
  render ("quit-during-session");
  respond ("continue");

  unknot_test_activate (player, "player.stop");
  wait_for_dialog (ADW_TYPE_ALERT_DIALOG);
  render ("stop-session");
  respond ("stop");
  summary = wait_for_summary ();
  unknot_test_assert_shows (summary, "Session Stopped", TIMEOUT_MS);
  render ("stop-session-summary");
  leave_summary (summary);
}

/* Clicks the No of every question row under @root */
static void
click_every_no (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (UNKNOT_IS_SAFETY_QUESTION_ROW (child))
      g_signal_emit_by_name (unknot_test_find_button (child, "No"), "clicked");
    else
      click_every_no (child);
}

/* The safety check from the Release page, its red flags, then a guided release: the
 * point found, held with its timer, released, the stretch, to the summary and back */
static void
walk_guided_release (void)
{
  UnknotReleasePage *page;
  UnknotPlayerPage *player;
  AdwDialog *dialog;
  GtkWidget *summary;
  guint seen = 0;

  clear_answers ();
  show_page ("release");
  page = unknot_window_get_release_page (window);
  unknot_release_page_refresh (page);
  unknot_release_page_select (page, "psoas-upper", UNKNOT_SIDE_LEFT);

  /* the red flags, from the page */
  unknot_test_activate (page, "release.red-flags");
  dialog = wait_for_dialog (UNKNOT_TYPE_RED_FLAGS_DIALOG);
  render ("red-flags");
  unknot_test_close_dialog (dialog);

  unknot_test_activate (page, "release.start");
  dialog = wait_for_dialog (UNKNOT_TYPE_SAFETY_DIALOG);
  render ("safety-intro");
  unknot_test_press (GTK_WIDGET (dialog), "safety.start");
  render ("safety-questions");
  click_every_no (GTK_WIDGET (dialog));
  render ("safety-answered");
  unknot_test_press (GTK_WIDGET (dialog), "safety.continue");
  unknot_test_assert_shows (GTK_WIDGET (dialog), "Nothing in Your Answers Stands in the Way", TIMEOUT_MS);
  render ("safety-result");
  unknot_test_press (GTK_WIDGET (dialog), "safety.done");

  player = wait_for_player ();
  render ("release-rate-before");
  set_pain (player, 5);
  unknot_test_activate (player, "player.continue");
  seen |= 1u << UNKNOT_STEP_RATE;
  play_to (player, UNKNOT_STEP_LOCATE, "release", &seen);
  render ("release-locate");
  unknot_test_activate (player, "player.continue");    /* found it */
  render ("release-press");
  /* in the smallest window the stop rules are one menu, in view, holding all of them */
  if (g_str_equal (walk_name, "360x294"))
    {
      GtkMenuButton *menu = GTK_MENU_BUTTON (unknot_test_find_descendant (GTK_WIDGET (player), GTK_TYPE_MENU_BUTTON));

      assert_true (gtk_widget_get_mapped (GTK_WIDGET (menu)));
      assert_true (g_menu_model_get_n_items (gtk_menu_button_get_menu_model (menu)) >= 4);
    }
  unknot_fake_clock_advance (UNKNOT_FAKE_CLOCK (clock_), 20 * S);
  render ("release-press-holding");
  seen |= 1u << UNKNOT_STEP_LOCATE | 1u << UNKNOT_STEP_PRESS;
  play_to (player, UNKNOT_STEP_STRETCH, "release", &seen);
  render ("release-stretch");
  play_to (player, UNKNOT_STEP_RATE, "release", &seen);
  set_pain (player, 2);
  render ("release-rate-after");
  unknot_test_activate (player, "player.continue");

  summary = wait_for_summary ();
  unknot_test_assert_shows (summary, "Well Done", TIMEOUT_MS);
  render ("release-summary");
  leave_summary (summary);
  render ("release-after");

  /* a second one today is asked about first */
  unknot_test_activate (page, "release.start");
  wait_for_dialog (ADW_TYPE_ALERT_DIALOG);
  render ("release-again-today");
  respond ("cancel");
  clear_answers ();
}

/* The Progress page with nothing yet, then with ten weeks of sessions, and a session's
 * details */
static void
walk_progress (void)
{
  UnknotProgressPage *page;
  UnknotHistoryStore *history = unknot_application_get_history (app);
  g_autoptr(UnknotHistoryStore) empty = unknot_memory_history_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GtkListBoxRow *row;
  AdwNavigationPage *details;

  show_page ("progress");
  page = unknot_window_get_progress_page (window);
  g_object_ref (history);
  unknot_progress_page_set_history (page, empty);
  render ("progress-empty");
  unknot_progress_page_set_history (page, history);
  g_object_unref (history);

  for (int days_ago = 70; days_ago >= 1 && !history_seeded; days_ago -= 3)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (now, -days_ago);
      g_autofree char *date = g_date_time_format (day, "%Y-%m-%d");
      g_autoptr(UnknotSessionLog) log = unknot_test_session_new (date, 19, days_ago % 2 == 0,
                                                                 6 - days_ago / 20, 3 - days_ago / 30);

      assert_true (unknot_history_store_save (history, log, NULL));
    }
  history_seeded = TRUE;
  unknot_test_run_main_loop (100);
  render ("progress-history");

  row = gtk_list_box_get_row_at_index (unknot_progress_page_get_session_list (page), 0);
  assert_true (ADW_IS_ACTION_ROW (row));
  g_signal_emit_by_name (row, "activate");
  details = unknot_test_wait_for_navigation_page (GTK_WIDGET (window), UNKNOT_TYPE_SESSION_SUMMARY_PAGE);
  unknot_test_run_main_loop (400);
  render ("progress-session-details");
  assert_true (gtk_widget_activate_action (GTK_WIDGET (details), "summary.done", NULL));
  unknot_test_run_main_loop (400);

  show_page ("today");
  render ("today-with-history");
}

static void
collect_preferences_pages (GtkWidget *root,
                           GPtrArray *pages)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (ADW_IS_PREFERENCES_PAGE (child) && ADW_IS_VIEW_STACK (gtk_widget_get_parent (child)))
      g_ptr_array_add (pages, child);
    else
      collect_preferences_pages (child, pages);
}

/* Preferences, page by page, with Your Data's question before deleting everything;
 * Keyboard Shortcuts; About */
static void
walk_dialogs (void)
{
  g_autoptr(GPtrArray) pages = g_ptr_array_new ();
  AdwDialog *preferences;
  GtkWindow *overlay;
  AdwDialog *about;

  show_page ("today");
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = wait_for_dialog (UNKNOT_TYPE_PREFERENCES_DIALOG);
  collect_preferences_pages (GTK_WIDGET (preferences), pages);
  assert_true (pages->len >= 4);
  for (guint i = 0; i < pages->len; i++)
    {
      AdwPreferencesPage *page = g_ptr_array_index (pages, i);
      g_autofree char *title = g_ascii_strdown (adw_preferences_page_get_title (page), -1);
      g_autofree char *stop = NULL;

      g_strdelimit (title, " ", '-');
      stop = g_strdup_printf ("preferences-%s", title);
      adw_preferences_dialog_set_visible_page (ADW_PREFERENCES_DIALOG (preferences), page);
      unknot_test_run_main_loop (200);
      render (stop);
      if (unknot_test_find_action_button (GTK_WIDGET (page), "data.delete-all") != NULL)
        {
          AdwDialog *alert;

          assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "data.delete-all", NULL));
          alert = wait_for_dialog (ADW_TYPE_ALERT_DIALOG);
          assert_string_equal (adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (alert)), "Delete All Your Data?");
          render ("preferences-delete-all");
          g_signal_emit_by_name (alert, "response", "cancel");
          unknot_test_close_dialog (alert);
        }
    }
  unknot_test_close_dialog (preferences);

  overlay = GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  assert_non_null (overlay);
  gtk_window_set_default_size (overlay, gtk_widget_get_width (GTK_WIDGET (window)), 800);
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  assert_true (unknot_test_wait_until (unknot_test_widget_is_mapped, overlay, TIMEOUT_MS));
  render_window (GTK_WIDGET (overlay), "keyboard-shortcuts");
  gtk_window_close (overlay);
  unknot_test_run_main_loop (100);

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  about = wait_for_dialog (ADW_TYPE_ABOUT_DIALOG);
  render ("about");
  unknot_test_close_dialog (about);
}

static void
walk (const char *name,
      int         width,
      int         height)
{
  walk_name = name;
  /* each walk from an empty history: a third pressure session in a day is not allowed */
  assert_true (unknot_history_store_delete_all (unknot_application_get_history (app), NULL));
  history_seeded = FALSE;
  reopen_window (width, height);
  walk_main_pages ();
  walk_routines ();
  walk_import_broken_routine ();
  walk_anatomy ();
  walk_dialogs ();
  walk_play_routine ();
  walk_stop_session ();
  walk_guided_release ();
  walk_progress ();
}

static void
test_walk_wide (void **state)
{
  walk ("1280", 1280, 800);
}

/* 370 × 810: the window's frame takes 10 px each way on the virtual display, leaving 360 × 800 */
static void
test_walk_narrow (void **state)
{
  walk ("360", 370, 810);
}

/* The smallest window the app supports, 360 × 294: every stop must fit it (a child wider or
 * taller than the window is a warning from the breakpoint bin, fatal here) */
static void
test_walk_smallest (void **state)
{
  walk ("360x294", 370, 304);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_walk_wide),
    cmocka_unit_test (test_walk_narrow),
    cmocka_unit_test (test_walk_smallest),
  };
  int failures;

  clock_ = unknot_fake_clock_new ();
  failures = unknot_test_run_in_main_window ("walk", tests, G_N_ELEMENTS (tests), clock_,
                                             &app, (GtkWindow **) &window);
  g_object_unref (clock_);

  return failures;
}
