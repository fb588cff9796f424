/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-pay-charts.h"
#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_COMPENSATION_PAGE (sl_compensation_page_get_type ())
G_DECLARE_FINAL_TYPE (SlCompensationPage, sl_compensation_page, SL, COMPENSATION_PAGE, GtkBox)

void                  sl_compensation_page_set_role       (SlCompensationPage *self,
                                                           SlStore            *store,
                                                           gint64              role_id);
const SlPayChartData *sl_compensation_page_get_chart_data (SlCompensationPage *self);

G_END_DECLS
