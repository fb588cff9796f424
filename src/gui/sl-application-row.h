/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sl-application.h"

G_BEGIN_DECLS

#define SL_TYPE_APPLICATION_ROW (sl_application_row_get_type ())
G_DECLARE_FINAL_TYPE (SlApplicationRow, sl_application_row, SL, APPLICATION_ROW, GtkBox)

GtkWidget     *sl_application_row_new             (void);
SlApplication *sl_application_row_get_application (SlApplicationRow *self);
void           sl_application_row_set_application (SlApplicationRow *self,
                                                   SlApplication    *application);
GListModel    *sl_application_row_get_stages      (SlApplicationRow *self);
void           sl_application_row_set_stages      (SlApplicationRow *self,
                                                   GListModel       *stages);

G_END_DECLS
