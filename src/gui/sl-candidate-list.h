/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_CANDIDATE_LIST (sl_candidate_list_get_type ())
G_DECLARE_FINAL_TYPE (SlCandidateList, sl_candidate_list, SL, CANDIDATE_LIST, GtkBox)

SlStore    *sl_candidate_list_get_store           (SlCandidateList *self);
void        sl_candidate_list_set_store           (SlCandidateList *self,
                                                   SlStore         *store);
gint64      sl_candidate_list_get_outside_role_id (SlCandidateList *self);
void        sl_candidate_list_set_outside_role_id (SlCandidateList *self,
                                                   gint64           role_id);
const char *sl_candidate_list_get_search          (SlCandidateList *self);
void        sl_candidate_list_set_search          (SlCandidateList *self,
                                                   const char      *search);
GListModel *sl_candidate_list_get_candidates      (SlCandidateList *self);

G_END_DECLS
