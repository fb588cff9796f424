/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-candidates-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-candidate-row.h"
#include "sl-candidates-page.h"

/* Every candidate, in or out of a role, searched by the database. */

struct _SlCandidatesPage
{
  GtkBox parent_instance;

  SlStore *store;
  gboolean folded;

  GListModel *candidates;
  GtkNoSelection *selection;

  GtkSearchEntry *search_entry;
  GtkStack *stack;
  GtkListView *list_view;
  AdwStatusPage *status_page;
};

G_DEFINE_FINAL_TYPE (SlCandidatesPage, sl_candidates_page, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_STORE,
  PROP_FOLDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_state (SlCandidatesPage *self)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (self->candidates != NULL && g_list_model_get_n_items (self->candidates) > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "list");
      return;
    }

  if (search[0] != '\0')
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
                                       _("Candidates you add or put into a role appear here"));
    }

  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
on_items_changed (SlCandidatesPage *self,
                  guint             position,
                  guint             removed,
                  guint             added,
                  GListModel       *model)
{
  update_state (self);
}

static void
reload (SlCandidatesPage *self)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (self->candidates != NULL)
    g_signal_handlers_disconnect_by_data (self->candidates, self);
  g_clear_object (&self->candidates);

  if (self->store != NULL)
    {
      self->candidates = sl_store_list_candidates (self->store, search[0] != '\0' ? search : NULL);
      g_signal_connect_object (self->candidates, "items-changed",
                               G_CALLBACK (on_items_changed), self, G_CONNECT_SWAPPED);
    }

  gtk_no_selection_set_model (self->selection, self->candidates);
  update_state (self);
}

static void
on_search_changed (SlCandidatesPage *self,
                   GtkSearchEntry   *entry)
{
  reload (self);
}

static void
on_candidate_activated (SlCandidatesPage *self,
                        guint             position,
                        GtkListView      *view)
{
  g_autoptr(SlCandidate) candidate = g_list_model_get_item (self->candidates, position);

  if (candidate == NULL)
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-candidate", "x",
                              sl_candidate_get_id (candidate));
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  gtk_list_item_set_child (item, sl_candidate_row_new ());
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  GtkWidget *row = gtk_list_item_get_child (item);
  SlCandidate *candidate = gtk_list_item_get_item (item);
  GtkWidget *item_widget = gtk_widget_get_parent (row);

  sl_candidate_row_set_candidate (SL_CANDIDATE_ROW (row), candidate);

  /* GTK 4.8 has no accessible label for list items; the row's container
   * is the item that screen readers and keyboard users land on. */
  if (item_widget != NULL && candidate != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (item_widget),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, sl_candidate_get_name (candidate),
                                    -1);
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  sl_candidate_row_set_candidate (SL_CANDIDATE_ROW (gtk_list_item_get_child (item)), NULL);
}

static void
sl_candidates_page_dispose (GObject *object)
{
  SlCandidatesPage *self = SL_CANDIDATES_PAGE (object);

  if (self->candidates != NULL)
    g_signal_handlers_disconnect_by_data (self->candidates, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), SL_TYPE_CANDIDATES_PAGE);

  g_clear_object (&self->selection);
  g_clear_object (&self->candidates);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sl_candidates_page_parent_class)->dispose (object);
}

static void
sl_candidates_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SlCandidatesPage *self = SL_CANDIDATES_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_FOLDED:
      g_value_set_boolean (value, self->folded);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_candidates_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SlCandidatesPage *self = SL_CANDIDATES_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      sl_candidates_page_set_store (self, g_value_get_object (value));
      break;

    case PROP_FOLDED:
      if (self->folded != g_value_get_boolean (value))
        {
          self->folded = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_candidates_page_class_init (SlCandidatesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sl_candidates_page_dispose;
  object_class->get_property = sl_candidates_page_get_property;
  object_class->set_property = sl_candidates_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SL_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/sl-candidates-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SlCandidatesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatesPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatesPage, status_page);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_candidate_activated);
}

static void
sl_candidates_page_init (SlCandidatesPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), NULL);
  gtk_list_view_set_factory (self->list_view, factory);

  self->selection = gtk_no_selection_new (NULL);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
}

SlStore *
sl_candidates_page_get_store (SlCandidatesPage *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATES_PAGE (self), NULL);

  return self->store;
}

void
sl_candidates_page_set_store (SlCandidatesPage *self,
                              SlStore          *store)
{
  g_return_if_fail (SL_IS_CANDIDATES_PAGE (self));
  g_return_if_fail (store == NULL || SL_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  reload (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * sl_candidates_page_get_candidates:
 *
 * Returns: (transfer none) (nullable): the #SlCandidate list the page
 *   shows, for the current search
 */
GListModel *
sl_candidates_page_get_candidates (SlCandidatesPage *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATES_PAGE (self), NULL);

  return self->candidates;
}

void
sl_candidates_page_focus_search (SlCandidatesPage *self)
{
  g_return_if_fail (SL_IS_CANDIDATES_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
