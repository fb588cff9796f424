/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The band fit chart: where each candidate's pay falls in the role's band,
 * with its compa-ratio and range penetration. */
#define G_LOG_DOMAIN "shortlist-pay-charts"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "sl-money.h"
#include "sl-pay-charts-private.h"

#define HEADER_LINES        1.6
#define HEADER_CENTER_LINES 0.8

/* How far past each end of the band the axis runs; pay further out is
 * drawn at the edge with an arrow. */
#define BAND_PADDING 0.25

static const char *
source_label (SlMark mark)
{
  switch (mark)
    {
    case SL_MARK_OFFER:
      return _("offer");
    case SL_MARK_EXPECTED:
      return _("expectation");
    case SL_MARK_CURRENT:
    default:
      return _("current pay");
    }
}

/* "Dana Reyes (offer)": which figure the row holds against the band. */
static char *
row_title (const SlPayRow *row,
           SlMark          mark)
{
  /* Translators: %1$s is a candidate's name, %2$s the figure shown: "offer",
   * "expectation" or "current pay" */
  return g_strdup_printf (_("%1$s (%2$s)"), sl_pay_row_name (row), source_label (mark));
}

static char *
format_ratio (double ratio)
{
  if (!isfinite (ratio))
    return g_strdup ("—");

  /* printf follows LC_NUMERIC, so "0,96" in German. */
  return g_strdup_printf ("%.2f", ratio);
}

static char *
format_penetration (double penetration)
{
  if (!isfinite (penetration))
    return g_strdup ("—");

  /* Translators: a percentage, "48 %"; keep the %.0f and write %% for the sign */
  return g_strdup_printf (_("%.0f %%"), penetration * 100);
}

static gboolean
fit_plan (SlPayLayout          *layout,
          SlPainter            *painter,
          const SlPayChartData *data,
          double               *min,
          double               *max)
{
  const SlPayBand *band = data->band;
  gboolean any[SL_MARK_OFFER + 1] = { FALSE };
  double pad;
  double width;

  if (band == NULL)
    {
      layout->empty_text = _("No pay band for this role yet");
      return FALSE;
    }

  sl_pay_layout_add_row (layout, SL_PAY_ROW_HEADER, 0, HEADER_LINES, HEADER_CENTER_LINES);

  for (guint i = 0; data->rows != NULL && i < data->rows->len; i++)
    {
      const SlPayRow *row = g_ptr_array_index (data->rows, i);
      g_autofree char *title = NULL;
      SlMark mark;

      if (!isfinite (sl_pay_row_fit_pay (row, &mark)))
        continue;

      any[mark] = TRUE;
      title = row_title (row, mark);
      sl_pay_layout_add_row (layout, SL_PAY_ROW_CANDIDATE, i, 0, 0);
      sl_pay_layout_want_label (layout, painter, title, FALSE);
    }

  if (layout->n_rows == 1)
    {
      layout->empty_text = _("No candidate has pay to hold against the band yet");
      return FALSE;
    }

  sl_pay_layout_add_legend (layout, SL_MARK_BAND, _("Role’s band"));
  if (isfinite (band->mid))
    sl_pay_layout_add_legend (layout, SL_MARK_MIDPOINT, _("Midpoint"));
  if (any[SL_MARK_OFFER])
    sl_pay_layout_add_legend (layout, SL_MARK_OFFER, _("Offer"));
  if (any[SL_MARK_EXPECTED])
    sl_pay_layout_add_legend (layout, SL_MARK_EXPECTED, _("Expectation"));
  if (any[SL_MARK_CURRENT])
    sl_pay_layout_add_legend (layout, SL_MARK_CURRENT, _("Current pay"));

  /* The rows are labelled at the band's ends, not on a scale. */
  layout->show_ticks = FALSE;
  width = band->max - band->min;
  pad = width > 0 ? width * BAND_PADDING : MAX (fabs (band->max) * 0.1, 1);
  *min = band->min - pad;
  *max = band->max + pad;

  layout->right_columns[0] = MAX (sl_painter_measure (painter, _("Compa-ratio"), FALSE),
                                  sl_painter_measure (painter, "0.00", FALSE));
  layout->right_columns[1] = MAX (sl_painter_measure (painter, _("Penetration"), FALSE),
                                  sl_painter_measure (painter, "-100 %", FALSE));
  layout->right_width = layout->right_columns[0] + layout->margin + layout->right_columns[1];

  return TRUE;
}

static double
bar_height (const SlPayLayout *layout)
{
  return round (layout->line * 0.6);
}

/* Where the pay's mark goes: at its amount, or just inside the edge it
 * lies beyond, with @clipped saying which way. */
static double
mark_x (const SlPayLayout *layout,
        double             pay,
        int               *clipped)
{
  double x = sl_pay_layout_x (layout, pay);
  double inset = layout->mark_size * 3.5;

  *clipped = 0;
  if (x < layout->plot_x)
    {
      *clipped = -1;
      return layout->plot_x + inset;
    }
  if (x > layout->plot_x + layout->plot_width)
    {
      *clipped = 1;
      return layout->plot_x + layout->plot_width - inset;
    }

  return x;
}

static double
column_end (const SlPayLayout *layout,
            guint              column)
{
  double end = layout->width - layout->margin;

  return column == 1 ? end : end - layout->right_columns[1] - layout->margin;
}

static void
draw_header (SlPainter            *painter,
             const SlPayLayout    *layout,
             const SlPayRowBox    *header,
             const SlPayChartData *data)
{
  const SlPayBand *band = data->band;
  const SlChartStyle *style = painter->style;
  cairo_t *cr = painter->cr;
  double min_x = layout->plot_x - layout->margin;
  double max_x = layout->plot_x + layout->plot_width + layout->margin;
  double values[3] = { band->mid, band->min, band->max };

  /* Guides down from the band's labels, behind every row. */
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    if (isfinite (values[i]))
      {
        double x = round (sl_pay_layout_x (layout, values[i]));
        double top = round (header->center + layout->line / 2);

        cairo_rectangle (cr, x, top, 1, round (layout->plot_bottom) - top);
      }
  sl_painter_set_color (painter, &style->foreground, 0.12 * painter->tint);
  cairo_fill (cr);

  sl_painter_set_color (painter, &style->foreground, 0.85);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    if (isfinite (values[i]))
      {
        g_autofree char *text = sl_money_format_short (values[i], data->currency);

        sl_painter_label (painter, text, sl_pay_layout_x (layout, values[i]), header->center,
                          SL_ALIGN_CENTER, min_x, max_x);
      }

  sl_painter_text (painter, _("Compa-ratio"), column_end (layout, 0), header->center,
                   SL_ALIGN_END, FALSE, 0);
  sl_painter_text (painter, _("Penetration"), column_end (layout, 1), header->center,
                   SL_ALIGN_END, FALSE, 0);
}

static void
draw_candidate (SlPainter            *painter,
                const SlPayLayout    *layout,
                const SlPayRowBox    *row,
                const SlPayChartData *data)
{
  const SlPayRow *pay_row = g_ptr_array_index (data->rows, row->index);
  const SlPayBand *band = data->band;
  const SlChartStyle *style = painter->style;
  double height = bar_height (layout);
  double x0 = sl_pay_layout_x (layout, band->min);
  double x1 = sl_pay_layout_x (layout, band->max);
  g_autofree char *title = NULL;
  g_autofree char *ratio = NULL;
  g_autofree char *penetration = NULL;
  SlMark mark;
  double pay = sl_pay_row_fit_pay (pay_row, &mark);
  double x;
  int clipped;

  /* Cut a long name in the middle, so that the figure it names stays. */
  title = row_title (pay_row, mark);
  sl_painter_set_color (painter, &style->foreground, 1);
  pango_layout_set_ellipsize (painter->layout, PANGO_ELLIPSIZE_MIDDLE);
  sl_painter_text (painter, title, layout->label_x, row->center, SL_ALIGN_START, FALSE,
                   layout->label_width);
  pango_layout_set_ellipsize (painter->layout, PANGO_ELLIPSIZE_END);

  sl_painter_segment (painter, SL_MARK_BAND, x0, row->center - height / 2, MAX (x1 - x0, 1), height);
  if (isfinite (band->mid))
    sl_painter_mark (painter, SL_MARK_MIDPOINT, sl_pay_layout_x (layout, band->mid), row->center);

  x = mark_x (layout, pay, &clipped);
  if (clipped != 0)
    {
      sl_painter_set_color (painter, &style->foreground, 1);
      sl_painter_arrow (painter, clipped < 0 ? layout->plot_x : layout->plot_x + layout->plot_width,
                        row->center, clipped);
    }
  sl_painter_mark (painter, mark, x, row->center);

  ratio = format_ratio (sl_pay_band_compa_ratio (band, pay));
  penetration = format_penetration (sl_pay_band_penetration (band, pay));
  sl_painter_set_color (painter, &style->foreground, 1);
  sl_painter_text (painter, ratio, column_end (layout, 0), row->center, SL_ALIGN_END, FALSE, 0);
  sl_painter_text (painter, penetration, column_end (layout, 1), row->center, SL_ALIGN_END, FALSE, 0);
}

static void
fit_draw (SlPainter            *painter,
          const SlPayLayout    *layout,
          const SlPayChartData *data)
{
  for (guint i = 0; i < layout->n_rows; i++)
    {
      const SlPayRowBox *row = &layout->rows[i];

      if (row->kind == SL_PAY_ROW_HEADER)
        draw_header (painter, layout, row, data);
      else if (row->kind == SL_PAY_ROW_CANDIDATE)
        draw_candidate (painter, layout, row, data);
    }
}

static char *
describe_row (const SlPayRow  *row,
              const SlPayBand *band,
              const char      *currency)
{
  SlMark mark;
  double pay = sl_pay_row_fit_pay (row, &mark);
  g_autofree char *amount = sl_money_format (pay, currency);
  g_autofree char *ratio = format_ratio (sl_pay_band_compa_ratio (band, pay));
  g_autofree char *penetration = format_penetration (sl_pay_band_penetration (band, pay));

  /* Translators: "Dana Reyes, offer: $250,000; compa-ratio 1.00, 50 % into the band" */
  return g_strdup_printf (_("%1$s, %2$s: %3$s; compa-ratio %4$s, %5$s into the band"),
                          sl_pay_row_name (row), source_label (mark), amount, ratio, penetration);
}

static char *
describe_band (const SlPayBand *band,
               const char      *currency)
{
  g_autofree char *range = sl_pay_format_range (band->min, band->max, FALSE, currency);
  g_autofree char *mid = sl_money_format (band->mid, currency);

  /* Translators: %1$s is a range of pay, %2$s an amount */
  return g_strdup_printf (_("Role’s band: %1$s, midpoint %2$s"), range, mid);
}

static char *
fit_hit (const SlPayLayout    *layout,
         const SlPayChartData *data,
         double                x,
         double                y)
{
  const SlPayBand *band = data->band;
  double height = bar_height (layout);

  for (guint i = 0; i < layout->n_rows; i++)
    {
      const SlPayRowBox *row = &layout->rows[i];
      const SlPayRow *pay_row;
      SlMark mark;
      double pay;
      int clipped;

      if (row->kind != SL_PAY_ROW_CANDIDATE || y < row->y || y > row->y + row->height)
        continue;

      pay_row = g_ptr_array_index (data->rows, row->index);
      pay = sl_pay_row_fit_pay (pay_row, &mark);

      /* The mark, or the numbers printed for it. */
      if (hypot (x - mark_x (layout, pay, &clipped), y - row->center) <=
            SL_PAY_HIT_DISTANCE + layout->mark_size ||
          x >= layout->plot_x + layout->plot_width + layout->margin / 2)
        return describe_row (pay_row, band, data->currency);

      if (isfinite (band->mid) &&
          fabs (x - sl_pay_layout_x (layout, band->mid)) <= SL_PAY_HIT_DISTANCE / 2 &&
          fabs (y - row->center) <= layout->mark_size * 1.7)
        {
          g_autofree char *mid = sl_money_format (band->mid, data->currency);

          return g_strdup_printf (_("Role’s band midpoint: %s"), mid);
        }

      if (x >= sl_pay_layout_x (layout, band->min) - 2 &&
          x <= sl_pay_layout_x (layout, band->max) + 2 &&
          fabs (y - row->center) <= height / 2 + 2)
        return describe_band (band, data->currency);
    }

  return NULL;
}

static char *
fit_describe (const SlPayChartData *data)
{
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *band_text = NULL;
  g_autofree char *joined = NULL;

  if (data->band == NULL)
    return g_strdup (_("No pay band for this role yet."));

  for (guint i = 0; data->rows != NULL && i < data->rows->len; i++)
    {
      const SlPayRow *row = g_ptr_array_index (data->rows, i);
      SlMark mark;

      if (isfinite (sl_pay_row_fit_pay (row, &mark)))
        g_ptr_array_add (people, describe_row (row, data->band, data->currency));
    }

  band_text = describe_band (data->band, data->currency);
  if (people->len == 0)
    /* Translators: %s describes the band */
    return g_strdup_printf (_("%s. No candidate has pay to hold against it yet."), band_text);

  g_ptr_array_add (people, NULL);
  joined = g_strjoinv (". ", (char **) people->pdata);

  /* Translators: %1$s describes the band, %2$s each candidate's pay in it */
  return g_strdup_printf (_("%1$s. %2$s."), band_text, joined);
}

static void
add_row (GPtrArray       *table,
         const char      *name,
         const char      *figure,
         double           pay,
         const SlPayBand *band,
         const char      *currency)
{
  g_autofree char *amount = sl_money_format (pay, currency);
  g_autofree char *ratio = format_ratio (sl_pay_band_compa_ratio (band, pay));
  g_autofree char *penetration = format_penetration (sl_pay_band_penetration (band, pay));

  g_ptr_array_add (table, sl_pay_strv (name, figure, amount, ratio, penetration, NULL));
}

static GPtrArray *
fit_table (const SlPayChartData *data)
{
  GPtrArray *table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const SlPayBand *band = data->band;

  g_ptr_array_add (table, sl_pay_strv (_("Name"), _("Figure"), _("Amount"), _("Compa-ratio"),
                                       _("Penetration"), NULL));
  if (band == NULL)
    return table;

  add_row (table, _("Role’s band"), _("Minimum"), band->min, band, data->currency);
  add_row (table, _("Role’s band"), _("Midpoint"), band->mid, band, data->currency);
  add_row (table, _("Role’s band"), _("Maximum"), band->max, band, data->currency);

  for (guint i = 0; data->rows != NULL && i < data->rows->len; i++)
    {
      const SlPayRow *row = g_ptr_array_index (data->rows, i);
      SlMark mark;
      double pay = sl_pay_row_fit_pay (row, &mark);

      if (isfinite (pay))
        add_row (table, sl_pay_row_name (row), source_label (mark), pay, band, data->currency);
    }

  return table;
}

const SlPayChartClass sl_pay_chart_fit_class = {
  .plan = fit_plan,
  .draw = fit_draw,
  .hit = fit_hit,
  .describe = fit_describe,
  .table = fit_table,
};
