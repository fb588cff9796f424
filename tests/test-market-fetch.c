/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-market-fetch.c: market feeds fetched from a SoupServer on 127.0.0.1 */

#define G_LOG_DOMAIN "shortlist-test-market-fetch"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>
#include <libsoup/soup.h>

#include "sl-market-fetch.h"
#include "sl-store.h"

/* The server runs in a thread with a main context of its own, so that the
 * synchronous API, which iterates a private context, can be tested as the
 * command line uses it. */

#define HEAD \
  "{\"format\": \"shortlist-market/1\", \"source\": \"Test survey\", " \
  "\"as_of\": \"2024-12-31\", \"currency\": \"USD\", \"entries\": ["
#define TAIL "]}"
#define GOOD_ENTRY "{\"role\": \"VP of Data\", \"component\": \"base\", \"mean\": 200000}"
#define ONE_ENTRY(entry) HEAD entry TAIL
#define GOOD_DOCUMENT ONE_ENTRY (GOOD_ENTRY)

#define ETAG "\"v1\""
#define LAST_MODIFIED "Tue, 31 Dec 2024 12:00:00 GMT"

/* 7.2 MB as the messages count them, to be refused from its header. */
#define DECLARED_BIG_BYTES ((gsize) (7.2 * 1024 * 1024))

typedef struct
{
  GThread *thread;
  GMainContext *context;
  GMainLoop *loop;
  SoupServer *server;
  guint port;

  GMutex lock;
  GCond cond;
  gboolean started;
  GHashTable *documents;  /* path → GBytes, served with an ETag */
  GBytes *declared_big;
  char *user_agent;       /* of the last request */
  guint n_requests;
} Server;

static Server server;

/* A response that never stops coming, one byte every 200 ms. */
typedef struct
{
  SoupServerMessage *msg;
  GSource *source;
  guint n_sent;
} Drip;

static void
drip_finished (SoupServerMessage *msg,
               gpointer           user_data)
{
  Drip *drip = user_data;

  g_source_destroy (drip->source);
  g_source_unref (drip->source);
  g_free (drip);
}

static gboolean
drip_byte (gpointer user_data)
{
  Drip *drip = user_data;
  SoupMessageBody *body = soup_server_message_get_response_body (drip->msg);

  soup_message_body_append (body, SOUP_MEMORY_STATIC, " ", 1);

  /* Enough bytes for any deadline a test sets; ended after that so that
   * nothing drips forever if a client never hangs up. */
  if (++drip->n_sent == 50)
    soup_message_body_complete (body);

  soup_server_message_unpause (drip->msg);

  return drip->n_sent < 50 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static void
serve_drip (SoupServerMessage *msg)
{
  Drip *drip = g_new0 (Drip, 1);

  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_message_headers_set_encoding (soup_server_message_get_response_headers (msg),
                                     SOUP_ENCODING_CHUNKED);

  drip->msg = msg;
  drip->source = g_timeout_source_new (200);
  g_source_set_callback (drip->source, drip_byte, drip, NULL);
  g_source_attach (drip->source, server.context);
  g_signal_connect (msg, "finished", G_CALLBACK (drip_finished), drip);

  soup_server_message_pause (msg);
}

/* 100 KiB without a Content-Length, so that only the cap on what is read
 * can stop it. */
static void
serve_chunked_big (SoupServerMessage *msg)
{
  SoupMessageBody *body = soup_server_message_get_response_body (msg);
  g_autofree char *chunk = g_malloc (10 * 1024);

  memset (chunk, ' ', 10 * 1024);
  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_message_headers_set_encoding (soup_server_message_get_response_headers (msg),
                                     SOUP_ENCODING_CHUNKED);
  for (guint i = 0; i < 10; i++)
    soup_message_body_append (body, SOUP_MEMORY_COPY, chunk, 10 * 1024);
  soup_message_body_complete (body);
}

static void
serve_document (SoupServerMessage *msg,
                GBytes            *document)
{
  SoupMessageHeaders *request = soup_server_message_get_request_headers (msg);
  SoupMessageHeaders *response = soup_server_message_get_response_headers (msg);
  const char *if_none_match = soup_message_headers_get_one (request, "If-None-Match");

  soup_message_headers_replace (response, "ETag", ETAG);
  soup_message_headers_replace (response, "Last-Modified", LAST_MODIFIED);

  if (g_strcmp0 (if_none_match, ETAG) == 0)
    {
      soup_server_message_set_status (msg, SOUP_STATUS_NOT_MODIFIED, NULL);
      return;
    }

  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY,
                                    g_bytes_get_data (document, NULL),
                                    g_bytes_get_size (document));
}

static void
handle (SoupServer        *soup_server,
        SoupServerMessage *msg,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  SoupMessageHeaders *request = soup_server_message_get_request_headers (msg);
  g_autoptr(GBytes) document = NULL;
  g_autoptr(GBytes) declared_big = NULL;

  g_mutex_lock (&server.lock);
  server.n_requests++;
  g_free (server.user_agent);
  server.user_agent = g_strdup (soup_message_headers_get_one (request, "User-Agent"));
  document = g_hash_table_lookup (server.documents, path);
  if (document != NULL)
    g_bytes_ref (document);
  declared_big = g_bytes_ref (server.declared_big);
  g_mutex_unlock (&server.lock);

  if (g_str_has_prefix (path, "/status/"))
    {
      soup_server_message_set_status (msg, atoi (path + strlen ("/status/")), NULL);
    }
  else if (strcmp (path, "/long-reason") == 0)
    {
      g_autofree char *reason = g_strnfill (200, 'x');

      soup_server_message_set_status (msg, SOUP_STATUS_SERVICE_UNAVAILABLE, reason);
    }
  else if (strcmp (path, "/loop") == 0)
    {
      soup_server_message_set_redirect (msg, SOUP_STATUS_FOUND, "/loop");
    }
  else if (g_str_has_prefix (path, "/hop/"))
    {
      /* /hop/N is N redirects away from a good document. */
      int n = atoi (path + strlen ("/hop/"));
      g_autofree char *next = g_strdup_printf ("/hop/%d", n - 1);

      if (n > 0)
        {
          soup_server_message_set_redirect (msg, SOUP_STATUS_MOVED_PERMANENTLY, next);
        }
      else
        {
          soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
          soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_STATIC,
                                            GOOD_DOCUMENT, strlen (GOOD_DOCUMENT));
        }
    }
  else if (strcmp (path, "/insecure") == 0)
    {
      soup_server_message_set_redirect (msg, SOUP_STATUS_FOUND, "http://example.com/");
    }
  else if (strcmp (path, "/ftp") == 0)
    {
      soup_server_message_set_redirect (msg, SOUP_STATUS_FOUND, "ftp://127.0.0.1/feed.json");
    }
  else if (strcmp (path, "/drip") == 0)
    {
      serve_drip (msg);
    }
  else if (strcmp (path, "/chunked-big") == 0)
    {
      serve_chunked_big (msg);
    }
  else if (strcmp (path, "/declared-big") == 0)
    {
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY,
                                        g_bytes_get_data (declared_big, NULL),
                                        g_bytes_get_size (declared_big));
    }
  else if (document != NULL)
    {
      serve_document (msg, document);
    }
  else
    {
      soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
    }
}

static gpointer
server_thread (gpointer user_data)
{
  g_autoptr(GError) error = NULL;
  GSList *uris;

  g_main_context_push_thread_default (server.context);

  server.server = soup_server_new ("server-header", "shortlist-test ", NULL);
  soup_server_add_handler (server.server, NULL, handle, NULL, NULL);
  soup_server_listen_local (server.server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);

  uris = soup_server_get_uris (server.server);
  g_assert_nonnull (uris);

  g_mutex_lock (&server.lock);
  server.port = g_uri_get_port (uris->data);
  server.started = TRUE;
  g_cond_signal (&server.cond);
  g_mutex_unlock (&server.lock);

  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  g_main_loop_run (server.loop);

  soup_server_disconnect (server.server);
  g_clear_object (&server.server);
  g_main_context_pop_thread_default (server.context);

  return NULL;
}

static void
server_start (void)
{
  g_mutex_init (&server.lock);
  g_cond_init (&server.cond);
  server.context = g_main_context_new ();
  server.loop = g_main_loop_new (server.context, FALSE);
  server.thread = g_thread_new ("test-server", server_thread, NULL);

  g_mutex_lock (&server.lock);
  while (!server.started)
    g_cond_wait (&server.cond, &server.lock);
  g_mutex_unlock (&server.lock);
}

static void
server_stop (void)
{
  g_main_loop_quit (server.loop);
  g_thread_join (server.thread);
  g_main_loop_unref (server.loop);
  g_main_context_unref (server.context);
  g_hash_table_unref (server.documents);
  g_bytes_unref (server.declared_big);
  g_free (server.user_agent);
  g_cond_clear (&server.cond);
  g_mutex_clear (&server.lock);
}

static void
server_add_document (const char *path,
                     const char *json)
{
  g_hash_table_insert (server.documents, g_strdup (path), g_bytes_new (json, strlen (json)));
}

static guint
server_get_n_requests (void)
{
  guint n;

  g_mutex_lock (&server.lock);
  n = server.n_requests;
  g_mutex_unlock (&server.lock);

  return n;
}

static char *
server_url (const char *path)
{
  return g_strdup_printf ("http://127.0.0.1:%u%s", server.port, path);
}

/* Every fetch ends within its deadline and a second, failed or not, and
 * says why it failed in the log. */
static SlMarketFetch *
fetch_timed (SlMarketFetcher  *fetcher,
             const char       *url,
             const char       *etag,
             guint             deadline,
             GError          **error)
{
  gint64 start = g_get_monotonic_time ();
  SlMarketFetch *fetch;

  fetch = sl_market_fetcher_fetch (fetcher, url, etag, NULL, NULL, error);

  g_assert_cmpint (g_get_monotonic_time () - start, <=, (gint64) (deadline + 1) * G_USEC_PER_SEC);
  if (fetch == NULL)
    g_test_message ("%s -> %s", url, (*error)->message);

  return fetch;
}

static void
assert_message_has (const GError *error,
                    const char   *needle)
{
  if (strstr (error->message, needle) == NULL)
    g_error ("message \"%s\" does not contain \"%s\"", error->message, needle);
}

/* Fetches @path from the test server and expects it to fail with the
 * given error, in a message that starts with the host. */
static void
assert_path_fails (SlMarketFetcher *fetcher,
                   const char      *path,
                   GQuark           domain,
                   int              code,
                   const char      *fragment)
{
  g_autofree char *url = server_url (path);
  g_autoptr(SlMarketFetch) fetch = NULL;
  g_autoptr(GError) error = NULL;

  fetch = fetch_timed (fetcher, url, NULL, SL_MARKET_FETCH_DEFAULT_DEADLINE, &error);

  g_assert_null (fetch);
  g_assert_error (error, domain, code);
  g_assert_true (g_str_has_prefix (error->message, "127.0.0.1: "));
  assert_message_has (error, fragment);
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);

      g_unlink (child);
    }
  g_rmdir (dir);
}

static guint
count_datasets (SlStore *store)
{
  g_autoptr(GPtrArray) datasets = NULL;
  g_autoptr(GError) error = NULL;

  datasets = sl_store_list_market_datasets (store, &error);
  g_assert_no_error (error);

  return datasets->len;
}

/* What a refresh does with a feed: fetch it, and import what it found.
 * A feed that fails must leave the database as it was. */
static void
assert_nothing_imported (const char *path,
                         GQuark      domain,
                         int         code,
                         const char *fragment)
{
  g_autoptr(SlMarketFetcher) fetcher = sl_market_fetcher_new ();
  g_autofree char *url = server_url (path);
  g_autofree char *dir = NULL;
  g_autofree char *db = NULL;
  g_autoptr(SlStore) store = NULL;
  g_autoptr(SlMarketFetch) fetch = NULL;
  g_autoptr(GError) error = NULL;
  guint before;

  dir = g_dir_make_tmp ("shortlist-fetch-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (dir, "test.db", NULL);
  store = sl_store_open (db, &error);
  g_assert_no_error (error);

  /* The built-in data set, imported when the database is created. */
  before = count_datasets (store);
  g_assert_cmpuint (before, ==, 1);

  fetch = fetch_timed (fetcher, url, NULL, SL_MARKET_FETCH_DEFAULT_DEADLINE, &error);
  if (fetch != NULL && fetch->document != NULL)
    g_assert_cmpint (sl_store_import_market (store, fetch->document, FALSE, NULL), >, 0);

  g_assert_null (fetch);
  g_assert_error (error, domain, code);
  assert_message_has (error, fragment);
  g_assert_cmpuint (count_datasets (store), ==, before);

  g_clear_object (&store);
  remove_dir (dir);
}

static void
test_valid_document (void)
{
  g_autoptr(SlMarketFetcher) fetcher = sl_market_fetcher_new ();
  g_autofree char *url = server_url ("/good.json");
  g_autoptr(SlMarketFetch) fetch = NULL;
  g_autoptr(SlMarketFetch) again = NULL;
  g_autoptr(GError) error = NULL;
  SlMarketEntry *entry;

  fetch = fetch_timed (fetcher, url, NULL, SL_MARKET_FETCH_DEFAULT_DEADLINE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fetch);
  g_assert_cmpstr (fetch->url, ==, url);
  g_assert_nonnull (fetch->document);
  g_assert_cmpstr (fetch->document->source, ==, "Test survey");
  g_assert_cmpuint (fetch->document->entries->len, ==, 1);
  entry = g_ptr_array_index (fetch->document->entries, 0);
  g_assert_cmpstr (entry->role, ==, "VP of Data");
  g_assert_cmpstr (fetch->etag, ==, ETAG);
  g_assert_cmpstr (fetch->last_modified, ==, LAST_MODIFIED);
  g_assert_cmpuint (fetch->n_bytes, ==, strlen (GOOD_DOCUMENT));

  /* The same again, told what was fetched: nothing to read. */
  again = fetch_timed (fetcher, url, fetch->etag, SL_MARKET_FETCH_DEFAULT_DEADLINE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);
  g_assert_null (again->document);
  g_assert_cmpstr (again->etag, ==, ETAG);
  g_assert_cmpstr (again->last_modified, ==, LAST_MODIFIED);
  g_assert_cmpuint (again->n_bytes, ==, 0);
}

static void
test_not_modified_keeps_validators (void)
{
  g_autoptr(SlMarketFetcher) fetcher = sl_market_fetcher_new ();
  g_autofree char *url = server_url ("/good.json");
  g_autoptr(SlMarketFetch) fetch = NULL;
  g_autoptr(GError) error = NULL;

  /* The server repeats its validators with the 304; when a server does
   * not, the ones given are carried over. Either way they are there. */
  fetch = sl_market_fetcher_fetch (fetcher, url, ETAG, LAST_MODIFIED, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (fetch->document);
  g_assert_cmpstr (fetch->etag, ==, ETAG);
  g_assert_cmpstr (fetch->last_modified, ==, LAST_MODIFIED);
}

static void
test_localhost (void)
{
  g_autoptr(SlMarketFetcher) fetcher = sl_market_fetcher_new ();
  g_autofree char *url = g_strdup_printf ("http://localhost:%u/good.json", server.port);
  g_autoptr(SlMarketFetch) fetch = NULL;
  g_autoptr(GError) error = NULL;

  fetch = fetch_timed (fetcher, url, NULL, SL_MARKET_FETCH_DEFAULT_DEADLINE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fetch->document);
}

static void
test_user_agent (void)
{
  g_autoptr(SlMarketFetcher) fetcher = sl_market_fetcher_new ();
  g_autofree char *url = server_url ("/good.json");
  g_autoptr(SlMarketFetch) fetch = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *user_agent = NULL;

  fetch = fetch_timed (fetcher, url, NULL, SL_MARKET_FETCH_DEFAULT_DEADLINE, &error);
  g_assert_no_error (error);

  g_mutex_lock (&server.lock);
  user_agent = g_strdup (server.user_agent);
  g_mutex_unlock (&server.lock);

  g_test_message ("User-Agent: %s", user_agent);
  g_assert_true (g_str_has_prefix (user_agent, "Shortlist/"));
}

static void
test_status (void)
{
  g_autoptr(SlMarketFetcher) fetcher = sl_market_fetcher_new ();

  assert_path_fails (fetcher, "/status/404", SL_MARKET_FETCH_ERROR, SL_MARKET_FETCH_ERROR_HTTP,
                     "the server answered 404 Not Found");
  assert_path_fails (fetcher, "/status/500", SL_MARKET_FETCH_ERROR, SL_MARKET_FETCH_ERROR_HTTP,
                     "the server answered 500 Internal Server Error");
  assert_nothing_imported ("/status/404", SL_MARKET_FETCH_ERROR, SL_MARKET_FETCH_ERROR_HTTP,
                           "404 Not Found");

  /* A server's own reason is repeated, but not at any length. */
  assert_path_fails (fetcher, "/long-reason", SL_MARKET_FETCH_ERROR, SL_MARKET_FETCH_ERROR_HTTP,
                     "the server answered 503 xxxxxxxxxx");
}

static void
test_deadline (void)
{
  g_autoptr(SlMarketFetcher) fetcher = sl_market_fetcher_new ();
  g_autofree char *url = server_url ("/drip");
  g_autoptr(SlMarketFetch) fetch = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  /* Bytes keep coming, each well within the socket timeout: only the
   * deadline of the whole fetch can end it. */
  sl_market_fetcher_set_deadline (fetcher, 1);
  fetch = fetch_timed (fetcher, url, NULL, 1, &error);
  g_assert_null (fetch);
  g_assert_error (error, SL_MARKET_FETCH_ERROR, SL_MARKET_FETCH_ERROR_TIMED_OUT);
  g_assert_cmpstr (error->message, ==, "127.0.0.1: no complete answer within 1 second");

  /* And not much before it either. */
  g_assert_cmpint (g_get_monotonic_time () - start, >=, G_USEC_PER_SEC * 9 / 10);
}

static void
on_fetched (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static gboolean
cancel_later (gpointer user_data)
{
  g_cancellable_cancel (user_data);

  return G_SOURCE_REMOVE;
}

static void
test_cancelled (void)
{
  g_autoptr(SlMarketFetcher) fetcher = sl_market_fetcher_new ();
  g_autofree char *url = server_url ("/drip");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(SlMarketFetch) fetch = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  guint n_requests;

  /* The caller's cancellation is not a deadline: it says cancelled. */
  sl_market_fetcher_set_deadline (fetcher, 5);
  sl_market_fetcher_fetch_async (fetcher, url, NULL, NULL, cancellable, on_fetched, &result);
  g_timeout_add (300, cancel_later, cancellable);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  fetch = sl_market_fetcher_fetch_finish (fetcher, result, &error);
  g_assert_null (fetch);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_str_has_prefix (error->message, "127.0.0.1: "));
  g_test_message ("%s -> %s", url, error->message);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
  g_clear_error (&error);

  /* Cancelled before it starts: not even a connection. */
  n_requests = server_get_n_requests ();
  fetch = sl_market_fetcher_fetch (fetcher, url, NULL, NULL, cancellable, &error);
  g_assert_null (fetch);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (server_get_n_requests (), ==, n_requests);
}

static void
test_too_large (void)
{
  g_autoptr(SlMarketFetcher) fetcher = sl_market_fetcher_new ();

  /* The default cap, told by Content-Length before the body is read. */
  assert_path_fails (fetcher, "/declared-big", SL_MARKET_FETCH_ERROR,
                     SL_MARKET_FETCH_ERROR_TOO_LARGE,
                     "the response is 7.2 MB, over the 5 MB limit");
  assert_nothing_imported ("/declared-big", SL_MARKET_FETCH_ERROR,
                           SL_MARKET_FETCH_ERROR_TOO_LARGE, "over the 5 MB limit");

  /* A body without a length, cut off where the cap is passed. */
  sl_market_fetcher_set_max_bytes (fetcher, 64 * 1024);
  assert_path_fails (fetcher, "/chunked-big", SL_MARKET_FETCH_ERROR,
                     SL_MARKET_FETCH_ERROR_TOO_LARGE,
                     "127.0.0.1: the response is over the 0.06 MB limit");

  /* A declared length over a cap of a test's size. */
  assert_path_fails (fetcher, "/big-document.json", SL_MARKET_FETCH_ERROR,
                     SL_MARKET_FETCH_ERROR_TOO_LARGE,
                     "the response is 0.10 MB, over the 0.06 MB limit");
}

static void
test_redirects (void)
{
  g_autoptr(SlMarketFetcher) fetcher = sl_market_fetcher_new ();
  g_autofree char *five = server_url ("/hop/5");
  g_autoptr(SlMarketFetch) fetch = NULL;
  g_autoptr(GError) error = NULL;
  guint n_requests;

  fetch = fetch_timed (fetcher, five, NULL, SL_MARKET_FETCH_DEFAULT_DEADLINE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fetch->document);

  assert_path_fails (fetcher, "/hop/6", SL_MARKET_FETCH_ERROR, SL_MARKET_FETCH_ERROR_REDIRECTS,
                     "127.0.0.1: more than 5 redirects");
  assert_path_fails (fetcher, "/loop", SL_MARKET_FETCH_ERROR, SL_MARKET_FETCH_ERROR_REDIRECTS,
                     "127.0.0.1: more than 5 redirects");

  /* Refused without going there: one request, to the server that
   * redirected. */
  n_requests = server_get_n_requests ();
  assert_path_fails (fetcher, "/insecure", SL_MARKET_FETCH_ERROR, SL_MARKET_FETCH_ERROR_INSECURE,
                     "redirected to http://example.com/");
  g_assert_cmpuint (server_get_n_requests (), ==, n_requests + 1);

  assert_path_fails (fetcher, "/ftp", SL_MARKET_FETCH_ERROR, SL_MARKET_FETCH_ERROR_BAD_URL,
                     "redirected to ftp://127.0.0.1/feed.json");
  assert_nothing_imported ("/loop", SL_MARKET_FETCH_ERROR, SL_MARKET_FETCH_ERROR_REDIRECTS,
                           "more than 5 redirects");
}

typedef struct
{
  const char *name;
  const char *json;
  int code;
  const char *fragment;
} BadDocument;

static const BadDocument bad_documents[] = {
  { "invalid-json", "{\"format\": ", SL_MARKET_ERROR_INVALID, "not valid JSON" },
  { "array", "[" GOOD_ENTRY "]", SL_MARKET_ERROR_INVALID, "not a JSON object" },
  { "no-format",
    "{\"source\": \"S\", \"as_of\": \"2024-12-31\", \"currency\": \"USD\", "
    "\"entries\": [" GOOD_ENTRY "]}",
    SL_MARKET_ERROR_INVALID, "format" },
  { "no-source",
    "{\"format\": \"shortlist-market/1\", \"as_of\": \"2024-12-31\", \"currency\": \"USD\", "
    "\"entries\": [" GOOD_ENTRY "]}",
    SL_MARKET_ERROR_INVALID, "source is missing" },
  { "no-as-of",
    "{\"format\": \"shortlist-market/1\", \"source\": \"S\", \"currency\": \"USD\", "
    "\"entries\": [" GOOD_ENTRY "]}",
    SL_MARKET_ERROR_INVALID, "as_of is missing" },
  { "no-currency",
    "{\"format\": \"shortlist-market/1\", \"source\": \"S\", \"as_of\": \"2024-12-31\", "
    "\"entries\": [" GOOD_ENTRY "]}",
    SL_MARKET_ERROR_INVALID, "currency is missing" },
  { "no-entries",
    "{\"format\": \"shortlist-market/1\", \"source\": \"S\", \"as_of\": \"2024-12-31\", "
    "\"currency\": \"USD\"}",
    SL_MARKET_ERROR_INVALID, "entries is missing" },
  { "source-not-string",
    "{\"format\": \"shortlist-market/1\", \"source\": 5, \"as_of\": \"2024-12-31\", "
    "\"currency\": \"USD\", \"entries\": [" GOOD_ENTRY "]}",
    SL_MARKET_ERROR_INVALID, "source must be" },
  { "entries-not-array",
    "{\"format\": \"shortlist-market/1\", \"source\": \"S\", \"as_of\": \"2024-12-31\", "
    "\"currency\": \"USD\", \"entries\": {}}",
    SL_MARKET_ERROR_INVALID, "entries must be an array" },
  { "mean-not-number",
    ONE_ENTRY ("{\"role\": \"R\", \"component\": \"base\", \"mean\": \"lots\"}"),
    SL_MARKET_ERROR_INVALID, "mean" },
  { "negative",
    ONE_ENTRY ("{\"role\": \"R\", \"component\": \"base\", \"mean\": -5}"),
    SL_MARKET_ERROR_INVALID, "must be above zero" },
  { "not-finite",
    ONE_ENTRY ("{\"role\": \"R\", \"component\": \"base\", \"mean\": 1e999}"),
    SL_MARKET_ERROR_INVALID, "mean" },
  { "decreasing",
    ONE_ENTRY ("{\"role\": \"R\", \"component\": \"base\", "
               "\"percentiles\": {\"p50\": 200000, \"p75\": 150000}}"),
    SL_MARKET_ERROR_INVALID, "p75 (150000) is below p50 (200000)" },
  { "min-above-max",
    ONE_ENTRY ("{\"role\": \"R\", \"component\": \"base\", "
               "\"range\": {\"min\": 300000, \"max\": 200000}}"),
    SL_MARKET_ERROR_INVALID, "min is above max" },
  { "bad-currency",
    "{\"format\": \"shortlist-market/1\", \"source\": \"S\", \"as_of\": \"2024-12-31\", "
    "\"currency\": \"usd$\", \"entries\": [" GOOD_ENTRY "]}",
    SL_MARKET_ERROR_INVALID, "currency: \"usd$\" is not a currency code" },
  { "bad-date",
    "{\"format\": \"shortlist-market/1\", \"source\": \"S\", \"as_of\": \"2024-13-45\", "
    "\"currency\": \"USD\", \"entries\": [" GOOD_ENTRY "]}",
    SL_MARKET_ERROR_INVALID, "as_of: \"2024-13-45\" is not a date" },
};

static void
test_bad_document (gconstpointer data)
{
  const BadDocument *bad = data;
  g_autoptr(SlMarketFetcher) fetcher = sl_market_fetcher_new ();
  g_autofree char *path = g_strdup_printf ("/bad/%s.json", bad->name);

  assert_path_fails (fetcher, path, SL_MARKET_ERROR, bad->code, bad->fragment);
}

static void
test_bad_document_not_imported (void)
{
  assert_nothing_imported ("/bad/decreasing.json", SL_MARKET_ERROR, SL_MARKET_ERROR_INVALID,
                           "is below p50");
}

static void
test_too_many_entries (void)
{
  g_autoptr(SlMarketFetcher) fetcher = sl_market_fetcher_new ();

  assert_path_fails (fetcher, "/too-many.json", SL_MARKET_ERROR, SL_MARKET_ERROR_TOO_LARGE,
                     "10001 entries");
}

static void
test_insecure (void)
{
  g_autoptr(SlMarketFetcher) fetcher = sl_market_fetcher_new ();
  g_autoptr(SlMarketFetch) fetch = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  /* Refused from the address alone: no name is looked up, nothing is
   * sent, so it is over at once. */
  fetch = fetch_timed (fetcher, "http://example.com/feed.json", NULL, 0, &error);
  g_assert_null (fetch);
  g_assert_error (error, SL_MARKET_FETCH_ERROR, SL_MARKET_FETCH_ERROR_INSECURE);
  g_assert_true (g_str_has_prefix (error->message, "example.com: "));
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 2);
  g_clear_error (&error);

  /* Upper case and a loopback look-alike are still plain http elsewhere. */
  fetch = fetch_timed (fetcher, "HTTP://127.0.0.1.example.com/feed.json", NULL, 0, &error);
  g_assert_null (fetch);
  g_assert_error (error, SL_MARKET_FETCH_ERROR, SL_MARKET_FETCH_ERROR_INSECURE);
}

static void
test_loopback_addresses (void)
{
  g_autoptr(SlMarketFetcher) fetcher = sl_market_fetcher_new ();
  const char *urls[] = { "http://[::1]:%u/good.json", "http://127.0.0.2:%u/good.json" };

  /* Plain http is allowed to any loopback address: these get as far as
   * connecting, where nothing listens. */
  for (guint i = 0; i < G_N_ELEMENTS (urls); i++)
    {
      g_autofree char *url = g_strdup_printf (urls[i], server.port);
      g_autoptr(SlMarketFetch) fetch = NULL;
      g_autoptr(GError) error = NULL;

      fetch = fetch_timed (fetcher, url, NULL, SL_MARKET_FETCH_DEFAULT_DEADLINE, &error);
      g_assert_null (fetch);
      g_assert_error (error, SL_MARKET_FETCH_ERROR, SL_MARKET_FETCH_ERROR_NETWORK);
    }
}

static void
test_bad_url (void)
{
  g_autoptr(SlMarketFetcher) fetcher = sl_market_fetcher_new ();
  const char *urls[] = { "ftp://example.com/feed.json", "not a url", "https:///feed.json" };

  for (guint i = 0; i < G_N_ELEMENTS (urls); i++)
    {
      g_autoptr(SlMarketFetch) fetch = NULL;
      g_autoptr(GError) error = NULL;

      fetch = fetch_timed (fetcher, urls[i], NULL, 0, &error);
      g_assert_null (fetch);
      g_assert_error (error, SL_MARKET_FETCH_ERROR, SL_MARKET_FETCH_ERROR_BAD_URL);
    }
}

static void
test_connection_refused (void)
{
  g_autoptr(SlMarketFetcher) fetcher = sl_market_fetcher_new ();
  g_autoptr(SoupServer) closed = soup_server_new (NULL, NULL);
  g_autoptr(SlMarketFetch) fetch = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  GSList *uris;

  /* A port that was just free, and is again. */
  soup_server_listen_local (closed, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (closed);
  url = g_strdup_printf ("http://127.0.0.1:%d/feed.json", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  soup_server_disconnect (closed);
  g_clear_object (&closed);

  fetch = fetch_timed (fetcher, url, NULL, SL_MARKET_FETCH_DEFAULT_DEADLINE, &error);
  g_assert_null (fetch);
  g_assert_error (error, SL_MARKET_FETCH_ERROR, SL_MARKET_FETCH_ERROR_NETWORK);
  g_assert_true (g_str_has_prefix (error->message, "127.0.0.1: "));
}

static char *
build_too_many (void)
{
  GString *json = g_string_new (HEAD);

  for (guint i = 0; i <= SL_MARKET_MAX_ENTRIES; i++)
    {
      if (i > 0)
        g_string_append (json, ", ");
      g_string_append (json, GOOD_ENTRY);
    }
  g_string_append (json, TAIL);

  return g_string_free (json, FALSE);
}

/* A valid document padded with spaces to 100 KiB. */
static char *
build_padded (gsize size)
{
  GString *json = g_string_new (GOOD_DOCUMENT);

  while (json->len < size)
    g_string_append_c (json, ' ');

  return g_string_free (json, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *too_many = build_too_many ();
  g_autofree char *padded = build_padded (100 * 1024);
  g_autofree char *declared_big = build_padded (DECLARED_BIG_BYTES);
  int status;

  /* Messages are UTF-8, and the log should show them as they are. */
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  server.documents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) g_bytes_unref);
  server.declared_big = g_bytes_new (declared_big, DECLARED_BIG_BYTES);
  server_add_document ("/good.json", GOOD_DOCUMENT);
  server_add_document ("/too-many.json", too_many);
  server_add_document ("/big-document.json", padded);
  for (guint i = 0; i < G_N_ELEMENTS (bad_documents); i++)
    {
      g_autofree char *path = g_strdup_printf ("/bad/%s.json", bad_documents[i].name);

      server_add_document (path, bad_documents[i].json);
    }
  server_start ();

  g_test_add_func ("/market-fetch/valid-document", test_valid_document);
  g_test_add_func ("/market-fetch/not-modified", test_not_modified_keeps_validators);
  g_test_add_func ("/market-fetch/localhost", test_localhost);
  g_test_add_func ("/market-fetch/user-agent", test_user_agent);
  g_test_add_func ("/market-fetch/status", test_status);
  g_test_add_func ("/market-fetch/deadline", test_deadline);
  g_test_add_func ("/market-fetch/cancelled", test_cancelled);
  g_test_add_func ("/market-fetch/too-large", test_too_large);
  g_test_add_func ("/market-fetch/redirects", test_redirects);
  for (guint i = 0; i < G_N_ELEMENTS (bad_documents); i++)
    {
      g_autofree char *name = g_strdup_printf ("/market-fetch/bad-document/%s",
                                               bad_documents[i].name);

      g_test_add_data_func (name, &bad_documents[i], test_bad_document);
    }
  g_test_add_func ("/market-fetch/bad-document-not-imported", test_bad_document_not_imported);
  g_test_add_func ("/market-fetch/too-many-entries", test_too_many_entries);
  g_test_add_func ("/market-fetch/insecure", test_insecure);
  g_test_add_func ("/market-fetch/loopback-addresses", test_loopback_addresses);
  g_test_add_func ("/market-fetch/bad-url", test_bad_url);
  g_test_add_func ("/market-fetch/connection-refused", test_connection_refused);

  status = g_test_run ();

  server_stop ();

  return status;
}
