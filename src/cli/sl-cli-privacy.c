/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-cli-private.h"

/* A candidate's rights over what is held about them: shortlist erase
 * forgets them, from the database and its backups; shortlist
 * export-candidate writes it all out for them. */

int
sl_cli_run_erase (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("— erase a candidate and everything held about them"));
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStore) store = NULL;
  g_autofree char *id = NULL;
  gint64 candidate_id = 0;
  guint n_backups = 0;
  const GOptionEntry entries[] = {
    { "candidate", 0, 0, G_OPTION_ARG_INT64, &candidate_id, N_("The candidate, by their id"), N_("ID") },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!sl_cli_parse_options (context, &argc, &argv, &error))
    return sl_cli_usage_error (context, error->message);
  if (candidate_id <= 0)
    return sl_cli_usage_error (context, _("erase needs --candidate and a candidate’s id"));
  if (argc > 1)
    return sl_cli_usage_error (context, _("erase takes no arguments besides its options"));

  store = sl_cli_open_store (FALSE, &error);
  if (store == NULL)
    return sl_cli_fail (error->message);

  if (!sl_store_erase_candidate (store, candidate_id, &n_backups, &error))
    return sl_cli_fail (error->message);

  id = g_strdup_printf ("%" G_GINT64_FORMAT, candidate_id);
  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "Erased candidate %s and everything held about them, from the database and %u backup\n",
                        "Erased candidate %s and everything held about them, from the database and %u backups\n",
                        n_backups),
           id, n_backups);

  return SL_EXIT_OK;
}

/* shortlist export-candidate: everything held about one candidate, for
 * them to see, as JSON. */
int
sl_cli_run_export_candidate (int    argc,
                             char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE.json — write everything held about a candidate"));
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStore) store = NULL;
  g_auto(SlCliOutput) output = { 0 };
  g_autofree char *document = NULL;
  gint64 candidate_id = 0;
  gsize length;
  const GOptionEntry entries[] = {
    { "candidate", 0, 0, G_OPTION_ARG_INT64, &candidate_id, N_("The candidate, by their id"), N_("ID") },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!sl_cli_parse_options (context, &argc, &argv, &error))
    return sl_cli_usage_error (context, error->message);
  if (candidate_id <= 0)
    return sl_cli_usage_error (context, _("export-candidate needs --candidate and a candidate’s id"));
  if (argc != 2)
    return sl_cli_usage_error (context, _("export-candidate needs the one file to write"));

  store = sl_cli_open_store (FALSE, &error);
  if (store == NULL)
    return sl_cli_fail (error->message);

  /* Read first: an unknown candidate leaves no file behind. */
  document = sl_store_export_subject (store, candidate_id, &length, &error);
  if (document == NULL)
    return sl_cli_fail (error->message);

  if (!sl_cli_output_open (&output, argv[1], TRUE, &error) ||
      !g_output_stream_write_all (output.stream, document, length, NULL, NULL, &error) ||
      !sl_cli_output_commit (&output, &error))
    return sl_cli_fail (error->message);

  g_print (_("Wrote everything held about the candidate to “%s”\n"), output.display_name);

  return SL_EXIT_OK;
}
