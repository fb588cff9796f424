/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-cli"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "sl-cli-private.h"
#include "sl-market-fetch.h"

/* shortlist market: the pay data that offers are weighed against, from
 * files and from feeds on the web. */

static char *
format_money (double      amount,
              const char *currency)
{
  /* The apostrophe flag groups thousands as the locale does. */
  g_autofree char *number = g_strdup_printf ("%'.0f", amount);

  if (g_strcmp0 (currency, "USD") == 0)
    return g_strdup_printf ("$%s", number);

  return g_strdup_printf ("%s %s", number, currency);
}

static void
print_entry (const SlMarketEntry *entry,
             const char          *currency)
{
  g_autoptr(GString) line = g_string_new ("  ");
  g_autoptr(GPtrArray) figures = g_ptr_array_new_with_free_func (g_free);

  g_string_append (line, entry->role);
  if (entry->level != NULL)
    g_string_append_printf (line, " · %s", entry->level);
  g_string_append_printf (line, " · %s · %s", entry->location,
                          sl_market_component_to_string (entry->component));
  if (entry->sample_size > 0)
    g_string_append_printf (line, " · n=%" G_GINT64_FORMAT, entry->sample_size);

  for (guint p = 0; p < SL_N_PERCENTILES; p++)
    if (!isnan (entry->percentiles[p]))
      {
        g_autofree char *amount = format_money (entry->percentiles[p], currency);
        g_ptr_array_add (figures, g_strdup_printf ("%s %s", sl_percentile_to_string (p), amount));
      }

  if (entry->has_range)
    {
      g_autofree char *low = format_money (entry->range_min, currency);
      g_autofree char *high = format_money (entry->range_max, currency);

      g_ptr_array_add (figures, g_strdup_printf (_("range %s–%s%s"), low, high,
                                                 entry->open_ended ? "+" : ""));
    }

  if (entry->has_average)
    {
      g_autofree char *low = format_money (entry->average_low, currency);
      g_autofree char *high = format_money (entry->average_high, currency);

      g_ptr_array_add (figures, g_strdup_printf (_("average %s–%s"), low, high));
    }

  if (!isnan (entry->mean))
    {
      g_autofree char *mean = format_money (entry->mean, currency);
      g_ptr_array_add (figures, g_strdup_printf (_("mean %s"), mean));
    }

  g_ptr_array_add (figures, NULL);
  {
    g_autofree char *joined = g_strjoinv (", ", (char **) figures->pdata);
    g_print ("%s: %s\n", line->str, joined);
  }
}

/* A day in the user's locale, for a time in seconds since the epoch. */
static char *
format_date (gint64 time)
{
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_local (time);

  if (date == NULL)
    return g_strdup ("?");

  return g_date_time_format (date, "%x");
}

static void
print_feed_origin (const SlMarketDataset *dataset,
                   gint64                 now)
{
  g_autofree char *date = format_date (dataset->fetched);

  if (sl_market_dataset_is_stale (dataset, now))
    /* Translators: a feed's address, then the day its data was last confirmed current */
    g_print (_("  from the feed %s, last confirmed on %s: stale, not confirmed for over a week\n"),
             dataset->feed_url, date);
  else
    /* Translators: a feed's address, then the day its data was last confirmed current */
    g_print (_("  from the feed %s, last confirmed on %s\n"), dataset->feed_url, date);
}

static int
run_market_list (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("— list the stored market data"));
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStore) store = NULL;
  g_autoptr(GPtrArray) datasets = NULL;
  gint64 now;

  if (!sl_cli_parse_options (context, &argc, &argv, &error))
    return sl_cli_usage_error (context, error->message);
  if (argc > 1)
    return sl_cli_usage_error (context, _("market list takes no arguments besides its options"));

  store = sl_cli_open_store (FALSE, &error);
  if (store == NULL)
    return sl_cli_fail (error->message);

  datasets = sl_store_list_market_datasets (store, &error);
  if (datasets == NULL)
    return sl_cli_fail (error->message);

  now = g_get_real_time () / G_USEC_PER_SEC;

  for (guint i = 0; i < datasets->len; i++)
    {
      const SlMarketDataset *dataset = g_ptr_array_index (datasets, i);
      g_autoptr(SlMarketDocument) document = NULL;

      document = sl_store_load_market_dataset (store, dataset->id, &error);
      if (document == NULL)
        return sl_cli_fail (error->message);

      g_print ("%" G_GINT64_FORMAT "\t%s\n", dataset->id, dataset->source);
      g_print ("  ");
      g_print (g_dngettext (GETTEXT_PACKAGE,
                            "as of %s, %s, %u entry",
                            "as of %s, %s, %u entries",
                            dataset->n_entries),
               dataset->as_of, dataset->currency, dataset->n_entries);
      g_print ("%s\n", dataset->builtin ? _(", built in") : "");
      if (dataset->feed_url != NULL)
        print_feed_origin (dataset, now);
      for (guint e = 0; e < document->entries->len; e++)
        print_entry (g_ptr_array_index (document->entries, e), document->currency);
    }

  return SL_EXIT_OK;
}

/* Reads a shortlist-market/1 file; the message of an error names it. */
static SlMarketDocument *
read_document (const char  *path,
               GError     **error)
{
  g_autofree char *display_name = g_filename_display_name (path);
  g_autoptr(GMappedFile) file = NULL;
  g_autoptr(GError) local_error = NULL;
  SlMarketDocument *document;

  /* Mapping a folder fails with a message nobody could act on. */
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                   _("%s: is a folder, not a market data file"), display_name);
      return NULL;
    }

  /* Mapped rather than read, so that a file over the limit is refused by
   * the parser without being loaded. */
  file = g_mapped_file_new (path, FALSE, error);
  if (file == NULL)
    return NULL;

  document = sl_market_document_parse (g_mapped_file_get_contents (file),
                                       (gssize) g_mapped_file_get_length (file),
                                       &local_error);
  if (document == NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", display_name);
      return NULL;
    }

  return document;
}

static void
print_imported (const SlMarketDocument *document,
                const char             *feed_url,
                gint64                  dataset_id)
{
  guint n_entries = document->entries->len;
  char id_text[24];

  /* A translatable message cannot carry G_GINT64_FORMAT. */
  g_snprintf (id_text, sizeof id_text, "%" G_GINT64_FORMAT, dataset_id);

  if (feed_url == NULL)
    /* Translators: a data set's source, its number of entries, the date
     * its figures are for, and the id it was stored with */
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "Imported “%s” (%u entry, as of %s) as data set %s\n",
                          "Imported “%s” (%u entries, as of %s) as data set %s\n",
                          n_entries),
             document->source, n_entries, document->as_of, id_text);
  else
    /* Translators: as above, with the feed's address before the id */
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "Imported “%s” (%u entry, as of %s) from %s as data set %s\n",
                          "Imported “%s” (%u entries, as of %s) from %s as data set %s\n",
                          n_entries),
             document->source, n_entries, document->as_of, feed_url, id_text);
}

static int
run_market_import (int    argc,
                   char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE.json — store a market data set from a file"));
  g_autoptr(GError) error = NULL;
  g_autoptr(SlMarketDocument) document = NULL;
  g_autoptr(SlStore) store = NULL;
  gint64 dataset_id;

  if (!sl_cli_parse_options (context, &argc, &argv, &error))
    return sl_cli_usage_error (context, error->message);
  if (argc < 2)
    return sl_cli_usage_error (context, _("market import needs the file to read"));
  if (argc > 2)
    return sl_cli_usage_error (context, _("market import takes one file"));

  /* Read before the database is opened, so that a file that is wrong
   * leaves no trace, not even a new database. */
  document = read_document (argv[1], &error);
  if (document == NULL)
    return sl_cli_fail (error->message);

  store = sl_cli_open_store (TRUE, &error);
  if (store == NULL)
    return sl_cli_fail (error->message);

  dataset_id = sl_store_import_market (store, document, FALSE, &error);
  if (dataset_id == 0)
    return sl_cli_fail (error->message);

  print_imported (document, NULL, dataset_id);

  return SL_EXIT_OK;
}

/* The feed at @url as listed in @feeds, or NULL. */
static const SlMarketFeed *
find_feed (GPtrArray  *feeds,
           const char *url)
{
  for (guint i = 0; i < feeds->len; i++)
    {
      const SlMarketFeed *feed = g_ptr_array_index (feeds, i);

      if (g_strcmp0 (feed->url, url) == 0)
        return feed;
    }

  return NULL;
}

/* The day the feed's latest data set was stored: what a "not modified"
 * answer says has not changed since. */
static char *
latest_fetch_date (SlStore     *store,
                   const char  *url,
                   GError     **error)
{
  g_autoptr(GPtrArray) datasets = sl_store_list_market_datasets (store, error);
  const SlMarketDataset *latest = NULL;

  if (datasets == NULL)
    return NULL;

  for (guint i = 0; i < datasets->len; i++)
    {
      const SlMarketDataset *dataset = g_ptr_array_index (datasets, i);

      if (g_strcmp0 (dataset->feed_url, url) == 0 && (latest == NULL || dataset->id > latest->id))
        latest = dataset;
    }

  return latest != NULL ? format_date (latest->imported) : g_strdup ("?");
}

/* Remembers with the feed why it failed, and fails with that message. */
static int
fail_feed (SlStore      *store,
           const char   *url,
           const GError *fetch_error)
{
  g_autoptr(GError) error = NULL;

  if (!sl_store_record_feed_result (store, url, FALSE, fetch_error->message, &error))
    {
      g_autofree char *message = g_strdup_printf (_("%s; the failure could not be recorded: %s"),
                                                  fetch_error->message, error->message);
      return sl_cli_fail (message);
    }

  return sl_cli_fail (fetch_error->message);
}

static int
run_market_fetch (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("URL — fetch a market data feed and store what is new"));
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStore) store = NULL;
  g_autoptr(GPtrArray) feeds = NULL;
  g_autoptr(SlMarketFetcher) fetcher = NULL;
  g_autoptr(SlMarketFetch) fetch = NULL;
  const SlMarketFeed *feed;
  const char *url;

  if (!sl_cli_parse_options (context, &argc, &argv, &error))
    return sl_cli_usage_error (context, error->message);
  if (argc < 2)
    return sl_cli_usage_error (context, _("market fetch needs the feed’s address"));
  if (argc > 2)
    return sl_cli_usage_error (context, _("market fetch takes one address"));
  url = argv[1];

  store = sl_cli_open_store (TRUE, &error);
  if (store == NULL)
    return sl_cli_fail (error->message);

  feeds = sl_store_list_market_feeds (store, &error);
  if (feeds == NULL)
    return sl_cli_fail (error->message);

  /* A listed feed is asked only for what changed since its latest data. */
  feed = find_feed (feeds, url);
  fetcher = sl_market_fetcher_new ();
  fetch = sl_market_fetcher_fetch (fetcher, url,
                                   feed != NULL ? feed->etag : NULL,
                                   feed != NULL ? feed->last_modified : NULL,
                                   NULL, &error);

  /* An address that can never be fetched is not worth listing: the
   * database stays as it was. */
  if (fetch == NULL && feed == NULL &&
      (g_error_matches (error, SL_MARKET_FETCH_ERROR, SL_MARKET_FETCH_ERROR_INSECURE) ||
       g_error_matches (error, SL_MARKET_FETCH_ERROR, SL_MARKET_FETCH_ERROR_BAD_URL)))
    return sl_cli_fail (error->message);

  if (feed == NULL)
    {
      g_autoptr(GError) add_error = NULL;

      if (!sl_store_add_market_feed (store, url, &add_error))
        return sl_cli_fail (add_error->message);
      g_print (_("Added the feed %s\n"), url);
    }

  if (fetch == NULL)
    return fail_feed (store, url, error);

  if (fetch->document == NULL)
    {
      g_autofree char *since = latest_fetch_date (store, url, &error);
      g_autofree char *message = NULL;

      if (since == NULL)
        return sl_cli_fail (error->message);

      /* Translators: the day the feed's data was stored */
      message = g_strdup_printf (_("Unchanged since %s"), since);
      if (!sl_store_record_feed_result (store, url, TRUE, message, &error))
        return sl_cli_fail (error->message);

      /* Translators: a feed's address, then the day its data was stored */
      g_print (_("%s is unchanged since %s; the stored data is current\n"), url, since);
    }
  else
    {
      gint64 dataset_id = sl_store_import_market_feed (store, url, fetch->document,
                                                       fetch->etag, fetch->last_modified, &error);

      if (dataset_id == 0)
        return fail_feed (store, url, error);

      print_imported (fetch->document, url, dataset_id);
    }

  return SL_EXIT_OK;
}

static const SlCliCommand market_commands[] = {
  { "list", N_("List the stored market data sets and their figures"), run_market_list },
  { "import", N_("Store a market data set from a shortlist-market/1 file"), run_market_import },
  { "fetch", N_("Fetch a market data feed and store what is new"), run_market_fetch },
};

int
sl_cli_run_market (int    argc,
                   char **argv)
{
  return sl_cli_run_group ("market", market_commands, G_N_ELEMENTS (market_commands), argc, argv);
}
