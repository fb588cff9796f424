/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-scorecard.h"
#include "sl-store.h"

G_BEGIN_DECLS

#define SL_TYPE_SCORECARD_WINDOW (sl_scorecard_window_get_type ())
G_DECLARE_FINAL_TYPE (SlScorecardWindow, sl_scorecard_window, SL, SCORECARD_WINDOW, AdwWindow)

SlScorecardWindow *sl_scorecard_window_new           (GtkWindow         *parent,
                                                      SlStore           *store,
                                                      const SlInterview *interview,
                                                      const char        *candidate_name,
                                                      GError           **error);
SlScorecardWindow *sl_scorecard_window_new_read_only (GtkWindow         *parent,
                                                      SlStore           *store,
                                                      const SlInterview *interview,
                                                      const char        *candidate_name,
                                                      const SlScorecard *scorecard,
                                                      GError           **error);
const SlScorecard *sl_scorecard_window_get_scorecard (SlScorecardWindow *self);
gboolean           sl_scorecard_window_save          (SlScorecardWindow *self,
                                                      GError           **error);

G_END_DECLS
