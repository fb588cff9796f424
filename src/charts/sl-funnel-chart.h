/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-funnel-chart.h: a role's pipeline as a funnel: a bar a stage, as wide
 * as the number of candidates who reached it, the share of the stage
 * before and the median stay; the rejected apart, below */

#pragma once

#include "sl-chart.h"
#include "sl-funnel.h"

G_BEGIN_DECLS

/* Draws the funnel into @cr at (0, 0), leaving the background as it is. */
void       sl_funnel_chart_draw     (cairo_t            *cr,
                                     const SlFunnelData *data,
                                     const SlChartStyle *style,
                                     double              width,
                                     double              height);

/* The stage under (@x, @y) in words, for a tooltip: "Recruiter screen:
 * reached by 5 candidates. That is 71% of those who reached Applied. …".
 * NULL outside the stages' rows. */
char      *sl_funnel_chart_hit      (const SlFunnelData *data,
                                     const SlChartStyle *style,
                                     double              width,
                                     double              height,
                                     double              x,
                                     double              y);

/* Where the bar of @stage is drawn at @width × @height, @stage n_stages
 * being the rejected; for tests. FALSE when the row is not shown. */
gboolean   sl_funnel_chart_bar_area (const SlFunnelData *data,
                                     const SlChartStyle *style,
                                     double              width,
                                     double              height,
                                     guint               stage,
                                     cairo_rectangle_t  *area);

/* A summary for screen readers: how many reached each stage, the
 * rejected, and where candidates stay longest. */
char      *sl_funnel_chart_describe (const SlFunnelData *data);

/* The same numbers as rows of cells, a header row first; each row is a
 * GStrv. */
GPtrArray *sl_funnel_chart_table    (const SlFunnelData *data);

G_END_DECLS
