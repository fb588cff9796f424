/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-market-fetch.c: market data feeds over HTTPS, with libsoup */

#define G_LOG_DOMAIN "shortlist-market"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <libsoup/soup.h>

#include "sl-market-fetch.h"

/* A feed is data from someone else's server, so every fetch is bounded: by
 * a deadline over the whole exchange, by a cap on the body, by a number of
 * redirects, and by https for anything that leaves this computer. Each
 * failure names the feed's host, because the user may have several feeds
 * and needs to know which one failed. */

/* Big enough that a 5 MiB document takes few reads, small enough that the
 * cap is noticed soon after it is passed. */
#define READ_CHUNK_SIZE (64 * 1024)

/* How much of a reason phrase a server chose is repeated to the user. */
#define REASON_MAX_CHARS 60

struct _SlMarketFetcher
{
  GObject parent_instance;

  SoupSession *session;
  GMainContext *sync_context;  /* for sl_market_fetcher_fetch() */
  guint deadline;     /* seconds */
  gsize max_bytes;
};

G_DEFINE_FINAL_TYPE (SlMarketFetcher, sl_market_fetcher, G_TYPE_OBJECT)

G_DEFINE_QUARK (sl-market-fetch-error-quark, sl_market_fetch_error)

typedef struct
{
  char *url;
  char *host;               /* of @url: what every message starts with */
  char *etag;
  char *last_modified;
  GUri *uri;                /* where the current request goes */
  guint n_redirects;
  guint deadline;
  gsize max_bytes;

  /* Cancelled by the deadline or by the caller's cancellable; the flag
   * says which, because only the caller's is a cancellation. */
  GCancellable *cancellable;
  GSource *deadline_source;
  GSource *caller_source;
  gboolean timed_out;

  SoupMessage *message;
  GInputStream *stream;
  GByteArray *body;
} Fetch;

static void send_request (GTask *task);

static void
fetch_stop_clock (Fetch *fetch)
{
  if (fetch->deadline_source != NULL)
    {
      g_source_destroy (fetch->deadline_source);
      g_clear_pointer (&fetch->deadline_source, g_source_unref);
    }

  if (fetch->caller_source != NULL)
    {
      g_source_destroy (fetch->caller_source);
      g_clear_pointer (&fetch->caller_source, g_source_unref);
    }
}

static void
fetch_free (Fetch *fetch)
{
  fetch_stop_clock (fetch);
  g_free (fetch->url);
  g_free (fetch->host);
  g_free (fetch->etag);
  g_free (fetch->last_modified);
  g_clear_pointer (&fetch->uri, g_uri_unref);
  g_clear_object (&fetch->cancellable);
  g_clear_object (&fetch->message);
  g_clear_object (&fetch->stream);
  g_clear_pointer (&fetch->body, g_byte_array_unref);
  g_free (fetch);
}

/* Ends the exchange before the task: the clock stops so that a deadline
 * cannot fire for a fetch that is already over, and the message is let go
 * while the context it was sent from is still the thread's default, as
 * libsoup requires. */
static void
fetch_end (Fetch *fetch)
{
  fetch_stop_clock (fetch);
  g_clear_object (&fetch->stream);
  g_clear_object (&fetch->message);
}

static void
fetch_return_error (GTask  *task,
                    GError *error)
{
  Fetch *fetch = g_task_get_task_data (task);

  fetch_end (fetch);
  g_task_return_error (task, error);
  g_object_unref (task);
}

static void
fetch_return (GTask         *task,
              SlMarketFetch *result)
{
  Fetch *fetch = g_task_get_task_data (task);

  fetch_end (fetch);
  g_task_return_pointer (task, result, (GDestroyNotify) sl_market_fetch_free);
  g_object_unref (task);
}

/* The deadline is reported as such, the caller's cancellation as a
 * cancellation, and everything else libsoup or GIO says as a network
 * failure in their words. */
static void
fetch_return_io_error (GTask  *task,
                       GError *io_error)
{
  g_autoptr(GError) owned = io_error;
  Fetch *fetch = g_task_get_task_data (task);

  if (fetch->timed_out || g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    {
      fetch_return_error (task,
                          g_error_new (SL_MARKET_FETCH_ERROR, SL_MARKET_FETCH_ERROR_TIMED_OUT,
                                       /* Translators: %s is the host of a feed, such as example.org */
                                       g_dngettext (GETTEXT_PACKAGE,
                                                    "%s: no complete answer within %u second",
                                                    "%s: no complete answer within %u seconds",
                                                    fetch->deadline),
                                       fetch->host, fetch->deadline));
    }
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      fetch_return_error (task,
                          g_error_new (G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                       /* Translators: %s is the host of a feed */
                                       _("%s: the fetch was cancelled"), fetch->host));
    }
  else
    {
      fetch_return_error (task,
                          g_error_new (SL_MARKET_FETCH_ERROR, SL_MARKET_FETCH_ERROR_NETWORK,
                                       /* Translators: %1$s is the host of a feed, %2$s what
                                        * went wrong on the network */
                                       _("%s: %s"), fetch->host, io_error->message));
    }
}

static gboolean
on_deadline (gpointer user_data)
{
  Fetch *fetch = user_data;

  if (!g_cancellable_is_cancelled (fetch->cancellable))
    {
      fetch->timed_out = TRUE;
      g_cancellable_cancel (fetch->cancellable);
    }

  g_clear_pointer (&fetch->deadline_source, g_source_unref);

  return G_SOURCE_REMOVE;
}

/* The caller's cancellable is watched through a source of the task's
 * context rather than a handler: cancelling from another thread then
 * stays safe, and nothing runs inside the caller's g_cancellable_cancel(). */
static gboolean
on_caller_cancelled (GCancellable *caller,
                     gpointer      user_data)
{
  Fetch *fetch = user_data;

  g_cancellable_cancel (fetch->cancellable);
  g_clear_pointer (&fetch->caller_source, g_source_unref);

  return G_SOURCE_REMOVE;
}

static gboolean
is_loopback_host (const char *host)
{
  g_autoptr(GInetAddress) address = NULL;

  if (g_ascii_strcasecmp (host, "localhost") == 0)
    return TRUE;

  address = g_inet_address_new_from_string (host);

  return address != NULL && g_inet_address_get_is_loopback (address);
}

/* Plain http could be read and changed by anyone on the way, so it is only
 * allowed where there is no way: on this computer, for tests and mirrors.
 * @feed_host is NULL for the address the caller gave, and the host of the
 * feed when @uri is where a server redirected to. */
static gboolean
check_address (GUri        *uri,
               const char  *feed_host,
               GError     **error)
{
  const char *scheme = g_uri_get_scheme (uri);
  const char *host = g_uri_get_host (uri);
  g_autofree char *shown = g_uri_to_string_partial (uri, G_URI_HIDE_PASSWORD);
  gboolean https = g_ascii_strcasecmp (scheme, "https") == 0;
  gboolean http = g_ascii_strcasecmp (scheme, "http") == 0;

  if ((!https && !http) || host == NULL || *host == '\0')
    {
      if (feed_host != NULL)
        g_set_error (error, SL_MARKET_FETCH_ERROR, SL_MARKET_FETCH_ERROR_BAD_URL,
                     /* Translators: %1$s is the host of a feed, %2$s an address */
                     _("%s: the server redirected to %s, which is not an http or https address"),
                     feed_host, shown);
      else if (host != NULL && *host != '\0')
        g_set_error (error, SL_MARKET_FETCH_ERROR, SL_MARKET_FETCH_ERROR_BAD_URL,
                     /* Translators: %1$s is the host of a feed, %2$s its address */
                     _("%s: %s is not an http or https address"), host, shown);
      else
        g_set_error (error, SL_MARKET_FETCH_ERROR, SL_MARKET_FETCH_ERROR_BAD_URL,
                     /* Translators: %s is an address that has no host */
                     _("%s: the address has no host"), shown);
      return FALSE;
    }

  if (http && !is_loopback_host (host))
    {
      if (feed_host != NULL)
        g_set_error (error, SL_MARKET_FETCH_ERROR, SL_MARKET_FETCH_ERROR_INSECURE,
                     /* Translators: %1$s is the host of a feed, %2$s an address */
                     _("%s: the server redirected to %s, which does not use https; "
                       "only feeds on this computer may use plain http"),
                     feed_host, shown);
      else
        g_set_error (error, SL_MARKET_FETCH_ERROR, SL_MARKET_FETCH_ERROR_INSECURE,
                     /* Translators: %1$s is the host of a feed, %2$s its address */
                     _("%s: %s does not use https; only feeds on this computer may use plain http"),
                     host, shown);
      return FALSE;
    }

  return TRUE;
}

/* Megabytes as the parser counts them (MiB), whole when they are. */
static char *
format_megabytes (gsize n_bytes)
{
  if (n_bytes % (1024 * 1024) == 0)
    return g_strdup_printf ("%" G_GSIZE_FORMAT, n_bytes / (1024 * 1024));

  return g_strdup_printf (n_bytes < 1024 * 1024 ? "%.2f" : "%.1f",
                          (double) n_bytes / (1024 * 1024));
}

static GError *
too_large_error (Fetch   *fetch,
                 goffset  size)
{
  g_autofree char *limit = format_megabytes (fetch->max_bytes);

  if (size > 0)
    {
      g_autofree char *shown = format_megabytes (size);

      return g_error_new (SL_MARKET_FETCH_ERROR, SL_MARKET_FETCH_ERROR_TOO_LARGE,
                          /* Translators: %1$s is the host of a feed, %2$s and %3$s
                           * numbers of megabytes */
                          _("%s: the response is %s MB, over the %s MB limit"),
                          fetch->host, shown, limit);
    }

  return g_error_new (SL_MARKET_FETCH_ERROR, SL_MARKET_FETCH_ERROR_TOO_LARGE,
                      /* Translators: %1$s is the host of a feed, %2$s a number of megabytes */
                      _("%s: the response is over the %s MB limit"),
                      fetch->host, limit);
}

static char *
dup_header (SoupMessage *message,
            const char  *name)
{
  const char *value = soup_message_headers_get_one (soup_message_get_response_headers (message),
                                                    name);

  return value != NULL && *value != '\0' ? g_strdup (value) : NULL;
}

static void
finish_document (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(SlMarketDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  SlMarketFetch *result;

  document = sl_market_document_parse ((const char *) fetch->body->data, fetch->body->len,
                                       &error);
  if (document == NULL)
    {
      g_prefix_error (&error, "%s: ", fetch->host);
      fetch_return_error (task, g_steal_pointer (&error));
      return;
    }

  result = g_new0 (SlMarketFetch, 1);
  result->url = g_strdup (fetch->url);
  result->document = g_steal_pointer (&document);
  result->etag = dup_header (fetch->message, "ETag");
  result->last_modified = dup_header (fetch->message, "Last-Modified");
  result->n_bytes = fetch->body->len;

  fetch_return (task, result);
}

static void
on_read (GObject      *object,
         GAsyncResult *res,
         gpointer      user_data)
{
  GTask *task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;
  gsize size;

  bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (object), res, &error);
  if (bytes == NULL)
    {
      fetch_return_io_error (task, error);
      return;
    }

  size = g_bytes_get_size (bytes);
  if (size == 0)
    {
      finish_document (task);
      return;
    }

  if (size > fetch->max_bytes - fetch->body->len)
    {
      fetch_return_error (task, too_large_error (fetch, 0));
      return;
    }

  g_byte_array_append (fetch->body, g_bytes_get_data (bytes, NULL), size);

  /* One byte more than the cap allows is enough to know it is passed. */
  g_input_stream_read_bytes_async (fetch->stream,
                                   MIN (READ_CHUNK_SIZE, fetch->max_bytes - fetch->body->len + 1),
                                   G_PRIORITY_DEFAULT, fetch->cancellable, on_read, task);
}

static gboolean
is_redirect (guint status)
{
  return status == SOUP_STATUS_MOVED_PERMANENTLY ||
         status == SOUP_STATUS_FOUND ||
         status == SOUP_STATUS_SEE_OTHER ||
         status == SOUP_STATUS_TEMPORARY_REDIRECT ||
         status == SOUP_STATUS_PERMANENT_REDIRECT;
}

/* The next hop is checked like the first one before it is followed: a
 * feed on https must not be led to plain http, nor anywhere forever. */
static gboolean
follow_redirect (Fetch   *fetch,
                 GError **error)
{
  const char *location;
  g_autoptr(GUri) target = NULL;

  location = soup_message_headers_get_one (soup_message_get_response_headers (fetch->message),
                                           "Location");
  if (location == NULL || *location == '\0')
    {
      g_set_error (error, SL_MARKET_FETCH_ERROR, SL_MARKET_FETCH_ERROR_HTTP,
                   /* Translators: %1$s is the host of a feed, %2$u an HTTP status code */
                   _("%s: the server answered %u, a redirect without an address"),
                   fetch->host, soup_message_get_status (fetch->message));
      return FALSE;
    }

  if (fetch->n_redirects >= SL_MARKET_FETCH_MAX_REDIRECTS)
    {
      g_set_error (error, SL_MARKET_FETCH_ERROR, SL_MARKET_FETCH_ERROR_REDIRECTS,
                   /* Translators: %1$s is the host of a feed, %2$u a number */
                   _("%s: more than %u redirects"),
                   fetch->host, (guint) SL_MARKET_FETCH_MAX_REDIRECTS);
      return FALSE;
    }

  target = g_uri_parse_relative (fetch->uri, location, SOUP_HTTP_URI_FLAGS, NULL);
  if (target == NULL)
    {
      g_autofree char *shown = g_utf8_make_valid (location, -1);

      g_set_error (error, SL_MARKET_FETCH_ERROR, SL_MARKET_FETCH_ERROR_BAD_URL,
                   /* Translators: %1$s is the host of a feed, %2$s what the server sent */
                   _("%s: the server redirected to \"%s\", which is not an address"),
                   fetch->host, shown);
      return FALSE;
    }

  if (!check_address (target, fetch->host, error))
    return FALSE;

  fetch->n_redirects++;
  g_clear_pointer (&fetch->uri, g_uri_unref);
  fetch->uri = g_steal_pointer (&target);

  return TRUE;
}

static GError *
status_error (Fetch *fetch)
{
  guint status = soup_message_get_status (fetch->message);
  const char *reason = soup_message_get_reason_phrase (fetch->message);
  g_autofree char *shown = NULL;

  /* The reason phrase is the server's own words; a known status has
   * words of its own when the server sent none. */
  if (reason == NULL || *reason == '\0')
    reason = soup_status_get_phrase (status);

  shown = g_utf8_make_valid (reason, -1);
  if (g_utf8_strlen (shown, -1) > REASON_MAX_CHARS)
    {
      g_autofree char *cut = g_utf8_substring (shown, 0, REASON_MAX_CHARS);

      g_free (shown);
      shown = g_strconcat (cut, "…", NULL);
    }

  return g_error_new (SL_MARKET_FETCH_ERROR, SL_MARKET_FETCH_ERROR_HTTP,
                      /* Translators: %1$s is the host of a feed, %2$u an HTTP status code
                       * and %3$s its reason, such as "404 Not Found" */
                      _("%s: the server answered %u %s"), fetch->host, status, shown);
}

static void
on_sent (GObject      *object,
         GAsyncResult *res,
         gpointer      user_data)
{
  GTask *task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  SoupMessageHeaders *headers;
  GError *error = NULL;
  guint status;

  fetch->stream = soup_session_send_finish (SOUP_SESSION (object), res, &error);
  if (fetch->stream == NULL)
    {
      fetch_return_io_error (task, error);
      return;
    }

  status = soup_message_get_status (fetch->message);
  headers = soup_message_get_response_headers (fetch->message);

  if (is_redirect (status))
    {
      if (!follow_redirect (fetch, &error))
        {
          fetch_return_error (task, error);
          return;
        }

      /* The redirect's own body is not wanted; closing skips it without
       * reading it. */
      g_clear_object (&fetch->stream);
      g_clear_object (&fetch->message);
      send_request (task);
      return;
    }

  if (status == SOUP_STATUS_NOT_MODIFIED)
    {
      SlMarketFetch *result = g_new0 (SlMarketFetch, 1);

      result->url = g_strdup (fetch->url);
      result->etag = dup_header (fetch->message, "ETag");
      if (result->etag == NULL)
        result->etag = g_strdup (fetch->etag);
      result->last_modified = dup_header (fetch->message, "Last-Modified");
      if (result->last_modified == NULL)
        result->last_modified = g_strdup (fetch->last_modified);

      fetch_return (task, result);
      return;
    }

  if (status != SOUP_STATUS_OK)
    {
      fetch_return_error (task, status_error (fetch));
      return;
    }

  /* No need to wait for a body the server already says is too big. */
  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH &&
      soup_message_headers_get_content_length (headers) > (goffset) fetch->max_bytes)
    {
      fetch_return_error (task, too_large_error (fetch,
                                                 soup_message_headers_get_content_length (headers)));
      return;
    }

  fetch->body = g_byte_array_new ();
  g_input_stream_read_bytes_async (fetch->stream, MIN (READ_CHUNK_SIZE, fetch->max_bytes + 1),
                                   G_PRIORITY_DEFAULT, fetch->cancellable, on_read, task);
}

static gboolean
is_header_value (const char *value)
{
  return value != NULL && *value != '\0' && strpbrk (value, "\r\n") == NULL;
}

static void
send_request (GTask *task)
{
  SlMarketFetcher *self = g_task_get_source_object (task);
  Fetch *fetch = g_task_get_task_data (task);
  SoupMessageHeaders *headers;

  fetch->message = soup_message_new_from_uri (SOUP_METHOD_GET, fetch->uri);

  /* Redirects are followed here, where each hop is checked and counted. */
  soup_message_add_flags (fetch->message, SOUP_MESSAGE_NO_REDIRECT);

  headers = soup_message_get_request_headers (fetch->message);
  soup_message_headers_replace (headers, "Accept", "application/json");

  /* What was stored before says what the server may skip. A value that
   * cannot be a header was not stored by us, and is left out. */
  if (is_header_value (fetch->etag))
    soup_message_headers_replace (headers, "If-None-Match", fetch->etag);
  if (is_header_value (fetch->last_modified))
    soup_message_headers_replace (headers, "If-Modified-Since", fetch->last_modified);

  soup_session_send_async (self->session, fetch->message, G_PRIORITY_DEFAULT,
                           fetch->cancellable, on_sent, task);
}

static void
sl_market_fetcher_dispose (GObject *object)
{
  SlMarketFetcher *self = SL_MARKET_FETCHER (object);

  g_clear_object (&self->session);
  g_clear_pointer (&self->sync_context, g_main_context_unref);

  G_OBJECT_CLASS (sl_market_fetcher_parent_class)->dispose (object);
}

static void
sl_market_fetcher_class_init (SlMarketFetcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sl_market_fetcher_dispose;
}

static void
sl_market_fetcher_init (SlMarketFetcher *self)
{
  self->deadline = SL_MARKET_FETCH_DEFAULT_DEADLINE;
  self->max_bytes = SL_MARKET_MAX_BYTES;

  /* The session keeps its defaults for what matters to security: the
   * system's proxy settings (the default GProxyResolver) and certificates
   * checked against the system's TLS database. Its socket timeout is the
   * deadline too, for a connection that goes quiet. */
  self->session = soup_session_new_with_options ("user-agent", "Shortlist/" PACKAGE_VERSION,
                                                 "timeout", self->deadline,
                                                 NULL);
}

SlMarketFetcher *
sl_market_fetcher_new (void)
{
  return g_object_new (SL_TYPE_MARKET_FETCHER, NULL);
}

/**
 * sl_market_fetcher_set_deadline:
 * @seconds: how long a whole fetch may take, redirects included
 *
 * Fetches started afterwards end with %SL_MARKET_FETCH_ERROR_TIMED_OUT
 * when they are not done within @seconds.
 */
void
sl_market_fetcher_set_deadline (SlMarketFetcher *self,
                                guint            seconds)
{
  g_return_if_fail (SL_IS_MARKET_FETCHER (self));
  g_return_if_fail (seconds > 0);

  self->deadline = seconds;
  soup_session_set_timeout (self->session, seconds);
}

/**
 * sl_market_fetcher_set_max_bytes:
 * @max_bytes: the largest body that is read
 *
 * Fetches started afterwards refuse a larger body with
 * %SL_MARKET_FETCH_ERROR_TOO_LARGE.
 */
void
sl_market_fetcher_set_max_bytes (SlMarketFetcher *self,
                                 gsize            max_bytes)
{
  g_return_if_fail (SL_IS_MARKET_FETCHER (self));
  g_return_if_fail (max_bytes > 0);

  self->max_bytes = max_bytes;
}

void
sl_market_fetcher_fetch_async (SlMarketFetcher     *self,
                               const char          *url,
                               const char          *etag,
                               const char          *last_modified,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GTask *task;
  Fetch *fetch;
  g_autoptr(GUri) uri = NULL;
  GError *error = NULL;

  g_return_if_fail (SL_IS_MARKET_FETCHER (self));
  g_return_if_fail (url != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sl_market_fetcher_fetch_async);
  /* A cancellation is reported like every other failure, with the host. */
  g_task_set_check_cancellable (task, FALSE);

  fetch = g_new0 (Fetch, 1);
  fetch->url = g_strdup (url);
  fetch->etag = g_strdup (etag);
  fetch->last_modified = g_strdup (last_modified);
  fetch->deadline = self->deadline;
  fetch->max_bytes = self->max_bytes;
  fetch->cancellable = g_cancellable_new ();
  g_task_set_task_data (task, fetch, (GDestroyNotify) fetch_free);

  /* Refused here, before any connection is made. */
  uri = g_uri_parse (url, SOUP_HTTP_URI_FLAGS, NULL);
  if (uri == NULL)
    {
      g_autofree char *shown = g_utf8_make_valid (url, -1);

      fetch_return_error (task,
                          g_error_new (SL_MARKET_FETCH_ERROR, SL_MARKET_FETCH_ERROR_BAD_URL,
                                       /* Translators: %s is what was given as a feed's address */
                                       _("\"%s\" is not a web address"), shown));
      return;
    }

  if (!check_address (uri, NULL, &error))
    {
      fetch_return_error (task, error);
      return;
    }

  fetch->host = g_strdup (g_uri_get_host (uri));
  fetch->uri = g_steal_pointer (&uri);

  if (g_cancellable_is_cancelled (cancellable))
    {
      fetch_return_io_error (task, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, ""));
      return;
    }

  fetch->deadline_source = g_timeout_source_new (fetch->deadline * 1000);
  g_source_set_name (fetch->deadline_source, "[shortlist] market fetch deadline");
  g_source_set_callback (fetch->deadline_source, on_deadline, fetch, NULL);
  g_source_attach (fetch->deadline_source, g_task_get_context (task));

  if (cancellable != NULL)
    {
      fetch->caller_source = g_cancellable_source_new (cancellable);
      g_source_set_name (fetch->caller_source, "[shortlist] market fetch cancelled");
      g_source_set_callback (fetch->caller_source, G_SOURCE_FUNC (on_caller_cancelled), fetch,
                             NULL);
      g_source_attach (fetch->caller_source, g_task_get_context (task));
    }

  send_request (task);
}

SlMarketFetch *
sl_market_fetcher_fetch_finish (SlMarketFetcher  *self,
                                GAsyncResult     *result,
                                GError          **error)
{
  g_return_val_if_fail (SL_IS_MARKET_FETCHER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sl_market_fetcher_fetch_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
on_fetched_sync (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

SlMarketFetch *
sl_market_fetcher_fetch (SlMarketFetcher  *self,
                         const char       *url,
                         const char       *etag,
                         const char       *last_modified,
                         GCancellable     *cancellable,
                         GError          **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  SlMarketFetch *fetch;

  g_return_val_if_fail (SL_IS_MARKET_FETCHER (self), NULL);
  g_return_val_if_fail (url != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* A context of its own, so that nothing else of the caller's runs while
   * it waits. It is the same one every time: libsoup may still be winding
   * down an exchange that failed when the fetch returns, and does so in
   * the context the message was sent from, so that context must live on
   * until it is next iterated. */
  if (self->sync_context == NULL)
    self->sync_context = g_main_context_new ();

  g_main_context_push_thread_default (self->sync_context);

  sl_market_fetcher_fetch_async (self, url, etag, last_modified, cancellable,
                                 on_fetched_sync, &result);
  while (result == NULL)
    g_main_context_iteration (self->sync_context, TRUE);

  fetch = sl_market_fetcher_fetch_finish (self, result, error);
  g_clear_object (&result);

  /* Whatever libsoup has ready to do, such as letting go of a message
   * that failed, is done now rather than at the next fetch. */
  while (g_main_context_iteration (self->sync_context, FALSE))
    ;

  g_main_context_pop_thread_default (self->sync_context);

  return fetch;
}

void
sl_market_fetch_free (SlMarketFetch *fetch)
{
  if (fetch == NULL)
    return;

  g_free (fetch->url);
  g_clear_pointer (&fetch->document, sl_market_document_free);
  g_free (fetch->etag);
  g_free (fetch->last_modified);
  g_free (fetch);
}
