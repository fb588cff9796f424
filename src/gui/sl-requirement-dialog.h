/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_REQUIREMENT_DIALOG (sl_requirement_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SlRequirementDialog, sl_requirement_dialog, SL, REQUIREMENT_DIALOG, AdwWindow)

SlRequirementDialog *sl_requirement_dialog_new (GtkWindow           *parent,
                                                SlStore             *store,
                                                gint64               role_id,
                                                const SlRequirement *requirement);

G_END_DECLS
