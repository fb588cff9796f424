/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-scorecard.c: interviews, the scorecards interviewers fill in, and
 * the decisions a hiring committee takes on them */

#define G_LOG_DOMAIN "shortlist-scorecard"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-scorecard.h"

static const char * const rating_labels[] = {
  [SL_RATING_NONE] = N_("Not rated"),
  [SL_RATING_STRONG_NO] = N_("Strong no"),
  [SL_RATING_NO] = N_("No"),
  [SL_RATING_YES] = N_("Yes"),
  [SL_RATING_STRONG_YES] = N_("Strong yes"),
  [SL_RATING_NO_EVIDENCE] = N_("No evidence"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (rating_labels) == SL_N_RATINGS);

/* The name people read. */
const char *
sl_rating_get_label (SlRating rating)
{
  g_return_val_if_fail ((guint) rating < SL_N_RATINGS, NULL);

  return _(rating_labels[rating]);
}

/* Whether @rating is a point on the scale, 1 to 4, rather than no
 * rating at all. */
gboolean
sl_rating_is_score (SlRating rating)
{
  return rating >= SL_RATING_STRONG_NO && rating <= SL_RATING_STRONG_YES;
}

/**
 * sl_scorecard_find_rating:
 *
 * Returns: (transfer none) (nullable): the scorecard's rating of the
 *   competency, or %NULL when it has none
 */
SlCompetencyRating *
sl_scorecard_find_rating (SlScorecard *scorecard,
                          gint64       competency_id)
{
  g_return_val_if_fail (scorecard != NULL, NULL);

  for (guint i = 0; scorecard->ratings != NULL && i < scorecard->ratings->len; i++)
    {
      SlCompetencyRating *rating = g_ptr_array_index (scorecard->ratings, i);

      if (rating->competency_id == competency_id)
        return rating;
    }

  return NULL;
}

/**
 * sl_scorecard_set_rating:
 * @note: (nullable): what the interviewer saw
 *
 * Rates a competency in memory, adding it to the scorecard when it is not
 * there yet; sl_store_save_draft() keeps it.
 */
void
sl_scorecard_set_rating (SlScorecard *scorecard,
                         gint64       competency_id,
                         SlRating     rating,
                         const char  *note)
{
  SlCompetencyRating *entry;

  g_return_if_fail (scorecard != NULL);
  g_return_if_fail ((guint) rating < SL_N_RATINGS);

  entry = sl_scorecard_find_rating (scorecard, competency_id);
  if (entry == NULL)
    {
      if (scorecard->ratings == NULL)
        scorecard->ratings = g_ptr_array_new_with_free_func ((GDestroyNotify) sl_competency_rating_free);

      entry = g_new0 (SlCompetencyRating, 1);
      entry->competency_id = competency_id;
      g_ptr_array_add (scorecard->ratings, entry);
    }

  entry->rating = rating;
  g_free (entry->note);
  entry->note = g_strdup (note);
}

void
sl_person_free (SlPerson *person)
{
  if (person == NULL)
    return;

  g_free (person->name);
  g_free (person->email);
  g_free (person);
}

void
sl_interview_free (SlInterview *interview)
{
  if (interview == NULL)
    return;

  g_free (interview->stage_name);
  g_free (interview->interviewer_name);
  g_free (interview);
}

void
sl_competency_rating_free (SlCompetencyRating *rating)
{
  if (rating == NULL)
    return;

  g_free (rating->competency_name);
  g_free (rating->note);
  g_free (rating);
}

/**
 * sl_scorecards_format_tally:
 * @scorecards: (element-type SlScorecard): submitted scorecards
 *
 * The overall recommendations counted, the strongest first: "2 Strong
 * yes · 1 Yes · 1 No".
 *
 * Returns: (transfer full): the tally, or "No recommendations yet"
 */
char *
sl_scorecards_format_tally (GPtrArray *scorecards)
{
  guint counts[SL_N_RATINGS] = { 0 };
  g_autoptr(GString) tally = g_string_new (NULL);

  g_return_val_if_fail (scorecards != NULL, NULL);

  for (guint i = 0; i < scorecards->len; i++)
    {
      const SlScorecard *scorecard = g_ptr_array_index (scorecards, i);

      if (sl_rating_is_score (scorecard->overall))
        counts[scorecard->overall]++;
    }

  for (int rating = SL_RATING_STRONG_YES; rating >= SL_RATING_STRONG_NO; rating--)
    {
      if (counts[rating] == 0)
        continue;
      if (tally->len > 0)
        g_string_append (tally, " · ");
      /* Translators: how many interviewers recommended this, and the recommendation */
      g_string_append_printf (tally, C_("tally", "%u %s"), counts[rating], sl_rating_get_label (rating));
    }

  if (tally->len == 0)
    return g_strdup (_("No recommendations yet"));

  return g_string_free (g_steal_pointer (&tally), FALSE);
}

/**
 * sl_scorecard_copy:
 *
 * Returns: (transfer full): a copy of @scorecard, its ratings too
 */
SlScorecard *
sl_scorecard_copy (const SlScorecard *scorecard)
{
  SlScorecard *copy;

  g_return_val_if_fail (scorecard != NULL, NULL);

  copy = g_memdup2 (scorecard, sizeof *scorecard);
  copy->takeaways = g_strdup (scorecard->takeaways);
  copy->interviewer_name = g_strdup (scorecard->interviewer_name);
  copy->ratings = g_ptr_array_new_with_free_func ((GDestroyNotify) sl_competency_rating_free);

  for (guint i = 0; scorecard->ratings != NULL && i < scorecard->ratings->len; i++)
    {
      const SlCompetencyRating *rating = g_ptr_array_index (scorecard->ratings, i);
      SlCompetencyRating *entry = g_memdup2 (rating, sizeof *rating);

      entry->competency_name = g_strdup (rating->competency_name);
      entry->note = g_strdup (rating->note);
      g_ptr_array_add (copy->ratings, entry);
    }

  return copy;
}

void
sl_scorecard_free (SlScorecard *scorecard)
{
  if (scorecard == NULL)
    return;

  g_free (scorecard->takeaways);
  g_clear_pointer (&scorecard->ratings, g_ptr_array_unref);
  g_free (scorecard->interviewer_name);
  g_free (scorecard);
}

void
sl_decision_free (SlDecision *decision)
{
  if (decision == NULL)
    return;

  g_free (decision->rationale);
  g_free (decision->participants);
  g_free (decision);
}

void
sl_role_rating_free (SlRoleRating *rating)
{
  if (rating == NULL)
    return;

  g_free (rating->candidate_name);
  g_free (rating->competency_name);
  g_free (rating->interviewer_name);
  g_free (rating);
}
