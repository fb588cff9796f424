/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-data-page.h"
#include "sl-gui-util.h"
#include "sl-market-refresh.h"
#include "sl-preferences-window.h"

/* Preferences: the user's own, stored in GSettings as they are typed, and
 * the database's market data: its feeds, refreshed in the background with
 * progress and a Cancel, and its data sets. */

struct _SlPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  GSettings *settings;
  SlStore *store;
  SlMarketFetcher *fetcher;
  GCancellable *refreshing;
  GPtrArray *feed_rows;      /* rows added to feeds_group */
  GPtrArray *dataset_rows;   /* rows added to datasets_group */

  AdwEntryRow *user_name_row;
  AdwPreferencesPage *market_page;
  AdwPreferencesGroup *feeds_group;
  AdwPreferencesGroup *datasets_group;
  AdwEntryRow *add_feed_row;
  AdwActionRow *progress_row;
  GtkProgressBar *progress_bar;
};

G_DEFINE_FINAL_TYPE (SlPreferencesWindow, sl_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_error (SlPreferencesWindow *self,
            const char          *message)
{
  /* A toast's title is markup in libadwaita 1.2. */
  g_autofree char *title = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
}

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static GtkWidget *
remove_button_new (const char *action,
                   GVariant   *target,
                   const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);

  return button;
}

/* A feed's last result, in words: when, and what happened. */
static char *
describe_feed (const SlMarketFeed *feed)
{
  g_autofree char *date = NULL;

  if (feed->checked <= 0)
    return g_strdup (_("Not fetched yet"));

  date = sl_gui_format_date (feed->checked);
  if (feed->ok)
    /* Translators: when a feed was fetched, then what it gave */
    return g_strdup_printf (_("Worked on %s · %s"), date, feed->message != NULL ? feed->message : "");

  /* Translators: when a feed was fetched, then what went wrong */
  return g_strdup_printf (_("Failed on %s: %s"), date, feed->message != NULL ? feed->message : "");
}

static void
reload_feeds (SlPreferencesWindow *self)
{
  g_autoptr(GPtrArray) feeds = NULL;
  g_autoptr(GError) error = NULL;

  clear_rows (self->feeds_group, self->feed_rows);

  feeds = sl_store_list_market_feeds (self->store, &error);
  if (feeds == NULL)
    {
      show_error (self, error->message);
      return;
    }

  for (guint i = 0; i < feeds->len; i++)
    {
      const SlMarketFeed *feed = g_ptr_array_index (feeds, i);
      g_autofree char *subtitle = describe_feed (feed);
      g_autofree char *remove_label = g_strdup_printf (_("Remove the feed %s"), feed->url);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name (feed->checked <= 0 ? "content-loading-symbolic"
                                                      : feed->ok ? "emblem-ok-symbolic"
                                                      : "dialog-warning-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), feed->url);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      if (feed->checked > 0 && !feed->ok)
        gtk_widget_add_css_class (icon, "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      feed->checked <= 0 ? _("Not fetched yet")
                                      : feed->ok ? _("Worked") : _("Failed"),
                                      -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 remove_button_new ("prefs.remove-feed", g_variant_new_string (feed->url),
                                                    remove_label));

      adw_preferences_group_add (self->feeds_group, row);
      g_ptr_array_add (self->feed_rows, row);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.refresh-market",
                                 feeds->len > 0 && self->refreshing == NULL);
}

static char *
describe_dataset (const SlMarketDataset *dataset,
                  gint64                 now)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  /* Translators: the day a market data set's figures are for */
  g_ptr_array_add (parts, g_strdup_printf (_("As of %s"), dataset->as_of));
  if (dataset->builtin)
    g_ptr_array_add (parts, g_strdup (_("built in")));
  else if (dataset->feed_url != NULL && dataset->fetched > 0)
    {
      g_autofree char *date = sl_gui_format_date (dataset->fetched);
      g_ptr_array_add (parts, g_strdup_printf (_("fetched %s"), date));
    }
  else
    {
      g_autofree char *date = sl_gui_format_date (dataset->imported);
      g_ptr_array_add (parts, g_strdup_printf (_("imported %s"), date));
    }
  g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry", "%u entries",
                                                        dataset->n_entries),
                                           dataset->n_entries));
  if (dataset->total_sample_size > 0)
    {
      g_autofree char *size = g_strdup_printf ("%'" G_GINT64_FORMAT, dataset->total_sample_size);

      /* Translators: how many salaries a market data set was drawn from */
      g_ptr_array_add (parts, g_strdup_printf (_("%s in the samples"), size));
    }
  if (sl_market_dataset_is_stale (dataset, now))
    g_ptr_array_add (parts, g_strdup (_("stale: not confirmed current for over a week")));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static void
reload_datasets (SlPreferencesWindow *self)
{
  g_autoptr(GPtrArray) datasets = NULL;
  g_autoptr(GError) error = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  clear_rows (self->datasets_group, self->dataset_rows);

  datasets = sl_store_list_market_datasets (self->store, &error);
  if (datasets == NULL)
    {
      show_error (self, error->message);
      return;
    }

  for (guint i = 0; i < datasets->len; i++)
    {
      const SlMarketDataset *dataset = g_ptr_array_index (datasets, i);
      g_autofree char *subtitle = describe_dataset (dataset, now);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), dataset->source);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

      /* The built-in set is always there to fall back on. */
      if (!dataset->builtin)
        {
          g_autofree char *label = g_strdup_printf (_("Delete the data set %s"), dataset->source);

          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     remove_button_new ("prefs.delete-dataset",
                                                        g_variant_new_int64 (dataset->id), label));
        }

      adw_preferences_group_add (self->datasets_group, row);
      g_ptr_array_add (self->dataset_rows, row);
    }
}

static void
on_store_changed (SlPreferencesWindow *self,
                  const char          *what,
                  gint64               id,
                  SlStore             *store)
{
  if (g_strcmp0 (what, "market") == 0 || g_strcmp0 (what, "outside") == 0)
    {
      reload_feeds (self);
      reload_datasets (self);
    }
}

static void
on_add_feed (SlPreferencesWindow *self,
             AdwEntryRow         *row)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *url = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (!sl_store_add_market_feed (self->store, url, &error))
    {
      show_error (self, error->message);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (row), "");
  reload_feeds (self);
}

static void
remove_feed_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SlPreferencesWindow *self = SL_PREFERENCES_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!sl_store_remove_market_feed (self->store, g_variant_get_string (parameter, NULL), &error))
    show_error (self, error->message);
  reload_feeds (self);
}

static void
delete_dataset_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SlPreferencesWindow *self = SL_PREFERENCES_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!sl_store_delete_market_dataset (self->store, g_variant_get_int64 (parameter), &error))
    show_error (self, error->message);
}

static void
set_refreshing (SlPreferencesWindow *self,
                GCancellable        *cancellable)
{
  g_set_object (&self->refreshing, cancellable);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_row), cancellable != NULL);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.cancel-refresh", cancellable != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.refresh-market", cancellable == NULL);
}

static void
on_refresh_progress (guint       n_done,
                     guint       n_feeds,
                     const char *url,
                     gpointer    user_data)
{
  SlPreferencesWindow *self = user_data;

  /* The window may have closed while the last fetch was finishing. */
  if (self->progress_bar == NULL)
    return;

  gtk_progress_bar_set_fraction (self->progress_bar, n_feeds > 0 ? (double) n_done / n_feeds : 1);
}

static void
on_refreshed (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(SlPreferencesWindow) self = user_data;
  g_autoptr(SlMarketRefresh) refresh = NULL;
  g_autoptr(GError) error = NULL;

  refresh = sl_market_refresh_finish (SL_STORE (object), result, &error);

  /* Closed meanwhile: what was fetched is stored; nothing to show. */
  if (self->progress_row == NULL)
    return;

  set_refreshing (self, NULL);

  if (refresh == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error->message);
    }
  else
    {
      /* Each failure in its own words; the rows say it too. */
      for (guint i = 0; i < refresh->errors->len; i++)
        show_error (self, g_ptr_array_index (refresh->errors, i));
    }

  reload_feeds (self);
  reload_datasets (self);
}

static void
refresh_market_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SlPreferencesWindow *self = SL_PREFERENCES_WINDOW (widget);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  if (self->fetcher == NULL)
    self->fetcher = sl_market_fetcher_new ();

  set_refreshing (self, cancellable);
  sl_market_refresh_async (self->store, self->fetcher, on_refresh_progress, self, cancellable,
                           on_refreshed, g_object_ref (self));
}

static void
cancel_refresh_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SlPreferencesWindow *self = SL_PREFERENCES_WINDOW (widget);

  if (self->refreshing != NULL)
    g_cancellable_cancel (self->refreshing);
}

static void
on_market_file_loaded (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(SlPreferencesWindow) self = user_data;
  g_autoptr(SlMarketDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_basename (G_FILE (object));
  gsize length;

  if (!g_file_load_contents_finish (G_FILE (object), result, &contents, &length, NULL, &error) ||
      (document = sl_market_document_parse (contents, length, &error)) == NULL ||
      sl_store_import_market (self->store, document, FALSE, &error) == 0)
    {
      /* Which file, then what is wrong with it; nothing was stored. */
      g_prefix_error (&error, "%s: ", name);
      show_error (self, error->message);
    }
}

static void
on_market_file_chosen (GtkWidget *owner,
                       GFile     *file)
{
  g_file_load_contents_async (file, NULL, on_market_file_loaded, g_object_ref (owner));
}

static void
import_market_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  sl_gui_choose_file (widget, _("Import Market Data"), _("Market data (shortlist-market/1)"), "json",
                      on_market_file_chosen);
}

static void
sl_preferences_window_constructed (GObject *object)
{
  SlPreferencesWindow *self = SL_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (sl_preferences_window_parent_class)->constructed (object);

  if (self->settings == NULL)
    self->settings = g_settings_new (APPLICATION_ID);

  g_settings_bind (self->settings, "user-name", self->user_name_row, "text", G_SETTINGS_BIND_DEFAULT);

  /* Market data belongs to a database; without one there is none. */
  gtk_widget_set_visible (GTK_WIDGET (self->market_page), self->store != NULL);
  if (self->store != NULL)
    {
      g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
      reload_feeds (self);
      reload_datasets (self);
    }
  set_refreshing (self, NULL);

  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                              ADW_PREFERENCES_PAGE (sl_data_page_new (self->settings, self->store)));
}

static void
sl_preferences_window_dispose (GObject *object)
{
  SlPreferencesWindow *self = SL_PREFERENCES_WINDOW (object);

  /* Closing the window stops the refresh; what was fetched stays. */
  if (self->refreshing != NULL)
    g_cancellable_cancel (self->refreshing);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), SL_TYPE_PREFERENCES_WINDOW);
  g_clear_pointer (&self->feed_rows, g_ptr_array_unref);
  g_clear_pointer (&self->dataset_rows, g_ptr_array_unref);
  g_clear_object (&self->refreshing);
  g_clear_object (&self->fetcher);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sl_preferences_window_parent_class)->dispose (object);
}

static void
sl_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  SlPreferencesWindow *self = SL_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  SlPreferencesWindow *self = SL_PREFERENCES_WINDOW (object);

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
sl_preferences_window_class_init (SlPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sl_preferences_window_constructed;
  object_class->dispose = sl_preferences_window_dispose;
  object_class->get_property = sl_preferences_window_get_property;
  object_class->set_property = sl_preferences_window_set_property;

  /**
   * SlPreferencesWindow:settings: (nullable)
   *
   * The application's settings; %NULL reads the default ones.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * SlPreferencesWindow:store: (nullable)
   *
   * The database whose market data feeds and data sets are shown.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SL_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/sl-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SlPreferencesWindow, user_name_row);
  gtk_widget_class_bind_template_child (widget_class, SlPreferencesWindow, market_page);
  gtk_widget_class_bind_template_child (widget_class, SlPreferencesWindow, feeds_group);
  gtk_widget_class_bind_template_child (widget_class, SlPreferencesWindow, datasets_group);
  gtk_widget_class_bind_template_child (widget_class, SlPreferencesWindow, add_feed_row);
  gtk_widget_class_bind_template_child (widget_class, SlPreferencesWindow, progress_row);
  gtk_widget_class_bind_template_child (widget_class, SlPreferencesWindow, progress_bar);
  gtk_widget_class_bind_template_callback (widget_class, on_add_feed);

  gtk_widget_class_install_action (widget_class, "prefs.refresh-market", NULL, refresh_market_action);
  gtk_widget_class_install_action (widget_class, "prefs.cancel-refresh", NULL, cancel_refresh_action);
  gtk_widget_class_install_action (widget_class, "prefs.remove-feed", "s", remove_feed_action);
  gtk_widget_class_install_action (widget_class, "prefs.delete-dataset", "x", delete_dataset_action);
  gtk_widget_class_install_action (widget_class, "prefs.import-market", NULL, import_market_action);
}

static void
sl_preferences_window_init (SlPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->feed_rows = g_ptr_array_new ();
  self->dataset_rows = g_ptr_array_new ();
}

/**
 * sl_preferences_window_new:
 * @parent: (nullable): the window the preferences belong to
 * @settings: (nullable): the application's settings
 * @store: (nullable): the database, for its market data
 */
SlPreferencesWindow *
sl_preferences_window_new (GtkWindow *parent,
                           GSettings *settings,
                           SlStore   *store)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (store == NULL || SL_IS_STORE (store), NULL);

  return g_object_new (SL_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "settings", settings,
                       "store", store,
                       NULL);
}
