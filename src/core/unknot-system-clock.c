/* unknot-system-clock.c: the clocks of the system, and wakeups on the main context
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "unknot-clock"

#include "config.h"

#include <time.h>

#include "unknot-system-clock.h"

struct _UnknotSystemClock
{
  GObject     parent_instance;

  GHashTable *wakeups;   /* id → GSource */
  guint       last_id;
};

static void unknot_system_clock_iface_init (UnknotClockInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (UnknotSystemClock, unknot_system_clock, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (UNKNOT_TYPE_CLOCK, unknot_system_clock_iface_init))

typedef struct
{
  UnknotSystemClock *clock;   /* unowned: the clock removes its sources when disposed */
  guint              id;
  UnknotClockFunc    func;
  gpointer           user_data;
} Wakeup;

static gint64
unknot_system_clock_get_monotonic (UnknotClock *clock)
{
  /* GLib's monotonic time is CLOCK_MONOTONIC, the clock GSource ready times use. */
  return g_get_monotonic_time ();
}

static gint64
unknot_system_clock_get_boottime (UnknotClock *clock)
{
#ifdef CLOCK_BOOTTIME
  struct timespec ts;

  if (clock_gettime (CLOCK_BOOTTIME, &ts) == 0)
    return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
#endif
  /* Without it, sleep is not seen through the clocks. */
  return g_get_monotonic_time ();
}

static gboolean
wakeup_dispatch_cb (gpointer data)
{
  Wakeup *wakeup = data;
  UnknotClockFunc func = wakeup->func;
  gpointer user_data = wakeup->user_data;

  /* Removing it from the table destroys the source after this dispatch. */
  g_hash_table_remove (wakeup->clock->wakeups, GUINT_TO_POINTER (wakeup->id));
  func (user_data);

  return G_SOURCE_REMOVE;
}

static guint
unknot_system_clock_add_wakeup (UnknotClock     *clock,
                                gint64           at,
                                UnknotClockFunc  func,
                                gpointer         user_data)
{
  UnknotSystemClock *self = UNKNOT_SYSTEM_CLOCK (clock);
  GSource *source;
  Wakeup *wakeup;

  wakeup = g_new0 (Wakeup, 1);
  wakeup->clock = self;
  wakeup->id = ++self->last_id;
  wakeup->func = func;
  wakeup->user_data = user_data;

  /* A ready time in microseconds, not a timeout in milliseconds rounded by GLib:
   * step boundaries land where they are due. */
  source = g_timeout_source_new (0);
  g_source_set_ready_time (source, MAX (at, 0));
  g_source_set_priority (source, G_PRIORITY_HIGH);
  g_source_set_callback (source, wakeup_dispatch_cb, wakeup, g_free);
  g_source_set_static_name (source, "[unknot] clock wakeup");
  g_source_attach (source, NULL);
  g_hash_table_insert (self->wakeups, GUINT_TO_POINTER (wakeup->id), source);

  return wakeup->id;
}

static void
unknot_system_clock_remove_wakeup (UnknotClock *clock,
                                   guint        id)
{
  UnknotSystemClock *self = UNKNOT_SYSTEM_CLOCK (clock);

  g_hash_table_remove (self->wakeups, GUINT_TO_POINTER (id));
}

static void
destroy_source (gpointer data)
{
  GSource *source = data;

  g_source_destroy (source);
  g_source_unref (source);
}

static void
unknot_system_clock_dispose (GObject *object)
{
  UnknotSystemClock *self = UNKNOT_SYSTEM_CLOCK (object);

  if (self->wakeups != NULL)
    g_hash_table_remove_all (self->wakeups);

  G_OBJECT_CLASS (unknot_system_clock_parent_class)->dispose (object);
}

static void
unknot_system_clock_finalize (GObject *object)
{
  UnknotSystemClock *self = UNKNOT_SYSTEM_CLOCK (object);

  g_clear_pointer (&self->wakeups, g_hash_table_unref);

  G_OBJECT_CLASS (unknot_system_clock_parent_class)->finalize (object);
}

static void
unknot_system_clock_iface_init (UnknotClockInterface *iface)
{
  iface->get_monotonic = unknot_system_clock_get_monotonic;
  iface->get_boottime = unknot_system_clock_get_boottime;
  iface->add_wakeup = unknot_system_clock_add_wakeup;
  iface->remove_wakeup = unknot_system_clock_remove_wakeup;
}

static void
unknot_system_clock_class_init (UnknotSystemClockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = unknot_system_clock_dispose;
  object_class->finalize = unknot_system_clock_finalize;
}

static void
unknot_system_clock_init (UnknotSystemClock *self)
{
  self->wakeups = g_hash_table_new_full (NULL, NULL, NULL, destroy_source);
}

UnknotClock *
unknot_system_clock_new (void)
{
  return g_object_new (UNKNOT_TYPE_SYSTEM_CLOCK, NULL);
}
