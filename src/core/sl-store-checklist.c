/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-store"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sl-store-private.h"
#include "sl-util.h"

/* Requirement checklists: what a role demands, and for each candidate in
 * the role which of it they meet, with evidence. */

#define MAX_REQUIREMENT_CHARS 1000
#define MAX_CATEGORY_CHARS    100
#define MAX_EVIDENCE_CHARS    2000
#define MAX_WEIGHT            100.0

static gboolean
validate_requirement (const SlRequirement *requirement,
                      GError             **error)
{
  if (sl_str_is_blank (requirement->text))
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID, _("The requirement’s text is empty"));
      return FALSE;
    }

  if (g_utf8_strlen (requirement->text, -1) > MAX_REQUIREMENT_CHARS)
    {
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                   _("The requirement’s text is longer than %u characters"), MAX_REQUIREMENT_CHARS);
      return FALSE;
    }

  if (sl_str_is_blank (requirement->category))
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID, _("The requirement’s category is empty"));
      return FALSE;
    }

  if (g_utf8_strlen (requirement->category, -1) > MAX_CATEGORY_CHARS)
    {
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                   _("The requirement’s category is longer than %u characters"), MAX_CATEGORY_CHARS);
      return FALSE;
    }

  if (!isfinite (requirement->weight) || requirement->weight < 0 || requirement->weight > MAX_WEIGHT)
    {
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                   _("The requirement’s weight must be between 0 and %g"), MAX_WEIGHT);
      return FALSE;
    }

  return TRUE;
}

/* The role of a requirement still in force, or of a removed one when
 * @removed; 0 with @error set when there is none. */
static gint64
requirement_role (SlStore  *self,
                  gint64    requirement_id,
                  gboolean  removed,
                  GError  **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  int rc;

  stmt = sl_store_prepare (self,
                           removed
                           ? "SELECT role_id FROM requirements WHERE id = ? AND deleted_at IS NOT NULL"
                           : "SELECT role_id FROM requirements WHERE id = ? AND deleted_at IS NULL",
                           error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, requirement_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);

  if (rc == SQLITE_DONE)
    sl_store_set_not_found (error,
                            removed ? _("There is no removed requirement with id %s")
                                    : _("There is no requirement with id %s"),
                            requirement_id);
  else
    sl_store_set_sqlite_error (self, error, rc, _("Could not read the requirement"));

  return 0;
}

/* Audits and commits a change to a role's requirements, and tells the
 * role's views; rolls back when any of that fails. */
static gboolean
finish_role_change (SlStore    *self,
                    gint64      role_id,
                    const char *action,
                    gint64      requirement_id,
                    const char *detail,
                    GError    **error)
{
  g_autoptr(SlStmt) stmt = NULL;

  stmt = sl_store_prepare (self, "UPDATE roles SET updated_at = ? WHERE id = ?", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, sl_store_now ());
  sqlite3_bind_int64 (stmt, 2, role_id);

  if (!sl_store_step_done (self, stmt, error) ||
      !sl_store_audit (self, action, "requirement", requirement_id, detail, error) ||
      !sl_store_commit (self, error))
    goto failed;

  sl_store_emit_changed (self, "role", role_id);
  return TRUE;

failed:
  sl_store_rollback (self);
  return FALSE;
}

static void
bind_requirement (SlStmt              *stmt,
                  const SlRequirement *requirement)
{
  g_autofree char *category = g_strstrip (g_strdup (requirement->category));
  g_autofree char *text = g_strstrip (g_strdup (requirement->text));

  sl_stmt_bind_text (stmt, 2, category);
  sl_stmt_bind_text (stmt, 3, text);
  sl_stmt_bind_text (stmt, 4, sl_requirement_kind_to_string (requirement->kind));
  sqlite3_bind_double (stmt, 5, requirement->weight);
}

/**
 * sl_store_add_requirement:
 * @requirement: the new requirement; its id is not read
 *
 * Adds a requirement at the end of the role's list. Candidates of the
 * role have not been assessed against it yet.
 *
 * Returns: the new requirement's id, or 0 on error
 */
gint64
sl_store_add_requirement (SlStore             *self,
                          gint64               role_id,
                          const SlRequirement *requirement,
                          GError             **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  gint64 requirement_id;

  g_return_val_if_fail (SL_IS_STORE (self), 0);
  g_return_val_if_fail (requirement != NULL, 0);

  if (!validate_requirement (requirement, error) ||
      !sl_store_begin (self, error))
    return 0;

  stmt = sl_store_prepare (self,
                           "INSERT INTO requirements (role_id, position, category, text, kind, weight) "
                           "SELECT r.id, (SELECT coalesce (max (position), -1) + 1 FROM requirements "
                           "               WHERE role_id = r.id), ?2, ?3, ?4, ?5 "
                           "FROM roles r WHERE r.id = ?1",
                           error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_int64 (stmt, 1, role_id);
  bind_requirement (stmt, requirement);
  if (!sl_store_step_done (self, stmt, error))
    goto failed;

  if (sqlite3_changes (self->db) == 0)
    {
      sl_store_set_not_found (error, _("There is no role with id %s"), role_id);
      goto failed;
    }

  requirement_id = sqlite3_last_insert_rowid (self->db);
  if (!finish_role_change (self, role_id, "requirement.add", requirement_id, NULL, error))
    return 0;

  return requirement_id;

failed:
  sl_store_rollback (self);
  return 0;
}

/**
 * sl_store_update_requirement:
 * @requirement: the requirement, by its id, as it is to be
 *
 * Changes a requirement's text, category, kind and weight. Assessments
 * made against it stay, and count by its new kind and weight.
 */
gboolean
sl_store_update_requirement (SlStore             *self,
                             const SlRequirement *requirement,
                             GError             **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  gint64 role_id;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (requirement != NULL, FALSE);

  if (!validate_requirement (requirement, error) ||
      !sl_store_begin (self, error))
    return FALSE;

  role_id = requirement_role (self, requirement->id, FALSE, error);
  if (role_id == 0)
    goto failed;

  stmt = sl_store_prepare (self,
                           "UPDATE requirements SET category = ?2, text = ?3, kind = ?4, weight = ?5 "
                           "WHERE id = ?1",
                           error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_int64 (stmt, 1, requirement->id);
  bind_requirement (stmt, requirement);
  if (!sl_store_step_done (self, stmt, error))
    goto failed;

  return finish_role_change (self, role_id, "requirement.update", requirement->id, NULL, error);

failed:
  sl_store_rollback (self);
  return FALSE;
}

/**
 * sl_store_move_requirement:
 * @index: where in the role's list of requirements in force it goes,
 *   counted from 0; past the end is the end
 */
gboolean
sl_store_move_requirement (SlStore *self,
                           gint64   requirement_id,
                           guint    index,
                           GError **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(SlStmt) stmt = NULL;
  g_autofree char *detail = NULL;
  gint64 role_id;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);

  if (!sl_store_begin (self, error))
    return FALSE;

  role_id = requirement_role (self, requirement_id, FALSE, error);
  if (role_id == 0)
    goto failed;

  stmt = sl_store_prepare (self,
                           "SELECT id FROM requirements WHERE role_id = ? AND deleted_at IS NULL "
                           "AND id != ? ORDER BY position, id",
                           error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_int64 (stmt, 1, role_id);
  sqlite3_bind_int64 (stmt, 2, requirement_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      sl_store_set_sqlite_error (self, error, rc, _("Could not read the requirements"));
      goto failed;
    }
  g_clear_pointer (&stmt, sl_stmt_release);

  index = MIN (index, ids->len);
  g_array_insert_val (ids, index, requirement_id);

  /* Removed requirements keep their places, so that one put back returns
   * near where it was. */
  for (guint i = 0; i < ids->len; i++)
    {
      stmt = sl_store_prepare (self, "UPDATE requirements SET position = ? WHERE id = ?", error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_int (stmt, 1, (int) i);
      sqlite3_bind_int64 (stmt, 2, g_array_index (ids, gint64, i));
      if (!sl_store_step_done (self, stmt, error))
        goto failed;
      g_clear_pointer (&stmt, sl_stmt_release);
    }

  detail = g_strdup_printf ("%u", index);
  return finish_role_change (self, role_id, "requirement.move", requirement_id, detail, error);

failed:
  sl_store_rollback (self);
  return FALSE;
}

static gboolean
set_requirement_removed (SlStore  *self,
                         gint64    requirement_id,
                         gboolean  removed,
                         GError  **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  gint64 role_id;

  if (!sl_store_begin (self, error))
    return FALSE;

  role_id = requirement_role (self, requirement_id, !removed, error);
  if (role_id == 0)
    goto failed;

  stmt = sl_store_prepare (self, "UPDATE requirements SET deleted_at = ? WHERE id = ?", error);
  if (stmt == NULL)
    goto failed;

  if (removed)
    sqlite3_bind_int64 (stmt, 1, sl_store_now ());
  sqlite3_bind_int64 (stmt, 2, requirement_id);
  if (!sl_store_step_done (self, stmt, error))
    goto failed;

  return finish_role_change (self, role_id,
                             removed ? "requirement.remove" : "requirement.restore",
                             requirement_id, NULL, error);

failed:
  sl_store_rollback (self);
  return FALSE;
}

/**
 * sl_store_remove_requirement:
 *
 * Takes a requirement out of its role. The assessments made against it
 * are kept until sl_store_purge_trash(), so that
 * sl_store_restore_requirement() can undo this.
 */
gboolean
sl_store_remove_requirement (SlStore *self,
                             gint64   requirement_id,
                             GError **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), FALSE);

  return set_requirement_removed (self, requirement_id, TRUE, error);
}

gboolean
sl_store_restore_requirement (SlStore *self,
                              gint64   requirement_id,
                              GError **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), FALSE);

  return set_requirement_removed (self, requirement_id, FALSE, error);
}

static gpointer
assessment_from_row (SlStmt *stmt)
{
  SlAssessment *assessment = g_new0 (SlAssessment, 1);

  assessment->requirement_id = sqlite3_column_int64 (stmt, 0);
  assessment->category = sl_stmt_dup_text (stmt, 1);
  assessment->text = sl_stmt_dup_text (stmt, 2);
  sl_requirement_kind_from_string ((const char *) sqlite3_column_text (stmt, 3), &assessment->kind);
  assessment->weight = sqlite3_column_double (stmt, 4);
  sl_assessment_status_from_string ((const char *) sqlite3_column_text (stmt, 5), &assessment->status);
  assessment->evidence = sl_stmt_dup_text (stmt, 6);
  assessment->assessed_by = sl_stmt_dup_text (stmt, 7);
  assessment->assessed_at = sqlite3_column_int64 (stmt, 8);

  return assessment;
}

/**
 * sl_store_list_assessments:
 *
 * Returns: (transfer full) (element-type SlAssessment): the checklist of an
 *   application, one item per requirement of the role in force, in the
 *   role's order, "not assessed" where nobody assessed it yet
 */
GPtrArray *
sl_store_list_assessments (SlStore *self,
                           gint64   application_id,
                           GError **error)
{
  g_autoptr(SlApplication) application = NULL;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  /* An application that does not exist has no checklist, rather than an
   * empty one. */
  application = sl_store_get_application (self, application_id, error);
  if (application == NULL)
    return NULL;

  return sl_store_collect_by_id (self,
                                 "SELECT q.id, q.category, q.text, q.kind, q.weight, "
                                 "  coalesce (x.status, 'unassessed'), x.evidence, x.assessed_by, x.assessed_at "
                                 "FROM applications a JOIN requirements q ON q.role_id = a.role_id "
                                 "LEFT JOIN requirement_assessments x "
                                 "  ON x.requirement_id = q.id AND x.application_id = a.id "
                                 "WHERE a.id = ? AND q.deleted_at IS NULL ORDER BY q.position, q.id",
                                 application_id, assessment_from_row,
                                 (GDestroyNotify) sl_assessment_free,
                                 _("Could not read the checklist"), error);
}

/**
 * sl_store_assess:
 * @status: how far the candidate meets the requirement
 * @evidence: (nullable): what shows it, in a line
 *
 * Records an assessment of an application against one requirement of its
 * role, by the store's actor, now.
 */
gboolean
sl_store_assess (SlStore            *self,
                 gint64              application_id,
                 gint64              requirement_id,
                 SlAssessmentStatus  status,
                 const char         *evidence,
                 GError            **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  g_autofree char *clean_evidence = NULL;
  g_autofree char *detail = NULL;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (status < SL_N_ASSESSMENT_STATUSES, FALSE);

  if (!sl_str_is_blank (evidence))
    clean_evidence = g_strstrip (g_strdup (evidence));

  if (clean_evidence != NULL && g_utf8_strlen (clean_evidence, -1) > MAX_EVIDENCE_CHARS)
    {
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                   _("The evidence is longer than %u characters"), MAX_EVIDENCE_CHARS);
      return FALSE;
    }

  if (!sl_store_begin (self, error))
    return FALSE;

  /* Only a requirement in force of the application's own role. */
  stmt = sl_store_prepare (self,
                           "INSERT INTO requirement_assessments "
                           "  (application_id, requirement_id, status, evidence, assessed_by, assessed_at) "
                           "SELECT a.id, q.id, ?3, ?4, ?5, ?6 FROM applications a "
                           "JOIN requirements q ON q.role_id = a.role_id AND q.deleted_at IS NULL "
                           "WHERE a.id = ?1 AND q.id = ?2 "
                           "ON CONFLICT (application_id, requirement_id) DO UPDATE SET "
                           "  status = excluded.status, evidence = excluded.evidence, "
                           "  assessed_by = excluded.assessed_by, assessed_at = excluded.assessed_at",
                           error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_int64 (stmt, 1, application_id);
  sqlite3_bind_int64 (stmt, 2, requirement_id);
  sl_stmt_bind_text (stmt, 3, sl_assessment_status_to_string (status));
  sl_stmt_bind_text (stmt, 4, clean_evidence);
  sl_stmt_bind_text (stmt, 5, self->actor);
  sqlite3_bind_int64 (stmt, 6, sl_store_now ());
  if (!sl_store_step_done (self, stmt, error))
    goto failed;

  if (sqlite3_changes (self->db) == 0)
    {
      g_autofree char *application = g_strdup_printf ("%" G_GINT64_FORMAT, application_id);
      g_autofree char *requirement = g_strdup_printf ("%" G_GINT64_FORMAT, requirement_id);

      /* Translators: the ids of an application and of a requirement */
      g_set_error (error, SL_ERROR, SL_ERROR_NOT_FOUND,
                   _("Application %s has no requirement with id %s"), application, requirement);
      goto failed;
    }

  detail = g_strdup_printf ("requirement %" G_GINT64_FORMAT ": %s%s%s", requirement_id,
                            sl_assessment_status_to_string (status),
                            clean_evidence != NULL ? " — " : "",
                            clean_evidence != NULL ? clean_evidence : "");
  if (!sl_store_audit (self, "assessment.set", "application", application_id, detail, error) ||
      !sl_store_commit (self, error))
    goto failed;

  sl_store_emit_changed (self, "assessment", application_id);
  return TRUE;

failed:
  sl_store_rollback (self);
  return FALSE;
}
