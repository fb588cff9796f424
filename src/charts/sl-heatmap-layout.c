/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The heat map's layout at one size: the title, the names down the side,
 * the competencies across the top or at 45°, as many rows and columns
 * as fit, the legend and the note. */
#define G_LOG_DOMAIN "shortlist-heatmap"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "sl-heatmap-private.h"
#include "sl-scorecard.h"

static void
clear_header_lines (Layout *layout)
{
  /* A column with one line leaves a NULL before the next column's. */
  for (guint i = 0; i < layout->n_header_lines; i++)
    g_free (layout->header_lines[i]);
  g_clear_pointer (&layout->header_lines, g_free);
  layout->n_header_lines = 0;
}

void
sl_heatmap_layout_clear (Layout *layout)
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

void
sl_heatmap_layout_init (Layout              *layout,
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
void
sl_heatmap_cell_rect (const Layout *layout,
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
