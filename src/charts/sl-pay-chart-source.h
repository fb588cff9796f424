/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sl-pay-charts.h"
#include "sl-store.h"

G_BEGIN_DECLS

/* A role's compensation figures read from the store, with everything an
 * SlPayChartData points to. */
typedef struct
{
  SlPayChartData    data;
  SlPayBand        *band;       /* nullable */
  GPtrArray        *rows;       /* SlPayRow* */
  SlMarketDocument *document;   /* the market data set, nullable */
  GPtrArray        *overview_roles; /* SlPayOverviewRole*, for the overview */
  GPtrArray        *overview_bands; /* SlPayBand*, what overview_roles point to */
} SlPayChartSource;

void              sl_pay_chart_data_init   (SlPayChartData         *data,
                                            const char             *title,
                                            const SlPayBand        *band,
                                            GPtrArray              *rows,
                                            const SlMarketDocument *document,
                                            const char             *market_note);
void              sl_pay_chart_data_clear  (SlPayChartData         *data);

SlPayChartSource *sl_pay_chart_source_load (SlStore          *store,
                                            gint64            role_id,
                                            gint64            dataset_id,
                                            GError          **error);
SlPayChartSource *sl_pay_chart_source_load_overview (SlStore    *store,
                                                     gint64      dataset_id,
                                                     GError    **error);
void              sl_pay_chart_source_free (SlPayChartSource *source);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlPayChartSource, sl_pay_chart_source_free)

G_END_DECLS
