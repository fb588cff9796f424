/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-packet-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-gui-util.h"
#include "sl-packet-window.h"

/* The committee packet to a PDF file from the window: where to, on which
 * paper and whether names are hidden are asked in the file chooser; the
 * figures are then read on a connection of the thread's own and the pages
 * written there, with a progress bar and Cancel. The file is written aside
 * and put in place only once whole, readable by its owner only. */

struct _SlPacketWindow
{
  AdwWindow parent_instance;

  GtkWidget *owner;         /* where the result is told */
  SlStore *store;
  gint64 role_id;
  gint64 candidate_id;
  GFile *file;
  gboolean blind;
  SlPaper paper;
  GCancellable *cancellable;
  gboolean running;
  gboolean closed;
  guint n_done;             /* pages written, told by the worker */
  guint n_pages;
  int progress_pending;     /* whether an idle will show them */

  GtkLabel *status_label;
  GtkProgressBar *progress_bar;
  GtkButton *cancel_button;
};

G_DEFINE_FINAL_TYPE (SlPacketWindow, sl_packet_window, ADW_TYPE_WINDOW)

typedef struct
{
  char *db_path;
  char *actor;
  char *path;
  gint64 role_id;
  gint64 candidate_id;
  gboolean blind;
  SlPaper paper;
  guint n_pages;
} Work;

static void
work_free (Work *work)
{
  g_free (work->db_path);
  g_free (work->actor);
  g_free (work->path);
  g_free (work);
}

static gboolean
show_progress (gpointer data)
{
  SlPacketWindow *self = data;
  guint n_done = g_atomic_int_get (&self->n_done);
  guint n_pages = g_atomic_int_get (&self->n_pages);
  g_autofree char *status = NULL;

  g_atomic_int_set (&self->progress_pending, 0);
  if (!self->running || n_pages == 0)
    return G_SOURCE_REMOVE;

  /* Translators: how far the packet is written */
  status = g_strdup_printf (_("Page %u of %u"), n_done, n_pages);
  gtk_label_set_label (self->status_label, status);
  gtk_progress_bar_set_fraction (self->progress_bar, (double) n_done / n_pages);

  return G_SOURCE_REMOVE;
}

/* In the worker: a page is written. */
static void
on_progress (guint    n_done,
             guint    n_pages,
             gpointer user_data)
{
  SlPacketWindow *self = user_data;

  g_atomic_int_set (&self->n_done, n_done);
  g_atomic_int_set (&self->n_pages, n_pages);
  if (g_atomic_int_compare_and_exchange (&self->progress_pending, 0, 1))
    g_idle_add_full (G_PRIORITY_DEFAULT, show_progress, g_object_ref (self), g_object_unref);
}

static void
write_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  SlPacketWindow *self = source_object;
  Work *work = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStore) store = sl_store_open (work->db_path, &error);
  g_autoptr(SlPacketData) data = NULL;
  g_autoptr(SlPacket) packet = NULL;
  double width, height;

  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  sl_store_set_actor (store, work->actor);
  data = sl_store_load_packet (store, work->role_id, work->candidate_id, work->blind, cancellable, &error);
  if (data == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  sl_paper_get_size (work->paper, &width, &height);
  packet = sl_packet_new (data, width, height);
  work->n_pages = sl_packet_get_n_pages (packet);

  if (!sl_packet_write_pdf (packet, work->path, on_progress, self, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_written (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  SlPacketWindow *self = SL_PACKET_WINDOW (source_object);
  Work *work = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = g_file_get_basename (self->file);
  g_autofree char *name = g_markup_escape_text (basename, -1);
  g_autofree char *title = NULL;

  self->running = FALSE;
  if (!self->closed)
    gtk_window_close (GTK_WINDOW (self));

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autoptr(GError) named = NULL;

      /* Cancelled: the user knows, and nothing was written. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      named = g_error_new (error->domain, error->code, _("Could not export the committee packet: %s"),
                           error->message);
      sl_gui_show_error (self->owner, named);
      return;
    }

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "Exported the committee packet to “%s”: %u page",
                                        "Exported the committee packet to “%s”: %u pages",
                                        work->n_pages),
                           name, work->n_pages);
  sl_gui_show_toast (self->owner, adw_toast_new (title));
}

static void
start (SlPacketWindow *self)
{
  g_autoptr(GTask) task = NULL;
  Work *work = g_new0 (Work, 1);

  work->db_path = g_strdup (sl_store_get_path (self->store));
  work->actor = g_strdup (sl_store_get_actor (self->store));
  work->path = g_file_get_path (self->file);
  work->role_id = self->role_id;
  work->candidate_id = self->candidate_id;
  work->blind = self->blind;
  work->paper = self->paper;

  self->cancellable = g_cancellable_new ();
  self->running = TRUE;

  task = g_task_new (self, self->cancellable, on_written, NULL);
  g_task_set_source_tag (task, start);
  g_task_set_task_data (task, work, (GDestroyNotify) work_free);

  if (work->path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (self->file);

      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("“%s” is not a file on this computer"), name);
      return;
    }

  g_task_run_in_thread (task, write_in_thread);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SlPacketWindow *self = SL_PACKET_WINDOW (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  gtk_label_set_label (self->status_label, _("Cancelling…"));
  gtk_widget_action_set_enabled (widget, "packet.cancel", FALSE);
}

/* Closed while it writes, the window stops the writing: no file is left. */
static gboolean
sl_packet_window_close_request (GtkWindow *window)
{
  SlPacketWindow *self = SL_PACKET_WINDOW (window);

  self->closed = TRUE;
  if (self->running && self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  return GTK_WINDOW_CLASS (sl_packet_window_parent_class)->close_request (window);
}

static void
sl_packet_window_dispose (GObject *object)
{
  SlPacketWindow *self = SL_PACKET_WINDOW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), SL_TYPE_PACKET_WINDOW);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->file);
  g_clear_object (&self->store);
  g_clear_object (&self->owner);

  G_OBJECT_CLASS (sl_packet_window_parent_class)->dispose (object);
}

static void
sl_packet_window_class_init (SlPacketWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sl_packet_window_dispose;
  window_class->close_request = sl_packet_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/sl-packet-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SlPacketWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, SlPacketWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, SlPacketWindow, cancel_button);

  gtk_widget_class_install_action (widget_class, "packet.cancel", NULL, cancel_action);
}

static void
sl_packet_window_init (SlPacketWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sl_gui_close_on_escape (GTK_WINDOW (self));
}

/**
 * sl_packet_window_new:
 * @owner: the widget the packet is for, inside a window, where its result
 *   is told
 * @candidate_id: one candidate of the role, or 0 for all of them
 * @file: where to write it
 *
 * Starts writing the packet to @file, and shows how far it is.
 *
 * Returns: (transfer none): the window, to present
 */
SlPacketWindow *
sl_packet_window_new (GtkWidget *owner,
                      SlStore   *store,
                      gint64     role_id,
                      gint64     candidate_id,
                      GFile     *file,
                      gboolean   blind,
                      SlPaper    paper)
{
  SlPacketWindow *self;
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (SL_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  root = gtk_widget_get_root (owner);
  self = g_object_new (SL_TYPE_PACKET_WINDOW,
                       "transient-for", GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                       NULL);
  self->owner = g_object_ref (owner);
  self->store = g_object_ref (store);
  self->role_id = role_id;
  self->candidate_id = candidate_id;
  self->file = g_object_ref (file);
  self->blind = blind;
  self->paper = paper;

  start (self);

  return self;
}

typedef struct
{
  GtkWidget *owner;
  SlStore *store;
  gint64 role_id;
  gint64 candidate_id;
} Choice;

static void
on_response (GtkNativeDialog *chooser,
             int              response,
             Choice          *choice)
{
  g_autoptr(GFile) file = NULL;
  const char *blind = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "blind");
  const char *paper_name = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "paper");
  SlPaper paper = sl_paper_get_default ();

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (paper_name != NULL)
    sl_paper_from_string (paper_name, &paper);

  if (file != NULL)
    gtk_window_present (GTK_WINDOW (sl_packet_window_new (choice->owner, choice->store, choice->role_id,
                                                          choice->candidate_id, file,
                                                          g_strcmp0 (blind, "true") == 0, paper)));

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (choice->owner);
  g_object_unref (choice->store);
  g_free (choice);
}

/**
 * sl_packet_export:
 * @owner: the widget the packet is for, inside a window
 * @candidate_id: one candidate of the role, or 0 for all of them
 *
 * Asks where to write the role's committee packet, on which paper and
 * whether with names hidden, then writes it there.
 */
void
sl_packet_export (GtkWidget *owner,
                  SlStore   *store,
                  gint64     role_id,
                  gint64     candidate_id)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(SlRole) role = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *file_name = NULL;
  const char *paper_ids[] = { sl_paper_to_string (SL_PAPER_A4), sl_paper_to_string (SL_PAPER_LETTER), NULL };
  const char *paper_labels[] = { sl_paper_get_label (SL_PAPER_A4), sl_paper_get_label (SL_PAPER_LETTER), NULL };
  GtkFileChooserNative *chooser;
  Choice *choice;

  g_return_if_fail (GTK_IS_WIDGET (owner));
  g_return_if_fail (SL_IS_STORE (store));

  role = sl_store_get_role (store, role_id, &error);
  if (role == NULL)
    {
      sl_gui_show_error (owner, error);
      return;
    }

  /* Named after the role only: a blind packet's name tells nobody's. */
  /* Translators: the file name suggested for a role's committee packet */
  file_name = g_strdup_printf (_("%s committee packet.pdf"), sl_role_get_title (role));
  g_strdelimit (file_name, "/\\", '-');

  chooser = sl_gui_save_chooser_new (owner, _("Export Committee Packet"), _("PDF documents"), "pdf", file_name);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "blind",
                               _("Hide candidates’ names, for a blind review"), NULL, NULL);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "blind",
                               g_settings_get_boolean (settings, "hide-names-in-debrief") ? "true" : "false");
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "paper", _("Paper"), paper_ids, paper_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "paper", sl_paper_to_string (sl_paper_get_default ()));

  choice = g_new0 (Choice, 1);
  choice->owner = g_object_ref (owner);
  choice->store = g_object_ref (store);
  choice->role_id = role_id;
  choice->candidate_id = candidate_id;
  g_signal_connect (chooser, "response", G_CALLBACK (on_response), choice);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
