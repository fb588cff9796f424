/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-data-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-data-page-private.h"
#include "sl-gui-util.h"

/* The preferences page of the database itself: its backups, made each day
 * and restored with a way back, and how long rejected candidates are kept. */


G_DEFINE_FINAL_TYPE (SlDataPage, sl_data_page, ADW_TYPE_PREFERENCES_PAGE)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];


static void
job_free (Job *job)
{
  g_free (job->path);
  g_free (job->actor);
  g_free (job->backup_path);
  g_clear_pointer (&job->expired, g_ptr_array_unref);
  g_free (job);
}

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

void
sl_data_page_run_job (SlDataPage          *self,
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
  g_task_set_source_tag (task, sl_data_page_run_job);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, run_job_in_thread);
}

Job *
sl_data_page_job_finish (GAsyncResult  *result,
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

void
sl_data_page_set_busy (SlDataPage *self,
          gboolean    busy)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self), !busy);
}

/* The end of a job the page waited for: the page usable again, and what
 * went wrong said. */
Job *
sl_data_page_finish_job (SlDataPage   *self,
                 GAsyncResult *result)
{
  g_autoptr(GError) error = NULL;
  Job *job;

  sl_data_page_set_busy (self, FALSE);

  job = sl_data_page_job_finish (result, &error);
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

  if (sl_data_page_finish_job (self, result) != NULL)
    sl_gui_show_toast (GTK_WIDGET (self), adw_toast_new (_("Backed up the database")));

  reload_backups (self);
}

static void
back_up_clicked (SlDataPage *self)
{
  sl_data_page_set_busy (self, TRUE);
  sl_data_page_run_job (self, back_up_job, g_new0 (Job, 1), NULL, on_backed_up, NULL);
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

  job = sl_data_page_finish_job (self, result);
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
  sl_data_page_set_busy (self, TRUE);
  sl_data_page_run_job (self, restore_job, job, NULL, on_restored, g_strdup (time));
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
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (sl_data_page_change_retention), self);
  adw_action_row_add_suffix (self->retention_row, button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->retention_row));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), ADW_PREFERENCES_GROUP (group));

  g_signal_connect_object (self->settings, "changed::retention-days",
                           G_CALLBACK (sl_data_page_update_retention_row), self, G_CONNECT_SWAPPED);
  sl_data_page_update_retention_row (self);

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
