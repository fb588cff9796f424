/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_ROLE_PAGE (sl_role_page_get_type ())
G_DECLARE_FINAL_TYPE (SlRolePage, sl_role_page, SL, ROLE_PAGE, GtkBox)

SlStore    *sl_role_page_get_store      (SlRolePage *self);
void        sl_role_page_set_store      (SlRolePage *self,
                                         SlStore    *store);
gint64      sl_role_page_get_role_id    (SlRolePage *self);
void        sl_role_page_set_role_id    (SlRolePage *self,
                                         gint64      role_id);
GListModel *sl_role_page_get_candidates (SlRolePage *self);
void        sl_role_page_focus_search   (SlRolePage *self);

G_END_DECLS
