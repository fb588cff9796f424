/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-compensation-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "sl-chart-view.h"
#include "sl-pay-chart-source.h"
#include "sl-compensation-page.h"
#include "sl-gui-util.h"
#include "sl-money.h"
#include "sl-pay-dialogs.h"
#include "sl-util.h"

/* A role's compensation: the market for it, its pay band, what its
 * candidates earn and ask, and the offers made, in one chart of three
 * kinds, as a table of the same figures, and exported at any size. */

struct _SlCompensationPage
{
  GtkBox parent_instance;

  SlStore *store;
  gint64 role_id;
  guint reload_source;
  gboolean stale;           /* the role or the store changed while the page was hidden */

  /* What the chart shows, and what keeps it alive. */
  SlPayChartSource *source;
  SlPayChartData empty;         /* shown while there is no source */
  GPtrArray *datasets;          /* SlMarketDataset* */
  GPtrArray *base_entries;      /* SlMarketEntry*, not owned, the base row's choices */
  GPtrArray *total_entries;     /* SlMarketEntry*, not owned, the total row's choices */
  char *base_choice;            /* the entries chosen, kept across reloads */
  char *total_choice;
  gboolean filling;             /* while the combo rows are being refilled */

  GtkToggleButton *salary_button;
  GtkToggleButton *total_button;
  GtkToggleButton *fit_button;
  GtkToggleButton *table_button;
  GtkStack *chart_stack;
  SlChartView *chart_view;
  GtkGrid *table_grid;
  AdwPreferencesGroup *market_group;
  AdwComboRow *dataset_row;
  AdwComboRow *base_row;
  AdwComboRow *total_row;
  AdwActionRow *band_row;
  AdwActionRow *bonus_row;
  AdwActionRow *equity_row;
  AdwPreferencesGroup *candidates_group;
  GtkSearchEntry *pay_search_entry;
  GPtrArray *candidate_rows;    /* the rows added to candidates_group */
};

G_DEFINE_FINAL_TYPE (SlCompensationPage, sl_compensation_page, GTK_TYPE_BOX)

static SlPayChartData *
chart_data (SlCompensationPage *self)
{
  return self->source != NULL ? &self->source->data : &self->empty;
}

static SlPayChartKind
chart_kind (SlCompensationPage *self)
{
  if (gtk_toggle_button_get_active (self->total_button))
    return SL_PAY_CHART_TOTAL_COMP;
  if (gtk_toggle_button_get_active (self->fit_button))
    return SL_PAY_CHART_BAND_FIT;
  return SL_PAY_CHART_SALARY;
}

static const char *
chart_title (SlPayChartKind kind)
{
  switch (kind)
    {
    case SL_PAY_CHART_TOTAL_COMP:
      return _("Total compensation of the offers");
    case SL_PAY_CHART_BAND_FIT:
      return _("Band fit of the candidates");
    case SL_PAY_CHART_SALARY:
    default:
      return _("Salary ranges, band, asks and offers");
    }
}

static void
update_table (SlCompensationPage *self)
{
  g_autoptr(GPtrArray) table = sl_pay_chart_table (chart_kind (self), chart_data (self));

  sl_gui_fill_table (self->table_grid, table);
}

static void
update_chart (SlCompensationPage *self)
{
  SlPayChartKind kind = chart_kind (self);

  sl_chart_view_set_chart (self->chart_view, kind, chart_title (kind), chart_data (self));
  update_table (self);
}

static const SlMarketEntry *
selected_entry (AdwComboRow *row,
                GPtrArray   *entries)
{
  guint selected = adw_combo_row_get_selected (row);

  if (entries == NULL || selected == GTK_INVALID_LIST_POSITION || selected >= entries->len)
    return NULL;

  return g_ptr_array_index (entries, selected);
}

/* The chosen market entries into the chart's figures. */
static void
update_market (SlCompensationPage *self)
{
  const SlMarketEntry *base = selected_entry (self->base_row, self->base_entries);
  const SlMarketEntry *total = selected_entry (self->total_row, self->total_entries);

  if (self->source == NULL)
    return;

  self->source->data.market_base = base;
  self->source->data.market_total = total;
  g_free (self->base_choice);
  self->base_choice = base != NULL ? g_strdup (base->role) : NULL;
  g_free (self->total_choice);
  self->total_choice = total != NULL ? g_strdup (total->role) : NULL;
}

static char *
describe_entry (const SlMarketEntry *entry)
{
  g_autoptr(GString) text = g_string_new (entry->role);

  if (entry->level != NULL)
    g_string_append_printf (text, " · %s", entry->level);
  g_string_append_printf (text, " · %s", entry->location);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Fills a combo row with the entries of the data set, selecting the one
 * the user chose before, else the one the source picked. */
static void
fill_entry_row (AdwComboRow         *row,
                GPtrArray           *entries,
                const char          *choice,
                const SlMarketEntry *picked)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < entries->len; i++)
    {
      const SlMarketEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *label = describe_entry (entry);

      gtk_string_list_append (labels, label);
      if (choice != NULL ? g_strcmp0 (entry->role, choice) == 0 && selected == GTK_INVALID_LIST_POSITION
                         : entry == picked)
        selected = i;
    }

  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
  if (selected != GTK_INVALID_LIST_POSITION)
    adw_combo_row_set_selected (row, selected);
  gtk_widget_set_sensitive (GTK_WIDGET (row), entries->len > 0);
}

static void
fill_entries (SlCompensationPage *self)
{
  const SlMarketDocument *document = self->source != NULL ? self->source->document : NULL;

  g_ptr_array_set_size (self->base_entries, 0);
  g_ptr_array_set_size (self->total_entries, 0);

  for (guint i = 0; document != NULL && i < document->entries->len; i++)
    {
      SlMarketEntry *entry = g_ptr_array_index (document->entries, i);

      g_ptr_array_add (entry->component == SL_MARKET_BASE ? self->base_entries : self->total_entries, entry);
    }

  self->filling = TRUE;
  fill_entry_row (self->base_row, self->base_entries, self->base_choice,
                  self->source != NULL ? self->source->data.market_base : NULL);
  fill_entry_row (self->total_row, self->total_entries, self->total_choice,
                  self->source != NULL ? self->source->data.market_total : NULL);
  self->filling = FALSE;
}

static void
fill_datasets (SlCompensationPage *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  guint selected = 0;

  g_clear_pointer (&self->datasets, g_ptr_array_unref);
  self->datasets = sl_store_list_market_datasets (self->store, &error);
  if (self->datasets == NULL)
    sl_gui_show_error (GTK_WIDGET (self), error);

  for (guint i = 0; self->datasets != NULL && i < self->datasets->len; i++)
    {
      SlMarketDataset *dataset = g_ptr_array_index (self->datasets, i);
      g_autoptr(GString) label = g_string_new (NULL);

      /* Translators: a market data set: its source and how recent it is */
      g_string_printf (label, _("%s, %s"), dataset->source, dataset->as_of);
      if (dataset->fetched > 0)
        {
          g_autofree char *date = sl_gui_format_date (dataset->fetched);
          /* Translators: when a market data set was last fetched */
          g_string_append_printf (label, _(" · fetched %s"), date);
        }
      if (dataset->total_sample_size > 0)
        {
          g_autofree char *size = g_strdup_printf ("%'" G_GINT64_FORMAT, dataset->total_sample_size);
          /* Translators: how many salaries a market data set was drawn from */
          g_string_append_printf (label, _(" · %s in the samples"), size);
        }

      gtk_string_list_append (labels, label->str);
      if (dataset->builtin)
        selected = i;
    }

  self->filling = TRUE;
  adw_combo_row_set_model (self->dataset_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->dataset_row, selected);
  self->filling = FALSE;
}

static const SlMarketDataset *
selected_dataset_info (SlCompensationPage *self)
{
  guint selected = adw_combo_row_get_selected (self->dataset_row);

  if (self->datasets == NULL || selected >= self->datasets->len)
    return NULL;

  return g_ptr_array_index (self->datasets, selected);
}

static gint64
selected_dataset (SlCompensationPage *self)
{
  const SlMarketDataset *dataset = selected_dataset_info (self);

  return dataset != NULL ? dataset->id : 0;
}

/* Data from a feed that was not confirmed current lately still draws, but
 * says so. */
static void
update_staleness (SlCompensationPage *self)
{
  const SlMarketDataset *dataset = selected_dataset_info (self);
  g_autofree char *text = NULL;

  if (dataset != NULL && sl_market_dataset_is_stale (dataset, g_get_real_time () / G_USEC_PER_SEC))
    {
      g_autofree char *date = sl_gui_format_date (dataset->fetched > 0 ? dataset->fetched : dataset->imported);

      /* Translators: a market data set from a feed that was not fetched lately */
      text = g_strdup_printf (_("Stale: last confirmed current on %s. Refresh market data in Preferences."),
                              date);
    }

  adw_preferences_group_set_description (self->market_group, text);
}

static void
update_band_rows (SlCompensationPage *self)
{
  const SlPayBand *band = self->source != NULL ? self->source->band : NULL;

  if (band == NULL)
    {
      adw_action_row_set_subtitle (self->band_row, _("No pay band yet"));
      gtk_widget_set_visible (GTK_WIDGET (self->bonus_row), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->equity_row), FALSE);
      return;
    }

  {
    g_autofree char *min = sl_money_format (band->min, band->currency);
    g_autofree char *mid = sl_money_format (band->mid, band->currency);
    g_autofree char *max = sl_money_format (band->max, band->currency);
    /* Translators: a pay band's minimum, midpoint and maximum */
    g_autofree char *text = g_strdup_printf (_("%s to %s, midpoint %s"), min, max, mid);

    adw_action_row_set_subtitle (self->band_row, text);
  }

  gtk_widget_set_visible (GTK_WIDGET (self->bonus_row), !isnan (band->target_bonus_pct));
  if (!isnan (band->target_bonus_pct))
    {
      g_autofree char *text = g_strdup_printf (_("%g %% of base pay"), band->target_bonus_pct);

      adw_action_row_set_subtitle (self->bonus_row, text);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->equity_row), sl_gui_is_set (band->equity));
  if (sl_gui_is_set (band->equity))
    adw_action_row_set_subtitle (self->equity_row, band->equity);
}

static char *
describe_pay (const SlPayRow *row,
              const char     *currency)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (!isnan (row->current_pay))
    {
      g_autofree char *amount = sl_money_format (row->current_pay, currency);
      g_ptr_array_add (parts, g_strdup_printf (_("Earns %s"), amount));
    }
  if (!isnan (row->expected_pay))
    {
      g_autofree char *amount = sl_money_format (row->expected_pay, currency);
      g_ptr_array_add (parts, g_strdup_printf (_("asks %s"), amount));
    }
  if (row->offer != NULL)
    {
      g_autofree char *amount = sl_money_format (row->offer->base, row->offer->currency);
      /* Translators: an offer's base pay, its status and its version */
      g_ptr_array_add (parts, g_strdup_printf (_("offer %s, %s (version %u)"), amount,
                                               sl_offer_status_get_label (row->offer->status),
                                               row->offer->version));
    }

  if (parts->len == 0)
    return g_strdup (_("No pay known yet"));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static GtkWidget *
button_new (const char *label,
            const char *action,
            gint64      application_id,
            const char *accessible)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (application_id));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

  return button;
}

/* The most candidates listed with their pay at once. */
#define MAX_PAY_ROWS 100

/* Whether a candidate has figures of pay or an offer. */
static gboolean
has_figures (const SlPayRow *row)
{
  return isfinite (row->current_pay) || isfinite (row->expected_pay) || row->offer != NULL;
}

/* Which candidates the list shows: all of a role of few; of a role of
 * many, those with figures, or those whose name matches the search — a
 * row each for a hundred thousand would stop the window. */
static gboolean
row_is_listed (SlCompensationPage *self,
               const SlPayRow     *row,
               const char         *search,
               gboolean            many)
{
  g_autofree char *name = NULL;

  if (search == NULL)
    return !many || has_figures (row);

  name = g_utf8_casefold (row->candidate_name, -1);
  return strstr (name, search) != NULL;
}

static void
update_candidate_rows (SlCompensationPage *self)
{
  GPtrArray *rows = self->source != NULL ? self->source->rows : NULL;
  g_autofree char *search = sl_str_clean (gtk_editable_get_text (GTK_EDITABLE (self->pay_search_entry)));
  gboolean many = rows != NULL && rows->len > MAX_PAY_ROWS;
  guint n_matching = 0;

  for (guint i = 0; i < self->candidate_rows->len; i++)
    adw_preferences_group_remove (self->candidates_group, g_ptr_array_index (self->candidate_rows, i));
  g_ptr_array_set_size (self->candidate_rows, 0);

  if (search != NULL)
    {
      char *folded = g_utf8_casefold (search, -1);

      g_free (search);
      search = folded;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->pay_search_entry), many);

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      SlPayRow *row = g_ptr_array_index (rows, i);
      g_autofree char *subtitle = NULL;
      g_autofree char *pay_label = NULL;
      g_autofree char *offer_label = NULL;
      GtkWidget *widget;

      if (!row_is_listed (self, row, search, many) || n_matching++ >= MAX_PAY_ROWS)
        continue;

      subtitle = describe_pay (row, self->source->data.currency);
      pay_label = g_strdup_printf (_("Pay of %s"), row->candidate_name);
      offer_label = g_strdup_printf (_("Offer to %s"), row->candidate_name);
      widget = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), row->candidate_name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (widget), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (widget), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (widget), FALSE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (widget),
                                 button_new (_("_Pay…"), "compensation.edit-pay", row->application_id, pay_label));
      adw_action_row_add_suffix (ADW_ACTION_ROW (widget),
                                 button_new (_("_Offer…"), "compensation.edit-offer", row->application_id, offer_label));

      adw_preferences_group_add (self->candidates_group, widget);
      g_ptr_array_add (self->candidate_rows, widget);
    }

  if (rows == NULL || rows->len == 0)
    adw_preferences_group_set_description (self->candidates_group, _("No candidates in this role yet"));
  else if (!many)
    adw_preferences_group_set_description (self->candidates_group, NULL);
  else
    {
      g_autofree char *description = NULL;

      if (search != NULL)
        /* Translators: how many are listed, of how many that match */
        description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%u of %u candidate matching the search",
                                                    "%u of %u candidates matching the search",
                                                    n_matching),
                                       MIN (n_matching, MAX_PAY_ROWS), n_matching);
      else
        description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "The %u candidate with pay figures or an offer; search for the others",
                                                    "The %u candidates with pay figures or an offer; search for the others",
                                                    MIN (n_matching, MAX_PAY_ROWS)),
                                       MIN (n_matching, MAX_PAY_ROWS));
      adw_preferences_group_set_description (self->candidates_group, description);
    }
}

static void
reload (SlCompensationPage *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_pointer (&self->source, sl_pay_chart_source_free);
  self->stale = FALSE;

  if (self->store != NULL && self->role_id > 0)
    {
      self->source = sl_pay_chart_source_load (self->store, self->role_id, selected_dataset (self), &error);

      /* A role deleted just now: the window moves on. */
      if (self->source == NULL && !g_error_matches (error, SL_ERROR, SL_ERROR_NOT_FOUND))
        sl_gui_show_error (GTK_WIDGET (self), error);
    }

  fill_entries (self);
  update_market (self);
  update_staleness (self);
  update_band_rows (self);
  update_candidate_rows (self);
  update_chart (self);
}

static gboolean
reload_idle (gpointer user_data)
{
  SlCompensationPage *self = user_data;

  self->reload_source = 0;
  reload (self);

  return G_SOURCE_REMOVE;
}

static void
on_store_changed (SlCompensationPage *self,
                  const char         *what,
                  gint64              id,
                  SlStore            *store)
{
  if (g_strcmp0 (what, "assessment") == 0)
    return;

  if (g_strcmp0 (what, "market") == 0 || g_strcmp0 (what, "outside") == 0)
    fill_datasets (self);

  /* Once for a burst of changes, after the dialog that made them; or
   * when the page is shown again. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->stale = TRUE;
  else if (self->reload_source == 0)
    self->reload_source = g_idle_add (reload_idle, self);
}

static void
sl_compensation_page_map (GtkWidget *widget)
{
  SlCompensationPage *self = SL_COMPENSATION_PAGE (widget);

  GTK_WIDGET_CLASS (sl_compensation_page_parent_class)->map (widget);

  if (self->stale)
    reload (self);
}

static void
on_kind_toggled (SlCompensationPage *self,
                 GtkToggleButton    *button)
{
  if (gtk_toggle_button_get_active (button))
    update_chart (self);
}

static void
on_table_toggled (SlCompensationPage *self,
                  GtkToggleButton    *button)
{
  gtk_stack_set_visible_child_name (self->chart_stack,
                                    gtk_toggle_button_get_active (button) ? "table" : "chart");
}

static void
on_dataset_selected (SlCompensationPage *self,
                     GParamSpec         *pspec,
                     AdwComboRow        *row)
{
  if (self->filling)
    return;

  /* Another data set: its own entries, none chosen yet. */
  g_clear_pointer (&self->base_choice, g_free);
  g_clear_pointer (&self->total_choice, g_free);
  reload (self);
}

static void
on_entry_selected (SlCompensationPage *self,
                   GParamSpec         *pspec,
                   AdwComboRow        *row)
{
  if (self->filling)
    return;

  update_market (self);
  update_chart (self);
}

static GtkWindow *
parent_window (SlCompensationPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static const SlPayRow *
find_row (SlCompensationPage *self,
          gint64              application_id)
{
  for (guint i = 0; self->source != NULL && i < self->source->rows->len; i++)
    {
      const SlPayRow *row = g_ptr_array_index (self->source->rows, i);

      if (row->application_id == application_id)
        return row;
    }

  return NULL;
}

static void
edit_band_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SlCompensationPage *self = SL_COMPENSATION_PAGE (widget);

  gtk_window_present (sl_pay_band_dialog_new (parent_window (self), self->store, self->role_id,
                                              self->source != NULL ? self->source->band : NULL));
}

static void
edit_pay_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SlCompensationPage *self = SL_COMPENSATION_PAGE (widget);
  const SlPayRow *row = find_row (self, g_variant_get_int64 (parameter));

  g_return_if_fail (row != NULL);

  gtk_window_present (sl_pay_dialog_new (parent_window (self), self->store, row, chart_data (self)->currency));
}

static void
edit_offer_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SlCompensationPage *self = SL_COMPENSATION_PAGE (widget);
  const SlPayRow *row = find_row (self, g_variant_get_int64 (parameter));

  g_return_if_fail (row != NULL);

  gtk_window_present (sl_offer_dialog_new (parent_window (self), self->store, row, chart_data (self)->currency));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SlCompensationPage *self = SL_COMPENSATION_PAGE (widget);

  sl_chart_view_export (self->chart_view, g_variant_get_string (parameter, NULL));
}

static void
sl_compensation_page_dispose (GObject *object)
{
  SlCompensationPage *self = SL_COMPENSATION_PAGE (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), SL_TYPE_COMPENSATION_PAGE);

  g_clear_pointer (&self->candidate_rows, g_ptr_array_unref);
  g_clear_pointer (&self->base_entries, g_ptr_array_unref);
  g_clear_pointer (&self->total_entries, g_ptr_array_unref);
  g_clear_pointer (&self->datasets, g_ptr_array_unref);
  g_clear_pointer (&self->source, sl_pay_chart_source_free);
  g_clear_pointer (&self->empty.rows, g_ptr_array_unref);
  g_clear_pointer (&self->base_choice, g_free);
  g_clear_pointer (&self->total_choice, g_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sl_compensation_page_parent_class)->dispose (object);
}

static void
sl_compensation_page_class_init (SlCompensationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sl_compensation_page_dispose;
  widget_class->map = sl_compensation_page_map;

  g_type_ensure (SL_TYPE_CHART_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/shortlist/Shortlist/sl-compensation-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SlCompensationPage, salary_button);
  gtk_widget_class_bind_template_child (widget_class, SlCompensationPage, total_button);
  gtk_widget_class_bind_template_child (widget_class, SlCompensationPage, fit_button);
  gtk_widget_class_bind_template_child (widget_class, SlCompensationPage, table_button);
  gtk_widget_class_bind_template_child (widget_class, SlCompensationPage, chart_stack);
  gtk_widget_class_bind_template_child (widget_class, SlCompensationPage, chart_view);
  gtk_widget_class_bind_template_child (widget_class, SlCompensationPage, table_grid);
  gtk_widget_class_bind_template_child (widget_class, SlCompensationPage, market_group);
  gtk_widget_class_bind_template_child (widget_class, SlCompensationPage, dataset_row);
  gtk_widget_class_bind_template_child (widget_class, SlCompensationPage, base_row);
  gtk_widget_class_bind_template_child (widget_class, SlCompensationPage, total_row);
  gtk_widget_class_bind_template_child (widget_class, SlCompensationPage, band_row);
  gtk_widget_class_bind_template_child (widget_class, SlCompensationPage, bonus_row);
  gtk_widget_class_bind_template_child (widget_class, SlCompensationPage, equity_row);
  gtk_widget_class_bind_template_child (widget_class, SlCompensationPage, candidates_group);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_table_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_dataset_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_selected);

  gtk_widget_class_install_action (widget_class, "compensation.edit-band", NULL, edit_band_action);
  gtk_widget_class_install_action (widget_class, "compensation.edit-pay", "x", edit_pay_action);
  gtk_widget_class_install_action (widget_class, "compensation.edit-offer", "x", edit_offer_action);
  gtk_widget_class_install_action (widget_class, "compensation.export", "s", export_action);
}

static void
sl_compensation_page_init (SlCompensationPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->candidate_rows = g_ptr_array_new ();
  self->empty.rows = g_ptr_array_new ();

  /* A role of many candidates lists only some; the others are searched for. */
  self->pay_search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->pay_search_entry, "placeholder-text", _("Find a candidate"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pay_search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Find a candidate’s pay and offers"), -1);
  gtk_widget_set_valign (GTK_WIDGET (self->pay_search_entry), GTK_ALIGN_CENTER);
  gtk_widget_set_visible (GTK_WIDGET (self->pay_search_entry), FALSE);
  g_signal_connect_swapped (self->pay_search_entry, "search-changed", G_CALLBACK (update_candidate_rows), self);
  adw_preferences_group_set_header_suffix (self->candidates_group, GTK_WIDGET (self->pay_search_entry));

  sl_gui_name_combo_row_items (self->dataset_row);
  sl_gui_name_combo_row_items (self->base_row);
  sl_gui_name_combo_row_items (self->total_row);
  self->base_entries = g_ptr_array_new ();
  self->total_entries = g_ptr_array_new ();
}

void
sl_compensation_page_set_role (SlCompensationPage *self,
                               SlStore            *store,
                               gint64              role_id)
{
  g_return_if_fail (SL_IS_COMPENSATION_PAGE (self));
  g_return_if_fail (store == NULL || SL_IS_STORE (store));

  sl_gui_follow_store (self, &self->store, store, G_CALLBACK (on_store_changed));

  if (self->role_id != role_id)
    {
      self->role_id = role_id;
      g_clear_pointer (&self->base_choice, g_free);
      g_clear_pointer (&self->total_choice, g_free);
    }

  if (store != NULL && self->datasets == NULL)
    fill_datasets (self);

  /* A role of many candidates costs a moment to read: only when shown. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
  else
    self->stale = TRUE;
}

/**
 * sl_compensation_page_get_chart_data:
 *
 * Returns: (transfer none): the figures the chart shows now
 */
const SlPayChartData *
sl_compensation_page_get_chart_data (SlCompensationPage *self)
{
  g_return_val_if_fail (SL_IS_COMPENSATION_PAGE (self), NULL);

  return chart_data (self);
}
