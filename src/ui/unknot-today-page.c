/* unknot-today-page.c: today's suggested session, this week and the streak
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The facts come from unknot_today_suggest() (src/core/unknot-today.c); this page puts
 * them in kind words. It reads the history again when it changes, when the plan or the
 * safety answers change, and when the local date has moved on (checked every minute and
 * whenever the window comes back to the front, since a timer stands still in a suspend).
 */

#define G_LOG_DOMAIN "unknot-today"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "unknot-progress.h"
#include "unknot-routine-library.h"
#include "unknot-today-page.h"

struct _UnknotTodayPage
{
  AdwBin            parent_instance;

  GtkLabel         *day_label;
  GtkLabel         *title_label;
  GtkLabel         *reason_label;
  GtkLabel         *meta_label;
  GtkWidget        *start_button;
  GtkBox           *week_box;
  AdwActionRow     *streak_row;
  AdwActionRow     *last_row;

  UnknotSafetyGate  gate;
  UnknotToday       today;
  char              today_date[11];
  guint             date_check;
};

G_DEFINE_FINAL_TYPE (UnknotTodayPage, unknot_today_page, ADW_TYPE_BIN)

static char *
local_date_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* "Saturday 21 November" from YYYY-MM-DD */
static char *
format_day (const char *date,
            const char *format)
{
  int year, month, day;
  g_autoptr(GDateTime) time = NULL;

  if (sscanf (date, "%d-%d-%d", &year, &month, &day) != 3)
    return g_strdup (date);
  time = g_date_time_new_local (year, month, day, 12, 0, 0);
  return time != NULL ? g_date_time_format (time, format) : g_strdup (date);
}

static gboolean
pressure_allowed (const UnknotSafetyGate *gate,
                  const char             *release_id)
{
  UnknotRoutineEntry *release = NULL;

  if (gate->routines != NULL)
    release = unknot_routine_library_lookup (UNKNOT_ROUTINE_LIBRARY (gate->routines), release_id);
  return release != NULL && gate->safety != NULL &&
         unknot_safety_gate_verdict (gate, unknot_routine_entry_get_routine (release), NULL) != UNKNOT_SAFETY_BLOCKED;
}

/**
 * unknot_today_compute:
 * @gate: where the history, the plan (in the settings), the routines and the safety
 *   screen are
 * @today: the local date, YYYY-MM-DD
 * @out: (out caller-allocates): today's suggestion, this week and the streak
 * @pressure_allowed: (out) (optional): whether the safety answers allow pressure on the
 *   plan's release at all
 *
 * Reads the user's plan and as much of the history as the streak needs, and works out
 * today (see unknot_today_suggest()).
 *
 * Returns: (transfer full) (element-type UnknotSessionLog): the sessions read, oldest
 *   first; empty if the history cannot be read
 */
GPtrArray *
unknot_today_compute (const UnknotSafetyGate *gate,
                      const char             *today,
                      UnknotToday            *out,
                      gboolean               *pressure_allowed_out)
{
  g_autofree char *release = g_settings_get_string (gate->settings, "plan-release");
  g_autofree char *stretch = g_settings_get_string (gate->settings, "plan-stretch");
  g_autofree char *lighter = g_settings_get_string (gate->settings, "plan-lighter");
  UnknotPracticePlan plan = { release, stretch, lighter, pressure_allowed (gate, release) };
  GPtrArray *recent = NULL;
  int reach = UNKNOT_TODAY_HISTORY_DAYS;

  /* the streak may reach further back than two weeks: read more until it ends */
  for (;;)
    {
      g_autofree char *from = unknot_local_date_add_days (today, -reach);
      g_autoptr(GError) error = NULL;
      guint days;
      char since[11];

      g_clear_pointer (&recent, g_ptr_array_unref);
      recent = unknot_history_store_list_since (gate->history, from, &error);
      if (recent == NULL)
        {
          g_message ("Today cannot read the history: %s", error->message);
          recent = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_session_log_unref);
          break;
        }
      if (!unknot_today_streak (recent, today, &days, since) || reach > 365 * 40)
        break;
      reach *= 4;
    }

  unknot_today_suggest (&plan, recent, today, unknot_progress_get_first_weekday (), out);
  if (pressure_allowed_out != NULL)
    *pressure_allowed_out = plan.pressure_allowed;
  return recent;
}

static const char *
reason_text (const UnknotToday *today,
             gboolean           pressure_allowed)
{
  switch (today->reason)
    {
    case UNKNOT_TODAY_REASON_PRESSURE_DAY:
      return _("A pressure day: find the point, hold it while you breathe slowly, then stretch. One release a day is plenty.");
    case UNKNOT_TODAY_REASON_AFTER_PRESSURE:
      return _("You held pressure yesterday, so today the muscle rests from it. A stretch keeps it moving.");
    case UNKNOT_TODAY_REASON_NO_PRESSURE:
      return _("Your safety answers rule out pressure on the belly, so stretching is your practice. It helps on its own.");
    case UNKNOT_TODAY_REASON_FELT_WORSE:
      return _("Your last release left more pain than before it. Go gently today and press more lightly next time.");
    case UNKNOT_TODAY_REASON_CAP:
      return _("That is two sessions today, as many as Unknot suggests. Rest well.");
    case UNKNOT_TODAY_REASON_DONE:
    default:
      if (today->week[today->today_index] == UNKNOT_DAY_PRESSURE || !pressure_allowed)
        return _("Rest well. Tomorrow is a stretch day.");
      return _("Rest well. Tomorrow is a pressure day again.");
    }
}

static char *
day_heading (const UnknotToday *today,
             const char        *date)
{
  switch (today->kind)
    {
    case UNKNOT_TODAY_RELEASE:
      return g_strdup (_("Today: A Release"));
    case UNKNOT_TODAY_STRETCH:
      return g_strdup (_("Today: A Stretch"));
    case UNKNOT_TODAY_LIGHTER:
      return g_strdup (_("Today: Something Gentle"));
    case UNKNOT_TODAY_DONE:
    default:
      return format_day (date, _("%A %-d %B"));
    }
}

static void
update_suggestion (UnknotTodayPage *self,
                   gboolean         allowed)
{
  UnknotRoutineEntry *entry = NULL;
  g_autofree char *heading = day_heading (&self->today, self->today_date);

  if (self->today.routine_id[0] != '\0' && self->gate.routines != NULL)
    entry = unknot_routine_library_lookup (UNKNOT_ROUTINE_LIBRARY (self->gate.routines), self->today.routine_id);

  gtk_label_set_label (self->day_label, heading);
  gtk_label_set_label (self->reason_label, reason_text (&self->today, allowed));

  if (self->today.kind == UNKNOT_TODAY_DONE)
    {
      gtk_label_set_label (self->title_label, _("Today’s Practice Is Done"));
      gtk_widget_set_visible (GTK_WIDGET (self->meta_label), FALSE);
      gtk_widget_set_visible (self->start_button, FALSE);
    }
  else if (entry == NULL)
    {
      /* the plan names a routine that is gone (a removed file of the user's) */
      g_autofree char *text = g_strdup_printf (_("The routine “%s” of your plan is not in your library. "
                                                 "Choose another in Preferences."), self->today.routine_id);

      gtk_label_set_label (self->title_label, _("Routine Missing"));
      gtk_label_set_label (self->reason_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->meta_label), FALSE);
      gtk_widget_set_visible (self->start_button, FALSE);
    }
  else
    {
      UnknotRoutine *routine = unknot_routine_entry_get_routine (entry);
      g_autofree char *meta = unknot_routine_describe (routine);
      /* Translators: the button that starts today's suggested routine */
      g_autofree char *start = g_strdup_printf (_("_Start %s"), unknot_routine_entry_get_title (entry));

      gtk_label_set_label (self->title_label, unknot_routine_entry_get_title (entry));
      gtk_label_set_label (self->meta_label, meta);
      gtk_widget_set_visible (GTK_WIDGET (self->meta_label), TRUE);
      gtk_button_set_label (GTK_BUTTON (self->start_button), _("_Start"));
      gtk_widget_set_tooltip_text (self->start_button, NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->start_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, start + (start[0] == '_'), -1);
      /* not labelled by the "Start" it shows, which screen readers would take instead */
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (self->start_button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      gtk_widget_set_visible (self->start_button, TRUE);
    }
}

static const char *
day_state_text (UnknotDayPractice practice,
                guint             index,
                guint             today_index)
{
  if (index > today_index)
    return _("still to come");
  switch (practice)
    {
    case UNKNOT_DAY_PRESSURE:
      return _("practised, with pressure");
    case UNKNOT_DAY_PRACTICE:
      return _("practised");
    case UNKNOT_DAY_NOTHING:
    default:
      return index == today_index ? _("not yet") : _("a day off");
    }
}

static void
update_week (UnknotTodayPage *self)
{
  GtkWidget *child;
  g_autofree char *first = unknot_local_date_add_days (self->today_date, -(int) self->today.today_index);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->week_box))) != NULL)
    gtk_box_remove (self->week_box, child);

  for (guint i = 0; i < 7; i++)
    {
      g_autofree char *date = unknot_local_date_add_days (first, i);
      /* Translators: the short name of a week day, above its mark in "This Week" */
      g_autofree char *short_name = format_day (date, _("%a"));
      g_autofree char *long_name = format_day (date, _("%A %-d %B"));
      g_autofree char *label = g_strdup_printf ("%s: %s", long_name,
                                                day_state_text (self->today.week[i], i, self->today.today_index));
      /* an item of the week's list, which a screen reader names by its label: a plain
       * box can have no name */
      GtkWidget *day = g_object_new (GTK_TYPE_BOX,
                                     "orientation", GTK_ORIENTATION_VERTICAL,
                                     "spacing", 6,
                                     "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                                     NULL);
      GtkWidget *name = gtk_label_new (short_name);
      /* the day's name says what the mark shows */
      GtkWidget *mark = g_object_new (GTK_TYPE_IMAGE, "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);

      gtk_widget_add_css_class (name, "caption");
      gtk_widget_add_css_class (mark, "today-day-mark");
      gtk_widget_set_halign (mark, GTK_ALIGN_CENTER);
      gtk_image_set_pixel_size (GTK_IMAGE (mark), 16);
      if (i > self->today.today_index)
        gtk_widget_add_css_class (day, "dim-label");
      if (i == self->today.today_index)
        gtk_widget_add_css_class (mark, "today");
      if (self->today.week[i] == UNKNOT_DAY_PRESSURE)
        {
          gtk_widget_add_css_class (mark, "pressure");
          gtk_image_set_from_icon_name (GTK_IMAGE (mark), "unknot-release-symbolic");
        }
      else if (self->today.week[i] == UNKNOT_DAY_PRACTICE)
        {
          gtk_widget_add_css_class (mark, "practice");
          gtk_image_set_from_icon_name (GTK_IMAGE (mark), "object-select-symbolic");
        }

      gtk_box_append (GTK_BOX (day), name);
      gtk_box_append (GTK_BOX (day), mark);
      gtk_accessible_update_property (GTK_ACCESSIBLE (day), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_widget_set_tooltip_text (day, label);
      gtk_box_append (self->week_box, day);
    }
}

static void
update_streak (UnknotTodayPage *self)
{
  if (self->today.streak_days > 0)
    {
      g_autofree char *since = format_day (self->today.streak_since, _("%-d %B"));
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Practice Day",
                                                             "%u Practice Days", self->today.streak_days),
                                                self->today.streak_days);
      /* Translators: below the streak; %s is the day it began */
      g_autofree char *subtitle = g_strdup_printf (_("Since %s. A day or two off never breaks it."), since);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->streak_row), title);
      adw_action_row_set_subtitle (self->streak_row, subtitle);
    }
  else if (self->today.practised_before)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->streak_row), _("Welcome Back"));
      adw_action_row_set_subtitle (self->streak_row, _("Every session counts. Start again whenever you are ready."));
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->streak_row), _("Your First Session"));
      adw_action_row_set_subtitle (self->streak_row, _("The days you practise are counted here. A day or two off never breaks the count."));
    }
}

static void
update_last_session (UnknotTodayPage *self,
                     GPtrArray       *recent)
{
  const UnknotSessionLog *last;
  g_autofree char *when = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GString) pain = g_string_new (NULL);
  const UnknotSide sides[] = { UNKNOT_SIDE_LEFT, UNKNOT_SIDE_RIGHT, UNKNOT_SIDE_NONE };
  int days;

  gtk_widget_set_visible (GTK_WIDGET (self->last_row), recent->len > 0);
  if (recent->len == 0)
    return;

  last = g_ptr_array_index (recent, recent->len - 1);
  days = unknot_local_date_days_between (last->local_date, self->today_date);
  if (days == 0)
    when = g_strdup (_("Today"));
  else if (days == 1)
    when = g_strdup (_("Yesterday"));
  else
    when = format_day (last->local_date, _("%A %-d %B"));
  /* Translators: the last session: when, and the routine's title */
  title = g_strdup_printf (_("%s: %s"), when, last->routine_title);

  for (gsize i = 0; i < G_N_ELEMENTS (sides); i++)
    {
      int before, after;

      if (!unknot_session_log_get_rating (last, UNKNOT_RATE_BEFORE, sides[i], &before) ||
          !unknot_session_log_get_rating (last, UNKNOT_RATE_AFTER, sides[i], &after))
        continue;
      if (pain->len > 0)
        g_string_append (pain, _(", "));
      if (sides[i] == UNKNOT_SIDE_LEFT)
        /* Translators: pain before → after a session, on one side */
        g_string_append_printf (pain, _("left %d → %d"), before, after);
      else if (sides[i] == UNKNOT_SIDE_RIGHT)
        g_string_append_printf (pain, _("right %d → %d"), before, after);
      else
        g_string_append_printf (pain, _("%d → %d"), before, after);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->last_row), title);
  if (pain->len > 0)
    {
      /* Translators: %s is the pain before and after, such as "left 6 → 3, right 5 → 3" */
      g_autofree char *subtitle = g_strdup_printf (_("Pain %s"), pain->str);

      adw_action_row_set_subtitle (self->last_row, subtitle);
    }
  else
    adw_action_row_set_subtitle (self->last_row, last->completed ? _("Finished") : _("Stopped early"));
}

/**
 * unknot_today_page_refresh:
 *
 * Reads the plan and the recent history again and shows them.
 */
void
unknot_today_page_refresh (UnknotTodayPage *self)
{
  g_autoptr(GPtrArray) recent = NULL;
  g_autofree char *today = local_date_now ();
  gboolean allowed;

  g_return_if_fail (UNKNOT_IS_TODAY_PAGE (self));

  if (self->gate.history == NULL || self->gate.settings == NULL)
    return;

  g_strlcpy (self->today_date, today, sizeof self->today_date);
  recent = unknot_today_compute (&self->gate, today, &self->today, &allowed);
  update_suggestion (self, allowed);
  update_week (self);
  update_streak (self);
  update_last_session (self, recent);
}

const UnknotToday *
unknot_today_page_get_today (UnknotTodayPage *self)
{
  g_return_val_if_fail (UNKNOT_IS_TODAY_PAGE (self), NULL);

  return &self->today;
}

static void
history_changed_cb (UnknotHistoryStore *history,
                    UnknotTodayPage    *self)
{
  unknot_today_page_refresh (self);
}

static void
settings_changed_cb (GSettings       *settings,
                     const char      *key,
                     UnknotTodayPage *self)
{
  if (g_str_has_prefix (key, "plan-") || g_str_has_prefix (key, "safety-"))
    unknot_today_page_refresh (self);
}

/* The local date moved on (midnight, a time zone change, a long sleep) */
static void
check_date (UnknotTodayPage *self)
{
  g_autofree char *today = local_date_now ();

  if (self->gate.history != NULL && g_strcmp0 (today, self->today_date) != 0)
    unknot_today_page_refresh (self);
}

static gboolean
date_check_cb (gpointer user_data)
{
  check_date (user_data);
  return G_SOURCE_CONTINUE;
}

static void
window_active_cb (GtkWindow       *window,
                  GParamSpec      *pspec,
                  UnknotTodayPage *self)
{
  if (gtk_window_is_active (window))
    check_date (self);
}

/**
 * unknot_today_page_set_gate:
 * @gate: where the page finds the history, settings, routines and safety screen; the
 *   page keeps its own references
 */
void
unknot_today_page_set_gate (UnknotTodayPage        *self,
                            const UnknotSafetyGate *gate)
{
  g_return_if_fail (UNKNOT_IS_TODAY_PAGE (self));
  g_return_if_fail (gate != NULL && gate->history != NULL && gate->settings != NULL);

  unknot_safety_gate_clear (&self->gate);
  unknot_safety_gate_copy (&self->gate, gate);
  g_signal_connect_object (gate->history, "changed", G_CALLBACK (history_changed_cb), self, G_CONNECT_DEFAULT);
  g_signal_connect_object (gate->settings, "changed", G_CALLBACK (settings_changed_cb), self, G_CONNECT_DEFAULT);
  unknot_today_page_refresh (self);
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  UnknotTodayPage *self = UNKNOT_TODAY_PAGE (widget);

  if (self->today.routine_id[0] != '\0')
    gtk_widget_activate_action (widget, "app.start-routine", "(su)", self->today.routine_id, 0);
}

static void
unknot_today_page_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (unknot_today_page_parent_class)->root (widget);

  g_signal_connect_object (gtk_widget_get_root (widget), "notify::is-active",
                           G_CALLBACK (window_active_cb), widget, G_CONNECT_DEFAULT);
}

static void
unknot_today_page_unroot (GtkWidget *widget)
{
  g_signal_handlers_disconnect_by_func (gtk_widget_get_root (widget), window_active_cb, widget);

  GTK_WIDGET_CLASS (unknot_today_page_parent_class)->unroot (widget);
}

static void
unknot_today_page_dispose (GObject *object)
{
  UnknotTodayPage *self = UNKNOT_TODAY_PAGE (object);

  g_clear_handle_id (&self->date_check, g_source_remove);
  unknot_safety_gate_clear (&self->gate);
  gtk_widget_dispose_template (GTK_WIDGET (self), UNKNOT_TYPE_TODAY_PAGE);

  G_OBJECT_CLASS (unknot_today_page_parent_class)->dispose (object);
}

static void
unknot_today_page_class_init (UnknotTodayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = unknot_today_page_dispose;
  widget_class->root = unknot_today_page_root;
  widget_class->unroot = unknot_today_page_unroot;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/unknot-today-page.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotTodayPage, day_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotTodayPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotTodayPage, reason_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotTodayPage, meta_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotTodayPage, start_button);
  gtk_widget_class_bind_template_child (widget_class, UnknotTodayPage, week_box);
  gtk_widget_class_bind_template_child (widget_class, UnknotTodayPage, streak_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotTodayPage, last_row);

  gtk_widget_class_install_action (widget_class, "today.start", NULL, start_action);
}

static void
unknot_today_page_init (UnknotTodayPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->date_check = g_timeout_add_seconds (60, date_check_cb, self);
}
