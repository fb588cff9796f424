/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-axis"

#include "config.h"

#include <math.h>

#include "sl-axis.h"

static double
nice_step (double range,
           guint  max_ticks)
{
  double rough = range / MAX (max_ticks - 1, 1);
  double magnitude = pow (10, floor (log10 (rough)));
  double fraction = rough / magnitude;

  if (fraction <= 1)
    return magnitude;
  if (fraction <= 2)
    return 2 * magnitude;
  if (fraction <= 5)
    return 5 * magnitude;
  return 10 * magnitude;
}

/**
 * sl_axis_init:
 * @data_min: the smallest value to show
 * @data_max: the largest value to show
 * @max_ticks: how many ticks fit; at least 3 are always allowed, since a
 *   range around zero needs one below, zero, and one above
 *
 * Chooses bounds that enclose the data on a nice step, with at most
 * @max_ticks ticks.
 */
void
sl_axis_init (SlAxis *axis,
              double  data_min,
              double  data_max,
              guint   max_ticks)
{
  g_return_if_fail (axis != NULL);
  g_return_if_fail (isfinite (data_min) && isfinite (data_max));

  max_ticks = MAX (max_ticks, 3);

  if (data_min > data_max)
    {
      double tmp = data_min;
      data_min = data_max;
      data_max = tmp;
    }

  /* A single value still gets an axis around it. */
  if (data_max - data_min < 1e-9 * MAX (fabs (data_max), 1))
    {
      double pad = data_max != 0 ? fabs (data_max) * 0.1 : 1;
      data_min -= pad;
      data_max += pad;
    }

  axis->step = nice_step (data_max - data_min, max_ticks);
  axis->min = floor (data_min / axis->step) * axis->step;
  axis->max = ceil (data_max / axis->step) * axis->step;

  /* Rounding the bounds outwards can add a tick too many; widen the step
   * until they fit. */
  while (lround ((axis->max - axis->min) / axis->step) + 1 > max_ticks)
    {
      axis->step = nice_step (axis->step * max_ticks, max_ticks);
      axis->min = floor (data_min / axis->step) * axis->step;
      axis->max = ceil (data_max / axis->step) * axis->step;
    }

  axis->n_ticks = (guint) lround ((axis->max - axis->min) / axis->step) + 1;
}

double
sl_axis_tick (const SlAxis *axis,
              guint         index)
{
  g_return_val_if_fail (axis != NULL, 0);
  g_return_val_if_fail (index < axis->n_ticks, axis->max);

  return axis->min + index * axis->step;
}

/**
 * sl_axis_position:
 * @length: the axis's length in device units
 *
 * Returns: where @value lies along the axis, 0 at the minimum
 */
double
sl_axis_position (const SlAxis *axis,
                  double        value,
                  double        length)
{
  g_return_val_if_fail (axis != NULL, 0);

  return (value - axis->min) / (axis->max - axis->min) * length;
}
