/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-heatmap-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-gui-util.h"
#include "sl-heatmap-view.h"

/* The committee's heat map on screen, drawn by the same renderer as the
 * exported one in the theme's colours; the pointer reads a cell out, and
 * screen readers get a summary of the whole. */

struct _SlHeatmapView
{
  GtkWidget parent_instance;

  const SlHeatmapData *data;   /* not owned */
};

G_DEFINE_FINAL_TYPE (SlHeatmapView, sl_heatmap_view, GTK_TYPE_WIDGET)

static void
sl_heatmap_view_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  SlHeatmapView *self = SL_HEATMAP_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  SlChartStyle style = { { 0 } };
  cairo_t *cr;

  if (self->data == NULL || width <= 0 || height <= 0)
    return;

  sl_gui_fill_chart_style (GTK_WIDGET (self), &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  sl_heatmap_draw (cr, self->data, &style, width, height);
  cairo_destroy (cr);
  sl_chart_style_clear (&style);
}

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  SlHeatmapView *self = SL_HEATMAP_VIEW (widget);
  SlChartStyle style = { { 0 } };
  g_autofree char *text = NULL;

  if (self->data == NULL || keyboard)
    return FALSE;

  sl_gui_fill_chart_style (GTK_WIDGET (self), &style);
  text = sl_heatmap_hit (self->data, &style, gtk_widget_get_width (widget), gtk_widget_get_height (widget), x, y);
  sl_chart_style_clear (&style);

  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
sl_heatmap_view_class_init (SlHeatmapViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = sl_heatmap_view_snapshot;

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sl_heatmap_view_init (SlHeatmapView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (gtk_widget_queue_draw), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
sl_heatmap_view_new (void)
{
  return g_object_new (SL_TYPE_HEATMAP_VIEW, NULL);
}

/**
 * sl_heatmap_view_set_data:
 * @data: (nullable): the heat map's figures; the caller keeps them alive
 *   until the next call or until the view is gone
 */
void
sl_heatmap_view_set_data (SlHeatmapView       *self,
                          const SlHeatmapData *data)
{
  g_autofree char *description = NULL;

  g_return_if_fail (SL_IS_HEATMAP_VIEW (self));

  self->data = data;
  if (data != NULL)
    description = sl_heatmap_describe (data);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  data != NULL && data->title != NULL ? data->title : _("Committee ratings"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description != NULL ? description : "",
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
