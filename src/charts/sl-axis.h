/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A linear value axis with "nice" ticks: steps of 1, 2 or 5 times a power
 * of ten, and bounds on a step, so labels read $100K, $200K, ... */
typedef struct
{
  double min;
  double max;
  double step;
  guint n_ticks;
} SlAxis;

void   sl_axis_init     (SlAxis *axis,
                         double  data_min,
                         double  data_max,
                         guint   max_ticks);
double sl_axis_tick     (const SlAxis *axis,
                         guint         index);
double sl_axis_position (const SlAxis *axis,
                         double        value,
                         double        length);

G_END_DECLS
