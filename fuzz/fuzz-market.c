/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-market: the shortlist-market/1 parser on any bytes; what it
 * accepts must write out and parse back. */

#include "config.h"

#include <stdint.h>

#include "sl-market.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  SlMarketDocument *document = sl_market_document_parse ((const char *) data, size, &error);
  g_autofree char *json = NULL;
  SlMarketDocument *again;
  gsize length;

  if (document == NULL)
    {
      g_assert (error != NULL);
      return 0;
    }

  json = sl_market_document_to_json (document, &length);
  again = sl_market_document_parse (json, length, &error);
  g_assert (again != NULL);

  sl_market_document_free (again);
  sl_market_document_free (document);

  return 0;
}
