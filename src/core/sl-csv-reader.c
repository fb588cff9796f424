/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-csv-reader.c: CSV as RFC 4180 gives it, read a row at a time */

#define G_LOG_DOMAIN "shortlist-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sl-csv.h"
#include "sl-error.h"

/* Reads rows from a stream of any size while holding one row in memory:
 * fields quoted or not, quotes doubled inside quotes, commas and line
 * breaks inside quotes, rows ending in CRLF, LF or CR, a UTF-8 byte order
 * mark, a last row without a line break. Lines that hold nothing at all
 * are passed over, as spreadsheets leave them at the end of files.
 *
 * Every row must have as many fields as the first, every field must be
 * UTF-8 and at most SL_CSV_MAX_FIELD bytes long; anything else stops the
 * reading with an error naming the line and the field. A quote inside a
 * field that does not start with one is taken as it is, as in 5'11", since
 * files written by hand have them; text after a closing quote is an
 * error, as there is no sure way to read it. */

#define BUFFER_SIZE (64 * 1024)

typedef enum
{
  FIELD_START,
  UNQUOTED,
  QUOTED,
  QUOTE_IN_QUOTED,   /* a quote inside quotes: doubled, or the end */
} State;

struct _SlCsvReader
{
  GInputStream *stream;
  char *name;

  guint8 *buffer;
  gsize length;
  gsize position;
  guint64 offset;          /* bytes read before the buffer */
  gboolean at_end;
  gboolean started;        /* whether the byte order mark was looked for */
  gboolean skip_newline;   /* a CR ended the last row: an LF after it belongs to it */

  guint line;              /* of the next byte, from 1 */
  guint row_line;          /* where the row last read starts */
  guint field_line;        /* where the field being read starts */

  GString *text;           /* the row's fields, each ending in a NUL */
  GArray *starts;          /* offset of each field in text */
  GPtrArray *fields;       /* pointers into text, and a NULL */
  gsize field_start;
  guint n_expected;        /* fields of the first row; 0 before it */
};

/**
 * sl_csv_reader_new:
 * @stream: what to read; the reader keeps a reference
 * @name: what to call the input in messages, such as the file's name
 *
 * Returns: (transfer full): a reader of the rows of @stream
 */
SlCsvReader *
sl_csv_reader_new (GInputStream *stream,
                   const char   *name)
{
  SlCsvReader *self;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  self = g_new0 (SlCsvReader, 1);
  self->stream = g_object_ref (stream);
  self->name = g_strdup (name);
  self->buffer = g_malloc (BUFFER_SIZE);
  self->line = 1;
  self->text = g_string_sized_new (1024);
  self->starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  self->fields = g_ptr_array_new ();

  return self;
}

/* Frees the reader; the stream stays open. */
void
sl_csv_reader_free (SlCsvReader *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->stream);
  g_free (self->name);
  g_free (self->buffer);
  g_string_free (self->text, TRUE);
  g_array_unref (self->starts);
  g_ptr_array_unref (self->fields);
  g_free (self);
}

G_GNUC_PRINTF (4, 5)
static gboolean
set_error (SlCsvReader  *self,
           GError      **error,
           guint         line,
           const char   *format,
           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* Translators: the file's name, the line, then what is wrong there */
  g_set_error (error, SL_ERROR, SL_ERROR_INVALID, _("%s: line %u: %s"), self->name, line, message);

  return FALSE;
}

static gboolean
fill_buffer (SlCsvReader   *self,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  gssize n_read;

  /* Not every stream looks at the cancellable. */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  self->offset += self->length;
  self->length = 0;
  self->position = 0;

  /* The start is read until it holds a byte order mark if there is one. */
  do
    {
      n_read = g_input_stream_read (self->stream, self->buffer + self->length, BUFFER_SIZE - self->length,
                                    cancellable, &local_error);
      if (n_read < 0)
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            g_set_error (error, SL_ERROR, SL_ERROR_IO, _("%s: could not be read: %s"),
                         self->name, local_error->message);
          return FALSE;
        }

      self->length += n_read;
    }
  while (!self->started && n_read > 0 && self->length < 3);

  self->at_end = self->length == 0;

  return TRUE;
}

/* Looks at the start of the input: a UTF-8 byte order mark is dropped, and
 * UTF-16, which spreadsheets write when asked for "Unicode text", is
 * refused with a word on what to do instead. */
static gboolean
check_start (SlCsvReader   *self,
             GError       **error)
{
  const guint8 *b = self->buffer;

  self->started = TRUE;

  if (self->length >= 3 && b[0] == 0xef && b[1] == 0xbb && b[2] == 0xbf)
    self->position = 3;
  else if (self->length >= 2 && ((b[0] == 0xff && b[1] == 0xfe) || (b[0] == 0xfe && b[1] == 0xff)))
    return set_error (self, error, 1, "%s",
                      _("the file is UTF-16 text; save it as CSV in UTF-8 and import that"));

  return TRUE;
}

static gboolean
end_field (SlCsvReader  *self,
           GError      **error)
{
  const char *field = self->text->str + self->field_start;
  gsize length = self->text->len - self->field_start;
  const char *bad;

  if (!g_utf8_validate_len (field, length, &bad))
    {
      guint line = self->field_line;
      glong character;

      for (const char *p = field; p < bad; p++)
        if (*p == '\n')
          line++;

      character = g_utf8_strlen (field, bad - field) + 1;
      return set_error (self, error, line,
                        /* Translators: a field of a row, counted from 1; then
                         * the byte, in hexadecimal, and where it stands in
                         * the field */
                        _("field %u is not valid UTF-8 text (byte 0x%02X at character %ld); save the file as UTF-8"),
                        self->starts->len + 1, (guint8) *bad, character);
    }

  g_array_append_val (self->starts, self->field_start);
  g_string_append_c (self->text, '\0');
  self->field_start = self->text->len;
  self->field_line = self->line;

  return TRUE;
}

static gboolean
end_row (SlCsvReader  *self,
         GError      **error)
{
  guint n_fields = self->starts->len;

  if (self->n_expected == 0)
    self->n_expected = n_fields;
  else if (n_fields != self->n_expected)
    return set_error (self, error, self->row_line,
                      /* Translators: both are counts of fields */
                      g_dngettext (GETTEXT_PACKAGE,
                                   "the row has %u field where the first row has %u",
                                   "the row has %u fields where the first row has %u",
                                   n_fields),
                      n_fields, self->n_expected);

  g_ptr_array_set_size (self->fields, 0);
  for (guint i = 0; i < n_fields; i++)
    g_ptr_array_add (self->fields, self->text->str + g_array_index (self->starts, gsize, i));
  g_ptr_array_add (self->fields, NULL);

  return TRUE;
}

static void
start_row (SlCsvReader *self)
{
  g_string_truncate (self->text, 0);
  g_array_set_size (self->starts, 0);
  self->field_start = 0;
  self->row_line = self->line;
  self->field_line = self->line;
}

/**
 * sl_csv_reader_next_row:
 *
 * Reads the next row; its fields are then those of
 * sl_csv_reader_get_fields() until the next call.
 *
 * Returns: %TRUE when a row was read; %FALSE at the end of the input, or
 *   with @error set when the input could not be read or is not valid CSV
 */
gboolean
sl_csv_reader_next_row (SlCsvReader   *self,
                        GCancellable  *cancellable,
                        GError       **error)
{
  State state = FIELD_START;
  gboolean has_content = FALSE;
  gboolean prev_cr = FALSE;
  guint quote_line = 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  start_row (self);

  for (;;)
    {
      guint8 c;

      if (self->position == self->length)
        {
          if (self->at_end)
            break;
          if (!fill_buffer (self, cancellable, error))
            return FALSE;
          if (!self->started && !check_start (self, error))
            return FALSE;
          continue;
        }

      c = self->buffer[self->position++];

      if (self->skip_newline)
        {
          self->skip_newline = FALSE;
          if (c == '\n')
            continue;
        }

      if (c == '\r' || c == '\n')
        {
          if (state == QUOTED)
            {
              /* A line break in quotes is the field's; a CRLF stays as it
               * is, and counts as one line. */
              g_string_append_c (self->text, c);
              if (c == '\r' || !prev_cr)
                self->line++;
              prev_cr = c == '\r';
              continue;
            }

          self->line++;
          self->skip_newline = c == '\r';

          if (!has_content)
            {
              start_row (self);
              continue;
            }

          if (!end_field (self, error))
            return FALSE;
          return end_row (self, error);
        }

      has_content = TRUE;
      prev_cr = FALSE;

      switch (state)
        {
        case FIELD_START:
          if (c == '"')
            {
              state = QUOTED;
              quote_line = self->line;
              continue;
            }
          state = UNQUOTED;
          G_GNUC_FALLTHROUGH;

        case UNQUOTED:
          if (c == ',')
            {
              if (!end_field (self, error))
                return FALSE;
              state = FIELD_START;
              continue;
            }
          break;

        case QUOTED:
          if (c == '"')
            {
              state = QUOTE_IN_QUOTED;
              continue;
            }
          break;

        case QUOTE_IN_QUOTED:
          if (c == '"')
            {
              state = QUOTED;
              break;
            }
          if (c == ',')
            {
              if (!end_field (self, error))
                return FALSE;
              state = FIELD_START;
              continue;
            }
          return set_error (self, error, self->line,
                            _("field %u has text after its closing quote; a quote inside quotes is written twice"),
                            self->starts->len + 1);

        default:
          g_assert_not_reached ();
        }

      if (self->text->len - self->field_start >= SL_CSV_MAX_FIELD)
        return set_error (self, error, self->field_line,
                          _("field %u is longer than %u bytes"),
                          self->starts->len + 1, (guint) SL_CSV_MAX_FIELD);

      g_string_append_c (self->text, c);
    }

  /* The end of the input. */
  if (state == QUOTED)
    return set_error (self, error, quote_line,
                      _("the quote that opens field %u is never closed"),
                      self->starts->len + 1);

  if (!has_content)
    return FALSE;

  if (!end_field (self, error))
    return FALSE;
  return end_row (self, error);
}

/* The number of fields of the row last read. */
guint
sl_csv_reader_get_n_fields (SlCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->fields->len > 0 ? self->fields->len - 1 : 0;
}

/**
 * sl_csv_reader_get_fields:
 *
 * Returns: (transfer none) (array zero-terminated=1): the fields of the row
 *   last read, valid until the next row is read
 */
const char * const *
sl_csv_reader_get_fields (SlCsvReader *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (self->fields->len > 0, NULL);

  return (const char * const *) self->fields->pdata;
}

/* The line, from 1, where the row last read starts. */
guint
sl_csv_reader_get_line (SlCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->row_line;
}

/* How many bytes of the input were read so far, for progress. */
guint64
sl_csv_reader_get_offset (SlCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->offset + self->position;
}
