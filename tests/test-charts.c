/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-test-charts"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "sl-money.h"
#include "sl-pay-chart-source.h"
#include "sl-pay-charts-private.h"
#include "sl-heatmap-source.h"
#include "sl-sample.h"
#include "test-pixels.h"
#include "test-util.h"

#define WIDTH  1000
#define HEIGHT 600

/* The seed's figures for a VP of AI/ML Engineering, and a few candidates
 * with their pay, asks and offers. For the overview, two more roles: one
 * with a band below the market's average, one with no figures at all. */
typedef struct
{
  SlMarketEntry     market;
  SlMarketEntry     total;
  SlPayBand         band;
  GPtrArray        *rows;
  SlPayBand         data_band;
  SlPayOverviewRole overview[3];
  GPtrArray        *roles;
  SlPayChartData    data;
  SlChartStyle      style;
} Seed;

static SlPayRow *
add_row (Seed       *seed,
         const char *name,
         double      current,
         double      expected)
{
  SlPayRow *row = g_new0 (SlPayRow, 1);

  row->application_id = seed->rows->len + 1;
  row->candidate_id = seed->rows->len + 1;
  row->candidate_name = g_strdup (name);
  row->stage_name = g_strdup ("Offer");
  row->current_pay = current;
  row->expected_pay = expected;
  g_ptr_array_add (seed->rows, row);

  return row;
}

static void
add_offer (SlPayRow *row,
           double    base,
           double    bonus_pct,
           double    sign_on,
           double    equity,
           double    years)
{
  SlOffer *offer = g_new0 (SlOffer, 1);

  offer->id = row->application_id;
  offer->application_id = row->application_id;
  offer->version = 1;
  offer->currency = g_strdup ("USD");
  offer->base = base;
  offer->target_bonus_pct = bonus_pct;
  offer->sign_on = sign_on;
  offer->equity_value = equity;
  offer->vesting_years = years;
  offer->status = SL_OFFER_EXTENDED;
  row->offer = offer;
}

static void
free_row (gpointer data)
{
  SlPayRow *row = data;

  if (row->offer != NULL)
    {
      g_free (row->offer->currency);
      g_free (row->offer);
    }
  g_free (row->candidate_name);
  g_free (row->stage_name);
  g_free (row);
}

static void
clear_entry (SlMarketEntry *entry)
{
  memset (entry, 0, sizeof *entry);
  entry->sample_size = -1;
  entry->mean = NAN;
  for (guint i = 0; i < SL_N_PERCENTILES; i++)
    entry->percentiles[i] = NAN;
}

static void
seed_init (Seed *seed)
{
  SlPayRow *row;

  memset (seed, 0, sizeof *seed);

  clear_entry (&seed->market);
  seed->market.role = (char *) "VP of AI/ML Engineering";
  seed->market.location = (char *) "US";
  seed->market.component = SL_MARKET_BASE;
  seed->market.has_range = TRUE;
  seed->market.range_min = 130000;
  seed->market.range_max = 500000;
  seed->market.open_ended = TRUE;
  seed->market.has_average = TRUE;
  seed->market.average_low = 217433;
  seed->market.average_high = 283018;

  clear_entry (&seed->total);
  seed->total.role = (char *) "VP of AI/ML Engineering";
  seed->total.location = (char *) "US";
  seed->total.component = SL_MARKET_TOTAL;
  seed->total.mean = 283018;

  seed->band.role_id = 1;
  seed->band.currency = (char *) "USD";
  seed->band.min = 217433;
  seed->band.mid = 250225.5;
  seed->band.max = 283018;
  seed->band.target_bonus_pct = 15;

  seed->rows = g_ptr_array_new_with_free_func (free_row);
  row = add_row (seed, "Dana Reyes", 215000, 240000);
  add_offer (row, 250000, 15, 20000, 400000, 4);
  add_row (seed, "Sam Okafor", 190000, 230000);
  row = add_row (seed, "Priya Natarajan", NAN, 300000);
  add_offer (row, 275000, 20, NAN, 600000, 4);
  add_row (seed, "Lee Chen", 160000, NAN);
  add_row (seed, "Alex Moreau", NAN, 320000);
  add_row (seed, "Nobody Yet", NAN, NAN);

  seed->data_band.role_id = 2;
  seed->data_band.currency = (char *) "USD";
  seed->data_band.min = 165000;
  seed->data_band.mid = 190000;
  seed->data_band.max = 215000;
  seed->data_band.target_bonus_pct = NAN;

  seed->overview[0] = (SlPayOverviewRole) { (char *) "VP of AI/ML Engineering", &seed->band,
                                            &seed->market };
  seed->overview[1] = (SlPayOverviewRole) { (char *) "Head of Data", &seed->data_band,
                                            &seed->market };
  seed->overview[2] = (SlPayOverviewRole) { (char *) "Product Designer", NULL, NULL };
  seed->roles = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (seed->overview); i++)
    g_ptr_array_add (seed->roles, &seed->overview[i]);

  seed->data.title = (char *) "VP of AI/ML Engineering";
  seed->data.currency = (char *) "USD";
  seed->data.market_base = &seed->market;
  seed->data.market_total = &seed->total;
  seed->data.market_note = (char *) "Source: Test survey, as of 2024-12-31";
  seed->data.band = &seed->band;
  seed->data.rows = seed->rows;
  seed->data.roles = seed->roles;

  sl_chart_style_init_default (&seed->style, FALSE);
}

static void
seed_clear (Seed *seed)
{
  g_ptr_array_unref (seed->rows);
  g_ptr_array_unref (seed->roles);
  sl_chart_style_clear (&seed->style);
}

/* Rendering */

static cairo_surface_t *
render (SlPayChartKind        kind,
        const SlPayChartData *data,
        const SlChartStyle   *style,
        int                   width,
        int                   height)
{
  cairo_t *cr = test_image_begin (style, width, height);

  sl_pay_chart_draw (cr, kind, data, style, width, height);
  return test_image_end (cr);
}

static void
assert_color_near (Rgb got,
                   Rgb want,
                   int tolerance)
{
  if (rgb_distance (got, want) > tolerance)
    g_error ("pixel #%02x%02x%02x is not near #%02x%02x%02x", got.red, got.green, got.blue,
             want.red, want.green, want.blue);
}

/* Whether anything is drawn in a rectangle. */
static gboolean
has_ink (cairo_surface_t *surface,
         Rgb              background,
         double           x0,
         double           y0,
         double           x1,
         double           y1)
{
  for (double y = y0; y < y1; y++)
    for (double x = x0; x < x1; x++)
      if (rgb_distance (pixel (surface, x, y), background) > 30)
        return TRUE;

  return FALSE;
}

static void
locate (const Seed     *seed,
        SlPayChartKind  kind,
        SlPayRowKind    row_kind,
        guint           index,
        double          value,
        double         *x,
        double         *y)
{
  gboolean found = sl_pay_chart_locate (kind, &seed->data, &seed->style, WIDTH, HEIGHT,
                                        row_kind, index, value, x, y);

  g_assert_true (found);
}

static void
test_money_c (void)
{
  static const struct
  {
    double      amount;
    const char *currency;
    const char *full;
    const char *brief;
  } cases[] = {
    { 130000, "USD", "$130,000", "$130K" },
    { 500000, "USD", "$500,000", "$500K" },
    { 1200000, "USD", "$1,200,000", "$1.2M" },
    { 250225.5, "USD", "$250,226", "$250K" },
    { 2500, "USD", "$2,500", "$2.5K" },
    { 999999, "USD", "$999,999", "$1M" },
    { 950, "USD", "$950", "$950" },
    { 0, "USD", "$0", "$0" },
    { -45000, "USD", "-$45,000", "-$45K" },
    { 130000, "EUR", "€130,000", "€130K" },
    { 130000, "gbp", "£130,000", "£130K" },
    { 130000, "CHF", "CHF 130,000", "CHF 130K" },
    { 130000, "CAD", "CA$130,000", "CA$130K" },
    { 130000, "XYZ", "XYZ 130,000", "XYZ 130K" },
    { 1234567, NULL, "1,234,567", "1.2M" },
  };
  static const struct
  {
    const char *text;
    double      amount;
  } good[] = {
    { "250000", 250000 },
    { "250,000", 250000 },
    { "250 000", 250000 },
    { "250\u202f000", 250000 },
    { " $250,000 ", 250000 },
    { "2,50,000", 250000 },
    { "1,234,567.50", 1234567.5 },
    { "0", 0 },
    { "-1,000", -1000 },
  };
  static const char * const bad[] = {
    "", " ", "250K", "$250K", "abc", "12a", "$", "1,,000", "25,00", "1,000,00", ",100", "100,",
    "CHF 100", "1.2.3", "1e5",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *full = sl_money_format (cases[i].amount, cases[i].currency);
      g_autofree char *brief = sl_money_format_short (cases[i].amount, cases[i].currency);

      g_assert_cmpstr (full, ==, cases[i].full);
      g_assert_cmpstr (brief, ==, cases[i].brief);
    }

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      double amount = NAN;

      if (!sl_money_parse (good[i].text, &amount))
        g_error ("\"%s\" was refused", good[i].text);
      g_assert_cmpfloat (amount, ==, good[i].amount);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      double amount = 42;

      if (sl_money_parse (bad[i], &amount))
        g_error ("\"%s\" was read as %g", bad[i], amount);
      g_assert_cmpfloat (amount, ==, 42);
    }

  g_assert_cmpstr (sl_money_symbol ("INR"), ==, "₹");
  g_assert_cmpstr (sl_money_symbol ("SEK"), ==, "SEK");
}

static void
test_money_de (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  g_autofree char *full = NULL;
  g_autofree char *brief = NULL;
  double amount = 0;

  if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("the de_DE.UTF-8 locale is not installed");
      return;
    }

  full = sl_money_format (130000, "USD");
  brief = sl_money_format_short (1200000, "EUR");
  g_assert_true (sl_money_parse ("250.000", &amount));
  g_assert_cmpfloat (amount, ==, 250000);
  g_assert_true (sl_money_parse ("1.234,5", &amount));
  g_assert_cmpfloat (amount, ==, 1234.5);

  setlocale (LC_ALL, saved);

  g_assert_cmpstr (full, ==, "130.000 $");
  g_assert_cmpstr (brief, ==, "1,2M €");
}

/* Dutch puts the symbol first, with a space: € 1.234,56. */
static void
test_money_nl (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  g_autofree char *dollars = NULL;
  g_autofree char *euros = NULL;
  g_autofree char *brief = NULL;
  double typed = 0;
  double grouped = 0;

  if (setlocale (LC_ALL, "nl_NL.UTF-8") == NULL)
    {
      g_test_skip ("the nl_NL.UTF-8 locale is not installed");
      return;
    }

  dollars = sl_money_format (130000, "USD");
  euros = sl_money_format (1234.56, "EUR");
  brief = sl_money_format_short (1200000, "EUR");
  g_assert_true (sl_money_parse ("€ 1.234,56", &typed));
  g_assert_true (sl_money_parse ("250.000", &grouped));

  setlocale (LC_ALL, saved);

  g_assert_cmpstr (dollars, ==, "$ 130.000");
  g_assert_cmpstr (euros, ==, "€ 1.235");
  g_assert_cmpstr (brief, ==, "€ 1,2M");
  g_assert_cmpfloat (typed, ==, 1234.56);
  g_assert_cmpfloat (grouped, ==, 250000);
}

static void
test_salary_draw (void)
{
  Seed seed;
  cairo_surface_t *surface;
  Rgb background;
  double x, y, x_end, y_end;

  seed_init (&seed);
  background = rgb_of (&seed.style.background);
  surface = render (SL_PAY_CHART_SALARY, &seed.data, &seed.style, WIDTH, HEIGHT);

  /* The market's range starts where the axis puts $130,000. */
  locate (&seed, SL_PAY_CHART_SALARY, SL_PAY_ROW_MARKET, 0, 130000, &x, &y);
  g_assert_cmpint (rgb_distance (pixel (surface, x + 2, y), background), >, 10);
  assert_color_near (pixel (surface, x - 3, y), background, 3);

  /* The average is darker than the range around it. */
  locate (&seed, SL_PAY_CHART_SALARY, SL_PAY_ROW_MARKET, 0, 160000, &x_end, &y_end);
  locate (&seed, SL_PAY_CHART_SALARY, SL_PAY_ROW_MARKET, 0, 250000, &x, &y);
  g_assert_cmpint (rgb_distance (pixel (surface, x, y), background), >,
                   rgb_distance (pixel (surface, x_end, y_end), background) + 20);

  /* The open end fades out: still drawn just past $500,000. */
  locate (&seed, SL_PAY_CHART_SALARY, SL_PAY_ROW_MARKET, 0, 500000, &x, &y);
  g_assert_cmpint (rgb_distance (pixel (surface, x + 3, y), background), >, 5);

  /* The band in the accent colour, tinted. */
  locate (&seed, SL_PAY_CHART_SALARY, SL_PAY_ROW_BAND, 0, 230000, &x, &y);
  g_assert_cmpint (rgb_distance (pixel (surface, x, y), background), >, 30);

  /* Dana's offer, a square in the accent colour, at its x. */
  locate (&seed, SL_PAY_CHART_SALARY, SL_PAY_ROW_CANDIDATE, 0, 250000, &x, &y);
  assert_color_near (pixel (surface, x, y), rgb_of (&seed.style.accent), 12);
  assert_color_near (pixel (surface, x - 12, y - 6), background, 3);

  /* Her name in the column to the left. */
  g_assert_true (has_ink (surface, background, 10, y - 5, 80, y + 5));

  /* A candidate without figures gets no row. */
  g_assert_false (sl_pay_chart_locate (SL_PAY_CHART_SALARY, &seed.data, &seed.style, WIDTH, HEIGHT,
                                       SL_PAY_ROW_CANDIDATE, 5, 0, &x, &y));

  cairo_surface_destroy (surface);

  /* The dark style draws the offer in its own accent. */
  sl_chart_style_clear (&seed.style);
  sl_chart_style_init_default (&seed.style, TRUE);
  surface = render (SL_PAY_CHART_SALARY, &seed.data, &seed.style, WIDTH, HEIGHT);
  locate (&seed, SL_PAY_CHART_SALARY, SL_PAY_ROW_CANDIDATE, 0, 250000, &x, &y);
  assert_color_near (pixel (surface, x, y), rgb_of (&seed.style.accent), 12);
  cairo_surface_destroy (surface);

  seed_clear (&seed);
}

static void
test_total_draw (void)
{
  Seed seed;
  cairo_surface_t *surface;
  Rgb background;
  double x, y;

  seed_init (&seed);
  background = rgb_of (&seed.style.background);
  surface = render (SL_PAY_CHART_TOTAL_COMP, &seed.data, &seed.style, WIDTH, HEIGHT);

  /* Dana's base pay, solid from zero; her bonus after it, hatched. */
  locate (&seed, SL_PAY_CHART_TOTAL_COMP, SL_PAY_ROW_CANDIDATE, 0, 125000, &x, &y);
  g_assert_cmpint (rgb_distance (pixel (surface, x, y), rgb_of (&seed.style.accent)), <, 60);
  locate (&seed, SL_PAY_CHART_TOTAL_COMP, SL_PAY_ROW_CANDIDATE, 0, 268750, &x, &y);
  g_assert_true (has_ink (surface, background, x - 4, y - 4, x + 4, y + 4));

  /* Nothing past her total of $407,500 but its label. */
  locate (&seed, SL_PAY_CHART_TOTAL_COMP, SL_PAY_ROW_CANDIDATE, 0, 407500, &x, &y);
  g_assert_true (has_ink (surface, background, x + 8, y - 5, x + 60, y + 5));

  /* Only candidates with an offer have a row. */
  g_assert_false (sl_pay_chart_locate (SL_PAY_CHART_TOTAL_COMP, &seed.data, &seed.style, WIDTH,
                                       HEIGHT, SL_PAY_ROW_CANDIDATE, 1, 0, &x, &y));

  cairo_surface_destroy (surface);
  seed_clear (&seed);
}

static void
test_fit_draw (void)
{
  Seed seed;
  cairo_surface_t *surface;
  Rgb background;
  double x, y, x0, y0;
  g_autofree char *text = NULL;

  seed_init (&seed);
  background = rgb_of (&seed.style.background);
  surface = render (SL_PAY_CHART_BAND_FIT, &seed.data, &seed.style, WIDTH, HEIGHT);

  locate (&seed, SL_PAY_CHART_BAND_FIT, SL_PAY_ROW_CANDIDATE, 0, 250000, &x, &y);
  assert_color_near (pixel (surface, x, y), rgb_of (&seed.style.accent), 12);

  /* The band starts at its minimum. */
  locate (&seed, SL_PAY_CHART_BAND_FIT, SL_PAY_ROW_CANDIDATE, 1, 217433, &x0, &y0);
  g_assert_cmpint (rgb_distance (pixel (surface, x0 + 3, y0), background), >, 30);
  assert_color_near (pixel (surface, x0 - 3, y0), background, 3);

  /* Lee's $160,000 lies far below the band: an arrow at the plot's left
   * edge, and the numbers still printed. */
  locate (&seed, SL_PAY_CHART_BAND_FIT, SL_PAY_ROW_CANDIDATE, 3, 160000, &x, &y);
  g_assert_cmpfloat (x, <, x0 - 50);
  text = sl_pay_chart_hit (SL_PAY_CHART_BAND_FIT, &seed.data, &seed.style, WIDTH, HEIGHT,
                           WIDTH - 20, y);
  g_assert_cmpstr (text, ==, "Lee Chen, current pay: $160,000; compa-ratio 0.64, -88 % into the band");
  g_assert_true (has_ink (surface, background, WIDTH - 60, y - 5, WIDTH - 10, y + 5));

  cairo_surface_destroy (surface);
  seed_clear (&seed);
}

static void
test_empty (void)
{
  Seed seed;
  SlPayChartData empty = { 0 };
  g_autoptr(GPtrArray) no_rows = g_ptr_array_new ();
  const SlPayChartKind kinds[] = { SL_PAY_CHART_SALARY, SL_PAY_CHART_TOTAL_COMP, SL_PAY_CHART_BAND_FIT };

  seed_init (&seed);
  empty.currency = (char *) "USD";
  empty.rows = no_rows;

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      cairo_surface_t *surface = render (kinds[k], &empty, &seed.style, 400, 200);
      g_autofree char *description = sl_pay_chart_describe (kinds[k], &empty);
      g_autoptr(GPtrArray) table = sl_pay_chart_table (kinds[k], &empty);
      g_autofree char *hit = sl_pay_chart_hit (kinds[k], &empty, &seed.style, 400, 200, 200, 100);

      /* A sentence in the middle, nothing elsewhere. */
      g_assert_true (has_ink (surface, rgb_of (&seed.style.background), 20, 90, 380, 110));
      g_assert_false (has_ink (surface, rgb_of (&seed.style.background), 0, 0, 400, 40));
      g_assert_cmpstr (description, !=, "");
      g_assert_cmpuint (table->len, ==, 1);
      g_assert_null (hit);
      cairo_surface_destroy (surface);
    }

  {
    g_autofree char *description = sl_pay_chart_describe (SL_PAY_CHART_SALARY, &empty);

    g_assert_cmpstr (description, ==, "No market data, band or pay for this role yet.");
  }

  seed_clear (&seed);
}

static void
test_small_and_crowded (void)
{
  Seed seed;
  g_autoptr(GPtrArray) titles = NULL;
  g_autofree SlPayOverviewRole *roles = NULL;

  seed_init (&seed);

  /* More candidates than fit: the rest are counted in the note. */
  for (guint i = 0; i < 80; i++)
    {
      g_autofree char *name = g_strdup_printf ("Candidate %u", i);
      SlPayRow *row = add_row (&seed, name, 150000 + i * 1000, 200000 + i * 1500);

      if (i % 3 == 0)
        add_offer (row, 220000 + i * 900, 10, NAN, NAN, NAN);
    }

  /* And more roles than fit in the overview, each with its own title. */
  titles = g_ptr_array_new_with_free_func (g_free);
  roles = g_new0 (SlPayOverviewRole, 80);
  for (guint i = 0; i < 80; i++)
    {
      roles[i] = seed.overview[i % G_N_ELEMENTS (seed.overview)];
      roles[i].title = g_strdup_printf ("Role %u with a title too long for its column", i);
      g_ptr_array_add (titles, roles[i].title);
      g_ptr_array_add (seed.roles, &roles[i]);
    }

  {
    double x, y;

    g_assert_true (sl_pay_chart_locate (SL_PAY_CHART_OVERVIEW, &seed.data, &seed.style, 1000, 600,
                                        SL_PAY_ROW_ROLE, 0, 0, &x, &y));
    g_assert_false (sl_pay_chart_locate (SL_PAY_CHART_OVERVIEW, &seed.data, &seed.style, 1000, 600,
                                         SL_PAY_ROW_ROLE, seed.roles->len - 1, 0, &x, &y));
  }

  for (SlPayChartKind kind = SL_PAY_CHART_SALARY; kind <= SL_PAY_CHART_OVERVIEW; kind++)
    {
      static const int sizes[][2] = { { 1000, 600 }, { 320, 180 }, { 100, 100 }, { 4000, 300 } };

      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        {
          cairo_surface_t *surface = render (kind, &seed.data, &seed.style, sizes[s][0], sizes[s][1]);
          g_autofree char *hit = sl_pay_chart_hit (kind, &seed.data, &seed.style,
                                                   sizes[s][0], sizes[s][1], 50, 50);

          cairo_surface_destroy (surface);
        }
    }

  seed_clear (&seed);
}

static void
test_hit (void)
{
  Seed seed;
  double x, y;
  char *text;

  seed_init (&seed);

  locate (&seed, SL_PAY_CHART_SALARY, SL_PAY_ROW_CANDIDATE, 0, 250000, &x, &y);
  text = sl_pay_chart_hit (SL_PAY_CHART_SALARY, &seed.data, &seed.style, WIDTH, HEIGHT, x + 3, y - 2);
  g_assert_cmpstr (text, ==, "Dana Reyes, offer: $250,000");
  g_free (text);

  locate (&seed, SL_PAY_CHART_SALARY, SL_PAY_ROW_CANDIDATE, 0, 240000, &x, &y);
  text = sl_pay_chart_hit (SL_PAY_CHART_SALARY, &seed.data, &seed.style, WIDTH, HEIGHT, x, y);
  g_assert_cmpstr (text, ==, "Dana Reyes, expectation: $240,000");
  g_free (text);

  locate (&seed, SL_PAY_CHART_SALARY, SL_PAY_ROW_CANDIDATE, 0, 215000, &x, &y);
  text = sl_pay_chart_hit (SL_PAY_CHART_SALARY, &seed.data, &seed.style, WIDTH, HEIGHT, x, y);
  g_assert_cmpstr (text, ==, "Dana Reyes, current pay: $215,000");
  g_free (text);

  locate (&seed, SL_PAY_CHART_SALARY, SL_PAY_ROW_MARKET, 0, 250000, &x, &y);
  text = sl_pay_chart_hit (SL_PAY_CHART_SALARY, &seed.data, &seed.style, WIDTH, HEIGHT, x, y);
  g_assert_cmpstr (text, ==, "Market average: $217,433–$283,018");
  g_free (text);

  locate (&seed, SL_PAY_CHART_SALARY, SL_PAY_ROW_MARKET, 0, 150000, &x, &y);
  text = sl_pay_chart_hit (SL_PAY_CHART_SALARY, &seed.data, &seed.style, WIDTH, HEIGHT, x, y);
  g_assert_cmpstr (text, ==, "Market range: $130,000–$500,000 and above");
  g_free (text);

  locate (&seed, SL_PAY_CHART_SALARY, SL_PAY_ROW_BAND, 0, 250225.5, &x, &y);
  text = sl_pay_chart_hit (SL_PAY_CHART_SALARY, &seed.data, &seed.style, WIDTH, HEIGHT, x + 1, y);
  g_assert_cmpstr (text, ==, "Role’s band midpoint: $250,226");
  g_free (text);

  locate (&seed, SL_PAY_CHART_SALARY, SL_PAY_ROW_BAND, 0, 225000, &x, &y);
  text = sl_pay_chart_hit (SL_PAY_CHART_SALARY, &seed.data, &seed.style, WIDTH, HEIGHT, x, y);
  g_assert_cmpstr (text, ==, "Role’s band: $217,433–$283,018, midpoint $250,226");
  g_free (text);

  /* Empty space, and a point just out of reach. */
  text = sl_pay_chart_hit (SL_PAY_CHART_SALARY, &seed.data, &seed.style, WIDTH, HEIGHT, 3, 3);
  g_assert_null (text);
  locate (&seed, SL_PAY_CHART_SALARY, SL_PAY_ROW_CANDIDATE, 1, 190000, &x, &y);
  text = sl_pay_chart_hit (SL_PAY_CHART_SALARY, &seed.data, &seed.style, WIDTH, HEIGHT, x - 20, y);
  g_assert_null (text);

  /* Total compensation: a segment, then the total after the bar. */
  locate (&seed, SL_PAY_CHART_TOTAL_COMP, SL_PAY_ROW_CANDIDATE, 0, 268750, &x, &y);
  text = sl_pay_chart_hit (SL_PAY_CHART_TOTAL_COMP, &seed.data, &seed.style, WIDTH, HEIGHT, x, y);
  g_assert_cmpstr (text, ==, "Dana Reyes, target bonus: $37,500");
  g_free (text);
  locate (&seed, SL_PAY_CHART_TOTAL_COMP, SL_PAY_ROW_CANDIDATE, 0, 407500, &x, &y);
  text = sl_pay_chart_hit (SL_PAY_CHART_TOTAL_COMP, &seed.data, &seed.style, WIDTH, HEIGHT, x + 20, y);
  g_assert_cmpstr (text, ==, "Dana Reyes, total: $407,500");
  g_free (text);
  locate (&seed, SL_PAY_CHART_TOTAL_COMP, SL_PAY_ROW_HEADER, 0, 283018, &x, &y);
  text = sl_pay_chart_hit (SL_PAY_CHART_TOTAL_COMP, &seed.data, &seed.style, WIDTH, HEIGHT, x, y);
  g_assert_cmpstr (text, ==, "Market total pay mean: $283,018");
  g_free (text);

  /* Band fit */
  locate (&seed, SL_PAY_CHART_BAND_FIT, SL_PAY_ROW_CANDIDATE, 0, 250000, &x, &y);
  text = sl_pay_chart_hit (SL_PAY_CHART_BAND_FIT, &seed.data, &seed.style, WIDTH, HEIGHT, x, y);
  g_assert_cmpstr (text, ==, "Dana Reyes, offer: $250,000; compa-ratio 1.00, 50 % into the band");
  g_free (text);

  seed_clear (&seed);
}

/* A tooltip lays the chart out again without a surface, from widths it
 * remembers; it must find everything where the drawing put it. */
static void
assert_same_layout (const SlPayLayout *a,
                    const SlPayLayout *b)
{
  g_assert_cmpfloat (a->line, ==, b->line);
  g_assert_cmpfloat (a->label_width, ==, b->label_width);
  g_assert_cmpfloat (a->plot_x, ==, b->plot_x);
  g_assert_cmpfloat (a->plot_width, ==, b->plot_width);
  g_assert_cmpfloat (a->plot_top, ==, b->plot_top);
  g_assert_cmpfloat (a->axis.min, ==, b->axis.min);
  g_assert_cmpfloat (a->axis.max, ==, b->axis.max);
  g_assert_cmpuint (a->label_stride, ==, b->label_stride);
  g_assert_cmpuint (a->n_legend, ==, b->n_legend);
  for (guint i = 0; i < a->n_legend; i++)
    {
      g_assert_cmpfloat (a->legend[i].x, ==, b->legend[i].x);
      g_assert_cmpfloat (a->legend[i].y, ==, b->legend[i].y);
    }
  g_assert_cmpuint (a->n_rows, ==, b->n_rows);
  for (guint i = 0; i < a->n_rows; i++)
    g_assert_cmpfloat (a->rows[i].center, ==, b->rows[i].center);
}

static void
test_hit_layout (void)
{
  static const double font_sizes[] = { 0, 14 };
  Seed seed;

  seed_init (&seed);

  for (guint f = 0; f < G_N_ELEMENTS (font_sizes); f++)
    for (SlPayChartKind kind = SL_PAY_CHART_SALARY; kind <= SL_PAY_CHART_OVERVIEW; kind++)
      {
        cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
        cairo_t *cr = cairo_create (surface);
        SlPainter drawing;
        SlPayLayout drawn;

        seed.style.font_size = font_sizes[f];
        sl_painter_init (&drawing, cr, &seed.style);
        sl_pay_layout_init (&drawn, &drawing, kind, &seed.data, WIDTH, HEIGHT);

        /* Twice: the first measures, the second remembers. */
        for (guint pass = 0; pass < 2; pass++)
          {
            SlPainter measuring;
            SlPayLayout measured;

            sl_painter_init (&measuring, NULL, &seed.style);
            sl_pay_layout_init (&measured, &measuring, kind, &seed.data, WIDTH, HEIGHT);
            assert_same_layout (&drawn, &measured);
            sl_pay_layout_clear (&measured);
            sl_painter_clear (&measuring);
          }

        sl_pay_layout_clear (&drawn);
        sl_painter_clear (&drawing);
        cairo_destroy (cr);
        cairo_surface_destroy (surface);
      }

  seed_clear (&seed);
}

static gboolean
table_has_row (GPtrArray          *table,
               const char * const *cells)
{
  for (guint i = 0; i < table->len; i++)
    {
      GStrv row = g_ptr_array_index (table, i);

      if (g_strv_equal ((const char * const *) row, cells))
        return TRUE;
    }

  return FALSE;
}

static void
assert_rectangular (GPtrArray *table)
{
  guint columns = g_strv_length (g_ptr_array_index (table, 0));

  for (guint i = 1; i < table->len; i++)
    g_assert_cmpuint (g_strv_length (g_ptr_array_index (table, i)), ==, columns);
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("\"%s\" does not contain \"%s\"", text, needle);
}

static void
test_describe_and_table (void)
{
  Seed seed;
  g_autofree char *salary = NULL;
  g_autofree char *total = NULL;
  g_autofree char *fit = NULL;
  g_autoptr(GPtrArray) salary_table = NULL;
  g_autoptr(GPtrArray) total_table = NULL;
  g_autoptr(GPtrArray) fit_table = NULL;

  seed_init (&seed);

  salary = sl_pay_chart_describe (SL_PAY_CHART_SALARY, &seed.data);
  assert_contains (salary, "Market range $130,000 to $500,000 and above; average $217,433 to $283,018.");
  assert_contains (salary, "Role band $217,433 to $283,018, midpoint $250,226.");
  assert_contains (salary, "5 candidates: Dana Reyes: current pay $215,000, expects $240,000, "
                           "offered $250,000;");
  g_assert_null (strstr (salary, "Nobody Yet"));

  total = sl_pay_chart_describe (SL_PAY_CHART_TOTAL_COMP, &seed.data);
  assert_contains (total, "Market total pay: mean $283,018.");
  assert_contains (total, "2 offers");
  assert_contains (total, "Dana Reyes $407,500 in total (base pay $250,000, target bonus $37,500, "
                          "sign-on $20,000, equity a year $100,000)");

  fit = sl_pay_chart_describe (SL_PAY_CHART_BAND_FIT, &seed.data);
  assert_contains (fit, "Role’s band: $217,433–$283,018, midpoint $250,226.");
  assert_contains (fit, "Lee Chen, current pay: $160,000; compa-ratio 0.64, -88 % into the band");

  salary_table = sl_pay_chart_table (SL_PAY_CHART_SALARY, &seed.data);
  assert_rectangular (salary_table);
  g_assert_true (table_has_row (salary_table, (const char *[]) { "Market", "Range",
                                "$130,000–$500,000 and above", NULL }));
  g_assert_true (table_has_row (salary_table, (const char *[]) { "Market", "Average",
                                "$217,433–$283,018", NULL }));
  g_assert_true (table_has_row (salary_table, (const char *[]) { "Role’s band", "Midpoint",
                                "$250,226", NULL }));
  g_assert_true (table_has_row (salary_table, (const char *[]) { "Dana Reyes", "Offer",
                                "$250,000", NULL }));

  total_table = sl_pay_chart_table (SL_PAY_CHART_TOTAL_COMP, &seed.data);
  assert_rectangular (total_table);
  g_assert_true (table_has_row (total_table, (const char *[]) { "Dana Reyes", "$250,000", "$37,500",
                                "$20,000", "$100,000", "$407,500", NULL }));
  g_assert_true (table_has_row (total_table, (const char *[]) { "Priya Natarajan", "$275,000",
                                "$55,000", "—", "$150,000", "$480,000", NULL }));
  g_assert_true (table_has_row (total_table, (const char *[]) { "Market total pay mean", "", "", "",
                                "", "$283,018", NULL }));

  fit_table = sl_pay_chart_table (SL_PAY_CHART_BAND_FIT, &seed.data);
  assert_rectangular (fit_table);
  g_assert_true (table_has_row (fit_table, (const char *[]) { "Dana Reyes", "offer", "$250,000",
                                "1.00", "50 %", NULL }));
  g_assert_true (table_has_row (fit_table, (const char *[]) { "Role’s band", "Maximum", "$283,018",
                                "1.13", "100 %", NULL }));

  seed_clear (&seed);
}

/* The overview */

/* How much bluer than red a pixel is: the accent's tints are, the
 * foreground's greys are not. */
static int
blueness (Rgb rgb)
{
  return rgb.blue - rgb.red;
}

static void
locate_role (const Seed *seed,
             guint       index,
             double      value,
             double     *x,
             double     *y)
{
  locate (seed, SL_PAY_CHART_OVERVIEW, SL_PAY_ROW_ROLE, index, value, x, y);
}

static void
test_overview_draw (void)
{
  Seed seed;
  cairo_surface_t *surface;
  Rgb background;
  double x, y, x_mid, y_mid;
  gboolean average_seen = FALSE;

  seed_init (&seed);
  seed.data.title = (char *) "Compensation overview";
  background = rgb_of (&seed.style.background);
  surface = render (SL_PAY_CHART_OVERVIEW, &seed.data, &seed.style, WIDTH, HEIGHT);

  /* The VP's band starts where the axis puts its minimum, in front of the
   * market's range, with its midpoint in the accent colour. */
  locate_role (&seed, 0, 217433, &x, &y);
  g_assert_cmpint (blueness (pixel (surface, x + 3, y)), >, 40);
  g_assert_cmpint (abs (blueness (pixel (surface, x - 4, y))), <, 10);
  g_assert_cmpint (rgb_distance (pixel (surface, x - 4, y), background), >, 10);
  locate_role (&seed, 0, 250225.5, &x_mid, &y_mid);
  g_assert_cmpint (blueness (pixel (surface, x_mid, y_mid)), >, 90);

  /* The market's average shows above the thinner band, before the
   * background between the bands and the label over them. */
  locate_role (&seed, 0, 230000, &x, &y);
  for (double dy = 0; dy < 40; dy++)
    {
      Rgb rgb = pixel (surface, x, y - dy);

      if (rgb_distance (rgb, background) <= 5)
        break;
      /* Far darker than the range alone. */
      if (abs (blueness (rgb)) < 12 && rgb_distance (rgb, background) > 150)
        average_seen = TRUE;
    }
  g_assert_true (average_seen);

  /* The range starts at $130,000 and its open end fades out past $500,000. */
  locate_role (&seed, 0, 130000, &x, &y);
  g_assert_cmpint (rgb_distance (pixel (surface, x + 2, y), background), >, 10);
  assert_color_near (pixel (surface, x - 3, y), background, 3);
  locate_role (&seed, 0, 500000, &x, &y);
  g_assert_cmpint (rgb_distance (pixel (surface, x + 3, y), background), >, 5);

  /* Head of Data's band lies below the market's average, at its own x. */
  locate_role (&seed, 1, 165000, &x, &y);
  g_assert_cmpint (blueness (pixel (surface, x + 3, y)), >, 40);
  g_assert_cmpint (abs (blueness (pixel (surface, x - 4, y))), <, 10);
  locate_role (&seed, 1, 250000, &x_mid, &y_mid);
  g_assert_cmpint (abs (blueness (pixel (surface, x_mid - 5, y_mid))), <, 12);

  /* A role without figures says so instead, and its name is in the
   * column to the left of every row. */
  locate_role (&seed, 2, 230000, &x, &y);
  assert_color_near (pixel (surface, x, y), background, 3);
  locate_role (&seed, 2, 130000, &x, &y);
  g_assert_true (has_ink (surface, background, x, y - 5, x + 40, y + 5));
  for (guint i = 0; i < G_N_ELEMENTS (seed.overview); i++)
    {
      locate_role (&seed, i, 0, &x, &y);
      g_assert_true (has_ink (surface, background, 10, y - 5, 80, y + 5));
    }

  cairo_surface_destroy (surface);

  /* The dark style draws the band in its own accent. */
  sl_chart_style_clear (&seed.style);
  sl_chart_style_init_default (&seed.style, TRUE);
  surface = render (SL_PAY_CHART_OVERVIEW, &seed.data, &seed.style, WIDTH, HEIGHT);
  locate_role (&seed, 0, 250225.5, &x, &y);
  assert_color_near (pixel (surface, x, y), rgb_of (&seed.style.accent), 60);
  cairo_surface_destroy (surface);

  seed_clear (&seed);
}

static void
test_overview_empty (void)
{
  Seed seed;
  g_autoptr(GPtrArray) no_roles = g_ptr_array_new ();
  GPtrArray *cases[] = { NULL, no_roles };

  seed_init (&seed);
  seed.data.title = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      cairo_surface_t *surface;
      g_autofree char *description = NULL;
      g_autoptr(GPtrArray) table = NULL;
      g_autofree char *hit = NULL;
      double x, y;

      seed.data.roles = cases[i];
      surface = render (SL_PAY_CHART_OVERVIEW, &seed.data, &seed.style, 400, 200);
      description = sl_pay_chart_describe (SL_PAY_CHART_OVERVIEW, &seed.data);
      table = sl_pay_chart_table (SL_PAY_CHART_OVERVIEW, &seed.data);
      hit = sl_pay_chart_hit (SL_PAY_CHART_OVERVIEW, &seed.data, &seed.style, 400, 200, 200, 100);

      /* The sentence in the middle, no legend above it. */
      g_assert_true (has_ink (surface, rgb_of (&seed.style.background), 20, 90, 380, 110));
      g_assert_false (has_ink (surface, rgb_of (&seed.style.background), 0, 0, 400, 40));
      g_assert_cmpstr (description, ==, "No open roles yet.");
      g_assert_cmpuint (table->len, ==, 1);
      g_assert_null (hit);
      g_assert_false (sl_pay_chart_locate (SL_PAY_CHART_OVERVIEW, &seed.data, &seed.style, 400,
                                           200, SL_PAY_ROW_ROLE, 0, 0, &x, &y));
      cairo_surface_destroy (surface);
    }

  seed.data.roles = seed.roles;
  seed_clear (&seed);
}

/* The tooltip under (@x, @y) of the overview, as the window would ask. */
static char *
overview_hit (const Seed *seed,
              double      x,
              double      y)
{
  return sl_pay_chart_hit (SL_PAY_CHART_OVERVIEW, &seed->data, &seed->style, WIDTH, HEIGHT, x, y);
}

static void
test_overview_hit (void)
{
  Seed seed;
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  double x, y;
  char *text;

  seed_init (&seed);

  locate_role (&seed, 0, 230000, &x, &y);
  text = overview_hit (&seed, x, y);
  g_assert_cmpstr (text, ==, "VP of AI/ML Engineering, band: $217,433–$283,018 (midpoint $250,226)");
  g_free (text);

  locate_role (&seed, 0, 300000, &x, &y);
  text = overview_hit (&seed, x, y);
  g_assert_cmpstr (text, ==, "VP of AI/ML Engineering, market range: $130,000–$500,000 and above");
  g_free (text);

  /* The faded open end still names the range. */
  locate_role (&seed, 0, 500000, &x, &y);
  text = overview_hit (&seed, x + 5, y);
  g_assert_cmpstr (text, ==, "VP of AI/ML Engineering, market range: $130,000–$500,000 and above");
  g_free (text);

  /* Where the band covers the average, the average shows above it:
   * moving up from the band, the pointer names what it is over, and
   * nothing past the market's band. */
  locate_role (&seed, 0, 230000, &x, &y);
  for (double dy = 0; dy < 40; dy++)
    {
      text = overview_hit (&seed, x, y - dy);
      if (seen->len == 0 || g_strcmp0 (g_ptr_array_index (seen, seen->len - 1), text) != 0)
        g_ptr_array_add (seen, text);
      else
        g_free (text);
    }
  g_assert_cmpuint (seen->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (seen, 0), ==,
                   "VP of AI/ML Engineering, band: $217,433–$283,018 (midpoint $250,226)");
  g_assert_cmpstr (g_ptr_array_index (seen, 1), ==,
                   "VP of AI/ML Engineering, market average: $217,433–$283,018");
  g_assert_null (g_ptr_array_index (seen, 2));

  locate_role (&seed, 1, 190000, &x, &y);
  text = overview_hit (&seed, x, y);
  g_assert_cmpstr (text, ==, "Head of Data, band: $165,000–$215,000 (midpoint $190,000)");
  g_free (text);

  locate_role (&seed, 1, 250000, &x, &y);
  text = overview_hit (&seed, x, y);
  g_assert_cmpstr (text, ==, "Head of Data, market average: $217,433–$283,018");
  g_free (text);

  /* A role without figures, and the space left of the range. */
  locate_role (&seed, 2, 250000, &x, &y);
  g_assert_null (overview_hit (&seed, x, y));
  locate_role (&seed, 1, 120000, &x, &y);
  g_assert_null (overview_hit (&seed, x, y));

  /* A band without a midpoint is named without one. */
  seed.data_band.mid = NAN;
  locate_role (&seed, 1, 190000, &x, &y);
  text = overview_hit (&seed, x, y);
  g_assert_cmpstr (text, ==, "Head of Data, band: $165,000–$215,000");
  g_free (text);

  seed_clear (&seed);
}

static void
test_overview_describe_and_table (void)
{
  Seed seed;
  g_autofree char *description = NULL;
  g_autoptr(GPtrArray) table = NULL;

  seed_init (&seed);

  description = sl_pay_chart_describe (SL_PAY_CHART_OVERVIEW, &seed.data);
  g_assert_true (g_str_has_prefix (description, "Compensation of 3 roles. "));
  assert_contains (description, "VP of AI/ML Engineering: band $217,433 to $283,018, midpoint "
                                "$250,226; market range $130,000 to $500,000 and above; average "
                                "$217,433 to $283,018.");
  assert_contains (description, "Head of Data: band $165,000 to $215,000, midpoint $190,000; "
                                "market range");
  assert_contains (description, "Product Designer: no band or market data.");

  table = sl_pay_chart_table (SL_PAY_CHART_OVERVIEW, &seed.data);
  g_assert_cmpuint (table->len, ==, 4);
  assert_rectangular (table);
  g_assert_true (table_has_row (table, (const char *[]) { "Role", "Band minimum", "Midpoint",
                                "Band maximum", "Market range", "Market average", NULL }));
  g_assert_true (table_has_row (table, (const char *[]) { "VP of AI/ML Engineering", "$217,433",
                                "$250,226", "$283,018", "$130,000–$500,000 and above",
                                "$217,433–$283,018", NULL }));
  g_assert_true (table_has_row (table, (const char *[]) { "Head of Data", "$165,000", "$190,000",
                                "$215,000", "$130,000–$500,000 and above", "$217,433–$283,018",
                                NULL }));
  g_assert_true (table_has_row (table, (const char *[]) { "Product Designer", "—", "—", "—", "—",
                                "—", NULL }));

  /* A market of one figure only: what the overview does not draw, its
   * words do not claim either. */
  g_clear_pointer (&description, g_free);
  seed.market.mean = 224452;
  seed.market.percentiles[SL_P50] = 250000;
  description = sl_pay_chart_describe (SL_PAY_CHART_OVERVIEW, &seed.data);
  g_assert_null (strstr (description, "mean"));
  g_assert_null (strstr (description, "P50"));

  seed_clear (&seed);
}

/* The committee's heat map as the store has it: a row per candidate
 * rated, each with its application; names hidden in the same order. */
static void
test_heatmap_source (Fixture       *f,
                     gconstpointer  unused)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(GError) error = NULL;
  SlHeatmapData named = { 0 };
  SlHeatmapData hidden = { 0 };

  g_assert_true (sl_sample_populate (store, 12, &error));
  g_assert_no_error (error);

  g_assert_true (sl_heatmap_data_load (&named, store, 1, 0, FALSE, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (sl_heatmap_data_load (&hidden, store, 1, 0, TRUE, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (named.n_rows, ==, 5);
  g_assert_cmpuint (hidden.n_rows, ==, named.n_rows);
  g_assert_cmpstr (named.row_labels[0], ==, "Emerson Brennan");
  g_assert_cmpstr (hidden.row_labels[0], ==, "Candidate A");
  g_assert_cmpstr (hidden.row_labels[4], ==, "Candidate E");
  for (guint r = 0; r < named.n_rows; r++)
    {
      g_autoptr(SlApplication) application = sl_store_get_application (store, named.row_ids[r], &error);

      g_assert_no_error (error);
      g_assert_cmpstr (sl_application_get_candidate_name (application), ==, named.row_labels[r]);
      g_assert_cmpint (hidden.row_ids[r], ==, named.row_ids[r]);
    }
  assert_contains (named.note, "Krippendorff’s α = ");

  sl_heatmap_data_clear (&named);
  sl_heatmap_data_clear (&hidden);
  g_assert_null (named.row_ids);
}

/* The overview as the store has it: the sample role with its band, and a
 * second role without one, both against the built-in data set. */
static void
test_overview_source (Fixture       *f,
                      gconstpointer  unused)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(SlPayChartSource) source = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) table = NULL;
  const SlPayOverviewRole *head;
  const SlPayOverviewRole *vp;
  SlChartStyle style;
  gint64 head_id;
  double x, y;
  char *text;

  g_assert_true (sl_sample_populate (store, 12, &error));
  g_assert_no_error (error);
  head_id = create_template_role (store, "Head of Data");

  source = sl_pay_chart_source_load_overview (store, 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (source);

  g_assert_cmpstr (source->data.title, ==, "Compensation overview");
  g_assert_cmpstr (source->data.currency, ==, "USD");
  assert_contains (source->data.market_note, "as of 2024-12-31");
  g_assert_true (source->data.roles == source->overview_roles);
  g_assert_cmpuint (source->data.roles->len, ==, 2);

  /* By title: Head of Data first. Without an entry of its own in the data
   * set, it is held against the data set's first. */
  head = g_ptr_array_index (source->data.roles, 0);
  vp = g_ptr_array_index (source->data.roles, 1);
  g_assert_cmpstr (head->title, ==, "Head of Data");
  g_assert_null (head->band);
  g_assert_nonnull (head->market);
  g_assert_cmpstr (head->market->role, ==, "VP of AI/ML Engineering");
  g_assert_cmpstr (vp->title, ==, "VP of AI/ML Engineering");
  g_assert_nonnull (vp->band);
  g_assert_cmpfloat (vp->band->min, ==, 217433);
  g_assert_cmpfloat (vp->band->max, ==, 283018);
  g_assert_nonnull (vp->market);
  g_assert_cmpstr (vp->market->role, ==, "VP of AI/ML Engineering");
  g_assert_true (vp->market->component == SL_MARKET_BASE);

  table = sl_pay_chart_table (SL_PAY_CHART_OVERVIEW, &source->data);
  g_assert_true (table_has_row (table, (const char *[]) { "Head of Data", "—", "—", "—",
                                "$130,000–$500,000 and above", "$217,433–$283,018", NULL }));
  g_assert_true (table_has_row (table, (const char *[]) { "VP of AI/ML Engineering", "$217,433",
                                "$250,226", "$283,018", "$130,000–$500,000 and above",
                                "$217,433–$283,018", NULL }));

  /* The tooltip over the sample role's band, from what was loaded. */
  sl_chart_style_init_default (&style, FALSE);
  g_assert_true (sl_pay_chart_locate (SL_PAY_CHART_OVERVIEW, &source->data, &style, WIDTH, HEIGHT,
                                      SL_PAY_ROW_ROLE, 1, 230000, &x, &y));
  text = sl_pay_chart_hit (SL_PAY_CHART_OVERVIEW, &source->data, &style, WIDTH, HEIGHT, x, y);
  g_assert_cmpstr (text, ==, "VP of AI/ML Engineering, band: $217,433–$283,018 (midpoint $250,226)");
  g_free (text);
  sl_chart_style_clear (&style);
  g_clear_pointer (&source, sl_pay_chart_source_free);

  /* A band set later shows; one in another currency than the data set's
   * is left out rather than drawn on a dollar axis. */
  {
    SlPayBand band = { head_id, (char *) "USD", 160000, 185000, 210000, NAN, NULL, 0 };

    g_assert_true (sl_store_set_pay_band (store, &band, &error));
    g_assert_no_error (error);
    source = sl_pay_chart_source_load_overview (store, 0, &error);
    g_assert_no_error (error);
    head = g_ptr_array_index (source->data.roles, 0);
    g_assert_nonnull (head->band);
    g_assert_cmpfloat (head->band->mid, ==, 185000);
    g_clear_pointer (&source, sl_pay_chart_source_free);

    band.currency = (char *) "EUR";
    g_assert_true (sl_store_set_pay_band (store, &band, &error));
    g_assert_no_error (error);
    source = sl_pay_chart_source_load_overview (store, 0, &error);
    g_assert_no_error (error);
    head = g_ptr_array_index (source->data.roles, 0);
    g_assert_null (head->band);
    g_clear_pointer (&source, sl_pay_chart_source_free);
  }

  /* A data set that is not there is an error, not an empty chart. */
  source = sl_pay_chart_source_load_overview (store, 999, &error);
  g_assert_null (source);
  g_assert_nonnull (error);
}

/* Export */

typedef struct
{
  char *dir;
} TmpDir;

static void
tmp_dir_set_up (TmpDir        *t,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  t->dir = g_dir_make_tmp ("shortlist-charts-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
tmp_dir_tear_down (TmpDir        *t,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (t->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (t->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (t->dir);
  g_free (t->dir);
}

static guint
count_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

static void
draw_salary (cairo_t            *cr,
             gconstpointer       data,
             const SlChartStyle *style,
             double              width,
             double              height)
{
  sl_pay_chart_draw (cr, SL_PAY_CHART_SALARY, data, style, width, height);
}

/* A renderer that breaks its cairo context, as one that failed would. */
static void
draw_broken (cairo_t            *cr,
             gconstpointer       data,
             const SlChartStyle *style,
             double              width,
             double              height)
{
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
  cairo_restore (cr);
}

static void
assert_file_starts (const char *path,
                    const char *magic)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (memcmp (contents, magic, strlen (magic)) == 0);
}

static void
test_export (TmpDir        *t,
             gconstpointer  unused)
{
  static const struct
  {
    const char *name;
    const char *magic;
  } files[] = {
    { "chart.png", "\x89PNG" },
    { "chart.svg", "<?xml" },
    { "chart.pdf", "%PDF" },
    { "CHART.PDF", "%PDF" },
  };
  Seed seed;

  seed_init (&seed);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_build_filename (t->dir, files[i].name, NULL);

      g_assert_true (sl_chart_export (path, draw_salary, &seed.data, &seed.style, WIDTH, HEIGHT, &error));
      g_assert_no_error (error);
      assert_file_starts (path, files[i].magic);
    }
  g_assert_cmpuint (count_files (t->dir), ==, G_N_ELEMENTS (files));

  {
    g_autoptr(GError) error = NULL;
    g_autofree char *path = g_build_filename (t->dir, "chart.gif", NULL);

    g_assert_false (sl_chart_export (path, draw_salary, &seed.data, &seed.style, WIDTH, HEIGHT, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
    assert_contains (error->message, "chart.gif");
    assert_contains (error->message, "use .png, .svg or .pdf");
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }

  {
    g_autoptr(GError) error = NULL;
    g_autofree char *path = g_build_filename (t->dir, "tiny.png", NULL);

    g_assert_false (sl_chart_export (path, draw_salary, &seed.data, &seed.style, 99, HEIGHT, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
    assert_contains (error->message, "tiny.png");
    g_assert_false (sl_chart_export (path, draw_salary, &seed.data, &seed.style, WIDTH, 10001, NULL));
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }

  /* A failed export leaves the file it would have replaced as it was,
   * and nothing beside it. */
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_build_filename (t->dir, files[i].name, NULL);
      g_autofree char *contents = NULL;

      g_assert_true (g_file_set_contents (path, "the old chart", -1, NULL));
      g_assert_false (sl_chart_export (path, draw_broken, &seed.data, &seed.style, WIDTH, HEIGHT, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
      assert_contains (error->message, files[i].name);
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "the old chart");
    }
  g_assert_cmpuint (count_files (t->dir), ==, G_N_ELEMENTS (files));

  {
    g_autoptr(GError) error = NULL;
    g_autofree char *path = g_build_filename (t->dir, "missing", "chart.png", NULL);

    g_assert_false (sl_chart_export (path, draw_salary, &seed.data, &seed.style, WIDTH, HEIGHT, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
    assert_contains (error->message, "chart.png");
  }

  seed_clear (&seed);
}

static void
test_pdf_text (TmpDir        *t,
               gconstpointer  unused)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *path = g_build_filename (t->dir, "salary.pdf", NULL);
  g_autofree char *out = NULL;
  int status;
  Seed seed;

  if (pdftotext == NULL)
    {
      g_test_fail_printf ("pdftotext is not on PATH: install poppler-utils to read the PDF back");
      return;
    }

  seed_init (&seed);
  g_assert_true (sl_chart_export (path, draw_salary, &seed.data, &seed.style, WIDTH, HEIGHT, &error));
  g_assert_no_error (error);

  {
    const char *argv[] = { pdftotext, "-enc", "UTF-8", path, "-", NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status,
                  &error);
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }

  /* Text stays text: the labels can be found and copied. */
  assert_contains (out, "Market");
  assert_contains (out, "$130K");
  assert_contains (out, "Dana Reyes");
  assert_contains (out, "VP of AI/ML Engineering");

  seed_clear (&seed);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/money/c", test_money_c);
  g_test_add_func ("/money/de", test_money_de);
  g_test_add_func ("/money/nl", test_money_nl);
  g_test_add_func ("/charts/salary", test_salary_draw);
  g_test_add_func ("/charts/total", test_total_draw);
  g_test_add_func ("/charts/fit", test_fit_draw);
  g_test_add_func ("/charts/empty", test_empty);
  g_test_add_func ("/charts/small-and-crowded", test_small_and_crowded);
  g_test_add_func ("/charts/hit", test_hit);
  g_test_add_func ("/charts/hit/layout", test_hit_layout);
  g_test_add_func ("/charts/describe-and-table", test_describe_and_table);
  g_test_add_func ("/charts/overview", test_overview_draw);
  g_test_add_func ("/charts/overview/empty", test_overview_empty);
  g_test_add_func ("/charts/overview/hit", test_overview_hit);
  g_test_add_func ("/charts/overview/describe-and-table", test_overview_describe_and_table);
  g_test_add ("/charts/overview/source", Fixture, NULL, fixture_set_up, test_overview_source,
              fixture_tear_down);
  g_test_add ("/charts/heatmap/source", Fixture, NULL, fixture_set_up, test_heatmap_source, fixture_tear_down);
  g_test_add ("/charts/export", TmpDir, NULL, tmp_dir_set_up, test_export, tmp_dir_tear_down);
  g_test_add ("/charts/pdf-text", TmpDir, NULL, tmp_dir_set_up, test_pdf_text, tmp_dir_tear_down);

  return g_test_run ();
}
