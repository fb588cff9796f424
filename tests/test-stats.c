/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "sl-committee.h"
#include "sl-stats.h"

/* Krippendorff's alpha, interviewer calibration and the spread of a cell,
 * against published results and against numbers worked out by hand here. */

#define X NAN

static const char * const metric_names[] = { "nominal", "ordinal", "interval", "ratio" };

static double
alpha_of (const double  *values,
          guint          n_coders,
          guint          n_units,
          SlAlphaMetric  metric,
          guint         *n_pairable)
{
  g_autoptr(GError) error = NULL;
  double alpha = NAN;

  g_assert_true (sl_krippendorff_alpha (values, n_coders, n_units, metric,
                                        &alpha, n_pairable, &error));
  g_assert_no_error (error);

  return alpha;
}

static void
assert_alpha_fails (const double  *values,
                    guint          n_coders,
                    guint          n_units,
                    SlAlphaMetric  metric,
                    SlStatsError   code)
{
  g_autoptr(GError) error = NULL;
  double alpha = 42;
  guint n_pairable = 42;

  g_assert_false (sl_krippendorff_alpha (values, n_coders, n_units, metric,
                                         &alpha, &n_pairable, &error));
  g_assert_error (error, SL_STATS_ERROR, (int) code);
  if (metric == SL_ALPHA_NOMINAL || code == SL_STATS_ERROR_INVALID)
    g_test_message ("%s: %s", metric_names[metric], error->message);

  /* Nothing is half-written on failure. */
  g_assert_cmpfloat (alpha, ==, 42);
  g_assert_cmpuint (n_pairable, ==, 42);
}

/* The reliability data of Krippendorff (2011), "Computing Krippendorff's
 * Alpha-Reliability", section E: four observers, twelve units, values 1 to
 * 5, with gaps. Unit 12 has one value only and is not pairable, which
 * leaves 40 pairable values. */
static const double worked_example[4 * 12] = {
  1, 2, 3, 3, 2, 1, 4, 1, 2, X, X, X,  /* A */
  1, 2, 3, 3, 2, 2, 4, 1, 2, 5, X, 3,  /* B */
  X, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, X,  /* C */
  1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, X,  /* D */
};

/* The paper's results, which it gives to three decimals. */
static const double worked_example_alpha[] = { 0.743, 0.815, 0.849, 0.797 };

static void
test_alpha_worked_example (void)
{
  for (SlAlphaMetric metric = SL_ALPHA_NOMINAL; metric <= SL_ALPHA_RATIO; metric++)
    {
      guint n_pairable = 0;
      double alpha = alpha_of (worked_example, 4, 12, metric, &n_pairable);

      g_test_message ("%s alpha %.3f", metric_names[metric], alpha);
      g_assert_cmpfloat_with_epsilon (alpha, worked_example_alpha[metric], 0.0005);
      g_assert_cmpuint (n_pairable, ==, 40);
    }

  /* The paper's coincidence matrix gives nominal alpha exactly: n_c is 9,
   * 13, 10, 5 and 3 for the values 1 to 5, n = 40, and 8 of the pairs
   * disagree, so alpha = 1 − 39 × 8 / (40² − (9² + 13² + 10² + 5² + 3²))
   * = 1 − 312/1216 = 113/152. */
  g_assert_cmpfloat_with_epsilon (alpha_of (worked_example, 4, 12, SL_ALPHA_NOMINAL, NULL),
                                  113.0 / 152, 1e-12);
}

/* Neither the order of the coders nor, for the ordinal and nominal
 * metrics, an order-keeping relabelling of the values may change alpha. */
static void
test_alpha_invariance (void)
{
  double reversed[4 * 12];
  double squared[4 * 12];

  for (guint c = 0; c < 4; c++)
    for (guint u = 0; u < 12; u++)
      {
        double value = worked_example[c * 12 + u];

        reversed[(3 - c) * 12 + u] = value;
        squared[c * 12 + u] = value * value + 10;
      }

  for (SlAlphaMetric metric = SL_ALPHA_NOMINAL; metric <= SL_ALPHA_RATIO; metric++)
    g_assert_cmpfloat_with_epsilon (alpha_of (reversed, 4, 12, metric, NULL),
                                    alpha_of (worked_example, 4, 12, metric, NULL), 1e-12);

  g_assert_cmpfloat_with_epsilon (alpha_of (squared, 4, 12, SL_ALPHA_ORDINAL, NULL),
                                  alpha_of (worked_example, 4, 12, SL_ALPHA_ORDINAL, NULL),
                                  1e-12);
  g_assert_cmpfloat_with_epsilon (alpha_of (squared, 4, 12, SL_ALPHA_NOMINAL, NULL),
                                  alpha_of (worked_example, 4, 12, SL_ALPHA_NOMINAL, NULL),
                                  1e-12);
}

static void
test_alpha_perfect (void)
{
  static const double values[] = {
    1, 2, 3, 4, X,
    1, 2, 3, 4, 2,
    X, 2, 3, 4, 2,
  };

  for (SlAlphaMetric metric = SL_ALPHA_NOMINAL; metric <= SL_ALPHA_RATIO; metric++)
    {
      guint n_pairable = 0;

      g_assert_cmpfloat_with_epsilon (alpha_of (values, 3, 5, metric, &n_pairable), 1.0, 1e-12);
      g_assert_cmpuint (n_pairable, ==, 13);
    }
}

/* Two coders, two units: A gave 1 and 3, B gave 1 and 4.
 *
 * Unit 1 adds the pair (1, 1) both ways, o_11 = 2; unit 2 adds (3, 4) and
 * (4, 3), o_34 = o_43 = 1. So n_1 = 2, n_3 = 1, n_4 = 1 and n = 4, and
 * alpha = 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck = 1 − 3 × 2 δ²_34 / E
 * with E = 2 (2 δ²_13 + 2 δ²_14 + δ²_34):
 *
 *   nominal   δ² = 1 apart:  E = 2 (2 + 2 + 1) = 10,   alpha = 1 − 6/10 = 2/5
 *   interval  δ²_13 = 4, δ²_14 = 9, δ²_34 = 1:
 *             E = 2 (8 + 18 + 1) = 54,                 alpha = 1 − 6/54 = 8/9
 *   ordinal   2 is not used, so the mid-ranks are 1 → 1, 3 → 2.5, 4 → 3.5;
 *             δ²_13 = 2.25, δ²_14 = 6.25, δ²_34 = 1:
 *             E = 2 (4.5 + 12.5 + 1) = 36,             alpha = 1 − 6/36 = 5/6
 *   ratio     δ²_13 = (2/4)² = 1/4, δ²_14 = (3/5)² = 9/25, δ²_34 = (1/7)² = 1/49:
 *             E = 2 (1/2 + 18/25 + 1/49) = 3039/1225,
 *             alpha = 1 − (6/49) / (3039/1225) = 1 − 150/3039 = 963/1013 */
static const double hand_2x2[] = {
  1, 3,
  1, 4,
};

static const double hand_2x2_alpha[] = { 2.0 / 5, 5.0 / 6, 8.0 / 9, 963.0 / 1013 };

static void
test_alpha_hand (void)
{
  for (SlAlphaMetric metric = SL_ALPHA_NOMINAL; metric <= SL_ALPHA_RATIO; metric++)
    {
      guint n_pairable = 0;

      g_assert_cmpfloat_with_epsilon (alpha_of (hand_2x2, 2, 2, metric, &n_pairable),
                                      hand_2x2_alpha[metric], 1e-12);
      g_assert_cmpuint (n_pairable, ==, 4);
    }
}

/* A unit with one value is left out entirely: the 2 that only A gave here
 * must not take a rank for the ordinal metric either, or the ordinal
 * alpha would move away from 5/6. */
static void
test_alpha_unpairable_left_out (void)
{
  static const double values[] = {
    1, 3, 2, X,
    1, 4, X, X,
  };

  for (SlAlphaMetric metric = SL_ALPHA_NOMINAL; metric <= SL_ALPHA_RATIO; metric++)
    {
      guint n_pairable = 0;

      g_assert_cmpfloat_with_epsilon (alpha_of (values, 2, 4, metric, &n_pairable),
                                      hand_2x2_alpha[metric], 1e-12);
      g_assert_cmpuint (n_pairable, ==, 4);
    }
}

/* Coders who always say the opposite agree less than chance would.
 *
 * A gives 1, 2 and B gives 2, 1: o_12 = o_21 = 2, n_1 = n_2 = 2, n = 4, and
 * with one distance δ² between the two values, alpha = 1 − 3 × 4δ² / 8δ² =
 * −1/2 whatever the metric.
 *
 * A gives 1 three times and B 4 three times: o_14 = o_41 = 3, n_1 = n_4 = 3,
 * n = 6, alpha = 1 − 5 × 6δ² / 18δ² = −2/3. */
static void
test_alpha_negative (void)
{
  static const double swapped[] = {
    1, 2,
    2, 1,
  };
  static const double opposed[] = {
    1, 1, 1,
    4, 4, 4,
  };

  for (SlAlphaMetric metric = SL_ALPHA_NOMINAL; metric <= SL_ALPHA_RATIO; metric++)
    {
      g_assert_cmpfloat_with_epsilon (alpha_of (swapped, 2, 2, metric, NULL), -0.5, 1e-12);
      g_assert_cmpfloat_with_epsilon (alpha_of (opposed, 2, 3, metric, NULL), -2.0 / 3, 1e-12);
    }
}

/* Negative zero is the same value as zero, not a disagreement. */
static void
test_alpha_signed_zero (void)
{
  static const double values[] = {
    0.0, -0.0, 1,
    -0.0, 0.0, 1,
  };

  for (SlAlphaMetric metric = SL_ALPHA_NOMINAL; metric <= SL_ALPHA_RATIO; metric++)
    g_assert_cmpfloat_with_epsilon (alpha_of (values, 2, 3, metric, NULL), 1.0, 1e-12);
}

static void
test_alpha_undefined (void)
{
  static const double all_missing[] = {
    X, X, X,
    X, X, X,
  };
  /* One value per unit: nothing to pair. */
  static const double single[] = {
    3, X,
    X, 2,
  };
  static const double one_value[] = { 4 };
  /* The only pairable unit agrees, and the 1 in the other unit has no
   * partner, so there is nothing to set the agreement against. */
  static const double no_variation[] = {
    3, 1,
    3, X,
  };

  for (SlAlphaMetric metric = SL_ALPHA_NOMINAL; metric <= SL_ALPHA_RATIO; metric++)
    {
      assert_alpha_fails (all_missing, 2, 3, metric, SL_STATS_ERROR_TOO_FEW_VALUES);
      assert_alpha_fails (single, 2, 2, metric, SL_STATS_ERROR_TOO_FEW_VALUES);
      assert_alpha_fails (one_value, 1, 1, metric, SL_STATS_ERROR_TOO_FEW_VALUES);
      assert_alpha_fails (NULL, 0, 0, metric, SL_STATS_ERROR_TOO_FEW_VALUES);
      assert_alpha_fails (NULL, 3, 0, metric, SL_STATS_ERROR_TOO_FEW_VALUES);
      assert_alpha_fails (no_variation, 2, 2, metric, SL_STATS_ERROR_NO_VARIATION);
    }
}

static void
test_alpha_invalid (void)
{
  static const double infinite[] = {
    1, 2,
    1, INFINITY,
  };
  static const double negative[] = {
    -1, 2,
    -1, 2,
  };
  g_autoptr(GError) error = NULL;
  double alpha;

  assert_alpha_fails (infinite, 2, 2, SL_ALPHA_INTERVAL, SL_STATS_ERROR_INVALID);
  assert_alpha_fails (negative, 2, 2, SL_ALPHA_RATIO, SL_STATS_ERROR_INVALID);

  g_assert_false (sl_krippendorff_alpha (infinite, 2, 2, SL_ALPHA_NOMINAL, &alpha, NULL, &error));
  g_assert_error (error, SL_STATS_ERROR, SL_STATS_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Coder 1, unit 1: the value is not a finite number");

  /* Below zero is fine on an interval scale. */
  g_assert_cmpfloat_with_epsilon (alpha_of (negative, 2, 2, SL_ALPHA_INTERVAL, NULL),
                                  1.0, 1e-12);
}

static const SlCalibration *
calibration_of (GArray *calibrations,
                guint   interviewer)
{
  const SlCalibration *calibration;

  g_assert_cmpuint (interviewer, <, calibrations->len);
  calibration = &g_array_index (calibrations, SlCalibration, interviewer);
  g_assert_cmpuint (calibration->interviewer, ==, interviewer);

  return calibration;
}

/* Interviewer 0 rates one point above interviewers 1 and 2, who agree.
 *
 * Candidates 0 and 1, competencies 0 and 1: all three rate every cell. In
 * each, 0's difference is (r + 1) − r = +1 and 1's and 2's are
 * r − ((r + 1) + r) / 2 = −1/2.
 * Candidate 2, competency 0: only 0 and 1 rate it, 4 and 3, so 0 has +1
 * and 1 has −1.
 * Candidate 3, competency 0: only 2 rates it, which is no comparison.
 * Candidate 0, competency 2: 0 rates it, and 1 has no evidence there.
 * Interviewer 3 rates candidate 4 alone; interviewer 4 rates no one.
 *
 *   0: (4 × 1 + 1) / 5 = +1              over candidates 0, 1, 2
 *   1: (4 × −1/2 − 1) / 5 = −3/5         over candidates 0, 1, 2
 *   2: 4 × −1/2 / 4 = −1/2               over candidates 0, 1
 *   3, 4: NAN, nothing shared */
static void
test_calibration_lenient (void)
{
  static const SlStatsRating ratings[] = {
    { 0, 0, 0, 3 }, { 1, 0, 0, 2 }, { 2, 0, 0, 2 },
    { 0, 0, 1, 4 }, { 1, 0, 1, 3 }, { 2, 0, 1, 3 },
    { 2, 1, 0, 1 }, { 0, 1, 0, 2 }, { 1, 1, 0, 1 },
    { 1, 1, 1, 2 }, { 2, 1, 1, 2 }, { 0, 1, 1, 3 },
    { 0, 2, 0, 4 }, { 1, 2, 0, 3 },
    { 2, 3, 0, 1 },
    { 0, 0, 2, 2 }, { 1, 0, 2, X },
    { 3, 4, 0, 4 },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) calibrations = NULL;
  const SlCalibration *calibration;

  calibrations = sl_calibration_compute (ratings, G_N_ELEMENTS (ratings), 5, &error);
  g_assert_no_error (error);
  g_assert_nonnull (calibrations);
  g_assert_cmpuint (calibrations->len, ==, 5);

  calibration = calibration_of (calibrations, 0);
  g_assert_cmpfloat_with_epsilon (calibration->offset, 1.0, 1e-12);
  g_assert_cmpuint (calibration->n_shared_candidates, ==, 3);
  g_assert_cmpuint (calibration->n_comparisons, ==, 5);

  calibration = calibration_of (calibrations, 1);
  g_assert_cmpfloat_with_epsilon (calibration->offset, -0.6, 1e-12);
  g_assert_cmpuint (calibration->n_shared_candidates, ==, 3);
  g_assert_cmpuint (calibration->n_comparisons, ==, 5);

  calibration = calibration_of (calibrations, 2);
  g_assert_cmpfloat_with_epsilon (calibration->offset, -0.5, 1e-12);
  g_assert_cmpuint (calibration->n_shared_candidates, ==, 2);
  g_assert_cmpuint (calibration->n_comparisons, ==, 4);

  for (guint i = 3; i < 5; i++)
    {
      calibration = calibration_of (calibrations, i);
      g_assert_true (isnan (calibration->offset));
      g_assert_cmpuint (calibration->n_shared_candidates, ==, 0);
      g_assert_cmpuint (calibration->n_comparisons, ==, 0);
    }
}

/* Rating the same candidate on different competencies, or different
 * candidates, shares no cell. */
static void
test_calibration_no_overlap (void)
{
  static const SlStatsRating ratings[] = {
    { 0, 0, 0, 4 },
    { 1, 0, 1, 1 },
    { 2, 1, 0, 2 },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) calibrations = NULL;
  g_autoptr(GArray) empty = NULL;

  calibrations = sl_calibration_compute (ratings, G_N_ELEMENTS (ratings), 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (calibrations->len, ==, 3);

  for (guint i = 0; i < 3; i++)
    {
      const SlCalibration *calibration = calibration_of (calibrations, i);

      g_assert_true (isnan (calibration->offset));
      g_assert_cmpuint (calibration->n_shared_candidates, ==, 0);
      g_assert_cmpuint (calibration->n_comparisons, ==, 0);
    }

  empty = sl_calibration_compute (NULL, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (empty);
  g_assert_cmpuint (empty->len, ==, 0);
}

static void
assert_calibration_fails (const SlStatsRating *ratings,
                          guint                n_ratings,
                          guint                n_interviewers,
                          const char          *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) calibrations = NULL;

  calibrations = sl_calibration_compute (ratings, n_ratings, n_interviewers, &error);
  g_assert_null (calibrations);
  g_assert_error (error, SL_STATS_ERROR, SL_STATS_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_calibration_invalid (void)
{
  static const SlStatsRating out_of_range[] = {
    { 0, 0, 0, 3 },
    { 2, 0, 0, 3 },
  };
  static const SlStatsRating twice[] = {
    { 0, 0, 0, 3 },
    { 1, 5, 2, 3 },
    { 0, 1, 0, 3 },
    { 1, 5, 2, 4 },
  };
  static const SlStatsRating infinite[] = {
    { 0, 0, 0, 3 },
    { 1, 0, 0, -INFINITY },
  };

  assert_calibration_fails (out_of_range, G_N_ELEMENTS (out_of_range), 2,
                            "Rating 1: there is no interviewer 2, only 2 interviewers");
  assert_calibration_fails (twice, G_N_ELEMENTS (twice), 2,
                            "Ratings 1 and 3: interviewer 1 rated candidate 5 on competency 2 twice");
  assert_calibration_fails (infinite, G_N_ELEMENTS (infinite), 2,
                            "Rating 1: the rating is not a finite number");
}

static void
test_spread (void)
{
  static const double cell[] = { 1, X, 4, 2 };
  static const double close[] = { 2, 3, 3 };
  static const double split[] = { 3, 1 };
  static const double unrated[] = { X, X };
  double mean, min, max;

  g_assert_cmpuint (sl_stats_spread (cell, G_N_ELEMENTS (cell), &mean, &min, &max), ==, 3);
  g_assert_cmpfloat_with_epsilon (mean, 7.0 / 3, 1e-12);
  g_assert_cmpfloat (min, ==, 1);
  g_assert_cmpfloat (max, ==, 4);
  g_assert_true (sl_stats_is_disagreement (min, max));

  /* "No" against "Yes" is a close call, not a disagreement. */
  g_assert_cmpuint (sl_stats_spread (close, G_N_ELEMENTS (close), &mean, &min, &max), ==, 3);
  g_assert_cmpfloat_with_epsilon (mean, 8.0 / 3, 1e-12);
  g_assert_cmpfloat (min, ==, 2);
  g_assert_cmpfloat (max, ==, 3);
  g_assert_false (sl_stats_is_disagreement (min, max));

  /* "Strong no" against "Yes" is one, exactly at the threshold. */
  g_assert_cmpuint (sl_stats_spread (split, G_N_ELEMENTS (split), NULL, &min, &max), ==, 2);
  g_assert_true (sl_stats_is_disagreement (min, max));

  /* One rating cannot disagree with itself. */
  g_assert_cmpuint (sl_stats_spread (cell, 1, &mean, &min, &max), ==, 1);
  g_assert_cmpfloat (mean, ==, 1);
  g_assert_false (sl_stats_is_disagreement (min, max));

  g_assert_cmpuint (sl_stats_spread (unrated, G_N_ELEMENTS (unrated), &mean, &min, &max), ==, 0);
  g_assert_true (isnan (mean));
  g_assert_true (isnan (min));
  g_assert_true (isnan (max));
  g_assert_false (sl_stats_is_disagreement (min, max));

  g_assert_cmpuint (sl_stats_spread (NULL, 0, &mean, NULL, NULL), ==, 0);
  g_assert_true (isnan (mean));
}

static SlRoleRating *
role_rating (gint64      application,
             gint64      competency,
             gint64      interviewer,
             SlRating    rating)
{
  SlRoleRating *row = g_new0 (SlRoleRating, 1);

  row->application_id = application;
  row->candidate_name = g_strdup_printf ("Candidate %" G_GINT64_FORMAT, application);
  row->competency_id = competency;
  row->competency_name = g_strdup (competency == 1 ? "Communication" : "Collaboration");
  row->interviewer_id = interviewer;
  row->interviewer_name = g_strdup (interviewer == 1 ? "Jamie Chen" : "Sam Whitfield");
  row->rating = rating;

  return row;
}

/* From a role's rating rows to the committee's figures: "no evidence" is
 * left out, the same interviewer rating a cell twice counts once with the
 * mean, and the lenient interviewer shows a positive offset. */
static void
test_committee (void)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) sl_role_rating_free);
  g_autoptr(SlCommitteeStats) stats = NULL;
  const SlInterviewerCalibration *jamie, *sam;

  g_ptr_array_add (rows, role_rating (1, 1, 1, SL_RATING_NO));
  g_ptr_array_add (rows, role_rating (1, 1, 2, SL_RATING_YES));
  g_ptr_array_add (rows, role_rating (2, 1, 1, SL_RATING_YES));
  g_ptr_array_add (rows, role_rating (2, 1, 2, SL_RATING_STRONG_YES));
  /* Sam met candidate 2 twice: 4 and 2 count as 3. */
  g_ptr_array_add (rows, role_rating (2, 1, 2, SL_RATING_NO));
  g_ptr_array_add (rows, role_rating (1, 2, 1, SL_RATING_NO_EVIDENCE));

  stats = sl_committee_stats_compute (rows);
  g_assert_cmpuint (stats->n_ratings, ==, 5);
  g_assert_cmpuint (stats->competencies->len, ==, 1);
  g_assert_cmpstr (((SlAgreement *) g_ptr_array_index (stats->competencies, 0))->competency_name, ==,
                   "Communication");
  g_assert_cmpuint (stats->overall->n_pairable, ==, 4);

  g_assert_cmpuint (stats->interviewers->len, ==, 2);
  jamie = g_ptr_array_index (stats->interviewers, 0);
  sam = g_ptr_array_index (stats->interviewers, 1);
  g_assert_cmpstr (jamie->interviewer_name, ==, "Jamie Chen");
  /* Jamie: (2 − 3) and (3 − 3): −0.5; Sam the opposite. */
  g_assert_cmpfloat_with_epsilon (jamie->offset, -0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (sam->offset, 0.5, 1e-9);
  g_assert_cmpuint (sam->n_shared_candidates, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stats/alpha/worked-example", test_alpha_worked_example);
  g_test_add_func ("/stats/alpha/invariance", test_alpha_invariance);
  g_test_add_func ("/stats/alpha/perfect", test_alpha_perfect);
  g_test_add_func ("/stats/alpha/hand", test_alpha_hand);
  g_test_add_func ("/stats/alpha/unpairable-left-out", test_alpha_unpairable_left_out);
  g_test_add_func ("/stats/alpha/negative", test_alpha_negative);
  g_test_add_func ("/stats/alpha/signed-zero", test_alpha_signed_zero);
  g_test_add_func ("/stats/alpha/undefined", test_alpha_undefined);
  g_test_add_func ("/stats/alpha/invalid", test_alpha_invalid);
  g_test_add_func ("/stats/calibration/lenient", test_calibration_lenient);
  g_test_add_func ("/stats/calibration/no-overlap", test_calibration_no_overlap);
  g_test_add_func ("/stats/calibration/invalid", test_calibration_invalid);
  g_test_add_func ("/stats/spread", test_spread);
  g_test_add_func ("/stats/committee", test_committee);

  return g_test_run ();
}
