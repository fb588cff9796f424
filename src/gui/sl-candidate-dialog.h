/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_CANDIDATE_DIALOG (sl_candidate_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SlCandidateDialog, sl_candidate_dialog, SL, CANDIDATE_DIALOG, AdwWindow)

SlCandidateDialog *sl_candidate_dialog_new (GtkWindow   *parent,
                                            SlStore     *store,
                                            SlCandidate *candidate,
                                            gint64       role_id);

G_END_DECLS
