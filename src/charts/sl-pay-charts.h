/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-pay-charts.h: the compensation charts: salary ranges, total
 * compensation, band fit, and the overview of every role's band */

#pragma once

#include "sl-chart.h"
#include "sl-compensation.h"
#include "sl-market.h"

G_BEGIN_DECLS

/* One row of the overview: a role, its band and the market for it, in the
 * chart's currency. */
typedef struct
{
  char                *title;
  const SlPayBand     *band;           /* nullable */
  const SlMarketEntry *market;         /* nullable: base pay for the role */
} SlPayOverviewRole;

/* What the compensation charts show. The market entries are those of one
 * data set, for the role's location; either may be NULL. */
typedef struct
{
  char                *title;          /* the role */
  char                *currency;       /* of the band, the pay and the offers */
  const SlMarketEntry *market_base;    /* nullable */
  const SlMarketEntry *market_total;   /* nullable */
  char                *market_note;    /* "Source: …, as of …", nullable */
  const SlPayBand     *band;           /* nullable */
  GPtrArray           *rows;           /* SlPayRow*, not owned */
  GPtrArray           *roles;          /* SlPayOverviewRole*, not owned; only for SL_PAY_CHART_OVERVIEW */

  /* A chart drawn in parts, some of the rows each, has one axis for all:
   * it reaches from extent_min to extent_max at least. */
  gboolean             fixed_extent;
  double               extent_min;
  double               extent_max;
} SlPayChartData;

typedef enum
{
  SL_PAY_CHART_SALARY,      /* market bands, the role's band, asks and offers */
  SL_PAY_CHART_TOTAL_COMP,  /* each offer's total, stacked, against the market's total pay */
  SL_PAY_CHART_BAND_FIT,    /* compa-ratio and range penetration per candidate */
  SL_PAY_CHART_OVERVIEW,    /* every role's band against its market */
} SlPayChartKind;

/* Draws one of the charts; an SlChartDrawFunc for @kind's data. */
void     sl_pay_chart_draw     (cairo_t              *cr,
                                SlPayChartKind        kind,
                                const SlPayChartData *data,
                                const SlChartStyle   *style,
                                double                width,
                                double                height);

/* What the mark under (@x, @y) shows, in words, with its exact value:
 * "Dana Reyes, expectation: $240,000". NULL when there is none. */
char    *sl_pay_chart_hit      (SlPayChartKind        kind,
                                const SlPayChartData *data,
                                const SlChartStyle   *style,
                                double                width,
                                double                height,
                                double                x,
                                double                y);

/* A summary of the chart's figures for screen readers. */
char    *sl_pay_chart_describe (SlPayChartKind        kind,
                                const SlPayChartData *data);

/* The same numbers as the chart, as rows of cells with a header row first,
 * for a table view and for tests. Each row is a GStrv. */
GPtrArray *sl_pay_chart_table  (SlPayChartKind        kind,
                                const SlPayChartData *data);

G_END_DECLS
