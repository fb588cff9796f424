/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_CANDIDATES_PAGE (sl_candidates_page_get_type ())
G_DECLARE_FINAL_TYPE (SlCandidatesPage, sl_candidates_page, SL, CANDIDATES_PAGE, GtkBox)

SlStore    *sl_candidates_page_get_store      (SlCandidatesPage *self);
void        sl_candidates_page_set_store      (SlCandidatesPage *self,
                                               SlStore          *store);
GListModel *sl_candidates_page_get_candidates (SlCandidatesPage *self);
void        sl_candidates_page_focus_search   (SlCandidatesPage *self);
GtkScrolledWindow *
            sl_candidates_page_get_scrolled_window (SlCandidatesPage *self);

G_END_DECLS
