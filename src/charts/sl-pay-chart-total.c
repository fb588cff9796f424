/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The total compensation chart: each offer as a stacked bar, base pay,
 * bonus at target, sign-on and a year's equity, over the market's total
 * pay. */
#define G_LOG_DOMAIN "shortlist-pay-charts"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "sl-money.h"
#include "sl-pay-charts-private.h"

#define HEADER_LINES        2.2
#define HEADER_CENTER_LINES 1.5

/* The parts of an offer, in the order they are stacked. */
typedef enum
{
  PART_BASE,
  PART_BONUS,
  PART_SIGN_ON,
  PART_EQUITY,
  N_PARTS
} Part;

static const SlMark part_marks[N_PARTS] = {
  SL_MARK_BASE, SL_MARK_BONUS, SL_MARK_SIGN_ON, SL_MARK_EQUITY,
};

static const char *
part_label (Part part)
{
  switch (part)
    {
    case PART_BASE:
      return _("Base pay");
    case PART_BONUS:
      return _("Target bonus");
    case PART_SIGN_ON:
      return _("Sign-on");
    case PART_EQUITY:
      return _("Equity a year");
    case N_PARTS:
    default:
      g_assert_not_reached ();
    }
}

static const char *
part_hit_format (Part part)
{
  switch (part)
    {
    case PART_BASE:
      /* Translators: %1$s is a candidate's name, %2$s an amount */
      return _("%1$s, base pay: %2$s");
    case PART_BONUS:
      return _("%1$s, target bonus: %2$s");
    case PART_SIGN_ON:
      return _("%1$s, sign-on: %2$s");
    case PART_EQUITY:
      return _("%1$s, equity a year: %2$s");
    case N_PARTS:
    default:
      g_assert_not_reached ();
    }
}

/* A part and its amount in a sentence: "target bonus $37,500". */
static const char *
part_phrase (Part part)
{
  switch (part)
    {
    case PART_BASE:
      /* Translators: %s is an amount */
      return _("base pay %s");
    case PART_BONUS:
      return _("target bonus %s");
    case PART_SIGN_ON:
      return _("sign-on %s");
    case PART_EQUITY:
      return _("equity a year %s");
    case N_PARTS:
    default:
      g_assert_not_reached ();
    }
}

/* What each part of @offer is worth in its first year, 0 where it has
 * none; they add up to sl_offer_total(). */
static void
offer_parts (const SlOffer *offer,
             double         parts[N_PARTS])
{
  parts[PART_BASE] = offer->base;
  parts[PART_BONUS] = sl_offer_target_bonus (offer);
  parts[PART_SIGN_ON] = isfinite (offer->sign_on) ? offer->sign_on : 0;
  parts[PART_EQUITY] = sl_offer_annual_equity (offer);
}

static gboolean
has_offer (const SlPayRow *row)
{
  return row->offer != NULL && isfinite (row->offer->base);
}

static gboolean
total_plan (SlPayLayout          *layout,
            SlPainter            *painter,
            const SlPayChartData *data,
            double               *min,
            double               *max)
{
  const SlMarketEntry *market = data->market_total;
  gboolean has_market = !sl_market_entry_is_empty (market);
  gboolean any_part[N_PARTS] = { TRUE, FALSE, FALSE, FALSE };
  double widest = 0;

  /* Stacked bars start at zero, or their lengths would not add up. */
  *min = 0;
  *max = 0;

  if (has_market)
    sl_pay_layout_add_row (layout, SL_PAY_ROW_HEADER, 0, HEADER_LINES, HEADER_CENTER_LINES);

  for (guint i = 0; data->rows != NULL && i < data->rows->len; i++)
    {
      const SlPayRow *row = g_ptr_array_index (data->rows, i);
      g_autofree char *total = NULL;
      double parts[N_PARTS];

      if (!has_offer (row))
        continue;

      offer_parts (row->offer, parts);
      for (guint p = 0; p < N_PARTS; p++)
        any_part[p] |= parts[p] > 0;

      *max = MAX (*max, sl_offer_total (row->offer));
      total = sl_money_format (sl_offer_total (row->offer), data->currency);
      widest = MAX (widest, sl_painter_measure (painter, total, FALSE));

      sl_pay_layout_add_row (layout, SL_PAY_ROW_CANDIDATE, i, 0, 0);
      sl_pay_layout_want_label (layout, painter, sl_pay_row_name (row), FALSE);
    }

  if (layout->n_rows == (has_market ? 1 : 0))
    {
      layout->empty_text = _("No offers for this role yet");
      return FALSE;
    }

  for (guint p = 0; p < N_PARTS; p++)
    if (any_part[p])
      sl_pay_layout_add_legend (layout, part_marks[p], part_label (p));

  if (has_market)
    {
      sl_pay_layout_want_label (layout, painter, _("Market total pay"), TRUE);

      if (market->has_range)
        {
          *max = MAX (*max, market->range_max);
          sl_pay_layout_add_legend (layout, SL_MARK_RANGE, _("Market range"));
        }
      if (market->has_average)
        {
          *max = MAX (*max, market->average_high);
          sl_pay_layout_add_legend (layout, SL_MARK_AVERAGE, _("Market average"));
        }
      for (guint i = 0; i < SL_N_PERCENTILES; i++)
        if (isfinite (market->percentiles[i]))
          *max = MAX (*max, market->percentiles[i]);
      if (isfinite (market->mean))
        {
          *max = MAX (*max, market->mean);
          sl_pay_layout_add_legend (layout, SL_MARK_MEAN, _("Market mean"));
        }

      if (market->has_range && market->open_ended)
        *max = MAX (*max, market->range_max * 1.12);
    }

  layout->right_width = widest + layout->line * 0.4;

  return TRUE;
}

static double
bar_height (const SlPayLayout *layout,
            const SlPayRowBox *row)
{
  return round (MIN (row->height * 0.62, layout->line * 1.2));
}

/* Where the market's bands run: from the header's marks to the last row. */
static double
market_top (const SlPayLayout *layout,
            const SlPayRowBox *header)
{
  return header->center - layout->line * 0.45;
}

static void
draw_market (SlPainter            *painter,
             const SlPayLayout    *layout,
             const SlPayRowBox    *header,
             const SlPayChartData *data)
{
  const SlMarketEntry *market = data->market_total;
  const SlChartStyle *style = painter->style;
  cairo_t *cr = painter->cr;
  double line = layout->line;
  double top = market_top (layout, header);
  double above = header->center - line * 0.45 - line * 0.1 - line / 2;
  double min_x = layout->plot_x - layout->margin / 2;
  double max_x = layout->width - layout->margin / 2;

  sl_painter_range_band (painter, layout, market, top, layout->plot_bottom - top);

  if (isfinite (market->mean))
    {
      double x = round (sl_pay_layout_x (layout, market->mean)) + 0.5;
      double dashes[2] = { 3, 3 };

      cairo_save (cr);
      cairo_set_dash (cr, dashes, 2, 0);
      cairo_set_line_width (cr, painter->line_width);
      cairo_move_to (cr, x, header->center);
      cairo_line_to (cr, x, layout->plot_bottom);
      sl_painter_set_color (painter, &style->foreground, 0.7);
      cairo_stroke (cr);
      cairo_restore (cr);

      sl_painter_mark (painter, SL_MARK_MEAN, x, header->center);
    }

  for (guint i = 0; i < SL_N_PERCENTILES; i++)
    if (isfinite (market->percentiles[i]))
      sl_painter_mark (painter, SL_MARK_PERCENTILE,
                       sl_pay_layout_x (layout, market->percentiles[i]), header->center);

  sl_painter_set_color (painter, &style->foreground, 1);
  sl_painter_text (painter, _("Market total pay"), layout->label_x, header->center,
                   SL_ALIGN_START, TRUE, layout->label_width);

  sl_painter_set_color (painter, &style->foreground, 0.85);
  if (market->has_average)
    {
      g_autofree char *low = sl_money_format_short (market->average_low, data->currency);
      g_autofree char *high = sl_money_format_short (market->average_high, data->currency);
      /* Translators: a short range, "$217K–$283K" */
      g_autofree char *text = g_strdup_printf (_("%s–%s"), low, high);

      sl_painter_label (painter, text,
                        sl_pay_layout_x (layout, (market->average_low + market->average_high) / 2),
                        above, SL_ALIGN_CENTER, min_x, max_x);
    }
  if (market->has_range)
    {
      g_autofree char *low = sl_money_format_short (market->range_min, data->currency);
      g_autofree char *high = sl_money_format_short (market->range_max, data->currency);
      g_autofree char *text = market->open_ended ? g_strdup_printf (_("%s–%s+"), low, high)
                                                 : g_strdup_printf (_("%s–%s"), low, high);

      if (!sl_painter_label (painter, text, sl_pay_layout_x (layout, market->range_min), above,
                             SL_ALIGN_START, min_x, max_x))
        sl_painter_label (painter, text, sl_pay_layout_x (layout, market->range_max), above,
                          SL_ALIGN_END, min_x, max_x);
    }
  if (isfinite (market->mean))
    {
      g_autofree char *mean = sl_money_format_short (market->mean, data->currency);

      sl_painter_label (painter, mean, sl_pay_layout_x (layout, market->mean), above,
                        SL_ALIGN_CENTER, min_x, max_x);
    }
  for (guint i = 0; i < SL_N_PERCENTILES; i++)
    if (isfinite (market->percentiles[i]))
      sl_painter_label (painter, sl_pay_percentile_label (i),
                        sl_pay_layout_x (layout, market->percentiles[i]), above,
                        SL_ALIGN_CENTER, min_x, max_x);
}

static void
draw_offer (SlPainter            *painter,
            const SlPayLayout    *layout,
            const SlPayRowBox    *row,
            const SlPayChartData *data)
{
  const SlPayRow *pay = g_ptr_array_index (data->rows, row->index);
  double height = bar_height (layout, row);
  double top = row->center - height / 2;
  double parts[N_PARTS];
  double sum = 0;
  g_autofree char *total = NULL;

  sl_painter_set_color (painter, &painter->style->foreground, 1);
  sl_painter_text (painter, sl_pay_row_name (pay), layout->label_x, row->center,
                   SL_ALIGN_START, FALSE, layout->label_width);

  offer_parts (pay->offer, parts);
  for (guint p = 0; p < N_PARTS; p++)
    {
      double x0 = sl_pay_layout_x (layout, sum);
      double x1 = sl_pay_layout_x (layout, sum + parts[p]);

      if (parts[p] > 0)
        sl_painter_segment (painter, part_marks[p], x0, top, x1 - x0, height);
      sum += parts[p];
    }

  total = sl_money_format (sl_offer_total (pay->offer), data->currency);
  sl_painter_set_color (painter, &painter->style->foreground, 1);
  sl_painter_text (painter, total, sl_pay_layout_x (layout, sum) + layout->line * 0.4, row->center,
                   SL_ALIGN_START, FALSE, 0);
}

static void
total_draw (SlPainter            *painter,
            const SlPayLayout    *layout,
            const SlPayChartData *data)
{
  /* The market first: it lies behind the bars. */
  for (guint i = 0; i < layout->n_rows; i++)
    if (layout->rows[i].kind == SL_PAY_ROW_HEADER)
      draw_market (painter, layout, &layout->rows[i], data);

  for (guint i = 0; i < layout->n_rows; i++)
    if (layout->rows[i].kind == SL_PAY_ROW_CANDIDATE)
      draw_offer (painter, layout, &layout->rows[i], data);
}

static char *
hit_offer (const SlPayLayout    *layout,
           const SlPayRowBox    *row,
           const SlPayChartData *data,
           double                x,
           double                y)
{
  const SlPayRow *pay = g_ptr_array_index (data->rows, row->index);
  double height = bar_height (layout, row);
  double parts[N_PARTS];
  double sum = 0;

  if (fabs (y - row->center) > height / 2 + 2)
    return NULL;

  offer_parts (pay->offer, parts);
  for (guint p = 0; p < N_PARTS; p++)
    {
      double x0 = sl_pay_layout_x (layout, sum);
      double x1 = sl_pay_layout_x (layout, sum + parts[p]);

      sum += parts[p];
      if (parts[p] > 0 && x >= x0 && x <= x1)
        {
          g_autofree char *amount = sl_money_format (parts[p], data->currency);

          return g_strdup_printf (part_hit_format (p), sl_pay_row_name (pay), amount);
        }
    }

  /* The printed total, after the bar. */
  if (x > sl_pay_layout_x (layout, sum) &&
      x <= sl_pay_layout_x (layout, sum) + layout->right_width + layout->line)
    {
      g_autofree char *amount = sl_money_format (sl_offer_total (pay->offer), data->currency);

      /* Translators: %1$s is a candidate's name, %2$s an amount */
      return g_strdup_printf (_("%1$s, total: %2$s"), sl_pay_row_name (pay), amount);
    }

  return NULL;
}

static char *
hit_market (const SlPayLayout    *layout,
            const SlPayRowBox    *header,
            const SlPayChartData *data,
            double                x,
            double                y)
{
  const SlMarketEntry *market = data->market_total;
  double top = market_top (layout, header);
  double best = SL_PAY_HIT_DISTANCE;
  char *point = NULL;

  if (y < top - SL_PAY_HIT_DISTANCE || y > layout->plot_bottom)
    return NULL;

  /* The mean's line runs down the whole chart. */
  if (isfinite (market->mean) && fabs (x - sl_pay_layout_x (layout, market->mean)) <= best)
    {
      g_autofree char *amount = sl_money_format (market->mean, data->currency);

      best = fabs (x - sl_pay_layout_x (layout, market->mean));
      point = g_strdup_printf (_("Market total pay mean: %s"), amount);
    }

  for (guint i = 0; i < SL_N_PERCENTILES; i++)
    {
      double px;

      if (!isfinite (market->percentiles[i]))
        continue;

      px = sl_pay_layout_x (layout, market->percentiles[i]);
      if (fabs (y - header->center) <= layout->mark_size * 1.7 + 2 && fabs (x - px) <= best)
        {
          g_autofree char *amount = sl_money_format (market->percentiles[i], data->currency);

          best = fabs (x - px);
          g_free (point);
          /* Translators: %1$s is a percentile, "P50"; %2$s an amount */
          point = g_strdup_printf (_("Market total pay %1$s: %2$s"),
                                   sl_pay_percentile_label (i), amount);
        }
    }

  if (point != NULL)
    return point;

  if (market->has_average && x >= sl_pay_layout_x (layout, market->average_low) - 2 &&
      x <= sl_pay_layout_x (layout, market->average_high) + 2)
    {
      g_autofree char *range = sl_pay_format_range (market->average_low, market->average_high,
                                                    FALSE, data->currency);

      return g_strdup_printf (_("Market total pay average: %s"), range);
    }

  if (market->has_range && x >= sl_pay_layout_x (layout, market->range_min) &&
      x <= (market->open_ended ? sl_pay_layout_open_end (layout, market)
                               : sl_pay_layout_x (layout, market->range_max)))
    {
      g_autofree char *range = sl_pay_format_range (market->range_min, market->range_max,
                                                    market->open_ended, data->currency);

      return g_strdup_printf (_("Market total pay range: %s"), range);
    }

  return NULL;
}

static char *
total_hit (const SlPayLayout    *layout,
           const SlPayChartData *data,
           double                x,
           double                y)
{
  const SlPayRowBox *header = NULL;

  /* The bars lie over the market's bands, so they answer first. */
  for (guint i = 0; i < layout->n_rows; i++)
    {
      const SlPayRowBox *row = &layout->rows[i];

      if (row->kind == SL_PAY_ROW_HEADER)
        header = row;
      else if (row->kind == SL_PAY_ROW_CANDIDATE && y >= row->y && y <= row->y + row->height)
        {
          char *text = hit_offer (layout, row, data, x, y);

          if (text != NULL)
            return text;
        }
    }

  if (header != NULL)
    return hit_market (layout, header, data, x, y);

  return NULL;
}

static char *
describe_offer (const SlPayRow *row,
                const char     *currency)
{
  g_autoptr(GPtrArray) parts_text = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *total = sl_money_format (sl_offer_total (row->offer), currency);
  g_autofree char *joined = NULL;
  double parts[N_PARTS];

  offer_parts (row->offer, parts);
  for (guint p = 0; p < N_PARTS; p++)
    if (parts[p] > 0)
      {
        g_autofree char *amount = sl_money_format (parts[p], currency);

        g_ptr_array_add (parts_text, g_strdup_printf (part_phrase (p), amount));
      }
  g_ptr_array_add (parts_text, NULL);
  joined = g_strjoinv (", ", (char **) parts_text->pdata);

  /* Translators: %1$s is a name, %2$s the offer's total, %3$s its parts */
  return g_strdup_printf (_("%1$s %2$s in total (%3$s)"), sl_pay_row_name (row), total, joined);
}

static char *
total_describe (const SlPayChartData *data)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) offers = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; data->rows != NULL && i < data->rows->len; i++)
    {
      const SlPayRow *row = g_ptr_array_index (data->rows, i);

      if (has_offer (row))
        g_ptr_array_add (offers, describe_offer (row, data->currency));
    }

  if (offers->len == 0)
    return g_strdup (_("No offers for this role yet."));

  if (!sl_market_entry_is_empty (data->market_total))
    {
      g_autofree char *clauses = sl_pay_describe_market (data->market_total, data->currency);

      /* Translators: %s is a list of figures, "range $130,000 to $500,000; average …" */
      g_string_append_printf (text, _("Market total pay: %s. "), clauses);
    }

  {
    guint n = offers->len;
    g_autofree char *joined = NULL;

    g_ptr_array_add (offers, NULL);
    joined = g_strjoinv ("; ", (char **) offers->pdata);
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                               "%u offer, in its first year: %s.",
                                               "%u offers, in their first year: %s.", n),
                            n, joined);
  }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GPtrArray *
total_table (const SlPayChartData *data)
{
  GPtrArray *table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const SlMarketEntry *market = data->market_total;

  g_ptr_array_add (table, sl_pay_strv (_("Name"), part_label (PART_BASE), part_label (PART_BONUS),
                                       part_label (PART_SIGN_ON), part_label (PART_EQUITY),
                                       _("Total"), NULL));

  for (guint i = 0; data->rows != NULL && i < data->rows->len; i++)
    {
      const SlPayRow *row = g_ptr_array_index (data->rows, i);
      char *cells[N_PARTS + 1];
      double parts[N_PARTS];

      if (!has_offer (row))
        continue;

      offer_parts (row->offer, parts);
      for (guint p = 0; p < N_PARTS; p++)
        cells[p] = parts[p] > 0 || p == PART_BASE ? sl_money_format (parts[p], data->currency)
                                                  : g_strdup ("—");
      cells[N_PARTS] = sl_money_format (sl_offer_total (row->offer), data->currency);

      g_ptr_array_add (table, sl_pay_strv (sl_pay_row_name (row), cells[0], cells[1], cells[2],
                                           cells[3], cells[4], NULL));
      for (guint p = 0; p <= N_PARTS; p++)
        g_free (cells[p]);
    }

  if (!sl_market_entry_is_empty (market))
    {
      if (market->has_range)
        {
          g_autofree char *range = sl_pay_format_range (market->range_min, market->range_max,
                                                        market->open_ended, data->currency);
          g_ptr_array_add (table, sl_pay_strv (_("Market total pay range"), "", "", "", "", range,
                                               NULL));
        }
      if (market->has_average)
        {
          g_autofree char *range = sl_pay_format_range (market->average_low, market->average_high,
                                                        FALSE, data->currency);
          g_ptr_array_add (table, sl_pay_strv (_("Market total pay average"), "", "", "", "", range,
                                               NULL));
        }
      for (guint i = 0; i < SL_N_PERCENTILES; i++)
        if (isfinite (market->percentiles[i]))
          {
            g_autofree char *name = g_strdup_printf (_("Market total pay %s"),
                                                     sl_pay_percentile_label (i));
            g_autofree char *amount = sl_money_format (market->percentiles[i], data->currency);
            g_ptr_array_add (table, sl_pay_strv (name, "", "", "", "", amount, NULL));
          }
      if (isfinite (market->mean))
        {
          g_autofree char *amount = sl_money_format (market->mean, data->currency);
          g_ptr_array_add (table, sl_pay_strv (_("Market total pay mean"), "", "", "", "", amount,
                                               NULL));
        }
    }

  return table;
}

const SlPayChartClass sl_pay_chart_total_class = {
  .plan = total_plan,
  .draw = total_draw,
  .hit = total_hit,
  .describe = total_describe,
  .table = total_table,
};
