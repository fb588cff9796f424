/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-sample-private.h: what the sample's candidates and its interviews
 * share */

#pragma once

#include "sl-market.h"
#include "sl-sample.h"
#include "sl-store-private.h"

G_BEGIN_DECLS

/* Interviews and scorecards are made for the first few dozen candidates
 * only, for the same reason as checklists. */
#define MAX_INTERVIEWED 40

#define SL_SAMPLE_N_INTERVIEWERS 4

/* The sample's pay: every amount is worked out from the seed's figures in
 * the built-in market data set, none made up. */
typedef struct
{
  const SlMarketEntry *seed;
  const char *currency;
  guint offer_position;   /* of the pipeline's Offer stage, or G_MAXUINT */
  guint hired_position;   /* of its Hired stage, or G_MAXUINT */
  gboolean revised;       /* whether one offer has a second version yet */
} SamplePay;

/* What the sample's interviews are made from, prepared once a role. */
typedef struct
{
  gint64 person_ids[SL_SAMPLE_N_INTERVIEWERS];
  GPtrArray *focus;     /* per stage position: GArray of competency ids, empty outside interview stages */
  GArray *panels;       /* per stage position: index into panels[], or G_MAXUINT */
  gboolean disputed;    /* whether the candidate the panel disagrees about is made */
  guint n_drafts;
} SampleScorecards;

void     sl_sample_scorecards_clear   (SampleScorecards *scorecards);
gboolean sl_sample_prepare_scorecards (SlStore          *self,
                                       gint64            role_id,
                                       SampleScorecards *scorecards,
                                       gint64            now,
                                       GError          **error);
gboolean sl_sample_insert_scorecards (SlStore          *self,
                                      SampleScorecards *scorecards,
                                      const SamplePay  *pay,
                                      GArray           *stage_ids,
                                      guint             index,
                                      gint64            application_id,
                                      guint             stage_position,
                                      gint64            created,
                                      gint64            entered,
                                      gint64            now,
                                      GError          **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SampleScorecards, sl_sample_scorecards_clear)

G_END_DECLS
