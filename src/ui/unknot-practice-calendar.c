/* unknot-practice-calendar.c: a month of practice, the days with a session marked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "unknot-progress"

#include "config.h"

#include <glib/gi18n.h>

#include "unknot-practice-calendar.h"
#include "unknot-progress.h"

/* The calendar is built of widgets, not drawn: a GtkGrid of seven columns, a flat
 * button for each day. Each day then has what a drawn calendar would have to make up
 * through the accessibility interfaces by hand: keyboard focus (arrow keys move it, as
 * in any grid of buttons), an accessible label and tooltip that say the day and its
 * sessions in words, hover and focus styles from the theme, and Enter to show the
 * day's sessions. A month is at most 6 weeks: the 42 buttons are made once, when the
 * calendar is first shown, and only their text and style classes change with the
 * month.
 *
 * A day with sessions has a mark for each, up to MAX_MARKS: filled for a session that
 * held pressure on a point, a ring for one that did not, so the two differ by shape and
 * not only by colour (`.practice-mark.pressure` and `.practice-mark.stretch` in the
 * stylesheet). Today has the `today` style class. The calendar goes back to the month
 * of the first session and forward to today's month, no further: there is nothing to
 * see before, and the future has no practice yet. */

#define N_CELLS   42
#define MAX_MARKS 3

struct _UnknotPracticeCalendar
{
  GtkWidget     parent_instance;

  GtkWidget    *header;
  GtkWidget    *month_label;
  GtkWidget    *grid;
  GtkWidget    *days[N_CELLS];
  GtkWidget    *day_numbers[N_CELLS];
  GtkWidget    *marks[N_CELLS][MAX_MARKS];
  char         *labels[N_CELLS];  /* each day's accessible label, as set */

  GPtrArray    *sessions;       /* UnknotSessionLog; nullable */
  GDate         today;
  guint         first_month;    /* year × 12 + month - 1 of the first session; 0 if none */
  guint         shown_month;    /* the same for the month shown */
  GDateWeekday  first_weekday;
  guint         first_cell;     /* the cell of the month's first day */
  guint8        n_days;
};

G_DEFINE_FINAL_TYPE (UnknotPracticeCalendar, unknot_practice_calendar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_YEAR,
  PROP_MONTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum { DAY_ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

static guint
month_index (GDateYear  year,
             GDateMonth month)
{
  return year * 12u + (guint) month - 1;
}

static GDateYear
index_year (guint index)
{
  return (GDateYear) (index / 12);
}

static GDateMonth
index_month (guint index)
{
  return (GDateMonth) (index % 12 + 1);
}

static guint
today_month (UnknotPracticeCalendar *self)
{
  return month_index (g_date_get_year (&self->today), g_date_get_month (&self->today));
}

static guint
earliest_month (UnknotPracticeCalendar *self)
{
  return self->first_month > 0 ? MIN (self->first_month, today_month (self)) : today_month (self);
}

static GDateTime *
date_time_for (GDateYear  year,
               GDateMonth month,
               GDateDay   day)
{
  return g_date_time_new_utc (year, month, day, 12, 0, 0);
}

/* "Saturday 21 November: 2 sessions, 1 with pressure" */
static char *
describe_day (UnknotPracticeCalendar *self,
              GDateDay                day,
              const UnknotDayCount   *count)
{
  g_autoptr(GDateTime) date = date_time_for (index_year (self->shown_month), index_month (self->shown_month), day);
  /* Translators: a day in the practice calendar, as in “Saturday 21 November”; see
   * g_date_time_format() for the codes */
  g_autofree char *name = g_date_time_format (date, _("%A %-d %B"));
  g_autofree char *sessions = NULL;
  gboolean is_today = today_month (self) == self->shown_month && g_date_get_day (&self->today) == day;

  if (count->sessions == 0)
    sessions = g_strdup (_("no sessions"));
  else if (count->with_pressure == 0)
    sessions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session, without pressure",
                                             "%u sessions, none with pressure", count->sessions),
                                count->sessions);
  else
    /* Translators: the sessions of a day, and how many of them held pressure on a point */
    sessions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session, %u with pressure",
                                             "%u sessions, %u with pressure", count->sessions),
                                count->sessions, count->with_pressure);

  if (is_today)
    /* Translators: today in the practice calendar: the day, then its sessions */
    return g_strdup_printf (_("Today, %s: %s"), name, sessions);
  /* Translators: a day in the practice calendar, then its sessions */
  return g_strdup_printf (_("%s: %s"), name, sessions);
}

static void
show_marks (UnknotPracticeCalendar *self,
            guint                   cell,
            const UnknotDayCount   *count)
{
  for (guint i = 0; i < MAX_MARKS; i++)
    {
      GtkWidget *mark = self->marks[cell][i];
      gboolean pressure = i < count->with_pressure;

      gtk_widget_set_visible (mark, i < count->sessions);
      gtk_widget_remove_css_class (mark, pressure ? "stretch" : "pressure");
      gtk_widget_add_css_class (mark, pressure ? "pressure" : "stretch");
    }
}

static void
update_days (UnknotPracticeCalendar *self)
{
  GDateYear year = index_year (self->shown_month);
  GDateMonth month = index_month (self->shown_month);
  g_autoptr(GArray) counts = NULL;
  GDate first;
  gboolean today_shown = today_month (self) == self->shown_month;

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, month, year);
  self->n_days = g_date_get_days_in_month (month, year);
  self->first_cell = ((guint) g_date_get_weekday (&first) - (guint) self->first_weekday + 7) % 7;
  if (self->days[0] == NULL)
    return;
  if (self->sessions != NULL)
    counts = unknot_progress_count_days (self->sessions, year, month);

  for (guint cell = 0; cell < N_CELLS; cell++)
    {
      GtkWidget *day = self->days[cell];
      gboolean in_month = cell >= self->first_cell && cell < self->first_cell + self->n_days;
      GDateDay number = (GDateDay) (cell - self->first_cell + 1);
      UnknotDayCount count = { 0, 0 };
      char text[4];
      g_autofree char *label = NULL;

      /* the days of the months around stay in the grid, unseen, so every month is
       * six weeks high */
      if (gtk_widget_get_sensitive (day) != in_month)
        {
          gtk_widget_set_opacity (day, in_month ? 1 : 0);
          gtk_widget_set_sensitive (day, in_month);
          gtk_widget_set_can_target (day, in_month);
          gtk_accessible_update_state (GTK_ACCESSIBLE (day), GTK_ACCESSIBLE_STATE_HIDDEN, !in_month, -1);
        }
      if (!in_month)
        {
          gtk_widget_remove_css_class (day, "today");
          gtk_widget_remove_css_class (day, "practised");
          g_clear_pointer (&self->labels[cell], g_free);
          continue;
        }

      if (counts != NULL)
        count = g_array_index (counts, UnknotDayCount, number - 1);
      g_snprintf (text, sizeof text, "%u", (guint) number);
      gtk_label_set_label (GTK_LABEL (self->day_numbers[cell]), text);
      show_marks (self, cell, &count);
      if (today_shown && g_date_get_day (&self->today) == number)
        gtk_widget_add_css_class (day, "today");
      else
        gtk_widget_remove_css_class (day, "today");
      if (count.sessions > 0)
        gtk_widget_add_css_class (day, "practised");
      else
        gtk_widget_remove_css_class (day, "practised");

      /* the page reads the history again on every change: the days that stay the same
       * keep their label, and the screen reader is not told of a change */
      label = describe_day (self, number, &count);
      if (g_set_str (&self->labels[cell], label))
        {
          gtk_accessible_update_property (GTK_ACCESSIBLE (day), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
          gtk_widget_set_tooltip_text (day, label);
        }
    }
}

static void
update_month (UnknotPracticeCalendar *self)
{
  g_autoptr(GDateTime) date = date_time_for (index_year (self->shown_month), index_month (self->shown_month), 1);
  /* Translators: the month shown in the practice calendar, as in “November 2025”; %OB
   * is the month's name on its own (nominative), see g_date_time_format() */
  g_autofree char *title = g_date_time_format (date, _("%OB %Y"));

  gtk_label_set_label (GTK_LABEL (self->month_label), title);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.previous-month",
                                 self->shown_month > earliest_month (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.next-month",
                                 self->shown_month < today_month (self));
  update_days (self);
}

/* The day of the month whose button has the focus, or 0 */
static GDateDay
focused_day (UnknotPracticeCalendar *self)
{
  if (self->days[0] == NULL)
    return 0;
  for (guint cell = self->first_cell; cell < self->first_cell + self->n_days; cell++)
    if (gtk_widget_has_focus (self->days[cell]))
      return (GDateDay) (cell - self->first_cell + 1);
  return 0;
}

static void
show_month_index (UnknotPracticeCalendar *self,
                  guint                   index)
{
  GDateDay focused = focused_day (self);

  index = CLAMP (index, earliest_month (self), today_month (self));
  if (index == self->shown_month)
    {
      update_month (self);
      return;
    }

  g_object_freeze_notify (G_OBJECT (self));
  if (index_year (index) != index_year (self->shown_month))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
  if (index_month (index) != index_month (self->shown_month))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MONTH]);
  self->shown_month = index;
  update_month (self);
  g_object_thaw_notify (G_OBJECT (self));

  /* going through the months from the keyboard keeps to the same day */
  if (focused > 0)
    gtk_widget_grab_focus (self->days[self->first_cell + MIN (focused, self->n_days) - 1]);
}

GtkWidget *
unknot_practice_calendar_new (void)
{
  return g_object_new (UNKNOT_TYPE_PRACTICE_CALENDAR, NULL);
}

/**
 * unknot_practice_calendar_set_sessions:
 * @sessions: (nullable) (element-type UnknotSessionLog): the sessions to mark, in any
 *   order; the calendar keeps a reference and does not change them
 *
 * The calendar can go back to the month of the first of them.
 */
void
unknot_practice_calendar_set_sessions (UnknotPracticeCalendar *self,
                                       GPtrArray              *sessions)
{
  GDate first;

  g_return_if_fail (UNKNOT_IS_PRACTICE_CALENDAR (self));

  if (sessions != NULL)
    g_ptr_array_ref (sessions);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  self->sessions = sessions;

  self->first_month = 0;
  if (sessions != NULL && unknot_progress_get_first_date (sessions, &first))
    self->first_month = month_index (g_date_get_year (&first), g_date_get_month (&first));

  show_month_index (self, self->shown_month);
}

/**
 * unknot_practice_calendar_set_today:
 *
 * Marks @today, and keeps the calendar from going past its month. The calendar shows
 * today's month when it shows a month after it.
 */
void
unknot_practice_calendar_set_today (UnknotPracticeCalendar *self,
                                    const GDate            *today)
{
  g_return_if_fail (UNKNOT_IS_PRACTICE_CALENDAR (self));
  g_return_if_fail (today != NULL && g_date_valid (today));

  self->today = *today;
  show_month_index (self, self->shown_month);
}

GDateYear
unknot_practice_calendar_get_year (UnknotPracticeCalendar *self)
{
  g_return_val_if_fail (UNKNOT_IS_PRACTICE_CALENDAR (self), G_DATE_BAD_YEAR);

  return index_year (self->shown_month);
}

GDateMonth
unknot_practice_calendar_get_month (UnknotPracticeCalendar *self)
{
  g_return_val_if_fail (UNKNOT_IS_PRACTICE_CALENDAR (self), G_DATE_BAD_MONTH);

  return index_month (self->shown_month);
}

/**
 * unknot_practice_calendar_show_month:
 *
 * Shows a month, or the nearest one between the first session's and today's.
 */
void
unknot_practice_calendar_show_month (UnknotPracticeCalendar *self,
                                     GDateYear               year,
                                     GDateMonth              month)
{
  g_return_if_fail (UNKNOT_IS_PRACTICE_CALENDAR (self));
  g_return_if_fail (g_date_valid_year (year) && g_date_valid_month (month));

  show_month_index (self, month_index (year, month));
}

/**
 * unknot_practice_calendar_get_day_widget:
 * @day: a day of the month shown
 *
 * Returns: (transfer none) (nullable): the button of that day, with the day's
 *   sessions as its accessible label and tooltip; %NULL until the calendar was shown
 */
GtkWidget *
unknot_practice_calendar_get_day_widget (UnknotPracticeCalendar *self,
                                         GDateDay                day)
{
  g_return_val_if_fail (UNKNOT_IS_PRACTICE_CALENDAR (self), NULL);

  if (day < 1 || day > self->n_days || self->days[0] == NULL)
    return NULL;
  return self->days[self->first_cell + day - 1];
}

static void
day_clicked_cb (GtkButton              *button,
                UnknotPracticeCalendar *self)
{
  for (guint cell = self->first_cell; cell < self->first_cell + self->n_days; cell++)
    if (self->days[cell] == GTK_WIDGET (button))
      {
        char date[11];

        g_snprintf (date, sizeof date, "%04u-%02u-%02u", (guint) index_year (self->shown_month),
                    (guint) index_month (self->shown_month), cell - self->first_cell + 1);
        g_signal_emit (self, signals[DAY_ACTIVATED], 0, date);
        return;
      }
}

static void
unknot_practice_calendar_previous_month_action (GtkWidget  *widget,
                                                const char *action_name,
                                                GVariant   *parameter)
{
  UnknotPracticeCalendar *self = UNKNOT_PRACTICE_CALENDAR (widget);

  show_month_index (self, self->shown_month - 1);
}

static void
unknot_practice_calendar_next_month_action (GtkWidget  *widget,
                                            const char *action_name,
                                            GVariant   *parameter)
{
  UnknotPracticeCalendar *self = UNKNOT_PRACTICE_CALENDAR (widget);

  show_month_index (self, self->shown_month + 1);
}

static GtkWidget *
month_button (const char *icon_name,
              const char *label,
              const char *action_name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  return button;
}

static GtkWidget *
build_header (UnknotPracticeCalendar *self)
{
  GtkWidget *header = gtk_center_box_new ();

  self->month_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->month_label, "heading");
  gtk_center_box_set_start_widget (GTK_CENTER_BOX (header),
                                   month_button ("go-previous-symbolic", _("Previous Month"), "calendar.previous-month"));
  gtk_center_box_set_center_widget (GTK_CENTER_BOX (header), self->month_label);
  gtk_center_box_set_end_widget (GTK_CENTER_BOX (header),
                                 month_button ("go-next-symbolic", _("Next Month"), "calendar.next-month"));
  return header;
}

static GtkWidget *
mark_new (const char *kind)
{
  GtkWidget *mark = gtk_drawing_area_new ();

  gtk_widget_add_css_class (mark, "practice-mark");
  gtk_widget_add_css_class (mark, kind);
  gtk_widget_set_valign (mark, GTK_ALIGN_CENTER);
  gtk_accessible_update_state (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  return mark;
}

static void
build_grid (UnknotPracticeCalendar *self)
{
  GDate weekday;

  self->grid = gtk_grid_new ();
  gtk_grid_set_column_homogeneous (GTK_GRID (self->grid), TRUE);
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 2);
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 2);

  /* the names of the days, from a week that starts on the first weekday: 1 January
   * 2024 was a Monday */
  g_date_clear (&weekday, 1);
  g_date_set_dmy (&weekday, 1, G_DATE_JANUARY, 2024);
  g_date_add_days (&weekday, (self->first_weekday - G_DATE_MONDAY + 7) % 7);
  for (int column = 0; column < 7; column++)
    {
      g_autoptr(GDateTime) date = date_time_for (g_date_get_year (&weekday), g_date_get_month (&weekday),
                                                 g_date_get_day (&weekday));
      g_autofree char *name = g_date_time_format (date, "%a");
      GtkWidget *label = gtk_label_new (name);

      gtk_widget_add_css_class (label, "caption-heading");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_margin_bottom (label, 4);
      gtk_accessible_update_state (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      gtk_grid_attach (GTK_GRID (self->grid), label, column, 0, 1, 1);
      g_date_add_days (&weekday, 1);
    }
}

/* The days' buttons are made when the calendar is first shown: the Progress page is
 * built with the window, and most starts of the app never show it. */
static void
build_days (UnknotPracticeCalendar *self)
{
  for (guint cell = 0; cell < N_CELLS; cell++)
    {
      GtkWidget *day = gtk_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *marks = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);

      self->day_numbers[cell] = gtk_label_new (NULL);
      gtk_box_append (GTK_BOX (box), self->day_numbers[cell]);
      gtk_widget_set_halign (marks, GTK_ALIGN_CENTER);
      for (guint i = 0; i < MAX_MARKS; i++)
        {
          self->marks[cell][i] = mark_new ("stretch");
          gtk_widget_set_visible (self->marks[cell][i], FALSE);
          gtk_box_append (GTK_BOX (marks), self->marks[cell][i]);
        }
      gtk_box_append (GTK_BOX (box), marks);
      gtk_widget_set_valign (box, GTK_ALIGN_CENTER);

      gtk_button_set_child (GTK_BUTTON (day), box);
      gtk_widget_add_css_class (day, "flat");
      gtk_widget_add_css_class (day, "practice-day");
      g_signal_connect_object (day, "clicked", G_CALLBACK (day_clicked_cb), self, G_CONNECT_DEFAULT);
      self->days[cell] = day;
      gtk_grid_attach (GTK_GRID (self->grid), day, (int) (cell % 7), (int) (cell / 7) + 1, 1, 1);
    }
}

static GtkWidget *
legend_entry (const char *kind,
              const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (box), mark_new (kind));
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

static GtkWidget *
build_legend (void)
{
  GtkWidget *legend = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);

  gtk_widget_set_halign (legend, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (legend), legend_entry ("pressure", _("With pressure")));
  gtk_box_append (GTK_BOX (legend), legend_entry ("stretch", _("Without pressure")));
  return legend;
}

static void
unknot_practice_calendar_map (GtkWidget *widget)
{
  UnknotPracticeCalendar *self = UNKNOT_PRACTICE_CALENDAR (widget);

  GTK_WIDGET_CLASS (unknot_practice_calendar_parent_class)->map (widget);

  if (self->days[0] == NULL)
    {
      build_days (self);
      update_days (self);
    }
}

/* The day the keyboard goes to when it comes into the days: today, or the first */
static GDateDay
entry_day (UnknotPracticeCalendar *self)
{
  if (today_month (self) == self->shown_month)
    return g_date_get_day (&self->today);
  return 1;
}

static gboolean
focus_day (UnknotPracticeCalendar *self,
           int                     day)
{
  return gtk_widget_grab_focus (self->days[self->first_cell + (guint) day - 1]);
}

/* The days are one stop for Tab, as in any grid: Tab goes from the month's buttons to
 * a day and from the day out of the calendar, and the arrow keys go from day to day,
 * a week up or down, staying within the month (Page Up and Page Down change it). */
static gboolean
unknot_practice_calendar_focus (GtkWidget        *widget,
                                GtkDirectionType  direction)
{
  UnknotPracticeCalendar *self = UNKNOT_PRACTICE_CALENDAR (widget);
  int day = focused_day (self);
  gboolean in_header = gtk_widget_get_focus_child (widget) == self->header;
  int step = 0;

  switch (direction)
    {
    case GTK_DIR_TAB_FORWARD:
      if (day > 0)
        return FALSE;
      return gtk_widget_child_focus (self->header, direction) || focus_day (self, entry_day (self));

    case GTK_DIR_TAB_BACKWARD:
      if (day > 0 || in_header)
        return gtk_widget_child_focus (self->header, direction);
      return focus_day (self, entry_day (self));

    case GTK_DIR_LEFT:
      step = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL ? 1 : -1;
      break;
    case GTK_DIR_RIGHT:
      step = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL ? -1 : 1;
      break;
    case GTK_DIR_UP:
      step = -7;
      break;
    case GTK_DIR_DOWN:
      step = 7;
      break;
    default:
      break;
    }

  if (day == 0)
    return GTK_WIDGET_CLASS (unknot_practice_calendar_parent_class)->focus (widget, direction);
  if (day + step >= 1 && day + step <= self->n_days)
    return focus_day (self, day + step);
  /* up from the first week is the month's buttons; elsewhere the focus stays */
  if (direction == GTK_DIR_UP)
    gtk_widget_child_focus (self->header, GTK_DIR_TAB_FORWARD);
  return TRUE;
}

static void
unknot_practice_calendar_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  UnknotPracticeCalendar *self = UNKNOT_PRACTICE_CALENDAR (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      g_value_set_uint (value, index_year (self->shown_month));
      break;
    case PROP_MONTH:
      g_value_set_uint (value, index_month (self->shown_month));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_practice_calendar_dispose (GObject *object)
{
  UnknotPracticeCalendar *self = UNKNOT_PRACTICE_CALENDAR (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  for (guint cell = 0; cell < N_CELLS; cell++)
    g_clear_pointer (&self->labels[cell], g_free);

  G_OBJECT_CLASS (unknot_practice_calendar_parent_class)->dispose (object);
}

static void
unknot_practice_calendar_class_init (UnknotPracticeCalendarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = unknot_practice_calendar_get_property;
  object_class->dispose = unknot_practice_calendar_dispose;

  widget_class->map = unknot_practice_calendar_map;
  widget_class->focus = unknot_practice_calendar_focus;

  /**
   * UnknotPracticeCalendar:year:
   *
   * The year of the month shown.
   */
  properties[PROP_YEAR] =
    g_param_spec_uint ("year", NULL, NULL, 1, G_MAXUINT16, 2000,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * UnknotPracticeCalendar:month:
   *
   * The month shown, from 1 (January) to 12.
   */
  properties[PROP_MONTH] =
    g_param_spec_uint ("month", NULL, NULL, 1, 12, 1,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * UnknotPracticeCalendar::day-activated:
   * @local_date: the day, YYYY-MM-DD, as sessions keep their local date
   *
   * Emitted when a day is clicked or activated from the keyboard.
   */
  signals[DAY_ACTIVATED] = g_signal_new ("day-activated", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "calendar.previous-month", NULL,
                                   unknot_practice_calendar_previous_month_action);
  gtk_widget_class_install_action (widget_class, "calendar.next-month", NULL,
                                   unknot_practice_calendar_next_month_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "calendar.previous-month", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "calendar.next-month", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "practicecalendar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
unknot_practice_calendar_init (UnknotPracticeCalendar *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  unknot_progress_get_today (&self->today);
  self->shown_month = today_month (self);
  self->first_weekday = unknot_progress_get_first_weekday ();

  self->header = build_header (self);
  gtk_widget_set_parent (self->header, GTK_WIDGET (self));
  build_grid (self);
  gtk_widget_set_parent (self->grid, GTK_WIDGET (self));
  gtk_widget_set_parent (build_legend (), GTK_WIDGET (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Practice calendar"), -1);
  update_month (self);
}
