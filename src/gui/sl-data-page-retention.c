/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-data-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-data-page-private.h"
#include "sl-gui-util.h"

/* How long rejected candidates are kept: the row that says it, and the
 * dialog that changes it, listing first whom the new period erases now. */

void
sl_data_page_update_retention_row (SlDataPage *self)
{
  guint days = g_settings_get_uint (self->settings, "retention-days");
  g_autofree char *subtitle = NULL;

  if (days == 0)
    subtitle = g_strdup (_("Off: rejected candidates are kept until erased by hand"));
  else
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "When their rejection is %u day old",
                                             "When their rejection is %u days old", days),
                                days);

  adw_action_row_set_subtitle (self->retention_row, subtitle);
}

typedef struct
{
  SlDataPage *page;
  AdwMessageDialog *dialog;
  GtkSwitch *enabled;
  GtkSpinButton *days;
  GtkLabel *summary;
  GtkListBox *list;
  GtkWidget *scroller;
  GCancellable *cancellable;
  guint n_expired;
  gboolean previewed;
} Retention;

static void
retention_free (gpointer  data,
                GObject  *where_the_dialog_was)
{
  Retention *retention = data;

  g_cancellable_cancel (retention->cancellable);
  g_clear_object (&retention->cancellable);
  g_free (retention);
}

static gboolean
preview_job (SlStore *store,
             Job     *job,
             GError **error)
{
  job->expired = sl_store_list_expired_candidates (store, job->days, error);

  return job->expired != NULL;
}

static void
update_apply_response (Retention *retention)
{
  gboolean on = gtk_switch_get_active (retention->enabled);
  g_autofree char *label = NULL;

  if (!on)
    label = g_strdup (_("_Save"));
  else if (retention->n_expired == 0)
    label = g_strdup (_("_Turn On"));
  else
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "_Erase %u and Turn On",
                                          "_Erase %u and Turn On", retention->n_expired),
                             retention->n_expired);

  adw_message_dialog_set_response_label (retention->dialog, "apply", label);
  adw_message_dialog_set_response_appearance (retention->dialog, "apply",
                                              on && retention->n_expired > 0
                                                ? ADW_RESPONSE_DESTRUCTIVE : ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (retention->dialog, "apply", !on || retention->previewed);
}

static void
on_previewed (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Retention *retention = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  GtkWidget *child;
  Job *job;

  job = sl_data_page_job_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (job == NULL)
    {
      gtk_label_set_text (retention->summary, error->message);
      return;
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (retention->list))) != NULL)
    gtk_list_box_remove (retention->list, child);

  for (guint i = 0; i < job->expired->len; i++)
    {
      SlExpiredCandidate *candidate = g_ptr_array_index (job->expired, i);
      g_autofree char *when = sl_gui_format_date (candidate->rejected);
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();

      /* Translators: when a candidate was rejected, and from which roles */
      subtitle = g_strdup_printf (_("Rejected on %s · %s"), when, candidate->roles);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), candidate->name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_append (retention->list, row);
    }

  retention->n_expired = job->expired->len;
  retention->previewed = TRUE;
  if (job->expired->len == 0)
    summary = g_strdup (_("No candidate would be erased now."));
  else
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u candidate would be erased now, from the database and its backups:",
                                            "%u candidates would be erased now, from the database and its backups:",
                                            job->expired->len),
                               job->expired->len);
  gtk_label_set_text (retention->summary, summary);
  gtk_widget_set_visible (retention->scroller, job->expired->len > 0);
  update_apply_response (retention);
}

/* Whenever the period changes, the list of who it would erase now. */
static void
update_preview (Retention *retention)
{
  gboolean on = gtk_switch_get_active (retention->enabled);
  Job *job;

  g_cancellable_cancel (retention->cancellable);
  g_clear_object (&retention->cancellable);
  retention->previewed = FALSE;
  retention->n_expired = 0;

  gtk_widget_set_sensitive (GTK_WIDGET (retention->days), on);
  gtk_widget_set_visible (GTK_WIDGET (retention->summary), on);
  gtk_widget_set_visible (retention->scroller, FALSE);
  update_apply_response (retention);

  if (!on)
    return;

  gtk_label_set_text (retention->summary, _("Looking for candidates to erase…"));
  retention->cancellable = g_cancellable_new ();
  job = g_new0 (Job, 1);
  job->days = gtk_spin_button_get_value_as_int (retention->days);
  sl_data_page_run_job (retention->page, preview_job, job, retention->cancellable, on_previewed, retention);
}

static gboolean
erase_expired_job (SlStore *store,
                   Job     *job,
                   GError **error)
{
  return sl_store_erase_expired_candidates (store, job->days, &job->n_erased, error);
}

static void
on_expired_erased (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  SlDataPage *self = SL_DATA_PAGE (object);
  g_autofree char *title = NULL;
  Job *job;

  job = sl_data_page_finish_job (self, result);
  if (job == NULL)
    return;

  sl_store_check_outside_changes (self->store);
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "Erased %u candidate rejected longer ago than the retention period",
                                        "Erased %u candidates rejected longer ago than the retention period",
                                        job->n_erased),
                           job->n_erased);
  sl_gui_show_toast (GTK_WIDGET (self), adw_toast_new (title));
}

static void
on_retention_response (AdwMessageDialog *dialog,
                       const char       *response,
                       Retention        *retention)
{
  SlDataPage *self = retention->page;
  gboolean on = gtk_switch_get_active (retention->enabled);
  guint days = gtk_spin_button_get_value_as_int (retention->days);

  if (g_strcmp0 (response, "apply") != 0)
    return;

  g_settings_set_uint (self->settings, "retention-days", on ? days : 0);

  /* The first purge is the one just previewed; later ones happen as
   * Shortlist starts. */
  if (on && retention->n_expired > 0)
    {
      Job *job = g_new0 (Job, 1);

      job->days = days;
      sl_data_page_set_busy (self, TRUE);
      sl_data_page_run_job (self, erase_expired_job, job, NULL, on_expired_erased, NULL);
    }
}

void
sl_data_page_change_retention (SlDataPage *self)
{
  guint days = g_settings_get_uint (self->settings, "retention-days");
  Retention *retention = g_new0 (Retention, 1);
  GtkWidget *box;
  GtkWidget *group;
  GtkWidget *row;
  GtkWidget *dialog;

  retention->page = self;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Erase Rejected Candidates"),
                                   _("Candidates rejected from every role they applied to are erased for good "
                                     "once the last rejection is older than this, each time Shortlist starts: "
                                     "from the database and from its backups."));
  retention->dialog = ADW_MESSAGE_DIALOG (dialog);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  group = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (group), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (group, "boxed-list");
  gtk_box_append (GTK_BOX (box), group);

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("_Erase Rejected Candidates"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  retention->enabled = GTK_SWITCH (gtk_switch_new ());
  gtk_switch_set_active (retention->enabled, days > 0);
  gtk_widget_set_valign (GTK_WIDGET (retention->enabled), GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (retention->enabled));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (retention->enabled));
  gtk_list_box_append (GTK_LIST_BOX (group), row);

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("_Days After the Rejection"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  retention->days = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1, 3650, 1));
  gtk_spin_button_set_value (retention->days, days > 0 ? days : SL_RETENTION_SUGGESTED_DAYS);
  gtk_widget_set_valign (GTK_WIDGET (retention->days), GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (retention->days));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (retention->days));
  gtk_list_box_append (GTK_LIST_BOX (group), row);

  retention->summary = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (retention->summary, TRUE);
  gtk_label_set_xalign (retention->summary, 0);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (retention->summary));

  retention->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (retention->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (retention->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (retention->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Candidates to be erased"),
                                  -1);
  retention->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (retention->scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (retention->scroller), 260);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (retention->scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (retention->scroller), GTK_WIDGET (retention->list));
  gtk_box_append (GTK_BOX (box), retention->scroller);

  adw_message_dialog_set_extra_child (retention->dialog, box);
  adw_message_dialog_add_responses (retention->dialog,
                                    "cancel", _("_Cancel"),
                                    "apply", _("_Save"),
                                    NULL);
  adw_message_dialog_set_close_response (retention->dialog, "cancel");
  adw_message_dialog_set_default_response (retention->dialog, "cancel");

  g_signal_connect_swapped (retention->enabled, "notify::active", G_CALLBACK (update_preview), retention);
  g_signal_connect_swapped (retention->days, "value-changed", G_CALLBACK (update_preview), retention);
  g_signal_connect (dialog, "response", G_CALLBACK (on_retention_response), retention);
  g_object_weak_ref (G_OBJECT (dialog), retention_free, retention);

  update_preview (retention);
  gtk_window_present (GTK_WINDOW (dialog));
}
