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

G_END_DECLS
