/* unknot-progress-page.c: the days practised, the pain before and after, the sessions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "unknot-progress"

#include "config.h"

#include <glib/gi18n.h>

#include "unknot-application.h"
#include "unknot-progress-page.h"
#include "unknot-segment-text.h"
#include "unknot-session-summary-page.h"

/* The page reads the whole history whenever it changes, and shows what it holds: a
 * month calendar of the days practised, a plot of the weekly pain before and after for
 * each side that was ever rated, and the sessions, newest first. With nothing recorded
 * it says so, and shows nothing made up.
 *
 * Ten years of daily sessions must open in a blink. The numbers come from
 * unknot-progress.c in one pass each; the calendar is 42 buttons whatever the history;
 * the list shows SESSIONS_AT_ONCE sessions and more on request, so there are never
 * thousands of rows. The history is read only while the page is shown: a change while
 * it is hidden (a session saved from the player) is read when it is shown again.
 *
 * A session's details are the summary the player showed at its end, pushed on the
 * window's navigation view, where its note can be changed too. */

#define SESSIONS_AT_ONCE 20
#define ALL_SESSIONS     "0001-01-01"

typedef enum
{
  RANGE_MONTHS,   /* the last 3 months */
  RANGE_YEAR,     /* the last year */
  RANGE_ALL,      /* since the first session */
} TrendRange;

static const UnknotSide plotted_sides[] = { UNKNOT_SIDE_LEFT, UNKNOT_SIDE_RIGHT, UNKNOT_SIDE_NONE };

struct _UnknotProgressPage
{
  AdwBin                  parent_instance;

  UnknotHistoryStore     *history;     /* nullable */
  GPtrArray              *sessions;    /* UnknotSessionLog, oldest first; nullable */
  GDate                   today;       /* when the history was last read */
  gboolean                stale;       /* it changed since */
  TrendRange              range;
  guint                   shown_rows;
  guint                   fill_list_idle;  /* the rows, made just after the page is drawn */

  AdwStatusPage          *empty_page;
  GtkWidget              *browse_button;
  UnknotPracticeCalendar *calendar;
  GtkToggleButton        *range_months_button;
  GtkToggleButton        *range_year_button;
  GtkToggleButton        *range_all_button;
  GtkWidget              *no_ratings_label;
  UnknotTrendPlot        *left_plot;
  UnknotTrendPlot        *right_plot;
  UnknotTrendPlot        *none_plot;
  AdwPreferencesGroup    *sessions_group;
  GtkListBox             *session_list;
  GtkWidget              *show_older_button;
};

G_DEFINE_FINAL_TYPE (UnknotProgressPage, unknot_progress_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_HISTORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The app's safety screen, which names the stop rules; none outside the app */
static UnknotSafety *
app_safety (void)
{
  GApplication *app = g_application_get_default ();

  return UNKNOT_IS_APPLICATION (app) ? unknot_application_get_safety (UNKNOT_APPLICATION (app)) : NULL;
}

/* "empty" or "history". The stack is the page's child, not bound as a template child:
 * the bin unparents its child itself when it is disposed. */
static void
show_stack_page (UnknotProgressPage *self,
                 const char         *name)
{
  gtk_stack_set_visible_child_name (GTK_STACK (adw_bin_get_child (ADW_BIN (self))), name);
}

/* The session shown in the list at @index, newest first */
static UnknotSessionLog *
session_at (UnknotProgressPage *self,
            guint               index)
{
  g_assert (self->sessions != NULL && index < self->sessions->len);

  return g_ptr_array_index (self->sessions, self->sessions->len - 1 - index);
}

/* "6 → 3", or one end alone */
static char *
describe_pair (const UnknotSessionLog *log,
               UnknotSide              side)
{
  int before, after;
  gboolean has_before = unknot_session_log_get_rating (log, UNKNOT_RATE_BEFORE, side, &before);
  gboolean has_after = unknot_session_log_get_rating (log, UNKNOT_RATE_AFTER, side, &after);

  if (has_before && has_after)
    /* Translators: pain before a session, then after it, on the scale from 0 to 10 */
    return g_strdup_printf (_("%d → %d"), before, after);
  if (has_before)
    /* Translators: pain rated before a session only */
    return g_strdup_printf (_("%d before"), before);
  if (has_after)
    /* Translators: pain rated after a session only */
    return g_strdup_printf (_("%d after"), after);
  return NULL;
}

/* "Pain: 6 → 3", "Pain: left 6 → 3, right 5 → 4" */
static char *
describe_pain (const UnknotSessionLog *log)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (plotted_sides); i++)
    {
      g_autofree char *pair = describe_pair (log, plotted_sides[i]);

      if (pair == NULL)
        continue;
      switch (plotted_sides[i])
        {
        /* Translators: the pain on one side before and after a session, as “left 6 → 3” */
        case UNKNOT_SIDE_LEFT:  g_ptr_array_add (parts, g_strdup_printf (_("left %s"), pair)); break;
        case UNKNOT_SIDE_RIGHT: g_ptr_array_add (parts, g_strdup_printf (_("right %s"), pair)); break;
        case UNKNOT_SIDE_NONE:
        case UNKNOT_SIDE_BOTH:
        default:                g_ptr_array_add (parts, g_steal_pointer (&pair)); break;
        }
    }
  if (parts->len == 0)
    return g_strdup (_("No pain rating"));

  g_ptr_array_add (parts, NULL);
  joined = g_strjoinv (", ", (char **) parts->pdata);
  /* Translators: the pain ratings of a session, as “Pain: left 6 → 3, right 5 → 4” */
  return g_strdup_printf (_("Pain: %s"), joined);
}

static char *
describe_outcome (const UnknotSessionLog *log)
{
  g_autofree char *reason = NULL;

  if (log->completed)
    return g_strdup (_("Completed"));
  if (log->stop_reason == NULL)
    return g_strdup (_("Stopped"));
  reason = unknot_describe_stop_reason (log->stop_reason, app_safety ());
  /* Translators: a session stopped early, and why, as “Stopped: You pressed “Sharp Pain”” */
  return g_strdup_printf (_("Stopped: %s"), reason);
}

/* "Sat 22 Nov 2025, 19:42 · 12 min\nCompleted · Pain: 6 → 3" */
static char *
describe_session (const UnknotSessionLog *log)
{
  g_autoptr(GDateTime) started = g_date_time_new_from_unix_local_usec (log->started_at);
  /* Translators: when a session began, in the list of sessions; see g_date_time_format() */
  g_autofree char *when = started != NULL ? g_date_time_format (started, _("%a %-d %b %Y, %H:%M")) : g_strdup (log->local_date);
  g_autofree char *duration = unknot_format_duration (log->active_seconds);
  g_autofree char *outcome = describe_outcome (log);
  g_autofree char *pain = describe_pain (log);

  /* Translators: a session in the list: when it began and how long it ran, then how it
   * ended and the pain before and after */
  return g_strdup_printf (_("%s · %s\n%s · %s"), when, duration, outcome, pain);
}

static GtkWidget *
session_row_new (const UnknotSessionLog *log)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = describe_session (log);
  GtkWidget *kind = gtk_image_new_from_icon_name (log->compression ? "unknot-release-symbolic"
                                                                   : "unknot-routines-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 log->routine_title != NULL ? log->routine_title : log->routine_id);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_tooltip_text (kind, log->compression ? _("With pressure") : _("Without pressure"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (kind), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  log->compression ? _("With pressure") : _("Without pressure"), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), kind);
  /* the arrow only shows that the row opens: nothing for a screen reader to read */
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), g_object_new (GTK_TYPE_IMAGE,
                                                                 "icon-name", "go-next-symbolic",
                                                                 "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                                                 NULL));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

/* Shows the sessions up to @count, adding the rows missing */
static void
show_rows (UnknotProgressPage *self,
           guint               count)
{
  guint n_sessions = self->sessions != NULL ? self->sessions->len : 0;

  count = MIN (count, n_sessions);
  for (; self->shown_rows < count; self->shown_rows++)
    gtk_list_box_append (self->session_list, session_row_new (session_at (self, self->shown_rows)));
  gtk_widget_set_visible (self->show_older_button, self->shown_rows < n_sessions);
}

static void
fill_list (UnknotProgressPage *self)
{
  guint wanted = MAX (self->shown_rows, SESSIONS_AT_ONCE);

  g_clear_handle_id (&self->fill_list_idle, g_source_remove);

  gtk_list_box_remove_all (self->session_list);
  self->shown_rows = 0;
  show_rows (self, wanted);

  if (unknot_history_store_is_persistent (self->history))
    adw_preferences_group_set_description (self->sessions_group, NULL);
  else
    adw_preferences_group_set_description (self->sessions_group,
                                           _("Your history cannot be opened: these sessions are "
                                             "remembered only until Unknot closes."));
}

static gboolean
fill_list_cb (gpointer user_data)
{
  UnknotProgressPage *self = user_data;

  self->fill_list_idle = 0;
  fill_list (self);
  return G_SOURCE_REMOVE;
}

/* The list sits below the calendar and the plots: its rows are made once those are on
 * screen, which spares the switch to the page the time of making them */
static void
fill_list_soon (UnknotProgressPage *self)
{
  if (self->fill_list_idle == 0)
    self->fill_list_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, fill_list_cb, self, NULL);
}

/* Rows wanted now (a day chosen, older sessions asked for): made at once */
static void
ensure_list (UnknotProgressPage *self)
{
  if (self->fill_list_idle != 0)
    fill_list (self);
}

static void
range_start (UnknotProgressPage *self,
             GDate              *first)
{
  *first = self->today;
  switch (self->range)
    {
    case RANGE_MONTHS:
      g_date_subtract_months (first, 3);
      g_date_add_days (first, 1);
      break;
    case RANGE_YEAR:
      g_date_subtract_years (first, 1);
      g_date_add_days (first, 1);
      break;
    case RANGE_ALL:
    default:
      if (!unknot_progress_get_first_date (self->sessions, first) || g_date_compare (first, &self->today) > 0)
        *first = self->today;
      break;
    }
}

/* "last 3 months", "since 12 March 2016" */
static char *
describe_range (UnknotProgressPage *self,
                const GDate        *first)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *day = NULL;

  switch (self->range)
    {
    case RANGE_MONTHS:
      /* Translators: the time a pain trend covers, after its side: “Left side, last 3 months” */
      return g_strdup (_("last 3 months"));
    case RANGE_YEAR:
      return g_strdup (_("last year"));
    case RANGE_ALL:
    default:
      date = g_date_time_new_utc (g_date_get_year (first), g_date_get_month (first), g_date_get_day (first), 12, 0, 0);
      /* Translators: a day in the sentence under a pain trend; see g_date_time_format() */
      day = g_date_time_format (date, _("%-d %B %Y"));
      /* Translators: the time a pain trend covers when it is all of it: “Left side, since 12 March 2016” */
      return g_strdup_printf (_("since %s"), day);
    }
}

static void
update_trends (UnknotProgressPage *self)
{
  GDateWeekday week_start = unknot_progress_get_first_weekday ();
  g_autofree char *period = NULL;
  gboolean any_rated = FALSE;
  GDate first;

  if (self->sessions == NULL)
    return;

  range_start (self, &first);
  period = describe_range (self, &first);
  for (guint i = 0; i < G_N_ELEMENTS (plotted_sides); i++)
    {
      UnknotTrendPlot *plot = unknot_progress_page_get_trend_plot (self, plotted_sides[i]);
      gboolean rated = unknot_progress_side_is_rated (self->sessions, plotted_sides[i]);
      g_autoptr(UnknotPainTrend) trend = NULL;

      /* the card round the plot, with its heading and caption */
      gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (plot)), rated);
      any_rated |= rated;
      if (!rated)
        {
          unknot_trend_plot_set_trend (plot, NULL);
          continue;
        }
      trend = unknot_pain_trend_new (self->sessions, plotted_sides[i], &first, &self->today, week_start);
      unknot_trend_plot_set_period (plot, period);
      unknot_trend_plot_set_trend (plot, trend);
    }
  gtk_widget_set_visible (self->no_ratings_label, !any_rated);
}

static void
show_read_error (UnknotProgressPage *self,
                 const GError       *error)
{
  g_autofree char *description = g_strdup_printf (_("Your history could not be read: %s"), error->message);

  adw_status_page_set_title (self->empty_page, _("History Unavailable"));
  adw_status_page_set_description (self->empty_page, description);
  gtk_widget_set_visible (self->browse_button, FALSE);
  show_stack_page (self, "empty");
}

static void
show_nothing_recorded (UnknotProgressPage *self)
{
  adw_status_page_set_title (self->empty_page, _("No Sessions Yet"));
  adw_status_page_set_description (self->empty_page,
                                   _("Once you have done a session, the days you practised, your "
                                     "sessions and your pain before and after them will appear here."));
  gtk_widget_set_visible (self->browse_button, TRUE);
  show_stack_page (self, "empty");
}

/* Reads the history and shows it, now if the page is shown, or when it next is */
static void
reload (UnknotProgressPage *self)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *sessions;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  self->stale = FALSE;
  unknot_progress_get_today (&self->today);

  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  if (self->history == NULL)
    {
      unknot_practice_calendar_set_sessions (self->calendar, NULL);
      show_nothing_recorded (self);
      return;
    }

  sessions = unknot_history_store_list_since (self->history, ALL_SESSIONS, &error);
  if (sessions == NULL)
    {
      unknot_practice_calendar_set_sessions (self->calendar, NULL);
      show_read_error (self, error);
      return;
    }
  self->sessions = sessions;

  unknot_practice_calendar_set_today (self->calendar, &self->today);
  unknot_practice_calendar_set_sessions (self->calendar, sessions);
  update_trends (self);
  fill_list_soon (self);
  if (sessions->len == 0)
    show_nothing_recorded (self);
  else
    show_stack_page (self, "history");
}

static void
history_changed_cb (UnknotProgressPage *self)
{
  reload (self);
}

/* Shown after the history changed, or on another day than it was read */
static void
unknot_progress_page_map (GtkWidget *widget)
{
  UnknotProgressPage *self = UNKNOT_PROGRESS_PAGE (widget);
  GDate today;

  GTK_WIDGET_CLASS (unknot_progress_page_parent_class)->map (widget);

  unknot_progress_get_today (&today);
  if (self->stale || !g_date_valid (&self->today) || g_date_compare (&today, &self->today) != 0)
    reload (self);
}

static void
range_toggled_cb (UnknotProgressPage *self,
                  GtkToggleButton    *button)
{
  if (!gtk_toggle_button_get_active (button))
    return;

  if (button == self->range_year_button)
    self->range = RANGE_YEAR;
  else if (button == self->range_all_button)
    self->range = RANGE_ALL;
  else
    self->range = RANGE_MONTHS;
  update_trends (self);
}

static void
show_older_clicked_cb (UnknotProgressPage *self)
{
  GtkListBoxRow *first_new;
  guint shown;

  ensure_list (self);
  shown = self->shown_rows;
  show_rows (self, shown + SESSIONS_AT_ONCE);
  /* the button may be gone: the focus goes on to the first session added */
  first_new = gtk_list_box_get_row_at_index (self->session_list, (int) shown);
  if (first_new != NULL && !gtk_widget_get_visible (self->show_older_button))
    gtk_widget_grab_focus (GTK_WIDGET (first_new));
}

/* A day of the calendar: its newest session, in the list */
static void
calendar_day_activated_cb (UnknotProgressPage *self,
                           const char         *local_date)
{
  GtkListBoxRow *row;

  if (self->sessions == NULL)
    return;

  ensure_list (self);
  for (guint i = 0; i < self->sessions->len; i++)
    if (g_str_equal (session_at (self, i)->local_date, local_date))
      {
        show_rows (self, MAX (self->shown_rows, i + 1));
        row = gtk_list_box_get_row_at_index (self->session_list, (int) i);
        gtk_widget_grab_focus (GTK_WIDGET (row));
        return;
      }
}

static void
session_activated_cb (UnknotProgressPage *self,
                      GtkListBoxRow      *row)
{
  GtkWidget *view = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_NAVIGATION_VIEW);
  UnknotSessionLog *log = session_at (self, (guint) gtk_list_box_row_get_index (row));
  g_autoptr(GDateTime) started = g_date_time_new_from_unix_local_usec (log->started_at);
  AdwNavigationPage *details;

  if (view == NULL)
    return;

  details = unknot_session_summary_page_new_for_past (log, self->history);
  if (started != NULL)
    {
      /* Translators: the title of a past session's details; see g_date_time_format() */
      g_autofree char *title = g_date_time_format (started, _("%A %-d %B %Y"));

      adw_navigation_page_set_title (details, title);
    }
  adw_navigation_view_push (ADW_NAVIGATION_VIEW (view), details);
}

/**
 * unknot_progress_page_new:
 * @history: (nullable): the sessions to show
 */
GtkWidget *
unknot_progress_page_new (UnknotHistoryStore *history)
{
  return g_object_new (UNKNOT_TYPE_PROGRESS_PAGE, "history", history, NULL);
}

/**
 * unknot_progress_page_get_history:
 *
 * Returns: (transfer none) (nullable): the history shown
 */
UnknotHistoryStore *
unknot_progress_page_get_history (UnknotProgressPage *self)
{
  g_return_val_if_fail (UNKNOT_IS_PROGRESS_PAGE (self), NULL);

  return self->history;
}

/**
 * unknot_progress_page_set_history:
 * @history: (nullable): the sessions to show; the page reads them again whenever the
 *   store emits #UnknotHistoryStore::changed
 */
void
unknot_progress_page_set_history (UnknotProgressPage *self,
                                  UnknotHistoryStore *history)
{
  g_return_if_fail (UNKNOT_IS_PROGRESS_PAGE (self));
  g_return_if_fail (history == NULL || UNKNOT_IS_HISTORY_STORE (history));

  if (self->history == history)
    return;

  if (self->history != NULL)
    g_signal_handlers_disconnect_by_func (self->history, history_changed_cb, self);
  g_set_object (&self->history, history);
  if (history != NULL)
    g_signal_connect_object (history, "changed", G_CALLBACK (history_changed_cb), self, G_CONNECT_SWAPPED);

  self->shown_rows = 0;
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HISTORY]);
}

/**
 * unknot_progress_page_get_calendar:
 *
 * Returns: (transfer none): the calendar of the days practised
 */
UnknotPracticeCalendar *
unknot_progress_page_get_calendar (UnknotProgressPage *self)
{
  g_return_val_if_fail (UNKNOT_IS_PROGRESS_PAGE (self), NULL);

  return self->calendar;
}

/**
 * unknot_progress_page_get_trend_plot:
 * @side: left, right, or none
 *
 * Returns: (transfer none): the plot of the pain on @side; it is shown only when the
 *   side was ever rated
 */
UnknotTrendPlot *
unknot_progress_page_get_trend_plot (UnknotProgressPage *self,
                                     UnknotSide          side)
{
  g_return_val_if_fail (UNKNOT_IS_PROGRESS_PAGE (self), NULL);

  switch (side)
    {
    case UNKNOT_SIDE_LEFT:  return self->left_plot;
    case UNKNOT_SIDE_RIGHT: return self->right_plot;
    case UNKNOT_SIDE_NONE:
    case UNKNOT_SIDE_BOTH:
    default:                return self->none_plot;
    }
}

/**
 * unknot_progress_page_get_session_list:
 *
 * Returns: (transfer none): the list of sessions, newest first; activating a row opens
 *   the session's details
 */
GtkListBox *
unknot_progress_page_get_session_list (UnknotProgressPage *self)
{
  g_return_val_if_fail (UNKNOT_IS_PROGRESS_PAGE (self), NULL);

  ensure_list (self);
  return self->session_list;
}

static void
unknot_progress_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  UnknotProgressPage *self = UNKNOT_PROGRESS_PAGE (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_progress_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  UnknotProgressPage *self = UNKNOT_PROGRESS_PAGE (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      unknot_progress_page_set_history (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_progress_page_dispose (GObject *object)
{
  UnknotProgressPage *self = UNKNOT_PROGRESS_PAGE (object);

  if (self->history != NULL)
    g_signal_handlers_disconnect_by_func (self->history, history_changed_cb, self);
  g_clear_handle_id (&self->fill_list_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (object), UNKNOT_TYPE_PROGRESS_PAGE);
  g_clear_object (&self->history);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);

  G_OBJECT_CLASS (unknot_progress_page_parent_class)->dispose (object);
}

static void
unknot_progress_page_class_init (UnknotProgressPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = unknot_progress_page_get_property;
  object_class->set_property = unknot_progress_page_set_property;
  object_class->dispose = unknot_progress_page_dispose;

  widget_class->map = unknot_progress_page_map;

  /**
   * UnknotProgressPage:history:
   *
   * The sessions shown, read again whenever they change.
   */
  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, UNKNOT_TYPE_HISTORY_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (UNKNOT_TYPE_PRACTICE_CALENDAR);
  g_type_ensure (UNKNOT_TYPE_TREND_PLOT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/unknot-progress-page.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotProgressPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, UnknotProgressPage, browse_button);
  gtk_widget_class_bind_template_child (widget_class, UnknotProgressPage, calendar);
  gtk_widget_class_bind_template_child (widget_class, UnknotProgressPage, range_months_button);
  gtk_widget_class_bind_template_child (widget_class, UnknotProgressPage, range_year_button);
  gtk_widget_class_bind_template_child (widget_class, UnknotProgressPage, range_all_button);
  gtk_widget_class_bind_template_child (widget_class, UnknotProgressPage, no_ratings_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotProgressPage, left_plot);
  gtk_widget_class_bind_template_child (widget_class, UnknotProgressPage, right_plot);
  gtk_widget_class_bind_template_child (widget_class, UnknotProgressPage, none_plot);
  gtk_widget_class_bind_template_child (widget_class, UnknotProgressPage, sessions_group);
  gtk_widget_class_bind_template_child (widget_class, UnknotProgressPage, session_list);
  gtk_widget_class_bind_template_child (widget_class, UnknotProgressPage, show_older_button);
  gtk_widget_class_bind_template_callback (widget_class, range_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_older_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, calendar_day_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, session_activated_cb);
}

static void
unknot_progress_page_init (UnknotProgressPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_date_clear (&self->today, 1);
  self->stale = TRUE;
}
