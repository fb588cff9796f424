/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-import.h: candidates from the CSV files of other hiring systems */

#pragma once

#include <gio/gio.h>

#include "sl-candidate.h"

G_BEGIN_DECLS

typedef enum
{
  SL_IMPORT_FORMAT_AUTO,        /* told by the header */
  SL_IMPORT_FORMAT_SHORTLIST,   /* what `shortlist export` writes */
  SL_IMPORT_FORMAT_GREENHOUSE,  /* Greenhouse's bulk import template */
  SL_IMPORT_FORMAT_LEVER,       /* Lever's import sheet */
  SL_IMPORT_FORMAT_OPENCATS,    /* an OpenCATS candidates export */
} SlImportFormat;

#define SL_IMPORT_N_FORMATS (SL_IMPORT_FORMAT_OPENCATS + 1)

typedef enum
{
  SL_IMPORT_ROW_NEW,         /* will be a new candidate */
  SL_IMPORT_ROW_INVALID,     /* will not be imported; see the reason */
  SL_IMPORT_ROW_DUPLICATE,   /* the same person as one in Shortlist or an earlier row */
} SlImportRowStatus;

/* What to do with a row that is someone already known. */
typedef enum
{
  SL_IMPORT_SKIP_DUPLICATES,
  SL_IMPORT_MERGE_DUPLICATES,   /* fill in what the known one lacks, and add them to the role */
} SlImportDuplicates;

typedef struct
{
  guint line;                /* where the row starts in the file, from 1 */
  SlImportRowStatus status;
  char *reason;              /* why it is invalid or a duplicate; NULL for a new row */
  SlCandidate *candidate;    /* what the row holds, mapped to Shortlist's fields */
  gint64 stage_id;           /* the stage it goes to in the role */
  gint64 duplicate_of;       /* the candidate in Shortlist it duplicates, or 0 */
  gint duplicate_row;        /* the earlier row it duplicates, or -1 */
} SlImportRow;

typedef struct
{
  char *header;              /* as the file has it */
  const char *field;         /* the field it fills, translated, or NULL when it is left out */
} SlImportColumn;

typedef struct
{
  guint imported;            /* new candidates */
  guint merged;              /* duplicates merged into a known candidate */
  guint skipped_duplicates;
  guint invalid;
} SlImportResult;

/* Called now and then while reading or importing, with the share done from
 * 0 to 1, in the thread that does the work. */
typedef void (*SlImportProgress) (double   fraction,
                                  gpointer user_data);

typedef struct _SlImport SlImport;

const char     *sl_import_format_to_string   (SlImportFormat  format);
gboolean        sl_import_format_from_string (const char     *text,
                                              SlImportFormat *format);
const char     *sl_import_format_get_label   (SlImportFormat  format);

SlImportFormat  sl_import_get_format         (SlImport       *self);
const char     *sl_import_get_name           (SlImport       *self);
gint64          sl_import_get_role_id        (SlImport       *self);
GPtrArray      *sl_import_get_columns        (SlImport       *self);
GPtrArray      *sl_import_get_rows           (SlImport       *self);
guint           sl_import_count_rows         (SlImport       *self,
                                              SlImportRowStatus status);
SlImport       *sl_import_ref                (SlImport       *self);
void            sl_import_unref              (SlImport       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlImport, sl_import_unref)

G_END_DECLS
