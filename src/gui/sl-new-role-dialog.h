/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_NEW_ROLE_DIALOG (sl_new_role_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SlNewRoleDialog, sl_new_role_dialog, SL, NEW_ROLE_DIALOG, AdwWindow)

SlNewRoleDialog *sl_new_role_dialog_new (GtkWindow *parent,
                                         SlStore   *store);

G_END_DECLS
