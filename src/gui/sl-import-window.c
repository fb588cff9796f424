/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-import-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-gui-util.h"
#include "sl-import-window.h"

/* Importing a CSV file of candidates into a role: the file is read and
 * checked first, in the background, and shown as a preview — how its
 * columns map to Shortlist's fields, each row that will not import and
 * why, each duplicate — then imported, with a progress bar and Cancel.
 * Both steps run on connections of their own in another thread; the
 * import is one transaction, so a cancel or a failure leaves the database
 * as it was. */

/* Rows listed per group: enough to see what is wrong, not so many that a
 * file of a hundred thousand bad rows makes a hundred thousand widgets. */
#define MAX_LISTED_ROWS 200

struct _SlImportWindow
{
  AdwWindow parent_instance;

  SlStore *store;
  GFile *file;
  GtkWidget *owner;        /* where the result is told */
  gint64 role_id;
  char *role_title;
  SlImport *import;
  GCancellable *cancellable;
  gboolean importing;
  int permille;            /* progress, written by the worker */
  int progress_pending;    /* whether an idle will show it */

  GtkStack *stack;
  GtkButton *import_button;
  GtkButton *cancel_button;
  AdwComboRow *format_row;
  AdwComboRow *duplicates_row;
  AdwActionRow *summary_row;
  GtkBox *groups_box;
  GtkProgressBar *progress_bar;
  GtkLabel *progress_label;
  AdwStatusPage *error_page;
  GtkLabel *reading_label;
};

G_DEFINE_FINAL_TYPE (SlImportWindow, sl_import_window, ADW_TYPE_WINDOW)

typedef struct
{
  char *path;
  GFile *file;
  SlImportFormat format;
  gint64 role_id;
  SlImport *import;
  SlImportDuplicates duplicates;
  SlImportResult result;
  SlImportWindow *window;  /* for progress; kept alive by the task */
} Work;

static void
work_free (Work *work)
{
  g_free (work->path);
  g_clear_object (&work->file);
  g_clear_pointer (&work->import, sl_import_unref);
  g_free (work);
}

static gboolean
show_progress (gpointer data)
{
  SlImportWindow *self = data;

  g_atomic_int_set (&self->progress_pending, 0);
  gtk_progress_bar_set_fraction (self->progress_bar, g_atomic_int_get (&self->permille) / 1000.0);

  return G_SOURCE_REMOVE;
}

/* In the worker: the share done is kept, and shown at the main loop's
 * next turn, once however often it changes meanwhile. */
static void
on_progress (double   fraction,
             gpointer user_data)
{
  Work *work = user_data;
  SlImportWindow *self = work->window;

  g_atomic_int_set (&self->permille, (int) (CLAMP (fraction, 0, 1) * 1000));
  if (g_atomic_int_compare_and_exchange (&self->progress_pending, 0, 1))
    g_idle_add_full (G_PRIORITY_DEFAULT, show_progress, g_object_ref (self), g_object_unref);
}

static void
read_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Work *work = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStore) store = sl_store_open (work->path, &error);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *name = g_file_get_basename (work->file);
  SlImport *import;

  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  stream = g_file_read (work->file, cancellable, &error);
  if (stream == NULL)
    {
      g_task_return_new_error (task, SL_ERROR, SL_ERROR_IO, _("%s: could not be read: %s"), name, error->message);
      return;
    }

  info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE, cancellable, NULL);
  import = sl_store_read_import (store, G_INPUT_STREAM (stream), name, work->format, work->role_id,
                                 info != NULL ? g_file_info_get_size (info) : 0,
                                 cancellable, on_progress, work, &error);
  if (import == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, import, (GDestroyNotify) sl_import_unref);
}

static void
import_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  Work *work = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStore) store = sl_store_open (work->path, &error);

  if (store == NULL ||
      !sl_store_import (store, work->import, work->duplicates, cancellable, on_progress, work,
                        &work->result, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static AdwPreferencesGroup *
add_group (SlImportWindow *self,
           const char     *title,
           const char     *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (self->groups_box, group);

  return ADW_PREFERENCES_GROUP (group);
}

static void
add_row (AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle,
         const char          *css_class)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (css_class != NULL)
    gtk_widget_add_css_class (row, css_class);
  adw_preferences_group_add (group, row);
}

/* A group of the rows in @status, with a reason each: those that will
 * not import, the duplicates, or new rows with a note. */
static void
add_row_group (SlImportWindow    *self,
               SlImportRowStatus  status,
               const char        *title,
               const char        *description)
{
  GPtrArray *rows = sl_import_get_rows (self->import);
  AdwPreferencesGroup *group = NULL;
  guint listed = 0;
  guint n = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      SlImportRow *row = g_ptr_array_index (rows, i);
      g_autofree char *line = NULL;
      g_autofree char *subtitle = NULL;
      const char *name;

      if (row->status != status || row->reason == NULL)
        continue;

      n++;
      if (listed == MAX_LISTED_ROWS)
        continue;

      if (group == NULL)
        group = add_group (self, title, description);

      name = sl_candidate_get_name (row->candidate);
      /* Translators: a line of the file, and the candidate's name on it */
      line = name != NULL ? g_strdup_printf (_("Line %u: %s"), row->line, name)
                          : g_strdup_printf (_("Line %u"), row->line);
      add_row (group, line, row->reason, status == SL_IMPORT_ROW_INVALID ? "error" : NULL);
      listed++;
    }

  if (n > listed)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more row", "And %u more rows",
                                                            n - listed),
                                               n - listed);
      add_row (group, more, NULL, "dim-label");
    }
}

static guint
count_to_import (SlImportWindow *self)
{
  guint n = sl_import_count_rows (self->import, SL_IMPORT_ROW_NEW);

  if (adw_combo_row_get_selected (self->duplicates_row) == SL_IMPORT_MERGE_DUPLICATES)
    n += sl_import_count_rows (self->import, SL_IMPORT_ROW_DUPLICATE);

  return n;
}

static void
update_import_button (SlImportWindow *self)
{
  guint n;
  g_autofree char *label = NULL;

  if (self->import == NULL || self->importing)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
      return;
    }

  n = count_to_import (self);
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Import %u Candidate", "_Import %u Candidates", n), n);
  gtk_button_set_label (self->import_button, label);
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), n > 0);
}

static void
show_preview (SlImportWindow *self)
{
  GPtrArray *columns = sl_import_get_columns (self->import);
  guint n_rows = sl_import_get_rows (self->import)->len;
  guint n_new = sl_import_count_rows (self->import, SL_IMPORT_ROW_NEW);
  guint n_invalid = sl_import_count_rows (self->import, SL_IMPORT_ROW_INVALID);
  guint n_duplicates = sl_import_count_rows (self->import, SL_IMPORT_ROW_DUPLICATE);
  g_autofree char *rows_text = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *new_text = NULL;
  g_autofree char *invalid_text = NULL;
  g_autofree char *duplicates_text = NULL;
  AdwPreferencesGroup *group;

  sl_gui_remove_children (self->groups_box);

  rows_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row", "%u rows", n_rows), n_rows);
  new_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u new", "%u new", n_new), n_new);
  invalid_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u not valid", "%u not valid", n_invalid), n_invalid);
  duplicates_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u duplicate", "%u duplicates", n_duplicates),
                                     n_duplicates);
  /* Translators: how many rows, then how many are new, not valid and duplicates */
  summary = g_strdup_printf (_("%s: %s, %s, %s"), rows_text, new_text, invalid_text, duplicates_text);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->summary_row), summary);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->summary_row),
                               sl_import_format_get_label (sl_import_get_format (self->import)));
  gtk_widget_set_visible (GTK_WIDGET (self->duplicates_row), n_duplicates > 0);

  add_row_group (self, SL_IMPORT_ROW_INVALID, _("Rows That Will Not Import"),
                 _("Correct them in the file and import it again; the other rows import without them."));
  add_row_group (self, SL_IMPORT_ROW_DUPLICATE, _("Duplicates"),
                 _("The same email address, or the same name and phone number, as someone already known. "
                   "Merging fills in what the known candidate lacks and adds them to the role."));
  add_row_group (self, SL_IMPORT_ROW_NEW, _("Notes"), NULL);

  group = add_group (self, _("Columns"), _("Where each column of the file goes"));
  for (guint i = 0; i < columns->len; i++)
    {
      SlImportColumn *column = g_ptr_array_index (columns, i);

      add_row (group, column->header, column->field != NULL ? column->field : _("Not imported"),
               column->field != NULL ? NULL : "dim-label");
    }

  update_import_button (self);
  gtk_stack_set_visible_child_name (self->stack, "preview");
}

static void
show_error (SlImportWindow *self,
            const GError   *error)
{
  adw_status_page_set_description (self->error_page, error->message);
  gtk_stack_set_visible_child_name (self->stack, "error");
  update_import_button (self);
}

static void
on_read (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  SlImportWindow *self = SL_IMPORT_WINDOW (source_object);
  g_autoptr(GError) error = NULL;
  SlImport *import = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->import, sl_import_unref);
  self->import = import;

  if (import == NULL)
    show_error (self, error);
  else
    show_preview (self);
}

static void
read_file (SlImportWindow *self)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = g_file_get_basename (self->file);
  g_autofree char *reading = g_strdup_printf (_("Reading “%s”…"), name);
  Work *work = g_new0 (Work, 1);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_clear_pointer (&self->import, sl_import_unref);

  work->path = g_strdup (sl_store_get_path (self->store));
  work->file = g_object_ref (self->file);
  work->format = adw_combo_row_get_selected (self->format_row);
  work->role_id = self->role_id;
  work->window = self;

  gtk_label_set_label (self->reading_label, reading);
  gtk_stack_set_visible_child_name (self->stack, "reading");
  update_import_button (self);

  task = g_task_new (self, self->cancellable, on_read, NULL);
  g_task_set_source_tag (task, read_file);
  g_task_set_task_data (task, work, (GDestroyNotify) work_free);
  g_task_run_in_thread (task, read_in_thread);
}

static void
on_imported (GObject      *source_object,
             GAsyncResult *result,
             gpointer      user_data)
{
  SlImportWindow *self = SL_IMPORT_WINDOW (source_object);
  Work *work = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  self->importing = FALSE;
  g_clear_object (&self->cancellable);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* Nothing was imported; the preview is still right. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          show_preview (self);
          gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), TRUE);
          return;
        }
      show_error (self, error);
      gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), TRUE);
      return;
    }

  /* The import wrote through a connection of its own. */
  sl_store_check_outside_changes (self->store);

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "Imported %u candidate into %s",
                                        "Imported %u candidates into %s",
                                        work->result.imported + work->result.merged),
                           work->result.imported + work->result.merged, self->role_title);
  sl_gui_show_toast (self->owner, adw_toast_new (title));

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_import_clicked (SlImportWindow *self)
{
  g_autoptr(GTask) task = NULL;
  Work *work;

  if (self->import == NULL || self->importing)
    return;

  work = g_new0 (Work, 1);
  work->path = g_strdup (sl_store_get_path (self->store));
  work->import = sl_import_ref (self->import);
  work->duplicates = adw_combo_row_get_selected (self->duplicates_row);
  work->window = self;

  self->importing = TRUE;
  self->cancellable = g_cancellable_new ();
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_stack_set_visible_child_name (self->stack, "importing");
  update_import_button (self);

  task = g_task_new (self, self->cancellable, on_imported, NULL);
  g_task_set_source_tag (task, on_import_clicked);
  g_task_set_task_data (task, work, (GDestroyNotify) work_free);
  g_task_run_in_thread (task, import_in_thread);
}

/* Cancel stops an import under way, which then leaves nothing behind, and
 * otherwise closes the window. */
static void
on_cancel_clicked (SlImportWindow *self)
{
  if (self->importing && self->cancellable != NULL)
    {
      g_cancellable_cancel (self->cancellable);
      gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), FALSE);
      return;
    }

  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
on_close_request (SlImportWindow *self)
{
  /* A window closed while it imports cancels the import first. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  return FALSE;
}

static void
on_format_selected (SlImportWindow *self)
{
  if (self->file != NULL && !self->importing)
    read_file (self);
}

static void
sl_import_window_dispose (GObject *object)
{
  SlImportWindow *self = SL_IMPORT_WINDOW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->import, sl_import_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->file);
  g_clear_object (&self->owner);

  G_OBJECT_CLASS (sl_import_window_parent_class)->dispose (object);
}

static void
sl_import_window_finalize (GObject *object)
{
  g_free (SL_IMPORT_WINDOW (object)->role_title);

  G_OBJECT_CLASS (sl_import_window_parent_class)->finalize (object);
}

static void
sl_import_window_class_init (SlImportWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sl_import_window_dispose;
  object_class->finalize = sl_import_window_finalize;
}

static GtkWidget *
centered_box (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_start (box, 48);
  gtk_widget_set_margin_end (box, 48);

  return box;
}

static void
sl_import_window_init (SlImportWindow *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *preview = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *file_group = adw_preferences_group_new ();
  GtkWidget *reading = centered_box ();
  GtkWidget *spinner = gtk_spinner_new ();
  GtkWidget *importing = centered_box ();
  GtkWidget *importing_title = gtk_label_new (_("Importing…"));
  GtkWidget *error_page = adw_status_page_new ();
  g_autoptr(GtkStringList) formats = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) duplicates = gtk_string_list_new (NULL);

  gtk_window_set_title (GTK_WINDOW (self), _("Import Candidates"));
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 680);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  sl_gui_close_on_escape (GTK_WINDOW (self));

  /* The header: Cancel, and Import once there is something to import. */
  self->cancel_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Cancel")));
  self->import_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Import")));
  gtk_widget_add_css_class (GTK_WIDGET (self->import_button), "suggested-action");
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), GTK_WIDGET (self->cancel_button));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->import_button));
  g_signal_connect_swapped (self->cancel_button, "clicked", G_CALLBACK (on_cancel_clicked), self);
  g_signal_connect_swapped (self->import_button, "clicked", G_CALLBACK (on_import_clicked), self);
  gtk_box_append (GTK_BOX (content), header);

  /* The preview. */
  for (guint i = 0; i < SL_IMPORT_N_FORMATS; i++)
    gtk_string_list_append (formats, sl_import_format_get_label (i));
  self->format_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->format_row), _("Format"));
  adw_combo_row_set_model (self->format_row, G_LIST_MODEL (formats));
  g_signal_connect_swapped (self->format_row, "notify::selected", G_CALLBACK (on_format_selected), self);

  gtk_string_list_append (duplicates, _("Skip Them"));
  gtk_string_list_append (duplicates, _("Merge Into Who Is Known"));
  self->duplicates_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->duplicates_row), _("Duplicates"));
  adw_combo_row_set_model (self->duplicates_row, G_LIST_MODEL (duplicates));
  g_signal_connect_swapped (self->duplicates_row, "notify::selected", G_CALLBACK (update_import_button), self);

  self->summary_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (file_group), GTK_WIDGET (self->summary_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (file_group), GTK_WIDGET (self->format_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (file_group), GTK_WIDGET (self->duplicates_row));

  self->groups_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 24));
  gtk_box_append (GTK_BOX (preview), file_group);
  gtk_box_append (GTK_BOX (preview), GTK_WIDGET (self->groups_box));
  gtk_widget_set_margin_top (preview, 24);
  gtk_widget_set_margin_bottom (preview, 24);
  gtk_widget_set_margin_start (preview, 12);
  gtk_widget_set_margin_end (preview, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), preview);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);

  /* Reading, importing, and a file that cannot be imported. */
  gtk_spinner_start (GTK_SPINNER (spinner));
  gtk_widget_set_size_request (spinner, 32, 32);
  self->reading_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_box_append (GTK_BOX (reading), spinner);
  gtk_box_append (GTK_BOX (reading), GTK_WIDGET (self->reading_label));

  gtk_widget_add_css_class (importing_title, "title-2");
  self->progress_bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Import progress"), -1);
  self->progress_label = GTK_LABEL (gtk_label_new (_("Cancel leaves the database as it was")));
  gtk_widget_add_css_class (GTK_WIDGET (self->progress_label), "dim-label");
  gtk_box_append (GTK_BOX (importing), importing_title);
  gtk_box_append (GTK_BOX (importing), GTK_WIDGET (self->progress_bar));
  gtk_box_append (GTK_BOX (importing), GTK_WIDGET (self->progress_label));

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (error_page), "dialog-error-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (error_page), _("Cannot Import This File"));
  self->error_page = ADW_STATUS_PAGE (error_page);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_stack_add_named (self->stack, reading, "reading");
  gtk_stack_add_named (self->stack, scroller, "preview");
  gtk_stack_add_named (self->stack, importing, "importing");
  gtk_stack_add_named (self->stack, error_page, "error");
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->stack));

  adw_window_set_content (ADW_WINDOW (self), content);
  g_signal_connect (self, "close-request", G_CALLBACK (on_close_request), NULL);
}

/**
 * sl_import_window_new:
 * @owner: the widget the import is for, where the result is told
 * @file: the CSV file to import
 *
 * Returns: (transfer floating): a window that reads @file at once and
 *   shows what importing it into the role would do
 */
GtkWidget *
sl_import_window_new (GtkWidget *owner,
                      SlStore   *store,
                      gint64     role_id,
                      GFile     *file)
{
  SlImportWindow *self;
  g_autoptr(SlRole) role = NULL;

  g_return_val_if_fail (SL_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (SL_TYPE_IMPORT_WINDOW, "transient-for", gtk_widget_get_root (owner), NULL);
  self->owner = g_object_ref (owner);
  self->store = g_object_ref (store);
  self->file = g_object_ref (file);
  self->role_id = role_id;
  role = sl_store_get_role (store, role_id, NULL);
  self->role_title = g_strdup (role != NULL ? sl_role_get_title (role) : "");

  read_file (self);

  return GTK_WIDGET (self);
}

/* The file as read, once the preview is shown; for tests. */
SlImport *
sl_import_window_get_import (SlImportWindow *self)
{
  g_return_val_if_fail (SL_IS_IMPORT_WINDOW (self), NULL);

  return self->import;
}
