/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-packet: how long the committee packet of a role with 50
 * candidates takes, from the database to a PDF file: its figures read,
 * its pages laid out and written. The sample data fills in the
 * candidates' checklists, scorecards, pay and offers. The baseline is a
 * PDF of as many pages of plain text, each a paragraph of as many
 * characters as the packet's pages hold on average, drawn with Pango and
 * written by cairo the same way, in the same run. */
#define G_LOG_DOMAIN "shortlist-bench-packet"

#include "config.h"

#include <locale.h>

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "bench-util.h"
#include "sl-packet.h"
#include "sl-sample.h"

#define TARGET_MS 1000.0

typedef struct
{
  double read;
  double lay_out;
  double write;
  double total;
  guint  n_pages;
  gsize  n_chars;   /* of the text of its blocks, charts' own labels left out */
} Run;

static double
elapsed_ms (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static Run
run_packet (SlStore    *store,
            const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SlPacketData) data = NULL;
  g_autoptr(SlPacket) packet = NULL;
  gint64 start = g_get_monotonic_time ();
  gint64 step = start;
  double width, height;
  Run run;

  data = sl_store_load_packet (store, 1, 0, FALSE, NULL, &error);
  g_assert_no_error (error);
  run.read = elapsed_ms (step);

  step = g_get_monotonic_time ();
  sl_paper_get_size (SL_PAPER_A4, &width, &height);
  packet = sl_packet_new (data, width, height);
  run.lay_out = elapsed_ms (step);
  run.n_pages = sl_packet_get_n_pages (packet);
  run.n_chars = 0;
  for (guint page = 0; page < run.n_pages; page++)
    for (guint i = 0; i < sl_packet_get_n_blocks (packet, page); i++)
      {
        SlPacketBlockInfo info;

        sl_packet_get_block (packet, page, i, &info);
        run.n_chars += g_utf8_strlen (info.text, -1);
      }

  step = g_get_monotonic_time ();
  g_assert_true (sl_packet_write_pdf (packet, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  run.write = elapsed_ms (step);
  run.total = elapsed_ms (start);

  return run;
}

/* As many A4 pages of plain text, in the packet's body font. */
static double
run_baseline (const char *path,
              guint       n_pages,
              const char *text)
{
  gint64 start = g_get_monotonic_time ();
  cairo_surface_t *surface;
  PangoFontDescription *font = pango_font_description_from_string ("Sans 9");
  double width, height;
  cairo_t *cr;

  sl_paper_get_size (SL_PAPER_A4, &width, &height);
  surface = cairo_pdf_surface_create (path, width, height);
  cr = cairo_create (surface);

  for (guint page = 0; page < n_pages; page++)
    {
      PangoLayout *layout = pango_cairo_create_layout (cr);

      pango_layout_set_font_description (layout, font);
      pango_layout_set_width (layout, (int) ((width - 96) * PANGO_SCALE));
      pango_layout_set_height (layout, (int) ((height - 96) * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_text (layout, text, -1);
      cairo_move_to (cr, 48, 48);
      pango_cairo_show_layout (cr, layout);
      cairo_show_page (cr);
      g_object_unref (layout);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  pango_font_description_free (font);

  return elapsed_ms (start);
}

/* A page of @n_chars characters of text of the packet's kind:
 * requirements and notes. */
static char *
page_of_text (gsize n_chars)
{
  static const char * const sentences[] = {
    "Experience in developing and deploying AI/ML models in production environments. ",
    "Strong understanding of data science pipelines, MLOps, and ML model lifecycle management. ",
    "Walked through the trade-offs clearly; structured answer with measurable results. ",
    "Proven track record in managing and leading large, highly skilled technical teams. ",
  };
  GString *text = g_string_new (NULL);

  for (guint i = 0; text->len < n_chars; i++)
    g_string_append (text, sentences[i % G_N_ELEMENTS (sentences)]);
  g_string_truncate (text, n_chars);

  return g_string_free (text, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStore) store = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *db = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *baseline_pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree double *totals = NULL;
  g_autofree double *reads = NULL;
  g_autofree double *layouts = NULL;
  g_autofree double *writes = NULL;
  g_autofree double *baselines = NULL;
  int iterations = 7;
  int n_candidates = 50;
  const GOptionEntry entries[] = {
    { "iterations", 'n', 0, G_OPTION_ARG_INT, &iterations, "Runs to time (7)", "N" },
    { "candidates", 0, 0, G_OPTION_ARG_INT, &n_candidates, "Candidates in the role (50)", "N" },
    { NULL }
  };
  double total, baseline;
  guint n_pages = 0;
  Run first;

  setlocale (LC_ALL, "");

  context = g_option_context_new ("— time the committee packet");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (iterations < 1 || n_candidates < 1)
    {
      g_printerr ("--iterations and --candidates must be at least 1\n");
      return 2;
    }

  dir = g_dir_make_tmp ("shortlist-bench-packet-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (dir, "bench.db", NULL);
  pdf = g_build_filename (dir, "packet.pdf", NULL);
  baseline_pdf = g_build_filename (dir, "baseline.pdf", NULL);

  store = sl_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_true (sl_sample_populate (store, n_candidates, &error));
  g_assert_no_error (error);

  totals = g_new (double, iterations);
  reads = g_new (double, iterations);
  layouts = g_new (double, iterations);
  writes = g_new (double, iterations);
  baselines = g_new (double, iterations);

  /* Once each, unmeasured: fonts loaded, the database in the cache. */
  first = run_packet (store, pdf);
  n_pages = first.n_pages;
  text = page_of_text (first.n_chars / MAX (n_pages, 1));
  run_baseline (baseline_pdf, n_pages, text);

  /* In turns, so that whatever else the machine does weighs on both. */
  for (int i = 0; i < iterations; i++)
    {
      Run run = run_packet (store, pdf);

      totals[i] = run.total;
      reads[i] = run.read;
      layouts[i] = run.lay_out;
      writes[i] = run.write;
      baselines[i] = run_baseline (baseline_pdf, run.n_pages, text);
    }

  total = bench_percentile (totals, iterations, 0.5);
  baseline = bench_percentile (baselines, iterations, 0.5);

  g_print ("committee packet, %d candidates, %u pages A4: median %.0f ms "
           "(reading %.0f ms, laying out %.0f ms, writing %.0f ms; %d runs)\n",
           n_candidates, n_pages, total, bench_percentile (reads, iterations, 0.5),
           bench_percentile (layouts, iterations, 0.5), bench_percentile (writes, iterations, 0.5),
           iterations);
  g_print ("baseline plain text PDF, %u pages of %zu characters: median %.0f ms\n",
           n_pages, first.n_chars / MAX (n_pages, 1), baseline);
  g_print ("ratio %.2f\n", total / baseline);
  g_print ("target < %.0f s: %s\n", TARGET_MS / 1000, total < TARGET_MS ? "met" : "missed");

  g_clear_object (&store);
  bench_remove_database (db);
  g_remove (pdf);
  g_remove (baseline_pdf);
  g_rmdir (dir);

  return 0;
}
