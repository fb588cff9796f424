/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-audit-window.h"
#include "sl-candidate-dialog.h"
#include "sl-new-role-dialog.h"
#include "sl-overview-window.h"
#include "sl-sample.h"
#include "sl-gui-util.h"
#include "sl-window-private.h"

/* The window's actions and key bindings: what the user asks of it. */

static void
on_role_created (SlWindow        *self,
                 gint64           role_id,
                 SlNewRoleDialog *dialog)
{
  /* The store's signal added the row already. */
  sl_window_show_role (self, role_id);
  sl_window_show_content (self);
}

static void
new_role_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SlWindow *self = SL_WINDOW (widget);
  SlNewRoleDialog *dialog = sl_new_role_dialog_new (GTK_WINDOW (self), self->store);

  g_signal_connect_object (dialog, "role-created", G_CALLBACK (on_role_created), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_candidate_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SlWindow *self = SL_WINDOW (widget);
  gint64 role_id = self->list == LIST_ROLE ? self->role_id : 0;
  SlCandidateDialog *dialog = sl_candidate_dialog_new (GTK_WINDOW (self), self->store, NULL, role_id);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SlWindow *self = SL_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!sl_sample_populate (self->store, SL_SAMPLE_DEFAULT_CANDIDATES, &error))
    sl_window_show_toast (self, error->message);
}

/* A role from a template file: under the template's title, or the first
 * of "Title 2", "Title 3"… that no role has yet. */
static gint64
create_role_from_template (SlWindow    *self,
                           SlTemplate  *template,
                           char       **title,
                           GError     **error)
{
  for (guint n = 1; n < 100; n++)
    {
      g_autoptr(GError) local_error = NULL;
      gint64 role_id;

      g_free (*title);
      *title = n == 1 ? g_strdup (template->title) : g_strdup_printf ("%s %u", template->title, n);

      role_id = sl_store_create_role (self->store, template, *title, &local_error);
      if (role_id > 0)
        return role_id;

      if (!g_error_matches (local_error, SL_ERROR, SL_ERROR_CONSTRAINT))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return 0;
        }
    }

  g_set_error (error, SL_ERROR, SL_ERROR_CONSTRAINT,
               _("Too many roles are titled “%s” already"), template->title);
  return 0;
}

static void
on_template_loaded (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(SlWindow) self = user_data;
  g_autoptr(SlTemplate) template = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_basename (G_FILE (object));
  g_autofree char *title = NULL;
  gsize length;
  gint64 role_id;

  if (!g_file_load_contents_finish (G_FILE (object), result, &contents, &length, NULL, &error))
    {
      g_prefix_error (&error, "%s: ", name);
      sl_window_show_toast (self, error->message);
      return;
    }

  template = sl_template_new_from_data (contents, length, &error);
  if (template == NULL)
    {
      /* Which file, then which member of it. */
      g_prefix_error (&error, "%s: ", name);
      sl_window_show_toast (self, error->message);
      return;
    }

  role_id = create_role_from_template (self, template, &title, &error);
  if (role_id == 0)
    {
      sl_window_show_toast (self, error->message);
      return;
    }

  sl_window_show_role (self, role_id);
  sl_window_show_content (self);

  if (g_strcmp0 (title, template->title) != 0)
    {
      g_autofree char *message = g_strdup_printf (_("Imported as “%s”: a role titled “%s” exists already"),
                                                  title, template->title);
      sl_window_show_toast (self, message);
    }
}

/**
 * sl_window_import_role:
 * @file: a role template, shortlist-template/1
 *
 * Makes a role of the template in @file and shows it, or says in a toast
 * what is wrong with the file.
 */
void
sl_window_import_role (SlWindow *self,
                       GFile    *file)
{
  g_return_if_fail (SL_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_file_load_contents_async (file, NULL, on_template_loaded, g_object_ref (self));
}

static void
on_template_chosen (GtkWidget *owner,
                    GFile     *file)
{
  sl_window_import_role (SL_WINDOW (owner), file);
}

static void
import_role_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  sl_gui_choose_file (widget, _("Import Role Template"), _("Role templates"), "json", on_template_chosen);
}

static void
compensation_overview_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  SlWindow *self = SL_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (sl_overview_window_new (GTK_WINDOW (self), self->store)));
}

static void
audit_log_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SlWindow *self = SL_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (sl_audit_window_new (GTK_WINDOW (self), self->store, 0, NULL)));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SlWindow *self = SL_WINDOW (widget);

  self->showing_candidate = FALSE;
  sl_window_update_content (self);
  sl_window_show_content (self);

  if (self->list == LIST_ROLE)
    sl_role_page_focus_search (self->role_page);
  else if (self->list == LIST_ALL)
    sl_candidates_page_focus_search (self->candidates_page);
}

static void
show_sidebar_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SlWindow *self = SL_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

static void
go_back_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SlWindow *self = SL_WINDOW (widget);

  self->showing_candidate = FALSE;
  sl_window_update_content (self);
}

static void
show_role_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SlWindow *self = SL_WINDOW (widget);
  gint64 role_id = g_variant_get_int64 (parameter);

  if (sl_window_find_role_row (self, role_id) == NULL)
    return;

  sl_window_show_role (self, role_id);
  sl_window_show_content (self);
}

static void
show_all_candidates_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  SlWindow *self = SL_WINDOW (widget);

  sl_window_show_all_candidates (self);
  sl_window_show_content (self);
}

static void
show_candidate_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SlWindow *self = SL_WINDOW (widget);

  sl_candidate_page_set_candidate_id (self->candidate_page, g_variant_get_int64 (parameter));
  self->showing_candidate = TRUE;
  sl_window_update_content (self);
  sl_window_show_content (self);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SlWindow *self = SL_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!sl_store_restore_candidate (self->store, g_variant_get_int64 (parameter), &error))
    sl_window_show_toast (self, error->message);
}

/* Ctrl+E and Delete act on the candidate shown, wherever the focus is. */
static gboolean
candidate_shortcut (GtkWidget *widget,
                    GVariant  *args,
                    gpointer   user_data)
{
  SlWindow *self = SL_WINDOW (widget);

  if (!self->showing_candidate)
    return FALSE;

  return gtk_widget_activate_action (GTK_WIDGET (self->candidate_page),
                                     g_variant_get_string (args, NULL), NULL);
}

void
sl_window_class_actions_init (SlWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.new-role", NULL, new_role_action);
  gtk_widget_class_install_action (widget_class, "win.new-candidate", NULL, new_candidate_action);
  gtk_widget_class_install_action (widget_class, "win.import-role", NULL, import_role_action);
  gtk_widget_class_install_action (widget_class, "win.audit-log", NULL, audit_log_action);
  gtk_widget_class_install_action (widget_class, "win.compensation-overview", NULL,
                                   compensation_overview_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, go_back_action);
  gtk_widget_class_install_action (widget_class, "win.show-role", "x", show_role_action);
  gtk_widget_class_install_action (widget_class, "win.show-all-candidates", NULL, show_all_candidates_action);
  gtk_widget_class_install_action (widget_class, "win.show-candidate", "x", show_candidate_action);
  gtk_widget_class_install_action (widget_class, "win.undo-delete", "x", undo_delete_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new-candidate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.new-role", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "win.go-back", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                candidate_shortcut, "s", "candidate.edit");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Delete, 0,
                                candidate_shortcut, "s", "candidate.delete");
}
