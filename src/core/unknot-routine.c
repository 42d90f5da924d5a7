/* unknot-routine.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "unknot-routine"

#include "config.h"

#include <glib/gi18n-lib.h>

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
const char * const unknot_contraindication_names[] = {
  "abdominal-pressure", "groin-pressure", "deep-stretch", "floor-work", "prone-lying", NULL
};

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

/**
 * unknot_format_duration:
 *
 * Returns: (transfer full): a duration as people say it: "45 s", "2 min", "2 min 30 s"
 */
char *
unknot_format_duration (guint seconds)
{
  guint minutes = seconds / 60;

  if (minutes == 0)
    /* Translators: a duration in seconds, as short as a clock's label */
    return g_strdup_printf (_("%u s"), seconds);
  if (seconds % 60 == 0)
    /* Translators: a duration in whole minutes */
    return g_strdup_printf (_("%u min"), minutes);
  /* Translators: a duration in minutes and seconds */
  return g_strdup_printf (_("%u min %u s"), minutes, seconds % 60);
}

/**
 * unknot_step_describe:
 *
 * How long a step lasts and how often it repeats, in a few words for a list:
 * "2 holds of 60 s, 20 s rest between", "2 × 30 s, each side", "Until you find it".
 *
 * Returns: (transfer full): the text
 */
char *
unknot_step_describe (const UnknotStep *step)
{
  g_autofree char *dose = NULL;
  g_autofree char *hold = NULL;
  g_autofree char *rest = NULL;

  g_return_val_if_fail (step != NULL, NULL);

  switch (step->type)
    {
    case UNKNOT_STEP_POSITION:
      dose = step->duration > 0 ? unknot_format_duration (step->duration) : g_strdup (_("When you are ready"));
      break;
    case UNKNOT_STEP_LOCATE:
      dose = g_strdup (_("Until you find it"));
      break;
    case UNKNOT_STEP_PRESS:
      hold = unknot_format_duration (step->hold);
      rest = unknot_format_duration (step->rest_between);
      if (step->holds == 1)
        dose = g_strdup_printf (_("One hold of %s"), hold);
      else if (step->rest_between > 0)
        /* Translators: "2 holds of 60 s, 20 s rest between" */
        dose = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u hold of %s, %s rest between",
                                             "%u holds of %s, %s rest between", step->holds),
                                step->holds, hold, rest);
      else
        dose = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u hold of %s", "%u holds of %s", step->holds),
                                step->holds, hold);
      break;
    case UNKNOT_STEP_STRETCH:
      hold = unknot_format_duration (step->hold);
      /* Translators: repetitions times a hold, "2 × 30 s" */
      dose = g_strdup_printf (_("%u × %s"), step->reps, hold);
      break;
    case UNKNOT_STEP_EXERCISE:
      if (step->reps > 0)
        {
          g_autofree char *reps = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u rep", "%u reps", step->reps),
                                                   step->reps);
          dose = step->sets > 1 ? g_strdup_printf (_("%u sets of %s"), step->sets, reps) : g_steal_pointer (&reps);
        }
      else
        {
          hold = unknot_format_duration (step->duration);
          dose = step->sets > 1 ? g_strdup_printf (_("%u × %s"), step->sets, hold) : g_steal_pointer (&hold);
        }
      break;
    case UNKNOT_STEP_REST:
    case UNKNOT_STEP_BREATHE:
      dose = unknot_format_duration (step->duration);
      break;
    case UNKNOT_STEP_RATE:
      dose = g_strdup (step->when == UNKNOT_RATE_BEFORE ? _("Pain before, 0 to 10") : _("Pain after, 0 to 10"));
      break;
    case UNKNOT_STEP_INFO:
    default:
      dose = g_strdup (_("Read at your pace"));
      break;
    }

  switch (step->side)
    {
    case UNKNOT_SIDE_BOTH:
      /* Translators: "2 × 30 s, each side" */
      return g_strdup_printf (_("%s, each side"), dose);
    case UNKNOT_SIDE_LEFT:
      return g_strdup_printf (_("%s, left side"), dose);
    case UNKNOT_SIDE_RIGHT:
      return g_strdup_printf (_("%s, right side"), dose);
    case UNKNOT_SIDE_NONE:
    default:
      return g_steal_pointer (&dose);
    }
}

const char *
unknot_routine_kind_to_string (UnknotRoutineKind kind)
{
  switch (kind)
    {
    case UNKNOT_ROUTINE_KIND_RELEASE: return C_("routine kind", "Release");
    case UNKNOT_ROUTINE_KIND_STRETCH: return C_("routine kind", "Stretch");
    case UNKNOT_ROUTINE_KIND_STRENGTH: return C_("routine kind", "Strength");
    case UNKNOT_ROUTINE_KIND_BREATHING: return C_("routine kind", "Breathing");
    case UNKNOT_ROUTINE_KIND_MIXED:
    default: return C_("routine kind", "Mixed");
    }
}

const char *
unknot_routine_level_to_string (UnknotRoutineLevel level)
{
  switch (level)
    {
    case UNKNOT_ROUTINE_LEVEL_BEGINNER: return _("Beginner");
    case UNKNOT_ROUTINE_LEVEL_INTERMEDIATE: return _("Intermediate");
    case UNKNOT_ROUTINE_LEVEL_ADVANCED:
    default: return _("Advanced");
    }
}

/**
 * unknot_routine_describe:
 *
 * Returns: (transfer full): kind, level and length in a line: "Release · Beginner · 13 min"
 */
char *
unknot_routine_describe (const UnknotRoutine *routine)
{
  g_autofree char *length = NULL;

  g_return_val_if_fail (routine != NULL, NULL);

  /* estimated lengths are rounded to whole minutes: nobody plans to the second */
  length = unknot_format_duration (MAX (1, (routine->estimated_duration + 30) / 60) * 60);
  /* Translators: kind, level and length of a routine, "Release · Beginner · 13 min" */
  return g_strdup_printf (_("%s · %s · %s"), unknot_routine_kind_to_string (routine->kind),
                          unknot_routine_level_to_string (routine->level), length);
}

/**
 * unknot_step_get_timed_seconds:
 *
 * Returns: how long the timed parts of @step last, both sides and the rests between
 *   holds, reps and sets included; what waits for the user counts nothing
 */
guint
unknot_step_get_timed_seconds (const UnknotStep *step)
{
  guint seconds;

  g_return_val_if_fail (step != NULL, 0);

  switch (step->type)
    {
    case UNKNOT_STEP_POSITION:
    case UNKNOT_STEP_REST:
    case UNKNOT_STEP_BREATHE:
      seconds = step->duration;
      break;
    case UNKNOT_STEP_PRESS:
      seconds = step->holds * step->hold + (step->holds > 0 ? step->holds - 1 : 0) * step->rest_between;
      break;
    case UNKNOT_STEP_STRETCH:
      seconds = step->reps * step->hold + (step->reps > 0 ? step->reps - 1 : 0) * step->rest_between;
      break;
    case UNKNOT_STEP_EXERCISE:
      seconds = step->sets * step->duration + (step->sets > 0 ? step->sets - 1 : 0) * step->rest_between_sets;
      break;
    case UNKNOT_STEP_LOCATE:
    case UNKNOT_STEP_RATE:
    case UNKNOT_STEP_INFO:
    default:
      seconds = 0;
      break;
    }

  return step->side == UNKNOT_SIDE_BOTH ? 2 * seconds : seconds;
}

guint
unknot_routine_get_timed_seconds (const UnknotRoutine *routine)
{
  guint seconds = 0;

  g_return_val_if_fail (routine != NULL, 0);

  for (guint i = 0; i < routine->steps->len; i++)
    seconds += unknot_step_get_timed_seconds (g_ptr_array_index (routine->steps, i));

  return seconds;
}
