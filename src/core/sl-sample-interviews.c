/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-sample"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "sl-sample-private.h"

/* The sample's interviews: four interviewers, two to each interview
 * stage, scorecards for the stages each candidate went through, one
 * interviewer who rates higher than the rest, one candidate the panel
 * disagrees about, drafts for the stage candidates are in, and the
 * committee's decisions at the end of the pipeline. */

/* The two who assess checklists interview too, with two more. */
static const char * const interviewers[SL_SAMPLE_N_INTERVIEWERS] = {
  "Jamie Chen", "Taylor Brooks", "Morgan Ellis", "Sam Whitfield",
};

/* Sam Whitfield rates a point higher than the rest of the panel, so that
 * calibration has an offset to find. */
#define LENIENT_INTERVIEWER 3

/* Who interviews in each interview stage, in the pipeline's order: two
 * each, as indexes into interviewers[]. The lenient interviewer shares
 * stages with two different colleagues. */
static const guint panels[][2] = {
  { 0, 2 }, { 1, 3 }, { 2, 3 }, { 0, 1 },
};

/* What an interviewer might note on a rating, whatever the rating. */
static const char * const rating_notes[] = {
  "Gave a specific example with clear outcomes",
  "Answer stayed general; follow-up questions added little",
  "Walked through the trade-offs clearly",
  "Relevant example, though small in scope",
  "Described the team’s work more than their own part",
  "Structured answer with measurable results",
};

/* An interviewer's takeaways, by overall recommendation. */
static const char * const takeaways[] = {
  [SL_RATING_STRONG_NO] = "Significant gaps in the areas this stage covers",
  [SL_RATING_NO] = "Some gaps; would need support in key areas",
  [SL_RATING_YES] = "Solid across the areas this stage covers",
  [SL_RATING_STRONG_YES] = "Consistently strong evidence in every area",
};

/* Small steps around a candidate's level, by competency. */
static const int rating_steps[] = { 0, 1, 0, -1, 0 };


void
sl_sample_scorecards_clear (SampleScorecards *scorecards)
{
  g_clear_pointer (&scorecards->focus, g_ptr_array_unref);
  g_clear_pointer (&scorecards->panels, g_array_unref);
}

/* The interviewers, who interviews in which stage, and what each
 * interview stage rates. */
gboolean
sl_sample_prepare_scorecards (SlStore          *self,
                              gint64            role_id,
                              SampleScorecards *scorecards,
                              gint64            now,
                              GError          **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  g_autoptr(GArray) interview_stages = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  scorecards->focus = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  scorecards->panels = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < G_N_ELEMENTS (interviewers); i++)
    {
      g_autofree char *local = g_ascii_strdown (interviewers[i], -1);
      g_autofree char *email = NULL;

      g_strdelimit (local, " ", '.');
      email = g_strdup_printf ("%s@example.com", local);

      stmt = sl_store_prepare (self, "INSERT INTO people (name, email, created_at) VALUES (?, ?, ?)", error);
      if (stmt == NULL)
        return FALSE;
      sl_stmt_bind_text (stmt, 1, interviewers[i]);
      sl_stmt_bind_text (stmt, 2, email);
      sqlite3_bind_int64 (stmt, 3, now);
      if (!sl_store_step_done (self, stmt, error))
        return FALSE;
      scorecards->person_ids[i] = sqlite3_last_insert_rowid (self->db);
      g_clear_pointer (&stmt, sl_stmt_release);
    }

  stmt = sl_store_prepare (self, "SELECT id, kind = 'interview' FROM stages WHERE role_id = ? ORDER BY position",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, role_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 stage_id = sqlite3_column_int64 (stmt, 0);
      guint panel = G_MAXUINT;

      if (sqlite3_column_int (stmt, 1))
        {
          panel = interview_stages->len % G_N_ELEMENTS (panels);
          g_array_append_val (interview_stages, stage_id);
        }
      g_array_append_val (scorecards->panels, panel);
    }
  if (rc != SQLITE_DONE)
    {
      sl_store_set_sqlite_error (self, error, rc, _("Could not read the stages"));
      return FALSE;
    }
  g_clear_pointer (&stmt, sl_stmt_release);

  for (guint p = 0, s = 0; p < scorecards->panels->len; p++)
    {
      guint panel = g_array_index (scorecards->panels, guint, p);
      g_autoptr(GArray) focus = NULL;
      gint64 stage_id;

      focus = g_array_new (FALSE, FALSE, sizeof (gint64));
      if (panel == G_MAXUINT)
        {
          g_ptr_array_add (scorecards->focus, g_steal_pointer (&focus));
          continue;
        }

      stage_id = g_array_index (interview_stages, gint64, s++);
      for (guint k = 0; k < G_N_ELEMENTS (panels[panel]); k++)
        {
          stmt = sl_store_prepare (self, "INSERT INTO stage_interviewers (stage_id, person_id) VALUES (?, ?)",
                                   error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, stage_id);
          sqlite3_bind_int64 (stmt, 2, scorecards->person_ids[panels[panel][k]]);
          if (!sl_store_step_done (self, stmt, error))
            return FALSE;
          g_clear_pointer (&stmt, sl_stmt_release);
        }

      stmt = sl_store_prepare (self,
                               "SELECT competency_id FROM stage_competencies WHERE stage_id = ? ORDER BY position",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, stage_id);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 competency_id = sqlite3_column_int64 (stmt, 0);

          g_array_append_val (focus, competency_id);
        }
      if (rc != SQLITE_DONE)
        {
          sl_store_set_sqlite_error (self, error, rc, _("Could not read the stage’s competencies"));
          return FALSE;
        }
      g_clear_pointer (&stmt, sl_stmt_release);

      g_ptr_array_add (scorecards->focus, g_steal_pointer (&focus));
    }

  return TRUE;
}

/* The rating interviewer @k of the panel gives competency @f of the stage
 * at @position: a step around the candidate's level, now and then a point
 * lower for one of them, and rarely nothing seen. */
static SlRating
sample_rating (guint    index,
               guint    position,
               guint    f,
               guint    k,
               gboolean lenient)
{
  int level = (index * 7) % 3 == 0 ? 2 : 3;
  int rating;

  if ((index + position + f + k) % 17 == 0)
    return SL_RATING_NO_EVIDENCE;

  rating = level + rating_steps[(index + f * 2) % G_N_ELEMENTS (rating_steps)];
  if ((index + position + f + k * 5) % 5 == 0)
    rating--;
  if (lenient)
    rating++;

  return (SlRating) CLAMP (rating, SL_RATING_STRONG_NO, SL_RATING_STRONG_YES);
}

static gboolean
insert_rating (SlStore   *self,
               gint64     scorecard_id,
               gint64     competency_id,
               SlRating   rating,
               guint      note,
               GError   **error)
{
  g_autoptr(SlStmt) stmt = NULL;

  stmt = sl_store_prepare (self,
                           "INSERT INTO ratings (scorecard_id, competency_id, rating, no_evidence, note) "
                           "VALUES (?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, scorecard_id);
  sqlite3_bind_int64 (stmt, 2, competency_id);
  if (sl_rating_is_score (rating))
    sqlite3_bind_int (stmt, 3, (int) rating);
  sqlite3_bind_int (stmt, 4, rating == SL_RATING_NO_EVIDENCE);
  sl_stmt_bind_text (stmt, 5, rating == SL_RATING_NO_EVIDENCE ? "Did not come up in the conversation"
                                                              : rating_notes[note % G_N_ELEMENTS (rating_notes)]);

  return sl_store_step_done (self, stmt, error);
}

/* One interview with its scorecard: submitted when @submitted, else a
 * draft half filled in; none at all when @scheduled is still to come. */
static gboolean
insert_interview (SlStore                *self,
                  const SampleScorecards *scorecards,
                  guint                   index,
                  gint64                  application_id,
                  gint64                  stage_id,
                  guint                   position,
                  guint                   k,
                  gint64                  scheduled,
                  gint64                  now,
                  gboolean                submitted,
                  int                     disputed_rating,
                  GError                **error)
{
  GArray *focus = g_ptr_array_index (scorecards->focus, position);
  guint panel = g_array_index (scorecards->panels, guint, position);
  guint interviewer = panels[panel][k];
  g_autoptr(SlStmt) stmt = NULL;
  gint64 interview_id;
  gint64 scorecard_id;
  guint n_rated = 0;
  int sum = 0;
  int overall;

  stmt = sl_store_prepare (self,
                           "INSERT INTO interviews (application_id, stage_id, interviewer_id, scheduled_at, "
                           "                        created_at) "
                           "VALUES (?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, application_id);
  sqlite3_bind_int64 (stmt, 2, stage_id);
  sqlite3_bind_int64 (stmt, 3, scorecards->person_ids[interviewer]);
  sqlite3_bind_int64 (stmt, 4, scheduled);
  sqlite3_bind_int64 (stmt, 5, MIN (scheduled, now) - 2 * 24 * 3600);
  if (!sl_store_step_done (self, stmt, error))
    return FALSE;
  interview_id = sqlite3_last_insert_rowid (self->db);
  g_clear_pointer (&stmt, sl_stmt_release);

  if (scheduled > now)
    return TRUE;

  stmt = sl_store_prepare (self,
                           "INSERT INTO scorecards (interview_id, version, status, created_at) VALUES (?, 1, 'draft', ?)",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, interview_id);
  sqlite3_bind_int64 (stmt, 2, scheduled + 3600);
  if (!sl_store_step_done (self, stmt, error))
    return FALSE;
  scorecard_id = sqlite3_last_insert_rowid (self->db);
  g_clear_pointer (&stmt, sl_stmt_release);

  for (guint f = 0; f < focus->len; f++)
    {
      SlRating rating;

      /* A draft is written from the top and left half way. */
      if (!submitted && f >= (focus->len + 1) / 2)
        break;

      rating = disputed_rating != 0
               ? (SlRating) disputed_rating
               : sample_rating (index, position, f, k, interviewer == LENIENT_INTERVIEWER);
      if (!insert_rating (self, scorecard_id, g_array_index (focus, gint64, f), rating, index + f + k, error))
        return FALSE;

      if (sl_rating_is_score (rating))
        {
          sum += (int) rating;
          n_rated++;
        }
    }

  if (!submitted)
    return TRUE;

  stmt = sl_store_prepare (self,
                           "UPDATE scorecards SET status = 'submitted', overall = ?, takeaways = ?, "
                           "  submitted_at = ? WHERE id = ?",
                           error);
  if (stmt == NULL)
    return FALSE;
  /* The overall recommendation is the rounded mean of the ratings; a
   * submitted scorecard always has one. */
  overall = n_rated > 0 ? (sum + (int) n_rated / 2) / (int) n_rated : SL_RATING_NO;
  overall = CLAMP (overall, SL_RATING_STRONG_NO, SL_RATING_STRONG_YES);
  sqlite3_bind_int (stmt, 1, overall);
  sl_stmt_bind_text (stmt, 2, takeaways[overall]);
  sqlite3_bind_int64 (stmt, 3, scheduled + 3 * 3600);
  sqlite3_bind_int64 (stmt, 4, scorecard_id);

  return sl_store_step_done (self, stmt, error);
}

/* Each interview stage a candidate went through has both its interviews,
 * with submitted scorecards; the stage a candidate is in has its
 * interviews planned, and the first two such candidates have one held,
 * with a draft. The first candidate past an interview stage split that
 * stage's panel: one rated everything a strong yes, the other a strong
 * no. Those at the offer or hired were decided on; the rejected left
 * after the screen and met no interviewer. */
gboolean
sl_sample_insert_scorecards (SlStore          *self,
                             SampleScorecards *scorecards,
                             const SamplePay  *pay,
                             GArray           *stage_ids,
                             guint             index,
                             gint64            application_id,
                             guint             stage_position,
                             gint64            created,
                             gint64            entered,
                             gint64            now,
                             GError          **error)
{
  if (stage_position == stage_ids->len - 1)
    return TRUE;

  for (guint p = 0; p <= stage_position && p < scorecards->panels->len; p++)
    {
      guint panel = g_array_index (scorecards->panels, guint, p);
      guint draft = G_MAXUINT;

      if (panel == G_MAXUINT)
        continue;

      if (p == stage_position && scorecards->n_drafts < 2)
        draft = scorecards->n_drafts++;

      for (guint k = 0; k < G_N_ELEMENTS (panels[panel]); k++)
        {
          gint64 scheduled;
          gboolean submitted = p < stage_position;
          int disputed_rating = 0;

          if (submitted)
            {
              /* A day into the stage, one interview after the other. */
              scheduled = created + (gint64) p * 3 * 24 * 3600 + 24 * 3600 + (gint64) k * 2 * 3600;
              if (!scorecards->disputed)
                disputed_rating = k == 0 ? SL_RATING_STRONG_YES : SL_RATING_STRONG_NO;
            }
          else if (k == draft)
            {
              /* Held this morning, written up since. */
              scheduled = now - 6 * 3600;
            }
          else
            {
              scheduled = now + (gint64) (1 + k + index % 3) * 24 * 3600;
            }

          if (!insert_interview (self, scorecards, index, application_id, g_array_index (stage_ids, gint64, p),
                                 p, k, scheduled, now, submitted, disputed_rating, error))
            return FALSE;
        }

      if (p < stage_position)
        scorecards->disputed = TRUE;
    }

  if (stage_position == pay->offer_position || stage_position == pay->hired_position)
    {
      g_autoptr(SlStmt) stmt = NULL;
      g_autoptr(GString) participants = g_string_new (NULL);

      for (guint i = 0; i < G_N_ELEMENTS (interviewers); i++)
        g_string_append_printf (participants, "%s%s", i > 0 ? ", " : "", interviewers[i]);

      stmt = sl_store_prepare (self,
                               "INSERT INTO decisions (application_id, decision, rationale, participants, "
                               "                       decided_at) VALUES (?, 'hire', ?, ?, ?)",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, application_id);
      sl_stmt_bind_text (stmt, 2, "Consistent evidence across the panel on the role’s key competencies");
      sl_stmt_bind_text (stmt, 3, participants->str);
      sqlite3_bind_int64 (stmt, 4, entered - 12 * 3600);
      if (!sl_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}
