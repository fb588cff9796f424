/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The salary chart: the market's base pay, the role's band, and each
 * candidate's current pay, expectation and offer on one money axis. */
#define G_LOG_DOMAIN "shortlist-pay-charts"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "sl-money.h"
#include "sl-pay-charts-private.h"

/* The market row: labels above the band, percentile labels below it. */
#define MARKET_LINES         2.4
#define MARKET_LINES_WITH_P  3.3
#define MARKET_CENTER_LINES  1.6
#define BAND_LINES           2.5
#define BAND_CENTER_LINES    0.9

static gboolean
has_percentiles (const SlMarketEntry *entry)
{
  for (guint i = 0; i < SL_N_PERCENTILES; i++)
    if (isfinite (entry->percentiles[i]))
      return TRUE;

  return FALSE;
}

static double
offer_base (const SlPayRow *row)
{
  return row->offer != NULL ? row->offer->base : NAN;
}

static gboolean
salary_plan (SlPayLayout          *layout,
             SlPainter            *painter,
             const SlPayChartData *data,
             double               *min,
             double               *max)
{
  const SlMarketEntry *market = data->market_base;
  gboolean any_current = FALSE;
  gboolean any_expected = FALSE;
  gboolean any_offer = FALSE;

  if (!sl_market_entry_is_empty (market))
    {
      gboolean percentiles = has_percentiles (market);

      for (guint i = 0; i < SL_N_PERCENTILES; i++)
        sl_pay_include (min, max, market->percentiles[i]);
      sl_pay_include (min, max, market->mean);

      if (market->has_range)
        {
          sl_pay_include (min, max, market->range_min);
          sl_pay_include (min, max, market->range_max);
          sl_pay_layout_add_legend (layout, SL_MARK_RANGE, _("Market range"));
        }
      if (market->has_average)
        {
          sl_pay_include (min, max, market->average_low);
          sl_pay_include (min, max, market->average_high);
          sl_pay_layout_add_legend (layout, SL_MARK_AVERAGE, _("Market average"));
        }
      if (percentiles)
        sl_pay_layout_add_legend (layout, SL_MARK_PERCENTILE, _("Market percentiles"));
      if (isfinite (market->mean))
        sl_pay_layout_add_legend (layout, SL_MARK_MEAN, _("Market mean"));

      sl_pay_layout_add_row (layout, SL_PAY_ROW_MARKET, 0,
                             percentiles ? MARKET_LINES_WITH_P : MARKET_LINES, MARKET_CENTER_LINES);
      sl_pay_layout_want_label (layout, painter, _("Market"), TRUE);
    }

  if (data->band != NULL)
    {
      sl_pay_include (min, max, data->band->min);
      sl_pay_include (min, max, data->band->max);
      sl_pay_layout_add_legend (layout, SL_MARK_BAND, _("Role’s band"));
      sl_pay_layout_add_row (layout, SL_PAY_ROW_BAND, 0, BAND_LINES, BAND_CENTER_LINES);
      sl_pay_layout_want_label (layout, painter, _("Role’s band"), TRUE);
    }

  for (guint i = 0; data->rows != NULL && i < data->rows->len; i++)
    {
      const SlPayRow *row = g_ptr_array_index (data->rows, i);

      if (!sl_pay_row_has_pay (row))
        continue;

      sl_pay_include (min, max, row->current_pay);
      sl_pay_include (min, max, row->expected_pay);
      sl_pay_include (min, max, offer_base (row));
      any_current |= isfinite (row->current_pay);
      any_expected |= isfinite (row->expected_pay);
      any_offer |= isfinite (offer_base (row));

      sl_pay_layout_add_row (layout, SL_PAY_ROW_CANDIDATE, i, 0, 0);
      sl_pay_layout_want_label (layout, painter, sl_pay_row_name (row), FALSE);
    }

  if (layout->n_rows == 0)
    {
      layout->empty_text = _("No market data, band or pay for this role yet");
      return FALSE;
    }

  if (any_current)
    sl_pay_layout_add_legend (layout, SL_MARK_CURRENT, _("Current pay"));
  if (any_expected)
    sl_pay_layout_add_legend (layout, SL_MARK_EXPECTED, _("Expectation"));
  if (any_offer)
    sl_pay_layout_add_legend (layout, SL_MARK_OFFER, _("Offer"));

  /* Room past an open-ended range for it to fade out. */
  if (!sl_market_entry_is_empty (market) && market->has_range && market->open_ended)
    *max = MAX (*max, market->range_max + 0.12 * (market->range_max - *min));

  return TRUE;
}

static double
market_band_height (const SlPayLayout *layout)
{
  return round (layout->line * 0.9);
}

static double
band_bar_height (const SlPayLayout *layout)
{
  return round (layout->line * 0.8);
}

static void
draw_market (SlPainter            *painter,
             const SlPayLayout    *layout,
             const SlPayRowBox    *row,
             const SlPayChartData *data)
{
  const SlMarketEntry *market = data->market_base;
  const SlChartStyle *style = painter->style;
  double line = layout->line;
  double band = market_band_height (layout);
  double top = row->center - band / 2;
  double above = top - line * 0.1 - line / 2;
  double below = top + band + line * 0.1 + line / 2;
  double min_x = layout->plot_x - layout->margin / 2;
  double max_x = layout->width - layout->margin / 2;
  g_autofree char *range = NULL;
  g_autofree char *average = NULL;
  gboolean range_placed = TRUE;
  gboolean average_placed = TRUE;

  sl_painter_range_band (painter, layout, market, top, band);

  for (guint i = 0; i < SL_N_PERCENTILES; i++)
    if (isfinite (market->percentiles[i]))
      sl_painter_mark (painter, SL_MARK_PERCENTILE,
                       sl_pay_layout_x (layout, market->percentiles[i]), row->center);

  if (isfinite (market->mean))
    sl_painter_mark (painter, SL_MARK_MEAN, sl_pay_layout_x (layout, market->mean), row->center);

  /* The figures, where they have room: the average over its band, the
   * range from its start or to its end, percentiles below. */
  sl_painter_set_color (painter, &style->foreground, 0.85);

  if (market->has_average)
    {
      double middle = sl_pay_layout_x (layout, (market->average_low + market->average_high) / 2);

      average = sl_pay_format_short_range (market->average_low, market->average_high, FALSE,
                                           data->currency);
      average_placed = sl_painter_label (painter, average, middle, above, SL_ALIGN_CENTER,
                                         min_x, max_x);
    }

  if (market->has_range)
    {
      double x0 = sl_pay_layout_x (layout, market->range_min);
      double x1 = sl_pay_layout_x (layout, market->range_max);

      range = sl_pay_format_short_range (market->range_min, market->range_max, market->open_ended,
                                         data->currency);
      range_placed = sl_painter_label (painter, range, x0, above, SL_ALIGN_START, min_x, max_x) ||
                     sl_painter_label (painter, range, x1, above, SL_ALIGN_END, min_x, max_x);
    }

  for (guint i = 0; i < SL_N_PERCENTILES; i++)
    if (isfinite (market->percentiles[i]))
      sl_painter_label (painter, sl_pay_percentile_label (i),
                        sl_pay_layout_x (layout, market->percentiles[i]), below,
                        SL_ALIGN_CENTER, min_x, max_x);

  /* Below the band is room only when the row keeps a line for the
   * percentiles; otherwise a label there would run into the next row. */
  if (!has_percentiles (market))
    return;

  if (!average_placed)
    sl_painter_label (painter, average,
                      sl_pay_layout_x (layout, (market->average_low + market->average_high) / 2),
                      below, SL_ALIGN_CENTER, min_x, max_x);
  if (!range_placed)
    sl_painter_label (painter, range, sl_pay_layout_x (layout, market->range_min), below,
                      SL_ALIGN_START, min_x, max_x);
}

static void
draw_band (SlPainter            *painter,
           const SlPayLayout    *layout,
           const SlPayRowBox    *row,
           const SlPayChartData *data)
{
  const SlPayBand *band = data->band;
  double line = layout->line;
  double height = band_bar_height (layout);
  double top = row->center - height / 2;
  double below = top + height + line * 0.1 + line / 2;
  double x0 = sl_pay_layout_x (layout, band->min);
  double x1 = sl_pay_layout_x (layout, band->max);
  double xm = sl_pay_layout_x (layout, band->mid);
  double gap = line * 0.4;
  double min_x = layout->plot_x - layout->margin / 2;
  double max_x = layout->width - layout->margin / 2;
  g_autofree char *low = sl_money_format (band->min, data->currency);
  g_autofree char *mid = sl_money_format (band->mid, data->currency);
  g_autofree char *high = sl_money_format (band->max, data->currency);

  sl_painter_segment (painter, SL_MARK_BAND, x0, top, MAX (x1 - x0, 1), height);
  if (isfinite (band->mid))
    sl_painter_mark (painter, SL_MARK_MIDPOINT, xm, row->center);

  sl_painter_set_color (painter, &painter->style->foreground, 1);
  if (isfinite (band->mid))
    sl_painter_label (painter, mid, xm, below, SL_ALIGN_CENTER, min_x, max_x);
  if (!sl_painter_label (painter, low, x0 - gap, row->center, SL_ALIGN_END, min_x, max_x))
    sl_painter_label (painter, low, x0, below, SL_ALIGN_END, min_x, max_x);
  if (!sl_painter_label (painter, high, x1 + gap, row->center, SL_ALIGN_START, min_x, max_x))
    sl_painter_label (painter, high, x1, below, SL_ALIGN_START, min_x, max_x);
}

static void
draw_candidate (SlPainter         *painter,
                const SlPayLayout *layout,
                const SlPayRowBox *row,
                const SlPayRow    *pay)
{
  /* The filled offer first, so that an open mark at the same amount stays
   * visible over it. */
  if (isfinite (offer_base (pay)))
    sl_painter_mark (painter, SL_MARK_OFFER, sl_pay_layout_x (layout, pay->offer->base), row->center);
  if (isfinite (pay->current_pay))
    sl_painter_mark (painter, SL_MARK_CURRENT, sl_pay_layout_x (layout, pay->current_pay), row->center);
  if (isfinite (pay->expected_pay))
    sl_painter_mark (painter, SL_MARK_EXPECTED, sl_pay_layout_x (layout, pay->expected_pay),
                     row->center);
}

static const char *
row_label (const SlPayRowBox    *row,
           const SlPayChartData *data)
{
  const SlPayRow *pay;

  switch (row->kind)
    {
    case SL_PAY_ROW_MARKET:
      return _("Market");
    case SL_PAY_ROW_BAND:
      return _("Role’s band");
    case SL_PAY_ROW_CANDIDATE:
      pay = g_ptr_array_index (data->rows, row->index);
      return sl_pay_row_name (pay);
    case SL_PAY_ROW_HEADER:
    default:
      return "";
    }
}

static void
salary_draw (SlPainter            *painter,
             const SlPayLayout    *layout,
             const SlPayChartData *data)
{
  cairo_t *cr = painter->cr;
  double x0 = round (layout->plot_x);
  double x1 = round (layout->plot_x + layout->plot_width);

  /* A faint guide across each candidate's row leads the eye from the
   * name. Pixel-aligned rectangles in one fill cost far less than as many
   * stroked lines. */
  for (guint i = 0; i < layout->n_rows; i++)
    if (layout->rows[i].kind == SL_PAY_ROW_CANDIDATE)
      cairo_rectangle (cr, x0, round (layout->rows[i].center), x1 - x0, 1);
  sl_painter_set_color (painter, &painter->style->foreground, 0.12 * painter->tint);
  cairo_fill (cr);

  for (guint i = 0; i < layout->n_rows; i++)
    {
      const SlPayRowBox *row = &layout->rows[i];

      sl_painter_set_color (painter, &painter->style->foreground, 1);
      sl_painter_text (painter, row_label (row, data), layout->label_x, row->center,
                       SL_ALIGN_START, row->kind != SL_PAY_ROW_CANDIDATE, layout->label_width);

      switch (row->kind)
        {
        case SL_PAY_ROW_MARKET:
          draw_market (painter, layout, row, data);
          break;
        case SL_PAY_ROW_BAND:
          draw_band (painter, layout, row, data);
          break;
        case SL_PAY_ROW_CANDIDATE:
          draw_candidate (painter, layout, row, g_ptr_array_index (data->rows, row->index));
          break;
        case SL_PAY_ROW_HEADER:
        default:
          break;
        }
    }
}

/* Hit-testing: the nearest point mark within reach wins; failing that,
 * the band under the pointer. Distances are from a mark's edge. */
typedef struct
{
  double  distance;
  char   *point;
  char   *area;
} Hit;

static void
hit_point (Hit    *hit,
           double  distance,
           char   *text)
{
  if (distance <= SL_PAY_HIT_DISTANCE && distance <= hit->distance)
    {
      hit->distance = distance;
      g_free (hit->point);
      hit->point = text;
    }
  else
    g_free (text);
}

static void
hit_area (Hit  *hit,
          char *text)
{
  if (hit->area == NULL)
    hit->area = text;
  else
    g_free (text);
}

static void
hit_market (Hit                  *hit,
            const SlPayLayout    *layout,
            const SlPayRowBox    *row,
            const SlPayChartData *data,
            double                x,
            double                y)
{
  const SlMarketEntry *market = data->market_base;
  double band = market_band_height (layout);
  double top = row->center - band / 2;
  double tick = layout->mark_size * 1.7;

  if (isfinite (market->mean))
    {
      double mx = sl_pay_layout_x (layout, market->mean);

      if (fabs (y - row->center) <= SL_PAY_HIT_DISTANCE + layout->mark_size)
        {
          g_autofree char *amount = sl_money_format (market->mean, data->currency);

          hit_point (hit, MAX (0, hypot (x - mx, y - row->center) - layout->mark_size),
                     g_strdup_printf (_("Market mean: %s"), amount));
        }
    }

  for (guint i = 0; i < SL_N_PERCENTILES; i++)
    {
      double px;

      if (!isfinite (market->percentiles[i]))
        continue;

      px = sl_pay_layout_x (layout, market->percentiles[i]);
      if (fabs (y - row->center) <= tick + SL_PAY_HIT_DISTANCE / 2)
        {
          g_autofree char *amount = sl_money_format (market->percentiles[i], data->currency);

          /* Translators: %1$s is a percentile, "P50"; %2$s an amount */
          hit_point (hit, fabs (x - px), g_strdup_printf (_("Market %1$s: %2$s"),
                                                         sl_pay_percentile_label (i), amount));
        }
    }

  if (market->has_average &&
      sl_pay_in_box (x, y, sl_pay_layout_x (layout, market->average_low), top,
                     sl_pay_layout_x (layout, market->average_high), top + band))
    {
      g_autofree char *range = sl_pay_format_range (market->average_low, market->average_high,
                                                    FALSE, data->currency);

      hit_area (hit, g_strdup_printf (_("Market average: %s"), range));
    }

  if (market->has_range &&
      sl_pay_in_box (x, y, sl_pay_layout_x (layout, market->range_min), top,
                     market->open_ended ? sl_pay_layout_open_end (layout, market)
                                        : sl_pay_layout_x (layout, market->range_max),
                     top + band))
    {
      g_autofree char *range = sl_pay_format_range (market->range_min, market->range_max,
                                                    market->open_ended, data->currency);

      hit_area (hit, g_strdup_printf (_("Market range: %s"), range));
    }
}

static void
hit_band (Hit                  *hit,
          const SlPayLayout    *layout,
          const SlPayRowBox    *row,
          const SlPayChartData *data,
          double                x,
          double                y)
{
  const SlPayBand *band = data->band;
  double height = band_bar_height (layout);
  double top = row->center - height / 2;

  if (isfinite (band->mid) &&
      fabs (y - row->center) <= layout->mark_size * 1.7 + SL_PAY_HIT_DISTANCE / 2)
    {
      g_autofree char *mid = sl_money_format (band->mid, data->currency);

      hit_point (hit, fabs (x - sl_pay_layout_x (layout, band->mid)),
                 g_strdup_printf (_("Role’s band midpoint: %s"), mid));
    }

  if (sl_pay_in_box (x, y, sl_pay_layout_x (layout, band->min), top,
                     sl_pay_layout_x (layout, band->max), top + height))
    {
      g_autofree char *range = sl_pay_format_range (band->min, band->max, FALSE, data->currency);
      g_autofree char *mid = sl_money_format (band->mid, data->currency);

      /* Translators: %1$s is a range of pay, %2$s an amount */
      hit_area (hit, g_strdup_printf (_("Role’s band: %1$s, midpoint %2$s"), range, mid));
    }
}

static void
hit_candidate_mark (Hit               *hit,
                    const SlPayLayout *layout,
                    const SlPayRowBox *row,
                    const SlPayRow    *pay,
                    const char        *currency,
                    const char        *format,
                    double             value,
                    double             x,
                    double             y)
{
  g_autofree char *amount = NULL;
  double distance;

  if (!isfinite (value))
    return;

  distance = hypot (x - sl_pay_layout_x (layout, value), y - row->center);
  distance = MAX (0, distance - layout->mark_size);
  if (distance > SL_PAY_HIT_DISTANCE)
    return;

  amount = sl_money_format (value, currency);
  hit_point (hit, distance, g_strdup_printf (format, sl_pay_row_name (pay), amount));
}

static char *
salary_hit (const SlPayLayout    *layout,
            const SlPayChartData *data,
            double                x,
            double                y)
{
  Hit hit = { INFINITY, NULL, NULL };

  for (guint i = 0; i < layout->n_rows; i++)
    {
      const SlPayRowBox *row = &layout->rows[i];
      const SlPayRow *pay;

      if (y < row->y - SL_PAY_HIT_DISTANCE || y > row->y + row->height + SL_PAY_HIT_DISTANCE)
        continue;

      switch (row->kind)
        {
        case SL_PAY_ROW_MARKET:
          hit_market (&hit, layout, row, data, x, y);
          break;

        case SL_PAY_ROW_BAND:
          hit_band (&hit, layout, row, data, x, y);
          break;

        case SL_PAY_ROW_CANDIDATE:
          pay = g_ptr_array_index (data->rows, row->index);
          /* Translators: %1$s is a candidate's name, %2$s an amount */
          hit_candidate_mark (&hit, layout, row, pay, data->currency, _("%1$s, current pay: %2$s"),
                              pay->current_pay, x, y);
          hit_candidate_mark (&hit, layout, row, pay, data->currency, _("%1$s, expectation: %2$s"),
                              pay->expected_pay, x, y);
          hit_candidate_mark (&hit, layout, row, pay, data->currency, _("%1$s, offer: %2$s"),
                              offer_base (pay), x, y);
          break;

        case SL_PAY_ROW_HEADER:
        default:
          break;
        }
    }

  if (hit.point != NULL)
    {
      g_free (hit.area);
      return hit.point;
    }

  return hit.area;
}

/* The market's figures as "range $130,000 to $500,000 and above; average
 * …" clauses, for the descriptions of the salary and total charts. */
char *
sl_pay_describe_market (const SlMarketEntry *market,
                        const char          *currency)
{
  g_autoptr(GPtrArray) clauses = g_ptr_array_new_with_free_func (g_free);

  if (market->has_range)
    {
      g_autofree char *low = sl_money_format (market->range_min, currency);
      g_autofree char *high = sl_money_format (market->range_max, currency);

      if (market->open_ended)
        /* Translators: part of "Market range $130,000 to $500,000 and above; …" */
        g_ptr_array_add (clauses, g_strdup_printf (_("range %s to %s and above"), low, high));
      else
        g_ptr_array_add (clauses, g_strdup_printf (_("range %s to %s"), low, high));
    }

  if (market->has_average)
    {
      g_autofree char *low = sl_money_format (market->average_low, currency);
      g_autofree char *high = sl_money_format (market->average_high, currency);

      g_ptr_array_add (clauses, g_strdup_printf (_("average %s to %s"), low, high));
    }

  for (guint i = 0; i < SL_N_PERCENTILES; i++)
    if (isfinite (market->percentiles[i]))
      {
        g_autofree char *amount = sl_money_format (market->percentiles[i], currency);

        /* Translators: a percentile and its amount, "P50 $250,000" */
        g_ptr_array_add (clauses, g_strdup_printf (_("%s %s"), sl_pay_percentile_label (i), amount));
      }

  if (isfinite (market->mean))
    {
      g_autofree char *amount = sl_money_format (market->mean, currency);

      g_ptr_array_add (clauses, g_strdup_printf (_("mean %s"), amount));
    }

  g_ptr_array_add (clauses, NULL);

  return g_strjoinv ("; ", (char **) clauses->pdata);
}

static char *
salary_describe (const SlPayChartData *data)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_free);

  if (!sl_market_entry_is_empty (data->market_base))
    {
      g_autofree char *clauses = sl_pay_describe_market (data->market_base, data->currency);

      /* Translators: %s is a list of figures, "range $130,000 to $500,000; average …" */
      g_string_append_printf (text, _("Market %s."), clauses);
    }

  if (data->band != NULL)
    {
      g_autofree char *low = sl_money_format (data->band->min, data->currency);
      g_autofree char *mid = sl_money_format (data->band->mid, data->currency);
      g_autofree char *high = sl_money_format (data->band->max, data->currency);

      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append_printf (text, _("Role band %s to %s, midpoint %s."), low, high, mid);
    }

  for (guint i = 0; data->rows != NULL && i < data->rows->len; i++)
    {
      const SlPayRow *row = g_ptr_array_index (data->rows, i);
      g_autoptr(GPtrArray) figures = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *joined = NULL;

      if (!sl_pay_row_has_pay (row))
        continue;

      if (isfinite (row->current_pay))
        {
          g_autofree char *amount = sl_money_format (row->current_pay, data->currency);
          g_ptr_array_add (figures, g_strdup_printf (_("current pay %s"), amount));
        }
      if (isfinite (row->expected_pay))
        {
          g_autofree char *amount = sl_money_format (row->expected_pay, data->currency);
          g_ptr_array_add (figures, g_strdup_printf (_("expects %s"), amount));
        }
      if (isfinite (offer_base (row)))
        {
          g_autofree char *amount = sl_money_format (row->offer->base, data->currency);
          g_ptr_array_add (figures, g_strdup_printf (_("offered %s"), amount));
        }
      g_ptr_array_add (figures, NULL);
      joined = g_strjoinv (", ", (char **) figures->pdata);

      /* Translators: a candidate's name and their figures */
      g_ptr_array_add (people, g_strdup_printf (_("%s: %s"), sl_pay_row_name (row), joined));
    }

  if (people->len > 0)
    {
      g_autofree char *joined = NULL;
      guint n = people->len;

      g_ptr_array_add (people, NULL);
      joined = g_strjoinv ("; ", (char **) people->pdata);

      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "%u candidate: %s.",
                                                 "%u candidates: %s.", n),
                              n, joined);
    }

  if (text->len == 0)
    g_string_append (text, _("No market data, band or pay for this role yet."));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_money_row (GPtrArray  *table,
               const char *name,
               const char *figure,
               double      amount,
               const char *currency)
{
  g_autofree char *text = sl_money_format (amount, currency);

  g_ptr_array_add (table, sl_pay_strv (name, figure, text, NULL));
}

static GPtrArray *
salary_table (const SlPayChartData *data)
{
  GPtrArray *table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const SlMarketEntry *market = data->market_base;

  g_ptr_array_add (table, sl_pay_strv (_("Name"), _("Figure"), _("Amount"), NULL));

  if (!sl_market_entry_is_empty (market))
    {
      if (market->has_range)
        {
          g_autofree char *range = sl_pay_format_range (market->range_min, market->range_max,
                                                        market->open_ended, data->currency);
          g_ptr_array_add (table, sl_pay_strv (_("Market"), _("Range"), range, NULL));
        }
      if (market->has_average)
        {
          g_autofree char *range = sl_pay_format_range (market->average_low, market->average_high,
                                                        FALSE, data->currency);
          g_ptr_array_add (table, sl_pay_strv (_("Market"), _("Average"), range, NULL));
        }
      for (guint i = 0; i < SL_N_PERCENTILES; i++)
        if (isfinite (market->percentiles[i]))
          add_money_row (table, _("Market"), sl_pay_percentile_label (i), market->percentiles[i],
                         data->currency);
      if (isfinite (market->mean))
        add_money_row (table, _("Market"), _("Mean"), market->mean, data->currency);
    }

  if (data->band != NULL)
    {
      add_money_row (table, _("Role’s band"), _("Minimum"), data->band->min, data->currency);
      add_money_row (table, _("Role’s band"), _("Midpoint"), data->band->mid, data->currency);
      add_money_row (table, _("Role’s band"), _("Maximum"), data->band->max, data->currency);
    }

  for (guint i = 0; data->rows != NULL && i < data->rows->len; i++)
    {
      const SlPayRow *row = g_ptr_array_index (data->rows, i);

      const char *name = sl_pay_row_name (row);

      if (isfinite (row->current_pay))
        add_money_row (table, name, _("Current pay"), row->current_pay, data->currency);
      if (isfinite (row->expected_pay))
        add_money_row (table, name, _("Expectation"), row->expected_pay, data->currency);
      if (isfinite (offer_base (row)))
        add_money_row (table, name, _("Offer"), row->offer->base, data->currency);
    }

  return table;
}

const SlPayChartClass sl_pay_chart_salary_class = {
  .plan = salary_plan,
  .draw = salary_draw,
  .hit = salary_hit,
  .describe = salary_describe,
  .table = salary_table,
};
