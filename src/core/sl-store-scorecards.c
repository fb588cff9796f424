/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-store"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-store-private.h"
#include "sl-util.h"

/* Scorecards: each interviewer's scorecard for each interview, and the
 * ratings a committee reads off them; the interviews themselves are in
 * sl-store-interviews.c. A submitted scorecard is never changed; an
 * amendment is its next version. Interviewers are blind to each other's scores for a
 * candidate until they have submitted their own, and the store, not the
 * views, keeps them so. */

#define MAX_NOTE_CHARS          2000
#define MAX_TAKEAWAYS_CHARS     10000

#define SCORECARD_COLUMNS \
  "k.id, k.interview_id, k.version, k.status = 'submitted', k.overall, k.takeaways, " \
  "k.created_at, k.submitted_at, p.name, i.interviewer_id, i.stage_id"

static SlRating
rating_from_columns (SlStmt *stmt,
                     int     rating_column,
                     int     no_evidence_column)
{
  int rating = sqlite3_column_int (stmt, rating_column);

  if (sqlite3_column_type (stmt, rating_column) != SQLITE_NULL &&
      rating >= SL_RATING_STRONG_NO && rating <= SL_RATING_STRONG_YES)
    return (SlRating) rating;

  return no_evidence_column >= 0 && sqlite3_column_int (stmt, no_evidence_column)
         ? SL_RATING_NO_EVIDENCE : SL_RATING_NONE;
}

/* A score on the scale goes in as itself, anything else as NULL. */
static void
bind_score (SlStmt   *stmt,
            int       index,
            SlRating  rating)
{
  if (sl_rating_is_score (rating))
    sqlite3_bind_int (stmt, index, (int) rating);
  else
    sqlite3_bind_null (stmt, index);
}

/* Reads SCORECARD_COLUMNS from @first on, without the ratings; the stage
 * comes back in @stage_id. */
static SlScorecard *
scorecard_from_columns (SlStmt *stmt,
                        int     first,
                        gint64 *stage_id)
{
  SlScorecard *scorecard = g_new0 (SlScorecard, 1);

  scorecard->id = sqlite3_column_int64 (stmt, first);
  scorecard->interview_id = sqlite3_column_int64 (stmt, first + 1);
  scorecard->version = (guint) sqlite3_column_int64 (stmt, first + 2);
  scorecard->submitted = sqlite3_column_int (stmt, first + 3);
  scorecard->overall = rating_from_columns (stmt, first + 4, -1);
  scorecard->takeaways = sl_stmt_dup_text (stmt, first + 5);
  scorecard->created = sqlite3_column_int64 (stmt, first + 6);
  scorecard->submitted_at = sqlite3_column_int64 (stmt, first + 7);
  scorecard->interviewer_name = sl_stmt_dup_text (stmt, first + 8);
  scorecard->interviewer_id = sqlite3_column_int64 (stmt, first + 9);
  *stage_id = sqlite3_column_int64 (stmt, first + 10);

  return scorecard;
}

static gpointer
competency_rating_from_row (SlStmt *stmt)
{
  SlCompetencyRating *rating = g_new0 (SlCompetencyRating, 1);

  rating->competency_id = sqlite3_column_int64 (stmt, 0);
  rating->competency_name = sl_stmt_dup_text (stmt, 1);
  rating->rating = rating_from_columns (stmt, 2, 3);
  rating->note = sl_stmt_dup_text (stmt, 4);

  return rating;
}

/* Gives @scorecard its ratings: one for each focus competency of its
 * stage, not rated where it has none, in the stage's order; then any it
 * rated that the stage no longer focuses on. */
static gboolean
load_ratings (SlStore     *self,
              SlScorecard *scorecard,
              gint64       stage_id,
              GError     **error)
{
  g_autoptr(SlStmt) stmt = NULL;

  stmt = sl_store_prepare (self,
                           "SELECT c.id, c.name, r.rating, r.no_evidence, r.note FROM competencies c "
                           "LEFT JOIN stage_competencies sc ON sc.competency_id = c.id AND sc.stage_id = ?2 "
                           "LEFT JOIN ratings r ON r.competency_id = c.id AND r.scorecard_id = ?1 "
                           "WHERE c.role_id = (SELECT role_id FROM stages WHERE id = ?2) "
                           "  AND (sc.stage_id IS NOT NULL OR r.id IS NOT NULL) "
                           "ORDER BY sc.position IS NULL, sc.position, c.position, c.id",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, scorecard->id);
  sqlite3_bind_int64 (stmt, 2, stage_id);
  scorecard->ratings = sl_store_collect_rows (self, stmt, competency_rating_from_row,
                                              (GDestroyNotify) sl_competency_rating_free,
                                              _("Could not read the scorecard’s ratings"), error);

  return scorecard->ratings != NULL;
}

static SlScorecard *
read_scorecard (SlStore *self,
                gint64   scorecard_id,
                GError **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  g_autoptr(SlScorecard) scorecard = NULL;
  gint64 stage_id;
  int rc;

  stmt = sl_store_prepare (self,
                           "SELECT " SCORECARD_COLUMNS " FROM scorecards k "
                           "JOIN interviews i ON i.id = k.interview_id "
                           "JOIN people p ON p.id = i.interviewer_id WHERE k.id = ?",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, scorecard_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        sl_store_set_not_found (error, _("There is no scorecard with id %s"), scorecard_id);
      else
        sl_store_set_sqlite_error (self, error, rc, _("Could not read the scorecard"));
      return NULL;
    }

  scorecard = scorecard_from_columns (stmt, 0, &stage_id);
  g_clear_pointer (&stmt, sl_stmt_release);

  if (!load_ratings (self, scorecard, stage_id, error))
    return NULL;

  return g_steal_pointer (&scorecard);
}

/* What a change to a scorecard needs to know of it. */
typedef struct
{
  gint64 application_id;
  gint64 interview_id;
  gint64 stage_id;
  char *stage_name;
  guint version;
  gboolean submitted;
  SlRating overall;
} ScorecardContext;

static void
scorecard_context_clear (ScorecardContext *context)
{
  g_clear_pointer (&context->stage_name, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ScorecardContext, scorecard_context_clear)

static gboolean
read_context (SlStore          *self,
              gint64            scorecard_id,
              ScorecardContext *context,
              GError          **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  int rc;

  stmt = sl_store_prepare (self,
                           "SELECT i.application_id, k.interview_id, i.stage_id, s.name, k.version, "
                           "  k.status = 'submitted', k.overall "
                           "FROM scorecards k JOIN interviews i ON i.id = k.interview_id "
                           "JOIN stages s ON s.id = i.stage_id "
                           "JOIN applications a ON a.id = i.application_id "
                           "JOIN candidates c ON c.id = a.candidate_id "
                           "WHERE k.id = ? AND c.deleted_at IS NULL",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, scorecard_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        sl_store_set_not_found (error, _("There is no scorecard with id %s"), scorecard_id);
      else
        sl_store_set_sqlite_error (self, error, rc, _("Could not read the scorecard"));
      return FALSE;
    }

  context->application_id = sqlite3_column_int64 (stmt, 0);
  context->interview_id = sqlite3_column_int64 (stmt, 1);
  context->stage_id = sqlite3_column_int64 (stmt, 2);
  context->stage_name = sl_stmt_dup_text (stmt, 3);
  context->version = (guint) sqlite3_column_int64 (stmt, 4);
  context->submitted = sqlite3_column_int (stmt, 5);
  context->overall = rating_from_columns (stmt, 6, -1);

  return TRUE;
}

static void
set_locked_error (GError **error)
{
  g_set_error_literal (error, SL_ERROR, SL_ERROR_CONSTRAINT,
                       _("A submitted scorecard is locked; amend it to change it"));
}

/**
 * sl_store_get_draft:
 *
 * The scorecard an interviewer works on for an interview: its open draft,
 * or a new first version when there is no scorecard yet. When the latest
 * version is submitted and not being amended, that version, locked
 * (@submitted is set); sl_store_amend_scorecard() opens it again.
 *
 * Returns: (transfer full): the scorecard with one rating per focus
 *   competency of the stage, or %NULL on error
 */
SlScorecard *
sl_store_get_draft (SlStore *self,
                    gint64   interview_id,
                    GError **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  g_autoptr(SlScorecard) scorecard = NULL;
  g_autofree char *detail = NULL;
  gint64 application_id;
  gint64 scorecard_id = 0;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  if (!sl_store_begin (self, error))
    return NULL;

  stmt = sl_store_prepare (self,
                           "SELECT i.application_id, "
                           "  (SELECT id FROM scorecards WHERE interview_id = i.id ORDER BY version DESC LIMIT 1) "
                           "FROM interviews i JOIN applications a ON a.id = i.application_id "
                           "JOIN candidates c ON c.id = a.candidate_id "
                           "WHERE i.id = ? AND c.deleted_at IS NULL",
                           error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_int64 (stmt, 1, interview_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        sl_store_set_not_found (error, _("There is no interview with id %s"), interview_id);
      else
        sl_store_set_sqlite_error (self, error, rc, _("Could not read the interview"));
      goto failed;
    }
  application_id = sqlite3_column_int64 (stmt, 0);
  scorecard_id = sqlite3_column_int64 (stmt, 1);
  g_clear_pointer (&stmt, sl_stmt_release);

  if (scorecard_id != 0)
    {
      scorecard = read_scorecard (self, scorecard_id, error);
      if (scorecard == NULL || !sl_store_commit (self, error))
        goto failed;

      return g_steal_pointer (&scorecard);
    }

  stmt = sl_store_prepare (self,
                           "INSERT INTO scorecards (interview_id, version, status, created_at) "
                           "VALUES (?, 1, 'draft', ?)",
                           error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_int64 (stmt, 1, interview_id);
  sqlite3_bind_int64 (stmt, 2, sl_store_now ());
  if (!sl_store_step_done (self, stmt, error))
    goto failed;
  scorecard_id = sqlite3_last_insert_rowid (self->db);

  scorecard = read_scorecard (self, scorecard_id, error);
  if (scorecard == NULL)
    goto failed;

  detail = g_strdup_printf ("application %" G_GINT64_FORMAT ", interview %" G_GINT64_FORMAT ", version 1",
                            application_id, interview_id);
  if (!sl_store_finish_interview_change (self, application_id, "scorecard.draft", "scorecard", scorecard_id, detail, error))
    return NULL;

  return g_steal_pointer (&scorecard);

failed:
  sl_store_rollback (self);
  return NULL;
}

/* Checks one rating of a draft against the stage's focus, and stores it. */
static gboolean
save_rating (SlStore                  *self,
             const ScorecardContext   *context,
             gint64                    scorecard_id,
             const SlCompetencyRating *rating,
             GError                  **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  g_autofree char *name = NULL;
  g_autofree char *note = sl_str_clean (rating->note);
  gboolean in_focus;
  int rc;

  stmt = sl_store_prepare (self,
                           "SELECT c.name, sc.stage_id IS NOT NULL FROM competencies c "
                           "LEFT JOIN stage_competencies sc ON sc.competency_id = c.id AND sc.stage_id = ?2 "
                           "WHERE c.id = ?1",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, rating->competency_id);
  sqlite3_bind_int64 (stmt, 2, context->stage_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        sl_store_set_not_found (error, _("There is no competency with id %s"), rating->competency_id);
      else
        sl_store_set_sqlite_error (self, error, rc, _("Could not read the competency"));
      return FALSE;
    }
  name = sl_stmt_dup_text (stmt, 0);
  in_focus = sqlite3_column_int (stmt, 1);
  g_clear_pointer (&stmt, sl_stmt_release);

  if (!in_focus)
    {
      /* Translators: the names of a competency and of an interview stage */
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID, _("“%s” is not a focus of the stage “%s”"),
                   name, context->stage_name);
      return FALSE;
    }

  if ((guint) rating->rating >= SL_N_RATINGS)
    {
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID, _("The rating of “%s” is not on the scale"), name);
      return FALSE;
    }

  if (note != NULL && g_utf8_strlen (note, -1) > MAX_NOTE_CHARS)
    {
      /* Translators: %s is a competency, %u a number of characters */
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID, _("The note on “%s” is longer than %u characters"),
                   name, MAX_NOTE_CHARS);
      return FALSE;
    }

  /* Not rated and nothing to say: nothing to keep. */
  if (rating->rating == SL_RATING_NONE && note == NULL)
    return TRUE;

  stmt = sl_store_prepare (self,
                           "INSERT INTO ratings (scorecard_id, competency_id, rating, no_evidence, note) "
                           "VALUES (?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, scorecard_id);
  sqlite3_bind_int64 (stmt, 2, rating->competency_id);
  bind_score (stmt, 3, rating->rating);
  sqlite3_bind_int (stmt, 4, rating->rating == SL_RATING_NO_EVIDENCE);
  sl_stmt_bind_text (stmt, 5, note);
  rc = sqlite3_step (stmt);
  if ((rc & 0xff) == SQLITE_CONSTRAINT)
    {
      /* The draft has the same competency twice. */
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID, _("“%s” is rated twice"), name);
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    {
      sl_store_set_sqlite_error (self, error, rc, _("Could not save the change"));
      return FALSE;
    }

  return TRUE;
}

/**
 * sl_store_save_draft:
 * @draft: the scorecard by its id, with its overall recommendation,
 *   takeaways and ratings as they are to be; other fields are not read
 *
 * Keeps a draft as it is now. Only the stage's focus competencies can be
 * rated, and a submitted version cannot change.
 */
gboolean
sl_store_save_draft (SlStore           *self,
                     const SlScorecard *draft,
                     GError           **error)
{
  g_auto(ScorecardContext) context = { 0 };
  g_autoptr(SlStmt) stmt = NULL;
  g_autofree char *takeaways = NULL;
  g_autofree char *detail = NULL;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (draft != NULL, FALSE);

  if (draft->overall == SL_RATING_NO_EVIDENCE || (guint) draft->overall >= SL_N_RATINGS)
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID,
                           _("The overall recommendation must be one from “Strong no” to “Strong yes”"));
      return FALSE;
    }

  takeaways = sl_str_clean (draft->takeaways);
  if (!sl_store_check_length (takeaways, MAX_TAKEAWAYS_CHARS, _("The takeaways are longer than %u characters"), error) ||
      !sl_store_begin (self, error))
    return FALSE;

  if (!read_context (self, draft->id, &context, error))
    goto failed;

  if (context.submitted)
    {
      set_locked_error (error);
      goto failed;
    }

  stmt = sl_store_prepare (self, "UPDATE scorecards SET overall = ?, takeaways = ? WHERE id = ?", error);
  if (stmt == NULL)
    goto failed;
  bind_score (stmt, 1, draft->overall);
  sl_stmt_bind_text (stmt, 2, takeaways);
  sqlite3_bind_int64 (stmt, 3, draft->id);
  if (!sl_store_step_done (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, sl_stmt_release);

  stmt = sl_store_prepare (self, "DELETE FROM ratings WHERE scorecard_id = ?", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, draft->id);
  if (!sl_store_step_done (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, sl_stmt_release);

  for (guint i = 0; draft->ratings != NULL && i < draft->ratings->len; i++)
    if (!save_rating (self, &context, draft->id, g_ptr_array_index (draft->ratings, i), error))
      goto failed;

  detail = g_strdup_printf ("application %" G_GINT64_FORMAT ", version %u: overall %d",
                            context.application_id, context.version, (int) draft->overall);

  return sl_store_finish_interview_change (self, context.application_id, "scorecard.save", "scorecard", draft->id, detail, error);

failed:
  sl_store_rollback (self);
  return FALSE;
}

/**
 * sl_store_submit_scorecard:
 *
 * Submits a draft that has an overall recommendation. From then on it is
 * locked, and its interviewer sees the others' scores for the candidate.
 */
gboolean
sl_store_submit_scorecard (SlStore *self,
                           gint64   scorecard_id,
                           GError **error)
{
  g_auto(ScorecardContext) context = { 0 };
  g_autoptr(SlStmt) stmt = NULL;
  g_autofree char *detail = NULL;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);

  if (!sl_store_begin (self, error))
    return FALSE;

  if (!read_context (self, scorecard_id, &context, error))
    goto failed;

  if (context.submitted)
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_CONSTRAINT, _("The scorecard is already submitted"));
      goto failed;
    }

  if (!sl_rating_is_score (context.overall))
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID,
                           _("The scorecard needs an overall recommendation before it is submitted"));
      goto failed;
    }

  stmt = sl_store_prepare (self, "UPDATE scorecards SET status = 'submitted', submitted_at = ? WHERE id = ?",
                           error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, sl_store_now ());
  sqlite3_bind_int64 (stmt, 2, scorecard_id);
  if (!sl_store_step_done (self, stmt, error))
    goto failed;

  detail = g_strdup_printf ("application %" G_GINT64_FORMAT ", version %u: overall %d",
                            context.application_id, context.version, (int) context.overall);

  return sl_store_finish_interview_change (self, context.application_id, "scorecard.submit", "scorecard", scorecard_id, detail,
                        error);

failed:
  sl_store_rollback (self);
  return FALSE;
}

/**
 * sl_store_amend_scorecard:
 * @scorecard_id: any version of the scorecard of an interview
 *
 * Opens the interview's scorecard again: a new draft version, a copy of
 * the latest submitted one. The submitted versions stay as they were.
 * When an amendment is open already, that is the one.
 *
 * Returns: the id of the draft, or 0 on error
 */
gint64
sl_store_amend_scorecard (SlStore *self,
                          gint64   scorecard_id,
                          GError **error)
{
  g_auto(ScorecardContext) context = { 0 };
  g_autoptr(SlStmt) stmt = NULL;
  g_autofree char *detail = NULL;
  gint64 submitted_id;
  gint64 draft_id;
  gint64 amendment_id;
  guint version;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), 0);

  if (!sl_store_begin (self, error))
    return 0;

  if (!read_context (self, scorecard_id, &context, error))
    goto failed;

  stmt = sl_store_prepare (self,
                           "SELECT (SELECT id FROM scorecards WHERE interview_id = ?1 AND status = 'submitted' "
                           "         ORDER BY version DESC LIMIT 1), "
                           "       (SELECT id FROM scorecards WHERE interview_id = ?1 AND status = 'draft' "
                           "         ORDER BY version DESC LIMIT 1), "
                           "       (SELECT max (version) FROM scorecards WHERE interview_id = ?1)",
                           error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, context.interview_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sl_store_set_sqlite_error (self, error, rc, _("Could not read the scorecard"));
      goto failed;
    }
  submitted_id = sqlite3_column_int64 (stmt, 0);
  draft_id = sqlite3_column_int64 (stmt, 1);
  version = (guint) sqlite3_column_int64 (stmt, 2) + 1;
  g_clear_pointer (&stmt, sl_stmt_release);

  if (draft_id != 0 && submitted_id != 0)
    {
      if (!sl_store_commit (self, error))
        return 0;
      return draft_id;
    }

  if (submitted_id == 0)
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_CONSTRAINT,
                           _("The scorecard is still a draft; only a submitted scorecard is amended"));
      goto failed;
    }

  stmt = sl_store_prepare (self,
                           "INSERT INTO scorecards (interview_id, version, status, overall, takeaways, created_at) "
                           "SELECT interview_id, ?2, 'draft', overall, takeaways, ?3 FROM scorecards WHERE id = ?1",
                           error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, submitted_id);
  sqlite3_bind_int64 (stmt, 2, version);
  sqlite3_bind_int64 (stmt, 3, sl_store_now ());
  if (!sl_store_step_done (self, stmt, error))
    goto failed;
  amendment_id = sqlite3_last_insert_rowid (self->db);
  g_clear_pointer (&stmt, sl_stmt_release);

  stmt = sl_store_prepare (self,
                           "INSERT INTO ratings (scorecard_id, competency_id, rating, no_evidence, note) "
                           "SELECT ?2, competency_id, rating, no_evidence, note FROM ratings WHERE scorecard_id = ?1",
                           error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, submitted_id);
  sqlite3_bind_int64 (stmt, 2, amendment_id);
  if (!sl_store_step_done (self, stmt, error))
    goto failed;

  detail = g_strdup_printf ("application %" G_GINT64_FORMAT ", version %u from scorecard %" G_GINT64_FORMAT,
                            context.application_id, version, submitted_id);
  if (!sl_store_finish_interview_change (self, context.application_id, "scorecard.amend", "scorecard", amendment_id, detail, error))
    return 0;

  return amendment_id;

failed:
  sl_store_rollback (self);
  return 0;
}

/**
 * sl_store_list_scorecards:
 * @viewer_person_id: the person looking, or 0 for a committee that has
 *   no interview of its own
 * @hidden: (out) (optional): set to whether other people's scorecards are
 *   kept from the viewer
 *
 * The latest submitted version of each interview's scorecard, by stage.
 * While the viewer has an interview in the application with no submitted
 * scorecard, only the viewer's own are returned and @hidden is set,
 * whether or not anyone else has submitted yet: saying so would tell. A
 * draft is never returned; sl_store_get_draft() gives one's own.
 *
 * Returns: (transfer full) (element-type SlScorecard): the scorecards, or
 *   %NULL on error
 */
GPtrArray *
sl_store_list_scorecards (SlStore  *self,
                          gint64    application_id,
                          gint64    viewer_person_id,
                          gboolean *hidden,
                          GError  **error)
{
  g_autoptr(GPtrArray) scorecards = NULL;
  g_autoptr(GArray) stage_ids = NULL;
  g_autoptr(SlStmt) stmt = NULL;
  gboolean blind = FALSE;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  if (sl_store_application_role (self, application_id, error) == 0)
    return NULL;

  /* One statement, so that whether the viewer is blind and what they see
   * come from the same state of the database. The blindness row is always
   * there, with no scorecard when there are none to see. */
  stmt = sl_store_prepare (self,
                           "WITH blindness (blind) AS (SELECT " VIEWER_IS_BLIND ("?1") ") "
                           "SELECT b.blind, x.* FROM blindness b LEFT JOIN "
                           "  (SELECT " SCORECARD_COLUMNS ", s.position AS stage_position, "
                           "          i.scheduled_at AS scheduled, i.interviewer_id AS person "
                           "     FROM interviews i JOIN scorecards k ON k.interview_id = i.id "
                           "     JOIN people p ON p.id = i.interviewer_id JOIN stages s ON s.id = i.stage_id "
                           "    WHERE i.application_id = ?1 AND " IS_LATEST_SUBMITTED ("k") ") x "
                           "  ON NOT b.blind OR x.person = ?2 "
                           "ORDER BY x.stage_position, x.scheduled IS NULL, x.scheduled, x.interview_id",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, application_id);
  sqlite3_bind_int64 (stmt, 2, viewer_person_id);

  scorecards = g_ptr_array_new_with_free_func ((GDestroyNotify) sl_scorecard_free);
  stage_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 stage_id;

      blind = sqlite3_column_int (stmt, 0);
      if (sqlite3_column_type (stmt, 1) == SQLITE_NULL)
        continue;

      g_ptr_array_add (scorecards, scorecard_from_columns (stmt, 1, &stage_id));
      g_array_append_val (stage_ids, stage_id);
    }
  if (rc != SQLITE_DONE)
    {
      sl_store_set_sqlite_error (self, error, rc, _("Could not read the scorecards"));
      return NULL;
    }
  g_clear_pointer (&stmt, sl_stmt_release);

  for (guint i = 0; i < scorecards->len; i++)
    if (!load_ratings (self, g_ptr_array_index (scorecards, i), g_array_index (stage_ids, gint64, i), error))
      return NULL;

  if (hidden != NULL)
    *hidden = blind;

  return g_steal_pointer (&scorecards);
}

static gpointer
role_rating_from_row (SlStmt *stmt)
{
  SlRoleRating *rating = g_new0 (SlRoleRating, 1);

  rating->application_id = sqlite3_column_int64 (stmt, 0);
  rating->candidate_name = sl_stmt_dup_text (stmt, 1);
  rating->competency_id = sqlite3_column_int64 (stmt, 2);
  rating->competency_name = sl_stmt_dup_text (stmt, 3);
  rating->interviewer_id = sqlite3_column_int64 (stmt, 4);
  rating->interviewer_name = sl_stmt_dup_text (stmt, 5);
  rating->rating = rating_from_columns (stmt, 6, 7);

  return rating;
}

/**
 * sl_store_list_role_ratings:
 * @viewer_person_id: the person looking, or 0 for a committee that has
 *   no interview of its own
 *
 * Every rating, or "no evidence", in the latest submitted scorecards of
 * the role's candidates, for a heat map and its statistics. Where the
 * viewer has an interview with no submitted scorecard, only the viewer's
 * own ratings of that candidate are there, as in
 * sl_store_list_scorecards().
 *
 * Returns: (transfer full) (element-type SlRoleRating): the ratings by
 *   candidate, competency and interviewer, or %NULL on error
 */
GPtrArray *
sl_store_list_role_ratings (SlStore *self,
                            gint64   role_id,
                            gint64   viewer_person_id,
                            GError **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(SlRole) role = NULL;
  g_autoptr(SlStmt) stmt = NULL;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  stmt = sl_store_prepare (self,
                           "SELECT a.id, c.name, co.id, co.name, p.id, p.name, r.rating, r.no_evidence "
                           "FROM applications a "
                           "JOIN candidates c ON c.id = a.candidate_id "
                           "JOIN interviews i ON i.application_id = a.id "
                           "JOIN scorecards k ON k.interview_id = i.id "
                           "JOIN ratings r ON r.scorecard_id = k.id "
                           "JOIN competencies co ON co.id = r.competency_id "
                           "JOIN people p ON p.id = i.interviewer_id "
                           "WHERE a.role_id = ?1 AND c.deleted_at IS NULL AND " IS_LATEST_SUBMITTED ("k") " "
                           "  AND (r.rating IS NOT NULL OR r.no_evidence = 1) "
                           "  AND (i.interviewer_id = ?2 OR NOT " VIEWER_IS_BLIND ("a.id") ") "
                           "ORDER BY c.name COLLATE NOCASE, a.id, co.position, co.id, p.name COLLATE NOCASE, i.id",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, role_id);
  sqlite3_bind_int64 (stmt, 2, viewer_person_id);
  rows = sl_store_collect_rows (self, stmt, role_rating_from_row, (GDestroyNotify) sl_role_rating_free,
                                _("Could not read the ratings"), error);
  if (rows == NULL || rows->len > 0)
    return g_steal_pointer (&rows);

  /* No rows: a role without ratings yet, or no role at all. */
  g_clear_pointer (&stmt, sl_stmt_release);
  role = sl_store_get_role (self, role_id, error);
  if (role == NULL)
    return NULL;

  return g_steal_pointer (&rows);
}

