/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-new-role-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-gui-util.h"
#include "sl-new-role-dialog.h"

/* Creates a role from a built-in template, under a title that no other
 * role has. */

struct _SlNewRoleDialog
{
  AdwWindow parent_instance;

  SlStore *store;
  GPtrArray *templates;      /* SlTemplate*, in the order of the combo row */
  GHashTable *role_titles;   /* titles taken, folded for comparison */
  gboolean title_edited;
  gboolean suggesting;

  AdwComboRow *template_row;
  AdwEntryRow *title_row;
  GtkLabel *title_message;
};

G_DEFINE_FINAL_TYPE (SlNewRoleDialog, sl_new_role_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum {
  ROLE_CREATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static char *
fold_title (const char *title)
{
  g_autofree char *stripped = g_strstrip (g_strdup (title));

  return g_utf8_casefold (stripped, -1);
}

static gboolean
title_taken (SlNewRoleDialog *self,
             const char      *title)
{
  g_autofree char *folded = fold_title (title);

  return g_hash_table_contains (self->role_titles, folded);
}

static void
set_problem (SlNewRoleDialog *self,
             const char      *message)
{
  if (message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->title_row), "error");
      gtk_label_set_label (self->title_message, message);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->title_row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                      -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->title_row), "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->title_row),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->title_message), message != NULL);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->title_row),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               message != NULL ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

static void
validate (SlNewRoleDialog *self)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  g_autofree char *message = NULL;
  gboolean valid = title[0] != '\0' && self->templates->len > 0;

  if (title[0] == '\0' && self->title_edited)
    message = g_strdup (_("Enter a title"));
  else if (title[0] != '\0' && title_taken (self, title))
    message = g_strdup_printf (_("A role titled “%s” exists already"), title);

  set_problem (self, message);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.create", valid && message == NULL);
}

static SlTemplate *
selected_template (SlNewRoleDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->template_row);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->templates->len)
    return NULL;

  return g_ptr_array_index (self->templates, selected);
}

/* The template's title, or "Title (2)" and on when that is taken. */
static char *
suggest_title (SlNewRoleDialog *self,
               const char      *base)
{
  if (!title_taken (self, base))
    return g_strdup (base);

  for (guint i = 2;; i++)
    {
      /* Translators: a role's title, and a number that makes it unique */
      g_autofree char *title = g_strdup_printf (_("%s (%u)"), base, i);

      if (!title_taken (self, title))
        return g_steal_pointer (&title);
    }
}

static void
on_template_selected (SlNewRoleDialog *self,
                      GParamSpec      *pspec,
                      AdwComboRow     *row)
{
  SlTemplate *template = selected_template (self);
  g_autofree char *title = NULL;

  /* A title the user typed stays theirs. */
  if (template == NULL || self->title_edited)
    return;

  title = suggest_title (self, template->title);
  self->suggesting = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title);
  self->suggesting = FALSE;
  validate (self);
}

static void
on_title_changed (SlNewRoleDialog *self,
                  GtkEditable     *editable)
{
  if (!self->suggesting)
    self->title_edited = TRUE;

  validate (self);
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SlNewRoleDialog *self = SL_NEW_ROLE_DIALOG (widget);
  SlTemplate *template = selected_template (self);
  g_autoptr(GError) error = NULL;
  gint64 role_id;

  g_return_if_fail (template != NULL);

  role_id = sl_store_create_role (self->store, template,
                                  gtk_editable_get_text (GTK_EDITABLE (self->title_row)),
                                  &error);
  if (role_id == 0)
    {
      set_problem (self, error->message);
      return;
    }

  g_signal_emit (self, signals[ROLE_CREATED], 0, role_id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
load_templates (SlNewRoleDialog *self)
{
  g_auto(GStrv) ids = sl_template_list_builtin ();
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      SlTemplate *template = sl_template_load_builtin (ids[i], &error);

      if (template == NULL)
        {
          g_warning ("Could not load the template “%s”: %s", ids[i], error->message);
          continue;
        }

      g_ptr_array_add (self->templates, template);
      gtk_string_list_append (titles, template->title);
    }

  adw_combo_row_set_model (self->template_row, G_LIST_MODEL (titles));
}

static void
load_role_titles (SlNewRoleDialog *self)
{
  g_autoptr(GListModel) roles = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  roles = sl_store_list_roles (self->store, &error);
  if (roles == NULL)
    {
      g_warning ("Could not read the roles: %s", error->message);
      return;
    }

  n = g_list_model_get_n_items (roles);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SlRole) role = g_list_model_get_item (roles, i);

      g_hash_table_add (self->role_titles, fold_title (sl_role_get_title (role)));
    }
}

static void
sl_new_role_dialog_constructed (GObject *object)
{
  SlNewRoleDialog *self = SL_NEW_ROLE_DIALOG (object);

  G_OBJECT_CLASS (sl_new_role_dialog_parent_class)->constructed (object);

  load_role_titles (self);
  load_templates (self);

  on_template_selected (self, NULL, self->template_row);
  validate (self);
}

static void
sl_new_role_dialog_dispose (GObject *object)
{
  SlNewRoleDialog *self = SL_NEW_ROLE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SL_TYPE_NEW_ROLE_DIALOG);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (sl_new_role_dialog_parent_class)->dispose (object);
}

static void
sl_new_role_dialog_finalize (GObject *object)
{
  SlNewRoleDialog *self = SL_NEW_ROLE_DIALOG (object);

  g_clear_pointer (&self->templates, g_ptr_array_unref);
  g_clear_pointer (&self->role_titles, g_hash_table_unref);

  G_OBJECT_CLASS (sl_new_role_dialog_parent_class)->finalize (object);
}

static void
sl_new_role_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SlNewRoleDialog *self = SL_NEW_ROLE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_new_role_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SlNewRoleDialog *self = SL_NEW_ROLE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_new_role_dialog_class_init (SlNewRoleDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sl_new_role_dialog_constructed;
  object_class->dispose = sl_new_role_dialog_dispose;
  object_class->finalize = sl_new_role_dialog_finalize;
  object_class->get_property = sl_new_role_dialog_get_property;
  object_class->set_property = sl_new_role_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SL_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SlNewRoleDialog::role-created:
   * @role_id: the new role's id
   */
  signals[ROLE_CREATED] =
    g_signal_new ("role-created",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/sl-new-role-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SlNewRoleDialog, template_row);
  gtk_widget_class_bind_template_child (widget_class, SlNewRoleDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, SlNewRoleDialog, title_message);
  gtk_widget_class_bind_template_callback (widget_class, on_template_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_title_changed);

  gtk_widget_class_install_action (widget_class, "dialog.create", NULL, create_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "dialog.create", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sl_new_role_dialog_init (SlNewRoleDialog *self)
{
  self->templates = g_ptr_array_new_with_free_func ((GDestroyNotify) sl_template_free);
  self->role_titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  sl_gui_name_combo_row_items (self->template_row);

  /* The title is what people change; Enter then creates the role. */
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

/**
 * sl_new_role_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 */
SlNewRoleDialog *
sl_new_role_dialog_new (GtkWindow *parent,
                        SlStore   *store)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SL_IS_STORE (store), NULL);

  return g_object_new (SL_TYPE_NEW_ROLE_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       NULL);
}
