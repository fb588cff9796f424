/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-funnel"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "sl-funnel.h"

/**
 * sl_funnel_data_new:
 * @n_stages: the steps of the funnel
 *
 * Returns: (transfer full): a funnel of @n_stages steps with no names,
 *   counts of 0 and no medians; free it with sl_funnel_data_free()
 */
SlFunnelData *
sl_funnel_data_new (guint n_stages)
{
  SlFunnelData *data = g_new0 (SlFunnelData, 1);

  data->n_stages = n_stages;
  data->stage_names = g_new0 (char *, n_stages + 1);
  data->stage_kinds = g_new0 (SlStageKind, MAX (n_stages, 1));
  data->reached = g_new0 (guint, MAX (n_stages, 1));
  data->current = g_new0 (guint, MAX (n_stages, 1));
  data->median_days = g_new (double, MAX (n_stages, 1));
  data->n_stays = g_new0 (guint, MAX (n_stages, 1));

  for (guint i = 0; i < n_stages; i++)
    data->median_days[i] = NAN;

  return data;
}

void
sl_funnel_data_free (SlFunnelData *data)
{
  if (data == NULL)
    return;

  g_free (data->title);
  g_strfreev (data->stage_names);
  g_free (data->stage_kinds);
  g_free (data->reached);
  g_free (data->current);
  g_free (data->median_days);
  g_free (data->n_stays);
  g_free (data->rejected_name);
  g_free (data);
}

/**
 * sl_funnel_data_conversion:
 * @stage: a step after the first
 *
 * Returns: the share, from 0 to 1, of those who reached the step before
 *   @stage that reached @stage too; NAN for the first step, or when
 *   nobody reached the one before
 */
double
sl_funnel_data_conversion (const SlFunnelData *data,
                           guint               stage)
{
  g_return_val_if_fail (data != NULL, NAN);
  g_return_val_if_fail (stage < data->n_stages, NAN);

  if (stage == 0 || data->reached[stage - 1] == 0)
    return NAN;

  return (double) data->reached[stage] / data->reached[stage - 1];
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/**
 * sl_funnel_median:
 * @values: (array length=n): sorted in place
 *
 * Returns: the median of @values: the middle one, or the mean of the
 *   middle two when @n is even; NAN when @n is 0
 */
double
sl_funnel_median (double *values,
                  guint   n)
{
  if (n == 0)
    return NAN;

  qsort (values, n, sizeof *values, compare_doubles);
  if (n % 2 == 1)
    return values[n / 2];

  return (values[n / 2 - 1] + values[n / 2]) / 2;
}
