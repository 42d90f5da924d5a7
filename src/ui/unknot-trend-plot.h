/* unknot-trend-plot.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "unknot-progress.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_TREND_PLOT (unknot_trend_plot_get_type ())

G_DECLARE_FINAL_TYPE (UnknotTrendPlot, unknot_trend_plot, UNKNOT, TREND_PLOT, GtkWidget)

GtkWidget       *unknot_trend_plot_new         (void);
UnknotPainTrend *unknot_trend_plot_get_trend   (UnknotTrendPlot *self);
void             unknot_trend_plot_set_trend   (UnknotTrendPlot *self,
                                                UnknotPainTrend *trend);
const char      *unknot_trend_plot_get_period  (UnknotTrendPlot *self);
void             unknot_trend_plot_set_period  (UnknotTrendPlot *self,
                                                const char      *period);
const char      *unknot_trend_plot_get_summary (UnknotTrendPlot *self);

G_END_DECLS
