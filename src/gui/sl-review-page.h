/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-heatmap.h"
#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_REVIEW_PAGE (sl_review_page_get_type ())
G_DECLARE_FINAL_TYPE (SlReviewPage, sl_review_page, SL, REVIEW_PAGE, GtkBox)

void                 sl_review_page_set_role     (SlReviewPage *self,
                                                  SlStore      *store,
                                                  gint64        role_id);
const SlHeatmapData *sl_review_page_get_heatmap  (SlReviewPage *self);

G_END_DECLS
