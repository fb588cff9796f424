/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-app.h"
#include "sl-gui.h"

/**
 * sl_gui_run:
 *
 * Runs the application's window until it is closed.
 *
 * Returns: the exit status for main()
 */
int
sl_gui_run (int    argc,
            char **argv)
{
  g_autoptr(SlApp) app = NULL;

  g_set_application_name (_("Shortlist"));

  app = sl_app_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
