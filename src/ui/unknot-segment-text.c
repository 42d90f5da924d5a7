/* unknot-segment-text.c: what the player says and shows about a segment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "unknot-player"

#include "config.h"

#include <glib/gi18n.h>

#include "unknot-segment-text.h"

const char *
unknot_side_get_label (UnknotSide side)
{
  switch (side)
    {
    case UNKNOT_SIDE_LEFT:  return _("Left Side");
    case UNKNOT_SIDE_RIGHT: return _("Right Side");
    case UNKNOT_SIDE_NONE:
    case UNKNOT_SIDE_BOTH:
    default:                return NULL;
    }
}

/**
 * unknot_describe_stop_reason:
 * @reason: why a session or a hold stopped, as the engine keeps it
 * @safety: (nullable): the safety screen, whose stop rules a reason may name
 *
 * Returns: (transfer full): the reason in words
 */
char *
unknot_describe_stop_reason (const char   *reason,
                             UnknotSafety *safety)
{
  const UnknotStopRule *rule;

  g_return_val_if_fail (reason != NULL, NULL);

  if (g_str_equal (reason, "stopped"))
    return g_strdup (_("You stopped the session"));
  if (g_str_equal (reason, "closed"))
    return g_strdup (_("The window was closed"));
  rule = safety != NULL ? unknot_safety_lookup_stop_rule (safety, reason) : NULL;
  if (rule != NULL)
    /* Translators: %s is the label of the stop rule's button, such as “Sharp Pain” */
    return g_strdup_printf (_("You pressed “%s”"), rule->label);
  return g_strdup (reason);
}

char *
unknot_segment_get_title (const UnknotSegment *segment)
{
  g_return_val_if_fail (segment != NULL, NULL);

  switch (segment->kind)
    {
    case UNKNOT_SEGMENT_REST:
      return g_strdup (_("Rest"));
    case UNKNOT_SEGMENT_SWITCH_SIDES:
      return g_strdup (_("Switch Sides"));
    case UNKNOT_SEGMENT_WORK:
    default:
      return g_strdup (segment->step->title);
    }
}

/**
 * unknot_segment_describe_round:
 *
 * Returns: (nullable): which hold, stretch or set it is, as "Hold 1 of 2"
 */
char *
unknot_segment_describe_round (const UnknotSegment *segment)
{
  g_return_val_if_fail (segment != NULL, NULL);

  if (segment->kind == UNKNOT_SEGMENT_SWITCH_SIDES)
    return g_strdup (_("Get ready for your right side"));
  if (segment->rounds == 0)
    return NULL;

  if (segment->kind == UNKNOT_SEGMENT_REST)
    {
      switch (segment->step->type)
        {
        case UNKNOT_STEP_PRESS:
          return g_strdup_printf (_("Hold %u of %u is next"), segment->round + 1, segment->rounds);
        case UNKNOT_STEP_EXERCISE:
          return g_strdup_printf (_("Set %u of %u is next"), segment->round + 1, segment->rounds);
        case UNKNOT_STEP_STRETCH:
        default:
          return g_strdup_printf (_("Stretch %u of %u is next"), segment->round + 1, segment->rounds);
        }
    }

  switch (segment->step->type)
    {
    case UNKNOT_STEP_PRESS:
      return g_strdup_printf (_("Hold %u of %u"), segment->round, segment->rounds);
    case UNKNOT_STEP_EXERCISE:
      return g_strdup_printf (_("Set %u of %u"), segment->round, segment->rounds);
    case UNKNOT_STEP_STRETCH:
    default:
      return g_strdup_printf (_("Stretch %u of %u"), segment->round, segment->rounds);
    }
}

/**
 * unknot_segment_describe_next:
 * @segment: (nullable): the next segment, or %NULL after the last
 *
 * Returns: the preview of what comes next
 */
char *
unknot_segment_describe_next (const UnknotSegment *segment)
{
  g_autofree char *title = NULL;
  g_autofree char *duration = NULL;
  const char *side;

  if (segment == NULL)
    return g_strdup (_("Next: the end of the session"));

  title = unknot_segment_get_title (segment);
  side = segment->kind == UNKNOT_SEGMENT_WORK ? unknot_side_get_label (segment->side) : NULL;
  if (segment->duration > 0)
    duration = unknot_format_duration ((guint) (segment->duration / G_USEC_PER_SEC));

  if (side != NULL && duration != NULL)
    /* Translators: the next step, its side and how long it lasts */
    return g_strdup_printf (_("Next: %s · %s · %s"), title, side, duration);
  if (side != NULL)
    return g_strdup_printf (_("Next: %s · %s"), title, side);
  if (duration != NULL)
    return g_strdup_printf (_("Next: %s · %s"), title, duration);
  return g_strdup_printf (_("Next: %s"), title);
}

/**
 * unknot_segment_describe_for_speech:
 *
 * Returns: what is announced when the segment starts, in full sentences
 */
char *
unknot_segment_describe_for_speech (const UnknotSegment *segment)
{
  g_autofree char *title = NULL;
  g_autofree char *round = NULL;
  GString *text;
  const char *side;

  g_return_val_if_fail (segment != NULL, NULL);

  title = unknot_segment_get_title (segment);
  round = unknot_segment_describe_round (segment);
  side = segment->kind == UNKNOT_SEGMENT_WORK ? unknot_side_get_label (segment->side) : NULL;

  text = g_string_new (title);
  if (side != NULL)
    g_string_append_printf (text, ". %s", side);
  if (round != NULL)
    g_string_append_printf (text, ". %s", round);
  if (segment->duration > 0)
    {
      g_autofree char *duration = unknot_format_duration ((guint) (segment->duration / G_USEC_PER_SEC));

      g_string_append_printf (text, ". %s", duration);
    }
  g_string_append_c (text, '.');

  return g_string_free (text, FALSE);
}

/**
 * unknot_segment_describe_for_voice:
 *
 * Returns: (transfer full): what the voice says as the segment starts, for someone on
 *   the floor who is not looking: the short description, and for a step that waits for
 *   them (a position, finding the point) its instructions too and how to go on
 */
char *
unknot_segment_describe_for_voice (const UnknotSegment *segment)
{
  g_autofree char *label = NULL;
  GString *text;

  g_return_val_if_fail (segment != NULL, NULL);

  {
    g_autofree char *description = unknot_segment_describe_for_speech (segment);

    text = g_string_new (description);
  }
  if (segment->kind != UNKNOT_SEGMENT_WORK || segment->duration > 0 ||
      (segment->step->type != UNKNOT_STEP_POSITION && segment->step->type != UNKNOT_STEP_LOCATE) ||
      segment->step->instructions == NULL)
    return g_string_free (text, FALSE);

  /* the button's label without its mnemonic underscore */
  label = g_strdup (unknot_segment_get_continue_label (segment));
  {
    char *from = label, *to = label;

    for (; *from != '\0'; from++)
      if (*from != '_')
        *to++ = *from;
    *to = '\0';
  }
  g_string_append_printf (text, " %s ", segment->step->instructions);
  /* Translators: said after a step's instructions; %s is its button, such as “Found It” */
  g_string_append_printf (text, _("Then press “%s”."), label);
  return g_string_free (text, FALSE);
}

/**
 * unknot_segment_get_continue_label:
 *
 * Returns: the label of the button that ends a segment that waits for the user
 */
const char *
unknot_segment_get_continue_label (const UnknotSegment *segment)
{
  g_return_val_if_fail (segment != NULL, NULL);

  switch (segment->step->type)
    {
    case UNKNOT_STEP_LOCATE:   return _("_Found It");
    case UNKNOT_STEP_POSITION: return _("I’m _Ready");
    case UNKNOT_STEP_EXERCISE: return _("_Done");
    case UNKNOT_STEP_RATE:
    case UNKNOT_STEP_INFO:
    default:                   return _("_Continue");
    }
}

/**
 * unknot_format_countdown:
 * @remaining: microseconds left
 * @duration: microseconds in all, which decides the form
 *
 * Returns: the time left as the countdown shows it: whole seconds, rounded up so
 *   that 0 shows only at the end, as "45" or "1:05"
 */
char *
unknot_format_countdown (gint64 remaining,
                         gint64 duration)
{
  gint64 seconds = (MAX (remaining, 0) + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC;

  if (duration >= 60 * G_USEC_PER_SEC)
    return g_strdup_printf ("%" G_GINT64_FORMAT ":%02d", seconds / 60, (int) (seconds % 60));
  return g_strdup_printf ("%" G_GINT64_FORMAT, seconds);
}
