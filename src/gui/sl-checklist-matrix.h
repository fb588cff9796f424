/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_CHECKLIST_MATRIX (sl_checklist_matrix_get_type ())
G_DECLARE_FINAL_TYPE (SlChecklistMatrix, sl_checklist_matrix, SL, CHECKLIST_MATRIX, GtkBox)

void        sl_checklist_matrix_set_role    (SlChecklistMatrix *self,
                                             SlStore           *store,
                                             gint64             role_id);
GListModel *sl_checklist_matrix_get_model   (SlChecklistMatrix *self);

G_END_DECLS
