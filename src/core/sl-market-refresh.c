/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-market-refresh.c: every market data feed of a database, fetched again */

#define G_LOG_DOMAIN "shortlist-market"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-market-refresh.h"

/* The feeds are fetched one after the other: a handful of small documents,
 * where order makes the progress plain and the network is spared. Each
 * result is stored as it comes, so that cancelling keeps what was done. A
 * feed that fails leaves its data sets as they were and says why. */

typedef struct
{
  SlStore *store;
  SlMarketFetcher *fetcher;
  GPtrArray *feeds;          /* SlMarketFeed* */
  guint next;
  SlMarketRefreshProgress progress;
  gpointer progress_data;
  SlMarketRefresh *refresh;
} Run;

static void
run_free (Run *run)
{
  g_clear_object (&run->store);
  g_clear_object (&run->fetcher);
  g_clear_pointer (&run->feeds, g_ptr_array_unref);
  g_clear_pointer (&run->refresh, sl_market_refresh_free);
  g_free (run);
}

static void fetch_next (GTask *task);

static void
note_failure (Run          *run,
              const char   *url,
              const GError *fetch_error)
{
  g_autoptr(GError) error = NULL;

  run->refresh->n_failed++;
  g_ptr_array_add (run->refresh->errors, g_strdup (fetch_error->message));

  /* The failure is remembered with the feed; its data stays as it was. */
  if (!sl_store_record_feed_result (run->store, url, FALSE, fetch_error->message, &error))
    g_warning ("%s", error->message);
}

static void
on_fetched (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Run *run = g_task_get_task_data (task);
  SlMarketFeed *feed = g_ptr_array_index (run->feeds, run->next);
  g_autoptr(SlMarketFetch) fetch = NULL;
  g_autoptr(GError) error = NULL;

  fetch = sl_market_fetcher_fetch_finish (SL_MARKET_FETCHER (object), result, &error);

  /* Cancelled: what was stored stays; the rest is not tried. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (fetch == NULL)
    {
      note_failure (run, feed->url, error);
    }
  else if (fetch->document == NULL)
    {
      /* Translators: a feed answered that nothing changed since it was fetched */
      if (sl_store_record_feed_result (run->store, feed->url, TRUE, _("Unchanged"), &error))
        run->refresh->n_unchanged++;
      else
        note_failure (run, feed->url, error);
    }
  else
    {
      if (sl_store_import_market_feed (run->store, feed->url, fetch->document,
                                       fetch->etag, fetch->last_modified, &error) > 0)
        run->refresh->n_updated++;
      else
        note_failure (run, feed->url, error);
    }

  run->next++;
  if (run->progress != NULL)
    run->progress (run->next, run->feeds->len, feed->url, run->progress_data);

  fetch_next (g_steal_pointer (&task));
}

static void
fetch_next (GTask *task)
{
  Run *run = g_task_get_task_data (task);
  SlMarketFeed *feed;

  if (run->next >= run->feeds->len)
    {
      g_task_return_pointer (task, g_steal_pointer (&run->refresh), (GDestroyNotify) sl_market_refresh_free);
      g_object_unref (task);
      return;
    }

  feed = g_ptr_array_index (run->feeds, run->next);
  sl_market_fetcher_fetch_async (run->fetcher, feed->url, feed->etag, feed->last_modified,
                                 g_task_get_cancellable (task), on_fetched, task);
}

/**
 * sl_market_refresh_async:
 * @progress: (nullable): told after each feed
 *
 * Fetches every feed listed in @store, conditionally, and stores what is
 * new. Finishes with a summary even when feeds failed; only cancelling
 * ends it with an error.
 */
void
sl_market_refresh_async (SlStore                 *store,
                         SlMarketFetcher         *fetcher,
                         SlMarketRefreshProgress  progress,
                         gpointer                 progress_data,
                         GCancellable            *cancellable,
                         GAsyncReadyCallback      callback,
                         gpointer                 user_data)
{
  GTask *task;
  Run *run;
  GError *error = NULL;

  g_return_if_fail (SL_IS_STORE (store));
  g_return_if_fail (SL_IS_MARKET_FETCHER (fetcher));

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, sl_market_refresh_async);

  run = g_new0 (Run, 1);
  run->store = g_object_ref (store);
  run->fetcher = g_object_ref (fetcher);
  run->progress = progress;
  run->progress_data = progress_data;
  run->refresh = g_new0 (SlMarketRefresh, 1);
  run->refresh->errors = g_ptr_array_new_with_free_func (g_free);
  g_task_set_task_data (task, run, (GDestroyNotify) run_free);

  run->feeds = sl_store_list_market_feeds (store, &error);
  if (run->feeds == NULL)
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }

  run->refresh->n_feeds = run->feeds->len;
  fetch_next (task);
}

SlMarketRefresh *
sl_market_refresh_finish (SlStore       *store,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

void
sl_market_refresh_free (SlMarketRefresh *refresh)
{
  if (refresh == NULL)
    return;

  g_clear_pointer (&refresh->errors, g_ptr_array_unref);
  g_free (refresh);
}
