/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "sl-market-refresh.h"
#include "test-util.h"

/* Refreshing every feed of a database against a real server on the
 * loopback address: one feed that works, one that answers 404, and one
 * that serves a document the format forbids. What works is stored; what
 * fails is recorded with its reason and stores nothing. */

static const char valid_document[] =
  "{ \"format\": \"shortlist-market/1\", \"source\": \"Loopback Survey\", \"as_of\": \"2025-06-30\","
  "  \"currency\": \"USD\", \"entries\": [ { \"role\": \"VP of AI/ML Engineering\", \"component\": \"base\","
  "  \"percentiles\": { \"p25\": 230000, \"p50\": 260000, \"p75\": 300000 } } ] }";

static const char decreasing_document[] =
  "{ \"format\": \"shortlist-market/1\", \"source\": \"Broken Survey\", \"as_of\": \"2025-06-30\","
  "  \"currency\": \"USD\", \"entries\": [ { \"role\": \"VP\", \"component\": \"base\","
  "  \"percentiles\": { \"p50\": 260000, \"p75\": 200000 } } ] }";

static void
serve (SoupServer        *server,
       SoupServerMessage *message,
       const char        *path,
       GHashTable        *query,
       gpointer           user_data)
{
  const char *body = NULL;

  if (g_str_equal (path, "/good.json"))
    body = valid_document;
  else if (g_str_equal (path, "/broken.json"))
    body = decreasing_document;

  if (body == NULL)
    {
      soup_server_message_set_status (message, 404, NULL);
      return;
    }

  soup_server_message_set_status (message, 200, NULL);
  soup_server_message_set_response (message, "application/json", SOUP_MEMORY_STATIC, body, strlen (body));
}

static void
on_refreshed (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  SlMarketRefresh **refresh = user_data;
  g_autoptr(GError) error = NULL;

  *refresh = sl_market_refresh_finish (SL_STORE (object), result, &error);
  g_assert_no_error (error);
}

static void
count_progress (guint       n_done,
                guint       n_feeds,
                const char *url,
                gpointer    user_data)
{
  guint *calls = user_data;

  g_assert_cmpuint (n_done, <=, n_feeds);
  (*calls)++;
}

static void
test_refresh (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(SlMarketFetcher) fetcher = sl_market_fetcher_new ();
  g_autoptr(GPtrArray) feeds = NULL;
  g_autoptr(GError) error = NULL;
  g_autoslist(GUri) uris = NULL;
  SlMarketRefresh *refresh = NULL;
  const char *paths[] = { "/good.json", "/missing.json", "/broken.json" };
  guint n_progress = 0;
  guint n_datasets;
  int port;

  soup_server_add_handler (server, NULL, serve, NULL, NULL);
  g_assert_true (soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  port = g_uri_get_port (uris->data);

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char *url = g_strdup_printf ("http://127.0.0.1:%d%s", port, paths[i]);

      g_assert_true (sl_store_add_market_feed (store, url, &error));
      g_assert_no_error (error);
    }

  n_datasets = query_int (f->path, "SELECT count(*) FROM market_datasets");

  sl_market_refresh_async (store, fetcher, count_progress, &n_progress, NULL, on_refreshed, &refresh);
  while (refresh == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (refresh->n_feeds, ==, 3);
  g_assert_cmpuint (refresh->n_updated, ==, 1);
  g_assert_cmpuint (refresh->n_failed, ==, 2);
  g_assert_cmpuint (n_progress, ==, 3);
  g_assert_nonnull (strstr (g_ptr_array_index (refresh->errors, 0), "404"));
  g_assert_nonnull (strstr (g_ptr_array_index (refresh->errors, 1), "p75"));
  g_clear_pointer (&refresh, sl_market_refresh_free);

  /* One new data set; each feed's result is on record. */
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM market_datasets"), ==, n_datasets + 1);
  feeds = sl_store_list_market_feeds (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < feeds->len; i++)
    {
      SlMarketFeed *feed = g_ptr_array_index (feeds, i);

      g_assert_cmpint (feed->checked, >, 0);
      g_assert_cmpint (feed->ok, ==, g_str_has_suffix (feed->url, "/good.json"));
    }

  /* Again: the good feed is unchanged or refetched, never doubled up in a
   * failure; the broken ones still store nothing. */
  sl_market_refresh_async (store, fetcher, NULL, NULL, NULL, on_refreshed, &refresh);
  while (refresh == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (refresh->n_failed, ==, 2);
  g_assert_cmpuint (refresh->n_updated + refresh->n_unchanged, ==, 1);
  g_clear_pointer (&refresh, sl_market_refresh_free);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/market-refresh/feeds", Fixture, NULL, fixture_set_up, test_refresh, fixture_tear_down);

  return g_test_run ();
}
