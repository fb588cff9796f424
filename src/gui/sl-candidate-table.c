/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-candidate-table"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-candidate-model.h"
#include "sl-candidate-table.h"

/* The whole talent pool as a table: a column per field, sorted by the one
 * whose header was clicked, filtered by a search. The database does both,
 * in the background (SlCandidateModel); the table only ever holds the rows
 * on screen. */

typedef struct
{
  const char *title;
  SlCandidateSort sort;
  gboolean expand;
  int width;            /* at the least, in pixels; the user may resize */
} Column;

static const Column columns[] = {
  { N_("Name"), SL_CANDIDATE_SORT_NAME, TRUE, 160 },
  { N_("Current Title"), SL_CANDIDATE_SORT_HEADLINE, TRUE, 150 },
  { N_("Company"), SL_CANDIDATE_SORT_COMPANY, FALSE, 120 },
  { N_("Location"), SL_CANDIDATE_SORT_LOCATION, FALSE, 100 },
  { N_("Email"), SL_CANDIDATE_SORT_EMAIL, TRUE, 160 },
  { N_("Source"), SL_CANDIDATE_SORT_SOURCE, FALSE, 70 },
  { N_("Added"), SL_CANDIDATE_SORT_ADDED, FALSE, 80 },
};

struct _SlCandidateTable
{
  GtkBox parent_instance;

  SlStore *store;
  SlCandidateModel *model;
  GtkSingleSelection *selection;
  char *search;

  GtkStack *stack;
  GtkScrolledWindow *scrolled_window;
  GtkColumnView *column_view;
  AdwStatusPage *status_page;
  GtkSpinner *spinner;
  GtkLabel *count_label;
};

G_DEFINE_FINAL_TYPE (SlCandidateTable, sl_candidate_table, GTK_TYPE_BOX)

enum {
  CANDIDATE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_state (SlCandidateTable *self)
{
  guint n_items = self->model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->model)) : 0;
  gboolean loading = self->model != NULL && sl_candidate_model_get_loading (self->model);
  g_autofree char *count = NULL;

  /* A spinner spins only where it is seen. */
  gtk_spinner_set_spinning (self->spinner, loading && gtk_widget_get_mapped (GTK_WIDGET (self)));
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), loading);

  if (loading)
    count = g_strdup (_("Searching…"));
  else if (self->search != NULL)
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u candidate found", "%'u candidates found", n_items),
                             n_items);
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u candidate", "%'u candidates", n_items), n_items);
  gtk_label_set_label (self->count_label, count);

  /* While a search runs, the rows of the last one stay. */
  if (n_items > 0 || loading)
    {
      gtk_stack_set_visible_child_name (self->stack, "table");
      return;
    }

  if (self->search != NULL)
    {
      adw_status_page_set_icon_name (self->status_page, "edit-find-symbolic");
      adw_status_page_set_title (self->status_page, _("No Results Found"));
      adw_status_page_set_description (self->status_page, _("Try a different search"));
    }
  else
    {
      adw_status_page_set_icon_name (self->status_page, "system-users-symbolic");
      adw_status_page_set_title (self->status_page, _("No Candidates Yet"));
      adw_status_page_set_description (self->status_page,
                                       _("Candidates you add, import or put into a role appear here"));
    }

  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
on_activate (SlCandidateTable *self,
             guint             position,
             GtkColumnView    *view)
{
  g_autoptr(SlCandidate) candidate = NULL;

  if (self->model == NULL)
    return;

  candidate = g_list_model_get_item (G_LIST_MODEL (self->model), position);
  if (candidate != NULL)
    g_signal_emit (self, signals[CANDIDATE_ACTIVATED], 0, candidate);
}

static char *
cell_text (SlCandidate     *candidate,
           SlCandidateSort  sort)
{
  switch (sort)
    {
    case SL_CANDIDATE_SORT_NAME:
      return g_strdup (sl_candidate_get_name (candidate));
    case SL_CANDIDATE_SORT_HEADLINE:
      return g_strdup (sl_candidate_get_headline (candidate));
    case SL_CANDIDATE_SORT_COMPANY:
      return g_strdup (sl_candidate_get_company (candidate));
    case SL_CANDIDATE_SORT_LOCATION:
      return g_strdup (sl_candidate_get_location (candidate));
    case SL_CANDIDATE_SORT_EMAIL:
      return g_strdup (sl_candidate_get_email (candidate));
    case SL_CANDIDATE_SORT_SOURCE:
      return g_strdup (sl_candidate_get_source (candidate));
    case SL_CANDIDATE_SORT_ADDED:
      {
        g_autoptr(GDateTime) added = NULL;

        if (sl_candidate_get_created (candidate) == 0)
          return NULL;
        added = g_date_time_new_from_unix_local (sl_candidate_get_created (candidate));
        return g_date_time_format (added, "%x");
      }
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  if (((const Column *) user_data)->sort == SL_CANDIDATE_SORT_NAME)
    gtk_widget_add_css_class (label, "heading");
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  const Column *column = user_data;
  SlCandidate *candidate = gtk_list_item_get_item (item);
  g_autofree char *text = candidate != NULL ? cell_text (candidate, column->sort) : NULL;
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));

  gtk_label_set_label (label, text);
}

/* Which column the table is sorted by. GTK 4.8 cannot say, but its
 * sorter asks the columns' sorters in order and turns the answer of a
 * descending one around; each of these answers "smaller" and notes who
 * asked. */
static const Column *asked_column;

static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  asked_column = user_data;
  return GTK_ORDERING_SMALLER;
}

static void
on_sorter_changed (SlCandidateTable *self,
                   GtkSorterChange   change,
                   GtkSorter        *sorter)
{
  g_autoptr(SlCandidate) a = sl_candidate_new ();
  g_autoptr(SlCandidate) b = sl_candidate_new ();
  GtkOrdering order;

  asked_column = NULL;
  order = gtk_sorter_compare (sorter, a, b);

  if (self->model == NULL)
    return;

  if (asked_column == NULL)
    sl_candidate_model_set_sort (self->model, SL_CANDIDATE_SORT_NAME, FALSE);
  else
    sl_candidate_model_set_sort (self->model, asked_column->sort, order == GTK_ORDERING_LARGER);
}

static void
on_model_changed (SlCandidateTable *self)
{
  update_state (self);
}

/* The table shows the model only while it is on screen: hidden, it would
 * still follow every search the store's changes bring, for no one. */
static void
attach_model (SlCandidateTable *self)
{
  GListModel *model = gtk_widget_get_mapped (GTK_WIDGET (self)) ? G_LIST_MODEL (self->model) : NULL;

  if (gtk_single_selection_get_model (self->selection) != model)
    gtk_single_selection_set_model (self->selection, model);
}

static void
sl_candidate_table_map (GtkWidget *widget)
{
  SlCandidateTable *self = SL_CANDIDATE_TABLE (widget);

  GTK_WIDGET_CLASS (sl_candidate_table_parent_class)->map (widget);

  attach_model (self);
  update_state (self);
}

static void
sl_candidate_table_unmap (GtkWidget *widget)
{
  SlCandidateTable *self = SL_CANDIDATE_TABLE (widget);

  GTK_WIDGET_CLASS (sl_candidate_table_parent_class)->unmap (widget);

  attach_model (self);
  update_state (self);
}

static void
sl_candidate_table_dispose (GObject *object)
{
  SlCandidateTable *self = SL_CANDIDATE_TABLE (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), SL_TYPE_CANDIDATE_TABLE);

  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sl_candidate_table_parent_class)->dispose (object);
}

static void
sl_candidate_table_finalize (GObject *object)
{
  g_free (SL_CANDIDATE_TABLE (object)->search);

  G_OBJECT_CLASS (sl_candidate_table_parent_class)->finalize (object);
}

static void
sl_candidate_table_class_init (SlCandidateTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sl_candidate_table_dispose;
  object_class->finalize = sl_candidate_table_finalize;

  widget_class->map = sl_candidate_table_map;
  widget_class->unmap = sl_candidate_table_unmap;

  /**
   * SlCandidateTable::candidate-activated:
   * @candidate: the #SlCandidate of the row
   *
   * Emitted when a row is activated, by a double click or Enter.
   */
  signals[CANDIDATE_ACTIVATED] =
    g_signal_new ("candidate-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, SL_TYPE_CANDIDATE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/sl-candidate-table.ui");
  gtk_widget_class_bind_template_child (widget_class, SlCandidateTable, stack);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateTable, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateTable, column_view);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateTable, status_page);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateTable, spinner);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateTable, count_label);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);
}

static void
sl_candidate_table_init (SlCandidateTable *self)
{
  GtkColumnViewColumn *first = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;
      g_autoptr(GtkSorter) sorter = NULL;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), (gpointer) &columns[i]);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), (gpointer) &columns[i]);

      column = gtk_column_view_column_new (_(columns[i].title), factory);
      gtk_column_view_column_set_expand (column, columns[i].expand);
      gtk_column_view_column_set_fixed_width (column, columns[i].width);
      gtk_column_view_column_set_resizable (column, TRUE);
      sorter = GTK_SORTER (gtk_custom_sorter_new (probe_compare, (gpointer) &columns[i], NULL));
      gtk_column_view_column_set_sorter (column, sorter);
      gtk_column_view_append_column (self->column_view, column);

      if (first == NULL)
        first = column;
    }

  gtk_column_view_sort_by_column (self->column_view, first, GTK_SORT_ASCENDING);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (on_sorter_changed), self, G_CONNECT_SWAPPED);

  update_state (self);
}

SlStore *
sl_candidate_table_get_store (SlCandidateTable *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE_TABLE (self), NULL);

  return self->store;
}

void
sl_candidate_table_set_store (SlCandidateTable *self,
                              SlStore          *store)
{
  g_return_if_fail (SL_IS_CANDIDATE_TABLE (self));
  g_return_if_fail (store == NULL || SL_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);

  if (store != NULL)
    {
      self->model = sl_candidate_model_new (store);
      sl_candidate_model_set_search (self->model, self->search);
      on_sorter_changed (self, GTK_SORTER_CHANGE_DIFFERENT, gtk_column_view_get_sorter (self->column_view));
      g_signal_connect_object (self->model, "items-changed", G_CALLBACK (on_model_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->model, "notify::loading", G_CALLBACK (on_model_changed), self, G_CONNECT_SWAPPED);
    }

  attach_model (self);
  update_state (self);
}

/**
 * sl_candidate_table_set_search:
 * @search: (nullable): words every candidate shown must match
 */
void
sl_candidate_table_set_search (SlCandidateTable *self,
                               const char       *search)
{
  g_return_if_fail (SL_IS_CANDIDATE_TABLE (self));

  if (search != NULL && search[0] == '\0')
    search = NULL;

  if (g_strcmp0 (self->search, search) == 0)
    return;

  g_free (self->search);
  self->search = g_strdup (search);

  if (self->model != NULL)
    sl_candidate_model_set_search (self->model, search);
  update_state (self);
}

/**
 * sl_candidate_table_get_candidates:
 *
 * Returns: (transfer none) (nullable): the #SlCandidate list shown
 */
GListModel *
sl_candidate_table_get_candidates (SlCandidateTable *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE_TABLE (self), NULL);

  return G_LIST_MODEL (self->model);
}

/* The table's scrolled window, for moving through the rows. */
GtkScrolledWindow *
sl_candidate_table_get_scrolled_window (SlCandidateTable *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE_TABLE (self), NULL);

  return self->scrolled_window;
}

GtkColumnView *
sl_candidate_table_get_column_view (SlCandidateTable *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE_TABLE (self), NULL);

  return self->column_view;
}
