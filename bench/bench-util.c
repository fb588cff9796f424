/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-util.c: what the benchmarks share */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <stdlib.h>

#include "bench-util.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The time below which @fraction of @times lie: 0.5 for the median, 0.95
 * for the 95th percentile. Sorts @times. */
double
bench_percentile (double *times,
                  guint   n_times,
                  double  fraction)
{
  guint index;

  g_return_val_if_fail (n_times > 0, NAN);

  qsort (times, n_times, sizeof (double), compare_doubles);
  index = (guint) ceil (n_times * fraction);
  index = index > 0 ? index - 1 : 0;

  return times[MIN (index, n_times - 1)];
}

/* Removes a database file with its journal files, if they are there. */
void
bench_remove_database (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_remove (file);
    }
}
