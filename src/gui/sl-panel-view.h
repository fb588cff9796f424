/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_PANEL_VIEW (sl_panel_view_get_type ())
G_DECLARE_FINAL_TYPE (SlPanelView, sl_panel_view, SL, PANEL_VIEW, GtkBox)

GtkWidget *sl_panel_view_new             (void);
void       sl_panel_view_set_application (SlPanelView *self,
                                          SlStore     *store,
                                          gint64       application_id,
                                          const char  *candidate_label);
guint      sl_panel_view_get_n_scorecards (SlPanelView *self);

G_END_DECLS
