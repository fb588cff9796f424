/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-chart-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-chart-view.h"

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

static void
color_from_rgba (SlChartColor  *color,
                 const GdkRGBA *rgba)
{
  color->red = rgba->red;
  color->green = rgba->green;
  color->blue = rgba->blue;
  color->alpha = rgba->alpha;
}

/**
 * sl_chart_view_fill_style:
 *
 * Fills @style from the widget's theme: its foreground colour, the accent
 * colour, the window's background, high contrast and the font.
 */
void
sl_chart_view_fill_style (SlChartView  *self,
                          SlChartStyle *style)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  PangoContext *pango = gtk_widget_get_pango_context (GTK_WIDGET (self));
  PangoFontDescription *font = pango_context_get_font_description (pango);
  GdkRGBA rgba;

  sl_chart_style_init_default (style, adw_style_manager_get_dark (manager));

  gtk_style_context_get_color (context, &rgba);
  color_from_rgba (&style->foreground, &rgba);
  if (gtk_style_context_lookup_color (context, "accent_color", &rgba))
    color_from_rgba (&style->accent, &rgba);
  if (gtk_style_context_lookup_color (context, "view_bg_color", &rgba))
    color_from_rgba (&style->background, &rgba);

  style->high_contrast = adw_style_manager_get_high_contrast (manager);

  /* The interface's typeface, at the renderer's size: a chart holds more
   * words in less room than a form does. */
  if (font != NULL && pango_font_description_get_family (font) != NULL)
    {
      g_free (style->font_family);
      style->font_family = g_strdup (pango_font_description_get_family (font));
    }
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
