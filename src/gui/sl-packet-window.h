/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-packet.h"
#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_PACKET_WINDOW (sl_packet_window_get_type ())
G_DECLARE_FINAL_TYPE (SlPacketWindow, sl_packet_window, SL, PACKET_WINDOW, AdwWindow)

void            sl_packet_export        (GtkWidget  *owner,
                                         SlStore    *store,
                                         gint64      role_id,
                                         gint64      candidate_id);
SlPacketWindow *sl_packet_window_new    (GtkWidget  *owner,
                                         SlStore    *store,
                                         gint64      role_id,
                                         gint64      candidate_id,
                                         GFile      *file,
                                         gboolean    blind,
                                         SlPaper     paper);

G_END_DECLS
