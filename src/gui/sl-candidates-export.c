/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-candidates-export"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-candidates-export.h"
#include "sl-gui-util.h"

/* Candidates to a CSV file from the window: the whole talent pool or a
 * role's, written in another thread on a connection of its own, so that a
 * hundred thousand rows do not stop the window. The file is written aside
 * and put in place only once it is whole; it is readable by its owner
 * only, as it holds contact details. */

typedef struct
{
  GtkWidget *owner;
  char *path;
  GFile *file;
  gint64 role_id;
  gboolean byte_order_mark;
  guint n_rows;
} Export;

static void
export_free (Export *export)
{
  g_clear_object (&export->owner);
  g_free (export->path);
  g_clear_object (&export->file);
  g_free (export);
}

static void
export_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  Export *export = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStore) store = sl_store_open (export->path, &error);
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GCancellable) abandon = g_cancellable_new ();
  gboolean existed = g_file_query_exists (export->file, NULL);

  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  stream = g_file_replace (export->file, NULL, FALSE, G_FILE_CREATE_PRIVATE, cancellable, &error);
  if (stream == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* Excel reads a CSV file as the system's legacy code page unless it
   * starts with a byte order mark. */
  if ((export->byte_order_mark &&
       !g_output_stream_write_all (G_OUTPUT_STREAM (stream), "\xef\xbb\xbf", 3, NULL, cancellable, &error)) ||
      !sl_store_export_candidates (store, export->role_id, G_OUTPUT_STREAM (stream), &export->n_rows,
                                   cancellable, &error) ||
      !g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, &error))
    {
      /* A close that is cancelled leaves the old file as it was; where
       * there was none, GIO wrote in place. */
      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
      if (!existed)
        g_file_delete (export->file, NULL, NULL);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
on_exported (GObject      *source_object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Export *export = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (export->file);
  g_autofree char *title = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autoptr(GError) named = g_error_new (error->domain, error->code, _("Could not export to “%s”: %s"),
                                             name, error->message);

      sl_gui_show_error (export->owner, named);
      return;
    }

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "Exported %u candidate to “%s”",
                                        "Exported %u candidates to “%s”",
                                        export->n_rows),
                           export->n_rows, name);
  sl_gui_show_toast (export->owner, adw_toast_new (title));
}

/**
 * sl_candidates_export_to:
 * @owner: the widget the export is for, where its result is told
 * @role_id: the role whose candidates to write, or 0 for everyone
 * @byte_order_mark: whether the file starts with one, for Excel
 *
 * Writes the candidates to @file in the background.
 */
void
sl_candidates_export_to (GtkWidget *owner,
                         SlStore   *store,
                         gint64     role_id,
                         GFile     *file,
                         gboolean   byte_order_mark)
{
  g_autoptr(GTask) task = NULL;
  Export *export;

  g_return_if_fail (GTK_IS_WIDGET (owner));
  g_return_if_fail (SL_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (file));

  export = g_new0 (Export, 1);
  export->owner = g_object_ref (owner);
  export->path = g_strdup (sl_store_get_path (store));
  export->file = g_object_ref (file);
  export->role_id = role_id;
  export->byte_order_mark = byte_order_mark;

  task = g_task_new (NULL, NULL, on_exported, NULL);
  g_task_set_source_tag (task, sl_candidates_export_to);
  g_task_set_task_data (task, export, (GDestroyNotify) export_free);
  g_task_run_in_thread (task, export_in_thread);
}

typedef struct
{
  GtkWidget *owner;
  SlStore *store;
  gint64 role_id;
} Choice;

static void
on_response (GtkNativeDialog *chooser,
             int              response,
             Choice          *choice)
{
  g_autoptr(GFile) file = NULL;
  const char *excel = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "excel");

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (file != NULL)
    sl_candidates_export_to (choice->owner, choice->store, choice->role_id, file,
                             g_strcmp0 (excel, "true") == 0);

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (choice->owner);
  g_object_unref (choice->store);
  g_free (choice);
}

/**
 * sl_candidates_export:
 * @role_id: the role whose candidates to write, or 0 for everyone
 *
 * Asks where to write the candidates, then writes them there.
 */
void
sl_candidates_export (GtkWidget  *owner,
                      SlStore    *store,
                      gint64      role_id,
                      const char *suggested_name)
{
  g_autofree char *file_name = g_strconcat (suggested_name, ".csv", NULL);
  GtkFileChooserNative *chooser;
  Choice *choice;

  g_return_if_fail (GTK_IS_WIDGET (owner));
  g_return_if_fail (SL_IS_STORE (store));

  chooser = sl_gui_save_chooser_new (owner, _("Export Candidates"), _("CSV files"), "csv", file_name);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "excel",
                               _("Start with a byte order mark, for Microsoft Excel"), NULL, NULL);

  choice = g_new0 (Choice, 1);
  choice->owner = g_object_ref (owner);
  choice->store = g_object_ref (store);
  choice->role_id = role_id;
  g_signal_connect (chooser, "response", G_CALLBACK (on_response), choice);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
