/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-decision-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-decision-dialog.h"
#include "sl-gui-util.h"

/* The committee's decision on one candidate: hire or not, why, and who
 * took part; the day is the day it is recorded. An earlier decision stays
 * on record, so a change of mind can be followed. */

typedef struct
{
  SlStore *store;
  GtkWidget *owner;       /* where a failure is told */
  gint64 application_id;
  GtkWidget *dialog;
  GtkToggleButton *hire_button;
  GtkToggleButton *no_hire_button;
  AdwEntryRow *participants_row;
  GtkTextView *rationale_view;
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
  gboolean chosen = gtk_toggle_button_get_active (form->hire_button) ||
                    gtk_toggle_button_get_active (form->no_hire_button);

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (form->dialog), "record", chosen);
}

static void
on_response (AdwMessageDialog *dialog,
             const char       *response,
             Form             *form)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (form->rationale_view);
  g_autofree char *rationale = NULL;
  g_autoptr(GError) error = NULL;
  GtkTextIter start, end;

  if (g_strcmp0 (response, "record") != 0)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  rationale = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  if (sl_store_record_decision (form->store, form->application_id,
                                gtk_toggle_button_get_active (form->hire_button), rationale,
                                gtk_editable_get_text (GTK_EDITABLE (form->participants_row)), &error) == 0)
    sl_gui_show_error (form->owner, error);
}

static GtkWidget *
choice_button_new (const char *label,
                   const char *style)
{
  GtkWidget *button = gtk_toggle_button_new_with_mnemonic (label);

  gtk_widget_set_hexpand (button, TRUE);
  gtk_widget_add_css_class (button, style);

  return button;
}

/**
 * sl_decision_dialog_new:
 * @owner: the widget the form is for, inside a window
 * @candidate_label: the candidate as the review names them
 * @participants: (nullable): who took part, as a first guess
 *
 * Returns: (transfer none): the dialog, not shown yet
 */
GtkWidget *
sl_decision_dialog_new (GtkWidget  *owner,
                        SlStore    *store,
                        gint64      application_id,
                        const char *candidate_label,
                        const char *participants)
{
  Form *form = g_new0 (Form, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *choice = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *rationale_label = gtk_label_new (_("Rationale"));
  g_autofree char *today = sl_gui_format_date (g_get_real_time () / G_USEC_PER_SEC);

  g_return_val_if_fail (SL_IS_STORE (store), NULL);

  form->store = g_object_ref (store);
  form->owner = g_object_ref (owner);
  form->application_id = application_id;

  /* Translators: the title of the form that records a decision on a candidate */
  form->dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (owner)),
                                         _("Record Decision"), NULL);
  /* Translators: a candidate, and the date the decision is recorded on */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (form->dialog), _("On %s, recorded %s"),
                                  candidate_label, today);

  gtk_widget_add_css_class (choice, "linked");
  form->hire_button = GTK_TOGGLE_BUTTON (choice_button_new (_("_Hire"), "hire"));
  form->no_hire_button = GTK_TOGGLE_BUTTON (choice_button_new (_("_No Hire"), "no-hire"));
  gtk_toggle_button_set_group (form->no_hire_button, form->hire_button);
  gtk_box_append (GTK_BOX (choice), GTK_WIDGET (form->hire_button));
  gtk_box_append (GTK_BOX (choice), GTK_WIDGET (form->no_hire_button));
  gtk_box_append (GTK_BOX (box), choice);

  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  form->participants_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->participants_row), _("Who took part"));
  gtk_editable_set_text (GTK_EDITABLE (form->participants_row), participants != NULL ? participants : "");
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (form->participants_row));
  gtk_box_append (GTK_BOX (box), list);

  gtk_label_set_xalign (GTK_LABEL (rationale_label), 0);
  gtk_widget_add_css_class (rationale_label, "heading");
  gtk_box_append (GTK_BOX (box), rationale_label);

  form->rationale_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (form->rationale_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (form->rationale_view, 8);
  gtk_text_view_set_bottom_margin (form->rationale_view, 8);
  gtk_text_view_set_left_margin (form->rationale_view, 8);
  gtk_text_view_set_right_margin (form->rationale_view, 8);
  gtk_widget_set_size_request (GTK_WIDGET (form->rationale_view), -1, 96);
  gtk_widget_add_css_class (GTK_WIDGET (form->rationale_view), "card");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (form->rationale_view),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, rationale_label, NULL, -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (form->rationale_view));

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (form->dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (form->dialog),
                                    "cancel", _("_Cancel"),
                                    "record", _("_Record"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (form->dialog), "record", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (form->dialog), "cancel");

  g_signal_connect_swapped (form->hire_button, "toggled", G_CALLBACK (form_validate), form);
  g_signal_connect_swapped (form->no_hire_button, "toggled", G_CALLBACK (form_validate), form);
  g_object_set_data_full (G_OBJECT (form->dialog), "sl-form", form, (GDestroyNotify) form_free);
  g_signal_connect (form->dialog, "response", G_CALLBACK (on_response), form);
  form_validate (form);

  return form->dialog;
}
