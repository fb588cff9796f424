/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-import: how fast a CSV file of 100,000 candidates is imported,
 * in rows per second, against the sqlite3 shell's own `.import` of the
 * same file into a plain table of a new database, run in turns in the same
 * command. The file is what `shortlist export` writes of the sample's
 * candidates: a realistic mix of names, titles, companies and notes. */
#define G_LOG_DOMAIN "shortlist-bench-import"

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "bench-util.h"
#include "sl-sample.h"
#include "sl-store.h"

static guint n_rows = 100000;
static guint n_runs = 3;

static double
median (GArray *times)
{
  return bench_percentile ((double *) times->data, times->len, 0.5);
}

static void
write_csv (const char *dir,
           const char *csv_path)
{
  g_autofree char *db_path = g_build_filename (dir, "source.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStore) store = sl_store_open (db_path, &error);
  g_autoptr(GFile) file = g_file_new_for_path (csv_path);
  g_autoptr(GFileOutputStream) stream = NULL;
  guint written = 0;

  g_assert_no_error (error);
  g_assert_true (sl_sample_populate (store, n_rows, &error));
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sl_store_export_candidates (store, 1, G_OUTPUT_STREAM (stream), &written, NULL, &error));
  g_assert_true (g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (written, ==, n_rows);
}

/* The sqlite3 shell reading the file into a new table of text columns. */
static double
time_sqlite3_shell (const char *dir,
                    const char *csv_path)
{
  g_autofree char *db_path = g_build_filename (dir, "plain.db", NULL);
  g_autofree char *command = g_strdup_printf (".import --csv %s t", csv_path);
  const char *argv[] = { "sqlite3", db_path, command, NULL };
  g_autoptr(GError) error = NULL;
  int status;
  gint64 start;
  double seconds;

  bench_remove_database (db_path);
  start = g_get_monotonic_time ();
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));

  return seconds;
}

/* Shortlist reading, checking and importing the file into the sample
 * role of a new database. */
static double
time_shortlist (const char *dir,
                const char *csv_path,
                double     *read_seconds)
{
  g_autofree char *db_path = g_build_filename (dir, "import.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStore) store = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (csv_path);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(SlImport) import = NULL;
  SlImportResult result;
  gint64 start;
  gint64 read;
  double seconds;

  bench_remove_database (db_path);
  store = sl_store_open (db_path, &error);
  g_assert_no_error (error);
  g_assert_true (sl_sample_populate (store, 0, &error));

  start = g_get_monotonic_time ();
  stream = g_file_read (file, NULL, &error);
  g_assert_no_error (error);
  import = sl_store_read_import (store, G_INPUT_STREAM (stream), "bench.csv", SL_IMPORT_FORMAT_AUTO, 1, 0,
                                 NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  read = g_get_monotonic_time ();
  g_assert_true (sl_store_import (store, import, SL_IMPORT_SKIP_DUPLICATES, NULL, NULL, NULL, &result, &error));
  g_assert_no_error (error);
  seconds = (g_get_monotonic_time () - start) / 1e6;

  g_assert_cmpuint (result.imported, ==, n_rows);
  *read_seconds = (read - start) / 1e6;

  return seconds;
}

int
main (int   argc,
      char *argv[])
{
  const GOptionEntry entries[] = {
    { "rows", 0, 0, G_OPTION_ARG_INT, &n_rows, "Rows in the file (default 100000)", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &n_runs, "Runs of each (default 3)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— time importing candidates from CSV");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) shell_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) import_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) read_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *dir = NULL;
  g_autofree char *csv_path = NULL;
  g_autofree char *source = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *imported = NULL;
  double shell_rate;
  double import_rate;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  dir = g_dir_make_tmp ("shortlist-bench-import-XXXXXX", &error);
  g_assert_no_error (error);
  csv_path = g_build_filename (dir, "candidates.csv", NULL);
  write_csv (dir, csv_path);

  /* In turns, so that a busy moment of the machine falls on both. */
  for (guint i = 0; i < n_runs; i++)
    {
      double read;
      double seconds = time_sqlite3_shell (dir, csv_path);

      g_array_append_val (shell_times, seconds);
      seconds = time_shortlist (dir, csv_path, &read);
      g_array_append_val (import_times, seconds);
      g_array_append_val (read_times, read);
    }

  shell_rate = n_rows / median (shell_times);
  import_rate = n_rows / median (import_times);

  g_print ("CSV import of %u rows, median of %u runs\n", n_rows, n_runs);
  g_print ("  sqlite3 .import into a plain table: %.3f s, %.0f rows/s\n", median (shell_times), shell_rate);
  g_print ("  shortlist import (read and check %.3f s): %.3f s, %.0f rows/s\n",
           median (read_times), median (import_times), import_rate);
  g_print ("  ratio %.2f× (target ≥ 0.80×)\n", import_rate / shell_rate);

  source = g_build_filename (dir, "source.db", NULL);
  plain = g_build_filename (dir, "plain.db", NULL);
  imported = g_build_filename (dir, "import.db", NULL);
  bench_remove_database (source);
  bench_remove_database (plain);
  bench_remove_database (imported);
  g_remove (csv_path);
  g_rmdir (dir);

  return 0;
}
