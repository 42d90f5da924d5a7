/* unknot-session-summary-page.c: what a session did, shown at its end
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "unknot-player"

#include "config.h"

#include <glib/gi18n.h>

#include "unknot-application.h"
#include "unknot-segment-text.h"
#include "unknot-session-summary-page.h"
#include "unknot-window.h"

struct _UnknotSessionSummaryPage
{
  AdwNavigationPage   parent_instance;

  UnknotSessionLog   *log;
  UnknotHistoryStore *history;     /* nullable */

  AdwStatusPage      *status_page;
  GtkWidget          *done_button;
  GtkListBox         *facts_list;
  AdwActionRow       *time_row;
  AdwActionRow       *steps_row;
  GtkWidget          *note_group;
  AdwEntryRow        *note_row;
  GtkLabel           *saved_label;
};

G_DEFINE_FINAL_TYPE (UnknotSessionSummaryPage, unknot_session_summary_page, ADW_TYPE_NAVIGATION_PAGE)

static guint
first_index (char       **strv,
             const char  *value)
{
  guint i = 0;

  while (!g_str_equal (strv[i], value))
    i++;
  return i;
}

/* The app's safety screen, which names the stop rules; none outside the app */
static UnknotSafety *
app_safety (void)
{
  GApplication *app = g_application_get_default ();

  return UNKNOT_IS_APPLICATION (app) ? unknot_application_get_safety (UNKNOT_APPLICATION (app)) : NULL;
}

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
side_title (const char *what,
            UnknotSide  side)
{
  /* what is "before" or "after" */
  gboolean before = g_str_equal (what, "before");

  switch (side)
    {
    case UNKNOT_SIDE_LEFT:  return before ? _("Pain Before, Left") : _("Pain After, Left");
    case UNKNOT_SIDE_RIGHT: return before ? _("Pain Before, Right") : _("Pain After, Right");
    case UNKNOT_SIDE_NONE:
    case UNKNOT_SIDE_BOTH:
    default:                return before ? _("Pain Before") : _("Pain After");
    }
}

static UnknotAnatomy *
anatomy (void)
{
  GApplication *app = g_application_get_default ();

  if (!UNKNOT_IS_APPLICATION (app))
    return NULL;
  return unknot_routine_library_get_anatomy (unknot_application_get_library (UNKNOT_APPLICATION (app)));
}

static char *
point_title (const UnknotPointLog *point)
{
  UnknotAnatomy *known = anatomy ();
  const UnknotTriggerPoint *found = known != NULL ? unknot_anatomy_lookup_trigger_point (known, point->trigger_point) : NULL;
  const char *name = found != NULL ? found->name : point->trigger_point;

  switch (point->side)
    {
    /* Translators: a trigger point's name and the side of the body it was held on */
    case UNKNOT_SIDE_LEFT:  return g_strdup_printf (_("%s, Left"), name);
    case UNKNOT_SIDE_RIGHT: return g_strdup_printf (_("%s, Right"), name);
    case UNKNOT_SIDE_NONE:
    case UNKNOT_SIDE_BOTH:
    default:                return g_strdup (name);
    }
}

static char *
describe_holds (const UnknotPointLog *point)
{
  g_autofree char *time = unknot_format_duration (point->hold_seconds);
  /* Translators: holds done of holds planned, e.g. "2 of 2 holds" */
  g_autofree char *holds = g_strdup_printf (g_dngettext (NULL, "%u of %u hold", "%u of %u holds", point->holds_planned),
                                            point->holds_done, point->holds_planned);
  GString *text = g_string_new (NULL);

  /* Translators: how many holds, then for how long in all, e.g. "2 of 2 holds, 2 min" */
  g_string_printf (text, _("%s, %s"), holds, time);
  if (point->holds_released_early > 0)
    {
      g_string_append (text, "\n");
      g_string_append_printf (text, g_dngettext (NULL, "%u ended early: it released", "%u ended early: they released",
                                                 point->holds_released_early),
                              point->holds_released_early);
    }
  /* each stop rule once, with how many times it was used */
  for (guint i = 0; point->stops != NULL && point->stops[i] != NULL; i++)
    {
      g_autofree char *stop = NULL;
      guint times = 0;

      if (first_index (point->stops, point->stops[i]) != i)
        continue;
      for (guint j = i; point->stops[j] != NULL; j++)
        times += g_str_equal (point->stops[j], point->stops[i]);

      stop = unknot_describe_stop_reason (point->stops[i], app_safety ());
      g_string_append (text, "\n");
      if (times == 1)
        g_string_append (text, stop);
      else
        /* Translators: a stop rule used more than once, e.g. “You pressed “Sharp Pain”, 2 times” */
        g_string_append_printf (text, g_dngettext (NULL, "%s, %u time", "%s, %u times", times), stop, times);
    }

  return g_string_free (text, FALSE);
}

/* The picture of a session: a release or a routine */
static const char *
session_icon (const UnknotSessionLog *log)
{
  return log->compression ? "unknot-release-symbolic" : "unknot-routines-symbolic";
}

static void
fill (UnknotSessionSummaryPage *self,
      const char               *save_error)
{
  UnknotSessionLog *log = self->log;
  g_autofree char *time = unknot_format_duration (log->active_seconds);
  g_autofree char *steps = NULL;
  static const UnknotSide sides[] = { UNKNOT_SIDE_NONE, UNKNOT_SIDE_LEFT, UNKNOT_SIDE_RIGHT };

  adw_status_page_set_title (self->status_page, log->completed ? _("Well Done") : _("Session Stopped"));
  adw_status_page_set_description (self->status_page, log->routine_title);
  /* a session stopped early shows what it was, as the history does */
  if (!log->completed)
    adw_status_page_set_icon_name (self->status_page, session_icon (log));

  adw_action_row_set_subtitle (self->time_row, time);
  /* Translators: how many steps of the session were done, of how many */
  steps = g_strdup_printf (_("%u of %u"), log->steps_done, log->steps_total);
  adw_action_row_set_subtitle (self->steps_row, steps);

  if (!log->completed && log->stop_reason != NULL)
    {
      g_autofree char *reason = unknot_describe_stop_reason (log->stop_reason, app_safety ());

      add_fact (self, _("Stopped"), reason);
    }

  for (guint i = 0; i < log->points->len; i++)
    {
      const UnknotPointLog *point = g_ptr_array_index (log->points, i);
      g_autofree char *title = point_title (point);
      g_autofree char *holds = describe_holds (point);

      add_fact (self, title, holds);
    }

  for (guint i = 0; i < G_N_ELEMENTS (sides); i++)
    for (UnknotRateWhen when = UNKNOT_RATE_BEFORE; when <= UNKNOT_RATE_AFTER; when++)
      {
        int pain;

        if (unknot_session_log_get_rating (log, when, sides[i], &pain))
          {
            /* Translators: a pain rating on the scale from 0 to 10 */
            g_autofree char *text = g_strdup_printf (_("%d of 10"), pain);

            add_fact (self, side_title (when == UNKNOT_RATE_BEFORE ? "before" : "after", sides[i]), text);
          }
      }

  if (save_error != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("This session could not be saved: %s"), save_error);

      gtk_label_set_label (self->saved_label, text);
      gtk_widget_set_visible (self->note_group, FALSE);
    }
  else if (self->history == NULL || log->id == 0)
    {
      gtk_label_set_label (self->saved_label, _("This session was not saved."));
      gtk_widget_set_visible (self->note_group, FALSE);
    }
  else if (!unknot_history_store_is_persistent (self->history))
    {
      gtk_label_set_label (self->saved_label,
                           _("This session was not saved: your history cannot be opened. "
                             "It is remembered only until Unknot closes, to pace today’s sessions."));
    }
  else
    {
      gtk_label_set_label (self->saved_label, _("Saved to your history."));
    }
}

/* Keeps the note, if it changed. */
static void
save_note (UnknotSessionSummaryPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->note_row));
  g_autoptr(GError) error = NULL;

  if (self->history == NULL || self->log->id == 0 || g_strcmp0 (text, self->log->note ? self->log->note : "") == 0)
    return;

  unknot_session_log_set_note (self->log, text);
  if (!unknot_history_store_set_note (self->history, self->log->id, self->log->note, &error))
    {
      GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), UNKNOT_TYPE_WINDOW);
      g_autofree char *message = g_strdup_printf (_("The note could not be saved: %s"), error->message);

      if (window != NULL)
        unknot_window_add_toast (UNKNOT_WINDOW (window), adw_toast_new (message));
    }
}

static void
note_apply_cb (UnknotSessionSummaryPage *self)
{
  save_note (self);
}

static void
unknot_session_summary_page_done_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter)
{
  GtkWidget *view = gtk_widget_get_ancestor (widget, ADW_TYPE_NAVIGATION_VIEW);

  save_note (UNKNOT_SESSION_SUMMARY_PAGE (widget));
  if (view != NULL)
    adw_navigation_view_pop (ADW_NAVIGATION_VIEW (view));
}

/**
 * unknot_session_summary_page_new:
 * @log: what the session did; saved already if @history took it
 * @history: (nullable): where it was kept, and the note goes
 * @save_error: (nullable): why it could not be kept
 */
AdwNavigationPage *
unknot_session_summary_page_new (UnknotSessionLog   *log,
                                 UnknotHistoryStore *history,
                                 const char         *save_error)
{
  UnknotSessionSummaryPage *self;

  g_return_val_if_fail (log != NULL, NULL);

  self = g_object_new (UNKNOT_TYPE_SESSION_SUMMARY_PAGE, NULL);
  self->log = unknot_session_log_ref (log);
  self->history = history != NULL ? g_object_ref (history) : NULL;
  fill (self, save_error);

  return ADW_NAVIGATION_PAGE (self);
}

/**
 * unknot_session_summary_page_new_for_past:
 * @log: a session from the history
 * @history: where it is kept, and where its note goes
 *
 * The same facts for a session looked back on from Progress: headed by the routine and
 * when it began, not by "Well Done", and left by the back button.
 */
AdwNavigationPage *
unknot_session_summary_page_new_for_past (UnknotSessionLog   *log,
                                          UnknotHistoryStore *history)
{
  UnknotSessionSummaryPage *self;
  g_autoptr(GDateTime) started = NULL;
  g_autofree char *time = NULL;
  g_autofree char *description = NULL;

  g_return_val_if_fail (log != NULL, NULL);

  self = UNKNOT_SESSION_SUMMARY_PAGE (unknot_session_summary_page_new (log, history, NULL));
  started = g_date_time_new_from_unix_local_usec (log->started_at);
  time = started != NULL ? g_date_time_format (started, "%H:%M") : g_strdup ("");
  description = log->completed ? g_strdup_printf (_("Begun at %s and played to the end"), time)
                               : g_strdup_printf (_("Begun at %s and stopped early"), time);

  adw_status_page_set_title (self->status_page, log->routine_title);
  adw_status_page_set_description (self->status_page, description);
  adw_status_page_set_icon_name (self->status_page, session_icon (log));
  gtk_widget_set_visible (self->done_button, FALSE);
  /* it was saved long ago: nothing to say about that */
  gtk_widget_set_visible (GTK_WIDGET (self->saved_label), FALSE);

  return ADW_NAVIGATION_PAGE (self);
}

static void
unknot_session_summary_page_dispose (GObject *object)
{
  UnknotSessionSummaryPage *self = UNKNOT_SESSION_SUMMARY_PAGE (object);

  /* leaving by the back button keeps the note too */
  if (self->log != NULL)
    save_note (self);
  gtk_widget_dispose_template (GTK_WIDGET (object), UNKNOT_TYPE_SESSION_SUMMARY_PAGE);
  g_clear_pointer (&self->log, unknot_session_log_unref);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (unknot_session_summary_page_parent_class)->dispose (object);
}

/* A very short window shows the status page's small layout, the facts in view sooner. */
static void
short_window_cb (AdwStatusPage *status_page)
{
  gtk_widget_add_css_class (GTK_WIDGET (status_page), "compact");
}

static void
tall_window_cb (AdwStatusPage *status_page)
{
  gtk_widget_remove_css_class (GTK_WIDGET (status_page), "compact");
}

static void
unknot_session_summary_page_class_init (UnknotSessionSummaryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = unknot_session_summary_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/unknot-session-summary-page.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotSessionSummaryPage, status_page);
  gtk_widget_class_bind_template_callback (widget_class, short_window_cb);
  gtk_widget_class_bind_template_callback (widget_class, tall_window_cb);
  gtk_widget_class_bind_template_child (widget_class, UnknotSessionSummaryPage, done_button);
  gtk_widget_class_bind_template_child (widget_class, UnknotSessionSummaryPage, facts_list);
  gtk_widget_class_bind_template_child (widget_class, UnknotSessionSummaryPage, time_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotSessionSummaryPage, steps_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotSessionSummaryPage, note_group);
  gtk_widget_class_bind_template_child (widget_class, UnknotSessionSummaryPage, note_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotSessionSummaryPage, saved_label);
  gtk_widget_class_bind_template_callback (widget_class, note_apply_cb);

  gtk_widget_class_install_action (widget_class, "summary.done", NULL, unknot_session_summary_page_done_action);
}

static void
unknot_session_summary_page_init (UnknotSessionSummaryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
