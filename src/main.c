/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist"

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "sl-cli.h"
#include "sl-gui.h"

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("SHORTLIST_LOCALEDIR");

  setlocale (LC_ALL, "");
  /* The tests run the program with the translations of the build tree. */
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* A subcommand runs headless, without a display; anything else opens the
   * window. */
  if (sl_cli_find_command (argc, argv) != NULL)
    return sl_cli_run (argc, argv);

  return sl_gui_run (argc, argv);
}
