/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-role-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-application-row.h"
#include "sl-candidate-picker.h"
#include "sl-checklist-matrix.h"
#include "sl-compensation-page.h"
#include "sl-review-page.h"
#include "sl-stages-view.h"
#include "sl-gui-util.h"
#include "sl-requirement-dialog.h"
#include "sl-role-page.h"

/* One role: its pipeline of candidates, read from the database a page at
 * a time, and its profile: what the role does and what it demands. */

struct _SlRolePage
{
  GtkBox parent_instance;

  SlStore *store;
  gint64 role_id;
  gboolean folded;

  SlRole *role;
  GPtrArray *requirements;   /* SlRequirement*, as the profile shows them */
  GListModel *stages;
  GListModel *candidates;
  GtkNoSelection *selection;

  AdwViewSwitcherTitle *switcher_title;
  AdwViewStack *view_stack;
  GtkLabel *heading_label;
  GtkLabel *count_label;
  GtkSearchEntry *search_entry;
  GtkStack *candidates_stack;
  GtkListView *candidates_view;
  AdwStatusPage *candidates_status;
  SlChecklistMatrix *matrix;
  SlCompensationPage *compensation;
  SlReviewPage *review;
  SlStagesView *stages_view;
  GtkLabel *title_label;
  GtkLabel *summary_label;
  GtkBox *responsibilities_box;
  GtkBox *requirements_box;
};

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

/* A row of text that wraps; screen readers read the row as its title. */
static GtkWidget *
text_row_new (const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  return row;
}

/* Adds @row to the group titled @title in @box, making the group when it
 * is the first of its title; @groups maps titles to groups. */
static void
add_to_group (GtkBox     *box,
              GHashTable *groups,
              const char *title,
              GtkWidget  *row)
{
  AdwPreferencesGroup *group = g_hash_table_lookup (groups, title);

  if (group == NULL)
    {
      group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      adw_preferences_group_set_title (group, title);
      gtk_box_append (box, GTK_WIDGET (group));
      g_hash_table_insert (groups, g_strdup (title), group);
    }

  adw_preferences_group_add (group, row);
}

/* A requirement of the role: its number (the matrix's column), its text
 * and kind, and what can be done with it. */
static GtkWidget *
requirement_row_new (const SlRequirement *requirement,
                     guint                index,
                     guint                n_requirements)
{
  gboolean must_have = requirement->kind == SL_REQUIREMENT_MUST_HAVE;
  const char *kind = must_have ? _("Must-have") : _("Nice-to-have");
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();
  g_autoptr(GMenu) remove_section = g_menu_new ();
  g_autoptr(GMenuItem) remove = NULL;
  g_autofree char *number = g_strdup_printf ("%u", index + 1);
  g_autofree char *description = NULL;
  g_autofree char *edit_label = NULL;
  g_autofree char *menu_label = NULL;
  GtkWidget *row = text_row_new (requirement->text);
  GtkWidget *tag = gtk_label_new (kind);
  GtkWidget *prefix = gtk_label_new (number);
  GtkWidget *edit = gtk_button_new_from_icon_name ("document-edit-symbolic");
  GtkWidget *more = gtk_menu_button_new ();
  GVariant *target = g_variant_new_int64 (requirement->id);

  gtk_widget_add_css_class (prefix, "dim-label");
  gtk_widget_add_css_class (prefix, "numeric");
  gtk_label_set_width_chars (GTK_LABEL (prefix), 2);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), prefix);

  /* The tag says it in words; the colour only repeats it. */
  gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (tag, "tag");
  gtk_widget_add_css_class (tag, must_have ? "must-have" : "nice-to-have");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag);

  edit_label = g_strdup_printf (_("Edit requirement %u"), index + 1);
  gtk_widget_set_valign (edit, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (edit, "flat");
  gtk_widget_set_tooltip_text (edit, _("Edit Requirement"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (edit), GTK_ACCESSIBLE_PROPERTY_LABEL, edit_label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (edit), "role.edit-requirement");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (edit), target);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);

  if (index > 0)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("Move _Up"), NULL);

      g_menu_item_set_action_and_target_value (item, "role.move-requirement",
                                               g_variant_new ("(xu)", requirement->id, index - 1));
      g_menu_append_item (section, item);
    }
  if (index + 1 < n_requirements)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("Move _Down"), NULL);

      g_menu_item_set_action_and_target_value (item, "role.move-requirement",
                                               g_variant_new ("(xu)", requirement->id, index + 1));
      g_menu_append_item (section, item);
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));

  remove = g_menu_item_new (_("_Remove"), NULL);
  g_menu_item_set_action_and_target_value (remove, "role.remove-requirement", target);
  g_menu_append_item (remove_section, remove);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (remove_section));

  menu_label = g_strdup_printf (_("More for requirement %u"), index + 1);
  gtk_widget_set_valign (more, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (more, "flat");
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (more), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (more), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (more, _("Move or Remove"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (more), GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), more);

  /* Translators: a requirement's number, then its kind */
  description = g_strdup_printf (_("Requirement %u, %s"), index + 1, kind);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);

  return row;
}

/* The views that show the role in their own way follow it. */
static void
update_views (SlRolePage *self)
{
  sl_checklist_matrix_set_role (self->matrix, self->store, self->role_id);
  sl_compensation_page_set_role (self->compensation, self->store, self->role_id);
  sl_review_page_set_role (self->review, self->store, self->role_id);
  sl_stages_view_set_role (self->stages_view, self->store, self->role_id);
}

static void
reload_profile (SlRolePage *self)
{
  g_autoptr(GPtrArray) responsibilities = NULL;
  g_autoptr(GPtrArray) requirements = NULL;
  g_autoptr(GHashTable) groups = NULL;
  g_autoptr(GError) error = NULL;

  sl_gui_remove_children (self->responsibilities_box);
  sl_gui_remove_children (self->requirements_box);

  if (self->role == NULL)
    return;

  responsibilities = sl_store_list_responsibilities (self->store, self->role_id, &error);
  if (responsibilities == NULL)
    {
      sl_gui_show_error (GTK_WIDGET (self), error);
      return;
    }

  groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < responsibilities->len; i++)
    {
      SlResponsibility *responsibility = g_ptr_array_index (responsibilities, i);

      add_to_group (self->responsibilities_box, groups, responsibility->title,
                    text_row_new (responsibility->text));
    }

  requirements = sl_store_list_requirements (self->store, self->role_id, &error);
  if (requirements == NULL)
    {
      sl_gui_show_error (GTK_WIDGET (self), error);
      return;
    }

  g_hash_table_remove_all (groups);
  for (guint i = 0; i < requirements->len; i++)
    add_to_group (self->requirements_box, groups,
                  ((SlRequirement *) g_ptr_array_index (requirements, i))->category,
                  requirement_row_new (g_ptr_array_index (requirements, i), i, requirements->len));

  if (requirements->len == 0)
    {
      GtkWidget *label = gtk_label_new (_("No requirements yet. Candidates are assessed against the "
                                          "requirements of their role."));

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (self->requirements_box, label);
    }

  g_clear_pointer (&self->requirements, g_ptr_array_unref);
  self->requirements = g_steal_pointer (&requirements);
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
  for (guint i = 0; i < G_N_ELEMENTS (requirement_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), requirement_actions[i], self->role != NULL);

  reload_profile (self);
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
move_application_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  SlRolePage *self = SL_ROLE_PAGE (widget);
  g_autoptr(GError) error = NULL;
  gint64 application_id;
  gint64 stage_id;

  g_variant_get (parameter, "(xx)", &application_id, &stage_id);

  if (!sl_store_move_application (self->store, application_id, stage_id, &error))
    sl_gui_show_error (GTK_WIDGET (self), error);
}

static GtkWindow *
parent_window (SlRolePage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
add_requirement_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SlRolePage *self = SL_ROLE_PAGE (widget);

  gtk_window_present (GTK_WINDOW (sl_requirement_dialog_new (parent_window (self), self->store,
                                                             self->role_id, NULL)));
}

static const SlRequirement *
find_requirement (SlRolePage *self,
                  gint64      requirement_id)
{
  for (guint i = 0; self->requirements != NULL && i < self->requirements->len; i++)
    {
      const SlRequirement *requirement = g_ptr_array_index (self->requirements, i);

      if (requirement->id == requirement_id)
        return requirement;
    }

  return NULL;
}

static void
edit_requirement_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  SlRolePage *self = SL_ROLE_PAGE (widget);
  const SlRequirement *requirement = find_requirement (self, g_variant_get_int64 (parameter));

  g_return_if_fail (requirement != NULL);

  gtk_window_present (GTK_WINDOW (sl_requirement_dialog_new (parent_window (self), self->store,
                                                             self->role_id, requirement)));
}

static void
move_requirement_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  SlRolePage *self = SL_ROLE_PAGE (widget);
  g_autoptr(GError) error = NULL;
  gint64 requirement_id;
  guint index;

  g_variant_get (parameter, "(xu)", &requirement_id, &index);

  if (!sl_store_move_requirement (self->store, requirement_id, index, &error))
    sl_gui_show_error (widget, error);
}

static void
on_undo_remove (AdwToast   *toast,
                SlRolePage *self)
{
  gint64 requirement_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toast), "sl-requirement-id"));
  g_autoptr(GError) error = NULL;

  if (!sl_store_restore_requirement (self->store, requirement_id, &error))
    sl_gui_show_error (GTK_WIDGET (self), error);
}

/* Removing takes effect at once, with a way back: the assessments made
 * against the requirement stay until the trash is emptied. */
static void
remove_requirement_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  SlRolePage *self = SL_ROLE_PAGE (widget);
  gint64 requirement_id = g_variant_get_int64 (parameter);
  const SlRequirement *requirement = find_requirement (self, requirement_id);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  g_return_if_fail (requirement != NULL);

  /* A toast's title is markup in libadwaita 1.2. Translators: a toast
   * after removing a requirement; %s is its text */
  title = g_markup_printf_escaped (_("Removed “%s”"), requirement->text);
  if (!sl_store_remove_requirement (self->store, requirement_id, &error))
    {
      sl_gui_show_error (widget, error);
      return;
    }

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data (G_OBJECT (toast), "sl-requirement-id", GSIZE_TO_POINTER ((gsize) requirement_id));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_remove), self, 0);
  sl_gui_show_toast (widget, toast);
}

static void
on_template_saved (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(SlRolePage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    {
      g_autofree char *name = g_file_get_parse_name (G_FILE (object));

      g_prefix_error (&error, _("Could not save “%s”: "), name);
      sl_gui_show_error (GTK_WIDGET (self), error);
    }
  else
    {
      g_autofree char *basename = g_file_get_basename (G_FILE (object));
      g_autofree char *message = g_markup_printf_escaped (_("Saved the template as “%s”"), basename);

      sl_gui_show_toast (GTK_WIDGET (self), adw_toast_new (message));
    }
}

static void
on_export_response (GtkNativeDialog *chooser,
                    int              response,
                    SlRolePage      *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *json;
  gsize length;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  if (file == NULL || self->role == NULL)
    return;

  json = sl_store_export_template (self->store, self->role_id, &length, &error);
  if (json == NULL)
    {
      sl_gui_show_error (GTK_WIDGET (self), error);
      return;
    }

  /* Written aside and renamed into place: a failure leaves any file
   * that was there as it was. */
  bytes = g_bytes_new_take (json, length);
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                       on_template_saved, g_object_ref (self));
}

static void
export_template_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SlRolePage *self = SL_ROLE_PAGE (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  g_return_if_fail (self->role != NULL);

  chooser = gtk_file_chooser_native_new (_("Save as Template"), parent_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (filter, _("Role templates"));
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  /* Translators: the file name offered for a role's template; %s is the role's title */
  name = g_strdup_printf (_("%s.json"), sl_role_get_title (self->role));
  g_strdelimit (name, "/\\", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
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
  gtk_widget_class_install_action (widget_class, "role.add-requirement", NULL, add_requirement_action);
  gtk_widget_class_install_action (widget_class, "role.edit-requirement", "x", edit_requirement_action);
  gtk_widget_class_install_action (widget_class, "role.move-requirement", "(xu)", move_requirement_action);
  gtk_widget_class_install_action (widget_class, "role.remove-requirement", "x", remove_requirement_action);
  gtk_widget_class_install_action (widget_class, "role.export-template", NULL, export_template_action);
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
