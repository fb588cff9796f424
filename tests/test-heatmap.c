/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-test-heatmap"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "sl-heatmap.h"
#include "test-pixels.h"

#define WIDTH  1000
#define HEIGHT 600

static const char * const names[] = {
  "Dana Reyes", "Sam Okafor", "Priya Natarajan", "Lee Chen",
};
static const char * const competencies[] = {
  "Communication", "System design", "Technical leadership",
};

/* Four candidates on three competencies: Dana strong everywhere, Sam
 * weak, Priya split on technical leadership, and nobody has rated Lee on
 * system design. */
static const struct
{
  double mean;
  double min;
  double max;
  guint  count;
} cells[4][3] = {
  { { 10.0 / 3, 3, 4, 3 }, { 4, 4, 4, 2 }, { 3.5, 3, 4, 2 } },
  { { 1, 1, 1, 2 }, { 1.5, 1, 2, 2 }, { 2, 2, 2, 1 } },
  { { 3, 3, 3, 2 }, { 2.5, 2, 3, 2 }, { 8.0 / 3, 1, 4, 3 } },
  { { 2.5, 2, 3, 2 }, { NAN, NAN, NAN, 0 }, { 3, 3, 3, 1 } },
};

static void
data_init (SlHeatmapData *data,
           guint          n_rows,
           guint          n_columns)
{
  guint n = n_rows * n_columns;

  memset (data, 0, sizeof *data);
  data->n_rows = n_rows;
  data->n_columns = n_columns;
  data->row_labels = g_new0 (char *, n_rows + 1);
  data->column_labels = g_new0 (char *, n_columns + 1);
  data->means = g_new (double, n);
  data->mins = g_new (double, n);
  data->maxs = g_new (double, n);
  data->counts = g_new0 (guint, n);
}

static void
seed_init (SlHeatmapData *data)
{
  data_init (data, G_N_ELEMENTS (names), G_N_ELEMENTS (competencies));
  data->title = g_strdup ("VP of AI/ML Engineering");
  data->note = g_strdup ("Krippendorff’s α 0.62 (ordinal), 9 ratings");

  for (guint r = 0; r < data->n_rows; r++)
    data->row_labels[r] = g_strdup (names[r]);
  for (guint c = 0; c < data->n_columns; c++)
    data->column_labels[c] = g_strdup (competencies[c]);

  for (guint r = 0; r < data->n_rows; r++)
    for (guint c = 0; c < data->n_columns; c++)
      {
        guint i = r * data->n_columns + c;

        data->means[i] = cells[r][c].mean;
        data->mins[i] = cells[r][c].min;
        data->maxs[i] = cells[r][c].max;
        data->counts[i] = cells[r][c].count;
      }
}

/* A panel's worth: @n_rows candidates on @n_columns competencies with long
 * names, every rating from 1 to 4 somewhere. */
static void
crowd_init (SlHeatmapData *data,
            guint          n_rows,
            guint          n_columns)
{
  data_init (data, n_rows, n_columns);

  for (guint r = 0; r < n_rows; r++)
    data->row_labels[r] = g_strdup_printf ("Candidate %u", r + 1);
  for (guint c = 0; c < n_columns; c++)
    data->column_labels[c] = g_strdup_printf ("Competency number %u with a long name", c + 1);

  for (guint i = 0; i < n_rows * n_columns; i++)
    {
      data->mins[i] = 1 + i % 4;
      data->maxs[i] = MIN (4, data->mins[i] + i % 3);
      data->means[i] = (data->mins[i] + data->maxs[i]) / 2;
      data->counts[i] = 3;
    }
}

static cairo_surface_t *
render (const SlHeatmapData *data,
        const SlChartStyle  *style,
        int                  width,
        int                  height)
{
  cairo_t *cr = test_image_begin (style, width, height);

  sl_heatmap_draw (cr, data, style, width, height);
  return test_image_end (cr);
}

/* How many pixels of a rectangle are far from @color. */
static guint
count_unlike (cairo_surface_t *surface,
              Rgb              color,
              double           x0,
              double           y0,
              double           x1,
              double           y1)
{
  guint n = 0;

  for (double y = y0; y < y1; y++)
    for (double x = x0; x < x1; x++)
      n += rgb_distance (pixel (surface, x, y), color) > 60;

  return n;
}

static cairo_rectangle_t
cell_area (const SlHeatmapData *data,
           const SlChartStyle  *style,
           guint                row,
           guint                column)
{
  cairo_rectangle_t area;

  g_assert_true (sl_heatmap_cell_area (data, style, WIDTH, HEIGHT, row, column, &area));
  g_assert_cmpfloat (area.width, >, 20);
  g_assert_cmpfloat (area.height, >, 12);

  return area;
}

/* The colour of a cell, away from its text and from the mark in its top
 * right corner. */
static Rgb
cell_fill (cairo_surface_t         *surface,
           const cairo_rectangle_t *area)
{
  return pixel (surface, area->x + 3, area->y + area->height - 3);
}

/* Whether the middle of a cell holds text in a colour other than its fill. */
static guint
cell_ink (cairo_surface_t         *surface,
          const cairo_rectangle_t *area)
{
  double cx = area->x + area->width / 2;
  double cy = area->y + area->height / 2;

  return count_unlike (surface, cell_fill (surface, area), cx - 10, cy - 5, cx + 10, cy + 5);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (haystack == NULL || strstr (haystack, needle) == NULL)
    g_error ("“%s” does not contain “%s”", haystack, needle);
}

static void
check_cells (const SlHeatmapData *data,
             const SlChartStyle  *style)
{
  cairo_surface_t *surface = render (data, style, WIDTH, HEIGHT);
  Rgb background = rgb_of (&style->background);
  cairo_rectangle_t strong_yes = cell_area (data, style, 0, 1);
  cairo_rectangle_t strong_no = cell_area (data, style, 1, 0);
  cairo_rectangle_t middle = cell_area (data, style, 3, 0);
  cairo_rectangle_t split = cell_area (data, style, 2, 2);
  cairo_rectangle_t agreed = cell_area (data, style, 2, 0);
  cairo_rectangle_t unrated = cell_area (data, style, 3, 1);
  Rgb yes = cell_fill (surface, &strong_yes);
  Rgb no = cell_fill (surface, &strong_no);
  Rgb agreed_fill = cell_fill (surface, &agreed);
  guint n_background;

  /* The scale's ends differ from each other and from the background;
   * the middle is near neither end. */
  g_assert_cmpint (rgb_distance (yes, no), >, 150);
  g_assert_cmpint (rgb_distance (yes, background), >, 100);
  g_assert_cmpint (rgb_distance (no, background), >, 100);
  g_assert_cmpint (rgb_distance (cell_fill (surface, &middle), yes), >, 100);
  g_assert_cmpint (rgb_distance (cell_fill (surface, &middle), no), >, 100);

  /* Each mean is printed on its cell, so colour is not the only cue. */
  g_assert_cmpuint (cell_ink (surface, &strong_yes), >, 10);
  g_assert_cmpuint (cell_ink (surface, &strong_no), >, 10);
  g_assert_cmpuint (cell_ink (surface, &middle), >, 10);

  /* A cell nobody rated shows the background through its hatching, with
   * a dash in it; a rated one is filled. */
  n_background = unrated.width * unrated.height -
                 count_unlike (surface, background, unrated.x, unrated.y,
                               unrated.x + unrated.width, unrated.y + unrated.height);
  g_assert_cmpuint (n_background, >, unrated.width * unrated.height / 3);
  {
    double cx = unrated.x + unrated.width / 2;
    double cy = unrated.y + unrated.height / 2;

    g_assert_cmpuint (count_unlike (surface, background, cx - 5, cy - 1, cx + 5, cy + 2), >, 3);
  }
  g_assert_cmpuint (count_unlike (surface, yes, strong_yes.x, strong_yes.y,
                                  strong_yes.x + strong_yes.width,
                                  strong_yes.y + strong_yes.height),
                    <, strong_yes.width * strong_yes.height / 4);

  /* Ratings three points apart are marked in the corner; agreed ones not. */
  g_assert_cmpint (rgb_distance (pixel (surface, split.x + split.width - 2, split.y + 2),
                                 cell_fill (surface, &split)), >, 100);
  g_assert_cmpint (rgb_distance (pixel (surface, agreed.x + agreed.width - 2, agreed.y + 2),
                                 agreed_fill), <, 10);

  cairo_surface_destroy (surface);
}

static void
test_draw (void)
{
  SlHeatmapData data;
  SlChartStyle style;

  seed_init (&data);
  sl_chart_style_init_default (&style, FALSE);
  check_cells (&data, &style);

  /* High contrast outlines the cells and keeps every cue. */
  style.high_contrast = TRUE;
  check_cells (&data, &style);

  sl_chart_style_clear (&style);
  sl_heatmap_data_clear (&data);
}

static void
test_dark (void)
{
  SlHeatmapData data;
  SlChartStyle style;
  cairo_surface_t *surface;
  cairo_rectangle_t middle;
  Rgb fill, text = { 0, 0, 0 };
  int brightest = -1;

  seed_init (&data);
  sl_chart_style_init_default (&style, TRUE);
  check_cells (&data, &style);

  /* On the dark background the neutral middle is dark too, and its mean
   * is written in white. */
  surface = render (&data, &style, WIDTH, HEIGHT);
  middle = cell_area (&data, &style, 3, 0);
  fill = cell_fill (surface, &middle);
  g_assert_cmpint (fill.red + fill.green + fill.blue, <, 3 * 100);
  for (double y = middle.y; y < middle.y + middle.height; y++)
    for (double x = middle.x; x < middle.x + middle.width; x++)
      {
        Rgb p = pixel (surface, x, y);

        if (p.red + p.green + p.blue > brightest)
          {
            brightest = p.red + p.green + p.blue;
            text = p;
          }
      }
  g_assert_cmpint (text.red + text.green + text.blue, >, 3 * 200);

  cairo_surface_destroy (surface);
  sl_chart_style_clear (&style);
  sl_heatmap_data_clear (&data);
}

static void
test_hit (void)
{
  SlHeatmapData data;
  SlChartStyle style;
  cairo_rectangle_t area;
  char *text;

  seed_init (&data);
  sl_chart_style_init_default (&style, FALSE);

  area = cell_area (&data, &style, 0, 0);
  text = sl_heatmap_hit (&data, &style, WIDTH, HEIGHT, area.x + area.width / 2,
                         area.y + area.height / 2);
  g_assert_cmpstr (text, ==, "Dana Reyes — Communication: mean 3.3 from 3 ratings (3 to 4)");
  g_free (text);

  area = cell_area (&data, &style, 2, 2);
  text = sl_heatmap_hit (&data, &style, WIDTH, HEIGHT, area.x + 1, area.y + 1);
  g_assert_cmpstr (text, ==, "Priya Natarajan — Technical leadership: mean 2.7 from 3 ratings "
                             "(1 to 4); interviewers disagree by 3 points");
  g_free (text);

  area = cell_area (&data, &style, 1, 2);
  text = sl_heatmap_hit (&data, &style, WIDTH, HEIGHT, area.x + area.width - 1,
                         area.y + area.height - 1);
  g_assert_cmpstr (text, ==, "Sam Okafor — Technical leadership: mean 2.0 from 1 rating");
  g_free (text);

  area = cell_area (&data, &style, 3, 1);
  text = sl_heatmap_hit (&data, &style, WIDTH, HEIGHT, area.x + area.width / 2,
                         area.y + area.height / 2);
  g_assert_cmpstr (text, ==, "Lee Chen — System design: no ratings");
  g_free (text);

  /* Nothing outside the cells: the title, the names, the legend. */
  g_assert_null (sl_heatmap_hit (&data, &style, WIDTH, HEIGHT, 5, 5));
  g_assert_null (sl_heatmap_hit (&data, &style, WIDTH, HEIGHT, 20, area.y + area.height / 2));
  g_assert_null (sl_heatmap_hit (&data, &style, WIDTH, HEIGHT, WIDTH - 2, HEIGHT - 2));
  g_assert_null (sl_heatmap_hit (&data, &style, WIDTH, HEIGHT, area.x + area.width / 2,
                                 HEIGHT - 5));

  sl_chart_style_clear (&style);
  sl_heatmap_data_clear (&data);
}

static void
test_describe_and_table (void)
{
  g_autoptr(GPtrArray) table = NULL;
  g_autofree char *text = NULL;
  SlHeatmapData data;
  GStrv row;

  seed_init (&data);

  g_assert_true (sl_heatmap_is_disagreement (&data, 2, 2));
  g_assert_false (sl_heatmap_is_disagreement (&data, 0, 0));
  g_assert_false (sl_heatmap_is_disagreement (&data, 3, 1));

  text = sl_heatmap_describe (&data);
  assert_contains (text, "VP of AI/ML Engineering.");
  assert_contains (text, "4 candidates on 3 competencies");
  assert_contains (text, "Strongest: Dana Reyes, mean 3.6.");
  assert_contains (text, "Weakest: Sam Okafor, mean 1.5.");
  assert_contains (text, "Interviewers disagree by two points or more on 1 cell: "
                         "Priya Natarajan — Technical leadership (1 to 4).");
  assert_contains (text, "1 cell has no ratings.");
  assert_contains (text, "Krippendorff");

  table = sl_heatmap_table (&data);
  g_assert_cmpuint (table->len, ==, 1 + G_N_ELEMENTS (names));
  row = g_ptr_array_index (table, 0);
  g_assert_cmpuint (g_strv_length (row), ==, 1 + G_N_ELEMENTS (competencies));
  g_assert_cmpstr (row[0], ==, "Candidate");
  g_assert_cmpstr (row[3], ==, "Technical leadership");

  for (guint r = 0; r < G_N_ELEMENTS (names); r++)
    {
      row = g_ptr_array_index (table, r + 1);
      g_assert_cmpuint (g_strv_length (row), ==, 1 + G_N_ELEMENTS (competencies));
      g_assert_cmpstr (row[0], ==, names[r]);

      /* Every cell starts with the mean the chart prints. */
      for (guint c = 0; c < G_N_ELEMENTS (competencies); c++)
        {
          g_autofree char *mean = g_strdup_printf ("%.1f", cells[r][c].mean);

          if (isnan (cells[r][c].mean))
            g_assert_cmpstr (row[c + 1], ==, "—");
          else
            g_assert_true (g_str_has_prefix (row[c + 1], mean));
        }
    }
  row = g_ptr_array_index (table, 1);
  g_assert_cmpstr (row[1], ==, "3.3 (3 to 4, 3 ratings)");
  g_assert_cmpstr (row[2], ==, "4.0 (2 ratings)");
  row = g_ptr_array_index (table, 3);
  g_assert_cmpstr (row[3], ==, "2.7 (1 to 4, 3 ratings), disagreement");

  sl_heatmap_data_clear (&data);
  g_assert_null (data.means);
  g_assert_cmpuint (data.n_rows, ==, 0);
}

static void
test_empty (void)
{
  SlHeatmapData data = { 0 };
  SlChartStyle style;
  cairo_surface_t *surface;
  g_autoptr(GPtrArray) table = NULL;
  g_autofree char *text = NULL;
  cairo_rectangle_t area;
  Rgb background;

  sl_chart_style_init_default (&style, FALSE);
  background = rgb_of (&style.background);

  /* The sentence sits in the middle, and there is nothing to point at. */
  surface = render (&data, &style, WIDTH, HEIGHT);
  g_assert_cmpuint (count_unlike (surface, background, WIDTH / 2 - 100, HEIGHT / 2 - 10,
                                  WIDTH / 2 + 100, HEIGHT / 2 + 10), >, 50);
  g_assert_cmpuint (count_unlike (surface, background, 0, 0, WIDTH, HEIGHT / 2 - 20), ==, 0);
  cairo_surface_destroy (surface);

  g_assert_null (sl_heatmap_hit (&data, &style, WIDTH, HEIGHT, WIDTH / 2, HEIGHT / 2));
  g_assert_false (sl_heatmap_cell_area (&data, &style, WIDTH, HEIGHT, 0, 0, &area));
  text = sl_heatmap_describe (&data);
  g_assert_cmpstr (text, ==, "No submitted scorecards yet.");
  table = sl_heatmap_table (&data);
  g_assert_cmpuint (table->len, ==, 1);

  /* Candidates without competencies are as empty. */
  data_init (&data, 2, 0);
  data.row_labels[0] = g_strdup ("Dana Reyes");
  data.row_labels[1] = g_strdup ("Sam Okafor");
  g_assert_null (sl_heatmap_hit (&data, &style, WIDTH, HEIGHT, WIDTH / 2, HEIGHT / 2));
  surface = render (&data, &style, WIDTH, HEIGHT);
  g_assert_cmpuint (count_unlike (surface, background, WIDTH / 2 - 100, HEIGHT / 2 - 10,
                                  WIDTH / 2 + 100, HEIGHT / 2 + 10), >, 50);
  cairo_surface_destroy (surface);
  sl_heatmap_data_clear (&data);

  sl_chart_style_clear (&style);
}

/* A large panel lays out in reach of the edges. */
static void
test_crowded (void)
{
  SlHeatmapData data;
  SlChartStyle style;
  cairo_surface_t *surface;
  cairo_rectangle_t first, last;
  Rgb background;

  crowd_init (&data, 12, 16);
  sl_chart_style_init_default (&style, FALSE);
  background = rgb_of (&style.background);

  /* Every cell fits, the last column with its slanted name. */
  first = cell_area (&data, &style, 0, 0);
  last = cell_area (&data, &style, 11, 15);
  g_assert_cmpfloat (last.x + last.width, <=, WIDTH);
  g_assert_cmpfloat (last.y + last.height, <=, HEIGHT);
  g_assert_cmpfloat (first.y, >, 40);

  surface = render (&data, &style, WIDTH, HEIGHT);
  g_assert_cmpuint (count_unlike (surface, background, WIDTH - 4, 0, WIDTH, HEIGHT), ==, 0);
  g_assert_cmpuint (cell_ink (surface, &last), >, 10);

  cairo_surface_destroy (surface);

  /* Too many candidates: the first fit, and the note says how many not. */
  sl_heatmap_data_clear (&data);
  crowd_init (&data, 40, 6);
  g_assert_true (sl_heatmap_cell_area (&data, &style, WIDTH, HEIGHT, 0, 0, &first));
  g_assert_false (sl_heatmap_cell_area (&data, &style, WIDTH, HEIGHT, 39, 0, &last));
  surface = render (&data, &style, WIDTH, HEIGHT);
  cairo_surface_destroy (surface);

  sl_chart_style_clear (&style);
  sl_heatmap_data_clear (&data);
}

static void
draw_heatmap (cairo_t            *cr,
              gconstpointer       data,
              const SlChartStyle *style,
              double              width,
              double              height)
{
  sl_heatmap_draw (cr, data, style, width, height);
}

static char *
pdf_text (const char          *dir,
          const SlHeatmapData *data,
          const SlChartStyle  *style)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *path = g_build_filename (dir, "heatmap.pdf", NULL);
  char *out = NULL;
  int status;

  if (pdftotext == NULL)
    {
      g_test_fail_printf ("pdftotext is not on PATH: install poppler-utils to read the PDF back");
      return NULL;
    }

  g_assert_true (sl_chart_export (path, draw_heatmap, data, style, WIDTH, HEIGHT, &error));
  g_assert_no_error (error);

  {
    const char *argv[] = { pdftotext, "-enc", "UTF-8", path, "-", NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status,
                  &error);
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }

  g_unlink (path);
  return out;
}

static void
test_pdf_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("shortlist-heatmap-XXXXXX", &error);
  SlHeatmapData data;
  SlChartStyle style;

  g_assert_no_error (error);
  sl_chart_style_init_default (&style, FALSE);

  /* Text stays text: names, competencies, means and the legend. */
  seed_init (&data);
  {
    g_autofree char *out = pdf_text (dir, &data, &style);

    if (out != NULL)
      {
        assert_contains (out, "Communication");
        assert_contains (out, "Dana Reyes");
        assert_contains (out, "3.3");
        assert_contains (out, "Strong yes");
        assert_contains (out, "Ratings two or more points apart");
        assert_contains (out, "Krippendorff");
      }
  }
  sl_heatmap_data_clear (&data);

  crowd_init (&data, 40, 6);
  {
    g_autofree char *out = pdf_text (dir, &data, &style);

    if (out != NULL)
      assert_contains (out, "more candidates not shown");
  }
  sl_heatmap_data_clear (&data);

  sl_chart_style_clear (&style);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/heatmap/draw", test_draw);
  g_test_add_func ("/heatmap/dark", test_dark);
  g_test_add_func ("/heatmap/hit", test_hit);
  g_test_add_func ("/heatmap/describe-and-table", test_describe_and_table);
  g_test_add_func ("/heatmap/empty", test_empty);
  g_test_add_func ("/heatmap/crowded", test_crowded);
  g_test_add_func ("/heatmap/pdf-text", test_pdf_text);

  return g_test_run ();
}
