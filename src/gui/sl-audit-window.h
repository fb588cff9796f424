/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_AUDIT_WINDOW (sl_audit_window_get_type ())
G_DECLARE_FINAL_TYPE (SlAuditWindow, sl_audit_window, SL, AUDIT_WINDOW, AdwWindow)

GtkWidget  *sl_audit_window_new         (GtkWindow     *parent,
                                         SlStore       *store,
                                         gint64         candidate_id,
                                         const char    *candidate_name);
GListModel *sl_audit_window_get_entries (SlAuditWindow *self);

G_END_DECLS
