/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-store"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-store-private.h"
#include "sl-util.h"

/* A candidate's way through a role: moves between stages, each kept in the
 * stage history, rejections with their reason, and what is read back of
 * them. Putting a candidate into a role is with the candidates. */

/* Records that the application entered @stage_id at @now, by the actor. */
gboolean
sl_store_add_visit (SlStore *self,
                    gint64   application_id,
                    gint64   stage_id,
                    gint64   now,
                    GError **error)
{
  g_autoptr(SlStmt) stmt = NULL;

  stmt = sl_store_prepare (self,
                           "INSERT INTO stage_history (application_id, stage_id, entered_at, actor) "
                           "VALUES (?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, application_id);
  sqlite3_bind_int64 (stmt, 2, stage_id);
  sqlite3_bind_int64 (stmt, 3, now);
  sl_stmt_bind_text (stmt, 4, self->actor);

  return sl_store_step_done (self, stmt, error);
}

/* Moves the application to @stage_id, which must be a stage of its role
 * (of the rejected kind when @reason is given), and records the move. */
static gboolean
move_application (SlStore     *self,
                  gint64       application_id,
                  gint64       stage_id,
                  const char  *reason,
                  GError     **error)
{
  g_autoptr(SlApplication) application = NULL;
  g_autoptr(SlStmt) stmt = NULL;
  g_autofree char *detail = NULL;
  gint64 now = sl_store_now ();
  gboolean rejected;
  int rc;

  application = sl_store_get_application (self, application_id, error);
  if (application == NULL)
    return FALSE;

  if (sl_application_get_stage_id (application) == stage_id && reason == NULL)
    return TRUE;

  stmt = sl_store_prepare (self, "SELECT kind = 'rejected' FROM stages WHERE id = ? AND role_id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, stage_id);
  sqlite3_bind_int64 (stmt, 2, sl_application_get_role_id (application));
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        {
          g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, stage_id);

          g_set_error (error, SL_ERROR, SL_ERROR_NOT_FOUND,
                       _("Stage %s is not a stage of %s"),
                       id, sl_application_get_role_title (application));
        }
      else
        sl_store_set_sqlite_error (self, error, rc, _("Could not read the stages"));
      return FALSE;
    }
  rejected = sqlite3_column_int (stmt, 0);
  g_clear_pointer (&stmt, sl_stmt_release);

  if (reason != NULL && !rejected)
    {
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                   _("A reason is given only when a candidate is rejected"));
      return FALSE;
    }

  if (!sl_store_begin (self, error))
    return FALSE;

  /* A reason stays with a rejection only; a candidate taken back
   * loses it. */
  stmt = sl_store_prepare (self,
                           "UPDATE applications SET stage_id = ?, stage_entered_at = ?, "
                           "  rejection_reason = CASE WHEN ?4 THEN coalesce (?5, rejection_reason) END "
                           "WHERE id = ?3",
                           error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, stage_id);
  sqlite3_bind_int64 (stmt, 2, sl_application_get_stage_id (application) == stage_id
                                ? sl_application_get_stage_entered (application) : now);
  sqlite3_bind_int64 (stmt, 3, application_id);
  sqlite3_bind_int (stmt, 4, rejected);
  sl_stmt_bind_text (stmt, 5, reason);
  if (!sl_store_step_done (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, sl_stmt_release);

  /* Giving a reason for a rejection already made is not a move. */
  if (sl_application_get_stage_id (application) != stage_id)
    {
      stmt = sl_store_prepare (self,
                               "UPDATE stage_history SET left_at = ? "
                               "WHERE application_id = ? AND left_at IS NULL",
                               error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_int64 (stmt, 1, now);
      sqlite3_bind_int64 (stmt, 2, application_id);
      if (!sl_store_step_done (self, stmt, error) ||
          !sl_store_add_visit (self, application_id, stage_id, now, error))
        goto failed;
    }

  detail = g_strdup_printf ("{\"from\":%" G_GINT64_FORMAT ",\"to\":%" G_GINT64_FORMAT "%s}",
                            sl_application_get_stage_id (application), stage_id,
                            reason != NULL ? ",\"reason\":true" : "");

  if (!sl_store_audit (self, "application.move", "application", application_id, detail, error) ||
      !sl_store_commit (self, error))
    goto failed;

  sl_store_emit_changed (self, "application", application_id);
  return TRUE;

failed:
  sl_store_rollback (self);
  return FALSE;
}

/**
 * sl_store_move_application:
 * @stage_id: a stage of the same role
 *
 * Moves a candidate to another stage of the role and records the move in
 * the stage history.
 */
gboolean
sl_store_move_application (SlStore *self,
                           gint64   application_id,
                           gint64   stage_id,
                           GError **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), FALSE);

  return move_application (self, application_id, stage_id, NULL, error);
}

/**
 * sl_store_reject_application:
 * @stage_id: a stage of the rejected kind of the same role
 * @reason: why, in a few words
 *
 * Moves a candidate to a rejected stage with the reason, or gives the
 * reason for a rejection already made.
 */
gboolean
sl_store_reject_application (SlStore     *self,
                             gint64       application_id,
                             gint64       stage_id,
                             const char  *reason,
                             GError     **error)
{
  g_autofree char *clean = sl_str_clean (reason);

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);

  if (clean == NULL)
    {
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID, _("Give a reason for the rejection"));
      return FALSE;
    }
  if (!sl_store_check_length (clean, SL_REJECTION_REASON_MAX,
                              _("The reason is longer than %u characters"), error))
    return FALSE;

  return move_application (self, application_id, stage_id, clean, error);
}

gboolean
sl_store_remove_application (SlStore *self,
                             gint64   application_id,
                             GError **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), FALSE);

  return sl_store_change_row (self, "DELETE FROM applications WHERE id = ?1",
                              application_id, _("There is no application with id %s"),
                              "application.delete", "application", error);
}

SlApplication *
sl_store_get_application (SlStore *self,
                          gint64   application_id,
                          GError **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  return sl_store_get_row (self,
                           "SELECT " APPLICATION_COLUMNS " " APPLICATION_JOINS
                           "WHERE a.id = ? AND c.deleted_at IS NULL",
                           application_id, (SlRowFunc) sl_application_from_row,
                           _("There is no application with id %s"),
                           _("Could not read the application"), error);
}

/**
 * sl_store_list_candidate_applications:
 *
 * Returns: (transfer full) (element-type SlApplication): the roles the
 *   candidate is in, by role title
 */
GPtrArray *
sl_store_list_candidate_applications (SlStore *self,
                                      gint64   candidate_id,
                                      GError **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  return sl_store_collect_by_id (self,
                                 "SELECT " APPLICATION_COLUMNS " " APPLICATION_JOINS
                                 "WHERE a.candidate_id = ? AND c.deleted_at IS NULL "
                                 "ORDER BY r.title COLLATE NOCASE, a.id",
                                 candidate_id, (SlRowFunc) sl_application_from_row, g_object_unref,
                                 _("Could not read the candidate’s roles"), error);
}

static gpointer
stage_visit_from_row (SlStmt *stmt)
{
  SlStageVisit *visit = g_new0 (SlStageVisit, 1);

  visit->stage_id = sqlite3_column_int64 (stmt, 0);
  visit->stage_name = sl_stmt_dup_text (stmt, 1);
  visit->entered = sqlite3_column_int64 (stmt, 2);
  visit->left = sqlite3_column_int64 (stmt, 3);
  visit->actor = sl_stmt_dup_text (stmt, 4);

  return visit;
}

/**
 * sl_store_list_stage_history:
 *
 * Returns: (transfer full) (element-type SlStageVisit): the stages the
 *   application went through, oldest first
 */
GPtrArray *
sl_store_list_stage_history (SlStore *self,
                             gint64   application_id,
                             GError **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  return sl_store_collect_by_id (self,
                                 "SELECT h.stage_id, s.name, h.entered_at, h.left_at, h.actor "
                                 "FROM stage_history h JOIN stages s ON s.id = h.stage_id "
                                 "WHERE h.application_id = ? ORDER BY h.entered_at, h.id",
                                 application_id, stage_visit_from_row,
                                 (GDestroyNotify) sl_stage_visit_free,
                                 _("Could not read the stage history"), error);
}

void
sl_stage_visit_free (SlStageVisit *visit)
{
  if (visit == NULL)
    return;

  g_free (visit->stage_name);
  g_free (visit->actor);
  g_free (visit);
}
