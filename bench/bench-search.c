/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-search: how long the candidates table takes to answer a search as
 * it is typed, with 100,000 candidates: from setting the search text on
 * the list model to its items-changed, for every prefix of a few searches
 * typed a letter at a time. The baseline is the same FTS5 query run
 * straight through the sqlite3 API on a connection kept open, in the same
 * process, in turns with the model. No trashed candidates exist here, so
 * both find as many rows. */
#define G_LOG_DOMAIN "shortlist-bench-search"

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>

#include "bench-util.h"
#include "sl-candidate-model.h"
#include "sl-sample.h"

static const char * const typed[] = {
  "dana reyes", "holm", "seattle", "kowalski mlops", "principal", "ada",
};

static guint n_candidates = 100000;
static guint n_rounds = 5;

static double
percentile (GArray *times,
            double  fraction)
{
  return bench_percentile ((double *) times->data, times->len, fraction);
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gboolean   *changed)
{
  *changed = TRUE;
}

/* From setting the text to the model's items-changed. */
static double
time_model (SlCandidateModel *model,
            const char       *search)
{
  gboolean changed = FALSE;
  gulong handler = g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &changed);
  gint64 start = g_get_monotonic_time ();


  sl_candidate_model_set_search (model, search);
  while (sl_candidate_model_get_loading (model))
    g_main_context_iteration (NULL, TRUE);

  g_signal_handler_disconnect (model, handler);
  g_assert_true (changed || g_list_model_get_n_items (G_LIST_MODEL (model)) == 0);

  return (g_get_monotonic_time () - start) / 1000.0;
}

/* The full-text query the model runs, prepared, bound and stepped to its
 * last row; the model then puts the ids it finds in the list's order. */
static double
time_raw (sqlite3    *db,
          const char *search,
          guint      *n_rows)
{
  g_autofree char *fts_query = NULL;
  g_autofree char *sql = sl_candidate_model_build_query (search, &fts_query);
  gint64 start = g_get_monotonic_time ();
  sqlite3_stmt *stmt;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, fts_query, -1, SQLITE_STATIC);

  *n_rows = 0;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    (*n_rows)++;
  sqlite3_finalize (stmt);

  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  const GOptionEntry entries[] = {
    { "candidates", 0, 0, G_OPTION_ARG_INT, &n_candidates, "Candidates in the database (default 100000)", "N" },
    { "rounds", 0, 0, G_OPTION_ARG_INT, &n_rounds, "Times each search is typed (default 5)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— time searching the candidates");
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStore) store = NULL;
  g_autoptr(SlCandidateModel) model = NULL;
  g_autoptr(GArray) model_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) raw_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  sqlite3 *db;
  double model_p95;
  double raw_p95;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  dir = g_dir_make_tmp ("shortlist-bench-search-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "search.db", NULL);
  store = sl_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (sl_sample_populate (store, n_candidates, &error));

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  model = sl_candidate_model_new (store);
  while (sl_candidate_model_get_loading (model))
    g_main_context_iteration (NULL, TRUE);

  for (guint round = 0; round < n_rounds; round++)
    for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
      for (guint length = 1; typed[i][length - 1] != '\0'; length++)
        {
          g_autofree char *prefix = g_strndup (typed[i], length);
          double raw;
          double modelled;
          guint n_rows;

          if (g_ascii_isspace (prefix[length - 1]))
            continue;

          raw = time_raw (db, prefix, &n_rows);
          modelled = time_model (model, prefix);
          g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n_rows);

          g_array_append_val (raw_times, raw);
          g_array_append_val (model_times, modelled);
        }

  model_p95 = percentile (model_times, 0.95);
  raw_p95 = percentile (raw_times, 0.95);

  g_print ("Search as typed, %u candidates, %u searches\n", n_candidates, model_times->len);
  g_print ("  raw FTS5 query through sqlite3: median %.1f ms, p95 %.1f ms\n",
           percentile (raw_times, 0.5), raw_p95);
  g_print ("  list model to items-changed:    median %.1f ms, p95 %.1f ms\n",
           percentile (model_times, 0.5), model_p95);
  g_print ("  p95 ratio %.2f× (target ≤ 2×), p95 %.1f ms (target ≤ 16 ms)\n", model_p95 / raw_p95, model_p95);

  sqlite3_close (db);
  g_clear_object (&model);
  g_clear_object (&store);
  bench_remove_database (path);
  g_rmdir (dir);

  return 0;
}
