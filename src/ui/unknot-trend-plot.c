/* unknot-trend-plot.c: the weekly pain before and after sessions, on one side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "unknot-progress"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "unknot-trend-plot.h"

/* The plot is drawn in the widget's own snapshot: a legend on top, the pain scale from
 * 0 to 10 on the left with a faint grid line every two points, the weeks along the
 * bottom, and two series over them, one point a week for its mean rating:
 *
 *   before sessions  a dashed line with hollow squares, in the colour of the `before`
 *                    node (`trendplot > before` in the stylesheet: the theme's warning
 *                    colour, which has a light and a dark variant)
 *   after sessions   a solid line with filled dots, in the colour of the `after` node
 *                    (the theme's accent colour)
 *
 * so the two differ by dash and marker as well as colour. A week without a rating
 * breaks its line: a gap, never a zero. With many weeks to a narrow plot the markers
 * are left out, but for a week alone between gaps, which would not show otherwise.
 * The grid, the scale and the legend's text are in the widget's colour, dimmed.
 *
 * The weeks are labelled from the newest back, as many as fit: each week on a short
 * range, the months on a year or so, the years on a long history. What the plot shows
 * is also said in words, in its summary: the page puts it under the plot and the plot
 * gives it as its accessible description. */

#define MIN_WIDTH           200
#define NATURAL_WIDTH       480
#define MIN_HEIGHT          180
#define NATURAL_HEIGHT      220
#define MAX_PAIN            10
#define GRID_STEP           2
#define GRID_ALPHA          0.12f
#define AXIS_ALPHA          0.3f
#define TEXT_ALPHA          0.7f
#define LINE_WIDTH          2.f
#define THIN_LINE_WIDTH     1.5f
#define MARKER_SIZE         8.f
#define MIN_MARKER_SPACING  10.f   /* pixels between weeks for every marker to be drawn */
#define LABEL_GAP           12     /* pixels at least between two week labels */
#define LEGEND_SAMPLE       28.f   /* the length of the line in a legend entry */
#define LEGEND_SPACING      18
#define SHORT_RANGE_WEEKS   27     /* up to half a year: every week may be labelled */
#define MEDIUM_RANGE_WEEKS  162    /* up to three years: the months; beyond, the years */

struct _UnknotTrendPlot
{
  GtkWidget        parent_instance;

  GtkWidget       *before_node;
  GtkWidget       *after_node;

  UnknotPainTrend *trend;    /* nullable */
  char            *period;   /* nullable */
  char            *summary;
};

G_DEFINE_FINAL_TYPE (UnknotTrendPlot, unknot_trend_plot, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TREND,
  PROP_PERIOD,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  float left;
  float right;
  float top;
  float bottom;
} PlotArea;

static const char *
side_name (UnknotSide side)
{
  switch (side)
    {
    case UNKNOT_SIDE_LEFT:  return _("Left side");
    case UNKNOT_SIDE_RIGHT: return _("Right side");
    case UNKNOT_SIDE_NONE:
    case UNKNOT_SIDE_BOTH:
    default:                /* Translators: the pain rated by routines that do not work one side at a time */
                            return _("Without a side");
    }
}

static char *
format_pain (double pain)
{
  /* Translators: a weekly mean pain rating, on the scale from 0 to 10 */
  return g_strdup_printf (_("%.1f"), pain);
}

/* "before sessions, pain averaged 6.0 in the first week rated and 3.5 in the last" */
static char *
describe_series (const UnknotPainTrend *trend,
                 UnknotRateWhen         when)
{
  guint n_weeks = unknot_pain_trend_count_weeks (trend, when);
  double first = 0, last = 0;
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = NULL;
  gboolean before = when == UNKNOT_RATE_BEFORE;

  if (!unknot_pain_trend_get_ends (trend, when, &first, &last))
    return g_strdup (before ? _("no ratings before sessions") : _("no ratings after sessions"));

  first_text = format_pain (first);
  last_text = format_pain (last);
  if (n_weeks == 1)
    return g_strdup_printf (before ? _("before sessions, pain averaged %s in the one week rated")
                                   : _("after sessions, %s in the one week rated"),
                            first_text);
  if (before)
    /* Translators: the weekly mean pain before sessions in the first and the last week
     * with a rating */
    return g_strdup_printf (_("before sessions, pain averaged %s in the first week rated and %s in the last"),
                            first_text, last_text);
  /* Translators: the same after sessions, following the sentence before it */
  return g_strdup_printf (_("after sessions, %s and %s"), first_text, last_text);
}

static char *
make_summary (UnknotTrendPlot *self)
{
  g_autofree char *subject = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (self->trend == NULL)
    return g_strdup ("");

  if (self->period != NULL)
    /* Translators: a side and a time, as in “Left side, last 3 months” */
    subject = g_strdup_printf (_("%s, %s"), side_name (self->trend->side), self->period);
  else
    subject = g_strdup (side_name (self->trend->side));

  if (unknot_pain_trend_count_weeks (self->trend, UNKNOT_RATE_BEFORE) == 0 &&
      unknot_pain_trend_count_weeks (self->trend, UNKNOT_RATE_AFTER) == 0)
    /* Translators: %s is a side and a time, as in “Left side, last 3 months” */
    return g_strdup_printf (_("%s: no pain ratings."), subject);

  before = describe_series (self->trend, UNKNOT_RATE_BEFORE);
  after = describe_series (self->trend, UNKNOT_RATE_AFTER);
  /* Translators: a side and a time, what the pain was before sessions, then after, as
   * in “Left side, last 3 months: before sessions, pain averaged 6.0 in the first week
   * rated and 3.5 in the last; after sessions, 4.0 and 2.0.” */
  return g_strdup_printf (_("%s: %s; %s."), subject, before, after);
}

static void
update_summary (UnknotTrendPlot *self)
{
  g_autofree char *summary = make_summary (self);
  g_autofree char *label = NULL;

  if (self->trend != NULL)
    /* Translators: the accessible name of a pain trend plot; %s is a side, as in “Left side” */
    label = g_strdup_printf (_("Pain before and after sessions: %s"), side_name (self->trend->side));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label != NULL ? label : _("Pain before and after sessions"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary,
                                  -1);

  if (g_set_str (&self->summary, summary))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

GtkWidget *
unknot_trend_plot_new (void)
{
  return g_object_new (UNKNOT_TYPE_TREND_PLOT, NULL);
}

/**
 * unknot_trend_plot_get_trend:
 *
 * Returns: (transfer none) (nullable): the weeks drawn
 */
UnknotPainTrend *
unknot_trend_plot_get_trend (UnknotTrendPlot *self)
{
  g_return_val_if_fail (UNKNOT_IS_TREND_PLOT (self), NULL);

  return self->trend;
}

/**
 * unknot_trend_plot_set_trend:
 * @trend: (nullable): the weekly means to draw, of one side
 */
void
unknot_trend_plot_set_trend (UnknotTrendPlot *self,
                             UnknotPainTrend *trend)
{
  g_return_if_fail (UNKNOT_IS_TREND_PLOT (self));

  if (self->trend == trend)
    return;

  if (trend != NULL)
    unknot_pain_trend_ref (trend);
  g_clear_pointer (&self->trend, unknot_pain_trend_unref);
  self->trend = trend;

  update_summary (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TREND]);
}

const char *
unknot_trend_plot_get_period (UnknotTrendPlot *self)
{
  g_return_val_if_fail (UNKNOT_IS_TREND_PLOT (self), NULL);

  return self->period;
}

/**
 * unknot_trend_plot_set_period:
 * @period: (nullable): the time the trend covers, in words that follow the side in
 *   the summary, as "last 3 months"
 */
void
unknot_trend_plot_set_period (UnknotTrendPlot *self,
                              const char      *period)
{
  g_return_if_fail (UNKNOT_IS_TREND_PLOT (self));

  if (!g_set_str (&self->period, period))
    return;

  update_summary (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD]);
}

/**
 * unknot_trend_plot_get_summary:
 *
 * Returns: what the plot shows, in a sentence, as "Left side, last 3 months: before
 *   sessions, pain averaged 6.0 in the first week rated and 3.5 in the last; after
 *   sessions, 4.0 and 2.0."; empty without a trend
 */
const char *
unknot_trend_plot_get_summary (UnknotTrendPlot *self)
{
  g_return_val_if_fail (UNKNOT_IS_TREND_PLOT (self), NULL);

  return self->summary;
}

static void
unknot_trend_plot_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NATURAL_WIDTH;
    }
  else
    {
      *minimum = MIN_HEIGHT;
      *natural = NATURAL_HEIGHT;
    }
}

static void
unknot_trend_plot_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  UnknotTrendPlot *self = UNKNOT_TREND_PLOT (widget);

  /* the style nodes draw nothing; they only carry the series' colours */
  gtk_widget_measure (self->before_node, GTK_ORIENTATION_HORIZONTAL, -1, NULL, NULL, NULL, NULL);
  gtk_widget_measure (self->after_node, GTK_ORIENTATION_HORIZONTAL, -1, NULL, NULL, NULL, NULL);
  gtk_widget_size_allocate (self->before_node, &(GtkAllocation) { 0, 0, 0, 0 }, -1);
  gtk_widget_size_allocate (self->after_node, &(GtkAllocation) { 0, 0, 0, 0 }, -1);
}

static GdkRGBA
with_alpha (const GdkRGBA *color,
            float          alpha)
{
  GdkRGBA faded = *color;

  faded.alpha *= alpha;
  return faded;
}

static void
append_text (GtkSnapshot   *snapshot,
             PangoLayout   *layout,
             float          x,
             float          y,
             const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
append_line (GtkSnapshot   *snapshot,
             float          x0,
             float          y0,
             float          x1,
             float          y1,
             const GdkRGBA *color)
{
  /* axis-parallel lines only: a thin rectangle, sharper than a stroked path */
  gtk_snapshot_append_color (snapshot, color,
                             &GRAPHENE_RECT_INIT (MIN (x0, x1), MIN (y0, y1),
                                                  MAX (fabsf (x1 - x0), 1.f), MAX (fabsf (y1 - y0), 1.f)));
}

static void
append_marker (GtkSnapshot    *snapshot,
               UnknotRateWhen  when,
               float           x,
               float           y,
               const GdkRGBA  *color)
{
  GskPathBuilder *builder = gsk_path_builder_new ();
  g_autoptr(GskPath) path = NULL;

  if (when == UNKNOT_RATE_BEFORE)
    {
      /* a hollow square */
      GskStroke *stroke = gsk_stroke_new (THIN_LINE_WIDTH);
      float half = (MARKER_SIZE - THIN_LINE_WIDTH) / 2;

      gsk_path_builder_add_rect (builder, &GRAPHENE_RECT_INIT (x - half, y - half, 2 * half, 2 * half));
      path = gsk_path_builder_free_to_path (builder);
      gtk_snapshot_append_stroke (snapshot, path, stroke, color);
      gsk_stroke_free (stroke);
    }
  else
    {
      /* a filled dot */
      gsk_path_builder_add_circle (builder, &GRAPHENE_POINT_INIT (x, y), MARKER_SIZE / 2);
      path = gsk_path_builder_free_to_path (builder);
      gtk_snapshot_append_fill (snapshot, path, GSK_FILL_RULE_WINDING, color);
    }
}

static GskStroke *
series_stroke (UnknotRateWhen when,
               float          width)
{
  GskStroke *stroke = gsk_stroke_new (width);

  gsk_stroke_set_line_join (stroke, GSK_LINE_JOIN_ROUND);
  gsk_stroke_set_line_cap (stroke, GSK_LINE_CAP_ROUND);
  if (when == UNKNOT_RATE_BEFORE)
    gsk_stroke_set_dash (stroke, (const float[]) { 5.f, 4.f }, 2);
  return stroke;
}

static double
mean_at (const UnknotPainTrend *trend,
         guint                  i,
         UnknotRateWhen         when)
{
  const UnknotTrendWeek *week;

  if (i >= trend->weeks->len)
    return NAN;
  week = &g_array_index (trend->weeks, UnknotTrendWeek, i);
  return when == UNKNOT_RATE_BEFORE ? week->before : week->after;
}

static float
week_x (const PlotArea *area,
        guint           n_weeks,
        guint           i)
{
  return area->left + (area->right - area->left) * (i + 0.5f) / n_weeks;
}

static float
pain_y (const PlotArea *area,
        double          pain)
{
  return area->bottom - (area->bottom - area->top) * (float) (CLAMP (pain, 0, MAX_PAIN) / MAX_PAIN);
}

static void
append_series (GtkSnapshot           *snapshot,
               const UnknotPainTrend *trend,
               const PlotArea        *area,
               UnknotRateWhen         when,
               const GdkRGBA         *color)
{
  guint n = trend->weeks->len;
  float spacing = (area->right - area->left) / MAX (n, 1);
  GskPathBuilder *builder = gsk_path_builder_new ();
  g_autoptr(GskPath) path = NULL;
  GskStroke *stroke = series_stroke (when, spacing < 4 ? THIN_LINE_WIDTH : LINE_WIDTH);
  gboolean drawing = FALSE;

  /* a run of weeks with ratings is one line; a gap ends it */
  for (guint i = 0; i < n; i++)
    {
      double pain = mean_at (trend, i, when);

      if (isnan (pain))
        {
          drawing = FALSE;
          continue;
        }
      if (drawing)
        gsk_path_builder_line_to (builder, week_x (area, n, i), pain_y (area, pain));
      else
        gsk_path_builder_move_to (builder, week_x (area, n, i), pain_y (area, pain));
      drawing = TRUE;
    }
  path = gsk_path_builder_free_to_path (builder);
  gtk_snapshot_append_stroke (snapshot, path, stroke, color);
  gsk_stroke_free (stroke);

  for (guint i = 0; i < n; i++)
    {
      double pain = mean_at (trend, i, when);
      gboolean alone = (i == 0 || isnan (mean_at (trend, i - 1, when))) && isnan (mean_at (trend, i + 1, when));

      if (!isnan (pain) && (spacing >= MIN_MARKER_SPACING || alone))
        append_marker (snapshot, when, week_x (area, n, i), pain_y (area, pain), color);
    }
}

static PangoLayout *
text_layout (GtkWidget  *widget,
             const char *text,
             int        *width,
             int        *height)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);

  pango_layout_get_pixel_size (layout, width, height);
  return layout;
}

/* One legend entry: a piece of the series' line with its marker, then its name. Returns
 * its width. */
static int
append_legend_entry (GtkWidget      *widget,
                     GtkSnapshot    *snapshot,
                     UnknotRateWhen  when,
                     float           x,
                     float           y,
                     const GdkRGBA  *color,
                     const GdkRGBA  *text_color,
                     gboolean        draw)
{
  g_autoptr(PangoLayout) layout = NULL;
  int width, height;
  float middle;

  layout = text_layout (widget, when == UNKNOT_RATE_BEFORE ? _("Before sessions") : _("After sessions"),
                        &width, &height);
  if (draw)
    {
      GskPathBuilder *builder = gsk_path_builder_new ();
      g_autoptr(GskPath) path = NULL;
      GskStroke *stroke = series_stroke (when, LINE_WIDTH);

      middle = y + height / 2.f;
      gsk_path_builder_move_to (builder, x + 1, middle);
      gsk_path_builder_line_to (builder, x + LEGEND_SAMPLE - 1, middle);
      path = gsk_path_builder_free_to_path (builder);
      gtk_snapshot_append_stroke (snapshot, path, stroke, color);
      gsk_stroke_free (stroke);
      append_marker (snapshot, when, x + LEGEND_SAMPLE / 2, middle, color);
      append_text (snapshot, layout, x + LEGEND_SAMPLE + 6, y, text_color);
    }
  return (int) LEGEND_SAMPLE + 6 + width;
}

/* Returns the legend's height: one row, or two when one does not fit */
static float
append_legend (GtkWidget     *widget,
               GtkSnapshot   *snapshot,
               float          width,
               const GdkRGBA *before_color,
               const GdkRGBA *after_color,
               const GdkRGBA *text_color)
{
  int before_width = append_legend_entry (widget, snapshot, UNKNOT_RATE_BEFORE, 0, 0, NULL, NULL, FALSE);
  int after_width = append_legend_entry (widget, snapshot, UNKNOT_RATE_AFTER, 0, 0, NULL, NULL, FALSE);
  g_autoptr(PangoLayout) layout = text_layout (widget, "0", NULL, NULL);
  int line_height;

  pango_layout_get_pixel_size (layout, NULL, &line_height);
  append_legend_entry (widget, snapshot, UNKNOT_RATE_BEFORE, 0, 0, before_color, text_color, TRUE);
  if (before_width + LEGEND_SPACING + after_width <= width)
    {
      append_legend_entry (widget, snapshot, UNKNOT_RATE_AFTER, before_width + LEGEND_SPACING, 0,
                           after_color, text_color, TRUE);
      return line_height;
    }
  append_legend_entry (widget, snapshot, UNKNOT_RATE_AFTER, 0, line_height + 4, after_color, text_color, TRUE);
  return 2 * line_height + 4;
}

/* The pain scale: a line and a label every GRID_STEP. Returns the labels' width. */
static int
measure_scale (GtkWidget *widget)
{
  g_autoptr(PangoLayout) layout = text_layout (widget, "10", NULL, NULL);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

static void
append_scale (GtkWidget      *widget,
              GtkSnapshot    *snapshot,
              const PlotArea *area,
              int             label_width,
              const GdkRGBA  *color)
{
  GdkRGBA grid = with_alpha (color, GRID_ALPHA);
  GdkRGBA axis = with_alpha (color, AXIS_ALPHA);
  GdkRGBA text = with_alpha (color, TEXT_ALPHA);

  for (int pain = 0; pain <= MAX_PAIN; pain += GRID_STEP)
    {
      g_autofree char *number = g_strdup_printf ("%d", pain);
      int width, height;
      g_autoptr(PangoLayout) layout = text_layout (widget, number, &width, &height);
      float y = roundf (pain_y (area, pain));

      append_line (snapshot, area->left, y, area->right, y, pain == 0 ? &axis : &grid);
      append_text (snapshot, layout, area->left - 8 - width, y - height / 2.f, &text);
    }
}

typedef enum
{
  LABEL_WEEKS,
  LABEL_MONTHS,
  LABEL_YEARS,
} LabelKind;

/* The label of week @i, or NULL where the weeks are not labelled one by one and it
 * does not start a month or a year */
static char *
week_label (const UnknotPainTrend *trend,
            guint                  i,
            LabelKind              kind)
{
  guint32 first = g_array_index (trend->weeks, UnknotTrendWeek, i).first_day;
  GDate start, end, shown;
  g_autoptr(GDateTime) date = NULL;

  g_date_clear (&start, 1);
  g_date_set_julian (&start, first);
  g_date_clear (&end, 1);
  g_date_set_julian (&end, first + 6);
  shown = start;

  if (kind != LABEL_WEEKS)
    {
      gboolean new_month = g_date_get_day (&start) == 1 || g_date_get_month (&start) != g_date_get_month (&end);
      gboolean new_year = new_month && (g_date_get_day (&start) == 1 ? g_date_get_month (&start) : g_date_get_month (&end)) == G_DATE_JANUARY;

      if (!new_month || (kind == LABEL_YEARS && !new_year))
        return NULL;
      /* the month the week starts */
      if (g_date_get_day (&start) != 1)
        shown = end;
      date = g_date_time_new_utc (g_date_get_year (&shown), g_date_get_month (&shown), 1, 12, 0, 0);
      if (kind == LABEL_YEARS || new_year)
        return g_date_time_format (date, "%Y");
      /* Translators: a month under a pain trend plot, as “Mar”; see g_date_time_format() */
      return g_date_time_format (date, _("%Ob"));
    }

  date = g_date_time_new_utc (g_date_get_year (&shown), g_date_get_month (&shown), g_date_get_day (&shown), 12, 0, 0);
  /* Translators: the first day of a week under a pain trend plot, as “3 Nov”; see
   * g_date_time_format() */
  return g_date_time_format (date, _("%-d %b"));
}

/* The week labels, placed from the newest back, each under its week; one that would
 * touch the label after it is left out. At the ends of the axis a label is moved in
 * to stay within the plot. */
static void
append_week_labels (GtkWidget             *widget,
                    GtkSnapshot           *snapshot,
                    const UnknotPainTrend *trend,
                    const PlotArea        *area,
                    float                  y,
                    const GdkRGBA         *color)
{
  guint n = trend->weeks->len;
  LabelKind kind = n <= SHORT_RANGE_WEEKS ? LABEL_WEEKS : n <= MEDIUM_RANGE_WEEKS ? LABEL_MONTHS : LABEL_YEARS;
  GdkRGBA text = with_alpha (color, TEXT_ALPHA);
  GdkRGBA tick = with_alpha (color, AXIS_ALPHA);
  float limit = area->right;   /* where the label placed last begins, less the gap */

  for (guint i = n; i > 0; i--)
    {
      g_autofree char *label = week_label (trend, i - 1, kind);
      g_autoptr(PangoLayout) layout = NULL;
      int width, height;
      float x = week_x (area, n, i - 1);
      float left;

      if (label == NULL)
        continue;
      layout = text_layout (widget, label, &width, &height);
      left = CLAMP (x - width / 2.f, area->left, area->right - width);
      if (left + width > limit)
        continue;

      append_line (snapshot, roundf (x), area->bottom, roundf (x), area->bottom + 4, &tick);
      append_text (snapshot, layout, left, y, &text);
      limit = left - LABEL_GAP;
    }
}

static void
unknot_trend_plot_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  UnknotTrendPlot *self = UNKNOT_TREND_PLOT (widget);
  float width = gtk_widget_get_width (widget);
  float height = gtk_widget_get_height (widget);
  GdkRGBA color, before_color, after_color;
  g_autoptr(PangoLayout) layout = text_layout (widget, "0", NULL, NULL);
  int line_height, scale_width;
  float legend_height;
  PlotArea area;

  gtk_widget_get_color (widget, &color);
  gtk_widget_get_color (self->before_node, &before_color);
  gtk_widget_get_color (self->after_node, &after_color);
  pango_layout_get_pixel_size (layout, NULL, &line_height);
  scale_width = measure_scale (widget);

  /* they draw nothing, but a style node that was never drawn would not pass a redraw on
   * when its colour changes, as with the dark style */
  gtk_widget_snapshot_child (widget, self->before_node, snapshot);
  gtk_widget_snapshot_child (widget, self->after_node, snapshot);

  legend_height = append_legend (widget, snapshot, width, &before_color, &after_color, &color);

  area.left = scale_width + 8 + 4;
  area.right = width - 4;
  area.top = legend_height + 12 + line_height / 2.f;
  area.bottom = height - line_height - 8;
  if (area.right <= area.left || area.bottom <= area.top)
    return;

  append_scale (widget, snapshot, &area, scale_width, &color);
  if (self->trend == NULL || self->trend->weeks->len == 0)
    return;

  append_week_labels (widget, snapshot, self->trend, &area, area.bottom + 6, &color);
  append_series (snapshot, self->trend, &area, UNKNOT_RATE_BEFORE, &before_color);
  append_series (snapshot, self->trend, &area, UNKNOT_RATE_AFTER, &after_color);
}

static void
unknot_trend_plot_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  UnknotTrendPlot *self = UNKNOT_TREND_PLOT (object);

  switch (prop_id)
    {
    case PROP_TREND:
      g_value_set_boxed (value, self->trend);
      break;
    case PROP_PERIOD:
      g_value_set_string (value, self->period);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_trend_plot_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  UnknotTrendPlot *self = UNKNOT_TREND_PLOT (object);

  switch (prop_id)
    {
    case PROP_TREND:
      unknot_trend_plot_set_trend (self, g_value_get_boxed (value));
      break;
    case PROP_PERIOD:
      unknot_trend_plot_set_period (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_trend_plot_dispose (GObject *object)
{
  UnknotTrendPlot *self = UNKNOT_TREND_PLOT (object);

  g_clear_pointer (&self->before_node, gtk_widget_unparent);
  g_clear_pointer (&self->after_node, gtk_widget_unparent);
  g_clear_pointer (&self->trend, unknot_pain_trend_unref);

  G_OBJECT_CLASS (unknot_trend_plot_parent_class)->dispose (object);
}

static void
unknot_trend_plot_finalize (GObject *object)
{
  UnknotTrendPlot *self = UNKNOT_TREND_PLOT (object);

  g_free (self->period);
  g_free (self->summary);

  G_OBJECT_CLASS (unknot_trend_plot_parent_class)->finalize (object);
}

static void
unknot_trend_plot_class_init (UnknotTrendPlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = unknot_trend_plot_get_property;
  object_class->set_property = unknot_trend_plot_set_property;
  object_class->dispose = unknot_trend_plot_dispose;
  object_class->finalize = unknot_trend_plot_finalize;

  widget_class->measure = unknot_trend_plot_measure;
  widget_class->size_allocate = unknot_trend_plot_size_allocate;
  widget_class->snapshot = unknot_trend_plot_snapshot;

  /**
   * UnknotTrendPlot:trend:
   *
   * The weekly means drawn, of one side.
   */
  properties[PROP_TREND] =
    g_param_spec_boxed ("trend", NULL, NULL, UNKNOT_TYPE_PAIN_TREND,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * UnknotTrendPlot:period:
   *
   * The time the trend covers, in words that follow the side in the summary, such as
   * "last 3 months".
   */
  properties[PROP_PERIOD] =
    g_param_spec_string ("period", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * UnknotTrendPlot:summary:
   *
   * What the plot shows, in a sentence: the plot's accessible description, and the
   * caption a page shows under it.
   */
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "trendplot");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static GtkWidget *
style_node_new (const char *name)
{
  GtkWidget *node = g_object_new (GTK_TYPE_DRAWING_AREA,
                                  "css-name", name,
                                  "can-target", FALSE,
                                  "can-focus", FALSE,
                                  NULL);

  gtk_accessible_update_state (GTK_ACCESSIBLE (node), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  return node;
}

static void
unknot_trend_plot_init (UnknotTrendPlot *self)
{
  self->before_node = style_node_new ("before");
  gtk_widget_set_parent (self->before_node, GTK_WIDGET (self));
  self->after_node = style_node_new ("after");
  gtk_widget_set_parent (self->after_node, GTK_WIDGET (self));

  self->summary = g_strdup ("");
  update_summary (self);
}
