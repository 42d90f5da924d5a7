/* unknot-safety-dialog.c: the safety check: what it is, the questions, what the answers mean
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three pages on a navigation view. The questions come from the safety file, each with
 * No and Yes and no default, pre-filled from the stored answers when checking again;
 * "Continue" waits for every answer. Continuing stores the answers with the time and
 * shows what they mean: nothing hidden, a reminder to ask a doctor, or the releases
 * hidden and why, with the see-a-professional card and the way to the stretches.
 */

#define G_LOG_DOMAIN "unknot-safety-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "unknot-red-flags-dialog.h"
#include "unknot-routine-library.h"
#include "unknot-safety-dialog.h"
#include "unknot-safety-question-row.h"
#include "unknot-safety-store.h"

struct _UnknotSafetyDialog
{
  AdwDialog            parent_instance;

  UnknotSafety        *safety;
  GSettings           *settings;
  GListModel          *routines;             /* UnknotRoutineEntry; nullable */
  GPtrArray           *rows;                 /* UnknotSafetyQuestionRow, in question order */
  GPtrArray           *result_rows;          /* rows on the result page, removed for the next result */

  AdwNavigationView   *navigation_view;
  AdwStatusPage       *intro_status;
  GtkLabel            *last_answered_label;
  AdwWindowTitle      *questions_title;
  AdwPreferencesGroup *stop_group;
  AdwPreferencesGroup *caution_group;
  GtkImage            *result_icon;
  GtkLabel            *result_title;
  GtkLabel            *result_text;
  AdwPreferencesGroup *hidden_group;
  AdwPreferencesGroup *caution_result_group;
  GtkWidget           *professional_card;
  GtkLabel            *professional_title;
  GtkLabel            *professional_text;
  GtkWidget           *show_stretches_button;
};

G_DEFINE_FINAL_TYPE (UnknotSafetyDialog, unknot_safety_dialog, ADW_TYPE_DIALOG)

enum {
  PROP_0,
  PROP_SAFETY,
  PROP_SETTINGS,
  PROP_ROUTINES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SAVED,
  SHOW_STRETCHES,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * unknot_safety_dialog_new:
 * @safety: the safety content
 * @settings: the application's settings, where the answers are stored
 *
 * Returns: (transfer floating): the dialog, to present with adw_dialog_present()
 */
AdwDialog *
unknot_safety_dialog_new (UnknotSafety *safety,
                          GSettings    *settings)
{
  g_return_val_if_fail (safety != NULL, NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (UNKNOT_TYPE_SAFETY_DIALOG, "safety", safety, "settings", settings, NULL);
}

UnknotSafety *
unknot_safety_dialog_get_safety (UnknotSafetyDialog *self)
{
  g_return_val_if_fail (UNKNOT_IS_SAFETY_DIALOG (self), NULL);

  return self->safety;
}

GSettings *
unknot_safety_dialog_get_settings (UnknotSafetyDialog *self)
{
  g_return_val_if_fail (UNKNOT_IS_SAFETY_DIALOG (self), NULL);

  return self->settings;
}

/**
 * unknot_safety_dialog_get_routines:
 *
 * Returns: (transfer none) (nullable): the routines the result names
 */
GListModel *
unknot_safety_dialog_get_routines (UnknotSafetyDialog *self)
{
  g_return_val_if_fail (UNKNOT_IS_SAFETY_DIALOG (self), NULL);

  return self->routines;
}

/**
 * unknot_safety_dialog_set_routines:
 * @routines: (nullable): a list of UnknotRoutineEntry, such as the routine library
 *
 * With the routines known, the result names those each answer hides or warns about;
 * without, what they do ("Pressure on the belly").
 */
void
unknot_safety_dialog_set_routines (UnknotSafetyDialog *self,
                                   GListModel         *routines)
{
  g_return_if_fail (UNKNOT_IS_SAFETY_DIALOG (self));
  g_return_if_fail (routines == NULL || G_IS_LIST_MODEL (routines));

  if (g_set_object (&self->routines, routines))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROUTINES]);
}

/* The questions -------------------------------------------------------------- */

static void
update_progress (UnknotSafetyDialog *self)
{
  g_autofree char *progress = NULL;
  guint answered = 0;

  for (guint i = 0; i < self->rows->len; i++)
    if (unknot_safety_question_row_get_answer (g_ptr_array_index (self->rows, i)) != UNKNOT_SAFETY_ANSWER_NONE)
      answered++;

  /* Translators: how many of the safety questions have an answer, e.g. “3 of 13 answered” */
  progress = g_strdup_printf (_("%u of %u answered"), answered, self->rows->len);
  adw_window_title_set_subtitle (self->questions_title, progress);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "safety.continue", answered == self->rows->len);
}

static void
add_question_rows (UnknotSafetyDialog *self)
{
  gboolean has_caution = FALSE;

  for (guint i = 0; i < self->safety->questions->len; i++)
    {
      const UnknotSafetyQuestion *question = g_ptr_array_index (self->safety->questions, i);
      GtkWidget *row = unknot_safety_question_row_new (question);

      has_caution |= question->group == UNKNOT_SAFETY_GROUP_CAUTION;
      adw_preferences_group_add (question->group == UNKNOT_SAFETY_GROUP_STOP ? self->stop_group : self->caution_group,
                                 row);
      g_ptr_array_add (self->rows, row);
      g_signal_connect_object (row, "notify::answer", G_CALLBACK (update_progress), self, G_CONNECT_SWAPPED);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->caution_group), has_caution);
}

/* When checking again, the stored answers are there to confirm or change */
static void
prefill (UnknotSafetyDialog *self)
{
  g_autoptr (UnknotSafetyAnswers) answers = unknot_safety_store_load (self->settings);
  g_autoptr (GDateTime) when = NULL;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;

  if (answers == NULL)
    return;

  for (guint i = 0; i < self->rows->len; i++)
    {
      UnknotSafetyQuestionRow *row = g_ptr_array_index (self->rows, i);
      gboolean yes;

      if (unknot_safety_answers_lookup (answers, unknot_safety_question_row_get_question (row)->id, &yes))
        unknot_safety_question_row_set_answer (row, yes ? UNKNOT_SAFETY_ANSWER_YES : UNKNOT_SAFETY_ANSWER_NO);
    }

  when = g_date_time_new_from_unix_local (unknot_safety_answers_get_answered_at (answers));
  if (when == NULL)
    return;
  /* Translators: a date as in “You last answered on 3 March 2026”; see g_date_time_format() */
  date = g_date_time_format (when, C_("date", "%-d %B %Y"));
  /* Translators: %s is a date */
  text = g_strdup_printf (_("You last answered on %s. Your earlier answers are filled in: check that each still holds."),
                          date);
  gtk_label_set_label (self->last_answered_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->last_answered_label), TRUE);
}

static UnknotSafetyAnswers *
collect_answers (UnknotSafetyDialog *self)
{
  UnknotSafetyAnswers *answers = unknot_safety_answers_new (g_get_real_time () / G_USEC_PER_SEC);

  for (guint i = 0; i < self->rows->len; i++)
    {
      UnknotSafetyQuestionRow *row = g_ptr_array_index (self->rows, i);

      unknot_safety_answers_set (answers, unknot_safety_question_row_get_question (row)->id,
                                 unknot_safety_question_row_get_answer (row) == UNKNOT_SAFETY_ANSWER_YES);
    }

  return answers;
}

/* The result ----------------------------------------------------------------- */

/* What a yes to @question concerns, in words: the routines it names, or what they do */
static char *
describe_concerned (UnknotSafetyDialog         *self,
                    const UnknotSafetyQuestion *question)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; self->routines != NULL && i < g_list_model_get_n_items (self->routines); i++)
    {
      g_autoptr (UnknotRoutineEntry) entry = g_list_model_get_item (self->routines, i);
      UnknotRoutine *routine = unknot_routine_entry_get_routine (entry);

      if (unknot_safety_question_concerns (question, (const char * const *) routine->contraindications))
        g_ptr_array_add (names, g_strdup (routine->title));
    }
  for (guint i = 0; names->len == 0 && question->tags[i] != NULL; i++)
    {
      const char *name = unknot_safety_get_tag_name (self->safety, question->tags[i]);

      if (name != NULL)
        g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_add (names, NULL);

  /* Translators: the separator between the names of routines in a list */
  return g_strjoinv (C_("list", ", "), (char **) names->pdata);
}

/* A row for a yes to @question: what it is, why it matters, what it hides or warns about */
static void
add_result_row (UnknotSafetyDialog         *self,
                const UnknotSafetyQuestion *question)
{
  gboolean hides = question->group == UNKNOT_SAFETY_GROUP_STOP;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *concerned = describe_concerned (self, question);
  g_autofree char *subtitle = NULL;

  /* Translators: %s lists the routines (or kinds of exercise) an answer hides */
  subtitle = hides ? g_strdup_printf (_("Hides: %s"), concerned)
  /* Translators: %s lists the routines (or kinds of exercise) to ask a doctor about first */
                   : g_strdup_printf (_("Ask first about: %s"), concerned);
  if (question->why != NULL)
    {
      g_autofree char *with_why = g_strconcat (question->why, "\n", subtitle, NULL);
      g_free (subtitle);
      subtitle = g_steal_pointer (&with_why);
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), question->topic);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_preferences_group_add (hides ? self->hidden_group : self->caution_result_group, row);
  g_ptr_array_add (self->result_rows, row);
}

static void
clear_result (UnknotSafetyDialog *self)
{
  for (guint i = 0; i < self->result_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->result_rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->result_rows, 0);
}

static void
show_result (UnknotSafetyDialog        *self,
             const UnknotSafetyAnswers *answers)
{
  guint n_hidden = 0, n_caution = 0;

  clear_result (self);
  for (guint i = 0; i < self->safety->questions->len; i++)
    {
      const UnknotSafetyQuestion *question = g_ptr_array_index (self->safety->questions, i);
      gboolean yes = FALSE;

      if (!unknot_safety_answers_lookup (answers, question->id, &yes) || !yes)
        continue;
      add_result_row (self, question);
      if (question->group == UNKNOT_SAFETY_GROUP_STOP)
        n_hidden++;
      else
        n_caution++;
    }

  if (n_hidden > 0)
    {
      gtk_image_set_from_icon_name (self->result_icon, "action-unavailable-symbolic");
      gtk_label_set_label (self->result_title, _("Pressure Releases Are Hidden"));
      gtk_label_set_label (self->result_text,
                           _("Because of your answers, Unknot hides the releases that press where it may not be safe "
                             "for you. The stretches and breathing exercises stay open to you."));
    }
  else if (n_caution > 0)
    {
      gtk_image_set_from_icon_name (self->result_icon, "dialog-warning-symbolic");
      gtk_label_set_label (self->result_title, self->safety->caution_notice.title);
      gtk_label_set_label (self->result_text, self->safety->caution_notice.text);
    }
  else
    {
      gtk_image_set_from_icon_name (self->result_icon, "security-high-symbolic");
      gtk_label_set_label (self->result_title, _("Nothing in Your Answers Stands in the Way"));
      gtk_label_set_label (self->result_text,
                           _("Press gently and stop whenever something feels wrong. If your health changes, "
                             "answer the questions again."));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->hidden_group), n_hidden > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->caution_result_group), n_caution > 0);
  /* with releases hidden, the headline speaks of them: the caution gets its own heading */
  adw_preferences_group_set_title (self->caution_result_group,
                                   n_hidden > 0 ? self->safety->caution_notice.title : _("Your Answers"));
  adw_preferences_group_set_description (self->caution_result_group,
                                         n_hidden > 0 ? self->safety->caution_notice.text : NULL);
  gtk_widget_set_visible (self->professional_card, n_hidden > 0);
  gtk_widget_set_visible (self->show_stretches_button, n_hidden > 0);
}

/* Actions -------------------------------------------------------------------- */

static void
unknot_safety_dialog_start_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  UnknotSafetyDialog *self = UNKNOT_SAFETY_DIALOG (widget);

  adw_navigation_view_push_by_tag (self->navigation_view, "questions");
}

static void
unknot_safety_dialog_continue_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  UnknotSafetyDialog *self = UNKNOT_SAFETY_DIALOG (widget);
  g_autoptr (UnknotSafetyAnswers) answers = collect_answers (self);

  unknot_safety_store_save (self->settings, answers);
  show_result (self, answers);
  adw_navigation_view_push_by_tag (self->navigation_view, "result");
  g_signal_emit (self, signals[SAVED], 0, answers);
}

static void
unknot_safety_dialog_show_red_flags_action (GtkWidget  *widget,
                                            const char *action_name,
                                            GVariant   *parameter)
{
  UnknotSafetyDialog *self = UNKNOT_SAFETY_DIALOG (widget);

  adw_dialog_present (unknot_red_flags_dialog_new (self->safety), widget);
}

static void
unknot_safety_dialog_show_stretches_action (GtkWidget  *widget,
                                            const char *action_name,
                                            GVariant   *parameter)
{
  g_signal_emit (widget, signals[SHOW_STRETCHES], 0);
  gtk_widget_activate_action (widget, "app.show-page", "s", "routines");
  adw_dialog_close (ADW_DIALOG (widget));
}

static void
unknot_safety_dialog_done_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  adw_dialog_close (ADW_DIALOG (widget));
}

/* GObject -------------------------------------------------------------------- */

static void
unknot_safety_dialog_constructed (GObject *object)
{
  UnknotSafetyDialog *self = UNKNOT_SAFETY_DIALOG (object);
  g_autofree char *intro = NULL;

  G_OBJECT_CLASS (unknot_safety_dialog_parent_class)->constructed (object);

  /* only gtk4-builder-tool makes one without them, to validate the template */
  if (self->safety == NULL || self->settings == NULL)
    return;

  intro = g_markup_escape_text (self->safety->intro, -1);
  adw_status_page_set_description (self->intro_status, intro);
  gtk_label_set_label (self->professional_title, self->safety->professional.title);
  gtk_label_set_label (self->professional_text, self->safety->professional.text);

  add_question_rows (self);
  prefill (self);
  update_progress (self);
}

static void
unknot_safety_dialog_dispose (GObject *object)
{
  UnknotSafetyDialog *self = UNKNOT_SAFETY_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), UNKNOT_TYPE_SAFETY_DIALOG);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->result_rows, g_ptr_array_unref);
  g_clear_object (&self->routines);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (unknot_safety_dialog_parent_class)->dispose (object);
}

static void
unknot_safety_dialog_finalize (GObject *object)
{
  UnknotSafetyDialog *self = UNKNOT_SAFETY_DIALOG (object);

  /* last: the rows point into it */
  g_clear_pointer (&self->safety, unknot_safety_unref);

  G_OBJECT_CLASS (unknot_safety_dialog_parent_class)->finalize (object);
}

static void
unknot_safety_dialog_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  UnknotSafetyDialog *self = UNKNOT_SAFETY_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SAFETY:
      g_value_set_boxed (value, self->safety);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_ROUTINES:
      g_value_set_object (value, self->routines);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_safety_dialog_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  UnknotSafetyDialog *self = UNKNOT_SAFETY_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SAFETY:
      self->safety = g_value_dup_boxed (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_ROUTINES:
      unknot_safety_dialog_set_routines (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_safety_dialog_class_init (UnknotSafetyDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = unknot_safety_dialog_constructed;
  object_class->dispose = unknot_safety_dialog_dispose;
  object_class->finalize = unknot_safety_dialog_finalize;
  object_class->get_property = unknot_safety_dialog_get_property;
  object_class->set_property = unknot_safety_dialog_set_property;

  properties[PROP_SAFETY] =
    g_param_spec_boxed ("safety", NULL, NULL, UNKNOT_TYPE_SAFETY,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROUTINES] =
    g_param_spec_object ("routines", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * UnknotSafetyDialog::saved:
   * @answers: the answers, as stored
   *
   * The answers and their time were stored in the settings.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, UNKNOT_TYPE_SAFETY_ANSWERS | G_SIGNAL_TYPE_STATIC_SCOPE);

  /**
   * UnknotSafetyDialog::show-stretches:
   *
   * The user asked for the stretches, with the releases hidden. The dialog also activates
   * `app.show-page("routines")` and closes.
   */
  signals[SHOW_STRETCHES] = g_signal_new ("show-stretches", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                          NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/unknot-safety-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotSafetyDialog, navigation_view);
  gtk_widget_class_bind_template_child (widget_class, UnknotSafetyDialog, intro_status);
  gtk_widget_class_bind_template_child (widget_class, UnknotSafetyDialog, last_answered_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotSafetyDialog, questions_title);
  gtk_widget_class_bind_template_child (widget_class, UnknotSafetyDialog, stop_group);
  gtk_widget_class_bind_template_child (widget_class, UnknotSafetyDialog, caution_group);
  gtk_widget_class_bind_template_child (widget_class, UnknotSafetyDialog, result_icon);
  gtk_widget_class_bind_template_child (widget_class, UnknotSafetyDialog, result_title);
  gtk_widget_class_bind_template_child (widget_class, UnknotSafetyDialog, result_text);
  gtk_widget_class_bind_template_child (widget_class, UnknotSafetyDialog, hidden_group);
  gtk_widget_class_bind_template_child (widget_class, UnknotSafetyDialog, caution_result_group);
  gtk_widget_class_bind_template_child (widget_class, UnknotSafetyDialog, professional_card);
  gtk_widget_class_bind_template_child (widget_class, UnknotSafetyDialog, professional_title);
  gtk_widget_class_bind_template_child (widget_class, UnknotSafetyDialog, professional_text);
  gtk_widget_class_bind_template_child (widget_class, UnknotSafetyDialog, show_stretches_button);

  gtk_widget_class_install_action (widget_class, "safety.start", NULL, unknot_safety_dialog_start_action);
  gtk_widget_class_install_action (widget_class, "safety.continue", NULL, unknot_safety_dialog_continue_action);
  gtk_widget_class_install_action (widget_class, "safety.show-red-flags", NULL,
                                   unknot_safety_dialog_show_red_flags_action);
  gtk_widget_class_install_action (widget_class, "safety.show-stretches", NULL,
                                   unknot_safety_dialog_show_stretches_action);
  gtk_widget_class_install_action (widget_class, "safety.done", NULL, unknot_safety_dialog_done_action);

  g_type_ensure (UNKNOT_TYPE_SAFETY_QUESTION_ROW);
}

static void
unknot_safety_dialog_init (UnknotSafetyDialog *self)
{
  self->rows = g_ptr_array_new ();
  self->result_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
