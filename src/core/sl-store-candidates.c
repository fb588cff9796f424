/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-store"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "sl-application-private.h"
#include "sl-store-private.h"
#include "sl-util.h"

SlCandidate *
sl_candidate_from_row (SlStmt *stmt)
{
  return g_object_new (SL_TYPE_CANDIDATE,
                       "id", (gint64) sqlite3_column_int64 (stmt, 0),
                       "name", (const char *) sqlite3_column_text (stmt, 1),
                       "email", (const char *) sqlite3_column_text (stmt, 2),
                       "phone", (const char *) sqlite3_column_text (stmt, 3),
                       "location", (const char *) sqlite3_column_text (stmt, 4),
                       "headline", (const char *) sqlite3_column_text (stmt, 5),
                       "company", (const char *) sqlite3_column_text (stmt, 6),
                       "source", (const char *) sqlite3_column_text (stmt, 7),
                       "notes", (const char *) sqlite3_column_text (stmt, 8),
                       "created", (gint64) sqlite3_column_int64 (stmt, 9),
                       NULL);
}

SlApplication *
sl_application_from_row (SlStmt *stmt)
{
  SlStageKind kind = SL_STAGE_APPLIED;
  SlApplication *application;
  SlChecklistSummary checklist;

  sl_stage_kind_from_string ((const char *) sqlite3_column_text (stmt, 8), &kind);

  application = g_object_new (SL_TYPE_APPLICATION,
                              "id", (gint64) sqlite3_column_int64 (stmt, 0),
                              "candidate-id", (gint64) sqlite3_column_int64 (stmt, 1),
                              "role-id", (gint64) sqlite3_column_int64 (stmt, 2),
                              "stage-id", (gint64) sqlite3_column_int64 (stmt, 3),
                              "candidate-name", (const char *) sqlite3_column_text (stmt, 4),
                              "candidate-headline", (const char *) sqlite3_column_text (stmt, 5),
                              "role-title", (const char *) sqlite3_column_text (stmt, 6),
                              "stage-name", (const char *) sqlite3_column_text (stmt, 7),
                              "stage-kind", (int) kind,
                              "stage-entered", (gint64) sqlite3_column_int64 (stmt, 9),
                              NULL);

  checklist.must_met = (guint) sqlite3_column_int (stmt, 10);
  checklist.must_total = (guint) sqlite3_column_int (stmt, 11);
  checklist.must_not_met = (guint) sqlite3_column_int (stmt, 12);
  checklist.nice_met = (guint) sqlite3_column_int (stmt, 13);
  checklist.nice_total = (guint) sqlite3_column_int (stmt, 14);
  checklist.points = sqlite3_column_double (stmt, 15);
  checklist.weight_total = sqlite3_column_double (stmt, 16);
  sl_application_set_checklist (application, &checklist, NULL, NULL);

  return application;
}

/* For rows of APPLICATION_COLUMNS and then APPLICATION_STATUSES_COLUMNS. */
SlApplication *
sl_application_with_statuses_from_row (SlStmt *stmt)
{
  SlApplication *application = sl_application_from_row (stmt);
  const char *evidence = (const char *) sqlite3_column_text (stmt, 18);
  g_auto(GStrv) items = NULL;

  /* Each item ends with the separator: the last split is empty. */
  if (evidence != NULL)
    {
      items = g_strsplit (evidence, "\x1f", -1);
      g_free (items[g_strv_length (items) - 1]);
      items[g_strv_length (items) - 1] = NULL;
    }

  sl_application_set_checklist (application, sl_application_get_checklist (application),
                                (const char *) sqlite3_column_text (stmt, 17),
                                (const char * const *) items);

  return application;
}

/* For rows of APPLICATION_COLUMNS, the rejection reason and the mean
 * score, as the board lists them. */
SlApplication *
sl_application_with_pipeline_from_row (SlStmt *stmt)
{
  SlApplication *application = sl_application_from_row (stmt);

  sl_application_set_pipeline (application, (const char *) sqlite3_column_text (stmt, 17),
                               sqlite3_column_type (stmt, 18) == SQLITE_NULL
                               ? NAN : sqlite3_column_double (stmt, 18));

  return application;
}

guint
sl_store_count_candidates (SlStore *self,
                           GError **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), 0);

  stmt = sl_store_prepare (self, "SELECT count(*) FROM candidates WHERE deleted_at IS NULL", error);
  if (stmt == NULL)
    return 0;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sl_store_set_sqlite_error (self, error, rc, _("Could not count the candidates"));
      return 0;
    }

  return (guint) sqlite3_column_int64 (stmt, 0);
}

SlCandidate *
sl_store_get_candidate (SlStore *self,
                        gint64   candidate_id,
                        GError **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  return sl_store_get_row (self,
                           "SELECT " CANDIDATE_COLUMNS " FROM candidates "
                           "WHERE id = ? AND deleted_at IS NULL",
                           candidate_id, (SlRowFunc) sl_candidate_from_row,
                           _("There is no candidate with id %s"),
                           _("Could not read the candidate"), error);
}

static void
unref_if_any (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

/**
 * sl_store_get_candidates_by_id:
 *
 * Returns: (transfer full): the candidates of @ids, in that order, with
 *   NULL for those that are no longer there; or NULL with @error set
 */
GPtrArray *
sl_store_get_candidates_by_id (SlStore       *self,
                               const gint64  *ids,
                               guint          n_ids,
                               GError       **error)
{
  g_autoptr(GString) list = g_string_new ("[");
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(SlStmt) stmt = NULL;
  GPtrArray *candidates;

  /* One statement for any number of ids: they come as a JSON array. */
  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (list, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", ids[i]);
  g_string_append_c (list, ']');

  stmt = sl_store_prepare (self,
                           "SELECT " CANDIDATE_COLUMNS " FROM candidates "
                           "WHERE id IN (SELECT value FROM json_each (?)) AND deleted_at IS NULL",
                           error);
  if (stmt == NULL)
    return NULL;
  sl_stmt_bind_text (stmt, 1, list->str);

  found = sl_store_collect_rows (self, stmt, (SlRowFunc) sl_candidate_from_row, g_object_unref,
                                 _("Could not read the candidates"), error);
  if (found == NULL)
    return NULL;

  /* Pages are short: looking through them is quicker than hashing. */
  candidates = g_ptr_array_new_full (n_ids, unref_if_any);
  for (guint i = 0; i < n_ids; i++)
    {
      SlCandidate *match = NULL;

      for (guint j = 0; j < found->len && match == NULL; j++)
        if (sl_candidate_get_id (g_ptr_array_index (found, j)) == ids[i])
          match = g_ptr_array_index (found, j);

      g_ptr_array_add (candidates, match != NULL ? g_object_ref (match) : NULL);
    }

  return candidates;
}

static void
bind_candidate (SlStmt      *stmt,
                SlCandidate *candidate)
{
  sl_stmt_bind_text (stmt, 1, sl_candidate_get_name (candidate));
  sl_stmt_bind_text (stmt, 2, sl_candidate_get_email (candidate));
  sl_stmt_bind_text (stmt, 3, sl_candidate_get_phone (candidate));
  sl_stmt_bind_text (stmt, 4, sl_candidate_get_location (candidate));
  sl_stmt_bind_text (stmt, 5, sl_candidate_get_headline (candidate));
  sl_stmt_bind_text (stmt, 6, sl_candidate_get_company (candidate));
  sl_stmt_bind_text (stmt, 7, sl_candidate_get_source (candidate));
  sl_stmt_bind_text (stmt, 8, sl_candidate_get_notes (candidate));
  sqlite3_bind_int64 (stmt, 9, sl_store_now ());
}

/* Inserts or updates a checked candidate inside the caller's transaction.
 * Returns the candidate's id, or 0 on error. */
static gint64
write_candidate (SlStore     *self,
                 SlCandidate *candidate,
                 GError     **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  gint64 id = sl_candidate_get_id (candidate);
  gboolean is_new = id == 0;

  g_assert (self->in_transaction);

  if (is_new)
    stmt = sl_store_prepare (self,
                             "INSERT INTO candidates (name, email, phone, location, headline, company, "
                             "                        source, notes, created_at, updated_at) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                             error);
  else
    stmt = sl_store_prepare (self,
                             "UPDATE candidates SET name = ?1, email = ?2, phone = ?3, location = ?4, "
                             "  headline = ?5, company = ?6, source = ?7, notes = ?8, updated_at = ?9 "
                             "WHERE id = ?10 AND deleted_at IS NULL",
                             error);
  if (stmt == NULL)
    return 0;

  bind_candidate (stmt, candidate);
  if (!is_new)
    sqlite3_bind_int64 (stmt, 10, id);

  if (!sl_store_step_done (self, stmt, error))
    return 0;

  if (!is_new && sqlite3_changes (self->db) == 0)
    {
      sl_store_set_not_found (error, _("There is no candidate with id %s"), id);
      return 0;
    }

  if (is_new)
    id = sqlite3_last_insert_rowid (self->db);

  if (!sl_store_audit (self, is_new ? "candidate.create" : "candidate.update",
                       "candidate", id, NULL, error))
    return 0;

  return id;
}

/**
 * sl_store_save_candidate:
 * @candidate: a new candidate (id 0), or one read from the store
 *
 * Checks and saves the candidate; a new one gets its id.
 */
gboolean
sl_store_save_candidate (SlStore     *self,
                         SlCandidate *candidate,
                         GError     **error)
{
  gint64 id;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (SL_IS_CANDIDATE (candidate), FALSE);

  if (!sl_candidate_validate (candidate, error) ||
      !sl_store_begin (self, error))
    return FALSE;

  id = write_candidate (self, candidate, error);
  if (id == 0)
    {
      sl_store_rollback (self);
      return FALSE;
    }

  if (!sl_store_commit (self, error))
    return FALSE;

  sl_candidate_set_id (candidate, id);
  sl_store_emit_changed (self, "candidate", id);

  return TRUE;
}

/**
 * sl_store_trash_candidate:
 *
 * Deletes a candidate in a way sl_store_restore_candidate() can undo, until
 * sl_store_purge_trash() removes them for good.
 */
gboolean
sl_store_trash_candidate (SlStore *self,
                          gint64   candidate_id,
                          GError **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), FALSE);

  return sl_store_change_row (self,
                              "UPDATE candidates SET deleted_at = ?2 "
                              "WHERE id = ?1 AND deleted_at IS NULL",
                              candidate_id, _("There is no candidate with id %s"),
                              "candidate.delete", "candidate", error);
}

gboolean
sl_store_restore_candidate (SlStore *self,
                            gint64   candidate_id,
                            GError **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), FALSE);

  return sl_store_change_row (self,
                              "UPDATE candidates SET deleted_at = NULL "
                              "WHERE id = ?1 AND deleted_at IS NOT NULL",
                              candidate_id, _("There is no deleted candidate with id %s"),
                              "candidate.restore", "candidate", error);
}

/**
 * sl_store_purge_trash:
 *
 * Removes for good the candidates and the requirements that were deleted,
 * once undoing that is no longer offered.
 */
gboolean
sl_store_purge_trash (SlStore *self,
                      GError **error)
{
  static const struct
  {
    const char *sql;
    const char *action;
    const char *entity;
  } trash[] = {
    { "DELETE FROM candidates WHERE deleted_at IS NOT NULL", "candidate.purge", "candidate" },
    { "DELETE FROM requirements WHERE deleted_at IS NOT NULL", "requirement.purge", "requirement" },
  };

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);

  if (!sl_store_begin (self, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (trash); i++)
    {
      g_autoptr(SlStmt) stmt = sl_store_prepare (self, trash[i].sql, error);
      int n_purged;

      if (stmt == NULL || !sl_store_step_done (self, stmt, error))
        goto failed;

      n_purged = sqlite3_changes (self->db);
      if (n_purged > 0)
        {
          g_autofree char *detail = g_strdup_printf ("%d", n_purged);

          if (!sl_store_audit (self, trash[i].action, trash[i].entity, 0, detail, error))
            goto failed;
        }
    }

  return sl_store_commit (self, error);

failed:
  sl_store_rollback (self);
  return FALSE;
}

/* Puts a candidate into a role at its first stage, inside the caller's
 * transaction. Returns the application's id, or 0 on error. */
static gint64
insert_application (SlStore    *self,
                    gint64      candidate_id,
                    const char *candidate_name,
                    SlRole     *role,
                    GError    **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  gint64 now = sl_store_now ();
  gint64 stage_id;
  gint64 application_id;
  int rc;

  g_assert (self->in_transaction);

  stmt = sl_store_prepare (self,
                           "SELECT id FROM stages WHERE role_id = ? AND kind != 'rejected' "
                           "ORDER BY position, id LIMIT 1",
                           error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, sl_role_get_id (role));
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, SL_ERROR, SL_ERROR_CONSTRAINT,
                     _("The role “%s” has no stages"), sl_role_get_title (role));
      else
        sl_store_set_sqlite_error (self, error, rc, _("Could not read the stages"));
      return 0;
    }
  stage_id = sqlite3_column_int64 (stmt, 0);
  g_clear_pointer (&stmt, sl_stmt_release);

  stmt = sl_store_prepare (self,
                           "INSERT INTO applications (candidate_id, role_id, stage_id, "
                           "                          stage_entered_at, created_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?4)",
                           error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, candidate_id);
  sqlite3_bind_int64 (stmt, 2, sl_role_get_id (role));
  sqlite3_bind_int64 (stmt, 3, stage_id);
  sqlite3_bind_int64 (stmt, 4, now);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_CONSTRAINT_UNIQUE)
    {
      g_set_error (error, SL_ERROR, SL_ERROR_CONSTRAINT,
                   _("%s is already a candidate for %s"),
                   candidate_name, sl_role_get_title (role));
      return 0;
    }
  if (rc != SQLITE_DONE)
    {
      sl_store_set_sqlite_error (self, error, rc, _("Could not add the candidate to the role"));
      return 0;
    }
  application_id = sqlite3_last_insert_rowid (self->db);

  if (!sl_store_add_visit (self, application_id, stage_id, now, error) ||
      !sl_store_audit (self, "application.create", "application", application_id, NULL, error))
    return 0;

  return application_id;
}

/**
 * sl_store_add_application:
 *
 * Puts a candidate into a role's pipeline, at its first stage.
 *
 * Returns: the application's id, or 0 on error
 */
gint64
sl_store_add_application (SlStore *self,
                          gint64   candidate_id,
                          gint64   role_id,
                          GError **error)
{
  g_autoptr(SlCandidate) candidate = NULL;
  g_autoptr(SlRole) role = NULL;
  gint64 application_id;

  g_return_val_if_fail (SL_IS_STORE (self), 0);

  if (!(candidate = sl_store_get_candidate (self, candidate_id, error)) ||
      !(role = sl_store_get_role (self, role_id, error)) ||
      !sl_store_begin (self, error))
    return 0;

  application_id = insert_application (self, candidate_id, sl_candidate_get_name (candidate),
                                       role, error);
  if (application_id == 0)
    {
      sl_store_rollback (self);
      return 0;
    }

  if (!sl_store_commit (self, error))
    return 0;

  sl_store_emit_changed (self, "application", application_id);
  return application_id;
}

/**
 * sl_store_add_candidate_to_role:
 * @candidate: a new candidate (id 0)
 *
 * Saves a new candidate straight into a role's pipeline, as one change:
 * either both happen or neither.
 *
 * Returns: the application's id, or 0 on error
 */
gint64
sl_store_add_candidate_to_role (SlStore     *self,
                                SlCandidate *candidate,
                                gint64       role_id,
                                GError     **error)
{
  g_autoptr(SlRole) role = NULL;
  gint64 candidate_id;
  gint64 application_id;

  g_return_val_if_fail (SL_IS_STORE (self), 0);
  g_return_val_if_fail (SL_IS_CANDIDATE (candidate), 0);
  g_return_val_if_fail (sl_candidate_get_id (candidate) == 0, 0);

  if (!sl_candidate_validate (candidate, error) ||
      !(role = sl_store_get_role (self, role_id, error)) ||
      !sl_store_begin (self, error))
    return 0;

  candidate_id = write_candidate (self, candidate, error);
  application_id = candidate_id == 0 ? 0 : insert_application (self, candidate_id,
                                                               sl_candidate_get_name (candidate),
                                                               role, error);
  if (application_id == 0)
    {
      sl_store_rollback (self);
      return 0;
    }

  if (!sl_store_commit (self, error))
    return 0;

  sl_candidate_set_id (candidate, candidate_id);
  sl_store_emit_changed (self, "candidate", candidate_id);
  sl_store_emit_changed (self, "application", application_id);

  return application_id;
}
