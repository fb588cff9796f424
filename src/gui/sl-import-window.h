/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_IMPORT_WINDOW (sl_import_window_get_type ())
G_DECLARE_FINAL_TYPE (SlImportWindow, sl_import_window, SL, IMPORT_WINDOW, AdwWindow)

GtkWidget *sl_import_window_new        (GtkWidget      *owner,
                                        SlStore        *store,
                                        gint64          role_id,
                                        GFile          *file);
SlImport  *sl_import_window_get_import (SlImportWindow *self);

G_END_DECLS
