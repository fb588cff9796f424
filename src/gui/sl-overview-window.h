/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_OVERVIEW_WINDOW (sl_overview_window_get_type ())
G_DECLARE_FINAL_TYPE (SlOverviewWindow, sl_overview_window, SL, OVERVIEW_WINDOW, AdwWindow)

SlOverviewWindow *sl_overview_window_new (GtkWindow *parent,
                                          SlStore   *store);

G_END_DECLS
