/* test-progress-page.c: the Progress page in the main window: nothing recorded, a few
 * months of sessions (calendar, pain trends, the list and a session's details), the
 * page following the history as it changes, and ten years of it opening quickly
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "unknot-memory-history.h"
#include "unknot-progress-page.h"
#include "unknot-session-summary-page.h"
#include "unknot-window.h"
#include "unknot-test-util.h"

#define TIMEOUT_MS 5000

static UnknotApplication *app;
static UnknotWindow *window;
static UnknotProgressPage *page;

#define L UNKNOT_SIDE_LEFT
#define R UNKNOT_SIDE_RIGHT
#define N UNKNOT_SIDE_NONE
#define B UNKNOT_RATE_BEFORE
#define A UNKNOT_RATE_AFTER

static GDateTime *
today_at (int days_ago,
          int hour,
          int minute)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, -days_ago);

  return g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                g_date_time_get_day_of_month (day), hour, minute, 0);
}

/* A completed session of @days_ago at @hour:@minute, not saved yet, with the ratings
 * given as side, when, pain triples ended by -1 */
static UnknotSessionLog *
session_new (int      days_ago,
             int      hour,
             int      minute,
             gboolean compression,
             ...)
{
  UnknotSessionLog *log = unknot_session_log_new ();
  g_autoptr(GDateTime) started = today_at (days_ago, hour, minute);
  g_autofree char *date = g_date_time_format (started, "%Y-%m-%d");
  va_list args;
  int side;

  log->routine_id = g_strdup (compression ? "release-psoas-upper" : "daily-psoas-10");
  log->routine_title = g_strdup (compression ? "Upper Psoas Release" : "Daily Psoas Care");
  log->kind = compression ? UNKNOT_ROUTINE_KIND_RELEASE : UNKNOT_ROUTINE_KIND_STRETCH;
  log->compression = compression;
  log->started_at = g_date_time_to_unix_usec (started);
  g_strlcpy (log->local_date, date, sizeof log->local_date);
  log->planned_seconds = 600;
  log->active_seconds = 612;
  log->steps_total = log->steps_done = 8;
  log->completed = TRUE;
  if (compression)
    {
      UnknotPointLog *point = unknot_point_log_new ("psoas-upper", UNKNOT_SIDE_LEFT);

      point->holds_planned = point->holds_done = 2;
      point->hold_seconds = 180;
      g_ptr_array_add (log->points, point);
    }

  va_start (args, compression);
  while ((side = va_arg (args, int)) >= 0)
    {
      UnknotPainRating rating;

      rating.side = (UnknotSide) side;
      rating.when = (UnknotRateWhen) va_arg (args, int);
      rating.pain = va_arg (args, int);
      g_array_append_val (log->ratings, rating);
    }
  va_end (args);

  return log;
}

/* Saves @log (transfer full) to @history */
static void
save (UnknotHistoryStore *history,
      UnknotSessionLog   *log)
{
  g_autoptr(UnknotSessionLog) saved = log;
  g_autoptr(GError) error = NULL;

  assert_true (unknot_history_store_save (history, saved, &error));
  assert_null (error);
}

/* Ten weeks of sessions every other day (pressure on both sides: left 6 → 4, right
 * 5 → 3), one stretch without sides three weeks ago (7 → 5), one session without
 * ratings, one stopped; and two today, better. 37 sessions in all. */
static UnknotHistoryStore *
seeded_history (void)
{
  UnknotHistoryStore *history = unknot_memory_history_new ();
  UnknotSessionLog *stopped;

  for (int days_ago = 70; days_ago >= 8; days_ago -= 2)
    save (history, session_new (days_ago, 20, 15, TRUE, L, B, 6, L, A, 4, R, B, 5, R, A, 3, -1));
  save (history, session_new (21, 8, 0, FALSE, N, B, 7, N, A, 5, -1));
  save (history, session_new (30, 7, 30, FALSE, -1));

  /* stopped by the user, an hour after the one of that evening */
  stopped = session_new (12, 21, 15, TRUE, L, B, 6, -1);
  stopped->completed = FALSE;
  stopped->stop_reason = g_strdup ("stopped");
  save (history, stopped);

  save (history, session_new (0, 18, 0, TRUE, L, B, 4, L, A, 2, R, B, 3, R, A, 1, -1));
  save (history, session_new (0, 19, 30, FALSE, L, B, 3, L, A, 2, R, B, 3, R, A, 1, -1));

  return history;
}

static void
show_progress_page (void)
{
  unknot_window_set_visible_page (window, "progress");
  assert_true (unknot_test_wait_until (unknot_test_widget_is_mapped, page, TIMEOUT_MS));
  unknot_test_run_main_loop (50);
}

static void
use_history (UnknotHistoryStore *history)
{
  unknot_progress_page_set_history (page, history);
  unknot_test_run_main_loop (50);
}

static UnknotProgressPage *
find_page (void)
{
  /* made on first use, as when the page is first shown */
  return unknot_window_get_progress_page (window);
}

static gboolean
has_width_cb (gpointer data)
{
  return ABS (gtk_widget_get_width (GTK_WIDGET (window)) - *(int *) data) <= 24;
}

/* A window of another size: a new main window, as the user reopens the app after
 * resizing it (a mapped window keeps its size on the virtual display) */
static void
resize_window (int width,
               int height)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_ID);
  UnknotHistoryStore *history = unknot_progress_page_get_history (page);
  int wanted_width;

  g_object_ref (history);
  gtk_window_destroy (GTK_WINDOW (window));
  unknot_test_run_main_loop (50);
  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);
  g_settings_set_boolean (settings, "window-maximized", FALSE);
  window = UNKNOT_WINDOW (unknot_test_open_main_window (app));
  page = find_page ();
  unknot_progress_page_set_history (page, history);
  g_object_unref (history);
  show_progress_page ();
  /* the window's own size, without the frame the window may draw around it */
  wanted_width = width;
  if (!unknot_test_wait_until (has_width_cb, &wanted_width, TIMEOUT_MS))
    fail_msg ("asked for a window %d px wide, got %d", width, gtk_widget_get_width (GTK_WIDGET (window)));
  unknot_test_run_main_loop (200);
}

/* The scrolling of the page's history (the status page has one of its own) */
static GtkAdjustment *
page_adjustment (void)
{
  GtkWidget *calendar = GTK_WIDGET (unknot_progress_page_get_calendar (page));
  GtkWidget *scrolled = gtk_widget_get_ancestor (calendar, GTK_TYPE_SCROLLED_WINDOW);

  assert_non_null (scrolled);
  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
}

static void
use_dark_style (gboolean dark)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
  unknot_test_run_main_loop (100);
}

static void
after_paint_cb (GdkFrameClock *frame_clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

static gboolean
flag_is_set_cb (gpointer data)
{
  return *(gboolean *) data;
}

/* Waits for @widget's window to paint a frame */
static void
wait_for_paint (GtkWidget *widget)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong handler = g_signal_connect (frame_clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);

  assert_true (unknot_test_wait_until (flag_is_set_cb, &painted, TIMEOUT_MS));
  g_signal_handler_disconnect (frame_clock, handler);
}

static void
render (const char *name)
{
  g_autoptr(GdkTexture) texture = NULL;

  unknot_test_run_main_loop (150);
  texture = unknot_test_render_window (GTK_WIDGET (window), name);
  assert_non_null (texture);
}

/* The first row that is a session in the list, and its text */
static AdwActionRow *
session_row (guint index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (unknot_progress_page_get_session_list (page), (int) index);

  assert_non_null (row);
  assert_true (ADW_IS_ACTION_ROW (row));
  return ADW_ACTION_ROW (row);
}

static guint
count_rows (void)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (unknot_progress_page_get_session_list (page), (int) n) != NULL)
    n++;
  return n;
}

static GDateDay
day_of (int days_ago)
{
  g_autoptr(GDateTime) date = today_at (days_ago, 12, 0);

  return (GDateDay) g_date_time_get_day_of_month (date);
}

static void
assert_day_label (GDateDay    day,
                  const char *expected)
{
  GtkWidget *button = unknot_practice_calendar_get_day_widget (unknot_progress_page_get_calendar (page), day);
  g_autofree char *failure = NULL;

  assert_non_null (button);
  assert_string_equal (gtk_widget_get_tooltip_text (button), expected);
  failure = gtk_test_accessible_check_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
  if (failure != NULL)
    fail_msg ("day %u: %s", day, failure);
}

static char *
day_name (int         days_ago,
          const char *format)
{
  g_autoptr(GDateTime) date = today_at (days_ago, 12, 0);

  return g_date_time_format (date, format);
}

/* The marks shown under a day of the calendar of @kind ("pressure" or "stretch") */
static guint
count_marks (GtkWidget  *widget,
             const char *kind)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (gtk_widget_get_visible (child) && gtk_widget_has_css_class (child, "practice-mark") &&
          gtk_widget_has_css_class (child, kind))
        n++;
      n += count_marks (child, kind);
    }
  return n;
}

/* Nothing recorded: the page says so, and what will come, with no calendar or plot. */
static void
test_empty_state (void **unused)
{
  g_autoptr(UnknotHistoryStore) history = unknot_memory_history_new ();

  use_history (history);
  show_progress_page ();

  unknot_test_assert_shows (page, "No Sessions Yet", TIMEOUT_MS);
  unknot_test_assert_shows (page, "*pain before and after", TIMEOUT_MS);
  assert_false (gtk_widget_get_mapped (GTK_WIDGET (unknot_progress_page_get_calendar (page))));
  assert_non_null (unknot_test_find_button (GTK_WIDGET (page), "Browse Routines"));

  resize_window (1000, 700);
  use_dark_style (FALSE);
  render ("progress-empty-wide-light");
  resize_window (360, 640);
  use_dark_style (TRUE);
  render ("progress-empty-narrow-dark");
  use_dark_style (FALSE);
  resize_window (1000, 700);
}

/* Today and the days with sessions are marked, in words too; the calendar goes back to
 * the first session's month and no further than today's. */
static void
test_calendar (void **unused)
{
  g_autoptr(UnknotHistoryStore) history = seeded_history ();
  UnknotPracticeCalendar *calendar = unknot_progress_page_get_calendar (page);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) first = today_at (70, 12, 0);
  g_autofree char *today_label = NULL;
  g_autofree char *name = NULL;
  GtkWidget *today;
  guint months_back = 0;

  show_progress_page ();
  use_history (history);
  assert_true (gtk_widget_get_mapped (GTK_WIDGET (calendar)));
  assert_int_equal (unknot_practice_calendar_get_month (calendar), g_date_time_get_month (now));

  name = day_name (0, "%A %-d %B");
  today_label = g_strdup_printf ("Today, %s: 2 sessions, 1 with pressure", name);
  assert_day_label (day_of (0), today_label);
  today = unknot_practice_calendar_get_day_widget (calendar, day_of (0));
  assert_true (gtk_widget_has_css_class (today, "today"));
  assert_true (gtk_widget_has_css_class (today, "practised"));
  /* a filled mark for the session with pressure, a ring for the other */
  assert_int_equal (count_marks (today, "pressure"), 1);
  assert_int_equal (count_marks (today, "stretch"), 1);

  /* the future has no practice yet */
  gtk_widget_activate_action (GTK_WIDGET (calendar), "calendar.next-month", NULL);
  assert_int_equal (unknot_practice_calendar_get_month (calendar), g_date_time_get_month (now));

  /* back to the first session's month, and no further */
  for (;;)
    {
      GDateMonth month = unknot_practice_calendar_get_month (calendar);

      gtk_widget_activate_action (GTK_WIDGET (calendar), "calendar.previous-month", NULL);
      if (unknot_practice_calendar_get_month (calendar) == month || months_back > 12)
        break;
      months_back++;
    }
  assert_int_equal (unknot_practice_calendar_get_month (calendar), g_date_time_get_month (first));
  assert_int_equal (unknot_practice_calendar_get_year (calendar), g_date_time_get_year (first));
  assert_true (months_back >= 2 && months_back <= 3);
  {
    g_autofree char *first_name = day_name (70, "%A %-d %B");
    g_autofree char *first_label = g_strdup_printf ("%s: 1 session, 1 with pressure", first_name);
    g_autofree char *before_name = NULL;
    g_autofree char *before_label = NULL;

    assert_day_label (day_of (70), first_label);
    assert_int_equal (count_marks (unknot_practice_calendar_get_day_widget (calendar, day_of (70)), "pressure"), 1);
    assert_int_equal (count_marks (unknot_practice_calendar_get_day_widget (calendar, day_of (70)), "stretch"), 0);
    if (day_of (71) < day_of (70))
      {
        before_name = day_name (71, "%A %-d %B");
        before_label = g_strdup_printf ("%s: no sessions", before_name);
        assert_day_label (day_of (71), before_label);
        assert_false (gtk_widget_has_css_class (unknot_practice_calendar_get_day_widget (calendar, day_of (71)), "practised"));
        assert_int_equal (count_marks (unknot_practice_calendar_get_day_widget (calendar, day_of (71)), "stretch"), 0);
      }
  }

  unknot_practice_calendar_show_month (calendar, (GDateYear) g_date_time_get_year (now), (GDateMonth) g_date_time_get_month (now));
  assert_int_equal (unknot_practice_calendar_get_month (calendar), g_date_time_get_month (now));
}

/* The calendar from the keyboard: arrows move between days, Page Up goes a month back
 * with the focus on the same day, and a day's Enter brings its session in the list. */
static void
test_calendar_keyboard (void **unused)
{
  g_autoptr(UnknotHistoryStore) history = seeded_history ();
  UnknotPracticeCalendar *calendar = unknot_progress_page_get_calendar (page);
  GtkWidget *third, *tenth, *focus;
  GtkListBoxRow *row;
  int days_ago = 21;   /* the stretch without sides, alone on its day */
  GDateDay day = day_of (days_ago);
  g_autoptr(GDateTime) date = today_at (days_ago, 12, 0);
  g_autoptr(GDateTime) first = today_at (70, 12, 0);

  show_progress_page ();
  use_history (history);
  unknot_practice_calendar_show_month (calendar, (GDateYear) g_date_time_get_year (date),
                                       (GDateMonth) g_date_time_get_month (date));

  third = unknot_practice_calendar_get_day_widget (calendar, 3);
  tenth = unknot_practice_calendar_get_day_widget (calendar, 10);
  assert_true (gtk_widget_grab_focus (third));
  g_signal_emit_by_name (window, "move-focus", GTK_DIR_DOWN);
  assert_ptr_equal (gtk_root_get_focus (GTK_ROOT (window)), tenth);
  g_signal_emit_by_name (window, "move-focus", GTK_DIR_RIGHT);
  assert_ptr_equal (gtk_root_get_focus (GTK_ROOT (window)), unknot_practice_calendar_get_day_widget (calendar, 11));
  g_signal_emit_by_name (window, "move-focus", GTK_DIR_LEFT);
  assert_ptr_equal (gtk_root_get_focus (GTK_ROOT (window)), tenth);
  /* the month's first day stays where it is, going left */
  assert_true (gtk_widget_grab_focus (unknot_practice_calendar_get_day_widget (calendar, 1)));
  g_signal_emit_by_name (window, "move-focus", GTK_DIR_LEFT);
  assert_ptr_equal (gtk_root_get_focus (GTK_ROOT (window)), unknot_practice_calendar_get_day_widget (calendar, 1));

  /* the days are one stop for Tab: out of them at once, and back to the same month's
   * first day or today */
  assert_true (gtk_widget_grab_focus (tenth));
  g_signal_emit_by_name (window, "move-focus", GTK_DIR_TAB_FORWARD);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  assert_non_null (focus);
  assert_false (gtk_widget_is_ancestor (focus, GTK_WIDGET (calendar)));
  g_signal_emit_by_name (window, "move-focus", GTK_DIR_TAB_BACKWARD);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (calendar)));
  assert_true (focus == unknot_practice_calendar_get_day_widget (calendar, 1) ||
               gtk_widget_has_css_class (focus, "today"));
  assert_true (gtk_widget_grab_focus (third));
  g_signal_emit_by_name (window, "move-focus", GTK_DIR_DOWN);

  /* Page Up, where there is a month before */
  if (unknot_practice_calendar_get_month (calendar) != g_date_time_get_month (first))
    {
      assert_true (gtk_widget_activate_action (GTK_WIDGET (calendar), "calendar.previous-month", NULL));
      assert_int_not_equal (unknot_practice_calendar_get_month (calendar), g_date_time_get_month (date));
      focus = gtk_root_get_focus (GTK_ROOT (window));
      assert_ptr_equal (focus, unknot_practice_calendar_get_day_widget (calendar, 10));
      assert_true (gtk_widget_activate_action (GTK_WIDGET (calendar), "calendar.next-month", NULL));
    }

  g_signal_emit_by_name (unknot_practice_calendar_get_day_widget (calendar, day), "clicked");
  unknot_test_run_main_loop (50);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  assert_true (GTK_IS_LIST_BOX_ROW (focus));
  row = GTK_LIST_BOX_ROW (focus);
  assert_string_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "Daily Psoas Care");
  assert_non_null (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Pain: 7 → 5"));
}

/* Each side's plot sums itself up in words, with the weekly means, visibly and to a
 * screen reader; the range changes them all. */
static void
test_trends (void **unused)
{
  g_autoptr(UnknotHistoryStore) history = seeded_history ();
  UnknotTrendPlot *left = unknot_progress_page_get_trend_plot (page, L);
  UnknotTrendPlot *right = unknot_progress_page_get_trend_plot (page, R);
  UnknotTrendPlot *none = unknot_progress_page_get_trend_plot (page, N);
  const char *left_summary = "Left side, last 3 months: before sessions, pain averaged 6.0 in the first week rated "
                             "and 3.5 in the last; after sessions, 4.0 and 2.0.";
  g_autofree char *failure = NULL;
  g_autofree char *first_day = day_name (70, "%-d %B %Y");
  g_autofree char *all_summary = NULL;

  show_progress_page ();
  use_history (history);

  assert_string_equal (unknot_trend_plot_get_summary (left), left_summary);
  assert_string_equal (unknot_trend_plot_get_summary (right),
                       "Right side, last 3 months: before sessions, pain averaged 5.0 in the first week rated "
                       "and 3.0 in the last; after sessions, 3.0 and 1.0.");
  assert_string_equal (unknot_trend_plot_get_summary (none),
                       "Without a side, last 3 months: before sessions, pain averaged 7.0 in the one week "
                       "rated; after sessions, 5.0 in the one week rated.");
  /* seen under each plot, and given as its description */
  assert_true (unknot_test_shows_text (GTK_WIDGET (page), left_summary));
  failure = gtk_test_accessible_check_property (GTK_ACCESSIBLE (left), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, left_summary);
  if (failure != NULL)
    fail_msg ("%s", failure);
  assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (left), GTK_ACCESSIBLE_ROLE_IMG));

  /* the weeks between are there, as gaps where nothing was rated: 3 months is 13 or 14 */
  assert_true (unknot_trend_plot_get_trend (left)->weeks->len >= 13);
  assert_true (unknot_trend_plot_get_trend (left)->weeks->len <= 15);

  g_signal_emit_by_name (unknot_test_find_button (GTK_WIDGET (page), "1 Year"), "clicked");
  unknot_test_run_main_loop (20);
  assert_non_null (strstr (unknot_trend_plot_get_summary (left), "Left side, last year: before sessions, pain averaged 6.0"));
  assert_true (unknot_trend_plot_get_trend (left)->weeks->len >= 52);

  g_signal_emit_by_name (unknot_test_find_button (GTK_WIDGET (page), "All"), "clicked");
  unknot_test_run_main_loop (20);
  all_summary = g_strdup_printf ("Without a side, since %s: before sessions, pain averaged 7.0 in the one week "
                                 "rated; after sessions, 5.0 in the one week rated.", first_day);
  assert_string_equal (unknot_trend_plot_get_summary (none), all_summary);
  assert_true (unknot_trend_plot_get_trend (left)->weeks->len <= 12);

  g_signal_emit_by_name (unknot_test_find_button (GTK_WIDGET (page), "3 Months"), "clicked");
  unknot_test_run_main_loop (20);
  assert_string_equal (unknot_trend_plot_get_summary (left), left_summary);
}

/* A side never rated has no plot; nothing rated at all says how to get one. */
static void
test_sides_not_rated (void **unused)
{
  g_autoptr(UnknotHistoryStore) history = unknot_memory_history_new ();

  save (history, session_new (2, 19, 0, FALSE, -1));
  show_progress_page ();
  use_history (history);
  assert_false (gtk_widget_get_mapped (GTK_WIDGET (unknot_progress_page_get_trend_plot (page, L))));
  assert_false (gtk_widget_get_mapped (GTK_WIDGET (unknot_progress_page_get_trend_plot (page, N))));
  unknot_test_assert_shows (page, "*Rate your pain before and after", TIMEOUT_MS);
  assert_true (g_str_has_suffix (adw_action_row_get_subtitle (session_row (0)), "Completed · No pain rating"));

  save (history, session_new (1, 19, 0, FALSE, N, B, 4, N, A, 3, -1));
  unknot_test_run_main_loop (50);
  assert_true (gtk_widget_get_mapped (GTK_WIDGET (unknot_progress_page_get_trend_plot (page, N))));
  assert_false (gtk_widget_get_mapped (GTK_WIDGET (unknot_progress_page_get_trend_plot (page, R))));
  assert_false (unknot_test_shows_text (GTK_WIDGET (page), "*Rate your pain before and after"));
}

/* The sessions newest first, 20 at a time; a stopped one says why; a row opens the
 * session's summary, and back. */
static void
test_session_list (void **unused)
{
  g_autoptr(UnknotHistoryStore) history = seeded_history ();
  AdwActionRow *first;
  g_autofree char *when = day_name (0, "%a %-d %b %Y, 19:30");
  g_autofree char *subtitle = NULL;
  g_autofree char *title = day_name (0, "%A %-d %B %Y");
  AdwNavigationPage *details;
  gboolean found_stopped = FALSE;

  show_progress_page ();
  use_history (history);

  first = session_row (0);
  assert_string_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), "Daily Psoas Care");
  subtitle = g_strdup_printf ("%s · 10 min 12 s\nCompleted · Pain: left 3 → 2, right 3 → 1", when);
  assert_string_equal (adw_action_row_get_subtitle (first), subtitle);
  assert_string_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (session_row (1))), "Upper Psoas Release");

  assert_int_equal (count_rows (), 20);
  g_signal_emit_by_name (unknot_test_find_button (GTK_WIDGET (page), "Show Older Sessions"), "clicked");
  unknot_test_run_main_loop (20);
  assert_int_equal (count_rows (), 37);
  assert_null (unknot_test_find_button (GTK_WIDGET (page), "Show Older Sessions"));
  for (guint i = 0; i < 37; i++)
    found_stopped |= g_str_has_suffix (adw_action_row_get_subtitle (session_row (i)),
                                       "Stopped: You stopped the session · Pain: left 6 before");
  assert_true (found_stopped);

  /* the newest opens */
  g_signal_emit_by_name (first, "activate");
  details = unknot_test_wait_for_navigation_page (GTK_WIDGET (window), UNKNOT_TYPE_SESSION_SUMMARY_PAGE);
  assert_string_equal (adw_navigation_page_get_title (details), title);
  unknot_test_assert_shows (details, "Daily Psoas Care", TIMEOUT_MS);
  unknot_test_assert_shows (details, "*and played to the end", TIMEOUT_MS);
  unknot_test_assert_shows (details, "Pain Before, Left", TIMEOUT_MS);
  /* looked back on: not "Well Done", and no Done to press */
  assert_false (unknot_test_shows_text (GTK_WIDGET (details), "Well Done"));
  assert_null (unknot_test_find_button (GTK_WIDGET (details), "Done"));
  unknot_test_assert_shows (details, "3 of 10", TIMEOUT_MS);
  unknot_test_run_main_loop (400);
  render ("progress-session-details");
  assert_true (gtk_widget_activate_action (GTK_WIDGET (details), "summary.done", NULL));
  unknot_test_run_main_loop (400);
  assert_true (unknot_test_wait_until (unknot_test_widget_is_mapped, page, TIMEOUT_MS));
}

/* A session saved while the page is shown appears at once: in the list, the calendar
 * and the plots. One saved while it is hidden appears when it is shown again. */
static void
test_follows_history (void **unused)
{
  g_autoptr(UnknotHistoryStore) history = seeded_history ();
  g_autofree char *name = day_name (0, "%A %-d %B");
  g_autofree char *label = g_strdup_printf ("Today, %s: 3 sessions, 2 with pressure", name);
  g_autofree char *label_later = g_strdup_printf ("Today, %s: 4 sessions, 2 with pressure", name);

  show_progress_page ();
  use_history (history);
  save (history, session_new (0, 21, 0, TRUE, L, B, 2, L, A, 1, -1));
  unknot_test_run_main_loop (20);

  assert_day_label (day_of (0), label);
  assert_non_null (strstr (adw_action_row_get_subtitle (session_row (0)), ", 21:00 · "));
  /* today's mean before on the left is now (4 + 3 + 2) / 3 */
  assert_non_null (strstr (unknot_trend_plot_get_summary (unknot_progress_page_get_trend_plot (page, L)),
                           "and 3.0 in the last"));

  unknot_window_set_visible_page (window, "routines");
  unknot_test_run_main_loop (50);
  save (history, session_new (0, 21, 30, FALSE, -1));
  show_progress_page ();
  assert_day_label (day_of (0), label_later);
  assert_non_null (strstr (adw_action_row_get_subtitle (session_row (0)), ", 21:30 · "));
}

/* What it looks like: wide and 360 px wide, light and dark, the top of the page and its
 * sessions; and as large as the screen allows. */
static void
test_renders (void **unused)
{
  g_autoptr(UnknotHistoryStore) history = seeded_history ();
  const struct { const char *name; int width; int height; } sizes[] = {
    { "wide", 1100, 860 },
    { "narrow", 360, 720 },
  };

  show_progress_page ();
  use_history (history);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    for (int dark = 0; dark < 2; dark++)
      {
        g_autofree char *top = g_strdup_printf ("progress-%s-%s", sizes[i].name, dark ? "dark" : "light");
        g_autofree char *bottom = g_strdup_printf ("progress-%s-%s-sessions", sizes[i].name, dark ? "dark" : "light");
        g_autofree char *middle = g_strdup_printf ("progress-%s-%s-trends", sizes[i].name, dark ? "dark" : "light");
        GtkWidget *plot;
        graphene_point_t at;
        GtkAdjustment *adjustment;

        resize_window (sizes[i].width, sizes[i].height);
        adjustment = page_adjustment ();
        use_dark_style (dark);
        gtk_adjustment_set_value (adjustment, 0);
        render (top);
        /* from the heading above the left side's plot */
        plot = GTK_WIDGET (unknot_progress_page_get_trend_plot (page, L));
        assert_true (gtk_widget_compute_point (plot, gtk_widget_get_ancestor (plot, GTK_TYPE_VIEWPORT),
                                               &GRAPHENE_POINT_INIT (0, 0), &at));
        gtk_adjustment_set_value (adjustment, at.y - 90);
        render (middle);
        gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
        render (bottom);
        gtk_adjustment_set_value (adjustment, 0);
      }

  use_dark_style (FALSE);
  /* as large as the virtual display lets a window be */
  resize_window (1280, 1000);
  render ("progress-large-light");
  g_signal_emit_by_name (unknot_test_find_button (GTK_WIDGET (page), "1 Year"), "clicked");
  render ("progress-large-year-light");
  g_signal_emit_by_name (unknot_test_find_button (GTK_WIDGET (page), "All"), "clicked");
  render ("progress-large-all-light");
  g_signal_emit_by_name (unknot_test_find_button (GTK_WIDGET (page), "3 Months"), "clicked");
  resize_window (1000, 700);
}

/* Ten years of daily sessions: the page shows a page of rows, not thousands, and every
 * range of the trends. How fast is measured by `build-aux/dev bench progress`, not here:
 * a timed assertion fails on a busy machine. */
static void
test_ten_years (void **unused)
{
  g_autoptr(UnknotHistoryStore) history = unknot_memory_history_new ();

  for (int days_ago = 3652; days_ago >= 0; days_ago--)
    {
      int pain = 3 + days_ago / 730;   /* better by a point every two years */

      save (history, session_new (days_ago, 20, 0, days_ago % 7 != 0,
                                  L, B, pain, L, A, pain - 2, R, B, pain - 1, R, A, pain - 3, -1));
    }

  show_progress_page ();
  unknot_progress_page_set_history (page, history);
  wait_for_paint (GTK_WIDGET (page));
  assert_int_equal (count_rows (), 20);

  g_signal_emit_by_name (unknot_test_find_button (GTK_WIDGET (page), "All"), "clicked");
  unknot_test_run_main_loop (20);
  render ("progress-ten-years-all");
  g_signal_emit_by_name (unknot_test_find_button (GTK_WIDGET (page), "1 Year"), "clicked");
  render ("progress-ten-years-year");
  g_signal_emit_by_name (unknot_test_find_button (GTK_WIDGET (page), "3 Months"), "clicked");
}

static int
setup (void **unused)
{
  page = find_page ();
  assert_ptr_equal (unknot_progress_page_get_history (page), unknot_application_get_history (app));
  return 0;
}

static int
teardown (void **unused)
{
  unknot_progress_page_set_history (page, unknot_application_get_history (app));
  return 0;
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_empty_state, setup, teardown),
    cmocka_unit_test_setup_teardown (test_calendar, setup, teardown),
    cmocka_unit_test_setup_teardown (test_calendar_keyboard, setup, teardown),
    cmocka_unit_test_setup_teardown (test_trends, setup, teardown),
    cmocka_unit_test_setup_teardown (test_sides_not_rated, setup, teardown),
    cmocka_unit_test_setup_teardown (test_session_list, setup, teardown),
    cmocka_unit_test_setup_teardown (test_follows_history, setup, teardown),
    cmocka_unit_test_setup_teardown (test_renders, setup, teardown),
    cmocka_unit_test_setup_teardown (test_ten_years, setup, teardown),
  };

  return unknot_test_run_in_main_window ("progress-page", tests, G_N_ELEMENTS (tests), NULL,
                                         &app, (GtkWindow **) &window);
}
