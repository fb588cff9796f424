/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-stats.h: the statistics of interview scorecards for committee review */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SL_STATS_ERROR (sl_stats_error_quark ())

typedef enum
{
  SL_STATS_ERROR_INVALID,         /* a value or index the caller gave is not acceptable */
  SL_STATS_ERROR_TOO_FEW_VALUES,  /* no unit has two values to compare */
  SL_STATS_ERROR_NO_VARIATION,    /* every pairable value is the same */
} SlStatsError;

GQuark sl_stats_error_quark (void);

/* How far apart two values are for Krippendorff's alpha. */
typedef enum
{
  SL_ALPHA_NOMINAL,   /* values are labels: equal or not */
  SL_ALPHA_ORDINAL,   /* only the order counts, through the ranks of the values used */
  SL_ALPHA_INTERVAL,  /* differences count: (c − k)² */
  SL_ALPHA_RATIO,     /* ratios count: ((c − k) / (c + k))²; values must be 0 or more */
} SlAlphaMetric;

/* Krippendorff's alpha for reliability data with missing values, computed
 * through the coincidence matrix (Krippendorff 2011, "Computing
 * Krippendorff's Alpha-Reliability").
 *
 * @values holds @n_coders rows of @n_units values each, row-major, so the
 * value of coder c for unit u is values[c * n_units + u]; NAN where the
 * coder gave no value. A unit with fewer than two values is not pairable and
 * is left out. 1 is perfect agreement, 0 agreement no better than chance,
 * and below 0 systematic disagreement.
 *
 * On success sets @alpha and, when not NULL, @n_pairable to the number of
 * values in pairable units. Fails with SL_STATS_ERROR_TOO_FEW_VALUES when no
 * unit has two values, SL_STATS_ERROR_NO_VARIATION when every pairable value
 * is the same (the expected disagreement is zero), and SL_STATS_ERROR_INVALID
 * for an infinite value, or a negative one with SL_ALPHA_RATIO. Messages
 * name coders and units by their index, from 0.
 *
 * The work is O(N log N + D²) for N values and D distinct values, plus the
 * pairs of distinct values within each unit: linear for a fixed scale. */
gboolean sl_krippendorff_alpha (const double  *values,
                                guint          n_coders,
                                guint          n_units,
                                SlAlphaMetric  metric,
                                double        *alpha,
                                guint         *n_pairable,
                                GError       **error);

/* One rating on a scorecard: what @interviewer gave @candidate on
 * @competency. The indices are the caller's, from 0; @rating is NAN for
 * "no evidence", which counts as not rated. */
typedef struct
{
  guint  interviewer;
  guint  candidate;
  guint  competency;
  double rating;
} SlStatsRating;

/* How one interviewer rates compared with the rest of the panel. */
typedef struct
{
  guint  interviewer;
  double offset;               /* mean of (own rating − mean of the others'); NAN when none */
  guint  n_shared_candidates;  /* distinct candidates with a shared cell */
  guint  n_comparisons;        /* shared (candidate, competency) cells */
} SlCalibration;

/* Each interviewer's mean offset from the other interviewers who rated the
 * same candidates on the same competencies. A cell is one (candidate,
 * competency); in every cell that interviewer i and at least one other
 * interviewer rated, i's rating is compared with the mean of the others'
 * ratings there, and the offset is the mean of those differences. A
 * positive offset is a lenient interviewer, a negative one a harsh one.
 *
 * Returns an array of @n_interviewers SlCalibration in interviewer order; an
 * interviewer with no shared cell has offset NAN and counts of 0. Fails with
 * SL_STATS_ERROR_INVALID for an interviewer index of @n_interviewers or
 * more, an infinite rating, or one interviewer rating the same cell twice;
 * messages name ratings by their index in @ratings, from 0. */
GArray  *sl_calibration_compute (const SlStatsRating  *ratings,
                                 guint                 n_ratings,
                                 guint                 n_interviewers,
                                 GError              **error);

/* Ratings of one cell that span this much or more are a disagreement. On
 * the 4-point scale such a spread always has a "no" and a "yes", and at
 * least one of them strong ("Strong no" and "Yes", or "No" and "Strong
 * yes"), which the committee should talk about; a plain "No" against
 * "Yes" is a close call that panels have all the time, and flagging it
 * would bury the real splits. */
#define SL_STATS_DISAGREEMENT_SPREAD 2.0

/* The mean, lowest and highest of the @n @values, leaving out NAN ones; any
 * of the outputs may be NULL. Returns the number of values used; when it is
 * 0, the outputs are NAN. */
guint    sl_stats_spread           (const double *values,
                                    guint         n,
                                    double       *mean,
                                    double       *min,
                                    double       *max);

/* TRUE when @max − @min is SL_STATS_DISAGREEMENT_SPREAD or more, as
 * sl_stats_spread() gives them; FALSE when either is NAN. */
gboolean sl_stats_is_disagreement  (double        min,
                                    double        max);

G_END_DECLS
