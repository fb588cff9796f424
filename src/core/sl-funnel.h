/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-funnel.h: a role's pipeline as a funnel: how many candidates reached
 * each stage, how many stand in it now, and how long they stay */

#pragma once

#include "sl-store.h"

G_BEGIN_DECLS

/* The steps of the funnel are the role's stages in their order, without
 * those of kind 'rejected': nobody passes through a rejection on the way
 * to an offer, so the rejected are counted apart.
 *
 * An application reached a step when it has been, at any time, in that
 * stage or in a later one of the funnel: its furthest stage is the last,
 * by position, of the stages of its history and its current stage,
 * rejected stages left out, and it reached every step up to that one. So
 * a candidate moved straight from the screen to the offer reached the
 * interviews in between too, one moved back keeps the stages they had
 * reached, and one rejected after the screen reached the screen. Every
 * count is at most the one before it.
 *
 * A stay is a row of the stage history: from when the application
 * entered the stage to when it left, or to now while it is still there.
 * The median stay of a step is over all the stays in its stage, so an
 * application that came back to a stage counts each stay.
 *
 * Candidates in the trash count nowhere. */
typedef struct
{
  char         *title;          /* nullable */
  guint         n_stages;       /* the steps */
  char        **stage_names;    /* n_stages, and a NULL after them */
  SlStageKind  *stage_kinds;    /* n_stages, none SL_STAGE_REJECTED */
  guint        *reached;        /* n_stages: applications that reached each step */
  guint        *current;        /* n_stages: applications in each step now */
  double       *median_days;    /* n_stages: the median stay in each step, in days;
                                   NAN when nobody stayed there yet */
  guint        *n_stays;        /* n_stages: the stays the median is of */
  guint         n_applications; /* every application of the role, the rejected too */
  char         *rejected_name;  /* the role's rejected stage; NULL when it has none */
  guint         rejected;       /* applications in a rejected stage now */
} SlFunnelData;

SlFunnelData *sl_funnel_data_new          (guint                n_stages);
void          sl_funnel_data_free         (SlFunnelData        *data);
double        sl_funnel_data_conversion   (const SlFunnelData  *data,
                                           guint                stage);

/* The median of @n @values, which it sorts: the middle one, or the mean
 * of the middle two when @n is even; NAN when @n is 0. */
double        sl_funnel_median            (double              *values,
                                           guint                n);

SlFunnelData *sl_store_load_funnel        (SlStore             *store,
                                           gint64               role_id,
                                           gint64               now,
                                           GError             **error);
void          sl_store_load_funnel_async  (SlStore             *store,
                                           gint64               role_id,
                                           gint64               now,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
SlFunnelData *sl_store_load_funnel_finish (SlStore             *store,
                                           GAsyncResult        *result,
                                           GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlFunnelData, sl_funnel_data_free)

G_END_DECLS
