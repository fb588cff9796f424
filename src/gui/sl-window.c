/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sl-import-window.h"
#include "sl-role-row.h"
#include "sl-window-private.h"

G_DEFINE_FINAL_TYPE (SlWindow, sl_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
sl_window_show_toast (SlWindow   *self,
                      const char *message)
{
  /* A toast's title is markup in libadwaita 1.2. */
  g_autofree char *title = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (title);

  /* What just happened goes before what happened earlier. */
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
update_actions (SlWindow *self)
{
  gboolean have_store = self->store != NULL;
  gboolean can_open_sample = FALSE;

  if (have_store && self->n_roles == 0)
    {
      g_autoptr(GError) error = NULL;

      can_open_sample = sl_store_count_candidates (self->store, &error) == 0 && error == NULL;
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-role", have_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-candidate", have_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-role", have_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.compensation-overview", have_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.audit-log", have_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-sample", can_open_sample);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search",
                                 have_store && self->list != LIST_NONE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-all-candidates", have_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-role", have_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-candidate", have_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.go-back", self->showing_candidate);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo-delete", have_store);
}

void
sl_window_update_content (SlWindow *self)
{
  const char *name;

  if (self->showing_candidate)
    name = "candidate";
  else if (self->list == LIST_ROLE)
    name = "role";
  else if (self->list == LIST_ALL)
    name = "candidates";
  else
    name = "empty";

  gtk_stack_set_visible_child_name (self->content_stack, name);
  update_actions (self);
}

GtkListBoxRow *
sl_window_find_role_row (SlWindow *self,
                         gint64    role_id)
{
  for (int i = 1;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->sidebar_list, i);

      if (row == NULL)
        return NULL;
      if (sl_role_row_get_role_id (SL_ROLE_ROW (row)) == role_id)
        return row;
    }
}

/* Selects the sidebar row of what is shown, without the selection
 * handler navigating again. */
static void
sync_selection (SlWindow *self)
{
  GtkListBoxRow *row = NULL;

  if (self->list == LIST_ROLE)
    row = sl_window_find_role_row (self, self->role_id);
  else if (self->list == LIST_ALL)
    row = self->all_candidates_row;

  self->syncing_selection = TRUE;
  if (row != NULL)
    gtk_list_box_select_row (self->sidebar_list, row);
  else
    gtk_list_box_unselect_all (self->sidebar_list);
  self->syncing_selection = FALSE;
}

void
sl_window_show_role (SlWindow *self,
                     gint64    role_id)
{
  self->list = LIST_ROLE;
  self->role_id = role_id;
  self->showing_candidate = FALSE;

  sl_role_page_set_role_id (self->role_page, role_id);
  g_settings_set_int64 (self->settings, "last-role", role_id);

  sync_selection (self);
  sl_window_update_content (self);
}

void
sl_window_show_all_candidates (SlWindow *self)
{
  self->list = LIST_ALL;
  self->role_id = 0;
  self->showing_candidate = FALSE;

  sync_selection (self);
  sl_window_update_content (self);
}

void
sl_window_show_content (SlWindow *self)
{
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->toast_overlay));
}

/* After the roles changed: keeps showing what was shown if it still
 * exists, else the first role, else the empty state. */
static void
settle_list (SlWindow *self)
{
  if (self->list == LIST_ROLE && sl_window_find_role_row (self, self->role_id) == NULL)
    {
      self->list = LIST_NONE;
      self->role_id = 0;
      sl_role_page_set_role_id (self->role_page, 0);
    }

  if (self->list == LIST_NONE && self->n_roles > 0)
    {
      GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->sidebar_list, 1);

      sl_window_show_role (self, sl_role_row_get_role_id (SL_ROLE_ROW (first)));
      return;
    }

  sync_selection (self);
  sl_window_update_content (self);
}

static gboolean
rows_match (SlWindow   *self,
            GListModel *roles)
{
  guint n = g_list_model_get_n_items (roles);

  if (gtk_list_box_get_row_at_index (self->sidebar_list, n + 1) != NULL)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SlRole) role = g_list_model_get_item (roles, i);
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->sidebar_list, i + 1);

      if (row == NULL || sl_role_row_get_role_id (SL_ROLE_ROW (row)) != sl_role_get_id (role))
        return FALSE;
    }

  return TRUE;
}

static void
reload_sidebar (SlWindow *self)
{
  g_autoptr(GListModel) roles = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  roles = sl_store_list_roles (self->store, &error);
  if (roles == NULL)
    {
      sl_window_show_toast (self, error->message);
      return;
    }

  n = g_list_model_get_n_items (roles);

  if (rows_match (self, roles))
    {
      /* Same roles: only their titles and counts may have changed, and the
       * rows stay, with the keyboard focus where it was. */
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SlRole) role = g_list_model_get_item (roles, i);
          GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->sidebar_list, i + 1);

          sl_role_row_set_role (SL_ROLE_ROW (row), role);
        }
    }
  else
    {
      GtkListBoxRow *row;

      self->syncing_selection = TRUE;
      while ((row = gtk_list_box_get_row_at_index (self->sidebar_list, 1)) != NULL)
        gtk_list_box_remove (self->sidebar_list, GTK_WIDGET (row));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SlRole) role = g_list_model_get_item (roles, i);

          gtk_list_box_append (self->sidebar_list, sl_role_row_new (role));
        }
      self->syncing_selection = FALSE;
    }

  self->n_roles = n;
  settle_list (self);
}

/* Whether the candidate page shows someone who is still there, and not
 * deleted, here or by another process. */
static gboolean
candidate_shown_exists (SlWindow *self)
{
  g_autoptr(SlCandidate) candidate = NULL;
  g_autoptr(GError) error = NULL;

  candidate = sl_store_get_candidate (self->store,
                                      sl_candidate_page_get_candidate_id (self->candidate_page),
                                      &error);

  return candidate != NULL || !g_error_matches (error, SL_ERROR, SL_ERROR_NOT_FOUND);
}

static void
on_store_changed (SlWindow   *self,
                  const char *what,
                  gint64      id,
                  SlStore    *store)
{
  /* Counts of active candidates follow every change but market data and
   * checklists. */
  if (g_strcmp0 (what, "market") == 0 || g_strcmp0 (what, "assessment") == 0)
    return;

  /* A page of someone deleted has nothing left to show: back to the list
   * it was opened from. */
  if (self->showing_candidate && !candidate_shown_exists (self))
    {
      self->showing_candidate = FALSE;
      sl_window_update_content (self);
    }

  reload_sidebar (self);
}

/* Another process may have written to the database while the user was in
 * another window; coming back is when to look. */
static void
on_is_active_changed (SlWindow   *self,
                      GParamSpec *pspec,
                      gpointer    user_data)
{
  if (self->store != NULL && gtk_window_is_active (GTK_WINDOW (self)))
    sl_store_check_outside_changes (self->store);
}

static void
on_sidebar_row_selected (SlWindow      *self,
                         GtkListBoxRow *row,
                         GtkListBox    *list)
{
  if (self->syncing_selection || row == NULL)
    return;

  if (row == self->all_candidates_row)
    sl_window_show_all_candidates (self);
  else
    sl_window_show_role (self, sl_role_row_get_role_id (SL_ROLE_ROW (row)));
}

static void
on_sidebar_row_activated (SlWindow      *self,
                          GtkListBoxRow *row,
                          GtkListBox    *list)
{
  /* Activating the row of the list under the candidate page returns to
   * that list. */
  if (row == self->all_candidates_row)
    sl_window_show_all_candidates (self);
  else
    sl_window_show_role (self, sl_role_row_get_role_id (SL_ROLE_ROW (row)));

  sl_window_show_content (self);
}

static void
on_deletion_toast_dismissed (SlWindow *self,
                             AdwToast *toast)
{
  g_autoptr(GError) error = NULL;

  g_assert (self->pending_deletions > 0);
  self->pending_deletions--;

  /* Deleted candidates stay restorable while any undo is on offer. */
  if (self->pending_deletions > 0 || self->store == NULL)
    return;

  if (!sl_store_purge_trash (self->store, &error))
    g_warning ("Could not remove deleted candidates: %s", error->message);
}

static void
on_candidate_trashed (SlWindow        *self,
                      gint64           candidate_id,
                      const char      *name,
                      SlCandidatePage *page)
{
  g_autofree char *title = g_markup_printf_escaped (_("Deleted “%s”"), name);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-delete");
  adw_toast_set_action_target_value (toast, g_variant_new_int64 (candidate_id));
  g_signal_connect_object (toast, "dismissed",
                           G_CALLBACK (on_deletion_toast_dismissed), self,
                           G_CONNECT_SWAPPED);

  self->pending_deletions++;
  g_set_weak_pointer (&self->undo_toast, toast);
  self->showing_candidate = FALSE;
  sl_window_update_content (self);

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static gboolean
sl_window_close_request (GtkWindow *window)
{
  SlWindow *self = SL_WINDOW (window);
  gboolean maximized = gtk_window_is_maximized (window);
  int width;
  int height;

  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized", maximized);
  if (!maximized)
    {
      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (sl_window_parent_class)->close_request (window);
}

/**
 * sl_window_import_dropped_file:
 * @file: a file dropped onto the window
 *
 * Opens the import of @file into the role shown, when it is a CSV file
 * and a role is shown; otherwise says why not.
 *
 * Returns: whether the import opened
 */
gboolean
sl_window_import_dropped_file (SlWindow *self,
                               GFile    *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *display = g_filename_display_name (name);
  g_autofree char *message = NULL;

  if (self->store == NULL)
    return FALSE;

  if (!g_str_has_suffix (name, ".csv") && !g_str_has_suffix (name, ".CSV"))
    {
      message = g_strdup_printf (_("“%s” is not a CSV file: candidates are imported from CSV"), display);
      sl_window_show_toast (self, message);
      return FALSE;
    }

  if (self->list != LIST_ROLE || self->role_id <= 0)
    {
      message = g_strdup_printf (_("Open the role to import “%s” into, then drop it again"), display);
      sl_window_show_toast (self, message);
      return FALSE;
    }

  gtk_window_present (GTK_WINDOW (sl_import_window_new (GTK_WIDGET (self), self->store, self->role_id, file)));
  return TRUE;
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         SlWindow      *self)
{
  GSList *files = g_value_get_boxed (value);

  /* One file a drop: an import is one file's preview. */
  if (files == NULL || files->next != NULL)
    {
      sl_window_show_toast (self, _("Drop one CSV file at a time"));
      return FALSE;
    }

  return sl_window_import_dropped_file (self, files->data);
}

static void
sl_window_constructed (GObject *object)
{
  SlWindow *self = SL_WINDOW (object);
  gint64 last_role;

  G_OBJECT_CLASS (sl_window_parent_class)->constructed (object);

  if (self->store == NULL)
    {
      update_actions (self);
      return;
    }

  sl_role_page_set_store (self->role_page, self->store);
  sl_candidates_page_set_store (self->candidates_page, self->store);
  sl_candidate_page_set_store (self->candidate_page, self->store);

  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (on_is_active_changed), NULL);

  /* Open where the last session ended, when that role still exists. */
  last_role = g_settings_get_int64 (self->settings, "last-role");
  if (last_role > 0)
    {
      self->list = LIST_ROLE;
      self->role_id = last_role;
      sl_role_page_set_role_id (self->role_page, last_role);
    }

  reload_sidebar (self);
}

static void
sl_window_dispose (GObject *object)
{
  SlWindow *self = SL_WINDOW (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), SL_TYPE_WINDOW);

  g_clear_weak_pointer (&self->undo_toast);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sl_window_parent_class)->dispose (object);
}

static void
sl_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SlWindow *self = SL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SlWindow *self = SL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_set_object (&self->store, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_window_class_init (SlWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = sl_window_constructed;
  object_class->dispose = sl_window_dispose;
  object_class->get_property = sl_window_get_property;
  object_class->set_property = sl_window_set_property;

  window_class->close_request = sl_window_close_request;

  /**
   * SlWindow:store: (nullable)
   *
   * The database the window shows; %NULL when it could not be opened.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SL_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SL_TYPE_ROLE_PAGE);
  g_type_ensure (SL_TYPE_CANDIDATES_PAGE);
  g_type_ensure (SL_TYPE_CANDIDATE_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/sl-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SlWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, all_candidates_row);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, error_status);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, damage_revealer);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, damage_label);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, role_page);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, candidates_page);
  gtk_widget_class_bind_template_child (widget_class, SlWindow, candidate_page);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_candidate_trashed);

  sl_window_class_actions_init (klass);
}

/* Symbols that are faint by design, such as "not assessed", are drawn in
 * full in high contrast. */
static void
on_high_contrast_changed (SlWindow        *self,
                          GParamSpec      *pspec,
                          AdwStyleManager *style_manager)
{
  if (adw_style_manager_get_high_contrast (style_manager))
    gtk_widget_add_css_class (GTK_WIDGET (self), "high-contrast");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "high-contrast");
}

static void
sl_window_init (SlWindow *self)
{
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_object_bind_property (self->leaflet, "folded", self->role_page, "folded", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->leaflet, "folded", self->candidates_page, "folded", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->leaflet, "folded", self->candidate_page, "folded", G_BINDING_SYNC_CREATE);

  /* A CSV file dropped onto the window is imported into the role shown. */
  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (drop, "drop", G_CALLBACK (on_drop), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (on_high_contrast_changed), self, G_CONNECT_SWAPPED);
  on_high_contrast_changed (self, NULL, adw_style_manager_get_default ());
}

/**
 * sl_window_new:
 * @app: (nullable): the application, or %NULL in tests
 * @store: (nullable): the database to show, or %NULL when it could not be
 *   opened; then sl_window_show_open_error() says why
 */
SlWindow *
sl_window_new (SlApp   *app,
               SlStore *store)
{
  g_return_val_if_fail (app == NULL || SL_IS_APP (app), NULL);
  g_return_val_if_fail (store == NULL || SL_IS_STORE (store), NULL);

  return g_object_new (SL_TYPE_WINDOW,
                       "application", app,
                       "store", store,
                       NULL);
}

SlStore *
sl_window_get_store (SlWindow *self)
{
  g_return_val_if_fail (SL_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * sl_window_show_open_error:
 *
 * Shows why the database could not be opened instead of its contents.
 */
void
sl_window_show_open_error (SlWindow     *self,
                           const GError *error)
{
  g_return_if_fail (SL_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  if (g_error_matches (error, SL_ERROR, SL_ERROR_TOO_NEW))
    adw_status_page_set_title (self->error_status, _("Database From a Newer Version"));
  else if (g_error_matches (error, SL_ERROR, SL_ERROR_BUSY))
    adw_status_page_set_title (self->error_status, _("Database in Use"));

  adw_status_page_set_description (self->error_status, error->message);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

/**
 * sl_window_show_maintenance:
 * @maintenance: what the care after the start found and did
 *
 * Says across the top of the window when the database is damaged, with
 * the way to a backup; otherwise tells, in toasts, of a backup that could
 * not be made and of candidates erased under the retention period.
 */
void
sl_window_show_maintenance (SlWindow            *self,
                            const SlMaintenance *maintenance)
{
  g_autofree char *message = NULL;

  g_return_if_fail (SL_IS_WINDOW (self));
  g_return_if_fail (maintenance != NULL);

  if (maintenance->problems != NULL)
    {
      g_autofree char *first = g_strndup (maintenance->problems, strcspn (maintenance->problems, "\n"));

      g_warning ("The database is damaged: %s", maintenance->problems);
      /* Translators: %s is what SQLite found wrong, in English */
      message = g_strdup_printf (_("The database is damaged (%s). Restore a backup before changing anything, "
                                   "or copy the file away for repair."),
                                 first);
      gtk_label_set_text (self->damage_label, message);
      gtk_revealer_set_reveal_child (self->damage_revealer, TRUE);
      return;
    }

  if (maintenance->backup_error != NULL)
    {
      message = g_strdup_printf (_("Could not make today’s backup: %s"), maintenance->backup_error->message);
      g_warning ("%s", message);
      sl_window_show_toast (self, message);
      g_clear_pointer (&message, g_free);
    }

  if (maintenance->retention_error != NULL)
    {
      message = g_strdup_printf (_("Could not erase the candidates rejected long ago: %s"),
                                 maintenance->retention_error->message);
      g_warning ("%s", message);
      sl_window_show_toast (self, message);
    }
  else if (maintenance->n_expired > 0 && self->store != NULL)
    {
      /* Erased through a connection of its own. */
      sl_store_check_outside_changes (self->store);
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Erased %u candidate rejected longer ago than the retention period",
                                              "Erased %u candidates rejected longer ago than the retention period",
                                              maintenance->n_expired),
                                 maintenance->n_expired);
      sl_window_show_toast (self, message);
    }
}

GtkListBox *
sl_window_get_sidebar (SlWindow *self)
{
  g_return_val_if_fail (SL_IS_WINDOW (self), NULL);

  return self->sidebar_list;
}

SlRolePage *
sl_window_get_role_page (SlWindow *self)
{
  g_return_val_if_fail (SL_IS_WINDOW (self), NULL);

  return self->role_page;
}

SlCandidatesPage *
sl_window_get_candidates_page (SlWindow *self)
{
  g_return_val_if_fail (SL_IS_WINDOW (self), NULL);

  return self->candidates_page;
}

SlCandidatePage *
sl_window_get_candidate_page (SlWindow *self)
{
  g_return_val_if_fail (SL_IS_WINDOW (self), NULL);

  return self->candidate_page;
}

const char *
sl_window_get_visible_page (SlWindow *self)
{
  g_return_val_if_fail (SL_IS_WINDOW (self), NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "error") == 0)
    return "error";

  return gtk_stack_get_visible_child_name (self->content_stack);
}

guint
sl_window_get_n_pending_deletions (SlWindow *self)
{
  g_return_val_if_fail (SL_IS_WINDOW (self), 0);

  return self->pending_deletions;
}

/**
 * sl_window_get_undo_toast:
 *
 * Returns: (transfer none) (nullable): the toast that offers to undo the
 *   latest deletion, while it is shown
 */
AdwToast *
sl_window_get_undo_toast (SlWindow *self)
{
  g_return_val_if_fail (SL_IS_WINDOW (self), NULL);

  return self->undo_toast;
}
