/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-csv.h"
#include "sl-import-private.h"
#include "sl-store-private.h"
#include "sl-util.h"

/* Candidates from a CSV file: read and checked first, so that a preview
 * can show what will happen to each row, then imported into a role in one
 * transaction, which a cancel or an error rolls back whole. */

/* How often, in rows, progress is told and a cancel looked for. */
#define PROGRESS_EVERY 1024

/* The page cache while importing, in KiB. */
#define IMPORT_CACHE_KIB 131072

typedef struct
{
  gint64 id;
  char *name;
} Known;

static void
known_free (Known *known)
{
  g_free (known->name);
  g_free (known);
}

/* The people already in Shortlist, by the keys that tell who is who. */
typedef struct
{
  GPtrArray *known;          /* Known, owning */
  GHashTable *by_email;      /* key → Known */
  GHashTable *by_phone;      /* key → Known */
} KnownPeople;

static void
known_people_clear (KnownPeople *people)
{
  g_clear_pointer (&people->by_email, g_hash_table_unref);
  g_clear_pointer (&people->by_phone, g_hash_table_unref);
  g_clear_pointer (&people->known, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (KnownPeople, known_people_clear)

static gboolean
read_known_people (SlStore      *self,
                   KnownPeople  *people,
                   GError      **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  int rc;

  people->known = g_ptr_array_new_with_free_func ((GDestroyNotify) known_free);
  people->by_email = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  people->by_phone = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  stmt = sl_store_prepare (self,
                           "SELECT id, name, email, phone FROM candidates "
                           "WHERE deleted_at IS NULL AND (email IS NOT NULL OR phone IS NOT NULL)",
                           error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 1);
      char *email_key = sl_import_key_for_email ((const char *) sqlite3_column_text (stmt, 2));
      char *phone_key = sl_import_key_for_phone (name, (const char *) sqlite3_column_text (stmt, 3));
      Known *known = g_new0 (Known, 1);

      known->id = sqlite3_column_int64 (stmt, 0);
      known->name = g_strdup (name);
      g_ptr_array_add (people->known, known);

      if (email_key != NULL)
        g_hash_table_insert (people->by_email, email_key, known);
      if (phone_key != NULL)
        g_hash_table_insert (people->by_phone, phone_key, known);
    }

  if (rc != SQLITE_DONE)
    {
      sl_store_set_sqlite_error (self, error, rc, _("Could not read the candidates"));
      return FALSE;
    }

  return TRUE;
}

/* The role's stages by folded name, and the one a candidate starts at. */
static GHashTable *
read_stages (SlStore  *self,
             gint64    role_id,
             gint64   *first_stage,
             char    **first_name,
             GError  **error)
{
  g_autoptr(GListModel) stages = sl_store_list_stages (self, role_id, error);
  g_autoptr(GHashTable) by_name = NULL;

  if (stages == NULL)
    return NULL;

  by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  *first_stage = 0;

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(SlStage) stage = g_list_model_get_item (stages, i);

      g_hash_table_insert (by_name, g_utf8_casefold (sl_stage_get_name (stage), -1),
                           GSIZE_TO_POINTER (sl_stage_get_id (stage)));
      if (*first_stage == 0 && sl_stage_get_kind (stage) != SL_STAGE_REJECTED)
        {
          *first_stage = sl_stage_get_id (stage);
          *first_name = g_strdup (sl_stage_get_name (stage));
        }
    }

  if (*first_stage == 0)
    {
      g_autoptr(SlRole) role = sl_store_get_role (self, role_id, NULL);

      g_set_error (error, SL_ERROR, SL_ERROR_CONSTRAINT, _("The role “%s” has no stages"),
                   role != NULL ? sl_role_get_title (role) : "?");
      return NULL;
    }

  return g_steal_pointer (&by_name);
}

/* Marks @row a duplicate when someone in Shortlist or an earlier row of
 * the file has its email, or its name and phone; otherwise makes its keys
 * known to the rows after it. */
static void
find_duplicate (SlImport    *import,
                guint        index,
                KnownPeople *people,
                GHashTable  *in_file_email,
                GHashTable  *in_file_phone)
{
  SlImportRow *row = g_ptr_array_index (sl_import_get_rows (import), index);
  char *email_key = sl_import_key_for_email (sl_candidate_get_email (row->candidate));
  char *phone_key = sl_import_key_for_phone (sl_candidate_get_name (row->candidate),
                                             sl_candidate_get_phone (row->candidate));
  struct
  {
    char *key;
    GHashTable *known;
    GHashTable *in_file;
    const char *known_format;
    const char *in_file_format;
  } keys[] = {
    { email_key, people->by_email, in_file_email,
      N_("same email as %s, who is in Shortlist"), N_("same email as line %u") },
    { phone_key, people->by_phone, in_file_phone,
      N_("same name and phone as %s, who is in Shortlist"), N_("same name and phone as line %u") },
  };

  for (guint k = 0; k < G_N_ELEMENTS (keys) && row->status == SL_IMPORT_ROW_NEW; k++)
    {
      Known *known;
      gpointer earlier;

      if (keys[k].key == NULL)
        continue;

      if ((known = g_hash_table_lookup (keys[k].known, keys[k].key)) != NULL)
        {
          row->duplicate_of = known->id;
          sl_import_row_set_reason (row, SL_IMPORT_ROW_DUPLICATE,
                                    g_strdup_printf (_(keys[k].known_format), known->name));
        }
      else if (g_hash_table_lookup_extended (keys[k].in_file, keys[k].key, NULL, &earlier))
        {
          SlImportRow *first = g_ptr_array_index (sl_import_get_rows (import), GPOINTER_TO_UINT (earlier));

          row->duplicate_row = GPOINTER_TO_UINT (earlier);
          sl_import_row_set_reason (row, SL_IMPORT_ROW_DUPLICATE,
                                    g_strdup_printf (_(keys[k].in_file_format), first->line));
        }
    }

  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    {
      if (keys[k].key != NULL && row->status == SL_IMPORT_ROW_NEW &&
          !g_hash_table_contains (keys[k].in_file, keys[k].key))
        g_hash_table_insert (keys[k].in_file, keys[k].key, GUINT_TO_POINTER (index));
      else
        g_free (keys[k].key);
    }
}

/**
 * sl_store_read_import:
 * @stream: the CSV file
 * @name: what to call it in messages, such as its name
 * @format: what the file is, or %SL_IMPORT_FORMAT_AUTO to tell by its header
 * @role_id: the role the candidates are for
 * @progress: (nullable) (scope call): told the share of @stream read
 * @size: the size of @stream in bytes, for @progress; 0 when not known
 *
 * Reads a file of candidates and tells, for each row, what importing it
 * would do: make a new candidate, leave it out for a reason, or meet
 * someone already known. Nothing is written.
 *
 * Returns: (transfer full): the rows read, or %NULL with @error set when
 *   the file as a whole cannot be read: not CSV, a header of no known
 *   format, a role without stages
 */
SlImport *
sl_store_read_import (SlStore           *self,
                      GInputStream      *stream,
                      const char        *name,
                      SlImportFormat     format,
                      gint64             role_id,
                      guint64            size,
                      GCancellable      *cancellable,
                      SlImportProgress   progress,
                      gpointer           user_data,
                      GError           **error)
{
  g_auto(KnownPeople) people = { 0 };
  g_autoptr(SlCsvReader) reader = NULL;
  g_autoptr(SlImport) import = NULL;
  g_autoptr(GHashTable) stages = NULL;
  g_autoptr(GHashTable) in_file_email = NULL;
  g_autoptr(GHashTable) in_file_phone = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *first_name = NULL;
  gint64 first_stage;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (format < SL_IMPORT_N_FORMATS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stages = read_stages (self, role_id, &first_stage, &first_name, error);
  if (stages == NULL || !read_known_people (self, &people, error))
    return NULL;

  import = sl_import_new (name, role_id);
  reader = sl_csv_reader_new (stream, name);
  if (!sl_csv_reader_next_row (reader, cancellable, &local_error))
    {
      if (local_error == NULL)
        g_set_error (error, SL_ERROR, SL_ERROR_INVALID, _("%s: the file is empty"), name);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (!sl_import_set_header (import, format, sl_csv_reader_get_fields (reader), error))
    return NULL;

  in_file_email = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  in_file_phone = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  while (sl_csv_reader_next_row (reader, cancellable, &local_error))
    {
      g_autofree char *stage_name = NULL;
      SlImportRow *row = sl_import_add_row (import, sl_csv_reader_get_line (reader),
                                            sl_csv_reader_get_fields (reader), &stage_name);
      guint index = sl_import_get_rows (import)->len - 1;
      gpointer stage_id = NULL;

      if (stage_name != NULL)
        {
          g_autofree char *folded = g_utf8_casefold (stage_name, -1);

          if (!g_hash_table_lookup_extended (stages, folded, NULL, &stage_id) &&
              row->status == SL_IMPORT_ROW_NEW)
            sl_import_row_set_reason (row, SL_IMPORT_ROW_NEW,
                                      /* Translators: a stage named in the file, then the role's first stage */
                                      g_strdup_printf (_("the role has no stage “%s”; starts at %s"),
                                                       stage_name, first_name));
        }
      row->stage_id = stage_id != NULL ? (gint64) GPOINTER_TO_SIZE (stage_id) : first_stage;

      if (row->status == SL_IMPORT_ROW_NEW)
        find_duplicate (import, index, &people, in_file_email, in_file_phone);

      if (progress != NULL && size > 0 && index % PROGRESS_EVERY == 0)
        progress ((double) sl_csv_reader_get_offset (reader) / size, user_data);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&import);
}

/* New candidates go into a temporary table first, then into the real ones
 * a chunk at a time, by a few statements: the full-text index writes what
 * it gathered at the end of every statement, and a statement per row
 * would make it write a hundred thousand times. */
#define CHUNK_ROWS 16384

static const char stage_table[] =
  "CREATE TEMP TABLE IF NOT EXISTS import_rows ("
  "  id INTEGER PRIMARY KEY, name TEXT, email TEXT, phone TEXT, location TEXT, headline TEXT, "
  "  company TEXT, source TEXT, notes TEXT, stage_id INTEGER"
  ")";

static gboolean
stage_candidate (SlStore     *self,
                 gint64       id,
                 SlImportRow *row,
                 GError     **error)
{
  g_autoptr(SlStmt) stmt = sl_store_prepare (self,
                                             "INSERT INTO temp.import_rows (id, name, email, phone, location, "
                                             "  headline, company, source, notes, stage_id) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                             error);
  SlCandidate *candidate = row->candidate;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  sl_stmt_bind_text (stmt, 2, sl_candidate_get_name (candidate));
  sl_stmt_bind_text (stmt, 3, sl_candidate_get_email (candidate));
  sl_stmt_bind_text (stmt, 4, sl_candidate_get_phone (candidate));
  sl_stmt_bind_text (stmt, 5, sl_candidate_get_location (candidate));
  sl_stmt_bind_text (stmt, 6, sl_candidate_get_headline (candidate));
  sl_stmt_bind_text (stmt, 7, sl_candidate_get_company (candidate));
  sl_stmt_bind_text (stmt, 8, sl_candidate_get_source (candidate));
  sl_stmt_bind_text (stmt, 9, sl_candidate_get_notes (candidate));
  sqlite3_bind_int64 (stmt, 10, row->stage_id);

  return sl_store_step_done (self, stmt, error);
}

/* Moves the staged candidates into the role: candidates, applications and
 * the first visit of each to a stage. */
static gboolean
insert_staged (SlStore *self,
               gint64   role_id,
               gint64   now,
               GError **error)
{
  static const char * const statements[] = {
    "INSERT INTO candidates (id, name, email, phone, location, headline, company, source, notes, "
    "                        created_at, updated_at) "
    "SELECT id, name, email, phone, location, headline, company, source, notes, ?2, ?2 "
    "FROM temp.import_rows ORDER BY id",
    "INSERT INTO applications (candidate_id, role_id, stage_id, stage_entered_at, created_at) "
    "SELECT id, ?1, stage_id, ?2, ?2 FROM temp.import_rows ORDER BY id",
    "INSERT INTO stage_history (application_id, stage_id, entered_at, actor) "
    "SELECT a.id, a.stage_id, ?2, ?3 FROM applications a "
    "WHERE a.role_id = ?1 AND a.candidate_id IN (SELECT id FROM temp.import_rows)",
    "DELETE FROM temp.import_rows",
  };

  for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
    {
      g_autoptr(SlStmt) stmt = sl_store_prepare (self, statements[i], error);

      if (stmt == NULL)
        return FALSE;

      if (sqlite3_bind_parameter_count (stmt) >= 1)
        sqlite3_bind_int64 (stmt, 1, role_id);
      if (sqlite3_bind_parameter_count (stmt) >= 2)
        sqlite3_bind_int64 (stmt, 2, now);
      if (sqlite3_bind_parameter_count (stmt) >= 3)
        sl_stmt_bind_text (stmt, 3, self->actor);

      if (!sl_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gint64
next_candidate_id (SlStore *self,
                   GError **error)
{
  g_autoptr(SlStmt) stmt = sl_store_prepare (self, "SELECT coalesce (max (id), 0) + 1 FROM candidates", error);
  int rc;

  if (stmt == NULL)
    return 0;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sl_store_set_sqlite_error (self, error, rc, _("Could not read the candidates"));
      return 0;
    }

  return sqlite3_column_int64 (stmt, 0);
}

/* Puts the candidate into the role at @stage_id, unless they are in it. */
static gboolean
ensure_application (SlStore  *self,
                    gint64    candidate_id,
                    gint64    role_id,
                    gint64    stage_id,
                    gint64    now,
                    GError  **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  gint64 application_id;

  stmt = sl_store_prepare (self,
                           "INSERT INTO applications (candidate_id, role_id, stage_id, stage_entered_at, created_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?4) ON CONFLICT (candidate_id, role_id) DO NOTHING",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, candidate_id);
  sqlite3_bind_int64 (stmt, 2, role_id);
  sqlite3_bind_int64 (stmt, 3, stage_id);
  sqlite3_bind_int64 (stmt, 4, now);
  if (!sl_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    return TRUE;

  application_id = sqlite3_last_insert_rowid (self->db);

  return sl_store_add_visit (self, application_id, stage_id, now, error);
}

/* Fills in what a known candidate lacks from @row. */
static gboolean
merge_candidate (SlStore     *self,
                 gint64       candidate_id,
                 SlCandidate *other,
                 GError     **error)
{
  g_autoptr(SlCandidate) known = sl_store_get_candidate (self, candidate_id, error);
  g_autoptr(SlStmt) stmt = NULL;

  if (known == NULL)
    return FALSE;

  sl_import_merge_into (known, other);

  stmt = sl_store_prepare (self,
                           "UPDATE candidates SET email = ?, phone = ?, location = ?, headline = ?, "
                           "  company = ?, source = ?, notes = ?, updated_at = ? WHERE id = ?",
                           error);
  if (stmt == NULL)
    return FALSE;

  sl_stmt_bind_text (stmt, 1, sl_candidate_get_email (known));
  sl_stmt_bind_text (stmt, 2, sl_candidate_get_phone (known));
  sl_stmt_bind_text (stmt, 3, sl_candidate_get_location (known));
  sl_stmt_bind_text (stmt, 4, sl_candidate_get_headline (known));
  sl_stmt_bind_text (stmt, 5, sl_candidate_get_company (known));
  sl_stmt_bind_text (stmt, 6, sl_candidate_get_source (known));
  sl_stmt_bind_text (stmt, 7, sl_candidate_get_notes (known));
  sqlite3_bind_int64 (stmt, 8, sl_store_now ());
  sqlite3_bind_int64 (stmt, 9, candidate_id);

  return sl_store_step_done (self, stmt, error) &&
         sl_store_audit (self, "candidate.merge", "candidate", candidate_id, NULL, error);
}

static gboolean
import_rows (SlStore             *self,
             SlImport            *import,
             SlImportDuplicates   duplicates,
             GCancellable        *cancellable,
             SlImportProgress     progress,
             gpointer             user_data,
             SlImportResult      *result,
             GError             **error)
{
  GPtrArray *rows = sl_import_get_rows (import);
  gint64 role_id = sl_import_get_role_id (import);
  g_autofree gint64 *candidate_ids = g_new0 (gint64, rows->len);
  g_autofree char *detail = NULL;
  gint64 now = sl_store_now ();
  gint64 next_id;
  guint staged = 0;

  if (!sl_store_exec (self, stage_table, error) ||
      (next_id = next_candidate_id (self, error)) == 0)
    return FALSE;

  /* The new rows first, so that a duplicate of one of them finds it. */
  for (guint i = 0; i < rows->len; i++)
    {
      SlImportRow *row = g_ptr_array_index (rows, i);

      if (row->status != SL_IMPORT_ROW_NEW)
        continue;

      candidate_ids[i] = next_id++;
      if (!stage_candidate (self, candidate_ids[i], row, error))
        return FALSE;
      result->imported++;

      if (++staged == CHUNK_ROWS)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
              !insert_staged (self, role_id, now, error))
            return FALSE;
          staged = 0;
          if (progress != NULL)
            progress ((double) i / rows->len, user_data);
        }
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !insert_staged (self, role_id, now, error))
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      SlImportRow *row = g_ptr_array_index (rows, i);
      gint64 candidate_id;

      if (row->status == SL_IMPORT_ROW_INVALID)
        result->invalid++;
      if (row->status != SL_IMPORT_ROW_DUPLICATE)
        continue;

      if (duplicates == SL_IMPORT_SKIP_DUPLICATES)
        {
          result->skipped_duplicates++;
          continue;
        }

      candidate_id = row->duplicate_of != 0 ? row->duplicate_of : candidate_ids[row->duplicate_row];
      if (!merge_candidate (self, candidate_id, row->candidate, error) ||
          !ensure_application (self, candidate_id, role_id, row->stage_id, now, error))
        return FALSE;
      result->merged++;
    }

  /* One entry for the import; the candidates' own history starts with it. */
  detail = g_strdup_printf ("{\"format\":\"%s\",\"imported\":%u,\"merged\":%u}",
                            sl_import_format_to_string (sl_import_get_format (import)),
                            result->imported, result->merged);

  return sl_store_audit (self, "candidate.import", "role", role_id, detail, error);
}

/**
 * sl_store_import:
 * @import: rows read by sl_store_read_import() from this store's database
 * @duplicates: whether rows of people already known are merged or skipped
 * @progress: (nullable) (scope call): told the share of rows imported
 * @result: (out caller-allocates): how many rows went where
 *
 * Imports the new rows as candidates in the role, each at the stage its
 * row names or the role's first, and merges or skips the duplicates;
 * invalid rows are left out. All of it is one transaction: when it fails
 * or is cancelled, nothing at all is imported.
 */
gboolean
sl_store_import (SlStore            *self,
                 SlImport           *import,
                 SlImportDuplicates  duplicates,
                 GCancellable       *cancellable,
                 SlImportProgress    progress,
                 gpointer            user_data,
                 SlImportResult     *result,
                 GError            **error)
{
  SlImportResult counts = { 0 };
  gboolean imported;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (import != NULL, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* A large import touches more pages than the default cache holds; were
   * they written out to the journal before the commit, each would be
   * written twice. */
  if (!sl_store_exec (self, "PRAGMA cache_size = -" G_STRINGIFY (IMPORT_CACHE_KIB), error) ||
      !sl_store_begin (self, error))
    return FALSE;

  imported = import_rows (self, import, duplicates, cancellable, progress, user_data, &counts, error) &&
             sl_store_commit (self, error);
  if (!imported)
    sl_store_rollback (self);

  sl_store_exec (self, "PRAGMA cache_size = -" G_STRINGIFY (SL_STORE_CACHE_KIB), NULL);
  if (!imported)
    return FALSE;

  *result = counts;
  sl_store_emit_changed (self, "candidate", 0);
  sl_store_emit_changed (self, "application", 0);

  return TRUE;
}
