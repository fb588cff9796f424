/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-chart"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "sl-file-sink.h"

/* What cairo writes for a chart or a packet goes to a new file beside
 * @path, synced and renamed into place once whole: a failure or a cancel
 * leaves whatever @path held before as it was, and no file where there was
 * none. */

/**
 * sl_file_sink_open:
 * @mode: the new file's mode, before the umask
 *
 * Creates the file beside @path. On failure, @sink's saved_errno says why.
 */
gboolean
sl_file_sink_open (SlFileSink *sink,
                   const char *path,
                   int         mode)
{
  g_autofree char *dirname = g_path_get_dirname (path);
  g_autofree char *basename = g_path_get_basename (path);

  sink->path = g_strdup (path);
  sink->tmp_path = g_strdup_printf ("%s%c.%s-XXXXXX", dirname, G_DIR_SEPARATOR, basename);
  sink->saved_errno = 0;
  sink->fd = g_mkstemp_full (sink->tmp_path, O_WRONLY | O_CLOEXEC, mode);
  if (sink->fd < 0)
    {
      sink->saved_errno = errno;
      g_clear_pointer (&sink->path, g_free);
      g_clear_pointer (&sink->tmp_path, g_free);
      return FALSE;
    }

  return TRUE;
}

/* A cairo_write_func_t: writes all of @data, or says why not. */
cairo_status_t
sl_file_sink_write (void                *closure,
                    const unsigned char *data,
                    unsigned int         length)
{
  SlFileSink *sink = closure;

  while (length > 0)
    {
      ssize_t written = write (sink->fd, data, length);

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          sink->saved_errno = errno;
          return CAIRO_STATUS_WRITE_ERROR;
        }

      data += written;
      length -= (unsigned int) written;
    }

  return CAIRO_STATUS_SUCCESS;
}

/**
 * sl_file_sink_close:
 * @status: how the drawing went
 * @cancellable: (nullable): when cancelled, the file is dropped
 *
 * Syncs and closes the file, then renames it into place when all went
 * well and nothing was cancelled, or removes it.
 *
 * Returns: @status, or the failure of syncing, closing or renaming;
 *   %CAIRO_STATUS_SUCCESS with the file dropped when cancelled
 */
cairo_status_t
sl_file_sink_close (SlFileSink     *sink,
                    cairo_status_t  status,
                    GCancellable   *cancellable)
{
  if (status == CAIRO_STATUS_SUCCESS && fsync (sink->fd) != 0)
    {
      sink->saved_errno = errno;
      status = CAIRO_STATUS_WRITE_ERROR;
    }

  if (close (sink->fd) != 0 && status == CAIRO_STATUS_SUCCESS)
    {
      sink->saved_errno = errno;
      status = CAIRO_STATUS_WRITE_ERROR;
    }
  sink->fd = -1;

  if (status == CAIRO_STATUS_SUCCESS && !g_cancellable_is_cancelled (cancellable) &&
      g_rename (sink->tmp_path, sink->path) != 0)
    {
      sink->saved_errno = errno;
      status = CAIRO_STATUS_WRITE_ERROR;
    }

  if (status != CAIRO_STATUS_SUCCESS || g_cancellable_is_cancelled (cancellable))
    g_unlink (sink->tmp_path);

  g_clear_pointer (&sink->path, g_free);
  g_clear_pointer (&sink->tmp_path, g_free);

  return status;
}

/* Why writing failed, in words. */
const char *
sl_file_sink_reason (SlFileSink     *sink,
                     cairo_status_t  status)
{
  return sink->saved_errno != 0 ? g_strerror (sink->saved_errno) : cairo_status_to_string (status);
}

GIOErrorEnum
sl_file_sink_code (SlFileSink *sink)
{
  return sink->saved_errno != 0 ? g_io_error_from_errno (sink->saved_errno) : G_IO_ERROR_FAILED;
}
