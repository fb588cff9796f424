/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-chart.h: what every chart renderer shares: its colours and fonts, and
 * drawing into a PNG, SVG or PDF file */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} SlChartColor;

/* The theme a chart is drawn in: a widget fills it from GTK (foreground
 * colour, accent colour, high contrast); files use the light default. */
typedef struct
{
  SlChartColor foreground;   /* text, axes, marks */
  SlChartColor background;   /* what the chart is drawn on */
  SlChartColor accent;       /* the role's own figures: its band, its offers */
  gboolean     high_contrast;
  char        *font_family;  /* NULL for the default, "Sans" */
  double       font_size;    /* in points, 0 for the default */
} SlChartStyle;

/* Draws @data into @cr at (0, 0), @width × @height in user units. */
typedef void (*SlChartDrawFunc) (cairo_t            *cr,
                                 gconstpointer       data,
                                 const SlChartStyle *style,
                                 double              width,
                                 double              height);

void      sl_chart_style_init_default (SlChartStyle       *style,
                                       gboolean            dark);
void      sl_chart_style_clear        (SlChartStyle       *style);
gboolean  sl_chart_export             (const char         *path,
                                       SlChartDrawFunc     draw,
                                       gconstpointer       data,
                                       const SlChartStyle *style,
                                       double              width,
                                       double              height,
                                       GError            **error);

G_END_DECLS
