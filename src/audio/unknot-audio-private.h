/* unknot-audio-private.h: what the audio classes share beyond their public API
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Attaches @source (a new one; the caller keeps the reference) to @context, which is
 * not always the global default context that g_timeout_add() and g_idle_add() use.
 * @name must be static. */
static inline GSource *
unknot_audio_attach_source (GSource        *source,
                            GMainContext   *context,
                            GSourceFunc     callback,
                            gpointer        user_data,
                            GDestroyNotify  destroy,
                            const char     *name)
{
  g_source_set_callback (source, callback, user_data, destroy);
  g_source_set_static_name (source, name);
  g_source_attach (source, context);
  return source;
}

/* Destroys and lets go of *@source, if any. */
static inline void
unknot_audio_clear_source (GSource **source)
{
  if (*source != NULL)
    {
      g_source_destroy (*source);
      g_clear_pointer (source, g_source_unref);
    }
}

G_END_DECLS
