/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The heat map in words, for those who do not see it: a description of
 * what stands out, and the same numbers as a table. */
#define G_LOG_DOMAIN "shortlist-heatmap"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "sl-heatmap-private.h"
#include "sl-scorecard.h"

/* How many cells with disagreement the description names one by one. */
#define MAX_DESCRIBED 5

/* The mean of a candidate's cell means, so that each competency weighs
 * the same however many interviewers rated it; NAN without ratings. */
static double
row_mean (const SlHeatmapData *data,
          guint                row)
{
  double sum = 0;
  guint n = 0;

  for (guint c = 0; c < data->n_columns; c++)
    {
      double mean = cell_value (data, data->means, row, c);

      if (isfinite (mean))
        {
          sum += mean;
          n++;
        }
    }

  return n > 0 ? sum / n : NAN;
}

static void
describe_candidates (GString             *text,
                     const SlHeatmapData *data)
{
  double best = -INFINITY, worst = INFINITY;
  guint best_row = 0, worst_row = 0, n_rated = 0;

  for (guint r = 0; r < data->n_rows; r++)
    {
      double mean = row_mean (data, r);

      if (!isfinite (mean))
        continue;

      n_rated++;
      if (mean > best)
        {
          best = mean;
          best_row = r;
        }
      if (mean < worst)
        {
          worst = mean;
          worst_row = r;
        }
    }

  if (n_rated == 0)
    g_string_append_printf (text, " %s", _("Nobody has rated yet."));
  else if (n_rated == 1)
    {
      g_autofree char *mean = format_mean (best);

      g_string_append_c (text, ' ');
      /* Translators: %1$s is a candidate, %2$s a mean rating */
      g_string_append_printf (text, _("%1$s has a mean of %2$s."), row_label (data, best_row),
                              mean);
    }
  else
    {
      g_autofree char *high = format_mean (best);
      g_autofree char *low = format_mean (worst);

      g_string_append_c (text, ' ');
      /* Translators: %1$s and %3$s are candidates, %2$s and %4$s their mean ratings */
      g_string_append_printf (text, _("Strongest: %1$s, mean %2$s. Weakest: %3$s, mean %4$s."),
                              row_label (data, best_row), high, row_label (data, worst_row), low);
    }
}

static void
describe_disagreements (GString             *text,
                        const SlHeatmapData *data)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  guint n = 0;
  guint n_empty = 0;

  for (guint r = 0; r < data->n_rows; r++)
    for (guint c = 0; c < data->n_columns; c++)
      {
        n_empty += !isfinite (cell_value (data, data->means, r, c));
        if (!sl_heatmap_is_disagreement (data, r, c))
          continue;

        if (n++ < MAX_DESCRIBED)
          {
            g_autofree char *low = format_rating (cell_value (data, data->mins, r, c));
            g_autofree char *high = format_rating (cell_value (data, data->maxs, r, c));

            g_ptr_array_add (cells,
                             /* Translators: %1$s is a candidate, %2$s a competency, %3$s
                              * and %4$s the lowest and highest ratings */
                             g_strdup_printf (_("%1$s — %2$s (%3$s to %4$s)"),
                                              row_label (data, r), column_label (data, c), low,
                                              high));
          }
      }

  if (n > MAX_DESCRIBED)
    g_ptr_array_add (cells, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          /* Translators: after a list of cells */
                                                          "and %u more", "and %u more",
                                                          n - MAX_DESCRIBED),
                                             n - MAX_DESCRIBED));

  if (n == 0)
    g_string_append_printf (text, " %s", _("No cell has ratings two or more points apart."));
  else
    {
      g_autofree char *list = NULL;

      g_ptr_array_add (cells, NULL);
      list = g_strjoinv ("; ", (char **) cells->pdata);
      g_string_append_c (text, ' ');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 /* Translators: %u is a number of cells,
                                                  * %s lists them */
                                                 "Interviewers disagree by two points or more on %u cell: %s.",
                                                 "Interviewers disagree by two points or more on %u cells: %s.",
                                                 n),
                              n, list);
    }

  if (n_empty > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u cell has no ratings.",
                                                 "%u cells have no ratings.", n_empty),
                              n_empty);
    }
}

/**
 * sl_heatmap_describe:
 *
 * Returns: a summary of the heat map for screen readers
 */
char *
sl_heatmap_describe (const SlHeatmapData *data)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *candidates = NULL;
  g_autofree char *competencies = NULL;

  g_return_val_if_fail (data != NULL, NULL);

  if (data->title != NULL && *data->title != '\0')
    g_string_append_printf (text, "%s. ", data->title);

  if (is_empty (data))
    {
      g_string_append (text, _("No submitted scorecards yet."));
      return g_string_free (g_steal_pointer (&text), FALSE);
    }

  candidates = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u candidate", "%u candidates",
                                             data->n_rows),
                                data->n_rows);
  competencies = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u competency", "%u competencies",
                                               data->n_columns),
                                  data->n_columns);
  /* Translators: "Mean ratings of 10 candidates on 8 competencies, from 1
   * (Strong no) to 4 (Strong yes)." */
  g_string_append_printf (text, _("Mean ratings of %1$s on %2$s, from 1 (%3$s) to 4 (%4$s)."),
                          candidates, competencies, sl_rating_get_label (SL_RATING_STRONG_NO),
                          sl_rating_get_label (SL_RATING_STRONG_YES));

  describe_candidates (text, data);
  describe_disagreements (text, data);

  if (data->note != NULL && *data->note != '\0')
    g_string_append_printf (text, " %s", data->note);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* "3.3 (2 to 4, 3 ratings)", with the disagreement said. */
static char *
table_cell (const SlHeatmapData *data,
            guint                row,
            guint                column)
{
  double mean = cell_value (data, data->means, row, column);
  double min = cell_value (data, data->mins, row, column);
  double max = cell_value (data, data->maxs, row, column);
  guint count = cell_count (data, row, column);
  g_autofree char *mean_text = NULL;
  g_autofree char *text = NULL;

  if (!isfinite (mean))
    return g_strdup ("—");

  mean_text = format_mean (mean);
  if (count > 0 && isfinite (min) && isfinite (max) && max > min)
    {
      g_autofree char *low = format_rating (min);
      g_autofree char *high = format_rating (max);

      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: %1$s is a mean rating, %2$s and %3$s
                                            * the lowest and highest, %4$u how many */
                                           "%1$s (%2$s to %3$s, %4$u rating)",
                                           "%1$s (%2$s to %3$s, %4$u ratings)", count),
                              mean_text, low, high, count);
    }
  else if (count > 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: %1$s is a mean rating, %2$u how many */
                                         "%1$s (%2$u rating)", "%1$s (%2$u ratings)", count),
                            mean_text, count);
  else
    text = g_steal_pointer (&mean_text);

  if (sl_heatmap_is_disagreement (data, row, column))
    /* Translators: %s is a table cell, "2.7 (1 to 4, 3 ratings)" */
    return g_strdup_printf (_("%s, disagreement"), text);

  return g_steal_pointer (&text);
}

/**
 * sl_heatmap_table:
 *
 * Returns: (transfer full) (element-type GStrv): a header row, "Candidate"
 *   and the competencies, then a row a candidate
 */
GPtrArray *
sl_heatmap_table (const SlHeatmapData *data)
{
  GPtrArray *table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GStrvBuilder) header = g_strv_builder_new ();

  g_return_val_if_fail (data != NULL, table);

  g_strv_builder_add (header, _("Candidate"));
  for (guint c = 0; c < data->n_columns; c++)
    g_strv_builder_add (header, column_label (data, c));
  g_ptr_array_add (table, g_strv_builder_end (header));

  if (data->means == NULL)
    return table;

  for (guint r = 0; r < data->n_rows; r++)
    {
      g_autoptr(GStrvBuilder) row = g_strv_builder_new ();

      g_strv_builder_add (row, row_label (data, r));
      for (guint c = 0; c < data->n_columns; c++)
        {
          g_autofree char *cell = table_cell (data, r, c);

          g_strv_builder_add (row, cell);
        }
      g_ptr_array_add (table, g_strv_builder_end (row));
    }

  return table;
}

void
sl_heatmap_data_clear (SlHeatmapData *data)
{
  g_return_if_fail (data != NULL);

  g_free (data->title);
  g_strfreev (data->row_labels);
  g_free (data->row_ids);
  g_strfreev (data->column_labels);
  g_free (data->means);
  g_free (data->mins);
  g_free (data->maxs);
  g_free (data->counts);
  g_free (data->note);
  memset (data, 0, sizeof *data);
}
