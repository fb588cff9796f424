/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-app"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-app.h"
#include "sl-maintenance.h"
#include "sl-preferences-window.h"
#include "sl-window.h"

struct _SlApp
{
  AdwApplication parent_instance;

  GSettings *settings;
  char *db_path;       /* from --db, or NULL for the default */
  SlStore *store;
  GError *open_error;  /* why the database could not be opened */
  GCancellable *cancellable;  /* of the work after the start */
};

G_DEFINE_FINAL_TYPE (SlApp, sl_app, ADW_TYPE_APPLICATION)

static void
update_actor (SlApp *self)
{
  g_autofree char *name = NULL;

  if (self->store == NULL)
    return;

  name = g_strstrip (g_settings_get_string (self->settings, "user-name"));
  sl_store_set_actor (self->store, name[0] != '\0' ? name : NULL);
}

static void
on_user_name_changed (GSettings  *settings,
                      const char *key,
                      SlApp      *self)
{
  update_actor (self);
}

static void
open_store (SlApp *self)
{
  g_autofree char *path = NULL;

  if (self->store != NULL || self->open_error != NULL)
    return;

  path = self->db_path != NULL ? g_strdup (self->db_path) : sl_store_default_path ();
  self->store = sl_store_open (path, &self->open_error);
  if (self->store == NULL)
    return;

  update_actor (self);
}

/* Candidates deleted in the last session whose undo was never used. It
 * is a write, which waits while another process writes: it comes once
 * the window is up, when nothing else is to be done. */
static void
on_maintained (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(SlApp) self = user_data;
  g_autoptr(SlMaintenance) maintenance = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  maintenance = sl_maintain_finish (result, &error);
  if (maintenance == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not check the database: %s", error->message);
      return;
    }

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (SL_IS_WINDOW (window))
    sl_window_show_maintenance (SL_WINDOW (window), maintenance);
}

/* Deleted candidates whose time in the trash is over are removed, and the
 * database checked, backed up and kept to its retention period, once the
 * window is up, when nothing else is to be done. */
static gboolean
maintain_idle (gpointer user_data)
{
  SlApp *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *actor = NULL;
  SlMaintenanceOptions options = { 0, };

  if (self->store == NULL)
    return G_SOURCE_REMOVE;

  if (!sl_store_purge_trash (self->store, &error))
    g_warning ("Could not remove deleted candidates: %s", error->message);

  actor = g_settings_get_string (self->settings, "user-name");
  options.keep_backups = g_settings_get_uint (self->settings, "backups-kept");
  options.retention_days = g_settings_get_uint (self->settings, "retention-days");
  options.actor = actor[0] != '\0' ? actor : NULL;
  sl_maintain_async (sl_store_get_path (self->store), &options, self->cancellable,
                     on_maintained, g_object_ref (self));

  return G_SOURCE_REMOVE;
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  SlApp *self = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Closing lets each window remember its size. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);

  g_application_quit (G_APPLICATION (self));
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  SlApp *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  SlPreferencesWindow *preferences = sl_preferences_window_new (parent, self->settings, self->store);

  gtk_window_present (GTK_WINDOW (preferences));
}

/* The way from the damaged database's banner to its backups. */
static void
show_backups_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  SlApp *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  SlPreferencesWindow *preferences = sl_preferences_window_new (parent, self->settings, self->store);

  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (preferences), "data");
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  SlApp *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *developers[] = { _("The Shortlist developers"), NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "modal", TRUE,
                        "application-name", _("Shortlist"),
                        "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Shortlist developers"),
                        "developers", developers,
                        "comments", _("Roles, requirements, candidates and pipelines for hiring senior technical leaders, kept offline in one file"),
                        "website", "https://github.com/shortlist/shortlist",
                        "issue-url", "https://github.com/shortlist/shortlist/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "translator-credits", _("translator-credits"),
                        NULL);

  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "preferences", preferences_activated },
  { "show-backups", show_backups_activated },
  { "about", about_activated },
};

static void
sl_app_startup (GApplication *application)
{
  SlApp *self = SL_APP (application);
  static const struct
  {
    const char *action;
    const char *accels[2];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
  };

  G_APPLICATION_CLASS (sl_app_parent_class)->startup (application);

  self->settings = g_settings_new (APPLICATION_ID);
  g_signal_connect_object (self->settings, "changed::user-name",
                           G_CALLBACK (on_user_name_changed), self, 0);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action, accels[i].accels);
}

static void
sl_app_activate (GApplication *application)
{
  SlApp *self = SL_APP (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *bench;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  open_store (self);

  window = GTK_WINDOW (sl_window_new (self, self->store));
  if (self->store == NULL)
    sl_window_show_open_error (SL_WINDOW (window), self->open_error);

  /* A benchmark aid for bench/run-window: the window times its first
   * frame, or its scrolling, and then quits. */
  bench = g_getenv ("SHORTLIST_BENCH");
  if (bench != NULL && !sl_window_start_benchmark (SL_WINDOW (window), bench))
    g_warning ("SHORTLIST_BENCH=%s is not a benchmark; it is first-frame or scroll", bench);

  gtk_window_present (window);

  if (self->store != NULL)
    g_idle_add_full (G_PRIORITY_LOW, maintain_idle, g_object_ref (self), g_object_unref);
}

static int
sl_app_handle_local_options (GApplication *application,
                             GVariantDict *options)
{
  SlApp *self = SL_APP (application);
  const char *path = NULL;

  if (g_variant_dict_lookup (options, "db", "^&ay", &path))
    {
      g_free (self->db_path);
      self->db_path = g_strdup (path);
    }

  return -1;
}

static void
sl_app_shutdown (GApplication *application)
{
  SlApp *self = SL_APP (application);

  g_cancellable_cancel (self->cancellable);

  G_APPLICATION_CLASS (sl_app_parent_class)->shutdown (application);
}

static void
sl_app_dispose (GObject *object)
{
  SlApp *self = SL_APP (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sl_app_parent_class)->dispose (object);
}

static void
sl_app_finalize (GObject *object)
{
  SlApp *self = SL_APP (object);

  g_clear_pointer (&self->db_path, g_free);
  g_clear_error (&self->open_error);

  G_OBJECT_CLASS (sl_app_parent_class)->finalize (object);
}

static void
sl_app_class_init (SlAppClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = sl_app_dispose;
  object_class->finalize = sl_app_finalize;

  application_class->startup = sl_app_startup;
  application_class->activate = sl_app_activate;
  application_class->shutdown = sl_app_shutdown;
  application_class->handle_local_options = sl_app_handle_local_options;
}

static void
sl_app_init (SlApp *self)
{
  static const GOptionEntry options[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("The database to open instead of the default one"), N_("PATH") },
    { NULL }
  };

  g_autoptr(GString) commands = g_string_new (_("Commands, which run without a window:"));

  self->cancellable = g_cancellable_new ();

  /* The commands are words to type, not translated; what they do is
   * said as the command line says it. */
  g_string_append_printf (commands, "\n  %-27s%s", "sample [--candidates N]",
                          _("Make a sample database for a first look"));
  g_string_append_printf (commands, "\n  %-27s%s", "market list",
                          _("List the stored market data sets and their figures"));

  g_application_add_main_option_entries (G_APPLICATION (self), options);
  /* Translators: how to call shortlist, after its name and options */
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[COMMAND]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Without a command, opens the window."));
  g_application_set_option_context_description (G_APPLICATION (self), commands->str);
}

/**
 * sl_app_new:
 *
 * Set `SHORTLIST_NON_UNIQUE=1` to run beside another instance, as the
 * tests do.
 */
SlApp *
sl_app_new (void)
{
  GApplicationFlags flags = G_APPLICATION_DEFAULT_FLAGS;

  if (g_strcmp0 (g_getenv ("SHORTLIST_NON_UNIQUE"), "1") == 0)
    flags |= G_APPLICATION_NON_UNIQUE;

  return g_object_new (SL_TYPE_APP,
                       "application-id", APPLICATION_ID,
                       "flags", flags,
                       NULL);
}

/**
 * sl_app_get_store:
 *
 * Returns: (transfer none) (nullable): the open database, or %NULL when it
 *   could not be opened
 */
SlStore *
sl_app_get_store (SlApp *self)
{
  g_return_val_if_fail (SL_IS_APP (self), NULL);

  return self->store;
}

GSettings *
sl_app_get_settings (SlApp *self)
{
  g_return_val_if_fail (SL_IS_APP (self), NULL);

  return self->settings;
}
