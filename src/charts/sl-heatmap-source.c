/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-charts"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "sl-committee.h"
#include "sl-heatmap-source.h"

/* A role's submitted ratings as a heat map: a row per candidate rated, a
 * column per competency rated, in the role's order, and under it the
 * panel's agreement. */

static guint
position_of (GArray *ids,
             gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;

  g_array_append_val (ids, id);
  return ids->len - 1;
}

/**
 * sl_heatmap_data_init_from_ratings:
 * @data: (out caller-allocates): filled in; clear it with
 *   sl_heatmap_data_clear()
 * @role_title: the role, for the chart's title
 * @ratings: (element-type SlRoleRating): submitted ratings, by candidate
 *   as sl_store_list_role_ratings() gives them
 * @competencies: (element-type SlCompetency): the role's, in its order
 * @hide_names: whether candidates are "Candidate A", "Candidate B"… in
 *   the order of @ratings
 * @stats: (out) (optional) (transfer full): the panel's agreement and
 *   calibration over the same ratings, for a view that shows them too
 *
 * Makes the heat map of ratings already read: a row per candidate rated,
 * a column per competency rated, in the role's order, and under it the
 * panel's agreement.
 */
void
sl_heatmap_data_init_from_ratings (SlHeatmapData     *data,
                                   const char        *role_title,
                                   GPtrArray         *ratings,
                                   GPtrArray         *competencies,
                                   gboolean           hide_names,
                                   SlCommitteeStats **stats_out)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) columns = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) row_names = g_ptr_array_new ();
  g_autoptr(SlCommitteeStats) stats = NULL;
  g_autofree double *sums = NULL;
  gsize n_cells;

  g_return_if_fail (data != NULL);
  g_return_if_fail (ratings != NULL && competencies != NULL);

  memset (data, 0, sizeof *data);

  /* Columns in the role's order, only those someone rated. */
  for (guint k = 0; k < competencies->len; k++)
    {
      const SlCompetency *competency = g_ptr_array_index (competencies, k);

      for (guint i = 0; i < ratings->len; i++)
        if (((SlRoleRating *) g_ptr_array_index (ratings, i))->competency_id == competency->id)
          {
            g_array_append_val (columns, competency->id);
            break;
          }
    }

  for (guint i = 0; i < ratings->len; i++)
    {
      const SlRoleRating *rating = g_ptr_array_index (ratings, i);
      guint before = rows->len;

      position_of (rows, rating->application_id);
      if (rows->len > before)
        g_ptr_array_add (row_names, rating->candidate_name);
    }

  data->title = g_strdup_printf (_("%s — committee ratings"), role_title);
  data->n_rows = rows->len;
  data->n_columns = columns->len;
  data->row_labels = g_new0 (char *, rows->len + 1);
  data->row_ids = g_memdup2 (rows->data, MAX (rows->len, 1) * sizeof (gint64));
  data->column_labels = g_new0 (char *, columns->len + 1);
  n_cells = (gsize) rows->len * columns->len;
  data->means = g_new (double, MAX (n_cells, 1));
  data->mins = g_new (double, MAX (n_cells, 1));
  data->maxs = g_new (double, MAX (n_cells, 1));
  data->counts = g_new0 (guint, MAX (n_cells, 1));
  sums = g_new0 (double, MAX (n_cells, 1));

  for (guint r = 0; r < rows->len; r++)
    data->row_labels[r] = hide_names ? sl_committee_hidden_name (r)
                                     : g_strdup (g_ptr_array_index (row_names, r));
  for (guint c = 0; c < columns->len; c++)
    for (guint k = 0; k < competencies->len; k++)
      if (((SlCompetency *) g_ptr_array_index (competencies, k))->id == g_array_index (columns, gint64, c))
        data->column_labels[c] = g_strdup (((SlCompetency *) g_ptr_array_index (competencies, k))->name);

  for (gsize i = 0; i < n_cells; i++)
    data->means[i] = data->mins[i] = data->maxs[i] = NAN;

  for (guint i = 0; i < ratings->len; i++)
    {
      const SlRoleRating *rating = g_ptr_array_index (ratings, i);
      gsize cell;

      /* "No evidence" says nothing about the candidate either way. */
      if (!sl_rating_is_score (rating->rating))
        continue;

      cell = (gsize) position_of (rows, rating->application_id) * columns->len
             + position_of (columns, rating->competency_id);
      sums[cell] += rating->rating;
      data->counts[cell]++;
      data->mins[cell] = isnan (data->mins[cell]) ? rating->rating : MIN (data->mins[cell], rating->rating);
      data->maxs[cell] = isnan (data->maxs[cell]) ? rating->rating : MAX (data->maxs[cell], rating->rating);
    }

  for (gsize i = 0; i < n_cells; i++)
    if (data->counts[i] > 0)
      data->means[i] = sums[i] / data->counts[i];

  stats = sl_committee_stats_compute (ratings);
  if (isnan (stats->overall->alpha))
    data->note = g_strdup (stats->overall->undefined);
  else
    /* Translators: the panel's agreement over all competencies, and over how many ratings */
    data->note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "Krippendorff’s α = %.2f (ordinal) over %u rating compared",
                                               "Krippendorff’s α = %.2f (ordinal) over %u ratings compared",
                                               stats->overall->n_pairable),
                                  stats->overall->alpha, stats->overall->n_pairable);

  if (stats_out != NULL)
    *stats_out = g_steal_pointer (&stats);
}

/**
 * sl_heatmap_data_load:
 * @data: (out caller-allocates): filled in; clear it with
 *   sl_heatmap_data_clear()
 * @viewer_person_id: the person looking, for blindness; 0 for the
 *   committee
 * @hide_names: whether candidates are "Candidate A", "Candidate B"…
 * @stats: (out) (optional) (transfer full): the panel's agreement and
 *   calibration over the same ratings, for a view that shows them too
 *
 * Reads a role's submitted ratings and makes their heat map.
 */
gboolean
sl_heatmap_data_load (SlHeatmapData     *data,
                      SlStore           *store,
                      gint64             role_id,
                      gint64             viewer_person_id,
                      gboolean           hide_names,
                      SlCommitteeStats **stats_out,
                      GError           **error)
{
  g_autoptr(SlRole) role = NULL;
  g_autoptr(GPtrArray) ratings = NULL;
  g_autoptr(GPtrArray) competencies = NULL;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (SL_IS_STORE (store), FALSE);

  memset (data, 0, sizeof *data);

  role = sl_store_get_role (store, role_id, error);
  if (role == NULL)
    return FALSE;

  ratings = sl_store_list_role_ratings (store, role_id, viewer_person_id, error);
  competencies = ratings != NULL ? sl_store_list_competencies (store, role_id, error) : NULL;
  if (competencies == NULL)
    return FALSE;

  sl_heatmap_data_init_from_ratings (data, sl_role_get_title (role), ratings, competencies,
                                     hide_names, stats_out);

  return TRUE;
}
