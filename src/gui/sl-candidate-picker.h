/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_CANDIDATE_PICKER (sl_candidate_picker_get_type ())
G_DECLARE_FINAL_TYPE (SlCandidatePicker, sl_candidate_picker, SL, CANDIDATE_PICKER, AdwWindow)

SlCandidatePicker *sl_candidate_picker_new (GtkWindow *parent,
                                            SlStore   *store,
                                            gint64     role_id);

G_END_DECLS
