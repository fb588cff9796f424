/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-charts"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sl-pay-chart-source.h"

/**
 * sl_pay_chart_data_init:
 * @data: (out caller-allocates): filled in; clear it with
 *   sl_pay_chart_data_clear()
 * @title: the role
 * @band: (nullable): the role's pay band
 * @rows: (element-type SlPayRow): its candidates' pay and latest offers
 * @document: (nullable): the market data set to compare with
 * @market_note: (nullable): what names @document under the chart
 *
 * Points @data at figures already read, which must outlive it, for the
 * salary, total compensation and band fit charts of a role.
 */
void
sl_pay_chart_data_init (SlPayChartData         *data,
                        const char             *title,
                        const SlPayBand        *band,
                        GPtrArray              *rows,
                        const SlMarketDocument *document,
                        const char             *market_note)
{
  g_return_if_fail (data != NULL);

  memset (data, 0, sizeof *data);
  data->title = g_strdup (title);
  /* Pay and offers are in the band's currency; without a band, in that of
   * the market data, else dollars. */
  data->currency = g_strdup (band != NULL ? band->currency
                             : document != NULL ? document->currency
                             : "USD");
  data->band = band;
  data->rows = rows;
  data->market_note = g_strdup (market_note);
  data->market_base = sl_market_document_find_entry (document, SL_MARKET_BASE, title);
  data->market_total = sl_market_document_find_entry (document, SL_MARKET_TOTAL, title);
}

/* Frees what sl_pay_chart_data_init() made, and zeroes @data. */
void
sl_pay_chart_data_clear (SlPayChartData *data)
{
  g_return_if_fail (data != NULL);

  g_free (data->title);
  g_free (data->currency);
  g_free (data->market_note);
  memset (data, 0, sizeof *data);
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
  g_autofree char *market_note = NULL;

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

  if (!sl_store_load_chart_market (store, dataset_id, &source->document, &market_note, error))
    return NULL;

  sl_pay_chart_data_init (&source->data, sl_role_get_title (role), source->band, source->rows,
                          source->document, market_note);

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

  if (!sl_store_load_chart_market (store, dataset_id, &source->document, &source->data.market_note, error))
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
      row->market = sl_market_document_find_entry (source->document, SL_MARKET_BASE, row->title);
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

  sl_pay_chart_data_clear (&source->data);
  g_clear_pointer (&source->band, sl_pay_band_free);
  g_clear_pointer (&source->rows, g_ptr_array_unref);
  g_clear_pointer (&source->document, sl_market_document_free);
  g_clear_pointer (&source->overview_roles, g_ptr_array_unref);
  g_clear_pointer (&source->overview_bands, g_ptr_array_unref);
  g_free (source);
}
