/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-cli-private.h"
#include "sl-packet.h"

/* shortlist report: a role's committee packet, or one candidate's, as a
 * PDF drawn like the window's, without a display. */

int
sl_cli_run_report (int    argc,
                   char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE.pdf — write a role’s committee packet"));
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStore) store = NULL;
  g_autoptr(SlRole) role = NULL;
  g_autoptr(SlPacketData) data = NULL;
  g_autoptr(SlPacket) packet = NULL;
  g_autofree char *role_name = NULL;
  g_autofree char *paper_name = NULL;
  g_autofree char *display = NULL;
  gint64 candidate_id = 0;
  gboolean blind = FALSE;
  SlPaper paper = sl_paper_get_default ();
  double width, height;
  guint n_pages;
  const GOptionEntry entries[] = {
    { "role", 0, 0, G_OPTION_ARG_STRING, &role_name, N_("The role, by its id or its exact title"), N_("ROLE") },
    { "blind", 0, 0, G_OPTION_ARG_NONE, &blind, N_("Hide candidates’ names: “Candidate A”, “Candidate B”…"), NULL },
    { "candidate", 0, 0, G_OPTION_ARG_INT64, &candidate_id, N_("Only this candidate of the role, by their id"), N_("ID") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper_name, N_("a4 or letter (default: the locale’s)"), N_("PAPER") },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!sl_cli_parse_options (context, &argc, &argv, &error))
    return sl_cli_usage_error (context, error->message);
  if (role_name == NULL)
    return sl_cli_usage_error (context, _("report needs --role"));
  if (paper_name != NULL && !sl_paper_from_string (paper_name, &paper))
    {
      g_autofree char *message = g_strdup_printf (_("--paper “%s” is not a4 or letter"), paper_name);
      return sl_cli_usage_error (context, message);
    }
  if (candidate_id < 0)
    return sl_cli_usage_error (context, _("--candidate must be a candidate’s id"));
  if (argc < 2)
    return sl_cli_usage_error (context, _("report needs the file to write"));
  if (argc > 2)
    return sl_cli_usage_error (context, _("report takes one file"));

  store = sl_cli_open_store (FALSE, &error);
  if (store == NULL)
    return sl_cli_fail (error->message);

  role = sl_store_find_role (store, role_name, &error);
  if (role == NULL)
    return sl_cli_fail (error->message);

  data = sl_store_load_packet (store, sl_role_get_id (role), candidate_id, blind, NULL, &error);
  if (data == NULL)
    return sl_cli_fail (error->message);

  sl_paper_get_size (paper, &width, &height);
  packet = sl_packet_new (data, width, height);
  if (!sl_packet_write_pdf (packet, argv[1], NULL, NULL, NULL, &error))
    return sl_cli_fail (error->message);

  n_pages = sl_packet_get_n_pages (packet);
  display = g_filename_display_name (argv[1]);
  if (blind)
    /* Translators: a role, the file, how many pages, and on which paper */
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "Wrote the committee packet of “%s” to “%s”, names hidden: %u page, %s\n",
                          "Wrote the committee packet of “%s” to “%s”, names hidden: %u pages, %s\n",
                          n_pages),
             sl_role_get_title (role), display, n_pages, sl_paper_get_label (paper));
  else
    /* Translators: a role, the file, how many pages, and on which paper */
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "Wrote the committee packet of “%s” to “%s”: %u page, %s\n",
                          "Wrote the committee packet of “%s” to “%s”: %u pages, %s\n",
                          n_pages),
             sl_role_get_title (role), display, n_pages, sl_paper_get_label (paper));

  return SL_EXIT_OK;
}
