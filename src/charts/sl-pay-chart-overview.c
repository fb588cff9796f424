/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The compensation overview: every role's band against the market for it,
 * one row a role, on one money axis. */
#define G_LOG_DOMAIN "shortlist-pay-charts"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "sl-money.h"
#include "sl-pay-charts-private.h"

/* A row with room for a line of figures above its market band and one
 * below it; smaller rows show the bands alone. */
#define ROLE_MAX_LINES    3.8
#define ROLE_LABEL_LINES  3.4

static gboolean
has_market (const SlMarketEntry *market)
{
  return market != NULL && (market->has_range || market->has_average);
}

static const char *
role_title (const SlPayOverviewRole *role)
{
  return role->title != NULL ? role->title : "";
}

static gboolean
overview_plan (SlPayLayout          *layout,
               SlPainter            *painter,
               const SlPayChartData *data,
               double               *min,
               double               *max)
{
  gboolean any_range = FALSE;
  gboolean any_average = FALSE;
  gboolean any_band = FALSE;
  gboolean any_mid = FALSE;

  if (data->roles == NULL || data->roles->len == 0)
    {
      layout->empty_text = _("No open roles yet");
      return FALSE;
    }

  for (guint i = 0; i < data->roles->len; i++)
    {
      const SlPayOverviewRole *role = g_ptr_array_index (data->roles, i);
      const SlMarketEntry *market = role->market;

      if (has_market (market) && market->has_range)
        {
          sl_pay_include (min, max, market->range_min);
          sl_pay_include (min, max, market->range_max);
          any_range = TRUE;
        }
      if (has_market (market) && market->has_average)
        {
          sl_pay_include (min, max, market->average_low);
          sl_pay_include (min, max, market->average_high);
          any_average = TRUE;
        }
      if (role->band != NULL)
        {
          sl_pay_include (min, max, role->band->min);
          sl_pay_include (min, max, role->band->max);
          any_band = TRUE;
          any_mid |= isfinite (role->band->mid);
        }

      sl_pay_layout_add_row (layout, SL_PAY_ROW_ROLE, i, 0, 0);
      sl_pay_layout_want_label (layout, painter, role_title (role), FALSE);
    }

  if (any_range)
    sl_pay_layout_add_legend (layout, SL_MARK_RANGE, _("Market range"));
  if (any_average)
    sl_pay_layout_add_legend (layout, SL_MARK_AVERAGE, _("Market average"));
  if (any_band)
    sl_pay_layout_add_legend (layout, SL_MARK_BAND, _("Role’s band"));
  if (any_mid)
    sl_pay_layout_add_legend (layout, SL_MARK_MIDPOINT, _("Midpoint"));

  /* Rows that only say they have no figures need no scale. */
  if (!isfinite (*min))
    layout->show_ticks = FALSE;

  /* Room past each open-ended range for it to fade out, once the axis
   * knows where it starts. */
  for (guint i = 0; i < data->roles->len && isfinite (*min); i++)
    {
      const SlPayOverviewRole *role = g_ptr_array_index (data->roles, i);
      const SlMarketEntry *market = role->market;

      if (has_market (market) && market->has_range && market->open_ended)
        *max = MAX (*max, market->range_max + 0.12 * (market->range_max - *min));
    }

  layout->max_row_lines = ROLE_MAX_LINES;

  return TRUE;
}

/* The bands keep a gap between rows however many roles there are. */
static double
market_band_height (const SlPayLayout *layout,
                    const SlPayRowBox *row)
{
  return round (MIN (layout->line * 1.2, row->height * 0.75));
}

/* Half the market's, so that the average shows above and below the
 * role's band where they overlap. */
static double
band_bar_height (const SlPayLayout *layout,
                 const SlPayRowBox *row)
{
  return round (market_band_height (layout, row) / 2);
}

/* Only the range and the average: the overview compares bands with where
 * the market pays, and its table has no columns for more. */
static SlMarketEntry
market_shown (const SlMarketEntry *market)
{
  SlMarketEntry shown = *market;

  shown.mean = NAN;
  for (guint i = 0; i < SL_N_PERCENTILES; i++)
    shown.percentiles[i] = NAN;

  return shown;
}

static void
draw_role (SlPainter               *painter,
           const SlPayLayout       *layout,
           const SlPayRowBox       *row,
           const SlPayOverviewRole *role,
           const char              *currency)
{
  const SlChartStyle *style = painter->style;
  const SlPayBand *band = role->band;
  double line = layout->line;
  double market_height = market_band_height (layout, row);
  double bar_height = band_bar_height (layout, row);
  double min_x = layout->plot_x - layout->margin / 2;
  double max_x = layout->width - layout->margin / 2;
  double above = row->center - market_height / 2 - line * 0.1 - line / 2;
  double below = row->center + market_height / 2 + line * 0.1 + line / 2;
  gboolean labels = row->height >= ROLE_LABEL_LINES * line;

  if (!has_market (role->market) && band == NULL)
    {
      const char *text = _("No band or market data");
      double width = MIN (sl_painter_measure (painter, text, FALSE), layout->plot_width);

      /* Cleared of the grid lines behind it, to read as easily as a name. */
      cairo_rectangle (painter->cr, layout->plot_x - 1, row->center - line / 2, width + 2, line);
      sl_painter_set_color (painter, &style->background, 1);
      cairo_fill (painter->cr);

      sl_painter_set_color (painter, &style->foreground, 0.6);
      sl_painter_text (painter, text, layout->plot_x, row->center, SL_ALIGN_START, FALSE,
                       layout->plot_width);
      return;
    }

  if (has_market (role->market))
    {
      SlMarketEntry market = market_shown (role->market);

      sl_painter_range_band (painter, layout, &market, row->center - market_height / 2,
                             market_height);
    }

  if (band != NULL)
    {
      double x0 = sl_pay_layout_x (layout, band->min);
      double x1 = sl_pay_layout_x (layout, band->max);
      double top = row->center - bar_height / 2;

      /* The band stands in front of the market: what lies behind it does
       * not tint it. */
      cairo_rectangle (painter->cr, x0, top, MAX (x1 - x0, 1), bar_height);
      sl_painter_set_color (painter, &style->background, 1);
      cairo_fill (painter->cr);
      sl_painter_segment (painter, SL_MARK_BAND, x0, top, MAX (x1 - x0, 1), bar_height);
      if (isfinite (band->mid))
        sl_painter_mark (painter, SL_MARK_MIDPOINT, sl_pay_layout_x (layout, band->mid),
                         row->center);
    }

  if (!labels)
    return;

  /* The role's own figures first, below its band; the market's above,
   * where they have room, as the salary chart prints them. */
  if (band != NULL)
    {
      g_autofree char *text = sl_pay_format_short_range (band->min, band->max, FALSE, currency);

      sl_painter_set_color (painter, &style->foreground, 1);
      sl_painter_label (painter, text, sl_pay_layout_x (layout, (band->min + band->max) / 2),
                        below, SL_ALIGN_CENTER, min_x, max_x);
    }

  if (has_market (role->market))
    {
      const SlMarketEntry *market = role->market;

      sl_painter_set_color (painter, &style->foreground, 0.85);

      if (market->has_average)
        {
          double middle = sl_pay_layout_x (layout,
                                           (market->average_low + market->average_high) / 2);
          g_autofree char *text = sl_pay_format_short_range (market->average_low,
                                                             market->average_high, FALSE,
                                                             currency);

          sl_painter_label (painter, text, middle, above, SL_ALIGN_CENTER, min_x, max_x);
        }

      if (market->has_range)
        {
          g_autofree char *text = sl_pay_format_short_range (market->range_min, market->range_max,
                                                             market->open_ended, currency);
          double x0 = sl_pay_layout_x (layout, market->range_min);
          double x1 = market->open_ended ? sl_pay_layout_open_end (layout, market)
                                         : sl_pay_layout_x (layout, market->range_max);
          double gap = line * 0.4;

          /* Above the range, else beside it, past the arrow of an open
           * end. */
          if (!sl_painter_label (painter, text, x0, above, SL_ALIGN_START, min_x, max_x) &&
              !sl_painter_label (painter, text, sl_pay_layout_x (layout, market->range_max), above,
                                 SL_ALIGN_END, min_x, max_x) &&
              !sl_painter_label (painter, text, x1 + gap, row->center, SL_ALIGN_START,
                                 min_x, max_x))
            sl_painter_label (painter, text, x0 - gap, row->center, SL_ALIGN_END, min_x, max_x);
        }
    }
}

static void
overview_draw (SlPainter            *painter,
               const SlPayLayout    *layout,
               const SlPayChartData *data)
{
  for (guint i = 0; i < layout->n_rows; i++)
    {
      const SlPayRowBox *row = &layout->rows[i];
      const SlPayOverviewRole *role = g_ptr_array_index (data->roles, row->index);

      sl_painter_set_color (painter, &painter->style->foreground, 1);
      sl_painter_text (painter, role_title (role), layout->label_x, row->center,
                       SL_ALIGN_START, FALSE, layout->label_width);

      draw_role (painter, layout, row, role, data->currency);
    }
}

/* What lies under the pointer, front to back: the role's band, the
 * market's average, its range. */
static char *
hit_role (const SlPayLayout       *layout,
          const SlPayRowBox       *row,
          const SlPayOverviewRole *role,
          const char              *currency,
          double                   x,
          double                   y)
{
  const SlMarketEntry *market = role->market;
  const SlPayBand *band = role->band;
  double market_height = market_band_height (layout, row);
  double market_top = row->center - market_height / 2;
  double bar_height = band_bar_height (layout, row);
  double bar_top = row->center - bar_height / 2;

  if (band != NULL &&
      sl_pay_in_box (x, y, sl_pay_layout_x (layout, band->min), bar_top,
                     sl_pay_layout_x (layout, band->max), bar_top + bar_height))
    {
      g_autofree char *range = sl_pay_format_range (band->min, band->max, FALSE, currency);
      g_autofree char *mid = NULL;

      if (!isfinite (band->mid))
        /* Translators: %1$s is a role, %2$s a range of pay */
        return g_strdup_printf (_("%1$s, band: %2$s"), role_title (role), range);

      mid = sl_money_format (band->mid, currency);
      /* Translators: %1$s is a role, %2$s a range of pay, %3$s an amount */
      return g_strdup_printf (_("%1$s, band: %2$s (midpoint %3$s)"), role_title (role), range, mid);
    }

  if (!has_market (market))
    return NULL;

  if (market->has_average &&
      sl_pay_in_box (x, y, sl_pay_layout_x (layout, market->average_low), market_top,
                     sl_pay_layout_x (layout, market->average_high), market_top + market_height))
    {
      g_autofree char *range = sl_pay_format_range (market->average_low, market->average_high,
                                                    FALSE, currency);

      /* Translators: %1$s is a role, %2$s a range of pay */
      return g_strdup_printf (_("%1$s, market average: %2$s"), role_title (role), range);
    }

  if (market->has_range &&
      sl_pay_in_box (x, y, sl_pay_layout_x (layout, market->range_min), market_top,
                     market->open_ended ? sl_pay_layout_open_end (layout, market)
                                        : sl_pay_layout_x (layout, market->range_max),
                     market_top + market_height))
    {
      g_autofree char *range = sl_pay_format_range (market->range_min, market->range_max,
                                                    market->open_ended, currency);

      /* Translators: %1$s is a role, %2$s a range of pay */
      return g_strdup_printf (_("%1$s, market range: %2$s"), role_title (role), range);
    }

  return NULL;
}

static char *
overview_hit (const SlPayLayout    *layout,
              const SlPayChartData *data,
              double                x,
              double                y)
{
  for (guint i = 0; i < layout->n_rows; i++)
    {
      const SlPayRowBox *row = &layout->rows[i];
      char *text;

      if (y < row->y - SL_PAY_HIT_DISTANCE || y > row->y + row->height + SL_PAY_HIT_DISTANCE)
        continue;

      text = hit_role (layout, row, g_ptr_array_index (data->roles, row->index), data->currency,
                       x, y);
      if (text != NULL)
        return text;
    }

  return NULL;
}

static char *
describe_role (const SlPayOverviewRole *role,
               const char              *currency)
{
  g_autoptr(GPtrArray) clauses = g_ptr_array_new_with_free_func (g_free);
  const SlPayBand *band = role->band;

  if (band == NULL && !has_market (role->market))
    /* Translators: %s is a role */
    return g_strdup_printf (_("%s: no band or market data."), role_title (role));

  if (band != NULL)
    {
      g_autofree char *low = sl_money_format (band->min, currency);
      g_autofree char *high = sl_money_format (band->max, currency);

      if (isfinite (band->mid))
        {
          g_autofree char *mid = sl_money_format (band->mid, currency);

          g_ptr_array_add (clauses,
                           g_strdup_printf (_("band %s to %s, midpoint %s"), low, high, mid));
        }
      else
        g_ptr_array_add (clauses, g_strdup_printf (_("band %s to %s"), low, high));
    }
  else
    g_ptr_array_add (clauses, g_strdup (_("no band")));

  if (has_market (role->market))
    {
      SlMarketEntry market = market_shown (role->market);
      g_autofree char *figures = sl_pay_describe_market (&market, currency);

      /* Translators: %s is a list of figures, "range $130,000 to $500,000; average …" */
      g_ptr_array_add (clauses, g_strdup_printf (_("market %s"), figures));
    }
  else
    g_ptr_array_add (clauses, g_strdup (_("no market data")));

  g_ptr_array_add (clauses, NULL);

  {
    g_autofree char *joined = g_strjoinv ("; ", (char **) clauses->pdata);

    /* Translators: a role and its figures, "VP of Engineering: band …; market …." */
    return g_strdup_printf (_("%s: %s."), role_title (role), joined);
  }
}

static char *
overview_describe (const SlPayChartData *data)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = data->roles != NULL ? data->roles->len : 0;

  if (n == 0)
    return g_strdup (_("No open roles yet."));

  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                             "Compensation of %u role.",
                                             "Compensation of %u roles.", n),
                          n);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *role = describe_role (g_ptr_array_index (data->roles, i), data->currency);

      g_string_append_c (text, ' ');
      g_string_append (text, role);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* An amount, or a dash for a figure there is not. */
static char *
format_amount (double      amount,
               const char *currency)
{
  return isfinite (amount) ? sl_money_format (amount, currency) : g_strdup ("—");
}

static GPtrArray *
overview_table (const SlPayChartData *data)
{
  GPtrArray *table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  g_ptr_array_add (table, sl_pay_strv (_("Role"), _("Band minimum"), _("Midpoint"),
                                       _("Band maximum"), _("Market range"), _("Market average"),
                                       NULL));

  for (guint i = 0; data->roles != NULL && i < data->roles->len; i++)
    {
      const SlPayOverviewRole *role = g_ptr_array_index (data->roles, i);
      const SlPayBand *band = role->band;
      const SlMarketEntry *market = has_market (role->market) ? role->market : NULL;
      g_autofree char *low = format_amount (band != NULL ? band->min : NAN, data->currency);
      g_autofree char *mid = format_amount (band != NULL ? band->mid : NAN, data->currency);
      g_autofree char *high = format_amount (band != NULL ? band->max : NAN, data->currency);
      g_autofree char *range = NULL;
      g_autofree char *average = NULL;

      range = market != NULL && market->has_range
                ? sl_pay_format_range (market->range_min, market->range_max, market->open_ended,
                                       data->currency)
                : g_strdup ("—");
      average = market != NULL && market->has_average
                  ? sl_pay_format_range (market->average_low, market->average_high, FALSE,
                                         data->currency)
                  : g_strdup ("—");

      g_ptr_array_add (table,
                       sl_pay_strv (role_title (role), low, mid, high, range, average, NULL));
    }

  return table;
}

const SlPayChartClass sl_pay_chart_overview_class = {
  .plan = overview_plan,
  .draw = overview_draw,
  .hit = overview_hit,
  .describe = overview_describe,
  .table = overview_table,
};
