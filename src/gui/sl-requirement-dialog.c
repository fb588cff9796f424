/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-requirement-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-gui-util.h"
#include "sl-requirement-dialog.h"
#include "sl-util.h"

/* Adds a requirement to a role, or changes one: its text, category, kind
 * and weight. */

struct _SlRequirementDialog
{
  AdwWindow parent_instance;

  SlStore *store;
  gint64 role_id;
  gint64 requirement_id;   /* 0 for a new requirement */
  GtkStringList *categories;

  AdwEntryRow *text_row;
  AdwComboRow *category_row;
  AdwComboRow *kind_row;
  GtkSpinButton *weight_button;
  GtkLabel *message_label;
};

G_DEFINE_FINAL_TYPE (SlRequirementDialog, sl_requirement_dialog, ADW_TYPE_WINDOW)

static void
update_save (SlRequirementDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->text_row));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", !sl_str_is_blank (text));
}

static void
on_text_changed (SlRequirementDialog *self,
                 AdwEntryRow         *row)
{
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), FALSE);
  update_save (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SlRequirementDialog *self = SL_REQUIREMENT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  SlRequirement requirement = { 0 };
  guint category = adw_combo_row_get_selected (self->category_row);
  gboolean saved;

  requirement.id = self->requirement_id;
  requirement.text = (char *) gtk_editable_get_text (GTK_EDITABLE (self->text_row));
  requirement.category = (char *) gtk_string_list_get_string (self->categories, category);
  requirement.kind = adw_combo_row_get_selected (self->kind_row) == 0
                     ? SL_REQUIREMENT_MUST_HAVE : SL_REQUIREMENT_NICE_TO_HAVE;
  requirement.weight = gtk_spin_button_get_value (self->weight_button);

  if (self->requirement_id > 0)
    saved = sl_store_update_requirement (self->store, &requirement, &error);
  else
    saved = sl_store_add_requirement (self->store, self->role_id, &requirement, &error) > 0;

  if (!saved)
    {
      gtk_label_set_label (self->message_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->message_label), TRUE);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
sl_requirement_dialog_dispose (GObject *object)
{
  SlRequirementDialog *self = SL_REQUIREMENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SL_TYPE_REQUIREMENT_DIALOG);

  g_clear_object (&self->categories);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sl_requirement_dialog_parent_class)->dispose (object);
}

static void
sl_requirement_dialog_class_init (SlRequirementDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sl_requirement_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/shortlist/Shortlist/sl-requirement-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SlRequirementDialog, text_row);
  gtk_widget_class_bind_template_child (widget_class, SlRequirementDialog, category_row);
  gtk_widget_class_bind_template_child (widget_class, SlRequirementDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, SlRequirementDialog, weight_button);
  gtk_widget_class_bind_template_child (widget_class, SlRequirementDialog, message_label);
  gtk_widget_class_bind_template_callback (widget_class, on_text_changed);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sl_requirement_dialog_init (SlRequirementDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->categories = gtk_string_list_new (NULL);
  sl_gui_name_combo_row_items (self->category_row);
  sl_gui_name_combo_row_items (self->kind_row);
}

/* The usual categories, then any other the role's requirements use. */
static void
fill_categories (SlRequirementDialog *self,
                 const char          *current)
{
  const char * const *usual = sl_template_categories ();
  g_autoptr(GPtrArray) requirements = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint selected = 0;

  for (guint i = 0; usual[i] != NULL; i++)
    {
      gtk_string_list_append (self->categories, usual[i]);
      g_hash_table_add (seen, (gpointer) usual[i]);
    }

  requirements = sl_store_list_requirements (self->store, self->role_id, NULL);
  for (guint i = 0; requirements != NULL && i < requirements->len; i++)
    {
      SlRequirement *requirement = g_ptr_array_index (requirements, i);

      if (g_hash_table_contains (seen, requirement->category))
        continue;

      gtk_string_list_append (self->categories, requirement->category);
      g_hash_table_add (seen, requirement->category);
    }

  for (guint i = 0; current != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->categories)); i++)
    if (g_strcmp0 (gtk_string_list_get_string (self->categories, i), current) == 0)
      selected = i;

  adw_combo_row_set_model (self->category_row, G_LIST_MODEL (self->categories));
  adw_combo_row_set_selected (self->category_row, selected);
}

/**
 * sl_requirement_dialog_new:
 * @requirement: (nullable): the requirement to change, or %NULL to add one
 */
SlRequirementDialog *
sl_requirement_dialog_new (GtkWindow           *parent,
                           SlStore             *store,
                           gint64               role_id,
                           const SlRequirement *requirement)
{
  SlRequirementDialog *self;

  g_return_val_if_fail (SL_IS_STORE (store), NULL);

  self = g_object_new (SL_TYPE_REQUIREMENT_DIALOG,
                       "transient-for", parent,
                       "title", requirement != NULL ? _("Edit Requirement") : _("New Requirement"),
                       NULL);
  self->store = g_object_ref (store);
  self->role_id = role_id;

  fill_categories (self, requirement != NULL ? requirement->category : NULL);

  if (requirement != NULL)
    {
      self->requirement_id = requirement->id;
      gtk_editable_set_text (GTK_EDITABLE (self->text_row), requirement->text);
      adw_combo_row_set_selected (self->kind_row, requirement->kind == SL_REQUIREMENT_MUST_HAVE ? 0 : 1);
      gtk_spin_button_set_value (self->weight_button, requirement->weight);
    }

  update_save (self);

  return self;
}
