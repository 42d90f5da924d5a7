/* unknot-routine.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  UNKNOT_ROUTINE_KIND_RELEASE,
  UNKNOT_ROUTINE_KIND_STRETCH,
  UNKNOT_ROUTINE_KIND_STRENGTH,
  UNKNOT_ROUTINE_KIND_BREATHING,
  UNKNOT_ROUTINE_KIND_MIXED,
} UnknotRoutineKind;

typedef enum
{
  UNKNOT_ROUTINE_LEVEL_BEGINNER,
  UNKNOT_ROUTINE_LEVEL_INTERMEDIATE,
  UNKNOT_ROUTINE_LEVEL_ADVANCED,
} UnknotRoutineLevel;

typedef enum
{
  UNKNOT_STEP_POSITION,
  UNKNOT_STEP_LOCATE,
  UNKNOT_STEP_PRESS,
  UNKNOT_STEP_STRETCH,
  UNKNOT_STEP_EXERCISE,
  UNKNOT_STEP_REST,
  UNKNOT_STEP_BREATHE,
  UNKNOT_STEP_RATE,
  UNKNOT_STEP_INFO,
} UnknotStepType;

typedef enum
{
  UNKNOT_SIDE_NONE,
  UNKNOT_SIDE_LEFT,
  UNKNOT_SIDE_RIGHT,
  UNKNOT_SIDE_BOTH,
} UnknotSide;

typedef enum
{
  UNKNOT_CUE_NONE,
  UNKNOT_CUE_START,
  UNKNOT_CUE_HALFWAY,
  UNKNOT_CUE_TICK,
  UNKNOT_CUE_SWITCH_SIDES,
  UNKNOT_CUE_BREATHE_IN,
  UNKNOT_CUE_BREATHE_OUT,
  UNKNOT_CUE_FINISH,
} UnknotCue;

typedef enum
{
  UNKNOT_RATE_BEFORE,
  UNKNOT_RATE_AFTER,
} UnknotRateWhen;

/* Names as they appear in routine files, by enum value */
extern const char * const unknot_routine_kind_names[];
extern const char * const unknot_routine_level_names[];
extern const char * const unknot_step_type_names[];
extern const char * const unknot_side_names[];
extern const char * const unknot_cue_names[];
extern const char * const unknot_rate_when_names[];
/* The safety tags a routine's "contraindications" may name (docs/routine-format.md) */
extern const char * const unknot_contraindication_names[];

typedef struct
{
  guint      at;      /* seconds from the start of the step's timed part */
  char      *say;     /* nullable */
  UnknotCue  cue;
} UnknotPrompt;

typedef struct
{
  char *citation;
  char *url;          /* nullable */
  char *note;         /* nullable */
} UnknotSource;

typedef struct
{
  char   *id;
  char   *title;
  char   *description; /* nullable */
  double  inhale;
  double  hold_in;
  double  exhale;
  double  hold_out;
} UnknotBreathingPattern;

/* A step, flat: the fields that do not belong to its type are zero or NULL. */
typedef struct
{
  UnknotStepType  type;
  char           *title;
  char           *instructions;      /* nullable for rate, rest, breathe */
  char           *image;             /* nullable; relative to the routine's folder */
  UnknotSide      side;
  GPtrArray      *prompts;           /* UnknotPrompt */

  guint           duration;          /* seconds; 0 where the step waits for the user */

  char           *trigger_point;     /* locate, press */
  GStrv           landmarks;         /* locate */
  char           *search;            /* locate, nullable */
  GStrv           signs;             /* locate */

  guint           hold;              /* press (the default hold), stretch */
  guint           hold_min;          /* press */
  guint           hold_max;          /* press */
  gboolean        early_release;     /* press */
  guint           pressure_target;   /* press, 0–10 */
  guint           pressure_max;      /* press, 0–10 */
  char           *pressure_words;    /* press */
  guint           holds;             /* press */
  guint           rest_between;      /* press, stretch: seconds between holds or reps */

  guint           reps;              /* stretch, exercise (0: the exercise is timed) */
  guint           sets;              /* exercise */
  guint           rest_between_sets; /* exercise */
  guint           tempo_up;          /* exercise, seconds */
  guint           tempo_hold;
  guint           tempo_down;

  char           *breathing;         /* press, stretch, breathe: a pattern id; nullable */
  UnknotRateWhen  when;              /* rate */
} UnknotStep;

/**
 * UnknotRoutine:
 *
 * A routine as its file describes it, validated. Immutable and reference counted;
 * the fields are public for reading.
 */
typedef struct
{
  /*< private >*/
  gatomicrefcount     ref_count;

  /*< public >*/
  char               *id;
  char               *title;
  char               *summary;
  UnknotRoutineKind   kind;
  UnknotRoutineLevel  level;
  guint               estimated_duration;  /* seconds */
  GStrv               equipment;
  GStrv               target_muscles;
  GStrv               target_trigger_points;
  GStrv               contraindications;
  char               *author;
  char               *license;
  GPtrArray          *sources;             /* UnknotSource */
  GHashTable         *breathing_patterns;  /* id → UnknotBreathingPattern, the file's own */
  GPtrArray          *steps;               /* UnknotStep */
} UnknotRoutine;

#define UNKNOT_TYPE_ROUTINE (unknot_routine_get_type ())

GType          unknot_routine_get_type (void) G_GNUC_CONST;
UnknotRoutine *unknot_routine_new      (void);
UnknotRoutine *unknot_routine_ref      (UnknotRoutine *routine);
void           unknot_routine_unref    (UnknotRoutine *routine);

UnknotStep    *unknot_step_new         (UnknotStepType type);
void           unknot_step_free        (UnknotStep    *step);
void           unknot_prompt_free      (UnknotPrompt  *prompt);
void           unknot_source_free      (UnknotSource  *source);
void           unknot_breathing_pattern_free (UnknotBreathingPattern *pattern);

int            unknot_enum_from_name   (const char * const *names,
                                        const char         *name);
char          *unknot_format_duration  (guint               seconds);
char          *unknot_step_describe    (const UnknotStep   *step);
char          *unknot_routine_describe (const UnknotRoutine *routine);
guint          unknot_step_get_timed_seconds    (const UnknotStep    *step);
guint          unknot_routine_get_timed_seconds (const UnknotRoutine *routine);
const char    *unknot_routine_kind_to_string  (UnknotRoutineKind  kind);
const char    *unknot_routine_level_to_string (UnknotRoutineLevel level);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (UnknotRoutine, unknot_routine_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (UnknotStep, unknot_step_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (UnknotPrompt, unknot_prompt_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (UnknotBreathingPattern, unknot_breathing_pattern_free)

G_END_DECLS
