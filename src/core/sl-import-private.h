/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sl-import.h"

G_BEGIN_DECLS

/* A file read and checked, ready to be imported into a role: the store
 * reads it (sl_store_read_import()), the mapping of columns to fields is
 * here. */
struct _SlImport
{
  gatomicrefcount ref_count;
  SlImportFormat format;
  char *name;
  gint64 role_id;
  GPtrArray *columns;   /* SlImportColumn */
  GPtrArray *rows;      /* SlImportRow */
  GArray *targets;      /* what each column fills, a private enum */
};

SlImport *sl_import_new           (const char          *name,
                                   gint64               role_id);
gboolean  sl_import_set_header    (SlImport            *self,
                                   SlImportFormat       format,
                                   const char * const  *header,
                                   GError             **error);
SlImportRow *sl_import_add_row    (SlImport            *self,
                                   guint                line,
                                   const char * const  *fields,
                                   char               **stage_name);
void      sl_import_row_set_reason (SlImportRow        *row,
                                   SlImportRowStatus    status,
                                   char                *reason);
char     *sl_import_key_for_phone (const char          *name,
                                   const char          *phone);
char     *sl_import_key_for_email (const char          *email);
void      sl_import_merge_into    (SlCandidate         *known,
                                   SlCandidate         *other);

G_END_DECLS
