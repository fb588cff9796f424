/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-funnel.h"

G_BEGIN_DECLS

#define SL_TYPE_FUNNEL_VIEW (sl_funnel_view_get_type ())
G_DECLARE_FINAL_TYPE (SlFunnelView, sl_funnel_view, SL, FUNNEL_VIEW, GtkBox)

GtkWidget          *sl_funnel_view_new         (void);
void                sl_funnel_view_set_store   (SlFunnelView  *self,
                                                SlStore       *store);
void                sl_funnel_view_set_role    (SlFunnelView  *self,
                                                gint64         role_id);
gint64              sl_funnel_view_get_role    (SlFunnelView  *self);
gboolean            sl_funnel_view_get_loading (SlFunnelView  *self);
const SlFunnelData *sl_funnel_view_get_data    (SlFunnelView  *self);
gboolean            sl_funnel_view_export_to   (SlFunnelView  *self,
                                                const char    *path,
                                                int            width,
                                                int            height,
                                                GError       **error);

G_END_DECLS
