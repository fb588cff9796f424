/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

void sl_packet_print         (GtkWidget  *owner,
                              SlStore    *store,
                              gint64      role_id,
                              gint64      candidate_id);
void sl_packet_print_to_file (GtkWidget  *owner,
                              SlStore    *store,
                              gint64      role_id,
                              gint64      candidate_id,
                              gboolean    blind,
                              const char *path);

G_END_DECLS
