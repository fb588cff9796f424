/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_BOARD_VIEW (sl_board_view_get_type ())
G_DECLARE_FINAL_TYPE (SlBoardView, sl_board_view, SL, BOARD_VIEW, GtkBox)

GtkWidget  *sl_board_view_new             (void);
void        sl_board_view_set_role        (SlBoardView *self,
                                           SlStore     *store,
                                           gint64       role_id);
GListModel *sl_board_view_get_stage_model (SlBoardView *self,
                                           gint64       stage_id);

G_END_DECLS
