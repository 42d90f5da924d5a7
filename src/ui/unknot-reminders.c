/* unknot-reminders.c: daily reminders, with the window closed too
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * While reminders are on, the application holds itself, so closing the last window
 * leaves it running, and asks to run in the background and to start at login
 * (unknot-background.c: the portal in a sandbox, an autostart entry outside). When they
 * are turned off it lets go and withdraws the autostart.
 *
 * When a reminder is due is decided by unknot_reminder_check() on the wall clock, every
 * minute and when the application is told the computer woke up; nothing waits on one
 * long timer, which would stand still in a suspend. A reminder is a notification with
 * "Start Now" (app.start-routine with today's suggestion) and "Snooze 15 Minutes"
 * (app.snooze-reminder).
 */

#define G_LOG_DOMAIN "unknot-reminders"

#include "config.h"

#include <glib/gi18n.h>

#include "unknot-background.h"
#include "unknot-reminder-schedule.h"
#include "unknot-reminders.h"
#include "unknot-routine-library.h"
#include "unknot-today-page.h"

#define NOTIFICATION_ID "reminder"

struct _UnknotReminders
{
  GObject              parent_instance;

  GApplication        *application;   /* not owned: it owns this */
  UnknotSafetyGate     gate;
  UnknotWallClockFunc  wall_clock;
  gpointer             wall_clock_data;

  gboolean             enabled;
  gboolean             held;
  guint                minute_check;
  GCancellable        *cancellable;
  UnknotBackgroundResult background;
  gboolean             background_known;
  char                *background_problem;
  char                *status;
};

enum {
  PROP_0,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (UnknotReminders, unknot_reminders, G_TYPE_OBJECT)

static GDateTime *
system_wall_clock (gpointer user_data)
{
  g_autoptr(GTimeZone) zone = unknot_reminder_get_local_zone ();

  return g_date_time_new_now (zone);
}

static GDateTime *
now (UnknotReminders *self)
{
  return self->wall_clock (self->wall_clock_data);
}

static gboolean
read_plan (UnknotReminders    *self,
           UnknotReminderPlan *plan)
{
  g_auto(GStrv) days = g_settings_get_strv (self->gate.settings, "reminder-days");
  g_auto(GStrv) times = g_settings_get_strv (self->gate.settings, "reminder-times");
  g_autoptr(GError) error = NULL;

  if (!unknot_reminder_plan_parse (plan, (const char * const *) days, (const char * const *) times, &error))
    {
      g_message ("The reminders' settings are not understood: %s", error->message);
      return FALSE;
    }
  return TRUE;
}

static void
read_state (UnknotReminders     *self,
            UnknotReminderState *state)
{
  g_autofree char *last = g_settings_get_string (self->gate.settings, "reminder-last");
  g_autofree char *snoozed = g_settings_get_string (self->gate.settings, "reminder-snoozed-key");

  memset (state, 0, sizeof *state);
  g_strlcpy (state->last_key, last, sizeof state->last_key);
  g_strlcpy (state->snoozed_key, snoozed, sizeof state->snoozed_key);
  state->snoozed_until = g_settings_get_int64 (self->gate.settings, "reminder-snoozed-until");
}

static void
write_state (UnknotReminders           *self,
             const UnknotReminderState *state)
{
  UnknotReminderState stored;

  read_state (self, &stored);
  if (unknot_reminder_state_equal (&stored, state))
    return;
  g_settings_set_string (self->gate.settings, "reminder-last", state->last_key);
  g_settings_set_string (self->gate.settings, "reminder-snoozed-key", state->snoozed_key);
  g_settings_set_int64 (self->gate.settings, "reminder-snoozed-until", state->snoozed_until);
}

/* A day is done when Today would say so: no reminder then */
static gboolean
day_done_cb (const char *local_date,
             gpointer    user_data)
{
  UnknotReminders *self = user_data;
  g_autoptr(GPtrArray) recent = NULL;
  UnknotToday today;

  recent = unknot_today_compute (&self->gate, local_date, &today, NULL);
  return today.kind == UNKNOT_TODAY_DONE;
}

static void
set_status (UnknotReminders *self,
            const char      *status)
{
  if (g_strcmp0 (self->status, status) == 0)
    return;
  g_free (self->status);
  self->status = g_strdup (status);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);

  /* where the desktop lists apps in the background (a sandbox with the portal) */
  if (self->background_known && self->background.method == UNKNOT_BACKGROUND_METHOD_PORTAL)
    unknot_background_set_status_async (NULL, status != NULL ? status : "", self->cancellable, NULL, NULL);
}

/* "Next reminder at 18:00", "tomorrow at 18:00", "on Monday at 18:00" */
static char *
describe_next (GDateTime *next,
               GDateTime *from)
{
  g_autofree char *time = g_date_time_format (next, "%H:%M");
  g_autofree char *day = NULL;
  int days;

  {
    GDate a, b;

    g_date_clear (&a, 1);
    g_date_clear (&b, 1);
    g_date_set_dmy (&a, g_date_time_get_day_of_month (from), g_date_time_get_month (from), g_date_time_get_year (from));
    g_date_set_dmy (&b, g_date_time_get_day_of_month (next), g_date_time_get_month (next), g_date_time_get_year (next));
    days = g_date_days_between (&a, &b);
  }

  if (days == 0)
    return g_strdup_printf (_("Next reminder at %s"), time);
  if (days == 1)
    return g_strdup_printf (_("Next reminder tomorrow at %s"), time);
  day = g_date_time_format (next, "%A");
  /* Translators: the first %s is a week day, the second a time */
  return g_strdup_printf (_("Next reminder on %s at %s"), day, time);
}

static void
update_status (UnknotReminders          *self,
               const UnknotReminderPlan *plan,
               UnknotReminderState      *state,
               GDateTime                *time)
{
  g_autoptr(GDateTime) next = NULL;
  g_autofree char *line = NULL;

  if (!self->enabled)
    {
      set_status (self, NULL);
      return;
    }

  next = plan != NULL ? unknot_reminder_next_due (plan, state, time, day_done_cb, self) : NULL;
  line = next != NULL ? describe_next (next, time) : g_strdup (_("No day or time chosen"));
  if (self->background_problem != NULL)
    {
      g_autofree char *both = g_strdup_printf ("%s. %s", line, self->background_problem);

      set_status (self, both);
    }
  else
    set_status (self, line);
}

static void
send_reminder (UnknotReminders *self,
               const char      *key)
{
  g_autoptr(GNotification) notification = NULL;
  g_autoptr(GDateTime) time = now (self);
  g_autofree char *today_date = g_date_time_format (time, "%Y-%m-%d");
  g_autoptr(GPtrArray) recent = NULL;
  g_autofree char *body = NULL;
  UnknotRoutineEntry *entry = NULL;
  UnknotToday today;

  recent = unknot_today_compute (&self->gate, today_date, &today, NULL);
  if (today.routine_id[0] != '\0' && self->gate.routines != NULL)
    entry = unknot_routine_library_lookup (UNKNOT_ROUTINE_LIBRARY (self->gate.routines), today.routine_id);

  notification = g_notification_new (_("Time for Your Practice"));
  if (entry != NULL)
    {
      UnknotRoutine *routine = unknot_routine_entry_get_routine (entry);
      /* the routine's own estimate, rounded as the Today page shows it */
      g_autofree char *length = unknot_format_duration (MAX (1, (routine->estimated_duration + 30) / 60) * 60);

      /* Translators: the reminder's text; the routine's title and its length */
      body = g_strdup_printf (_("Today: %s, about %s. Find a quiet spot where you can lie down."),
                              unknot_routine_entry_get_title (entry), length);
      g_notification_set_default_action_and_target (notification, "app.start-routine", "(su)", today.routine_id, 0);
      g_notification_add_button_with_target (notification, _("Start Now"), "app.start-routine", "(su)", today.routine_id, 0);
    }
  else
    {
      body = g_strdup (_("A few minutes for your psoas and iliacus."));
      g_notification_set_default_action_and_target (notification, "app.show-page", "s", "today");
    }
  g_notification_set_body (notification, body);
  g_notification_add_button_with_target (notification, _("Snooze 15 Minutes"), "app.snooze-reminder", "s", key);
  g_notification_set_category (notification, "reminder");

  g_application_send_notification (self->application, NOTIFICATION_ID, notification);
}

/**
 * unknot_reminders_check:
 *
 * Shows a reminder if one is due now, and updates the status line. Called every minute,
 * when the computer wakes up and when the settings change.
 */
void
unknot_reminders_check (UnknotReminders *self)
{
  UnknotReminderPlan plan;
  UnknotReminderState state;
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *shown = NULL;

  g_return_if_fail (UNKNOT_IS_REMINDERS (self));

  if (!self->enabled)
    {
      update_status (self, NULL, NULL, NULL);
      return;
    }
  time = now (self);
  read_state (self, &state);
  if (!read_plan (self, &plan))
    {
      set_status (self, _("The reminder times are not understood: choose them again"));
      return;
    }

  if (unknot_reminder_check (&plan, &state, time, day_done_cb, self, &shown) == UNKNOT_REMINDER_SHOW)
    send_reminder (self, shown);
  write_state (self, &state);
  update_status (self, &plan, &state, time);
}

/**
 * unknot_reminders_snooze:
 * @key: the reminder's local date and time, as the notification's button carries it
 *
 * Brings the reminder back in 15 minutes.
 */
void
unknot_reminders_snooze (UnknotReminders *self,
                         const char      *key)
{
  UnknotReminderState state;
  g_autoptr(GDateTime) time = NULL;

  g_return_if_fail (UNKNOT_IS_REMINDERS (self));
  g_return_if_fail (key != NULL);

  g_application_withdraw_notification (self->application, NOTIFICATION_ID);
  time = now (self);
  read_state (self, &state);
  unknot_reminder_snooze (&state, key, time);
  write_state (self, &state);
  unknot_reminders_check (self);
}

const char *
unknot_reminders_get_status (UnknotReminders *self)
{
  g_return_val_if_fail (UNKNOT_IS_REMINDERS (self), NULL);

  return self->status;
}

/**
 * unknot_reminders_set_wall_clock:
 * @func: (nullable): gives the wall clock; %NULL for the system's
 */
void
unknot_reminders_set_wall_clock (UnknotReminders     *self,
                                 UnknotWallClockFunc  func,
                                 gpointer             user_data)
{
  g_return_if_fail (UNKNOT_IS_REMINDERS (self));

  self->wall_clock = func != NULL ? func : system_wall_clock;
  self->wall_clock_data = user_data;
}

/* Background and autostart */

static void
background_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  UnknotReminders *self = user_data;
  g_autoptr(GError) error = NULL;
  UnknotBackgroundResult answer;

  if (!unknot_background_request_finish (result, &answer, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      g_message ("Running in the background could not be arranged: %s", error->message);
      g_free (self->background_problem);
      self->background_problem = g_strdup (_("Unknot cannot start by itself when you log in: open it once after logging in"));
      unknot_reminders_check (self);
      return;
    }

  self->background = answer;
  self->background_known = TRUE;
  g_clear_pointer (&self->background_problem, g_free);
  if (!self->enabled)
    return;
  if (answer.method == UNKNOT_BACKGROUND_METHOD_NONE)
    self->background_problem = g_strdup (_("Reminders come while Unknot is running: this system cannot start it at login"));
  else if (!answer.background)
    self->background_problem = g_strdup (_("Unknot may not run in the background: reminders come only while its window is open"));
  else if (!answer.autostart)
    self->background_problem = g_strdup (_("Unknot may not start when you log in: reminders come once you have opened it"));
  unknot_reminders_check (self);
}

static void
request_background (UnknotReminders *self,
                    gboolean         autostart)
{
  g_autofree char *program = NULL;
  const char *commandline[3] = { NULL, "--gapplication-service", NULL };

  /* the command the session runs at login: inside the sandbox the app's own command,
   * outside the program now running, wherever it is installed */
  if (unknot_background_is_sandboxed ())
    program = g_strdup ("unknot");
  else
    program = g_file_read_link ("/proc/self/exe", NULL);
  commandline[0] = program != NULL ? program : "unknot";

  unknot_background_request_async (NULL, g_application_get_application_id (self->application), autostart,
                                   _("Unknot reminds you of your daily practice at the times you chose."),
                                   commandline, self->cancellable, background_cb, self);
}

static gboolean
minute_check_cb (gpointer user_data)
{
  unknot_reminders_check (user_data);
  return G_SOURCE_CONTINUE;
}

static void
apply_enabled (UnknotReminders *self,
               gboolean         changed_by_user)
{
  gboolean enabled = g_settings_get_boolean (self->gate.settings, "reminders-enabled");

  if (enabled == self->enabled && !changed_by_user)
    return;
  self->enabled = enabled;

  if (enabled && !self->held)
    {
      g_application_hold (self->application);
      self->held = TRUE;
    }
  else if (!enabled && self->held)
    {
      g_application_release (self->application);
      self->held = FALSE;
    }

  if (enabled && self->minute_check == 0)
    self->minute_check = g_timeout_add_seconds (60, minute_check_cb, self);
  else if (!enabled)
    g_clear_handle_id (&self->minute_check, g_source_remove);

  if (changed_by_user)
    {
      UnknotReminderState state;
      g_autoptr(GDateTime) time = now (self);

      /* just turned on: nothing for the times already past today; turned off: no
       * snoozed reminder waits for the next time they are on */
      read_state (self, &state);
      unknot_reminder_state_plan_changed (&state, time);
      if (!enabled)
        {
          state.snoozed_until = 0;
          state.snoozed_key[0] = '\0';
        }
      write_state (self, &state);
      request_background (self, enabled);
    }
  else if (enabled || !unknot_background_is_sandboxed ())
    /* at start: ask again (the user may have changed it in the system's settings), and
     * outside a sandbox make sure no entry of ours starts Unknot for nothing */
    request_background (self, enabled);

  if (!enabled)
    g_application_withdraw_notification (self->application, NOTIFICATION_ID);
  unknot_reminders_check (self);
}

static void
settings_changed_cb (GSettings       *settings,
                     const char      *key,
                     UnknotReminders *self)
{
  if (g_strcmp0 (key, "reminders-enabled") == 0)
    apply_enabled (self, TRUE);
  else if (g_strcmp0 (key, "reminder-days") == 0 || g_strcmp0 (key, "reminder-times") == 0)
    {
      UnknotReminderState state;
      g_autoptr(GDateTime) time = now (self);

      read_state (self, &state);
      unknot_reminder_state_plan_changed (&state, time);
      write_state (self, &state);
      unknot_reminders_check (self);
    }
  else if (g_str_has_prefix (key, "plan-"))
    unknot_reminders_check (self);
}

static void
history_changed_cb (UnknotHistoryStore *history,
                    UnknotReminders    *self)
{
  /* a session done: today's remaining reminders go, and the status says so */
  unknot_reminders_check (self);
}

/**
 * unknot_reminders_new:
 * @application: the application, which owns the reminders and outlives them
 * @gate: the history, settings, routines and safety screen, for today's suggestion
 *
 * Returns: (transfer full): the reminders, running if they are turned on
 */
UnknotReminders *
unknot_reminders_new (GApplication           *application,
                      const UnknotSafetyGate *gate)
{
  UnknotReminders *self;

  g_return_val_if_fail (G_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (gate != NULL && gate->settings != NULL && gate->history != NULL, NULL);

  self = g_object_new (UNKNOT_TYPE_REMINDERS, NULL);
  self->application = application;
  unknot_safety_gate_copy (&self->gate, gate);
  g_signal_connect_object (gate->settings, "changed", G_CALLBACK (settings_changed_cb), self, G_CONNECT_DEFAULT);
  g_signal_connect_object (gate->history, "changed", G_CALLBACK (history_changed_cb), self, G_CONNECT_DEFAULT);
  apply_enabled (self, FALSE);

  return self;
}

static void
unknot_reminders_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  UnknotReminders *self = UNKNOT_REMINDERS (object);

  switch (prop_id)
    {
    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_reminders_dispose (GObject *object)
{
  UnknotReminders *self = UNKNOT_REMINDERS (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->minute_check, g_source_remove);
  if (self->held)
    g_application_release (self->application);
  self->held = FALSE;
  unknot_safety_gate_clear (&self->gate);

  G_OBJECT_CLASS (unknot_reminders_parent_class)->dispose (object);
}

static void
unknot_reminders_finalize (GObject *object)
{
  UnknotReminders *self = UNKNOT_REMINDERS (object);

  g_clear_object (&self->cancellable);
  g_free (self->background_problem);
  g_free (self->status);

  G_OBJECT_CLASS (unknot_reminders_parent_class)->finalize (object);
}

static void
unknot_reminders_class_init (UnknotRemindersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = unknot_reminders_get_property;
  object_class->dispose = unknot_reminders_dispose;
  object_class->finalize = unknot_reminders_finalize;

  /**
   * UnknotReminders:status:
   *
   * What the reminders are doing, for Preferences and the desktop's list of apps in
   * the background: "Next reminder at 18:00", and why they may not come when closed.
   * %NULL while they are off.
   */
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, NULL,
                                                 G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
unknot_reminders_init (UnknotReminders *self)
{
  self->wall_clock = system_wall_clock;
  self->cancellable = g_cancellable_new ();
}
