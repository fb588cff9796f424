/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-chart"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sl-chart.h"
#include "sl-file-sink.h"

#define EXPORT_MIN_SIZE 100
#define EXPORT_MAX_SIZE 10000

typedef enum
{
  FORMAT_PNG,
  FORMAT_SVG,
  FORMAT_PDF,
} ExportFormat;

static void
set_color (SlChartColor *color,
           guint32       rgb)
{
  color->red = ((rgb >> 16) & 0xff) / 255.0;
  color->green = ((rgb >> 8) & 0xff) / 255.0;
  color->blue = (rgb & 0xff) / 255.0;
  color->alpha = 1.0;
}

/**
 * sl_chart_style_init_default:
 * @style: (out caller-allocates): the style to fill
 * @dark: whether the chart goes on a dark background
 *
 * Fills @style with libadwaita's default colours, for files and for
 * widgets before they know their theme. Clear it with
 * sl_chart_style_clear().
 */
void
sl_chart_style_init_default (SlChartStyle *style,
                             gboolean      dark)
{
  g_return_if_fail (style != NULL);

  memset (style, 0, sizeof *style);

  if (dark)
    {
      set_color (&style->foreground, 0xf0f0f0);
      set_color (&style->background, 0x242424);
      set_color (&style->accent, 0x78aeed);
    }
  else
    {
      set_color (&style->foreground, 0x2e3436);
      set_color (&style->background, 0xffffff);
      set_color (&style->accent, 0x3584e4);
    }

  style->high_contrast = FALSE;
  style->font_family = NULL;
  style->font_size = 0;
}

void
sl_chart_style_clear (SlChartStyle *style)
{
  g_return_if_fail (style != NULL);

  g_clear_pointer (&style->font_family, g_free);
}

static gboolean
format_from_path (const char   *path,
                  ExportFormat *format)
{
  g_autofree char *basename = g_path_get_basename (path);
  const char *dot = strrchr (basename, '.');

  if (dot == NULL)
    return FALSE;

  if (g_ascii_strcasecmp (dot, ".png") == 0)
    *format = FORMAT_PNG;
  else if (g_ascii_strcasecmp (dot, ".svg") == 0)
    *format = FORMAT_SVG;
  else if (g_ascii_strcasecmp (dot, ".pdf") == 0)
    *format = FORMAT_PDF;
  else
    return FALSE;

  return TRUE;
}

static cairo_status_t
render (ExportFormat        format,
        SlFileSink         *sink,
        SlChartDrawFunc     draw,
        gconstpointer       data,
        const SlChartStyle *style,
        double              width,
        double              height)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  switch (format)
    {
    case FORMAT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
      break;
    case FORMAT_SVG:
      surface = cairo_svg_surface_create_for_stream (sl_file_sink_write, sink, width, height);
      break;
    case FORMAT_PDF:
      surface = cairo_pdf_surface_create_for_stream (sl_file_sink_write, sink, width, height);
      break;
    default:
      g_assert_not_reached ();
    }

  cr = cairo_create (surface);

  /* Files have no window behind them: without a background, a chart in
   * the dark style would be light text on whatever the viewer shows. */
  cairo_set_source_rgba (cr, style->background.red, style->background.green,
                         style->background.blue, style->background.alpha);
  cairo_paint (cr);

  cairo_save (cr);
  draw (cr, data, style, width, height);
  cairo_restore (cr);

  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && format == FORMAT_PNG)
    {
      cairo_surface_flush (surface);
      status = cairo_surface_write_to_png_stream (surface, sl_file_sink_write, sink);
    }

  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return status;
}

/**
 * sl_chart_export:
 * @path: the file to write; its extension, .png, .svg or .pdf in any case,
 *   chooses the format
 * @draw: the renderer
 * @data: what @draw draws
 * @style: the colours and font, usually the light default
 * @width: the width in pixels (points for PDF), 100 to 10000
 * @height: the height, likewise
 *
 * Draws the chart on its background into @path. The file is written
 * beside @path under another name and then renamed into place, so a
 * failure leaves whatever @path held before untouched.
 *
 * Returns: %TRUE on success
 */
gboolean
sl_chart_export (const char         *path,
                 SlChartDrawFunc     draw,
                 gconstpointer       data,
                 const SlChartStyle *style,
                 double              width,
                 double              height,
                 GError            **error)
{
  g_autofree char *display = NULL;
  ExportFormat format;
  SlFileSink sink = { NULL, NULL, -1, 0 };
  cairo_status_t status;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (draw != NULL, FALSE);
  g_return_val_if_fail (style != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display = g_filename_display_name (path);

  if (!format_from_path (path, &format))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   /* Translators: %s is a file name */
                   _("Cannot write a chart to “%s”: use .png, .svg or .pdf"), display);
      return FALSE;
    }

  if (!(width >= EXPORT_MIN_SIZE && width <= EXPORT_MAX_SIZE &&
        height >= EXPORT_MIN_SIZE && height <= EXPORT_MAX_SIZE))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   /* Translators: %1$s is a file name; %2$g × %3$g a size in pixels */
                   _("Cannot write a chart to “%1$s”: %2$g × %3$g is not a size "
                     "from 100 to 10000 pixels a side"),
                   display, width, height);
      return FALSE;
    }

  /* 0666 before the umask, as for any file the user saves. */
  if (!sl_file_sink_open (&sink, path, 0666))
    {
      g_set_error (error, G_IO_ERROR, sl_file_sink_code (&sink),
                   /* Translators: %1$s is a file name, %2$s why it failed */
                   _("Cannot write a chart to “%1$s”: %2$s"), display, g_strerror (sink.saved_errno));
      return FALSE;
    }

  status = render (format, &sink, draw, data, style, width, height);
  status = sl_file_sink_close (&sink, status, NULL);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, sl_file_sink_code (&sink),
                   _("Cannot write a chart to “%1$s”: %2$s"), display, sl_file_sink_reason (&sink, status));
      return FALSE;
    }

  return TRUE;
}
