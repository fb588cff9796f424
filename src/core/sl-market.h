/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SL_MARKET_ERROR (sl_market_error_quark ())

typedef enum
{
  SL_MARKET_ERROR_INVALID,    /* the document breaks a rule of shortlist-market/1 */
  SL_MARKET_ERROR_TOO_LARGE,  /* over SL_MARKET_MAX_BYTES or SL_MARKET_MAX_ENTRIES */
} SlMarketError;

typedef enum
{
  SL_MARKET_BASE,
  SL_MARKET_TOTAL,
} SlMarketComponent;

typedef enum
{
  SL_P10,
  SL_P25,
  SL_P50,
  SL_P75,
  SL_P90,
  SL_N_PERCENTILES
} SlPercentile;

#define SL_MARKET_MAX_BYTES   (5 * 1024 * 1024)
#define SL_MARKET_MAX_ENTRIES 10000
#define SL_MARKET_MAX_AMOUNT  100000000.0

/* One line of a market data set: what one kind of pay looks like for one
 * role, level and location. Annual amounts in the document's currency. */
typedef struct
{
  char              *role;
  char              *level;                         /* nullable */
  char              *location;                      /* "US" when the document has none */
  SlMarketComponent  component;
  gint64             sample_size;                   /* -1 when absent */
  double             percentiles[SL_N_PERCENTILES]; /* NAN when absent */
  gboolean           has_range;
  double             range_min;
  double             range_max;
  gboolean           open_ended;                    /* "max and above" */
  gboolean           has_average;
  double             average_low;
  double             average_high;
  double             mean;                          /* NAN when absent */
} SlMarketEntry;

typedef struct
{
  char      *source;
  char      *source_url;  /* nullable */
  char      *as_of;       /* YYYY-MM-DD */
  char      *currency;    /* ISO 4217 code */
  GPtrArray *entries;     /* SlMarketEntry*, owned */
} SlMarketDocument;

GQuark            sl_market_error_quark           (void);

SlMarketDocument *sl_market_document_parse        (const char              *data,
                                                   gssize                   length,
                                                   GError                 **error);
SlMarketDocument *sl_market_document_load_builtin (GError                 **error);
char             *sl_market_document_to_json      (const SlMarketDocument  *self,
                                                   gsize                   *length);

const char       *sl_market_component_to_string   (SlMarketComponent        component);
gboolean          sl_market_component_from_string (const char              *str,
                                                   SlMarketComponent       *component);
const char       *sl_percentile_to_string         (SlPercentile             p);

const SlMarketEntry *sl_market_document_find_entry (const SlMarketDocument *self,
                                                    SlMarketComponent       component,
                                                    const char             *role);

void              sl_market_entry_free            (SlMarketEntry           *entry);
void              sl_market_document_free         (SlMarketDocument        *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlMarketDocument, sl_market_document_free)

G_END_DECLS
