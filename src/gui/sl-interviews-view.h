/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_INTERVIEWS_VIEW (sl_interviews_view_get_type ())
G_DECLARE_FINAL_TYPE (SlInterviewsView, sl_interviews_view, SL, INTERVIEWS_VIEW, AdwPreferencesGroup)

GtkWidget *sl_interviews_view_new                (SlStore          *store,
                                                  SlApplication    *application);
gint64     sl_interviews_view_get_application_id (SlInterviewsView *self);

G_END_DECLS
