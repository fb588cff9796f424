/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-util.h: what the benchmarks share */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

double bench_percentile      (double     *times,
                              guint       n_times,
                              double      fraction);
void   bench_remove_database (const char *path);

G_END_DECLS
