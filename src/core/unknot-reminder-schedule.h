/* unknot-reminder-schedule.h: when a daily reminder is due
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define UNKNOT_REMINDER_MAX_TIMES      8
/* "YYYY-MM-DDTHH:MM" and its NUL */
#define UNKNOT_REMINDER_KEY_SIZE       17
#define UNKNOT_REMINDER_SNOOZE         (15 * G_TIME_SPAN_MINUTE)
/* A reminder missed while the computer was off or asleep is still shown this long after
 * its time, and dropped after. */
#define UNKNOT_REMINDER_MISSED_LIMIT   (2 * G_TIME_SPAN_HOUR)

/**
 * UnknotReminderPlan:
 * @days: the week days with reminders, bit (g_date_weekday() - 1): bit 0 Monday … bit 6 Sunday
 * @times: the times of day, in minutes after local midnight, ascending, no repeats
 * @n_times: how many of @times are used
 *
 * When the user wants to be reminded. Made from the settings by unknot_reminder_plan_parse().
 */
typedef struct
{
  guint8  days;
  guint16 times[UNKNOT_REMINDER_MAX_TIMES];
  guint   n_times;
} UnknotReminderPlan;

/**
 * UnknotReminderState:
 * @last_key: the latest occurrence handled (shown or dropped), as its local date and time
 *   "YYYY-MM-DDTHH:MM"; "" before the first check
 * @snoozed_until: when a snoozed reminder is due again, in UTC microseconds; 0 if none
 * @snoozed_key: the occurrence that was snoozed
 *
 * What the checks remember; the app keeps it in its settings. All zero is a new state.
 */
typedef struct
{
  char   last_key[UNKNOT_REMINDER_KEY_SIZE];
  gint64 snoozed_until;
  char   snoozed_key[UNKNOT_REMINDER_KEY_SIZE];
} UnknotReminderState;

typedef enum
{
  UNKNOT_REMINDER_NOTHING,
  UNKNOT_REMINDER_SHOW,
} UnknotReminderVerdict;

/**
 * UnknotReminderDayDone:
 * @local_date: a local date, YYYY-MM-DD
 *
 * Returns: whether a session was done that day already, so that its reminder is not needed
 */
typedef gboolean (*UnknotReminderDayDone) (const char *local_date,
                                           gpointer    user_data);

gboolean   unknot_reminder_plan_parse         (UnknotReminderPlan        *plan,
                                               const char * const        *days,
                                               const char * const        *times,
                                               GError                   **error);
void       unknot_reminder_plan_format        (const UnknotReminderPlan  *plan,
                                               GStrv                     *days,
                                               GStrv                     *times);
gboolean   unknot_reminder_plan_is_empty      (const UnknotReminderPlan  *plan);

void       unknot_reminder_state_plan_changed (UnknotReminderState       *state,
                                               GDateTime                 *now);
gboolean   unknot_reminder_state_equal        (const UnknotReminderState *a,
                                               const UnknotReminderState *b);

UnknotReminderVerdict
           unknot_reminder_check              (const UnknotReminderPlan  *plan,
                                               UnknotReminderState       *state,
                                               GDateTime                 *now,
                                               UnknotReminderDayDone      day_done,
                                               gpointer                   user_data,
                                               char                     **shown_key);
void       unknot_reminder_snooze             (UnknotReminderState       *state,
                                               const char                *key,
                                               GDateTime                 *now);
GDateTime *unknot_reminder_next_due           (const UnknotReminderPlan  *plan,
                                               const UnknotReminderState *state,
                                               GDateTime                 *now,
                                               UnknotReminderDayDone      day_done,
                                               gpointer                   user_data);

GTimeZone *unknot_reminder_get_local_zone     (void);

G_END_DECLS
