/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "sl-axis.h"

static void
test_salary_range (void)
{
  SlAxis axis;

  /* The seed's broad range, $130,000 to $500,000+. */
  sl_axis_init (&axis, 130000, 500000, 6);
  g_assert_cmpfloat (axis.step, ==, 100000);
  g_assert_cmpfloat (axis.min, ==, 100000);
  g_assert_cmpfloat (axis.max, ==, 500000);
  g_assert_cmpuint (axis.n_ticks, ==, 5);
  g_assert_cmpfloat (sl_axis_tick (&axis, 1), ==, 200000);
  g_assert_cmpfloat (sl_axis_position (&axis, 300000, 400), ==, 200);
}

static void
test_fits_max_ticks (void)
{
  static const double ranges[][2] = {
    { 0, 1 }, { 0, 7 }, { 3, 97 }, { 217433, 283018 }, { -5, 5 }, { 0.001, 0.0042 },
    { 1, 1e7 }, { 99999, 100001 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (ranges); i++)
    for (guint max_ticks = 3; max_ticks <= 12; max_ticks++)
      {
        SlAxis axis;
        double mantissa;

        sl_axis_init (&axis, ranges[i][0], ranges[i][1], max_ticks);
        g_assert_cmpuint (axis.n_ticks, <=, max_ticks);
        g_assert_cmpuint (axis.n_ticks, >=, 2);
        g_assert_cmpfloat (axis.min, <=, ranges[i][0]);
        g_assert_cmpfloat (axis.max, >=, ranges[i][1]);

        /* Steps are 1, 2 or 5 times a power of ten. */
        mantissa = axis.step / pow (10, floor (log10 (axis.step)));
        g_assert_true (fabs (mantissa - 1) < 1e-9 || fabs (mantissa - 2) < 1e-9 ||
                       fabs (mantissa - 5) < 1e-9 || fabs (mantissa - 10) < 1e-9);
      }
}

static void
test_single_value (void)
{
  SlAxis axis;

  sl_axis_init (&axis, 224452, 224452, 5);
  g_assert_cmpfloat (axis.min, <, 224452);
  g_assert_cmpfloat (axis.max, >, 224452);

  sl_axis_init (&axis, 0, 0, 5);
  g_assert_cmpfloat (axis.min, <, 0);
  g_assert_cmpfloat (axis.max, >, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/axis/salary-range", test_salary_range);
  g_test_add_func ("/axis/fits-max-ticks", test_fits_max_ticks);
  g_test_add_func ("/axis/single-value", test_single_value);

  return g_test_run ();
}
