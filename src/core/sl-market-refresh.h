/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-market-refresh.h: every market data feed of a database, fetched again */

#pragma once

#include "sl-market-fetch.h"
#include "sl-store.h"

G_BEGIN_DECLS

/* How far a refresh got: called after each feed, on the thread default
 * main context of the caller. */
typedef void (*SlMarketRefreshProgress) (guint       n_done,
                                         guint       n_feeds,
                                         const char *url,
                                         gpointer    user_data);

/* What a refresh did: per feed, whether it worked and what it says. */
typedef struct
{
  guint      n_feeds;
  guint      n_updated;    /* new data stored */
  guint      n_unchanged;  /* 304: what is stored is current */
  guint      n_failed;
  GPtrArray *errors;       /* char*, one message per failed feed */
} SlMarketRefresh;

void             sl_market_refresh_async  (SlStore                 *store,
                                           SlMarketFetcher         *fetcher,
                                           SlMarketRefreshProgress  progress,
                                           gpointer                 progress_data,
                                           GCancellable            *cancellable,
                                           GAsyncReadyCallback      callback,
                                           gpointer                 user_data);
SlMarketRefresh *sl_market_refresh_finish (SlStore                 *store,
                                           GAsyncResult            *result,
                                           GError                 **error);
void             sl_market_refresh_free   (SlMarketRefresh         *refresh);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlMarketRefresh, sl_market_refresh_free)

G_END_DECLS
