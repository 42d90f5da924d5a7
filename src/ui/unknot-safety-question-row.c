/* unknot-safety-question-row.c: one question of the safety check, answered No or Yes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two linked toggle buttons in one group: neither is pressed until the user answers, so
 * there is no default answer to pass over.
 */

#define G_LOG_DOMAIN "unknot-safety-question-row"

#include "config.h"

#include <glib/gi18n.h>

#include "unknot-safety-question-row.h"

struct _UnknotSafetyQuestionRow
{
  AdwActionRow                parent_instance;

  const UnknotSafetyQuestion *question;   /* owned by the UnknotSafety the dialog holds */
  UnknotSafetyAnswer          answer;

  GtkToggleButton            *no_button;
  GtkToggleButton            *yes_button;
};

G_DEFINE_FINAL_TYPE (UnknotSafetyQuestionRow, unknot_safety_question_row, ADW_TYPE_ACTION_ROW)

G_DEFINE_ENUM_TYPE (UnknotSafetyAnswer, unknot_safety_answer,
  G_DEFINE_ENUM_VALUE (UNKNOT_SAFETY_ANSWER_NONE, "none"),
  G_DEFINE_ENUM_VALUE (UNKNOT_SAFETY_ANSWER_NO, "no"),
  G_DEFINE_ENUM_VALUE (UNKNOT_SAFETY_ANSWER_YES, "yes"))

enum {
  PROP_0,
  PROP_ANSWER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * unknot_safety_question_row_new:
 * @question: (transfer none): the question; it must outlive the row
 *
 * Returns: (transfer floating): a row asking @question, not answered yet
 */
GtkWidget *
unknot_safety_question_row_new (const UnknotSafetyQuestion *question)
{
  UnknotSafetyQuestionRow *self;
  g_autofree char *no_name = NULL;
  g_autofree char *yes_name = NULL;

  g_return_val_if_fail (question != NULL, NULL);

  self = g_object_new (UNKNOT_TYPE_SAFETY_QUESTION_ROW,
                       "title", question->question,
                       "subtitle", question->why,
                       NULL);
  self->question = question;

  /* Translators: the accessible name of the button that answers a safety question; %s is the question */
  no_name = g_strdup_printf (C_("answer", "No: %s"), question->question);
  /* Translators: the accessible name of the button that answers a safety question; %s is the question */
  yes_name = g_strdup_printf (C_("answer", "Yes: %s"), question->question);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->no_button), GTK_ACCESSIBLE_PROPERTY_LABEL, no_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->yes_button), GTK_ACCESSIBLE_PROPERTY_LABEL, yes_name, -1);
  /* a button is labelled by the label it shows, which screen readers take over these
   * names: they would hear "No" and "Yes" alone */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (self->no_button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (self->yes_button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);

  return GTK_WIDGET (self);
}

const UnknotSafetyQuestion *
unknot_safety_question_row_get_question (UnknotSafetyQuestionRow *self)
{
  g_return_val_if_fail (UNKNOT_IS_SAFETY_QUESTION_ROW (self), NULL);

  return self->question;
}

UnknotSafetyAnswer
unknot_safety_question_row_get_answer (UnknotSafetyQuestionRow *self)
{
  g_return_val_if_fail (UNKNOT_IS_SAFETY_QUESTION_ROW (self), UNKNOT_SAFETY_ANSWER_NONE);

  return self->answer;
}

/* Presses the button of @answer, or neither for UNKNOT_SAFETY_ANSWER_NONE */
void
unknot_safety_question_row_set_answer (UnknotSafetyQuestionRow *self,
                                       UnknotSafetyAnswer       answer)
{
  g_return_if_fail (UNKNOT_IS_SAFETY_QUESTION_ROW (self));

  if (answer == UNKNOT_SAFETY_ANSWER_NONE)
    {
      /* a group keeps one button pressed; leave it to unpress both */
      gtk_toggle_button_set_group (self->yes_button, NULL);
      gtk_toggle_button_set_active (self->no_button, FALSE);
      gtk_toggle_button_set_active (self->yes_button, FALSE);
      gtk_toggle_button_set_group (self->yes_button, self->no_button);
    }
  else
    gtk_toggle_button_set_active (answer == UNKNOT_SAFETY_ANSWER_YES ? self->yes_button : self->no_button, TRUE);
}

static void
answer_toggled_cb (UnknotSafetyQuestionRow *self)
{
  UnknotSafetyAnswer answer = gtk_toggle_button_get_active (self->yes_button) ? UNKNOT_SAFETY_ANSWER_YES :
                              gtk_toggle_button_get_active (self->no_button) ? UNKNOT_SAFETY_ANSWER_NO :
                              UNKNOT_SAFETY_ANSWER_NONE;

  if (answer == self->answer)
    return;

  self->answer = answer;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANSWER]);
}

static void
unknot_safety_question_row_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  UnknotSafetyQuestionRow *self = UNKNOT_SAFETY_QUESTION_ROW (object);

  switch (prop_id)
    {
    case PROP_ANSWER:
      g_value_set_enum (value, self->answer);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_safety_question_row_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  UnknotSafetyQuestionRow *self = UNKNOT_SAFETY_QUESTION_ROW (object);

  switch (prop_id)
    {
    case PROP_ANSWER:
      unknot_safety_question_row_set_answer (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_safety_question_row_class_init (UnknotSafetyQuestionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = unknot_safety_question_row_get_property;
  object_class->set_property = unknot_safety_question_row_set_property;

  /**
   * UnknotSafetyQuestionRow:answer:
   *
   * The user's answer; "none" until a button is pressed.
   */
  properties[PROP_ANSWER] =
    g_param_spec_enum ("answer", NULL, NULL, UNKNOT_TYPE_SAFETY_ANSWER, UNKNOT_SAFETY_ANSWER_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/unknot-safety-question-row.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotSafetyQuestionRow, no_button);
  gtk_widget_class_bind_template_child (widget_class, UnknotSafetyQuestionRow, yes_button);
  gtk_widget_class_bind_template_callback (widget_class, answer_toggled_cb);
}

static void
unknot_safety_question_row_init (UnknotSafetyQuestionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
