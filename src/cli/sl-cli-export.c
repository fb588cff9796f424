/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-cli-private.h"

/* shortlist export: candidates, or a role's checklist matrix, as CSV for a
 * spreadsheet. */

int
sl_cli_run_export (int    argc,
                   char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE.csv — write candidates to a CSV file"));
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStore) store = NULL;
  g_autoptr(SlRole) role = NULL;
  g_auto(SlCliOutput) output = { 0 };
  g_autofree char *role_name = NULL;
  gboolean checklist = FALSE;
  gboolean bom = FALSE;
  gint64 role_id = 0;
  guint n_rows = 0;
  gboolean exported;
  const GOptionEntry entries[] = {
    { "role", 0, 0, G_OPTION_ARG_STRING, &role_name, N_("Only the candidates in this role, by its id or its exact title"), N_("ROLE") },
    { "checklist", 0, 0, G_OPTION_ARG_NONE, &checklist, N_("The role’s checklist: each candidate against each requirement"), NULL },
    { "bom", 0, 0, G_OPTION_ARG_NONE, &bom, N_("Start with a byte order mark, by which Excel knows the file is UTF-8"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!sl_cli_parse_options (context, &argc, &argv, &error))
    return sl_cli_usage_error (context, error->message);
  if (checklist && role_name == NULL)
    return sl_cli_usage_error (context, _("--checklist needs --role"));
  if (argc < 2)
    return sl_cli_usage_error (context, _("export needs the file to write"));
  if (argc > 2)
    return sl_cli_usage_error (context, _("export takes one file"));

  store = sl_cli_open_store (FALSE, &error);
  if (store == NULL)
    return sl_cli_fail (error->message);

  if (role_name != NULL)
    {
      role = sl_store_find_role (store, role_name, &error);
      if (role == NULL)
        return sl_cli_fail (error->message);
      role_id = sl_role_get_id (role);
    }

  if (!sl_cli_output_open (&output, argv[1], TRUE, &error))
    return sl_cli_fail (error->message);

  /* Excel reads a CSV file as the system's legacy code page unless it
   * starts with a byte order mark; LibreOffice and Shortlist skip it. */
  if (bom && !g_output_stream_write_all (output.stream, "\xef\xbb\xbf", 3, NULL, NULL, &error))
    exported = FALSE;
  else if (checklist)
    exported = sl_store_export_checklist (store, role_id, output.stream, &n_rows, NULL, &error);
  else
    exported = sl_store_export_candidates (store, role_id, output.stream, &n_rows, NULL, &error);

  /* On failure the output is abandoned as it goes out of scope: the old
   * file stays as it was, and a new one is not left half written. */
  if (!exported)
    {
      g_autofree char *message = g_strdup_printf (_("Could not export to “%s”: %s"),
                                                  output.display_name, error->message);
      return sl_cli_fail (message);
    }

  if (!sl_cli_output_commit (&output, &error))
    return sl_cli_fail (error->message);

  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "Wrote %u row to “%s”\n",
                        "Wrote %u rows to “%s”\n",
                        n_rows),
           n_rows, output.display_name);

  return SL_EXIT_OK;
}
