/* unknot-safety-store.c: the safety check's answers in GSettings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two keys of the application's schema: safety-answers (a{sb}, question id → yes) and
 * safety-answered-at (x, Unix seconds; 0 while the check was never answered).
 */

#define G_LOG_DOMAIN "unknot-safety-store"

#include "config.h"

#include "unknot-safety-store.h"

#define ANSWERS_KEY     "safety-answers"
#define ANSWERED_AT_KEY "safety-answered-at"

/**
 * unknot_safety_store_load:
 * @settings: the application's settings
 *
 * Returns: (transfer full) (nullable): the stored answers, or %NULL when the safety check
 *   was never answered
 */
UnknotSafetyAnswers *
unknot_safety_store_load (GSettings *settings)
{
  g_autoptr (GVariant) answers = NULL;
  gint64 answered_at;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  answered_at = g_settings_get_int64 (settings, ANSWERED_AT_KEY);
  if (answered_at == 0)
    return NULL;

  answers = g_settings_get_value (settings, ANSWERS_KEY);
  return unknot_safety_answers_new_from_variant (answers, answered_at);
}

/**
 * unknot_safety_store_save:
 * @settings: the application's settings
 *
 * Stores @answers and their time together: whoever watches either key sees both new.
 */
void
unknot_safety_store_save (GSettings                 *settings,
                          const UnknotSafetyAnswers *answers)
{
  g_autoptr (GSettingsBackend) backend = NULL;
  g_autoptr (GSettingsSchema) schema = NULL;
  g_autoptr (GSettings) batch = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (answers != NULL);

  /* A delayed twin of @settings writes both keys at once; @settings itself must not be
   * switched to delayed writes, which cannot be undone. */
  g_object_get (settings, "backend", &backend, "settings-schema", &schema, "path", &path, NULL);
  batch = g_settings_new_full (schema, backend, path);
  g_settings_delay (batch);
  g_settings_set_value (batch, ANSWERS_KEY, unknot_safety_answers_to_variant (answers));
  g_settings_set_int64 (batch, ANSWERED_AT_KEY, unknot_safety_answers_get_answered_at (answers));
  g_settings_apply (batch);
}
