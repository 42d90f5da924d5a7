/* unknot-reminder-schedule.c: when a daily reminder is due
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A reminder is due at wall-clock times on chosen week days. The app checks every minute,
 * on resume from suspend and when the time zone changes, and each check compares the wall
 * clock with the plan: one long monotonic timeout would stand still during a suspend and
 * know nothing of zones or daylight saving time.
 *
 * An occurrence is known by its local date and time ("2026-11-21T18:00"), not by its
 * instant, and the state keeps the latest one handled. After a move west, the 18:00 that
 * was shown is not shown again when the clock reads 18:00 once more; on the night the
 * clocks go back, 02:30 is shown once. Keys of that fixed form sort as the times they name.
 */

#define G_LOG_DOMAIN "unknot-reminders"

#include "config.h"

#include <gio/gio.h>
#include <stdio.h>
#include <string.h>

#include "unknot-reminder-schedule-private.h"

/* Local time lies between UTC−12 and UTC+14. A handled occurrence further ahead of the wall
 * clock than that is not explained by travel: the clock was set back. */
#define MAX_ZONE_SHIFT_MINUTES (26 * 60)

/* g_date_get_julian() of 1970-01-01 */
#define UNIX_EPOCH_JULIAN 719163

static const char * const day_names[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

typedef struct
{
  GDate  date;
  guint  minute;                          /* after local midnight */
  gint64 instant;                         /* UTC microseconds, in the zone in force */
  char   key[UNKNOT_REMINDER_KEY_SIZE];
} Occurrence;

static gboolean
parse_time_of_day (const char *text,
                   guint16    *minutes)
{
  guint hours, mins;

  if (strlen (text) != 5 || text[2] != ':' ||
      !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[1]) ||
      !g_ascii_isdigit (text[3]) || !g_ascii_isdigit (text[4]))
    return FALSE;

  hours = (text[0] - '0') * 10 + (text[1] - '0');
  mins = (text[3] - '0') * 10 + (text[4] - '0');
  if (hours > 23 || mins > 59)
    return FALSE;

  *minutes = (guint16) (hours * 60 + mins);
  return TRUE;
}

/**
 * unknot_reminder_plan_parse:
 * @plan: (out caller-allocates): the plan; left alone on failure
 * @days: (nullable) (array zero-terminated=1): week days, each one of "mon", "tue", "wed",
 *   "thu", "fri", "sat" or "sun"
 * @times: (nullable) (array zero-terminated=1): times of day, each "HH:MM" (00:00 to 23:59)
 *   in any order; repeats count once
 *
 * Reads a plan as the settings keep it.
 *
 * Returns: whether all was understood; otherwise @error (%G_IO_ERROR_INVALID_DATA) names
 *   the value that was not
 */
gboolean
unknot_reminder_plan_parse (UnknotReminderPlan  *plan,
                            const char * const  *days,
                            const char * const  *times,
                            GError             **error)
{
  UnknotReminderPlan parsed = { 0 };

  g_return_val_if_fail (plan != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; days != NULL && days[i] != NULL; i++)
    {
      guint day = 0;

      while (day < G_N_ELEMENTS (day_names) && strcmp (days[i], day_names[day]) != 0)
        day++;
      if (day == G_N_ELEMENTS (day_names))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "“%s” is not a week day (mon, tue, wed, thu, fri, sat or sun)", days[i]);
          return FALSE;
        }
      parsed.days |= (guint8) (1u << day);
    }

  for (guint i = 0; times != NULL && times[i] != NULL; i++)
    {
      guint16 minutes;
      guint at = 0;

      if (!parse_time_of_day (times[i], &minutes))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "“%s” is not a time of day (HH:MM, from 00:00 to 23:59)", times[i]);
          return FALSE;
        }

      while (at < parsed.n_times && parsed.times[at] < minutes)
        at++;
      if (at < parsed.n_times && parsed.times[at] == minutes)
        continue;
      if (parsed.n_times == UNKNOT_REMINDER_MAX_TIMES)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "More than %d times of day", UNKNOT_REMINDER_MAX_TIMES);
          return FALSE;
        }
      memmove (&parsed.times[at + 1], &parsed.times[at],
               (parsed.n_times - at) * sizeof parsed.times[0]);
      parsed.times[at] = minutes;
      parsed.n_times++;
    }

  *plan = parsed;
  return TRUE;
}

/**
 * unknot_reminder_plan_format:
 * @days: (out) (transfer full) (array zero-terminated=1): the week days, Monday first,
 *   as unknot_reminder_plan_parse() reads them
 * @times: (out) (transfer full) (array zero-terminated=1): the times of day, "HH:MM"
 *
 * Writes a plan as the settings keep it.
 */
void
unknot_reminder_plan_format (const UnknotReminderPlan  *plan,
                             GStrv                     *days,
                             GStrv                     *times)
{
  g_autoptr (GStrvBuilder) day_builder = g_strv_builder_new ();
  g_autoptr (GStrvBuilder) time_builder = g_strv_builder_new ();

  g_return_if_fail (plan != NULL && plan->n_times <= UNKNOT_REMINDER_MAX_TIMES);
  g_return_if_fail (days != NULL && times != NULL);

  for (guint day = 0; day < G_N_ELEMENTS (day_names); day++)
    if (plan->days & (1u << day))
      g_strv_builder_add (day_builder, day_names[day]);
  for (guint i = 0; i < plan->n_times; i++)
    g_strv_builder_take (time_builder, g_strdup_printf ("%02u:%02u",
                                                        plan->times[i] / 60u,
                                                        plan->times[i] % 60u));

  *days = g_strv_builder_end (day_builder);
  *times = g_strv_builder_end (time_builder);
}

/**
 * unknot_reminder_plan_is_empty:
 *
 * Returns: whether the plan has no day or no time, so that it never reminds
 */
gboolean
unknot_reminder_plan_is_empty (const UnknotReminderPlan *plan)
{
  g_return_val_if_fail (plan != NULL, TRUE);

  return (plan->days & 0x7f) == 0 || plan->n_times == 0;
}

static guint
day_bit (const GDate *date)
{
  return 1u << (g_date_get_weekday (date) - 1);
}

static void
format_key (const GDate *date,
            guint        minute,
            char         key[UNKNOT_REMINDER_KEY_SIZE])
{
  g_snprintf (key, UNKNOT_REMINDER_KEY_SIZE, "%04u-%02u-%02uT%02u:%02u",
              g_date_get_year (date), g_date_get_month (date), g_date_get_day (date),
              minute / 60, minute % 60);
}

/* Reads a key written by format_key(), and nothing else: only that form sorts right.
 * @key is a buffer of UNKNOT_REMINDER_KEY_SIZE that may hold anything. */
static gboolean
parse_key (const char *key,
           GDate      *date,
           guint      *minute)
{
  guint year, month, day, hours, mins;
  char again[UNKNOT_REMINDER_KEY_SIZE];

  if (memchr (key, '\0', UNKNOT_REMINDER_KEY_SIZE) == NULL ||
      strlen (key) != UNKNOT_REMINDER_KEY_SIZE - 1 ||
      sscanf (key, "%4u-%2u-%2uT%2u:%2u", &year, &month, &day, &hours, &mins) != 5 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year) ||
      hours > 23 || mins > 59)
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  *minute = hours * 60 + mins;
  format_key (date, *minute, again);
  return strcmp (again, key) == 0;
}

static gint64
wall_minutes (const GDate *date,
              guint        minute)
{
  return (gint64) g_date_get_julian (date) * 24 * 60 + minute;
}

static void
read_wall_clock (GDateTime *now,
                 GDate     *date,
                 guint     *minute)
{
  int year, month, day;

  g_date_time_get_ymd (now, &year, &month, &day);
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  *minute = (guint) (g_date_time_get_hour (now) * 60 + g_date_time_get_minute (now));
}

/* The instant at which the wall clock of @zone first reads @minute on @date. A time the
 * clocks skip when they go forward comes at the first instant after the gap (02:30 at
 * 03:00); a time they read twice when they go back, the first time. g_date_time_new() takes
 * the second of the two, hence daylight time asked for here: the earlier of two readings
 * is the one still in daylight time. */
static gint64
first_instant (GTimeZone   *zone,
               const GDate *date,
               guint        minute)
{
  gint64 seconds = ((gint64) g_date_get_julian (date) - UNIX_EPOCH_JULIAN) * 24 * 3600 +
                   (gint64) minute * 60;
  int interval = g_time_zone_adjust_time (zone, G_TIME_TYPE_DAYLIGHT, &seconds);

  return (seconds - g_time_zone_get_offset (zone, interval)) * G_USEC_PER_SEC;
}

static void
occurrence_init (Occurrence  *occurrence,
                 const GDate *date,
                 guint        minute,
                 GTimeZone   *zone)
{
  occurrence->date = *date;
  occurrence->minute = minute;
  occurrence->instant = first_instant (zone, date, minute);
  format_key (date, minute, occurrence->key);
}

static gboolean
day_is_done (const GDate           *date,
             UnknotReminderDayDone  day_done,
             gpointer               user_data)
{
  char text[11];

  if (day_done == NULL)
    return FALSE;
  g_snprintf (text, sizeof text, "%04u-%02u-%02u",
              g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
  return day_done (text, user_data);
}

static void
clear_snooze (UnknotReminderState *state)
{
  state->snoozed_until = 0;
  state->snoozed_key[0] = '\0';
}

/* Makes @state sound before it is used. A damaged key is forgotten. A handled key so far
 * ahead of the wall clock that no change of zone explains it, and a snooze longer than a
 * snooze, mean the clock was set back: both are brought back to now, or no reminder would
 * come until the clock caught up again. */
static void
repair_state (UnknotReminderState *state,
              const GDate         *today,
              guint                minute,
              gint64               now)
{
  GDate date;
  guint key_minute;

  if (!parse_key (state->last_key, &date, &key_minute))
    memset (state->last_key, 0, sizeof state->last_key);
  else if (wall_minutes (&date, key_minute) - wall_minutes (today, minute) > MAX_ZONE_SHIFT_MINUTES)
    format_key (today, minute, state->last_key);

  if (state->snoozed_until == 0 || !parse_key (state->snoozed_key, &date, &key_minute))
    clear_snooze (state);
  else if (state->snoozed_until > now + UNKNOT_REMINDER_SNOOZE)
    state->snoozed_until = now + UNKNOT_REMINDER_SNOOZE;
}

/* The latest occurrence whose time has come, a week back at the most */
static gboolean
find_latest_due (const UnknotReminderPlan *plan,
                 GTimeZone                *zone,
                 const GDate              *today,
                 gint64                    now,
                 Occurrence               *found)
{
  GDate date = *today;

  for (guint back = 0; back <= 7; back++, g_date_subtract_days (&date, 1))
    {
      if (!(plan->days & day_bit (&date)))
        continue;
      for (guint i = plan->n_times; i-- > 0;)
        {
          occurrence_init (found, &date, plan->times[i], zone);
          if (found->instant <= now)
            return TRUE;
        }
    }
  return FALSE;
}

static UnknotReminderVerdict
show (const char  *key,
      char       **shown_key)
{
  if (shown_key != NULL)
    *shown_key = g_strdup (key);
  return UNKNOT_REMINDER_SHOW;
}

/**
 * unknot_reminder_check:
 * @plan: when the user wants to be reminded
 * @state: what earlier checks remembered; updated (the app keeps it when it changed, see
 *   unknot_reminder_state_equal())
 * @now: the wall clock, in the zone in force now (unknot_reminder_get_local_zone())
 * @day_done: (scope call) (nullable): whether a day's session was done already
 * @shown_key: (out) (optional) (transfer full): with %UNKNOT_REMINDER_SHOW, the occurrence
 *   to show, for unknot_reminder_snooze(); %NULL otherwise
 *
 * Decides whether a reminder is to be shown now. Meant to be called every minute, on
 * resume from suspend and when the time zone changed; calling more often does no harm.
 *
 * The latest occurrence that has come and was not handled yet is shown once, unless its
 * day is done or it is more than %UNKNOT_REMINDER_MISSED_LIMIT old (the computer was off
 * or asleep): then it is dropped silently, and so are older ones missed with it. A
 * snoozed reminder is shown again when its time has come, by the same rules; a new one
 * shown takes its place. The first check of a new state shows nothing from before now.
 *
 * Returns: %UNKNOT_REMINDER_SHOW when a reminder is to be shown now
 */
UnknotReminderVerdict
unknot_reminder_check (const UnknotReminderPlan  *plan,
                       UnknotReminderState       *state,
                       GDateTime                 *now,
                       UnknotReminderDayDone      day_done,
                       gpointer                   user_data,
                       char                     **shown_key)
{
  GDate today;
  guint minute;
  gint64 now_us;
  Occurrence latest;

  if (shown_key != NULL)
    *shown_key = NULL;
  g_return_val_if_fail (plan != NULL && plan->n_times <= UNKNOT_REMINDER_MAX_TIMES,
                        UNKNOT_REMINDER_NOTHING);
  g_return_val_if_fail (state != NULL, UNKNOT_REMINDER_NOTHING);
  g_return_val_if_fail (now != NULL, UNKNOT_REMINDER_NOTHING);

  now_us = g_date_time_to_unix_usec (now);
  read_wall_clock (now, &today, &minute);
  repair_state (state, &today, minute, now_us);

  /* A new install, or reminders just turned on: nothing for times already past today.
   * Now's own minute counts as past too, so that setting a reminder for the current
   * minute in Preferences does not fire under the user's hands. */
  if (state->last_key[0] == '\0')
    format_key (&today, minute, state->last_key);

  if (find_latest_due (plan, g_date_time_get_timezone (now), &today, now_us, &latest) &&
      strcmp (latest.key, state->last_key) > 0)
    {
      /* Older ones missed as well go with it: one reminder at the most, never a flood. */
      g_strlcpy (state->last_key, latest.key, sizeof state->last_key);
      if (now_us - latest.instant <= UNKNOT_REMINDER_MISSED_LIMIT &&
          !day_is_done (&latest.date, day_done, user_data))
        {
          clear_snooze (state);
          return show (latest.key, shown_key);
        }
    }

  if (state->snoozed_until != 0 && now_us >= state->snoozed_until)
    {
      char key[UNKNOT_REMINDER_KEY_SIZE];
      gint64 until = state->snoozed_until;
      GDate date;
      guint key_minute;

      g_strlcpy (key, state->snoozed_key, sizeof key);
      clear_snooze (state);
      if (parse_key (key, &date, &key_minute) &&
          now_us - until <= UNKNOT_REMINDER_MISSED_LIMIT &&
          !day_is_done (&date, day_done, user_data))
        return show (key, shown_key);
    }

  return UNKNOT_REMINDER_NOTHING;
}

/**
 * unknot_reminder_snooze:
 * @key: the occurrence shown, as unknot_reminder_check() gave it
 * @now: the wall clock
 *
 * "Snooze 15 minutes": the reminder is shown again %UNKNOT_REMINDER_SNOOZE from now,
 * unless the day is done by then. A later snooze replaces an earlier one.
 */
void
unknot_reminder_snooze (UnknotReminderState *state,
                        const char          *key,
                        GDateTime           *now)
{
  char known[UNKNOT_REMINDER_KEY_SIZE] = "";
  GDate date;
  guint minute;

  g_return_if_fail (state != NULL);
  g_return_if_fail (key != NULL);
  g_return_if_fail (now != NULL);

  g_strlcpy (known, key, sizeof known);
  g_return_if_fail (strcmp (known, key) == 0 && parse_key (known, &date, &minute));

  state->snoozed_until = g_date_time_to_unix_usec (now) + UNKNOT_REMINDER_SNOOZE;
  g_strlcpy (state->snoozed_key, key, sizeof state->snoozed_key);
  /* what was snoozed counts as handled, or a check could show it a second time as new */
  if (!parse_key (state->last_key, &date, &minute) || strcmp (key, state->last_key) > 0)
    g_strlcpy (state->last_key, key, sizeof state->last_key);
}

/**
 * unknot_reminder_state_plan_changed:
 * @now: the wall clock
 *
 * To be called when the plan changed or reminders were turned on: times already past
 * today are not reminded of (adding 17:00 at 17:30 does not remind at once). A snooze
 * stays.
 */
void
unknot_reminder_state_plan_changed (UnknotReminderState *state,
                                    GDateTime           *now)
{
  GDate today;
  guint minute;
  char now_key[UNKNOT_REMINDER_KEY_SIZE];

  g_return_if_fail (state != NULL);
  g_return_if_fail (now != NULL);

  read_wall_clock (now, &today, &minute);
  repair_state (state, &today, minute, g_date_time_to_unix_usec (now));
  format_key (&today, minute, now_key);
  /* never back: after a move west, what was shown stays shown */
  if (strcmp (now_key, state->last_key) > 0)
    g_strlcpy (state->last_key, now_key, sizeof state->last_key);
}

/**
 * unknot_reminder_state_equal:
 *
 * Returns: whether the two states are the same, so that a check changed nothing to keep
 */
gboolean
unknot_reminder_state_equal (const UnknotReminderState *a,
                             const UnknotReminderState *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return strncmp (a->last_key, b->last_key, UNKNOT_REMINDER_KEY_SIZE) == 0 &&
         a->snoozed_until == b->snoozed_until &&
         strncmp (a->snoozed_key, b->snoozed_key, UNKNOT_REMINDER_KEY_SIZE) == 0;
}

/**
 * unknot_reminder_next_due:
 * @now: the wall clock, in the zone in force now
 * @day_done: (scope call) (nullable): whether a day's session was done already
 *
 * When the next reminder comes, for a status such as "Next reminder at 18:00" and to arm
 * a timer (the minute checks stay: a timer knows nothing of suspend or zones). Meant to be
 * asked after unknot_reminder_check(): an occurrence due and not checked yet is not
 * counted. A day done has no reminder left; tomorrow's are counted.
 *
 * Returns: (transfer full) (nullable): the next occurrence or snoozed reminder after @now,
 *   in @now's zone; %NULL when there is none (an empty plan, no snooze)
 */
GDateTime *
unknot_reminder_next_due (const UnknotReminderPlan  *plan,
                          const UnknotReminderState *state,
                          GDateTime                 *now,
                          UnknotReminderDayDone      day_done,
                          gpointer                   user_data)
{
  UnknotReminderState sound;
  GTimeZone *zone;
  GDate today, date;
  guint minute;
  gint64 now_us, next = G_MAXINT64;
  gboolean found = FALSE;
  g_autoptr (GDateTime) utc = NULL;

  g_return_val_if_fail (plan != NULL && plan->n_times <= UNKNOT_REMINDER_MAX_TIMES, NULL);
  g_return_val_if_fail (state != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  zone = g_date_time_get_timezone (now);
  now_us = g_date_time_to_unix_usec (now);
  read_wall_clock (now, &today, &minute);
  sound = *state;
  repair_state (&sound, &today, minute, now_us);
  if (sound.last_key[0] == '\0')
    format_key (&today, minute, sound.last_key);

  if (sound.snoozed_until > now_us)
    {
      guint key_minute;

      if (parse_key (sound.snoozed_key, &date, &key_minute) &&
          !day_is_done (&date, day_done, user_data))
        next = sound.snoozed_until;
    }

  /* Today and a week on: every week day comes once more after today. In key order the
   * instants never go back, so the first one found is the earliest. */
  date = today;
  for (guint ahead = 0; ahead <= 7 && !found; ahead++, g_date_add_days (&date, 1))
    {
      if (!(plan->days & day_bit (&date)))
        continue;
      for (guint i = 0; i < plan->n_times; i++)
        {
          Occurrence occurrence;

          occurrence_init (&occurrence, &date, plan->times[i], zone);
          if (occurrence.instant <= now_us || strcmp (occurrence.key, sound.last_key) <= 0)
            continue;
          /* a day done has no reminder left */
          if (!day_is_done (&date, day_done, user_data))
            {
              next = MIN (next, occurrence.instant);
              found = TRUE;
            }
          break;
        }
    }

  if (next == G_MAXINT64)
    return NULL;
  utc = g_date_time_new_from_unix_utc_usec (next);
  return g_date_time_to_timezone (utc, zone);
}

/* A zone's name as flatpak writes it: no path of its own, nothing but a name */
static gboolean
is_zone_name (const char *name)
{
  if (*name == '\0' || *name == '/' || strstr (name, "..") != NULL)
    return FALSE;
  for (const char *p = name; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && strchr ("/_+-", *p) == NULL)
      return FALSE;
  return TRUE;
}

/* What GLib 2.84 does (read in its gtimezone.c, and tried by relinking /etc/localtime
 * under a running process): g_time_zone_new_local() follows TZ and keeps its zone while
 * TZ stays the same; with TZ unset it asks g_time_zone_new_identifier (NULL) every time.
 * That one ignores TZ; on every call it follows the /etc/localtime link (or reads
 * /etc/timezone or /var/db/zoneinfo where that is no link) and reuses the zone it loaded
 * while the name found stays the same. A new zone set with timedatectl relinks
 * /etc/localtime, so it is seen at the next call. It misses two cases:
 * - /etc/localtime a copy rather than a link, with no /etc/timezone: it gives NULL (and
 *   g_time_zone_new_local() UTC), so the copy is read by its path here;
 * - a Flatpak sandbox, where /etc/localtime leads to a file named the same whatever the
 *   zone, so the zone loaded first stays. Flatpak's session helper keeps the host zone's
 *   name up to date in a file of its own (@zone_name_file), read first here. */
GTimeZone *
unknot_reminder_load_local_zone (const char *tz,
                                 const char *zone_name_file)
{
  GTimeZone *zone = NULL;
  g_autofree char *name = NULL;

  /* TZ wins, as it does for the C library */
  if (tz != NULL && *tz != '\0')
    zone = g_time_zone_new_identifier (tz);
  if (zone == NULL && zone_name_file != NULL &&
      g_file_get_contents (zone_name_file, &name, NULL, NULL) &&
      is_zone_name (g_strstrip (name)))
    zone = g_time_zone_new_identifier (name);
  if (zone == NULL)
    zone = g_time_zone_new_identifier (NULL);
  if (zone == NULL && g_file_test ("/etc/localtime", G_FILE_TEST_IS_REGULAR))
    zone = g_time_zone_new_identifier ("/etc/localtime");
  if (zone == NULL)
    zone = g_time_zone_new_utc ();
  return zone;
}

/**
 * unknot_reminder_get_local_zone:
 *
 * The zone in force now, read again from the system on every call, where
 * g_time_zone_new_local() may keep an old one (see unknot-reminder-schedule.c). Cheap
 * enough for a check every minute: a zone is loaded again only when its name changed.
 *
 * Returns: (transfer full): the local time zone
 */
GTimeZone *
unknot_reminder_get_local_zone (void)
{
  return unknot_reminder_load_local_zone (g_getenv ("TZ"), UNKNOT_REMINDER_SANDBOX_ZONE_FILE);
}
