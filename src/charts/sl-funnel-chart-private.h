/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-funnel-chart-private.h: what the funnel's drawing and its words share */

#pragma once

#include "sl-funnel-chart.h"

G_BEGIN_DECLS

/* Whether the chart has a row for the rejected, after the steps. */
static inline gboolean
sl_funnel_has_rejected (const SlFunnelData *data)
{
  return data->rejected_name != NULL || data->rejected > 0;
}

static inline const char *
sl_funnel_stage_name (const SlFunnelData *data,
                      guint               stage)
{
  if (stage >= data->n_stages)
    return data->rejected_name != NULL ? data->rejected_name : "";

  return data->stage_names != NULL && data->stage_names[stage] != NULL ? data->stage_names[stage] : "";
}

char *sl_funnel_format_days    (double              days);
char *sl_funnel_format_percent (double              share);
char *sl_funnel_format_count   (guint               count);
char *sl_funnel_stage_detail   (const SlFunnelData *data,
                                guint               stage);
char *sl_funnel_stage_sentence (const SlFunnelData *data,
                                guint               stage);

G_END_DECLS
