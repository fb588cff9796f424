/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-app.h"
#include "sl-maintenance.h"
#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_WINDOW (sl_window_get_type ())
G_DECLARE_FINAL_TYPE (SlWindow, sl_window, SL, WINDOW, AdwApplicationWindow)

SlWindow *sl_window_new              (SlApp               *app,
                                      SlStore             *store);
SlStore  *sl_window_get_store        (SlWindow            *self);
void      sl_window_show_open_error  (SlWindow            *self,
                                      const GError        *error);
void      sl_window_show_maintenance (SlWindow            *self,
                                      const SlMaintenance *maintenance);
void      sl_window_show_toast       (SlWindow            *self,
                                      const char          *message);
gboolean  sl_window_start_benchmark  (SlWindow            *self,
                                      const char          *mode);

G_END_DECLS
