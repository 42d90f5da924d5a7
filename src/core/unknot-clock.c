/* unknot-clock.c: where the session engine takes its time from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "unknot-clock"

#include "config.h"

#include "unknot-clock.h"

G_DEFINE_INTERFACE (UnknotClock, unknot_clock, G_TYPE_OBJECT)

static void
unknot_clock_default_init (UnknotClockInterface *iface)
{
}

gint64
unknot_clock_get_monotonic (UnknotClock *self)
{
  g_return_val_if_fail (UNKNOT_IS_CLOCK (self), 0);

  return UNKNOT_CLOCK_GET_IFACE (self)->get_monotonic (self);
}

gint64
unknot_clock_get_boottime (UnknotClock *self)
{
  g_return_val_if_fail (UNKNOT_IS_CLOCK (self), 0);

  return UNKNOT_CLOCK_GET_IFACE (self)->get_boottime (self);
}

guint
unknot_clock_add_wakeup (UnknotClock     *self,
                         gint64           at,
                         UnknotClockFunc  func,
                         gpointer         user_data)
{
  g_return_val_if_fail (UNKNOT_IS_CLOCK (self), 0);
  g_return_val_if_fail (func != NULL, 0);

  return UNKNOT_CLOCK_GET_IFACE (self)->add_wakeup (self, at, func, user_data);
}

void
unknot_clock_remove_wakeup (UnknotClock *self,
                            guint        id)
{
  g_return_if_fail (UNKNOT_IS_CLOCK (self));
  g_return_if_fail (id > 0);

  UNKNOT_CLOCK_GET_IFACE (self)->remove_wakeup (self, id);
}
