/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-candidate-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-candidate-dialog-private.h"

/* Adds a candidate, or edits one. What is wrong is said next to the field
 * while the user types, and Save waits until nothing is. */

struct _SlCandidateDialog
{
  AdwWindow parent_instance;

  SlStore *store;
  SlCandidate *candidate;  /* the one edited, or NULL for a new one */
  gint64 role_id;          /* the role a new candidate goes into, or 0 */
  gboolean name_edited;

  AdwWindowTitle *window_title;
  GtkWidget *save_button;
  GtkLabel *error_label;
  AdwEntryRow *name_row;
  AdwEntryRow *email_row;
  AdwEntryRow *phone_row;
  AdwEntryRow *location_row;
  AdwEntryRow *headline_row;
  AdwEntryRow *company_row;
  AdwEntryRow *source_row;
  GtkLabel *name_message;
  GtkLabel *email_message;
  GtkTextView *notes_view;
};

G_DEFINE_FINAL_TYPE (SlCandidateDialog, sl_candidate_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CANDIDATE,
  PROP_ROLE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_row_problem (AdwEntryRow *row,
                 GtkLabel    *message_label,
                 const char  *message)
{
  gboolean invalid = message != NULL;

  if (invalid)
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_label_set_label (message_label, message);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                      -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }

  gtk_widget_set_visible (GTK_WIDGET (message_label), invalid);
  gtk_accessible_update_state (GTK_ACCESSIBLE (row),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               invalid ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

static char *
row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* The store's own rules, checked as the user types; what it would refuse
 * is said next to the field, in its words. */
static void
validate (SlCandidateDialog *self)
{
  g_autofree char *name = row_text (self->name_row);
  g_autofree char *email = row_text (self->email_row);
  g_autoptr(GError) name_error = NULL;
  g_autoptr(GError) email_error = NULL;
  const char *name_message = NULL;
  gboolean name_ok = sl_candidate_check_name (name, &name_error);
  gboolean email_ok = sl_candidate_check_email (email, &email_error);

  /* An empty name is only pointed out once the user has been there, and
   * briefly; Save is held back either way. */
  if (name[0] == '\0')
    name_message = self->name_edited ? _("Enter a name") : NULL;
  else if (!name_ok)
    name_message = name_error->message;

  set_row_problem (self->name_row, self->name_message, name_message);
  set_row_problem (self->email_row, self->email_message,
                   email_ok ? NULL : email_error->message);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", name_ok && email_ok);
}

static void
on_name_changed (SlCandidateDialog *self,
                 GtkEditable       *editable)
{
  self->name_edited = TRUE;
  validate (self);
}

static void
on_email_changed (SlCandidateDialog *self,
                  GtkEditable       *editable)
{
  validate (self);
}

static void
show_error (SlCandidateDialog *self,
            const GError      *error)
{
  gtk_label_set_label (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

/* The text of a row, or NULL for nothing but white space. */
static char *
field_value (AdwEntryRow *row)
{
  char *text = row_text (row);

  if (text[0] == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SlCandidateDialog *self = SL_CANDIDATE_DIALOG (widget);
  g_autoptr(SlCandidate) candidate = sl_candidate_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *name = field_value (self->name_row);
  g_autofree char *email = field_value (self->email_row);
  g_autofree char *phone = field_value (self->phone_row);
  g_autofree char *location = field_value (self->location_row);
  g_autofree char *headline = field_value (self->headline_row);
  g_autofree char *company = field_value (self->company_row);
  g_autofree char *source = field_value (self->source_row);
  g_autofree char *notes = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start;
  GtkTextIter end;
  gboolean saved;

  if (self->candidate != NULL)
    {
      sl_candidate_set_id (candidate, sl_candidate_get_id (self->candidate));
      sl_candidate_set_created (candidate, sl_candidate_get_created (self->candidate));
    }

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));

  sl_candidate_set_name (candidate, name);
  sl_candidate_set_email (candidate, email);
  sl_candidate_set_phone (candidate, phone);
  sl_candidate_set_location (candidate, location);
  sl_candidate_set_headline (candidate, headline);
  sl_candidate_set_company (candidate, company);
  sl_candidate_set_source (candidate, source);
  sl_candidate_set_notes (candidate, notes[0] != '\0' ? notes : NULL);

  /* A new candidate for a role goes in with the role, or not at all. */
  if (self->candidate == NULL && self->role_id > 0)
    saved = sl_store_add_candidate_to_role (self->store, candidate, self->role_id, &error) != 0;
  else
    saved = sl_store_save_candidate (self->store, candidate, &error);

  if (!saved)
    {
      show_error (self, error);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
sl_candidate_dialog_constructed (GObject *object)
{
  SlCandidateDialog *self = SL_CANDIDATE_DIALOG (object);

  G_OBJECT_CLASS (sl_candidate_dialog_parent_class)->constructed (object);

  if (self->candidate != NULL)
    {
      const char *notes = sl_candidate_get_notes (self->candidate);

      gtk_window_set_title (GTK_WINDOW (self), _("Edit Candidate"));
      set_text (self->name_row, sl_candidate_get_name (self->candidate));
      set_text (self->email_row, sl_candidate_get_email (self->candidate));
      set_text (self->phone_row, sl_candidate_get_phone (self->candidate));
      set_text (self->location_row, sl_candidate_get_location (self->candidate));
      set_text (self->headline_row, sl_candidate_get_headline (self->candidate));
      set_text (self->company_row, sl_candidate_get_company (self->candidate));
      set_text (self->source_row, sl_candidate_get_source (self->candidate));
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                                notes != NULL ? notes : "", -1);
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("New Candidate"));
    }

  if (self->candidate == NULL && self->role_id > 0 && self->store != NULL)
    {
      g_autoptr(SlRole) role = sl_store_get_role (self->store, self->role_id, NULL);

      if (role != NULL)
        {
          g_autofree char *subtitle = g_strdup_printf (_("For %s"), sl_role_get_title (role));
          adw_window_title_set_subtitle (self->window_title, subtitle);
        }
    }

  adw_window_title_set_title (self->window_title, gtk_window_get_title (GTK_WINDOW (self)));

  /* Filling in the fields above is not the user editing them. */
  self->name_edited = self->candidate != NULL;
  validate (self);
}

static void
sl_candidate_dialog_dispose (GObject *object)
{
  SlCandidateDialog *self = SL_CANDIDATE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SL_TYPE_CANDIDATE_DIALOG);

  g_clear_object (&self->store);
  g_clear_object (&self->candidate);

  G_OBJECT_CLASS (sl_candidate_dialog_parent_class)->dispose (object);
}

static void
sl_candidate_dialog_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SlCandidateDialog *self = SL_CANDIDATE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_CANDIDATE:
      g_value_set_object (value, self->candidate);
      break;

    case PROP_ROLE_ID:
      g_value_set_int64 (value, self->role_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_candidate_dialog_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SlCandidateDialog *self = SL_CANDIDATE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_CANDIDATE:
      self->candidate = g_value_dup_object (value);
      break;

    case PROP_ROLE_ID:
      self->role_id = g_value_get_int64 (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_candidate_dialog_class_init (SlCandidateDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sl_candidate_dialog_constructed;
  object_class->dispose = sl_candidate_dialog_dispose;
  object_class->get_property = sl_candidate_dialog_get_property;
  object_class->set_property = sl_candidate_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SL_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * SlCandidateDialog:candidate: (nullable)
   *
   * The candidate to edit, or %NULL to add a new one.
   */
  properties[PROP_CANDIDATE] =
    g_param_spec_object ("candidate", NULL, NULL,
                         SL_TYPE_CANDIDATE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * SlCandidateDialog:role-id:
   *
   * The role a new candidate is put into once saved, or 0.
   */
  properties[PROP_ROLE_ID] =
    g_param_spec_int64 ("role-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/sl-candidate-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDialog, location_row);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDialog, headline_row);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDialog, company_row);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDialog, source_row);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDialog, name_message);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDialog, email_message);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateDialog, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_email_changed);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "dialog.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "dialog.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "window.close", NULL);
}

static void
sl_candidate_dialog_init (SlCandidateDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Typing starts with the name, not on the Cancel button. */
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

/**
 * sl_candidate_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @candidate: (nullable): the candidate to edit, or %NULL to add one
 * @role_id: the role a new candidate goes into, or 0
 */
SlCandidateDialog *
sl_candidate_dialog_new (GtkWindow   *parent,
                         SlStore     *store,
                         SlCandidate *candidate,
                         gint64       role_id)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SL_IS_STORE (store), NULL);
  g_return_val_if_fail (candidate == NULL || SL_IS_CANDIDATE (candidate), NULL);

  return g_object_new (SL_TYPE_CANDIDATE_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       "candidate", candidate,
                       "role-id", role_id,
                       NULL);
}

AdwEntryRow *
sl_candidate_dialog_get_name_row (SlCandidateDialog *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE_DIALOG (self), NULL);

  return self->name_row;
}

AdwEntryRow *
sl_candidate_dialog_get_email_row (SlCandidateDialog *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE_DIALOG (self), NULL);

  return self->email_row;
}

GtkWidget *
sl_candidate_dialog_get_save_button (SlCandidateDialog *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE_DIALOG (self), NULL);

  return self->save_button;
}

GtkLabel *
sl_candidate_dialog_get_name_message (SlCandidateDialog *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE_DIALOG (self), NULL);

  return self->name_message;
}

GtkLabel *
sl_candidate_dialog_get_email_message (SlCandidateDialog *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE_DIALOG (self), NULL);

  return self->email_message;
}

GtkLabel *
sl_candidate_dialog_get_error_label (SlCandidateDialog *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE_DIALOG (self), NULL);

  return self->error_label;
}
