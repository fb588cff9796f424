/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sl-candidate-page.h"
#include "sl-candidates-page.h"
#include "sl-role-page.h"
#include "sl-window.h"

G_BEGIN_DECLS

/* The window's parts, for the tests that drive it. */
GtkListBox       *sl_window_get_sidebar               (SlWindow *self);
SlRolePage       *sl_window_get_role_page             (SlWindow *self);
SlCandidatesPage *sl_window_get_candidates_page       (SlWindow *self);
SlCandidatePage  *sl_window_get_candidate_page        (SlWindow *self);
const char       *sl_window_get_visible_page          (SlWindow *self);
guint             sl_window_get_n_pending_deletions   (SlWindow *self);

G_END_DECLS
