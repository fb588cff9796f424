/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-test-funnel"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "sl-funnel-chart.h"
#include "sl-sample.h"
#include "sl-store-private.h"
#include "test-pixels.h"
#include "test-util.h"

#define DAY (24 * 60 * 60)

/* A Tuesday in November 2023, at noon UTC: the pipeline's first day. */
#define T0 G_GINT64_CONSTANT (1699963200)

/* The stages of the built-in template, by position. */
enum
{
  APPLIED,
  SCREEN,
  MANAGER,
  TECHNICAL,
  PANEL,
  EXECUTIVE,
  OFFER,
  HIRED,
  REJECTED,
  N_STAGES,
};

typedef struct
{
  SlStore *store;
  gint64 role_id;
  gint64 stage_ids[N_STAGES];
} Pipeline;

static void
pipeline_init (Pipeline *p,
               Fixture  *f)
{
  g_autoptr(GListModel) stages = NULL;
  g_autoptr(GError) error = NULL;

  p->store = open_store (f);
  p->role_id = create_template_role (p->store, "VP of AI/ML Engineering");

  stages = sl_store_list_stages (p->store, p->role_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (stages), ==, N_STAGES);
  for (guint i = 0; i < N_STAGES; i++)
    {
      g_autoptr(SlStage) stage = g_list_model_get_item (stages, i);

      g_assert_cmpuint (sl_stage_get_position (stage), ==, i);
      p->stage_ids[i] = sl_stage_get_id (stage);
    }

  {
    g_autoptr(SlStage) rejected = g_list_model_get_item (stages, REJECTED);

    g_assert_cmpint (sl_stage_get_kind (rejected), ==, SL_STAGE_REJECTED);
  }
}

static void
pipeline_clear (Pipeline *p)
{
  sl_store_set_now_for_testing (0);
  g_clear_object (&p->store);
}

/* Puts a new candidate into the role on day @day. */
static gint64
apply (Pipeline   *p,
       const char *name,
       int         day,
       gint64     *candidate_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *email = g_strdup_printf ("%s@example.com", name);
  gint64 id = add_candidate (p->store, name, email);
  gint64 application_id;

  sl_store_set_now_for_testing (T0 + (gint64) day * DAY);
  application_id = sl_store_add_application (p->store, id, p->role_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (application_id, >, 0);

  if (candidate_id != NULL)
    *candidate_id = id;
  return application_id;
}

static void
move (Pipeline *p,
      gint64    application_id,
      guint     stage,
      int       day)
{
  g_autoptr(GError) error = NULL;

  sl_store_set_now_for_testing (T0 + (gint64) day * DAY);
  g_assert_true (sl_store_move_application (p->store, application_id, p->stage_ids[stage], &error));
  g_assert_no_error (error);
}

/* The days of each stay of an application, as the store recorded them,
 * open ones counted up to @now. */
static void
assert_stays (Pipeline     *p,
              gint64        application_id,
              gint64        now,
              const double *days,
              guint         n_days)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = sl_store_list_stage_history (p->store, application_id, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, n_days);
  for (guint i = 0; i < history->len; i++)
    {
      const SlStageVisit *visit = g_ptr_array_index (history, i);
      gint64 left = visit->left != 0 ? visit->left : now;

      g_assert_cmpfloat ((double) (left - visit->entered) / DAY, ==, days[i]);
    }
}

/* Eight candidates over ten days:
 *
 *   A  applied day 0, screen day 2, hiring manager day 6 (there now)
 *   B  applied day 1, screen day 3, rejected day 6
 *   C  applied day 2 (there now)
 *   D  applied day 0, screen day 1, technical deep dive day 6 (skipping
 *      the hiring manager), offer day 9 (there now)
 *   E  applied day 0, screen day 1, hiring manager day 2, then trashed
 *   F  applied day 1, rejected day 2
 *   G  applied day 3, screen day 4 (there now)
 *   H  applied day 4, screen day 5, hiring manager day 7 (there now)
 *
 * and the funnel drawn on day 10. */
static void
pipeline_populate (Pipeline *p)
{
  g_autoptr(GError) error = NULL;
  gint64 a, b, c, d, e, f, g, h;
  gint64 trashed;

  a = apply (p, "Avery", 0, NULL);
  b = apply (p, "Blake", 1, NULL);
  c = apply (p, "Casey", 2, NULL);
  d = apply (p, "Devon", 0, NULL);
  e = apply (p, "Emery", 0, &trashed);
  f = apply (p, "Finley", 1, NULL);
  g = apply (p, "Greer", 3, NULL);
  h = apply (p, "Harper", 4, NULL);

  move (p, d, SCREEN, 1);
  move (p, e, SCREEN, 1);
  move (p, a, SCREEN, 2);
  move (p, e, MANAGER, 2);
  move (p, f, REJECTED, 2);
  move (p, b, SCREEN, 3);
  move (p, g, SCREEN, 4);
  move (p, h, SCREEN, 5);
  move (p, a, MANAGER, 6);
  move (p, b, REJECTED, 6);
  move (p, d, TECHNICAL, 6);
  move (p, h, MANAGER, 7);
  move (p, d, OFFER, 9);

  g_assert_true (sl_store_trash_candidate (p->store, trashed, &error));
  g_assert_no_error (error);
  sl_store_set_now_for_testing (0);

  /* The store kept the times it was given. */
  {
    const double a_days[] = { 2, 4, 4 };
    const double c_days[] = { 8 };
    const double d_days[] = { 1, 5, 3, 1 };

    assert_stays (p, a, T0 + 10 * DAY, a_days, G_N_ELEMENTS (a_days));
    assert_stays (p, c, T0 + 10 * DAY, c_days, G_N_ELEMENTS (c_days));
    assert_stays (p, d, T0 + 10 * DAY, d_days, G_N_ELEMENTS (d_days));
  }
}

/* What the funnel of that pipeline holds, by stage. */
static const struct
{
  const char *name;
  guint reached;
  guint current;
  double median;
  guint n_stays;
} expected[] = {
  /* Stays: A 2, B 2, C 8 (open), D 1, F 1, G 1, H 1: seven, the
   * fourth of them in order is 1. */
  { "Applied", 7, 1, 1, 7 },
  /* A 4, B 3, D 5, G 6 (open), H 2: five, the middle one 4. */
  { "Recruiter screen", 5, 1, 4, 5 },
  /* D skipped it, and reached it all the same on the way to the
   * offer. A 4 and H 3, both open: the middle two of an even
   * number, 3.5. E's stay is in the trash. */
  { "Hiring manager interview", 3, 2, 3.5, 2 },
  { "Technical deep dive", 1, 0, 3, 1 },
  { "Leadership panel", 1, 0, NAN, 0 },
  { "Executive interview", 1, 0, NAN, 0 },
  { "Offer", 1, 1, 1, 1 },
  { "Hired", 0, 0, NAN, 0 },
};

static void
test_load (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SlFunnelData) funnel = NULL;
  Pipeline p;

  pipeline_init (&p, f);
  pipeline_populate (&p);

  funnel = sl_store_load_funnel (p.store, p.role_id, T0 + 10 * DAY, &error);
  g_assert_no_error (error);
  g_assert_nonnull (funnel);

  g_assert_cmpstr (funnel->title, ==, "VP of AI/ML Engineering — pipeline");
  g_assert_cmpuint (funnel->n_stages, ==, G_N_ELEMENTS (expected));
  g_assert_null (funnel->stage_names[funnel->n_stages]);
  for (guint i = 0; i < funnel->n_stages; i++)
    {
      g_test_message ("stage %u: %s", i, funnel->stage_names[i]);
      g_assert_cmpstr (funnel->stage_names[i], ==, expected[i].name);
      g_assert_cmpint (funnel->stage_kinds[i], !=, SL_STAGE_REJECTED);
      g_assert_cmpuint (funnel->reached[i], ==, expected[i].reached);
      g_assert_cmpuint (funnel->current[i], ==, expected[i].current);
      g_assert_cmpuint (funnel->n_stays[i], ==, expected[i].n_stays);
      if (isnan (expected[i].median))
        g_assert_true (isnan (funnel->median_days[i]));
      else
        g_assert_cmpfloat_with_epsilon (funnel->median_days[i], expected[i].median, 1e-9);
    }
  g_assert_cmpint (funnel->stage_kinds[0], ==, SL_STAGE_APPLIED);
  g_assert_cmpint (funnel->stage_kinds[7], ==, SL_STAGE_HIRED);

  /* B and F, apart from the steps; E is in the trash. */
  g_assert_cmpstr (funnel->rejected_name, ==, "Rejected");
  g_assert_cmpuint (funnel->rejected, ==, 2);
  g_assert_cmpuint (funnel->n_applications, ==, 7);

  g_assert_true (isnan (sl_funnel_data_conversion (funnel, 0)));
  g_assert_cmpfloat_with_epsilon (sl_funnel_data_conversion (funnel, 1), 5.0 / 7, 1e-9);
  g_assert_cmpfloat_with_epsilon (sl_funnel_data_conversion (funnel, 2), 3.0 / 5, 1e-9);
  g_assert_cmpfloat_with_epsilon (sl_funnel_data_conversion (funnel, 7), 0, 1e-9);

  /* Later, the open stays are longer: C has been waiting twelve days,
   * and the screen's stays are 2, 3, 4, 5 and 8. */
  g_clear_pointer (&funnel, sl_funnel_data_free);
  funnel = sl_store_load_funnel (p.store, p.role_id, T0 + 12 * DAY, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (funnel->median_days[APPLIED], 1, 1e-9);
  g_assert_cmpfloat_with_epsilon (funnel->median_days[SCREEN], 4, 1e-9);
  g_assert_cmpfloat_with_epsilon (funnel->median_days[MANAGER], 5.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (funnel->median_days[OFFER], 3, 1e-9);

  pipeline_clear (&p);
}

/* Restoring a candidate from the trash brings their stays back. */
static void
test_trash (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SlFunnelData) funnel = NULL;
  gint64 candidate_id;
  gint64 application_id;
  Pipeline p;

  pipeline_init (&p, f);
  application_id = apply (&p, "Avery", 0, &candidate_id);
  move (&p, application_id, SCREEN, 3);
  sl_store_set_now_for_testing (0);

  g_assert_true (sl_store_trash_candidate (p.store, candidate_id, &error));
  funnel = sl_store_load_funnel (p.store, p.role_id, T0 + 4 * DAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (funnel->n_applications, ==, 0);
  g_assert_cmpuint (funnel->reached[APPLIED], ==, 0);
  g_assert_true (isnan (funnel->median_days[APPLIED]));
  g_clear_pointer (&funnel, sl_funnel_data_free);

  g_assert_true (sl_store_restore_candidate (p.store, candidate_id, &error));
  funnel = sl_store_load_funnel (p.store, p.role_id, T0 + 4 * DAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (funnel->n_applications, ==, 1);
  g_assert_cmpuint (funnel->reached[SCREEN], ==, 1);
  g_assert_cmpuint (funnel->current[SCREEN], ==, 1);
  g_assert_cmpfloat_with_epsilon (funnel->median_days[APPLIED], 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (funnel->median_days[SCREEN], 1, 1e-9);

  pipeline_clear (&p);
}

/* A role nobody applied to has its steps and nothing in them; a role that
 * is not there is an error. */
static void
test_empty_and_missing (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SlFunnelData) funnel = NULL;
  Pipeline p;

  pipeline_init (&p, f);

  funnel = sl_store_load_funnel (p.store, p.role_id, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (funnel->n_stages, ==, N_STAGES - 1);
  g_assert_cmpuint (funnel->n_applications, ==, 0);
  g_assert_cmpuint (funnel->rejected, ==, 0);
  for (guint i = 0; i < funnel->n_stages; i++)
    {
      g_assert_cmpuint (funnel->reached[i], ==, 0);
      g_assert_cmpuint (funnel->current[i], ==, 0);
      g_assert_true (isnan (funnel->median_days[i]));
      g_assert_true (isnan (sl_funnel_data_conversion (funnel, i)));
    }

  g_assert_null (sl_store_load_funnel (p.store, p.role_id + 100, 0, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);

  pipeline_clear (&p);
}

/* The sample's pipeline: whatever the data, every count is at most the
 * one before it, and each application stands somewhere. */
static void
test_sample (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(SlFunnelData) funnel = NULL;
  guint n_current = 0;

  g_assert_true (sl_sample_populate (store, 60, &error));
  g_assert_no_error (error);

  funnel = sl_store_load_funnel (store, 1, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (funnel->n_applications, ==, 60);
  g_assert_cmpuint (funnel->reached[0], >, 0);
  g_assert_cmpuint (funnel->rejected, >, 0);
  for (guint i = 0; i < funnel->n_stages; i++)
    {
      g_assert_cmpuint (funnel->reached[i], >=, funnel->current[i]);
      if (i > 0)
        g_assert_cmpuint (funnel->reached[i], <=, funnel->reached[i - 1]);
      if (funnel->n_stays[i] > 0)
        g_assert_cmpfloat (funnel->median_days[i], >=, 0);
      n_current += funnel->current[i];
    }
  g_assert_cmpuint (n_current + funnel->rejected, ==, funnel->n_applications);
  /* The sample's rejected were screened before. */
  g_assert_cmpuint (funnel->reached[0], ==, funnel->n_applications);
}

static void
test_median (void)
{
  double none[1] = { 0 };
  double one[] = { 4 };
  double odd[] = { 8, 1, 2, 1, 1 };
  double even[] = { 6, 1, 4, 3 };
  double pair[] = { 5, 2 };

  g_assert_true (isnan (sl_funnel_median (none, 0)));
  g_assert_cmpfloat (sl_funnel_median (one, 1), ==, 4);
  g_assert_cmpfloat (sl_funnel_median (odd, G_N_ELEMENTS (odd)), ==, 1);
  g_assert_cmpfloat (sl_funnel_median (even, G_N_ELEMENTS (even)), ==, 3.5);
  g_assert_cmpfloat (sl_funnel_median (pair, G_N_ELEMENTS (pair)), ==, 3.5);

  /* The values are left sorted. */
  g_assert_cmpfloat (even[0], ==, 1);
  g_assert_cmpfloat (even[3], ==, 6);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  SlFunnelData **funnel = user_data;
  g_autoptr(GError) error = NULL;

  *funnel = sl_store_load_funnel_finish (SL_STORE (source), result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (*funnel);
}

static void
on_cancelled (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_null (sl_store_load_funnel_finish (SL_STORE (source), result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  *done = TRUE;
}

/* Off the main thread, on a connection of its own, the same numbers. */
static void
test_async (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(SlFunnelData) funnel = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  gboolean cancelled = FALSE;
  Pipeline p;

  pipeline_init (&p, f);
  pipeline_populate (&p);

  sl_store_load_funnel_async (p.store, p.role_id, T0 + 10 * DAY, NULL, on_loaded, &funnel);
  while (funnel == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (funnel->n_applications, ==, 7);
  g_assert_cmpuint (funnel->reached[SCREEN], ==, 5);
  g_assert_cmpuint (funnel->reached[MANAGER], ==, 3);
  g_assert_cmpfloat_with_epsilon (funnel->median_days[MANAGER], 3.5, 1e-9);
  g_assert_cmpuint (funnel->rejected, ==, 2);

  g_cancellable_cancel (cancellable);
  sl_store_load_funnel_async (p.store, p.role_id, 0, cancellable, on_cancelled, &cancelled);
  while (!cancelled)
    g_main_context_iteration (NULL, TRUE);

  pipeline_clear (&p);
}

/* The chart */

#define WIDTH  1200
#define HEIGHT 700

/* The pipeline's funnel as the store reads it, without a store, on day
 * 10; B and F rejected. */
static SlFunnelData *
funnel_new (void)
{
  SlFunnelData *funnel = sl_funnel_data_new (G_N_ELEMENTS (expected));

  funnel->title = g_strdup ("VP of AI/ML Engineering — pipeline");
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      funnel->stage_names[i] = g_strdup (expected[i].name);
      funnel->stage_kinds[i] = i == 0 ? SL_STAGE_APPLIED : i == OFFER ? SL_STAGE_OFFER
                             : i == HIRED ? SL_STAGE_HIRED : SL_STAGE_INTERVIEW;
      funnel->reached[i] = expected[i].reached;
      funnel->current[i] = expected[i].current;
      funnel->median_days[i] = expected[i].median;
      funnel->n_stays[i] = expected[i].n_stays;
    }
  funnel->n_applications = 7;
  funnel->rejected_name = g_strdup ("Rejected");
  funnel->rejected = 2;

  return funnel;
}

static cairo_surface_t *
render (const SlFunnelData *funnel,
        const SlChartStyle *style,
        int                 width,
        int                 height)
{
  cairo_t *cr = test_image_begin (style, width, height);

  sl_funnel_chart_draw (cr, funnel, style, width, height);
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
bar_area (const SlFunnelData *funnel,
          const SlChartStyle *style,
          int                 width,
          int                 height,
          guint               stage)
{
  cairo_rectangle_t area;

  g_assert_true (sl_funnel_chart_bar_area (funnel, style, width, height, stage, &area));
  g_assert_cmpfloat (area.x, >=, 0);
  g_assert_cmpfloat (area.x + area.width, <=, width);
  g_assert_cmpfloat (area.y + area.height, <=, height);

  return area;
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (haystack == NULL || strstr (haystack, needle) == NULL)
    g_error ("“%s” does not contain “%s”", haystack, needle);
}

static void
check_bars (const SlFunnelData *funnel,
            const SlChartStyle *style)
{
  cairo_surface_t *surface = render (funnel, style, WIDTH, HEIGHT);
  Rgb background = rgb_of (&style->background);
  Rgb accent = rgb_of (&style->accent);
  cairo_rectangle_t applied = bar_area (funnel, style, WIDTH, HEIGHT, APPLIED);
  cairo_rectangle_t rejected = bar_area (funnel, style, WIDTH, HEIGHT, funnel->n_stages);
  cairo_rectangle_t previous = applied;
  guint n_accent = 0;

  /* Each bar is as wide as its count, on one scale, centred on one axis;
   * the funnel narrows down the page. */
  for (guint i = 1; i < funnel->n_stages; i++)
    {
      cairo_rectangle_t bar = bar_area (funnel, style, WIDTH, HEIGHT, i);

      g_assert_cmpfloat (bar.y, >, previous.y);
      g_assert_cmpfloat (bar.width, <=, previous.width);
      g_assert_cmpfloat (fabs (bar.width / applied.width - (double) funnel->reached[i] / funnel->reached[0]),
                         <, 0.02);
      g_assert_cmpfloat (fabs ((bar.x + bar.width / 2) - (applied.x + applied.width / 2)), <=, 1.5);
      previous = bar;
    }
  g_assert_cmpfloat (applied.width, >, WIDTH / 2);
  g_assert_cmpfloat (bar_area (funnel, style, WIDTH, HEIGHT, HIRED).width, <=, 1);
  g_assert_cmpfloat (rejected.y, >, previous.y + previous.height);
  g_assert_cmpfloat (fabs (rejected.width / applied.width - 2.0 / 7), <, 0.02);

  /* The bars are in the accent colour, the count written on them. */
  g_assert_cmpint (rgb_distance (pixel (surface, applied.x + 3, applied.y + applied.height / 2), accent), <, 10);
  g_assert_cmpuint (count_unlike (surface, accent, applied.x + applied.width / 2 - 10, applied.y + 4,
                                  applied.x + applied.width / 2 + 10, applied.y + applied.height - 4),
                    >, 10);

  /* The rejected are neither the accent nor the background. */
  for (double y = rejected.y; y < rejected.y + rejected.height; y++)
    for (double x = rejected.x; x < rejected.x + rejected.width; x++)
      n_accent += rgb_distance (pixel (surface, x, y), accent) < 60 ||
                  rgb_distance (pixel (surface, x, y), background) < 60;
  g_assert_cmpuint (n_accent, <, rejected.width * rejected.height / 10);

  /* The names are written before the bars, the note under them, and
   * nothing leaves the chart's margins. */
  g_assert_cmpuint (count_unlike (surface, background, 0, applied.y, applied.x - 20,
                                  applied.y + applied.height), >, 50);
  g_assert_cmpuint (count_unlike (surface, background, 0, rejected.y + rejected.height + 2, WIDTH / 2,
                                  HEIGHT), >, 50);
  g_assert_cmpuint (count_unlike (surface, background, WIDTH - 4, 0, WIDTH, HEIGHT), ==, 0);
  g_assert_cmpuint (count_unlike (surface, background, 0, HEIGHT - 4, WIDTH, HEIGHT), ==, 0);

  cairo_surface_destroy (surface);
}

static void
test_draw (void)
{
  g_autoptr(SlFunnelData) funnel = funnel_new ();
  SlChartStyle style;

  sl_chart_style_init_default (&style, FALSE);
  check_bars (funnel, &style);
  style.high_contrast = TRUE;
  check_bars (funnel, &style);
  sl_chart_style_clear (&style);

  sl_chart_style_init_default (&style, TRUE);
  check_bars (funnel, &style);
  style.high_contrast = TRUE;
  check_bars (funnel, &style);
  sl_chart_style_clear (&style);
}

/* Small charts keep one line a stage, then leave out the last stages and
 * say so; a tiny one still draws inside its bounds. */
static void
test_small (void)
{
  g_autoptr(SlFunnelData) funnel = funnel_new ();
  SlChartStyle style;
  cairo_rectangle_t area;
  const struct
  {
    int width;
    int height;
    gboolean all_shown;
    gboolean rejected_shown;
  } sizes[] = {
    { 640, 400, TRUE, TRUE },
    { 400, 250, TRUE, TRUE },
    { 300, 160, FALSE, TRUE },
    { 300, 110, FALSE, FALSE },
    { 120, 100, FALSE, FALSE },
  };

  sl_chart_style_init_default (&style, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      int w = sizes[i].width;
      int h = sizes[i].height;
      cairo_surface_t *surface = render (funnel, &style, w, h);
      Rgb background = rgb_of (&style.background);
      gboolean last_shown = sl_funnel_chart_bar_area (funnel, &style, w, h, OFFER, &area);
      gboolean rejected_shown = sl_funnel_chart_bar_area (funnel, &style, w, h, funnel->n_stages, &area);

      g_test_message ("%d × %d", w, h);
      g_assert_cmpint (last_shown, ==, sizes[i].all_shown);
      g_assert_cmpint (rejected_shown, ==, sizes[i].rejected_shown);
      g_assert_cmpuint (count_unlike (surface, background, w - 2, 0, w, h), ==, 0);
      g_assert_cmpuint (count_unlike (surface, background, 0, h - 2, w, h), ==, 0);
      g_assert_cmpuint (count_unlike (surface, background, 0, 0, w, h), >, 100);
      cairo_surface_destroy (surface);

      /* The rejected stay when the last stages do not fit, but not in
       * the place of the first. */
      if (rejected_shown)
        g_assert_cmpfloat (area.y + area.height, <, h);
      if (h >= 110)
        bar_area (funnel, &style, w, h, APPLIED);
    }

  /* Wide and low: the share and the median go after the bars. */
  {
    cairo_surface_t *surface = render (funnel, &style, 900, 420);
    Rgb background = rgb_of (&style.background);
    cairo_rectangle_t applied = bar_area (funnel, &style, 900, 420, APPLIED);
    cairo_rectangle_t screen = bar_area (funnel, &style, 900, 420, SCREEN);

    g_assert_cmpfloat (applied.x + applied.width, <, 900 - 150);
    g_assert_cmpuint (count_unlike (surface, background, applied.x + applied.width + 10, screen.y,
                                    900, screen.y + screen.height), >, 50);
    cairo_surface_destroy (surface);
  }

  sl_chart_style_clear (&style);
}

static void
test_hit (void)
{
  g_autoptr(SlFunnelData) funnel = funnel_new ();
  SlChartStyle style;
  cairo_rectangle_t area;
  char *text;

  sl_chart_style_init_default (&style, FALSE);

  area = bar_area (funnel, &style, WIDTH, HEIGHT, SCREEN);
  text = sl_funnel_chart_hit (funnel, &style, WIDTH, HEIGHT, area.x + area.width / 2,
                              area.y + area.height / 2);
  g_assert_cmpstr (text, ==, "Recruiter screen: reached by 5 candidates. That is 71% of those who "
                             "reached Applied. 1 is there now. Median stay 4 days, of 5 stays.");
  g_free (text);

  /* The whole row answers, its name too. */
  area = bar_area (funnel, &style, WIDTH, HEIGHT, MANAGER);
  text = sl_funnel_chart_hit (funnel, &style, WIDTH, HEIGHT, 20, area.y + area.height / 2);
  g_assert_cmpstr (text, ==, "Hiring manager interview: reached by 3 candidates. That is 60% of those "
                             "who reached Recruiter screen. 2 are there now. Median stay 3.5 days, "
                             "of 2 stays.");
  g_free (text);

  area = bar_area (funnel, &style, WIDTH, HEIGHT, APPLIED);
  text = sl_funnel_chart_hit (funnel, &style, WIDTH, HEIGHT, WIDTH / 2, area.y + 1);
  g_assert_cmpstr (text, ==, "Applied: reached by 7 candidates. 1 is there now. Median stay 1 day, "
                             "of 7 stays.");
  g_free (text);

  area = bar_area (funnel, &style, WIDTH, HEIGHT, PANEL);
  text = sl_funnel_chart_hit (funnel, &style, WIDTH, HEIGHT, WIDTH - 30, area.y + area.height / 2);
  g_assert_cmpstr (text, ==, "Leadership panel: reached by 1 candidate. That is 100% of those who "
                             "reached Technical deep dive. 0 are there now. Nobody has stayed in it yet.");
  g_free (text);

  area = bar_area (funnel, &style, WIDTH, HEIGHT, funnel->n_stages);
  text = sl_funnel_chart_hit (funnel, &style, WIDTH, HEIGHT, area.x + 1, area.y + area.height / 2);
  g_assert_cmpstr (text, ==, "Rejected: 2 candidates, 29% of all who applied.");
  g_free (text);

  /* Nothing on the title, the gap before the rejected, the note, or the
   * margins. */
  g_assert_null (sl_funnel_chart_hit (funnel, &style, WIDTH, HEIGHT, 20, 8));
  {
    cairo_rectangle_t hired = bar_area (funnel, &style, WIDTH, HEIGHT, HIRED);

    g_assert_null (sl_funnel_chart_hit (funnel, &style, WIDTH, HEIGHT, 20,
                                        (hired.y + hired.height + area.y) / 2));
  }
  g_assert_null (sl_funnel_chart_hit (funnel, &style, WIDTH, HEIGHT, 20, HEIGHT - 3));
  g_assert_null (sl_funnel_chart_hit (funnel, &style, WIDTH, HEIGHT, 2, area.y + area.height / 2));

  sl_chart_style_clear (&style);
}

static void
test_describe_and_table (void)
{
  g_autoptr(SlFunnelData) funnel = funnel_new ();
  g_autoptr(GPtrArray) table = NULL;
  g_autofree char *text = NULL;
  GStrv row;

  text = sl_funnel_chart_describe (funnel);
  assert_contains (text, "VP of AI/ML Engineering — pipeline.");
  assert_contains (text, "7 candidates, 2 of them rejected.");
  assert_contains (text, "Reached each stage: Applied 7; Recruiter screen 5 (71%); "
                         "Hiring manager interview 3 (60%); Technical deep dive 1 (33%);");
  assert_contains (text, "Hired 0 (0%).");
  assert_contains (text, "The longest median stay is in Recruiter screen: 4 days.");

  table = sl_funnel_chart_table (funnel);
  g_assert_cmpuint (table->len, ==, 1 + G_N_ELEMENTS (expected) + 1);
  row = g_ptr_array_index (table, 0);
  g_assert_cmpuint (g_strv_length (row), ==, 6);
  g_assert_cmpstr (row[0], ==, "Stage");
  g_assert_cmpstr (row[1], ==, "Reached");

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *reached = g_strdup_printf ("%u", expected[i].reached);

      row = g_ptr_array_index (table, i + 1);
      g_assert_cmpuint (g_strv_length (row), ==, 6);
      g_assert_cmpstr (row[0], ==, expected[i].name);
      g_assert_cmpstr (row[1], ==, reached);
    }
  row = g_ptr_array_index (table, 1);
  g_assert_cmpstr (row[2], ==, "—");
  g_assert_cmpstr (row[4], ==, "1 day");
  row = g_ptr_array_index (table, 3);
  g_assert_cmpstr (row[2], ==, "60%");
  g_assert_cmpstr (row[3], ==, "2");
  g_assert_cmpstr (row[4], ==, "3.5 days");
  g_assert_cmpstr (row[5], ==, "2");
  row = g_ptr_array_index (table, 1 + PANEL);
  g_assert_cmpstr (row[4], ==, "—");
  row = g_ptr_array_index (table, G_N_ELEMENTS (expected) + 1);
  g_assert_cmpstr (row[0], ==, "Rejected");
  g_assert_cmpstr (row[3], ==, "2");

  /* Short stays and long ones. */
  funnel->median_days[APPLIED] = 0.4;
  funnel->median_days[SCREEN] = 12.4;
  funnel->median_days[MANAGER] = 2.98;
  g_clear_pointer (&table, g_ptr_array_unref);
  table = sl_funnel_chart_table (funnel);
  g_assert_cmpstr (((GStrv) g_ptr_array_index (table, 1))[4], ==, "less than a day");
  g_assert_cmpstr (((GStrv) g_ptr_array_index (table, 2))[4], ==, "12 days");
  g_assert_cmpstr (((GStrv) g_ptr_array_index (table, 3))[4], ==, "3 days");
}

static void
test_chart_empty (void)
{
  g_autoptr(SlFunnelData) funnel = funnel_new ();
  g_autoptr(SlFunnelData) no_stages = sl_funnel_data_new (0);
  g_autoptr(GPtrArray) table = NULL;
  g_autofree char *text = NULL;
  cairo_surface_t *surface;
  cairo_rectangle_t area;
  SlChartStyle style;
  Rgb background;

  sl_chart_style_init_default (&style, FALSE);
  background = rgb_of (&style.background);

  /* Nobody applied yet: a sentence in the middle, nothing to point at. */
  for (guint i = 0; i < funnel->n_stages; i++)
    funnel->reached[i] = funnel->current[i] = funnel->n_stays[i] = 0;
  funnel->rejected = 0;
  funnel->n_applications = 0;

  surface = render (funnel, &style, WIDTH, HEIGHT);
  g_assert_cmpuint (count_unlike (surface, background, WIDTH / 2 - 100, HEIGHT / 2 - 10,
                                  WIDTH / 2 + 100, HEIGHT / 2 + 10), >, 50);
  g_assert_cmpuint (count_unlike (surface, background, 0, 40, WIDTH, HEIGHT / 2 - 20), ==, 0);
  cairo_surface_destroy (surface);

  g_assert_null (sl_funnel_chart_hit (funnel, &style, WIDTH, HEIGHT, WIDTH / 2, HEIGHT / 2));
  g_assert_false (sl_funnel_chart_bar_area (funnel, &style, WIDTH, HEIGHT, 0, &area));
  text = sl_funnel_chart_describe (funnel);
  g_assert_cmpstr (text, ==, "VP of AI/ML Engineering — pipeline. No candidates in this role yet.");
  table = sl_funnel_chart_table (funnel);
  g_assert_cmpuint (table->len, ==, 1 + funnel->n_stages + 1);

  /* A role without stages. */
  surface = render (no_stages, &style, WIDTH, HEIGHT);
  g_assert_cmpuint (count_unlike (surface, background, WIDTH / 2 - 100, HEIGHT / 2 - 10,
                                  WIDTH / 2 + 100, HEIGHT / 2 + 10), >, 20);
  cairo_surface_destroy (surface);
  g_clear_pointer (&text, g_free);
  text = sl_funnel_chart_describe (no_stages);
  g_assert_cmpstr (text, ==, "This role has no stages.");

  sl_chart_style_clear (&style);
}

static void
draw_funnel (cairo_t            *cr,
             gconstpointer       data,
             const SlChartStyle *style,
             double              width,
             double              height)
{
  sl_funnel_chart_draw (cr, data, style, width, height);
}

/* In a PDF the words stay words: the stages, the shares, the medians. */
static void
test_pdf_text (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(SlFunnelData) funnel = funnel_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *path = g_build_filename (f->dir, "funnel.pdf", NULL);
  g_autofree char *out = NULL;
  SlChartStyle style;
  int status;

  if (pdftotext == NULL)
    {
      g_test_fail_printf ("pdftotext is not on PATH: install poppler-utils to read the PDF back");
      return;
    }

  sl_chart_style_init_default (&style, FALSE);
  g_assert_true (sl_chart_export (path, draw_funnel, funnel, &style, WIDTH, HEIGHT, &error));
  g_assert_no_error (error);
  sl_chart_style_clear (&style);

  {
    const char *argv[] = { pdftotext, "-enc", "UTF-8", path, "-", NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status,
                  &error);
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    assert_contains (out, expected[i].name);
  assert_contains (out, "Rejected");
  assert_contains (out, "71% of previous");
  assert_contains (out, "median 4 days");
  assert_contains (out, "median 3.5 days");
  assert_contains (out, "29% of all candidates");
  assert_contains (out, "7 candidates in all");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  FIXTURE_TEST ("/funnel/load", test_load);
  FIXTURE_TEST ("/funnel/trash", test_trash);
  FIXTURE_TEST ("/funnel/empty-and-missing", test_empty_and_missing);
  FIXTURE_TEST ("/funnel/sample", test_sample);
  FIXTURE_TEST ("/funnel/async", test_async);
  g_test_add_func ("/funnel/median", test_median);
  g_test_add_func ("/funnel/chart/draw", test_draw);
  g_test_add_func ("/funnel/chart/small", test_small);
  g_test_add_func ("/funnel/chart/hit", test_hit);
  g_test_add_func ("/funnel/chart/describe-and-table", test_describe_and_table);
  g_test_add_func ("/funnel/chart/empty", test_chart_empty);
  FIXTURE_TEST ("/funnel/chart/pdf-text", test_pdf_text);

  return g_test_run ();
}
