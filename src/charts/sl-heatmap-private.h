/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-heatmap-private.h: what the heat map's drawing and its words share */

#pragma once

#include <math.h>

#include <glib/gi18n.h>

#include "sl-heatmap.h"
#include "sl-pay-charts-private.h"

G_BEGIN_DECLS

/* Reading the data; an array left out reads as no value. */

static inline double
cell_value (const SlHeatmapData *data,
            const double        *values,
            guint                row,
            guint                column)
{
  return values != NULL ? values[row * data->n_columns + column] : NAN;
}

static inline guint
cell_count (const SlHeatmapData *data,
            guint                row,
            guint                column)
{
  return data->counts != NULL ? data->counts[row * data->n_columns + column] : 0;
}

static inline const char *
row_label (const SlHeatmapData *data,
           guint                row)
{
  return data->row_labels != NULL && data->row_labels[row] != NULL ? data->row_labels[row] : "";
}

static inline const char *
column_label (const SlHeatmapData *data,
              guint                column)
{
  return data->column_labels != NULL && data->column_labels[column] != NULL
           ? data->column_labels[column] : "";
}

static inline gboolean
is_empty (const SlHeatmapData *data)
{
  return data->n_rows == 0 || data->n_columns == 0 || data->means == NULL;
}

/* "3.3": printf follows LC_NUMERIC, so "3,3" in German. */
static inline char *
format_mean (double mean)
{
  return g_strdup_printf ("%.1f", mean);
}

/* A rating is a whole point, unless the data says otherwise. */
static inline char *
format_rating (double rating)
{
  return g_strdup_printf (rating == floor (rating) ? "%.0f" : "%.1f", rating);
}

/* Where everything of the heat map goes at one size: drawing and
 * hit-testing share it. */
/* Rows shrink to this many lines of text before some are left out, and
 * grow to no more than the other; columns grow no wider than this. */
#define MIN_ROW_LINES    1.4
#define MAX_ROW_LINES    2.4
#define MAX_COLUMN_LINES 8.0

/* The names take at most this share of the width, the competencies at the
 * top at most this share of the height. */
#define MAX_LABEL_SHARE  0.25
#define MAX_HEADER_SHARE 0.3

typedef enum
{
  LEGEND_SCALE,
  LEGEND_DISAGREEMENT,
  LEGEND_EMPTY,
} LegendKind;

typedef struct
{
  LegendKind  kind;
  int         value;        /* the point of the scale, for LEGEND_SCALE */
  const char *label;
  double      x;            /* where the swatch starts */
  double      y;            /* the middle of the line */
} LegendItem;

typedef struct
{
  double      width;
  double      height;
  double      margin;
  double      line;
  const char *empty_text;   /* set when there is nothing to draw */
  double      title_y;      /* negative without a title */

  guint       n_rows;       /* shown */
  guint       n_columns;
  guint       n_hidden_rows;
  guint       n_hidden_columns;

  double      label_width;  /* of the names, which start at the margin */
  double      grid_x;
  double      grid_y;
  double      cell_width;   /* with the gap after each cell */
  double      cell_height;
  double      gap;

  /* Competencies stand above their columns on one or two lines, or run
   * up and to the right at 45° when that does not fit. */
  gboolean    rotated;
  double      header_length;
  char      **header_lines; /* two a column, across; NULL where none */
  guint       n_header_lines;

  LegendItem  legend[6];
  guint       n_legend;
  double      swatch_width;
  double      swatch_height;

  char       *note;
  double      note_y;
} Layout;

void sl_heatmap_layout_init  (Layout              *layout,
                              SlPainter           *painter,
                              const SlHeatmapData *data,
                              double               width,
                              double               height);
void sl_heatmap_layout_clear (Layout              *layout);
void sl_heatmap_cell_rect    (const Layout        *layout,
                              guint                row,
                              guint                column,
                              double              *x0,
                              double              *y0,
                              double              *x1,
                              double              *y1);

G_END_DECLS
