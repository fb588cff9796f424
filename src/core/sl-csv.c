/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-csv.c: CSV as RFC 4180 gives it, safe to open in a spreadsheet */

#define G_LOG_DOMAIN "shortlist-csv"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sl-csv.h"

/* Writes UTF-8 without a byte order mark, rows ending in CRLF. A row is
 * built in memory and written whole, so that a stream never ends in the
 * middle of a row that was not finished. */
struct _SlCsvWriter
{
  GOutputStream *stream;
  GString *row;
  guint n_fields;
};

/* Spreadsheets run a cell that starts with one of these as a formula; a
 * name such as =HYPERLINK("…") in an export would otherwise become a link
 * on the computer of whoever opens the file. OWASP's advice is to make
 * such text plain with a leading apostrophe. */
static const char formula_starts[] = "=+-@\t\r";

/**
 * sl_csv_writer_new:
 * @stream: where the rows go; the writer keeps a reference
 *
 * Returns: (transfer full): a writer of rows to @stream
 */
SlCsvWriter *
sl_csv_writer_new (GOutputStream *stream)
{
  SlCsvWriter *self;

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), NULL);

  self = g_new0 (SlCsvWriter, 1);
  self->stream = g_object_ref (stream);
  self->row = g_string_new (NULL);

  return self;
}

static void
append_field (SlCsvWriter *self,
              const char  *text,
              gboolean     guard_formula)
{
  gboolean quoted;

  if (self->n_fields++ > 0)
    g_string_append_c (self->row, ',');

  if (text == NULL || text[0] == '\0')
    return;

  quoted = strpbrk (text, ",\"\r\n") != NULL;
  if (quoted)
    g_string_append_c (self->row, '"');

  if (guard_formula && strchr (formula_starts, text[0]) != NULL)
    g_string_append_c (self->row, '\'');

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (self->row, '"');
      g_string_append_c (self->row, *p);
    }

  if (quoted)
    g_string_append_c (self->row, '"');
}

/**
 * sl_csv_writer_add_field:
 * @text: (nullable): the field's text, UTF-8; %NULL is an empty field
 *
 * Adds a field of text to the row. Text that a spreadsheet would take for
 * a formula gets a leading apostrophe.
 */
void
sl_csv_writer_add_field (SlCsvWriter *self,
                         const char  *text)
{
  g_return_if_fail (self != NULL);

  append_field (self, text, TRUE);
}

/**
 * sl_csv_writer_add_number:
 * @decimals: how many digits after the decimal point
 *
 * Adds a number to the row, with a point for the decimal separator
 * whatever the locale, so that spreadsheets read it as a number; a
 * negative number is not taken for a formula. A value that is not finite,
 * such as NAN for "none", is an empty field.
 */
void
sl_csv_writer_add_number (SlCsvWriter *self,
                          double       value,
                          guint        decimals)
{
  /* Enough for the largest double written out in full. */
  char buffer[400];
  char format[16];

  g_return_if_fail (self != NULL);

  if (!isfinite (value))
    {
      append_field (self, NULL, FALSE);
      return;
    }

  g_snprintf (format, sizeof format, "%%.%uf", MIN (decimals, 17));
  append_field (self, g_ascii_formatd (buffer, sizeof buffer, format, value), FALSE);
}

/**
 * sl_csv_writer_end_row:
 *
 * Writes the row of the fields added since the last one. A row that
 * could not be written is dropped, not written with the next.
 *
 * Returns: %FALSE, with @error set, when the stream refused the row or
 *   @cancellable was cancelled
 */
gboolean
sl_csv_writer_end_row (SlCsvWriter   *self,
                       GCancellable  *cancellable,
                       GError       **error)
{
  gboolean written;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Streams need not look at the cancellable before they write, and
   * some, in memory, never do. */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    written = FALSE;
  else
    {
      g_string_append (self->row, "\r\n");
      written = g_output_stream_write_all (self->stream, self->row->str, self->row->len,
                                           NULL, cancellable, error);
    }

  g_string_truncate (self->row, 0);
  self->n_fields = 0;

  return written;
}

/* Frees the writer; the stream stays open. */
void
sl_csv_writer_free (SlCsvWriter *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->stream);
  g_string_free (self->row, TRUE);
  g_free (self);
}
