/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-review-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sl-committee.h"
#include "sl-compare-window.h"
#include "sl-decision-dialog.h"
#include "sl-gui-util.h"
#include "sl-heatmap-source.h"
#include "sl-heatmap-view.h"
#include "sl-panel-view.h"
#include "sl-review-page.h"

/* The hiring committee's view of a role: every candidate's mean rating on
 * every competency, how far the interviewers agree, and how each of them
 * rates against the rest. It shows what the committee may see: submitted
 * scorecards only, and names hidden at will for a debrief. */

struct _SlReviewPage
{
  GtkBox parent_instance;

  SlStore *store;
  gint64 role_id;
  GSettings *settings;
  SlHeatmapData heatmap;
  guint reload_source;
  GPtrArray *rows;          /* rows added to the groups */
  GPtrArray *checks;        /* per heat map row: its GtkCheckButton to compare */
  GPtrArray *participants;  /* per heat map row: who interviewed, as a line */
  gint64 selected_id;       /* the application shown in who-said-what */
  gboolean debrief;
  gboolean stale;           /* the store changed while the page was hidden */

  GtkLabel *summary_label;
  GtkToggleButton *hide_names_button;
  GtkToggleButton *table_button;
  GtkButton *debrief_button;
  GtkStack *stack;
  SlHeatmapView *heatmap_view;
  GtkGrid *table_grid;
  AdwPreferencesGroup *decisions_group;
  SlPanelView *panel_view;
  AdwPreferencesGroup *agreement_group;
  AdwPreferencesGroup *calibration_group;
};

G_DEFINE_FINAL_TYPE (SlReviewPage, sl_review_page, GTK_TYPE_BOX)

static void
clear_rows (SlReviewPage *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->checks, 0);
  g_ptr_array_set_size (self->participants, 0);
}

static GtkWidget *
add_row (SlReviewPage        *self,
         AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle,
         const char          *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  if (value != NULL)
    {
      GtkWidget *label = gtk_label_new (value);

      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_add_css_class (label, "title-4");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }

  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, row);

  return row;
}

static guint
count_checked (SlReviewPage *self)
{
  guint n = 0;

  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      n++;

  return n;
}

static void
update_compare (SlReviewPage *self)
{
  guint n = count_checked (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.compare", n >= SL_COMPARE_MIN && n <= SL_COMPARE_MAX);
}

static int
row_of_application (SlReviewPage *self,
                    gint64        application_id)
{
  for (guint r = 0; self->heatmap.row_ids != NULL && r < self->heatmap.n_rows; r++)
    if (self->heatmap.row_ids[r] == application_id)
      return r;

  return -1;
}

static void
show_panel (SlReviewPage *self,
            gint64        application_id)
{
  int row = row_of_application (self, application_id);

  self->selected_id = row >= 0 ? application_id : 0;
  sl_panel_view_set_application (self->panel_view, self->store, self->selected_id,
                                 row >= 0 ? self->heatmap.row_labels[row] : NULL);
}

static void
on_candidate_activated (AdwActionRow *row,
                        SlReviewPage *self)
{
  const gint64 *application_id = g_object_get_data (G_OBJECT (row), "sl-application");

  show_panel (self, application_id != NULL ? *application_id : 0);
}

/* Who interviewed, once each, in the order they submitted. */
static char *
list_interviewers (GPtrArray *scorecards)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < scorecards->len; i++)
    {
      const SlScorecard *scorecard = g_ptr_array_index (scorecards, i);

      if (!g_ptr_array_find_with_equal_func (names, scorecard->interviewer_name, g_str_equal, NULL))
        g_ptr_array_add (names, scorecard->interviewer_name);
    }
  g_ptr_array_add (names, NULL);

  return g_strjoinv (", ", (char **) names->pdata);
}

static char *
describe_decision (GPtrArray *decisions)
{
  const SlDecision *latest;
  g_autofree char *date = NULL;

  if (decisions->len == 0)
    return g_strdup (_("No decision yet"));

  latest = g_ptr_array_index (decisions, 0);
  date = sl_gui_format_date (latest->decided);
  /* Translators: the committee's decision, and when */
  return g_strdup_printf (latest->hire ? _("Decided: hire, %s") : _("Decided: no hire, %s"), date);
}

/* A row per candidate of the heat map: the recommendations, the
 * decision, a box to tick for comparison and the decision's form. */
static gboolean
add_candidates (SlReviewPage  *self,
                GError       **error)
{
  for (guint r = 0; r < self->heatmap.n_rows; r++)
    {
      gint64 application_id = self->heatmap.row_ids[r];
      g_autoptr(GPtrArray) scorecards = NULL;
      g_autoptr(GPtrArray) decisions = NULL;
      g_autofree char *tally = NULL;
      g_autofree char *decision = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *check_label = NULL;
      g_autofree char *decide_label = NULL;
      GtkWidget *row;
      GtkWidget *check;
      GtkWidget *decide;

      scorecards = sl_store_list_scorecards (self->store, application_id, 0, NULL, error);
      decisions = scorecards != NULL ? sl_store_list_decisions (self->store, application_id, error) : NULL;
      if (decisions == NULL)
        return FALSE;

      tally = sl_scorecards_format_tally (scorecards);
      decision = describe_decision (decisions);
      subtitle = g_strdup_printf ("%s\n%s", tally, decision);
      row = add_row (self, self->decisions_group, self->heatmap.row_labels[r], subtitle, NULL);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "sl-application", g_memdup2 (&application_id, sizeof application_id),
                              g_free);
      g_signal_connect_object (row, "activated", G_CALLBACK (on_candidate_activated), self, 0);
      gtk_widget_set_tooltip_text (row, _("Show Who Said What"));

      check = gtk_check_button_new ();
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      /* Translators: a check box's name; %s is a candidate */
      check_label = g_strdup_printf (_("Compare %s"), self->heatmap.row_labels[r]);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, check_label, -1);
      g_signal_connect_object (check, "toggled", G_CALLBACK (update_compare), self, G_CONNECT_SWAPPED);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      g_ptr_array_add (self->checks, check);

      decide = gtk_button_new_with_label (_("Decide…"));
      gtk_widget_set_valign (decide, GTK_ALIGN_CENTER);
      /* Translators: a button's name; %s is a candidate */
      decide_label = g_strdup_printf (_("Record the decision on %s"), self->heatmap.row_labels[r]);
      gtk_accessible_update_property (GTK_ACCESSIBLE (decide), GTK_ACCESSIBLE_PROPERTY_LABEL, decide_label, -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (decide), "review.decide");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (decide), "u", r);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), decide);

      g_ptr_array_add (self->participants, list_interviewers (scorecards));
    }

  return TRUE;
}

static void
add_agreement (SlReviewPage      *self,
               const char        *title,
               const SlAgreement *agreement)
{
  g_autofree char *value = NULL;
  g_autofree char *subtitle = NULL;

  if (isnan (agreement->alpha))
    {
      /* Said in words, not a number that would mislead. */
      add_row (self, self->agreement_group, title, agreement->undefined, _("Undefined"));
      return;
    }

  value = g_strdup_printf ("%.2f", agreement->alpha);
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u rating compared",
                                           "%u ratings compared",
                                           agreement->n_pairable),
                              agreement->n_pairable);
  add_row (self, self->agreement_group, title, subtitle, value);
}

static void
reload (SlReviewPage *self)
{
  g_autoptr(SlCommitteeStats) stats = NULL;
  g_autoptr(GPtrArray) table = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  gboolean hide_names = gtk_toggle_button_get_active (self->hide_names_button);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  self->stale = FALSE;

  sl_heatmap_view_set_data (self->heatmap_view, NULL);
  sl_heatmap_data_clear (&self->heatmap);
  clear_rows (self);
  update_compare (self);
  sl_panel_view_set_application (self->panel_view, NULL, 0, NULL);

  if (self->store == NULL || self->role_id == 0)
    return;

  /* The committee's view: no one's unsubmitted draft makes it blind. */
  if (!sl_heatmap_data_load (&self->heatmap, self->store, self->role_id, 0, hide_names, &stats, &error))
    {
      if (!g_error_matches (error, SL_ERROR, SL_ERROR_NOT_FOUND))
        sl_gui_show_error (GTK_WIDGET (self), error);
      return;
    }

  sl_heatmap_view_set_data (self->heatmap_view, &self->heatmap);
  table = sl_heatmap_table (&self->heatmap);
  sl_gui_fill_table (self->table_grid, table);

  if (!add_candidates (self, &error))
    {
      sl_gui_show_error (GTK_WIDGET (self), error);
      return;
    }
  update_compare (self);
  show_panel (self, self->selected_id);

  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u submitted rating on the scale, from the latest version of each scorecard",
                                          "%u submitted ratings on the scale, from the latest version of each scorecard",
                                          stats->n_ratings),
                             stats->n_ratings);
  gtk_label_set_label (self->summary_label, summary);

  add_agreement (self, _("All competencies"), stats->overall);
  for (guint i = 0; i < stats->competencies->len; i++)
    {
      const SlAgreement *agreement = g_ptr_array_index (stats->competencies, i);

      add_agreement (self, agreement->competency_name, agreement);
    }

  for (guint i = 0; i < stats->interviewers->len; i++)
    {
      const SlInterviewerCalibration *c = g_ptr_array_index (stats->interviewers, i);
      g_autofree char *value = NULL;
      g_autofree char *subtitle = NULL;

      if (isnan (c->offset))
        {
          add_row (self, self->calibration_group, c->interviewer_name,
                   _("No candidate shared with another interviewer"), NULL);
          continue;
        }

      value = g_strdup_printf ("%+.2f", c->offset);
      /* Translators: how an interviewer rates against the panel, and over
       * how many shared candidates */
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%s, over %u shared candidate",
                                               "%s, over %u shared candidates",
                                               c->n_shared_candidates),
                                  c->offset > 0.25 ? _("Rates higher than the others")
                                  : c->offset < -0.25 ? _("Rates lower than the others")
                                  : _("In line with the others"),
                                  c->n_shared_candidates);
      add_row (self, self->calibration_group, c->interviewer_name, subtitle, value);
    }
}

static gboolean
reload_idle (gpointer user_data)
{
  SlReviewPage *self = user_data;

  self->reload_source = 0;
  reload (self);

  return G_SOURCE_REMOVE;
}

static void
on_store_changed (SlReviewPage *self,
                  const char   *what,
                  gint64        id,
                  SlStore      *store)
{
  if (g_strcmp0 (what, "scorecard") != 0 && g_strcmp0 (what, "role") != 0 &&
      g_strcmp0 (what, "candidate") != 0 && g_strcmp0 (what, "outside") != 0)
    return;

  /* A draft typed elsewhere changes the store often; the review reads it
   * once it is shown again. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->stale = TRUE;
  else if (self->reload_source == 0)
    self->reload_source = g_idle_add (reload_idle, self);
}

static void
sl_review_page_map (GtkWidget *widget)
{
  SlReviewPage *self = SL_REVIEW_PAGE (widget);

  GTK_WIDGET_CLASS (sl_review_page_parent_class)->map (widget);

  if (self->stale)
    reload (self);
}

static void
on_hide_names_toggled (SlReviewPage    *self,
                       GtkToggleButton *button)
{
  reload (self);
}

static void
on_table_toggled (SlReviewPage    *self,
                  GtkToggleButton *button)
{
  gtk_stack_set_visible_child_name (self->stack, gtk_toggle_button_get_active (button) ? "table" : "heatmap");
}

static void
compare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SlReviewPage *self = SL_REVIEW_PAGE (widget);
  g_autoptr(GError) error = NULL;
  guint rows[SL_COMPARE_MAX];
  guint n = 0;
  GtkWidget *window;

  for (guint i = 0; i < self->checks->len && n < SL_COMPARE_MAX; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      rows[n++] = i;

  if (n < SL_COMPARE_MIN)
    return;

  window = sl_compare_window_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store, &self->heatmap,
                                  rows, n, &error);
  if (window == NULL)
    {
      sl_gui_show_error (widget, error);
      return;
    }

  gtk_window_present (GTK_WINDOW (window));
}

static void
decide_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SlReviewPage *self = SL_REVIEW_PAGE (widget);
  guint row = g_variant_get_uint32 (parameter);
  GtkWidget *dialog;

  if (row >= self->heatmap.n_rows)
    return;

  dialog = sl_decision_dialog_new (widget, self->store, self->heatmap.row_ids[row],
                                   self->heatmap.row_labels[row], g_ptr_array_index (self->participants, row));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The review full screen, for the committee's meeting; in it, the same
 * button leaves. */
static void
debrief_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SlReviewPage *self = SL_REVIEW_PAGE (widget);
  GtkWidget *window;
  GtkWidget *page;
  GtkWidget *overlay;
  GtkWidget *box;
  GtkWidget *header;
  g_autoptr(SlRole) role = NULL;

  if (self->debrief)
    {
      gtk_window_close (GTK_WINDOW (gtk_widget_get_root (widget)));
      return;
    }

  role = sl_store_get_role (self->store, self->role_id, NULL);

  window = adw_window_new ();
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  gtk_window_set_title (GTK_WINDOW (window), _("Debrief"));
  /* As large as the main window where full screen is not to be had. */
  gtk_window_set_default_size (GTK_WINDOW (window),
                               MAX (gtk_widget_get_width (GTK_WIDGET (gtk_widget_get_root (widget))), 900),
                               MAX (gtk_widget_get_height (GTK_WIDGET (gtk_widget_get_root (widget))), 700));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (_("Debrief"), role != NULL ? sl_role_get_title (role) : NULL));
  gtk_box_append (GTK_BOX (box), header);

  page = g_object_new (SL_TYPE_REVIEW_PAGE, NULL);
  SL_REVIEW_PAGE (page)->debrief = TRUE;
  gtk_button_set_label (SL_REVIEW_PAGE (page)->debrief_button, _("_Leave Debrief"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (SL_REVIEW_PAGE (page)->debrief_button), _("Leave the Full Screen Review"));
  gtk_widget_add_css_class (page, "debrief");
  gtk_widget_set_vexpand (page, TRUE);
  overlay = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), page);
  gtk_box_append (GTK_BOX (box), overlay);
  adw_window_set_content (ADW_WINDOW (window), box);

  sl_review_page_set_role (SL_REVIEW_PAGE (page), self->store, self->role_id);
  sl_gui_close_on_escape (GTK_WINDOW (window));
  gtk_window_fullscreen (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

static void
sl_review_page_dispose (GObject *object)
{
  SlReviewPage *self = SL_REVIEW_PAGE (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), SL_TYPE_REVIEW_PAGE);

  sl_heatmap_data_clear (&self->heatmap);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_pointer (&self->participants, g_ptr_array_unref);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sl_review_page_parent_class)->dispose (object);
}

static void
sl_review_page_class_init (SlReviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sl_review_page_dispose;
  widget_class->map = sl_review_page_map;

  g_type_ensure (SL_TYPE_HEATMAP_VIEW);
  g_type_ensure (SL_TYPE_PANEL_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/sl-review-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SlReviewPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SlReviewPage, hide_names_button);
  gtk_widget_class_bind_template_child (widget_class, SlReviewPage, table_button);
  gtk_widget_class_bind_template_child (widget_class, SlReviewPage, stack);
  gtk_widget_class_bind_template_child (widget_class, SlReviewPage, heatmap_view);
  gtk_widget_class_bind_template_child (widget_class, SlReviewPage, table_grid);
  gtk_widget_class_bind_template_child (widget_class, SlReviewPage, debrief_button);
  gtk_widget_class_bind_template_child (widget_class, SlReviewPage, decisions_group);
  gtk_widget_class_bind_template_child (widget_class, SlReviewPage, panel_view);
  gtk_widget_class_bind_template_child (widget_class, SlReviewPage, agreement_group);
  gtk_widget_class_bind_template_child (widget_class, SlReviewPage, calibration_group);
  gtk_widget_class_bind_template_callback (widget_class, on_hide_names_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_table_toggled);

  gtk_widget_class_install_action (widget_class, "review.compare", NULL, compare_action);
  gtk_widget_class_install_action (widget_class, "review.decide", "u", decide_action);
  gtk_widget_class_install_action (widget_class, "review.debrief", NULL, debrief_action);
}

static void
sl_review_page_init (SlReviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
  self->checks = g_ptr_array_new ();
  self->participants = g_ptr_array_new_with_free_func (g_free);

  /* Whether names are hidden is remembered for the next debrief. */
  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind (self->settings, "hide-names-in-debrief", self->hide_names_button, "active",
                   G_SETTINGS_BIND_DEFAULT);
}

void
sl_review_page_set_role (SlReviewPage *self,
                         SlStore      *store,
                         gint64        role_id)
{
  g_return_if_fail (SL_IS_REVIEW_PAGE (self));
  g_return_if_fail (store == NULL || SL_IS_STORE (store));

  sl_gui_follow_store (self, &self->store, store, G_CALLBACK (on_store_changed));

  self->role_id = role_id;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
  else
    self->stale = TRUE;
}

/**
 * sl_review_page_get_heatmap:
 *
 * Returns: (transfer none): the figures of the heat map shown
 */
const SlHeatmapData *
sl_review_page_get_heatmap (SlReviewPage *self)
{
  g_return_val_if_fail (SL_IS_REVIEW_PAGE (self), NULL);

  return &self->heatmap;
}
