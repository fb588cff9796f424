/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-cli-private.h"

/* shortlist role: roles to and from shortlist-template/1 files, so that
 * teams can share what a role demands. */

static int
run_role_export (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE.json — save what a role demands as a template"));
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStore) store = NULL;
  g_autoptr(SlRole) role = NULL;
  g_auto(SlCliOutput) output = { 0 };
  g_autofree char *role_name = NULL;
  g_autofree char *json = NULL;
  gsize length = 0;
  const GOptionEntry entries[] = {
    { "role", 0, 0, G_OPTION_ARG_STRING, &role_name, N_("The role, by its id or its exact title"), N_("ROLE") },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!sl_cli_parse_options (context, &argc, &argv, &error))
    return sl_cli_usage_error (context, error->message);
  if (role_name == NULL)
    return sl_cli_usage_error (context, _("role export needs --role"));
  if (argc < 2)
    return sl_cli_usage_error (context, _("role export needs the file to write"));
  if (argc > 2)
    return sl_cli_usage_error (context, _("role export takes one file"));

  store = sl_cli_open_store (FALSE, &error);
  if (store == NULL)
    return sl_cli_fail (error->message);

  role = sl_store_find_role (store, role_name, &error);
  if (role == NULL)
    return sl_cli_fail (error->message);

  json = sl_store_export_template (store, sl_role_get_id (role), &length, &error);
  if (json == NULL)
    return sl_cli_fail (error->message);

  /* Written like the CSV exports rather than with
   * g_file_replace_contents(), which puts a partly written file in place
   * of the old one when a write fails. */
  /* A template is meant to be shared, and holds nobody's data. */
  if (!sl_cli_output_open (&output, argv[1], FALSE, &error))
    return sl_cli_fail (error->message);

  if (!g_output_stream_write_all (output.stream, json, length, NULL, NULL, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not write “%s”: %s"),
                                                  output.display_name, error->message);
      return sl_cli_fail (message);
    }

  if (!sl_cli_output_commit (&output, &error))
    return sl_cli_fail (error->message);

  g_print (_("Saved the template of “%s” to “%s”\n"),
           sl_role_get_title (role), output.display_name);

  return SL_EXIT_OK;
}

static int
run_role_import (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE.json — make a role of a template"));
  g_autoptr(GError) error = NULL;
  g_autoptr(SlTemplate) template = NULL;
  g_autoptr(SlStore) store = NULL;
  g_autoptr(SlRole) role = NULL;
  g_autofree char *title = NULL;
  char id_text[24];
  gint64 role_id;
  const GOptionEntry entries[] = {
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("The new role’s title (default: the template’s)"), N_("TITLE") },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!sl_cli_parse_options (context, &argc, &argv, &error))
    return sl_cli_usage_error (context, error->message);
  if (argc < 2)
    return sl_cli_usage_error (context, _("role import needs the template file to read"));
  if (argc > 2)
    return sl_cli_usage_error (context, _("role import takes one file"));

  /* Read before the database is opened, so that a file that is not a
   * template leaves no trace, not even a new database. The message names
   * the file and the member that is wrong. */
  template = sl_template_new_from_file (argv[1], &error);
  if (template == NULL)
    return sl_cli_fail (error->message);

  store = sl_cli_open_store (TRUE, &error);
  if (store == NULL)
    return sl_cli_fail (error->message);

  role_id = sl_store_create_role (store, template, title, &error);
  if (role_id == 0)
    {
      if (title == NULL && g_error_matches (error, SL_ERROR, SL_ERROR_CONSTRAINT))
        {
          g_autofree char *message = g_strdup_printf (_("%s; choose another title with --title"),
                                                      error->message);
          return sl_cli_fail (message);
        }
      return sl_cli_fail (error->message);
    }

  role = sl_store_get_role (store, role_id, &error);
  if (role == NULL)
    return sl_cli_fail (error->message);

  /* A translatable message cannot carry G_GINT64_FORMAT. */
  g_snprintf (id_text, sizeof id_text, "%" G_GINT64_FORMAT, role_id);
  g_print (_("Made the role “%s” with id %s\n"), sl_role_get_title (role), id_text);

  return SL_EXIT_OK;
}

static const SlCliCommand role_commands[] = {
  { "import", N_("Make a role of a template file"), run_role_import },
  { "export", N_("Save what a role demands as a template file"), run_role_export },
};

int
sl_cli_run_role (int    argc,
                 char **argv)
{
  return sl_cli_run_group ("role", role_commands, G_N_ELEMENTS (role_commands), argc, argv);
}
