/* unknot-release-page.c: choose a trigger point and a side, read the plan, start
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The points offered are the anatomy's trigger points that name a release routine
 * the library has. Before a release starts, two things are checked: the safety
 * answers (asked first when missing or older than 90 days; a hard-stop answer hides
 * the releases, a caution answer shows its notice), and the pacing of pressure
 * sessions over today and yesterday (unknot-pacing.c).
 */

#define G_LOG_DOMAIN "unknot-release"

#include "config.h"

#include <glib/gi18n.h>

#include "unknot-application.h"
#include "unknot-body-map.h"
#include "unknot-pacing.h"
#include "unknot-player-page.h"
#include "unknot-red-flags-dialog.h"
#include "unknot-release-page.h"
#include "unknot-routines-page.h"
#include "unknot-safety-dialog.h"
#include "unknot-safety-gate.h"
#include "unknot-safety-store.h"
#include "unknot-window.h"

struct _UnknotReleasePage
{
  GtkWidget             parent_instance;

  UnknotRoutineLibrary *library;
  UnknotSafetyGate      gate;
  UnknotClock          *clock;

  char                 *point_id;     /* the chosen trigger point */
  UnknotSide            sides;
  UnknotSafetyVerdict   verdict;
  UnknotPacing          pacing;
  gboolean              updating;

  AdwToolbarView       *toolbar_view;
  GtkWidget            *scrolled_window;
  GtkWidget            *points_group;
  GtkWidget            *side_group;
  AdwActionRow         *safety_row;
  GtkImage             *safety_icon;
  GtkButton            *safety_button;
  UnknotBodyMap        *map;
  GtkListBox           *points_list;
  GtkToggleButton      *left_button;
  GtkToggleButton      *both_button;
  GtkToggleButton      *right_button;
  GtkWidget            *blocked_group;
  GtkLabel             *blocked_label;
  AdwActionRow         *professional_row;
  GtkWidget            *plan_group;
  AdwActionRow         *routine_row;
  AdwActionRow         *time_row;
  AdwActionRow         *equipment_row;
  AdwExpanderRow       *steps_row;
  GPtrArray            *step_rows;
  GtkLabel             *notice_label;
};

G_DEFINE_FINAL_TYPE (UnknotReleasePage, unknot_release_page, GTK_TYPE_WIDGET)

static const UnknotTriggerPoint *
chosen_point (UnknotReleasePage *self)
{
  UnknotAnatomy *anatomy = unknot_routine_library_get_anatomy (self->library);

  if (self->point_id == NULL || anatomy == NULL)
    return NULL;
  return unknot_anatomy_lookup_trigger_point (anatomy, self->point_id);
}

static UnknotRoutineEntry *
chosen_entry (UnknotReleasePage *self)
{
  const UnknotTriggerPoint *point = chosen_point (self);

  if (point == NULL || point->release_routine == NULL)
    return NULL;
  return unknot_routine_library_lookup (self->library, point->release_routine);
}

static UnknotRoutine *
chosen_routine (UnknotReleasePage *self)
{
  UnknotRoutineEntry *entry = chosen_entry (self);

  return entry != NULL ? unknot_routine_entry_get_routine (entry) : NULL;
}

/* Safety and pacing -------------------------------------------------------- */

static char *
describe_reasons (UnknotReleasePage *self,
                  GPtrArray         *reasons)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < reasons->len; i++)
    {
      const UnknotSafetyQuestion *question = g_ptr_array_index (reasons, i);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "• %s", question->topic);
    }
  return g_string_free (text, FALSE);
}

static void
update_safety (UnknotReleasePage *self)
{
  g_autoptr(UnknotSafetyAnswers) answers = unknot_safety_store_load (self->gate.settings);
  g_autoptr(GPtrArray) reasons = g_ptr_array_new ();
  UnknotRoutine *routine = chosen_routine (self);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  self->verdict = routine != NULL ? unknot_safety_gate_verdict (&self->gate, routine, reasons) : UNKNOT_SAFETY_ALLOWED;

  if (answers == NULL)
    {
      gtk_image_set_from_icon_name (self->safety_icon, "dialog-question-symbolic");
      adw_action_row_set_subtitle (self->safety_row, _("Not answered yet. A few questions come before your first release."));
      gtk_button_set_label (self->safety_button, _("_Answer"));
    }
  else if (!unknot_safety_answers_is_current (answers, self->gate.safety, now))
    {
      gtk_image_set_from_icon_name (self->safety_icon, "dialog-question-symbolic");
      adw_action_row_set_subtitle (self->safety_row, _("Your answers are more than 90 days old, or there are new questions. They are asked again before a release."));
      gtk_button_set_label (self->safety_button, _("_Answer"));
    }
  else
    {
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (unknot_safety_answers_get_answered_at (answers));
      /* Translators: the day the safety questions were answered; see g_date_time_format() */
      g_autofree char *date = g_date_time_format (when, _("%-d %B %Y"));
      /* Translators: %s is a date */
      g_autofree char *text = g_strdup_printf (_("Answered on %s"), date);

      gtk_image_set_from_icon_name (self->safety_icon,
                                    self->verdict == UNKNOT_SAFETY_ALLOWED ? "security-high-symbolic" : "dialog-warning-symbolic");
      adw_action_row_set_subtitle (self->safety_row, text);
      gtk_button_set_label (self->safety_button, _("_Review"));
    }

  gtk_widget_set_visible (self->blocked_group, self->verdict == UNKNOT_SAFETY_BLOCKED);
  /* with the releases hidden, there is nothing to choose */
  gtk_widget_set_visible (self->points_group, self->verdict != UNKNOT_SAFETY_BLOCKED);
  gtk_widget_set_visible (self->side_group, self->verdict != UNKNOT_SAFETY_BLOCKED);
  gtk_widget_set_visible (self->plan_group, self->verdict != UNKNOT_SAFETY_BLOCKED);
  adw_toolbar_view_set_reveal_bottom_bars (self->toolbar_view, self->verdict != UNKNOT_SAFETY_BLOCKED);
  if (self->verdict == UNKNOT_SAFETY_BLOCKED)
    {
      g_autofree char *list = describe_reasons (self, reasons);
      g_autofree char *text = g_strdup_printf (_("Because of your answers about the following, Unknot does not guide pressure on the belly or groin. Stretches without pressure are still open to you.\n%s"),
                                               list);

      gtk_label_set_label (self->blocked_label, text);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->professional_row), self->gate.safety->professional.title);
      adw_action_row_set_subtitle (self->professional_row, self->gate.safety->professional.text);
    }
}

static void
update_notices (UnknotReleasePage *self)
{
  GString *text = g_string_new (NULL);
  gboolean can_start = chosen_routine (self) != NULL &&
                       self->verdict != UNKNOT_SAFETY_BLOCKED &&
                       self->pacing.today != UNKNOT_PACING_CAP_REACHED;

  if (self->verdict == UNKNOT_SAFETY_CAUTION)
    g_string_append (text, self->gate.safety->caution_notice.text);
  if (self->pacing.today == UNKNOT_PACING_CAP_REACHED)
    {
      if (text->len > 0)
        g_string_append (text, "\n\n");
      g_string_append (text, _("You have held pressure twice today, the most Unknot suggests. Give the muscles until tomorrow; a stretch is fine."));
    }
  else if (self->pacing.rest_advised)
    {
      if (text->len > 0)
        g_string_append (text, "\n\n");
      g_string_append (text, _("Your pain was worse after your last pressure session. Consider skipping a day, and press more lightly next time."));
    }
  else if (self->pacing.today == UNKNOT_PACING_SECOND_TODAY)
    {
      if (text->len > 0)
        g_string_append (text, "\n\n");
      g_string_append (text, _("You have held pressure once today already. Once a day is usually enough."));
    }

  gtk_label_set_label (self->notice_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->notice_label), text->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "release.start", can_start);
  g_string_free (text, TRUE);
}

/* The plan ------------------------------------------------------------------ */

static gboolean
plays_step (const UnknotStep *step,
            UnknotSide        sides)
{
  return sides == UNKNOT_SIDE_BOTH || step->side == UNKNOT_SIDE_NONE ||
         step->side == UNKNOT_SIDE_BOTH || step->side == sides;
}

static void
update_plan (UnknotReleasePage *self)
{
  UnknotRoutine *routine = chosen_routine (self);
  g_autoptr(UnknotSessionEngine) engine = NULL;
  g_autofree char *duration = NULL;
  g_autofree char *time = NULL;
  g_autofree char *equipment = NULL;
  guint n_steps = 0;

  for (guint i = 0; i < self->step_rows->len; i++)
    adw_expander_row_remove (self->steps_row, g_ptr_array_index (self->step_rows, i));
  g_ptr_array_set_size (self->step_rows, 0);

  if (routine == NULL)
    return;

  engine = unknot_session_engine_new (routine, unknot_routine_library_get_breathing_patterns (self->library), self->clock);
  unknot_session_engine_set_sides (engine, self->sides);
  duration = unknot_format_duration ((guint) (unknot_session_engine_get_planned_time (engine) / G_USEC_PER_SEC));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->routine_row), routine->title);
  adw_action_row_set_subtitle (self->routine_row, routine->summary);
  /* Translators: the timed part of a session; waiting for the user comes on top */
  time = g_strdup_printf (_("About %s, plus finding the points"), duration);
  adw_action_row_set_subtitle (self->time_row, time);
  equipment = routine->equipment != NULL && routine->equipment[0] != NULL
    ? g_strjoinv (", ", routine->equipment)
    : g_strdup (_("None"));
  adw_action_row_set_subtitle (self->equipment_row, equipment);

  for (guint i = 0; i < routine->steps->len; i++)
    {
      const UnknotStep *step = g_ptr_array_index (routine->steps, i);
      g_autofree char *dose = NULL;
      GtkWidget *row;

      if (!plays_step (step, self->sides))
        continue;

      dose = unknot_step_describe (step);
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), step->title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), dose);
      adw_expander_row_add_row (self->steps_row, row);
      g_ptr_array_add (self->step_rows, row);
      n_steps++;
    }

  {
    /* Translators: how many steps the session has */
    g_autofree char *count = g_strdup_printf (g_dngettext (NULL, "%u step", "%u steps", n_steps), n_steps);

    adw_expander_row_set_subtitle (self->steps_row, count);
  }
}

/**
 * unknot_release_page_refresh:
 *
 * Looks again at the safety answers and the history: after a session, a safety
 * check, or when the page is shown.
 */
void
unknot_release_page_refresh (UnknotReleasePage *self)
{
  g_return_if_fail (UNKNOT_IS_RELEASE_PAGE (self));

  unknot_safety_gate_pacing (&self->gate, &self->pacing);
  update_safety (self);
  update_plan (self);
  update_notices (self);
}

/* Choosing ------------------------------------------------------------------ */

static void
select_point (UnknotReleasePage *self,
              const char        *point_id,
              UnknotSide         side)
{
  if (self->updating)
    return;
  self->updating = TRUE;

  /* the side buttons pass the point chosen: copied before the old one is freed */
  g_set_str (&self->point_id, point_id);
  if (side != UNKNOT_SIDE_NONE)
    self->sides = side;

  gtk_toggle_button_set_active (self->left_button, self->sides == UNKNOT_SIDE_LEFT);
  gtk_toggle_button_set_active (self->right_button, self->sides == UNKNOT_SIDE_RIGHT);
  gtk_toggle_button_set_active (self->both_button, self->sides == UNKNOT_SIDE_BOTH);
  unknot_body_map_select_point (self->map, point_id, self->sides);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->points_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   g_strcmp0 (g_object_get_data (G_OBJECT (row), "point-id"), point_id) == 0);
    }

  self->updating = FALSE;
  unknot_release_page_refresh (self);
}

static void
point_toggled_cb (GtkCheckButton    *check,
                  UnknotReleasePage *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (check), ADW_TYPE_ACTION_ROW);

  if (gtk_check_button_get_active (check))
    select_point (self, g_object_get_data (G_OBJECT (row), "point-id"), UNKNOT_SIDE_NONE);
}

static void
map_point_activated_cb (UnknotReleasePage *self,
                        const char        *point_id,
                        int                side)
{
  /* only the points with a release can be chosen */
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->points_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "point-id"), point_id) == 0)
      select_point (self, point_id, (UnknotSide) side);
}

static void
side_toggled_cb (UnknotReleasePage *self,
                 GtkToggleButton   *button)
{
  if (!gtk_toggle_button_get_active (button) || self->updating)
    return;

  if (button == self->left_button)
    select_point (self, self->point_id, UNKNOT_SIDE_LEFT);
  else if (button == self->right_button)
    select_point (self, self->point_id, UNKNOT_SIDE_RIGHT);
  else
    select_point (self, self->point_id, UNKNOT_SIDE_BOTH);
}

static void
fill_points (UnknotReleasePage *self)
{
  UnknotAnatomy *anatomy = unknot_routine_library_get_anatomy (self->library);
  GtkCheckButton *group = NULL;
  const char *first = NULL;

  if (anatomy == NULL)
    return;

  unknot_body_map_set_anatomy (self->map, anatomy);
  for (guint i = 0; i < anatomy->trigger_points->len; i++)
    {
      const UnknotTriggerPoint *point = g_ptr_array_index (anatomy->trigger_points, i);
      GtkWidget *row, *check;

      if (point->release_routine == NULL ||
          unknot_routine_library_lookup (self->library, point->release_routine) == NULL)
        continue;

      check = gtk_check_button_new ();
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      if (group != NULL)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
      else
        group = GTK_CHECK_BUTTON (check);
      g_signal_connect_object (check, "toggled", G_CALLBACK (point_toggled_cb), self, G_CONNECT_DEFAULT);

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), point->name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), point->summary);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data_full (G_OBJECT (row), "point-id", g_strdup (point->id), g_free);
      gtk_list_box_append (self->points_list, row);
      if (first == NULL)
        first = point->id;
    }

  if (first != NULL)
    select_point (self, first, UNKNOT_SIDE_BOTH);
}

/* Starting ------------------------------------------------------------------ */

static void
push_player (UnknotReleasePage *self)
{
  UnknotRoutine *routine = chosen_routine (self);
  GtkWidget *view = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_NAVIGATION_VIEW);
  UnknotPlayerPage *player;

  if (routine == NULL || view == NULL)
    return;

  player = unknot_player_page_new (routine, unknot_routine_library_get_breathing_patterns (self->library),
                                   self->clock, 0, self->sides);
  adw_navigation_view_push (ADW_NAVIGATION_VIEW (view), ADW_NAVIGATION_PAGE (player));
}

static void
gate_checked_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      data)
{
  UnknotReleasePage *self = UNKNOT_RELEASE_PAGE (source);

  unknot_release_page_refresh (self);
  if (unknot_safety_gate_check_finish (result))
    push_player (self);
}

static void
unknot_release_page_start_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  UnknotReleasePage *self = UNKNOT_RELEASE_PAGE (widget);
  UnknotRoutine *routine = chosen_routine (self);

  if (routine != NULL)
    unknot_safety_gate_check_async (&self->gate, routine, widget, gate_checked_cb, NULL);
}

static void
safety_saved_cb (AdwDialog           *dialog,
                 UnknotSafetyAnswers *answers,
                 UnknotReleasePage   *self)
{
  unknot_release_page_refresh (self);
}

static void
unknot_release_page_safety_check_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter)
{
  UnknotReleasePage *self = UNKNOT_RELEASE_PAGE (widget);
  AdwDialog *dialog = unknot_safety_dialog_new (self->gate.safety, self->gate.settings);

  unknot_safety_dialog_set_routines (UNKNOT_SAFETY_DIALOG (dialog), self->gate.routines);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (safety_saved_cb), self, G_CONNECT_DEFAULT);
  adw_dialog_present (dialog, widget);
}

static void
unknot_release_page_red_flags_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  UnknotReleasePage *self = UNKNOT_RELEASE_PAGE (widget);

  adw_dialog_present (unknot_red_flags_dialog_new (self->gate.safety), widget);
}

static void
unknot_release_page_show_routine_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter)
{
  UnknotReleasePage *self = UNKNOT_RELEASE_PAGE (widget);
  UnknotRoutineEntry *entry = chosen_entry (self);

  if (entry != NULL)
    gtk_widget_activate_action (widget, "app.show-routine", "s", unknot_routine_entry_get_id (entry));
}

/* Public API ---------------------------------------------------------------- */

/**
 * unknot_release_page_new:
 * @library: the routines and the anatomy
 * @safety: the safety screen's content
 * @settings: where the safety answers are kept
 * @history: (nullable): the sessions done, for the pacing advice
 * @clock: what the sessions take their time from
 */
GtkWidget *
unknot_release_page_new (UnknotRoutineLibrary *library,
                         UnknotSafety         *safety,
                         GSettings            *settings,
                         UnknotHistoryStore   *history,
                         UnknotClock          *clock)
{
  UnknotReleasePage *self;

  g_return_val_if_fail (UNKNOT_IS_ROUTINE_LIBRARY (library), NULL);
  g_return_val_if_fail (safety != NULL, NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (UNKNOT_IS_CLOCK (clock), NULL);

  self = g_object_new (UNKNOT_TYPE_RELEASE_PAGE, NULL);
  self->library = g_object_ref (library);
  self->gate.safety = unknot_safety_ref (safety);
  self->gate.settings = g_object_ref (settings);
  self->gate.history = history != NULL ? g_object_ref (history) : NULL;
  self->gate.routines = G_LIST_MODEL (g_object_ref (library));
  self->clock = g_object_ref (clock);
  fill_points (self);
  unknot_release_page_refresh (self);

  return GTK_WIDGET (self);
}

const char *
unknot_release_page_get_point (UnknotReleasePage *self)
{
  g_return_val_if_fail (UNKNOT_IS_RELEASE_PAGE (self), NULL);

  return self->point_id;
}

UnknotSide
unknot_release_page_get_sides (UnknotReleasePage *self)
{
  g_return_val_if_fail (UNKNOT_IS_RELEASE_PAGE (self), UNKNOT_SIDE_BOTH);

  return self->sides;
}

/**
 * unknot_release_page_select:
 * @point_id: a trigger point with a release routine
 * @sides: both, left or right
 */
void
unknot_release_page_select (UnknotReleasePage *self,
                            const char        *point_id,
                            UnknotSide         sides)
{
  g_return_if_fail (UNKNOT_IS_RELEASE_PAGE (self));
  g_return_if_fail (sides == UNKNOT_SIDE_LEFT || sides == UNKNOT_SIDE_RIGHT || sides == UNKNOT_SIDE_BOTH);

  select_point (self, point_id, sides);
}

static void
unknot_release_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (unknot_release_page_parent_class)->map (widget);

  /* back from a session, or a day later: the advice may have changed */
  if (UNKNOT_RELEASE_PAGE (widget)->library != NULL)
    unknot_release_page_refresh (UNKNOT_RELEASE_PAGE (widget));
}

static void
unknot_release_page_dispose (GObject *object)
{
  UnknotReleasePage *self = UNKNOT_RELEASE_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), UNKNOT_TYPE_RELEASE_PAGE);
  g_clear_object (&self->library);
  unknot_safety_gate_clear (&self->gate);
  g_clear_object (&self->clock);
  g_clear_pointer (&self->point_id, g_free);
  g_clear_pointer (&self->step_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (unknot_release_page_parent_class)->dispose (object);
}

static void
unknot_release_page_class_init (UnknotReleasePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = unknot_release_page_dispose;
  widget_class->map = unknot_release_page_map;

  g_type_ensure (UNKNOT_TYPE_BODY_MAP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/unknot-release-page.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotReleasePage, toolbar_view);
  gtk_widget_class_bind_template_child (widget_class, UnknotReleasePage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, UnknotReleasePage, points_group);
  gtk_widget_class_bind_template_child (widget_class, UnknotReleasePage, side_group);
  gtk_widget_class_bind_template_child (widget_class, UnknotReleasePage, safety_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotReleasePage, safety_icon);
  gtk_widget_class_bind_template_child (widget_class, UnknotReleasePage, safety_button);
  gtk_widget_class_bind_template_child (widget_class, UnknotReleasePage, map);
  gtk_widget_class_bind_template_child (widget_class, UnknotReleasePage, points_list);
  gtk_widget_class_bind_template_child (widget_class, UnknotReleasePage, left_button);
  gtk_widget_class_bind_template_child (widget_class, UnknotReleasePage, both_button);
  gtk_widget_class_bind_template_child (widget_class, UnknotReleasePage, right_button);
  gtk_widget_class_bind_template_child (widget_class, UnknotReleasePage, blocked_group);
  gtk_widget_class_bind_template_child (widget_class, UnknotReleasePage, blocked_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotReleasePage, professional_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotReleasePage, plan_group);
  gtk_widget_class_bind_template_child (widget_class, UnknotReleasePage, routine_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotReleasePage, time_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotReleasePage, equipment_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotReleasePage, steps_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotReleasePage, notice_label);
  gtk_widget_class_bind_template_callback (widget_class, map_point_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, side_toggled_cb);

  gtk_widget_class_install_action (widget_class, "release.start", NULL, unknot_release_page_start_action);
  gtk_widget_class_install_action (widget_class, "release.safety-check", NULL, unknot_release_page_safety_check_action);
  gtk_widget_class_install_action (widget_class, "release.red-flags", NULL, unknot_release_page_red_flags_action);
  gtk_widget_class_install_action (widget_class, "release.show-routine", NULL, unknot_release_page_show_routine_action);
}

static void
unknot_release_page_init (UnknotReleasePage *self)
{
  self->sides = UNKNOT_SIDE_BOTH;
  self->step_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
