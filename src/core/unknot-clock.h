/* unknot-clock.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define UNKNOT_TYPE_CLOCK (unknot_clock_get_type ())

G_DECLARE_INTERFACE (UnknotClock, unknot_clock, UNKNOT, CLOCK, GObject)

typedef void (*UnknotClockFunc) (gpointer user_data);

/**
 * UnknotClockInterface:
 * @get_monotonic: microseconds on a clock that never goes back and stands still while
 *   the system sleeps (CLOCK_MONOTONIC)
 * @get_boottime: microseconds on a clock that never goes back and goes on while the
 *   system sleeps (CLOCK_BOOTTIME); the difference to @get_monotonic grows by the
 *   time spent asleep
 * @add_wakeup: calls @func once, as soon as @get_monotonic reaches @at; returns an id
 *   greater than 0
 * @remove_wakeup: cancels a wakeup that has not run yet
 *
 * Where time comes from. The session engine asks nothing else, so tests drive it with
 * a fake clock through whole routines in microseconds.
 */
struct _UnknotClockInterface
{
  GTypeInterface parent_iface;

  gint64 (*get_monotonic) (UnknotClock     *self);
  gint64 (*get_boottime)  (UnknotClock     *self);
  guint  (*add_wakeup)    (UnknotClock     *self,
                           gint64           at,
                           UnknotClockFunc  func,
                           gpointer         user_data);
  void   (*remove_wakeup) (UnknotClock     *self,
                           guint            id);
};

gint64 unknot_clock_get_monotonic (UnknotClock     *self);
gint64 unknot_clock_get_boottime  (UnknotClock     *self);
guint  unknot_clock_add_wakeup    (UnknotClock     *self,
                                   gint64           at,
                                   UnknotClockFunc  func,
                                   gpointer         user_data);
void   unknot_clock_remove_wakeup (UnknotClock     *self,
                                   guint            id);

G_END_DECLS
