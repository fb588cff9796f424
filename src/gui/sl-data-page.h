/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_DATA_PAGE (sl_data_page_get_type ())
G_DECLARE_FINAL_TYPE (SlDataPage, sl_data_page, SL, DATA_PAGE, AdwPreferencesPage)

SlDataPage *sl_data_page_new (GSettings *settings,
                              SlStore   *store);

G_END_DECLS
