/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_MATRIX_ROW (sl_matrix_row_get_type ())
G_DECLARE_FINAL_TYPE (SlMatrixRow, sl_matrix_row, SL, MATRIX_ROW, GtkWidget)

GtkWidget  *sl_matrix_row_new              (void);
void        sl_matrix_row_set_application  (SlMatrixRow   *self,
                                            SlApplication *application,
                                            GPtrArray     *requirements,
                                            guint          position);
guint       sl_matrix_row_get_position     (SlMatrixRow   *self);
gboolean    sl_matrix_row_focus_cell       (SlMatrixRow   *self,
                                            guint          column);
const char *sl_matrix_row_get_description  (SlMatrixRow   *self,
                                            guint          column);

G_END_DECLS
