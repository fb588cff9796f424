/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-market"

#include "config.h"

#include <math.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "sl-json.h"
#include "sl-market.h"

#define SL_MARKET_FORMAT       "shortlist-market/1"
#define SL_MARKET_BUILTIN_PATH "/io/github/shortlist/Shortlist/market/default.json"

/* A market data set needs four levels of nesting; the rest is headroom for
 * unknown members. */
#define MAX_DEPTH 64

/* How much of a value the user gave is repeated in a message. */
#define QUOTE_MAX_CHARS 40

G_DEFINE_QUARK (sl-market-error-quark, sl_market_error)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlMarketEntry, sl_market_entry_free)

static const char * const percentile_names[SL_N_PERCENTILES] = {
  "p10", "p25", "p50", "p75", "p90",
};

/* Messages name the member only; read_entries() names the entry. A value
 * the user gave is repeated on one line, and cut short when long. */
static const SlJsonFormat market_format = {
  .name = SL_MARKET_FORMAT,
  .error_quark = sl_market_error_quark,
  .error_code = SL_MARKET_ERROR_INVALID,
  .too_large_code = SL_MARKET_ERROR_TOO_LARGE,
  .syntax = SL_JSON_LENIENT,
  .max_bytes = SL_MARKET_MAX_BYTES,
  .max_depth = MAX_DEPTH,
  .max_items = 0, /* entries have a limit, and an error code, of their own */
  .max_quoted_chars = QUOTE_MAX_CHARS,
  .trim_strings = FALSE,

  /* Translators: a line and a column in the document */
  .position = N_("%u:%u"),

  /* Translators: %1$u is the limit and %2$.1f the size of the document, in MB */
  .too_large = N_("the document is %2$.1f MB, over the %1$u MB limit"),
  .not_utf8 = N_("the document is not valid UTF-8 text: %s"),
  /* Translators: %1$s is a position in the document, %2$u a number of levels */
  .too_deep = N_("the document nests values more than %2$u deep: %1$s"),
  /* Translators: a position in the document, then what json-glib found wrong there */
  .syntax_error = N_("the document is not valid JSON: %s: %s"),
  .not_json = N_("the document is not valid JSON: %s"),
  .empty = N_("the document is empty"),
  .not_an_object = N_("the document is not a JSON object"),
  .wrong_format = N_("format: %s is not \"%s\""),

  /* Translators: %s is the name of a member of the document, such as "role" */
  .member_missing = N_("%s is missing"),
  .member_not_a_string = N_("%s must be a string"),
  .member_not_filled = N_("%s must be a non-empty string"),
  .member_empty = N_("%s must be a non-empty string"),
  .member_not_utf8 = N_("%s is not valid UTF-8 text"),
  /* Every number of the format is an amount of money. */
  .member_not_a_number = N_("amount \"%s\" must be a number"),
  .member_not_an_array = N_("%s must be an array"),
  .member_not_an_object = N_("%s must be an object"),
};

const char *
sl_market_component_to_string (SlMarketComponent component)
{
  switch (component)
    {
    case SL_MARKET_BASE:
      return "base";

    case SL_MARKET_TOTAL:
      return "total";

    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
sl_market_component_from_string (const char        *str,
                                 SlMarketComponent *component)
{
  SlMarketComponent value;

  if (g_strcmp0 (str, "base") == 0)
    value = SL_MARKET_BASE;
  else if (g_strcmp0 (str, "total") == 0)
    value = SL_MARKET_TOTAL;
  else
    return FALSE;

  if (component != NULL)
    *component = value;

  return TRUE;
}

const char *
sl_percentile_to_string (SlPercentile p)
{
  g_return_val_if_fail ((guint) p < SL_N_PERCENTILES, NULL);

  return percentile_names[p];
}

/**
 * sl_market_document_find_entry:
 * @self: (nullable): a market data set
 * @role: the role's title
 *
 * The entry of @component that a chart of @role compares with: the one
 * named like the role when the data set has it, else its first.
 *
 * Returns: (transfer none) (nullable): the entry, or %NULL when the data
 *   set has none of @component
 */
const SlMarketEntry *
sl_market_document_find_entry (const SlMarketDocument *self,
                               SlMarketComponent       component,
                               const char             *role)
{
  const SlMarketEntry *first = NULL;

  for (guint i = 0; self != NULL && i < self->entries->len; i++)
    {
      const SlMarketEntry *entry = g_ptr_array_index (self->entries, i);

      if (entry->component != component)
        continue;
      if (g_strcmp0 (entry->role, role) == 0)
        return entry;
      if (first == NULL)
        first = entry;
    }

  return first;
}

void
sl_market_entry_free (SlMarketEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->role);
  g_free (entry->level);
  g_free (entry->location);
  g_free (entry);
}

void
sl_market_document_free (SlMarketDocument *self)
{
  if (self == NULL)
    return;

  g_free (self->source);
  g_free (self->source_url);
  g_free (self->as_of);
  g_free (self->currency);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_free (self);
}

static SlMarketEntry *
entry_new (void)
{
  SlMarketEntry *entry = g_new0 (SlMarketEntry, 1);

  entry->sample_size = -1;
  for (guint i = 0; i < SL_N_PERCENTILES; i++)
    entry->percentiles[i] = NAN;
  entry->mean = NAN;

  return entry;
}

static char *
format_amount (double amount)
{
  return g_strdup_printf ("%.15g", amount);
}

/* An amount of money: a JSON number, finite, above zero and below
 * SL_MARKET_MAX_AMOUNT. */
static gboolean
read_amount (JsonObject  *object,
             const char  *parent,
             const char  *member,
             gboolean     required,
             gboolean    *present,
             double      *amount,
             GError     **error)
{
  g_autofree char *path = sl_json_member_path (parent, member);
  g_autofree char *shown = NULL;

  if (!sl_json_get_number (&market_format, object, parent, member, SL_JSON_OPTIONAL,
                           present, amount, error))
    return FALSE;

  if (!*present)
    {
      if (!required)
        return TRUE;

      /* Translators: %s names an amount of the document, such as "range.min" */
      g_set_error (error, SL_MARKET_ERROR, SL_MARKET_ERROR_INVALID,
                   _("amount \"%s\" is missing"), path);
      return FALSE;
    }

  shown = format_amount (*amount);

  if (!isfinite (*amount))
    {
      g_set_error (error, SL_MARKET_ERROR, SL_MARKET_ERROR_INVALID,
                   _("amount \"%s\" (%s) is not a finite number"), path, shown);
      return FALSE;
    }

  if (*amount <= 0)
    {
      g_set_error (error, SL_MARKET_ERROR, SL_MARKET_ERROR_INVALID,
                   _("amount \"%s\" (%s) must be above zero"), path, shown);
      return FALSE;
    }

  if (*amount >= SL_MARKET_MAX_AMOUNT)
    {
      g_autofree char *limit = format_amount (SL_MARKET_MAX_AMOUNT);

      g_set_error (error, SL_MARKET_ERROR, SL_MARKET_ERROR_INVALID,
                   _("amount \"%s\" (%s) must be below %s"), path, shown, limit);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_percentiles (JsonObject     *object,
                  SlMarketEntry  *entry,
                  gboolean       *present,
                  GError        **error)
{
  JsonObject *percentiles;
  int previous = -1;

  *present = FALSE;

  if (!sl_json_get_object (&market_format, object, NULL, "percentiles", SL_JSON_OPTIONAL,
                           &percentiles, error))
    return FALSE;

  if (percentiles == NULL)
    return TRUE;

  for (guint i = 0; i < SL_N_PERCENTILES; i++)
    {
      gboolean has_value;
      double value;

      if (!read_amount (percentiles, NULL, percentile_names[i], FALSE, &has_value, &value, error))
        return FALSE;

      if (!has_value)
        continue;

      if (previous >= 0 && value < entry->percentiles[previous])
        {
          g_autofree char *shown = format_amount (value);
          g_autofree char *shown_previous = format_amount (entry->percentiles[previous]);

          g_set_error (error, SL_MARKET_ERROR, SL_MARKET_ERROR_INVALID,
                       _("%s (%s) is below %s (%s)"),
                       percentile_names[i], shown,
                       percentile_names[previous], shown_previous);
          return FALSE;
        }

      entry->percentiles[i] = value;
      previous = i;
      *present = TRUE;
    }

  return TRUE;
}

static gboolean
read_range (JsonObject     *object,
            SlMarketEntry  *entry,
            GError        **error)
{
  JsonObject *range;
  JsonNode *node;
  gboolean present;

  if (!sl_json_get_object (&market_format, object, NULL, "range", SL_JSON_OPTIONAL,
                           &range, error))
    return FALSE;

  if (range == NULL)
    return TRUE;

  if (!read_amount (range, "range", "min", TRUE, &present, &entry->range_min, error) ||
      !read_amount (range, "range", "max", TRUE, &present, &entry->range_max, error))
    return FALSE;

  if (entry->range_min > entry->range_max)
    {
      g_autofree char *shown_min = format_amount (entry->range_min);
      g_autofree char *shown_max = format_amount (entry->range_max);

      g_set_error (error, SL_MARKET_ERROR, SL_MARKET_ERROR_INVALID,
                   _("range: min is above max (%s > %s)"), shown_min, shown_max);
      return FALSE;
    }

  node = sl_json_get_member (range, "open_ended");
  if (node != NULL)
    {
      if (!sl_json_node_holds (node, G_TYPE_BOOLEAN))
        {
          g_set_error_literal (error, SL_MARKET_ERROR, SL_MARKET_ERROR_INVALID,
                               _("range.open_ended must be true or false"));
          return FALSE;
        }

      entry->open_ended = json_node_get_boolean (node);
    }

  entry->has_range = TRUE;

  return TRUE;
}

static gboolean
read_average (JsonObject     *object,
              SlMarketEntry  *entry,
              GError        **error)
{
  JsonObject *average;
  gboolean present;

  if (!sl_json_get_object (&market_format, object, NULL, "average", SL_JSON_OPTIONAL,
                           &average, error))
    return FALSE;

  if (average == NULL)
    return TRUE;

  if (!read_amount (average, "average", "low", TRUE, &present, &entry->average_low, error) ||
      !read_amount (average, "average", "high", TRUE, &present, &entry->average_high, error))
    return FALSE;

  if (entry->average_low > entry->average_high)
    {
      g_autofree char *shown_low = format_amount (entry->average_low);
      g_autofree char *shown_high = format_amount (entry->average_high);

      g_set_error (error, SL_MARKET_ERROR, SL_MARKET_ERROR_INVALID,
                   _("average: low is above high (%s > %s)"), shown_low, shown_high);
      return FALSE;
    }

  entry->has_average = TRUE;

  return TRUE;
}

static gboolean
read_sample_size (JsonObject     *object,
                  SlMarketEntry  *entry,
                  GError        **error)
{
  JsonNode *node = sl_json_get_member (object, "sample_size");

  if (node == NULL)
    return TRUE;

  if (sl_json_node_holds (node, G_TYPE_INT64))
    {
      gint64 value = json_node_get_int (node);
      g_autofree char *shown = NULL;

      if (value > 0)
        {
          entry->sample_size = value;
          return TRUE;
        }

      /* Formatted apart so that the message stays one string for gettext. */
      shown = g_strdup_printf ("%" G_GINT64_FORMAT, value);
      g_set_error (error, SL_MARKET_ERROR, SL_MARKET_ERROR_INVALID,
                   _("sample_size (%s) must be a positive whole number"), shown);
      return FALSE;
    }

  g_set_error_literal (error, SL_MARKET_ERROR, SL_MARKET_ERROR_INVALID,
                       _("sample_size must be a positive whole number"));
  return FALSE;
}

/* Messages from here name the member only; the caller names the entry. */
static SlMarketEntry *
read_entry (JsonNode  *node,
            GError   **error)
{
  g_autoptr(SlMarketEntry) entry = entry_new ();
  g_autofree char *component = NULL;
  JsonObject *object;
  gboolean has_percentiles;
  gboolean has_mean;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error_literal (error, SL_MARKET_ERROR, SL_MARKET_ERROR_INVALID,
                           _("not a JSON object"));
      return NULL;
    }

  object = json_node_get_object (node);

  if (!sl_json_get_string (&market_format, object, NULL, "role", SL_JSON_FILLED,
                           &entry->role, error) ||
      !sl_json_get_string (&market_format, object, NULL, "level", SL_JSON_OPTIONAL,
                           &entry->level, error) ||
      !sl_json_get_string (&market_format, object, NULL, "location", SL_JSON_OPTIONAL,
                           &entry->location, error) ||
      !sl_json_get_string (&market_format, object, NULL, "component", SL_JSON_REQUIRED,
                           &component, error))
    return NULL;

  if (!sl_market_component_from_string (component, &entry->component))
    {
      g_autofree char *shown = sl_json_quote (&market_format, component);

      g_set_error (error, SL_MARKET_ERROR, SL_MARKET_ERROR_INVALID,
                   _("component %s is not \"base\" or \"total\""), shown);
      return NULL;
    }

  if (!read_sample_size (object, entry, error) ||
      !read_percentiles (object, entry, &has_percentiles, error) ||
      !read_range (object, entry, error) ||
      !read_average (object, entry, error) ||
      !read_amount (object, NULL, "mean", FALSE, &has_mean, &entry->mean, error))
    return NULL;

  if (!has_percentiles && !entry->has_range && !entry->has_average && !has_mean)
    {
      g_set_error_literal (error, SL_MARKET_ERROR, SL_MARKET_ERROR_INVALID,
                           _("needs one of percentiles, range, average or mean"));
      return NULL;
    }

  if (entry->location == NULL)
    entry->location = g_strdup ("US");

  return g_steal_pointer (&entry);
}

static gboolean
is_iso_date (const char *str)
{
  static const guint digits[] = { 0, 1, 2, 3, 5, 6, 8, 9 };
  guint year;
  guint month;
  guint day;

  if (strlen (str) != 10 || str[4] != '-' || str[7] != '-')
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (digits); i++)
    if (!g_ascii_isdigit (str[digits[i]]))
      return FALSE;

  year = g_ascii_digit_value (str[0]) * 1000 + g_ascii_digit_value (str[1]) * 100 +
         g_ascii_digit_value (str[2]) * 10 + g_ascii_digit_value (str[3]);
  month = g_ascii_digit_value (str[5]) * 10 + g_ascii_digit_value (str[6]);
  day = g_ascii_digit_value (str[8]) * 10 + g_ascii_digit_value (str[9]);

  return g_date_valid_dmy (day, month, year);
}

static gboolean
is_currency_code (const char *str)
{
  return strlen (str) == 3 &&
         g_ascii_isupper (str[0]) && g_ascii_isupper (str[1]) && g_ascii_isupper (str[2]);
}

static gboolean
is_web_address (const char *str)
{
  g_autoptr(GUri) uri = g_uri_parse (str, G_URI_FLAGS_NONE, NULL);
  const char *scheme;
  const char *host;

  if (uri == NULL)
    return FALSE;

  scheme = g_uri_get_scheme (uri);
  host = g_uri_get_host (uri);

  return (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0) &&
         host != NULL && *host != '\0';
}

static gboolean
read_header (JsonObject        *root,
             SlMarketDocument  *doc,
             GError           **error)
{
  if (!sl_json_get_string (&market_format, root, NULL, "source", SL_JSON_FILLED,
                           &doc->source, error) ||
      !sl_json_get_string (&market_format, root, NULL, "source_url", SL_JSON_OPTIONAL,
                           &doc->source_url, error) ||
      !sl_json_get_string (&market_format, root, NULL, "as_of", SL_JSON_REQUIRED,
                           &doc->as_of, error) ||
      !sl_json_get_string (&market_format, root, NULL, "currency", SL_JSON_REQUIRED,
                           &doc->currency, error))
    return FALSE;

  if (doc->source_url != NULL && !is_web_address (doc->source_url))
    {
      g_autofree char *shown = sl_json_quote (&market_format, doc->source_url);

      g_set_error (error, SL_MARKET_ERROR, SL_MARKET_ERROR_INVALID,
                   _("source_url: %s is not an http or https address"), shown);
      return FALSE;
    }

  if (!is_iso_date (doc->as_of))
    {
      g_autofree char *shown = sl_json_quote (&market_format, doc->as_of);

      g_set_error (error, SL_MARKET_ERROR, SL_MARKET_ERROR_INVALID,
                   _("as_of: %s is not a date (YYYY-MM-DD)"), shown);
      return FALSE;
    }

  if (!is_currency_code (doc->currency))
    {
      g_autofree char *shown = sl_json_quote (&market_format, doc->currency);

      g_set_error (error, SL_MARKET_ERROR, SL_MARKET_ERROR_INVALID,
                   _("currency: %s is not a currency code (three capital letters, such as USD)"),
                   shown);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_entries (JsonObject        *root,
              SlMarketDocument  *doc,
              GError           **error)
{
  JsonArray *entries;
  guint n_entries;

  if (!sl_json_get_array (&market_format, root, NULL, "entries", SL_JSON_REQUIRED,
                          &entries, error))
    return FALSE;

  n_entries = json_array_get_length (entries);

  if (n_entries == 0)
    {
      g_set_error_literal (error, SL_MARKET_ERROR, SL_MARKET_ERROR_INVALID,
                           _("entries: the document has no entries"));
      return FALSE;
    }

  if (n_entries > SL_MARKET_MAX_ENTRIES)
    {
      g_set_error (error, SL_MARKET_ERROR, SL_MARKET_ERROR_TOO_LARGE,
                   _("entries: the document has %u entries, over the limit of %u"),
                   n_entries, (guint) SL_MARKET_MAX_ENTRIES);
      return FALSE;
    }

  for (guint i = 0; i < n_entries; i++)
    {
      SlMarketEntry *entry = read_entry (json_array_get_element (entries, i), error);

      if (entry == NULL)
        {
          /* Translators: %u counts the entries of the document from 1 */
          g_prefix_error (error, _("entry %u: "), i + 1);
          return FALSE;
        }

      g_ptr_array_add (doc->entries, entry);
    }

  return TRUE;
}

/**
 * sl_market_document_parse:
 * @data: a shortlist-market/1 document
 * @length: its length in bytes, or -1 when @data is nul-terminated
 * @error: return location for a #GError
 *
 * Reads and checks a market data set. The first thing that is wrong refuses
 * the whole document with a message that names the entry and the member.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 */
SlMarketDocument *
sl_market_document_parse (const char  *data,
                          gssize       length,
                          GError     **error)
{
  g_autoptr(SlMarketDocument) doc = NULL;
  g_autoptr(JsonObject) root = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  root = sl_json_parse_document (&market_format, data, length, error);
  if (root == NULL)
    return NULL;

  doc = g_new0 (SlMarketDocument, 1);
  doc->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) sl_market_entry_free);

  if (!read_header (root, doc, error) ||
      !read_entries (root, doc, error))
    return NULL;

  return g_steal_pointer (&doc);
}

/**
 * sl_market_document_load_builtin:
 * @error: return location for a #GError
 *
 * Reads the data set that ships with Shortlist: the figures of the default
 * role profile.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 */
SlMarketDocument *
sl_market_document_load_builtin (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  const char *data;
  gsize size;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = g_resources_lookup_data (SL_MARKET_BUILTIN_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &size);

  return sl_market_document_parse (data, size, error);
}

static void
add_entry (JsonBuilder         *builder,
           const SlMarketEntry *entry)
{
  gboolean has_percentiles = FALSE;

  json_builder_begin_object (builder);

  sl_json_builder_add_string (builder, "role", entry->role);
  sl_json_builder_add_string (builder, "level", entry->level);
  sl_json_builder_add_string (builder, "location", entry->location);
  sl_json_builder_add_string (builder, "component", sl_market_component_to_string (entry->component));

  if (entry->sample_size > 0)
    {
      json_builder_set_member_name (builder, "sample_size");
      json_builder_add_int_value (builder, entry->sample_size);
    }

  for (guint i = 0; i < SL_N_PERCENTILES; i++)
    has_percentiles |= !isnan (entry->percentiles[i]);

  if (has_percentiles)
    {
      json_builder_set_member_name (builder, "percentiles");
      json_builder_begin_object (builder);
      for (guint i = 0; i < SL_N_PERCENTILES; i++)
        if (!isnan (entry->percentiles[i]))
          sl_json_builder_add_number (builder, percentile_names[i], entry->percentiles[i]);
      json_builder_end_object (builder);
    }

  if (entry->has_range)
    {
      json_builder_set_member_name (builder, "range");
      json_builder_begin_object (builder);
      sl_json_builder_add_number (builder, "min", entry->range_min);
      sl_json_builder_add_number (builder, "max", entry->range_max);
      json_builder_set_member_name (builder, "open_ended");
      json_builder_add_boolean_value (builder, entry->open_ended);
      json_builder_end_object (builder);
    }

  if (entry->has_average)
    {
      json_builder_set_member_name (builder, "average");
      json_builder_begin_object (builder);
      sl_json_builder_add_number (builder, "low", entry->average_low);
      sl_json_builder_add_number (builder, "high", entry->average_high);
      json_builder_end_object (builder);
    }

  if (!isnan (entry->mean))
    sl_json_builder_add_number (builder, "mean", entry->mean);

  json_builder_end_object (builder);
}

/**
 * sl_market_document_to_json:
 * @self: a document
 * @length: (out) (optional): return location for the length in bytes
 *
 * Writes @self as a shortlist-market/1 document that
 * sl_market_document_parse() reads back to the same values.
 *
 * Returns: (transfer full): the JSON text
 */
char *
sl_market_document_to_json (const SlMarketDocument *self,
                            gsize                  *length)
{
  g_autoptr(JsonBuilder) builder = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  builder = sl_json_builder_begin_document (&market_format);
  sl_json_builder_add_string (builder, "source", self->source);
  sl_json_builder_add_string (builder, "source_url", self->source_url);
  sl_json_builder_add_string (builder, "as_of", self->as_of);
  sl_json_builder_add_string (builder, "currency", self->currency);

  json_builder_set_member_name (builder, "entries");
  json_builder_begin_array (builder);
  for (guint i = 0; self->entries != NULL && i < self->entries->len; i++)
    add_entry (builder, g_ptr_array_index (self->entries, i));
  json_builder_end_array (builder);

  return sl_json_builder_end_document (builder, length);
}
