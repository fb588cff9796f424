/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The pipeline funnel: a row a stage, in the role's order, each with its
 * name and, room permitting, a line under it with the share of the stage
 * before and the median stay; beside them a bar centred on one axis, as
 * wide as the number of candidates who reached the stage, with that
 * number on it. Bands join each bar to the next, so the narrowing reads
 * as a funnel. The rejected are not a step: their row comes after a gap,
 * in a warm colour and hatched, on the same scale. Drawing and
 * hit-testing share one layout, so a tooltip names the row under the
 * pointer. */
#define G_LOG_DOMAIN "shortlist-funnel"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "sl-funnel-chart-private.h"
#include "sl-pay-charts-private.h"

/* Rows shrink to this many lines of text before stages are left out, and
 * grow to no more than the other; below TWO_LINE_ROW lines a row has no
 * room for the line under the name. */
#define MIN_ROW_LINES 1.3
#define MAX_ROW_LINES 4.5
#define TWO_LINE_ROW  2.9

/* The names take at most this share of the width; the bars keep at
 * least the other, or the lines under the names are not written. */
#define MAX_LABEL_SHARE 0.34
#define MIN_PLOT_SHARE  0.4

typedef struct
{
  double      width;
  double      height;
  double      margin;
  double      line;
  const char *empty_text;     /* set when there is nothing to draw */
  double      title_y;        /* negative without a title */

  guint       n_shown;        /* steps shown, from the first */
  guint       n_hidden;       /* steps left out at the end */
  gboolean    rejected_row;
  gboolean    two_lines;      /* a detail line under each name */
  gboolean    detail_column;  /* else the detail lines after the bars */
  char      **details;        /* n_stages + 1, NULL where a row is not shown */
  double      detail_x;
  guint       n_details;

  double      label_width;
  double      plot_x;
  double      plot_width;
  double      rows_top;
  double      row_height;
  double      rejected_y;     /* the top of the rejected row */
  double      bar_height;
  guint       scale;          /* the count a bar the plot's width stands for */

  char       *note;
  double      note_y;
} Layout;

/* Colours */

static double
linear_channel (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
luminance (const SlChartColor *color)
{
  return 0.2126 * linear_channel (color->red) + 0.7152 * linear_channel (color->green) +
         0.0722 * linear_channel (color->blue);
}

/* Black or white, whichever stands out more on @color. */
static SlChartColor
text_color_on (const SlChartColor *color)
{
  double l = luminance (color);

  if (1.05 / (l + 0.05) > (l + 0.05) / 0.05)
    return (SlChartColor) { 1, 1, 1, 1 };

  return (SlChartColor) { 0, 0, 0, 1 };
}

/* The rejected in orange, which stands apart from the blues of the steps
 * in every common kind of colour blindness; hatched besides. */
static SlChartColor
rejected_color (const SlChartStyle *style)
{
  gboolean dark = luminance (&style->background) < 0.4;
  guint32 rgb;

  if (dark)
    rgb = style->high_contrast ? 0xff7800 : 0xe66100;
  else
    rgb = style->high_contrast ? 0xa33c00 : 0xd4560f;

  return (SlChartColor) { ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                          (rgb & 0xff) / 255.0, 1 };
}

/* The layout */

static void
layout_clear (Layout *layout)
{
  /* Rows left out leave holes. */
  for (guint i = 0; layout->details != NULL && i < layout->n_details; i++)
    g_free (layout->details[i]);
  g_clear_pointer (&layout->details, g_free);
  g_clear_pointer (&layout->note, g_free);
}

static guint
max_count (const SlFunnelData *data)
{
  guint max = data->rejected;

  for (guint i = 0; i < data->n_stages; i++)
    max = MAX (max, data->reached[i]);

  return max;
}

static char *
make_note (const SlFunnelData *data,
           guint               n_hidden)
{
  g_autofree char *total = NULL;

  total = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "%'u candidate in all · stays still open count up to today",
                                        "%'u candidates in all · stays still open count up to today",
                                        data->n_applications),
                           data->n_applications);
  if (n_hidden == 0)
    return g_steal_pointer (&total);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: %s is the rest of the note under the
                                        * chart */
                                       "%u more stage not shown · %s",
                                       "%u more stages not shown · %s",
                                       n_hidden),
                          n_hidden, total);
}

static gboolean
stage_shown (const Layout       *layout,
             const SlFunnelData *data,
             guint               stage)
{
  return stage < layout->n_shown || (stage == data->n_stages && layout->rejected_row);
}

/* Everything the chart shows at @width × @height, measured with
 * @painter, which need not draw. */
static void
layout_init (Layout             *layout,
             SlPainter          *painter,
             const SlFunnelData *data,
             double              width,
             double              height)
{
  double line = painter->line_height;
  double m = round (line * 0.8);
  double y = m;
  double gap, note_height, available, widest, widest_detail;
  guint n_rows;

  memset (layout, 0, sizeof *layout);
  layout->width = width;
  layout->height = height;
  layout->margin = m;
  layout->line = line;
  layout->title_y = -1;
  layout->note_y = -1;

  if (data->title != NULL && *data->title != '\0')
    {
      layout->title_y = y + line / 2;
      y += line * 1.8;
    }
  layout->rows_top = y;

  if (data->n_stages == 0)
    {
      layout->empty_text = _("This role has no stages.");
      return;
    }
  if (data->n_applications == 0)
    {
      layout->empty_text = _("No candidates in this role yet.");
      return;
    }

  /* Rows share what the title and the note leave; the rejected come
   * after a gap, and stay when the last steps do not fit. */
  layout->rejected_row = sl_funnel_has_rejected (data);
  gap = layout->rejected_row ? round (line * 0.8) : 0;
  note_height = line * 1.8;
  available = MAX (0, height - m - note_height - y - gap);
  n_rows = data->n_stages + (layout->rejected_row ? 1 : 0);

  layout->row_height = MIN (available / n_rows, line * MAX_ROW_LINES);
  if (layout->row_height < line * MIN_ROW_LINES)
    {
      guint n_fit = (guint) floor (available / (line * MIN_ROW_LINES));

      layout->row_height = line * MIN_ROW_LINES;
      /* The rejected keep their row as long as a step has one too. */
      if (layout->rejected_row && n_fit >= 2)
        n_fit--;
      else
        layout->rejected_row = FALSE;
      layout->n_shown = MIN (n_fit, data->n_stages);
    }
  else
    layout->n_shown = data->n_stages;
  layout->n_hidden = data->n_stages - layout->n_shown;
  layout->row_height = floor (layout->row_height);
  layout->two_lines = layout->row_height >= line * TWO_LINE_ROW;
  layout->bar_height = round (MIN (layout->row_height * 0.68, line * 2.8));
  layout->rejected_y = layout->rows_top + layout->n_shown * layout->row_height + gap;

  layout->note = make_note (data, layout->n_hidden);
  layout->note_y = (layout->rejected_row ? layout->rejected_y + layout->row_height
                                         : layout->rejected_y) + line * 0.9;

  /* Across: the names, then the bars. The line under each name, when
   * there is no room for it there, goes after the bars if they keep most
   * of the width, or is left to the tooltips and the table. */
  layout->n_details = data->n_stages + 1;
  layout->details = g_new0 (char *, layout->n_details);
  widest = 0;
  widest_detail = 0;
  for (guint i = 0; i <= data->n_stages; i++)
    {
      if (!stage_shown (layout, data, i))
        continue;

      widest = MAX (widest, sl_painter_measure (painter, sl_funnel_stage_name (data, i), FALSE));
      layout->details[i] = sl_funnel_stage_detail (data, i);
      widest_detail = MAX (widest_detail, sl_painter_measure (painter, layout->details[i], FALSE));
    }

  if (layout->two_lines)
    widest = MAX (widest, widest_detail);
  layout->label_width = MIN (ceil (widest), floor (width * MAX_LABEL_SHARE));
  layout->plot_x = m + layout->label_width + round (m * 1.5);
  layout->plot_width = MAX (width - m - layout->plot_x, 1);

  if (!layout->two_lines)
    {
      double column = ceil (widest_detail) + round (m * 1.5);

      layout->detail_column = layout->plot_width - column >= width * MIN_PLOT_SHARE;
      if (layout->detail_column)
        {
          layout->plot_width -= column;
          layout->detail_x = layout->plot_x + layout->plot_width + round (m * 1.5);
        }
    }

  layout->scale = MAX (max_count (data), 1);
}

/* The top of the row of @stage, n_stages for the rejected. */
static double
row_y (const Layout       *layout,
       const SlFunnelData *data,
       guint               stage)
{
  if (stage >= data->n_stages)
    return layout->rejected_y;

  return layout->rows_top + stage * layout->row_height;
}

static guint
stage_count (const SlFunnelData *data,
             guint               stage)
{
  return stage >= data->n_stages ? data->rejected : data->reached[stage];
}

/* The bar of @stage on whole pixels; a count above 0 is never thinner
 * than two pixels, and 0 has no width. */
static void
bar_rect (const Layout       *layout,
          const SlFunnelData *data,
          guint               stage,
          double             *x0,
          double             *y0,
          double             *x1,
          double             *y1)
{
  guint count = stage_count (data, stage);
  double center = layout->plot_x + layout->plot_width / 2;
  double w = layout->plot_width * count / layout->scale;

  if (count > 0)
    w = MAX (w, 2);

  *x0 = round (center - w / 2);
  *x1 = count > 0 ? MAX (round (center + w / 2), *x0 + 2) : *x0;
  *y0 = round (row_y (layout, data, stage) + (layout->row_height - layout->bar_height) / 2);
  *y1 = *y0 + layout->bar_height;
}

/* Drawing */

/* Thin diagonal lines across a bar, so that the rejected are told apart
 * by more than their colour. */
static void
hatch (SlPainter          *painter,
       const SlChartColor *fill,
       double              x0,
       double              y0,
       double              x1,
       double              y1)
{
  cairo_t *cr = painter->cr;
  SlChartColor ink = text_color_on (fill);
  double step = 7;

  cairo_save (cr);
  cairo_rectangle (cr, x0, y0, x1 - x0, y1 - y0);
  cairo_clip (cr);
  for (double x = x0 - (y1 - y0); x < x1; x += step)
    {
      cairo_move_to (cr, x, y1);
      cairo_line_to (cr, x + (y1 - y0), y0);
    }
  cairo_set_line_width (cr, 1.5);
  sl_painter_set_color (painter, &ink, 0.28);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Bands between each bar and the next, fainter than the bars. */
static void
draw_bands (SlPainter          *painter,
            const Layout       *layout,
            const SlFunnelData *data)
{
  cairo_t *cr = painter->cr;

  for (guint i = 0; i + 1 < layout->n_shown; i++)
    {
      double ax0, ay0, ax1, ay1, bx0, by0, bx1, by1;

      bar_rect (layout, data, i, &ax0, &ay0, &ax1, &ay1);
      bar_rect (layout, data, i + 1, &bx0, &by0, &bx1, &by1);
      if (by0 - ay1 < 1 || ax1 <= ax0)
        continue;

      cairo_move_to (cr, ax0, ay1);
      cairo_line_to (cr, ax1, ay1);
      cairo_line_to (cr, bx1, by0);
      cairo_line_to (cr, bx0, by0);
      cairo_close_path (cr);
    }
  sl_painter_set_color (painter, &painter->style->accent,
                        painter->style->high_contrast ? 0.3 : 0.16);
  cairo_fill (cr);
}

static void
draw_bar (SlPainter          *painter,
          const Layout       *layout,
          const SlFunnelData *data,
          guint               stage)
{
  const SlChartStyle *style = painter->style;
  cairo_t *cr = painter->cr;
  gboolean rejected = stage >= data->n_stages;
  SlChartColor fill = rejected ? rejected_color (style) : style->accent;
  g_autofree char *count = sl_funnel_format_count (stage_count (data, stage));
  double x0, y0, x1, y1;
  double text_width = sl_painter_measure (painter, count, TRUE);
  double cy;

  fill.alpha = 1;
  bar_rect (layout, data, stage, &x0, &y0, &x1, &y1);
  cy = (y0 + y1) / 2;

  if (x1 > x0)
    {
      cairo_rectangle (cr, x0, y0, x1 - x0, y1 - y0);
      sl_painter_set_color (painter, &fill, 1);
      cairo_fill (cr);
      if (rejected)
        hatch (painter, &fill, x0, y0, x1, y1);
      if (style->high_contrast)
        {
          cairo_rectangle (cr, x0 + 0.5, y0 + 0.5, x1 - x0 - 1, y1 - y0 - 1);
          cairo_set_line_width (cr, 1);
          sl_painter_set_color (painter, &style->foreground, 1);
          cairo_stroke (cr);
        }
    }
  else
    {
      /* Nobody: a hairline on the axis, so that the row is not blank. */
      cairo_rectangle (cr, x0, y0, 1, y1 - y0);
      sl_painter_set_color (painter, &style->foreground, style->high_contrast ? 0.8 : 0.3);
      cairo_fill (cr);
    }

  /* The number on the bar when it fits, else just after it. */
  if (x1 - x0 >= text_width + layout->line)
    {
      SlChartColor ink = text_color_on (&fill);

      if (rejected)
        {
          /* A patch of the fill under the number keeps it clear of the
           * hatching. */
          cairo_rectangle (cr, round ((x0 + x1 - text_width) / 2 - 3), round (cy - layout->line / 2),
                           ceil (text_width + 6), layout->line);
          sl_painter_set_color (painter, &fill, 1);
          cairo_fill (cr);
        }
      sl_painter_set_color (painter, &ink, 1);
      sl_painter_text (painter, count, (x0 + x1) / 2, cy, SL_ALIGN_CENTER, TRUE, 0);
    }
  else
    {
      sl_painter_set_color (painter, &style->foreground, 1);
      sl_painter_text (painter, count, x1 + round (layout->line * 0.4), cy, SL_ALIGN_START, TRUE, 0);
    }
}

static void
draw_label (SlPainter          *painter,
            const Layout       *layout,
            const SlFunnelData *data,
            guint               stage)
{
  const SlChartStyle *style = painter->style;
  const char *detail = layout->details[stage];
  double cy = row_y (layout, data, stage) + layout->row_height / 2;
  double m = layout->margin;

  if (layout->detail_column && detail != NULL)
    {
      sl_painter_set_color (painter, &style->foreground, style->high_contrast ? 1 : 0.7);
      sl_painter_text (painter, detail, layout->detail_x, cy, SL_ALIGN_START, FALSE,
                       layout->width - m - layout->detail_x);
    }

  sl_painter_set_color (painter, &style->foreground, 1);
  if (layout->two_lines && detail != NULL && *detail != '\0')
    {
      sl_painter_text (painter, sl_funnel_stage_name (data, stage), m, cy - layout->line * 0.6,
                       SL_ALIGN_START, FALSE, layout->label_width);
      sl_painter_set_color (painter, &style->foreground, style->high_contrast ? 1 : 0.7);
      sl_painter_text (painter, detail, m, cy + layout->line * 0.6,
                       SL_ALIGN_START, FALSE, layout->label_width);
    }
  else
    sl_painter_text (painter, sl_funnel_stage_name (data, stage), m, cy, SL_ALIGN_START, FALSE,
                     layout->label_width);
}


/**
 * sl_funnel_chart_draw:
 *
 * Draws the funnel into @cr at (0, 0), @width × @height. The background is
 * left as it is: a widget has its own, and sl_chart_export() fills one.
 */
void
sl_funnel_chart_draw (cairo_t            *cr,
                      const SlFunnelData *data,
                      const SlChartStyle *style,
                      double              width,
                      double              height)
{
  SlPainter measure;
  SlPainter painter;
  Layout layout;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (style != NULL);

  if (width < 1 || height < 1)
    return;

  /* The layout is measured as sl_funnel_chart_hit() measures it, without
   * a surface, so that both place the rows alike. */
  cairo_save (cr);
  sl_painter_init (&measure, NULL, style);
  sl_painter_init (&painter, cr, style);
  layout_init (&layout, &measure, data, width, height);

  if (layout.title_y >= 0)
    {
      sl_painter_set_color (&painter, &style->foreground, 1);
      sl_painter_text (&painter, data->title, layout.margin, layout.title_y, SL_ALIGN_START, TRUE,
                       width - 2 * layout.margin);
    }

  if (layout.empty_text != NULL)
    sl_painter_empty_note (&painter, layout.empty_text, layout.margin, layout.rows_top, layout.width, layout.height);
  else
    {
      draw_bands (&painter, &layout, data);
      for (guint i = 0; i <= data->n_stages; i++)
        if (stage_shown (&layout, data, i))
          {
            draw_label (&painter, &layout, data, i);
            draw_bar (&painter, &layout, data, i);
          }

      sl_painter_set_color (&painter, &style->foreground, style->high_contrast ? 1 : 0.7);
      sl_painter_text (&painter, layout.note, layout.margin, layout.note_y, SL_ALIGN_START, FALSE,
                       width - 2 * layout.margin);
    }

  layout_clear (&layout);
  sl_painter_clear (&painter);
  sl_painter_clear (&measure);
  cairo_restore (cr);
}

/* The stage whose row holds @y; FALSE outside every row. */
static gboolean
stage_at (const Layout       *layout,
          const SlFunnelData *data,
          double              y,
          guint              *stage)
{
  if (layout->empty_text != NULL || layout->row_height <= 0)
    return FALSE;

  if (y >= layout->rows_top && y < layout->rows_top + layout->n_shown * layout->row_height)
    {
      *stage = MIN ((guint) floor ((y - layout->rows_top) / layout->row_height), layout->n_shown - 1);
      return TRUE;
    }

  if (layout->rejected_row && y >= layout->rejected_y &&
      y < layout->rejected_y + layout->row_height)
    {
      *stage = data->n_stages;
      return TRUE;
    }

  return FALSE;
}

/**
 * sl_funnel_chart_hit:
 *
 * Returns: (nullable): the stage whose row is under (@x, @y) in words, as
 *   the chart at @width × @height lays it out; %NULL elsewhere
 */
char *
sl_funnel_chart_hit (const SlFunnelData *data,
                     const SlChartStyle *style,
                     double              width,
                     double              height,
                     double              x,
                     double              y)
{
  SlPainter painter;
  Layout layout;
  guint stage;
  char *text = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (style != NULL, NULL);

  if (width < 1 || height < 1)
    return NULL;

  sl_painter_init (&painter, NULL, style);
  layout_init (&layout, &painter, data, width, height);

  if (x >= layout.margin && x < width - layout.margin && stage_at (&layout, data, y, &stage))
    text = sl_funnel_stage_sentence (data, stage);

  layout_clear (&layout);
  sl_painter_clear (&painter);

  return text;
}

/**
 * sl_funnel_chart_bar_area:
 * @stage: a step, or n_stages for the rejected
 * @area: (out): the bar; no wider than a pixel when nobody is counted
 *
 * Returns: whether the row of @stage is drawn at @width × @height
 */
gboolean
sl_funnel_chart_bar_area (const SlFunnelData *data,
                          const SlChartStyle *style,
                          double              width,
                          double              height,
                          guint               stage,
                          cairo_rectangle_t  *area)
{
  SlPainter painter;
  Layout layout;
  gboolean shown;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (style != NULL, FALSE);
  g_return_val_if_fail (area != NULL, FALSE);

  if (width < 1 || height < 1)
    return FALSE;

  sl_painter_init (&painter, NULL, style);
  layout_init (&layout, &painter, data, width, height);

  shown = layout.empty_text == NULL && stage <= data->n_stages && stage_shown (&layout, data, stage);
  if (shown)
    {
      double x0, y0, x1, y1;

      bar_rect (&layout, data, stage, &x0, &y0, &x1, &y1);
      *area = (cairo_rectangle_t) { x0, y0, MAX (x1 - x0, 1), y1 - y0 };
    }

  layout_clear (&layout);
  sl_painter_clear (&painter);

  return shown;
}
