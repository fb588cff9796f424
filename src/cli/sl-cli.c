/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-cli"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdio.h>

#include <glib/gi18n.h>

#include "sl-cli.h"
#include "sl-sample.h"
#include "sl-store.h"

/* Headless subcommands. Each parses its own options (they may stand
 * anywhere after its name), prints a one-line message on standard error
 * when the work failed, and leaves the database as it was. */

typedef struct
{
  const char *name;
  const char *summary;
  int (*run) (int argc, char **argv);
} Command;

static char *db_path;

static const GOptionEntry db_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_path, N_("The database file (default: $SHORTLIST_DB, else in the user data folder)"), N_("PATH") },
  { NULL }
};

static int
fail (const char *message)
{
  g_printerr ("shortlist: %s\n", message);
  return SL_EXIT_FAILED;
}

static int
usage_error (GOptionContext *context,
             const char     *message)
{
  g_printerr ("shortlist: %s\n", message);
  if (context != NULL)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);
      g_printerr ("\n%s", help);
    }
  return SL_EXIT_USAGE;
}

static gboolean
parse_options (GOptionContext  *context,
               int             *argc,
               char          ***argv,
               GError         **error)
{
  g_option_context_add_main_entries (context, db_entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  return g_option_context_parse (context, argc, argv, error);
}

/* Commands that only read do not create a database where a mistyped --db
 * or $SHORTLIST_DB points; the default database is made on first use. */
static SlStore *
open_store (gboolean   creates,
            GError   **error)
{
  g_autofree char *path = db_path != NULL ? g_strdup (db_path) : sl_store_default_path ();
  gboolean chosen = db_path != NULL || g_getenv ("SHORTLIST_DB") != NULL;

  if (!creates && chosen && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, SL_ERROR, SL_ERROR_NOT_FOUND,
                   _("“%s” does not exist"), display);
      return NULL;
    }

  return sl_store_open (path, error);
}

static int
run_sample (int    argc,
            char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("— make a sample database for a first look"));
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStore) store = NULL;
  int n_candidates = SL_SAMPLE_DEFAULT_CANDIDATES;
  const GOptionEntry entries[] = {
    { "candidates", 0, 0, G_OPTION_ARG_INT, &n_candidates, N_("How many candidates (default 12)"), N_("N") },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv, &error))
    return usage_error (context, error->message);
  if (argc > 1)
    return usage_error (context, _("sample takes no arguments besides its options"));
  if (n_candidates < 0 || n_candidates > 1000000)
    return usage_error (context, _("--candidates must be between 0 and 1000000"));

  store = open_store (TRUE, &error);
  if (store == NULL)
    return fail (error->message);

  if (!sl_sample_populate (store, n_candidates, &error))
    return fail (error->message);

  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "Made the sample role with %d candidate in “%s”\n",
                        "Made the sample role with %d candidates in “%s”\n",
                        n_candidates),
           n_candidates, sl_store_get_path (store));

  return SL_EXIT_OK;
}

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

  if (!parse_options (context, &argc, &argv, &error))
    return usage_error (context, error->message);
  if (argc > 1)
    return usage_error (context, _("market list takes no arguments besides its options"));

  store = open_store (FALSE, &error);
  if (store == NULL)
    return fail (error->message);

  datasets = sl_store_list_market_datasets (store, &error);
  if (datasets == NULL)
    return fail (error->message);

  for (guint i = 0; i < datasets->len; i++)
    {
      const SlMarketDataset *dataset = g_ptr_array_index (datasets, i);
      g_autoptr(SlMarketDocument) document = NULL;

      document = sl_store_load_market_dataset (store, dataset->id, &error);
      if (document == NULL)
        return fail (error->message);

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

static const Command market_commands[] = {
  { "list", N_("List the stored market data sets and their figures"), run_market_list },
};

/* Runs the command of @commands that the arguments name, with its name
 * taken out and the options around it kept. @group is the name of the
 * command these are subcommands of, or NULL at the top. */
static int
run_group (const char    *group,
           const Command *commands,
           guint          n_commands,
           int            argc,
           char         **argv)
{
  const char *name = sl_cli_find_command (argc, argv);
  g_autofree char *prefix = g_strconcat ("shortlist", group != NULL ? " " : "", group, NULL);
  g_autoptr(GString) known = g_string_new (NULL);

  for (guint i = 0; i < n_commands; i++)
    {
      if (g_strcmp0 (name, commands[i].name) == 0)
        {
          g_autofree char *prgname = g_strdup_printf ("%s %s", prefix, name);
          g_autoptr(GPtrArray) args = g_ptr_array_new ();

          for (int a = 0; a < argc; a++)
            if (argv[a] != name)
              g_ptr_array_add (args, argv[a]);
          g_ptr_array_add (args, NULL);

          g_set_prgname (prgname);
          return commands[i].run (args->len - 1, (char **) args->pdata);
        }

      g_string_append_printf (known, "\n  %s %-10s %s", prefix, commands[i].name, _(commands[i].summary));
    }

  if (group == NULL)
    g_printerr (_("shortlist: unknown command “%s”; the commands are:%s\n"), name, known->str);
  else if (name == NULL)
    g_printerr (_("shortlist: %s needs a command:%s\n"), group, known->str);
  else
    g_printerr (_("shortlist: unknown command “%s %s”; the %s commands are:%s\n"),
                group, name, group, known->str);

  return SL_EXIT_USAGE;
}

static int
run_market (int    argc,
            char **argv)
{
  return run_group ("market", market_commands, G_N_ELEMENTS (market_commands), argc, argv);
}

static const Command commands[] = {
  { "sample", N_("Make a sample database for a first look"), run_sample },
  { "market", N_("Market data: list"), run_market },
};

/**
 * sl_cli_find_command:
 *
 * Returns: the first argument that is neither an option nor the value of
 *   --db, or %NULL when there is none
 */
const char *
sl_cli_find_command (int    argc,
                     char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      if (g_strcmp0 (argv[i], "--db") == 0)
        {
          i++;
          continue;
        }
      if (argv[i][0] != '-')
        return argv[i];
    }

  return NULL;
}

/**
 * sl_cli_run:
 *
 * Runs the subcommand named on the command line.
 *
 * Returns: the exit status
 */
int
sl_cli_run (int    argc,
            char **argv)
{
  int status;

  g_return_val_if_fail (sl_cli_find_command (argc, argv) != NULL, SL_EXIT_USAGE);

  status = run_group (NULL, commands, G_N_ELEMENTS (commands), argc, argv);
  g_clear_pointer (&db_path, g_free);

  return status;
}
