/* unknot-safety-question-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "unknot-safety.h"

G_BEGIN_DECLS

typedef enum
{
  UNKNOT_SAFETY_ANSWER_NONE,
  UNKNOT_SAFETY_ANSWER_NO,
  UNKNOT_SAFETY_ANSWER_YES,
} UnknotSafetyAnswer;

#define UNKNOT_TYPE_SAFETY_ANSWER (unknot_safety_answer_get_type ())
GType unknot_safety_answer_get_type (void) G_GNUC_CONST;

#define UNKNOT_TYPE_SAFETY_QUESTION_ROW (unknot_safety_question_row_get_type ())

G_DECLARE_FINAL_TYPE (UnknotSafetyQuestionRow, unknot_safety_question_row, UNKNOT, SAFETY_QUESTION_ROW, AdwActionRow)

GtkWidget                  *unknot_safety_question_row_new          (const UnknotSafetyQuestion *question);
const UnknotSafetyQuestion *unknot_safety_question_row_get_question (UnknotSafetyQuestionRow    *self);
UnknotSafetyAnswer          unknot_safety_question_row_get_answer   (UnknotSafetyQuestionRow    *self);
void                        unknot_safety_question_row_set_answer   (UnknotSafetyQuestionRow    *self,
                                                                     UnknotSafetyAnswer          answer);

G_END_DECLS
