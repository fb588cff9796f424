/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of the command line, as DESIGN.md gives them. */
#define SL_EXIT_OK      0
#define SL_EXIT_FAILED  1
#define SL_EXIT_USAGE   2

const char *sl_cli_find_command (int    argc,
                                 char **argv);
int         sl_cli_run          (int    argc,
                                 char **argv);

G_END_DECLS
