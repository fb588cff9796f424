/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_APP (sl_app_get_type ())
G_DECLARE_FINAL_TYPE (SlApp, sl_app, SL, APP, AdwApplication)

SlApp     *sl_app_new          (void);
SlStore   *sl_app_get_store    (SlApp *self);
GSettings *sl_app_get_settings (SlApp *self);

G_END_DECLS
