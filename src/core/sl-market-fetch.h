/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-market-fetch.h: market data feeds over HTTPS, with libsoup */

#pragma once

#include <gio/gio.h>

#include "sl-market.h"

G_BEGIN_DECLS

#define SL_MARKET_FETCH_ERROR (sl_market_fetch_error_quark ())

typedef enum
{
  SL_MARKET_FETCH_ERROR_INSECURE,     /* not https, and not a loopback address */
  SL_MARKET_FETCH_ERROR_BAD_URL,      /* not a URL Shortlist can fetch */
  SL_MARKET_FETCH_ERROR_HTTP,         /* a status other than 200 or 304 */
  SL_MARKET_FETCH_ERROR_TOO_LARGE,    /* the body is over the cap */
  SL_MARKET_FETCH_ERROR_TIMED_OUT,    /* the whole fetch took longer than the deadline */
  SL_MARKET_FETCH_ERROR_REDIRECTS,    /* more redirects than allowed; one to an insecure
                                       * place is SL_MARKET_FETCH_ERROR_INSECURE */
  SL_MARKET_FETCH_ERROR_NETWORK,      /* could not connect, name not found, TLS failure… */
} SlMarketFetchError;

#define SL_MARKET_FETCH_DEFAULT_DEADLINE 15   /* seconds */
#define SL_MARKET_FETCH_MAX_REDIRECTS    5

/* What a fetch found. @document is NULL when the feed answered 304: what
 * is stored is still current. */
typedef struct
{
  char             *url;            /* the feed's URL as given */
  SlMarketDocument *document;       /* nullable */
  char             *etag;           /* nullable */
  char             *last_modified;  /* nullable */
  gsize             n_bytes;        /* the body's size */
} SlMarketFetch;

#define SL_TYPE_MARKET_FETCHER (sl_market_fetcher_get_type ())
G_DECLARE_FINAL_TYPE (SlMarketFetcher, sl_market_fetcher, SL, MARKET_FETCHER, GObject)

GQuark           sl_market_fetch_error_quark        (void);

SlMarketFetcher *sl_market_fetcher_new              (void);
void             sl_market_fetcher_set_deadline     (SlMarketFetcher      *self,
                                                     guint                 seconds);
void             sl_market_fetcher_set_max_bytes    (SlMarketFetcher      *self,
                                                     gsize                 max_bytes);

/* Fetches @url, conditionally when @etag or @last_modified say what was
 * fetched before; the body is parsed and validated as shortlist-market/1.
 * Every failure is an error that names the host and what went wrong. */
void             sl_market_fetcher_fetch_async      (SlMarketFetcher      *self,
                                                     const char           *url,
                                                     const char           *etag,
                                                     const char           *last_modified,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
SlMarketFetch   *sl_market_fetcher_fetch_finish     (SlMarketFetcher      *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);
/* The same, for the command line: runs a main context of its own until
 * the fetch is done. */
SlMarketFetch   *sl_market_fetcher_fetch            (SlMarketFetcher      *self,
                                                     const char           *url,
                                                     const char           *etag,
                                                     const char           *last_modified,
                                                     GCancellable         *cancellable,
                                                     GError              **error);

void             sl_market_fetch_free               (SlMarketFetch        *fetch);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlMarketFetch, sl_market_fetch_free)

G_END_DECLS
