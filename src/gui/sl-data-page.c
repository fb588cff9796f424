/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-data-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-data-page.h"
#include "sl-gui-util.h"

/* The preferences page of the database itself: its backups, made each day
 * and restored with a way back, and how long rejected candidates are kept. */

struct _SlDataPage
{
  AdwPreferencesPage parent_instance;

  GSettings *settings;
  SlStore *store;

  AdwPreferencesGroup *backups_group;
  GtkWidget *back_up_button;
  GPtrArray *backup_rows;
  AdwActionRow *retention_row;
};

G_DEFINE_FINAL_TYPE (SlDataPage, sl_data_page, ADW_TYPE_PREFERENCES_PAGE)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Work on the database on a thread, through a connection of its own: a
 * backup, a restore, the retention period's preview or its erasure. */
typedef struct _Job Job;
typedef gboolean (*JobFunc) (SlStore *store,
                             Job     *job,
                             GError **error);

struct _Job
{
  JobFunc func;
  char *path;
  char *actor;
  char *backup_path;        /* to restore; then the way back */
  guint days;               /* the retention period */
  GPtrArray *expired;       /* SlExpiredCandidate, its preview */
  guint n_erased;
};

static void
job_free (Job *job)
{
  g_free (job->path);
  g_free (job->actor);
  g_free (job->backup_path);
  g_clear_pointer (&job->expired, g_ptr_array_unref);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_free)

static void
run_job_in_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStore) store = sl_store_open (job->path, &error);

  if (store != NULL)
    sl_store_set_actor (store, job->actor);

  if (store == NULL || !job->func (store, job, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
run_job (SlDataPage          *self,
         JobFunc              func,
         Job                 *job,
         GCancellable        *cancellable,
         GAsyncReadyCallback  callback,
         gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  job->func = func;
  job->path = g_strdup (sl_store_get_path (self->store));
  job->actor = g_strdup (sl_store_get_actor (self->store));
  g_task_set_source_tag (task, run_job);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, run_job_in_thread);
}

static Job *
finish_job (GAsyncResult  *result,
            GError       **error)
{
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;

  return g_task_get_task_data (G_TASK (result));
}

static char *
format_time (gint64 unix_time)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (unix_time);

  /* Translators: a backup's date and time, as in “27 November 2026, 14:05”;
   * see the format of g_date_time_format() */
  return g_date_time_format (time, _("%-d %B %Y, %H:%M"));
}

static const char *
describe_kind (const SlBackup *backup)
{
  switch (backup->kind)
    {
    case SL_BACKUP_DAILY:
      return _("Daily backup");
    case SL_BACKUP_BEFORE_MIGRATION:
      return _("Before the database was updated for a new version");
    case SL_BACKUP_BEFORE_RESTORE:
      return _("Before a restore");
    case SL_BACKUP_ON_REQUEST:
    default:
      return _("Made on request");
    }
}

/* Backups */

static void restore_clicked (GtkButton  *button,
                             SlDataPage *self);

static void
reload_backups (SlDataPage *self)
{
  g_autoptr(GPtrArray) backups = NULL;

  for (guint i = 0; i < self->backup_rows->len; i++)
    adw_preferences_group_remove (self->backups_group, g_ptr_array_index (self->backup_rows, i));
  g_ptr_array_set_size (self->backup_rows, 0);

  if (self->store == NULL)
    return;

  backups = sl_store_list_backup_files (self->store);
  for (guint i = 0; i < backups->len; i++)
    {
      SlBackup *backup = g_ptr_array_index (backups, i);
      g_autofree char *title = format_time (backup->made);
      g_autofree char *size = g_format_size (backup->size);
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", describe_kind (backup), size);
      g_autofree char *label = NULL;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Restore…"));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (button), "backup-path", g_strdup (backup->path), g_free);
      g_object_set_data_full (G_OBJECT (button), "backup-time", g_strdup (title), g_free);
      /* Translators: the accessible name of a backup's Restore button */
      label = g_strdup_printf (_("Restore the backup of %s"), title);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_signal_connect_object (button, "clicked", G_CALLBACK (restore_clicked), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

      adw_preferences_group_add (self->backups_group, row);
      g_ptr_array_add (self->backup_rows, row);
    }

  if (backups->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No backups yet"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("The first is made the next time Shortlist starts, or now"));
      adw_preferences_group_add (self->backups_group, row);
      g_ptr_array_add (self->backup_rows, row);
    }
}

static void
set_busy (SlDataPage *self,
          gboolean    busy)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self), !busy);
}

/* The end of a job the page waited for: the page usable again, and what
 * went wrong said. */
static Job *
finish_page_job (SlDataPage   *self,
                 GAsyncResult *result)
{
  g_autoptr(GError) error = NULL;
  Job *job;

  set_busy (self, FALSE);

  job = finish_job (result, &error);
  if (job == NULL)
    sl_gui_show_error (GTK_WIDGET (self), error);

  return job;
}

static gboolean
back_up_job (SlStore *store,
             Job     *job,
             GError **error)
{
  job->backup_path = sl_store_backup (store, error);

  return job->backup_path != NULL;
}

static void
on_backed_up (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  SlDataPage *self = SL_DATA_PAGE (object);

  if (finish_page_job (self, result) != NULL)
    sl_gui_show_toast (GTK_WIDGET (self), adw_toast_new (_("Backed up the database")));

  reload_backups (self);
}

static void
back_up_clicked (SlDataPage *self)
{
  set_busy (self, TRUE);
  run_job (self, back_up_job, g_new0 (Job, 1), NULL, on_backed_up, NULL);
}

static gboolean
restore_job (SlStore *store,
             Job     *job,
             GError **error)
{
  g_autofree char *undo_path = NULL;

  if (!sl_store_restore_backup (store, job->backup_path, &undo_path, error))
    return FALSE;

  g_free (job->backup_path);
  job->backup_path = g_steal_pointer (&undo_path);

  return TRUE;
}

static void start_restore (SlDataPage *self,
                           const char *path,
                           const char *time);

static void
on_undo_clicked (AdwToast   *toast,
                 SlDataPage *self)
{
  start_restore (self, g_object_get_data (G_OBJECT (toast), "undo-path"), NULL);
}

static void
on_restored (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  SlDataPage *self = SL_DATA_PAGE (object);
  g_autofree char *time = user_data;
  g_autofree char *title = NULL;
  AdwToast *toast;
  Job *job;

  job = finish_page_job (self, result);
  if (job == NULL)
    return;

  /* The restore wrote through its own connection: every view reads again. */
  sl_store_check_outside_changes (self->store);
  reload_backups (self);

  if (time == NULL)
    {
      sl_gui_show_toast (GTK_WIDGET (self), adw_toast_new (_("The database is back as it was before the restore")));
      return;
    }

  /* Translators: %s is the date and time of the backup restored */
  title = g_strdup_printf (_("Restored the backup of %s"), time);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, 0);
  g_object_set_data_full (G_OBJECT (toast), "undo-path", g_strdup (job->backup_path), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_clicked), self, 0);
  sl_gui_show_toast (GTK_WIDGET (self), toast);
}

/* Restores @path; @time names it in the toast that offers Undo, and is
 * %NULL for the undo itself. */
static void
start_restore (SlDataPage *self,
               const char *path,
               const char *time)
{
  Job *job = g_new0 (Job, 1);

  job->backup_path = g_strdup (path);
  set_busy (self, TRUE);
  run_job (self, restore_job, job, NULL, on_restored, g_strdup (time));
}

static void
on_restore_response (AdwMessageDialog *dialog,
                     const char       *response,
                     SlDataPage       *self)
{
  if (g_strcmp0 (response, "restore") != 0)
    return;

  start_restore (self,
                 g_object_get_data (G_OBJECT (dialog), "backup-path"),
                 g_object_get_data (G_OBJECT (dialog), "backup-time"));
}

static void
restore_clicked (GtkButton  *button,
                 SlDataPage *self)
{
  const char *time = g_object_get_data (G_OBJECT (button), "backup-time");
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  body = g_strdup_printf (_("The database goes back to how it was on %s. What has changed since is set aside "
                            "in a backup of its own first, and Undo brings it back."),
                          time);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Restore This Backup?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "backup-path",
                          g_strdup (g_object_get_data (G_OBJECT (button), "backup-path")), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "backup-time", g_strdup (time), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_restore_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Retention */

static void
update_retention_row (SlDataPage *self)
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

  job = finish_job (result, &error);
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
  run_job (retention->page, preview_job, job, retention->cancellable, on_previewed, retention);
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

  job = finish_page_job (self, result);
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
      set_busy (self, TRUE);
      run_job (self, erase_expired_job, job, NULL, on_expired_erased, NULL);
    }
}

static void
change_retention_clicked (SlDataPage *self)
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

static void
on_store_changed (SlDataPage *self,
                  const char *what)
{
  if (g_strcmp0 (what, "outside") == 0)
    reload_backups (self);
}

static void
sl_data_page_constructed (GObject *object)
{
  SlDataPage *self = SL_DATA_PAGE (object);
  GtkWidget *row;
  GtkWidget *spin;
  GtkWidget *button;
  GtkWidget *group;

  G_OBJECT_CLASS (sl_data_page_parent_class)->constructed (object);

  adw_preferences_page_set_name (ADW_PREFERENCES_PAGE (self), "data");
  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (self), _("Data"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (self), "drive-harddisk-symbolic");

  self->backups_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->backups_group, _("Backups"));
  if (self->store != NULL)
    {
      g_autofree char *path = g_canonicalize_filename (sl_store_get_path (self->store), NULL);
      g_autofree char *dir = g_path_get_dirname (path);
      g_autofree char *display = g_filename_display_name (dir);
      g_autofree char *description = NULL;

      description = g_strdup_printf (_("Copies of the database in “%s”: one each day Shortlist starts, "
                                       "and one before each update and each restore."),
                                     display);
      adw_preferences_group_set_description (self->backups_group, description);
    }

  self->back_up_button = gtk_button_new_with_mnemonic (_("_Back Up Now"));
  gtk_widget_set_valign (self->back_up_button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->back_up_button, "clicked", G_CALLBACK (back_up_clicked), self);
  adw_preferences_group_set_header_suffix (self->backups_group, self->back_up_button);

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Daily _Backups Kept"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Older daily backups are removed"));
  spin = gtk_spin_button_new_with_range (1, 90, 1);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  g_settings_bind (self->settings, "backups-kept", spin, "value", G_SETTINGS_BIND_DEFAULT);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  adw_preferences_group_add (self->backups_group, row);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), self->backups_group);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Retention"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("How long personal data of rejected candidates is kept"));
  self->retention_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->retention_row), _("Erase Rejected Candidates"));
  button = gtk_button_new_with_mnemonic (_("C_hange…"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Change the Retention Period"),
                                  -1);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (change_retention_clicked), self);
  adw_action_row_add_suffix (self->retention_row, button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->retention_row));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), ADW_PREFERENCES_GROUP (group));

  g_signal_connect_object (self->settings, "changed::retention-days",
                           G_CALLBACK (update_retention_row), self, G_CONNECT_SWAPPED);
  update_retention_row (self);

  if (self->store != NULL)
    g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  else
    gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);

  reload_backups (self);
}

static void
sl_data_page_dispose (GObject *object)
{
  SlDataPage *self = SL_DATA_PAGE (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_pointer (&self->backup_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (sl_data_page_parent_class)->dispose (object);
}

static void
sl_data_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SlDataPage *self = SL_DATA_PAGE (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_data_page_class_init (SlDataPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = sl_data_page_constructed;
  object_class->dispose = sl_data_page_dispose;
  object_class->set_property = sl_data_page_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SL_TYPE_STORE,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sl_data_page_init (SlDataPage *self)
{
  self->backup_rows = g_ptr_array_new ();
}

/**
 * sl_data_page_new:
 * @store: (nullable): the database, or %NULL when it could not be opened
 */
SlDataPage *
sl_data_page_new (GSettings *settings,
                  SlStore   *store)
{
  return g_object_new (SL_TYPE_DATA_PAGE,
                       "settings", settings,
                       "store", store,
                       NULL);
}
