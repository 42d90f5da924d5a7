/* test-reminder-schedule.c: when daily reminders are due, with injected times and zones
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The zones come from the system's tzdata (Priority: required in Debian, so in every build
 * root); setup() fails when one cannot be loaded rather than testing against UTC.
 */

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include <glib/gstdio.h>

#include "unknot-reminder-schedule-private.h"

static GTimeZone *berlin, *new_york, *tokyo, *utc;

/* The wall clock of @zone at @iso8601: a local time, or one in UTC ending in Z */
static GDateTime *
at (GTimeZone  *zone,
    const char *iso8601)
{
  g_autoptr(GDateTime) parsed = g_date_time_new_from_iso8601 (iso8601, zone);

  assert_non_null (parsed);
  return g_date_time_to_timezone (parsed, zone);
}

/* A plan from comma-separated days ("all" for every day) and times */
static UnknotReminderPlan
plan_of (const char *days,
         const char *times)
{
  UnknotReminderPlan plan;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) day_list = g_strsplit (g_str_equal (days, "all") ? "mon,tue,wed,thu,fri,sat,sun" : days, ",", -1);
  g_auto(GStrv) time_list = g_strsplit (times, ",", -1);

  if (!unknot_reminder_plan_parse (&plan, (const char * const *) day_list,
                                   (const char * const *) time_list, &error))
    fail_msg ("%s", error->message);
  return plan;
}

static gboolean
day_done_cb (const char *local_date,
             gpointer    user_data)
{
  return user_data != NULL && g_hash_table_contains (user_data, local_date);
}

static GHashTable *
done_days (const char *first,
           ...)
{
  GHashTable *done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  va_list args;

  va_start (args, first);
  for (const char *date = first; date != NULL; date = va_arg (args, const char *))
    g_hash_table_add (done, g_strdup (date));
  va_end (args);
  return done;
}

/* One check; returns the key shown, or NULL. The verdict and the key agree. */
static char *
check (const UnknotReminderPlan *plan,
       UnknotReminderState      *state,
       GDateTime                *now,
       GHashTable               *done)
{
  char *shown = (char *) "not set";
  UnknotReminderVerdict verdict = unknot_reminder_check (plan, state, now, day_done_cb, done, &shown);

  assert_true ((verdict == UNKNOT_REMINDER_SHOW) == (shown != NULL));
  return shown;
}

/* Checks once a minute from @from to @to inclusive, in @zone, as the app does. Returns
 * what was shown, each "KEY@UTC-TIME-OF-THE-CHECK", separated by spaces. */
static char *
run_minutes (const UnknotReminderPlan *plan,
             UnknotReminderState      *state,
             GTimeZone                *zone,
             GDateTime                *from,
             GDateTime                *to,
             GHashTable               *done)
{
  GString *shown = g_string_new (NULL);

  for (gint64 t = g_date_time_to_unix (from); t <= g_date_time_to_unix (to); t += 60)
    {
      g_autoptr(GDateTime) instant = g_date_time_new_from_unix_utc (t);
      g_autoptr(GDateTime) now = g_date_time_to_timezone (instant, zone);
      g_autofree char *key = check (plan, state, now, done);

      if (key != NULL)
        {
          g_autofree char *when = g_date_time_format (instant, "%Y-%m-%dT%H:%MZ");

          g_string_append_printf (shown, "%s%s@%s", shown->len > 0 ? " " : "", key, when);
        }
    }
  return g_string_free (shown, FALSE);
}

/* A state that has seen the reminders up to @key */
static UnknotReminderState
state_after (const char *key)
{
  UnknotReminderState state = { 0 };

  g_strlcpy (state.last_key, key, sizeof state.last_key);
  return state;
}

static void
assert_next_due (const UnknotReminderPlan  *plan,
                 const UnknotReminderState *state,
                 GDateTime                 *now,
                 GHashTable                *done,
                 const char                *expected)
{
  g_autoptr(GDateTime) next = unknot_reminder_next_due (plan, state, now, day_done_cb, done);
  g_autofree char *text = NULL;

  if (expected == NULL)
    {
      assert_null (next);
      return;
    }
  assert_non_null (next);
  /* in the zone of now, as a status shows it */
  assert_string_equal (g_time_zone_get_identifier (g_date_time_get_timezone (next)),
                       g_time_zone_get_identifier (g_date_time_get_timezone (now)));
  text = g_date_time_format_iso8601 (next);
  assert_string_equal (text, expected);
}

/* Field by field: the padding between them holds anything */
static void
assert_same_plan (const UnknotReminderPlan *a,
                  const UnknotReminderPlan *b)
{
  assert_int_equal (a->days, b->days);
  assert_int_equal (a->n_times, b->n_times);
  for (guint i = 0; i < a->n_times; i++)
    assert_int_equal (a->times[i], b->times[i]);
}

static void
test_plan_parse_and_format (void **unused)
{
  const char * const days[] = { "sun", "mon", "fri", "mon", NULL };
  const char * const times[] = { "18:00", "07:05", "23:59", "00:00", "18:00", NULL };
  UnknotReminderPlan plan, kept;
  g_auto(GStrv) day_text = NULL;
  g_auto(GStrv) time_text = NULL;
  UnknotReminderPlan again;
  static const struct {
    const char *day;
    const char *time;
    const char *message;
  } bad[] = {
    { "funday", "18:00", "“funday” is not a week day" },
    { "Mon", "18:00", "“Mon” is not a week day" },
    { "", "18:00", "“” is not a week day" },
    { "mon", "24:00", "“24:00” is not a time of day" },
    { "mon", "07:60", "“07:60” is not a time of day" },
    { "mon", "7:30", "“7:30” is not a time of day" },
    { "mon", "07:3a", "“07:3a” is not a time of day" },
    { "mon", "07:30:00", "“07:30:00” is not a time of day" },
    { "mon", " 7:30", "“ 7:30” is not a time of day" },
    { "mon", "", "“” is not a time of day" },
  };
  const char * const nine[] = { "01:00", "02:00", "03:00", "04:00", "05:00", "06:00", "07:00",
                                "08:00", "09:00", NULL };

  assert_true (unknot_reminder_plan_parse (&plan, days, times, NULL));
  assert_int_equal (plan.days, 1 << 0 | 1 << 4 | 1 << 6);
  assert_int_equal (plan.n_times, 4);
  assert_int_equal (plan.times[0], 0);
  assert_int_equal (plan.times[1], 7 * 60 + 5);
  assert_int_equal (plan.times[2], 18 * 60);
  assert_int_equal (plan.times[3], 23 * 60 + 59);
  assert_false (unknot_reminder_plan_is_empty (&plan));

  unknot_reminder_plan_format (&plan, &day_text, &time_text);
  assert_int_equal (g_strv_length (day_text), 3);
  assert_string_equal (day_text[0], "mon");
  assert_string_equal (day_text[1], "fri");
  assert_string_equal (day_text[2], "sun");
  assert_int_equal (g_strv_length (time_text), 4);
  assert_string_equal (time_text[0], "00:00");
  assert_string_equal (time_text[1], "07:05");
  assert_string_equal (time_text[3], "23:59");
  assert_true (unknot_reminder_plan_parse (&again, (const char * const *) day_text,
                                           (const char * const *) time_text, NULL));
  assert_same_plan (&again, &plan);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      const char * const bad_days[] = { bad[i].day, NULL };
      const char * const bad_times[] = { "08:00", bad[i].time, NULL };
      g_autoptr(GError) error = NULL;

      kept = plan;
      assert_false (unknot_reminder_plan_parse (&kept, bad_days, bad_times, &error));
      assert_true (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA));
      if (strstr (error->message, bad[i].message) == NULL)
        fail_msg ("case %u: “%s” does not say “%s”", i, error->message, bad[i].message);
      /* a plan that failed to parse changes nothing */
      assert_same_plan (&kept, &plan);
    }

  {
    g_autoptr(GError) error = NULL;
    const char * const one_day[] = { "mon", NULL };

    assert_false (unknot_reminder_plan_parse (&kept, one_day, nine, &error));
    assert_non_null (strstr (error->message, "More than 8"));
    /* eight are fine, and so is a ninth that repeats one */
    assert_true (unknot_reminder_plan_parse (&kept, one_day, (const char * const[]) {
      "01:00", "02:00", "03:00", "04:00", "05:00", "06:00", "07:00", "08:00", "01:00", NULL }, NULL));
    assert_int_equal (kept.n_times, 8);
  }

  /* no days, or no times: reminders off */
  assert_true (unknot_reminder_plan_parse (&kept, NULL, times, NULL));
  assert_true (unknot_reminder_plan_is_empty (&kept));
  assert_true (unknot_reminder_plan_parse (&kept, days, NULL, NULL));
  assert_true (unknot_reminder_plan_is_empty (&kept));
}

/* A new install at 18:30 does not remind of 18:00, nor of the current minute */
static void
test_first_check (void **unused)
{
  UnknotReminderPlan plan = plan_of ("all", "18:00,18:30");
  UnknotReminderState state = { 0 };
  g_autoptr(GDateTime) from = at (berlin, "2026-11-21T18:30:00");
  g_autoptr(GDateTime) to = at (berlin, "2026-11-22T18:40:00");
  g_autofree char *shown = NULL;

  shown = run_minutes (&plan, &state, berlin, from, to, NULL);
  assert_string_equal (shown, "2026-11-22T18:00@2026-11-22T17:00Z 2026-11-22T18:30@2026-11-22T17:30Z");
}

/* Several times a day, checked every minute: each once, on time */
static void
test_several_times_a_day (void **unused)
{
  UnknotReminderPlan plan = plan_of ("all", "12:30,08:00,18:00");
  UnknotReminderState state = state_after ("2026-11-20T18:00");
  g_autoptr(GDateTime) from = at (tokyo, "2026-11-21T00:00:00");
  g_autoptr(GDateTime) to = at (tokyo, "2026-11-21T23:59:00");
  g_autofree char *shown = run_minutes (&plan, &state, tokyo, from, to, NULL);

  assert_string_equal (shown, "2026-11-21T08:00@2026-11-20T23:00Z "
                              "2026-11-21T12:30@2026-11-21T03:30Z "
                              "2026-11-21T18:00@2026-11-21T09:00Z");
  assert_string_equal (state.last_key, "2026-11-21T18:00");
}

/* Monday, Wednesday and Friday only */
static void
test_week_days (void **unused)
{
  UnknotReminderPlan plan = plan_of ("fri,mon,wed", "18:00");
  UnknotReminderState state = state_after ("2026-11-13T18:00");
  g_autoptr(GDateTime) from = at (utc, "2026-11-15T12:00:00");
  g_autoptr(GDateTime) to = at (utc, "2026-11-23T23:00:00");
  g_autofree char *shown = run_minutes (&plan, &state, utc, from, to, NULL);

  /* 2026-11-16 is a Monday */
  assert_string_equal (shown, "2026-11-16T18:00@2026-11-16T18:00Z "
                              "2026-11-18T18:00@2026-11-18T18:00Z "
                              "2026-11-20T18:00@2026-11-20T18:00Z "
                              "2026-11-23T18:00@2026-11-23T18:00Z");
}

/* A session done that day: no reminder, and the next day's comes */
static void
test_day_done (void **unused)
{
  UnknotReminderPlan plan = plan_of ("all", "08:00,18:00");
  UnknotReminderState state = state_after ("2026-11-20T18:00");
  g_autoptr(GHashTable) done = done_days ("2026-11-21", NULL);
  g_autoptr(GDateTime) from = at (berlin, "2026-11-21T07:00:00");
  g_autoptr(GDateTime) to = at (berlin, "2026-11-22T09:00:00");
  g_autoptr(GDateTime) morning = at (berlin, "2026-11-21T07:00:00");
  g_autofree char *shown = NULL;

  /* the status says tomorrow, not a reminder that will not come */
  assert_next_due (&plan, &state, morning, done, "2026-11-22T08:00:00+01");

  shown = run_minutes (&plan, &state, berlin, from, to, done);
  assert_string_equal (shown, "2026-11-22T08:00@2026-11-22T07:00Z");
}

/* Asleep across 18:00: shown once on waking within two hours, dropped after */
static void
test_suspend_across_due_time (void **unused)
{
  UnknotReminderPlan plan = plan_of ("all", "18:00");
  static const struct {
    int         hour;
    int         minute;
    const char *shown;   /* on waking */
  } wakes[] = {
    { 18, 40, "2026-11-21T18:00" },
    { 20, 0, "2026-11-21T18:00" },
    { 20, 1, NULL },
    { 20, 30, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (wakes); i++)
    {
      UnknotReminderState state = state_after ("2026-11-20T18:00");
      g_autoptr(GDateTime) before = at (berlin, "2026-11-21T17:59:00");
      g_autoptr(GDateTime) wake = g_date_time_new (berlin, 2026, 11, 21, wakes[i].hour, wakes[i].minute, 0);
      g_autoptr(GDateTime) after = g_date_time_add_minutes (wake, 1);
      g_autoptr(GDateTime) night = at (berlin, "2026-11-21T23:00:00");
      g_autofree char *at_17_59 = check (&plan, &state, before, NULL);
      g_autofree char *on_waking = check (&plan, &state, wake, NULL);
      g_autofree char *later = run_minutes (&plan, &state, berlin, after, night, NULL);

      assert_null (at_17_59);
      if (g_strcmp0 (on_waking, wakes[i].shown) != 0)
        fail_msg ("woken at %02d:%02d: shown %s", wakes[i].hour, wakes[i].minute, on_waking);
      assert_string_equal (later, "");
      /* handled either way: shown, or dropped silently */
      assert_string_equal (state.last_key, "2026-11-21T18:00");
    }
}

/* Off from Monday to Thursday: one reminder at the most, the latest, never a flood */
static void
test_missed_while_off (void **unused)
{
  UnknotReminderPlan plan = plan_of ("all", "08:00,12:00,18:00");
  UnknotReminderState state = state_after ("2026-11-16T08:00");
  g_autoptr(GDateTime) evening = at (new_york, "2026-11-19T19:00:00");
  g_autoptr(GDateTime) after = at (new_york, "2026-11-19T19:01:00");
  g_autoptr(GDateTime) next_morning = at (new_york, "2026-11-20T08:00:00");
  g_autoptr(GDateTime) night = at (new_york, "2026-11-19T21:00:00");
  g_autofree char *on_start = check (&plan, &state, evening, NULL);
  g_autofree char *until_morning = run_minutes (&plan, &state, new_york, after, next_morning, NULL);
  g_autofree char *late_start = NULL;

  assert_string_equal (on_start, "2026-11-19T18:00");
  assert_string_equal (until_morning, "2026-11-20T08:00@2026-11-20T13:00Z");

  /* started more than two hours after the last one: nothing at all */
  state = state_after ("2026-11-16T08:00");
  late_start = check (&plan, &state, night, NULL);
  assert_null (late_start);
  assert_string_equal (state.last_key, "2026-11-19T18:00");
}

/* Europe/Berlin, 2026-03-29: 02:00 becomes 03:00, so 02:30 does not exist that day */
static void
test_dst_spring_forward (void **unused)
{
  UnknotReminderPlan plan = plan_of ("all", "02:30,18:00");
  UnknotReminderState state = state_after ("2026-03-28T18:00");
  g_autoptr(GDateTime) from = at (berlin, "2026-03-28T20:00:00Z");
  g_autoptr(GDateTime) to = at (berlin, "2026-03-30T20:00:00Z");
  g_autoptr(GDateTime) evening_before = at (berlin, "2026-03-28T19:00:00");
  g_autofree char *shown = NULL;

  /* at the first instant after the gap, 03:00 CEST */
  assert_next_due (&plan, &state, evening_before, NULL, "2026-03-29T03:00:00+02");

  shown = run_minutes (&plan, &state, berlin, from, to, NULL);
  assert_string_equal (shown, "2026-03-29T02:30@2026-03-29T01:00Z "
                              "2026-03-29T18:00@2026-03-29T16:00Z "
                              "2026-03-30T02:30@2026-03-30T00:30Z "
                              "2026-03-30T18:00@2026-03-30T16:00Z");
}

/* Europe/Berlin, 2026-10-25: 03:00 becomes 02:00, so 02:30 comes twice: shown the first time */
static void
test_dst_fall_back (void **unused)
{
  UnknotReminderPlan plan = plan_of ("all", "02:30,18:00");
  UnknotReminderState state = state_after ("2026-10-24T18:00");
  g_autoptr(GDateTime) from = at (berlin, "2026-10-24T20:00:00Z");
  g_autoptr(GDateTime) to = at (berlin, "2026-10-25T20:00:00Z");
  g_autoptr(GDateTime) evening_before = at (berlin, "2026-10-24T19:00:00");
  g_autoptr(GDateTime) second_pass = at (berlin, "2026-10-25T01:35:00Z");
  g_autoptr(GDateTime) second_pass_end = at (berlin, "2026-10-25T03:00:00Z");
  g_autofree char *shown = NULL;
  g_autofree char *on_waking = NULL;
  g_autofree char *after_waking = NULL;

  assert_next_due (&plan, &state, evening_before, NULL, "2026-10-25T02:30:00+02");

  shown = run_minutes (&plan, &state, berlin, from, to, NULL);
  assert_string_equal (shown, "2026-10-25T02:30@2026-10-25T00:30Z "
                              "2026-10-25T18:00@2026-10-25T17:00Z");

  /* asleep through the first 02:30, woken at the second 02:35: shown once, then not again */
  state = state_after ("2026-10-24T18:00");
  on_waking = check (&plan, &state, second_pass, NULL);
  assert_string_equal (on_waking, "2026-10-25T02:30");
  after_waking = run_minutes (&plan, &state, berlin, second_pass, second_pass_end, NULL);
  assert_string_equal (after_waking, "");
}

/* The time zone changes, before or after the day's reminder, going west or east: checked
 * every minute in one zone, then from the move on in the other */
static void
test_zone_change (void **unused)
{
  UnknotReminderPlan plan = plan_of ("all", "08:00,18:00");
  static const struct {
    const char  *trip;
    GTimeZone  **first;
    const char  *first_from, *first_to, *first_shown;   /* local times */
    GTimeZone  **then;
    const char  *then_from, *then_to, *then_shown;      /* from the move, in UTC; to, local */
  } trips[] = {
    { "west after 18:00 was shown in Berlin: New York's 18:00 that day is the same one",
      &berlin, "2026-11-21T17:50:00", "2026-11-21T18:10:00", "2026-11-21T18:00@2026-11-21T17:00Z",
      &new_york, "2026-11-21T17:11:00Z", "2026-11-22T18:30:00",
      "2026-11-22T08:00@2026-11-22T13:00Z 2026-11-22T18:00@2026-11-22T23:00Z" },
    { "west before 18:00: at 18:00 in New York, not at 18:00 in Berlin",
      &berlin, "2026-11-21T16:00:00", "2026-11-21T16:00:00", "",
      &new_york, "2026-11-21T15:01:00Z", "2026-11-21T23:00:00", "2026-11-21T18:00@2026-11-21T23:00Z" },
    { "east before 18:00 in both zones: at 18:00 in Berlin, not again at 18:00 in New York",
      &new_york, "2026-11-21T11:00:00", "2026-11-21T11:00:00", "",
      &berlin, "2026-11-21T16:01:00Z", "2026-11-22T00:30:00", "2026-11-21T18:00@2026-11-21T17:00Z" },
    { "east to where 18:00 has just passed: a missed one, shown at once",
      &new_york, "2026-11-21T13:00:00", "2026-11-21T13:00:00", "",
      &berlin, "2026-11-21T18:01:00Z", "2026-11-22T07:00:00", "2026-11-21T18:00@2026-11-21T18:01Z" },
    { "east after 18:00 was shown in New York: next is Berlin's 08:00",
      &new_york, "2026-11-21T17:55:00", "2026-11-21T18:05:00", "2026-11-21T18:00@2026-11-21T23:00Z",
      &berlin, "2026-11-21T23:06:00Z", "2026-11-22T09:00:00", "2026-11-22T08:00@2026-11-22T07:00Z" },
    /* New York's 18:00 on the 21st is older than Tokyo's 08:00 on the 22nd (and no clock
     * was set back), and New York's 08:00 on the 22nd is the very one Tokyo showed */
    { "west across the date line after Tokyo's 08:00",
      &tokyo, "2026-11-22T07:59:00", "2026-11-22T08:00:00", "2026-11-22T08:00@2026-11-21T23:00Z",
      &new_york, "2026-11-21T23:01:00Z", "2026-11-22T08:30:00", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (trips); i++)
    {
      UnknotReminderState state = state_after ("2026-11-21T08:00");
      g_autoptr(GDateTime) first_from = at (*trips[i].first, trips[i].first_from);
      g_autoptr(GDateTime) first_to = at (*trips[i].first, trips[i].first_to);
      g_autoptr(GDateTime) then_from = at (*trips[i].then, trips[i].then_from);
      g_autoptr(GDateTime) then_to = at (*trips[i].then, trips[i].then_to);
      g_autofree char *first = run_minutes (&plan, &state, *trips[i].first, first_from, first_to, NULL);
      g_autofree char *then = run_minutes (&plan, &state, *trips[i].then, then_from, then_to, NULL);

      if (strcmp (first, trips[i].first_shown) != 0 || strcmp (then, trips[i].then_shown) != 0)
        fail_msg ("%s: shown “%s”, then “%s”", trips[i].trip, first, then);
    }
}

/* "Snooze 15 minutes": once more 15 minutes later, unless the day is done by then */
static void
test_snooze (void **unused)
{
  UnknotReminderPlan plan = plan_of ("all", "18:00");
  UnknotReminderState state = state_after ("2026-11-20T18:00");
  g_autoptr(GDateTime) at_18 = at (berlin, "2026-11-21T18:00:00");
  g_autoptr(GDateTime) snoozed_at = at (berlin, "2026-11-21T18:01:00");
  g_autoptr(GDateTime) from = at (berlin, "2026-11-21T18:02:00");
  g_autoptr(GDateTime) to = at (berlin, "2026-11-21T23:00:00");
  g_autoptr(GHashTable) done = done_days ("2026-11-21", NULL);
  g_autofree char *key = check (&plan, &state, at_18, NULL);
  g_autofree char *shown = NULL;

  assert_string_equal (key, "2026-11-21T18:00");
  unknot_reminder_snooze (&state, key, snoozed_at);
  assert_next_due (&plan, &state, snoozed_at, NULL, "2026-11-21T18:16:00+01");
  shown = run_minutes (&plan, &state, berlin, from, to, NULL);
  assert_string_equal (shown, "2026-11-21T18:00@2026-11-21T17:16Z");
  assert_int_equal (state.snoozed_until, 0);
  g_clear_pointer (&shown, g_free);

  /* snoozed, then the session done: nothing, and the snooze forgotten */
  state = state_after ("2026-11-21T18:00");
  unknot_reminder_snooze (&state, key, snoozed_at);
  assert_next_due (&plan, &state, snoozed_at, done, "2026-11-22T18:00:00+01");
  shown = run_minutes (&plan, &state, berlin, from, to, done);
  assert_string_equal (shown, "");
  assert_int_equal (state.snoozed_until, 0);
  g_clear_pointer (&shown, g_free);

  /* snoozed, then asleep for hours: the old snooze is dropped like a missed reminder */
  {
    g_autoptr(GDateTime) late = at (berlin, "2026-11-21T20:30:00");

    state = state_after ("2026-11-21T18:00");
    unknot_reminder_snooze (&state, key, snoozed_at);
    shown = check (&plan, &state, late, NULL);
    assert_null (shown);
    assert_int_equal (state.snoozed_until, 0);
  }

  /* a reminder due before the snooze ends takes its place: one, not two */
  {
    UnknotReminderPlan two = plan_of ("all", "18:00,18:10");
    g_autoptr(GDateTime) at_18_05 = at (berlin, "2026-11-21T18:05:00");
    g_autoptr(GDateTime) at_18_06 = at (berlin, "2026-11-21T18:06:00");

    state = state_after ("2026-11-21T18:00");
    unknot_reminder_snooze (&state, "2026-11-21T18:00", at_18_05);
    assert_next_due (&two, &state, at_18_05, NULL, "2026-11-21T18:10:00+01");
    shown = run_minutes (&two, &state, berlin, at_18_06, to, NULL);
    assert_string_equal (shown, "2026-11-21T18:10@2026-11-21T17:10Z");
  }
}

/* Adding 17:00 at 17:30 does not remind at once; 18:00 still comes */
static void
test_plan_changed (void **unused)
{
  UnknotReminderPlan before = plan_of ("all", "18:00");
  UnknotReminderPlan after = plan_of ("all", "17:00,18:00");
  UnknotReminderState state = state_after ("2026-11-21T08:00");
  UnknotReminderState unchanged;
  g_autoptr(GDateTime) at_17_30 = at (berlin, "2026-11-21T17:30:00");
  g_autoptr(GDateTime) from = at (berlin, "2026-11-21T17:31:00");
  g_autoptr(GDateTime) to = at (berlin, "2026-11-22T17:05:00");
  g_autofree char *untold = NULL;
  g_autofree char *shown = NULL;

  assert_null (check (&before, &state, at_17_30, NULL));
  unchanged = state;
  /* without being told, the new 17:00 would be a missed reminder half an hour old */
  untold = check (&after, &unchanged, at_17_30, NULL);
  assert_string_equal (untold, "2026-11-21T17:00");

  unknot_reminder_state_plan_changed (&state, at_17_30);
  assert_string_equal (state.last_key, "2026-11-21T17:30");
  shown = run_minutes (&after, &state, berlin, from, to, NULL);
  assert_string_equal (shown, "2026-11-21T18:00@2026-11-21T17:00Z 2026-11-22T17:00@2026-11-22T16:00Z");

  /* told after a move west: what was handled stays handled */
  state = state_after ("2026-11-21T18:00");
  {
    g_autoptr(GDateTime) in_new_york = at (new_york, "2026-11-21T12:10:00");

    unknot_reminder_state_plan_changed (&state, in_new_york);
    assert_string_equal (state.last_key, "2026-11-21T18:00");
  }
}

static void
test_next_due (void **unused)
{
  UnknotReminderPlan daily = plan_of ("all", "08:00,18:00");
  UnknotReminderPlan mondays = plan_of ("mon", "18:00");
  UnknotReminderPlan empty = plan_of ("mon", "");
  UnknotReminderState state = state_after ("2026-11-21T18:00");
  g_autoptr(GDateTime) late = at (tokyo, "2026-11-21T23:30:00");
  g_autoptr(GDateTime) monday_evening = at (new_york, "2026-11-23T19:00:00");
  g_autoptr(GDateTime) monday_noon = at (new_york, "2026-11-23T12:00:00");
  g_autoptr(GDateTime) before_change = at (new_york, "2026-10-31T20:00:00");

  /* across midnight */
  assert_next_due (&daily, &state, late, NULL, "2026-11-22T08:00:00+09");
  /* across the week */
  state = state_after ("2026-11-23T18:00");
  assert_next_due (&mondays, &state, monday_evening, NULL, "2026-11-30T18:00:00-05");
  state = state_after ("2026-11-16T18:00");
  assert_next_due (&mondays, &state, monday_noon, NULL, "2026-11-23T18:00:00-05");
  /* across a change of clocks: New York leaves daylight time on 2026-11-01 */
  state = state_after ("2026-10-31T18:00");
  assert_next_due (&daily, &state, before_change, NULL, "2026-11-01T08:00:00-05");
  /* nothing planned */
  assert_next_due (&empty, &state, before_change, NULL, NULL);
  /* an occurrence already handled (after a move west) is not next */
  {
    g_autoptr(GDateTime) in_new_york = at (new_york, "2026-11-21T12:10:00");

    state = state_after ("2026-11-21T18:00");
    assert_next_due (&daily, &state, in_new_york, NULL, "2026-11-22T08:00:00-05");
  }
  /* a new state: the first check will take what is past as handled */
  {
    g_autoptr(GDateTime) morning = at (utc, "2026-11-21T09:00:00");
    UnknotReminderState fresh = { 0 };

    assert_next_due (&daily, &fresh, morning, NULL, "2026-11-21T18:00:00Z");
  }
}

/* A clock set back by days, or a snooze longer than a snooze: back to now */
static void
test_clock_set_back (void **unused)
{
  UnknotReminderPlan plan = plan_of ("all", "18:00");
  UnknotReminderState state = state_after ("2026-11-24T18:00");
  g_autoptr(GDateTime) from = at (berlin, "2026-11-21T12:00:00");
  g_autoptr(GDateTime) to = at (berlin, "2026-11-21T20:00:00");
  g_autoptr(GDateTime) snoozed = g_date_time_add_days (from, 2);
  g_autofree char *shown = NULL;

  unknot_reminder_snooze (&state, "2026-11-23T18:00", snoozed);
  shown = run_minutes (&plan, &state, berlin, from, to, NULL);
  assert_string_equal (shown, "2026-11-23T18:00@2026-11-21T11:15Z "
                              "2026-11-21T18:00@2026-11-21T17:00Z");
}

/* What the settings gave back damaged counts as a new state */
static void
test_damaged_state (void **unused)
{
  UnknotReminderPlan plan = plan_of ("all", "18:00");
  UnknotReminderState state, before;
  g_autoptr(GDateTime) now = at (utc, "2026-11-21T18:30:00");
  g_autoptr(GDateTime) later = at (utc, "2026-11-21T18:31:00");
  const char *damaged[] = { "2026-11-21 18:00", "2026-02-30T08:00", "2026-11-21T24:00",
                            "+026-11-21T08:00", "yesterday" };

  for (guint i = 0; i < G_N_ELEMENTS (damaged); i++)
    {
      state = state_after (damaged[i]);
      assert_null (check (&plan, &state, now, NULL));
      assert_string_equal (state.last_key, "2026-11-21T18:30");
    }

  /* not even ended: the buffers filled to the brim */
  memset (&state, 'x', sizeof state);
  state.snoozed_until = 1;
  assert_null (check (&plan, &state, now, NULL));
  assert_string_equal (state.last_key, "2026-11-21T18:30");
  assert_int_equal (state.snoozed_until, 0);

  /* a check that handles nothing changes nothing to keep */
  before = state;
  assert_null (check (&plan, &state, later, NULL));
  assert_true (unknot_reminder_state_equal (&before, &state));
  state.snoozed_until = 5;
  assert_false (unknot_reminder_state_equal (&before, &state));
}

/* The zone in force now: TZ first, then the sandbox's live zone name, then the system */
static void
test_local_zone (void **unused)
{
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "test-reminder-zone", NULL);
  g_autofree char *name_file = g_build_filename (folder, "timezone", NULL);
  g_autofree char *missing = g_build_filename (folder, "missing", NULL);
  g_autoptr(GTimeZone) system = g_time_zone_new_identifier (NULL);
  static const char * const not_names[] = { "../../etc/passwd\n", "/etc/passwd", "", "Europe/Ber lin" };

  assert_int_equal (g_mkdir_with_parents (folder, 0700), 0);
  assert_non_null (system);

  {
    g_autoptr(GTimeZone) zone = unknot_reminder_load_local_zone ("Asia/Tokyo", name_file);

    assert_string_equal (g_time_zone_get_identifier (zone), "Asia/Tokyo");
  }
  /* the name is read again on every call: the sandbox's file follows the host */
  assert_true (g_file_set_contents (name_file, "America/New_York\n", -1, NULL));
  {
    g_autoptr(GTimeZone) zone = unknot_reminder_load_local_zone (NULL, name_file);

    assert_string_equal (g_time_zone_get_identifier (zone), "America/New_York");
  }
  assert_true (g_file_set_contents (name_file, "Europe/Berlin\n", -1, NULL));
  {
    g_autoptr(GTimeZone) zone = unknot_reminder_load_local_zone ("", name_file);

    assert_string_equal (g_time_zone_get_identifier (zone), "Europe/Berlin");
  }
  /* only a zone's name is taken from there */
  for (guint i = 0; i < G_N_ELEMENTS (not_names); i++)
    {
      g_autoptr(GTimeZone) zone = NULL;

      assert_true (g_file_set_contents (name_file, not_names[i], -1, NULL));
      zone = unknot_reminder_load_local_zone (NULL, name_file);
      assert_string_equal (g_time_zone_get_identifier (zone), g_time_zone_get_identifier (system));
    }
  {
    g_autoptr(GTimeZone) zone = unknot_reminder_load_local_zone (NULL, missing);

    assert_string_equal (g_time_zone_get_identifier (zone), g_time_zone_get_identifier (system));
  }
  /* the app's own call: TZ as the environment has it */
  g_setenv ("TZ", "Asia/Tokyo", TRUE);
  {
    g_autoptr(GTimeZone) zone = unknot_reminder_get_local_zone ();

    assert_string_equal (g_time_zone_get_identifier (zone), "Asia/Tokyo");
  }
  g_setenv ("TZ", "America/New_York", TRUE);
  {
    g_autoptr(GTimeZone) zone = unknot_reminder_get_local_zone ();

    assert_string_equal (g_time_zone_get_identifier (zone), "America/New_York");
  }
  g_unsetenv ("TZ");

  g_unlink (name_file);
  g_rmdir (folder);
}

static GTimeZone *
load_zone (const char *name)
{
  GTimeZone *zone = g_time_zone_new_identifier (name);

  if (zone == NULL)
    print_error ("The time zone %s is missing: install tzdata\n", name);
  return zone;
}

static int
setup (void **unused)
{
  berlin = load_zone ("Europe/Berlin");
  new_york = load_zone ("America/New_York");
  tokyo = load_zone ("Asia/Tokyo");
  utc = load_zone ("UTC");
  return berlin != NULL && new_york != NULL && tokyo != NULL && utc != NULL ? 0 : -1;
}

static int
teardown (void **unused)
{
  g_clear_pointer (&berlin, g_time_zone_unref);
  g_clear_pointer (&new_york, g_time_zone_unref);
  g_clear_pointer (&tokyo, g_time_zone_unref);
  g_clear_pointer (&utc, g_time_zone_unref);
  return 0;
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_plan_parse_and_format),
    cmocka_unit_test (test_first_check),
    cmocka_unit_test (test_several_times_a_day),
    cmocka_unit_test (test_week_days),
    cmocka_unit_test (test_day_done),
    cmocka_unit_test (test_suspend_across_due_time),
    cmocka_unit_test (test_missed_while_off),
    cmocka_unit_test (test_dst_spring_forward),
    cmocka_unit_test (test_dst_fall_back),
    cmocka_unit_test (test_zone_change),
    cmocka_unit_test (test_snooze),
    cmocka_unit_test (test_plan_changed),
    cmocka_unit_test (test_next_due),
    cmocka_unit_test (test_clock_set_back),
    cmocka_unit_test (test_damaged_state),
    cmocka_unit_test (test_local_zone),
  };

  return cmocka_run_group_tests (tests, setup, teardown);
}
