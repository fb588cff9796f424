/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-csv.h: CSV as RFC 4180 gives it, safe to open in a spreadsheet */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _SlCsvWriter SlCsvWriter;

SlCsvWriter *sl_csv_writer_new        (GOutputStream  *stream);
void         sl_csv_writer_add_field  (SlCsvWriter    *self,
                                       const char     *text);
void         sl_csv_writer_add_number (SlCsvWriter    *self,
                                       double          value,
                                       guint           decimals);
gboolean     sl_csv_writer_end_row    (SlCsvWriter    *self,
                                       GCancellable   *cancellable,
                                       GError        **error);
void         sl_csv_writer_free       (SlCsvWriter    *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlCsvWriter, sl_csv_writer_free)

/* The longest field the reader takes, in bytes: a larger one is surely not
 * a candidate's data, and would only cost memory. */
#define SL_CSV_MAX_FIELD (1024 * 1024)

typedef struct _SlCsvReader SlCsvReader;

SlCsvReader        *sl_csv_reader_new            (GInputStream   *stream,
                                                  const char     *name);
gboolean            sl_csv_reader_next_row       (SlCsvReader    *self,
                                                  GCancellable   *cancellable,
                                                  GError        **error);
guint               sl_csv_reader_get_n_fields   (SlCsvReader    *self);
const char * const *sl_csv_reader_get_fields     (SlCsvReader    *self);
guint               sl_csv_reader_get_line       (SlCsvReader    *self);
guint64             sl_csv_reader_get_offset     (SlCsvReader    *self);
void                sl_csv_reader_free           (SlCsvReader    *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlCsvReader, sl_csv_reader_free)

G_END_DECLS
