/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The packet's charts: the committee's heat map and the salary chart,
 * drawn by the same renderers as the window's, each as tall as its rows
 * need and, when they do not fit a page, in parts that do: a heat map by
 * candidates and competencies, the salary chart by candidates on one
 * axis. A chart never shows "more not shown". */
#define G_LOG_DOMAIN "shortlist-packet"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "sl-heatmap-private.h"
#include "sl-heatmap-source.h"
#include "sl-packet-private.h"
#include "sl-pay-chart-source.h"

/* Rows as tall as this many lines when there is room. */
#define ROW_LINES 2.0

#define SEARCH_STEPS 16

/* How tall a chart's part may be: as much as the page has left below the
 * section's first lines, so that the first part shares their page, and
 * each other part the page it starts, with its title. */
static double
room_for_parts (SlPacket *packet)
{
  double body = packet->body_bottom - packet->body_top;
  double used = 0;

  for (guint i = packet->blocks->len; i > 0; i--)
    {
      const SlPacketBlock *block = g_ptr_array_index (packet->blocks, i - 1);

      used += block->height;
      if (block->break_before)
        break;
      used += block->space_before;
    }

  /* The title of a part and the space above it and the chart. */
  used += 40;

  return MAX (body - used, body / 2);
}

/* The heat map */

/* A part of the heat map, drawn at the height its layout was made for
 * and shown as far as it has something to show. */
typedef struct
{
  SlHeatmapData data;
  double        height;
} HeatmapPart;

static HeatmapPart *
heatmap_part (const SlHeatmapData *full,
              guint                first_row,
              guint                n_rows,
              guint                first_column,
              guint                n_columns,
              gboolean             with_note)
{
  HeatmapPart *chart = g_new0 (HeatmapPart, 1);
  SlHeatmapData *part = &chart->data;
  gsize n_cells = MAX ((gsize) n_rows * n_columns, 1);

  part->n_rows = n_rows;
  part->n_columns = n_columns;
  part->row_labels = g_new0 (char *, n_rows + 1);
  part->row_ids = g_new0 (gint64, MAX (n_rows, 1));
  part->column_labels = g_new0 (char *, n_columns + 1);
  part->means = g_new (double, n_cells);
  part->mins = g_new (double, n_cells);
  part->maxs = g_new (double, n_cells);
  part->counts = g_new0 (guint, n_cells);
  part->note = with_note ? g_strdup (full->note) : NULL;

  for (guint c = 0; c < n_columns; c++)
    part->column_labels[c] = g_strdup (full->column_labels[first_column + c]);

  for (guint r = 0; r < n_rows; r++)
    {
      part->row_labels[r] = g_strdup (full->row_labels[first_row + r]);
      part->row_ids[r] = full->row_ids[first_row + r];

      for (guint c = 0; c < n_columns; c++)
        {
          gsize from = (gsize) (first_row + r) * full->n_columns + first_column + c;
          gsize to = (gsize) r * n_columns + c;

          part->means[to] = full->means[from];
          part->mins[to] = full->mins[from];
          part->maxs[to] = full->maxs[from];
          part->counts[to] = full->counts[from];
        }
    }

  return chart;
}

static void
heatmap_part_free (gpointer data)
{
  HeatmapPart *part = data;

  sl_heatmap_data_clear (&part->data);
  g_free (part);
}

static void
draw_heatmap (cairo_t            *cr,
              gconstpointer       data,
              const SlChartStyle *style,
              double              width,
              double              height)
{
  const HeatmapPart *part = data;

  sl_heatmap_draw (cr, &part->data, style, width, part->height);
}

typedef struct
{
  guint  rows;          /* shown */
  guint  columns;
  guint  hidden;        /* rows and columns left out */
  double cell_height;
  double line;
  double header;        /* how long the competencies may be at 45°; 0 across */
  double bottom;        /* of what it draws */
} HeatmapFit;

static HeatmapFit
fit_heatmap (SlPainter           *painter,
             const SlHeatmapData *data,
             double               width,
             double               height)
{
  Layout layout;
  HeatmapFit fit;

  sl_heatmap_layout_init (&layout, painter, data, width, height);
  fit.rows = layout.n_rows;
  fit.columns = layout.n_columns;
  fit.hidden = layout.n_hidden_rows + layout.n_hidden_columns;
  fit.cell_height = layout.cell_height;
  fit.line = layout.line;
  fit.header = layout.rotated ? layout.header_length : 0;
  if (layout.note_y >= 0)
    fit.bottom = layout.note_y + layout.line / 2;
  else if (layout.n_legend > 0)
    fit.bottom = layout.legend[layout.n_legend - 1].y + layout.swatch_height / 2;
  else
    fit.bottom = layout.grid_y + layout.n_rows * layout.cell_height;
  fit.bottom = MIN (fit.bottom + layout.margin, height);
  sl_heatmap_layout_clear (&layout);

  return fit;
}

/* The least height at which every row and column of @data shows, with
 * rows of ROW_LINES where the page has room for them, and competencies
 * at 45° as long as they are, or as the page lets them be: the heat map
 * shortens them to fit its height. */
static double
heatmap_height (SlPainter           *painter,
                const SlHeatmapData *data,
                double               width,
                double               most)
{
  double header = fit_heatmap (painter, data, width, most).header;
  double low = 0;
  double high = most;

  for (guint i = 0; i < SEARCH_STEPS; i++)
    {
      double middle = (low + high) / 2;
      HeatmapFit fit = fit_heatmap (painter, data, width, middle);

      if (fit.hidden == 0 && fit.cell_height >= fit.line * ROW_LINES - 0.5 && fit.header >= header - 0.5)
        high = middle;
      else
        low = middle;
    }

  return ceil (high);
}

/* Splits @n into parts of at most @most, as even as they can be. */
static guint
part_size (guint n,
           guint most)
{
  guint n_parts;

  if (n == 0)
    return 0;

  most = MAX (most, 1);
  n_parts = (n + most - 1) / most;

  return (n + n_parts - 1) / n_parts;
}

/**
 * sl_packet_add_heatmap:
 *
 * Adds the committee's heat map of the packet's ratings, in as many parts
 * as it takes to show every candidate and competency, the panel's
 * agreement under the last.
 */
void
sl_packet_add_heatmap (SlPacket *packet)
{
  const SlPacketData *data = packet->data;
  double width = packet->body_width;
  double most = room_for_parts (packet);
  SlHeatmapData full;
  SlPainter painter;
  HeatmapFit fit;
  guint columns_per_part;
  guint rows_per_part;

  sl_heatmap_data_init_from_ratings (&full, data->role_title, data->ratings, data->competencies, FALSE, NULL);
  g_clear_pointer (&full.title, g_free);
  sl_painter_init (&painter, NULL, &packet->chart_style);

  fit = fit_heatmap (&painter, &full, width, most);
  columns_per_part = part_size (full.n_columns, fit.columns);

  for (guint c0 = 0; c0 < full.n_columns; c0 += columns_per_part)
    {
      guint n_columns = MIN (columns_per_part, full.n_columns - c0);
      HeatmapPart *all_rows = heatmap_part (&full, 0, full.n_rows, c0, n_columns, TRUE);

      fit = fit_heatmap (&painter, &all_rows->data, width, most);
      rows_per_part = part_size (full.n_rows, fit.rows);
      heatmap_part_free (all_rows);

      for (guint r0 = 0; r0 < full.n_rows; r0 += rows_per_part)
        {
          guint n_rows = MIN (rows_per_part, full.n_rows - r0);
          gboolean last = c0 + n_columns >= full.n_columns && r0 + n_rows >= full.n_rows;
          HeatmapPart *part = heatmap_part (&full, r0, n_rows, c0, n_columns, last);
          g_autofree char *name = NULL;

          if (n_rows < full.n_rows || n_columns < full.n_columns)
            {
              g_autofree char *title = NULL;

              /* Translators: which candidates and competencies a part
               * of the heat map shows */
              if (n_rows < full.n_rows && n_columns < full.n_columns)
                title = g_strdup_printf (_("Candidates %u to %u of %u, competencies %u to %u of %u"),
                                         r0 + 1, r0 + n_rows, full.n_rows,
                                         c0 + 1, c0 + n_columns, full.n_columns);
              else if (n_rows < full.n_rows)
                title = g_strdup_printf (_("Candidates %u to %u of %u"), r0 + 1, r0 + n_rows, full.n_rows);
              else
                title = g_strdup_printf (_("Competencies %u to %u of %u"),
                                         c0 + 1, c0 + n_columns, full.n_columns);
              sl_packet_add_heading (packet, SL_TEXT_MINOR, title, NULL);
            }

          name = g_strdup_printf (_("Heat map of candidates %u to %u, competencies %u to %u"),
                                  r0 + 1, r0 + n_rows, c0 + 1, c0 + n_columns);
          part->height = heatmap_height (&painter, &part->data, width, most);
          sl_packet_add_chart (packet, name, draw_heatmap, part, heatmap_part_free,
                               fit_heatmap (&painter, &part->data, width, part->height).bottom);
        }
    }

  sl_painter_clear (&painter);
  sl_heatmap_data_clear (&full);
}

/* The salary chart */

typedef struct
{
  SlPayChartData data;
  GPtrArray     *rows;
  double         height;
} PayPart;

static void
pay_part_free (gpointer data)
{
  PayPart *part = data;

  g_free (part->data.currency);
  g_free (part->data.market_note);
  g_clear_pointer (&part->rows, g_ptr_array_unref);
  g_free (part);
}

static void
draw_salary (cairo_t            *cr,
             gconstpointer       data,
             const SlChartStyle *style,
             double              width,
             double              height)
{
  const PayPart *part = data;

  sl_pay_chart_draw (cr, SL_PAY_CHART_SALARY, &part->data, style, width, part->height);
}

typedef struct
{
  guint       shown;          /* candidates */
  guint       hidden;
  double      row_height;
  double      line;
  double      bottom;         /* of what it draws */
  const char *empty_text;
} PayFit;

static PayFit
fit_salary (SlPainter            *painter,
            const SlPayChartData *data,
            double                width,
            double                height)
{
  SlPayLayout layout;
  PayFit fit = { 0 };

  sl_pay_layout_init (&layout, painter, SL_PAY_CHART_SALARY, data, width, height);
  fit.hidden = layout.n_hidden;
  fit.line = layout.line;
  fit.empty_text = layout.empty_text;
  fit.row_height = INFINITY;
  for (guint i = 0; i < layout.n_rows; i++)
    if (layout.rows[i].kind == SL_PAY_ROW_CANDIDATE)
      {
        fit.shown++;
        fit.row_height = MIN (fit.row_height, layout.rows[i].height);
      }
  fit.bottom = layout.note_y >= 0 ? layout.note_y + layout.line / 2 : layout.axis_y + layout.line * 1.5;
  fit.bottom = MIN (fit.bottom + layout.margin, height);
  sl_pay_layout_clear (&layout);

  return fit;
}

static double
salary_height (SlPainter            *painter,
               const SlPayChartData *data,
               double                width,
               double                most)
{
  double low = 0;
  double high = most;

  for (guint i = 0; i < SEARCH_STEPS; i++)
    {
      double middle = (low + high) / 2;
      PayFit fit = fit_salary (painter, data, width, middle);

      if (fit.empty_text == NULL && fit.hidden == 0 && fit.row_height >= fit.line * ROW_LINES - 0.5)
        high = middle;
      else
        low = middle;
    }

  return ceil (high);
}

static PayPart *
pay_part_new (const SlPayChartData *full,
              GPtrArray            *rows,
              guint                 first,
              guint                 n)
{
  PayPart *part = g_new0 (PayPart, 1);

  part->data = *full;
  part->data.title = NULL;
  part->data.currency = g_strdup (full->currency);
  part->data.market_note = g_strdup (full->market_note);
  part->rows = g_ptr_array_new ();
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (part->rows, g_ptr_array_index (rows, first + i));
  part->data.rows = part->rows;

  return part;
}

/**
 * sl_packet_add_salary:
 *
 * Adds the salary chart: the market, the role's band and each
 * candidate's pay, expectation and latest offer; in parts on one axis
 * when the candidates do not fit a page. Without any of these, says so.
 */
void
sl_packet_add_salary (SlPacket *packet)
{
  const SlPacketData *data = packet->data;
  double width = packet->body_width;
  double most = room_for_parts (packet);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  SlPayChartData full;
  SlPainter painter;
  PayFit fit;
  guint per_part;

  sl_pay_chart_data_init (&full, data->role_title, data->band, data->pay_rows, data->market, data->market_note);
  sl_painter_init (&painter, NULL, &packet->chart_style);

  for (guint i = 0; i < data->pay_rows->len; i++)
    if (sl_pay_row_has_pay (g_ptr_array_index (data->pay_rows, i)))
      g_ptr_array_add (rows, g_ptr_array_index (data->pay_rows, i));

  fit = fit_salary (&painter, &full, width, most);
  if (fit.empty_text != NULL)
    {
      g_autofree char *markup = g_markup_escape_text (fit.empty_text, -1);

      sl_packet_add_text (packet, SL_TEXT_BODY, markup);
    }
  else
    {
      per_part = part_size (rows->len, fit.shown);

      /* Parts share the axis of the whole. */
      if (per_part < rows->len)
        {
          full.fixed_extent = TRUE;
          full.extent_min = INFINITY;
          full.extent_max = -INFINITY;
          for (guint i = 0; i < rows->len; i++)
            {
              const SlPayRow *row = g_ptr_array_index (rows, i);
              double values[] = { row->current_pay, row->expected_pay, row->offer != NULL ? row->offer->base : NAN };

              for (guint k = 0; k < G_N_ELEMENTS (values); k++)
                if (isfinite (values[k]))
                  {
                    full.extent_min = MIN (full.extent_min, values[k]);
                    full.extent_max = MAX (full.extent_max, values[k]);
                  }
            }
        }

      for (guint first = 0; first < MAX (rows->len, 1); first += MAX (per_part, 1))
        {
          guint n = MIN (per_part, rows->len - first);
          PayPart *part = pay_part_new (&full, rows, first, n);

          if (n < rows->len)
            {
              /* Translators: which candidates a part of the salary chart shows */
              g_autofree char *title = g_strdup_printf (_("Candidates %u to %u of %u"),
                                                        first + 1, first + n, rows->len);

              sl_packet_add_heading (packet, SL_TEXT_MINOR, title, NULL);
            }

          part->height = salary_height (&painter, &part->data, width, most);
          sl_packet_add_chart (packet, _("Salary chart"), draw_salary, part, pay_part_free,
                               fit_salary (&painter, &part->data, width, part->height).bottom);
        }
    }

  sl_painter_clear (&painter);
  sl_pay_chart_data_clear (&full);
}
