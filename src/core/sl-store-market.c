/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-store"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "sl-store-private.h"

static void
bind_amount (SlStmt *stmt,
             int     index,
             double  amount)
{
  if (isnan (amount))
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_double (stmt, index, amount);
}

static gboolean
insert_entry (SlStore             *self,
              gint64               dataset_id,
              guint                position,
              const SlMarketEntry *entry,
              GError             **error)
{
  g_autoptr(SlStmt) stmt = NULL;

  stmt = sl_store_prepare (self,
                           "INSERT INTO market_entries (dataset_id, position, role, level, location, "
                           "  component, sample_size, p10, p25, p50, p75, p90, range_min, range_max, "
                           "  open_ended, average_low, average_high, mean) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, dataset_id);
  sqlite3_bind_int (stmt, 2, position);
  sl_stmt_bind_text (stmt, 3, entry->role);
  sl_stmt_bind_text (stmt, 4, entry->level);
  sl_stmt_bind_text (stmt, 5, entry->location != NULL ? entry->location : "US");
  sl_stmt_bind_text (stmt, 6, sl_market_component_to_string (entry->component));
  if (entry->sample_size > 0)
    sqlite3_bind_int64 (stmt, 7, entry->sample_size);
  for (guint p = 0; p < SL_N_PERCENTILES; p++)
    bind_amount (stmt, 8 + p, entry->percentiles[p]);
  bind_amount (stmt, 13, entry->has_range ? entry->range_min : NAN);
  bind_amount (stmt, 14, entry->has_range ? entry->range_max : NAN);
  sqlite3_bind_int (stmt, 15, entry->has_range && entry->open_ended);
  bind_amount (stmt, 16, entry->has_average ? entry->average_low : NAN);
  bind_amount (stmt, 17, entry->has_average ? entry->average_high : NAN);
  bind_amount (stmt, 18, entry->mean);

  return sl_store_step_done (self, stmt, error);
}

/* Stores a document as a new data set, inside the caller's transaction.
 * Only a feed's data set names the columns that schema 3 added, so that
 * the built-in set can still be stored in a database of an older schema,
 * such as the ones tests of migrations start from. */
gint64
sl_store_insert_market_dataset (SlStore                *self,
                                const SlMarketDocument *document,
                                gboolean                builtin,
                                const SlFeedOrigin     *feed,
                                GError                **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  gint64 now = sl_store_now ();
  gint64 dataset_id;

  g_assert (self->in_transaction);

  /* A feed's data set is confirmed current when it is stored: ?6 is both
   * imported_at and fetched_at. */
  if (feed == NULL)
    stmt = sl_store_prepare (self,
                             "INSERT INTO market_datasets (source, source_url, as_of, currency, builtin, "
                             "                             imported_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)",
                             error);
  else
    stmt = sl_store_prepare (self,
                             "INSERT INTO market_datasets (source, source_url, as_of, currency, builtin, "
                             "                             imported_at, feed_url, etag, last_modified, "
                             "                             fetched_at) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?6)",
                             error);
  if (stmt == NULL)
    return 0;

  sl_stmt_bind_text (stmt, 1, document->source);
  sl_stmt_bind_text (stmt, 2, document->source_url);
  sl_stmt_bind_text (stmt, 3, document->as_of);
  sl_stmt_bind_text (stmt, 4, document->currency);
  sqlite3_bind_int (stmt, 5, builtin ? 1 : 0);
  sqlite3_bind_int64 (stmt, 6, now);
  if (feed != NULL)
    {
      sl_stmt_bind_text (stmt, 7, feed->url);
      sl_stmt_bind_text (stmt, 8, feed->etag);
      sl_stmt_bind_text (stmt, 9, feed->last_modified);
    }
  if (!sl_store_step_done (self, stmt, error))
    return 0;
  dataset_id = sqlite3_last_insert_rowid (self->db);

  for (guint i = 0; i < document->entries->len; i++)
    {
      if (!insert_entry (self, dataset_id, i, g_ptr_array_index (document->entries, i), error))
        {
          g_prefix_error (error, _("Entry %u: "), i + 1);
          return 0;
        }
    }

  return dataset_id;
}

/**
 * sl_store_import_market:
 * @document: a validated market data document
 * @builtin: whether this is Shortlist's embedded default set
 *
 * Stores the document as a new data set, all of it or nothing.
 *
 * Returns: the data set's id, or 0 on error
 */
gint64
sl_store_import_market (SlStore                *self,
                        const SlMarketDocument *document,
                        gboolean                builtin,
                        GError                **error)
{
  gint64 dataset_id;

  g_return_val_if_fail (SL_IS_STORE (self), 0);
  g_return_val_if_fail (document != NULL, 0);

  if (!sl_store_begin (self, error))
    return 0;

  dataset_id = sl_store_insert_market_dataset (self, document, builtin, NULL, error);
  if (dataset_id == 0)
    goto failed;

  if (!sl_store_audit (self, "market.import", "market_dataset", dataset_id, document->source, error) ||
      !sl_store_commit (self, error))
    goto failed;

  sl_store_emit_changed (self, "market", dataset_id);
  return dataset_id;

failed:
  sl_store_rollback (self);
  return 0;
}

static gpointer
dataset_from_row (SlStmt *stmt)
{
  SlMarketDataset *dataset = g_new0 (SlMarketDataset, 1);

  dataset->id = sqlite3_column_int64 (stmt, 0);
  dataset->source = sl_stmt_dup_text (stmt, 1);
  dataset->source_url = sl_stmt_dup_text (stmt, 2);
  dataset->as_of = sl_stmt_dup_text (stmt, 3);
  dataset->currency = sl_stmt_dup_text (stmt, 4);
  dataset->imported = sqlite3_column_int64 (stmt, 5);
  dataset->builtin = sqlite3_column_int (stmt, 6) != 0;
  dataset->n_entries = sqlite3_column_int (stmt, 7);
  dataset->feed_url = sl_stmt_dup_text (stmt, 8);
  dataset->fetched = sqlite3_column_int64 (stmt, 9);
  dataset->total_sample_size = sqlite3_column_int64 (stmt, 10);

  return dataset;
}

/**
 * sl_store_list_market_datasets:
 *
 * Returns: (transfer full) (element-type SlMarketDataset): the stored data
 *   sets, the newest first
 */
GPtrArray *
sl_store_list_market_datasets (SlStore *self,
                               GError **error)
{
  g_autoptr(SlStmt) stmt = NULL;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  stmt = sl_store_prepare (self,
                           "SELECT d.id, d.source, d.source_url, d.as_of, d.currency, d.imported_at, "
                           "  d.builtin, count(e.id), d.feed_url, coalesce (d.fetched_at, 0), "
                           "  coalesce (sum (e.sample_size), -1) "
                           "FROM market_datasets d LEFT JOIN market_entries e ON e.dataset_id = d.id "
                           "GROUP BY d.id ORDER BY d.imported_at DESC, d.id DESC",
                           error);
  if (stmt == NULL)
    return NULL;

  return sl_store_collect_rows (self, stmt, dataset_from_row,
                                (GDestroyNotify) sl_market_dataset_free,
                                _("Could not read the market data"), error);
}

static gpointer
entry_from_row (SlStmt *stmt)
{
  SlMarketEntry *entry = g_new0 (SlMarketEntry, 1);

  entry->role = sl_stmt_dup_text (stmt, 0);
  entry->level = sl_stmt_dup_text (stmt, 1);
  entry->location = sl_stmt_dup_text (stmt, 2);
  sl_market_component_from_string ((const char *) sqlite3_column_text (stmt, 3), &entry->component);
  entry->sample_size = sqlite3_column_type (stmt, 4) == SQLITE_NULL ? -1 : sqlite3_column_int64 (stmt, 4);
  for (guint p = 0; p < SL_N_PERCENTILES; p++)
    entry->percentiles[p] = sl_stmt_column_amount (stmt, 5 + p);
  entry->has_range = sqlite3_column_type (stmt, 10) != SQLITE_NULL;
  entry->range_min = sl_stmt_column_amount (stmt, 10);
  entry->range_max = sl_stmt_column_amount (stmt, 11);
  entry->open_ended = sqlite3_column_int (stmt, 12) != 0;
  entry->has_average = sqlite3_column_type (stmt, 13) != SQLITE_NULL;
  entry->average_low = sl_stmt_column_amount (stmt, 13);
  entry->average_high = sl_stmt_column_amount (stmt, 14);
  entry->mean = sl_stmt_column_amount (stmt, 15);

  return entry;
}

/**
 * sl_store_load_market_dataset:
 *
 * Returns: (transfer full): the data set as the document it came from
 */
SlMarketDocument *
sl_store_load_market_dataset (SlStore *self,
                              gint64   dataset_id,
                              GError **error)
{
  g_autoptr(SlMarketDocument) document = g_new0 (SlMarketDocument, 1);
  g_autoptr(SlStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  stmt = sl_store_prepare (self,
                           "SELECT source, source_url, as_of, currency FROM market_datasets WHERE id = ?",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, dataset_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        sl_store_set_not_found (error, _("There is no market data set with id %s"), dataset_id);
      else
        sl_store_set_sqlite_error (self, error, rc, _("Could not read the market data"));
      return NULL;
    }
  document->source = sl_stmt_dup_text (stmt, 0);
  document->source_url = sl_stmt_dup_text (stmt, 1);
  document->as_of = sl_stmt_dup_text (stmt, 2);
  document->currency = sl_stmt_dup_text (stmt, 3);
  g_clear_pointer (&stmt, sl_stmt_release);

  stmt = sl_store_prepare (self,
                           "SELECT role, level, location, component, sample_size, p10, p25, p50, p75, "
                           "  p90, range_min, range_max, open_ended, average_low, average_high, mean "
                           "FROM market_entries WHERE dataset_id = ? ORDER BY position",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, dataset_id);
  document->entries = sl_store_collect_rows (self, stmt, entry_from_row,
                                             (GDestroyNotify) sl_market_entry_free,
                                             _("Could not read the market data"), error);
  if (document->entries == NULL)
    return NULL;

  return g_steal_pointer (&document);
}

/* The built-in data set, or the first one stored; 0 when there is none. */
static gint64
default_dataset (SlStore  *self,
                 GError  **error)
{
  g_autoptr(GPtrArray) datasets = sl_store_list_market_datasets (self, error);

  if (datasets == NULL)
    return -1;

  for (guint i = 0; i < datasets->len; i++)
    if (((SlMarketDataset *) g_ptr_array_index (datasets, i))->builtin)
      return ((SlMarketDataset *) g_ptr_array_index (datasets, i))->id;

  return datasets->len > 0 ? ((SlMarketDataset *) g_ptr_array_index (datasets, 0))->id : 0;
}

/**
 * sl_store_load_chart_market:
 * @dataset_id: the market data set, or 0 for the built-in one
 * @document: (out) (transfer full) (nullable): the data set, or %NULL
 *   when the store has none
 * @note: (out) (transfer full) (nullable): "Source: …, as of …", naming
 *   the data set under a chart
 *
 * Reads the market data set that a chart of pay compares with.
 *
 * Returns: %FALSE on error
 */
gboolean
sl_store_load_chart_market (SlStore           *self,
                            gint64             dataset_id,
                            SlMarketDocument **document,
                            char             **note,
                            GError           **error)
{
  g_autoptr(GPtrArray) datasets = NULL;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (document != NULL && note != NULL, FALSE);

  *document = NULL;
  *note = NULL;

  if (dataset_id == 0)
    dataset_id = default_dataset (self, error);
  if (dataset_id < 0)
    return FALSE;
  if (dataset_id == 0)
    return TRUE;

  *document = sl_store_load_market_dataset (self, dataset_id, error);
  if (*document == NULL)
    return FALSE;

  datasets = sl_store_list_market_datasets (self, NULL);
  for (guint i = 0; datasets != NULL && i < datasets->len; i++)
    {
      SlMarketDataset *dataset = g_ptr_array_index (datasets, i);

      if (dataset->id == dataset_id)
        /* Translators: where market figures come from, and how recent they are */
        *note = g_strdup_printf (_("Source: %s, as of %s"), dataset->source, dataset->as_of);
    }

  return TRUE;
}

void
sl_market_dataset_free (SlMarketDataset *dataset)
{
  if (dataset == NULL)
    return;

  g_free (dataset->source);
  g_free (dataset->source_url);
  g_free (dataset->as_of);
  g_free (dataset->currency);
  g_free (dataset->feed_url);
  g_free (dataset);
}

/**
 * sl_store_delete_market_dataset:
 *
 * Deletes a data set with its entries. The built-in set stays: it is what
 * charts fall back on, and it would come back with the next start anyway.
 * A feed whose data set this was keeps its other versions.
 */
gboolean
sl_store_delete_market_dataset (SlStore *self,
                                gint64   dataset_id,
                                GError **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  g_autofree char *source = NULL;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);

  if (!sl_store_begin (self, error))
    return FALSE;

  stmt = sl_store_prepare (self, "SELECT source, builtin FROM market_datasets WHERE id = ?", error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_int64 (stmt, 1, dataset_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        sl_store_set_not_found (error, _("There is no market data set with id %s"), dataset_id);
      else
        sl_store_set_sqlite_error (self, error, rc, _("Could not read the market data"));
      goto failed;
    }

  if (sqlite3_column_int (stmt, 1) != 0)
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_CONSTRAINT,
                           _("The built-in market data cannot be deleted"));
      goto failed;
    }

  source = sl_stmt_dup_text (stmt, 0);
  g_clear_pointer (&stmt, sl_stmt_release);

  /* The entries go with it; a feed that last brought it forgets it. */
  stmt = sl_store_prepare (self, "DELETE FROM market_datasets WHERE id = ?", error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_int64 (stmt, 1, dataset_id);
  if (!sl_store_step_done (self, stmt, error) ||
      !sl_store_audit (self, "market.delete", "market_dataset", dataset_id, source, error) ||
      !sl_store_commit (self, error))
    goto failed;

  sl_store_emit_changed (self, "market", dataset_id);
  return TRUE;

failed:
  sl_store_rollback (self);
  return FALSE;
}

/**
 * sl_market_dataset_is_stale:
 * @now: the time now, in seconds since the epoch (UTC)
 *
 * Whether a data set's figures may be out of date without anyone having
 * noticed. Only a feed's data set can be stale: a feed stands for current
 * figures, and each fetch that brings them, or that the feed answers with
 * "not modified", confirms them. One not confirmed in the last
 * %SL_MARKET_STALE_AFTER seconds (a week) is stale; so, in time, is every
 * older version of a feed's data, which fetches no longer confirm. The
 * built-in set and sets imported from files are as of their date and
 * promise nothing more, so they are never stale.
 */
gboolean
sl_market_dataset_is_stale (const SlMarketDataset *dataset,
                            gint64                 now)
{
  g_return_val_if_fail (dataset != NULL, FALSE);

  if (dataset->builtin || dataset->feed_url == NULL)
    return FALSE;

  return dataset->fetched <= 0 || now - dataset->fetched > SL_MARKET_STALE_AFTER;
}
