/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The committee's heat map: candidates down the side, competencies across
 * the top, and in each cell the mean rating, printed, on a colour that runs
 * from a warm "no" through a neutral middle to a cool "yes". Drawing and
 * hit-testing share one layout, so a tooltip names the cell that is drawn
 * under the pointer. */
#define G_LOG_DOMAIN "shortlist-heatmap"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "sl-heatmap-private.h"
#include "sl-scorecard.h"
#include "sl-stats.h"

#define SCALE_MIDDLE 2.5
#define SCALE_REACH  1.5    /* from the middle to either end */

/* A cell as drawn, on whole pixels. */
typedef struct
{
  double x0;
  double y0;
  double x1;
  double y1;
} Box;

/* The colours of the scale's ends and middle, in the style's light. */
typedef struct
{
  SlChartColor no;
  SlChartColor neutral;
  SlChartColor yes;
  gboolean     outline;
} Scale;

/**
 * sl_heatmap_is_disagreement:
 *
 * Returns: whether the ratings of the cell lie two or more points apart
 */
gboolean
sl_heatmap_is_disagreement (const SlHeatmapData *data,
                            guint                row,
                            guint                column)
{
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (row < data->n_rows && column < data->n_columns, FALSE);

  return sl_stats_is_disagreement (cell_value (data, data->mins, row, column),
                                   cell_value (data, data->maxs, row, column));
}

/* Colours */

static void
set_rgb (SlChartColor *color,
         guint32       rgb)
{
  color->red = ((rgb >> 16) & 0xff) / 255.0;
  color->green = ((rgb >> 8) & 0xff) / 255.0;
  color->blue = (rgb & 0xff) / 255.0;
  color->alpha = 1;
}

static SlChartColor
mix (const SlChartColor *a,
     const SlChartColor *b,
     double              t)
{
  return (SlChartColor) { a->red + (b->red - a->red) * t, a->green + (b->green - a->green) * t,
                          a->blue + (b->blue - a->blue) * t, 1 };
}

static double
linear_channel (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

/* The relative luminance of WCAG, 0 for black to 1 for white. */
static double
luminance (const SlChartColor *color)
{
  return 0.2126 * linear_channel (color->red) + 0.7152 * linear_channel (color->green) +
         0.0722 * linear_channel (color->blue);
}

/* Whether a colour is a blue or a teal that can stand for "yes". */
static gboolean
is_cool (const SlChartColor *color)
{
  double max = MAX (color->red, MAX (color->green, color->blue));
  double min = MIN (color->red, MIN (color->green, color->blue));
  double chroma = max - min;
  double hue;

  if (chroma < 0.25)
    return FALSE;

  if (max == color->red)
    hue = fmod ((color->green - color->blue) / chroma + 6, 6);
  else if (max == color->green)
    hue = (color->blue - color->red) / chroma + 2;
  else
    hue = (color->red - color->green) / chroma + 4;

  hue *= 60;
  return hue >= 170 && hue <= 260;
}

/* Orange against blue reads in every common kind of colour blindness.
 * "Yes" takes the accent when it is a blue or a teal; a red or a yellow
 * accent would say "no", so the default blue stands in for those. */
static void
scale_init (Scale              *scale,
            const SlChartStyle *style)
{
  gboolean dark = luminance (&style->background) < 0.4;

  if (dark)
    set_rgb (&scale->no, style->high_contrast ? 0xff7800 : 0xe66100);
  else
    set_rgb (&scale->no, style->high_contrast ? 0xa33c00 : 0xd4560f);

  if (is_cool (&style->accent) && !style->high_contrast)
    scale->yes = style->accent;
  else if (dark)
    set_rgb (&scale->yes, style->high_contrast ? 0x99c1f1 : 0x3584e4);
  else
    set_rgb (&scale->yes, style->high_contrast ? 0x1a5fb4 : 0x3584e4);
  scale->yes.alpha = 1;

  /* The middle is a tint of the text on the background, and in high
   * contrast the background itself, with every cell outlined. */
  scale->neutral = mix (&style->background, &style->foreground,
                        style->high_contrast ? 0 : dark ? 0.14 : 0.09);
  scale->outline = style->high_contrast;
}

static SlChartColor
scale_color (const Scale *scale,
             double       mean)
{
  double t = CLAMP ((mean - SCALE_MIDDLE) / SCALE_REACH, -1, 1);

  /* A little more than linear near the middle, so that a "No" and a
   * "Yes" already differ clearly. */
  return mix (&scale->neutral, t < 0 ? &scale->no : &scale->yes, pow (fabs (t), 0.8));
}

/* Black or white, whichever stands out more on @color. */
static SlChartColor
text_color_on (const SlChartColor *color)
{
  double l = luminance (color);
  SlChartColor text = { 0, 0, 0, 1 };

  if (1.05 / (l + 0.05) > (l + 0.05) / 0.05)
    text = (SlChartColor) { 1, 1, 1, 1 };

  return text;
}

/* Drawing */

/* The means' text, shaped once for every cell that shows the same. */
static PangoLayout *
value_layout (SlPainter  *painter,
              GHashTable *cache,
              const char *text)
{
  PangoLayout *layout = g_hash_table_lookup (cache, text);

  if (layout == NULL)
    {
      layout = pango_layout_new (painter->context);
      pango_layout_set_font_description (layout, painter->font);
      pango_layout_set_text (layout, text, -1);
      g_hash_table_insert (cache, g_strdup (text), layout);
    }

  return layout;
}

static void
show_centered (cairo_t     *cr,
               PangoLayout *layout,
               double       x,
               double       y)
{
  int width, height;

  pango_layout_get_size (layout, &width, &height);
  cairo_move_to (cr, x - (double) width / PANGO_SCALE / 2, y - (double) height / PANGO_SCALE / 2);
  pango_cairo_show_layout (cr, layout);
}

/* A small triangle in the top right corner: two interviewers or more are
 * two points apart on this cell. */
static void
disagreement_mark (cairo_t *cr,
                   double   x1,
                   double   y0,
                   double   size)
{
  cairo_move_to (cr, x1, y0);
  cairo_line_to (cr, x1 - size, y0);
  cairo_line_to (cr, x1, y0 + size);
  cairo_close_path (cr);
  cairo_fill (cr);
}

static double
mark_size (double width,
           double height)
{
  return round (MIN (width, height) * 0.38);
}

/* The cells nobody rated: hatched, outlined, with a dash in each. */
static void
empty_cells (SlPainter *painter,
             const Box *boxes,
             guint      n_boxes)
{
  cairo_t *cr = painter->cr;
  const SlChartStyle *style = painter->style;
  double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
  double spacing = MAX (4.0, round (painter->line_height * 0.4));

  if (n_boxes == 0)
    return;

  cairo_save (cr);
  for (guint i = 0; i < n_boxes; i++)
    {
      cairo_rectangle (cr, boxes[i].x0, boxes[i].y0, boxes[i].x1 - boxes[i].x0,
                       boxes[i].y1 - boxes[i].y0);
      x0 = MIN (x0, boxes[i].x0);
      y0 = MIN (y0, boxes[i].y0);
      x1 = MAX (x1, boxes[i].x1);
      y1 = MAX (y1, boxes[i].y1);
    }
  cairo_clip (cr);
  for (double d = -(y1 - y0); d < x1 - x0; d += spacing)
    {
      cairo_move_to (cr, x0 + d, y1);
      cairo_line_to (cr, x0 + d + (y1 - y0), y0);
    }
  cairo_set_line_width (cr, 1);
  sl_painter_set_color (painter, &style->foreground, style->high_contrast ? 0.45 : 0.18);
  cairo_stroke (cr);
  cairo_restore (cr);

  cairo_set_line_width (cr, 1);
  for (guint i = 0; i < n_boxes; i++)
    cairo_rectangle (cr, boxes[i].x0 + 0.5, boxes[i].y0 + 0.5, boxes[i].x1 - boxes[i].x0 - 1,
                     boxes[i].y1 - boxes[i].y0 - 1);
  sl_painter_set_color (painter, &style->foreground, style->high_contrast ? 1 : 0.35);
  cairo_stroke (cr);

  for (guint i = 0; i < n_boxes; i++)
    {
      /* The background shows through the hatching: a dash on a patch of
       * it stays legible. */
      double cx = (boxes[i].x0 + boxes[i].x1) / 2;
      double cy = (boxes[i].y0 + boxes[i].y1) / 2;
      double h = painter->line_height * 0.45;

      cairo_rectangle (cr, round (cx - h * 1.2), round (cy - h), round (h * 2.4), round (h * 2));
      sl_painter_set_color (painter, &style->background, 1);
      cairo_fill (cr);
      sl_painter_set_color (painter, &style->foreground, 0.75);
      sl_painter_text (painter, "–", cx, cy, SL_ALIGN_CENTER, FALSE, 0);
    }
}

static void
draw_headers (SlPainter           *painter,
              const Layout        *layout,
              const SlHeatmapData *data)
{
  cairo_t *cr = painter->cr;
  double line = layout->line;

  sl_painter_set_color (painter, &painter->style->foreground, 1);

  for (guint c = 0; c < layout->n_columns; c++)
    {
      double cx = layout->grid_x + (c + 0.5) * layout->cell_width - layout->gap / 2;

      if (layout->rotated)
        {
          /* The label's lower edge is centred over its column. */
          cairo_save (cr);
          cairo_translate (cr, cx, layout->grid_y - line * 0.3 - line / 2 * M_SQRT1_2);
          cairo_rotate (cr, -G_PI / 4);
          sl_painter_text (painter, column_label (data, c), 0, 0, SL_ALIGN_START, FALSE,
                           layout->header_length);
          cairo_restore (cr);
        }
      else
        {
          const char *first = layout->header_lines[2 * c];
          const char *second = layout->header_lines[2 * c + 1];
          double bottom = layout->grid_y - line * 0.3 - line / 2;
          double max_width = layout->cell_width - layout->gap;

          if (second != NULL)
            {
              sl_painter_text (painter, first, cx, bottom - line, SL_ALIGN_CENTER, FALSE,
                               max_width);
              sl_painter_text (painter, second, cx, bottom, SL_ALIGN_CENTER, FALSE, max_width);
            }
          else
            sl_painter_text (painter, first, cx, bottom, SL_ALIGN_CENTER, FALSE, max_width);
        }
    }

  for (guint r = 0; r < layout->n_rows; r++)
    sl_painter_text (painter, row_label (data, r), layout->margin,
                     layout->grid_y + (r + 0.5) * layout->cell_height - layout->gap / 2,
                     SL_ALIGN_START, FALSE, layout->label_width);
}

static void
draw_cells (SlPainter           *painter,
            const Layout        *layout,
            const SlHeatmapData *data,
            const Scale         *scale)
{
  cairo_t *cr = painter->cr;
  g_autoptr(GHashTable) values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        g_object_unref);
  g_autofree Box *empty = g_new (Box, layout->n_rows * layout->n_columns + 1);
  guint n_empty = 0;

  for (guint r = 0; r < layout->n_rows; r++)
    for (guint c = 0; c < layout->n_columns; c++)
      {
        double mean = cell_value (data, data->means, r, c);
        double x0, y0, x1, y1;
        SlChartColor fill, text;
        char label[32];

        sl_heatmap_cell_rect (layout, r, c, &x0, &y0, &x1, &y1);
        if (!isfinite (mean))
          {
            empty[n_empty++] = (Box) { x0, y0, x1, y1 };
            continue;
          }

        fill = scale_color (scale, mean);
        text = text_color_on (&fill);

        cairo_rectangle (cr, x0, y0, x1 - x0, y1 - y0);
        sl_painter_set_color (painter, &fill, 1);
        cairo_fill (cr);

        if (scale->outline)
          {
            cairo_rectangle (cr, x0 + 0.5, y0 + 0.5, x1 - x0 - 1, y1 - y0 - 1);
            sl_painter_set_color (painter, &painter->style->foreground, 1);
            cairo_set_line_width (cr, 1);
            cairo_stroke (cr);
          }

        sl_painter_set_color (painter, &text, 1);
        g_snprintf (label, sizeof label, "%.1f", mean);
        show_centered (cr, value_layout (painter, values, label), (x0 + x1) / 2, (y0 + y1) / 2);

        if (sl_heatmap_is_disagreement (data, r, c))
          disagreement_mark (cr, x1, y0, mark_size (x1 - x0, y1 - y0));
      }

  empty_cells (painter, empty, n_empty);
}

static void
draw_legend (SlPainter    *painter,
             const Layout *layout,
             const Scale  *scale)
{
  cairo_t *cr = painter->cr;
  const SlChartStyle *style = painter->style;
  double w = layout->swatch_width;
  double h = layout->swatch_height;

  for (guint i = 0; i < layout->n_legend; i++)
    {
      const LegendItem *item = &layout->legend[i];
      double x0 = round (item->x);
      double y0 = round (item->y - h / 2);
      double value = item->kind == LEGEND_SCALE ? item->value : SCALE_MIDDLE;
      SlChartColor fill = scale_color (scale, value);
      SlChartColor text = text_color_on (&fill);

      if (item->kind == LEGEND_EMPTY)
        {
          const Box box = { x0, y0, x0 + w, y0 + h };

          empty_cells (painter, &box, 1);
        }
      else
        {
          cairo_rectangle (cr, x0, y0, w, h);
          sl_painter_set_color (painter, &fill, 1);
          cairo_fill (cr);
          if (scale->outline || item->kind == LEGEND_DISAGREEMENT)
            {
              cairo_rectangle (cr, x0 + 0.5, y0 + 0.5, w - 1, h - 1);
              sl_painter_set_color (painter, &style->foreground, scale->outline ? 1 : 0.3);
              cairo_set_line_width (cr, 1);
              cairo_stroke (cr);
            }

          sl_painter_set_color (painter, &text, 1);
          if (item->kind == LEGEND_SCALE)
            {
              char digit[8];

              g_snprintf (digit, sizeof digit, "%d", item->value);
              sl_painter_text (painter, digit, x0 + w / 2, y0 + h / 2, SL_ALIGN_CENTER, FALSE, 0);
            }
          else
            disagreement_mark (cr, x0 + w, y0, mark_size (w, h));
        }

      sl_painter_set_color (painter, &style->foreground, 1);
      sl_painter_text (painter, item->label, x0 + w + layout->line * 0.4, item->y,
                       SL_ALIGN_START, FALSE, 0);
    }
}


/**
 * sl_heatmap_draw:
 *
 * Draws the heat map into @cr at (0, 0), @width × @height. The background
 * is left as it is: a widget has its own, and sl_chart_export() fills one.
 */
void
sl_heatmap_draw (cairo_t             *cr,
                 const SlHeatmapData *data,
                 const SlChartStyle  *style,
                 double               width,
                 double               height)
{
  SlPainter measure;
  SlPainter painter;
  Layout layout;
  Scale scale;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (style != NULL);

  if (width < 1 || height < 1)
    return;

  /* The layout is measured as sl_heatmap_hit() measures it, without a
   * surface and with widths remembered between calls. */
  cairo_save (cr);
  sl_painter_init (&measure, NULL, style);
  sl_painter_init (&painter, cr, style);
  sl_heatmap_layout_init (&layout, &measure, data, width, height);
  scale_init (&scale, style);

  if (layout.title_y >= 0)
    {
      sl_painter_set_color (&painter, &style->foreground, 1);
      sl_painter_text (&painter, data->title, layout.margin, layout.title_y,
                       SL_ALIGN_START, TRUE, width - 2 * layout.margin);
    }

  if (layout.empty_text != NULL)
    sl_painter_empty_note (&painter, layout.empty_text, layout.margin, layout.grid_y, layout.width, layout.height);
  else
    {
      draw_headers (&painter, &layout, data);
      draw_cells (&painter, &layout, data, &scale);
      draw_legend (&painter, &layout, &scale);

      if (layout.note != NULL)
        {
          sl_painter_set_color (&painter, &style->foreground, style->high_contrast ? 1 : 0.7);
          sl_painter_text (&painter, layout.note, layout.margin, layout.note_y,
                           SL_ALIGN_START, FALSE, width - 2 * layout.margin);
        }
    }

  sl_heatmap_layout_clear (&layout);
  sl_painter_clear (&painter);
  sl_painter_clear (&measure);
  cairo_restore (cr);
}

/* Words */

/* "Dana Reyes — Communication: mean 3.3 from 3 ratings (2 to 4)" */
static char *
describe_cell (const SlHeatmapData *data,
               guint                row,
               guint                column)
{
  const char *name = row_label (data, row);
  const char *competency = column_label (data, column);
  double mean = cell_value (data, data->means, row, column);
  double min = cell_value (data, data->mins, row, column);
  double max = cell_value (data, data->maxs, row, column);
  guint count = cell_count (data, row, column);
  g_autofree char *mean_text = NULL;
  g_autofree char *text = NULL;

  if (!isfinite (mean))
    /* Translators: %1$s is a candidate, %2$s a competency */
    return g_strdup_printf (_("%1$s — %2$s: no ratings"), name, competency);

  mean_text = format_mean (mean);

  if (count > 0 && isfinite (min) && isfinite (max) && max > min)
    {
      g_autofree char *low = format_rating (min);
      g_autofree char *high = format_rating (max);

      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: %1$s is a candidate, %2$s a
                                            * competency, %3$s the mean rating, %4$u how
                                            * many ratings, %5$s and %6$s the lowest and
                                            * highest */
                                           "%1$s — %2$s: mean %3$s from %4$u rating (%5$s to %6$s)",
                                           "%1$s — %2$s: mean %3$s from %4$u ratings (%5$s to %6$s)",
                                           count),
                              name, competency, mean_text, count, low, high);
    }
  else if (count > 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: %1$s is a candidate, %2$s a
                                          * competency, %3$s the mean rating, %4$u how many
                                          * ratings */
                                         "%1$s — %2$s: mean %3$s from %4$u rating",
                                         "%1$s — %2$s: mean %3$s from %4$u ratings",
                                         count),
                            name, competency, mean_text, count);
  else
    /* Translators: %1$s is a candidate, %2$s a competency, %3$s the mean rating */
    text = g_strdup_printf (_("%1$s — %2$s: mean %3$s"), name, competency, mean_text);

  if (sl_heatmap_is_disagreement (data, row, column))
    {
      guint spread = (guint) lround (max - min);

      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: %1$s is what a cell shows, %2$u how
                                            * far apart its ratings are */
                                           "%1$s; interviewers disagree by %2$u point",
                                           "%1$s; interviewers disagree by %2$u points",
                                           spread),
                              text, spread);
    }

  return g_steal_pointer (&text);
}

/**
 * sl_heatmap_hit:
 *
 * Returns: (nullable): the cell under (@x, @y) in words, as the chart at
 *   @width × @height lays it out; %NULL outside the cells
 */
char *
sl_heatmap_hit (const SlHeatmapData *data,
                const SlChartStyle  *style,
                double               width,
                double               height,
                double               x,
                double               y)
{
  SlPainter painter;
  Layout layout;
  char *text = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (style != NULL, NULL);

  if (width < 1 || height < 1)
    return NULL;

  sl_painter_init (&painter, NULL, style);
  sl_heatmap_layout_init (&layout, &painter, data, width, height);

  /* The gap after a cell belongs to it, so that the tooltip does not
   * flicker off between cells. */
  if (layout.empty_text == NULL && x >= layout.grid_x && y >= layout.grid_y &&
      layout.cell_width > 0 && layout.cell_height > 0)
    {
      double column = floor ((x - layout.grid_x) / layout.cell_width);
      double row = floor ((y - layout.grid_y) / layout.cell_height);

      if (column < layout.n_columns && row < layout.n_rows)
        text = describe_cell (data, (guint) row, (guint) column);
    }

  sl_heatmap_layout_clear (&layout);
  sl_painter_clear (&painter);

  return text;
}

/**
 * sl_heatmap_cell_area:
 * @area: (out): the cell, without the gap after it
 *
 * Returns: whether the cell is drawn at @width × @height
 */
gboolean
sl_heatmap_cell_area (const SlHeatmapData *data,
                      const SlChartStyle  *style,
                      double               width,
                      double               height,
                      guint                row,
                      guint                column,
                      cairo_rectangle_t   *area)
{
  SlPainter painter;
  Layout layout;
  gboolean shown;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (style != NULL, FALSE);
  g_return_val_if_fail (area != NULL, FALSE);

  if (width < 1 || height < 1)
    return FALSE;

  sl_painter_init (&painter, NULL, style);
  sl_heatmap_layout_init (&layout, &painter, data, width, height);

  shown = layout.empty_text == NULL && row < layout.n_rows && column < layout.n_columns;
  if (shown)
    {
      double x0, y0, x1, y1;

      sl_heatmap_cell_rect (&layout, row, column, &x0, &y0, &x1, &y1);
      *area = (cairo_rectangle_t) { x0, y0, x1 - x0, y1 - y0 };
    }

  sl_heatmap_layout_clear (&layout);
  sl_painter_clear (&painter);

  return shown;
}
