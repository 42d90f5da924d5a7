/* unknot-test-history.c: sessions made up for the history's tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>

#include "unknot-test-history.h"

/**
 * unknot_test_session_new:
 * @local_date: the day, YYYY-MM-DD
 * @hour: the hour it began, UTC, which also makes sessions of one day distinct
 * @compression: a release of the upper psoas on both sides, with two stop rules on the
 *   left; otherwise a stretch routine without sides
 * @before: the pain before, or -1 for none (on both sides of a release)
 * @after: the pain after, or -1
 *
 * Returns: (transfer full): a finished session, not saved
 */
UnknotSessionLog *
unknot_test_session_new (const char *local_date,
                         int         hour,
                         gboolean    compression,
                         int         before,
                         int         after)
{
  UnknotSessionLog *log = unknot_session_log_new ();
  g_autoptr(GDateTime) day = NULL;
  int year, month, mday;
  UnknotSide sides[] = { UNKNOT_SIDE_LEFT, UNKNOT_SIDE_RIGHT };

  g_assert (sscanf (local_date, "%d-%d-%d", &year, &month, &mday) == 3);
  day = g_date_time_new_utc (year, month, mday, hour, 30, 0);
  log->started_at = g_date_time_to_unix_usec (day);
  g_strlcpy (log->local_date, local_date, sizeof log->local_date);
  log->routine_id = g_strdup (compression ? "release-psoas-upper" : "desk-break-3");
  log->routine_title = g_strdup (compression ? "Upper Psoas Release" : "Desk Break");
  log->kind = compression ? UNKNOT_ROUTINE_KIND_RELEASE : UNKNOT_ROUTINE_KIND_STRETCH;
  log->compression = compression;
  log->sides = compression ? UNKNOT_SIDE_BOTH : UNKNOT_SIDE_NONE;
  log->planned_seconds = compression ? 430 : 180;
  log->active_seconds = log->planned_seconds + 95;
  log->steps_total = compression ? 10 : 6;
  log->steps_done = log->steps_total;
  log->completed = TRUE;

  for (guint i = 0; compression && i < G_N_ELEMENTS (sides); i++)
    {
      UnknotPointLog *point = unknot_point_log_new ("psoas-upper", sides[i]);

      point->holds_planned = 2;
      point->holds_done = 2;
      point->holds_released_early = i;
      point->hold_seconds = 120 - 20 * i;
      if (sides[i] == UNKNOT_SIDE_LEFT)
        {
          g_strfreev (point->stops);
          point->stops = g_strsplit ("pulse,rising-tenderness", ",", -1);
        }
      g_ptr_array_add (log->points, point);
    }
  for (guint i = 0; i < (compression ? 2 : 1); i++)
    {
      UnknotSide side = compression ? sides[i] : UNKNOT_SIDE_NONE;

      if (before >= 0)
        g_array_append_val (log->ratings, ((UnknotPainRating) { UNKNOT_RATE_BEFORE, side, before }));
      if (after >= 0)
        g_array_append_val (log->ratings, ((UnknotPainRating) { UNKNOT_RATE_AFTER, side, after }));
    }

  return log;
}

/* Every field but the id, which a store gives */
void
unknot_test_assert_same_session (const UnknotSessionLog *expected,
                                 const UnknotSessionLog *found)
{
  assert_string_equal (found->routine_id, expected->routine_id);
  assert_string_equal (found->routine_title, expected->routine_title);
  assert_int_equal (found->kind, expected->kind);
  assert_int_equal (found->compression, expected->compression);
  assert_int_equal (found->sides, expected->sides);
  assert_true (found->started_at == expected->started_at);
  assert_string_equal (found->local_date, expected->local_date);
  assert_int_equal (found->planned_seconds, expected->planned_seconds);
  assert_int_equal (found->active_seconds, expected->active_seconds);
  assert_int_equal (found->steps_total, expected->steps_total);
  assert_int_equal (found->steps_done, expected->steps_done);
  assert_int_equal (found->completed, expected->completed);
  assert_true (g_strcmp0 (found->stop_reason, expected->stop_reason) == 0);
  assert_true (g_strcmp0 (found->note, expected->note) == 0);

  assert_int_equal (found->points->len, expected->points->len);
  for (guint i = 0; i < expected->points->len; i++)
    {
      const UnknotPointLog *a = g_ptr_array_index (expected->points, i);
      const UnknotPointLog *b = g_ptr_array_index (found->points, i);

      assert_string_equal (b->trigger_point, a->trigger_point);
      assert_int_equal (b->side, a->side);
      assert_int_equal (b->holds_planned, a->holds_planned);
      assert_int_equal (b->holds_done, a->holds_done);
      assert_int_equal (b->holds_released_early, a->holds_released_early);
      assert_int_equal (b->hold_seconds, a->hold_seconds);
      assert_true (g_strv_equal ((const char * const *) a->stops, (const char * const *) b->stops));
    }

  assert_int_equal (found->ratings->len, expected->ratings->len);
  for (guint i = 0; i < expected->ratings->len; i++)
    {
      const UnknotPainRating *a = &g_array_index (expected->ratings, UnknotPainRating, i);
      const UnknotPainRating *b = &g_array_index (found->ratings, UnknotPainRating, i);

      assert_int_equal (b->when, a->when);
      assert_int_equal (b->side, a->side);
      assert_int_equal (b->pain, a->pain);
    }
}
