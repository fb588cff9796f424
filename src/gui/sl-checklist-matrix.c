/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-checklist-matrix"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-checklist-matrix.h"
#include "sl-gui-util.h"
#include "sl-matrix-row.h"

/* A role's whole field at a glance: candidates down, requirements across,
 * a symbol per cell. The database sorts and filters; the list reads a page
 * at a time, so a role of any size scrolls. The arrow keys move from cell
 * to cell, across rows too, and the line below says what the cell holds. */

#define PAGE_ROWS 10

struct _SlChecklistMatrix
{
  GtkBox parent_instance;

  SlStore *store;
  gint64 role_id;
  GPtrArray *requirements;   /* SlRequirement*, the columns */
  GListModel *model;
  GtkNoSelection *selection;
  GHashTable *rows;          /* position → the SlMatrixRow bound to it */
  guint column;              /* the column the keyboard is in */
  guint pending_position;    /* the row to focus once it is shown */
  guint pending_tick;
  gboolean stale;            /* the role or its requirements changed while hidden */

  GtkSearchEntry *search_entry;
  GtkDropDown *order_dropdown;
  GtkToggleButton *must_haves_button;
  GtkStack *stack;
  GtkScrolledWindow *header_scroller;
  GtkBox *header_box;
  GtkScrolledWindow *scroller;
  GtkListView *list_view;
  AdwStatusPage *status_page;
  GtkLabel *detail_label;
  GtkBox *legend_box;
};

G_DEFINE_FINAL_TYPE (SlChecklistMatrix, sl_checklist_matrix, GTK_TYPE_BOX)

/* The drop-down's order. */
static const SlChecklistOrder orders[] = {
  SL_CHECKLIST_ORDER_STAGE,
  SL_CHECKLIST_ORDER_NAME,
  SL_CHECKLIST_ORDER_MUST_HAVES,
  SL_CHECKLIST_ORDER_SCORE,
};

static void
update_state (SlChecklistMatrix *self)
{
  guint n = self->model != NULL ? g_list_model_get_n_items (self->model) : 0;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (n > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "matrix");
      return;
    }

  if (search[0] != '\0')
    {
      adw_status_page_set_title (self->status_page, _("No Results Found"));
      adw_status_page_set_description (self->status_page, _("Try a different search"));
    }
  else if (gtk_toggle_button_get_active (self->must_haves_button))
    {
      adw_status_page_set_title (self->status_page, _("Nobody Meets Every Must-Have Yet"));
      adw_status_page_set_description (self->status_page,
                                       _("Candidates show here once every must-have is assessed as met"));
    }
  else
    {
      adw_status_page_set_title (self->status_page, _("No Candidates Yet"));
      adw_status_page_set_description (self->status_page,
                                       _("Candidates added to this role are assessed against its requirements"));
    }

  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
on_items_changed (SlChecklistMatrix *self,
                  guint              position,
                  guint              removed,
                  guint              added,
                  GListModel        *model)
{
  update_state (self);
}

/* The header: a numbered column per requirement, its text in a tooltip,
 * and a filled dot for a must-have, an open one for a nice-to-have. */
static void
rebuild_header (SlChecklistMatrix *self)
{
  GtkWidget *label;

  sl_gui_remove_children (self->header_box);

  label = gtk_label_new (_("Candidate"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "matrix-name");
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (self->header_box, label);

  label = gtk_label_new (_("Must"));
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_set_tooltip_text (label, _("Must-haves met"));
  gtk_widget_add_css_class (label, "matrix-count");
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (self->header_box, label);

  for (guint i = 0; self->requirements != NULL && i < self->requirements->len; i++)
    {
      const SlRequirement *requirement = g_ptr_array_index (self->requirements, i);
      gboolean must_have = requirement->kind == SL_REQUIREMENT_MUST_HAVE;
      g_autofree char *text = g_strdup_printf ("%u\n%s", i + 1, must_have ? "●" : "○");
      g_autofree char *tooltip = NULL;

      /* Translators: a column of the checklist matrix: its number, the
       * requirement, and whether it is a must-have or a nice-to-have */
      tooltip = g_strdup_printf (_("%u. %s (%s)"), i + 1, requirement->text,
                                 must_have ? _("must-have") : _("nice-to-have"));

      label = gtk_label_new (text);
      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
      gtk_widget_set_tooltip_text (label, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                      -1);
      gtk_widget_add_css_class (label, "matrix-header");
      if (must_have)
        gtk_widget_add_css_class (label, "must-have");
      gtk_box_append (self->header_box, label);
    }
}

/* A new SQL query for each search, order and filter. */
static void
reload_model (SlChecklistMatrix *self)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint order = gtk_drop_down_get_selected (self->order_dropdown);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_items_changed, self);
  g_clear_object (&self->model);

  if (self->store != NULL && self->role_id > 0)
    {
      self->model = sl_store_list_checklist (self->store, self->role_id,
                                             search[0] != '\0' ? search : NULL,
                                             orders[MIN (order, G_N_ELEMENTS (orders) - 1)],
                                             gtk_toggle_button_get_active (self->must_haves_button));
      g_signal_connect_object (self->model, "items-changed", G_CALLBACK (on_items_changed), self,
                               G_CONNECT_SWAPPED);
    }

  gtk_no_selection_set_model (self->selection, self->model);
  update_state (self);
}

static void
reload_requirements (SlChecklistMatrix *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->requirements, g_ptr_array_unref);

  if (self->store != NULL && self->role_id > 0)
    {
      self->requirements = sl_store_list_requirements (self->store, self->role_id, &error);
      if (self->requirements == NULL && !g_error_matches (error, SL_ERROR, SL_ERROR_NOT_FOUND))
        sl_gui_show_error (GTK_WIDGET (self), error);
    }

  rebuild_header (self);
}

/* A role of many candidates is read only when the matrix is shown. */
static void
reload (SlChecklistMatrix *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }

  self->stale = FALSE;
  reload_requirements (self);
  reload_model (self);
}

static void
sl_checklist_matrix_map (GtkWidget *widget)
{
  SlChecklistMatrix *self = SL_CHECKLIST_MATRIX (widget);

  GTK_WIDGET_CLASS (sl_checklist_matrix_parent_class)->map (widget);

  if (self->stale)
    reload (self);
}

static void
on_store_changed (SlChecklistMatrix *self,
                  const char        *what,
                  gint64             id,
                  SlStore           *store)
{
  /* The rows follow the store by themselves; the columns are the role's
   * requirements, and the rows must be drawn again against them. */
  if ((g_strcmp0 (what, "role") == 0 && (id == self->role_id || id == 0)) ||
      g_strcmp0 (what, "outside") == 0)
    reload (self);
}

static void
on_search_changed (SlChecklistMatrix *self,
                   GtkSearchEntry    *entry)
{
  reload_model (self);
}

static void
on_order_changed (SlChecklistMatrix *self,
                  GParamSpec        *pspec,
                  GtkDropDown       *dropdown)
{
  reload_model (self);
}

static void
on_must_haves_toggled (SlChecklistMatrix *self,
                       GtkToggleButton   *button)
{
  reload_model (self);
}

static void
on_cell_hovered (SlChecklistMatrix *self,
                 guint              column,
                 SlMatrixRow       *row)
{
  const char *description = sl_matrix_row_get_description (row, column);

  if (description != NULL)
    gtk_label_set_label (self->detail_label, description);
}

static void
on_cell_focused (SlChecklistMatrix *self,
                 guint              column,
                 SlMatrixRow       *row)
{
  self->column = column;
  on_cell_hovered (self, column, row);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           SlChecklistMatrix        *self)
{
  GtkWidget *row = sl_matrix_row_new ();

  g_signal_connect_object (row, "cell-focused", G_CALLBACK (on_cell_focused), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "cell-hovered", G_CALLBACK (on_cell_hovered), self, G_CONNECT_SWAPPED);
  gtk_list_item_set_child (item, row);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          SlChecklistMatrix        *self)
{
  SlMatrixRow *row = SL_MATRIX_ROW (gtk_list_item_get_child (item));
  SlApplication *application = gtk_list_item_get_item (item);
  GtkWidget *item_widget = gtk_widget_get_parent (GTK_WIDGET (row));
  guint position = gtk_list_item_get_position (item);

  sl_matrix_row_set_application (row, application, self->requirements, position);
  g_hash_table_insert (self->rows, GUINT_TO_POINTER (position), row);

  /* GTK 4.8 has no accessible label for list items; the row's container
   * is what screen readers land on between rows. */
  if (item_widget != NULL && application != NULL)
    {
      g_autofree char *counts = sl_checklist_summary_format (sl_application_get_checklist (application));
      /* Translators: a candidate's name, then the requirements they meet */
      g_autofree char *label = g_strdup_printf (_("%s, %s"),
                                                sl_application_get_candidate_name (application),
                                                counts);

      gtk_accessible_update_property (GTK_ACCESSIBLE (item_widget),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
    }
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            SlChecklistMatrix        *self)
{
  SlMatrixRow *row = SL_MATRIX_ROW (gtk_list_item_get_child (item));
  gpointer key = GUINT_TO_POINTER (sl_matrix_row_get_position (row));

  if (g_hash_table_lookup (self->rows, key) == row)
    g_hash_table_remove (self->rows, key);
  sl_matrix_row_set_application (row, NULL, NULL, 0);
}

/* The row to focus may only be made once the list scrolled to it. */
static gboolean
focus_pending (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  SlChecklistMatrix *self = user_data;
  SlMatrixRow *row = g_hash_table_lookup (self->rows, GUINT_TO_POINTER (self->pending_position));

  if (row != NULL)
    sl_matrix_row_focus_cell (row, self->column);

  self->pending_tick = 0;
  return G_SOURCE_REMOVE;
}

static void
focus_row (SlChecklistMatrix *self,
           guint              position)
{
  SlMatrixRow *row = g_hash_table_lookup (self->rows, GUINT_TO_POINTER (position));

  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);

  if (row != NULL && sl_matrix_row_focus_cell (row, self->column))
    return;

  self->pending_position = position;
  if (self->pending_tick == 0)
    self->pending_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->list_view), focus_pending, self, NULL);
}

/* The keyboard walks the grid: arrows by one cell, Page Up and Down by a
 * screenful, Home and End to the ends of a row, with Control to the first
 * and last candidate. */
static gboolean
on_key_pressed (SlChecklistMatrix     *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row_widget = focus != NULL ? gtk_widget_get_ancestor (focus, SL_TYPE_MATRIX_ROW) : NULL;
  guint n = self->model != NULL ? g_list_model_get_n_items (self->model) : 0;
  guint n_columns = self->requirements != NULL ? self->requirements->len : 0;
  gboolean control = (state & GDK_CONTROL_MASK) != 0;
  SlMatrixRow *row;
  guint position;

  if (row_widget == NULL || n == 0 || n_columns == 0)
    return GDK_EVENT_PROPAGATE;

  row = SL_MATRIX_ROW (row_widget);
  position = sl_matrix_row_get_position (row);

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      if (self->column > 0)
        sl_matrix_row_focus_cell (row, self->column - 1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      sl_matrix_row_focus_cell (row, MIN (self->column + 1, n_columns - 1));
      return GDK_EVENT_STOP;

    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      self->column = 0;
      control ? focus_row (self, 0) : (void) sl_matrix_row_focus_cell (row, 0);
      return GDK_EVENT_STOP;

    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      self->column = n_columns - 1;
      control ? focus_row (self, n - 1) : (void) sl_matrix_row_focus_cell (row, n_columns - 1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      if (position > 0)
        focus_row (self, position - 1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (position + 1 < n)
        focus_row (self, position + 1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      focus_row (self, position > PAGE_ROWS ? position - PAGE_ROWS : 0);
      return GDK_EVENT_STOP;

    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      focus_row (self, MIN (position + PAGE_ROWS, n - 1));
      return GDK_EVENT_STOP;

    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static void
add_legend_item (SlChecklistMatrix *self,
                 SlAssessmentStatus status)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *icon = gtk_image_new ();

  sl_gui_set_status_style (icon, status);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), gtk_label_new (sl_assessment_status_get_label (status)));
  gtk_box_append (self->legend_box, box);
}

static void
sl_checklist_matrix_dispose (GObject *object)
{
  SlChecklistMatrix *self = SL_CHECKLIST_MATRIX (object);

  if (self->pending_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->list_view), self->pending_tick);
  self->pending_tick = 0;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), SL_TYPE_CHECKLIST_MATRIX);

  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->requirements, g_ptr_array_unref);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sl_checklist_matrix_parent_class)->dispose (object);
}

static void
sl_checklist_matrix_class_init (SlChecklistMatrixClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sl_checklist_matrix_dispose;
  widget_class->map = sl_checklist_matrix_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/shortlist/Shortlist/sl-checklist-matrix.ui");
  gtk_widget_class_bind_template_child (widget_class, SlChecklistMatrix, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SlChecklistMatrix, order_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SlChecklistMatrix, must_haves_button);
  gtk_widget_class_bind_template_child (widget_class, SlChecklistMatrix, stack);
  gtk_widget_class_bind_template_child (widget_class, SlChecklistMatrix, header_scroller);
  gtk_widget_class_bind_template_child (widget_class, SlChecklistMatrix, header_box);
  gtk_widget_class_bind_template_child (widget_class, SlChecklistMatrix, scroller);
  gtk_widget_class_bind_template_child (widget_class, SlChecklistMatrix, list_view);
  gtk_widget_class_bind_template_child (widget_class, SlChecklistMatrix, status_page);
  gtk_widget_class_bind_template_child (widget_class, SlChecklistMatrix, detail_label);
  gtk_widget_class_bind_template_child (widget_class, SlChecklistMatrix, legend_box);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_order_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_must_haves_toggled);
}

static void
sl_checklist_matrix_init (SlChecklistMatrix *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_hash_table_new (NULL, NULL);

  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_row), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_row), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);

  self->selection = gtk_no_selection_new (NULL);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  /* Before the list view's own bindings, which move by whole rows. */
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_key_pressed), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), keys);

  /* The header scrolls sideways with the grid. */
  gtk_scrolled_window_set_hadjustment (self->header_scroller,
                                       gtk_scrolled_window_get_hadjustment (self->scroller));

  add_legend_item (self, SL_ASSESSMENT_MET);
  add_legend_item (self, SL_ASSESSMENT_PARTLY_MET);
  add_legend_item (self, SL_ASSESSMENT_NOT_MET);
  add_legend_item (self, SL_ASSESSMENT_UNASSESSED);
  gtk_box_append (self->legend_box, gtk_label_new (_("● must-have  ○ nice-to-have")));
}

void
sl_checklist_matrix_set_role (SlChecklistMatrix *self,
                              SlStore           *store,
                              gint64             role_id)
{
  g_return_if_fail (SL_IS_CHECKLIST_MATRIX (self));
  g_return_if_fail (store == NULL || SL_IS_STORE (store));

  sl_gui_follow_store (self, &self->store, store, G_CALLBACK (on_store_changed));

  if (self->role_id != role_id)
    {
      /* Another role starts from the top, unfiltered. */
      self->role_id = role_id;
      self->column = 0;
      g_signal_handlers_block_by_func (self->search_entry, on_search_changed, self);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      g_signal_handlers_unblock_by_func (self->search_entry, on_search_changed, self);
    }

  reload (self);
}

/**
 * sl_checklist_matrix_get_model:
 *
 * Returns: (transfer none) (nullable): the #SlApplication rows shown
 */
GListModel *
sl_checklist_matrix_get_model (SlChecklistMatrix *self)
{
  g_return_val_if_fail (SL_IS_CHECKLIST_MATRIX (self), NULL);

  return self->model;
}
