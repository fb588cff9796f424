/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-test-market"

#include <math.h>
#include <string.h>

#include <glib.h>

#include "sl-market.h"

#define HEAD \
  "{\"format\": \"shortlist-market/1\", \"source\": \"Test survey\", " \
  "\"as_of\": \"2024-12-31\", \"currency\": \"USD\", \"entries\": ["
#define TAIL "]}"
#define GOOD_ENTRY "{\"role\": \"VP of Data\", \"component\": \"base\", \"mean\": 200000}"
#define ONE_ENTRY(entry) HEAD entry TAIL

static SlMarketDocument *
parse_ok (const char *json)
{
  g_autoptr(GError) error = NULL;
  SlMarketDocument *doc = sl_market_document_parse (json, -1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);

  return doc;
}

static void
assert_message_has (const GError *error,
                    const char   *needle)
{
  if (strstr (error->message, needle) == NULL)
    g_error ("message \"%s\" does not contain \"%s\"", error->message, needle);
}

static void
assert_entry_equal (const SlMarketEntry *a,
                    const SlMarketEntry *b)
{
  g_assert_cmpstr (a->role, ==, b->role);
  g_assert_cmpstr (a->level, ==, b->level);
  g_assert_cmpstr (a->location, ==, b->location);
  g_assert_cmpint (a->component, ==, b->component);
  g_assert_cmpint (a->sample_size, ==, b->sample_size);

  for (guint i = 0; i < SL_N_PERCENTILES; i++)
    {
      g_assert_cmpint (isnan (a->percentiles[i]), ==, isnan (b->percentiles[i]));
      if (!isnan (a->percentiles[i]))
        g_assert_cmpfloat (a->percentiles[i], ==, b->percentiles[i]);
    }

  g_assert_cmpint (a->has_range, ==, b->has_range);
  if (a->has_range)
    {
      g_assert_cmpfloat (a->range_min, ==, b->range_min);
      g_assert_cmpfloat (a->range_max, ==, b->range_max);
      g_assert_cmpint (a->open_ended, ==, b->open_ended);
    }

  g_assert_cmpint (a->has_average, ==, b->has_average);
  if (a->has_average)
    {
      g_assert_cmpfloat (a->average_low, ==, b->average_low);
      g_assert_cmpfloat (a->average_high, ==, b->average_high);
    }

  g_assert_cmpint (isnan (a->mean), ==, isnan (b->mean));
  if (!isnan (a->mean))
    g_assert_cmpfloat (a->mean, ==, b->mean);
}

static void
assert_document_equal (const SlMarketDocument *a,
                       const SlMarketDocument *b)
{
  g_assert_cmpstr (a->source, ==, b->source);
  g_assert_cmpstr (a->source_url, ==, b->source_url);
  g_assert_cmpstr (a->as_of, ==, b->as_of);
  g_assert_cmpstr (a->currency, ==, b->currency);
  g_assert_cmpuint (a->entries->len, ==, b->entries->len);

  for (guint i = 0; i < a->entries->len; i++)
    assert_entry_equal (g_ptr_array_index (a->entries, i), g_ptr_array_index (b->entries, i));
}

static void
assert_no_percentiles (const SlMarketEntry *entry)
{
  for (guint i = 0; i < SL_N_PERCENTILES; i++)
    g_assert_true (isnan (entry->percentiles[i]));
}

static void
test_builtin (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SlMarketDocument) doc = sl_market_document_load_builtin (&error);
  SlMarketEntry *entry;

  g_assert_no_error (error);
  g_assert_nonnull (doc);

  g_assert_cmpstr (doc->source, ==,
                   "Shortlist role profile: VP of AI/ML Engineering, "
                   "Salary Ranges (US Market, 2024)");
  g_assert_null (doc->source_url);
  g_assert_cmpstr (doc->as_of, ==, "2024-12-31");
  g_assert_cmpstr (doc->currency, ==, "USD");
  g_assert_cmpuint (doc->entries->len, ==, 3);

  /* Average Annual Salary: $217,433 to $283,018; Broad Range: $130,000 to $500,000+ */
  entry = g_ptr_array_index (doc->entries, 0);
  g_assert_cmpstr (entry->role, ==, "VP of AI/ML Engineering");
  g_assert_cmpstr (entry->level, ==, "VP");
  g_assert_cmpstr (entry->location, ==, "US");
  g_assert_cmpint (entry->component, ==, SL_MARKET_BASE);
  g_assert_cmpint (entry->sample_size, ==, -1);
  assert_no_percentiles (entry);
  g_assert_true (entry->has_range);
  g_assert_cmpfloat (entry->range_min, ==, 130000);
  g_assert_cmpfloat (entry->range_max, ==, 500000);
  g_assert_true (entry->open_ended);
  g_assert_true (entry->has_average);
  g_assert_cmpfloat (entry->average_low, ==, 217433);
  g_assert_cmpfloat (entry->average_high, ==, 283018);
  g_assert_true (isnan (entry->mean));

  /* Vice President of Engineering (including AI/ML): Average around $224,452 */
  entry = g_ptr_array_index (doc->entries, 1);
  g_assert_cmpstr (entry->role, ==, "VP of Engineering (including AI/ML)");
  g_assert_cmpstr (entry->level, ==, "VP");
  g_assert_cmpstr (entry->location, ==, "US");
  g_assert_cmpint (entry->component, ==, SL_MARKET_BASE);
  g_assert_cmpint (entry->sample_size, ==, -1);
  assert_no_percentiles (entry);
  g_assert_false (entry->has_range);
  g_assert_false (entry->has_average);
  g_assert_cmpfloat (entry->mean, ==, 224452);

  /* Vice President Machine Learning Engineer: Estimated total pay of $283,018 */
  entry = g_ptr_array_index (doc->entries, 2);
  g_assert_cmpstr (entry->role, ==, "VP Machine Learning Engineer");
  g_assert_cmpstr (entry->level, ==, "VP");
  g_assert_cmpstr (entry->location, ==, "US");
  g_assert_cmpint (entry->component, ==, SL_MARKET_TOTAL);
  g_assert_cmpint (entry->sample_size, ==, -1);
  assert_no_percentiles (entry);
  g_assert_false (entry->has_range);
  g_assert_false (entry->has_average);
  g_assert_cmpfloat (entry->mean, ==, 283018);
}

static const char full_document[] =
  "{\n"
  "  \"format\": \"shortlist-market/1\",\n"
  "  \"source\": \"Example Pay Survey 2024\",\n"
  "  \"source_url\": \"https://example.org/survey/2024\",\n"
  "  \"as_of\": \"2024-06-30\",\n"
  "  \"currency\": \"EUR\",\n"
  "  \"entries\": [\n"
  "    {\n"
  "      \"role\": \"Head of Machine Learning\",\n"
  "      \"level\": \"Director\",\n"
  "      \"location\": \"DE\",\n"
  "      \"component\": \"total\",\n"
  "      \"sample_size\": 120,\n"
  "      \"percentiles\": { \"p10\": 150000, \"p25\": 172500.5, \"p50\": 190000,\n"
  "                       \"p75\": 215000, \"p90\": 260000 },\n"
  "      \"range\": { \"min\": 140000, \"max\": 300000, \"open_ended\": false },\n"
  "      \"average\": { \"low\": 185000, \"high\": 205000 },\n"
  "      \"mean\": 195000.25\n"
  "    },\n"
  "    {\n"
  "      \"role\": \"VP of Data\",\n"
  "      \"component\": \"base\",\n"
  "      \"percentiles\": { \"p25\": 180000, \"p75\": 180000 }\n"
  "    }\n"
  "  ]\n"
  "}\n";

static void
test_full (void)
{
  g_autoptr(SlMarketDocument) doc = parse_ok (full_document);
  SlMarketEntry *entry;

  g_assert_cmpstr (doc->source, ==, "Example Pay Survey 2024");
  g_assert_cmpstr (doc->source_url, ==, "https://example.org/survey/2024");
  g_assert_cmpstr (doc->as_of, ==, "2024-06-30");
  g_assert_cmpstr (doc->currency, ==, "EUR");
  g_assert_cmpuint (doc->entries->len, ==, 2);

  entry = g_ptr_array_index (doc->entries, 0);
  g_assert_cmpstr (entry->role, ==, "Head of Machine Learning");
  g_assert_cmpstr (entry->level, ==, "Director");
  g_assert_cmpstr (entry->location, ==, "DE");
  g_assert_cmpint (entry->component, ==, SL_MARKET_TOTAL);
  g_assert_cmpint (entry->sample_size, ==, 120);
  g_assert_cmpfloat (entry->percentiles[SL_P10], ==, 150000);
  g_assert_cmpfloat (entry->percentiles[SL_P25], ==, 172500.5);
  g_assert_cmpfloat (entry->percentiles[SL_P50], ==, 190000);
  g_assert_cmpfloat (entry->percentiles[SL_P75], ==, 215000);
  g_assert_cmpfloat (entry->percentiles[SL_P90], ==, 260000);
  g_assert_true (entry->has_range);
  g_assert_cmpfloat (entry->range_min, ==, 140000);
  g_assert_cmpfloat (entry->range_max, ==, 300000);
  g_assert_false (entry->open_ended);
  g_assert_true (entry->has_average);
  g_assert_cmpfloat (entry->average_low, ==, 185000);
  g_assert_cmpfloat (entry->average_high, ==, 205000);
  g_assert_cmpfloat (entry->mean, ==, 195000.25);

  /* Optional members left out take their defaults; a subset of the
   * percentiles is enough, and equal neighbours do not decrease. */
  entry = g_ptr_array_index (doc->entries, 1);
  g_assert_cmpstr (entry->role, ==, "VP of Data");
  g_assert_null (entry->level);
  g_assert_cmpstr (entry->location, ==, "US");
  g_assert_cmpint (entry->component, ==, SL_MARKET_BASE);
  g_assert_cmpint (entry->sample_size, ==, -1);
  g_assert_true (isnan (entry->percentiles[SL_P10]));
  g_assert_cmpfloat (entry->percentiles[SL_P25], ==, 180000);
  g_assert_true (isnan (entry->percentiles[SL_P50]));
  g_assert_cmpfloat (entry->percentiles[SL_P75], ==, 180000);
  g_assert_true (isnan (entry->percentiles[SL_P90]));
  g_assert_false (entry->has_range);
  g_assert_false (entry->has_average);
  g_assert_true (isnan (entry->mean));
}

static void
test_length (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SlMarketDocument) doc = NULL;
  g_autofree char *buffer = g_strconcat (ONE_ENTRY (GOOD_ENTRY), "trailing bytes", NULL);

  /* The length given is what is read, nothing after it. */
  doc = sl_market_document_parse (buffer, strlen (ONE_ENTRY (GOOD_ENTRY)), &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  g_assert_cmpuint (doc->entries->len, ==, 1);
}

static void
round_trip (const SlMarketDocument *doc)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SlMarketDocument) again = NULL;
  g_autofree char *json = NULL;
  g_autofree char *json_again = NULL;
  gsize length = 0;

  json = sl_market_document_to_json (doc, &length);
  g_assert_nonnull (json);
  g_assert_cmpuint (length, ==, strlen (json));

  again = sl_market_document_parse (json, length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);
  assert_document_equal (doc, again);

  json_again = sl_market_document_to_json (again, NULL);
  g_assert_cmpstr (json, ==, json_again);
}

static void
test_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SlMarketDocument) builtin = sl_market_document_load_builtin (&error);
  g_autoptr(SlMarketDocument) full = parse_ok (full_document);
  g_autoptr(SlMarketDocument) awkward = NULL;

  g_assert_no_error (error);
  round_trip (builtin);
  round_trip (full);

  /* Amounts that are not whole, tiny and just under the limit survive too. */
  awkward = parse_ok (ONE_ENTRY ("{\"role\": \"Ré \\\"quoted\\\" ✓\", \"component\": \"base\","
                                 " \"percentiles\": {\"p10\": 0.1, \"p90\": 99999999.99},"
                                 " \"mean\": 123456.789}"));
  round_trip (awkward);
}

static void
test_unknown_members (void)
{
  g_autoptr(SlMarketDocument) doc = NULL;
  SlMarketEntry *entry;

  doc = parse_ok ("{\"format\": \"shortlist-market/1\", \"source\": \"S\","
                  " \"as_of\": \"2024-01-31\","
                  " \"currency\": \"GBP\", \"publisher\": {\"name\": \"x\", \"ids\": [1, 2]},"
                  " \"version\": 7,"
                  " \"entries\": [{\"role\": \"CTO\", \"component\": \"base\", \"bonus\": \"yes\","
                  "   \"percentiles\": {\"p50\": 250000, \"p99\": \"not one of ours\"},"
                  "   \"range\": {\"min\": 1, \"max\": 2, \"note\": null},"
                  "   \"extra\": [[{}]]}]}");

  g_assert_cmpuint (doc->entries->len, ==, 1);
  entry = g_ptr_array_index (doc->entries, 0);
  g_assert_cmpstr (entry->role, ==, "CTO");
  g_assert_cmpfloat (entry->percentiles[SL_P50], ==, 250000);
  g_assert_true (entry->has_range);
}

static void
test_null_is_absent (void)
{
  g_autoptr(SlMarketDocument) doc = NULL;
  SlMarketEntry *entry;

  doc = parse_ok ("{\"format\": \"shortlist-market/1\", \"source\": \"S\","
                  " \"as_of\": \"2024-01-31\","
                  " \"currency\": \"USD\", \"source_url\": null,"
                  " \"entries\": [{\"role\": \"CTO\", \"component\": \"total\", \"level\": null,"
                  "   \"location\": null, \"sample_size\": null, \"percentiles\": null,"
                  "   \"range\": null, \"average\": null, \"mean\": 300000}]}");

  g_assert_null (doc->source_url);
  entry = g_ptr_array_index (doc->entries, 0);
  g_assert_null (entry->level);
  g_assert_cmpstr (entry->location, ==, "US");
  g_assert_cmpint (entry->sample_size, ==, -1);
  assert_no_percentiles (entry);
  g_assert_false (entry->has_range);
  g_assert_false (entry->has_average);
  g_assert_cmpfloat (entry->mean, ==, 300000);
}

static void
test_strings (void)
{
  SlMarketComponent component = SL_MARKET_TOTAL;

  g_assert_cmpstr (sl_market_component_to_string (SL_MARKET_BASE), ==, "base");
  g_assert_cmpstr (sl_market_component_to_string (SL_MARKET_TOTAL), ==, "total");

  g_assert_true (sl_market_component_from_string ("base", &component));
  g_assert_cmpint (component, ==, SL_MARKET_BASE);
  g_assert_true (sl_market_component_from_string ("total", &component));
  g_assert_cmpint (component, ==, SL_MARKET_TOTAL);
  g_assert_false (sl_market_component_from_string ("Base", &component));
  g_assert_false (sl_market_component_from_string ("", &component));
  g_assert_false (sl_market_component_from_string (NULL, &component));
  g_assert_cmpint (component, ==, SL_MARKET_TOTAL);

  g_assert_cmpstr (sl_percentile_to_string (SL_P10), ==, "p10");
  g_assert_cmpstr (sl_percentile_to_string (SL_P25), ==, "p25");
  g_assert_cmpstr (sl_percentile_to_string (SL_P50), ==, "p50");
  g_assert_cmpstr (sl_percentile_to_string (SL_P75), ==, "p75");
  g_assert_cmpstr (sl_percentile_to_string (SL_P90), ==, "p90");
}

/* A document that breaks one rule. With an entry, the bad entry comes after
 * @n_before good ones, so the message must name entry n_before + 1; without,
 * @document is the whole text. */
typedef struct
{
  const char *name;
  const char *document;
  const char *entry;
  guint       n_before;
  const char *needles[3];
} Refusal;

static const Refusal refusals[] = {
  /* The text itself */
  { "json/broken", "{\"format\": \"shortlist-market/1\",\n  \"source\": }", NULL, 0,
    { "not valid JSON", "2:13" } },
  { "json/utf8", "{\"format\": \"shortlist-market/1\",\n \"source\": \"S\xff\"}", NULL, 0,
    { "UTF-8", "2:14" } },
  { "json/empty", "", NULL, 0, { "empty" } },
  { "json/blank", " \n\t ", NULL, 0, { "empty" } },
  { "json/array", "[" GOOD_ENTRY "]", NULL, 0, { "not a JSON object" } },

  /* format */
  { "format/missing",
    "{\"source\": \"S\", \"as_of\": \"2024-12-31\", \"currency\": \"USD\", \"entries\": ["
    GOOD_ENTRY "]}", NULL, 0, { "format is missing" } },
  { "format/other",
    "{\"format\": \"shortlist-market/2\", \"source\": \"S\", \"as_of\": \"2024-12-31\","
    " \"currency\": \"USD\", \"entries\": [" GOOD_ENTRY "]}", NULL, 0,
    { "format: \"shortlist-market/2\" is not \"shortlist-market/1\"" } },
  { "format/number",
    "{\"format\": 1, \"source\": \"S\", \"as_of\": \"2024-12-31\", \"currency\": \"USD\","
    " \"entries\": [" GOOD_ENTRY "]}", NULL, 0, { "format must be a string" } },

  /* source */
  { "source/missing",
    "{\"format\": \"shortlist-market/1\", \"as_of\": \"2024-12-31\", \"currency\": \"USD\","
    " \"entries\": [" GOOD_ENTRY "]}", NULL, 0, { "source is missing" } },
  { "source/empty",
    "{\"format\": \"shortlist-market/1\", \"source\": \"\", \"as_of\": \"2024-12-31\","
    " \"currency\": \"USD\", \"entries\": [" GOOD_ENTRY "]}", NULL, 0,
    { "source must be a non-empty string" } },
  { "source/number",
    "{\"format\": \"shortlist-market/1\", \"source\": 12, \"as_of\": \"2024-12-31\","
    " \"currency\": \"USD\", \"entries\": [" GOOD_ENTRY "]}", NULL, 0,
    { "source must be a non-empty string" } },

  /* source_url */
  { "source_url/ftp",
    "{\"format\": \"shortlist-market/1\", \"source\": \"S\","
    " \"source_url\": \"ftp://example.org/x\","
    " \"as_of\": \"2024-12-31\", \"currency\": \"USD\", \"entries\": [" GOOD_ENTRY "]}", NULL, 0,
    { "source_url: \"ftp://example.org/x\" is not an http or https address" } },
  { "source_url/relative",
    "{\"format\": \"shortlist-market/1\", \"source\": \"S\", \"source_url\": \"survey.json\","
    " \"as_of\": \"2024-12-31\", \"currency\": \"USD\", \"entries\": [" GOOD_ENTRY "]}", NULL, 0,
    { "source_url: \"survey.json\"" } },
  { "source_url/number",
    "{\"format\": \"shortlist-market/1\", \"source\": \"S\", \"source_url\": 80,"
    " \"as_of\": \"2024-12-31\", \"currency\": \"USD\", \"entries\": [" GOOD_ENTRY "]}", NULL, 0,
    { "source_url must be a string" } },

  /* as_of */
  { "as_of/month-13",
    "{\"format\": \"shortlist-market/1\", \"source\": \"S\", \"as_of\": \"2024-13-01\","
    " \"currency\": \"USD\", \"entries\": [" GOOD_ENTRY "]}", NULL, 0,
    { "as_of: \"2024-13-01\" is not a date (YYYY-MM-DD)" } },
  { "as_of/february-30",
    "{\"format\": \"shortlist-market/1\", \"source\": \"S\", \"as_of\": \"2024-02-30\","
    " \"currency\": \"USD\", \"entries\": [" GOOD_ENTRY "]}", NULL, 0,
    { "as_of: \"2024-02-30\" is not a date" } },
  { "as_of/february-29-2023",
    "{\"format\": \"shortlist-market/1\", \"source\": \"S\", \"as_of\": \"2023-02-29\","
    " \"currency\": \"USD\", \"entries\": [" GOOD_ENTRY "]}", NULL, 0,
    { "as_of: \"2023-02-29\" is not a date" } },
  { "as_of/short",
    "{\"format\": \"shortlist-market/1\", \"source\": \"S\", \"as_of\": \"2024-1-31\","
    " \"currency\": \"USD\", \"entries\": [" GOOD_ENTRY "]}", NULL, 0,
    { "as_of: \"2024-1-31\" is not a date" } },
  { "as_of/time",
    "{\"format\": \"shortlist-market/1\", \"source\": \"S\", \"as_of\": \"2024-12-31T00:00:00Z\","
    " \"currency\": \"USD\", \"entries\": [" GOOD_ENTRY "]}", NULL, 0,
    { "as_of: \"2024-12-31T00:00:00Z\" is not a date" } },
  { "as_of/year-0",
    "{\"format\": \"shortlist-market/1\", \"source\": \"S\", \"as_of\": \"0000-01-01\","
    " \"currency\": \"USD\", \"entries\": [" GOOD_ENTRY "]}", NULL, 0,
    { "as_of: \"0000-01-01\" is not a date" } },
  { "as_of/number",
    "{\"format\": \"shortlist-market/1\", \"source\": \"S\", \"as_of\": 20241231,"
    " \"currency\": \"USD\", \"entries\": [" GOOD_ENTRY "]}", NULL, 0,
    { "as_of must be a string" } },
  { "as_of/missing",
    "{\"format\": \"shortlist-market/1\", \"source\": \"S\","
    " \"currency\": \"USD\", \"entries\": [" GOOD_ENTRY "]}", NULL, 0,
    { "as_of is missing" } },

  /* currency */
  { "currency/lower",
    "{\"format\": \"shortlist-market/1\", \"source\": \"S\", \"as_of\": \"2024-12-31\","
    " \"currency\": \"usd\", \"entries\": [" GOOD_ENTRY "]}", NULL, 0,
    { "currency: \"usd\" is not a currency code" } },
  { "currency/two",
    "{\"format\": \"shortlist-market/1\", \"source\": \"S\", \"as_of\": \"2024-12-31\","
    " \"currency\": \"US\", \"entries\": [" GOOD_ENTRY "]}", NULL, 0,
    { "currency: \"US\"" } },
  { "currency/four",
    "{\"format\": \"shortlist-market/1\", \"source\": \"S\", \"as_of\": \"2024-12-31\","
    " \"currency\": \"USDT\", \"entries\": [" GOOD_ENTRY "]}", NULL, 0,
    { "currency: \"USDT\"" } },
  { "currency/symbol",
    "{\"format\": \"shortlist-market/1\", \"source\": \"S\", \"as_of\": \"2024-12-31\","
    " \"currency\": \"US$\", \"entries\": [" GOOD_ENTRY "]}", NULL, 0,
    { "currency: \"US$\"" } },
  { "currency/missing",
    "{\"format\": \"shortlist-market/1\", \"source\": \"S\", \"as_of\": \"2024-12-31\","
    " \"entries\": [" GOOD_ENTRY "]}", NULL, 0,
    { "currency is missing" } },

  /* entries */
  { "entries/missing",
    "{\"format\": \"shortlist-market/1\", \"source\": \"S\", \"as_of\": \"2024-12-31\","
    " \"currency\": \"USD\"}", NULL, 0, { "entries is missing" } },
  { "entries/object",
    "{\"format\": \"shortlist-market/1\", \"source\": \"S\", \"as_of\": \"2024-12-31\","
    " \"currency\": \"USD\", \"entries\": " GOOD_ENTRY "}", NULL, 0,
    { "entries must be an array" } },
  { "entries/empty", HEAD TAIL, NULL, 0, { "entries: the document has no entries" } },
  { "entry/not-object", NULL, "\"VP\"", 1, { "entry 2: not a JSON object" } },

  /* role, level, location */
  { "role/missing", NULL, "{\"component\": \"base\", \"mean\": 1}", 0, { "role is missing" } },
  { "role/empty", NULL, "{\"role\": \"\", \"component\": \"base\", \"mean\": 1}", 2,
    { "role must be a non-empty string" } },
  { "role/number", NULL, "{\"role\": 7, \"component\": \"base\", \"mean\": 1}", 0,
    { "role must be a non-empty string" } },
  /* json-glib turns a lone surrogate into bytes that are not UTF-8; it
   * refuses some of them itself, and the rest must not get through. */
  { "role/surrogate", ONE_ENTRY ("{\"role\": \"\\ud800\", \"component\": \"base\", \"mean\": 1}"),
    NULL, 0, { "not valid" } },
  { "role/surrogate-last",
    HEAD "{\"component\": \"base\", \"mean\": 1, \"role\": \"\\ud800x\"}" TAIL,
    NULL, 0, { "entry 1: role is not valid UTF-8 text" } },
  { "level/number", NULL, "{\"role\": \"VP\", \"level\": 3, \"component\": \"base\", \"mean\": 1}",
    1, { "level must be a string" } },
  { "location/array", NULL,
    "{\"role\": \"VP\", \"location\": [\"US\"], \"component\": \"base\", \"mean\": 1}", 0,
    { "location must be a string" } },

  /* component */
  { "component/bonus", NULL, "{\"role\": \"VP\", \"component\": \"bonus\", \"mean\": 1}", 2,
    { "component \"bonus\" is not \"base\" or \"total\"" } },
  { "component/missing", NULL, "{\"role\": \"VP\", \"mean\": 1}", 0, { "component is missing" } },
  { "component/number", NULL, "{\"role\": \"VP\", \"component\": 1, \"mean\": 1}", 0,
    { "component must be a string" } },
  { "component/long", NULL,
    "{\"role\": \"VP\","
    " \"component\": \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\","
    " \"mean\": 1}", 0, { "component \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…\"" } },

  /* At least one kind of figure */
  { "figures/none", NULL, "{\"role\": \"VP\", \"component\": \"base\", \"sample_size\": 5}", 3,
    { "percentiles, range, average or mean" } },
  { "figures/empty-percentiles", NULL,
    "{\"role\": \"VP\", \"component\": \"base\", \"percentiles\": {}}", 0,
    { "percentiles, range, average or mean" } },

  /* percentiles */
  { "percentiles/decreasing", NULL,
    "{\"role\": \"VP\", \"component\": \"base\","
    " \"percentiles\": {\"p10\": 150000, \"p50\": 190000, \"p75\": 180000}}", 11,
    { "p75 (180000) is below p50 (190000)" } },
  { "percentiles/decreasing-gap", NULL,
    "{\"role\": \"VP\", \"component\": \"base\","
    " \"percentiles\": {\"p10\": 300000, \"p90\": 200000}}",
    0, { "p90 (200000) is below p10 (300000)" } },
  { "percentiles/array", NULL,
    "{\"role\": \"VP\", \"component\": \"base\", \"percentiles\": [1, 2, 3]}", 0,
    { "percentiles must be an object" } },
  { "percentiles/string", NULL,
    "{\"role\": \"VP\", \"component\": \"base\", \"percentiles\": {\"p50\": \"190000\"}}", 0,
    { "amount \"p50\" must be a number" } },
  { "percentiles/zero", NULL,
    "{\"role\": \"VP\", \"component\": \"base\", \"percentiles\": {\"p10\": 0}}", 0,
    { "amount \"p10\" (0) must be above zero" } },

  /* range */
  { "range/min-above-max", NULL,
    "{\"role\": \"VP\", \"component\": \"base\", \"range\": {\"min\": 500000, \"max\": 130000}}", 0,
    { "range: min is above max" } },
  { "range/min-missing", NULL,
    "{\"role\": \"VP\", \"component\": \"base\", \"range\": {\"max\": 130000}}", 0,
    { "amount \"range.min\" is missing" } },
  { "range/max-missing", NULL,
    "{\"role\": \"VP\", \"component\": \"base\", \"range\": {\"min\": 130000}}", 0,
    { "amount \"range.max\" is missing" } },
  { "range/max-string", NULL,
    "{\"role\": \"VP\", \"component\": \"base\", \"range\": {\"min\": 1, \"max\": \"500000+\"}}", 0,
    { "amount \"range.max\" must be a number" } },
  { "range/open-ended-string", NULL,
    "{\"role\": \"VP\", \"component\": \"base\","
    " \"range\": {\"min\": 1, \"max\": 2, \"open_ended\": \"yes\"}}", 0,
    { "range.open_ended must be true or false" } },
  { "range/number", NULL, "{\"role\": \"VP\", \"component\": \"base\", \"range\": 130000}", 0,
    { "range must be an object" } },

  /* average */
  { "average/low-above-high", NULL,
    "{\"role\": \"VP\", \"component\": \"base\", \"average\": {\"low\": 283018, \"high\": 217433}}",
    1, { "average: low is above high" } },
  { "average/high-missing", NULL,
    "{\"role\": \"VP\", \"component\": \"base\", \"average\": {\"low\": 217433}}", 0,
    { "amount \"average.high\" is missing" } },
  { "average/low-bool", NULL,
    "{\"role\": \"VP\", \"component\": \"base\", \"average\": {\"low\": true, \"high\": 2}}", 0,
    { "amount \"average.low\" must be a number" } },
  { "average/array", NULL, "{\"role\": \"VP\", \"component\": \"base\", \"average\": [1, 2]}", 0,
    { "average must be an object" } },

  /* mean and the limits of every amount */
  { "mean/string", NULL, "{\"role\": \"VP\", \"component\": \"base\", \"mean\": \"224452\"}", 1,
    { "amount \"mean\" must be a number" } },
  { "mean/negative", NULL, "{\"role\": \"VP\", \"component\": \"base\", \"mean\": -224452}", 0,
    { "amount \"mean\" (-224452) must be above zero" } },
  { "mean/zero-float", NULL, "{\"role\": \"VP\", \"component\": \"base\", \"mean\": 0.0}", 0,
    { "amount \"mean\" (0) must be above zero" } },
  { "mean/limit", NULL, "{\"role\": \"VP\", \"component\": \"base\", \"mean\": 100000000}", 0,
    { "amount \"mean\" (100000000) must be below 100000000" } },
  { "mean/infinite", NULL, "{\"role\": \"VP\", \"component\": \"base\", \"mean\": 1e999}", 0,
    { "amount \"mean\" (inf) is not a finite number" } },
  { "mean/overflow", NULL,
    "{\"role\": \"VP\", \"component\": \"base\", \"mean\": 99999999999999999999}", 0,
    { "amount \"mean\"" } },
  { "mean/object", NULL, "{\"role\": \"VP\", \"component\": \"base\", \"mean\": {}}", 0,
    { "amount \"mean\" must be a number" } },

  /* sample_size */
  { "sample_size/zero", NULL,
    "{\"role\": \"VP\", \"component\": \"base\", \"sample_size\": 0, \"mean\": 1}", 0,
    { "sample_size (0) must be a positive whole number" } },
  { "sample_size/negative", NULL,
    "{\"role\": \"VP\", \"component\": \"base\", \"sample_size\": -3, \"mean\": 1}", 0,
    { "sample_size (-3) must be a positive whole number" } },
  { "sample_size/fraction", NULL,
    "{\"role\": \"VP\", \"component\": \"base\", \"sample_size\": 12.5, \"mean\": 1}", 0,
    { "sample_size must be a positive whole number" } },
  { "sample_size/string", NULL,
    "{\"role\": \"VP\", \"component\": \"base\", \"sample_size\": \"120\", \"mean\": 1}", 0,
    { "sample_size must be a positive whole number" } },
};

static char *
refusal_document (const Refusal *refusal)
{
  GString *json;

  if (refusal->entry == NULL)
    return g_strdup (refusal->document);

  json = g_string_new (HEAD);
  for (guint i = 0; i < refusal->n_before; i++)
    g_string_append (json, GOOD_ENTRY ", ");
  g_string_append (json, refusal->entry);
  /* A later entry that is also wrong must not be the one reported. */
  g_string_append (json, ", {\"role\": \"\", \"component\": \"bonus\"}" TAIL);

  return g_string_free (json, FALSE);
}

static void
test_refusal (gconstpointer data)
{
  const Refusal *refusal = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SlMarketDocument) doc = NULL;
  g_autofree char *json = refusal_document (refusal);

  doc = sl_market_document_parse (json, -1, &error);
  g_assert_null (doc);
  g_assert_error (error, SL_MARKET_ERROR, SL_MARKET_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));

  if (refusal->entry != NULL)
    {
      g_autofree char *prefix = g_strdup_printf ("entry %u: ", refusal->n_before + 1);

      g_assert_true (g_str_has_prefix (error->message, prefix));
    }

  for (guint i = 0; i < G_N_ELEMENTS (refusal->needles) && refusal->needles[i] != NULL; i++)
    assert_message_has (error, refusal->needles[i]);
}

static void
test_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SlMarketDocument) doc = NULL;
  const gsize valid_length = strlen (ONE_ENTRY (GOOD_ENTRY));
  gsize size = SL_MARKET_MAX_BYTES + 1;
  g_autofree char *json = g_malloc (size + 1);

  /* A valid document padded with white space to one byte over 5 MiB. */
  memcpy (json, ONE_ENTRY (GOOD_ENTRY), valid_length);
  memset (json + valid_length, ' ', size - valid_length);
  json[size] = '\0';

  doc = sl_market_document_parse (json, -1, &error);
  g_assert_null (doc);
  g_assert_error (error, SL_MARKET_ERROR, SL_MARKET_ERROR_TOO_LARGE);
  assert_message_has (error, "the document is 5.1 MB, over the 5 MB limit");
  g_clear_error (&error);

  /* Exactly at the limit is still fine. */
  doc = sl_market_document_parse (json, size - 1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  g_clear_pointer (&doc, sl_market_document_free);

  size = 7.2 * 1024 * 1024;
  json = g_realloc (json, size);
  memset (json, ' ', size);
  doc = sl_market_document_parse (json, size, &error);
  g_assert_null (doc);
  g_assert_error (error, SL_MARKET_ERROR, SL_MARKET_ERROR_TOO_LARGE);
  assert_message_has (error, "the document is 7.2 MB, over the 5 MB limit");
}

/* The example in docs/market-data-format.md is what publishers copy: it
 * must be a document Shortlist takes. */
static void
test_doc_example (void)
{
  const char *source_dir = g_getenv ("SHORTLIST_SOURCE_DIR");
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SlMarketDocument) doc = NULL;
  const char *start;
  const char *end;
  const SlMarketEntry *entry;

  g_assert_nonnull (source_dir);
  path = g_build_filename (source_dir, "docs", "market-data-format.md", NULL);
  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);

  start = strstr (text, "```json\n");
  g_assert_nonnull (start);
  start += strlen ("```json\n");
  end = strstr (start, "\n```");
  g_assert_nonnull (end);
  json = g_strndup (start, end - start);

  doc = parse_ok (json);
  g_assert_cmpstr (doc->source_url, ==, "https://example.org/pay-survey/2024");
  g_assert_cmpstr (doc->as_of, ==, "2024-12-31");
  g_assert_cmpstr (doc->currency, ==, "USD");
  g_assert_cmpuint (doc->entries->len, ==, 3);

  /* The first entry has every member the format knows. */
  entry = g_ptr_array_index (doc->entries, 0);
  g_assert_cmpint (entry->sample_size, >, 0);
  for (guint i = 0; i < SL_N_PERCENTILES; i++)
    g_assert_false (isnan (entry->percentiles[i]));
  g_assert_true (entry->has_range);
  g_assert_true (entry->open_ended);
  g_assert_true (entry->has_average);
  g_assert_false (isnan (entry->mean));

  /* The last one shows the defaults. */
  entry = g_ptr_array_index (doc->entries, 2);
  g_assert_null (entry->level);
  g_assert_cmpstr (entry->location, ==, "US");
  g_assert_cmpint (entry->sample_size, ==, -1);
}

static char *
document_with_entries (guint n_entries)
{
  GString *json = g_string_new (HEAD);

  for (guint i = 0; i < n_entries; i++)
    g_string_append_printf (json, "%s" GOOD_ENTRY, i > 0 ? ", " : "");
  g_string_append (json, TAIL);

  return g_string_free (json, FALSE);
}

static void
test_too_many_entries (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SlMarketDocument) doc = NULL;
  g_autofree char *at_limit = document_with_entries (SL_MARKET_MAX_ENTRIES);
  g_autofree char *over_limit = document_with_entries (SL_MARKET_MAX_ENTRIES + 1);

  doc = sl_market_document_parse (at_limit, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (doc->entries->len, ==, SL_MARKET_MAX_ENTRIES);
  g_clear_pointer (&doc, sl_market_document_free);

  doc = sl_market_document_parse (over_limit, -1, &error);
  g_assert_null (doc);
  g_assert_error (error, SL_MARKET_ERROR, SL_MARKET_ERROR_TOO_LARGE);
  assert_message_has (error, "entries: the document has 10001 entries, over the limit of 10000");
}

/* json-glib 1.6 recurses once a level; a deep enough document would
 * overflow the stack instead of being refused. */
static void
test_too_deep (void)
{
  static const char * const openers[] = { "[", "{\"a\": ", "['\"', ", "[/* \" */ " };

  for (guint i = 0; i < G_N_ELEMENTS (openers); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SlMarketDocument) doc = NULL;
      GString *json = g_string_new (HEAD GOOD_ENTRY TAIL);
      g_autofree char *text = NULL;

      g_string_truncate (json, json->len - 1);
      g_string_append (json, ", \"deep\": ");
      for (guint depth = 0; depth < 200000; depth++)
        g_string_append (json, openers[i]);
      text = g_string_free (json, FALSE);

      doc = sl_market_document_parse (text, -1, &error);
      g_assert_null (doc);
      g_assert_error (error, SL_MARKET_ERROR, SL_MARKET_ERROR_INVALID);
      assert_message_has (error, "the document nests values more than 64 deep");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/market/builtin", test_builtin);
  g_test_add_func ("/market/parse/full", test_full);
  g_test_add_func ("/market/parse/length", test_length);
  g_test_add_func ("/market/parse/unknown-members", test_unknown_members);
  g_test_add_func ("/market/parse/null-is-absent", test_null_is_absent);
  g_test_add_func ("/market/round-trip", test_round_trip);
  g_test_add_func ("/market/strings", test_strings);
  g_test_add_func ("/market/doc-example", test_doc_example);

  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *path = g_strdup_printf ("/market/refuse/%s", refusals[i].name);

      g_test_add_data_func (path, &refusals[i], test_refusal);
    }

  g_test_add_func ("/market/refuse/too-large", test_too_large);
  g_test_add_func ("/market/refuse/too-many-entries", test_too_many_entries);
  g_test_add_func ("/market/refuse/too-deep", test_too_deep);

  return g_test_run ();
}
