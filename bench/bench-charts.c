/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-charts: how long the salary chart takes to draw, against plain
 * cairo and Pango drawing as many fills, strokes and text runs, and how
 * long its tooltip takes to find what is under the pointer. */
#define G_LOG_DOMAIN "shortlist-bench-charts"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <cairo.h>
#if CAIRO_HAS_SCRIPT_SURFACE
#include <cairo-script.h>
#endif
#include <pango/pangocairo.h>

#include "bench-util.h"
#include "sl-pay-charts.h"

#define WIDTH  1000
#define HEIGHT 600
#define WARM_UP_FRAMES 20

/* How many of each kind of drawing operation one frame makes. */
typedef struct
{
  guint fills;
  guint strokes;
  guint texts;
} Census;

/* A role as the seed describes it, with a dozen candidates. */
typedef struct
{
  SlMarketEntry  market;
  SlPayBand      band;
  GPtrArray     *rows;
  SlPayChartData data;
} Bench;

static const char * const names[] = {
  "Dana Reyes", "Sam Okafor", "Priya Natarajan", "Lee Chen", "Alex Moreau", "Jordan Blake",
  "Mina Haddad", "Tomás Ferreira", "Ingrid Solberg", "Kwame Mensah", "Yuki Tanaka", "Ravi Iyer",
};

static void
free_row (gpointer data)
{
  SlPayRow *row = data;

  if (row->offer != NULL)
    g_free (row->offer->currency);
  g_free (row->offer);
  g_free (row->candidate_name);
  g_free (row);
}

static void
bench_init (Bench *bench)
{
  memset (bench, 0, sizeof *bench);

  bench->market.role = (char *) "VP of AI/ML Engineering";
  bench->market.location = (char *) "US";
  bench->market.sample_size = -1;
  bench->market.mean = NAN;
  for (guint i = 0; i < SL_N_PERCENTILES; i++)
    bench->market.percentiles[i] = NAN;
  bench->market.has_range = TRUE;
  bench->market.range_min = 130000;
  bench->market.range_max = 500000;
  bench->market.open_ended = TRUE;
  bench->market.has_average = TRUE;
  bench->market.average_low = 217433;
  bench->market.average_high = 283018;

  bench->band.currency = (char *) "USD";
  bench->band.min = 217433;
  bench->band.mid = 250225.5;
  bench->band.max = 283018;
  bench->band.target_bonus_pct = NAN;

  bench->rows = g_ptr_array_new_with_free_func (free_row);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      SlPayRow *row = g_new0 (SlPayRow, 1);

      row->application_id = i + 1;
      row->candidate_id = i + 1;
      row->candidate_name = g_strdup (names[i]);
      row->current_pay = 180000 + i * 9000;
      row->expected_pay = 220000 + i * 11000;
      if (i % 3 == 0)
        {
          row->offer = g_new0 (SlOffer, 1);
          row->offer->currency = g_strdup ("USD");
          row->offer->base = 230000 + i * 8000;
          row->offer->target_bonus_pct = 15;
          row->offer->sign_on = NAN;
          row->offer->equity_value = NAN;
          row->offer->vesting_years = NAN;
        }
      g_ptr_array_add (bench->rows, row);
    }

  bench->data.title = (char *) "VP of AI/ML Engineering";
  bench->data.currency = (char *) "USD";
  bench->data.market_base = &bench->market;
  bench->data.market_note = (char *) "Source: Shortlist default data set, as of 2024-12-31";
  bench->data.band = &bench->band;
  bench->data.rows = bench->rows;
}

static void
bench_clear (Bench *bench)
{
  g_ptr_array_unref (bench->rows);
}

#if CAIRO_HAS_SCRIPT_SURFACE
static cairo_status_t
append_script (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  g_string_append_len (closure, (const char *) data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Records one frame as a cairo script, whose operators name each fill,
 * stroke and run of glyphs the chart made. */
static gboolean
count_operations (const Bench        *bench,
                  const SlChartStyle *style,
                  Census             *census)
{
  g_autoptr(GString) script = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;
  cairo_device_t *device = cairo_script_create_for_stream (append_script, script);
  cairo_surface_t *surface = cairo_script_surface_create (device, CAIRO_CONTENT_COLOR_ALPHA,
                                                          WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  sl_pay_chart_draw (cr, SL_PAY_CHART_SALARY, &bench->data, style, WIDTH, HEIGHT);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  cairo_device_finish (device);
  cairo_device_destroy (device);

  memset (census, 0, sizeof *census);
  lines = g_strsplit (script->str, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (g_str_has_suffix (line, "show-text-glyphs") || g_str_has_suffix (line, "show-glyphs"))
        census->texts++;
      else if (g_str_equal (line, "fill") || g_str_equal (line, "fill+") ||
               g_str_has_suffix (line, " fill") || g_str_has_suffix (line, " fill+"))
        census->fills++;
      else if (g_str_equal (line, "stroke") || g_str_equal (line, "stroke+") ||
               g_str_has_suffix (line, " stroke") || g_str_has_suffix (line, " stroke+"))
        census->strokes++;
    }

  return census->texts > 0;
}
#endif

/* Without a script surface, an estimate from what the chart shows: a
 * label and a few marks a row, the axis, the legend, the bands. */
static void
estimate_operations (const Bench *bench,
                     Census      *census)
{
  guint rows = bench->rows->len;

  census->texts = 1 + 8 + 2 + 3 + 2 + rows + 6 + 1;
  census->fills = 4 + 8 + 2 * rows;
  census->strokes = 8 + 3 * rows;
}

typedef void (*FrameFunc) (cairo_t     *cr,
                           gconstpointer data);

typedef struct
{
  double median;
  double p90;
} Timing;

/* Milliseconds a frame, each frame a fresh cairo_t on a cleared surface
 * as a widget's snapshot would have. */
static Timing
time_frames (cairo_surface_t    *surface,
             const SlChartStyle *style,
             FrameFunc           frame,
             gconstpointer       data,
             guint               iterations)
{
  g_autofree double *times = g_new (double, iterations);
  Timing timing;

  for (guint i = 0; i < WARM_UP_FRAMES + iterations; i++)
    {
      gint64 start = g_get_monotonic_time ();
      cairo_t *cr = cairo_create (surface);

      cairo_set_source_rgb (cr, style->background.red, style->background.green,
                            style->background.blue);
      cairo_paint (cr);
      frame (cr, data);
      cairo_destroy (cr);
      cairo_surface_flush (surface);

      if (i >= WARM_UP_FRAMES)
        times[i - WARM_UP_FRAMES] = (g_get_monotonic_time () - start) / 1000.0;
    }

  timing.median = bench_percentile (times, iterations, 0.5);
  timing.p90 = bench_percentile (times, iterations, 0.9);

  return timing;
}

/* Hit tests timed together, so that the clock's microseconds do not
 * round away a fast one. */
#define HITS_PER_SAMPLE 10

/* The pointer sweeps across the chart, left to right, a row lower on each
 * pass, as a user moving over the marks would; a tooltip asks what is
 * under it at each step and nothing is redrawn. */
static void
sweep_point (guint   index,
             double *x,
             double *y)
{
  guint steps = 100;
  guint pass = index / steps;

  *x = (index % steps) * (WIDTH / (double) steps);
  *y = 60 + (pass * 7) % (HEIGHT - 80);
}

/* Milliseconds a hit test, each sample the mean of HITS_PER_SAMPLE. */
static Timing
time_hits (const Bench        *bench,
           const SlChartStyle *style,
           guint               iterations,
           guint              *n_named)
{
  g_autofree double *times = g_new (double, iterations);
  guint point = 0;
  Timing timing;

  *n_named = 0;

  for (guint i = 0; i < WARM_UP_FRAMES + iterations; i++)
    {
      gint64 start = g_get_monotonic_time ();

      for (guint j = 0; j < HITS_PER_SAMPLE; j++, point++)
        {
          g_autofree char *text = NULL;
          double x, y;

          sweep_point (point, &x, &y);
          text = sl_pay_chart_hit (SL_PAY_CHART_SALARY, &bench->data, style, WIDTH, HEIGHT, x, y);
          if (i >= WARM_UP_FRAMES && text != NULL)
            (*n_named)++;
        }

      if (i >= WARM_UP_FRAMES)
        times[i - WARM_UP_FRAMES] = (g_get_monotonic_time () - start) / 1000.0 / HITS_PER_SAMPLE;
    }

  timing.median = bench_percentile (times, iterations, 0.5);
  timing.p90 = bench_percentile (times, iterations, 0.9);

  return timing;
}

typedef struct
{
  const Bench        *bench;
  const SlChartStyle *style;
  Census              census;
  GPtrArray          *labels;
} FrameData;

static void
chart_frame (cairo_t       *cr,
             gconstpointer  data)
{
  const FrameData *frame = data;

  sl_pay_chart_draw (cr, SL_PAY_CHART_SALARY, &frame->bench->data, frame->style, WIDTH, HEIGHT);
}

/* As many fills, strokes and text runs as the chart, with text of the
 * same kind (names, amounts), drawn as directly as cairo and Pango allow. */
static void
baseline_frame (cairo_t       *cr,
                gconstpointer  data)
{
  const FrameData *frame = data;
  const SlChartStyle *style = frame->style;
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans 9");

  pango_layout_set_font_description (layout, font);

  cairo_set_source_rgba (cr, style->accent.red, style->accent.green, style->accent.blue, 0.5);
  for (guint i = 0; i < frame->census.fills; i++)
    {
      cairo_rectangle (cr, 150 + (i * 37) % 800, 60 + (i * 23) % 480, 24, 10);
      cairo_fill (cr);
    }

  cairo_set_line_width (cr, 1.25);
  cairo_set_source_rgba (cr, style->foreground.red, style->foreground.green,
                         style->foreground.blue, 0.3);
  for (guint i = 0; i < frame->census.strokes; i++)
    {
      cairo_move_to (cr, 150 + (i * 41) % 800, 60);
      cairo_line_to (cr, 150 + (i * 41) % 800, 540);
      cairo_stroke (cr);
    }

  cairo_set_source_rgb (cr, style->foreground.red, style->foreground.green, style->foreground.blue);
  for (guint i = 0; i < frame->census.texts; i++)
    {
      pango_layout_set_text (layout, g_ptr_array_index (frame->labels, i % frame->labels->len), -1);
      cairo_move_to (cr, 10 + (i * 53) % 900, 10 + (i * 29) % 560);
      pango_cairo_show_layout (cr, layout);
    }

  pango_font_description_free (font);
  g_object_unref (layout);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  int iterations = 500;
  const GOptionEntry entries[] = {
    { "iterations", 'n', 0, G_OPTION_ARG_INT, &iterations, "Frames to time (500)", "N" },
    { NULL }
  };
  cairo_surface_t *surface;
  SlChartStyle style;
  FrameData frame;
  Timing chart;
  Timing baseline;
  Timing hover;
  guint n_named;
  Bench bench;
  gboolean counted = FALSE;

  setlocale (LC_ALL, "");

  context = g_option_context_new ("— time the salary chart");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (iterations < 1)
    {
      g_printerr ("--iterations must be at least 1\n");
      return 2;
    }

  bench_init (&bench);
  sl_chart_style_init_default (&style, FALSE);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);

  frame.bench = &bench;
  frame.style = &style;
  frame.labels = labels;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_ptr_array_add (labels, g_strdup (names[i]));
      g_ptr_array_add (labels, g_strdup_printf ("$%uK", 100 + i * 50));
    }

#if CAIRO_HAS_SCRIPT_SURFACE
  counted = count_operations (&bench, &style, &frame.census);
#endif
  if (!counted)
    estimate_operations (&bench, &frame.census);

  chart = time_frames (surface, &style, chart_frame, &frame, iterations);
  baseline = time_frames (surface, &style, baseline_frame, &frame, iterations);
  hover = time_hits (&bench, &style, iterations, &n_named);

  g_print ("salary chart %dx%d: median %.2f ms, p90 %.2f ms (%d frames, %u candidates)\n",
           WIDTH, HEIGHT, chart.median, chart.p90, iterations, bench.rows->len);
  g_print ("baseline same primitives (%u fills, %u strokes, %u text runs, %s): "
           "median %.2f ms, p90 %.2f ms\n",
           frame.census.fills, frame.census.strokes, frame.census.texts,
           counted ? "counted" : "estimated", baseline.median, baseline.p90);
  g_print ("ratio %.2f\n", chart.median / baseline.median);
  g_print ("hover (hit test, no redraw): median %.3f ms, p90 %.3f ms (%u points, %u over a mark)\n",
           hover.median, hover.p90, iterations * HITS_PER_SAMPLE, n_named);

  cairo_surface_destroy (surface);
  sl_chart_style_clear (&style);
  bench_clear (&bench);

  return 0;
}
