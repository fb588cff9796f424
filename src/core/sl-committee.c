/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-committee.c: what a hiring committee reads off a role's scorecards */

#define G_LOG_DOMAIN "shortlist-committee"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "sl-committee.h"
#include "sl-stats.h"

/* The ratings of a role arrive as rows (candidate, competency,
 * interviewer, rating); the statistics want indices. Interviewers are the
 * coders, candidates the units of one competency, and (candidate,
 * competency) the units of all of them together. "No evidence" is no
 * value: it neither agrees nor disagrees, and is left out. */

typedef struct
{
  GHashTable *ids;   /* id → index + 1 */
  GPtrArray *names;  /* index → name, borrowed from the rows */
  GArray *id_list;   /* index → id */
} Index;

static void
index_init (Index *index)
{
  index->ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  index->names = g_ptr_array_new ();
  index->id_list = g_array_new (FALSE, FALSE, sizeof (gint64));
}

static void
index_clear (Index *index)
{
  g_clear_pointer (&index->ids, g_hash_table_unref);
  g_clear_pointer (&index->names, g_ptr_array_unref);
  g_clear_pointer (&index->id_list, g_array_unref);
}

static guint
index_of (Index      *index,
          gint64      id,
          const char *name)
{
  gpointer found = g_hash_table_lookup (index->ids, &id);

  if (found != NULL)
    return GPOINTER_TO_UINT (found) - 1;

  g_array_append_val (index->id_list, id);
  g_ptr_array_add (index->names, (gpointer) name);
  g_hash_table_insert (index->ids, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (index->id_list->len));

  return index->id_list->len - 1;
}

static SlAgreement *
agreement_new (gint64        competency_id,
               const char   *competency_name,
               const double *values,
               guint         n_coders,
               guint         n_units)
{
  SlAgreement *agreement = g_new0 (SlAgreement, 1);
  g_autoptr(GError) error = NULL;

  agreement->competency_id = competency_id;
  agreement->competency_name = g_strdup (competency_name);
  agreement->alpha = NAN;

  if (!sl_krippendorff_alpha (values, n_coders, n_units, SL_ALPHA_ORDINAL,
                              &agreement->alpha, &agreement->n_pairable, &error))
    {
      agreement->alpha = NAN;
      agreement->undefined = g_strdup (error->message);
    }

  return agreement;
}

static void
agreement_free (SlAgreement *agreement)
{
  if (agreement == NULL)
    return;

  g_free (agreement->competency_name);
  g_free (agreement->undefined);
  g_free (agreement);
}

static void
calibration_free (SlInterviewerCalibration *calibration)
{
  g_free (calibration->interviewer_name);
  g_free (calibration);
}

static int
compare_agreements (gconstpointer a,
                    gconstpointer b)
{
  return g_utf8_collate ((*(SlAgreement **) a)->competency_name, (*(SlAgreement **) b)->competency_name);
}

static int
compare_calibrations (gconstpointer a,
                      gconstpointer b)
{
  return g_utf8_collate ((*(SlInterviewerCalibration **) a)->interviewer_name,
                         (*(SlInterviewerCalibration **) b)->interviewer_name);
}

static double
rating_value (SlRating rating)
{
  return sl_rating_is_score (rating) ? (double) rating : NAN;
}

/**
 * sl_committee_stats_compute:
 * @role_ratings: (element-type SlRoleRating): the submitted ratings of a
 *   role, as sl_store_list_role_ratings() gives them
 *
 * Returns: (transfer full): agreement per competency and overall, and each
 *   interviewer's calibration
 */
SlCommitteeStats *
sl_committee_stats_compute (GPtrArray *role_ratings)
{
  SlCommitteeStats *stats = g_new0 (SlCommitteeStats, 1);
  g_autoptr(GArray) triples = g_array_new (FALSE, FALSE, sizeof (SlStatsRating));
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GHashTable) cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) calibrations = NULL;
  g_autofree double *all = NULL;
  Index interviewers, candidates, competencies;
  guint n_coders, n_candidates, n_competencies;

  g_return_val_if_fail (role_ratings != NULL, NULL);

  index_init (&interviewers);
  index_init (&candidates);
  index_init (&competencies);

  for (guint i = 0; i < role_ratings->len; i++)
    {
      const SlRoleRating *row = g_ptr_array_index (role_ratings, i);
      SlStatsRating triple;
      g_autofree char *key = NULL;
      gpointer found;

      triple.rating = rating_value (row->rating);
      if (isnan (triple.rating))
        continue;

      triple.interviewer = index_of (&interviewers, row->interviewer_id, row->interviewer_name);
      triple.candidate = index_of (&candidates, row->application_id, row->candidate_name);
      triple.competency = index_of (&competencies, row->competency_id, row->competency_name);
      stats->n_ratings++;

      /* An interviewer who met a candidate twice and rated a competency
       * both times counts once, with the mean of the two. */
      key = g_strdup_printf ("%u/%u/%u", triple.interviewer, triple.candidate, triple.competency);
      found = g_hash_table_lookup (cells, key);
      if (found != NULL)
        {
          guint at = GPOINTER_TO_UINT (found) - 1;
          SlStatsRating *same = &g_array_index (triples, SlStatsRating, at);
          guint n = g_array_index (counts, guint, at);

          same->rating = (same->rating * n + triple.rating) / (n + 1);
          g_array_index (counts, guint, at) = n + 1;
          continue;
        }

      g_array_append_val (triples, triple);
      g_array_append_val (counts, (guint) { 1 });
      g_hash_table_insert (cells, g_steal_pointer (&key), GUINT_TO_POINTER (triples->len));
    }

  n_coders = interviewers.id_list->len;
  n_candidates = candidates.id_list->len;
  n_competencies = competencies.id_list->len;

  /* All competencies together: a unit is a candidate on a competency. */
  all = g_new (double, MAX (1, (gsize) n_coders * n_candidates * n_competencies));
  for (gsize i = 0; i < (gsize) n_coders * n_candidates * n_competencies; i++)
    all[i] = NAN;
  for (guint i = 0; i < triples->len; i++)
    {
      const SlStatsRating *t = &g_array_index (triples, SlStatsRating, i);
      gsize unit = (gsize) t->candidate * n_competencies + t->competency;

      all[(gsize) t->interviewer * n_candidates * n_competencies + unit] = t->rating;
    }
  stats->overall = agreement_new (0, NULL, all, n_coders, n_candidates * n_competencies);

  /* Each competency: a unit is a candidate. */
  stats->competencies = g_ptr_array_new_with_free_func ((GDestroyNotify) agreement_free);
  for (guint k = 0; k < n_competencies; k++)
    {
      g_autofree double *values = g_new (double, MAX (1, (gsize) n_coders * n_candidates));

      for (gsize i = 0; i < (gsize) n_coders * n_candidates; i++)
        values[i] = NAN;
      for (guint i = 0; i < triples->len; i++)
        {
          const SlStatsRating *t = &g_array_index (triples, SlStatsRating, i);

          if (t->competency == k)
            values[(gsize) t->interviewer * n_candidates + t->candidate] = t->rating;
        }

      g_ptr_array_add (stats->competencies,
                       agreement_new (g_array_index (competencies.id_list, gint64, k),
                                      g_ptr_array_index (competencies.names, k),
                                      values, n_coders, n_candidates));
    }
  g_ptr_array_sort (stats->competencies, compare_agreements);

  /* Calibration: "no evidence" is left out, as the statistics ask. */
  stats->interviewers = g_ptr_array_new_with_free_func ((GDestroyNotify) calibration_free);
  calibrations = sl_calibration_compute ((const SlStatsRating *) triples->data, triples->len, n_coders, NULL);
  for (guint i = 0; calibrations != NULL && i < calibrations->len; i++)
    {
      const SlCalibration *c = &g_array_index (calibrations, SlCalibration, i);
      SlInterviewerCalibration *calibration = g_new0 (SlInterviewerCalibration, 1);

      calibration->interviewer_id = g_array_index (interviewers.id_list, gint64, c->interviewer);
      calibration->interviewer_name = g_strdup (g_ptr_array_index (interviewers.names, c->interviewer));
      calibration->offset = c->offset;
      calibration->n_shared_candidates = c->n_shared_candidates;
      calibration->n_comparisons = c->n_comparisons;
      g_ptr_array_add (stats->interviewers, calibration);
    }
  g_ptr_array_sort (stats->interviewers, compare_calibrations);

  index_clear (&interviewers);
  index_clear (&candidates);
  index_clear (&competencies);

  return stats;
}

void
sl_committee_stats_free (SlCommitteeStats *stats)
{
  if (stats == NULL)
    return;

  agreement_free (stats->overall);
  g_clear_pointer (&stats->competencies, g_ptr_array_unref);
  g_clear_pointer (&stats->interviewers, g_ptr_array_unref);
  g_free (stats);
}

/**
 * sl_committee_hidden_name:
 * @index: the candidate's place in the order names would be shown in,
 *   from 0
 *
 * What a candidate is called when names are hidden, in a debrief or a
 * blind committee packet: "Candidate A", "Candidate B", … "Candidate Z",
 * "Candidate AA". The same place gives the same name wherever it is
 * shown.
 *
 * Returns: (transfer full): the name
 */
char *
sl_committee_hidden_name (guint index)
{
  g_autoptr(GString) letters = g_string_new (NULL);
  guint64 n = (guint64) index + 1;

  while (n > 0)
    {
      n--;
      g_string_prepend_c (letters, 'A' + n % 26);
      n /= 26;
    }

  /* Translators: a candidate whose name is hidden in a debrief; %s is a letter */
  return g_strdup_printf (_("Candidate %s"), letters->str);
}
