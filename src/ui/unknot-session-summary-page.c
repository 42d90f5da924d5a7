/* unknot-session-summary-page.c: what a session did, shown at its end
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "unknot-player"

#include "config.h"

#include <glib/gi18n.h>

#include "unknot-segment-text.h"
#include "unknot-session-summary-page.h"

struct _UnknotSessionSummaryPage
{
  AdwNavigationPage  parent_instance;

  AdwStatusPage     *status_page;
  GtkListBox        *facts_list;
  AdwActionRow      *time_row;
  AdwActionRow      *steps_row;
};

G_DEFINE_FINAL_TYPE (UnknotSessionSummaryPage, unknot_session_summary_page, ADW_TYPE_NAVIGATION_PAGE)

static void
add_fact (UnknotSessionSummaryPage *self,
          const char               *title,
          const char               *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
  gtk_widget_add_css_class (row, "property");
  gtk_list_box_append (self->facts_list, row);
}

static const char *
rating_title (const UnknotPainRating *rating)
{
  gboolean before = rating->when == UNKNOT_RATE_BEFORE;

  switch (rating->side)
    {
    case UNKNOT_SIDE_LEFT:  return before ? _("Pain Before, Left") : _("Pain After, Left");
    case UNKNOT_SIDE_RIGHT: return before ? _("Pain Before, Right") : _("Pain After, Right");
    case UNKNOT_SIDE_NONE:
    case UNKNOT_SIDE_BOTH:
    default:                return before ? _("Pain Before") : _("Pain After");
    }
}

static void
fill (UnknotSessionSummaryPage *self,
      UnknotSessionEngine      *engine)
{
  UnknotRoutine *routine = unknot_session_engine_get_routine (engine);
  gboolean finished = unknot_session_engine_get_state (engine) == UNKNOT_SESSION_FINISHED;
  guint n = unknot_session_engine_get_n_segments (engine), released = 0;
  guint n_steps = routine->steps->len, done = 0;
  guint seconds = (guint) ((unknot_session_engine_get_active_time (engine) + G_USEC_PER_SEC / 2) / G_USEC_PER_SEC);
  g_autofree char *time = unknot_format_duration (seconds);
  g_autofree char *steps = NULL;
  g_autofree gboolean *step_done = g_new0 (gboolean, n_steps);
  g_autofree gboolean *step_missed = g_new0 (gboolean, n_steps);
  GArray *ratings = unknot_session_engine_get_ratings (engine);

  /* A step is done when every hold, rep, set and side of it was done: the rests and
   * the pause to switch sides do not count. */
  for (guint i = 0; i < n; i++)
    {
      const UnknotSegment *segment = unknot_session_engine_get_segment (engine, i);
      UnknotSegmentOutcome outcome = unknot_session_engine_get_record (engine, i)->outcome;
      gboolean ok = outcome == UNKNOT_SEGMENT_DONE || outcome == UNKNOT_SEGMENT_RELEASED_EARLY;

      released += outcome == UNKNOT_SEGMENT_RELEASED_EARLY;
      if (segment->kind != UNKNOT_SEGMENT_WORK)
        continue;
      step_done[segment->step_index] |= ok;
      step_missed[segment->step_index] |= !ok;
    }
  for (guint i = 0; i < n_steps; i++)
    done += step_done[i] && !step_missed[i];

  adw_status_page_set_title (self->status_page, finished ? _("Well Done") : _("Session Stopped"));
  adw_status_page_set_description (self->status_page, routine->title);
  if (!finished)
    adw_status_page_set_icon_name (self->status_page, "media-playback-stop-symbolic");

  adw_action_row_set_subtitle (self->time_row, time);
  /* Translators: how many steps of the session were done, of how many */
  steps = g_strdup_printf (_("%u of %u"), done, n_steps);
  adw_action_row_set_subtitle (self->steps_row, steps);

  if (released > 0)
    {
      g_autofree char *text = g_strdup_printf ("%u", released);

      add_fact (self, _("Holds Ended Early"), text);
    }

  for (guint i = 0; i < ratings->len; i++)
    {
      const UnknotPainRating *rating = &g_array_index (ratings, UnknotPainRating, i);
      /* Translators: a pain rating on the scale from 0 to 10 */
      g_autofree char *text = g_strdup_printf (_("%d of 10"), rating->pain);

      add_fact (self, rating_title (rating), text);
    }
}

static void
unknot_session_summary_page_done_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter)
{
  GtkWidget *view = gtk_widget_get_ancestor (widget, ADW_TYPE_NAVIGATION_VIEW);

  if (view != NULL)
    adw_navigation_view_pop (ADW_NAVIGATION_VIEW (view));
}

AdwNavigationPage *
unknot_session_summary_page_new (UnknotSessionEngine *engine)
{
  UnknotSessionSummaryPage *self;

  g_return_val_if_fail (UNKNOT_IS_SESSION_ENGINE (engine), NULL);

  self = g_object_new (UNKNOT_TYPE_SESSION_SUMMARY_PAGE, NULL);
  fill (self, engine);

  return ADW_NAVIGATION_PAGE (self);
}

static void
unknot_session_summary_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), UNKNOT_TYPE_SESSION_SUMMARY_PAGE);

  G_OBJECT_CLASS (unknot_session_summary_page_parent_class)->dispose (object);
}

static void
unknot_session_summary_page_class_init (UnknotSessionSummaryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = unknot_session_summary_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/unknot-session-summary-page.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotSessionSummaryPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, UnknotSessionSummaryPage, facts_list);
  gtk_widget_class_bind_template_child (widget_class, UnknotSessionSummaryPage, time_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotSessionSummaryPage, steps_row);

  gtk_widget_class_install_action (widget_class, "summary.done", NULL, unknot_session_summary_page_done_action);
}

static void
unknot_session_summary_page_init (UnknotSessionSummaryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
