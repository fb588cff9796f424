/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-reject-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-gui-util.h"
#include "sl-reject-dialog.h"
#include "sl-util.h"

/* Asks why a candidate is rejected before they are: the reason stays with
 * them, for the debrief and for whoever looks at the role later. */

typedef struct
{
  SlStore *store;
  GtkWidget *owner;
  gint64 application_id;
  gint64 stage_id;
  GtkWidget *dialog;
  AdwEntryRow *reason_row;
} Form;

static void
form_free (Form *form)
{
  g_clear_object (&form->store);
  g_clear_object (&form->owner);
  g_free (form);
}

static void
form_validate (Form *form)
{
  g_autofree char *reason = sl_str_clean (gtk_editable_get_text (GTK_EDITABLE (form->reason_row)));

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (form->dialog), "reject", reason != NULL);
}

static void
on_response (AdwMessageDialog *dialog,
             const char       *response,
             Form             *form)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "reject") != 0)
    return;

  if (!sl_store_reject_application (form->store, form->application_id, form->stage_id,
                                    gtk_editable_get_text (GTK_EDITABLE (form->reason_row)), &error))
    sl_gui_show_error (form->owner, error);
}

static void
on_entry_activated (Form *form)
{
  if (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (form->dialog), "reject"))
    {
      adw_message_dialog_response (ADW_MESSAGE_DIALOG (form->dialog), "reject");
      gtk_window_destroy (GTK_WINDOW (form->dialog));
    }
}

/**
 * sl_reject_dialog_new:
 * @owner: the widget whose window the dialog belongs to, and where errors show
 * @stage_id: a stage of the rejected kind
 *
 * Returns: (transfer floating): the dialog, to present
 */
GtkWidget *
sl_reject_dialog_new (GtkWidget  *owner,
                      SlStore    *store,
                      gint64      application_id,
                      gint64      stage_id,
                      const char *candidate_name)
{
  Form *form = g_new0 (Form, 1);
  GtkWidget *list = gtk_list_box_new ();
  g_autofree char *heading = NULL;

  g_return_val_if_fail (SL_IS_STORE (store), NULL);

  form->store = g_object_ref (store);
  form->owner = g_object_ref (owner);
  form->application_id = application_id;
  form->stage_id = stage_id;

  /* Translators: the heading of the dialog that rejects a candidate */
  heading = g_strdup_printf (_("Reject %s?"), candidate_name);
  form->dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (owner)), heading,
                                         _("Say why. The reason stays with the candidate; taking them "
                                           "back into the pipeline clears it."));

  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  form->reason_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->reason_row), _("Reason"));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (form->reason_row));

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (form->dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (form->dialog),
                                    "cancel", _("_Cancel"),
                                    "reject", _("_Reject"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (form->dialog), "reject",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (form->dialog), "reject");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (form->dialog), "cancel");

  g_object_set_data_full (G_OBJECT (form->dialog), "sl-form", form, (GDestroyNotify) form_free);
  g_signal_connect_swapped (form->reason_row, "changed", G_CALLBACK (form_validate), form);
  g_signal_connect_swapped (form->reason_row, "entry-activated", G_CALLBACK (on_entry_activated), form);
  g_signal_connect (form->dialog, "response", G_CALLBACK (on_response), form);
  form_validate (form);

  return form->dialog;
}
