/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-packet-print"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-gui-util.h"
#include "sl-packet-print.h"
#include "sl-packet.h"

/* The committee packet on paper: the figures are read in another thread,
 * on a connection of its own; then GTK's print dialog asks for the
 * printer and the paper, and whether names are hidden (in a tab of its
 * own), and each page is drawn by the packet's renderer at the paper's
 * size: the pages a printer gets are those of the PDF export. */

typedef struct
{
  GtkWidget *owner;
  char *db_path;
  char *actor;
  gint64 role_id;
  gint64 candidate_id;
  gboolean blind;
  char *export_path;          /* to a PDF file without a dialog, or NULL */
  GCancellable *cancellable;  /* of the reading, when the owner goes */

  /* Both, for the dialog may be asked to hide names and then not. */
  SlPacketData *named;
  SlPacketData *hidden;
  SlPacket *packet;
  GtkCheckButton *blind_button;
} Print;

static void
print_free (Print *print)
{
  g_clear_object (&print->owner);
  g_clear_object (&print->cancellable);
  g_free (print->db_path);
  g_free (print->actor);
  g_free (print->export_path);
  g_clear_pointer (&print->packet, sl_packet_free);
  g_clear_pointer (&print->named, sl_packet_data_free);
  g_clear_pointer (&print->hidden, sl_packet_data_free);
  g_free (print);
}

static GObject *
on_create_custom_widget (GtkPrintOperation *operation,
                         Print             *print)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *check = gtk_check_button_new_with_mnemonic (_("_Hide candidates’ names, for a blind review"));
  GtkWidget *explanation = gtk_label_new (_("Candidates are then “Candidate A”, “Candidate B”… throughout, "
                                            "charts included, as in a debrief with names hidden."));

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), print->blind);
  gtk_label_set_wrap (GTK_LABEL (explanation), TRUE);
  gtk_label_set_xalign (GTK_LABEL (explanation), 0);
  gtk_widget_add_css_class (explanation, "dim-label");
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), explanation);
  print->blind_button = GTK_CHECK_BUTTON (check);

  return G_OBJECT (box);
}

static void
on_custom_widget_apply (GtkPrintOperation *operation,
                        GtkWidget         *widget,
                        Print             *print)
{
  if (print->blind_button != NULL)
    print->blind = gtk_check_button_get_active (print->blind_button);
}

/* The pages are laid out for the paper chosen, names hidden or not. */
static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                Print             *print)
{
  g_clear_pointer (&print->packet, sl_packet_free);
  print->packet = sl_packet_new (print->blind ? print->hidden : print->named,
                                 gtk_print_context_get_width (context),
                                 gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, sl_packet_get_n_pages (print->packet));
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              Print             *print)
{
  sl_packet_draw_page (print->packet, gtk_print_context_get_cairo_context (context), page);
}

static void
on_done (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         Print                   *print)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      if (error != NULL)
        sl_gui_show_error (print->owner, error);
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY && print->export_path != NULL)
    {
      g_autofree char *name = g_filename_display_basename (print->export_path);
      g_autofree char *escaped = g_markup_escape_text (name, -1);
      g_autofree char *title = g_strdup_printf (_("Printed the committee packet to “%s”"), escaped);

      sl_gui_show_toast (print->owner, adw_toast_new (title));
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    sl_gui_show_toast (print->owner, adw_toast_new (_("Sent the committee packet to the printer")));

  g_object_unref (operation);
}

static void
run (Print *print)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  GtkRoot *root = gtk_widget_get_root (print->owner);
  g_autofree char *job = g_strdup_printf (_("Committee packet: %s"), print->named->role_title);
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  /* The packet keeps its own margins, in points. */
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_job_name (operation, job);
  gtk_print_operation_set_allow_async (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_custom_tab_label (operation, _("Committee Packet"));

  g_signal_connect (operation, "create-custom-widget", G_CALLBACK (on_create_custom_widget), print);
  g_signal_connect (operation, "custom-widget-apply", G_CALLBACK (on_custom_widget_apply), print);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), print);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), print);
  g_signal_connect (operation, "done", G_CALLBACK (on_done), print);
  g_object_set_data_full (G_OBJECT (operation), "sl-print", print, (GDestroyNotify) print_free);

  if (print->export_path != NULL)
    gtk_print_operation_set_export_filename (operation, print->export_path);

  result = gtk_print_operation_run (operation,
                                    print->export_path != NULL ? GTK_PRINT_OPERATION_ACTION_EXPORT
                                                               : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error);

  /* "done" tells the result of what ran asynchronously; only a failure
   * to start is told here. */
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL)
    sl_gui_show_error (print->owner, error);
}

/* Both packets, with names and without, which only the dialog chooses
 * between. */
static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Print *print = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStore) store = sl_store_open (print->db_path, &error);

  if (store != NULL)
    {
      sl_store_set_actor (store, print->actor);
      print->named = sl_store_load_packet (store, print->role_id, print->candidate_id, FALSE, cancellable, &error);
      if (print->named != NULL)
        print->hidden = sl_store_load_packet (store, print->role_id, print->candidate_id, TRUE, cancellable,
                                              &error);
    }

  if (print->hidden == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_loaded (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Print *print = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        sl_gui_show_error (print->owner, error);
      print_free (print);
      return;
    }

  /* The print operation owns it from now on. */
  run (print);
}

static void
start (GtkWidget  *owner,
       SlStore    *store,
       gint64      role_id,
       gint64      candidate_id,
       gboolean    blind,
       const char *export_path)
{
  g_autoptr(GTask) task = NULL;
  Print *print = g_new0 (Print, 1);

  print->owner = g_object_ref (owner);
  print->db_path = g_strdup (sl_store_get_path (store));
  print->actor = g_strdup (sl_store_get_actor (store));
  print->role_id = role_id;
  print->candidate_id = candidate_id;
  print->blind = blind;
  print->export_path = g_strdup (export_path);
  print->cancellable = g_cancellable_new ();

  /* Its window may close while the packet is read. */
  g_signal_connect_object (owner, "unrealize", G_CALLBACK (g_cancellable_cancel), print->cancellable,
                           G_CONNECT_SWAPPED);

  task = g_task_new (NULL, print->cancellable, on_loaded, NULL);
  g_task_set_source_tag (task, start);
  g_task_set_task_data (task, print, NULL);
  g_task_run_in_thread (task, load_in_thread);
}

/**
 * sl_packet_print:
 * @owner: the widget the packet is for, inside a window
 * @candidate_id: one candidate of the role, or 0 for all of them
 *
 * Prints the role's committee packet, through GTK's print dialog.
 */
void
sl_packet_print (GtkWidget *owner,
                 SlStore   *store,
                 gint64     role_id,
                 gint64     candidate_id)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  g_return_if_fail (GTK_IS_WIDGET (owner));
  g_return_if_fail (SL_IS_STORE (store));

  start (owner, store, role_id, candidate_id, g_settings_get_boolean (settings, "hide-names-in-debrief"), NULL);
}

/**
 * sl_packet_print_to_file:
 * @path: the PDF file to print to
 *
 * Prints the committee packet as sl_packet_print() does, to a PDF file
 * through GTK's printing, without a dialog: on the default paper, the
 * same pages a printer would get.
 */
void
sl_packet_print_to_file (GtkWidget  *owner,
                         SlStore    *store,
                         gint64      role_id,
                         gint64      candidate_id,
                         gboolean    blind,
                         const char *path)
{
  g_return_if_fail (GTK_IS_WIDGET (owner));
  g_return_if_fail (SL_IS_STORE (store));
  g_return_if_fail (path != NULL);

  start (owner, store, role_id, candidate_id, blind, path);
}
