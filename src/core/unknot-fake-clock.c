/* unknot-fake-clock.c: a clock that moves only when told to, for tests and benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "unknot-clock"

#include "config.h"

#include "unknot-fake-clock.h"

/* Where the fake clocks start: any positive time far from 0 does. */
#define START_TIME (1000 * G_USEC_PER_SEC)

struct _UnknotFakeClock
{
  GObject  parent_instance;

  gint64   monotonic;
  gint64   slept;      /* boottime − monotonic */
  GArray  *wakeups;    /* Wakeup, in the order they were added */
  guint    last_id;
};

typedef struct
{
  guint           id;
  gint64          at;
  UnknotClockFunc func;
  gpointer        user_data;
} Wakeup;

static void unknot_fake_clock_iface_init (UnknotClockInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (UnknotFakeClock, unknot_fake_clock, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (UNKNOT_TYPE_CLOCK, unknot_fake_clock_iface_init))

static gint64
unknot_fake_clock_get_monotonic (UnknotClock *clock)
{
  return UNKNOT_FAKE_CLOCK (clock)->monotonic;
}

static gint64
unknot_fake_clock_get_boottime (UnknotClock *clock)
{
  UnknotFakeClock *self = UNKNOT_FAKE_CLOCK (clock);

  return self->monotonic + self->slept;
}

static guint
unknot_fake_clock_add_wakeup (UnknotClock     *clock,
                              gint64           at,
                              UnknotClockFunc  func,
                              gpointer         user_data)
{
  UnknotFakeClock *self = UNKNOT_FAKE_CLOCK (clock);
  Wakeup wakeup = { ++self->last_id, at, func, user_data };

  g_array_append_val (self->wakeups, wakeup);
  return wakeup.id;
}

static void
unknot_fake_clock_remove_wakeup (UnknotClock *clock,
                                 guint        id)
{
  UnknotFakeClock *self = UNKNOT_FAKE_CLOCK (clock);

  for (guint i = 0; i < self->wakeups->len; i++)
    if (g_array_index (self->wakeups, Wakeup, i).id == id)
      {
        g_array_remove_index (self->wakeups, i);
        return;
      }
}

/* The earliest wakeup due at or before @until, the first added among equals; -1 if none */
static int
find_due (UnknotFakeClock *self,
          gint64           until)
{
  int found = -1;

  for (guint i = 0; i < self->wakeups->len; i++)
    {
      Wakeup *wakeup = &g_array_index (self->wakeups, Wakeup, i);

      if (wakeup->at <= until &&
          (found < 0 || wakeup->at < g_array_index (self->wakeups, Wakeup, found).at))
        found = i;
    }

  return found;
}

static void
run_wakeup (UnknotFakeClock *self,
            int              index)
{
  Wakeup wakeup = g_array_index (self->wakeups, Wakeup, index);

  g_array_remove_index (self->wakeups, index);
  self->monotonic = MAX (self->monotonic, wakeup.at);
  wakeup.func (wakeup.user_data);
}

/**
 * unknot_fake_clock_advance:
 * @microseconds: how far to move, ≥ 0
 *
 * Moves the clock on, running every wakeup that falls due on the way at its own time,
 * as a main loop would if it were never late.
 */
void
unknot_fake_clock_advance (UnknotFakeClock *self,
                           gint64           microseconds)
{
  gint64 until;
  int due;

  g_return_if_fail (UNKNOT_IS_FAKE_CLOCK (self));
  g_return_if_fail (microseconds >= 0);

  until = self->monotonic + microseconds;
  while ((due = find_due (self, until)) >= 0)
    run_wakeup (self, due);
  self->monotonic = until;
}

/**
 * unknot_fake_clock_advance_to_next_wakeup:
 *
 * Moves the clock to the earliest wakeup and runs it.
 *
 * Returns: %FALSE if there was none
 */
gboolean
unknot_fake_clock_advance_to_next_wakeup (UnknotFakeClock *self)
{
  int due;

  g_return_val_if_fail (UNKNOT_IS_FAKE_CLOCK (self), FALSE);

  due = find_due (self, G_MAXINT64);
  if (due < 0)
    return FALSE;

  run_wakeup (self, due);
  return TRUE;
}

/**
 * unknot_fake_clock_sleep:
 * @microseconds: how long the system sleeps
 *
 * Suspends the pretend system: boottime moves on, monotonic time stands still and no
 * wakeup runs, as on Linux.
 */
void
unknot_fake_clock_sleep (UnknotFakeClock *self,
                         gint64           microseconds)
{
  g_return_if_fail (UNKNOT_IS_FAKE_CLOCK (self));
  g_return_if_fail (microseconds >= 0);

  self->slept += microseconds;
}

guint
unknot_fake_clock_get_n_wakeups (UnknotFakeClock *self)
{
  g_return_val_if_fail (UNKNOT_IS_FAKE_CLOCK (self), 0);

  return self->wakeups->len;
}

static void
unknot_fake_clock_finalize (GObject *object)
{
  UnknotFakeClock *self = UNKNOT_FAKE_CLOCK (object);

  g_clear_pointer (&self->wakeups, g_array_unref);

  G_OBJECT_CLASS (unknot_fake_clock_parent_class)->finalize (object);
}

static void
unknot_fake_clock_iface_init (UnknotClockInterface *iface)
{
  iface->get_monotonic = unknot_fake_clock_get_monotonic;
  iface->get_boottime = unknot_fake_clock_get_boottime;
  iface->add_wakeup = unknot_fake_clock_add_wakeup;
  iface->remove_wakeup = unknot_fake_clock_remove_wakeup;
}

static void
unknot_fake_clock_class_init (UnknotFakeClockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = unknot_fake_clock_finalize;
}

static void
unknot_fake_clock_init (UnknotFakeClock *self)
{
  self->monotonic = START_TIME;
  self->wakeups = g_array_new (FALSE, FALSE, sizeof (Wakeup));
}

UnknotClock *
unknot_fake_clock_new (void)
{
  return g_object_new (UNKNOT_TYPE_FAKE_CLOCK, NULL);
}
