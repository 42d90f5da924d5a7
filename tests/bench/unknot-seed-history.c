/* unknot-seed-history.c: a made-up history, for screenshots and the benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * unknot-seed-history DATABASE DAYS [LAST-DAY]
 *
 * Writes DAYS days of practice ending on LAST-DAY (default: yesterday) into the history
 * at DATABASE, as someone following Unknot's plan would: a release every other day, a
 * stretch between, a day or two off most weeks, evenings between 18:30 and 20:30, pain
 * before sessions easing over the months with day-to-day noise, the right side a little
 * worse, and now and then a stop rule, a session stopped early, a worse day or a note.
 * The same arguments always give the same history. Never used by the app itself.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "unknot-pacing.h"
#include "unknot-sqlite-history.h"

typedef struct
{
  const char *id;
  const char *title;
  const char *point;
  UnknotRoutineKind kind;
  guint seconds;
  guint steps;
} Routine;

static const Routine releases[] = {
  { "release-psoas-upper", "Upper Psoas Release", "psoas-upper", UNKNOT_ROUTINE_KIND_RELEASE, 430, 10 },
  { "release-iliacus", "Iliacus Release", "iliacus", UNKNOT_ROUTINE_KIND_RELEASE, 410, 10 },
};
static const Routine stretches[] = {
  { "daily-psoas-10", "Daily Psoas Routine", NULL, UNKNOT_ROUTINE_KIND_STRETCH, 600, 9 },
  { "desk-break-3", "Desk Break", NULL, UNKNOT_ROUTINE_KIND_STRETCH, 180, 6 },
};
static const char * const notes[] = {
  "Looser after the second hold.",
  "Sat at a desk all day; tight going in.",
  "The left side eased quickly.",
  "Slept badly, so I went gently.",
  "Walked for an hour first; easier to find the point.",
};

static int
pain (GRand *rand,
      double base)
{
  return CLAMP ((int) (base + g_rand_double_range (rand, -1.2, 1.2) + 0.5), 0, 10);
}

static UnknotSessionLog *
make_session (GRand      *rand,
              const char *date,
              GTimeZone  *zone,
              gboolean    pressure,
              double      base)
{
  const Routine *routine = pressure ? &releases[g_rand_int_range (rand, 0, 5) == 0]
                                    : &stretches[g_rand_int_range (rand, 0, 3) == 0];
  UnknotSessionLog *log = unknot_session_log_new ();
  g_autoptr(GDateTime) start = NULL;
  int year, month, day;
  gboolean stopped = g_rand_int_range (rand, 0, 40) == 0;
  gboolean worse = g_rand_int_range (rand, 0, 25) == 0;
  UnknotSide sides[] = { UNKNOT_SIDE_LEFT, UNKNOT_SIDE_RIGHT };

  int minute = 18 * 60 + 30 + g_rand_int_range (rand, 0, 120);

  sscanf (date, "%d-%d-%d", &year, &month, &day);
  start = g_date_time_new (zone, year, month, day, minute / 60, minute % 60, 0);

  log->routine_id = g_strdup (routine->id);
  log->routine_title = g_strdup (routine->title);
  log->kind = routine->kind;
  log->compression = pressure;
  log->sides = pressure ? UNKNOT_SIDE_BOTH : UNKNOT_SIDE_NONE;
  log->started_at = g_date_time_to_unix_usec (start);
  g_strlcpy (log->local_date, date, sizeof log->local_date);
  log->planned_seconds = routine->seconds;
  log->active_seconds = routine->seconds + (pressure ? g_rand_int_range (rand, 60, 200) : g_rand_int_range (rand, 0, 30));
  log->steps_total = routine->steps;
  log->steps_done = stopped ? routine->steps / 2 : routine->steps;
  log->completed = !stopped;
  if (stopped)
    {
      log->stop_reason = g_strdup (pressure ? "dizziness" : "stopped");
      log->active_seconds /= 2;
    }
  if (g_rand_int_range (rand, 0, 9) == 0)
    log->note = g_strdup (notes[g_rand_int_range (rand, 0, G_N_ELEMENTS (notes))]);

  for (guint i = 0; pressure && i < G_N_ELEMENTS (sides); i++)
    {
      UnknotPointLog *point = unknot_point_log_new (routine->point, sides[i]);

      point->holds_planned = 2;
      point->holds_done = stopped && i == 1 ? 0 : 2;
      point->holds_released_early = g_rand_int_range (rand, 0, 3) == 0;
      point->hold_seconds = point->holds_done * 60 - point->holds_released_early * 20;
      if (g_rand_int_range (rand, 0, 8) == 0)
        {
          g_strfreev (point->stops);
          point->stops = g_strsplit (g_rand_boolean (rand) ? "pulse" : "rising-tenderness", ",", -1);
        }
      g_ptr_array_add (log->points, point);
    }

  for (guint i = 0; i < (pressure ? 2u : 1u); i++)
    {
      UnknotSide side = pressure ? sides[i] : UNKNOT_SIDE_NONE;
      double side_base = base + (side == UNKNOT_SIDE_RIGHT ? 0.6 : 0);
      int before = pain (rand, side_base);
      int relief = pressure ? g_rand_int_range (rand, 1, 4) : g_rand_int_range (rand, 0, 3);
      int after = CLAMP (worse ? before + 1 : before - relief, 0, 10);

      g_array_append_val (log->ratings, ((UnknotPainRating) { UNKNOT_RATE_BEFORE, side, before }));
      if (!stopped)
        g_array_append_val (log->ratings, ((UnknotPainRating) { UNKNOT_RATE_AFTER, side, after }));
    }

  return log;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_session_log_unref);
  g_autoptr(UnknotHistoryStore) store = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (1905);
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *last = NULL;
  int days, since_pressure = 2;
  guint added = 0;

  if (argc < 3 || (days = atoi (argv[2])) <= 0)
    {
      g_printerr ("Usage: unknot-seed-history DATABASE DAYS [LAST-DAY]\n");
      return 2;
    }
  if (argc > 3)
    last = g_strdup (argv[3]);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now (zone);
      g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

      last = unknot_local_date_add_days (today, -1);
    }

  for (int i = days - 1; i >= 0; i--)
    {
      g_autofree char *date = unknot_local_date_add_days (last, -i);
      /* pain before sessions: about 6.5 at first, easing towards 2.5 */
      double base = 2.5 + 4.0 * i / MAX (days - 1, 1);
      gboolean pressure;

      since_pressure++;
      if (g_rand_int_range (rand, 0, 100) < 22)
        continue;  /* a day off */
      pressure = since_pressure >= 2 && g_rand_int_range (rand, 0, 10) < 8;
      if (pressure)
        since_pressure = 0;
      g_ptr_array_add (sessions, make_session (rand, date, zone, pressure, base));
      /* now and then a desk break the same day */
      if (!pressure && g_rand_int_range (rand, 0, 7) == 0)
        {
          UnknotSessionLog *extra = make_session (rand, date, zone, FALSE, base);

          extra->started_at -= 5 * G_TIME_SPAN_HOUR;
          g_ptr_array_add (sessions, extra);
        }
    }

  store = unknot_sqlite_history_open (argv[1], NULL, &error);
  if (store == NULL || !unknot_history_store_import (store, sessions, NULL, &added, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  printf ("%u sessions over %d days, ending %s\n", added, days, last);
  return 0;
}
