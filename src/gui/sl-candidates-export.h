/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

void sl_candidates_export    (GtkWidget  *owner,
                              SlStore    *store,
                              gint64      role_id,
                              const char *suggested_name);
void sl_candidates_export_to (GtkWidget  *owner,
                              SlStore    *store,
                              gint64      role_id,
                              GFile      *file,
                              gboolean    byte_order_mark);

G_END_DECLS
