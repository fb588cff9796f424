/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-charts"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-pay-chart-source.h"

/* The market entry of @component for the role: the one named like the role
 * when the data set has it, else its first. */
static const SlMarketEntry *
pick_entry (const SlMarketDocument *document,
            SlMarketComponent       component,
            const char             *title)
{
  const SlMarketEntry *first = NULL;

  for (guint i = 0; document != NULL && i < document->entries->len; i++)
    {
      const SlMarketEntry *entry = g_ptr_array_index (document->entries, i);

      if (entry->component != component)
        continue;
      if (g_strcmp0 (entry->role, title) == 0)
        return entry;
      if (first == NULL)
        first = entry;
    }

  return first;
}

/* The built-in data set, or the first one stored. */
static gint64
default_dataset (SlStore  *store,
                 GError  **error)
{
  g_autoptr(GPtrArray) datasets = sl_store_list_market_datasets (store, error);

  if (datasets == NULL)
    return -1;

  for (guint i = 0; i < datasets->len; i++)
    if (((SlMarketDataset *) g_ptr_array_index (datasets, i))->builtin)
      return ((SlMarketDataset *) g_ptr_array_index (datasets, i))->id;

  return datasets->len > 0 ? ((SlMarketDataset *) g_ptr_array_index (datasets, 0))->id : 0;
}

/* Loads data set @dataset_id, or the built-in one for 0, into @source with
 * the note that names it. A store without any leaves the document NULL. */
static gboolean
load_market (SlPayChartSource  *source,
             SlStore           *store,
             gint64             dataset_id,
             GError           **error)
{
  g_autoptr(GPtrArray) datasets = NULL;

  if (dataset_id == 0)
    dataset_id = default_dataset (store, error);
  if (dataset_id < 0)
    return FALSE;
  if (dataset_id == 0)
    return TRUE;

  source->document = sl_store_load_market_dataset (store, dataset_id, error);
  if (source->document == NULL)
    return FALSE;

  datasets = sl_store_list_market_datasets (store, NULL);
  for (guint i = 0; datasets != NULL && i < datasets->len; i++)
    {
      SlMarketDataset *dataset = g_ptr_array_index (datasets, i);

      if (dataset->id == dataset_id)
        /* Translators: where market figures come from, and how recent they are */
        source->data.market_note = g_strdup_printf (_("Source: %s, as of %s"),
                                                    dataset->source, dataset->as_of);
    }

  return TRUE;
}

/**
 * sl_pay_chart_source_load:
 * @dataset_id: the market data set, or 0 for the built-in one
 *
 * Reads what a role's compensation charts show: its band, its candidates'
 * pay and latest offers, and the market for it from one data set.
 */
SlPayChartSource *
sl_pay_chart_source_load (SlStore  *store,
                          gint64    role_id,
                          gint64    dataset_id,
                          GError  **error)
{
  g_autoptr(SlPayChartSource) source = g_new0 (SlPayChartSource, 1);
  g_autoptr(SlRole) role = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (SL_IS_STORE (store), NULL);

  role = sl_store_get_role (store, role_id, error);
  if (role == NULL)
    return NULL;

  source->band = sl_store_get_pay_band (store, role_id, &local_error);
  if (source->band == NULL && !g_error_matches (local_error, SL_ERROR, SL_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  source->rows = sl_store_list_pay_rows (store, role_id, error);
  if (source->rows == NULL)
    return NULL;

  if (!load_market (source, store, dataset_id, error))
    return NULL;

  source->data.title = g_strdup (sl_role_get_title (role));
  /* Pay and offers are in the band's currency; without a band, in that of
   * the market data, else dollars. */
  source->data.currency = g_strdup (source->band != NULL ? source->band->currency
                                    : source->document != NULL ? source->document->currency
                                    : "USD");
  source->data.band = source->band;
  source->data.rows = source->rows;
  source->data.market_base = pick_entry (source->document, SL_MARKET_BASE, source->data.title);
  source->data.market_total = pick_entry (source->document, SL_MARKET_TOTAL, source->data.title);

  return g_steal_pointer (&source);
}

static void
overview_role_free (gpointer data)
{
  SlPayOverviewRole *role = data;

  g_free (role->title);
  g_free (role);
}

/**
 * sl_pay_chart_source_load_overview:
 * @dataset_id: the market data set, or 0 for the built-in one
 *
 * Reads what the compensation overview shows: every role with its band
 * and the market's base pay for it, from one data set: the entry named
 * like the role, else the data set's first. The chart is in the data
 * set's currency; a band in another is left out rather than drawn on an
 * axis that is not its own.
 */
SlPayChartSource *
sl_pay_chart_source_load_overview (SlStore  *store,
                                   gint64    dataset_id,
                                   GError  **error)
{
  g_autoptr(SlPayChartSource) source = g_new0 (SlPayChartSource, 1);
  g_autoptr(GListModel) roles = NULL;
  guint n_roles;

  g_return_val_if_fail (SL_IS_STORE (store), NULL);
  g_return_val_if_fail (dataset_id >= 0, NULL);

  roles = sl_store_list_roles (store, error);
  if (roles == NULL)
    return NULL;

  if (!load_market (source, store, dataset_id, error))
    return NULL;

  n_roles = g_list_model_get_n_items (roles);
  source->overview_roles = g_ptr_array_new_full (n_roles, overview_role_free);
  source->overview_bands = g_ptr_array_new_with_free_func ((GDestroyNotify) sl_pay_band_free);

  for (guint i = 0; i < n_roles; i++)
    {
      g_autoptr(SlRole) role = g_list_model_get_item (roles, i);
      g_autoptr(GError) local_error = NULL;
      g_autoptr(SlPayBand) band = NULL;
      SlPayOverviewRole *row = g_new0 (SlPayOverviewRole, 1);

      row->title = g_strdup (sl_role_get_title (role));
      row->market = pick_entry (source->document, SL_MARKET_BASE, row->title);
      g_ptr_array_add (source->overview_roles, row);

      band = sl_store_get_pay_band (store, sl_role_get_id (role), &local_error);
      if (band == NULL && !g_error_matches (local_error, SL_ERROR, SL_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (band == NULL)
        continue;

      /* Without market data the first band sets the currency. */
      if (source->data.currency == NULL)
        source->data.currency = g_strdup (source->document != NULL ? source->document->currency
                                                                  : band->currency);
      if (g_ascii_strcasecmp (band->currency, source->data.currency) != 0)
        continue;

      row->band = band;
      g_ptr_array_add (source->overview_bands, g_steal_pointer (&band));
    }

  source->data.title = g_strdup (_("Compensation overview"));
  if (source->data.currency == NULL)
    source->data.currency = g_strdup (source->document != NULL ? source->document->currency
                                                              : "USD");
  source->data.roles = source->overview_roles;

  return g_steal_pointer (&source);
}

void
sl_pay_chart_source_free (SlPayChartSource *source)
{
  if (source == NULL)
    return;

  g_free (source->data.title);
  g_free (source->data.currency);
  g_free (source->data.market_note);
  g_clear_pointer (&source->band, sl_pay_band_free);
  g_clear_pointer (&source->rows, g_ptr_array_unref);
  g_clear_pointer (&source->document, sl_market_document_free);
  g_clear_pointer (&source->overview_roles, g_ptr_array_unref);
  g_clear_pointer (&source->overview_bands, g_ptr_array_unref);
  g_free (source);
}
