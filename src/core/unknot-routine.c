/* unknot-routine.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "unknot-routine"

#include "config.h"

#include "unknot-routine.h"

const char * const unknot_routine_kind_names[] = { "release", "stretch", "strength", "breathing", "mixed", NULL };
const char * const unknot_routine_level_names[] = { "beginner", "intermediate", "advanced", NULL };
const char * const unknot_step_type_names[] = {
  "position", "locate", "press", "stretch", "exercise", "rest", "breathe", "rate", "info", NULL
};
const char * const unknot_side_names[] = { "none", "left", "right", "both", NULL };
const char * const unknot_cue_names[] = {
  "none", "start", "halfway", "tick", "switch-sides", "breathe-in", "breathe-out", "finish", NULL
};
const char * const unknot_rate_when_names[] = { "before", "after", NULL };

G_DEFINE_BOXED_TYPE (UnknotRoutine, unknot_routine, unknot_routine_ref, unknot_routine_unref)

/**
 * unknot_enum_from_name:
 * @names: a %NULL-terminated table such as unknot_side_names
 *
 * Returns: the index of @name in @names, or -1
 */
int
unknot_enum_from_name (const char * const *names,
                       const char         *name)
{
  g_return_val_if_fail (names != NULL, -1);

  if (name == NULL)
    return -1;
  for (int i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      return i;
  return -1;
}

void
unknot_prompt_free (UnknotPrompt *prompt)
{
  if (prompt == NULL)
    return;
  g_free (prompt->say);
  g_free (prompt);
}

void
unknot_source_free (UnknotSource *source)
{
  if (source == NULL)
    return;
  g_free (source->citation);
  g_free (source->url);
  g_free (source->note);
  g_free (source);
}

void
unknot_breathing_pattern_free (UnknotBreathingPattern *pattern)
{
  if (pattern == NULL)
    return;
  g_free (pattern->id);
  g_free (pattern->title);
  g_free (pattern->description);
  g_free (pattern);
}

UnknotStep *
unknot_step_new (UnknotStepType type)
{
  UnknotStep *step = g_new0 (UnknotStep, 1);

  step->type = type;
  step->side = UNKNOT_SIDE_NONE;
  step->prompts = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_prompt_free);
  step->sets = 1;

  return step;
}

void
unknot_step_free (UnknotStep *step)
{
  if (step == NULL)
    return;

  g_free (step->title);
  g_free (step->instructions);
  g_free (step->image);
  g_ptr_array_unref (step->prompts);
  g_free (step->trigger_point);
  g_strfreev (step->landmarks);
  g_free (step->search);
  g_strfreev (step->signs);
  g_free (step->pressure_words);
  g_free (step->breathing);
  g_free (step);
}

UnknotRoutine *
unknot_routine_new (void)
{
  UnknotRoutine *routine = g_new0 (UnknotRoutine, 1);

  g_atomic_ref_count_init (&routine->ref_count);
  routine->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_source_free);
  routine->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_step_free);
  routine->breathing_patterns = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                       (GDestroyNotify) unknot_breathing_pattern_free);

  return routine;
}

UnknotRoutine *
unknot_routine_ref (UnknotRoutine *routine)
{
  g_return_val_if_fail (routine != NULL, NULL);

  g_atomic_ref_count_inc (&routine->ref_count);
  return routine;
}

void
unknot_routine_unref (UnknotRoutine *routine)
{
  g_return_if_fail (routine != NULL);

  if (!g_atomic_ref_count_dec (&routine->ref_count))
    return;

  g_free (routine->id);
  g_free (routine->title);
  g_free (routine->summary);
  g_strfreev (routine->equipment);
  g_strfreev (routine->target_muscles);
  g_strfreev (routine->target_trigger_points);
  g_strfreev (routine->contraindications);
  g_free (routine->author);
  g_free (routine->license);
  g_ptr_array_unref (routine->sources);
  g_hash_table_unref (routine->breathing_patterns);
  g_ptr_array_unref (routine->steps);
  g_free (routine);
}
