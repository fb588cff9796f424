/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

GtkWidget *sl_decision_dialog_new (GtkWidget  *owner,
                                   SlStore    *store,
                                   gint64      application_id,
                                   const char *candidate_label,
                                   const char *participants);

G_END_DECLS
