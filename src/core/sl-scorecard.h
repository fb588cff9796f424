/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-scorecard.h: interviews, the scorecards interviewers fill in, and
 * the decisions a hiring committee takes on them */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A rating on the 4-point scale, or one of the two ways of not giving
 * one. The values 1 to 4 are the scale itself, as the database keeps it. */
typedef enum
{
  SL_RATING_NONE = 0,       /* not rated yet */
  SL_RATING_STRONG_NO = 1,
  SL_RATING_NO = 2,
  SL_RATING_YES = 3,
  SL_RATING_STRONG_YES = 4,
  SL_RATING_NO_EVIDENCE,    /* the interview did not show it either way */
} SlRating;

#define SL_N_RATINGS 6

/* Someone who interviews candidates. */
typedef struct
{
  gint64  id;
  char   *name;
  char   *email;   /* may be NULL */
} SlPerson;

/* How far the interviewer is with an interview's scorecard. */
typedef enum
{
  SL_SCORECARD_NOT_STARTED,
  SL_SCORECARD_DRAFT,       /* a first version, not submitted yet */
  SL_SCORECARD_SUBMITTED,   /* the latest version is submitted and locked */
  SL_SCORECARD_AMENDING,    /* a later version is open after a submission */
} SlScorecardState;

/* One interviewer meeting one candidate in one interview stage. */
typedef struct
{
  gint64  id;
  gint64  application_id;
  gint64  stage_id;
  char   *stage_name;
  gint64  interviewer_id;
  char   *interviewer_name;
  gint64  scheduled;         /* seconds since the epoch, 0 when not scheduled */
  SlScorecardState state;
  guint   version;           /* the scorecard's latest version, 0 when none */
} SlInterview;

/* One competency as one scorecard rates it. */
typedef struct
{
  gint64    competency_id;
  char     *competency_name;
  SlRating  rating;
  char     *note;              /* may be NULL */
} SlCompetencyRating;

/* One version of an interviewer's scorecard for one interview. A draft can
 * change; a submitted version never does, and an amendment is the next
 * version. */
typedef struct
{
  gint64      id;
  gint64      interview_id;
  guint       version;
  gboolean    submitted;
  SlRating    overall;           /* the recommendation; never NO_EVIDENCE */
  char       *takeaways;         /* may be NULL */
  gint64      created;           /* seconds since the epoch */
  gint64      submitted_at;      /* 0 while a draft */
  GPtrArray  *ratings;           /* SlCompetencyRating*, in the stage's focus order */
  char       *interviewer_name;
  gint64      interviewer_id;
} SlScorecard;

/* What a hiring committee decided about one application. */
typedef struct
{
  gint64    id;
  gint64    application_id;
  gboolean  hire;
  char     *rationale;      /* may be NULL */
  char     *participants;   /* who took part, as written; may be NULL */
  gint64    decided;        /* seconds since the epoch */
} SlDecision;

/* One submitted rating of one competency, for a role's heat map and its
 * statistics. */
typedef struct
{
  gint64    application_id;
  char     *candidate_name;
  gint64    competency_id;
  char     *competency_name;
  gint64    interviewer_id;
  char     *interviewer_name;
  SlRating  rating;          /* 1 to 4, or SL_RATING_NO_EVIDENCE */
} SlRoleRating;

const char          *sl_rating_get_label            (SlRating            rating);
gboolean             sl_rating_is_score             (SlRating            rating);

SlCompetencyRating  *sl_scorecard_find_rating       (SlScorecard        *scorecard,
                                                     gint64              competency_id);
void                 sl_scorecard_set_rating        (SlScorecard        *scorecard,
                                                     gint64              competency_id,
                                                     SlRating            rating,
                                                     const char         *note);

SlScorecard         *sl_scorecard_copy              (const SlScorecard  *scorecard);
char                *sl_scorecards_format_tally     (GPtrArray          *scorecards);

void                 sl_person_free                 (SlPerson           *person);
void                 sl_interview_free              (SlInterview        *interview);
void                 sl_competency_rating_free      (SlCompetencyRating *rating);
void                 sl_scorecard_free              (SlScorecard        *scorecard);
void                 sl_decision_free               (SlDecision         *decision);
void                 sl_role_rating_free            (SlRoleRating       *rating);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlPerson, sl_person_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlInterview, sl_interview_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlCompetencyRating, sl_competency_rating_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlScorecard, sl_scorecard_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlDecision, sl_decision_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlRoleRating, sl_role_rating_free)

G_END_DECLS
