/* unknot-safety.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "unknot-problem.h"
#include "unknot-routine.h"

G_BEGIN_DECLS

/* Answers older than this are asked again before a routine a stop question concerns */
#define UNKNOT_SAFETY_MAX_AGE_DAYS 90

typedef enum
{
  UNKNOT_SAFETY_GROUP_STOP,     /* a yes hides the routines with its tags */
  UNKNOT_SAFETY_GROUP_CAUTION,  /* a yes shows a notice before them */
} UnknotSafetyGroup;

typedef enum
{
  UNKNOT_SAFETY_URGENCY_EMERGENCY,
  UNKNOT_SAFETY_URGENCY_SAME_DAY,
  UNKNOT_SAFETY_N_URGENCIES,
} UnknotSafetyUrgency;

/* What the player does when the user taps a stop rule during a pressure hold */
typedef enum
{
  UNKNOT_STOP_ACTION_FIND_ANOTHER_SPOT,  /* lift off, move a little, go on */
  UNKNOT_STOP_ACTION_END_POINT,          /* leave this point, go on with the next */
  UNKNOT_STOP_ACTION_END_SESSION,        /* stop the whole session */
  UNKNOT_STOP_ACTION_EASE_OFF,           /* press more lightly, go on */
} UnknotStopAction;

/* Names as they appear in the safety file, by enum value */
extern const char * const unknot_safety_group_names[];
extern const char * const unknot_safety_urgency_names[];
extern const char * const unknot_stop_action_names[];
/* The stop rules the file must have, one each */
extern const char * const unknot_stop_rule_ids[];

typedef struct
{
  char              *id;
  UnknotSafetyGroup  group;
  char              *topic;      /* a few words: "Pregnancy" */
  char              *question;   /* to answer yes or no */
  char              *why;        /* nullable */
  GStrv              tags;       /* contraindication tags it hides (stop) or warns about (caution) */
} UnknotSafetyQuestion;

typedef struct
{
  char                *id;
  UnknotSafetyUrgency  urgency;
  char                *text;
} UnknotRedFlag;

typedef struct
{
  char *title;                   /* "Get Help Now" */
  char *advice;                  /* what to do */
} UnknotSafetyUrgencyAdvice;

typedef struct
{
  char             *id;          /* one of unknot_stop_rule_ids */
  char             *label;       /* a button: "I Feel a Pulse" */
  char             *title;
  char             *advice;
  UnknotStopAction  action;
} UnknotStopRule;

/* A titled text: the aftercare items, the professional card, the caution notice */
typedef struct
{
  char *id;                      /* nullable: only aftercare items have one */
  char *title;
  char *text;
} UnknotSafetyNote;

/**
 * UnknotSafety:
 *
 * The safety screen's content (docs/safety-format.md), validated. Immutable and reference
 * counted; fields public for reading.
 */
typedef struct
{
  /*< private >*/
  gatomicrefcount            ref_count;

  /*< public >*/
  char                      *intro;
  GPtrArray                 *questions;      /* UnknotSafetyQuestion, in file order */
  GHashTable                *tag_names;      /* tag → name people read */
  UnknotSafetyNote           caution_notice;
  UnknotSafetyNote           professional;
  GPtrArray                 *red_flags;      /* UnknotRedFlag */
  UnknotSafetyUrgencyAdvice  urgencies[UNKNOT_SAFETY_N_URGENCIES];
  GPtrArray                 *stop_rules;     /* UnknotStopRule */
  GPtrArray                 *aftercare;      /* UnknotSafetyNote */
  char                      *license;
  GPtrArray                 *sources;        /* UnknotSource */
  GHashTable                *questions_by_id;
  GHashTable                *stop_rules_by_id;
} UnknotSafety;

#define UNKNOT_TYPE_SAFETY (unknot_safety_get_type ())

GType                       unknot_safety_get_type            (void) G_GNUC_CONST;
UnknotSafety               *unknot_safety_ref                 (UnknotSafety *safety);
void                        unknot_safety_unref               (UnknotSafety *safety);

UnknotSafety               *unknot_safety_load_from_data      (const char   *data,
                                                               gsize         length,
                                                               const char   *file_name,
                                                               GPtrArray    *problems);
UnknotSafety               *unknot_safety_load_bundled        (GPtrArray    *problems);

const UnknotSafetyQuestion *unknot_safety_lookup_question     (UnknotSafety *safety,
                                                               const char   *id);
const UnknotStopRule       *unknot_safety_lookup_stop_rule    (UnknotSafety *safety,
                                                               const char   *id);
const char                 *unknot_safety_get_tag_name        (UnknotSafety *safety,
                                                               const char   *tag);
gboolean                    unknot_safety_question_concerns   (const UnknotSafetyQuestion *question,
                                                               const char * const         *routine_tags);

/**
 * UnknotSafetyAnswers:
 *
 * The user's answers: question id → yes or no, and when they were given (Unix time,
 * seconds, UTC). Stored as GVariant a{sb} and x.
 */
typedef struct _UnknotSafetyAnswers UnknotSafetyAnswers;

#define UNKNOT_TYPE_SAFETY_ANSWERS (unknot_safety_answers_get_type ())

GType                unknot_safety_answers_get_type         (void) G_GNUC_CONST;
UnknotSafetyAnswers *unknot_safety_answers_new              (gint64                     answered_at);
UnknotSafetyAnswers *unknot_safety_answers_new_from_variant (GVariant                  *answers,
                                                             gint64                     answered_at);
UnknotSafetyAnswers *unknot_safety_answers_copy             (const UnknotSafetyAnswers *answers);
void                 unknot_safety_answers_free             (UnknotSafetyAnswers       *answers);
GVariant            *unknot_safety_answers_to_variant       (const UnknotSafetyAnswers *answers);
void                 unknot_safety_answers_set              (UnknotSafetyAnswers       *answers,
                                                             const char                *id,
                                                             gboolean                   yes);
gboolean             unknot_safety_answers_lookup           (const UnknotSafetyAnswers *answers,
                                                             const char                *id,
                                                             gboolean                  *yes);
gint64               unknot_safety_answers_get_answered_at  (const UnknotSafetyAnswers *answers);
void                 unknot_safety_answers_set_answered_at  (UnknotSafetyAnswers       *answers,
                                                             gint64                     answered_at);
gboolean             unknot_safety_answers_is_current       (const UnknotSafetyAnswers *answers,
                                                             UnknotSafety              *safety,
                                                             gint64                     now_unix);

typedef enum
{
  UNKNOT_SAFETY_ALLOWED,      /* nothing against it */
  UNKNOT_SAFETY_NEEDS_CHECK,  /* ask the questions (again) first */
  UNKNOT_SAFETY_BLOCKED,      /* a stop answer hides it */
  UNKNOT_SAFETY_CAUTION,      /* allowed, with the caution notice first */
} UnknotSafetyVerdict;

UnknotSafetyVerdict  unknot_safety_evaluate                 (UnknotSafety              *safety,
                                                             const UnknotSafetyAnswers *answers,
                                                             const char * const        *routine_tags,
                                                             gint64                     now_unix,
                                                             GPtrArray                 *reasons);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (UnknotSafety, unknot_safety_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (UnknotSafetyAnswers, unknot_safety_answers_free)

G_END_DECLS
