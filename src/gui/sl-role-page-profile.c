/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-role-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-gui-util.h"
#include "sl-requirement-dialog.h"
#include "sl-role-page-private.h"

/* The role's profile: its responsibilities, and its requirements by
 * category, which are added, edited, moved and removed (with Undo) here,
 * and saved with the rest of the role as a template file. */

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

void
sl_role_page_reload_profile (SlRolePage *self)
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

void
sl_role_page_class_add_profile_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "role.add-requirement", NULL, add_requirement_action);
  gtk_widget_class_install_action (widget_class, "role.edit-requirement", "x", edit_requirement_action);
  gtk_widget_class_install_action (widget_class, "role.move-requirement", "(xu)", move_requirement_action);
  gtk_widget_class_install_action (widget_class, "role.remove-requirement", "x", remove_requirement_action);
  gtk_widget_class_install_action (widget_class, "role.export-template", NULL, export_template_action);
}
