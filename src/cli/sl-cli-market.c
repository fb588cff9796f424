/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-cli"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "sl-cli-private.h"

/* shortlist market: the pay data that offers are weighed against. */

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

static int
run_market_list (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("— list the stored market data"));
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStore) store = NULL;
  g_autoptr(GPtrArray) datasets = NULL;

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
      for (guint e = 0; e < document->entries->len; e++)
        print_entry (g_ptr_array_index (document->entries, e), document->currency);
    }

  return SL_EXIT_OK;
}

static const SlCliCommand market_commands[] = {
  { "list", N_("List the stored market data sets and their figures"), run_market_list },
};

int
sl_cli_run_market (int    argc,
                   char **argv)
{
  return sl_cli_run_group ("market", market_commands, G_N_ELEMENTS (market_commands), argc, argv);
}
