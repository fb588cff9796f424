/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-panel-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-gui-util.h"
#include "sl-panel-view.h"

/* Who said what about one candidate: a column per submitted scorecard,
 * a row per competency, each cell the interviewer's rating with their
 * note beneath, then the overall recommendations and the takeaways. It
 * shows the committee's view, so every submitted scorecard. */

struct _SlPanelView
{
  GtkBox parent_instance;

  GtkLabel *title_label;
  GtkGrid *grid;
  guint n_scorecards;
};

G_DEFINE_FINAL_TYPE (SlPanelView, sl_panel_view, GTK_TYPE_BOX)

static GtkWidget *
cell_new (const char *text,
          const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (label), 16);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);

  return label;
}

/* A rating, and under it the note that backs it. */
static GtkWidget *
rating_cell_new (SlRating    rating,
                 const char *note)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *value = cell_new (sl_rating_get_label (rating), "heading");

  gtk_widget_add_css_class (value, "rating-value");
  if (sl_rating_is_score (rating))
    {
      g_autofree char *style = g_strdup_printf ("rating-%d", (int) rating);

      gtk_widget_add_css_class (value, style);
    }
  else
    {
      gtk_widget_add_css_class (value, "dim-label");
    }

  gtk_box_append (GTK_BOX (box), value);
  if (sl_gui_is_set (note))
    gtk_box_append (GTK_BOX (box), cell_new (note, "caption"));

  return box;
}

static guint
row_of (GArray *competencies,
        gint64  competency_id)
{
  for (guint i = 0; i < competencies->len; i++)
    if (g_array_index (competencies, gint64, i) == competency_id)
      return i;

  g_array_append_val (competencies, competency_id);
  return competencies->len - 1;
}

static void
clear (SlPanelView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
  self->n_scorecards = 0;
}

/**
 * sl_panel_view_set_application:
 * @application_id: the application to show, or 0 for none
 * @candidate_label: the candidate as the review names them, which may be
 *   "Candidate A"
 */
void
sl_panel_view_set_application (SlPanelView *self,
                               SlStore     *store,
                               gint64       application_id,
                               const char  *candidate_label)
{
  g_autoptr(GPtrArray) scorecards = NULL;
  g_autoptr(GPtrArray) interviews = NULL;
  g_autoptr(GArray) competencies = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  guint n_rows;

  g_return_if_fail (SL_IS_PANEL_VIEW (self));

  clear (self);
  gtk_widget_set_visible (GTK_WIDGET (self), application_id != 0);
  if (application_id == 0)
    return;

  /* The committee's view: no viewer, so nobody's draft hides anything. */
  scorecards = sl_store_list_scorecards (store, application_id, 0, NULL, &error);
  interviews = scorecards != NULL ? sl_store_list_interviews (store, application_id, &error) : NULL;
  if (interviews == NULL)
    {
      sl_gui_show_error (GTK_WIDGET (self), error);
      return;
    }

  /* Translators: a heading; %s is a candidate */
  title = g_strdup_printf (_("Who Said What: %s"), candidate_label);
  gtk_label_set_label (self->title_label, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->grid), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  if (scorecards->len == 0)
    {
      gtk_grid_attach (self->grid, cell_new (_("No submitted scorecards yet"), "dim-label"), 0, 0, 1, 1);
      return;
    }

  /* Competencies in the order the stages rate them. */
  for (guint s = 0; s < scorecards->len; s++)
    {
      const SlScorecard *scorecard = g_ptr_array_index (scorecards, s);

      for (guint i = 0; i < scorecard->ratings->len; i++)
        {
          const SlCompetencyRating *rating = g_ptr_array_index (scorecard->ratings, i);
          guint before = competencies->len;
          guint row = row_of (competencies, rating->competency_id);

          if (competencies->len > before)
            gtk_grid_attach (self->grid, cell_new (rating->competency_name, "heading"), 0, row + 1, 1, 1);
        }
    }

  n_rows = competencies->len;
  gtk_grid_attach (self->grid, cell_new (_("Overall"), "heading"), 0, n_rows + 1, 1, 1);
  gtk_grid_attach (self->grid, cell_new (_("Key takeaways"), "heading"), 0, n_rows + 2, 1, 1);

  for (guint s = 0; s < scorecards->len; s++)
    {
      const SlScorecard *scorecard = g_ptr_array_index (scorecards, s);
      g_autofree char *header = NULL;

      const char *stage = NULL;

      for (guint i = 0; i < interviews->len && stage == NULL; i++)
        if (((SlInterview *) g_ptr_array_index (interviews, i))->id == scorecard->interview_id)
          stage = ((SlInterview *) g_ptr_array_index (interviews, i))->stage_name;

      if (scorecard->version > 1)
        /* Translators: an interviewer, the version of their amended
         * scorecard, and the interview stage under it */
        header = g_strdup_printf (_("%s (version %u)\n%s"), scorecard->interviewer_name, scorecard->version,
                                  stage != NULL ? stage : "");
      else
        header = g_strdup_printf ("%s\n%s", scorecard->interviewer_name, stage != NULL ? stage : "");
      gtk_grid_attach (self->grid, cell_new (header, "heading"), s + 1, 0, 1, 1);

      for (guint i = 0; i < scorecard->ratings->len; i++)
        {
          const SlCompetencyRating *rating = g_ptr_array_index (scorecard->ratings, i);

          gtk_grid_attach (self->grid, rating_cell_new (rating->rating, rating->note),
                           s + 1, row_of (competencies, rating->competency_id) + 1, 1, 1);
        }

      /* Competencies another stage rated: not asked in this interview. */
      for (guint r = 0; r < n_rows; r++)
        if (gtk_grid_get_child_at (self->grid, s + 1, r + 1) == NULL)
          gtk_grid_attach (self->grid, cell_new ("—", "dim-label"), s + 1, r + 1, 1, 1);

      gtk_grid_attach (self->grid, rating_cell_new (scorecard->overall, NULL), s + 1, n_rows + 1, 1, 1);
      gtk_grid_attach (self->grid, cell_new (sl_gui_is_set (scorecard->takeaways) ? scorecard->takeaways : "—", NULL),
                       s + 1, n_rows + 2, 1, 1);
    }

  self->n_scorecards = scorecards->len;
}

guint
sl_panel_view_get_n_scorecards (SlPanelView *self)
{
  g_return_val_if_fail (SL_IS_PANEL_VIEW (self), 0);

  return self->n_scorecards;
}

static void
sl_panel_view_class_init (SlPanelViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_css_name (widget_class, "panelview");
}

static void
sl_panel_view_init (SlPanelView *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 12);

  self->title_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->title_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "heading");
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->title_label));

  self->grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_column_spacing (self->grid, 24);
  gtk_grid_set_row_spacing (self->grid, 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->grid), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->grid), 12);
  gtk_widget_set_margin_start (GTK_WIDGET (self->grid), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->grid), 12);

  /* Eight interviewers are wider than the page: the grid scrolls
   * sideways rather than squeezing the notes. */
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->grid));
  gtk_widget_add_css_class (scroller, "card");
  gtk_box_append (GTK_BOX (self), scroller);

  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
sl_panel_view_new (void)
{
  return g_object_new (SL_TYPE_PANEL_VIEW, NULL);
}
