/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The packet's blocks: headings, paragraphs, table rows and charts, each
 * measured once at the width of the page, then placed on pages so that
 * no page break falls inside one. */
#define G_LOG_DOMAIN "shortlist-packet"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sl-packet-private.h"

/* Space inside a table's cells. */
#define CELL_PAD_X 4.0
#define CELL_PAD_Y 2.5

/* What @style's text has above it, unless it starts a page. */
static double
space_before (SlTextStyle style)
{
  switch (style)
    {
    case SL_TEXT_HEADING:
      return 20;
    case SL_TEXT_SUBHEADING:
      return 14;
    case SL_TEXT_MINOR:
      return 9;
    case SL_TEXT_BODY:
      return 4;
    case SL_TEXT_SMALL:
      return 3;
    case SL_TEXT_TITLE:
    case SL_TEXT_TABLE:
    case SL_TEXT_TABLE_HEADER:
    case SL_TEXT_FOOTER:
    case SL_N_TEXT_STYLES:
    default:
      return 0;
    }
}

PangoLayout *
sl_packet_layout_text (SlPacket       *packet,
                       SlTextStyle     style,
                       const char     *markup,
                       double          width,
                       PangoAlignment  align)
{
  PangoLayout *layout = pango_layout_new (packet->context);

  pango_layout_set_font_description (layout, packet->fonts[style]);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, (int) (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_alignment (layout, align);
  pango_layout_set_markup (layout, markup, -1);

  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);

  return ceil ((double) height / PANGO_SCALE);
}

static SlPacketBlock *
block_new (SlPacket          *packet,
           SlPacketBlockKind  kind)
{
  SlPacketBlock *block = g_new0 (SlPacketBlock, 1);

  block->kind = kind;
  block->section = packet->section;
  block->candidate = packet->candidate;
  block->break_before = packet->next_breaks;
  packet->next_breaks = FALSE;
  g_ptr_array_add (packet->blocks, block);

  return block;
}

/**
 * sl_packet_add_heading:
 * @outline: (nullable): the heading's name among the PDF's bookmarks
 *
 * Adds a heading, which stays on the page of what follows it.
 */
SlPacketBlock *
sl_packet_add_heading (SlPacket    *packet,
                       SlTextStyle  style,
                       const char  *text,
                       const char  *outline)
{
  SlPacketBlock *block = block_new (packet, SL_PACKET_BLOCK_HEADING);
  g_autofree char *markup = g_markup_escape_text (text, -1);

  block->layout = sl_packet_layout_text (packet, style, markup, packet->body_width, PANGO_ALIGN_LEFT);
  block->text = g_strdup (text);
  block->rule_below = style == SL_TEXT_HEADING;
  block->height = layout_height (block->layout) + (block->rule_below ? 8 : 3);
  block->space_before = space_before (style);
  block->keep_with_next = TRUE;
  block->outline = g_strdup (outline);

  return block;
}

/**
 * sl_packet_add_text:
 * @markup: Pango markup, its text escaped
 *
 * Adds a paragraph. One taller than a page goes on line by line.
 */
SlPacketBlock *
sl_packet_add_text (SlPacket    *packet,
                    SlTextStyle  style,
                    const char  *markup)
{
  g_autoptr(PangoLayout) layout = sl_packet_layout_text (packet, style, markup, packet->body_width,
                                                        PANGO_ALIGN_LEFT);
  double height = layout_height (layout);
  SlPacketBlock *first = NULL;
  PangoLayoutIter *iter;

  if (height <= packet->body_bottom - packet->body_top)
    {
      first = block_new (packet, SL_PACKET_BLOCK_TEXT);
      first->layout = g_steal_pointer (&layout);
      first->text = g_strdup (pango_layout_get_text (first->layout));
      first->height = height;
      first->space_before = space_before (style);
      first->dim = style == SL_TEXT_SMALL;
      return first;
    }

  iter = pango_layout_get_iter (layout);
  do
    {
      SlPacketBlock *block = block_new (packet, SL_PACKET_BLOCK_TEXT);
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle extents;
      int y0, y1;

      pango_layout_iter_get_line_extents (iter, NULL, &extents);
      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      block->layout = g_object_ref (layout);
      block->text = g_strndup (pango_layout_get_text (layout) + line->start_index, line->length);
      block->line_top = floor ((double) y0 / PANGO_SCALE);
      block->height = ceil ((double) y1 / PANGO_SCALE) - block->line_top;
      block->dim = style == SL_TEXT_SMALL;
      if (first == NULL)
        {
          first = block;
          block->space_before = space_before (style);
        }
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  return first;
}

/* Space before the next block, as an empty paragraph of that height. */
void
sl_packet_add_space (SlPacket *packet,
                     double    space)
{
  SlPacketBlock *block = block_new (packet, SL_PACKET_BLOCK_TEXT);

  block->text = g_strdup ("");
  block->height = space;
}

/* The next block starts a page. */
void
sl_packet_break_page (SlPacket *packet)
{
  packet->next_breaks = TRUE;
}

static SlPacketBlock *
row_new (SlPacket           *packet,
         SlPacketTable      *table,
         SlPacketBlockKind   kind,
         SlTextStyle         style,
         const char * const *markup)
{
  SlPacketBlock *block = block_new (packet, kind);
  g_autoptr(GString) text = g_string_new (NULL);
  double height = 0;

  block->table = table;
  block->cells = g_new0 (PangoLayout *, table->n_columns);
  for (guint c = 0; c < table->n_columns; c++)
    {
      if (c > 0)
        g_string_append_c (text, '\t');
      if (markup[c] == NULL || markup[c][0] == '\0')
        continue;

      block->cells[c] = sl_packet_layout_text (packet, style, markup[c],
                                               table->widths[c] - 2 * CELL_PAD_X, table->aligns[c]);
      g_string_append (text, pango_layout_get_text (block->cells[c]));
      height = MAX (height, layout_height (block->cells[c]));
    }

  block->text = g_string_free (g_steal_pointer (&text), FALSE);
  block->height = ceil (height + 2 * CELL_PAD_Y);

  return block;
}

/**
 * sl_packet_add_table:
 * @widths: each column's width in points, or, when negative, its share
 *   of what the others leave
 * @aligns: (nullable): each column's alignment; left for all when %NULL
 * @header: (nullable): the header's cells, plain text; %NULL for a table
 *   without one
 *
 * Starts a table with its header; sl_packet_add_row() adds its rows. A
 * header stays with the first row, and is repeated on each page the
 * table goes on to.
 */
SlPacketTable *
sl_packet_add_table (SlPacket             *packet,
                     guint                 n_columns,
                     const double         *widths,
                     const PangoAlignment *aligns,
                     const char * const   *header)
{
  SlPacketTable *table = g_new0 (SlPacketTable, 1);
  g_autoptr(GPtrArray) escaped = g_ptr_array_new_with_free_func (g_free);
  double fixed = 0;
  double shares = 0;
  double x = 0;

  table->id = packet->tables->len + 1;
  table->n_columns = n_columns;
  table->x = g_new0 (double, n_columns);
  table->widths = g_new0 (double, n_columns);
  table->aligns = g_new0 (PangoAlignment, n_columns);
  g_ptr_array_add (packet->tables, table);

  for (guint c = 0; c < n_columns; c++)
    {
      if (widths[c] >= 0)
        fixed += widths[c];
      else
        shares -= widths[c];
    }

  for (guint c = 0; c < n_columns; c++)
    {
      table->widths[c] = widths[c] >= 0 ? widths[c]
                                        : MAX (packet->body_width - fixed, 0) * -widths[c] / shares;
      table->x[c] = x;
      table->aligns[c] = aligns != NULL ? aligns[c] : PANGO_ALIGN_LEFT;
      x += table->widths[c];
      if (header != NULL)
        g_ptr_array_add (escaped, g_markup_escape_text (header[c] != NULL ? header[c] : "", -1));
    }

  if (header == NULL)
    return table;

  table->header = row_new (packet, table, SL_PACKET_BLOCK_TABLE_HEADER, SL_TEXT_TABLE_HEADER,
                           (const char * const *) escaped->pdata);
  table->header->space_before = 6;
  table->header->keep_with_next = TRUE;
  table->header->shaded = TRUE;

  return table;
}

/**
 * sl_packet_add_row:
 * @markup: the cells, Pango markup with the text escaped
 *
 * Adds a row to the table last started.
 */
SlPacketBlock *
sl_packet_add_row (SlPacket           *packet,
                   SlPacketTable      *table,
                   const char * const *markup)
{
  SlPacketBlock *row = row_new (packet, table, SL_PACKET_BLOCK_TABLE_ROW, SL_TEXT_TABLE, markup);

  row->shaded = table->n_rows % 2 == 1;
  if (table->n_rows == 0 && table->header == NULL)
    row->space_before = 6;
  table->n_rows++;

  return row;
}

/**
 * sl_packet_add_chart:
 * @name: what the chart shows, for sl_packet_get_block()
 * @chart: (transfer full): what @draw draws, freed with @free_chart
 * @height: its height; its width is the page's
 */
SlPacketBlock *
sl_packet_add_chart (SlPacket        *packet,
                     const char      *name,
                     SlChartDrawFunc  draw,
                     gpointer         chart,
                     GDestroyNotify   free_chart,
                     double           height)
{
  SlPacketBlock *block = block_new (packet, SL_PACKET_BLOCK_CHART);

  block->text = g_strdup (name);
  block->draw = draw;
  block->chart = chart;
  block->height = ceil (height);
  block->space_before = 6;
  block->free_chart = free_chart;

  return block;
}

/* The height of @index and of the blocks it keeps with, as far as a page
 * break that must come. */
static double
chain_height (SlPacket *packet,
              guint     index)
{
  double height = 0;

  for (guint i = index; i < packet->blocks->len; i++)
    {
      SlPacketBlock *block = g_ptr_array_index (packet->blocks, i);

      if (i > index && block->break_before)
        break;
      if (i > index)
        height += block->space_before;
      height += block->height;
      if (!block->keep_with_next)
        break;
    }

  return height;
}

static GArray *
new_page (SlPacket *packet)
{
  GArray *page = g_array_new (FALSE, FALSE, sizeof (SlPacketPlaced));

  g_ptr_array_add (packet->pages, page);

  return page;
}

/**
 * sl_packet_paginate:
 *
 * Places the blocks on pages, in order. A block that does not fit below
 * the last one on a page starts the next page, with what it keeps with;
 * a table's row that starts a page has the table's header above it. A
 * block taller than a page, which only a table's row with a great deal of
 * text could be, has a page of its own and is cut at its bottom.
 */
void
sl_packet_paginate (SlPacket *packet)
{
  double body = packet->body_bottom - packet->body_top;
  GArray *page = new_page (packet);
  double y = packet->body_top;

  for (guint i = 0; i < packet->blocks->len; i++)
    {
      SlPacketBlock *block = g_ptr_array_index (packet->blocks, i);
      double space = page->len > 0 ? block->space_before : 0;
      double needed = space + MIN (chain_height (packet, i), body);
      SlPacketPlaced placed = { block, 0, FALSE };

      if (page->len > 0 && (block->break_before || y + needed > packet->body_bottom + 0.01))
        {
          page = new_page (packet);
          y = packet->body_top;
          space = 0;

          /* Where a table goes on, its header comes first again. */
          if (block->kind == SL_PACKET_BLOCK_TABLE_ROW && block->table->header != NULL)
            {
              SlPacketPlaced header = { block->table->header, y, TRUE };

              g_array_append_val (page, header);
              y += block->table->header->height;
            }
        }

      placed.y = y + space;
      block->page = packet->pages->len - 1;
      g_array_append_val (page, placed);
      y = placed.y + block->height;
    }
}

static void
set_color (cairo_t            *cr,
           const SlChartColor *color,
           double              alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static void
draw_row (SlPacket             *packet,
          cairo_t              *cr,
          const SlPacketBlock  *block,
          double                y)
{
  const SlPacketTable *table = block->table;
  double left = packet->body_left;
  double width = table->x[table->n_columns - 1] + table->widths[table->n_columns - 1];

  if (block->shaded)
    {
      cairo_rectangle (cr, left, y, width, block->height);
      set_color (cr, &packet->style.foreground, block->kind == SL_PACKET_BLOCK_TABLE_HEADER ? 0.1 : 0.04);
      cairo_fill (cr);
    }

  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, left, y + block->height - 0.25);
  cairo_line_to (cr, left + width, y + block->height - 0.25);
  set_color (cr, &packet->style.foreground, block->kind == SL_PACKET_BLOCK_TABLE_HEADER ? 0.5 : 0.2);
  cairo_stroke (cr);

  set_color (cr, &packet->style.foreground, 1);
  for (guint c = 0; c < table->n_columns; c++)
    {
      if (block->cells[c] == NULL)
        continue;

      /* A contents row links to the page it names. */
      if (block->page_of != NULL && c == table->n_columns - 1)
        {
          g_autofree char *link = g_strdup_printf ("page=%u", block->page_of->page + 1);

          cairo_tag_begin (cr, CAIRO_TAG_LINK, link);
        }

      cairo_move_to (cr, left + table->x[c] + CELL_PAD_X, y + CELL_PAD_Y);
      pango_cairo_show_layout (cr, block->cells[c]);

      if (block->page_of != NULL && c == table->n_columns - 1)
        cairo_tag_end (cr, CAIRO_TAG_LINK);
    }
}

void
sl_packet_draw_block (SlPacket             *packet,
                      cairo_t              *cr,
                      const SlPacketPlaced *placed)
{
  const SlPacketBlock *block = placed->block;
  double left = packet->body_left;
  double y = placed->y;

  cairo_save (cr);

  /* Nothing is drawn past the body: a block too tall for a page is cut
   * there rather than drawn over the footer. */
  cairo_rectangle (cr, 0, packet->body_top - packet->margin / 2, packet->width,
                   packet->body_bottom - packet->body_top + packet->margin / 2);
  cairo_clip (cr);

  switch (block->kind)
    {
    case SL_PACKET_BLOCK_HEADING:
    case SL_PACKET_BLOCK_TEXT:
      if (block->layout == NULL)
        break;
      cairo_rectangle (cr, left, y, packet->body_width, block->height);
      cairo_clip (cr);
      set_color (cr, &packet->style.foreground, block->dim ? 0.75 : 1);
      cairo_move_to (cr, left, y - block->line_top);
      pango_cairo_show_layout (cr, block->layout);
      if (block->rule_below)
        {
          cairo_set_line_width (cr, 1);
          cairo_move_to (cr, left, y + block->height - 3.5);
          cairo_line_to (cr, left + packet->body_width, y + block->height - 3.5);
          set_color (cr, &packet->style.accent, 1);
          cairo_stroke (cr);
        }
      break;

    case SL_PACKET_BLOCK_TABLE_HEADER:
    case SL_PACKET_BLOCK_TABLE_ROW:
      draw_row (packet, cr, block, y);
      break;

    case SL_PACKET_BLOCK_CHART:
      cairo_translate (cr, left, y);
      cairo_rectangle (cr, 0, 0, packet->body_width, block->height);
      cairo_clip (cr);
      block->draw (cr, block->chart, &packet->chart_style, packet->body_width, block->height);
      break;

    default:
      g_assert_not_reached ();
    }

  cairo_restore (cr);
}

void
sl_packet_block_free (SlPacketBlock *block)
{
  if (block == NULL)
    return;

  g_free (block->text);
  g_clear_object (&block->layout);
  if (block->cells != NULL)
    for (guint c = 0; c < block->table->n_columns; c++)
      g_clear_object (&block->cells[c]);
  g_free (block->cells);
  g_free (block->outline);
  if (block->free_chart != NULL)
    block->free_chart (block->chart);
  g_free (block);
}

void
sl_packet_table_free (SlPacketTable *table)
{
  if (table == NULL)
    return;

  g_free (table->x);
  g_free (table->widths);
  g_free (table->aligns);
  g_free (table);
}
