/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-store"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "sl-store-private.h"

G_DEFINE_FINAL_TYPE (SlStore, sl_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (sl-error-quark, sl_error)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
finalize_statement (gpointer statement)
{
  sqlite3_finalize (statement);
}

static void
sl_store_finalize (GObject *object)
{
  SlStore *self = SL_STORE (object);

  /* Statements must be finalized before the connection can close. */
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    {
      sqlite3_close (self->db);
      self->db = NULL;
    }
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->actor, g_free);

  G_OBJECT_CLASS (sl_store_parent_class)->finalize (object);
}

static void
sl_store_class_init (SlStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sl_store_finalize;

  /**
   * SlStore::changed:
   * @what: the kind of thing that changed: "role" (with its requirements
   *   and who interviews in its stages),
   *   "candidate", "application", "assessment" (the checklist of the
   *   application @id), "compensation" (the pay band, the pay and the
   *   offers of the role @id), "scorecard" (the interviews, scorecards
   *   and decisions of the application @id), "person" (someone who
   *   interviews), "market", or "outside" when another program changed
   *   the database
   * @id: its id, or 0 when several changed
   *
   * Emitted after a write was committed.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_INT64);
}

static void
sl_store_init (SlStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal,
                                            g_free, finalize_statement);
}

/* What sl_store_now() answers instead of the real time, for tests that
 * need a history of known lengths; 0 for the real time. Set before any
 * thread uses the store. */
static gint64 fixed_now;

gint64
sl_store_now (void)
{
  if (fixed_now != 0)
    return fixed_now;

  return g_get_real_time () / G_USEC_PER_SEC;
}

/**
 * sl_store_set_now_for_testing:
 * @now: seconds since the epoch, or 0 for the real time again
 *
 * Makes every change the store records from now on happen at @now.
 */
void
sl_store_set_now_for_testing (gint64 now)
{
  fixed_now = now;
}

/**
 * sl_store_default_path:
 *
 * Returns: (transfer full): `$SHORTLIST_DB` when set, else
 *   `$XDG_DATA_HOME/shortlist/shortlist.db`.
 */
char *
sl_store_default_path (void)
{
  const char *env = g_getenv ("SHORTLIST_DB");

  if (env != NULL && env[0] != '\0')
    return g_strdup (env);

  return g_build_filename (g_get_user_data_dir (), "shortlist", "shortlist.db", NULL);
}

void
sl_store_set_sqlite_error (SlStore    *self,
                           GError    **error,
                           int         rc,
                           const char *what)
{
  const char *detail = self != NULL && self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);
  SlError code;

  switch (rc & 0xff)
    {
    case SQLITE_CONSTRAINT:
      code = SL_ERROR_CONSTRAINT;
      break;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      code = SL_ERROR_BUSY;
      break;

    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      code = SL_ERROR_CORRUPT;
      break;

    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
      code = SL_ERROR_IO;
      break;

    default:
      code = SL_ERROR_FAILED;
    }

  g_set_error (error, SL_ERROR, code, "%s: %s", what, detail);
}

/* @format has one %s, for the id: a translatable message cannot carry
 * G_GINT64_FORMAT, which gettext's tools do not expand. */
void
sl_store_set_not_found (GError    **error,
                        const char *format,
                        gint64      id)
{
  char id_text[24];

  g_snprintf (id_text, sizeof id_text, "%" G_GINT64_FORMAT, id);
  g_set_error (error, SL_ERROR, SL_ERROR_NOT_FOUND, format, id_text);
}

SlStmt *
sl_store_prepare (SlStore    *self,
                  const char *sql,
                  GError    **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_assert (SL_IS_STORE (self));
  g_assert (self->db != NULL);

  /* Each distinct SQL text is prepared once and kept for the life of the
   * connection. */
  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      sl_store_set_sqlite_error (self, error, rc, _("Could not read the database"));
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);

  return stmt;
}

/**
 * sl_store_change_row:
 * @sql: a statement that changes at most the row whose id it takes as ?1;
 *   a ?2, if it has one, is the time now
 * @not_found: the message, with one %s for the id, when no row changed
 * @action: the audit log's name for the change, such as "role.delete"
 * @entity: what the row is, for the audit log and #SlStore::changed
 *
 * Makes a one-row change as one audited transaction.
 */
gboolean
sl_store_change_row (SlStore    *self,
                     const char *sql,
                     gint64      id,
                     const char *not_found,
                     const char *action,
                     const char *entity,
                     GError    **error)
{
  g_autoptr(SlStmt) stmt = NULL;

  if (!sl_store_begin (self, error))
    return FALSE;

  stmt = sl_store_prepare (self, sql, error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_bind_parameter_count (stmt) > 1)
    sqlite3_bind_int64 (stmt, 2, sl_store_now ());

  if (!sl_store_step_done (self, stmt, error))
    goto failed;

  if (sqlite3_changes (self->db) == 0)
    {
      sl_store_set_not_found (error, not_found, id);
      goto failed;
    }

  if (!sl_store_audit (self, action, entity, id, NULL, error) ||
      !sl_store_commit (self, error))
    goto failed;

  sl_store_emit_changed (self, entity, id);
  return TRUE;

failed:
  sl_store_rollback (self);
  return FALSE;
}

/**
 * sl_store_get_row:
 * @sql: a query for one row, taking the id as its one parameter
 * @not_found: the message, with one %s for the id, when there is no row
 *
 * Returns: (transfer full): the row made into an item, or %NULL
 */
gpointer
sl_store_get_row (SlStore    *self,
                  const char *sql,
                  gint64      id,
                  SlRowFunc   from_row,
                  const char *not_found,
                  const char *what,
                  GError    **error)
{
  g_autoptr(SlStmt) stmt = sl_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return from_row (stmt);

  if (rc == SQLITE_DONE)
    sl_store_set_not_found (error, not_found, id);
  else
    sl_store_set_sqlite_error (self, error, rc, what);

  return NULL;
}

/**
 * sl_store_collect_rows:
 * @from_row: makes an item of the statement's current row
 * @what: what was being read, for the error message
 *
 * Steps through @stmt, whose parameters are bound.
 *
 * Returns: (transfer full): the items, or %NULL on error
 */
GPtrArray *
sl_store_collect_rows (SlStore        *self,
                       SlStmt         *stmt,
                       SlRowFunc       from_row,
                       GDestroyNotify  free_func,
                       const char     *what,
                       GError        **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (free_func);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      sl_store_set_sqlite_error (self, error, rc, what);
      return NULL;
    }

  return g_steal_pointer (&rows);
}

/**
 * sl_store_collect_by_id:
 * @sql: a query with one parameter, the id
 *
 * The rows that belong to one thing, such as the requirements of a role.
 */
GPtrArray *
sl_store_collect_by_id (SlStore        *self,
                        const char     *sql,
                        gint64          id,
                        SlRowFunc       from_row,
                        GDestroyNotify  free_func,
                        const char     *what,
                        GError        **error)
{
  g_autoptr(SlStmt) stmt = sl_store_prepare (self, sql, error);

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);

  return sl_store_collect_rows (self, stmt, from_row, free_func, what, error);
}

/* Takes the rows of sl_store_collect_rows() into a list model. */
GListModel *
sl_list_model_from_rows (GType      item_type,
                         GPtrArray *rows)
{
  GListStore *store = g_list_store_new (item_type);

  if (rows != NULL)
    g_list_store_splice (store, 0, 0, rows->pdata, rows->len);

  return G_LIST_MODEL (store);
}

gboolean
sl_store_step_done (SlStore *self,
                    SlStmt  *stmt,
                    GError **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      sl_store_set_sqlite_error (self, error, rc, _("Could not save the change"));
      return FALSE;
    }

  return TRUE;
}

gboolean
sl_store_exec (SlStore    *self,
               const char *sql,
               GError    **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      sl_store_set_sqlite_error (self, error, rc, _("The database refused a change"));
      return FALSE;
    }

  return TRUE;
}

void
sl_stmt_bind_text (SlStmt     *stmt,
                   int         index,
                   const char *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

char *
sl_stmt_dup_text (SlStmt *stmt,
                  int     column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

gboolean
sl_store_begin (SlStore *self,
                GError **error)
{
  g_assert (!self->in_transaction);

  /* IMMEDIATE takes the write lock up front, so a busy database fails here
   * rather than halfway through the change. */
  if (!sl_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  self->in_transaction = TRUE;
  return TRUE;
}

gboolean
sl_store_commit (SlStore *self,
                 GError **error)
{
  g_assert (self->in_transaction);

  if (!sl_store_exec (self, "COMMIT", error))
    {
      sl_store_rollback (self);
      return FALSE;
    }

  self->in_transaction = FALSE;
  return TRUE;
}

void
sl_store_rollback (SlStore *self)
{
  /* After a failure, whatever is still open; a failed COMMIT or BEGIN
   * may have left nothing to roll back. */
  if (!self->in_transaction)
    return;

  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  self->in_transaction = FALSE;
}

gboolean
sl_store_audit (SlStore    *self,
                const char *action,
                const char *entity,
                gint64      entity_id,
                const char *detail,
                GError    **error)
{
  g_autoptr(SlStmt) stmt = NULL;

  g_assert (self->in_transaction);

  stmt = sl_store_prepare (self,
                           "INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
                           "VALUES (?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, sl_store_now ());
  sl_stmt_bind_text (stmt, 2, self->actor);
  sl_stmt_bind_text (stmt, 3, action);
  sl_stmt_bind_text (stmt, 4, entity);
  if (entity_id > 0)
    sqlite3_bind_int64 (stmt, 5, entity_id);
  sl_stmt_bind_text (stmt, 6, detail);

  return sl_store_step_done (self, stmt, error);
}

void
sl_store_emit_changed (SlStore    *self,
                       const char *what,
                       gint64      id)
{
  g_signal_emit (self, signals[CHANGED], g_quark_from_string (what), what, id);
}

/* Refuses @text longer than @max characters; @format names the field
 * and has one %u for @max. */
gboolean
sl_store_check_length (const char  *text,
                       guint        max,
                       const char  *format,
                       GError     **error)
{
  if (text == NULL || g_utf8_strlen (text, -1) <= max)
    return TRUE;

  g_set_error (error, SL_ERROR, SL_ERROR_INVALID, format, max);
  return FALSE;
}

/* The role of an application whose candidate is not in the trash; 0 with
 * @error set when there is none. */
gint64
sl_store_application_role (SlStore *self,
                           gint64   application_id,
                           GError **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  int rc;

  stmt = sl_store_prepare (self,
                           "SELECT a.role_id FROM applications a "
                           "JOIN candidates c ON c.id = a.candidate_id "
                           "WHERE a.id = ? AND c.deleted_at IS NULL",
                           error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, application_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);

  if (rc == SQLITE_DONE)
    sl_store_set_not_found (error, _("There is no application with id %s"), application_id);
  else
    sl_store_set_sqlite_error (self, error, rc, _("Could not read the application"));

  return 0;
}

gint64
sl_store_read_data_version (SlStore *self)
{
  g_autoptr(SlStmt) stmt = sl_store_prepare (self, "PRAGMA data_version", NULL);

  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return self->data_version;

  return sqlite3_column_int64 (stmt, 0);
}

/**
 * sl_store_check_outside_changes:
 *
 * Looks whether another program, or another Shortlist, changed the database
 * since the last look. If so, emits #SlStore::changed with "outside", so
 * that every view reads again.
 *
 * Returns: whether the database changed
 */
gboolean
sl_store_check_outside_changes (SlStore *self)
{
  gint64 version;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);

  version = sl_store_read_data_version (self);
  if (version == self->data_version)
    return FALSE;

  self->data_version = version;
  sl_store_emit_changed (self, "outside", 0);

  return TRUE;
}

const char *
sl_store_get_path (SlStore *self)
{
  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  return self->path;
}

int
sl_store_get_schema_version (SlStore *self)
{
  g_return_val_if_fail (SL_IS_STORE (self), 0);
  return self->schema_version;
}

/**
 * sl_store_set_actor:
 * @actor: (nullable): the person using Shortlist, for the audit log
 */
void
sl_store_set_actor (SlStore    *self,
                    const char *actor)
{
  g_return_if_fail (SL_IS_STORE (self));

  g_free (self->actor);
  self->actor = actor != NULL && actor[0] != '\0' ? g_strdup (actor) : NULL;
}

const char *
sl_store_get_actor (SlStore *self)
{
  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  return self->actor;
}

/* NULL, in the database, is NAN in memory: nothing known. */
double
sl_stmt_column_amount (SlStmt *stmt,
                       int     column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return NAN;

  return sqlite3_column_double (stmt, column);
}
