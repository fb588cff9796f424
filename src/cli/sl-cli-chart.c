/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-cli-private.h"
#include "sl-funnel-chart.h"
#include "sl-heatmap-source.h"
#include "sl-pay-chart-source.h"

/* shortlist chart: a role's chart into a PNG, SVG or PDF file, drawn by the
 * same renderer as the window's, without a display. */

static const struct
{
  const char *name;
  SlPayChartKind kind;
} kinds[] = {
  { "salary", SL_PAY_CHART_SALARY },
  { "total-comp", SL_PAY_CHART_TOTAL_COMP },
  { "band-fit", SL_PAY_CHART_BAND_FIT },
  { "overview", SL_PAY_CHART_OVERVIEW },
};

typedef struct
{
  SlPayChartKind kind;
  const SlPayChartData *data;
} Chart;

static void
draw_chart (cairo_t            *cr,
            gconstpointer       data,
            const SlChartStyle *style,
            double              width,
            double              height)
{
  const Chart *chart = data;

  sl_pay_chart_draw (cr, chart->kind, chart->data, style, width, height);
}

/* Draws a chart into @path, in the light style, and says so. */
static int
export_chart (const char      *kind_name,
              const char      *title,
              const char      *path,
              SlChartDrawFunc  draw,
              gconstpointer    data,
              int              width,
              int              height)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  SlChartStyle style = { { 0 } };
  gboolean drawn;

  sl_chart_style_init_default (&style, FALSE);
  drawn = sl_chart_export (path, draw, data, &style, width, height, &error);
  sl_chart_style_clear (&style);
  if (!drawn)
    return sl_cli_fail (error->message);

  display = g_filename_display_name (path);
  /* Translators: the chart's kind, then what it shows (a role, or the
   * overview), the file, and its size */
  g_print (_("Drew the %s chart of “%s” into “%s” (%d × %d)\n"),
           kind_name, title, display, width, height);

  return SL_EXIT_OK;
}

static void
draw_heatmap (cairo_t            *cr,
              gconstpointer       data,
              const SlChartStyle *style,
              double              width,
              double              height)
{
  sl_heatmap_draw (cr, data, style, width, height);
}

/* The committee's heat map of a role: its own data, not compensation. */
static int
run_heatmap (SlStore    *store,
             const char *role_name,
             const char *path,
             int         width,
             int         height)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SlRole) role = NULL;
  SlHeatmapData data;
  int status;

  role = sl_store_find_role (store, role_name, &error);
  if (role == NULL)
    return sl_cli_fail (error->message);

  /* The committee's view: names shown, nobody blind. */
  if (!sl_heatmap_data_load (&data, store, sl_role_get_id (role), 0, FALSE, NULL, &error))
    return sl_cli_fail (error->message);

  status = export_chart ("heatmap", sl_role_get_title (role), path, draw_heatmap, &data, width, height);
  sl_heatmap_data_clear (&data);

  return status;
}

static void
draw_funnel (cairo_t            *cr,
             gconstpointer       data,
             const SlChartStyle *style,
             double              width,
             double              height)
{
  sl_funnel_chart_draw (cr, data, style, width, height);
}

/* The role's pipeline as a funnel, counted up to now. */
static int
run_funnel (SlStore    *store,
            const char *role_name,
            const char *path,
            int         width,
            int         height)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SlRole) role = NULL;
  g_autoptr(SlFunnelData) data = NULL;

  role = sl_store_find_role (store, role_name, &error);
  if (role == NULL)
    return sl_cli_fail (error->message);

  data = sl_store_load_funnel (store, sl_role_get_id (role), 0, &error);
  if (data == NULL)
    return sl_cli_fail (error->message);

  return export_chart ("funnel", sl_role_get_title (role), path, draw_funnel, data, width, height);
}

static gboolean
parse_size (const char *text,
            int        *width,
            int        *height)
{
  g_auto(GStrv) parts = NULL;
  guint64 w, h;

  if (text == NULL)
    return TRUE;

  parts = g_strsplit_set (text, "xX×", 2);
  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_unsigned (parts[0], 10, 100, 10000, &w, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 100, 10000, &h, NULL))
    return FALSE;

  *width = (int) w;
  *height = (int) h;
  return TRUE;
}

int
sl_cli_run_chart (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — draw a role’s chart into a PNG, SVG or PDF file"));
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStore) store = NULL;
  g_autoptr(SlRole) role = NULL;
  g_autoptr(SlPayChartSource) source = NULL;
  g_autofree char *role_name = NULL;
  g_autofree char *kind_name = NULL;
  g_autofree char *size = NULL;
  gint64 dataset_id = 0;
  int width = 1200;
  int height = 700;
  Chart chart = { SL_PAY_CHART_SALARY, NULL };
  gboolean known = FALSE;
  gboolean heatmap = FALSE;
  gboolean funnel = FALSE;
  const GOptionEntry entries[] = {
    { "role", 0, 0, G_OPTION_ARG_STRING, &role_name, N_("The role, by its id or its exact title"), N_("ROLE") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_name, N_("salary, total-comp, band-fit, heatmap, funnel, or overview of every role"), N_("KIND") },
    { "size", 0, 0, G_OPTION_ARG_STRING, &size, N_("Width and height, 100 to 10000 each (default 1200x700)"), N_("WxH") },
    { "dataset", 0, 0, G_OPTION_ARG_INT64, &dataset_id, N_("The market data set, by its id (default: the built-in one)"), N_("ID") },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!sl_cli_parse_options (context, &argc, &argv, &error))
    return sl_cli_usage_error (context, error->message);
  if (kind_name == NULL)
    return sl_cli_usage_error (context, _("chart needs --kind: salary, total-comp, band-fit, heatmap, funnel or overview"));
  heatmap = g_strcmp0 (kind_name, "heatmap") == 0;
  funnel = g_strcmp0 (kind_name, "funnel") == 0;
  known = heatmap || funnel;
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kind_name, kinds[i].name) == 0)
      {
        chart.kind = kinds[i].kind;
        known = TRUE;
      }
  if (!known)
    {
      g_autofree char *message = g_strdup_printf (_("--kind “%s” is not one of salary, total-comp, band-fit, heatmap, funnel, overview"),
                                                  kind_name);
      return sl_cli_usage_error (context, message);
    }
  /* The overview is of every role; the other charts of one. */
  if (role_name == NULL && (heatmap || funnel || chart.kind != SL_PAY_CHART_OVERVIEW))
    return sl_cli_usage_error (context, _("chart needs --role"));
  if (!parse_size (size, &width, &height))
    {
      g_autofree char *message = g_strdup_printf (_("--size “%s” is not WIDTHxHEIGHT between 100 and 10000"),
                                                  size);
      return sl_cli_usage_error (context, message);
    }
  if (dataset_id < 0)
    return sl_cli_usage_error (context, _("--dataset must be a data set’s id"));
  if (argc < 2)
    return sl_cli_usage_error (context, _("chart needs the file to write"));
  if (argc > 2)
    return sl_cli_usage_error (context, _("chart takes one file"));

  store = sl_cli_open_store (FALSE, &error);
  if (store == NULL)
    return sl_cli_fail (error->message);

  if (heatmap)
    return run_heatmap (store, role_name, argv[1], width, height);
  if (funnel)
    return run_funnel (store, role_name, argv[1], width, height);

  if (chart.kind == SL_PAY_CHART_OVERVIEW)
    {
      source = sl_pay_chart_source_load_overview (store, dataset_id, &error);
    }
  else
    {
      role = sl_store_find_role (store, role_name, &error);
      if (role == NULL)
        return sl_cli_fail (error->message);
      source = sl_pay_chart_source_load (store, sl_role_get_id (role), dataset_id, &error);
    }
  if (source == NULL)
    return sl_cli_fail (error->message);

  chart.data = &source->data;

  return export_chart (kind_name, source->data.title, argv[1], draw_chart, &chart, width, height);
}
