/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_STAGES_VIEW (sl_stages_view_get_type ())
G_DECLARE_FINAL_TYPE (SlStagesView, sl_stages_view, SL, STAGES_VIEW, AdwPreferencesGroup)

void sl_stages_view_set_role (SlStagesView *self,
                              SlStore      *store,
                              gint64        role_id);

G_END_DECLS
