/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sl-role.h"

G_BEGIN_DECLS

#define SL_TYPE_ROLE_ROW (sl_role_row_get_type ())
G_DECLARE_FINAL_TYPE (SlRoleRow, sl_role_row, SL, ROLE_ROW, GtkListBoxRow)

GtkWidget *sl_role_row_new         (SlRole    *role);
SlRole    *sl_role_row_get_role    (SlRoleRow *self);
void       sl_role_row_set_role    (SlRoleRow *self,
                                    SlRole    *role);
gint64     sl_role_row_get_role_id (SlRoleRow *self);

G_END_DECLS
