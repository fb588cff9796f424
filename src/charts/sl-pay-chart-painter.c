/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The painter of the compensation charts: text, marks, bands and patterned
 * segments, all in the style's colours. */
#define G_LOG_DOMAIN "shortlist-pay-charts"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sl-pay-charts-private.h"

#define DEFAULT_FONT_FAMILY "Sans"
#define DEFAULT_FONT_SIZE   9.0

/* Widths of text measured without a surface, for tooltips. A pointer
 * moving over a chart asks for the same names and labels at every step,
 * and shaping them is nearly all the cost of laying the chart out again;
 * the layout itself is recomputed each time, so the answer stays exact.
 * Kept per thread, as Pango's default font map is, and forgotten when
 * that map or its fonts change. */
typedef struct
{
  PangoFontMap *font_map;
  guint         serial;
  GHashTable   *widths;   /* font, weight and text → width in Pango units */
} WidthMemo;

/* Enough for every label of a few charts; past it, start again. */
#define WIDTH_MEMO_MAX 2048

static void
width_memo_free (gpointer data)
{
  WidthMemo *memo = data;

  g_clear_object (&memo->font_map);
  g_hash_table_unref (memo->widths);
  g_free (memo);
}

static GPrivate width_memo_key = G_PRIVATE_INIT (width_memo_free);

static GHashTable *
width_memo_get (PangoContext *context)
{
  WidthMemo *memo = g_private_get (&width_memo_key);
  PangoFontMap *font_map = pango_context_get_font_map (context);
  guint serial = pango_font_map_get_serial (font_map);

  if (memo == NULL)
    {
      memo = g_new0 (WidthMemo, 1);
      memo->widths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_private_set (&width_memo_key, memo);
    }

  if (memo->font_map != font_map || memo->serial != serial ||
      g_hash_table_size (memo->widths) >= WIDTH_MEMO_MAX)
    {
      g_hash_table_remove_all (memo->widths);
      g_set_object (&memo->font_map, font_map);
      memo->serial = serial;
    }

  return memo->widths;
}

void
sl_painter_init (SlPainter          *painter,
                 cairo_t            *cr,
                 const SlChartStyle *style)
{
  cairo_font_options_t *options;
  int height;

  memset (painter, 0, sizeof *painter);
  painter->cr = cr;
  painter->style = style;

  if (cr != NULL)
    painter->context = pango_cairo_create_context (cr);
  else
    painter->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());

  /* Unhinted metrics measure text alike on every surface, so the layout a
   * tooltip computes without a surface is the one that was drawn, and a
   * PDF is laid out like the PNG of the same chart. */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (painter->context, options);
  cairo_font_options_destroy (options);

  painter->font = pango_font_description_new ();
  pango_font_description_set_family (painter->font,
                                     style->font_family != NULL ? style->font_family
                                                                : DEFAULT_FONT_FAMILY);
  pango_font_description_set_size (painter->font,
                                   (int) ((style->font_size > 0 ? style->font_size
                                                                : DEFAULT_FONT_SIZE) * PANGO_SCALE));
  painter->bold = pango_font_description_copy_static (painter->font);
  pango_font_description_set_weight (painter->bold, PANGO_WEIGHT_BOLD);

  painter->layout = pango_layout_new (painter->context);
  pango_layout_set_font_description (painter->layout, painter->font);
  pango_layout_set_ellipsize (painter->layout, PANGO_ELLIPSIZE_END);
  painter->layout_width = -1;

  pango_layout_set_text (painter->layout, "0", 1);
  pango_layout_get_size (painter->layout, NULL, &height);
  painter->line_height = ceil ((double) height / PANGO_SCALE);

  /* Only a painter that draws nothing remembers widths: one that draws
   * keeps its layouts to show them. */
  if (cr == NULL)
    painter->measure_font = pango_font_description_to_string (painter->font);

  painter->mark_size = MAX (3.0, round (painter->line_height * 0.3));
  painter->line_width = style->high_contrast ? 2.0 : 1.25;
  painter->tint = style->high_contrast ? 1.8 : 1.0;
}

void
sl_painter_clear (SlPainter *painter)
{
  for (guint i = 0; i < painter->n_kept; i++)
    g_object_unref (painter->kept[i].layout);
  painter->n_kept = 0;

  g_clear_object (&painter->layout);
  g_clear_object (&painter->context);
  g_clear_pointer (&painter->font, pango_font_description_free);
  g_clear_pointer (&painter->bold, pango_font_description_free);
  g_clear_pointer (&painter->measure_font, g_free);
}

static void
prepare_text (SlPainter  *painter,
              const char *text,
              gboolean    bold,
              double      max_width)
{
  int width = max_width > 0 ? (int) (max_width * PANGO_SCALE) : -1;

  if (bold != painter->layout_bold)
    {
      pango_layout_set_font_description (painter->layout, bold ? painter->bold : painter->font);
      painter->layout_bold = bold;
    }

  if (width != painter->layout_width)
    {
      pango_layout_set_width (painter->layout, width);
      painter->layout_width = width;
    }

  /* A label measured and then drawn is laid out once. */
  if (strcmp (pango_layout_get_text (painter->layout), text) != 0)
    pango_layout_set_text (painter->layout, text, -1);
}

static SlKeptText *
find_kept (SlPainter  *painter,
           const char *text,
           gboolean    bold)
{
  for (guint i = 0; i < painter->n_kept; i++)
    if (painter->kept[i].bold == bold &&
        strcmp (pango_layout_get_text (painter->kept[i].layout), text) == 0)
      return &painter->kept[i];

  return NULL;
}

static double
measure_remembered (SlPainter  *painter,
                    const char *text,
                    gboolean    bold)
{
  GHashTable *widths = width_memo_get (painter->context);
  g_autofree char *key = g_strconcat (painter->measure_font, bold ? "\nbold\n" : "\n\n", text,
                                      NULL);
  gpointer value;
  int width;

  if (g_hash_table_lookup_extended (widths, key, NULL, &value))
    return (double) GPOINTER_TO_INT (value) / PANGO_SCALE;

  prepare_text (painter, text, bold, -1);
  pango_layout_get_size (painter->layout, &width, NULL);
  g_hash_table_insert (widths, g_steal_pointer (&key), GINT_TO_POINTER (width));

  return (double) width / PANGO_SCALE;
}

/**
 * sl_painter_measure:
 *
 * Returns: the width of @text on one line. What the layout measures, the
 *   chart draws: names, legend labels. Shaping is most of the cost of
 *   text, so the measured layout is kept for the drawing, which then
 *   only renders it; a painter that only measures remembers the width.
 */
double
sl_painter_measure (SlPainter  *painter,
                    const char *text,
                    gboolean    bold)
{
  SlKeptText *kept;
  int width;

  if (painter->measure_font != NULL)
    return measure_remembered (painter, text, bold);

  kept = find_kept (painter, text, bold);

  if (kept == NULL && painter->n_kept < G_N_ELEMENTS (painter->kept))
    {
      kept = &painter->kept[painter->n_kept++];
      kept->layout = pango_layout_new (painter->context);
      kept->bold = bold;
      pango_layout_set_font_description (kept->layout, bold ? painter->bold : painter->font);
      pango_layout_set_text (kept->layout, text, -1);
      pango_layout_get_size (kept->layout, &kept->width, NULL);
    }

  if (kept != NULL)
    return (double) kept->width / PANGO_SCALE;

  prepare_text (painter, text, bold, -1);
  pango_layout_get_size (painter->layout, &width, NULL);

  return (double) width / PANGO_SCALE;
}

void
sl_painter_set_color (SlPainter          *painter,
                      const SlChartColor *color,
                      double              alpha)
{
  cairo_set_source_rgba (painter->cr, color->red, color->green, color->blue,
                         color->alpha * CLAMP (alpha, 0, 1));
}

static double
aligned_x (double  x,
           double  width,
           SlAlign halign)
{
  switch (halign)
    {
    case SL_ALIGN_START:
      return x;
    case SL_ALIGN_CENTER:
      return x - width / 2;
    case SL_ALIGN_END:
    default:
      return x - width;
    }
}

static void
show_layout (SlPainter   *painter,
             PangoLayout *layout,
             double       x,
             double       y)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  cairo_move_to (painter->cr, x, y - (double) height / PANGO_SCALE / 2);
  pango_cairo_show_layout (painter->cr, layout);
}

/**
 * sl_painter_text:
 * @y: the middle of the line of text
 * @max_width: where to ellipsize, or 0 for never
 *
 * Draws @text in the current source colour.
 */
void
sl_painter_text (SlPainter  *painter,
                 const char *text,
                 double      x,
                 double      y,
                 SlAlign     halign,
                 gboolean    bold,
                 double      max_width)
{
  SlKeptText *kept = find_kept (painter, text, bold);
  int width;

  /* Text that fits as it was measured is drawn from that layout. */
  if (kept != NULL && (max_width <= 0 || kept->width <= max_width * PANGO_SCALE))
    {
      show_layout (painter, kept->layout, aligned_x (x, (double) kept->width / PANGO_SCALE, halign), y);
      return;
    }

  prepare_text (painter, text, bold, max_width);
  pango_layout_get_size (painter->layout, &width, NULL);
  show_layout (painter, painter->layout, aligned_x (x, (double) width / PANGO_SCALE, halign), y);
}

static gboolean
rectangles_overlap (const cairo_rectangle_t *a,
                    const cairo_rectangle_t *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

/**
 * sl_painter_label:
 * @min_x: the label must start at or after this
 * @max_x: and end at or before this
 *
 * Draws @text unless it would run outside @min_x and @max_x or over a
 * label drawn before, so that callers can try another place.
 *
 * Returns: whether the label was drawn
 */
gboolean
sl_painter_label (SlPainter  *painter,
                  const char *text,
                  double      x,
                  double      y,
                  SlAlign     halign,
                  double      min_x,
                  double      max_x)
{
  SlKeptText *kept = find_kept (painter, text, FALSE);
  PangoLayout *layout = kept != NULL ? kept->layout : painter->layout;
  cairo_rectangle_t rect;
  double gap = painter->line_height * 0.3;
  int width;

  /* Labels are drawn once or not at all: they need not be kept. */
  if (kept == NULL)
    prepare_text (painter, text, FALSE, -1);
  pango_layout_get_size (layout, &width, NULL);

  rect.width = (double) width / PANGO_SCALE;
  rect.height = painter->line_height;
  rect.x = aligned_x (x, rect.width, halign);
  rect.y = y - rect.height / 2;

  if (rect.x < min_x || rect.x + rect.width > max_x)
    return FALSE;

  /* Labels keep a little space between them. */
  rect.x -= gap / 2;
  rect.width += gap;

  for (guint i = 0; i < painter->n_placed; i++)
    if (rectangles_overlap (&rect, &painter->placed[i]))
      return FALSE;

  if (painter->n_placed < G_N_ELEMENTS (painter->placed))
    painter->placed[painter->n_placed++] = rect;

  show_layout (painter, layout, rect.x + gap / 2, y);
  return TRUE;
}

static void
diamond_path (cairo_t *cr,
              double   x,
              double   y,
              double   size)
{
  cairo_move_to (cr, x, y - size);
  cairo_line_to (cr, x + size, y);
  cairo_line_to (cr, x, y + size);
  cairo_line_to (cr, x - size, y);
  cairo_close_path (cr);
}

/**
 * sl_painter_mark:
 *
 * Draws one of the point marks centred on (@x, @y); bands and segments
 * are drawn with sl_painter_segment().
 */
void
sl_painter_mark (SlPainter *painter,
                 SlMark     mark,
                 double     x,
                 double     y)
{
  const SlChartStyle *style = painter->style;
  cairo_t *cr = painter->cr;
  double s = painter->mark_size;

  cairo_set_line_width (cr, painter->line_width * 1.2);

  switch (mark)
    {
    case SL_MARK_CURRENT:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, s, 0, 2 * G_PI);
      sl_painter_set_color (painter, &style->foreground, 1);
      cairo_stroke (cr);
      break;

    case SL_MARK_EXPECTED:
      diamond_path (cr, x, y, s * 1.35);
      sl_painter_set_color (painter, &style->foreground, 1);
      cairo_stroke (cr);
      break;

    case SL_MARK_OFFER:
      /* A little larger than the rest: filled, it carries the most weight. */
      s *= 1.15;
      cairo_rectangle (cr, x - s, y - s, 2 * s, 2 * s);
      sl_painter_set_color (painter, &style->accent, 1);
      cairo_fill (cr);
      break;

    case SL_MARK_MEAN:
      diamond_path (cr, x, y, s * 1.35);
      sl_painter_set_color (painter, &style->foreground, 1);
      cairo_fill_preserve (cr);
      sl_painter_set_color (painter, &style->background, 1);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
      break;

    case SL_MARK_PERCENTILE:
    case SL_MARK_MIDPOINT:
      cairo_move_to (cr, x, y - s * 1.7);
      cairo_line_to (cr, x, y + s * 1.7);
      cairo_set_line_width (cr, painter->line_width * 1.6);
      sl_painter_set_color (painter, mark == SL_MARK_MIDPOINT ? &style->accent : &style->foreground,
                            mark == SL_MARK_MIDPOINT ? 1 : 0.8);
      cairo_stroke (cr);
      break;

    case SL_MARK_RANGE:
    case SL_MARK_AVERAGE:
    case SL_MARK_BAND:
    case SL_MARK_BASE:
    case SL_MARK_BONUS:
    case SL_MARK_SIGN_ON:
    case SL_MARK_EQUITY:
    default:
      /* Legends draw these as swatches. */
      g_assert_not_reached ();
    }
}

static void
hatch (cairo_t *cr,
       double   x,
       double   y,
       double   width,
       double   height,
       double   spacing,
       gboolean rising)
{
  for (double d = -height; d < width; d += spacing)
    {
      if (rising)
        {
          cairo_move_to (cr, x + d, y + height);
          cairo_line_to (cr, x + d + height, y);
        }
      else
        {
          cairo_move_to (cr, x + d, y);
          cairo_line_to (cr, x + d + height, y + height);
        }
    }
}

/**
 * sl_painter_segment:
 *
 * Fills a band or a segment of a stacked bar in its tint and pattern.
 */
void
sl_painter_segment (SlPainter *painter,
                    SlMark     mark,
                    double     x,
                    double     y,
                    double     width,
                    double     height)
{
  const SlChartStyle *style = painter->style;
  cairo_t *cr = painter->cr;
  double tint = painter->tint;
  double spacing = MAX (4.0, round (painter->line_height * 0.35));

  if (width <= 0 || height <= 0)
    return;

  cairo_rectangle (cr, x, y, width, height);

  switch (mark)
    {
    case SL_MARK_RANGE:
      sl_painter_set_color (painter, &style->foreground, 0.12 * tint);
      cairo_fill (cr);
      return;

    case SL_MARK_AVERAGE:
      /* An outline too, so that it differs from the range by more than
       * its tint. */
      sl_painter_set_color (painter, &style->foreground, 0.32 * tint);
      cairo_fill (cr);
      cairo_rectangle (cr, x + 0.5, y + 0.5, MAX (width - 1, 0), MAX (height - 1, 0));
      sl_painter_set_color (painter, &style->foreground, 0.75);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
      return;

    case SL_MARK_BAND:
      sl_painter_set_color (painter, &style->accent, 0.35 * tint);
      cairo_fill_preserve (cr);
      break;

    case SL_MARK_BASE:
      sl_painter_set_color (painter, &style->accent, 0.9);
      cairo_fill_preserve (cr);
      break;

    case SL_MARK_BONUS:
    case SL_MARK_SIGN_ON:
    case SL_MARK_EQUITY:
      sl_painter_set_color (painter, &style->accent, 0.18 * tint);
      cairo_fill_preserve (cr);

      /* The pattern, clipped to the segment. */
      cairo_save (cr);
      cairo_clip_preserve (cr);
      cairo_new_path (cr);
      sl_painter_set_color (painter, &style->accent, 1);
      cairo_set_line_width (cr, painter->line_width);
      if (mark == SL_MARK_SIGN_ON)
        {
          /* Dots: a dashed line of zero-length dashes with round caps. */
          double dashes[2] = { 0, spacing };

          cairo_set_dash (cr, dashes, 2, 0);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
          cairo_set_line_width (cr, painter->line_width * 1.8);
          for (double dy = spacing / 2; dy < height; dy += spacing)
            {
              cairo_move_to (cr, x + spacing / 2 + (((int) (dy / spacing)) % 2) * spacing / 2,
                             y + dy);
              cairo_line_to (cr, x + width, y + dy);
            }
        }
      else
        {
          hatch (cr, x, y, width, height, spacing, TRUE);
          if (mark == SL_MARK_EQUITY)
            hatch (cr, x, y, width, height, spacing, FALSE);
        }
      cairo_stroke (cr);
      cairo_restore (cr);
      cairo_rectangle (cr, x, y, width, height);
      break;

    case SL_MARK_CURRENT:
    case SL_MARK_EXPECTED:
    case SL_MARK_OFFER:
    case SL_MARK_MEAN:
    case SL_MARK_PERCENTILE:
    case SL_MARK_MIDPOINT:
    default:
      g_assert_not_reached ();
    }

  /* The outline keeps adjacent segments apart. */
  sl_painter_set_color (painter, &style->accent, 1);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

/**
 * sl_painter_arrow:
 * @direction: 1 to point right, -1 to point left
 *
 * A small triangle with its tip at (@x, @y), in the current source.
 */
void
sl_painter_arrow (SlPainter *painter,
                  double     x,
                  double     y,
                  double     direction)
{
  double s = painter->mark_size * 1.2;

  cairo_move_to (painter->cr, x, y);
  cairo_line_to (painter->cr, x - direction * s * 1.4, y - s);
  cairo_line_to (painter->cr, x - direction * s * 1.4, y + s);
  cairo_close_path (painter->cr);
  cairo_fill (painter->cr);
}

/**
 * sl_painter_range_band:
 *
 * Draws a market entry's range, fading out past its maximum when it is
 * open-ended, and its average band over it, from @y down @height.
 */
void
sl_painter_range_band (SlPainter           *painter,
                       const SlPayLayout   *layout,
                       const SlMarketEntry *entry,
                       double               y,
                       double               height)
{
  const SlChartStyle *style = painter->style;
  cairo_t *cr = painter->cr;

  if (entry->has_range)
    {
      double x0 = sl_pay_layout_x (layout, entry->range_min);
      double x1 = sl_pay_layout_x (layout, entry->range_max);

      sl_painter_segment (painter, SL_MARK_RANGE, x0, y, x1 - x0, height);

      if (entry->open_ended)
        {
          double end = sl_pay_layout_open_end (layout, entry);
          const SlChartColor *fg = &style->foreground;
          cairo_pattern_t *fade;

          if (end > x1)
            {
              fade = cairo_pattern_create_linear (x1, 0, end, 0);
              cairo_pattern_add_color_stop_rgba (fade, 0, fg->red, fg->green, fg->blue,
                                                 fg->alpha * 0.12 * painter->tint);
              cairo_pattern_add_color_stop_rgba (fade, 1, fg->red, fg->green, fg->blue, 0);
              cairo_rectangle (cr, x1, y, end - x1, height);
              cairo_set_source (cr, fade);
              cairo_fill (cr);
              cairo_pattern_destroy (fade);
            }

          sl_painter_set_color (painter, fg, 0.55);
          sl_painter_arrow (painter, end, y + height / 2, 1);
        }
    }

  if (entry->has_average)
    {
      double x0 = sl_pay_layout_x (layout, entry->average_low);
      double x1 = sl_pay_layout_x (layout, entry->average_high);

      /* An average of one figure still shows as a thin band. */
      if (x1 - x0 < 2)
        {
          x0 -= 1;
          x1 += 1;
        }
      sl_painter_segment (painter, SL_MARK_AVERAGE, x0, y, x1 - x0, height);
    }
}

/* Says why a chart is empty: @text, wrapped to the chart's width less its
 * margins and centred as a block, in the middle of the chart but not above
 * @top. */
void
sl_painter_empty_note (SlPainter  *painter,
                       const char *text,
                       double      margin,
                       double      top,
                       double      width,
                       double      height)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (painter->context);
  int text_height;

  pango_layout_set_font_description (layout, painter->font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_width (layout, (int) (MAX (width - 2 * margin, 1) * PANGO_SCALE));
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, NULL, &text_height);

  sl_painter_set_color (painter, &painter->style->foreground, 0.7);
  cairo_move_to (painter->cr, margin, MAX (top, (height - (double) text_height / PANGO_SCALE) / 2));
  pango_cairo_show_layout (painter->cr, layout);
}
