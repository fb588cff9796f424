/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-chart-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-chart-view.h"
#include "sl-gui-util.h"

/* A compensation chart on screen: the renderer of src/charts draws it in
 * the theme's colours at the widget's size, so that what is exported is
 * what is seen. The pointer shows the exact value of the mark under it;
 * screen readers get a summary of the figures. */

struct _SlChartView
{
  GtkWidget parent_instance;

  SlPayChartKind kind;
  const SlPayChartData *data;   /* not owned; the page keeps it alive */
  char *title;
};

G_DEFINE_FINAL_TYPE (SlChartView, sl_chart_view, GTK_TYPE_WIDGET)

/**
 * sl_chart_view_fill_style:
 *
 * Fills @style from the widget's theme.
 */
void
sl_chart_view_fill_style (SlChartView  *self,
                          SlChartStyle *style)
{
  sl_gui_fill_chart_style (GTK_WIDGET (self), style);
}

static void
sl_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  SlChartView *self = SL_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  SlChartStyle style = { { 0 } };
  cairo_t *cr;

  if (self->data == NULL || width <= 0 || height <= 0)
    return;

  sl_chart_view_fill_style (self, &style);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  sl_pay_chart_draw (cr, self->kind, self->data, &style, width, height);
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
  SlChartView *self = SL_CHART_VIEW (widget);
  SlChartStyle style = { { 0 } };
  g_autofree char *text = NULL;

  if (self->data == NULL || keyboard)
    return FALSE;

  sl_chart_view_fill_style (self, &style);
  text = sl_pay_chart_hit (self->kind, self->data, &style,
                           gtk_widget_get_width (widget), gtk_widget_get_height (widget), x, y);
  sl_chart_style_clear (&style);

  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
update_accessible (SlChartView *self)
{
  g_autofree char *description = NULL;

  if (self->data != NULL)
    description = sl_pay_chart_describe (self->kind, self->data);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->title != NULL ? self->title : "",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description != NULL ? description : "",
                                  -1);
}

static void
on_style_changed (SlChartView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
sl_chart_view_finalize (GObject *object)
{
  SlChartView *self = SL_CHART_VIEW (object);

  g_free (self->title);

  G_OBJECT_CLASS (sl_chart_view_parent_class)->finalize (object);
}

static void
sl_chart_view_class_init (SlChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sl_chart_view_finalize;
  widget_class->snapshot = sl_chart_view_snapshot;

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sl_chart_view_init (SlChartView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);

  /* Dark style and high contrast change the colours the chart is drawn in. */
  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (on_style_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (on_style_changed), self,
                           G_CONNECT_SWAPPED);
}

typedef struct
{
  SlPayChartKind kind;
  const SlPayChartData *data;
} ExportedChart;

static void
draw_exported (cairo_t            *cr,
               gconstpointer       data,
               const SlChartStyle *style,
               double              width,
               double              height)
{
  const ExportedChart *chart = data;

  sl_pay_chart_draw (cr, chart->kind, chart->data, style, width, height);
}

/**
 * sl_chart_view_export_to:
 * @path: a file name ending in .png, .svg or .pdf
 * @width: the width, or 0 for the chart's on screen
 *
 * Draws the chart into a file, in the light style whatever the window's:
 * files are for printing and sharing, and read the same everywhere.
 */
gboolean
sl_chart_view_export_to (SlChartView  *self,
                         const char   *path,
                         int           width,
                         int           height,
                         GError      **error)
{
  SlChartStyle style = { { 0 } };
  ExportedChart chart = { self->kind, self->data };
  gboolean exported;

  g_return_val_if_fail (SL_IS_CHART_VIEW (self), FALSE);
  g_return_val_if_fail (self->data != NULL, FALSE);

  if (width <= 0 || height <= 0)
    {
      width = gtk_widget_get_width (GTK_WIDGET (self));
      height = gtk_widget_get_height (GTK_WIDGET (self));
    }
  /* A chart not shown yet has no size of its own. */
  if (width < 100 || height < 100)
    {
      width = 1200;
      height = 700;
    }

  sl_chart_style_init_default (&style, FALSE);
  exported = sl_chart_export (path, draw_exported, &chart, &style, width, height, error);
  sl_chart_style_clear (&style);

  return exported;
}

static gboolean
export_shown (GtkWidget   *widget,
              const char  *path,
              int          width,
              int          height,
              GError     **error)
{
  SlChartView *self = SL_CHART_VIEW (widget);

  /* The figures may have gone while the file was chosen. */
  if (self->data == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("There is no chart to export"));
      return FALSE;
    }

  return sl_chart_view_export_to (self, path, width, height, error);
}

/**
 * sl_chart_view_export:
 * @format: "png", "svg" or "pdf"
 *
 * Asks where to export the chart and at which size, then does it.
 */
void
sl_chart_view_export (SlChartView *self,
                      const char  *format)
{
  g_return_if_fail (SL_IS_CHART_VIEW (self));
  g_return_if_fail (format != NULL);

  sl_gui_export_chart (GTK_WIDGET (self), format, self->title, export_shown);
}

GtkWidget *
sl_chart_view_new (void)
{
  return g_object_new (SL_TYPE_CHART_VIEW, NULL);
}

/**
 * sl_chart_view_set_chart:
 * @title: what the chart shows, for its accessible label
 * @data: (nullable): the figures; the caller keeps them alive until the
 *   next call or until the view is gone
 */
void
sl_chart_view_set_chart (SlChartView          *self,
                         SlPayChartKind        kind,
                         const char           *title,
                         const SlPayChartData *data)
{
  g_return_if_fail (SL_IS_CHART_VIEW (self));

  self->kind = kind;
  self->data = data;
  g_free (self->title);
  self->title = g_strdup (title);

  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

SlPayChartKind
sl_chart_view_get_kind (SlChartView *self)
{
  g_return_val_if_fail (SL_IS_CHART_VIEW (self), SL_PAY_CHART_SALARY);

  return self->kind;
}
