/* test-release.c: a guided release from the Release page to the summary, as a user
 * drives it: the safety check, both sides of the upper psoas, every stop rule, and the
 * pacing of pressure sessions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "unknot-application.h"
#include "unknot-body-map.h"
#include "unknot-fake-clock.h"
#include "unknot-illustration.h"
#include "unknot-pain-scale.h"
#include "unknot-player-page-private.h"
#include "unknot-release-page.h"
#include "unknot-routine-page.h"
#include "unknot-routines-page.h"
#include "unknot-safety-dialog.h"
#include "unknot-safety-question-row.h"
#include "unknot-safety-store.h"
#include "unknot-segment-text.h"
#include "unknot-session-summary-page.h"
#include "unknot-window.h"
#include "unknot-test-util.h"

#define TIMEOUT_MS 5000
#define S ((gint64) G_USEC_PER_SEC)

static UnknotApplication *app;
static UnknotWindow *window;
static UnknotClock *clock_;

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

static AdwDialog *
visible_dialog (void)
{
  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
}

static gboolean
has_dialog_cb (gpointer data)
{
  AdwDialog *dialog = visible_dialog ();

  return dialog != NULL && (data == NULL || G_TYPE_CHECK_INSTANCE_TYPE (dialog, GPOINTER_TO_SIZE (data)));
}

static gboolean
no_dialog_cb (gpointer data)
{
  return visible_dialog () == NULL;
}

static void
click (GtkWidget  *root,
       const char *label)
{
  GtkWidget *button = unknot_test_find_button (root, label);

  if (button == NULL)
    fail_msg ("no button “%s”", label);
  g_signal_emit_by_name (button, "clicked");
  unknot_test_run_main_loop (20);
}

static void
respond (const char *response)
{
  AdwDialog *dialog;

  assert_true (unknot_test_wait_until (has_dialog_cb, GSIZE_TO_POINTER (ADW_TYPE_ALERT_DIALOG), TIMEOUT_MS));
  dialog = visible_dialog ();
  g_signal_emit_by_name (dialog, "response", response);
  adw_dialog_force_close (dialog);
  assert_true (unknot_test_wait_until (no_dialog_cb, NULL, TIMEOUT_MS));
}

static UnknotReleasePage *
show_release_page (void)
{
  UnknotReleasePage *page;

  unknot_window_set_visible_page (window, "release");
  unknot_test_run_main_loop (50);
  page = unknot_window_get_release_page (window);
  assert_non_null (page);
  assert_true (unknot_test_wait_until (unknot_test_widget_is_mapped, page, TIMEOUT_MS));
  return page;
}

static void
clear_answers (void)
{
  GSettings *settings = unknot_application_get_settings (app);

  g_settings_reset (settings, "safety-answers");
  g_settings_reset (settings, "safety-answered-at");
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
  wait_for_page (UNKNOT_TYPE_PLAYER_PAGE);
  assert_true (unknot_test_wait_until (session_running_cb, NULL, TIMEOUT_MS));
  return UNKNOT_PLAYER_PAGE (visible_page ());
}

static const UnknotSegment *
current (UnknotPlayerPage *player)
{
  return unknot_session_engine_get_current (unknot_player_page_get_engine (player));
}

/* Rates every side shown at @pain, with the pain scales, and goes on */
static void
rate (UnknotPlayerPage *player,
      int               pain)
{
  GtkWidget *root = GTK_WIDGET (player);
  guint n = 0;

  assert_int_equal (current (player)->step->type, UNKNOT_STEP_RATE);
  for (GtkWidget *scale = unknot_test_find_descendant (root, UNKNOT_TYPE_PAIN_SCALE); scale != NULL;
       scale = gtk_widget_get_next_sibling (scale))
    if (UNKNOT_IS_PAIN_SCALE (scale))
      {
        unknot_pain_scale_set_value (UNKNOT_PAIN_SCALE (scale), pain);
        n++;
      }
  assert_true (n > 0);
  unknot_test_run_main_loop (20);
  unknot_test_activate (player, "player.continue");
}

/* Goes through the steps that wait for the user, up to the next of @type */
static void
continue_to (UnknotPlayerPage *player,
             UnknotStepType    type)
{
  while (current (player)->step->type != type || current (player)->kind != UNKNOT_SEGMENT_WORK)
    {
      if (current (player)->duration == 0)
        unknot_test_activate (player, "player.continue");
      else
        unknot_fake_clock_advance_to_next_wakeup (UNKNOT_FAKE_CLOCK (clock_));
      unknot_test_run_main_loop (5);
    }
}

static GtkWidget *
leave_summary (const char *title)
{
  GtkWidget *summary;

  wait_for_page (UNKNOT_TYPE_SESSION_SUMMARY_PAGE);
  summary = GTK_WIDGET (visible_page ());
  unknot_test_assert_shows (summary, title, TIMEOUT_MS);
  return summary;
}

static void
done (GtkWidget *summary)
{
  assert_true (gtk_widget_activate_action (summary, "summary.done", NULL));
  unknot_test_run_main_loop (100);
}

static GPtrArray *
history (void)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *sessions = unknot_history_store_list_since (unknot_application_get_history (app), "2000-01-01", &error);

  assert_non_null (sessions);
  return sessions;
}

/* Draws the window as it is on screen, once it has settled */
static void
render (const char *name)
{
  g_autoptr(GdkTexture) texture = NULL;

  unknot_test_run_main_loop (100);
  texture = unknot_test_render_window (GTK_WIDGET (window), name);
  assert_non_null (texture);
}

static GtkWidget *
button_for_action (GtkWidget  *root,
                   const char *action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_ACTIONABLE (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0)
        return child;
      if ((found = button_for_action (child, action)) != NULL)
        return found;
    }
  return NULL;
}

static void
press (GtkWidget  *root,
       const char *action)
{
  GtkWidget *button = button_for_action (root, action);

  if (button == NULL)
    fail_msg ("no button for %s", action);
  assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  unknot_test_run_main_loop (400);   /* the dialog's sliding page comes to rest */
}

/* Clicks the No of every question row under @root; returns how many */
static guint
click_every_no (GtkWidget *root)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (UNKNOT_IS_SAFETY_QUESTION_ROW (child))
        {
          GtkWidget *no = unknot_test_find_button (child, "No");

          assert_non_null (no);
          g_signal_emit_by_name (no, "clicked");
          n++;
        }
      else
        n += click_every_no (child);
    }
  return n;
}

/* Clicks every No of the safety check, then Continue, then Done, as a user does */
static void
answer_all_no (AdwDialog *dialog)
{
  press (GTK_WIDGET (dialog), "safety.start");
  assert_int_equal (click_every_no (GTK_WIDGET (dialog)), unknot_application_get_safety (app)->questions->len);
  render ("release-safety-check");
  press (GTK_WIDGET (dialog), "safety.continue");
  unknot_test_assert_shows (GTK_WIDGET (dialog), "Nothing in Your Answers Stands in the Way", TIMEOUT_MS);
  press (GTK_WIDGET (dialog), "safety.done");
  assert_true (unknot_test_wait_until (no_dialog_cb, NULL, TIMEOUT_MS));
}

/* Whether the Release page's Start can be pressed */
static gboolean
can_start (UnknotReleasePage *page)
{
  GtkWidget *button = button_for_action (GTK_WIDGET (page), "release.start");

  assert_non_null (button);
  return gtk_widget_is_sensitive (button);
}

static gboolean
holds_pressure_on_belly_or_groin (UnknotRoutineEntry *entry)
{
  const char * const *tags = (const char * const *) unknot_routine_entry_get_routine (entry)->contraindications;

  return tags != NULL && (g_strv_contains (tags, "abdominal-pressure") || g_strv_contains (tags, "groin-pressure"));
}

/* A stop answer hides the releases and says why, with the way to stretches. */
static void
test_hard_stop_hides_releases (void **state)
{
  UnknotSafety *safety = unknot_application_get_safety (app);
  const UnknotSafetyQuestion *stop = NULL;
  UnknotReleasePage *page;

  for (guint i = 0; stop == NULL && i < safety->questions->len; i++)
    if (((UnknotSafetyQuestion *) g_ptr_array_index (safety->questions, i))->group == UNKNOT_SAFETY_GROUP_STOP)
      stop = g_ptr_array_index (safety->questions, i);
  assert_non_null (stop);

  unknot_test_set_safety_answers (app, stop->id);
  page = show_release_page ();
  unknot_release_page_refresh (page);
  unknot_test_assert_shows (page, "Pressure Releases Are Hidden", TIMEOUT_MS);
  unknot_test_assert_shows (page, "Show Stretches", TIMEOUT_MS);
  {
    g_autofree char *topic = g_strdup_printf ("*%s", stop->topic);

    unknot_test_assert_shows (page, topic, TIMEOUT_MS);
  }
  assert_false (can_start (page));
  render ("release-blocked");

  /* the red flags are open all the same */
  assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "release.red-flags", NULL));
  assert_true (unknot_test_wait_until (has_dialog_cb, NULL, TIMEOUT_MS));
  adw_dialog_force_close (visible_dialog ());
  assert_true (unknot_test_wait_until (no_dialog_cb, NULL, TIMEOUT_MS));

  /* the Routines page leaves the pressure routines out, and says so */
  {
    UnknotRoutinesPage *routines = unknot_window_get_routines_page (window);
    GListModel *shown = unknot_routines_page_get_shown (routines);
    UnknotRoutineLibrary *library = unknot_application_get_library (app);
    UnknotRoutineEntry *release = unknot_routine_library_lookup (library, "release-psoas-upper");
    UnknotRoutinePage *routine_page;
    guint n_pressure = 0;

    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (library)); i++)
      {
        g_autoptr(UnknotRoutineEntry) entry = g_list_model_get_item (G_LIST_MODEL (library), i);
        n_pressure += holds_pressure_on_belly_or_groin (entry);
      }
    assert_true (n_pressure >= 3);
    assert_true (g_list_model_get_n_items (shown) > 0);
    for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
      {
        g_autoptr(UnknotRoutineEntry) entry = g_list_model_get_item (shown, i);

        assert_false (holds_pressure_on_belly_or_groin (entry));
      }
    assert_int_equal (g_list_model_get_n_items (shown) + n_pressure, g_list_model_get_n_items (G_LIST_MODEL (library)));
    unknot_window_set_visible_page (window, "routines");
    {
      g_autofree char *banner = g_strdup_printf ("%u routines are hidden because of your safety answers", n_pressure);

      unknot_test_assert_shows (routines, banner, TIMEOUT_MS);
    }
    render ("routines-hidden");

    /* opened all the same (a reminder, a link): it says why, and does not start */
    routine_page = unknot_routines_page_open_routine (routines, release);
    wait_for_page (UNKNOT_TYPE_ROUTINE_PAGE);
    unknot_test_run_main_loop (400);   /* the page has slid in */
    unknot_test_assert_shows (routine_page, "Hidden because of your safety answers", TIMEOUT_MS);
    assert_false (gtk_widget_is_sensitive (unknot_test_find_button (GTK_WIDGET (routine_page), "Start")));
    render ("routine-hidden");
    adw_navigation_view_pop (ADW_NAVIGATION_VIEW (unknot_test_find_descendant (GTK_WIDGET (window),
                                                                               ADW_TYPE_NAVIGATION_VIEW)));
    unknot_test_run_main_loop (400);

    /* answered again, all no: they are back */
    clear_answers ();
    unknot_test_set_safety_answers (app, NULL);
    unknot_test_run_main_loop (20);
    assert_int_equal (g_list_model_get_n_items (shown), g_list_model_get_n_items (G_LIST_MODEL (library)));
  }
  clear_answers ();
}

/* Answers older than 90 days are asked again, from the Release page and from a
 * routine's own page. */
static void
test_answers_expire (void **state)
{
  GSettings *settings = unknot_application_get_settings (app);
  UnknotReleasePage *page;
  UnknotRoutineEntry *release = unknot_routine_library_lookup (unknot_application_get_library (app),
                                                               "release-iliacus");

  unknot_test_set_safety_answers (app, NULL);
  g_settings_set_int64 (settings, "safety-answered-at",
                        g_get_real_time () / G_USEC_PER_SEC - 91 * 24 * 60 * 60);
  page = show_release_page ();
  unknot_release_page_refresh (page);
  unknot_test_assert_shows (page, "*more than 90 days old", TIMEOUT_MS);

  unknot_window_set_visible_page (window, "routines");
  unknot_routines_page_open_routine (unknot_window_get_routines_page (window), release);
  wait_for_page (UNKNOT_TYPE_ROUTINE_PAGE);
  unknot_test_activate (visible_page (), "routine.start");
  assert_true (unknot_test_wait_until (has_dialog_cb, GSIZE_TO_POINTER (UNKNOT_TYPE_SAFETY_DIALOG), TIMEOUT_MS));
  /* closed without answering: nothing starts */
  adw_dialog_close (visible_dialog ());
  assert_true (unknot_test_wait_until (no_dialog_cb, NULL, TIMEOUT_MS));
  unknot_test_run_main_loop (100);
  assert_true (UNKNOT_IS_ROUTINE_PAGE (visible_page ()));
  adw_navigation_view_pop (ADW_NAVIGATION_VIEW (unknot_test_find_descendant (GTK_WIDGET (window),
                                                                             ADW_TYPE_NAVIGATION_VIEW)));
  unknot_test_run_main_loop (400);
  clear_answers ();
}

/* The row titled @title under @root */
static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (root) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A point and a side chosen on the body map, or from the list; the plan follows */
static void
test_choose_point (void **state)
{
  UnknotReleasePage *page = show_release_page ();
  UnknotAnatomy *anatomy = unknot_routine_library_get_anatomy (unknot_application_get_library (app));
  const UnknotTriggerPoint *iliacus = unknot_anatomy_lookup_trigger_point (anatomy, "iliacus-psoas-lower");
  g_autofree char *marker_name = g_strdup_printf ("%s, right side", iliacus->name);
  GtkWidget *map = unknot_test_find_descendant (GTK_WIDGET (page), UNKNOT_TYPE_BODY_MAP);
  GtkWidget *marker = NULL;
  GtkWidget *row = NULL;

  unknot_release_page_select (page, "psoas-upper", UNKNOT_SIDE_BOTH);
  for (GtkWidget *child = gtk_widget_get_first_child (map); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_widget_get_tooltip_text (child), marker_name) == 0)
      marker = child;
  assert_non_null (marker);
  assert_true (gtk_widget_activate (marker));     /* Enter on it: the click follows its pressed look */
  unknot_test_run_main_loop (400);
  assert_string_equal (unknot_release_page_get_point (page), "iliacus-psoas-lower");
  assert_int_equal (unknot_release_page_get_sides (page), UNKNOT_SIDE_RIGHT);
  unknot_test_assert_shows (page, "Iliacus Release", TIMEOUT_MS);
  assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (unknot_test_find_button (GTK_WIDGET (page), "Right"))));

  /* from the list: the point changes, the side stays */
  row = find_row (GTK_WIDGET (page), unknot_anatomy_lookup_trigger_point (anatomy, "psoas-upper")->name);
  assert_non_null (row);
  assert_true (gtk_widget_activate (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row))));
  unknot_test_run_main_loop (50);
  assert_string_equal (unknot_release_page_get_point (page), "psoas-upper");
  assert_int_equal (unknot_release_page_get_sides (page), UNKNOT_SIDE_RIGHT);
  unknot_test_assert_shows (page, "Upper Psoas Release", TIMEOUT_MS);

  /* a side button: the side changes, the point stays, and the release can start */
  g_signal_emit_by_name (unknot_test_find_button (GTK_WIDGET (page), "Left"), "clicked");
  unknot_test_run_main_loop (50);
  assert_int_equal (unknot_release_page_get_sides (page), UNKNOT_SIDE_LEFT);
  assert_string_equal (unknot_release_page_get_point (page), "psoas-upper");
  assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)))));
  assert_true (gtk_widget_is_sensitive (unknot_test_find_action_button (GTK_WIDGET (page), "release.start")));
}

/* A caution answer: the notice on the page, and asked about before each release */
static void
test_caution_notice (void **state)
{
  UnknotSafety *safety = unknot_application_get_safety (app);
  UnknotReleasePage *page;
  UnknotPlayerPage *player;
  g_autofree char *notice = NULL;

  unknot_test_set_safety_answers (app, "aneurysm-risk");
  page = show_release_page ();
  unknot_release_page_select (page, "psoas-upper", UNKNOT_SIDE_LEFT);
  notice = g_strconcat ("*", safety->caution_notice.text, NULL);
  unknot_test_assert_shows (page, notice, TIMEOUT_MS);
  assert_true (can_start (page));

  /* "Not Now" starts nothing */
  unknot_test_activate (page, "release.start");
  assert_true (unknot_test_wait_until (has_dialog_cb, GSIZE_TO_POINTER (ADW_TYPE_ALERT_DIALOG), TIMEOUT_MS));
  assert_string_equal (adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (visible_dialog ())), safety->caution_notice.title);
  unknot_test_run_main_loop (300);   /* the dialog has faded in */
  render ("release-caution");
  respond ("cancel");
  unknot_test_run_main_loop (100);
  assert_false (UNKNOT_IS_PLAYER_PAGE (visible_page ()));

  /* asked again next time, and the release starts when the user goes on */
  unknot_test_activate (page, "release.start");
  respond ("start");
  player = wait_for_player ();
  unknot_session_engine_abandon (unknot_player_page_get_engine (player), "stopped");
  done (leave_summary ("Session Stopped"));
  clear_answers ();
}

/* From the Release page, with the safety check first, through the upper psoas on
 * both sides to the summary, and into the history with a note. */
/* An UnknotTestCondition: @data is a player page whose It Released can be pressed */
static gboolean
release_offered_cb (gpointer data)
{
  GtkWidget *button = unknot_test_find_action_button (GTK_WIDGET (data), "player.release");

  return button != NULL && gtk_widget_get_visible (button) && gtk_widget_is_sensitive (button);
}

static void
test_release_both_sides (void **state)
{
  UnknotReleasePage *page;
  UnknotPlayerPage *player;
  AdwDialog *dialog;
  GtkWidget *summary;
  g_autoptr(UnknotSafetyAnswers) answers = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  UnknotSessionLog *log;
  GtkWidget *note;

  clear_answers ();
  page = show_release_page ();
  unknot_release_page_select (page, "psoas-upper", UNKNOT_SIDE_BOTH);
  render ("release-page");

  /* the safety check comes first; all "no" lets the release start */
  assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "release.start", NULL));
  assert_true (unknot_test_wait_until (has_dialog_cb, GSIZE_TO_POINTER (UNKNOT_TYPE_SAFETY_DIALOG), TIMEOUT_MS));
  dialog = visible_dialog ();
  answer_all_no (dialog);
  answers = unknot_safety_store_load (unknot_application_get_settings (app));
  assert_non_null (answers);
  player = wait_for_player ();

  rate (player, 5);                        /* before, both sides */
  continue_to (player, UNKNOT_STEP_LOCATE);
  assert_int_equal (current (player)->side, UNKNOT_SIDE_LEFT);
  assert_int_equal (unknot_illustration_get_flip (UNKNOT_ILLUSTRATION (unknot_test_find_descendant (GTK_WIDGET (player),
                                                                                                     UNKNOT_TYPE_ILLUSTRATION))),
                    UNKNOT_ART_MIRROR_NONE);
  unknot_test_assert_shows (player, "Found It", TIMEOUT_MS);
  assert_non_null (unknot_test_find_button (GTK_WIDGET (player), "I Feel a Pulse"));
  /* someone on the floor hears how to find the point and how to go on */
  {
    g_autofree char *voice = unknot_segment_describe_for_voice (current (player));

    assert_true (g_str_has_prefix (voice, "Find the upper psoas. Left Side."));
    assert_non_null (strstr (voice, current (player)->step->instructions));
    assert_true (g_str_has_suffix (voice, "Then press “Found It”."));
  }
  render ("release-locate");
  unknot_test_activate (player, "player.continue");    /* Found it */
  assert_int_equal (current (player)->step->type, UNKNOT_STEP_PRESS);
  unknot_test_run_main_loop (20);
  render ("release-press");
  unknot_fake_clock_advance (UNKNOT_FAKE_CLOCK (clock_), 140 * S);   /* two holds and the rest */
  unknot_test_run_main_loop (20);

  continue_to (player, UNKNOT_STEP_PRESS);
  assert_int_equal (current (player)->side, UNKNOT_SIDE_RIGHT);
  unknot_fake_clock_advance (UNKNOT_FAKE_CLOCK (clock_), 35 * S);
  /* the minimum is past once the page has heard the clock: It Released is offered */
  assert_true (unknot_test_wait_until (release_offered_cb, player, TIMEOUT_MS));
  unknot_test_activate (player, "player.release");     /* It released */
  continue_to (player, UNKNOT_STEP_STRETCH);
  unknot_test_run_main_loop (20);
  render ("release-stretch");
  continue_to (player, UNKNOT_STEP_RATE);
  rate (player, 2);                        /* after */

  summary = leave_summary ("Well Done");
  unknot_test_assert_shows (summary, "*Upper Psoas", TIMEOUT_MS);
  unknot_test_assert_shows (summary, "Saved to your history.", TIMEOUT_MS);
  note = unknot_test_find_descendant (summary, ADW_TYPE_ENTRY_ROW);
  assert_non_null (note);
  gtk_editable_set_text (GTK_EDITABLE (note), "Looser on the left.");
  render ("release-summary");
  done (summary);

  sessions = history ();
  assert_true (sessions->len >= 1);
  log = g_ptr_array_index (sessions, sessions->len - 1);
  assert_string_equal (log->routine_id, "release-psoas-upper");
  assert_true (log->completed);
  assert_int_equal (log->sides, UNKNOT_SIDE_BOTH);
  assert_int_equal (log->points->len, 2);
  assert_int_equal (((UnknotPointLog *) g_ptr_array_index (log->points, 1))->holds_released_early, 1);
  assert_string_equal (log->note, "Looser on the left.");
  assert_int_equal (log->ratings->len, 4);
}

static UnknotPlayerPage *
start_one_side (const char *point,
                UnknotSide  side)
{
  UnknotReleasePage *page = show_release_page ();

  unknot_test_set_safety_answers (app, NULL);
  unknot_release_page_select (page, point, side);
  assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "release.start", NULL));
  unknot_test_run_main_loop (50);
  /* a second pressure session today: asked first */
  if (has_dialog_cb (GSIZE_TO_POINTER (ADW_TYPE_ALERT_DIALOG)))
    respond ("start");
  return wait_for_player ();
}

/* Every stop rule does what it says, and shows what to do. */
static void
test_stop_rules (void **state)
{
  UnknotPlayerPage *player = start_one_side ("psoas-upper", UNKNOT_SIDE_RIGHT);
  UnknotSessionEngine *engine = unknot_player_page_get_engine (player);
  GtkWidget *summary;
  g_autoptr(GPtrArray) sessions = NULL;
  UnknotSessionLog *log;

  assert_false (unknot_session_engine_has_side (engine, UNKNOT_SIDE_LEFT));
  rate (player, 4);
  continue_to (player, UNKNOT_STEP_LOCATE);
  /* the picture, drawn for the left side, is shown flipped */
  assert_int_equal (unknot_illustration_get_flip (UNKNOT_ILLUSTRATION (unknot_test_find_descendant (GTK_WIDGET (player),
                                                                                                     UNKNOT_TYPE_ILLUSTRATION))),
                    UNKNOT_ART_MIRROR_HORIZONTAL);

  /* a pulse while searching: advice, and the search goes on */
  click (GTK_WIDGET (player), "I Feel a Pulse");
  respond ("ok");
  assert_int_equal (current (player)->step->type, UNKNOT_STEP_LOCATE);
  unknot_test_activate (player, "player.continue");

  /* a pulse while pressing: back to searching */
  unknot_fake_clock_advance (UNKNOT_FAKE_CLOCK (clock_), 5 * S);
  click (GTK_WIDGET (player), "I Feel a Pulse");
  respond ("ok");
  assert_int_equal (current (player)->step->type, UNKNOT_STEP_LOCATE);
  unknot_test_activate (player, "player.continue");

  /* rising tenderness: ease off, the hold goes on */
  unknot_player_page_use_stop_rule (player, "rising-tenderness");
  render ("release-stop-rule");
  respond ("ok");
  assert_int_equal (current (player)->step->type, UNKNOT_STEP_PRESS);
  assert_int_equal (unknot_session_engine_get_state (engine), UNKNOT_SESSION_RUNNING);

  /* sharp pain: the point is left, the session waits while the advice is read */
  unknot_player_page_use_stop_rule (player, "sharp-pain");
  assert_int_equal (unknot_session_engine_get_state (engine), UNKNOT_SESSION_PAUSED);
  assert_int_equal (current (player)->step->type, UNKNOT_STEP_STRETCH);
  respond ("ok");
  assert_int_equal (unknot_session_engine_get_state (engine), UNKNOT_SESSION_RUNNING);

  /* dizziness: the session ends */
  unknot_player_page_use_stop_rule (player, "dizziness");
  respond ("ok");
  summary = leave_summary ("Session Stopped");
  unknot_test_assert_shows (summary, "Stopped", TIMEOUT_MS);
  unknot_test_assert_shows (summary, "You pressed “I Feel Dizzy or Sick”", TIMEOUT_MS);
  unknot_test_assert_shows (summary, "*\nYou pressed “I Feel a Pulse”, 2 times\n", TIMEOUT_MS);
  unknot_test_assert_shows (summary, "*\nYou pressed “Sharp Pain”", TIMEOUT_MS);
  render ("release-summary-stopped");
  done (summary);

  sessions = history ();
  log = g_ptr_array_index (sessions, sessions->len - 1);
  assert_false (log->completed);
  assert_string_equal (log->stop_reason, "dizziness");
  assert_int_equal (log->sides, UNKNOT_SIDE_RIGHT);
  assert_int_equal (g_strv_length (((UnknotPointLog *) g_ptr_array_index (log->points, 0))->stops), 4);

  /* numbness, on another point: the point is left too */
  player = start_one_side ("iliacus-psoas-lower", UNKNOT_SIDE_LEFT);
  rate (player, 3);
  continue_to (player, UNKNOT_STEP_PRESS);
  unknot_player_page_use_stop_rule (player, "numbness");
  assert_int_not_equal (current (player)->step->type, UNKNOT_STEP_PRESS);
  respond ("ok");
  unknot_session_engine_abandon (unknot_player_page_get_engine (player), "stopped");
  done (leave_summary ("Session Stopped"));
}

/* Two pressure sessions with a hold today: the day's most. */
static void
test_pacing (void **state)
{
  UnknotReleasePage *page = show_release_page ();
  g_autoptr(UnknotSessionLog) log = unknot_session_log_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  UnknotPointLog *point = unknot_point_log_new ("psoas-upper", UNKNOT_SIDE_LEFT);
  g_autoptr(GError) error = NULL;

  log->routine_id = g_strdup ("release-psoas-upper");
  log->routine_title = g_strdup ("Upper Psoas Release");
  log->compression = TRUE;
  log->started_at = g_date_time_to_unix_usec (now);
  g_strlcpy (log->local_date, today, sizeof log->local_date);
  point->holds_planned = point->holds_done = 2;
  g_ptr_array_add (log->points, point);
  assert_true (unknot_history_store_save (unknot_application_get_history (app), log, &error));

  unknot_release_page_refresh (page);
  unknot_test_assert_shows (page, "*twice today", TIMEOUT_MS);
  assert_false (can_start (page));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_hard_stop_hides_releases),
    cmocka_unit_test (test_answers_expire),
    cmocka_unit_test (test_choose_point),
    cmocka_unit_test (test_caution_notice),
    cmocka_unit_test (test_release_both_sides),
    cmocka_unit_test (test_stop_rules),
    cmocka_unit_test (test_pacing),
  };
  int failures;

  clock_ = unknot_fake_clock_new ();
  failures = unknot_test_run_in_main_window ("release", tests, G_N_ELEMENTS (tests), clock_,
                                             &app, (GtkWindow **) &window);
  g_object_unref (clock_);

  return failures;
}
