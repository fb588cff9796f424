/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-committee.h: what a hiring committee reads off a role's scorecards */

#pragma once

#include <glib.h>

#include "sl-scorecard.h"

G_BEGIN_DECLS

/* Agreement on one competency, or over all of them: Krippendorff's alpha
 * (ordinal) across the candidates, or why there is none. */
typedef struct
{
  gint64  competency_id;    /* 0 for all competencies together */
  char   *competency_name;  /* NULL for all competencies together */
  double  alpha;            /* NAN when undefined */
  guint   n_pairable;       /* ratings that could be compared */
  char   *undefined;        /* why alpha is undefined, or NULL */
} SlAgreement;

/* One interviewer against the rest of the panel. */
typedef struct
{
  gint64  interviewer_id;
  char   *interviewer_name;
  double  offset;           /* NAN with no shared candidate */
  guint   n_shared_candidates;
  guint   n_comparisons;
} SlInterviewerCalibration;

typedef struct
{
  SlAgreement *overall;
  GPtrArray   *competencies;  /* SlAgreement*, by competency name */
  GPtrArray   *interviewers;  /* SlInterviewerCalibration*, by interviewer name */
  guint        n_ratings;     /* on the 4-point scale; "no evidence" is not one */
} SlCommitteeStats;

SlCommitteeStats *sl_committee_stats_compute (GPtrArray        *role_ratings);
void              sl_committee_stats_free    (SlCommitteeStats *stats);

char             *sl_committee_hidden_name   (guint             index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlCommitteeStats, sl_committee_stats_free)

G_END_DECLS
