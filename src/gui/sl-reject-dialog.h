/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

GtkWidget *sl_reject_dialog_new (GtkWidget  *owner,
                                 SlStore    *store,
                                 gint64      application_id,
                                 gint64      stage_id,
                                 const char *candidate_name);

G_END_DECLS
