/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-packet.h: the hiring committee's packet: a role's figures laid out
 * on pages of paper, each page drawn into any cairo_t, the whole written
 * to PDF */

#pragma once

#include <gio/gio.h>

#include "sl-chart.h"
#include "sl-packet-data.h"

G_BEGIN_DECLS

typedef enum
{
  SL_PAPER_A4,
  SL_PAPER_LETTER,
} SlPaper;

gboolean    sl_paper_from_string (const char *name,
                                  SlPaper    *paper);
const char *sl_paper_to_string   (SlPaper     paper);
const char *sl_paper_get_label   (SlPaper     paper);
SlPaper     sl_paper_get_default (void);
void        sl_paper_get_size    (SlPaper     paper,
                                  double     *width,
                                  double     *height);

typedef enum
{
  SL_PACKET_SECTION_COVER,
  SL_PACKET_SECTION_MATRIX,
  SL_PACKET_SECTION_RATINGS,
  SL_PACKET_SECTION_CANDIDATE,
  SL_PACKET_SECTION_COMPENSATION,
} SlPacketSection;

/* What a page is made of. A page break never falls inside a block: one
 * that does not fit moves to the next page; a table breaks between its
 * rows and repeats its header. */
typedef enum
{
  SL_PACKET_BLOCK_HEADING,
  SL_PACKET_BLOCK_TEXT,
  SL_PACKET_BLOCK_TABLE_HEADER,
  SL_PACKET_BLOCK_TABLE_ROW,
  SL_PACKET_BLOCK_CHART,
} SlPacketBlockKind;

typedef struct
{
  SlPacketBlockKind        kind;
  SlPacketSection          section;
  const SlPacketCandidate *candidate;  /* whose page it is on, or NULL */
  guint                    table;      /* the table of a header or row, from 1; else 0 */
  gboolean                 repeated;   /* a header repeated where its table goes on */
  const char              *text;       /* what it says; a row's cells apart by tabs */
  double                   y;          /* its top on the page */
  double                   height;
} SlPacketBlockInfo;

typedef struct _SlPacket SlPacket;

/* Called after each page is written, from the thread that writes. */
typedef void (*SlPacketProgress) (guint    n_done,
                                  guint    n_pages,
                                  gpointer user_data);

SlPacket *sl_packet_new           (const SlPacketData *data,
                                   double              width,
                                   double              height);
void      sl_packet_free          (SlPacket           *packet);

guint     sl_packet_get_n_pages   (SlPacket           *packet);
void      sl_packet_get_body      (SlPacket           *packet,
                                   double             *top,
                                   double             *bottom);
guint     sl_packet_get_n_blocks  (SlPacket           *packet,
                                   guint               page);
void      sl_packet_get_block     (SlPacket           *packet,
                                   guint               page,
                                   guint               index,
                                   SlPacketBlockInfo  *info);

void      sl_packet_draw_page     (SlPacket           *packet,
                                   cairo_t            *cr,
                                   guint               page);
gboolean  sl_packet_write_pdf     (SlPacket           *packet,
                                   const char         *path,
                                   SlPacketProgress    progress,
                                   gpointer            user_data,
                                   GCancellable       *cancellable,
                                   GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlPacket, sl_packet_free)

G_END_DECLS
