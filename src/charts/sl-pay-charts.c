/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-pay-charts"

#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

#include <glib/gi18n.h>

#include "sl-money.h"
#include "sl-pay-charts-private.h"

/* Candidate and role rows shrink to this many lines of text before some
 * are left out, and grow to no more than the other unless the plan asks
 * for more. */
#define MIN_ROW_LINES 1.3
#define MAX_ROW_LINES 3.0

/* The name column takes at most this share of the width. */
#define MAX_LABEL_SHARE 0.3

static const SlPayChartClass *
class_for_kind (SlPayChartKind kind)
{
  switch (kind)
    {
    case SL_PAY_CHART_SALARY:
      return &sl_pay_chart_salary_class;
    case SL_PAY_CHART_TOTAL_COMP:
      return &sl_pay_chart_total_class;
    case SL_PAY_CHART_BAND_FIT:
      return &sl_pay_chart_fit_class;
    case SL_PAY_CHART_OVERVIEW:
      return &sl_pay_chart_overview_class;
    default:
      return NULL;
    }
}

/* The layout */

void
sl_pay_layout_add_row (SlPayLayout  *layout,
                       SlPayRowKind  kind,
                       guint         index,
                       double        lines,
                       double        center_lines)
{
  SlPayRowBox *row = &layout->rows[layout->n_rows++];

  row->kind = kind;
  row->index = index;
  row->lines = lines;
  row->center_lines = center_lines;
}

void
sl_pay_layout_add_legend (SlPayLayout *layout,
                          SlMark       mark,
                          const char  *label)
{
  g_return_if_fail (layout->n_legend < SL_PAY_MAX_LEGEND);

  layout->legend[layout->n_legend].mark = mark;
  layout->legend[layout->n_legend].label = label;
  layout->n_legend++;
}

static gboolean
mark_is_swatch (SlMark mark)
{
  return mark >= SL_MARK_RANGE;
}

static double
legend_swatch_width (const SlPainter *painter,
                     SlMark           mark)
{
  return mark_is_swatch (mark) ? painter->line_height * 1.6 : painter->mark_size * 2.8;
}

/* Rows of candidates and of roles share what room the others leave. */
static gboolean
row_is_flexible (const SlPayRowBox *row)
{
  return row->kind == SL_PAY_ROW_CANDIDATE || row->kind == SL_PAY_ROW_ROLE;
}

/* The flexible rows that fit between @top and @bottom, and their height. */
static guint
fit_rows (const SlPayLayout *layout,
          const SlPainter   *painter,
          double             top,
          double             bottom,
          double            *row_height)
{
  double line = painter->line_height;
  double fixed = 0;
  double available;
  guint n_flexible = 0;
  guint n_fit;

  for (guint i = 0; i < layout->n_rows; i++)
    {
      if (row_is_flexible (&layout->rows[i]))
        n_flexible++;
      else
        fixed += layout->rows[i].lines * line;
    }

  available = MAX (0, bottom - top - fixed);
  if (n_flexible == 0)
    {
      *row_height = 0;
      return 0;
    }

  n_fit = MIN (n_flexible, (guint) floor (available / (MIN_ROW_LINES * line)));
  *row_height = n_fit > 0 ? MIN (available / n_fit, layout->max_row_lines * line) : 0;

  return n_fit;
}

/**
 * sl_pay_layout_init:
 * @painter: measures the text; it need not draw
 *
 * Places everything a chart of @kind shows at @width × @height. Clear the
 * layout with sl_pay_layout_clear().
 */
void
sl_pay_layout_init (SlPayLayout          *layout,
                    SlPainter            *painter,
                    SlPayChartKind        kind,
                    const SlPayChartData *data,
                    double                width,
                    double                height)
{
  const SlPayChartClass *klass = class_for_kind (kind);
  double line = painter->line_height;
  double m = round (line * 0.8);
  double data_min = INFINITY;
  double data_max = -INFINITY;
  double x, y, line_y, bottom, row_height, axis_height, note_height, tick_width;
  guint n_flexible = 0;
  guint n_fit;
  guint n_total = (data->rows != NULL ? data->rows->len : 0) +
                  (data->roles != NULL ? data->roles->len : 0);

  memset (layout, 0, sizeof *layout);
  layout->kind = kind;
  layout->width = width;
  layout->height = height;
  layout->margin = m;
  layout->line = line;
  layout->mark_size = painter->mark_size;
  layout->title_y = -1;
  layout->note_y = -1;
  layout->show_ticks = TRUE;
  layout->label_stride = 1;
  layout->max_row_lines = MAX_ROW_LINES;
  layout->rows = g_new (SlPayRowBox, n_total + 3);

  y = m;
  if (data->title != NULL && *data->title != '\0')
    {
      layout->title_y = y + line / 2;
      y += line * 1.5;
    }

  if (!klass->plan (layout, painter, data, &data_min, &data_max))
    {
      g_assert (layout->empty_text != NULL);
      layout->n_rows = 0;
      layout->plot_top = y;
      return;
    }

  if (data->fixed_extent)
    {
      sl_pay_include (&data_min, &data_max, data->extent_min);
      sl_pay_include (&data_min, &data_max, data->extent_max);
    }

  /* The legend flows from left to right, on as many lines as it needs. */
  x = m;
  line_y = y + line / 2;
  for (guint i = 0; i < layout->n_legend; i++)
    {
      SlLegendItem *item = &layout->legend[i];
      double item_width = legend_swatch_width (painter, item->mark) + line * 0.4 +
                          sl_painter_measure (painter, item->label, FALSE);

      if (x > m && x + item_width > width - m)
        {
          x = m;
          line_y += line * 1.4;
        }
      item->x = x;
      item->y = line_y;
      x += item_width + line * 1.2;
    }
  if (layout->n_legend > 0)
    y = line_y + line / 2 + line * 0.7;

  layout->plot_top = y;

  /* The axis and the note take the bottom, the rows what is left. */
  axis_height = layout->show_ticks ? line * 1.5 : line * 0.3;
  note_height = data->market_note != NULL ? line * 1.5 : 0;
  bottom = height - m;
  n_fit = fit_rows (layout, painter, y, bottom - axis_height - note_height, &row_height);
  for (guint i = 0; i < layout->n_rows; i++)
    n_flexible += row_is_flexible (&layout->rows[i]);
  if (n_fit < n_flexible && note_height == 0)
    {
      note_height = line * 1.5;
      n_fit = fit_rows (layout, painter, y, bottom - axis_height - note_height, &row_height);
    }
  layout->n_hidden = n_flexible - n_fit;
  layout->n_rows -= layout->n_hidden;

  for (guint i = 0; i < layout->n_rows; i++)
    {
      SlPayRowBox *row = &layout->rows[i];

      row->y = y;
      if (row_is_flexible (row))
        {
          row->height = row_height;
          row->center = y + row_height / 2;
        }
      else
        {
          row->height = row->lines * line;
          row->center = y + row->center_lines * line;
        }
      y += row->height;
    }
  layout->plot_bottom = y;
  layout->axis_y = y + line * 0.2;

  /* What is missing comes first: the source may be cut short. */
  if (layout->n_hidden > 0 && kind == SL_PAY_CHART_OVERVIEW && data->market_note != NULL)
    layout->note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 /* Translators: %s names the market data */
                                                 "%u more role not shown · %s",
                                                 "%u more roles not shown · %s",
                                                 layout->n_hidden),
                                    layout->n_hidden, data->market_note);
  else if (layout->n_hidden > 0 && kind == SL_PAY_CHART_OVERVIEW)
    layout->note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "%u more role not shown",
                                                 "%u more roles not shown",
                                                 layout->n_hidden),
                                    layout->n_hidden);
  else if (layout->n_hidden > 0 && data->market_note != NULL)
    layout->note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 /* Translators: %s names the market data */
                                                 "%u more candidate not shown · %s",
                                                 "%u more candidates not shown · %s",
                                                 layout->n_hidden),
                                    layout->n_hidden, data->market_note);
  else if (layout->n_hidden > 0)
    layout->note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "%u more candidate not shown",
                                                 "%u more candidates not shown",
                                                 layout->n_hidden),
                                    layout->n_hidden);
  else if (data->market_note != NULL)
    layout->note = g_strdup (data->market_note);

  if (layout->note != NULL)
    layout->note_y = layout->axis_y + axis_height + line * 0.4;

  /* Across: names, the plot, then whatever the chart prints after it. */
  layout->label_x = m;
  layout->label_width = MIN (ceil (layout->label_width), floor (width * MAX_LABEL_SHARE));
  layout->plot_x = layout->label_width > 0 ? m + layout->label_width + m : m;

  if (!isfinite (data_min) || !isfinite (data_max))
    data_min = data_max = 0;

  if (layout->show_ticks)
    {
      g_autofree char *widest = sl_money_format_short (MAX (fabs (data_min), fabs (data_max)),
                                                       data->currency);

      tick_width = sl_painter_measure (painter, widest, FALSE);
    }
  else
    tick_width = 0;

  layout->plot_width = width - layout->plot_x - m - MAX (tick_width / 2, layout->right_width);
  if (layout->right_width > 0)
    layout->plot_width -= m;
  layout->plot_width = MAX (layout->plot_width, 1);

  if (layout->show_ticks)
    {
      guint max_ticks = (guint) CLAMP (layout->plot_width / MAX (tick_width * 1.2, line * 3), 3, 12);
      double spacing;

      sl_axis_init (&layout->axis, data_min, data_max, max_ticks);

      /* Drop every other label, then every other again, until the labels
       * have room; the ticks and grid lines stay. */
      spacing = layout->axis.n_ticks > 1 ? layout->plot_width / (layout->axis.n_ticks - 1) : 0;
      while (spacing > 0 && spacing * layout->label_stride < tick_width * 1.15 + line &&
             layout->label_stride < layout->axis.n_ticks)
        layout->label_stride *= 2;
    }
  else
    {
      layout->axis.min = data_min;
      layout->axis.max = data_max > data_min ? data_max : data_min + 1;
      layout->axis.step = layout->axis.max - layout->axis.min;
      layout->axis.n_ticks = 0;
    }
}

void
sl_pay_layout_clear (SlPayLayout *layout)
{
  g_clear_pointer (&layout->rows, g_free);
  g_clear_pointer (&layout->note, g_free);
}

double
sl_pay_layout_x (const SlPayLayout *layout,
                 double             value)
{
  return layout->plot_x + sl_axis_position (&layout->axis, value, layout->plot_width);
}

const SlPayRowBox *
sl_pay_layout_row (const SlPayLayout *layout,
                   SlPayRowKind       kind,
                   guint              index)
{
  for (guint i = 0; i < layout->n_rows; i++)
    if (layout->rows[i].kind == kind &&
        (!row_is_flexible (&layout->rows[i]) || layout->rows[i].index == index))
      return &layout->rows[i];

  return NULL;
}

/**
 * sl_pay_layout_open_end:
 *
 * Returns: where the fading end of @entry's open-ended range stops
 */
double
sl_pay_layout_open_end (const SlPayLayout   *layout,
                        const SlMarketEntry *entry)
{
  double x1 = sl_pay_layout_x (layout, entry->range_max);
  double plot_end = layout->plot_x + layout->plot_width;

  return MAX (x1, MIN (x1 + layout->plot_width * 0.1, plot_end));
}

/* Widens the name column to hold @text. */
void
sl_pay_layout_want_label (SlPayLayout *layout,
                          SlPainter   *painter,
                          const char  *text,
                          gboolean     bold)
{
  layout->label_width = MAX (layout->label_width, sl_painter_measure (painter, text, bold));
}

/* Drawing what every chart has */

static void
draw_legend (SlPainter         *painter,
             const SlPayLayout *layout)
{
  const SlChartStyle *style = painter->style;
  double line = painter->line_height;

  for (guint i = 0; i < layout->n_legend; i++)
    {
      const SlLegendItem *item = &layout->legend[i];
      double swatch = legend_swatch_width (painter, item->mark);

      if (mark_is_swatch (item->mark))
        sl_painter_segment (painter, item->mark, item->x, item->y - line * 0.35, swatch, line * 0.7);
      else
        sl_painter_mark (painter, item->mark, item->x + swatch / 2, item->y);

      sl_painter_set_color (painter, &style->foreground, 1);
      sl_painter_text (painter, item->label, item->x + swatch + line * 0.4, item->y,
                       SL_ALIGN_START, FALSE, 0);
    }
}

static void
draw_axis (SlPainter            *painter,
           const SlPayLayout    *layout,
           const SlPayChartData *data)
{
  const SlChartStyle *style = painter->style;
  cairo_t *cr = painter->cr;
  double line = painter->line_height;
  double tick = line * 0.3;
  double top;

  if (!layout->show_ticks)
    return;

  /* Grid lines behind the rows, then the axis below them: pixel-aligned
   * rectangles, which cairo fills far faster than it strokes lines. */
  top = round (layout->plot_top);
  for (guint i = 0; i < layout->axis.n_ticks; i++)
    {
      double x = round (sl_pay_layout_x (layout, sl_axis_tick (&layout->axis, i)));

      cairo_rectangle (cr, x, top, 1, round (layout->axis_y + tick) - top);
    }
  sl_painter_set_color (painter, &style->foreground, 0.1 * painter->tint);
  cairo_fill (cr);

  cairo_rectangle (cr, round (layout->plot_x), round (layout->axis_y),
                   round (layout->plot_x + layout->plot_width) - round (layout->plot_x), 1);
  sl_painter_set_color (painter, &style->foreground, 0.5);
  cairo_fill (cr);

  sl_painter_set_color (painter, &style->foreground, 0.85);
  for (guint i = 0; i < layout->axis.n_ticks; i += layout->label_stride)
    {
      double value = sl_axis_tick (&layout->axis, i);
      char *label = sl_money_format_short (value, data->currency);

      sl_painter_label (painter, label, sl_pay_layout_x (layout, value),
                        layout->axis_y + tick + line / 2, SL_ALIGN_CENTER, 0, layout->width);
      g_free (label);
    }
}


/**
 * sl_pay_chart_draw:
 *
 * Draws the chart of @kind into @cr at (0, 0). The background is left as
 * it is: a widget has its own, and sl_chart_export() fills one.
 */
void
sl_pay_chart_draw (cairo_t              *cr,
                   SlPayChartKind        kind,
                   const SlPayChartData *data,
                   const SlChartStyle   *style,
                   double                width,
                   double                height)
{
  const SlPayChartClass *klass = class_for_kind (kind);
  SlPainter painter;
  SlPayLayout layout;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (klass != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (style != NULL);

  if (width < 1 || height < 1)
    return;

  cairo_save (cr);
  sl_painter_init (&painter, cr, style);
  sl_pay_layout_init (&layout, &painter, kind, data, width, height);

  if (layout.title_y >= 0)
    {
      sl_painter_set_color (&painter, &style->foreground, 1);
      sl_painter_text (&painter, data->title, layout.margin, layout.title_y,
                       SL_ALIGN_START, TRUE, width - 2 * layout.margin);
    }

  if (layout.empty_text != NULL)
    sl_painter_empty_note (&painter, layout.empty_text, layout.margin, layout.plot_top, layout.width, layout.height);
  else
    {
      draw_legend (&painter, &layout);
      draw_axis (&painter, &layout, data);
      klass->draw (&painter, &layout, data);

      if (layout.note != NULL)
        {
          sl_painter_set_color (&painter, &style->foreground, 0.7);
          sl_painter_text (&painter, layout.note, layout.margin, layout.note_y,
                           SL_ALIGN_START, FALSE, width - 2 * layout.margin);
        }
    }

  sl_pay_layout_clear (&layout);
  sl_painter_clear (&painter);
  cairo_restore (cr);
}

char *
sl_pay_chart_hit (SlPayChartKind        kind,
                  const SlPayChartData *data,
                  const SlChartStyle   *style,
                  double                width,
                  double                height,
                  double                x,
                  double                y)
{
  const SlPayChartClass *klass = class_for_kind (kind);
  SlPainter painter;
  SlPayLayout layout;
  char *text = NULL;

  g_return_val_if_fail (klass != NULL, NULL);
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (style != NULL, NULL);

  if (width < 1 || height < 1)
    return NULL;

  sl_painter_init (&painter, NULL, style);
  sl_pay_layout_init (&layout, &painter, kind, data, width, height);

  if (layout.empty_text == NULL)
    text = klass->hit (&layout, data, x, y);

  sl_pay_layout_clear (&layout);
  sl_painter_clear (&painter);

  return text;
}

char *
sl_pay_chart_describe (SlPayChartKind        kind,
                       const SlPayChartData *data)
{
  const SlPayChartClass *klass = class_for_kind (kind);

  g_return_val_if_fail (klass != NULL, NULL);
  g_return_val_if_fail (data != NULL, NULL);

  return klass->describe (data);
}

GPtrArray *
sl_pay_chart_table (SlPayChartKind        kind,
                    const SlPayChartData *data)
{
  const SlPayChartClass *klass = class_for_kind (kind);

  g_return_val_if_fail (klass != NULL, NULL);
  g_return_val_if_fail (data != NULL, NULL);

  return klass->table (data);
}

gboolean
sl_pay_chart_locate (SlPayChartKind        kind,
                     const SlPayChartData *data,
                     const SlChartStyle   *style,
                     double                width,
                     double                height,
                     SlPayRowKind          row_kind,
                     guint                 row_index,
                     double                value,
                     double               *x,
                     double               *y)
{
  SlPainter painter;
  SlPayLayout layout;
  const SlPayRowBox *row;
  gboolean found = FALSE;

  sl_painter_init (&painter, NULL, style);
  sl_pay_layout_init (&layout, &painter, kind, data, width, height);

  row = layout.empty_text == NULL ? sl_pay_layout_row (&layout, row_kind, row_index) : NULL;
  if (row != NULL)
    {
      *x = sl_pay_layout_x (&layout, value);
      *y = row->center;
      found = TRUE;
    }

  sl_pay_layout_clear (&layout);
  sl_painter_clear (&painter);

  return found;
}

/* Words and numbers that the charts share */

gboolean
sl_market_entry_is_empty (const SlMarketEntry *entry)
{
  if (entry == NULL)
    return TRUE;

  if (entry->has_range || entry->has_average || isfinite (entry->mean))
    return FALSE;

  for (guint i = 0; i < SL_N_PERCENTILES; i++)
    if (isfinite (entry->percentiles[i]))
      return FALSE;

  return TRUE;
}

gboolean
sl_pay_row_has_pay (const SlPayRow *row)
{
  return isfinite (row->current_pay) || isfinite (row->expected_pay) ||
         (row->offer != NULL && isfinite (row->offer->base));
}

/**
 * sl_pay_row_fit_pay:
 * @mark: (out): which figure it is: %SL_MARK_OFFER, %SL_MARK_EXPECTED or
 *   %SL_MARK_CURRENT
 *
 * Returns: the pay to hold against the band: the offer's base, else the
 *   expectation, else the current pay; NAN when there is none
 */
double
sl_pay_row_fit_pay (const SlPayRow *row,
                    SlMark         *mark)
{
  if (row->offer != NULL && isfinite (row->offer->base))
    {
      *mark = SL_MARK_OFFER;
      return row->offer->base;
    }
  if (isfinite (row->expected_pay))
    {
      *mark = SL_MARK_EXPECTED;
      return row->expected_pay;
    }

  *mark = SL_MARK_CURRENT;
  return row->current_pay;
}

/**
 * sl_pay_format_range:
 *
 * Returns: "$217,433–$283,018", or "$130,000–$500,000 and above"
 */
char *
sl_pay_format_range (double      low,
                     double      high,
                     gboolean    open_ended,
                     const char *currency)
{
  g_autofree char *from = sl_money_format (low, currency);
  g_autofree char *to = sl_money_format (high, currency);

  if (open_ended)
    /* Translators: a range of pay with no upper bound, "$130,000–$500,000 and above" */
    return g_strdup_printf (_("%s–%s and above"), from, to);

  /* Translators: a range of pay, "$217,433–$283,018" */
  return g_strdup_printf (_("%s–%s"), from, to);
}

/**
 * sl_pay_format_short_range:
 *
 * Returns: "$217K–$283K", or "$130K–$500K+", for labels on a chart
 */
char *
sl_pay_format_short_range (double      low,
                           double      high,
                           gboolean    open_ended,
                           const char *currency)
{
  g_autofree char *from = sl_money_format_short (low, currency);
  g_autofree char *to = sl_money_format_short (high, currency);

  if (open_ended)
    /* Translators: a short range with no upper bound, "$130K–$500K+" */
    return g_strdup_printf (_("%s–%s+"), from, to);

  /* Translators: a short range, "$217K–$283K" */
  return g_strdup_printf (_("%s–%s"), from, to);
}

/* Whether (@x, @y) is on a band from (@x0, @y0) to (@x1, @y1), give or
 * take a pixel or two of antialiasing. */
gboolean
sl_pay_in_box (double x,
               double y,
               double x0,
               double y0,
               double x1,
               double y1)
{
  double slack = 2;

  return x >= x0 - slack && x <= x1 + slack && y >= y0 - slack && y <= y1 + slack;
}

GStrv
sl_pay_strv (const char *first,
             ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  va_list args;

  va_start (args, first);
  for (const char *cell = first; cell != NULL; cell = va_arg (args, const char *))
    g_strv_builder_add (builder, cell);
  va_end (args);

  return g_strv_builder_end (builder);
}

const char *
sl_pay_percentile_label (SlPercentile p)
{
  static const char * const labels[SL_N_PERCENTILES] = { "P10", "P25", "P50", "P75", "P90" };

  g_return_val_if_fail (p < SL_N_PERCENTILES, "");

  return labels[p];
}

const char *
sl_pay_row_name (const SlPayRow *row)
{
  return row->candidate_name != NULL ? row->candidate_name : "";
}
