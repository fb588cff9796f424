/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sl-csv.h"
#include "sl-error.h"

/* The CSV reader on every case RFC 4180 and real exports bring, read whole
 * and a few bytes at a time, so that a row split between two reads of the
 * stream is read the same. */

/* A stream that hands out at most a few bytes per read. */
#define TYPE_TRICKLE_STREAM (trickle_stream_get_type ())
G_DECLARE_FINAL_TYPE (TrickleStream, trickle_stream, TRICKLE, STREAM, GInputStream)

struct _TrickleStream
{
  GInputStream parent_instance;
  GBytes *bytes;
  gsize position;
  gsize chunk;
};

G_DEFINE_FINAL_TYPE (TrickleStream, trickle_stream, G_TYPE_INPUT_STREAM)

static gssize
trickle_stream_read (GInputStream  *stream,
                     void          *buffer,
                     gsize          count,
                     GCancellable  *cancellable,
                     GError       **error)
{
  TrickleStream *self = TRICKLE_STREAM (stream);
  gsize size = g_bytes_get_size (self->bytes);
  gsize n = MIN (MIN (count, self->chunk), size - self->position);

  /* The bytes of an empty document may be NULL, which memcpy may not be
   * given even for no bytes. */
  if (n == 0)
    return 0;

  memcpy (buffer, (const char *) g_bytes_get_data (self->bytes, NULL) + self->position, n);
  self->position += n;

  return n;
}

static void
trickle_stream_finalize (GObject *object)
{
  g_bytes_unref (TRICKLE_STREAM (object)->bytes);

  G_OBJECT_CLASS (trickle_stream_parent_class)->finalize (object);
}

static void
trickle_stream_class_init (TrickleStreamClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = trickle_stream_finalize;
  G_INPUT_STREAM_CLASS (klass)->read_fn = trickle_stream_read;
}

static void
trickle_stream_init (TrickleStream *self)
{
}

static GInputStream *
trickle_stream_new (const char *data,
                    gsize       length,
                    gsize       chunk)
{
  TrickleStream *self = g_object_new (TYPE_TRICKLE_STREAM, NULL);

  self->bytes = g_bytes_new (data, length);
  self->chunk = chunk;

  return G_INPUT_STREAM (self);
}

/* Every row of @data as "line:field|field" lines, or NULL with @error set. */
static char *
read_rows_in_chunks (const char  *data,
                     gsize        length,
                     gsize        chunk,
                     GError     **error)
{
  g_autoptr(GInputStream) stream = trickle_stream_new (data, length, chunk);
  g_autoptr(SlCsvReader) reader = sl_csv_reader_new (stream, "people.csv");
  g_autoptr(GString) rows = g_string_new (NULL);

  while (sl_csv_reader_next_row (reader, NULL, error))
    {
      const char * const *fields = sl_csv_reader_get_fields (reader);
      g_autofree char *joined = g_strjoinv ("|", (GStrv) fields);

      g_assert_cmpuint (g_strv_length ((GStrv) fields), ==, sl_csv_reader_get_n_fields (reader));
      g_string_append_printf (rows, "%u:%s\n", sl_csv_reader_get_line (reader), joined);
    }

  if (error != NULL && *error != NULL)
    return NULL;

  g_assert_cmpuint (sl_csv_reader_get_offset (reader), ==, length);
  return g_string_free (g_steal_pointer (&rows), FALSE);
}

/* Reads @data whole, one byte at a time and three at a time; all must
 * agree, on the rows or on the error. */
static char *
read_rows_len (const char  *data,
               gsize        length,
               GError     **error)
{
  g_autoptr(GError) error_1 = NULL;
  g_autoptr(GError) error_3 = NULL;
  g_autofree char *rows_1 = read_rows_in_chunks (data, length, 1, &error_1);
  g_autofree char *rows_3 = read_rows_in_chunks (data, length, 3, &error_3);
  char *rows = read_rows_in_chunks (data, length, G_MAXSIZE, error);

  g_assert_cmpstr (rows_1, ==, rows);
  g_assert_cmpstr (rows_3, ==, rows);
  if (rows == NULL)
    {
      g_assert_cmpstr (error_1->message, ==, (*error)->message);
      g_assert_cmpstr (error_3->message, ==, (*error)->message);
    }

  return rows;
}

static char *
read_rows (const char  *data,
           GError     **error)
{
  return read_rows_len (data, strlen (data), error);
}

static void
assert_rows (const char *data,
             const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *rows = read_rows (data, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (rows, ==, expected);
}

static void
assert_error (const char *data,
              const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *rows = read_rows (data, &error);

  g_assert_null (rows);
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, expected);
}

static void
test_plain (void)
{
  assert_rows ("name,email\nDana Reyes,dana@example.com\n",
               "1:name|email\n2:Dana Reyes|dana@example.com\n");
  assert_rows ("", "");
  assert_rows ("a\n", "1:a\n");
}

static void
test_line_ends (void)
{
  /* CRLF as RFC 4180 has it, LF as Unix tools write it, CR as old Macs did. */
  assert_rows ("a,b\r\nc,d\r\n", "1:a|b\n2:c|d\n");
  assert_rows ("a,b\nc,d\n", "1:a|b\n2:c|d\n");
  assert_rows ("a,b\rc,d\r", "1:a|b\n2:c|d\n");
  assert_rows ("a,b\r\nc,d\ne,f\rg,h", "1:a|b\n2:c|d\n3:e|f\n4:g|h\n");
}

static void
test_last_line (void)
{
  assert_rows ("a,b\nc,d", "1:a|b\n2:c|d\n");
  assert_rows ("a,b\n\"c\",\"d\"", "1:a|b\n2:c|d\n");
  assert_rows ("a,b\nc,", "1:a|b\n2:c|\n");
}

static void
test_quotes (void)
{
  assert_rows ("\"Reyes, Dana\",\"She said \"\"yes\"\"\"\n",
               "1:Reyes, Dana|She said \"yes\"\n");
  assert_rows ("\"\",x\n", "1:|x\n");
  assert_rows ("\"a\"\"\"\n", "1:a\"\n");
  /* A quote inside a field that does not start with one is text. */
  assert_rows ("5'11\",tall\n", "1:5'11\"|tall\n");
}

static void
test_line_breaks_in_quotes (void)
{
  /* The field keeps its line breaks; the next row knows its line. */
  assert_rows ("name,notes\r\nDana,\"first\r\nsecond\nthird\"\r\nAvery,x\r\n",
               "1:name|notes\n2:Dana|first\r\nsecond\nthird\n5:Avery|x\n");
  assert_rows ("a,\"b\rc\"\nd,e\n", "1:a|b\rc\n3:d|e\n");
}

static void
test_empty_fields (void)
{
  assert_rows (",\n,\n", "1:|\n2:|\n");
  assert_rows ("a,,c\n", "1:a||c\n");
}

static void
test_blank_lines (void)
{
  /* Lines holding nothing are passed over, and still counted. */
  assert_rows ("a,b\n\nc,d\n\r\n\n", "1:a|b\n3:c|d\n");
  assert_rows ("\n\na\n", "3:a\n");
}

static void
test_byte_order_mark (void)
{
  assert_rows ("\xef\xbb\xbfname,email\nx,y\n", "1:name|email\n2:x|y\n");
  /* Only at the very start. */
  assert_rows ("a\n\xef\xbb\xbf" "b\n", "1:a\n2:\xef\xbb\xbf" "b\n");
}

static void
test_utf16 (void)
{
  static const char utf16[] = "\xff\xfen\0a\0m\0e\0";
  g_autoptr(GError) error = NULL;
  g_autofree char *rows = read_rows_len (utf16, sizeof utf16 - 1, &error);

  g_assert_null (rows);
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "people.csv: line 1: the file is UTF-16 text; save it as CSV in UTF-8 and import that");
}

static void
test_invalid_utf8 (void)
{
  /* Latin-1 é, as spreadsheets write "CSV" on some systems. */
  assert_error ("name,city\nDana,Montr\xe9" "al\n",
                "people.csv: line 2: field 2 is not valid UTF-8 text (byte 0xE9 at character 6); "
                "save the file as UTF-8");
  assert_error ("a,\"x\ny\nz\xff\"\n",
                "people.csv: line 3: field 2 is not valid UTF-8 text (byte 0xFF at character 6); "
                "save the file as UTF-8");
}

static void
test_unterminated_quote (void)
{
  assert_error ("name,notes\nDana,\"never closed\nAvery,x\n",
                "people.csv: line 2: the quote that opens field 2 is never closed");
}

static void
test_text_after_quote (void)
{
  assert_error ("a,b\n\"x\"y,z\n",
                "people.csv: line 2: field 1 has text after its closing quote; "
                "a quote inside quotes is written twice");
}

static void
test_field_count (void)
{
  assert_error ("a,b,c\n1,2,3\n4,5\n",
                "people.csv: line 3: the row has 2 fields where the first row has 3");
  assert_error ("a,b\n1,2\n\"multi\nline\",2,3\n",
                "people.csv: line 3: the row has 3 fields where the first row has 2");
  assert_error ("a,b\n1\n", "people.csv: line 2: the row has 1 field where the first row has 2");
}

static void
test_long_field (void)
{
  g_autoptr(GString) data = g_string_new ("name,notes\nDana,\"");
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(SlCsvReader) reader = NULL;

  /* Exactly the longest field that is taken … */
  for (guint i = 0; i < SL_CSV_MAX_FIELD; i++)
    g_string_append_c (data, 'x');
  g_string_append (data, "\"\n");

  stream = g_memory_input_stream_new_from_data (g_memdup2 (data->str, data->len), data->len, g_free);
  reader = sl_csv_reader_new (stream, "people.csv");
  g_assert_true (sl_csv_reader_next_row (reader, NULL, &error));
  g_assert_true (sl_csv_reader_next_row (reader, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (sl_csv_reader_get_fields (reader)[1]), ==, SL_CSV_MAX_FIELD);
  g_clear_object (&stream);
  g_clear_pointer (&reader, sl_csv_reader_free);

  /* … and one byte more. */
  g_string_insert_c (data, data->len - 2, 'x');
  stream = g_memory_input_stream_new_from_data (g_memdup2 (data->str, data->len), data->len, g_free);
  reader = sl_csv_reader_new (stream, "people.csv");
  g_assert_true (sl_csv_reader_next_row (reader, NULL, &error));
  g_assert_false (sl_csv_reader_next_row (reader, NULL, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "people.csv: line 2: field 2 is longer than 1048576 bytes");
}

static void
test_cancelled (void)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data ("a,b\n", 4, NULL);
  g_autoptr(SlCsvReader) reader = sl_csv_reader_new (stream, "people.csv");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (sl_csv_reader_next_row (reader, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* What the writer writes, the reader reads back as it was. */
static void
test_round_trip (void)
{
  static const char * const texts[] = {
    "plain", "Reyes, Dana", "She said \"yes\"", "two\r\nlines", "", "Zoë Müller", "a\nb",
  };
  g_autoptr(GOutputStream) output = g_memory_output_stream_new_resizable ();
  g_autoptr(SlCsvWriter) writer = sl_csv_writer_new (output);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GInputStream) input = NULL;
  g_autoptr(SlCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    sl_csv_writer_add_field (writer, texts[i]);
  g_assert_true (sl_csv_writer_end_row (writer, NULL, &error));
  g_assert_true (g_output_stream_close (output, NULL, &error));

  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (output));
  input = g_memory_input_stream_new_from_bytes (bytes);
  reader = sl_csv_reader_new (input, "round.csv");
  g_assert_true (sl_csv_reader_next_row (reader, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sl_csv_reader_get_n_fields (reader), ==, G_N_ELEMENTS (texts));
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    g_assert_cmpstr (sl_csv_reader_get_fields (reader)[i], ==, texts[i]);
  g_assert_false (sl_csv_reader_next_row (reader, NULL, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv-reader/plain", test_plain);
  g_test_add_func ("/csv-reader/line-ends", test_line_ends);
  g_test_add_func ("/csv-reader/last-line", test_last_line);
  g_test_add_func ("/csv-reader/quotes", test_quotes);
  g_test_add_func ("/csv-reader/line-breaks-in-quotes", test_line_breaks_in_quotes);
  g_test_add_func ("/csv-reader/empty-fields", test_empty_fields);
  g_test_add_func ("/csv-reader/blank-lines", test_blank_lines);
  g_test_add_func ("/csv-reader/byte-order-mark", test_byte_order_mark);
  g_test_add_func ("/csv-reader/utf16", test_utf16);
  g_test_add_func ("/csv-reader/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/csv-reader/unterminated-quote", test_unterminated_quote);
  g_test_add_func ("/csv-reader/text-after-quote", test_text_after_quote);
  g_test_add_func ("/csv-reader/field-count", test_field_count);
  g_test_add_func ("/csv-reader/long-field", test_long_field);
  g_test_add_func ("/csv-reader/cancelled", test_cancelled);
  g_test_add_func ("/csv-reader/round-trip", test_round_trip);

  return g_test_run ();
}
