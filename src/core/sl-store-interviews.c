/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-store"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-store-private.h"
#include "sl-util.h"

/* Who interviews: people, the interviewers of each interview stage and
 * the competencies its scorecards rate, the interviews of each
 * application, and what the hiring committee decided. The scorecards
 * themselves are in sl-store-scorecards.c. */

#define MAX_NAME_CHARS          200
#define MAX_RATIONALE_CHARS     10000
#define MAX_PARTICIPANTS_CHARS  1000

/* Audits and commits a change to an application's interviews, scorecards
 * or decisions, and tells its views; rolls back when any of that fails. */
gboolean
sl_store_finish_interview_change (SlStore    *self,
                                  gint64      application_id,
                                  const char *action,
                                  const char *entity,
                                  gint64      entity_id,
                                  const char *detail,
                                  GError    **error)
{
  if (!sl_store_audit (self, action, entity, entity_id, detail, error) ||
      !sl_store_commit (self, error))
    {
      sl_store_rollback (self);
      return FALSE;
    }

  sl_store_emit_changed (self, "scorecard", application_id);
  return TRUE;
}

/* A stage's role, whether it is an interview stage, and its name. */
static gboolean
read_stage (SlStore   *self,
            gint64     stage_id,
            gint64    *role_id,
            gboolean  *interview,
            char     **name,
            GError   **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  int rc;

  stmt = sl_store_prepare (self, "SELECT role_id, kind = 'interview', name FROM stages WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, stage_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        sl_store_set_not_found (error, _("There is no stage with id %s"), stage_id);
      else
        sl_store_set_sqlite_error (self, error, rc, _("Could not read the stage"));
      return FALSE;
    }

  if (role_id != NULL)
    *role_id = sqlite3_column_int64 (stmt, 0);
  if (interview != NULL)
    *interview = sqlite3_column_int (stmt, 1);
  if (name != NULL)
    *name = sl_stmt_dup_text (stmt, 2);

  return TRUE;
}

static gboolean
check_person (SlStore *self,
              gint64   person_id,
              GError **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  int rc;

  stmt = sl_store_prepare (self, "SELECT 1 FROM people WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, person_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;

  if (rc == SQLITE_DONE)
    sl_store_set_not_found (error, _("There is no person with id %s"), person_id);
  else
    sl_store_set_sqlite_error (self, error, rc, _("Could not read the people"));

  return FALSE;
}

static gpointer
person_from_row (SlStmt *stmt)
{
  SlPerson *person = g_new0 (SlPerson, 1);

  person->id = sqlite3_column_int64 (stmt, 0);
  person->name = sl_stmt_dup_text (stmt, 1);
  person->email = sl_stmt_dup_text (stmt, 2);

  return person;
}

/**
 * sl_store_ensure_person:
 * @name: the person's name; case and surrounding space do not matter
 *
 * Finds the person of that name, or adds them.
 *
 * Returns: the person's id, or 0 on error
 */
gint64
sl_store_ensure_person (SlStore    *self,
                        const char *name,
                        GError    **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  g_autofree char *clean_name = sl_str_clean (name);
  gint64 person_id;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), 0);

  if (clean_name == NULL)
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID, _("The person’s name is empty"));
      return 0;
    }

  if (!sl_store_check_length (clean_name, MAX_NAME_CHARS, _("The person’s name is longer than %u characters"), error) ||
      !sl_store_begin (self, error))
    return 0;

  stmt = sl_store_prepare (self, "SELECT id FROM people WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1",
                           error);
  if (stmt == NULL)
    goto failed;

  sl_stmt_bind_text (stmt, 1, clean_name);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      person_id = sqlite3_column_int64 (stmt, 0);
      g_clear_pointer (&stmt, sl_stmt_release);
      if (!sl_store_commit (self, error))
        return 0;
      return person_id;
    }
  if (rc != SQLITE_DONE)
    {
      sl_store_set_sqlite_error (self, error, rc, _("Could not read the people"));
      goto failed;
    }
  g_clear_pointer (&stmt, sl_stmt_release);

  stmt = sl_store_prepare (self, "INSERT INTO people (name, created_at) VALUES (?, ?)", error);
  if (stmt == NULL)
    goto failed;

  sl_stmt_bind_text (stmt, 1, clean_name);
  sqlite3_bind_int64 (stmt, 2, sl_store_now ());
  if (!sl_store_step_done (self, stmt, error))
    goto failed;
  person_id = sqlite3_last_insert_rowid (self->db);

  if (!sl_store_audit (self, "person.add", "person", person_id, clean_name, error) ||
      !sl_store_commit (self, error))
    goto failed;

  sl_store_emit_changed (self, "person", person_id);
  return person_id;

failed:
  sl_store_rollback (self);
  return 0;
}

/**
 * sl_store_get_actor_person:
 *
 * The person the store acts for (see sl_store_set_actor()), among those
 * who interview, for what they may see of others' scorecards.
 *
 * Returns: the person's id, or 0 when there is no actor or the actor does
 *   not interview
 */
gint64
sl_store_get_actor_person (SlStore *self)
{
  g_autoptr(SlStmt) stmt = NULL;
  g_autofree char *name = NULL;
  gint64 person_id = 0;

  g_return_val_if_fail (SL_IS_STORE (self), 0);

  name = sl_str_clean (sl_store_get_actor (self));
  if (name == NULL)
    return 0;

  stmt = sl_store_prepare (self, "SELECT id FROM people WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1",
                           NULL);
  if (stmt == NULL)
    return 0;

  sl_stmt_bind_text (stmt, 1, name);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    person_id = sqlite3_column_int64 (stmt, 0);

  return person_id;
}

/**
 * sl_store_list_people:
 *
 * Returns: (transfer full) (element-type SlPerson): everyone who
 *   interviews, by name
 */
GPtrArray *
sl_store_list_people (SlStore *self,
                      GError **error)
{
  g_autoptr(SlStmt) stmt = NULL;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  stmt = sl_store_prepare (self, "SELECT id, name, email FROM people ORDER BY name COLLATE NOCASE, id", error);
  if (stmt == NULL)
    return NULL;

  return sl_store_collect_rows (self, stmt, person_from_row, (GDestroyNotify) sl_person_free,
                                _("Could not read the people"), error);
}

/**
 * sl_store_set_stage_interviewers:
 * @person_ids: (array length=n_person_ids): who interviews in the stage
 *
 * Gives an interview stage its interviewers, in place of those it had.
 * Interviews already held or planned stay as they are.
 */
gboolean
sl_store_set_stage_interviewers (SlStore      *self,
                                 gint64        stage_id,
                                 const gint64 *person_ids,
                                 guint         n_person_ids,
                                 GError      **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  g_autoptr(GString) detail = g_string_new ("people");
  g_autofree char *stage_name = NULL;
  gboolean interview;
  gint64 role_id;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (person_ids != NULL || n_person_ids == 0, FALSE);

  if (!sl_store_begin (self, error))
    return FALSE;

  if (!read_stage (self, stage_id, &role_id, &interview, &stage_name, error))
    goto failed;

  if (!interview)
    {
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID, _("“%s” is not an interview stage"), stage_name);
      goto failed;
    }

  stmt = sl_store_prepare (self, "DELETE FROM stage_interviewers WHERE stage_id = ?", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, stage_id);
  if (!sl_store_step_done (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, sl_stmt_release);

  for (guint i = 0; i < n_person_ids; i++)
    {
      if (!check_person (self, person_ids[i], error))
        goto failed;

      stmt = sl_store_prepare (self,
                               "INSERT INTO stage_interviewers (stage_id, person_id) VALUES (?, ?) "
                               "ON CONFLICT DO NOTHING",
                               error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_int64 (stmt, 1, stage_id);
      sqlite3_bind_int64 (stmt, 2, person_ids[i]);
      if (!sl_store_step_done (self, stmt, error))
        goto failed;
      g_clear_pointer (&stmt, sl_stmt_release);

      g_string_append_printf (detail, "%s %" G_GINT64_FORMAT, i > 0 ? "," : "", person_ids[i]);
    }

  if (n_person_ids == 0)
    g_string_assign (detail, "nobody");

  if (!sl_store_audit (self, "stage.interviewers", "stage", stage_id, detail->str, error) ||
      !sl_store_commit (self, error))
    goto failed;

  /* Who interviews is part of how the role is set up. */
  sl_store_emit_changed (self, "role", role_id);
  return TRUE;

failed:
  sl_store_rollback (self);
  return FALSE;
}

/**
 * sl_store_list_stage_interviewers:
 *
 * Returns: (transfer full) (element-type SlPerson): who interviews in the
 *   stage, by name
 */
GPtrArray *
sl_store_list_stage_interviewers (SlStore *self,
                                  gint64   stage_id,
                                  GError **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  if (!read_stage (self, stage_id, NULL, NULL, NULL, error))
    return NULL;

  return sl_store_collect_by_id (self,
                                 "SELECT p.id, p.name, p.email FROM stage_interviewers si "
                                 "JOIN people p ON p.id = si.person_id "
                                 "WHERE si.stage_id = ? ORDER BY p.name COLLATE NOCASE, p.id",
                                 stage_id, person_from_row, (GDestroyNotify) sl_person_free,
                                 _("Could not read the stage’s interviewers"), error);
}

static gpointer
competency_from_row (SlStmt *stmt)
{
  SlCompetency *c = g_new0 (SlCompetency, 1);
  const char *questions = (const char *) sqlite3_column_text (stmt, 4);

  c->id = sqlite3_column_int64 (stmt, 0);
  c->key = sl_stmt_dup_text (stmt, 1);
  c->name = sl_stmt_dup_text (stmt, 2);
  c->description = sl_stmt_dup_text (stmt, 3);
  c->questions = questions != NULL ? g_strsplit (questions, "\x1f", -1) : g_new0 (char *, 1);
  c->source = sl_stmt_dup_text (stmt, 5);

  return c;
}

/**
 * sl_store_list_stage_focus:
 *
 * Returns: (transfer full) (element-type SlCompetency): the competencies
 *   an interview stage assesses, with their questions, in the stage's
 *   order; the competencies its scorecards rate
 */
GPtrArray *
sl_store_list_stage_focus (SlStore *self,
                           gint64   stage_id,
                           GError **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  if (!read_stage (self, stage_id, NULL, NULL, NULL, error))
    return NULL;

  return sl_store_collect_by_id (self,
                                 "SELECT c.id, c.key, c.name, c.description, "
                                 "  (SELECT group_concat (text, char (31)) FROM "
                                 "     (SELECT text FROM competency_questions q "
                                 "       WHERE q.competency_id = c.id ORDER BY position)), c.source "
                                 "FROM stage_competencies sc JOIN competencies c ON c.id = sc.competency_id "
                                 "WHERE sc.stage_id = ? ORDER BY sc.position, c.position, c.id",
                                 stage_id, competency_from_row, (GDestroyNotify) sl_competency_free,
                                 _("Could not read the stage’s competencies"), error);
}

/**
 * sl_store_add_interview:
 * @stage_id: an interview stage of the application's role
 * @interviewer_id: the person who interviews
 * @scheduled: when, in seconds since the epoch, or 0 when not yet known
 *
 * Returns: the new interview's id, or 0 on error
 */
gint64
sl_store_add_interview (SlStore *self,
                        gint64   application_id,
                        gint64   stage_id,
                        gint64   interviewer_id,
                        gint64   scheduled,
                        GError **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  g_autofree char *stage_name = NULL;
  g_autofree char *detail = NULL;
  gboolean interview;
  gint64 application_role_id;
  gint64 stage_role_id;
  gint64 interview_id;

  g_return_val_if_fail (SL_IS_STORE (self), 0);

  if (scheduled < 0)
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID, _("The interview’s time is before 1970"));
      return 0;
    }

  if (!sl_store_begin (self, error))
    return 0;

  application_role_id = sl_store_application_role (self, application_id, error);
  if (application_role_id == 0 ||
      !read_stage (self, stage_id, &stage_role_id, &interview, &stage_name, error))
    goto failed;

  if (stage_role_id != application_role_id)
    {
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                   _("The stage “%s” belongs to another role than the application’s"), stage_name);
      goto failed;
    }

  if (!interview)
    {
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID, _("“%s” is not an interview stage"), stage_name);
      goto failed;
    }

  if (!check_person (self, interviewer_id, error))
    goto failed;

  stmt = sl_store_prepare (self,
                           "INSERT INTO interviews (application_id, stage_id, interviewer_id, scheduled_at, "
                           "                        created_at) VALUES (?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_int64 (stmt, 1, application_id);
  sqlite3_bind_int64 (stmt, 2, stage_id);
  sqlite3_bind_int64 (stmt, 3, interviewer_id);
  if (scheduled > 0)
    sqlite3_bind_int64 (stmt, 4, scheduled);
  sqlite3_bind_int64 (stmt, 5, sl_store_now ());
  if (!sl_store_step_done (self, stmt, error))
    goto failed;
  interview_id = sqlite3_last_insert_rowid (self->db);

  detail = g_strdup_printf ("application %" G_GINT64_FORMAT ", stage %" G_GINT64_FORMAT
                            ", interviewer %" G_GINT64_FORMAT,
                            application_id, stage_id, interviewer_id);
  if (!sl_store_finish_interview_change (self, application_id, "interview.add", "interview", interview_id, detail, error))
    return 0;

  return interview_id;

failed:
  sl_store_rollback (self);
  return 0;
}

static gpointer
interview_from_row (SlStmt *stmt)
{
  SlInterview *interview = g_new0 (SlInterview, 1);

  interview->id = sqlite3_column_int64 (stmt, 0);
  interview->application_id = sqlite3_column_int64 (stmt, 1);
  interview->stage_id = sqlite3_column_int64 (stmt, 2);
  interview->stage_name = sl_stmt_dup_text (stmt, 3);
  interview->interviewer_id = sqlite3_column_int64 (stmt, 4);
  interview->interviewer_name = sl_stmt_dup_text (stmt, 5);
  interview->scheduled = sqlite3_column_int64 (stmt, 6);
  interview->version = sqlite3_column_int (stmt, 7);
  if (interview->version == 0)
    interview->state = SL_SCORECARD_NOT_STARTED;
  else if (sqlite3_column_int (stmt, 8))
    interview->state = SL_SCORECARD_SUBMITTED;
  else
    interview->state = interview->version > 1 ? SL_SCORECARD_AMENDING : SL_SCORECARD_DRAFT;

  return interview;
}

/**
 * sl_store_list_interviews:
 *
 * Returns: (transfer full) (element-type SlInterview): the application's
 *   interviews, by stage and then by time, those not yet scheduled last
 */
GPtrArray *
sl_store_list_interviews (SlStore *self,
                          gint64   application_id,
                          GError **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  if (sl_store_application_role (self, application_id, error) == 0)
    return NULL;

  return sl_store_collect_by_id (self,
                                 "SELECT i.id, i.application_id, i.stage_id, s.name, i.interviewer_id, p.name, "
                                 "  i.scheduled_at, k.version, k.status = 'submitted' "
                                 "FROM interviews i JOIN stages s ON s.id = i.stage_id "
                                 "LEFT JOIN scorecards k ON k.interview_id = i.id "
                                 "  AND k.version = (SELECT max (version) FROM scorecards WHERE interview_id = i.id) "
                                 "JOIN people p ON p.id = i.interviewer_id "
                                 "WHERE i.application_id = ? "
                                 "ORDER BY s.position, i.scheduled_at IS NULL, i.scheduled_at, i.id",
                                 application_id, interview_from_row, (GDestroyNotify) sl_interview_free,
                                 _("Could not read the interviews"), error);
}

/**
 * sl_store_record_decision:
 * @hire: whether the committee decided to hire
 * @rationale: (nullable): why
 * @participants: (nullable): who decided
 *
 * Records a committee's decision; earlier decisions stay, so that a
 * change of mind can be followed.
 *
 * Returns: the decision's id, or 0 on error
 */
gint64
sl_store_record_decision (SlStore    *self,
                          gint64      application_id,
                          gboolean    hire,
                          const char *rationale,
                          const char *participants,
                          GError    **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  g_autofree char *clean_rationale = sl_str_clean (rationale);
  g_autofree char *clean_participants = sl_str_clean (participants);
  g_autofree char *detail = NULL;
  gint64 decision_id;

  g_return_val_if_fail (SL_IS_STORE (self), 0);

  if (!sl_store_check_length (clean_rationale, MAX_RATIONALE_CHARS,
                     _("The rationale is longer than %u characters"), error) ||
      !sl_store_check_length (clean_participants, MAX_PARTICIPANTS_CHARS,
                     _("The list of participants is longer than %u characters"), error) ||
      !sl_store_begin (self, error))
    return 0;

  if (sl_store_application_role (self, application_id, error) == 0)
    goto failed;

  stmt = sl_store_prepare (self,
                           "INSERT INTO decisions (application_id, decision, rationale, participants, decided_at) "
                           "VALUES (?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_int64 (stmt, 1, application_id);
  sl_stmt_bind_text (stmt, 2, hire ? "hire" : "no-hire");
  sl_stmt_bind_text (stmt, 3, clean_rationale);
  sl_stmt_bind_text (stmt, 4, clean_participants);
  sqlite3_bind_int64 (stmt, 5, sl_store_now ());
  if (!sl_store_step_done (self, stmt, error))
    goto failed;
  decision_id = sqlite3_last_insert_rowid (self->db);

  detail = g_strdup_printf ("application %" G_GINT64_FORMAT ": %s", application_id, hire ? "hire" : "no-hire");
  if (!sl_store_finish_interview_change (self, application_id, "decision.record", "decision", decision_id, detail, error))
    return 0;

  return decision_id;

failed:
  sl_store_rollback (self);
  return 0;
}

static gpointer
decision_from_row (SlStmt *stmt)
{
  SlDecision *decision = g_new0 (SlDecision, 1);

  decision->id = sqlite3_column_int64 (stmt, 0);
  decision->application_id = sqlite3_column_int64 (stmt, 1);
  decision->hire = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 2), "hire") == 0;
  decision->rationale = sl_stmt_dup_text (stmt, 3);
  decision->participants = sl_stmt_dup_text (stmt, 4);
  decision->decided = sqlite3_column_int64 (stmt, 5);

  return decision;
}

/**
 * sl_store_list_decisions:
 *
 * Returns: (transfer full) (element-type SlDecision): the committee's
 *   decisions on the application, the latest first
 */
GPtrArray *
sl_store_list_decisions (SlStore *self,
                         gint64   application_id,
                         GError **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  if (sl_store_application_role (self, application_id, error) == 0)
    return NULL;

  return sl_store_collect_by_id (self,
                                 "SELECT id, application_id, decision, rationale, participants, decided_at "
                                 "FROM decisions WHERE application_id = ? ORDER BY decided_at DESC, id DESC",
                                 application_id, decision_from_row, (GDestroyNotify) sl_decision_free,
                                 _("Could not read the decisions"), error);
}
