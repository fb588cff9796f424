/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sl-store-private.h"

/* Personal data kept no longer than wanted: a copy of the database on
 * request, and a candidate erased from it and from its copies. */

/**
 * sl_store_backup:
 *
 * Copies the database beside itself, as it is now.
 *
 * Returns: (transfer full): the copy's path, or %NULL with @error set
 */
char *
sl_store_backup (SlStore *self,
                 GError **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  return sl_store_write_backup (self, "backup", error);
}

/**
 * sl_store_list_backups:
 *
 * Returns: (transfer full): the paths of the copies of the database beside
 *   it, made before a migration or on request, oldest first
 */
GStrv
sl_store_list_backups (SlStore *self)
{
  g_autofree char *dir_path = NULL;
  g_autofree char *prefix = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new ();
  const char *name;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  dir_path = g_path_get_dirname (self->path);
  prefix = g_path_get_basename (self->path);
  dir = g_dir_open (dir_path, 0, NULL);

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix) && name[strlen (prefix)] == '.' && g_str_has_suffix (name, ".bak"))
      g_ptr_array_add (paths, g_build_filename (dir_path, name, NULL));

  /* The names end in the date and time they were made. */
  g_ptr_array_sort (paths, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (paths, NULL);

  return (GStrv) g_ptr_array_free (g_steal_pointer (&paths), FALSE);
}

/* Statements that leave no trace of the candidate ?1 in a database:
 * everything that names them goes with their row (the schema cascades),
 * and the full-text index is rewritten without them. */
static const char erase_sql[] =
  "DELETE FROM candidates WHERE id = ?1";
static const char optimize_sql[] =
  "INSERT INTO candidates_fts (candidates_fts) VALUES ('optimize')";

/* Erases the candidate from a copy of the database, which is then
 * rewritten whole, so that no page of it keeps what was deleted. */
static gboolean
erase_from_backup (const char  *path,
                   gint64       candidate_id,
                   GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, erase_sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, candidate_id);
      rc = sqlite3_step (stmt);
      rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
      sqlite3_finalize (stmt);
    }
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, optimize_sql, NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "VACUUM", NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    g_set_error (error, SL_ERROR, SL_ERROR_IO,
                 _("The candidate was erased from the database, but not from the backup “%s”: %s"),
                 display, db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));

  sqlite3_close (db);

  return rc == SQLITE_OK;
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
  g_auto(GStrv) backups = NULL;
  g_autoptr(SlStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_backups != NULL)
    *n_backups = 0;

  if (!sl_store_begin (self, error))
    return FALSE;

  stmt = sl_store_prepare (self, erase_sql, error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, candidate_id);
  if (!sl_store_step_done (self, stmt, error))
    goto failed;
  if (sqlite3_changes (self->db) == 0)
    {
      sl_store_set_not_found (error, _("There is no candidate with id %s"), candidate_id);
      goto failed;
    }
  g_clear_pointer (&stmt, sl_stmt_release);

  if (!sl_store_exec (self, optimize_sql, error) ||
      !sl_store_audit (self, "candidate.erase", "candidate", candidate_id, NULL, error) ||
      !sl_store_commit (self, error))
    goto failed;

  sl_store_emit_changed (self, "candidate", candidate_id);

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
      if (!erase_from_backup (backups[i], candidate_id, error))
        return FALSE;
      if (n_backups != NULL)
        (*n_backups)++;
    }

  return TRUE;

failed:
  sl_store_rollback (self);
  return FALSE;
}
