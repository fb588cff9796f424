/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-packet-private.h: what the packet's pages, its sections and its
 * charts share: blocks of text, tables and charts, measured once and
 * then placed on pages */

#pragma once

#include <pango/pangocairo.h>

#include "sl-heatmap.h"
#include "sl-packet.h"
#include "sl-pay-charts.h"

G_BEGIN_DECLS

/* Colours of the checklist's symbols, each a shape of its own too. */
#define SL_PACKET_COLOR_MET     "#26a269"
#define SL_PACKET_COLOR_PARTLY  "#c64600"
#define SL_PACKET_COLOR_NOT_MET "#c01c28"
#define SL_PACKET_COLOR_DIM     "#77767b"

typedef enum
{
  SL_TEXT_TITLE,       /* the cover's */
  SL_TEXT_HEADING,     /* a section's, or a candidate's */
  SL_TEXT_SUBHEADING,
  SL_TEXT_MINOR,       /* a heading within a subsection */
  SL_TEXT_BODY,
  SL_TEXT_SMALL,       /* notes and legends */
  SL_TEXT_TABLE,
  SL_TEXT_TABLE_HEADER,
  SL_TEXT_FOOTER,
  SL_N_TEXT_STYLES
} SlTextStyle;

typedef struct _SlPacketBlock SlPacketBlock;

typedef struct
{
  guint           id;
  guint           n_columns;
  double         *x;          /* where each column starts, from the body's left */
  double         *widths;
  PangoAlignment *aligns;
  SlPacketBlock  *header;
  guint           n_rows;
} SlPacketTable;

struct _SlPacketBlock
{
  SlPacketBlockKind        kind;
  SlPacketSection          section;
  const SlPacketCandidate *candidate;
  char                    *text;
  double                   height;
  double                   space_before;     /* left out at the top of a page */
  gboolean                 break_before;     /* starts a page */
  gboolean                 keep_with_next;   /* on the same page as the next block */
  guint                    page;             /* where it was placed, from 0 */

  /* Headings and text: a layout, or some lines of one. */
  PangoLayout             *layout;
  double                   line_top;         /* where the lines shown start in the layout */
  gboolean                 rule_below;
  gboolean                 dim;

  /* Table headers and rows */
  SlPacketTable           *table;
  PangoLayout            **cells;            /* table->n_columns, NULL where empty */
  gboolean                 shaded;
  SlPacketBlock           *page_of;          /* a contents row: whose page goes in its last cell */

  /* Charts */
  SlChartDrawFunc          draw;
  gpointer                 chart;            /* what draw() draws */
  GDestroyNotify           free_chart;

  /* The PDF's bookmarks */
  char                    *outline;
};

typedef struct
{
  SlPacketBlock *block;
  double         y;
  gboolean       repeated;
} SlPacketPlaced;

struct _SlPacket
{
  const SlPacketData   *data;
  SlChartStyle          style;
  SlChartStyle          chart_style;   /* the charts' fonts, at the packet's size */
  double                width;
  double                height;
  double                margin;
  double                body_left;
  double                body_width;
  double                body_top;
  double                body_bottom;

  PangoContext         *context;
  PangoFontDescription *fonts[SL_N_TEXT_STYLES];

  GPtrArray            *blocks;        /* SlPacketBlock*, in reading order */
  GPtrArray            *tables;        /* SlPacketTable* */
  GPtrArray            *pages;         /* GArray of SlPacketPlaced, one a page */
  char                 *footer;

  /* What the next block takes from its section */
  SlPacketSection       section;
  const SlPacketCandidate *candidate;
  gboolean              next_breaks;
};

/* sl-packet-blocks.c: making blocks */
PangoLayout   *sl_packet_layout_text    (SlPacket        *packet,
                                         SlTextStyle      style,
                                         const char      *markup,
                                         double           width,
                                         PangoAlignment   align);
SlPacketBlock *sl_packet_add_heading    (SlPacket        *packet,
                                         SlTextStyle      style,
                                         const char      *text,
                                         const char      *outline);
SlPacketBlock *sl_packet_add_text       (SlPacket        *packet,
                                         SlTextStyle      style,
                                         const char      *markup);
void           sl_packet_add_space      (SlPacket        *packet,
                                         double           space);
void           sl_packet_break_page     (SlPacket        *packet);
SlPacketTable *sl_packet_add_table      (SlPacket        *packet,
                                         guint            n_columns,
                                         const double    *widths,
                                         const PangoAlignment *aligns,
                                         const char * const *header);
SlPacketBlock *sl_packet_add_row        (SlPacket        *packet,
                                         SlPacketTable   *table,
                                         const char * const *markup);
SlPacketBlock *sl_packet_add_chart      (SlPacket        *packet,
                                         const char      *name,
                                         SlChartDrawFunc  draw,
                                         gpointer         chart,
                                         GDestroyNotify   free_chart,
                                         double           height);
void           sl_packet_paginate       (SlPacket        *packet);
void           sl_packet_draw_block     (SlPacket        *packet,
                                         cairo_t         *cr,
                                         const SlPacketPlaced *placed);
void           sl_packet_block_free     (SlPacketBlock   *block);
void           sl_packet_table_free     (SlPacketTable   *table);

/* sl-packet-sections.c: what the packet says */
void           sl_packet_build          (SlPacket        *packet);
void           sl_packet_fill_contents  (SlPacket        *packet);
char          *sl_packet_format_date    (gint64           unix_time);
char          *sl_packet_format_score   (const SlChecklistSummary *summary);
const char    *sl_packet_status_symbol  (SlAssessmentStatus status);
SlPacketBlock *sl_packet_add_plain      (SlPacket        *packet,
                                         SlTextStyle      style,
                                         const char      *text);
void           sl_packet_add_intro      (SlPacket        *packet,
                                         SlTextStyle      style,
                                         const char      *text);
void           sl_packet_add_labelled   (SlPacket        *packet,
                                         const char      *label,
                                         const char      *text);
void           sl_packet_keep_together  (SlPacket        *packet,
                                         guint            first);

/* sl-packet-candidate.c: a candidate's pages */
void           sl_packet_add_candidate  (SlPacket        *packet,
                                         const SlPacketCandidate *candidate);

/* sl-packet-charts.c: the charts, cut to fit pages */
void           sl_packet_add_heatmap    (SlPacket        *packet);
void           sl_packet_add_salary     (SlPacket        *packet);

G_END_DECLS
