/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-cli-private.h"

/* shortlist import: candidates from a CSV file of Shortlist's own or of
 * another hiring system, into a role. */

/* Rows listed per kind of outcome; a file of thousands of bad rows is
 * summed up rather than printed whole. */
#define MAX_LISTED 20

static void
print_rows (SlImport          *import,
            SlImportRowStatus  status,
            gboolean           warnings,
            const char        *title)
{
  GPtrArray *rows = sl_import_get_rows (import);
  guint listed = 0;
  guint n = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      SlImportRow *row = g_ptr_array_index (rows, i);

      if (row->status != status || row->reason == NULL)
        continue;

      if (n++ == 0)
        g_print ("%s\n", title);
      if (listed < MAX_LISTED)
        {
          /* Translators: a line of the file, then what is wrong with it or what happens to it */
          g_print (_("  line %u: %s\n"), row->line, row->reason);
          listed++;
        }
    }

  if (n > listed)
    g_print (g_dngettext (GETTEXT_PACKAGE, "  … and %u more\n", "  … and %u more\n", n - listed),
             n - listed);
}

int
sl_cli_run_import (int    argc,
                   char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE.csv — import candidates into a role"));
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStore) store = NULL;
  g_autoptr(SlRole) role = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(SlImport) import = NULL;
  g_autofree char *display = NULL;
  g_autofree char *role_name = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *duplicates_name = NULL;
  SlImportFormat format = SL_IMPORT_FORMAT_AUTO;
  SlImportDuplicates duplicates = SL_IMPORT_SKIP_DUPLICATES;
  SlImportResult result = { 0 };
  gboolean dry_run = FALSE;
  guint n_duplicates;
  const GOptionEntry entries[] = {
    { "role", 0, 0, G_OPTION_ARG_STRING, &role_name, N_("The role to import into, by its id or its exact title"), N_("ROLE") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name, N_("auto (the default: told by the header), shortlist, greenhouse, lever or opencats"), N_("FORMAT") },
    { "duplicates", 0, 0, G_OPTION_ARG_STRING, &duplicates_name, N_("skip (the default) or merge rows of people already known"), N_("WHAT") },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Only tell what importing would do"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!sl_cli_parse_options (context, &argc, &argv, &error))
    return sl_cli_usage_error (context, error->message);
  if (argc < 2)
    return sl_cli_usage_error (context, _("import needs the CSV file to read"));
  if (argc > 2)
    return sl_cli_usage_error (context, _("import takes one file"));
  if (role_name == NULL)
    return sl_cli_usage_error (context, _("import needs --role"));
  if (format_name != NULL && !sl_import_format_from_string (format_name, &format))
    {
      g_autofree char *message = g_strdup_printf (_("--format “%s” is not one of auto, shortlist, greenhouse, lever, opencats"),
                                                  format_name);
      return sl_cli_usage_error (context, message);
    }
  if (duplicates_name != NULL)
    {
      if (g_str_equal (duplicates_name, "merge"))
        duplicates = SL_IMPORT_MERGE_DUPLICATES;
      else if (!g_str_equal (duplicates_name, "skip"))
        {
          g_autofree char *message = g_strdup_printf (_("--duplicates “%s” is not one of skip, merge"),
                                                      duplicates_name);
          return sl_cli_usage_error (context, message);
        }
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  display = g_file_get_parse_name (file);
  stream = g_file_read (file, NULL, &error);
  if (stream == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Cannot read “%s”: %s"), display, error->message);
      return sl_cli_fail (message);
    }

  store = sl_cli_open_store (FALSE, &error);
  if (store == NULL)
    return sl_cli_fail (error->message);

  role = sl_store_find_role (store, role_name, &error);
  if (role == NULL)
    return sl_cli_fail (error->message);

  import = sl_store_read_import (store, G_INPUT_STREAM (stream), display, format,
                                 sl_role_get_id (role), 0, NULL, NULL, NULL, &error);
  if (import == NULL)
    return sl_cli_fail (error->message);

  /* Translators: the file, how many rows, and its format, such as "Lever import sheet" */
  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "Read “%s”: %u row; format: %s\n",
                        "Read “%s”: %u rows; format: %s\n",
                        sl_import_get_rows (import)->len),
           display, sl_import_get_rows (import)->len, sl_import_format_get_label (sl_import_get_format (import)));

  if (!dry_run &&
      !sl_store_import (store, import, duplicates, NULL, NULL, NULL, &result, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not import “%s”, nothing was imported: %s"),
                                                  display, error->message);
      return sl_cli_fail (message);
    }

  if (dry_run)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "Would import %u new candidate into “%s”; nothing was written\n",
                          "Would import %u new candidates into “%s”; nothing was written\n",
                          sl_import_count_rows (import, SL_IMPORT_ROW_NEW)),
             sl_import_count_rows (import, SL_IMPORT_ROW_NEW), sl_role_get_title (role));
  else
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "Imported %u new candidate into “%s”\n",
                          "Imported %u new candidates into “%s”\n",
                          result.imported),
             result.imported, sl_role_get_title (role));

  print_rows (import, SL_IMPORT_ROW_NEW, TRUE, _("Imported with a note:"));
  print_rows (import, SL_IMPORT_ROW_INVALID, FALSE,
              _("Left out, as not valid:"));

  n_duplicates = sl_import_count_rows (import, SL_IMPORT_ROW_DUPLICATE);
  if (n_duplicates > 0)
    {
      g_autofree char *title = NULL;

      if (duplicates == SL_IMPORT_MERGE_DUPLICATES)
        title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Merged %u duplicate into the candidate already known:",
                                              "Merged %u duplicates into the candidates already known:",
                                              n_duplicates),
                                 n_duplicates);
      else
        title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Skipped %u duplicate (--duplicates merge merges it):",
                                              "Skipped %u duplicates (--duplicates merge merges them):",
                                              n_duplicates),
                                 n_duplicates);
      print_rows (import, SL_IMPORT_ROW_DUPLICATE, FALSE, title);
    }

  return SL_EXIT_OK;
}
