/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_CANDIDATE_TABLE (sl_candidate_table_get_type ())
G_DECLARE_FINAL_TYPE (SlCandidateTable, sl_candidate_table, SL, CANDIDATE_TABLE, GtkBox)

SlStore           *sl_candidate_table_get_store           (SlCandidateTable *self);
void               sl_candidate_table_set_store           (SlCandidateTable *self,
                                                           SlStore          *store);
void               sl_candidate_table_set_search          (SlCandidateTable *self,
                                                           const char       *search);
GListModel        *sl_candidate_table_get_candidates      (SlCandidateTable *self);
GtkScrolledWindow *sl_candidate_table_get_scrolled_window (SlCandidateTable *self);
GtkColumnView     *sl_candidate_table_get_column_view     (SlCandidateTable *self);

G_END_DECLS
