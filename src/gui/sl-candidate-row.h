/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sl-candidate.h"

G_BEGIN_DECLS

#define SL_TYPE_CANDIDATE_ROW (sl_candidate_row_get_type ())
G_DECLARE_FINAL_TYPE (SlCandidateRow, sl_candidate_row, SL, CANDIDATE_ROW, GtkBox)

GtkWidget   *sl_candidate_row_new           (void);
SlCandidate *sl_candidate_row_get_candidate (SlCandidateRow *self);
void         sl_candidate_row_set_candidate (SlCandidateRow *self,
                                             SlCandidate    *candidate);

G_END_DECLS
