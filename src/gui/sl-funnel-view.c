/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-funnel-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-funnel-chart.h"
#include "sl-funnel-view.h"
#include "sl-gui-util.h"

/* A role's pipeline as a funnel, drawn by the same renderer as the
 * exported one in the theme's colours, with the same figures as a table.
 * It follows the store: a change reloads it while it is shown, and once
 * it is shown again otherwise. The figures are read off the main thread,
 * and the funnel on screen stays until the new one is there. */

struct _SlFunnelView
{
  GtkBox parent_instance;

  SlStore *store;
  gint64 role_id;
  SlFunnelData *data;
  GCancellable *cancellable;   /* of the load under way */
  guint reload_source;
  gboolean stale;              /* the store or the role changed while hidden */
  gboolean loading;

  GtkToggleButton *table_button;
  GtkStack *stack;
  GtkDrawingArea *chart_area;
  GtkGrid *table_grid;
};

G_DEFINE_FINAL_TYPE (SlFunnelView, sl_funnel_view, GTK_TYPE_BOX)

enum
{
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
draw_chart (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  SlFunnelView *self = user_data;
  SlChartStyle style = { { 0 } };

  if (self->data == NULL)
    return;

  sl_gui_fill_chart_style (GTK_WIDGET (area), &style);
  sl_funnel_chart_draw (cr, self->data, &style, width, height);
  sl_chart_style_clear (&style);
}

static gboolean
on_query_tooltip (GtkWidget    *area,
                  int           x,
                  int           y,
                  gboolean      keyboard,
                  GtkTooltip   *tooltip,
                  SlFunnelView *self)
{
  SlChartStyle style = { { 0 } };
  g_autofree char *text = NULL;

  if (self->data == NULL || keyboard)
    return FALSE;

  sl_gui_fill_chart_style (area, &style);
  text = sl_funnel_chart_hit (self->data, &style, gtk_widget_get_width (area),
                              gtk_widget_get_height (area), x, y);
  sl_chart_style_clear (&style);

  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
on_table_toggled (SlFunnelView    *self,
                  GtkToggleButton *button)
{
  gtk_stack_set_visible_child_name (self->stack, gtk_toggle_button_get_active (button) ? "table" : "chart");
}

static void
set_loading (SlFunnelView *self,
             gboolean      loading)
{
  if (self->loading == loading)
    return;

  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* Shows @data, which the view takes, or nothing. */
static void
set_data (SlFunnelView *self,
          SlFunnelData *data)
{
  g_autoptr(GPtrArray) table = NULL;
  g_autofree char *description = NULL;

  g_clear_pointer (&self->data, sl_funnel_data_free);
  self->data = data;

  if (data != NULL)
    {
      description = sl_funnel_chart_describe (data);
      table = sl_funnel_chart_table (data);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart_area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  data != NULL && data->title != NULL ? data->title : _("Pipeline"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description != NULL ? description : "",
                                  -1);
  sl_gui_fill_table (self->table_grid, table);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "funnel.export", data != NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self->chart_area));
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(SlFunnelView) self = user_data;
  g_autoptr(GError) error = NULL;
  SlFunnelData *data = sl_store_load_funnel_finish (SL_STORE (source), result, &error);

  /* A newer load took over, or the view went. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);
  set_loading (self, FALSE);

  if (data == NULL)
    {
      /* A role deleted meanwhile has no funnel; anything else is said. */
      set_data (self, NULL);
      if (!g_error_matches (error, SL_ERROR, SL_ERROR_NOT_FOUND))
        sl_gui_show_error (GTK_WIDGET (self), error);
      return;
    }

  set_data (self, data);
}

static void
reload (SlFunnelView *self)
{
  g_clear_handle_id (&self->reload_source, g_source_remove);
  self->stale = FALSE;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (self->store == NULL || self->role_id == 0)
    {
      set_data (self, NULL);
      set_loading (self, FALSE);
      return;
    }

  self->cancellable = g_cancellable_new ();
  set_loading (self, TRUE);
  sl_store_load_funnel_async (self->store, self->role_id, 0, self->cancellable, on_loaded,
                              g_object_ref (self));
}

static gboolean
reload_idle (gpointer user_data)
{
  SlFunnelView *self = user_data;

  self->reload_source = 0;
  reload (self);

  return G_SOURCE_REMOVE;
}

/* Now when shown, else once shown. */
static void
queue_reload (SlFunnelView *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->stale = TRUE;
  else if (self->reload_source == 0)
    self->reload_source = g_idle_add (reload_idle, self);
}

static void
on_store_changed (SlFunnelView *self,
                  const char   *what,
                  gint64        id,
                  SlStore      *store)
{
  /* Moves, new and trashed candidates, and the role's stages and title. */
  if (g_strcmp0 (what, "application") != 0 && g_strcmp0 (what, "candidate") != 0 &&
      g_strcmp0 (what, "role") != 0 && g_strcmp0 (what, "outside") != 0)
    return;
  if (g_strcmp0 (what, "role") == 0 && id != 0 && id != self->role_id)
    return;

  queue_reload (self);
}

static void
sl_funnel_view_map (GtkWidget *widget)
{
  SlFunnelView *self = SL_FUNNEL_VIEW (widget);

  GTK_WIDGET_CLASS (sl_funnel_view_parent_class)->map (widget);

  if (self->stale)
    reload (self);
}

static gboolean
export_shown (GtkWidget   *widget,
              const char  *path,
              int          width,
              int          height,
              GError     **error)
{
  return sl_funnel_view_export_to (SL_FUNNEL_VIEW (widget), path, width, height, error);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SlFunnelView *self = SL_FUNNEL_VIEW (widget);

  sl_gui_export_chart (widget, g_variant_get_string (parameter, NULL),
                       self->data != NULL ? self->data->title : NULL, export_shown);
}

static void
on_style_changed (SlFunnelView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self->chart_area));
}

static void
sl_funnel_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SlFunnelView *self = SL_FUNNEL_VIEW (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_funnel_view_dispose (GObject *object)
{
  SlFunnelView *self = SL_FUNNEL_VIEW (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), SL_TYPE_FUNNEL_VIEW);

  G_OBJECT_CLASS (sl_funnel_view_parent_class)->dispose (object);
}

static void
sl_funnel_view_finalize (GObject *object)
{
  SlFunnelView *self = SL_FUNNEL_VIEW (object);

  g_clear_pointer (&self->data, sl_funnel_data_free);

  G_OBJECT_CLASS (sl_funnel_view_parent_class)->finalize (object);
}

static void
sl_funnel_view_class_init (SlFunnelViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sl_funnel_view_get_property;
  object_class->dispose = sl_funnel_view_dispose;
  object_class->finalize = sl_funnel_view_finalize;
  widget_class->map = sl_funnel_view_map;

  /**
   * SlFunnelView:loading:
   *
   * Whether the figures are being read; the funnel shown until they are
   * there is the one before.
   */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/sl-funnel-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SlFunnelView, table_button);
  gtk_widget_class_bind_template_child (widget_class, SlFunnelView, stack);
  gtk_widget_class_bind_template_child (widget_class, SlFunnelView, chart_area);
  gtk_widget_class_bind_template_child (widget_class, SlFunnelView, table_grid);
  gtk_widget_class_bind_template_callback (widget_class, on_table_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_query_tooltip);

  gtk_widget_class_install_action (widget_class, "funnel.export", "s", export_action);
}

static void
sl_funnel_view_init (SlFunnelView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_drawing_area_set_draw_func (self->chart_area, draw_chart, self, NULL);
  set_data (self, NULL);

  /* Dark style and high contrast change the colours the chart is drawn in. */
  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (on_style_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (on_style_changed), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
sl_funnel_view_new (void)
{
  return g_object_new (SL_TYPE_FUNNEL_VIEW, NULL);
}

/**
 * sl_funnel_view_set_store:
 * @store: (nullable): the database to follow
 */
void
sl_funnel_view_set_store (SlFunnelView *self,
                          SlStore      *store)
{
  g_return_if_fail (SL_IS_FUNNEL_VIEW (self));
  g_return_if_fail (store == NULL || SL_IS_STORE (store));

  if (self->store == store)
    return;

  sl_gui_follow_store (self, &self->store, store, G_CALLBACK (on_store_changed));
  queue_reload (self);
}

/**
 * sl_funnel_view_set_role:
 * @role_id: the role whose pipeline to show, or 0 for none
 */
void
sl_funnel_view_set_role (SlFunnelView *self,
                         gint64        role_id)
{
  g_return_if_fail (SL_IS_FUNNEL_VIEW (self));

  if (self->role_id == role_id)
    return;

  self->role_id = role_id;
  queue_reload (self);
}

gint64
sl_funnel_view_get_role (SlFunnelView *self)
{
  g_return_val_if_fail (SL_IS_FUNNEL_VIEW (self), 0);

  return self->role_id;
}

gboolean
sl_funnel_view_get_loading (SlFunnelView *self)
{
  g_return_val_if_fail (SL_IS_FUNNEL_VIEW (self), FALSE);

  return self->loading;
}

/**
 * sl_funnel_view_get_data:
 *
 * Returns: (nullable) (transfer none): the figures shown, until the next
 *   load replaces them
 */
const SlFunnelData *
sl_funnel_view_get_data (SlFunnelView *self)
{
  g_return_val_if_fail (SL_IS_FUNNEL_VIEW (self), NULL);

  return self->data;
}

static void
draw_exported (cairo_t            *cr,
               gconstpointer       data,
               const SlChartStyle *style,
               double              width,
               double              height)
{
  sl_funnel_chart_draw (cr, data, style, width, height);
}

/**
 * sl_funnel_view_export_to:
 * @path: a file name ending in .png, .svg or .pdf
 * @width: the width, or 0 for the chart's on screen
 *
 * Draws the funnel shown into a file, in the light style whatever the
 * window's: files are for printing and sharing, and read the same
 * everywhere.
 */
gboolean
sl_funnel_view_export_to (SlFunnelView  *self,
                          const char    *path,
                          int            width,
                          int            height,
                          GError       **error)
{
  SlChartStyle style = { { 0 } };
  gboolean exported;

  g_return_val_if_fail (SL_IS_FUNNEL_VIEW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The figures may have gone while the file was chosen. */
  if (self->data == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("There is no chart to export"));
      return FALSE;
    }

  if (width <= 0 || height <= 0)
    {
      width = gtk_widget_get_width (GTK_WIDGET (self->chart_area));
      height = gtk_widget_get_height (GTK_WIDGET (self->chart_area));
    }
  /* A chart not shown yet has no size of its own. */
  if (width < 100 || height < 100)
    {
      width = 1200;
      height = 700;
    }

  sl_chart_style_init_default (&style, FALSE);
  exported = sl_chart_export (path, draw_exported, self->data, &style, width, height, error);
  sl_chart_style_clear (&style);

  return exported;
}
