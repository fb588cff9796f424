/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sl-store.h"

G_BEGIN_DECLS

#define SL_SAMPLE_DEFAULT_CANDIDATES 12

gboolean sl_sample_populate (SlStore *store,
                             guint    n_candidates,
                             GError **error);

G_END_DECLS
