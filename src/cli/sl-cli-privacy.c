/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-cli-private.h"

/* shortlist erase: a candidate who asked to be forgotten, and everything
 * held about them, from the database and its backups. */

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
