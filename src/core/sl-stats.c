/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-stats"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include <glib/gi18n.h>

#include "sl-stats.h"

G_DEFINE_QUARK (sl-stats-error-quark, sl_stats_error)

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The index of @value in the @n_distinct sorted @distinct, which holds it. */
static guint
distinct_index (const double *distinct,
                guint         n_distinct,
                double        value)
{
  guint low = 0;
  guint high = n_distinct;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (distinct[middle] < value)
        low = middle + 1;
      else
        high = middle;
    }

  g_assert (low < n_distinct && distinct[low] == value);

  return low;
}

/* The squared distance of every pair of distinct values, @n_distinct ×
 * @n_distinct. The ordinal distance of c < k is n_c/2 + the n_g between +
 * n_k/2, which is the difference of the values' mid-ranks; the mid-ranks
 * come from one running sum, so the table costs O(D²) and not O(D³). */
static double *
distance_table (SlAlphaMetric  metric,
                const double  *distinct,
                const double  *n_c,
                guint          n_distinct)
{
  g_autofree double *position = g_new (double, n_distinct);
  double *delta2 = g_new (double, (gsize) n_distinct * n_distinct);
  double below = 0;

  for (guint c = 0; c < n_distinct; c++)
    {
      switch (metric)
        {
        case SL_ALPHA_ORDINAL:
          position[c] = below + n_c[c] / 2;
          below += n_c[c];
          break;

        case SL_ALPHA_NOMINAL:
        case SL_ALPHA_INTERVAL:
        case SL_ALPHA_RATIO:
        default:
          position[c] = distinct[c];
          break;
        }
    }

  for (guint c = 0; c < n_distinct; c++)
    for (guint k = 0; k < n_distinct; k++)
      {
        double d;

        switch (metric)
          {
          case SL_ALPHA_NOMINAL:
            d = c == k ? 0 : 1;
            break;

          case SL_ALPHA_RATIO:
            /* Both are 0 or more and they differ, so the sum is positive. */
            d = c == k ? 0 : (position[c] - position[k]) / (position[c] + position[k]);
            break;

          case SL_ALPHA_ORDINAL:
          case SL_ALPHA_INTERVAL:
          default:
            d = position[c] - position[k];
            break;
          }

        delta2[c * n_distinct + k] = d * d;
      }

  return delta2;
}

gboolean
sl_krippendorff_alpha (const double  *values,
                       guint          n_coders,
                       guint          n_units,
                       SlAlphaMetric  metric,
                       double        *alpha,
                       guint         *n_pairable,
                       GError       **error)
{
  g_autofree guint *n_in_unit = NULL;
  g_autofree double *distinct = NULL;
  g_autofree double *coincidence = NULL;
  g_autofree double *n_c = NULL;
  g_autofree double *delta2 = NULL;
  g_autofree guint *count = NULL;
  g_autofree guint *touched = NULL;
  guint n_values = 0;
  guint n_pairable_values = 0;
  guint n_distinct = 0;
  double observed = 0;
  double expected = 0;

  g_return_val_if_fail (values != NULL || n_coders == 0 || n_units == 0, FALSE);
  g_return_val_if_fail (n_units == 0 || n_coders <= G_MAXUINT / n_units, FALSE);
  g_return_val_if_fail (metric >= SL_ALPHA_NOMINAL && metric <= SL_ALPHA_RATIO, FALSE);
  g_return_val_if_fail (alpha != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* How many values each unit has, which decides whether it is pairable. */
  n_in_unit = g_new0 (guint, n_units);

  for (guint c = 0; c < n_coders; c++)
    for (guint u = 0; u < n_units; u++)
      {
        double value = values[(gsize) c * n_units + u];

        if (isnan (value))
          continue;

        if (!isfinite (value))
          {
            g_set_error (error, SL_STATS_ERROR, SL_STATS_ERROR_INVALID,
                         _("Coder %u, unit %u: the value is not a finite number"), c, u);
            return FALSE;
          }

        if (metric == SL_ALPHA_RATIO && value < 0)
          {
            g_set_error (error, SL_STATS_ERROR, SL_STATS_ERROR_INVALID,
                         _("Coder %u, unit %u: the ratio metric needs values of 0 or more, not %g"),
                         c, u, value);
            return FALSE;
          }

        n_in_unit[u]++;
        n_values++;
      }

  for (guint u = 0; u < n_units; u++)
    if (n_in_unit[u] >= 2)
      n_pairable_values += n_in_unit[u];

  if (n_pairable_values < 2)
    {
      g_set_error (error, SL_STATS_ERROR, SL_STATS_ERROR_TOO_FEW_VALUES,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Krippendorff’s alpha is undefined: no unit has values from two "
                                "or more coders, and there is %u value in all",
                                "Krippendorff’s alpha is undefined: no unit has values from two "
                                "or more coders, and there are %u values in all",
                                n_values),
                   n_values);
      return FALSE;
    }

  /* The distinct values of the pairable units, sorted: the rows and
   * columns of the coincidence matrix. Adding 0 makes −0 and 0 one value. */
  distinct = g_new (double, n_pairable_values);

  for (guint c = 0; c < n_coders; c++)
    for (guint u = 0; u < n_units; u++)
      {
        double value = values[(gsize) c * n_units + u];

        if (!isnan (value) && n_in_unit[u] >= 2)
          distinct[n_distinct++] = value + 0.0;
      }

  g_assert (n_distinct == n_pairable_values);
  qsort (distinct, n_distinct, sizeof (double), compare_doubles);

  {
    guint kept = 1;

    for (guint i = 1; i < n_distinct; i++)
      if (distinct[i] != distinct[kept - 1])
        distinct[kept++] = distinct[i];

    n_distinct = kept;
  }

  if (n_distinct < 2)
    {
      /* There are two values at least, but some languages have more than
       * one plural. */
      g_set_error (error, SL_STATS_ERROR, SL_STATS_ERROR_NO_VARIATION,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Krippendorff’s alpha is undefined: the %u value that can be "
                                "compared is %g, so there is no variation",
                                "Krippendorff’s alpha is undefined: all %u values that can be "
                                "compared are %g, so there is no variation",
                                n_pairable_values),
                   n_pairable_values, distinct[0]);
      return FALSE;
    }

  /* Every unit adds each ordered pair of its values from different coders
   * with the weight 1 / (m_u − 1), so that a unit's m_u values count m_u
   * times in all however many coders it has. Pairs are counted by distinct
   * value within the unit, not coder by coder. */
  coincidence = g_new0 (double, (gsize) n_distinct * n_distinct);
  count = g_new0 (guint, n_distinct);
  touched = g_new (guint, MAX (n_coders, 1));

  for (guint u = 0; u < n_units; u++)
    {
      guint n_touched = 0;
      double weight;

      if (n_in_unit[u] < 2)
        continue;

      for (guint c = 0; c < n_coders; c++)
        {
          double value = values[(gsize) c * n_units + u];
          guint index;

          if (isnan (value))
            continue;

          index = distinct_index (distinct, n_distinct, value + 0.0);
          if (count[index]++ == 0)
            touched[n_touched++] = index;
        }

      weight = 1.0 / (n_in_unit[u] - 1);

      for (guint i = 0; i < n_touched; i++)
        for (guint j = 0; j < n_touched; j++)
          {
            guint a = touched[i];
            guint b = touched[j];
            double pairs = (double) count[a] * (count[b] - (a == b ? 1 : 0));

            coincidence[a * n_distinct + b] += pairs * weight;
          }

      for (guint i = 0; i < n_touched; i++)
        count[touched[i]] = 0;
    }

  n_c = g_new0 (double, n_distinct);

  for (guint c = 0; c < n_distinct; c++)
    for (guint k = 0; k < n_distinct; k++)
      n_c[c] += coincidence[c * n_distinct + k];

  delta2 = distance_table (metric, distinct, n_c, n_distinct);

  for (guint c = 0; c < n_distinct; c++)
    for (guint k = 0; k < n_distinct; k++)
      {
        observed += coincidence[c * n_distinct + k] * delta2[c * n_distinct + k];
        expected += n_c[c] * n_c[k] * delta2[c * n_distinct + k];
      }

  /* Two distinct values are always some distance apart, unless one is so
   * close to the other that the square underflows. */
  if (!(expected > 0))
    {
      g_set_error (error, SL_STATS_ERROR, SL_STATS_ERROR_NO_VARIATION,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Krippendorff’s alpha is undefined: %u value can be compared, "
                                "but the values are too close together to tell apart",
                                "Krippendorff’s alpha is undefined: %u values can be compared, "
                                "but they are too close together to tell apart",
                                n_pairable_values),
                   n_pairable_values);
      return FALSE;
    }

  /* alpha = 1 − D_o / D_e with D_o = Σ o_ck δ²_ck / n and
   * D_e = Σ n_c n_k δ²_ck / (n (n − 1)). */
  *alpha = 1.0 - (n_pairable_values - 1) * observed / expected;

  if (n_pairable != NULL)
    *n_pairable = n_pairable_values;

  return TRUE;
}

/* A rating, with where it was in the caller's array for messages. */
typedef struct
{
  SlStatsRating rating;
  guint         position;
} Entry;

/* By cell, candidate first, and within a cell by interviewer, so that
 * a cell's ratings are adjacent and an interviewer's candidates come in
 * order. */
static int
compare_entries (const void *a,
                 const void *b)
{
  const SlStatsRating *x = &((const Entry *) a)->rating;
  const SlStatsRating *y = &((const Entry *) b)->rating;

  if (x->candidate != y->candidate)
    return x->candidate < y->candidate ? -1 : 1;
  if (x->competency != y->competency)
    return x->competency < y->competency ? -1 : 1;
  if (x->interviewer != y->interviewer)
    return x->interviewer < y->interviewer ? -1 : 1;

  return 0;
}

GArray *
sl_calibration_compute (const SlStatsRating  *ratings,
                        guint                 n_ratings,
                        guint                 n_interviewers,
                        GError              **error)
{
  g_autoptr(GArray) result = NULL;
  g_autofree Entry *entries = NULL;
  g_autofree double *sum = NULL;
  g_autofree gboolean *seen_candidate = NULL;
  g_autofree guint *last_candidate = NULL;
  guint n_entries = 0;

  g_return_val_if_fail (ratings != NULL || n_ratings == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  entries = g_new (Entry, MAX (n_ratings, 1));

  for (guint i = 0; i < n_ratings; i++)
    {
      const SlStatsRating *rating = &ratings[i];

      if (rating->interviewer >= n_interviewers)
        {
          g_set_error (error, SL_STATS_ERROR, SL_STATS_ERROR_INVALID,
                       _("Rating %u: there is no interviewer %u, only %u interviewers"),
                       i, rating->interviewer, n_interviewers);
          return NULL;
        }

      /* "No evidence" is not a rating, so it is not compared. */
      if (isnan (rating->rating))
        continue;

      if (!isfinite (rating->rating))
        {
          g_set_error (error, SL_STATS_ERROR, SL_STATS_ERROR_INVALID,
                       _("Rating %u: the rating is not a finite number"), i);
          return NULL;
        }

      entries[n_entries].rating = *rating;
      entries[n_entries].position = i;
      n_entries++;
    }

  qsort (entries, n_entries, sizeof (Entry), compare_entries);

  result = g_array_sized_new (FALSE, TRUE, sizeof (SlCalibration), n_interviewers);
  g_array_set_size (result, n_interviewers);

  for (guint i = 0; i < n_interviewers; i++)
    {
      SlCalibration *calibration = &g_array_index (result, SlCalibration, i);

      calibration->interviewer = i;
      calibration->offset = NAN;
    }

  sum = g_new0 (double, n_interviewers);
  seen_candidate = g_new0 (gboolean, n_interviewers);
  last_candidate = g_new0 (guint, n_interviewers);

  for (guint start = 0; start < n_entries;)
    {
      const SlStatsRating *first = &entries[start].rating;
      guint end = start + 1;
      double cell_sum = first->rating;
      guint n_cell;

      for (; end < n_entries; end++)
        {
          const SlStatsRating *rating = &entries[end].rating;

          if (rating->candidate != first->candidate || rating->competency != first->competency)
            break;

          if (rating->interviewer == entries[end - 1].rating.interviewer)
            {
              g_set_error (error, SL_STATS_ERROR, SL_STATS_ERROR_INVALID,
                           _("Ratings %u and %u: interviewer %u rated candidate %u on "
                             "competency %u twice"),
                           MIN (entries[end - 1].position, entries[end].position),
                           MAX (entries[end - 1].position, entries[end].position),
                           rating->interviewer, rating->candidate, rating->competency);
              return NULL;
            }

          cell_sum += rating->rating;
        }

      n_cell = end - start;

      /* A cell only one interviewer rated says nothing about calibration. */
      for (guint i = start; n_cell >= 2 && i < end; i++)
        {
          const SlStatsRating *rating = &entries[i].rating;
          guint who = rating->interviewer;
          SlCalibration *calibration = &g_array_index (result, SlCalibration, who);
          double others = (cell_sum - rating->rating) / (n_cell - 1);

          sum[who] += rating->rating - others;
          calibration->n_comparisons++;

          /* Cells come candidate by candidate, so a new candidate for this
           * interviewer is one not seen last. */
          if (!seen_candidate[who] || last_candidate[who] != rating->candidate)
            {
              calibration->n_shared_candidates++;
              last_candidate[who] = rating->candidate;
              seen_candidate[who] = TRUE;
            }
        }

      start = end;
    }

  for (guint i = 0; i < n_interviewers; i++)
    {
      SlCalibration *calibration = &g_array_index (result, SlCalibration, i);

      if (calibration->n_comparisons > 0)
        calibration->offset = sum[i] / calibration->n_comparisons;
    }

  return g_steal_pointer (&result);
}

guint
sl_stats_spread (const double *values,
                 guint         n,
                 double       *mean,
                 double       *min,
                 double       *max)
{
  guint n_used = 0;
  double total = 0;
  double lowest = NAN;
  double highest = NAN;

  g_return_val_if_fail (values != NULL || n == 0, 0);

  for (guint i = 0; i < n; i++)
    {
      if (isnan (values[i]))
        continue;

      if (n_used == 0 || values[i] < lowest)
        lowest = values[i];
      if (n_used == 0 || values[i] > highest)
        highest = values[i];

      total += values[i];
      n_used++;
    }

  if (mean != NULL)
    *mean = n_used > 0 ? total / n_used : NAN;
  if (min != NULL)
    *min = lowest;
  if (max != NULL)
    *max = highest;

  return n_used;
}

gboolean
sl_stats_is_disagreement (double min,
                          double max)
{
  /* Comparisons with NAN are false, so a cell without ratings is none. */
  return max - min >= SL_STATS_DISAGREEMENT_SPREAD;
}
