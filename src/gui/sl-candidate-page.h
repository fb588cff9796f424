/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_CANDIDATE_PAGE (sl_candidate_page_get_type ())
G_DECLARE_FINAL_TYPE (SlCandidatePage, sl_candidate_page, SL, CANDIDATE_PAGE, GtkBox)

SlStore *sl_candidate_page_get_store        (SlCandidatePage *self);
void     sl_candidate_page_set_store        (SlCandidatePage *self,
                                             SlStore         *store);
gint64   sl_candidate_page_get_candidate_id (SlCandidatePage *self);
void     sl_candidate_page_set_candidate_id (SlCandidatePage *self,
                                             gint64           candidate_id);

G_END_DECLS
