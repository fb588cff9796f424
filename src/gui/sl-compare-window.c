/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-compare-window"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sl-compare-window.h"
#include "sl-gui-util.h"

/* Two to four candidates side by side: where they stand, how far they
 * meet the requirements, each competency's mean rating with its range,
 * the interviewers' recommendations and the committee's decision. The
 * candidates are named as the review names them, so a debrief with
 * hidden names stays so here. */

static GtkWidget *
cell_new (const char *text,
          gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (heading)
    gtk_widget_add_css_class (label, "heading");

  return label;
}

/* "3.5 (3–4) ⚠": the mean, the range when the ratings differ, and a
 * mark when they lie two or more points apart. */
static char *
format_cell (const SlHeatmapData *heatmap,
             guint                row,
             guint                column)
{
  gsize cell = (gsize) row * heatmap->n_columns + column;

  if (heatmap->counts[cell] == 0)
    return g_strdup ("—");

  if (heatmap->mins[cell] == heatmap->maxs[cell])
    return g_strdup_printf ("%.1f", heatmap->means[cell]);

  return g_strdup_printf ("%.1f (%.0f–%.0f)%s", heatmap->means[cell], heatmap->mins[cell], heatmap->maxs[cell],
                          sl_heatmap_is_disagreement (heatmap, row, column) ? " ⚠" : "");
}

static char *
format_decision (GPtrArray *decisions)
{
  const SlDecision *latest;
  g_autofree char *date = NULL;

  if (decisions == NULL || decisions->len == 0)
    return g_strdup (_("Not decided"));

  latest = g_ptr_array_index (decisions, 0);
  date = sl_gui_format_date (latest->decided);
  /* Translators: a committee's decision and its date */
  return g_strdup_printf (latest->hire ? _("Hire, %s") : _("No hire, %s"), date);
}

/**
 * sl_compare_window_new:
 * @heatmap: the review's heat map, which names the candidates
 * @rows: (array length=n_rows): the heat map's rows to compare
 *
 * Returns: (transfer none): the window, not shown yet, or %NULL on error
 */
GtkWidget *
sl_compare_window_new (GtkWindow           *parent,
                       SlStore             *store,
                       const SlHeatmapData *heatmap,
                       const guint         *rows,
                       guint                n_rows,
                       GError             **error)
{
  g_autoptr(GPtrArray) applications = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) title = g_string_new (NULL);
  GtkWidget *window;
  GtkWidget *box;
  GtkWidget *header;
  GtkWidget *scroller;
  GtkWidget *grid;
  guint line = 0;

  g_return_val_if_fail (SL_IS_STORE (store), NULL);
  g_return_val_if_fail (heatmap != NULL && heatmap->row_ids != NULL, NULL);
  g_return_val_if_fail (n_rows >= SL_COMPARE_MIN && n_rows <= SL_COMPARE_MAX, NULL);

  for (guint i = 0; i < n_rows; i++)
    {
      SlApplication *application = sl_store_get_application (store, heatmap->row_ids[rows[i]], error);

      if (application == NULL)
        return NULL;
      g_ptr_array_add (applications, application);

      if (i > 0)
        /* Translators: between the names of candidates compared */
        g_string_append (title, C_("compare", " vs. "));
      g_string_append (title, heatmap->row_labels[rows[i]]);
    }

  grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (grid), 36);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 10);
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), FALSE);
  gtk_widget_set_margin_top (grid, 18);
  gtk_widget_set_margin_bottom (grid, 18);
  gtk_widget_set_margin_start (grid, 18);
  gtk_widget_set_margin_end (grid, 18);
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL, title->str, -1);

  for (guint i = 0; i < n_rows; i++)
    gtk_grid_attach (GTK_GRID (grid), cell_new (heatmap->row_labels[rows[i]], TRUE), i + 1, line, 1, 1);
  line++;

  gtk_grid_attach (GTK_GRID (grid), cell_new (_("Stage"), TRUE), 0, line, 1, 1);
  for (guint i = 0; i < n_rows; i++)
    gtk_grid_attach (GTK_GRID (grid),
                     cell_new (sl_application_get_stage_name (g_ptr_array_index (applications, i)), FALSE),
                     i + 1, line, 1, 1);
  line++;

  gtk_grid_attach (GTK_GRID (grid), cell_new (_("Requirements"), TRUE), 0, line, 1, 1);
  for (guint i = 0; i < n_rows; i++)
    {
      const SlChecklistSummary *summary = sl_application_get_checklist (g_ptr_array_index (applications, i));
      g_autofree char *counts = sl_checklist_summary_format (summary);
      g_autofree char *text = NULL;

      if (sl_checklist_summary_is_knocked_out (summary))
        /* Translators: checklist counts, then a mark that a must-have is not met */
        text = g_strdup_printf (_("%s · Knock-out"), counts);
      gtk_grid_attach (GTK_GRID (grid), cell_new (text != NULL ? text : counts, FALSE), i + 1, line, 1, 1);
    }
  line++;

  for (guint c = 0; c < heatmap->n_columns; c++, line++)
    {
      gtk_grid_attach (GTK_GRID (grid), cell_new (heatmap->column_labels[c], TRUE), 0, line, 1, 1);
      for (guint i = 0; i < n_rows; i++)
        {
          g_autofree char *text = format_cell (heatmap, rows[i], c);
          GtkWidget *label = cell_new (text, FALSE);

          gtk_widget_add_css_class (label, "numeric");
          gtk_grid_attach (GTK_GRID (grid), label, i + 1, line, 1, 1);
        }
    }

  gtk_grid_attach (GTK_GRID (grid), cell_new (_("Recommendations"), TRUE), 0, line, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), cell_new (_("Decision"), TRUE), 0, line + 1, 1, 1);
  for (guint i = 0; i < n_rows; i++)
    {
      gint64 application_id = heatmap->row_ids[rows[i]];
      g_autoptr(GPtrArray) scorecards = sl_store_list_scorecards (store, application_id, 0, NULL, error);
      g_autoptr(GPtrArray) decisions = NULL;
      g_autofree char *tally = NULL;
      g_autofree char *decision = NULL;

      if (scorecards == NULL ||
          (decisions = sl_store_list_decisions (store, application_id, error)) == NULL)
        return NULL;

      tally = sl_scorecards_format_tally (scorecards);
      decision = format_decision (decisions);
      gtk_grid_attach (GTK_GRID (grid), cell_new (tally, FALSE), i + 1, line, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), cell_new (decision, FALSE), i + 1, line + 1, 1, 1);
    }

  window = adw_window_new ();
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 200 + 240 * n_rows, 680);
  gtk_window_set_title (GTK_WINDOW (window), _("Compare Candidates"));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (_("Compare Candidates"), title->str));
  gtk_box_append (GTK_BOX (box), header);

  scroller = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), grid);
  gtk_box_append (GTK_BOX (box), scroller);
  adw_window_set_content (ADW_WINDOW (window), box);
  sl_gui_close_on_escape (GTK_WINDOW (window));

  return window;
}
