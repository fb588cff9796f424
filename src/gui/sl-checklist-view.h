/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_CHECKLIST_VIEW (sl_checklist_view_get_type ())
G_DECLARE_FINAL_TYPE (SlChecklistView, sl_checklist_view, SL, CHECKLIST_VIEW, GtkBox)

GtkWidget *sl_checklist_view_new                (SlStore         *store,
                                                 gint64           application_id);
gint64     sl_checklist_view_get_application_id (SlChecklistView *self);

G_END_DECLS
