/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-pay-charts.h"

G_BEGIN_DECLS

#define SL_TYPE_CHART_VIEW (sl_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (SlChartView, sl_chart_view, SL, CHART_VIEW, GtkWidget)

GtkWidget      *sl_chart_view_new         (void);
void            sl_chart_view_set_chart   (SlChartView          *self,
                                           SlPayChartKind        kind,
                                           const char           *title,
                                           const SlPayChartData *data);
SlPayChartKind  sl_chart_view_get_kind    (SlChartView          *self);
void            sl_chart_view_fill_style  (SlChartView          *self,
                                           SlChartStyle         *style);
void            sl_chart_view_export      (SlChartView          *self,
                                           const char           *format);
gboolean        sl_chart_view_export_to   (SlChartView          *self,
                                           const char           *path,
                                           int                   width,
                                           int                   height,
                                           GError              **error);

G_END_DECLS
