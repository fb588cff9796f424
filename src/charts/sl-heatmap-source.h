/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sl-committee.h"
#include "sl-heatmap.h"
#include "sl-store.h"

G_BEGIN_DECLS

void     sl_heatmap_data_init_from_ratings (SlHeatmapData     *data,
                                            const char        *role_title,
                                            GPtrArray         *ratings,
                                            GPtrArray         *competencies,
                                            gboolean           hide_names,
                                            SlCommitteeStats **stats);

gboolean sl_heatmap_data_load (SlHeatmapData     *data,
                               SlStore           *store,
                               gint64             role_id,
                               gint64             viewer_person_id,
                               gboolean           hide_names,
                               SlCommitteeStats **stats,
                               GError           **error);

G_END_DECLS
