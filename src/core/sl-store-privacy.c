/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "sl-store-private.h"

/* Personal data kept no longer than wanted: a candidate erased from the
 * database and from its copies, on request or once rejected long enough
 * ago, and everything held about one person gathered for them. */

/* Statements that leave no trace of the candidate ?1 in a database:
 * everything that names them goes with their row (the schema cascades),
 * and the full-text index is rewritten without them. */
static const char erase_sql[] =
  "DELETE FROM candidates WHERE id = ?1";
static const char optimize_sql[] =
  "INSERT INTO candidates_fts (candidates_fts) VALUES ('optimize')";

/* Erases the candidates from a copy of the database, which is then
 * rewritten whole, so that no page of it keeps what was deleted. */
static gboolean
erase_from_backup (const char   *path,
                   const gint64 *candidate_ids,
                   guint         n_ids,
                   GError      **error)
{
  g_autofree char *display = g_filename_display_name (path);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; BEGIN", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, erase_sql, -1, &stmt, NULL);
  for (guint i = 0; rc == SQLITE_OK && i < n_ids; i++)
    {
      sqlite3_bind_int64 (stmt, 1, candidate_ids[i]);
      rc = sqlite3_step (stmt);
      rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, optimize_sql, NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "VACUUM", NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    g_set_error (error, SL_ERROR, SL_ERROR_IO,
                 _("The candidate was erased from the database, but not from the backup “%s”: %s"),
                 display, db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));

  sqlite3_close (db);

  return rc == SQLITE_OK;
}

/* Erases @candidate_ids in one transaction, each with an audit entry of
 * @action that names no one, then from the log and the backups. */
static gboolean
erase_candidates (SlStore      *self,
                  const gint64 *candidate_ids,
                  guint         n_ids,
                  const char   *action,
                  guint        *n_backups,
                  GError      **error)
{
  g_auto(GStrv) backups = NULL;
  g_autoptr(SlStmt) stmt = NULL;
  int rc;

  if (n_backups != NULL)
    *n_backups = 0;

  if (n_ids == 0)
    return TRUE;

  if (!sl_store_begin (self, error))
    return FALSE;

  stmt = sl_store_prepare (self, erase_sql, error);
  if (stmt == NULL)
    goto failed;

  for (guint i = 0; i < n_ids; i++)
    {
      sqlite3_bind_int64 (stmt, 1, candidate_ids[i]);
      if (!sl_store_step_done (self, stmt, error))
        goto failed;
      if (sqlite3_changes (self->db) == 0)
        {
          sl_store_set_not_found (error, _("There is no candidate with id %s"), candidate_ids[i]);
          goto failed;
        }
      sqlite3_reset (stmt);
      if (!sl_store_audit (self, action, "candidate", candidate_ids[i], NULL, error))
        goto failed;
    }
  g_clear_pointer (&stmt, sl_stmt_release);

  if (!sl_store_exec (self, optimize_sql, error) ||
      !sl_store_commit (self, error))
    goto failed;

  sl_store_emit_changed (self, "candidate", n_ids == 1 ? candidate_ids[0] : 0);

  /* The log may still hold the pages as they were; once copied into the
   * database, it is emptied. Readers elsewhere can hold it up. */
  rc = sqlite3_wal_checkpoint_v2 (self->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      sl_store_set_sqlite_error (self, error, rc,
                                 _("The candidate was erased, but the database’s log could not be emptied; "
                                   "close other programs using it and erase again"));
      return FALSE;
    }

  backups = sl_store_list_backups (self);
  for (guint i = 0; backups[i] != NULL; i++)
    {
      if (!erase_from_backup (backups[i], candidate_ids, n_ids, error))
        return FALSE;
      if (n_backups != NULL)
        (*n_backups)++;
    }

  return TRUE;

failed:
  g_clear_pointer (&stmt, sl_stmt_release);
  sl_store_rollback (self);
  return FALSE;
}

/**
 * sl_store_erase_candidate:
 * @n_backups: (out) (optional): how many backups they were erased from
 *
 * Erases a candidate, whether in the trash or not, and everything that
 * names them — applications, assessments, interviews and scorecards,
 * offers, decisions, the search index — from the database and from its
 * backups, leaving no trace in the files: deleted pages are overwritten,
 * the write-ahead log is emptied, the backups are rewritten. The audit log
 * keeps that a candidate was erased, by whom and when, and not who.
 */
gboolean
sl_store_erase_candidate (SlStore *self,
                          gint64   candidate_id,
                          guint   *n_backups,
                          GError **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return erase_candidates (self, &candidate_id, 1, "candidate.erase", n_backups, error);
}

void
sl_expired_candidate_free (SlExpiredCandidate *expired)
{
  if (expired == NULL)
    return;

  g_free (expired->name);
  g_free (expired->roles);
  g_free (expired);
}

/**
 * sl_store_list_expired_candidates:
 * @days: how long ago the rejection must be, in days
 *
 * The candidates a retention period of @days would erase now: those
 * rejected in every role they are in, the last of those rejections at
 * least @days ago; the longest rejected first.
 *
 * Returns: (transfer container) (element-type SlExpiredCandidate): the
 *   candidates, or %NULL with @error set
 */
GPtrArray *
sl_store_list_expired_candidates (SlStore *self,
                                  guint    days,
                                  GError **error)
{
  g_autoptr(GPtrArray) expired = g_ptr_array_new_with_free_func ((GDestroyNotify) sl_expired_candidate_free);
  g_autoptr(SlStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  g_return_val_if_fail (days > 0, NULL);

  stmt = sl_store_prepare (self,
                           "SELECT c.id, c.name, group_concat (r.title, ', '), max (a.stage_entered_at) "
                           "FROM candidates c "
                           "JOIN applications a ON a.candidate_id = c.id "
                           "JOIN stages s ON s.id = a.stage_id "
                           "JOIN roles r ON r.id = a.role_id "
                           "GROUP BY c.id "
                           "HAVING sum (s.kind <> 'rejected') = 0 AND max (a.stage_entered_at) <= ?1 "
                           "ORDER BY max (a.stage_entered_at), c.name, c.id",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, sl_store_now () - (gint64) days * 24 * 60 * 60);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SlExpiredCandidate *candidate = g_new0 (SlExpiredCandidate, 1);

      candidate->id = sqlite3_column_int64 (stmt, 0);
      candidate->name = sl_stmt_dup_text (stmt, 1);
      candidate->roles = sl_stmt_dup_text (stmt, 2);
      candidate->rejected = sqlite3_column_int64 (stmt, 3);
      g_ptr_array_add (expired, candidate);
    }

  if (rc != SQLITE_DONE)
    {
      sl_store_set_sqlite_error (self, error, rc, _("Could not read the rejected candidates"));
      return NULL;
    }

  return g_steal_pointer (&expired);
}

/**
 * sl_store_erase_expired_candidates:
 * @days: the retention period, in days
 * @n_erased: (out) (optional): how many candidates were erased
 *
 * Erases, as sl_store_erase_candidate() does, every candidate that
 * sl_store_list_expired_candidates() lists for @days, all or none.
 */
gboolean
sl_store_erase_expired_candidates (SlStore *self,
                                   guint    days,
                                   guint   *n_erased,
                                   GError **error)
{
  g_autoptr(GPtrArray) expired = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_erased != NULL)
    *n_erased = 0;

  expired = sl_store_list_expired_candidates (self, days, error);
  if (expired == NULL)
    return FALSE;

  for (guint i = 0; i < expired->len; i++)
    {
      SlExpiredCandidate *candidate = g_ptr_array_index (expired, i);

      g_array_append_val (ids, candidate->id);
    }

  if (!erase_candidates (self, (const gint64 *) ids->data, ids->len, "candidate.expire", NULL, error))
    return FALSE;

  if (n_erased != NULL)
    *n_erased = ids->len;

  return TRUE;
}

/* What is held about one candidate, table by table: each query takes the
 * candidate's id as ?1 and gives its rows with the columns' names. */
static const struct
{
  const char *member;
  const char *sql;
} subject_tables[] = {
  { "applications",
    "SELECT a.*, r.title AS role, s.name AS stage FROM applications a "
    "JOIN roles r ON r.id = a.role_id JOIN stages s ON s.id = a.stage_id "
    "WHERE a.candidate_id = ?1 ORDER BY a.id" },
  { "stage_history",
    "SELECT h.*, s.name AS stage FROM stage_history h JOIN applications a ON a.id = h.application_id "
    "JOIN stages s ON s.id = h.stage_id WHERE a.candidate_id = ?1 ORDER BY h.id" },
  { "requirement_assessments",
    "SELECT x.*, q.text AS requirement FROM requirement_assessments x "
    "JOIN applications a ON a.id = x.application_id JOIN requirements q ON q.id = x.requirement_id "
    "WHERE a.candidate_id = ?1 ORDER BY x.id" },
  { "interviews",
    "SELECT i.*, s.name AS stage, p.name AS interviewer FROM interviews i "
    "JOIN applications a ON a.id = i.application_id JOIN stages s ON s.id = i.stage_id "
    "JOIN people p ON p.id = i.interviewer_id WHERE a.candidate_id = ?1 ORDER BY i.id" },
  { "scorecards",
    "SELECT k.* FROM scorecards k JOIN interviews i ON i.id = k.interview_id "
    "JOIN applications a ON a.id = i.application_id WHERE a.candidate_id = ?1 ORDER BY k.id" },
  { "ratings",
    "SELECT g.*, c.name AS competency FROM ratings g JOIN scorecards k ON k.id = g.scorecard_id "
    "JOIN interviews i ON i.id = k.interview_id JOIN applications a ON a.id = i.application_id "
    "JOIN competencies c ON c.id = g.competency_id WHERE a.candidate_id = ?1 ORDER BY g.id" },
  { "offers",
    "SELECT o.* FROM offers o JOIN applications a ON a.id = o.application_id "
    "WHERE a.candidate_id = ?1 ORDER BY o.id" },
  { "decisions",
    "SELECT d.* FROM decisions d JOIN applications a ON a.id = d.application_id "
    "WHERE a.candidate_id = ?1 ORDER BY d.id" },
  { "audit_log",
    "SELECT * FROM audit_log WHERE entity = 'candidate' AND entity_id = ?1 "
    "UNION ALL SELECT l.* FROM audit_log l JOIN applications a ON l.entity = 'application' "
    "AND l.entity_id = a.id WHERE a.candidate_id = ?1 ORDER BY 1" },
};

static void
add_row (JsonBuilder *builder,
         SlStmt      *stmt)
{
  json_builder_begin_object (builder);

  for (int i = 0; i < sqlite3_column_count (stmt); i++)
    {
      json_builder_set_member_name (builder, sqlite3_column_name (stmt, i));

      switch (sqlite3_column_type (stmt, i))
        {
        case SQLITE_INTEGER:
          json_builder_add_int_value (builder, sqlite3_column_int64 (stmt, i));
          break;
        case SQLITE_FLOAT:
          json_builder_add_double_value (builder, sqlite3_column_double (stmt, i));
          break;
        case SQLITE_NULL:
          json_builder_add_null_value (builder);
          break;
        default:
          json_builder_add_string_value (builder, (const char *) sqlite3_column_text (stmt, i));
          break;
        }
    }

  json_builder_end_object (builder);
}

/* Adds the rows of @sql for the candidate, an array or one object. */
static gboolean
add_rows (SlStore     *self,
          JsonBuilder *builder,
          const char  *sql,
          gint64       candidate_id,
          gboolean     one,
          guint       *n_rows,
          GError     **error)
{
  g_autoptr(SlStmt) stmt = sl_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, candidate_id);

  *n_rows = 0;
  if (!one)
    json_builder_begin_array (builder);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      add_row (builder, stmt);
      (*n_rows)++;
    }
  if (!one)
    json_builder_end_array (builder);

  if (rc != SQLITE_DONE)
    {
      sl_store_set_sqlite_error (self, error, rc, _("Could not read what is held about the candidate"));
      return FALSE;
    }

  return TRUE;
}

/**
 * sl_store_export_subject:
 *
 * Everything held about one candidate, for a subject access request: their
 * row, and every row that names them, each table as it is stored, as a
 * `shortlist-subject/1` JSON document.
 *
 * Returns: (transfer full): the document, or %NULL with @error set when
 *   there is no such candidate
 */
char *
sl_store_export_subject (SlStore  *self,
                         gint64    candidate_id,
                         gsize    *length,
                         GError  **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *exported = g_date_time_format_iso8601 (now);
  guint n_rows;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, "shortlist-subject/1");
  json_builder_set_member_name (builder, "exported");
  json_builder_add_string_value (builder, exported);

  json_builder_set_member_name (builder, "candidate");
  if (!add_rows (self, builder, "SELECT * FROM candidates WHERE id = ?1", candidate_id, TRUE, &n_rows, error))
    return NULL;
  if (n_rows == 0)
    {
      sl_store_set_not_found (error, _("There is no candidate with id %s"), candidate_id);
      return NULL;
    }

  for (guint i = 0; i < G_N_ELEMENTS (subject_tables); i++)
    {
      json_builder_set_member_name (builder, subject_tables[i].member);
      if (!add_rows (self, builder, subject_tables[i].sql, candidate_id, FALSE, &n_rows, error))
        return NULL;
    }

  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);

  return json_generator_to_data (generator, length);
}
