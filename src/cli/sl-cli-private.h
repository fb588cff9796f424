/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sl-cli.h"
#include "sl-store.h"

G_BEGIN_DECLS

/* A subcommand, or a group of them such as "market". */
typedef struct
{
  const char *name;
  const char *summary;
  int (*run) (int argc, char **argv);
} SlCliCommand;

/* A file being written in place of the one at its path, which stays as it
 * was until sl_cli_output_commit(): a command that fails never leaves half
 * a file behind. */
typedef struct
{
  GFile *file;
  char *display_name;
  GOutputStream *stream;
  gboolean existed;
} SlCliOutput;

int       sl_cli_fail           (const char         *message);
int       sl_cli_usage_error    (GOptionContext     *context,
                                 const char         *message);
gboolean  sl_cli_parse_options  (GOptionContext     *context,
                                 int                *argc,
                                 char             ***argv,
                                 GError            **error);
SlStore  *sl_cli_open_store     (gboolean            creates,
                                 GError            **error);
int       sl_cli_run_group      (const char         *group,
                                 const SlCliCommand *commands,
                                 guint               n_commands,
                                 int                 argc,
                                 char              **argv);

gboolean  sl_cli_output_open    (SlCliOutput        *output,
                                 const char         *path,
                                 gboolean            personal,
                                 GError            **error);
gboolean  sl_cli_output_commit  (SlCliOutput        *output,
                                 GError            **error);
void      sl_cli_output_clear   (SlCliOutput        *output);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SlCliOutput, sl_cli_output_clear)

/* The commands, by the file they live in. */
int       sl_cli_run_market     (int                 argc,
                                 char              **argv);
int       sl_cli_run_role       (int                 argc,
                                 char              **argv);
int       sl_cli_run_import     (int                 argc,
                                 char              **argv);
int       sl_cli_run_export     (int                 argc,
                                 char              **argv);
int       sl_cli_run_chart      (int                 argc,
                                 char              **argv);
int       sl_cli_run_report     (int                 argc,
                                 char              **argv);
int       sl_cli_run_stats      (int                 argc,
                                 char              **argv);
int       sl_cli_run_erase      (int                 argc,
                                 char              **argv);
int       sl_cli_run_export_candidate (int           argc,
                                 char              **argv);

G_END_DECLS
