/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-pixels.c: charts drawn into image surfaces, and their pixels read
 * back, for the chart tests */

#include <math.h>
#include <stdlib.h>

#include "test-pixels.h"

/* A context on a new image surface painted with the style's background. */
cairo_t *
test_image_begin (const SlChartStyle *style,
                  int                 width,
                  int                 height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  cairo_surface_destroy (surface);
  cairo_set_source_rgba (cr, style->background.red, style->background.green, style->background.blue, 1);
  cairo_paint (cr);

  return cr;
}

/* The surface drawn, once the drawing is checked to have worked. */
cairo_surface_t *
test_image_end (cairo_t *cr)
{
  cairo_surface_t *surface = cairo_surface_reference (cairo_get_target (cr));

  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

Rgb
pixel (cairo_surface_t *surface,
       double           x,
       double           y)
{
  const unsigned char *bytes = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int px = (int) floor (x);
  int py = (int) floor (y);
  guint32 value;

  g_assert_cmpint (px, >=, 0);
  g_assert_cmpint (py, >=, 0);
  g_assert_cmpint (px, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (py, <, cairo_image_surface_get_height (surface));

  /* Opaque, so premultiplication changes nothing. */
  value = *(const guint32 *) (bytes + py * stride + px * 4);
  return (Rgb) { (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff };
}

Rgb
rgb_of (const SlChartColor *color)
{
  return (Rgb) { (int) lround (color->red * 255), (int) lround (color->green * 255),
                 (int) lround (color->blue * 255) };
}

int
rgb_distance (Rgb a,
              Rgb b)
{
  return abs (a.red - b.red) + abs (a.green - b.green) + abs (a.blue - b.blue);
}
