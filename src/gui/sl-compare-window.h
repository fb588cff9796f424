/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-heatmap.h"
#include "sl-store.h"

G_BEGIN_DECLS

#define SL_COMPARE_MIN 2
#define SL_COMPARE_MAX 4

GtkWidget *sl_compare_window_new (GtkWindow           *parent,
                                  SlStore             *store,
                                  const SlHeatmapData *heatmap,
                                  const guint         *rows,
                                  guint                n_rows,
                                  GError             **error);

G_END_DECLS
