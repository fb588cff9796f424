/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-candidate-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-audit-window.h"
#include "sl-candidate-page-private.h"
#include "sl-gui-util.h"

/* What a candidate may ask of the data held about them: to see its history
 * of changes, to have a copy of all of it, and to be forgotten. */

typedef struct
{
  char *path;
  gint64 candidate_id;
  char *name;
} Erasure;

static void
erasure_free (Erasure *erasure)
{
  g_free (erasure->path);
  g_free (erasure->name);
  g_free (erasure);
}

/* Rewriting the full-text index and every backup takes a while on a large
 * database: it is done on a connection of the thread's own. */
static void
erase_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Erasure *erasure = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStore) store = sl_store_open (erasure->path, &error);

  if (store == NULL || !sl_store_erase_candidate (store, erasure->candidate_id, NULL, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_erased (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  SlCandidatePage *self = SL_CANDIDATE_PAGE (source_object);
  Erasure *erasure = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      sl_gui_show_error (GTK_WIDGET (self), error);
      return;
    }

  /* The erasure wrote through its own connection. */
  sl_store_check_outside_changes (self->store);

  /* Translators: a candidate's name, erased at their request */
  title = g_strdup_printf (_("%s was erased"), erasure->name);
  sl_gui_show_toast (GTK_WIDGET (self), adw_toast_new (title));
  if (self->candidate_id == erasure->candidate_id)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.go-back", NULL);
}

static void
on_erase_response (AdwMessageDialog *dialog,
                   const char       *response,
                   SlCandidatePage  *self)
{
  g_autoptr(GTask) task = NULL;
  Erasure *erasure;

  if (g_strcmp0 (response, "erase") != 0)
    return;

  erasure = g_new0 (Erasure, 1);
  erasure->path = g_strdup (sl_store_get_path (self->store));
  erasure->candidate_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "candidate-id"));
  erasure->name = g_strdup (g_object_get_data (G_OBJECT (dialog), "candidate-name"));

  task = g_task_new (self, NULL, on_erased, NULL);
  g_task_set_source_tag (task, on_erase_response);
  g_task_set_task_data (task, erasure, (GDestroyNotify) erasure_free);
  g_task_run_in_thread (task, erase_in_thread);
}

/* Forgetting a candidate who asked for it: asked first, since nothing
 * brings them back. */
static void
erase_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SlCandidatePage *self = SL_CANDIDATE_PAGE (widget);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  g_return_if_fail (self->candidate != NULL);

  heading = g_strdup_printf (_("Erase %s for Good?"), sl_candidate_get_name (self->candidate));
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading,
                                   _("Everything held about them — applications, assessments, scorecards, "
                                     "offers, decisions — is removed from this database and from its backups, "
                                     "and cannot be brought back. Do this when a candidate asks to be forgotten."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "erase", _("_Erase"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "erase", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "candidate-id", GSIZE_TO_POINTER (sl_candidate_get_id (self->candidate)));
  g_object_set_data_full (G_OBJECT (dialog), "candidate-name", g_strdup (sl_candidate_get_name (self->candidate)),
                          g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_erase_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_subject_file_chosen (GtkNativeDialog *chooser,
                        int              response,
                        SlCandidatePage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *document = NULL;
  gsize length;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  if (file == NULL || self->candidate == NULL)
    return;

  /* One person's data is small: read and written at once. */
  document = sl_store_export_subject (self->store, sl_candidate_get_id (self->candidate), &length, &error);
  if (document == NULL ||
      !g_file_replace_contents (file, document, length, NULL, FALSE, G_FILE_CREATE_PRIVATE, NULL, NULL, &error))
    {
      sl_gui_show_error (GTK_WIDGET (self), error);
      return;
    }

  sl_gui_show_toast (GTK_WIDGET (self), adw_toast_new (_("Exported everything held about the candidate")));
}

/* A subject access request: everything held about the candidate, as a
 * JSON file to give them. */
static void
export_subject_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SlCandidatePage *self = SL_CANDIDATE_PAGE (widget);
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  g_return_if_fail (self->candidate != NULL);

  name = g_strconcat (sl_candidate_get_name (self->candidate), ".json", NULL);
  chooser = sl_gui_save_chooser_new (widget, _("Export Everything Held About the Candidate"), NULL, NULL, name);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_subject_file_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
show_history_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SlCandidatePage *self = SL_CANDIDATE_PAGE (widget);

  g_return_if_fail (self->candidate != NULL);

  gtk_window_present (GTK_WINDOW (sl_audit_window_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store,
                                                       sl_candidate_get_id (self->candidate),
                                                       sl_candidate_get_name (self->candidate))));
}

void
sl_candidate_page_class_add_privacy_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "candidate.erase", NULL, erase_action);
  gtk_widget_class_install_action (widget_class, "candidate.show-history", NULL, show_history_action);
  gtk_widget_class_install_action (widget_class, "candidate.export-subject", NULL, export_subject_action);
}
