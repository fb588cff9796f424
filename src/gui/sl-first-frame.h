/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*SlFirstFrameFunc) (GtkWindow *window,
                                  gpointer   user_data);

void sl_first_frame_watch (GtkWindow        *window,
                           SlFirstFrameFunc  func,
                           gpointer          user_data);

G_END_DECLS
