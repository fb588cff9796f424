/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-heatmap.h"

G_BEGIN_DECLS

#define SL_TYPE_HEATMAP_VIEW (sl_heatmap_view_get_type ())
G_DECLARE_FINAL_TYPE (SlHeatmapView, sl_heatmap_view, SL, HEATMAP_VIEW, GtkWidget)

GtkWidget *sl_heatmap_view_new      (void);
void       sl_heatmap_view_set_data (SlHeatmapView       *self,
                                     const SlHeatmapData *data);

G_END_DECLS
