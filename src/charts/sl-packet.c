/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-packet.c: the committee packet's pages: paper, margins and footer,
 * a page drawn into any cairo_t, and the whole packet written to PDF */
#define G_LOG_DOMAIN "shortlist-packet"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#ifdef HAVE__NL_PAPER_HEIGHT
#include <langinfo.h>
#endif

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sl-file-sink.h"
#include "sl-packet-private.h"

/* The packet's text, in points. Pango's default resolution is 96 dots an
 * inch, the charts' too; the packet sets 72 so that a point is a unit of
 * the PDF, and gives its charts fonts as large as its own small text. */
#define PACKET_DPI 72.0
#define CHART_FONT_SIZE (7.5 * PACKET_DPI / 96.0)

static const struct
{
  const char *name;
  const char *label;
  double      width;
  double      height;
} papers[] = {
  [SL_PAPER_A4] = { "a4", N_("A4"), 595.276, 841.89 },
  [SL_PAPER_LETTER] = { "letter", N_("US Letter"), 612, 792 },
};

gboolean
sl_paper_from_string (const char *name,
                      SlPaper    *paper)
{
  g_return_val_if_fail (paper != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    if (g_ascii_strcasecmp (name, papers[i].name) == 0)
      {
        *paper = i;
        return TRUE;
      }

  return FALSE;
}

const char *
sl_paper_to_string (SlPaper paper)
{
  g_return_val_if_fail (paper < G_N_ELEMENTS (papers), NULL);

  return papers[paper].name;
}

const char *
sl_paper_get_label (SlPaper paper)
{
  g_return_val_if_fail (paper < G_N_ELEMENTS (papers), NULL);

  return _(papers[paper].label);
}

/**
 * sl_paper_get_default:
 *
 * Returns: the paper of the user's locale: US Letter where it is 279 mm
 *   tall, A4 elsewhere
 */
SlPaper
sl_paper_get_default (void)
{
#ifdef HAVE__NL_PAPER_HEIGHT
  union
  {
    unsigned int word;
    char *string;
  } height;

  height.string = nl_langinfo (_NL_PAPER_HEIGHT);
  if (height.word == 279)
    return SL_PAPER_LETTER;
#endif

  return SL_PAPER_A4;
}

/* In points. */
void
sl_paper_get_size (SlPaper  paper,
                   double  *width,
                   double  *height)
{
  g_return_if_fail (paper < G_N_ELEMENTS (papers));

  if (width != NULL)
    *width = papers[paper].width;
  if (height != NULL)
    *height = papers[paper].height;
}

static PangoFontDescription *
font_new (double   size,
          gboolean bold)
{
  PangoFontDescription *font = pango_font_description_from_string ("Sans");

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);

  return font;
}

static void
init_text (SlPacket *packet)
{
  cairo_font_options_t *options;

  packet->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (packet->context, PACKET_DPI);

  /* Unhinted metrics measure text alike on every surface: the page a
   * printer draws is the page the PDF has. */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (packet->context, options);
  cairo_font_options_destroy (options);

  packet->fonts[SL_TEXT_TITLE] = font_new (22, TRUE);
  packet->fonts[SL_TEXT_HEADING] = font_new (15, TRUE);
  packet->fonts[SL_TEXT_SUBHEADING] = font_new (11, TRUE);
  packet->fonts[SL_TEXT_MINOR] = font_new (9, TRUE);
  packet->fonts[SL_TEXT_BODY] = font_new (9, FALSE);
  packet->fonts[SL_TEXT_SMALL] = font_new (7.5, FALSE);
  packet->fonts[SL_TEXT_TABLE] = font_new (8, FALSE);
  packet->fonts[SL_TEXT_TABLE_HEADER] = font_new (7.5, TRUE);
  packet->fonts[SL_TEXT_FOOTER] = font_new (7.5, FALSE);
}

/**
 * sl_packet_new:
 * @data: the packet's figures, which must outlive it
 * @width: a page's width, in points
 * @height: a page's height
 *
 * Lays the packet out on pages of @width × @height: the cover, the
 * requirement matrix, the committee's ratings, a page or more for each
 * candidate and the compensation, each part as long as it needs.
 *
 * Returns: (transfer full): the packet
 */
SlPacket *
sl_packet_new (const SlPacketData *data,
               double              width,
               double              height)
{
  SlPacket *packet;
  double footer;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (width >= 100 && height >= 100, NULL);

  packet = g_new0 (SlPacket, 1);
  packet->data = data;
  packet->width = width;
  packet->height = height;
  sl_chart_style_init_default (&packet->style, FALSE);
  sl_chart_style_init_default (&packet->chart_style, FALSE);
  packet->chart_style.font_size = CHART_FONT_SIZE;

  init_text (packet);

  /* About 17 mm on A4 and Letter, less on a small page. */
  packet->margin = CLAMP (round (MIN (width, height) * 0.08), 18, 54);
  footer = 7.5 * 2.4;
  packet->body_left = packet->margin;
  packet->body_width = width - 2 * packet->margin;
  packet->body_top = packet->margin;
  packet->body_bottom = height - packet->margin - footer;

  packet->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) sl_packet_block_free);
  packet->tables = g_ptr_array_new_with_free_func ((GDestroyNotify) sl_packet_table_free);
  packet->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  if (data->blind)
    /* Translators: the footer of a committee packet; %s is a role */
    packet->footer = g_strdup_printf (_("%s · Committee packet · names hidden"), data->role_title);
  else
    /* Translators: the footer of a committee packet; %s is a role */
    packet->footer = g_strdup_printf (_("%s · Committee packet"), data->role_title);

  sl_packet_build (packet);
  sl_packet_paginate (packet);
  sl_packet_fill_contents (packet);

  return packet;
}

void
sl_packet_free (SlPacket *packet)
{
  if (packet == NULL)
    return;

  g_clear_pointer (&packet->pages, g_ptr_array_unref);
  g_clear_pointer (&packet->blocks, g_ptr_array_unref);
  g_clear_pointer (&packet->tables, g_ptr_array_unref);
  for (guint i = 0; i < SL_N_TEXT_STYLES; i++)
    g_clear_pointer (&packet->fonts[i], pango_font_description_free);
  g_clear_object (&packet->context);
  sl_chart_style_clear (&packet->style);
  sl_chart_style_clear (&packet->chart_style);
  g_free (packet->footer);
  g_free (packet);
}

guint
sl_packet_get_n_pages (SlPacket *packet)
{
  g_return_val_if_fail (packet != NULL, 0);

  return packet->pages->len;
}

/* Where blocks lie on a page, between the margin and the footer. */
void
sl_packet_get_body (SlPacket *packet,
                    double   *top,
                    double   *bottom)
{
  g_return_if_fail (packet != NULL);

  if (top != NULL)
    *top = packet->body_top;
  if (bottom != NULL)
    *bottom = packet->body_bottom;
}

guint
sl_packet_get_n_blocks (SlPacket *packet,
                        guint     page)
{
  g_return_val_if_fail (packet != NULL, 0);
  g_return_val_if_fail (page < packet->pages->len, 0);

  return ((GArray *) g_ptr_array_index (packet->pages, page))->len;
}

/**
 * sl_packet_get_block:
 * @info: (out caller-allocates): what the block is and where it lies,
 *   valid as long as @packet
 *
 * Tells the @index-th block of @page, from the top.
 */
void
sl_packet_get_block (SlPacket          *packet,
                     guint              page,
                     guint              index,
                     SlPacketBlockInfo *info)
{
  GArray *placed;
  const SlPacketPlaced *p;

  g_return_if_fail (packet != NULL && info != NULL);
  g_return_if_fail (page < packet->pages->len);

  placed = g_ptr_array_index (packet->pages, page);
  g_return_if_fail (index < placed->len);

  p = &g_array_index (placed, SlPacketPlaced, index);
  info->kind = p->block->kind;
  info->section = p->block->section;
  info->candidate = p->block->candidate;
  info->table = p->block->table != NULL ? p->block->table->id : 0;
  info->repeated = p->repeated;
  info->text = p->block->text;
  info->y = p->y;
  info->height = p->block->height;
}

static void
draw_footer (SlPacket *packet,
             cairo_t  *cr,
             guint     page)
{
  g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, packet->pages->len);
  g_autofree char *escaped = g_markup_escape_text (packet->footer, -1);
  g_autoptr(PangoLayout) left = NULL;
  g_autoptr(PangoLayout) right = NULL;
  double y = packet->height - packet->margin + 4;
  int number_width;

  right = sl_packet_layout_text (packet, SL_TEXT_FOOTER, number, packet->body_width, PANGO_ALIGN_LEFT);
  pango_layout_get_size (right, &number_width, NULL);
  left = sl_packet_layout_text (packet, SL_TEXT_FOOTER, escaped,
                                packet->body_width - (double) number_width / PANGO_SCALE - 12,
                                PANGO_ALIGN_LEFT);
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);

  cairo_set_source_rgba (cr, packet->style.foreground.red, packet->style.foreground.green,
                         packet->style.foreground.blue, 0.3);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, packet->body_left, y - 3.75);
  cairo_line_to (cr, packet->body_left + packet->body_width, y - 3.75);
  cairo_stroke (cr);

  cairo_set_source_rgba (cr, packet->style.foreground.red, packet->style.foreground.green,
                         packet->style.foreground.blue, 0.75);
  cairo_move_to (cr, packet->body_left, y);
  pango_cairo_show_layout (cr, left);
  cairo_move_to (cr, packet->body_left + packet->body_width - (double) number_width / PANGO_SCALE, y);
  pango_cairo_show_layout (cr, right);
}

/**
 * sl_packet_draw_page:
 * @cr: where to draw, its user space in points with the page's top left
 *   corner at (0, 0) and as large as the packet was laid out for
 * @page: from 0
 *
 * Draws one page on a white background: what the PDF has on that page,
 * for a printer or a preview.
 */
void
sl_packet_draw_page (SlPacket *packet,
                     cairo_t  *cr,
                     guint     page)
{
  GArray *placed;

  g_return_if_fail (packet != NULL && cr != NULL);
  g_return_if_fail (page < packet->pages->len);

  placed = g_ptr_array_index (packet->pages, page);

  cairo_save (cr);
  cairo_set_source_rgba (cr, packet->style.background.red, packet->style.background.green,
                         packet->style.background.blue, 1);
  cairo_rectangle (cr, 0, 0, packet->width, packet->height);
  cairo_fill (cr);

  for (guint i = 0; i < placed->len; i++)
    sl_packet_draw_block (packet, cr, &g_array_index (placed, SlPacketPlaced, i));

  draw_footer (packet, cr, page);
  cairo_restore (cr);
}

/* Bookmarks for the sections and, under "Candidates", each candidate. */
static void
add_outline (SlPacket        *packet,
             cairo_surface_t *surface)
{
  int candidates = -1;

  for (guint p = 0; p < packet->pages->len; p++)
    {
      GArray *placed = g_ptr_array_index (packet->pages, p);

      for (guint i = 0; i < placed->len; i++)
        {
          const SlPacketBlock *block = g_array_index (placed, SlPacketPlaced, i).block;
          g_autofree char *link = NULL;
          int parent = CAIRO_PDF_OUTLINE_ROOT;

          if (block->outline == NULL || g_array_index (placed, SlPacketPlaced, i).repeated)
            continue;

          link = g_strdup_printf ("page=%u", p + 1);
          if (block->section == SL_PACKET_SECTION_CANDIDATE && !packet->data->one_candidate)
            {
              if (candidates < 0)
                candidates = cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT,
                                                            _("Candidates"), link, 0);
              parent = candidates;
            }

          cairo_pdf_surface_add_outline (surface, parent, block->outline, link, 0);
        }
    }
}

static cairo_status_t
render (SlPacket         *packet,
        SlFileSink       *sink,
        SlPacketProgress  progress,
        gpointer          user_data,
        GCancellable     *cancellable)
{
  g_autofree char *title = g_strdup_printf (_("Committee packet: %s"), packet->data->role_title);
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  surface = cairo_pdf_surface_create_for_stream (sl_file_sink_write, sink, packet->width, packet->height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Shortlist");
  cr = cairo_create (surface);

  for (guint page = 0; page < packet->pages->len; page++)
    {
      if (g_cancellable_is_cancelled (cancellable))
        break;

      sl_packet_draw_page (packet, cr, page);
      cairo_show_page (cr);
      if (cairo_status (cr) != CAIRO_STATUS_SUCCESS)
        break;

      if (progress != NULL)
        progress (page + 1, packet->pages->len, user_data);
    }

  add_outline (packet, surface);

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return status;
}

/**
 * sl_packet_write_pdf:
 * @path: the file to write, in the file name encoding
 * @progress: (nullable): told of each page written
 *
 * Writes the packet to @path as a PDF of its pages, its text as text,
 * readable by its owner only, as it holds what is known of candidates.
 * The file is written beside @path under another name and renamed into
 * place once whole, so a failure or a cancellation leaves whatever @path
 * held before as it was, and no file where there was none.
 *
 * Returns: %TRUE on success
 */
gboolean
sl_packet_write_pdf (SlPacket          *packet,
                     const char        *path,
                     SlPacketProgress   progress,
                     gpointer           user_data,
                     GCancellable      *cancellable,
                     GError           **error)
{
  g_autofree char *display = NULL;
  SlFileSink sink = { NULL, NULL, -1, 0 };
  cairo_status_t status;

  g_return_val_if_fail (packet != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display = g_filename_display_name (path);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("Cannot write the packet to “%s”: it is a folder"), display);
      return FALSE;
    }

  if (!sl_file_sink_open (&sink, path, 0600))
    {
      if (sink.saved_errno == ENOENT)
        {
          g_autofree char *dirname = g_path_get_dirname (path);
          g_autofree char *folder = g_filename_display_name (dirname);

          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       _("Cannot write the packet to “%s”: the folder “%s” does not exist"),
                       display, folder);
        }
      else
        g_set_error (error, G_IO_ERROR, sl_file_sink_code (&sink),
                     /* Translators: %1$s is a file name, %2$s why it failed */
                     _("Cannot write the packet to “%1$s”: %2$s"), display, g_strerror (sink.saved_errno));
      return FALSE;
    }

  status = render (packet, &sink, progress, user_data, cancellable);
  status = sl_file_sink_close (&sink, status, cancellable);
  if (status == CAIRO_STATUS_SUCCESS && g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, sl_file_sink_code (&sink),
                   _("Cannot write the packet to “%1$s”: %2$s"), display, sl_file_sink_reason (&sink, status));
      return FALSE;
    }

  return TRUE;
}
