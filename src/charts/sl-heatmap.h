/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-heatmap.h: the committee's heat map: the mean rating of each
 * candidate on each competency, on the 4-point scale from 1, Strong no, to
 * 4, Strong yes */

#pragma once

#include "sl-chart.h"

G_BEGIN_DECLS

/* What the heat map shows. Every array has n_rows × n_columns cells, row
 * by row; mins, maxs and counts may be NULL when only the means are
 * known. */
typedef struct
{
  char   *title;            /* nullable */
  guint   n_rows;           /* candidates */
  guint   n_columns;        /* competencies */
  char  **row_labels;       /* n_rows names, or "Candidate A" in debrief mode */
  gint64 *row_ids;          /* n_rows application ids; nullable */
  char  **column_labels;    /* n_columns competency names */
  double *means;            /* n_rows × n_columns, row-major; NAN where nobody rated */
  double *mins;             /* lowest rating per cell, NAN when none */
  double *maxs;             /* highest rating per cell */
  guint  *counts;           /* how many ratings per cell */
  char   *note;             /* a line under the chart, e.g. agreement statistics; nullable */
} SlHeatmapData;

/* Draws the heat map into @cr at (0, 0), leaving the background as it is. */
void       sl_heatmap_draw            (cairo_t             *cr,
                                       const SlHeatmapData *data,
                                       const SlChartStyle  *style,
                                       double               width,
                                       double               height);

/* The cell under (@x, @y) in words: "Dana Reyes — Communication: mean 3.3
 * from 3 ratings (3 to 4)", adding "; interviewers disagree by 2 points"
 * when they lie two or more points apart.
 * NULL outside the cells. */
char      *sl_heatmap_hit             (const SlHeatmapData *data,
                                       const SlChartStyle  *style,
                                       double               width,
                                       double               height,
                                       double               x,
                                       double               y);

/* Where the cell of @row and @column is drawn at @width × @height, for
 * moving a keyboard focus over the cells and for tests. FALSE when the
 * cell did not fit. */
gboolean   sl_heatmap_cell_area       (const SlHeatmapData *data,
                                       const SlChartStyle  *style,
                                       double               width,
                                       double               height,
                                       guint                row,
                                       guint                column,
                                       cairo_rectangle_t   *area);

/* A summary for screen readers: the size, the strongest and weakest
 * candidates by mean, and the cells where interviewers disagree. */
char      *sl_heatmap_describe        (const SlHeatmapData *data);

/* The same numbers as rows of cells, a header row first; each row is a
 * GStrv. */
GPtrArray *sl_heatmap_table           (const SlHeatmapData *data);

/* Whether the ratings of a cell lie two or more points apart. */
gboolean   sl_heatmap_is_disagreement (const SlHeatmapData *data,
                                       guint                row,
                                       guint                column);

/* Frees what @data holds and zeroes it. */
void       sl_heatmap_data_clear      (SlHeatmapData       *data);

G_END_DECLS
