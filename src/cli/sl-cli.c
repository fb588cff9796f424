/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-cli-private.h"
#include "sl-sample.h"

/* Headless subcommands. Each parses its own options (they may stand
 * anywhere after its name), prints a one-line message on standard error
 * when the work failed, and leaves the database as it was. This file
 * dispatches and holds what the commands share; the commands of a group
 * live in a file of their own. */

static char *db_path;

static const GOptionEntry db_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_path, N_("The database file (default: $SHORTLIST_DB, else in the user data folder)"), N_("PATH") },
  { NULL }
};

int
sl_cli_fail (const char *message)
{
  g_printerr ("shortlist: %s\n", message);
  return SL_EXIT_FAILED;
}

int
sl_cli_usage_error (GOptionContext *context,
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

/* Adds --db to the command's own options and parses them, leaving the
 * arguments that are not options in @argv. */
gboolean
sl_cli_parse_options (GOptionContext  *context,
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
SlStore *
sl_cli_open_store (gboolean   creates,
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

/**
 * sl_cli_output_open:
 * @output: a cleared #SlCliOutput, such as one made `= { 0 }`
 * @path: the file to write, in the file name encoding
 * @personal: whether the file holds personal data, such as candidates'
 *   contact details, which only the user may read in a new file, as in
 *   the database
 *
 * Starts writing @path. The old file, if there is one, stays until
 * sl_cli_output_commit(); sl_cli_output_clear() without that abandons
 * what was written.
 */
gboolean
sl_cli_output_open (SlCliOutput  *output,
                    const char   *path,
                    gboolean      personal,
                    GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  GFileOutputStream *stream;

  g_return_val_if_fail (output != NULL && output->file == NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  output->file = g_file_new_for_path (path);
  output->display_name = g_filename_display_name (path);
  output->existed = g_file_query_exists (output->file, NULL);

  /* GIO writes over an existing file by writing a new one next to it and
   * renaming that over the old one, whose permissions it keeps, when the
   * stream is closed. */
  stream = g_file_replace (output->file, NULL, FALSE,
                           personal ? G_FILE_CREATE_PRIVATE : G_FILE_CREATE_NONE,
                           NULL, &local_error);
  if (stream == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          g_autofree char *folder = g_path_get_dirname (path);
          g_autofree char *folder_display = g_filename_display_name (folder);

          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       _("Cannot write “%s”: the folder “%s” does not exist"),
                       output->display_name, folder_display);
        }
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                     _("Cannot write “%s”: it is a folder"), output->display_name);
      else
        g_set_error (error, local_error->domain, local_error->code,
                     _("Cannot write “%s”: %s"), output->display_name, local_error->message);
      return FALSE;
    }

  output->stream = G_OUTPUT_STREAM (stream);

  return TRUE;
}

/* Puts the file written in place of the old one. */
gboolean
sl_cli_output_commit (SlCliOutput  *output,
                      GError      **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (output != NULL && output->stream != NULL, FALSE);

  if (!g_output_stream_close (output->stream, NULL, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("Could not write “%s”: %s"), output->display_name, local_error->message);
      return FALSE;
    }

  g_clear_object (&output->stream);

  return TRUE;
}

/* Abandons what was written unless it was committed. */
void
sl_cli_output_clear (SlCliOutput *output)
{
  if (output->stream != NULL)
    {
      if (!g_output_stream_is_closed (output->stream))
        {
          g_autoptr(GCancellable) cancelled = g_cancellable_new ();

          /* A close that is cancelled removes the new file instead of
           * renaming it over the old one. */
          g_cancellable_cancel (cancelled);
          g_output_stream_close (output->stream, cancelled, NULL);
        }

      /* Where there was no old file, GIO wrote the new one in place. */
      if (!output->existed)
        g_file_delete (output->file, NULL, NULL);

      g_clear_object (&output->stream);
    }

  g_clear_object (&output->file);
  g_clear_pointer (&output->display_name, g_free);
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
  if (!sl_cli_parse_options (context, &argc, &argv, &error))
    return sl_cli_usage_error (context, error->message);
  if (argc > 1)
    return sl_cli_usage_error (context, _("sample takes no arguments besides its options"));
  if (n_candidates < 0 || n_candidates > 1000000)
    return sl_cli_usage_error (context, _("--candidates must be between 0 and 1000000"));

  store = sl_cli_open_store (TRUE, &error);
  if (store == NULL)
    return sl_cli_fail (error->message);

  if (!sl_sample_populate (store, n_candidates, &error))
    return sl_cli_fail (error->message);

  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "Made the sample role with %d candidate in “%s”\n",
                        "Made the sample role with %d candidates in “%s”\n",
                        n_candidates),
           n_candidates, sl_store_get_path (store));

  return SL_EXIT_OK;
}

/* Runs the command of @commands that the arguments name, with its name
 * taken out and the options around it kept. @group is the name of the
 * command these are subcommands of, or NULL at the top. */
int
sl_cli_run_group (const char         *group,
                  const SlCliCommand *commands,
                  guint               n_commands,
                  int                 argc,
                  char              **argv)
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

static const SlCliCommand commands[] = {
  { "sample", N_("Make a sample database for a first look"), run_sample },
  { "role", N_("Roles: import, export"), sl_cli_run_role },
  { "import", N_("Import candidates from a CSV file into a role"), sl_cli_run_import },
  { "export", N_("Write candidates, or a role’s checklist, to a CSV file"), sl_cli_run_export },
  { "chart", N_("Draw a role’s chart of pay, ratings or pipeline into a PNG, SVG or PDF file"), sl_cli_run_chart },
  { "report", N_("Write a role’s committee packet, or one candidate’s, to a PDF file"), sl_cli_run_report },
  { "stats", N_("The committee’s figures for a role: agreement and calibration"), sl_cli_run_stats },
  { "erase", N_("Erase a candidate and everything held about them"), sl_cli_run_erase },
  { "export-candidate", N_("Write everything held about a candidate to a JSON file"), sl_cli_run_export_candidate },
  { "market", N_("Market data: list, import, fetch"), sl_cli_run_market },
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

  status = sl_cli_run_group (NULL, commands, G_N_ELEMENTS (commands), argc, argv);
  g_clear_pointer (&db_path, g_free);

  return status;
}
