/* unknot-player-page.c: plays a routine, with a countdown, a breathing pacer and controls
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "unknot-player"

#include "config.h"

#include <glib/gi18n.h>

#include "unknot-application.h"
#include "unknot-safety.h"
#include "unknot-session-log.h"
#include "unknot-breathing-indicator.h"
#include "unknot-breathing-pacer.h"
#include "unknot-countdown-ring.h"
#include "unknot-illustration.h"
#include "unknot-pain-scale.h"
#include "unknot-player-page-private.h"
#include "unknot-segment-text.h"
#include "unknot-session-summary-page.h"
#include "unknot-window.h"

struct _UnknotPlayerPage
{
  AdwNavigationPage         parent_instance;

  UnknotSessionEngine      *engine;
  UnknotAnnouncer          *announcer;        /* nullable */
  guint                     tick_id;
  GtkApplication           *inhibit_app;
  guint                     inhibit_cookie;
  gboolean                  inhibiting;
  gint64                    shown_seconds;    /* what the countdown label shows */
  int                       shown_phase;      /* the breath phase shown, -1 none */
  gboolean                  was_running;      /* before the stop dialog paused it */
  gboolean                  summary_shown;
  GDateTime                *started;          /* when the session began; nullable */
  UnknotSessionLog         *log;              /* what it did, once it has ended */
  UnknotHistoryStore       *history;          /* where it is kept; nullable */
  UnknotSafety             *safety;           /* the stop rules; nullable */
  char                     *save_error;       /* why it could not be kept; nullable */

  AdwWindowTitle           *window_title;
  GtkScrolledWindow        *scrolled_window;
  GtkProgressBar           *progress_bar;
  GtkLabel                 *side_label;
  GtkLabel                 *title_label;
  GtkLabel                 *round_label;
  GtkBox                   *layout_box;
  GtkStack                 *timer_stack;
  UnknotCountdownRing      *ring;
  GtkLabel                 *time_label;
  GtkBox                   *rating_box;
  GtkButton                *continue_button;
  GtkWidget                *breath_box;
  UnknotBreathingIndicator *breath_indicator;
  GtkLabel                 *breath_label;
  UnknotIllustration       *picture;
  GtkLabel                 *instructions_label;
  GtkLabel                 *extra_label;
  GtkWidget                *release_button;
  GtkWidget                *stop_box;
  GtkFlowBox               *stop_flow;
  GtkWidget                *stop_menu_button;
  GMenu                    *stop_menu;
  GtkLabel                 *next_label;
  GtkButton                *pause_button;
};

G_DEFINE_FINAL_TYPE (UnknotPlayerPage, unknot_player_page, ADW_TYPE_NAVIGATION_PAGE)

static void update_time (UnknotPlayerPage *self);

UnknotSessionEngine *
unknot_player_page_get_engine (UnknotPlayerPage *self)
{
  g_return_val_if_fail (UNKNOT_IS_PLAYER_PAGE (self), NULL);

  return self->engine;
}

gboolean
unknot_player_page_is_inhibiting (UnknotPlayerPage *self)
{
  g_return_val_if_fail (UNKNOT_IS_PLAYER_PAGE (self), FALSE);

  return self->inhibiting;
}

gboolean
unknot_player_page_is_ticking (UnknotPlayerPage *self)
{
  g_return_val_if_fail (UNKNOT_IS_PLAYER_PAGE (self), FALSE);

  return self->tick_id != 0;
}

static const UnknotSegment *
current_segment (UnknotPlayerPage *self)
{
  return unknot_session_engine_get_current (self->engine);
}

static gboolean
routine_has_sides (UnknotPlayerPage *self)
{
  UnknotRoutine *routine = unknot_session_engine_get_routine (self->engine);

  for (guint i = 0; i < routine->steps->len; i++)
    if (((UnknotStep *) g_ptr_array_index (routine->steps, i))->side != UNKNOT_SIDE_NONE)
      return TRUE;
  return FALSE;
}

/* Screen and accessibility ------------------------------------------------- */

static void
set_inhibited (UnknotPlayerPage *self,
               gboolean          inhibited)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;

  if (inhibited == self->inhibiting || (inhibited && app == NULL))
    return;

  self->inhibiting = inhibited;
  if (inhibited)
    {
      /* The screen must not blank while someone follows the session from the floor.
       * Without a session manager or portal there is nothing to ask (cookie 0). */
      self->inhibit_app = g_object_ref (app);
      self->inhibit_cookie = gtk_application_inhibit (app, GTK_WINDOW (root),
                                                      GTK_APPLICATION_INHIBIT_IDLE,
                                                      _("A session is running"));
    }
  else
    {
      if (self->inhibit_cookie != 0)
        gtk_application_uninhibit (self->inhibit_app, self->inhibit_cookie);
      self->inhibit_cookie = 0;
      g_clear_object (&self->inhibit_app);
    }
}

static void
announce (UnknotPlayerPage *self,
          const char       *text)
{
  gtk_accessible_announce (GTK_ACCESSIBLE (self), text, GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
}

/* Whether the app's own voice speaks the steps: then a screen reader need not say them
 * too, at the same moment. */
static gboolean
voice_speaks (UnknotPlayerPage *self)
{
  UnknotSpeaker *speaker;

  if (self->announcer == NULL || !unknot_announcer_get_voice_enabled (self->announcer))
    return FALSE;
  speaker = unknot_announcer_get_speaker (self->announcer);
  return speaker != NULL && unknot_speaker_get_available (speaker);
}

/* The countdown and the pacer, at the pace of the display ------------------ */

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *frame_clock,
         gpointer       user_data)
{
  update_time (UNKNOT_PLAYER_PAGE (widget));
  return G_SOURCE_CONTINUE;
}

/* Frame ticks are wanted only while time visibly moves; the frame clock itself
 * stops them while the window is hidden. */
static void
update_ticking (UnknotPlayerPage *self)
{
  const UnknotSegment *segment = current_segment (self);
  gboolean wanted = unknot_session_engine_get_state (self->engine) == UNKNOT_SESSION_RUNNING &&
                    (segment->duration > 0 || segment->pattern != NULL);

  if (wanted && self->tick_id == 0)
    self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), tick_cb, NULL, NULL);
  else if (!wanted && self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
      self->tick_id = 0;
    }
}

static const char *
breath_phase_label (UnknotBreathPhase phase)
{
  switch (phase)
    {
    case UNKNOT_BREATH_IN:       return _("Breathe in");
    case UNKNOT_BREATH_OUT:      return _("Breathe out");
    case UNKNOT_BREATH_HOLD_IN:
    case UNKNOT_BREATH_HOLD_OUT:
    default:                     return _("Hold");
    }
}

static void
update_time (UnknotPlayerPage *self)
{
  const UnknotSegment *segment = current_segment (self);
  gint64 remaining = unknot_session_engine_get_remaining (self->engine);
  double progress;

  if (segment->duration > 0)
    {
      gint64 seconds = (remaining + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC;

      unknot_countdown_ring_set_remaining (self->ring, (double) remaining / G_USEC_PER_SEC);
      if (seconds != self->shown_seconds)
        {
          g_autofree char *text = unknot_format_countdown (remaining, segment->duration);

          self->shown_seconds = seconds;
          gtk_label_set_text (self->time_label, text);
        }
    }

  if (segment->pattern != NULL)
    {
      UnknotBreathState state;
      double elapsed = (double) unknot_session_engine_get_elapsed (self->engine) / G_USEC_PER_SEC;

      unknot_breathing_pacer_at (segment->pattern, elapsed, &state);
      unknot_breathing_indicator_set_fullness (self->breath_indicator, state.fullness);
      if ((int) state.phase != self->shown_phase)
        {
          self->shown_phase = state.phase;
          gtk_label_set_text (self->breath_label, breath_phase_label (state.phase));
          unknot_breathing_indicator_set_phase_label (self->breath_indicator,
                                                      breath_phase_label (state.phase));
        }
    }

  progress = unknot_session_engine_get_progress (self->engine);
  if (ABS (progress - gtk_progress_bar_get_fraction (self->progress_bar)) >= 0.001)
    gtk_progress_bar_set_fraction (self->progress_bar, progress);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.release",
                                 unknot_session_engine_can_release_early (self->engine));
}

/* The segment on show ------------------------------------------------------- */

static char *
bullets (const char * const *items)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (items[i], -1);

      g_string_append_printf (text, "%s• %s", text->len > 0 ? "\n" : "", escaped);
    }

  return g_string_free (text, FALSE);
}

/* What a step adds to its instructions: where to look and what to feel for, or how
 * hard to press */
static char *
describe_extra (const UnknotSegment *segment)
{
  const UnknotStep *step = segment->step;

  if (segment->kind != UNKNOT_SEGMENT_WORK)
    return NULL;

  if (step->type == UNKNOT_STEP_LOCATE)
    {
      GString *text = g_string_new (NULL);
      g_autofree char *landmarks = bullets ((const char * const *) step->landmarks);
      g_autofree char *signs = bullets ((const char * const *) step->signs);

      g_string_append_printf (text, "<b>%s</b>\n%s", _("Landmarks"), landmarks);
      if (step->search != NULL)
        {
          g_autofree char *search = g_markup_escape_text (step->search, -1);

          g_string_append_printf (text, "\n\n<b>%s</b>\n%s", _("How to search"), search);
        }
      g_string_append_printf (text, "\n\n<b>%s</b>\n%s", _("Signs you are on it"), signs);
      return g_string_free (text, FALSE);
    }

  if (step->type == UNKNOT_STEP_PRESS)
    {
      g_autofree char *words = g_markup_escape_text (step->pressure_words, -1);

      /* Translators: the pressure to use, on a scale from 0 to 10, then in words */
      return g_strdup_printf (_("<b>Pressure: about %u out of 10, never above %u.</b> %s"),
                              step->pressure_target, step->pressure_max, words);
    }

  return NULL;
}

static void
rating_changed_cb (UnknotPainScale  *scale,
                   GParamSpec       *pspec,
                   UnknotPlayerPage *self)
{
  const UnknotSegment *segment = current_segment (self);
  UnknotSide side = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (scale), "unknot-side"));
  int value = unknot_pain_scale_get_value (scale);

  if (value >= 0 && segment->step->type == UNKNOT_STEP_RATE)
    unknot_session_engine_set_rating (self->engine, segment->step->when, side, value);
}

static void
add_pain_scale (UnknotPlayerPage *self,
                const char       *title,
                UnknotSide        side)
{
  GtkWidget *scale = unknot_pain_scale_new (title);
  GArray *ratings = unknot_session_engine_get_ratings (self->engine);
  UnknotRateWhen when = current_segment (self)->step->when;

  /* Coming back to a rating shows what was given. */
  for (guint i = 0; i < ratings->len; i++)
    {
      const UnknotPainRating *rating = &g_array_index (ratings, UnknotPainRating, i);

      if (rating->when == when && rating->side == side)
        unknot_pain_scale_set_value (UNKNOT_PAIN_SCALE (scale), rating->pain);
    }
  g_object_set_data (G_OBJECT (scale), "unknot-side", GINT_TO_POINTER (side));
  g_signal_connect (scale, "notify::value", G_CALLBACK (rating_changed_cb), self);
  gtk_box_append (self->rating_box, scale);
}

static void
fill_rating_box (UnknotPlayerPage *self)
{
  const UnknotSegment *segment = current_segment (self);
  GtkWidget *child;
  gboolean rating = segment->kind == UNKNOT_SEGMENT_WORK && segment->step->type == UNKNOT_STEP_RATE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->rating_box))) != NULL)
    gtk_box_remove (self->rating_box, child);

  gtk_widget_set_visible (GTK_WIDGET (self->rating_box), rating);
  if (!rating)
    return;

  /* one scale per side played; a session on one side rates that side alone */
  if (routine_has_sides (self))
    {
      if (unknot_session_engine_has_side (self->engine, UNKNOT_SIDE_LEFT))
        add_pain_scale (self, _("Left Side"), UNKNOT_SIDE_LEFT);
      if (unknot_session_engine_has_side (self->engine, UNKNOT_SIDE_RIGHT))
        add_pain_scale (self, _("Right Side"), UNKNOT_SIDE_RIGHT);
    }
  else
    {
      add_pain_scale (self, NULL, UNKNOT_SIDE_NONE);
    }
}

/* Stop rules ---------------------------------------------------------------- */

/* Which stop rules a segment offers: all of them while pressing, the pulse while
 * searching for the point, none otherwise. */
static gboolean
offers_stop_rule (const UnknotSegment  *segment,
                  const UnknotStopRule *rule)
{
  if (segment->kind != UNKNOT_SEGMENT_WORK)
    return FALSE;
  if (segment->step->type == UNKNOT_STEP_PRESS)
    return TRUE;
  return segment->step->type == UNKNOT_STEP_LOCATE && rule->action == UNKNOT_STOP_ACTION_FIND_ANOTHER_SPOT;
}

static void
stop_rule_dialog_response_cb (AdwAlertDialog   *dialog,
                              const char       *response,
                              UnknotPlayerPage *self)
{
  /* the session waited while the advice was read */
  if (self->was_running && self->engine != NULL &&
      unknot_session_engine_get_state (self->engine) == UNKNOT_SESSION_PAUSED)
    unknot_session_engine_resume (self->engine);
  self->was_running = FALSE;
}

/* Shows and says what to do now. A session that goes on waits while it is read. */
static void
show_stop_advice (UnknotPlayerPage     *self,
                  const UnknotStopRule *rule,
                  gboolean              then_resume)
{
  GtkWidget *parent = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  AdwDialog *dialog = adw_alert_dialog_new (rule->title, rule->advice);

  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), "ok",
                                 then_resume ? _("_Go On") : _("_OK"));
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "ok");
  self->was_running = then_resume;
  g_signal_connect_object (dialog, "response", G_CALLBACK (stop_rule_dialog_response_cb), self, G_CONNECT_DEFAULT);
  adw_dialog_present (dialog, parent != NULL ? parent : GTK_WIDGET (self));

  if (self->announcer != NULL)
    {
      unknot_announcer_clear (self->announcer);
      unknot_announcer_say (self->announcer, rule->advice);
    }
  if (!voice_speaks (self))
    gtk_accessible_announce (GTK_ACCESSIBLE (self), rule->advice, GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_HIGH);
}

/**
 * unknot_player_page_use_stop_rule:
 * @rule_id: a stop rule of the safety screen
 *
 * Does what the stop rule says, at once, and shows what to do now: lift off and
 * search again (a pulse), leave the point on this side (sharp pain, tingling), end
 * the session (dizziness) or ease off and go on.
 */
void
unknot_player_page_use_stop_rule (UnknotPlayerPage *self,
                                  const char       *rule_id)
{
  const UnknotStopRule *rule;
  gboolean running;

  g_return_if_fail (UNKNOT_IS_PLAYER_PAGE (self));

  rule = self->safety != NULL ? unknot_safety_lookup_stop_rule (self->safety, rule_id) : NULL;
  g_return_if_fail (rule != NULL);
  running = unknot_session_engine_get_state (self->engine) == UNKNOT_SESSION_RUNNING;

  switch (rule->action)
    {
    case UNKNOT_STOP_ACTION_FIND_ANOTHER_SPOT:
      /* searching waits for "Found it": nothing to pause */
      unknot_session_engine_find_another_spot (self->engine, rule->id);
      show_stop_advice (self, rule, FALSE);
      break;
    case UNKNOT_STOP_ACTION_END_POINT:
      unknot_session_engine_pause (self->engine);
      unknot_session_engine_end_point (self->engine, rule->id);
      show_stop_advice (self, rule, running);
      break;
    case UNKNOT_STOP_ACTION_END_SESSION:
      show_stop_advice (self, rule, FALSE);
      unknot_session_engine_abandon (self->engine, rule->id);
      break;
    case UNKNOT_STOP_ACTION_EASE_OFF:
    default:
      unknot_session_engine_note_stop (self->engine, rule->id);
      show_stop_advice (self, rule, FALSE);
      break;
    }
}

static void
stop_rule_clicked_cb (GtkButton        *button,
                      UnknotPlayerPage *self)
{
  unknot_player_page_use_stop_rule (self, g_object_get_data (G_OBJECT (button), "stop-rule"));
}

static void
fill_stop_rules (UnknotPlayerPage *self)
{
  for (guint i = 0; self->safety != NULL && i < self->safety->stop_rules->len; i++)
    {
      const UnknotStopRule *rule = g_ptr_array_index (self->safety->stop_rules, i);
      GtkWidget *button = gtk_button_new ();
      GtkWidget *label = gtk_label_new (rule->label);

      /* a long label wraps rather than widen a narrow window */
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
      gtk_button_set_child (GTK_BUTTON (button), label);
      gtk_widget_add_css_class (button, "player-stop-rule");
      g_object_set_data (G_OBJECT (button), "stop-rule", rule->id);
      g_object_set_data (G_OBJECT (button), "stop-rule-data", (gpointer) rule);
      gtk_widget_set_tooltip_text (button, rule->title);
      g_signal_connect_object (button, "clicked", G_CALLBACK (stop_rule_clicked_cb), self, G_CONNECT_DEFAULT);
      gtk_flow_box_append (self->stop_flow, button);
    }
}

static void
update_stop_rules (UnknotPlayerPage    *self,
                   const UnknotSegment *segment)
{
  gboolean any = FALSE;

  /* the same rules in the menu that stands in for the buttons in a very short window */
  g_menu_remove_all (self->stop_menu);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->stop_flow));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *button = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));
      const UnknotStopRule *rule = g_object_get_data (G_OBJECT (button), "stop-rule-data");
      gboolean offered = offers_stop_rule (segment, rule);

      gtk_widget_set_visible (child, offered);
      if (offered)
        {
          g_autoptr (GMenuItem) item = g_menu_item_new (rule->label, NULL);

          g_menu_item_set_action_and_target_value (item, "player.stop-rule", g_variant_new_string (rule->id));
          g_menu_append_item (self->stop_menu, item);
        }
      any |= offered;
    }
  gtk_widget_set_visible (self->stop_box, any);
}

static void
show_picture (UnknotPlayerPage    *self,
              const UnknotSegment *segment)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  gboolean shown = FALSE;

  /* Only bundled pictures for now; a routine without them shows its words alone. */
  if (segment->kind == UNKNOT_SEGMENT_WORK && segment->step->image != NULL)
    path = g_build_path ("/", RESOURCE_BASE_PATH, segment->step->image, NULL);

  if (path != NULL && g_resources_get_info (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL))
    {
      shown = unknot_illustration_set_resource (self->picture, path, &error);
      /* drawn for the left side, flipped for the right where the picture says how */
      unknot_illustration_set_right_side (self->picture, segment->side == UNKNOT_SIDE_RIGHT);
      if (!shown)
        g_warning ("The picture %s could not be drawn: %s", path, error->message);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->picture),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, segment->step->title, -1);
    }
  else
    {
      unknot_illustration_set_resource (self->picture, NULL, NULL);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->picture), shown);
}

static void
update_segment (UnknotPlayerPage *self)
{
  const UnknotSegment *segment = current_segment (self);
  guint index = unknot_session_engine_get_segment_index (self->engine);
  g_autofree char *title = unknot_segment_get_title (segment);
  g_autofree char *round = unknot_segment_describe_round (segment);
  g_autofree char *next = unknot_segment_describe_next (unknot_session_engine_get_segment (self->engine, index + 1));
  g_autofree char *extra = describe_extra (segment);
  g_autofree char *step_text = g_strdup_printf (_("Step %u of %u"), segment->step_index + 1,
                                                unknot_session_engine_get_routine (self->engine)->steps->len);
  const char *side = unknot_side_get_label (segment->side);
  const char *instructions = NULL;

  adw_window_title_set_subtitle (self->window_title, step_text);
  /* A new step is read from its top, its side and title first. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0.0);
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->side_label, side != NULL ? side : "");
  gtk_widget_set_visible (GTK_WIDGET (self->side_label), side != NULL);
  gtk_label_set_text (self->round_label, round != NULL ? round : "");
  gtk_widget_set_visible (GTK_WIDGET (self->round_label), round != NULL);

  if (segment->kind == UNKNOT_SEGMENT_WORK)
    instructions = segment->step->instructions;
  else if (segment->kind == UNKNOT_SEGMENT_SWITCH_SIDES)
    instructions = _("Come out of the position slowly and get ready to do the same on your right side.");
  else
    instructions = _("Let go, breathe easily and rest.");
  gtk_label_set_text (self->instructions_label, instructions != NULL ? instructions : "");
  gtk_widget_set_visible (GTK_WIDGET (self->instructions_label), instructions != NULL);
  gtk_label_set_markup (self->extra_label, extra != NULL ? extra : "");
  gtk_widget_set_visible (GTK_WIDGET (self->extra_label), extra != NULL);
  show_picture (self, segment);

  gtk_widget_set_visible (self->release_button, segment->early_after > 0);
  update_stop_rules (self, segment);
  gtk_label_set_text (self->next_label, next);

  if (segment->duration > 0)
    {
      gtk_stack_set_visible_child_name (self->timer_stack, "timed");
      unknot_countdown_ring_set_total (self->ring, (double) segment->duration / G_USEC_PER_SEC);
    }
  else
    {
      gtk_stack_set_visible_child_name (self->timer_stack, "waiting");
      gtk_button_set_label (self->continue_button, unknot_segment_get_continue_label (segment));
    }
  fill_rating_box (self);

  gtk_widget_set_visible (self->breath_box, segment->pattern != NULL);
  unknot_breathing_indicator_set_active (self->breath_indicator, segment->pattern != NULL);
  self->shown_seconds = -1;
  self->shown_phase = -1;
  update_time (self);
}

static void
update_state (UnknotPlayerPage *self)
{
  UnknotSessionState state = unknot_session_engine_get_state (self->engine);
  gboolean running = state == UNKNOT_SESSION_RUNNING;
  gboolean playing = running || state == UNKNOT_SESSION_PAUSED;
  const char *label = running ? _("Pause") : _("Resume");

  gtk_button_set_icon_name (self->pause_button,
                            running ? "media-playback-pause-symbolic" : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->pause_button),
                               running ? _("Pause (Space)") : _("Resume (Space)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pause_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  unknot_countdown_ring_set_paused (self->ring, state == UNKNOT_SESSION_PAUSED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.toggle-pause", playing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.next", playing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.continue", playing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.restart", playing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.previous",
                                 unknot_session_engine_can_go_back (self->engine));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.stop", playing);

  set_inhibited (self, running);
  update_ticking (self);
}

/* The end ------------------------------------------------------------------- */

static void
show_summary (UnknotPlayerPage *self)
{
  GtkWidget *view = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_NAVIGATION_VIEW);
  g_autoptr(GListModel) stack = NULL;
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  if (self->summary_shown || view == NULL)
    return;
  self->summary_shown = TRUE;

  /* The summary takes the player's place: going back from it leads to the routine. */
  stack = adw_navigation_view_get_navigation_stack (ADW_NAVIGATION_VIEW (view));
  n = g_list_model_get_n_items (stack);
  for (guint i = 0; i < n; i++)
    {
      AdwNavigationPage *page = g_list_model_get_item (stack, i);

      if (page == ADW_NAVIGATION_PAGE (self))
        {
          g_object_unref (page);
          break;
        }
      g_ptr_array_add (pages, page);
    }
  g_ptr_array_add (pages, g_object_ref_sink (unknot_session_summary_page_new (self->log, self->history,
                                                                             self->save_error)));
  adw_navigation_view_replace (ADW_NAVIGATION_VIEW (view), (AdwNavigationPage **) pages->pdata, pages->len);
}

/* Hands what the session did to the history, once. */
static void
keep_session (UnknotPlayerPage *self)
{
  g_autoptr(GError) error = NULL;

  if (self->log != NULL)
    return;

  /* ended before it ran (stopped while the first step waited): it begins and ends now */
  if (self->started == NULL)
    self->started = g_date_time_new_now_local ();
  self->log = unknot_session_log_new_from_engine (self->engine, self->started);
  if (self->history != NULL && !unknot_history_store_save (self->history, self->log, &error))
    {
      g_warning ("The session could not be saved: %s", error->message);
      self->save_error = g_strdup (error->message);
    }
}

/* Engine events ------------------------------------------------------------- */

static void
engine_state_cb (UnknotSessionEngine *engine,
                 GParamSpec          *pspec,
                 UnknotPlayerPage    *self)
{
  UnknotSessionState state = unknot_session_engine_get_state (engine);

  update_state (self);
  if (state == UNKNOT_SESSION_PAUSED && self->announcer != NULL)
    unknot_announcer_clear (self->announcer);
  if (state == UNKNOT_SESSION_PAUSED && unknot_session_engine_get_paused_for_sleep (engine))
    {
      GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), UNKNOT_TYPE_WINDOW);

      if (window != NULL)
        unknot_window_add_toast (UNKNOT_WINDOW (window),
                                 adw_toast_new (_("Paused while the computer was asleep")));
      announce (self, _("Paused while the computer was asleep"));
    }
  if (state == UNKNOT_SESSION_RUNNING && self->started == NULL)
    self->started = g_date_time_new_now_local ();
  if (state == UNKNOT_SESSION_FINISHED || state == UNKNOT_SESSION_ABANDONED)
    {
      keep_session (self);
      show_summary (self);
    }
}

static void
engine_segment_cb (UnknotSessionEngine *engine,
                   GParamSpec          *pspec,
                   UnknotPlayerPage    *self)
{
  update_segment (self);
  update_state (self);
}

/* What the session sounds like: a cue for each moment, the step's title and its
 * prompts spoken; the announcer keeps them from talking over each other. */
static void
play_event (UnknotPlayerPage       *self,
            UnknotSessionEventType  type,
            guint                   detail)
{
  const UnknotSegment *segment = current_segment (self);
  gboolean running = unknot_session_engine_get_state (self->engine) == UNKNOT_SESSION_RUNNING;

  if (self->announcer == NULL)
    return;

  switch (type)
    {
    case UNKNOT_SESSION_EVENT_STEP_STARTED:
      /* what was still to be said about the last step is stale now */
      unknot_announcer_clear (self->announcer);
      if (!running || segment->kind == UNKNOT_SEGMENT_SWITCH_SIDES)
        break;
      if (segment->duration > 0 && segment->kind == UNKNOT_SEGMENT_WORK)
        unknot_announcer_cue (self->announcer, UNKNOT_CUE_START);
      {
        g_autofree char *text = unknot_segment_describe_for_voice (segment);

        unknot_announcer_say (self->announcer, text);
      }
      break;
    case UNKNOT_SESSION_EVENT_HALFWAY:
      unknot_announcer_cue (self->announcer, UNKNOT_CUE_HALFWAY);
      break;
    case UNKNOT_SESSION_EVENT_COUNTDOWN:
      unknot_announcer_cue (self->announcer, UNKNOT_CUE_TICK);
      break;
    case UNKNOT_SESSION_EVENT_SWITCH_SIDES:
      if (!running)
        break;
      unknot_announcer_cue (self->announcer, UNKNOT_CUE_SWITCH_SIDES);
      unknot_announcer_say (self->announcer, _("Switch sides. Get ready for your right side."));
      break;
    case UNKNOT_SESSION_EVENT_BREATHE_IN:
      unknot_announcer_cue (self->announcer, UNKNOT_CUE_BREATHE_IN);
      break;
    case UNKNOT_SESSION_EVENT_BREATHE_OUT:
      unknot_announcer_cue (self->announcer, UNKNOT_CUE_BREATHE_OUT);
      break;
    case UNKNOT_SESSION_EVENT_PROMPT:
      {
        const UnknotPrompt *prompt = g_ptr_array_index (segment->step->prompts, detail);

        if (prompt->cue != UNKNOT_CUE_NONE)
          unknot_announcer_cue (self->announcer, prompt->cue);
        if (prompt->say != NULL)
          unknot_announcer_say (self->announcer, prompt->say);
      }
      break;
    case UNKNOT_SESSION_EVENT_SESSION_FINISHED:
      unknot_announcer_clear (self->announcer);
      if (detail == UNKNOT_SESSION_FINISHED)
        {
          unknot_announcer_cue (self->announcer, UNKNOT_CUE_FINISH);
          unknot_announcer_say (self->announcer, _("Well done. The session is finished."));
        }
      break;
    case UNKNOT_SESSION_EVENT_HOLD_BREATH:
    case UNKNOT_SESSION_EVENT_STEP_FINISHED:
    default:
      break;
    }
}

static void
engine_event_cb (UnknotSessionEngine    *engine,
                 UnknotSessionEventType  type,
                 guint                   detail,
                 UnknotPlayerPage       *self)
{
  if (type == UNKNOT_SESSION_EVENT_STEP_STARTED && !voice_speaks (self))
    {
      g_autofree char *text = unknot_segment_describe_for_speech (current_segment (self));

      announce (self, text);
    }
  play_event (self, type, detail);
}

/* Actions ------------------------------------------------------------------- */

static void
unknot_player_page_toggle_pause_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter)
{
  UnknotPlayerPage *self = UNKNOT_PLAYER_PAGE (widget);

  if (unknot_session_engine_get_state (self->engine) == UNKNOT_SESSION_RUNNING)
    unknot_session_engine_pause (self->engine);
  else
    unknot_session_engine_resume (self->engine);
}

static void
unknot_player_page_next_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  unknot_session_engine_skip_to_next_step (UNKNOT_PLAYER_PAGE (widget)->engine);
}

static void
unknot_player_page_previous_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  unknot_session_engine_skip_to_previous_step (UNKNOT_PLAYER_PAGE (widget)->engine);
}

static void
unknot_player_page_restart_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  unknot_session_engine_restart_step (UNKNOT_PLAYER_PAGE (widget)->engine);
}

static void
unknot_player_page_release_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  unknot_session_engine_release_early (UNKNOT_PLAYER_PAGE (widget)->engine);
}

static void
unknot_player_page_stop_rule_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  unknot_player_page_use_stop_rule (UNKNOT_PLAYER_PAGE (widget), g_variant_get_string (parameter, NULL));
}

static void
unknot_player_page_continue_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  UnknotPlayerPage *self = UNKNOT_PLAYER_PAGE (widget);

  /* A paused session goes on when the user says they are ready. */
  if (unknot_session_engine_get_state (self->engine) == UNKNOT_SESSION_PAUSED)
    unknot_session_engine_resume (self->engine);
  unknot_session_engine_skip_to_next_step (self->engine);
}

static void
stop_response_cb (AdwAlertDialog   *dialog,
                  const char       *response,
                  UnknotPlayerPage *self)
{
  if (g_strcmp0 (response, "stop") == 0)
    unknot_session_engine_abandon (self->engine, "stopped");
  else if (self->was_running)
    unknot_session_engine_resume (self->engine);
}

static void
unknot_player_page_stop_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  UnknotPlayerPage *self = UNKNOT_PLAYER_PAGE (widget);
  AdwDialog *dialog;

  if (unknot_session_engine_get_state (self->engine) != UNKNOT_SESSION_RUNNING &&
      unknot_session_engine_get_state (self->engine) != UNKNOT_SESSION_PAUSED)
    return;

  /* Time stands still while the user decides. */
  self->was_running = unknot_session_engine_get_state (self->engine) == UNKNOT_SESSION_RUNNING;
  unknot_session_engine_pause (self->engine);

  dialog = adw_alert_dialog_new (_("Stop the Session?"),
                                 _("You will see a summary of what you have done so far."));
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "continue", _("_Keep Going"),
                                  "stop", _("_Stop"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "stop", ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "continue");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "continue");
  g_signal_connect_object (dialog, "response", G_CALLBACK (stop_response_cb), self, G_CONNECT_DEFAULT);
  adw_dialog_present (dialog, widget);
}

/* Keys ---------------------------------------------------------------------- */

/* A focused button presses itself with Space and Enter, and the pain scale moves its
 * choice with the arrows: those keys are theirs then. */
static gboolean
focus_wants_key (UnknotPlayerPage *self,
                 guint             keyval)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      return GTK_IS_BUTTON (focus);
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
      /* on the pain scale the arrows choose and Enter goes on */
      return GTK_IS_BUTTON (focus) && gtk_widget_get_ancestor (focus, UNKNOT_TYPE_PAIN_SCALE) == NULL;
    case GDK_KEY_Left:
    case GDK_KEY_Right:
    case GDK_KEY_KP_Left:
    case GDK_KEY_KP_Right:
      return gtk_widget_get_ancestor (focus, UNKNOT_TYPE_PAIN_SCALE) != NULL;
    default:
      return FALSE;
    }
}

/* Whether the session stands at a step that goes on when the user says so */
static gboolean
waits_for_user (UnknotPlayerPage *self)
{
  const UnknotSegment *segment = unknot_session_engine_get_current (self->engine);

  return segment != NULL && segment->duration == 0 &&
         unknot_session_engine_get_state (self->engine) == UNKNOT_SESSION_RUNNING;
}

static gboolean
player_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       UnknotPlayerPage      *self)
{
  const char *action;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK | GDK_SUPER_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      action = "player.toggle-pause";
      break;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
      /* a step that waits for the user goes on ("Found It", "Continue") */
      if (!waits_for_user (self))
        return GDK_EVENT_PROPAGATE;
      action = "player.continue";
      break;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      action = "player.previous";
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      action = "player.next";
      break;
    case GDK_KEY_Escape:
      action = "player.stop";
      break;
    default:
      return GDK_EVENT_PROPAGATE;
    }

  if (focus_wants_key (self, keyval))
    return GDK_EVENT_PROPAGATE;

  gtk_widget_activate_action (GTK_WIDGET (self), action, NULL);
  return GDK_EVENT_STOP;
}

/* GObject ------------------------------------------------------------------- */

/* The narrow layout (a breakpoint stacks the ring and the text) takes smaller type. */
static void
layout_orientation_cb (GtkBox           *box,
                       GParamSpec       *pspec,
                       UnknotPlayerPage *self)
{
  if (gtk_orientable_get_orientation (GTK_ORIENTABLE (box)) == GTK_ORIENTATION_VERTICAL)
    gtk_widget_add_css_class (GTK_WIDGET (self), "compact");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "compact");
}

/* A very short window (a breakpoint makes the ring small) takes smaller type still. */
static void
ring_size_cb (GtkWidget        *ring,
              GParamSpec       *pspec,
              UnknotPlayerPage *self)
{
  int height;

  gtk_widget_get_size_request (ring, NULL, &height);
  if (height < 200)
    gtk_widget_add_css_class (GTK_WIDGET (self), "tiny");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "tiny");
}

static void
unknot_player_page_shown (AdwNavigationPage *page)
{
  UnknotPlayerPage *self = UNKNOT_PLAYER_PAGE (page);

  if (unknot_session_engine_get_state (self->engine) == UNKNOT_SESSION_READY)
    unknot_session_engine_start (self->engine);

  ADW_NAVIGATION_PAGE_CLASS (unknot_player_page_parent_class)->shown (page);
}

static void
unknot_player_page_unmap (GtkWidget *widget)
{
  UnknotPlayerPage *self = UNKNOT_PLAYER_PAGE (widget);

  set_inhibited (self, FALSE);

  GTK_WIDGET_CLASS (unknot_player_page_parent_class)->unmap (widget);
}

static void
unknot_player_page_map (GtkWidget *widget)
{
  UnknotPlayerPage *self = UNKNOT_PLAYER_PAGE (widget);

  GTK_WIDGET_CLASS (unknot_player_page_parent_class)->map (widget);

  update_state (self);
}

/**
 * unknot_player_page_new:
 * @first_step: the routine step the session begins with, once the page is shown
 * @sides: both, or the one side to play (see unknot_session_engine_set_sides())
 */
UnknotPlayerPage *
unknot_player_page_new (UnknotRoutine *routine,
                        GHashTable    *known_patterns,
                        UnknotClock   *clock,
                        guint          first_step,
                        UnknotSide     sides)
{
  UnknotPlayerPage *self;

  g_return_val_if_fail (routine != NULL, NULL);
  g_return_val_if_fail (UNKNOT_IS_CLOCK (clock), NULL);
  g_return_val_if_fail (first_step < routine->steps->len, NULL);

  self = g_object_new (UNKNOT_TYPE_PLAYER_PAGE,
                       "title", routine->title,
                       NULL);
  self->engine = unknot_session_engine_new (routine, known_patterns, clock);
  if (!unknot_session_engine_set_sides (self->engine, sides))
    g_debug ("“%s” has nothing on that side: playing it all", routine->id);
  /* Shown from the start: what plays first is on the page as it slides in. */
  unknot_session_engine_set_first_step (self->engine, first_step);
  if (UNKNOT_IS_APPLICATION (g_application_get_default ()))
    {
      UnknotApplication *app = UNKNOT_APPLICATION (g_application_get_default ());

      self->announcer = g_object_ref (unknot_application_get_announcer (app));
      self->history = g_object_ref (unknot_application_get_history (app));
      self->safety = unknot_application_get_safety (app);
      if (self->safety != NULL)
        unknot_safety_ref (self->safety);
    }
  fill_stop_rules (self);
  adw_window_title_set_title (self->window_title, routine->title);

  g_signal_connect_object (self->engine, "notify::state", G_CALLBACK (engine_state_cb), self, G_CONNECT_DEFAULT);
  g_signal_connect_object (self->engine, "notify::segment-index", G_CALLBACK (engine_segment_cb), self, G_CONNECT_DEFAULT);
  g_signal_connect_object (self->engine, "event", G_CALLBACK (engine_event_cb), self, G_CONNECT_DEFAULT);

  update_segment (self);
  update_state (self);

  return self;
}

static void
unknot_player_page_dispose (GObject *object)
{
  UnknotPlayerPage *self = UNKNOT_PLAYER_PAGE (object);

  set_inhibited (self, FALSE);
  if (self->engine != NULL)
    {
      UnknotSessionState state = unknot_session_engine_get_state (self->engine);

      g_signal_handlers_disconnect_by_data (self->engine, self);
      /* A session that ended says its last words (the summary has taken the page's
       * place by now); one cut short by closing is silenced. */
      if (state != UNKNOT_SESSION_FINISHED && state != UNKNOT_SESSION_ABANDONED)
        {
          unknot_session_engine_abandon (self->engine, "closed");
          if (self->announcer != NULL)
            unknot_announcer_clear (self->announcer);
          /* what was done before the window closed is kept too */
          if (self->started != NULL)
            keep_session (self);
        }
    }
  g_clear_object (&self->engine);
  g_clear_object (&self->announcer);
  g_clear_object (&self->history);
  g_clear_pointer (&self->safety, unknot_safety_unref);
  g_clear_pointer (&self->log, unknot_session_log_unref);
  g_clear_pointer (&self->started, g_date_time_unref);
  g_clear_pointer (&self->save_error, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (object), UNKNOT_TYPE_PLAYER_PAGE);
  g_clear_object (&self->stop_menu);

  G_OBJECT_CLASS (unknot_player_page_parent_class)->dispose (object);
}

static void
unknot_player_page_class_init (UnknotPlayerPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwNavigationPageClass *page_class = ADW_NAVIGATION_PAGE_CLASS (klass);

  object_class->dispose = unknot_player_page_dispose;
  widget_class->map = unknot_player_page_map;
  widget_class->unmap = unknot_player_page_unmap;
  page_class->shown = unknot_player_page_shown;

  g_type_ensure (UNKNOT_TYPE_COUNTDOWN_RING);
  g_type_ensure (UNKNOT_TYPE_BREATHING_INDICATOR);
  g_type_ensure (UNKNOT_TYPE_ILLUSTRATION);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/unknot-player-page.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotPlayerPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlayerPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlayerPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlayerPage, side_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlayerPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlayerPage, round_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlayerPage, layout_box);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlayerPage, timer_stack);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlayerPage, ring);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlayerPage, time_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlayerPage, rating_box);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlayerPage, continue_button);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlayerPage, breath_box);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlayerPage, breath_indicator);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlayerPage, breath_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlayerPage, picture);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlayerPage, instructions_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlayerPage, extra_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlayerPage, release_button);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlayerPage, stop_box);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlayerPage, stop_flow);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlayerPage, stop_menu_button);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlayerPage, next_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlayerPage, pause_button);

  gtk_widget_class_install_action (widget_class, "player.toggle-pause", NULL, unknot_player_page_toggle_pause_action);
  gtk_widget_class_install_action (widget_class, "player.next", NULL, unknot_player_page_next_action);
  gtk_widget_class_install_action (widget_class, "player.previous", NULL, unknot_player_page_previous_action);
  gtk_widget_class_install_action (widget_class, "player.restart", NULL, unknot_player_page_restart_action);
  gtk_widget_class_install_action (widget_class, "player.release", NULL, unknot_player_page_release_action);
  gtk_widget_class_install_action (widget_class, "player.stop-rule", "s", unknot_player_page_stop_rule_action);
  gtk_widget_class_install_action (widget_class, "player.continue", NULL, unknot_player_page_continue_action);
  gtk_widget_class_install_action (widget_class, "player.stop", NULL, unknot_player_page_stop_action);
}

static void
unknot_player_page_init (UnknotPlayerPage *self)
{
  GtkEventController *controller;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->stop_menu = g_menu_new ();
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->stop_menu_button), G_MENU_MODEL (self->stop_menu));
  g_signal_connect_object (self->layout_box, "notify::orientation", G_CALLBACK (layout_orientation_cb),
                           self, G_CONNECT_DEFAULT);
  g_signal_connect_object (self->ring, "notify::height-request", G_CALLBACK (ring_size_cb),
                           self, G_CONNECT_DEFAULT);

  /* Space, the arrows and Escape steer the session from anywhere on the page, caught
   * before the focused widget (which would scroll, or move the focus), except where
   * that widget has its own use for the key: see player_key_pressed_cb(). */
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (player_key_pressed_cb), self, G_CONNECT_DEFAULT);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  self->shown_seconds = -1;
  self->shown_phase = -1;
}
