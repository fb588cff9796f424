/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-market-feeds.c: market data feeds in the store, and their data sets */

#include "config.h"

#include <string.h>

#include "sl-store-private.h"
#include "test-util.h"

#define FEED_URL "https://example.org/pay/latest.json"

#define DOCUMENT(as_of, p50) \
  "{\"format\": \"shortlist-market/1\", \"source\": \"Example survey\"," \
  " \"as_of\": \"" as_of "\", \"currency\": \"USD\", \"entries\": [" \
  "  {\"role\": \"VP of Data\", \"component\": \"base\", \"sample_size\": 120," \
  "   \"percentiles\": {\"p25\": 200000, \"p50\": " p50 ", \"p75\": 300000}}," \
  "  {\"role\": \"VP of Data\", \"component\": \"total\", \"sample_size\": 85, \"mean\": 320000}]}"

/* Everything stored about market data sets and their entries, as one
 * checksum: equal checksums mean byte-identical data. */
#define DATASETS_DIGEST \
  "SELECT count(*) || ':' || group_concat (id || ',' || source || ',' || as_of || ',' || " \
  "  coalesce (feed_url, '') || ',' || coalesce (etag, '') || ',' || " \
  "  coalesce (last_modified, '') || ',' || coalesce (fetched_at, '') || ',' || imported_at, ';') " \
  "FROM (SELECT * FROM market_datasets ORDER BY id)"

#define ENTRIES_DIGEST \
  "SELECT count(*) || ':' || group_concat (id || ',' || dataset_id || ',' || position || ',' || " \
  "  role || ',' || component || ',' || coalesce (sample_size, '') || ',' || " \
  "  coalesce (p25, '') || ',' || coalesce (p50, '') || ',' || coalesce (p75, '') || ',' || " \
  "  coalesce (mean, ''), ';') " \
  "FROM (SELECT * FROM market_entries ORDER BY id)"

static SlMarketDocument *
parse_document (const char *json)
{
  g_autoptr(GError) error = NULL;
  SlMarketDocument *document = sl_market_document_parse (json, -1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);

  return document;
}

static char *
market_digest (const char *path)
{
  g_autofree char *datasets = query_text (path, DATASETS_DIGEST);
  g_autofree char *entries = query_text (path, ENTRIES_DIGEST);
  g_autofree char *both = g_strconcat (datasets, "\n", entries, NULL);

  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, both, -1);
}

static void
add_feed (SlStore    *store,
          const char *url)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sl_store_add_market_feed (store, url, &error));
  g_assert_no_error (error);
}

static gint64
import_feed (SlStore    *store,
             const char *json,
             const char *etag)
{
  g_autoptr(SlMarketDocument) document = parse_document (json);
  g_autoptr(GError) error = NULL;
  gint64 dataset_id;

  dataset_id = sl_store_import_market_feed (store, FEED_URL, document, etag,
                                            "Tue, 31 Dec 2024 12:00:00 GMT", &error);
  g_assert_no_error (error);
  g_assert_cmpint (dataset_id, >, 0);

  return dataset_id;
}

static SlMarketFeed *
only_feed (SlStore *store)
{
  g_autoptr(GPtrArray) feeds = NULL;
  g_autoptr(GError) error = NULL;

  feeds = sl_store_list_market_feeds (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (feeds->len, ==, 1);

  return g_ptr_array_steal_index (feeds, 0);
}

static SlMarketDataset *
find_dataset (SlStore *store,
              gint64   dataset_id)
{
  g_autoptr(GPtrArray) datasets = NULL;
  g_autoptr(GError) error = NULL;

  datasets = sl_store_list_market_datasets (store, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < datasets->len; i++)
    if (((SlMarketDataset *) g_ptr_array_index (datasets, i))->id == dataset_id)
      return g_ptr_array_steal_index (datasets, i);

  return NULL;
}

static gint64
builtin_dataset (SlStore *store)
{
  g_autoptr(GPtrArray) datasets = NULL;
  g_autoptr(GError) error = NULL;

  datasets = sl_store_list_market_datasets (store, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < datasets->len; i++)
    if (((SlMarketDataset *) g_ptr_array_index (datasets, i))->builtin)
      return ((SlMarketDataset *) g_ptr_array_index (datasets, i))->id;

  g_assert_not_reached ();
}

static void
count_changes (SlStore    *store,
               const char *what,
               gint64      id,
               guint      *n_changes)
{
  (*n_changes)++;
}

static void
test_add (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(SlMarketFeed) feed = NULL;
  g_autoptr(GError) error = NULL;
  const char *not_addresses[] = {
    "example.org/pay.json",
    "ftp://example.org/pay.json",
    "file:///tmp/pay.json",
    "https://",
    "https:///pay.json",
    "pay survey",
    "",
  };
  guint n_changes = 0;

  g_signal_connect (store, "changed::market", G_CALLBACK (count_changes), &n_changes);

  add_feed (store, FEED_URL);
  g_assert_cmpuint (n_changes, ==, 1);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM audit_log WHERE action = 'market.feed.add'"), ==, 1);

  /* Listed, not fetched yet. */
  feed = only_feed (store);
  g_assert_cmpstr (feed->url, ==, FEED_URL);
  g_assert_cmpint (feed->added, >, 0);
  g_assert_cmpint (feed->checked, ==, 0);
  g_assert_false (feed->ok);
  g_assert_null (feed->message);
  g_assert_cmpint (feed->dataset_id, ==, 0);
  g_assert_null (feed->etag);
  g_assert_null (feed->last_modified);

  /* Plain http is a web address; whether it may be fetched is the
   * fetcher's to say. */
  add_feed (store, "http://localhost:8080/pay.json");

  g_assert_false (sl_store_add_market_feed (store, FEED_URL, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "The feed “" FEED_URL "” is listed already"));
  g_clear_error (&error);

  for (guint i = 0; i < G_N_ELEMENTS (not_addresses); i++)
    {
      g_autofree char *expected = g_strdup_printf ("“%s” is not a web address", not_addresses[i]);

      g_assert_false (sl_store_add_market_feed (store, not_addresses[i], &error));
      g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, expected);
      g_clear_error (&error);
    }

  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM market_feeds"), ==, 2);
  g_assert_cmpuint (n_changes, ==, 2);
}

static void
test_import_versions (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(SlMarketFeed) first = NULL;
  g_autoptr(SlMarketFeed) second = NULL;
  g_autoptr(SlMarketDataset) dataset = NULL;
  g_autoptr(SlMarketDocument) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 v1, v2;
  guint n_changes = 0;

  add_feed (store, FEED_URL);
  g_signal_connect (store, "changed::market", G_CALLBACK (count_changes), &n_changes);

  v1 = import_feed (store, DOCUMENT ("2024-06-30", "240000"), "\"v1\"");
  g_assert_cmpuint (n_changes, ==, 1);

  first = only_feed (store);
  g_assert_cmpint (first->checked, >, 0);
  g_assert_true (first->ok);
  g_assert_cmpstr (first->message, ==, "2 entries, as of 2024-06-30");
  g_assert_cmpint (first->dataset_id, ==, v1);
  g_assert_cmpstr (first->etag, ==, "\"v1\"");
  g_assert_cmpstr (first->last_modified, ==, "Tue, 31 Dec 2024 12:00:00 GMT");

  dataset = find_dataset (store, v1);
  g_assert_nonnull (dataset);
  g_assert_cmpstr (dataset->feed_url, ==, FEED_URL);
  g_assert_cmpint (dataset->fetched, >, 0);
  g_assert_cmpint (dataset->fetched, ==, dataset->imported);
  g_assert_false (dataset->builtin);
  g_assert_cmpuint (dataset->n_entries, ==, 2);
  g_assert_cmpint (dataset->total_sample_size, ==, 120 + 85);
  g_clear_pointer (&dataset, sl_market_dataset_free);

  /* A new version keeps the old one; the feed moves to the new. */
  v2 = import_feed (store, DOCUMENT ("2024-12-31", "250000"), "\"v2\"");
  g_assert_cmpint (v2, >, v1);
  g_assert_cmpuint (n_changes, ==, 2);

  second = only_feed (store);
  g_assert_cmpstr (second->message, ==, "2 entries, as of 2024-12-31");
  g_assert_cmpint (second->dataset_id, ==, v2);
  g_assert_cmpstr (second->etag, ==, "\"v2\"");

  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM market_datasets WHERE feed_url = '" FEED_URL "'"),
                   ==, 2);
  stored = sl_store_load_market_dataset (store, v1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stored->as_of, ==, "2024-06-30");
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM audit_log WHERE action = 'market.feed.import'"),
                   ==, 2);
}

static void
test_import_unlisted (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(SlMarketDocument) document = parse_document (DOCUMENT ("2024-12-31", "240000"));
  g_autoptr(GError) error = NULL;
  g_autofree char *before = market_digest (f->path);
  g_autofree char *after = NULL;

  /* A feed removed while it was being fetched stays removed. */
  g_assert_cmpint (sl_store_import_market_feed (store, FEED_URL, document, NULL, NULL, &error), ==, 0);
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "is not listed"));
  g_clear_error (&error);

  g_assert_false (sl_store_record_feed_result (store, FEED_URL, FALSE, "boom", &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);

  after = market_digest (f->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM market_feeds"), ==, 0);
}

static void
test_failure_keeps_data (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(SlMarketFeed) feed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 n_datasets, n_entries;
  gint64 dataset_id;

  add_feed (store, FEED_URL);
  dataset_id = import_feed (store, DOCUMENT ("2024-12-31", "240000"), "\"v1\"");

  before = market_digest (f->path);
  n_datasets = query_int (f->path, "SELECT count(*) FROM market_datasets");
  n_entries = query_int (f->path, "SELECT count(*) FROM market_entries");

  g_assert_true (sl_store_record_feed_result (store, FEED_URL, FALSE,
                                              "example.org: the server answered 500", &error));
  g_assert_no_error (error);

  after = market_digest (f->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM market_datasets"), ==, n_datasets);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM market_entries"), ==, n_entries);

  /* The feed says what went wrong, and still knows its data. */
  feed = only_feed (store);
  g_assert_false (feed->ok);
  g_assert_cmpint (feed->checked, >, 0);
  g_assert_cmpstr (feed->message, ==, "example.org: the server answered 500");
  g_assert_cmpint (feed->dataset_id, ==, dataset_id);
  g_assert_cmpstr (feed->etag, ==, "\"v1\"");
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM audit_log WHERE action = 'market.feed.failed'"),
                   ==, 1);
}

static void
test_not_modified (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(SlMarketFeed) feed = NULL;
  g_autoptr(SlMarketDataset) old = NULL;
  g_autoptr(SlMarketDataset) latest = NULL;
  g_autoptr(GError) error = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 ten_days_ago = now - 10 * 24 * 60 * 60;
  g_autofree char *backdate = NULL;
  gint64 v1, v2;

  add_feed (store, FEED_URL);
  v1 = import_feed (store, DOCUMENT ("2024-06-30", "240000"), "\"v1\"");
  v2 = import_feed (store, DOCUMENT ("2024-12-31", "250000"), "\"v2\"");

  /* Both versions last confirmed ten days ago: stale. */
  backdate = g_strdup_printf ("UPDATE market_datasets SET fetched_at = %" G_GINT64_FORMAT
                              " WHERE feed_url IS NOT NULL", ten_days_ago);
  exec_raw (f->path, backdate);
  latest = find_dataset (store, v2);
  g_assert_cmpint (latest->fetched, ==, ten_days_ago);
  g_assert_true (sl_market_dataset_is_stale (latest, now));
  g_clear_pointer (&latest, sl_market_dataset_free);

  /* "Not modified" confirms the latest version only. */
  g_assert_true (sl_store_record_feed_result (store, FEED_URL, TRUE, "Unchanged since 31/12/2024", &error));
  g_assert_no_error (error);

  latest = find_dataset (store, v2);
  g_assert_cmpint (latest->fetched, >=, now);
  g_assert_false (sl_market_dataset_is_stale (latest, now));
  old = find_dataset (store, v1);
  g_assert_cmpint (old->fetched, ==, ten_days_ago);
  g_assert_true (sl_market_dataset_is_stale (old, now));

  feed = only_feed (store);
  g_assert_true (feed->ok);
  g_assert_cmpstr (feed->message, ==, "Unchanged since 31/12/2024");
  g_assert_cmpint (feed->dataset_id, ==, v2);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM market_datasets WHERE feed_url IS NOT NULL"),
                   ==, 2);
}

static void
test_remove (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(GPtrArray) feeds = NULL;
  g_autoptr(SlMarketDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  gint64 dataset_id;

  add_feed (store, FEED_URL);
  dataset_id = import_feed (store, DOCUMENT ("2024-12-31", "240000"), NULL);

  g_assert_true (sl_store_remove_market_feed (store, FEED_URL, &error));
  g_assert_no_error (error);

  feeds = sl_store_list_market_feeds (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (feeds->len, ==, 0);

  /* Its data stays, and still says where it came from. */
  dataset = find_dataset (store, dataset_id);
  g_assert_nonnull (dataset);
  g_assert_cmpstr (dataset->feed_url, ==, FEED_URL);
  g_assert_cmpuint (dataset->n_entries, ==, 2);

  g_assert_false (sl_store_remove_market_feed (store, FEED_URL, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Listed again, it asks for its latest data conditionally. */
  add_feed (store, FEED_URL);
  {
    g_autoptr(SlMarketFeed) feed = only_feed (store);

    g_assert_cmpint (feed->checked, ==, 0);
    g_assert_cmpint (feed->dataset_id, ==, 0);
    g_assert_cmpstr (feed->last_modified, ==, "Tue, 31 Dec 2024 12:00:00 GMT");
  }
}

static void
test_delete_dataset (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(SlMarketDocument) document = parse_document (DOCUMENT ("2024-12-31", "240000"));
  g_autoptr(SlMarketFeed) feed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 builtin_id = builtin_dataset (store);
  gint64 file_id;
  gint64 feed_id;

  file_id = sl_store_import_market (store, document, FALSE, &error);
  g_assert_no_error (error);
  add_feed (store, FEED_URL);
  feed_id = import_feed (store, DOCUMENT ("2024-12-31", "250000"), "\"v1\"");

  before = market_digest (f->path);
  g_assert_false (sl_store_delete_market_dataset (store, builtin_id, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==, "The built-in market data cannot be deleted");
  g_clear_error (&error);
  after = market_digest (f->path);
  g_assert_cmpstr (before, ==, after);

  g_assert_true (sl_store_delete_market_dataset (store, file_id, &error));
  g_assert_no_error (error);
  g_assert_null (find_dataset (store, file_id));
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM market_entries WHERE dataset_id NOT IN "
                                       "(SELECT id FROM market_datasets)"), ==, 0);

  /* The feed forgets the data set it brought. */
  g_assert_true (sl_store_delete_market_dataset (store, feed_id, &error));
  g_assert_no_error (error);
  feed = only_feed (store);
  g_assert_cmpint (feed->dataset_id, ==, 0);
  g_assert_null (feed->etag);

  g_assert_false (sl_store_delete_market_dataset (store, feed_id, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM audit_log WHERE action = 'market.delete'"), ==, 2);
}

static void
test_stale (void)
{
  const gint64 now = 1735689600; /* 2025-01-01 00:00 UTC */
  const gint64 week = 7 * 24 * 60 * 60;
  SlMarketDataset builtin = { .builtin = TRUE, .imported = now - 100 * week };
  SlMarketDataset file = { .imported = now - 100 * week };
  SlMarketDataset feed = { .feed_url = (char *) FEED_URL, .imported = now - 2 * week };

  /* Only a feed promises current figures. */
  g_assert_false (sl_market_dataset_is_stale (&builtin, now));
  g_assert_false (sl_market_dataset_is_stale (&file, now));

  feed.fetched = now;
  g_assert_false (sl_market_dataset_is_stale (&feed, now));
  feed.fetched = now - week;
  g_assert_false (sl_market_dataset_is_stale (&feed, now));
  feed.fetched = now - week - 1;
  g_assert_true (sl_market_dataset_is_stale (&feed, now));
  feed.fetched = 0;
  g_assert_true (sl_market_dataset_is_stale (&feed, now));
}

static void
test_sample_sizes (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(SlMarketDataset) builtin = find_dataset (store, builtin_dataset (store));

  /* The built-in figures have no sample sizes. */
  g_assert_cmpint (builtin->total_sample_size, ==, -1);
  g_assert_null (builtin->feed_url);
  g_assert_cmpint (builtin->fetched, ==, 0);
  g_assert_cmpuint (builtin->n_entries, ==, 3);
}

static gboolean
has_backup (const char *dir,
            const char *prefix)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, prefix))
      return TRUE;

  return FALSE;
}

static void
test_migrate_from_v2 (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SlStore) store = NULL;
  g_autoptr(SlMarketDataset) builtin = NULL;
  g_autoptr(GError) error = NULL;
  gint64 builtin_id;

  store = sl_store_open_with_migrations (f->path, sl_schema_migrations, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sl_store_get_schema_version (store), ==, 2);
  g_clear_object (&store);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM sqlite_master WHERE name = 'market_feeds'"), ==, 0);
  builtin_id = query_int (f->path, "SELECT id FROM market_datasets WHERE builtin = 1");

  store = open_store (f);
  g_assert_cmpint (sl_store_get_schema_version (store), ==, SL_STORE_SCHEMA_VERSION);
  g_assert_cmpint (SL_STORE_SCHEMA_VERSION, >=, 3);
  g_assert_true (has_backup (f->dir, "test.db.v2-"));

  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM sqlite_master "
                                       "WHERE type = 'table' AND name = 'market_feeds'"), ==, 1);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM pragma_table_info ('market_datasets') "
                                       "WHERE name = 'fetched_at'"), ==, 1);

  /* The built-in set came through as it was, and is not stored twice. */
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM market_datasets"), ==, 1);
  builtin = find_dataset (store, builtin_id);
  g_assert_nonnull (builtin);
  g_assert_true (builtin->builtin);
  g_assert_cmpint (builtin->fetched, ==, 0);
  g_assert_false (sl_market_dataset_is_stale (builtin, g_get_real_time () / G_USEC_PER_SEC));

  add_feed (store, FEED_URL);
  import_feed (store, DOCUMENT ("2024-12-31", "240000"), NULL);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  FIXTURE_TEST ("/market-feeds/add", test_add);
  FIXTURE_TEST ("/market-feeds/import-versions", test_import_versions);
  FIXTURE_TEST ("/market-feeds/import-unlisted", test_import_unlisted);
  FIXTURE_TEST ("/market-feeds/failure-keeps-data", test_failure_keeps_data);
  FIXTURE_TEST ("/market-feeds/not-modified", test_not_modified);
  FIXTURE_TEST ("/market-feeds/remove", test_remove);
  FIXTURE_TEST ("/market-feeds/delete-dataset", test_delete_dataset);
  FIXTURE_TEST ("/market-feeds/sample-sizes", test_sample_sizes);
  FIXTURE_TEST ("/market-feeds/migrate-from-v2", test_migrate_from_v2);
  g_test_add_func ("/market-feeds/stale", test_stale);

  return g_test_run ();
}
