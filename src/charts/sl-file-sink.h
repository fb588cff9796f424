/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-file-sink.h: a file that cairo writes beside its place and that is
 * renamed into it once whole */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  char *path;
  char *tmp_path;
  int fd;
  int saved_errno;  /* why a write or the file itself failed; 0 if neither */
} SlFileSink;

gboolean       sl_file_sink_open   (SlFileSink          *sink,
                                    const char          *path,
                                    int                  mode);
cairo_status_t sl_file_sink_write  (void                *closure,
                                    const unsigned char *data,
                                    unsigned int         length);
cairo_status_t sl_file_sink_close  (SlFileSink          *sink,
                                    cairo_status_t       status,
                                    GCancellable        *cancellable);
const char    *sl_file_sink_reason (SlFileSink          *sink,
                                    cairo_status_t       status);
GIOErrorEnum   sl_file_sink_code   (SlFileSink          *sink);

G_END_DECLS
