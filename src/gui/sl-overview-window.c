/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-overview-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-chart-view.h"
#include "sl-gui-util.h"
#include "sl-overview-window.h"
#include "sl-pay-chart-source.h"

/* Every role's pay band against its market, on one axis: where the
 * company pays for its leaders, next to what the market pays. It follows
 * the store as bands and roles change. */

struct _SlOverviewWindow
{
  AdwWindow parent_instance;

  SlStore *store;
  SlPayChartSource *source;
  guint reload_source;

  GtkToggleButton *table_button;
  GtkStack *stack;
  SlChartView *chart_view;
  GtkGrid *table_grid;
};

G_DEFINE_FINAL_TYPE (SlOverviewWindow, sl_overview_window, ADW_TYPE_WINDOW)

static void
reload (SlOverviewWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) table = NULL;

  g_clear_handle_id (&self->reload_source, g_source_remove);

  /* The view lets go of the figures before they go. */
  sl_chart_view_set_chart (self->chart_view, SL_PAY_CHART_OVERVIEW, NULL, NULL);
  g_clear_pointer (&self->source, sl_pay_chart_source_free);

  self->source = sl_pay_chart_source_load_overview (self->store, 0, &error);
  if (self->source == NULL)
    {
      sl_gui_show_error (GTK_WIDGET (self->chart_view), error);
      return;
    }

  sl_chart_view_set_chart (self->chart_view, SL_PAY_CHART_OVERVIEW,
                           _("Pay bands of every role against the market"), &self->source->data);
  table = sl_pay_chart_table (SL_PAY_CHART_OVERVIEW, &self->source->data);
  sl_gui_fill_table (self->table_grid, table);
}

static gboolean
reload_idle (gpointer user_data)
{
  SlOverviewWindow *self = user_data;

  self->reload_source = 0;
  reload (self);

  return G_SOURCE_REMOVE;
}

static void
on_store_changed (SlOverviewWindow *self,
                  const char       *what,
                  gint64            id,
                  SlStore          *store)
{
  if (g_strcmp0 (what, "role") != 0 && g_strcmp0 (what, "compensation") != 0 &&
      g_strcmp0 (what, "market") != 0 && g_strcmp0 (what, "outside") != 0)
    return;

  if (self->reload_source == 0)
    self->reload_source = g_idle_add (reload_idle, self);
}

static void
on_table_toggled (SlOverviewWindow *self,
                  GtkToggleButton  *button)
{
  gtk_stack_set_visible_child_name (self->stack, gtk_toggle_button_get_active (button) ? "table" : "chart");
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SlOverviewWindow *self = SL_OVERVIEW_WINDOW (widget);

  sl_chart_view_export (self->chart_view, g_variant_get_string (parameter, NULL));
}

static void
sl_overview_window_dispose (GObject *object)
{
  SlOverviewWindow *self = SL_OVERVIEW_WINDOW (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), SL_TYPE_OVERVIEW_WINDOW);

  g_clear_pointer (&self->source, sl_pay_chart_source_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sl_overview_window_parent_class)->dispose (object);
}

static void
sl_overview_window_class_init (SlOverviewWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sl_overview_window_dispose;

  g_type_ensure (SL_TYPE_CHART_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/shortlist/Shortlist/sl-overview-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SlOverviewWindow, table_button);
  gtk_widget_class_bind_template_child (widget_class, SlOverviewWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SlOverviewWindow, chart_view);
  gtk_widget_class_bind_template_child (widget_class, SlOverviewWindow, table_grid);
  gtk_widget_class_bind_template_callback (widget_class, on_table_toggled);

  gtk_widget_class_install_action (widget_class, "overview.export", "s", export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sl_overview_window_init (SlOverviewWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

SlOverviewWindow *
sl_overview_window_new (GtkWindow *parent,
                        SlStore   *store)
{
  SlOverviewWindow *self;

  g_return_val_if_fail (SL_IS_STORE (store), NULL);

  self = g_object_new (SL_TYPE_OVERVIEW_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  reload (self);

  return self;
}
