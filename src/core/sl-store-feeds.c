/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-store"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-store-private.h"

/* The remote market data feeds: the list of them, and what each fetch
 * brought. The data sets they bring are stored as any other, in
 * sl-store-market.c. */

/* A feed is an http or https address with a host. Whether Shortlist may
 * fetch it, over https or from this computer only, is the fetcher's
 * rule, and its error says so when it refuses. */
static gboolean
check_feed_url (const char  *url,
                GError     **error)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  const char *scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;
  const char *host = uri != NULL ? g_uri_get_host (uri) : NULL;

  if (scheme != NULL &&
      (g_ascii_strcasecmp (scheme, "https") == 0 || g_ascii_strcasecmp (scheme, "http") == 0) &&
      host != NULL && host[0] != '\0')
    return TRUE;

  g_set_error (error, SL_ERROR, SL_ERROR_INVALID, _("“%s” is not a web address"), url);
  return FALSE;
}

/* The id of the listed feed at @url, or 0 with @error set. A feed that was
 * removed while it was being fetched is not brought back by the result. */
static gint64
find_feed (SlStore     *self,
           const char  *url,
           GError     **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  int rc;

  stmt = sl_store_prepare (self, "SELECT id FROM market_feeds WHERE url = ?", error);
  if (stmt == NULL)
    return 0;

  sl_stmt_bind_text (stmt, 1, url);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);

  if (rc == SQLITE_DONE)
    g_set_error (error, SL_ERROR, SL_ERROR_NOT_FOUND, _("The feed “%s” is not listed"), url);
  else
    sl_store_set_sqlite_error (self, error, rc, _("Could not read the market data feeds"));

  return 0;
}

/* Remembers the result of a fetch with the feed. @dataset_id 0 keeps the
 * data set the feed had. */
static gboolean
set_feed_result (SlStore     *self,
                 gint64       feed_id,
                 gboolean     ok,
                 const char  *message,
                 gint64       dataset_id,
                 GError     **error)
{
  g_autoptr(SlStmt) stmt = NULL;

  stmt = sl_store_prepare (self,
                           "UPDATE market_feeds SET checked_at = ?2, ok = ?3, message = ?4, "
                           "  dataset_id = coalesce (?5, dataset_id) "
                           "WHERE id = ?1",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, feed_id);
  sqlite3_bind_int64 (stmt, 2, sl_store_now ());
  sqlite3_bind_int (stmt, 3, ok ? 1 : 0);
  sl_stmt_bind_text (stmt, 4, message);
  if (dataset_id > 0)
    sqlite3_bind_int64 (stmt, 5, dataset_id);

  return sl_store_step_done (self, stmt, error);
}

/**
 * sl_store_add_market_feed:
 * @url: the feed's address, http or https
 *
 * Lists a feed, not fetched yet.
 */
gboolean
sl_store_add_market_feed (SlStore     *self,
                          const char  *url,
                          GError     **error)
{
  g_autoptr(SlStmt) stmt = NULL;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (url != NULL, FALSE);

  if (!check_feed_url (url, error) ||
      !sl_store_begin (self, error))
    return FALSE;

  stmt = sl_store_prepare (self,
                           "INSERT INTO market_feeds (url, added_at) VALUES (?, ?) "
                           "ON CONFLICT (url) DO NOTHING",
                           error);
  if (stmt == NULL)
    goto failed;

  sl_stmt_bind_text (stmt, 1, url);
  sqlite3_bind_int64 (stmt, 2, sl_store_now ());
  if (!sl_store_step_done (self, stmt, error))
    goto failed;

  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, SL_ERROR, SL_ERROR_CONSTRAINT, _("The feed “%s” is listed already"), url);
      goto failed;
    }

  if (!sl_store_audit (self, "market.feed.add", "market_feed",
                       sqlite3_last_insert_rowid (self->db), url, error) ||
      !sl_store_commit (self, error))
    goto failed;

  sl_store_emit_changed (self, "market", 0);
  return TRUE;

failed:
  sl_store_rollback (self);
  return FALSE;
}

/**
 * sl_store_remove_market_feed:
 *
 * Stops listing a feed. The data sets it brought stay, so that what was
 * weighed against them can still be shown; they can be deleted one by one.
 */
gboolean
sl_store_remove_market_feed (SlStore     *self,
                             const char  *url,
                             GError     **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  gint64 feed_id;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (url != NULL, FALSE);

  if (!sl_store_begin (self, error))
    return FALSE;

  feed_id = find_feed (self, url, error);
  if (feed_id == 0)
    goto failed;

  stmt = sl_store_prepare (self, "DELETE FROM market_feeds WHERE id = ?", error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_int64 (stmt, 1, feed_id);
  if (!sl_store_step_done (self, stmt, error) ||
      !sl_store_audit (self, "market.feed.remove", "market_feed", feed_id, url, error) ||
      !sl_store_commit (self, error))
    goto failed;

  sl_store_emit_changed (self, "market", 0);
  return TRUE;

failed:
  sl_store_rollback (self);
  return FALSE;
}

static gpointer
feed_from_row (SlStmt *stmt)
{
  SlMarketFeed *feed = g_new0 (SlMarketFeed, 1);

  feed->url = sl_stmt_dup_text (stmt, 0);
  feed->added = sqlite3_column_int64 (stmt, 1);
  feed->checked = sqlite3_column_int64 (stmt, 2);
  feed->ok = sqlite3_column_int (stmt, 3) != 0;
  feed->message = sl_stmt_dup_text (stmt, 4);
  feed->dataset_id = sqlite3_column_int64 (stmt, 5);
  feed->etag = sl_stmt_dup_text (stmt, 6);
  feed->last_modified = sl_stmt_dup_text (stmt, 7);

  return feed;
}

/**
 * sl_store_list_market_feeds:
 *
 * Returns: (transfer full) (element-type SlMarketFeed): the listed feeds,
 *   in the order they were added, each with the validators of its latest
 *   data set for a conditional fetch
 */
GPtrArray *
sl_store_list_market_feeds (SlStore *self,
                            GError **error)
{
  g_autoptr(SlStmt) stmt = NULL;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  stmt = sl_store_prepare (self,
                           "SELECT f.url, f.added_at, coalesce (f.checked_at, 0), coalesce (f.ok, 0), "
                           "  f.message, coalesce (f.dataset_id, 0), d.etag, d.last_modified "
                           "FROM market_feeds f LEFT JOIN market_datasets d "
                           "  ON d.id = (SELECT max (id) FROM market_datasets WHERE feed_url = f.url) "
                           "ORDER BY f.added_at, f.id",
                           error);
  if (stmt == NULL)
    return NULL;

  return sl_store_collect_rows (self, stmt, feed_from_row,
                                (GDestroyNotify) sl_market_feed_free,
                                _("Could not read the market data feeds"), error);
}

/**
 * sl_store_import_market_feed:
 * @feed_url: a listed feed
 * @document: the validated document it served
 * @etag: (nullable): the response's ETag, for the next conditional fetch
 * @last_modified: (nullable): the response's Last-Modified, likewise
 *
 * Stores what a feed served as a new version of its data, and remembers
 * with the feed that the fetch worked. Earlier versions stay; the latest
 * is the one with the highest id. All of it or nothing.
 *
 * Returns: the new data set's id, or 0 on error
 */
gint64
sl_store_import_market_feed (SlStore                *self,
                             const char             *feed_url,
                             const SlMarketDocument *document,
                             const char             *etag,
                             const char             *last_modified,
                             GError                **error)
{
  SlFeedOrigin origin = { feed_url, etag, last_modified };
  g_autofree char *message = NULL;
  gint64 feed_id;
  gint64 dataset_id;
  guint n_entries;

  g_return_val_if_fail (SL_IS_STORE (self), 0);
  g_return_val_if_fail (feed_url != NULL, 0);
  g_return_val_if_fail (document != NULL, 0);

  if (!sl_store_begin (self, error))
    return 0;

  feed_id = find_feed (self, feed_url, error);
  if (feed_id == 0)
    goto failed;

  dataset_id = sl_store_insert_market_dataset (self, document, FALSE, &origin, error);
  if (dataset_id == 0)
    goto failed;

  n_entries = document->entries->len;
  /* Translators: what a feed brought; %s is the date its figures are for */
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u entry, as of %s",
                                          "%u entries, as of %s",
                                          n_entries),
                             n_entries, document->as_of);

  if (!set_feed_result (self, feed_id, TRUE, message, dataset_id, error) ||
      !sl_store_audit (self, "market.feed.import", "market_dataset", dataset_id, feed_url, error) ||
      !sl_store_commit (self, error))
    goto failed;

  sl_store_emit_changed (self, "market", dataset_id);
  return dataset_id;

failed:
  sl_store_rollback (self);
  return 0;
}

/**
 * sl_store_record_feed_result:
 * @feed_url: a listed feed
 * @ok: %TRUE when the feed answered that nothing changed since the last
 *   fetch, %FALSE when the fetch failed
 * @message: (nullable): what to show with the feed: that nothing changed,
 *   or what went wrong
 *
 * Remembers the result of a fetch that brought no new data. A feed that
 * answered "not modified" confirms its latest data set as current; one
 * that failed leaves every data set as it was.
 */
gboolean
sl_store_record_feed_result (SlStore     *self,
                             const char  *feed_url,
                             gboolean     ok,
                             const char  *message,
                             GError     **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  gint64 feed_id;
  gint64 latest_id = 0;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (feed_url != NULL, FALSE);

  if (!sl_store_begin (self, error))
    return FALSE;

  feed_id = find_feed (self, feed_url, error);
  if (feed_id == 0)
    goto failed;

  if (ok)
    {
      int rc;

      stmt = sl_store_prepare (self,
                               "SELECT max (id) FROM market_datasets WHERE feed_url = ?",
                               error);
      if (stmt == NULL)
        goto failed;

      sl_stmt_bind_text (stmt, 1, feed_url);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW)
        {
          sl_store_set_sqlite_error (self, error, rc, _("Could not read the market data"));
          goto failed;
        }
      latest_id = sqlite3_column_int64 (stmt, 0);
      g_clear_pointer (&stmt, sl_stmt_release);

      if (latest_id > 0)
        {
          stmt = sl_store_prepare (self, "UPDATE market_datasets SET fetched_at = ? WHERE id = ?", error);
          if (stmt == NULL)
            goto failed;

          sqlite3_bind_int64 (stmt, 1, sl_store_now ());
          sqlite3_bind_int64 (stmt, 2, latest_id);
          if (!sl_store_step_done (self, stmt, error))
            goto failed;
          g_clear_pointer (&stmt, sl_stmt_release);
        }
    }

  if (!set_feed_result (self, feed_id, ok, message, latest_id, error) ||
      !sl_store_audit (self, ok ? "market.feed.unchanged" : "market.feed.failed",
                       "market_feed", feed_id, message, error) ||
      !sl_store_commit (self, error))
    goto failed;

  sl_store_emit_changed (self, "market", latest_id);
  return TRUE;

failed:
  sl_store_rollback (self);
  return FALSE;
}

void
sl_market_feed_free (SlMarketFeed *feed)
{
  if (feed == NULL)
    return;

  g_free (feed->url);
  g_free (feed->message);
  g_free (feed->etag);
  g_free (feed->last_modified);
  g_free (feed);
}
