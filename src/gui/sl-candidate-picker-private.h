/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sl-candidate-picker.h"

G_BEGIN_DECLS

/* The picker's list, for the tests that pick from it. */
GListModel *sl_candidate_picker_get_candidates (SlCandidatePicker *self);

G_END_DECLS
