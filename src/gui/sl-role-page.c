/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-role-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-application-row.h"
#include "sl-candidate-picker.h"
#include "sl-candidates-export.h"
#include "sl-gui-util.h"
#include "sl-import-window.h"
#include "sl-packet-print.h"
#include "sl-packet-window.h"
#include "sl-reject-dialog.h"
#include "sl-role-page-private.h"

/* One role: its pipeline of candidates, read from the database a page at
 * a time, its views, and its profile: what the role does and what it
 * demands (sl-role-page-profile.c). */

G_DEFINE_FINAL_TYPE (SlRolePage, sl_role_page, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_STORE,
  PROP_ROLE_ID,
  PROP_FOLDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The actions that need a role to act on. */
static const char * const requirement_actions[] = {
  "role.add-requirement",
  "role.edit-requirement",
  "role.move-requirement",
  "role.remove-requirement",
  "role.export-template",
};

/* The views that show the role in their own way follow it. */
static void
update_views (SlRolePage *self)
{
  sl_board_view_set_role (self->board, self->store, self->role_id);
  sl_checklist_matrix_set_role (self->matrix, self->store, self->role_id);
  sl_compensation_page_set_role (self->compensation, self->store, self->role_id);
  sl_review_page_set_role (self->review, self->store, self->role_id);
  sl_stages_view_set_role (self->stages_view, self->store, self->role_id);
}

static void
update_candidates_state (SlRolePage *self)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint n = self->candidates != NULL ? g_list_model_get_n_items (self->candidates) : 0;

  if (n > 0)
    {
      gtk_stack_set_visible_child_name (self->candidates_stack, "list");
      return;
    }

  if (search[0] != '\0')
    {
      adw_status_page_set_icon_name (self->candidates_status, "edit-find-symbolic");
      adw_status_page_set_title (self->candidates_status, _("No Results Found"));
      adw_status_page_set_description (self->candidates_status, _("Try a different search"));
    }
  else
    {
      adw_status_page_set_icon_name (self->candidates_status, "system-users-symbolic");
      adw_status_page_set_title (self->candidates_status, _("No Candidates Yet"));
      adw_status_page_set_description (self->candidates_status,
                                       _("Add people you know of, or new ones, to this role’s pipeline"));
    }

  gtk_stack_set_visible_child_name (self->candidates_stack, "empty");
}

static void
on_candidates_changed (SlRolePage *self,
                       guint       position,
                       guint       removed,
                       guint       added,
                       GListModel *model)
{
  update_candidates_state (self);
}

/* A new SQL query per search text: the database filters, not GTK. */
static void
reload_candidates (SlRolePage *self)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (self->candidates != NULL)
    g_signal_handlers_disconnect_by_func (self->candidates, on_candidates_changed, self);
  g_clear_object (&self->candidates);

  if (self->store != NULL && self->role != NULL)
    {
      self->candidates = sl_store_list_role_applications (self->store, self->role_id,
                                                          search[0] != '\0' ? search : NULL);
      g_signal_connect_object (self->candidates, "items-changed",
                               G_CALLBACK (on_candidates_changed), self, G_CONNECT_SWAPPED);
    }

  gtk_no_selection_set_model (self->selection, self->candidates);
  update_candidates_state (self);
}

/* Reads the role again, for its title and its count of active
 * candidates; FALSE when it is gone. */
static gboolean
read_role (SlRolePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *count = NULL;
  const char *title = "";

  g_clear_object (&self->role);

  if (self->store != NULL && self->role_id > 0)
    {
      self->role = sl_store_get_role (self->store, self->role_id, &error);

      /* A role deleted just now is not worth a message: the window moves
       * on to another one. */
      if (error != NULL && !g_error_matches (error, SL_ERROR, SL_ERROR_NOT_FOUND))
        sl_gui_show_error (GTK_WIDGET (self), error);
    }

  if (self->role != NULL)
    {
      title = sl_role_get_title (self->role);
      count = sl_gui_format_n_active (sl_role_get_n_active (self->role));
    }

  adw_view_switcher_title_set_title (self->switcher_title, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  gtk_label_set_label (self->heading_label, title);
  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->count_label, count != NULL ? count : "");

  return self->role != NULL;
}

static void
reload_role (SlRolePage *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->stages);

  if (read_role (self))
    {
      self->stages = sl_store_list_stages (self->store, self->role_id, &error);
      if (self->stages == NULL)
        sl_gui_show_error (GTK_WIDGET (self), error);
    }

  gtk_label_set_label (self->summary_label,
                       self->role != NULL && sl_role_get_summary (self->role) != NULL
                       ? sl_role_get_summary (self->role) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label),
                          self->role != NULL && sl_role_get_summary (self->role) != NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "role.add-candidate", self->role != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "role.delete", self->role != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "role.move-application", self->role != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "role.import-candidates", self->role != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "role.export-candidates", self->role != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "role.export-packet", self->role != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "role.print-packet", self->role != NULL);
  for (guint i = 0; i < G_N_ELEMENTS (requirement_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), requirement_actions[i], self->role != NULL);

  sl_role_page_reload_profile (self);
}

static void
on_store_changed (SlRolePage *self,
                  const char *what,
                  gint64      id,
                  SlStore    *store)
{
  /* The pipeline's model follows the store by itself; the stages and the
   * profile change only with the role, the count of active candidates
   * with any candidate. Another process may have changed anything. */
  if ((g_strcmp0 (what, "role") == 0 && (id == self->role_id || id == 0)) ||
      g_strcmp0 (what, "outside") == 0)
    {
      reload_role (self);
      if (self->role == NULL)
        reload_candidates (self);
    }
  else if (g_strcmp0 (what, "market") != 0 && g_strcmp0 (what, "assessment") != 0 &&
           self->role != NULL)
    {
      read_role (self);
    }
}

static void
on_search_changed (SlRolePage     *self,
                   GtkSearchEntry *entry)
{
  reload_candidates (self);
}

static void
on_candidate_activated (SlRolePage  *self,
                        guint        position,
                        GtkListView *view)
{
  g_autoptr(SlApplication) application = g_list_model_get_item (self->candidates, position);

  if (application == NULL)
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-candidate", "x",
                              sl_application_get_candidate_id (application));
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           SlRolePage               *self)
{
  gtk_list_item_set_child (item, sl_application_row_new ());
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          SlRolePage               *self)
{
  SlApplicationRow *row = SL_APPLICATION_ROW (gtk_list_item_get_child (item));
  SlApplication *application = gtk_list_item_get_item (item);
  GtkWidget *item_widget = gtk_widget_get_parent (GTK_WIDGET (row));
  g_autofree char *label = NULL;

  sl_application_row_set_stages (row, self->stages);
  sl_application_row_set_application (row, application);

  /* GTK 4.8 has no accessible label for list items; the row's container
   * is the item that screen readers and keyboard users land on. */
  if (item_widget != NULL && application != NULL)
    {
      const SlChecklistSummary *checklist = sl_application_get_checklist (application);
      g_autofree char *counts = sl_checklist_summary_format (checklist);

      /* Translators: a candidate's name, pipeline stage and requirements
       * met, read by screen readers for a row of the role's candidates */
      label = g_strdup_printf (_("%s, %s, %s%s"),
                               sl_application_get_candidate_name (application),
                               sl_application_get_stage_name (application),
                               counts,
                               sl_checklist_summary_is_knocked_out (checklist) ? _(", knock-out") : "");
      gtk_accessible_update_property (GTK_ACCESSIBLE (item_widget),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
    }
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            SlRolePage               *self)
{
  sl_application_row_set_application (SL_APPLICATION_ROW (gtk_list_item_get_child (item)), NULL);
}

static void
add_candidate_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SlRolePage *self = SL_ROLE_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  SlCandidatePicker *picker;

  picker = sl_candidate_picker_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                    self->store, self->role_id);
  gtk_window_present (GTK_WINDOW (picker));
}

static void
on_delete_response (SlRolePage       *self,
                    const char       *response,
                    AdwMessageDialog *dialog)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || self->role == NULL)
    return;

  if (!sl_store_delete_role (self->store, sl_role_get_id (self->role), &error))
    sl_gui_show_error (GTK_WIDGET (self), error);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SlRolePage *self = SL_ROLE_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  g_return_if_fail (self->role != NULL);

  heading = g_strdup_printf (_("Delete “%s”?"), sl_role_get_title (self->role));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                                   _("The role’s requirements, its pipeline and the stage history "
                                     "of its candidates are deleted for good. The candidates "
                                     "themselves stay in All Candidates."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response::delete", G_CALLBACK (on_delete_response), self,
                           G_CONNECT_SWAPPED);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_import_file_chosen (GtkWidget *widget,
                       GFile     *file)
{
  SlRolePage *self = SL_ROLE_PAGE (widget);

  gtk_window_present (GTK_WINDOW (sl_import_window_new (widget, self->store, self->role_id, file)));
}

static void
import_candidates_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  sl_gui_choose_file (widget, _("Import Candidates"),
                      _("CSV files from Shortlist, Greenhouse, Lever or OpenCATS"), "csv",
                      on_import_file_chosen);
}

static void
export_candidates_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  SlRolePage *self = SL_ROLE_PAGE (widget);

  sl_candidates_export (widget, self->store, self->role_id, sl_role_get_title (self->role));
}

static void
export_packet_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SlRolePage *self = SL_ROLE_PAGE (widget);

  sl_packet_export (widget, self->store, self->role_id, 0);
}

static void
print_packet_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SlRolePage *self = SL_ROLE_PAGE (widget);

  sl_packet_print (widget, self->store, self->role_id, 0);
}

static SlStageKind
stage_kind (SlRolePage *self,
            gint64      stage_id)
{
  for (guint i = 0; self->stages != NULL && i < g_list_model_get_n_items (self->stages); i++)
    {
      g_autoptr(SlStage) stage = g_list_model_get_item (self->stages, i);

      if (sl_stage_get_id (stage) == stage_id)
        return sl_stage_get_kind (stage);
    }

  return SL_STAGE_APPLIED;
}

static void
move_application_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  SlRolePage *self = SL_ROLE_PAGE (widget);
  g_autoptr(GError) error = NULL;
  gint64 application_id;
  gint64 stage_id;

  g_variant_get (parameter, "(xx)", &application_id, &stage_id);

  /* A rejection needs a reason, asked for first. */
  if (stage_kind (self, stage_id) == SL_STAGE_REJECTED)
    {
      g_autoptr(SlApplication) application = sl_store_get_application (self->store, application_id, &error);

      if (application == NULL)
        sl_gui_show_error (GTK_WIDGET (self), error);
      else
        gtk_window_present (GTK_WINDOW (sl_reject_dialog_new (GTK_WIDGET (self), self->store, application_id,
                                                              stage_id,
                                                              sl_application_get_candidate_name (application))));
      return;
    }

  if (!sl_store_move_application (self->store, application_id, stage_id, &error))
    sl_gui_show_error (GTK_WIDGET (self), error);
}

static void
sl_role_page_dispose (GObject *object)
{
  SlRolePage *self = SL_ROLE_PAGE (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->candidates != NULL)
    g_signal_handlers_disconnect_by_data (self->candidates, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), SL_TYPE_ROLE_PAGE);

  g_clear_object (&self->selection);
  g_clear_object (&self->candidates);
  g_clear_object (&self->stages);
  g_clear_pointer (&self->requirements, g_ptr_array_unref);
  g_clear_object (&self->role);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sl_role_page_parent_class)->dispose (object);
}

static void
sl_role_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SlRolePage *self = SL_ROLE_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_ROLE_ID:
      g_value_set_int64 (value, self->role_id);
      break;

    case PROP_FOLDED:
      g_value_set_boolean (value, self->folded);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_role_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SlRolePage *self = SL_ROLE_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      sl_role_page_set_store (self, g_value_get_object (value));
      break;

    case PROP_ROLE_ID:
      sl_role_page_set_role_id (self, g_value_get_int64 (value));
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
sl_role_page_class_init (SlRolePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sl_role_page_dispose;
  object_class->get_property = sl_role_page_get_property;
  object_class->set_property = sl_role_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SL_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ROLE_ID] =
    g_param_spec_int64 ("role-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * SlRolePage:folded:
   *
   * Whether the window shows one side at a time, so the page offers a way
   * back to the sidebar.
   */
  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SL_TYPE_BOARD_VIEW);
  g_type_ensure (SL_TYPE_CHECKLIST_MATRIX);
  g_type_ensure (SL_TYPE_COMPENSATION_PAGE);
  g_type_ensure (SL_TYPE_REVIEW_PAGE);
  g_type_ensure (SL_TYPE_STAGES_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/sl-role-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SlRolePage, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, SlRolePage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, SlRolePage, heading_label);
  gtk_widget_class_bind_template_child (widget_class, SlRolePage, count_label);
  gtk_widget_class_bind_template_child (widget_class, SlRolePage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SlRolePage, candidates_stack);
  gtk_widget_class_bind_template_child (widget_class, SlRolePage, candidates_view);
  gtk_widget_class_bind_template_child (widget_class, SlRolePage, board);
  gtk_widget_class_bind_template_child (widget_class, SlRolePage, candidates_status);
  gtk_widget_class_bind_template_child (widget_class, SlRolePage, matrix);
  gtk_widget_class_bind_template_child (widget_class, SlRolePage, compensation);
  gtk_widget_class_bind_template_child (widget_class, SlRolePage, review);
  gtk_widget_class_bind_template_child (widget_class, SlRolePage, stages_view);
  gtk_widget_class_bind_template_child (widget_class, SlRolePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, SlRolePage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SlRolePage, responsibilities_box);
  gtk_widget_class_bind_template_child (widget_class, SlRolePage, requirements_box);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_candidate_activated);

  gtk_widget_class_install_action (widget_class, "role.add-candidate", NULL, add_candidate_action);
  gtk_widget_class_install_action (widget_class, "role.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "role.move-application", "(xx)", move_application_action);
  gtk_widget_class_install_action (widget_class, "role.import-candidates", NULL, import_candidates_action);
  gtk_widget_class_install_action (widget_class, "role.export-candidates", NULL, export_candidates_action);
  gtk_widget_class_install_action (widget_class, "role.export-packet", NULL, export_packet_action);
  gtk_widget_class_install_action (widget_class, "role.print-packet", NULL, print_packet_action);
  sl_role_page_class_add_profile_actions (widget_class);
}

static void
sl_role_page_init (SlRolePage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_row), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_row), self, 0);
  gtk_list_view_set_factory (self->candidates_view, factory);

  self->selection = gtk_no_selection_new (NULL);
  gtk_list_view_set_model (self->candidates_view, GTK_SELECTION_MODEL (self->selection));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "role.add-candidate", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "role.delete", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "role.move-application", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "role.export-packet", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "role.print-packet", FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (requirement_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), requirement_actions[i], FALSE);
}

SlStore *
sl_role_page_get_store (SlRolePage *self)
{
  g_return_val_if_fail (SL_IS_ROLE_PAGE (self), NULL);

  return self->store;
}

void
sl_role_page_set_store (SlRolePage *self,
                        SlStore    *store)
{
  g_return_if_fail (SL_IS_ROLE_PAGE (self));
  g_return_if_fail (store == NULL || SL_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  g_set_object (&self->store, store);

  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self,
                             G_CONNECT_SWAPPED);

  reload_role (self);
  reload_candidates (self);
  update_views (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gint64
sl_role_page_get_role_id (SlRolePage *self)
{
  g_return_val_if_fail (SL_IS_ROLE_PAGE (self), 0);

  return self->role_id;
}

void
sl_role_page_set_role_id (SlRolePage *self,
                          gint64      role_id)
{
  g_return_if_fail (SL_IS_ROLE_PAGE (self));

  if (self->role_id == role_id)
    return;

  self->role_id = role_id;

  /* Another role starts fresh: no search left over, its pipeline first. */
  g_signal_handlers_block_by_func (self->search_entry, on_search_changed, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_signal_handlers_unblock_by_func (self->search_entry, on_search_changed, self);
  adw_view_stack_set_visible_child_name (self->view_stack, "candidates");

  reload_role (self);
  reload_candidates (self);
  update_views (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE_ID]);
}

/**
 * sl_role_page_get_candidates:
 *
 * Returns: (transfer none) (nullable): the #SlApplication list the page
 *   shows, for the current search
 */
GListModel *
sl_role_page_get_candidates (SlRolePage *self)
{
  g_return_val_if_fail (SL_IS_ROLE_PAGE (self), NULL);

  return self->candidates;
}

void
sl_role_page_focus_search (SlRolePage *self)
{
  g_return_if_fail (SL_IS_ROLE_PAGE (self));

  adw_view_stack_set_visible_child_name (self->view_stack, "candidates");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
