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

#include "sl-heatmap.h"
#include "sl-pay-charts-private.h"
#include "sl-scorecard.h"
#include "sl-stats.h"

#define SCALE_MIDDLE 2.5
#define SCALE_REACH  1.5    /* from the middle to either end */

/* Rows shrink to this many lines of text before some are left out, and
 * grow to no more than the other; columns grow no wider than this. */
#define MIN_ROW_LINES    1.4
#define MAX_ROW_LINES    2.4
#define MAX_COLUMN_LINES 8.0

/* The names take at most this share of the width, the competencies at the
 * top at most this share of the height. */
#define MAX_LABEL_SHARE  0.25
#define MAX_HEADER_SHARE 0.3

/* How many cells with disagreement the description names one by one. */
#define MAX_DESCRIBED 5

typedef enum
{
  LEGEND_SCALE,
  LEGEND_DISAGREEMENT,
  LEGEND_EMPTY,
} LegendKind;

typedef struct
{
  LegendKind  kind;
  int         value;        /* the point of the scale, for LEGEND_SCALE */
  const char *label;
  double      x;            /* where the swatch starts */
  double      y;            /* the middle of the line */
} LegendItem;

typedef struct
{
  double      width;
  double      height;
  double      margin;
  double      line;
  const char *empty_text;   /* set when there is nothing to draw */
  double      title_y;      /* negative without a title */

  guint       n_rows;       /* shown */
  guint       n_columns;
  guint       n_hidden_rows;
  guint       n_hidden_columns;

  double      label_width;  /* of the names, which start at the margin */
  double      grid_x;
  double      grid_y;
  double      cell_width;   /* with the gap after each cell */
  double      cell_height;
  double      gap;

  /* Competencies stand above their columns on one or two lines, or run
   * up and to the right at 45° when that does not fit. */
  gboolean    rotated;
  double      header_length;
  char      **header_lines; /* two a column, across; NULL where none */
  guint       n_header_lines;

  LegendItem  legend[6];
  guint       n_legend;
  double      swatch_width;
  double      swatch_height;

  char       *note;
  double      note_y;
} Layout;

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

/* Reading the data */

static double
cell_value (const SlHeatmapData *data,
            const double        *values,
            guint                row,
            guint                column)
{
  return values != NULL ? values[row * data->n_columns + column] : NAN;
}

static guint
cell_count (const SlHeatmapData *data,
            guint                row,
            guint                column)
{
  return data->counts != NULL ? data->counts[row * data->n_columns + column] : 0;
}

static const char *
row_label (const SlHeatmapData *data,
           guint                row)
{
  return data->row_labels != NULL && data->row_labels[row] != NULL ? data->row_labels[row] : "";
}

static const char *
column_label (const SlHeatmapData *data,
              guint                column)
{
  return data->column_labels != NULL && data->column_labels[column] != NULL
           ? data->column_labels[column] : "";
}

static gboolean
is_empty (const SlHeatmapData *data)
{
  return data->n_rows == 0 || data->n_columns == 0 || data->means == NULL;
}

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

/* "3.3": printf follows LC_NUMERIC, so "3,3" in German. */
static char *
format_mean (double mean)
{
  return g_strdup_printf ("%.1f", mean);
}

/* A rating is a whole point, unless the data says otherwise. */
static char *
format_rating (double rating)
{
  return g_strdup_printf (rating == floor (rating) ? "%.0f" : "%.1f", rating);
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

/* The layout */

static void
clear_header_lines (Layout *layout)
{
  /* A column with one line leaves a NULL before the next column's. */
  for (guint i = 0; i < layout->n_header_lines; i++)
    g_free (layout->header_lines[i]);
  g_clear_pointer (&layout->header_lines, g_free);
  layout->n_header_lines = 0;
}

static void
layout_clear (Layout *layout)
{
  clear_header_lines (layout);
  g_clear_pointer (&layout->note, g_free);
}

/* Splits @text at the space that leaves the longer line shortest, when
 * both lines then fit in @available. */
static gboolean
split_in_two (SlPainter  *painter,
              const char *text,
              double      available,
              char      **first,
              char      **second)
{
  double best = INFINITY;

  for (const char *space = strchr (text, ' '); space != NULL; space = strchr (space + 1, ' '))
    {
      g_autofree char *a = g_strndup (text, space - text);
      g_autofree char *b = g_strdup (space + 1);
      double longer;

      g_strstrip (a);
      g_strstrip (b);
      if (*a == '\0' || *b == '\0')
        continue;

      longer = MAX (sl_painter_measure (painter, a, FALSE), sl_painter_measure (painter, b, FALSE));
      if (longer <= available && longer < best)
        {
          best = longer;
          g_free (*first);
          g_free (*second);
          *first = g_steal_pointer (&a);
          *second = g_steal_pointer (&b);
        }
    }

  return isfinite (best);
}

/* Competencies across, above their columns, on no more than two lines.
 * Returns the header's height, or a negative number when a name does not
 * fit. */
static double
plan_header_across (Layout              *layout,
                    SlPainter           *painter,
                    const SlHeatmapData *data,
                    double               available,
                    double               min_column)
{
  double line = layout->line;
  double text_width;
  guint n_lines = 1;

  layout->n_columns = MIN (data->n_columns, (guint) MAX (1, floor (available / min_column)));
  layout->cell_width = MIN (available / layout->n_columns, line * MAX_COLUMN_LINES);
  text_width = layout->cell_width - layout->gap - line * 0.2;
  layout->n_header_lines = 2 * layout->n_columns;
  layout->header_lines = g_new0 (char *, layout->n_header_lines);

  for (guint c = 0; c < layout->n_columns; c++)
    {
      const char *label = column_label (data, c);
      double width = sl_painter_measure (painter, label, FALSE);

      if (width <= text_width)
        layout->header_lines[2 * c] = g_strdup (label);
      else if (width > 2 * text_width ||
               !split_in_two (painter, label, text_width, &layout->header_lines[2 * c],
                              &layout->header_lines[2 * c + 1]))
        {
          clear_header_lines (layout);
          return -1;
        }
      else
        n_lines = 2;
    }

  return n_lines * line + line * 0.4;
}

/* Competencies at 45°: each starts above the middle of its column, and
 * the last needs room to the right of the grid. Returns the header's
 * height. */
static double
plan_header_rotated (Layout              *layout,
                     SlPainter           *painter,
                     const SlHeatmapData *data,
                     double               available,
                     double               min_column)
{
  double line = layout->line;
  double longest = 0;
  double reach;
  guint n = data->n_columns;

  for (guint c = 0; c < n; c++)
    longest = MAX (longest, sl_painter_measure (painter, column_label (data, c), FALSE));

  layout->rotated = TRUE;
  layout->header_length = MIN (longest, MAX (line * 4,
                                             layout->height * MAX_HEADER_SHARE * G_SQRT2 - line));
  layout->header_length = ceil (MIN (layout->header_length, available * 0.5));

  /* Past the middle of the last column, the label runs its length and
   * half its height at 45°. */
  reach = (layout->header_length + line / 2) * M_SQRT1_2;
  while (n > 1 && (available - reach) / (n - 0.5) < min_column)
    n--;

  layout->n_columns = n;
  layout->cell_width = MIN (MAX ((available - reach) / (n - 0.5), 1), line * MAX_COLUMN_LINES);

  return line * 0.3 + (layout->header_length + line) * M_SQRT1_2;
}

static void
plan_legend (Layout              *layout,
             SlPainter           *painter,
             const SlHeatmapData *data)
{
  double line = layout->line;
  double m = layout->margin;
  gboolean any_disagreement = FALSE;
  gboolean any_empty = FALSE;
  double x, y;

  for (guint r = 0; r < data->n_rows; r++)
    for (guint c = 0; c < data->n_columns; c++)
      {
        any_empty |= !isfinite (cell_value (data, data->means, r, c));
        any_disagreement |= sl_heatmap_is_disagreement (data, r, c);
      }

  for (int value = SL_RATING_STRONG_NO; value <= SL_RATING_STRONG_YES; value++)
    layout->legend[layout->n_legend++] = (LegendItem) { LEGEND_SCALE, value,
                                                        sl_rating_get_label (value), 0, 0 };
  if (any_disagreement)
    layout->legend[layout->n_legend++] = (LegendItem) { LEGEND_DISAGREEMENT, 0,
                                                        _("Ratings two or more points apart"),
                                                        0, 0 };
  if (any_empty)
    layout->legend[layout->n_legend++] = (LegendItem) { LEGEND_EMPTY, 0, _("No ratings"), 0, 0 };

  layout->swatch_width = round (line * 1.8);
  layout->swatch_height = round (line * 1.3);

  /* Left to right, on as many lines as it needs, from 0: the rows decide
   * where it goes. */
  x = m;
  y = layout->swatch_height / 2;
  for (guint i = 0; i < layout->n_legend; i++)
    {
      LegendItem *item = &layout->legend[i];
      double item_width = layout->swatch_width + line * 0.4 +
                          sl_painter_measure (painter, item->label, FALSE);

      if (x > m && x + item_width > layout->width - m)
        {
          x = m;
          y += layout->swatch_height + line * 0.4;
        }
      item->x = x;
      item->y = y;
      x += item_width + line * 1.2;
    }
}

/* Fits as many rows as there is room for above @bottom. Returns the
 * room. */
static double
fit_rows (Layout              *layout,
          const SlHeatmapData *data,
          double               bottom)
{
  double rows_height = MAX (0, bottom - layout->grid_y);

  layout->n_rows = MIN (data->n_rows, (guint) floor (rows_height / (layout->line * MIN_ROW_LINES)));

  return rows_height;
}

static void
layout_init (Layout              *layout,
             SlPainter           *painter,
             const SlHeatmapData *data,
             double               width,
             double               height)
{
  double line = painter->line_height;
  double m = round (line * 0.8);
  double y, available, min_column, header_height, legend_height, note_height, bottom, rows_height;
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);

  memset (layout, 0, sizeof *layout);
  layout->width = width;
  layout->height = height;
  layout->margin = m;
  layout->line = line;
  layout->title_y = -1;
  layout->note_y = -1;
  layout->gap = MAX (1, round (line * 0.15));

  y = m;
  if (data->title != NULL && *data->title != '\0')
    {
      layout->title_y = y + line / 2;
      y += line * 1.5;
    }

  if (is_empty (data))
    {
      layout->empty_text = _("No submitted scorecards yet");
      layout->grid_y = y;
      return;
    }

  for (guint r = 0; r < data->n_rows; r++)
    layout->label_width = MAX (layout->label_width,
                               sl_painter_measure (painter, row_label (data, r), FALSE));
  layout->label_width = MIN (ceil (layout->label_width), floor (width * MAX_LABEL_SHARE));
  layout->grid_x = m + layout->label_width + m;

  /* A column holds its mean and, in its corner, the disagreement mark. */
  available = MAX (width - m - layout->grid_x, 1);
  min_column = MAX (line * 1.8, sl_painter_measure (painter, "4.0", FALSE) + line * 1.4);

  header_height = plan_header_across (layout, painter, data, available, min_column);
  if (header_height < 0)
    header_height = plan_header_rotated (layout, painter, data, available, min_column);
  layout->n_hidden_columns = data->n_columns - layout->n_columns;
  layout->grid_y = y + header_height;

  plan_legend (layout, painter, data);
  legend_height = layout->legend[layout->n_legend - 1].y + layout->swatch_height / 2 + line * 0.8;

  /* The rows take what the legend and the note leave; the note says how
   * many did not fit. A chart too small for a single row with them
   * shows what rows it can without. */
  bottom = height - m;
  note_height = (data->note != NULL && *data->note != '\0') || layout->n_hidden_columns > 0
                  ? line * 1.5 : 0;
  rows_height = fit_rows (layout, data, bottom - legend_height - note_height);
  if (layout->n_rows < data->n_rows && note_height == 0)
    {
      note_height = line * 1.5;
      rows_height = fit_rows (layout, data, bottom - legend_height - note_height);
    }
  if (layout->n_rows == 0)
    {
      layout->n_legend = 0;
      legend_height = note_height = 0;
      rows_height = fit_rows (layout, data, bottom);
    }
  layout->n_hidden_rows = data->n_rows - layout->n_rows;
  layout->cell_height = layout->n_rows > 0
                          ? MIN (rows_height / layout->n_rows, line * MAX_ROW_LINES) : 0;

  y = layout->grid_y + layout->n_rows * layout->cell_height + line * 0.8;
  for (guint i = 0; i < layout->n_legend; i++)
    layout->legend[i].y += y;

  if (layout->n_hidden_rows > 0)
    g_ptr_array_add (notes, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u more candidate not shown",
                                                          "%u more candidates not shown",
                                                          layout->n_hidden_rows),
                                             layout->n_hidden_rows));
  if (layout->n_hidden_columns > 0)
    g_ptr_array_add (notes, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u more competency not shown",
                                                          "%u more competencies not shown",
                                                          layout->n_hidden_columns),
                                             layout->n_hidden_columns));
  if (data->note != NULL && *data->note != '\0')
    g_ptr_array_add (notes, g_strdup (data->note));

  if (notes->len > 0 && note_height > 0)
    {
      g_ptr_array_add (notes, NULL);
      layout->note = g_strjoinv (" · ", (char **) notes->pdata);
      layout->note_y = y + legend_height - line * 0.8 + line * 0.4 + line / 2;
    }
}

/* The cell as drawn, on whole pixels, without the gap after it. */
static void
cell_rect (const Layout *layout,
           guint         row,
           guint         column,
           double       *x0,
           double       *y0,
           double       *x1,
           double       *y1)
{
  *x0 = round (layout->grid_x + column * layout->cell_width);
  *x1 = round (layout->grid_x + (column + 1) * layout->cell_width) - layout->gap;
  *y0 = round (layout->grid_y + row * layout->cell_height);
  *y1 = round (layout->grid_y + (row + 1) * layout->cell_height) - layout->gap;
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

        cell_rect (layout, r, c, &x0, &y0, &x1, &y1);
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

static void
draw_empty (SlPainter    *painter,
            const Layout *layout)
{
  g_autoptr(PangoLayout) text = pango_layout_new (painter->context);
  int height;

  /* The sentence may wrap in a narrow chart; it is centred as a block. */
  pango_layout_set_font_description (text, painter->font);
  pango_layout_set_wrap (text, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (text, PANGO_ALIGN_CENTER);
  pango_layout_set_width (text, (int) (MAX (layout->width - 2 * layout->margin, 1) * PANGO_SCALE));
  pango_layout_set_text (text, layout->empty_text, -1);
  pango_layout_get_size (text, NULL, &height);

  sl_painter_set_color (painter, &painter->style->foreground, 0.7);
  cairo_move_to (painter->cr, layout->margin,
                 MAX (layout->grid_y, (layout->height - (double) height / PANGO_SCALE) / 2));
  pango_cairo_show_layout (painter->cr, text);
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
  layout_init (&layout, &measure, data, width, height);
  scale_init (&scale, style);

  if (layout.title_y >= 0)
    {
      sl_painter_set_color (&painter, &style->foreground, 1);
      sl_painter_text (&painter, data->title, layout.margin, layout.title_y,
                       SL_ALIGN_START, TRUE, width - 2 * layout.margin);
    }

  if (layout.empty_text != NULL)
    draw_empty (&painter, &layout);
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

  layout_clear (&layout);
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
  layout_init (&layout, &painter, data, width, height);

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

  layout_clear (&layout);
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
  layout_init (&layout, &painter, data, width, height);

  shown = layout.empty_text == NULL && row < layout.n_rows && column < layout.n_columns;
  if (shown)
    {
      double x0, y0, x1, y1;

      cell_rect (&layout, row, column, &x0, &y0, &x1, &y1);
      *area = (cairo_rectangle_t) { x0, y0, x1 - x0, y1 - y0 };
    }

  layout_clear (&layout);
  sl_painter_clear (&painter);

  return shown;
}

/* The mean of a candidate's cell means, so that each competency weighs
 * the same however many interviewers rated it; NAN without ratings. */
static double
row_mean (const SlHeatmapData *data,
          guint                row)
{
  double sum = 0;
  guint n = 0;

  for (guint c = 0; c < data->n_columns; c++)
    {
      double mean = cell_value (data, data->means, row, c);

      if (isfinite (mean))
        {
          sum += mean;
          n++;
        }
    }

  return n > 0 ? sum / n : NAN;
}

static void
describe_candidates (GString             *text,
                     const SlHeatmapData *data)
{
  double best = -INFINITY, worst = INFINITY;
  guint best_row = 0, worst_row = 0, n_rated = 0;

  for (guint r = 0; r < data->n_rows; r++)
    {
      double mean = row_mean (data, r);

      if (!isfinite (mean))
        continue;

      n_rated++;
      if (mean > best)
        {
          best = mean;
          best_row = r;
        }
      if (mean < worst)
        {
          worst = mean;
          worst_row = r;
        }
    }

  if (n_rated == 0)
    g_string_append_printf (text, " %s", _("Nobody has rated yet."));
  else if (n_rated == 1)
    {
      g_autofree char *mean = format_mean (best);

      g_string_append_c (text, ' ');
      /* Translators: %1$s is a candidate, %2$s a mean rating */
      g_string_append_printf (text, _("%1$s has a mean of %2$s."), row_label (data, best_row),
                              mean);
    }
  else
    {
      g_autofree char *high = format_mean (best);
      g_autofree char *low = format_mean (worst);

      g_string_append_c (text, ' ');
      /* Translators: %1$s and %3$s are candidates, %2$s and %4$s their mean ratings */
      g_string_append_printf (text, _("Strongest: %1$s, mean %2$s. Weakest: %3$s, mean %4$s."),
                              row_label (data, best_row), high, row_label (data, worst_row), low);
    }
}

static void
describe_disagreements (GString             *text,
                        const SlHeatmapData *data)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  guint n = 0;
  guint n_empty = 0;

  for (guint r = 0; r < data->n_rows; r++)
    for (guint c = 0; c < data->n_columns; c++)
      {
        n_empty += !isfinite (cell_value (data, data->means, r, c));
        if (!sl_heatmap_is_disagreement (data, r, c))
          continue;

        if (n++ < MAX_DESCRIBED)
          {
            g_autofree char *low = format_rating (cell_value (data, data->mins, r, c));
            g_autofree char *high = format_rating (cell_value (data, data->maxs, r, c));

            g_ptr_array_add (cells,
                             /* Translators: %1$s is a candidate, %2$s a competency, %3$s
                              * and %4$s the lowest and highest ratings */
                             g_strdup_printf (_("%1$s — %2$s (%3$s to %4$s)"),
                                              row_label (data, r), column_label (data, c), low,
                                              high));
          }
      }

  if (n > MAX_DESCRIBED)
    g_ptr_array_add (cells, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          /* Translators: after a list of cells */
                                                          "and %u more", "and %u more",
                                                          n - MAX_DESCRIBED),
                                             n - MAX_DESCRIBED));

  if (n == 0)
    g_string_append_printf (text, " %s", _("No cell has ratings two or more points apart."));
  else
    {
      g_autofree char *list = NULL;

      g_ptr_array_add (cells, NULL);
      list = g_strjoinv ("; ", (char **) cells->pdata);
      g_string_append_c (text, ' ');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 /* Translators: %u is a number of cells,
                                                  * %s lists them */
                                                 "Interviewers disagree by two points or more on %u cell: %s.",
                                                 "Interviewers disagree by two points or more on %u cells: %s.",
                                                 n),
                              n, list);
    }

  if (n_empty > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u cell has no ratings.",
                                                 "%u cells have no ratings.", n_empty),
                              n_empty);
    }
}

/**
 * sl_heatmap_describe:
 *
 * Returns: a summary of the heat map for screen readers
 */
char *
sl_heatmap_describe (const SlHeatmapData *data)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *candidates = NULL;
  g_autofree char *competencies = NULL;

  g_return_val_if_fail (data != NULL, NULL);

  if (data->title != NULL && *data->title != '\0')
    g_string_append_printf (text, "%s. ", data->title);

  if (is_empty (data))
    {
      g_string_append (text, _("No submitted scorecards yet."));
      return g_string_free (g_steal_pointer (&text), FALSE);
    }

  candidates = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u candidate", "%u candidates",
                                             data->n_rows),
                                data->n_rows);
  competencies = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u competency", "%u competencies",
                                               data->n_columns),
                                  data->n_columns);
  /* Translators: "Mean ratings of 10 candidates on 8 competencies, from 1
   * (Strong no) to 4 (Strong yes)." */
  g_string_append_printf (text, _("Mean ratings of %1$s on %2$s, from 1 (%3$s) to 4 (%4$s)."),
                          candidates, competencies, sl_rating_get_label (SL_RATING_STRONG_NO),
                          sl_rating_get_label (SL_RATING_STRONG_YES));

  describe_candidates (text, data);
  describe_disagreements (text, data);

  if (data->note != NULL && *data->note != '\0')
    g_string_append_printf (text, " %s", data->note);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* "3.3 (2 to 4, 3 ratings)", with the disagreement said. */
static char *
table_cell (const SlHeatmapData *data,
            guint                row,
            guint                column)
{
  double mean = cell_value (data, data->means, row, column);
  double min = cell_value (data, data->mins, row, column);
  double max = cell_value (data, data->maxs, row, column);
  guint count = cell_count (data, row, column);
  g_autofree char *mean_text = NULL;
  g_autofree char *text = NULL;

  if (!isfinite (mean))
    return g_strdup ("—");

  mean_text = format_mean (mean);
  if (count > 0 && isfinite (min) && isfinite (max) && max > min)
    {
      g_autofree char *low = format_rating (min);
      g_autofree char *high = format_rating (max);

      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: %1$s is a mean rating, %2$s and %3$s
                                            * the lowest and highest, %4$u how many */
                                           "%1$s (%2$s to %3$s, %4$u rating)",
                                           "%1$s (%2$s to %3$s, %4$u ratings)", count),
                              mean_text, low, high, count);
    }
  else if (count > 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: %1$s is a mean rating, %2$u how many */
                                         "%1$s (%2$u rating)", "%1$s (%2$u ratings)", count),
                            mean_text, count);
  else
    text = g_steal_pointer (&mean_text);

  if (sl_heatmap_is_disagreement (data, row, column))
    /* Translators: %s is a table cell, "2.7 (1 to 4, 3 ratings)" */
    return g_strdup_printf (_("%s, disagreement"), text);

  return g_steal_pointer (&text);
}

/**
 * sl_heatmap_table:
 *
 * Returns: (transfer full) (element-type GStrv): a header row, "Candidate"
 *   and the competencies, then a row a candidate
 */
GPtrArray *
sl_heatmap_table (const SlHeatmapData *data)
{
  GPtrArray *table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GStrvBuilder) header = g_strv_builder_new ();

  g_return_val_if_fail (data != NULL, table);

  g_strv_builder_add (header, _("Candidate"));
  for (guint c = 0; c < data->n_columns; c++)
    g_strv_builder_add (header, column_label (data, c));
  g_ptr_array_add (table, g_strv_builder_end (header));

  if (data->means == NULL)
    return table;

  for (guint r = 0; r < data->n_rows; r++)
    {
      g_autoptr(GStrvBuilder) row = g_strv_builder_new ();

      g_strv_builder_add (row, row_label (data, r));
      for (guint c = 0; c < data->n_columns; c++)
        {
          g_autofree char *cell = table_cell (data, r, c);

          g_strv_builder_add (row, cell);
        }
      g_ptr_array_add (table, g_strv_builder_end (row));
    }

  return table;
}

void
sl_heatmap_data_clear (SlHeatmapData *data)
{
  g_return_if_fail (data != NULL);

  g_free (data->title);
  g_strfreev (data->row_labels);
  g_free (data->row_ids);
  g_strfreev (data->column_labels);
  g_free (data->means);
  g_free (data->mins);
  g_free (data->maxs);
  g_free (data->counts);
  g_free (data->note);
  memset (data, 0, sizeof *data);
}
