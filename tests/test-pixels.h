/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "sl-chart.h"

G_BEGIN_DECLS

/* A colour as drawn into an image surface, 0 to 255 per channel. */
typedef struct
{
  int red;
  int green;
  int blue;
} Rgb;

cairo_t         *test_image_begin (const SlChartStyle *style,
                                   int                 width,
                                   int                 height);
cairo_surface_t *test_image_end   (cairo_t            *cr);
Rgb              pixel            (cairo_surface_t    *surface,
                                   double              x,
                                   double              y);
Rgb              rgb_of           (const SlChartColor *color);
int              rgb_distance     (Rgb                 a,
                                   Rgb                 b);

G_END_DECLS
