/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-pay-charts-private.h: what the compensation charts share: the
 * painter that draws text and marks, and the layout that places rows, the
 * axis and the legend. Drawing and hit-testing both go through the layout,
 * so a tooltip names exactly the mark under the pointer. */

#pragma once

#include <math.h>

#include <pango/pangocairo.h>

#include "sl-axis.h"
#include "sl-pay-charts.h"

G_BEGIN_DECLS

/* How close, in pixels, the pointer must be to a mark to name it. */
#define SL_PAY_HIT_DISTANCE 6.0

typedef enum
{
  SL_ALIGN_START,
  SL_ALIGN_CENTER,
  SL_ALIGN_END,
} SlAlign;

/* Every series has a shape or a pattern of its own, so that none is told
 * apart by colour alone. */
typedef enum
{
  SL_MARK_CURRENT,      /* open circle */
  SL_MARK_EXPECTED,     /* open diamond */
  SL_MARK_OFFER,        /* filled square, accent */
  SL_MARK_MEAN,         /* filled diamond */
  SL_MARK_PERCENTILE,   /* vertical tick */
  SL_MARK_MIDPOINT,     /* vertical tick, accent */
  SL_MARK_RANGE,        /* light band */
  SL_MARK_AVERAGE,      /* darker band */
  SL_MARK_BAND,         /* accent bar */
  SL_MARK_BASE,         /* solid segment */
  SL_MARK_BONUS,        /* hatched segment */
  SL_MARK_SIGN_ON,      /* dotted segment */
  SL_MARK_EQUITY,       /* cross-hatched segment */
} SlMark;

/* Text measured while laying out a chart, kept to be drawn as it is. */
typedef struct
{
  PangoLayout *layout;
  gboolean     bold;
  int          width;                 /* in Pango units */
} SlKeptText;

typedef struct
{
  cairo_t              *cr;           /* NULL when only measuring */
  const SlChartStyle   *style;
  PangoContext         *context;
  PangoLayout          *layout;       /* for labels that are not kept */
  PangoFontDescription *font;
  PangoFontDescription *bold;
  gboolean              layout_bold;
  int                   layout_width; /* in Pango units, -1 for none */
  double                line_height;  /* of one line of text */
  double                mark_size;    /* half the width of a mark */
  double                line_width;
  double                tint;         /* how much tints are strengthened */
  cairo_rectangle_t     placed[128];  /* labels drawn, with their spacing */
  guint                 n_placed;
  SlKeptText            kept[64];
  guint                 n_kept;
  char                 *measure_font; /* names the font for remembered widths;
                                         NULL when drawing */
} SlPainter;

typedef enum
{
  SL_PAY_ROW_MARKET,
  SL_PAY_ROW_BAND,
  SL_PAY_ROW_HEADER,
  SL_PAY_ROW_CANDIDATE,
  SL_PAY_ROW_ROLE,           /* the overview's, one a role */
} SlPayRowKind;

typedef struct
{
  SlPayRowKind kind;
  guint        index;        /* into data->rows for candidates, data->roles for roles */
  double       lines;        /* height asked for, in lines of text */
  double       center_lines; /* where the marks sit, from the top */
  double       y;
  double       height;
  double       center;
} SlPayRowBox;

typedef struct
{
  SlMark      mark;
  const char *label;
  double      x;              /* where the swatch starts */
  double      y;              /* the centre of the line */
} SlLegendItem;

#define SL_PAY_MAX_LEGEND 10

typedef struct
{
  SlPayChartKind  kind;
  double          width;
  double          height;
  double          margin;
  double          line;           /* the painter's line height */
  double          mark_size;      /* and its marks' half width */
  const char     *empty_text;     /* set when there is nothing to draw */

  double          title_y;        /* negative without a title */
  SlLegendItem    legend[SL_PAY_MAX_LEGEND];
  guint           n_legend;

  /* The value axis runs from plot_x to plot_x + plot_width; rows lie
   * between plot_top and plot_bottom; names go in the column before. */
  double          label_x;
  double          label_width;
  double          plot_x;
  double          plot_width;
  double          plot_top;
  double          plot_bottom;
  double          right_width;    /* the columns after the plot */
  double          right_columns[2];

  SlAxis          axis;
  gboolean        show_ticks;     /* FALSE where the rows label the axis */
  guint           label_stride;   /* draw every nth tick label */
  double          axis_y;         /* the axis line; labels below it */
  double          note_y;         /* negative without a note */
  char           *note;

  double          max_row_lines;  /* how tall candidates and roles grow */
  SlPayRowBox    *rows;
  guint           n_rows;
  guint           n_hidden;       /* candidates or roles that did not fit */
} SlPayLayout;

/* sl-pay-charts.c: the painter */
void         sl_painter_init          (SlPainter          *painter,
                                       cairo_t            *cr,
                                       const SlChartStyle *style);
void         sl_painter_clear         (SlPainter          *painter);
double       sl_painter_measure       (SlPainter          *painter,
                                       const char         *text,
                                       gboolean            bold);
void         sl_painter_set_color     (SlPainter          *painter,
                                       const SlChartColor *color,
                                       double              alpha);
void         sl_painter_empty_note    (SlPainter          *painter,
                                       const char         *text,
                                       double              margin,
                                       double              top,
                                       double              width,
                                       double              height);
void         sl_painter_text          (SlPainter          *painter,
                                       const char         *text,
                                       double              x,
                                       double              y,
                                       SlAlign             halign,
                                       gboolean            bold,
                                       double              max_width);
gboolean     sl_painter_label         (SlPainter          *painter,
                                       const char         *text,
                                       double              x,
                                       double              y,
                                       SlAlign             halign,
                                       double              min_x,
                                       double              max_x);
void         sl_painter_mark          (SlPainter          *painter,
                                       SlMark              mark,
                                       double              x,
                                       double              y);
void         sl_painter_segment       (SlPainter          *painter,
                                       SlMark              mark,
                                       double              x,
                                       double              y,
                                       double              width,
                                       double              height);
void         sl_painter_arrow         (SlPainter          *painter,
                                       double              x,
                                       double              y,
                                       double              direction);
void         sl_painter_range_band    (SlPainter          *painter,
                                       const SlPayLayout  *layout,
                                       const SlMarketEntry *entry,
                                       double              y,
                                       double              height);

/* sl-pay-charts.c: the layout */
void         sl_pay_layout_init       (SlPayLayout          *layout,
                                       SlPainter            *painter,
                                       SlPayChartKind        kind,
                                       const SlPayChartData *data,
                                       double                width,
                                       double                height);
void         sl_pay_layout_clear      (SlPayLayout          *layout);
double       sl_pay_layout_x          (const SlPayLayout    *layout,
                                       double                value);
const SlPayRowBox *sl_pay_layout_row  (const SlPayLayout    *layout,
                                       SlPayRowKind          kind,
                                       guint                 index);
void         sl_pay_layout_add_row    (SlPayLayout          *layout,
                                       SlPayRowKind          kind,
                                       guint                 index,
                                       double                lines,
                                       double                center_lines);
void         sl_pay_layout_add_legend (SlPayLayout          *layout,
                                       SlMark                mark,
                                       const char           *label);
double       sl_pay_layout_open_end   (const SlPayLayout    *layout,
                                       const SlMarketEntry  *entry);
void         sl_pay_layout_want_label (SlPayLayout          *layout,
                                       SlPainter            *painter,
                                       const char           *text,
                                       gboolean              bold);

/* Tests: where the chart puts @value on its axis and the centre of a row,
 * as sl_pay_chart_draw() does at this size. */
gboolean     sl_pay_chart_locate      (SlPayChartKind        kind,
                                       const SlPayChartData *data,
                                       const SlChartStyle   *style,
                                       double                width,
                                       double                height,
                                       SlPayRowKind          row_kind,
                                       guint                 row_index,
                                       double                value,
                                       double               *x,
                                       double               *y);

/* Helpers for the words of each chart */
gboolean     sl_market_entry_is_empty (const SlMarketEntry *entry);
gboolean     sl_pay_row_has_pay       (const SlPayRow      *row);
double       sl_pay_row_fit_pay       (const SlPayRow      *row,
                                       SlMark              *mark);
char        *sl_pay_format_range      (double               low,
                                       double               high,
                                       gboolean             open_ended,
                                       const char          *currency);
char        *sl_pay_format_short_range (double              low,
                                        double              high,
                                        gboolean            open_ended,
                                        const char         *currency);
gboolean     sl_pay_in_box            (double               x,
                                       double               y,
                                       double               x0,
                                       double               y0,
                                       double               x1,
                                       double               y1);
GStrv        sl_pay_strv              (const char          *first,
                                       ...) G_GNUC_NULL_TERMINATED;
const char  *sl_pay_percentile_label  (SlPercentile         p);
const char  *sl_pay_row_name          (const SlPayRow      *row);
char        *sl_pay_describe_market   (const SlMarketEntry *market,
                                       const char          *currency);

/* One set of these for each chart kind. The plan decides the rows, the
 * legend, the axis's values and the column after the plot; everything
 * else is placed by sl_pay_layout_init(). */
typedef struct
{
  /* Returns FALSE and sets layout->empty_text when there is nothing. */
  gboolean   (*plan)     (SlPayLayout          *layout,
                          SlPainter            *painter,
                          const SlPayChartData *data,
                          double               *data_min,
                          double               *data_max);
  void       (*draw)     (SlPainter            *painter,
                          const SlPayLayout    *layout,
                          const SlPayChartData *data);
  char      *(*hit)      (const SlPayLayout    *layout,
                          const SlPayChartData *data,
                          double                x,
                          double                y);
  char      *(*describe) (const SlPayChartData *data);
  GPtrArray *(*table)    (const SlPayChartData *data);
} SlPayChartClass;

extern const SlPayChartClass sl_pay_chart_salary_class;
extern const SlPayChartClass sl_pay_chart_total_class;
extern const SlPayChartClass sl_pay_chart_fit_class;
extern const SlPayChartClass sl_pay_chart_overview_class;

/* Widens [*@min, *@max] to hold @value, when it is a number. */
static inline void
sl_pay_include (double *min,
                double *max,
                double  value)
{
  if (!isfinite (value))
    return;

  *min = MIN (*min, value);
  *max = MAX (*max, value);
}

G_END_DECLS
