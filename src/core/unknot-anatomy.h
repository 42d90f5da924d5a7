/* unknot-anatomy.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "unknot-problem.h"
#include "unknot-routine.h"

G_BEGIN_DECLS

/* The body diagrams' grid (docs/anatomy-format.md) */
#define UNKNOT_DIAGRAM_WIDTH  200.0
#define UNKNOT_DIAGRAM_HEIGHT 480.0

typedef enum
{
  UNKNOT_VIEW_FRONT,
  UNKNOT_VIEW_BACK,
} UnknotView;

extern const char * const unknot_view_names[];

typedef struct
{
  double x;
  double y;
} UnknotPoint;

/* An ellipse (center and radii) or a polygon, on one view, for the body's left side */
typedef struct
{
  UnknotView  view;
  gboolean    is_ellipse;
  double      cx, cy, rx, ry;  /* ellipse */
  GArray     *points;          /* polygon: UnknotPoint; NULL for an ellipse */
} UnknotShape;

typedef struct
{
  UnknotShape shape;
  gboolean    primary;
} UnknotPainZone;

typedef struct
{
  char     *id;
  char     *name;
  char     *latin;                   /* nullable */
  char     *summary;
  char     *origin;
  char     *insertion;
  char     *action;
  char     *innervation;
  char     *note;                    /* nullable */
  GStrv     symptoms;
  GStrv     perpetuating_factors;
  GStrv     differential_diagnoses;
  GStrv     self_care;
  GStrv     associated_muscles;      /* muscle ids */
  gboolean  main;
} UnknotMuscle;

typedef struct
{
  char       *id;
  char       *name;
  char       *muscle;                /* muscle id */
  char       *summary;
  GStrv       landmarks;
  char       *how_to_find;
  GStrv       signs;
  GStrv       cautions;
  UnknotView  view;
  double      x, y;                  /* the marker, body's left side */
  GPtrArray  *referred_pain;         /* UnknotPainZone */
  char       *release_routine;       /* routine id */
} UnknotTriggerPoint;

typedef struct
{
  char        *id;
  char        *name;
  UnknotShape  shape;
} UnknotPainArea;

typedef struct
{
  char      *id;
  char      *title;
  char      *text;
  GStrv      topics;
  GPtrArray *sources;                /* UnknotSource */
} UnknotAdvice;

/**
 * UnknotAnatomy:
 *
 * The anatomy data, validated. Immutable and reference counted; fields public for reading.
 */
typedef struct
{
  /*< private >*/
  gatomicrefcount  ref_count;

  /*< public >*/
  GPtrArray       *muscles;          /* UnknotMuscle, in file order */
  GPtrArray       *trigger_points;   /* UnknotTriggerPoint */
  GPtrArray       *pain_areas;       /* UnknotPainArea */
  GPtrArray       *advice;           /* UnknotAdvice */
  GPtrArray       *sources;          /* UnknotSource */
  GHashTable      *muscles_by_id;
  GHashTable      *trigger_points_by_id;
} UnknotAnatomy;

#define UNKNOT_TYPE_ANATOMY (unknot_anatomy_get_type ())

GType               unknot_anatomy_get_type               (void) G_GNUC_CONST;
UnknotAnatomy      *unknot_anatomy_ref                    (UnknotAnatomy *anatomy);
void                unknot_anatomy_unref                  (UnknotAnatomy *anatomy);
const UnknotMuscle *unknot_anatomy_lookup_muscle          (UnknotAnatomy *anatomy,
                                                           const char    *id);
const UnknotTriggerPoint *unknot_anatomy_lookup_trigger_point (UnknotAnatomy *anatomy,
                                                               const char    *id);

UnknotAnatomy      *unknot_anatomy_load_from_data         (const char    *data,
                                                           gsize          length,
                                                           const char    *file_name,
                                                           GPtrArray     *problems);
UnknotAnatomy      *unknot_anatomy_load_bundled           (GPtrArray     *problems);
void                unknot_routine_check_anatomy          (UnknotRoutine *routine,
                                                           UnknotAnatomy *anatomy,
                                                           const char    *data,
                                                           gsize          length,
                                                           const char    *file_name,
                                                           GPtrArray     *problems);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (UnknotAnatomy, unknot_anatomy_unref)

G_END_DECLS
