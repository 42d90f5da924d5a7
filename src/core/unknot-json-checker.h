/* unknot-json-checker.h: what the content loaders share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A checker walks one parsed JSON file and collects UnknotProblems, each placed at the
 * line and column of the value concerned. Getters report what is wrong (missing, wrong
 * type, out of range, not one of the choices) and return what is usable.
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "unknot-json-scan.h"
#include "unknot-problem.h"
#include "unknot-routine.h"

G_BEGIN_DECLS

/* Limits for files from outside (docs/routine-format.md, docs/anatomy-format.md) */
#define UNKNOT_CONTENT_MAX_FILE_SIZE   (1024 * 1024)
#define UNKNOT_CONTENT_MAX_DEPTH       16
#define UNKNOT_CONTENT_MAX_STRING      4000
#define UNKNOT_CONTENT_FORMAT          1

/* How bundled content is loaded: its texts translated, or collected for the translators'
 * template (unknot_content_collect_strings). Files from outside are loaded without. */
typedef struct
{
  gboolean   translate;
  GPtrArray *collect;   /* UnknotProblem used as a located text: message is the text */
} UnknotLoadOptions;

typedef struct
{
  const UnknotLoadOptions *options;  /* nullable */
  const char     *file;
  const char     *data;
  gsize           length;
  UnknotJsonScan *scan;      /* made when the first problem needs a position */
  gsize           max_length; /* the largest file read; content files' limit by default */
  GPtrArray      *problems;
  guint           n_problems_before;
} UnknotChecker;

void         unknot_checker_init             (UnknotChecker *c,
                                              const char    *file,
                                              const char    *data,
                                              gsize          length,
                                              GPtrArray     *problems);
void         unknot_checker_report           (UnknotChecker *c,
                                              const char    *path,
                                              const char    *format,
                                              ...) G_GNUC_PRINTF (3, 4);
void         unknot_checker_report_at        (UnknotChecker            *c,
                                              const UnknotJsonPosition *position,
                                              const char               *message);
gboolean     unknot_checker_has_new_problems (UnknotChecker *c);
char *       unknot_checker_child_path       (const char *parent,
                                              const char *name);
char *       unknot_checker_index_path       (const char *parent,
                                              guint       index);
const char * unknot_json_describe_node       (JsonNode *node);
void         unknot_checker_check_members    (UnknotChecker      *c,
                                              JsonObject         *object,
                                              const char         *path,
                                              const char * const *known);
typedef gboolean (*UnknotCheckerElementFunc) (UnknotChecker *c,
                                              JsonObject    *object,
                                              const char    *path,
                                              gpointer       user_data);
void         unknot_checker_for_each_object  (UnknotChecker            *c,
                                              JsonArray                *array,
                                              const char               *path,
                                              UnknotCheckerElementFunc  func,
                                              gpointer                  user_data);
gboolean     unknot_checker_check_text       (UnknotChecker *c,
                                              JsonNode      *node,
                                              const char    *path);
const char * unknot_checker_get_text         (UnknotChecker *c,
                                              JsonObject    *object,
                                              const char    *path,
                                              const char    *name,
                                              gboolean       required);
gboolean     unknot_checker_get_uint         (UnknotChecker *c,
                                              JsonObject    *object,
                                              const char    *path,
                                              const char    *name,
                                              gboolean       required,
                                              gint64         min,
                                              gint64         max,
                                              guint         *value);
gboolean     unknot_checker_get_number       (UnknotChecker *c,
                                              JsonObject    *object,
                                              const char    *path,
                                              const char    *name,
                                              double         min,
                                              double         max,
                                              double        *value);
gboolean     unknot_checker_get_boolean      (UnknotChecker *c,
                                              JsonObject    *object,
                                              const char    *path,
                                              const char    *name,
                                              gboolean      *value);
int          unknot_checker_get_choice       (UnknotChecker      *c,
                                              JsonObject         *object,
                                              const char         *path,
                                              const char         *name,
                                              gboolean            required,
                                              const char * const *names,
                                              int                 fallback);
JsonObject * unknot_checker_get_object       (UnknotChecker *c,
                                              JsonObject    *object,
                                              const char    *path,
                                              const char    *name,
                                              gboolean       required);
JsonArray *  unknot_checker_get_array        (UnknotChecker *c,
                                              JsonObject    *object,
                                              const char    *path,
                                              const char    *name,
                                              gboolean       required);
gboolean     unknot_id_is_valid              (const char *id);
const char * unknot_checker_get_id           (UnknotChecker *c,
                                              JsonObject    *object,
                                              const char    *path,
                                              const char    *name,
                                              gboolean       required);
GStrv        unknot_checker_get_text_list    (UnknotChecker      *c,
                                              JsonObject         *object,
                                              const char         *path,
                                              const char         *name,
                                              gboolean            required,
                                              guint               min_length,
                                              gboolean            ids,
                                              const char * const *allowed);
void         unknot_checker_parse_sources    (UnknotChecker *c,
                                              JsonObject    *object,
                                              const char    *path,
                                              GPtrArray     *sources);
JsonNode *   unknot_checker_parse            (UnknotChecker *c);
gboolean     unknot_checker_check_format     (UnknotChecker *c,
                                              JsonObject    *root);
JsonNode *   unknot_checker_begin            (UnknotChecker           *c,
                                              const char              *file_name,
                                              const char              *data,
                                              gsize                    length,
                                              const UnknotLoadOptions *options,
                                              GPtrArray               *problems,
                                              const char * const      *known);
void         unknot_checker_clear            (UnknotChecker *c);

const char  *unknot_checker_get_words        (UnknotChecker *c,
                                              JsonObject    *object,
                                              const char    *path,
                                              const char    *name,
                                              gboolean       required);
GStrv        unknot_checker_get_words_list   (UnknotChecker *c,
                                              JsonObject    *object,
                                              const char    *path,
                                              const char    *name,
                                              gboolean       required,
                                              guint          min_length);
gboolean     unknot_content_read_file        (GFile       *file,
                                              const char  *shown,
                                              GPtrArray   *problems,
                                              char       **contents,
                                              gsize       *length);
GBytes      *unknot_content_lookup_bundled   (const char  *path,
                                              GPtrArray   *problems);

G_END_DECLS
