/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-candidate-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-candidate-dialog.h"
#include "sl-candidate-picker.h"
#include "sl-candidate-row.h"

/* Puts someone into a role: a candidate found by a search over everyone,
 * or a new one. */

struct _SlCandidatePicker
{
  AdwWindow parent_instance;

  SlStore *store;
  gint64 role_id;

  GListModel *candidates;
  GtkNoSelection *selection;

  AdwWindowTitle *window_title;
  GtkSearchEntry *search_entry;
  GtkLabel *error_label;
  GtkStack *stack;
  GtkListView *list_view;
  AdwStatusPage *status_page;
};

G_DEFINE_FINAL_TYPE (SlCandidatePicker, sl_candidate_picker, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_ROLE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_state (SlCandidatePicker *self)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (self->candidates != NULL && g_list_model_get_n_items (self->candidates) > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "list");
      return;
    }

  if (search[0] != '\0')
    {
      adw_status_page_set_title (self->status_page, _("No Results Found"));
      adw_status_page_set_description (self->status_page,
                                       _("Try a different search, or add a new candidate"));
    }
  else
    {
      adw_status_page_set_title (self->status_page, _("No Candidates Yet"));
      adw_status_page_set_description (self->status_page, _("Add a new candidate to this role"));
    }

  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
on_items_changed (SlCandidatePicker *self,
                  guint              position,
                  guint              removed,
                  guint              added,
                  GListModel        *model)
{
  update_state (self);
}

static void
reload (SlCandidatePicker *self)
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
on_search_changed (SlCandidatePicker *self,
                   GtkSearchEntry    *entry)
{
  reload (self);
}

static void
on_candidate_activated (SlCandidatePicker *self,
                        guint              position,
                        GtkListView       *view)
{
  g_autoptr(SlCandidate) candidate = g_list_model_get_item (self->candidates, position);
  g_autoptr(GError) error = NULL;

  if (candidate == NULL)
    return;

  if (sl_store_add_application (self->store, sl_candidate_get_id (candidate),
                                self->role_id, &error) == 0)
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
new_candidate_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SlCandidatePicker *self = SL_CANDIDATE_PICKER (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  SlCandidateDialog *dialog = sl_candidate_dialog_new (parent, self->store, NULL, self->role_id);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (self));
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
sl_candidate_picker_constructed (GObject *object)
{
  SlCandidatePicker *self = SL_CANDIDATE_PICKER (object);
  g_autoptr(SlRole) role = NULL;

  G_OBJECT_CLASS (sl_candidate_picker_parent_class)->constructed (object);

  role = sl_store_get_role (self->store, self->role_id, NULL);
  if (role != NULL)
    {
      g_autofree char *subtitle = g_strdup_printf (_("To %s"), sl_role_get_title (role));
      adw_window_title_set_subtitle (self->window_title, subtitle);
    }

  reload (self);
}

static void
sl_candidate_picker_dispose (GObject *object)
{
  SlCandidatePicker *self = SL_CANDIDATE_PICKER (object);

  if (self->candidates != NULL)
    g_signal_handlers_disconnect_by_data (self->candidates, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), SL_TYPE_CANDIDATE_PICKER);

  g_clear_object (&self->selection);
  g_clear_object (&self->candidates);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sl_candidate_picker_parent_class)->dispose (object);
}

static void
sl_candidate_picker_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SlCandidatePicker *self = SL_CANDIDATE_PICKER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_ROLE_ID:
      g_value_set_int64 (value, self->role_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_candidate_picker_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SlCandidatePicker *self = SL_CANDIDATE_PICKER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_ROLE_ID:
      self->role_id = g_value_get_int64 (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_candidate_picker_class_init (SlCandidatePickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sl_candidate_picker_constructed;
  object_class->dispose = sl_candidate_picker_dispose;
  object_class->get_property = sl_candidate_picker_get_property;
  object_class->set_property = sl_candidate_picker_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SL_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ROLE_ID] =
    g_param_spec_int64 ("role-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/sl-candidate-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, SlCandidatePicker, window_title);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatePicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatePicker, error_label);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatePicker, stack);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatePicker, list_view);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatePicker, status_page);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_candidate_activated);

  gtk_widget_class_install_action (widget_class, "picker.new-candidate", NULL, new_candidate_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sl_candidate_picker_init (SlCandidatePicker *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), NULL);
  gtk_list_view_set_factory (self->list_view, factory);

  self->selection = gtk_no_selection_new (NULL);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
}

/**
 * sl_candidate_picker_new:
 * @parent: (nullable): the window the picker belongs to
 * @role_id: the role to put the picked candidate into
 */
SlCandidatePicker *
sl_candidate_picker_new (GtkWindow *parent,
                         SlStore   *store,
                         gint64     role_id)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SL_IS_STORE (store), NULL);
  g_return_val_if_fail (role_id > 0, NULL);

  return g_object_new (SL_TYPE_CANDIDATE_PICKER,
                       "transient-for", parent,
                       "store", store,
                       "role-id", role_id,
                       NULL);
}
