/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include <string.h>

#include "sl-sample.h"
#include "sl-store.h"
#include "test-util.h"

/* A role from the built-in template, one candidate in it, and two
 * interviewers. */
typedef struct
{
  SlStore *store;
  gint64 role_id;
  gint64 application_id;
  gint64 interview_stages[4];   /* in the pipeline's order */
  gint64 screen_stage;
  gint64 alex;
  gint64 blair;
} Panel;

/* What SlStore::changed said last. */
typedef struct
{
  char *what;
  gint64 id;
  guint n;
} Changes;

static void
on_changed (SlStore    *store,
            const char *what,
            gint64      id,
            Changes    *changes)
{
  g_free (changes->what);
  changes->what = g_strdup (what);
  changes->id = id;
  changes->n++;
}

static void
changes_clear (Changes *changes)
{
  g_clear_pointer (&changes->what, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Changes, changes_clear)

static gint64
add_application (SlStore    *store,
                 gint64      role_id,
                 const char *name)
{
  g_autoptr(GError) error = NULL;
  gint64 application_id;

  application_id = sl_store_add_application (store, add_candidate (store, name, NULL), role_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (application_id, >, 0);

  return application_id;
}

static gint64
ensure_person (SlStore    *store,
               const char *name)
{
  g_autoptr(GError) error = NULL;
  gint64 person_id = sl_store_ensure_person (store, name, &error);

  g_assert_no_error (error);
  g_assert_cmpint (person_id, >, 0);

  return person_id;
}

static void
panel_set_up (Panel   *p,
              Fixture *f)
{
  g_autoptr(GListModel) stages = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  p->store = open_store (f);
  p->role_id = create_template_role (p->store, NULL);
  p->application_id = add_application (p->store, p->role_id, "Avery Lindqvist");

  stages = sl_store_list_stages (p->store, p->role_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(SlStage) stage = g_list_model_get_item (stages, i);

      if (sl_stage_get_kind (stage) == SL_STAGE_INTERVIEW && n < G_N_ELEMENTS (p->interview_stages))
        p->interview_stages[n++] = sl_stage_get_id (stage);
      else if (sl_stage_get_kind (stage) == SL_STAGE_SCREEN)
        p->screen_stage = sl_stage_get_id (stage);
    }
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpint (p->screen_stage, >, 0);

  p->alex = ensure_person (p->store, "Alex Example");
  p->blair = ensure_person (p->store, "Blair Example");
}

static void
panel_tear_down (Panel *p)
{
  g_clear_object (&p->store);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Panel, panel_tear_down)

static gint64
add_interview (Panel  *p,
               gint64  application_id,
               guint   stage,
               gint64  interviewer_id)
{
  g_autoptr(GError) error = NULL;
  gint64 interview_id;

  interview_id = sl_store_add_interview (p->store, application_id, p->interview_stages[stage], interviewer_id,
                                         1700000000, &error);
  g_assert_no_error (error);
  g_assert_cmpint (interview_id, >, 0);

  return interview_id;
}

static SlScorecard *
get_draft (Panel  *p,
           gint64  interview_id)
{
  g_autoptr(GError) error = NULL;
  SlScorecard *scorecard = sl_store_get_draft (p->store, interview_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (scorecard);

  return scorecard;
}

/* Rates every focus competency @rating, recommends @rating overall and
 * submits. */
static gint64
score_and_submit (Panel    *p,
                  gint64    interview_id,
                  SlRating  rating)
{
  g_autoptr(SlScorecard) draft = get_draft (p, interview_id);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < draft->ratings->len; i++)
    {
      SlCompetencyRating *entry = g_ptr_array_index (draft->ratings, i);

      sl_scorecard_set_rating (draft, entry->competency_id, rating, "Specific example");
    }
  draft->overall = rating;

  g_assert_true (sl_store_save_draft (p->store, draft, &error));
  g_assert_no_error (error);
  g_assert_true (sl_store_submit_scorecard (p->store, draft->id, &error));
  g_assert_no_error (error);

  return draft->id;
}

static GPtrArray *
list_scorecards (Panel    *p,
                 gint64    application_id,
                 gint64    viewer,
                 gboolean *hidden)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *scorecards;

  *hidden = -1;
  scorecards = sl_store_list_scorecards (p->store, application_id, viewer, hidden, &error);
  g_assert_no_error (error);
  g_assert_nonnull (scorecards);
  g_assert_true (*hidden == TRUE || *hidden == FALSE);

  return scorecards;
}

/* Whether @scorecards holds one by @interviewer_id. */
static gboolean
has_scorecard_by (GPtrArray *scorecards,
                  gint64     interviewer_id)
{
  for (guint i = 0; i < scorecards->len; i++)
    if (((SlScorecard *) g_ptr_array_index (scorecards, i))->interviewer_id == interviewer_id)
      return TRUE;

  return FALSE;
}

/* How many of the role's ratings of @application_id are by @interviewer_id,
 * as @viewer sees them. */
static guint
count_role_ratings (Panel  *p,
                    gint64  viewer,
                    gint64  application_id,
                    gint64  interviewer_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ratings = sl_store_list_role_ratings (p->store, p->role_id, viewer, &error);
  guint n = 0;

  g_assert_no_error (error);
  g_assert_nonnull (ratings);

  for (guint i = 0; i < ratings->len; i++)
    {
      SlRoleRating *rating = g_ptr_array_index (ratings, i);

      if (rating->application_id == application_id && rating->interviewer_id == interviewer_id)
        n++;
    }

  return n;
}

static void
assert_message_has (const GError *error,
                    const char   *needle)
{
  g_assert_nonnull (error);
  if (strstr (error->message, needle) == NULL)
    g_error ("“%s” does not say “%s”", error->message, needle);
}

/* The rows of a scorecard and its ratings, as text, to tell whether a
 * refused change left them alone. */
static char *
scorecard_dump (Fixture *f,
                gint64   scorecard_id)
{
  g_autofree char *sql = NULL;

  sql = g_strdup_printf ("SELECT (SELECT group_concat (version || status || coalesce (overall, '-') || "
                         "  coalesce (takeaways, '-') || coalesce (submitted_at, '-'), '|') "
                         "  FROM scorecards WHERE id = %" G_GINT64_FORMAT ") || ':' || "
                         "coalesce ((SELECT group_concat (competency_id || '=' || coalesce (rating, '-') || "
                         "  no_evidence || coalesce (note, '-'), '|') "
                         "  FROM ratings WHERE scorecard_id = %" G_GINT64_FORMAT "), '')",
                         scorecard_id, scorecard_id);

  return query_text (f->path, sql);
}

static void
test_labels (void)
{
  static const char * const labels[] = {
    "Not rated", "Strong no", "No", "Yes", "Strong yes", "No evidence",
  };

  for (guint i = 0; i < SL_N_RATINGS; i++)
    g_assert_cmpstr (sl_rating_get_label (i), ==, labels[i]);

  g_assert_false (sl_rating_is_score (SL_RATING_NONE));
  g_assert_true (sl_rating_is_score (SL_RATING_STRONG_NO));
  g_assert_true (sl_rating_is_score (SL_RATING_STRONG_YES));
  g_assert_false (sl_rating_is_score (SL_RATING_NO_EVIDENCE));
}

static void
test_people (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Changes) changes = { 0 };
  gint64 taylor;

  g_signal_connect (store, "changed", G_CALLBACK (on_changed), &changes);

  taylor = ensure_person (store, "  Taylor Brooks ");
  g_assert_cmpstr (changes.what, ==, "person");
  g_assert_cmpint (changes.id, ==, taylor);

  /* The same person again, in any case, adds nobody. */
  g_assert_cmpint (ensure_person (store, "taylor brooks"), ==, taylor);
  g_assert_cmpint (ensure_person (store, "Taylor Brooks"), ==, taylor);
  g_assert_cmpuint (changes.n, ==, 1);
  ensure_person (store, "Jamie Chen");

  g_assert_cmpint (sl_store_ensure_person (store, "   ", &error), ==, 0);
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  assert_message_has (error, "name");
  g_clear_error (&error);
  g_assert_cmpint (sl_store_ensure_person (store, NULL, &error), ==, 0);
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_clear_error (&error);

  people = sl_store_list_people (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (people->len, ==, 2);
  g_assert_cmpstr (((SlPerson *) g_ptr_array_index (people, 0))->name, ==, "Jamie Chen");
  g_assert_cmpstr (((SlPerson *) g_ptr_array_index (people, 1))->name, ==, "Taylor Brooks");

  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM audit_log WHERE action = 'person.add'"), ==, 2);
}

static void
test_stage_interviewers (Fixture       *f,
                         gconstpointer  data)
{
  g_auto(Panel) p = { 0 };
  g_autoptr(GPtrArray) interviewers = NULL;
  g_autoptr(GPtrArray) focus = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Changes) changes = { 0 };
  gint64 both[2];
  gint64 unknown[2];
  SlCompetency *first;

  panel_set_up (&p, f);
  g_signal_connect (p.store, "changed", G_CALLBACK (on_changed), &changes);

  both[0] = p.blair;
  both[1] = p.alex;
  g_assert_true (sl_store_set_stage_interviewers (p.store, p.interview_stages[0], both, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (changes.what, ==, "role");
  g_assert_cmpint (changes.id, ==, p.role_id);

  interviewers = sl_store_list_stage_interviewers (p.store, p.interview_stages[0], &error);
  g_assert_no_error (error);
  g_assert_cmpuint (interviewers->len, ==, 2);
  g_assert_cmpint (((SlPerson *) g_ptr_array_index (interviewers, 0))->id, ==, p.alex);
  g_assert_cmpint (((SlPerson *) g_ptr_array_index (interviewers, 1))->id, ==, p.blair);
  g_clear_pointer (&interviewers, g_ptr_array_unref);

  /* In place of those it had. */
  g_assert_true (sl_store_set_stage_interviewers (p.store, p.interview_stages[0], &p.blair, 1, &error));
  g_assert_no_error (error);
  interviewers = sl_store_list_stage_interviewers (p.store, p.interview_stages[0], &error);
  g_assert_no_error (error);
  g_assert_cmpuint (interviewers->len, ==, 1);
  g_assert_cmpstr (((SlPerson *) g_ptr_array_index (interviewers, 0))->name, ==, "Blair Example");
  g_clear_pointer (&interviewers, g_ptr_array_unref);

  /* Refused, and nothing changed: somebody unknown, a stage that is not
   * an interview, a stage that does not exist. */
  unknown[0] = p.alex;
  unknown[1] = 9999;
  g_assert_false (sl_store_set_stage_interviewers (p.store, p.interview_stages[0], unknown, 2, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  assert_message_has (error, "9999");
  g_clear_error (&error);

  g_assert_false (sl_store_set_stage_interviewers (p.store, p.screen_stage, both, 2, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  assert_message_has (error, "Recruiter screen");
  g_clear_error (&error);

  g_assert_null (sl_store_list_stage_interviewers (p.store, 9999, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM stage_interviewers"), ==, 1);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM audit_log WHERE action = 'stage.interviewers'"),
                   ==, 2);

  /* The hiring manager interview's focus, in the template's order. */
  focus = sl_store_list_stage_focus (p.store, p.interview_stages[0], &error);
  g_assert_no_error (error);
  g_assert_cmpuint (focus->len, ==, 5);
  first = g_ptr_array_index (focus, 0);
  g_assert_cmpstr (first->key, ==, "cross-functional-collaboration");
  g_assert_cmpstr (((SlCompetency *) g_ptr_array_index (focus, 4))->key, ==, "patience-and-tenacity");
  g_assert_cmpuint (g_strv_length (first->questions), ==, 2);
  g_clear_pointer (&focus, g_ptr_array_unref);

  focus = sl_store_list_stage_focus (p.store, p.screen_stage, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (focus->len, ==, 0);
}

static void
test_interviews (Fixture       *f,
                 gconstpointer  data)
{
  g_auto(Panel) p = { 0 };
  g_autoptr(GPtrArray) interviews = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Changes) changes = { 0 };
  SlInterview *interview;
  gint64 other_role;
  gint64 other_application;
  gint64 later;
  gint64 earlier;
  guint n_interviews;

  panel_set_up (&p, f);
  g_signal_connect (p.store, "changed", G_CALLBACK (on_changed), &changes);

  later = sl_store_add_interview (p.store, p.application_id, p.interview_stages[1], p.alex, 1700090000, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (changes.what, ==, "scorecard");
  g_assert_cmpint (changes.id, ==, p.application_id);
  earlier = sl_store_add_interview (p.store, p.application_id, p.interview_stages[0], p.blair, 0, &error);
  g_assert_no_error (error);

  interviews = sl_store_list_interviews (p.store, p.application_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (interviews->len, ==, 2);
  interview = g_ptr_array_index (interviews, 0);
  g_assert_cmpint (interview->id, ==, earlier);
  g_assert_cmpstr (interview->stage_name, ==, "Hiring manager interview");
  g_assert_cmpstr (interview->interviewer_name, ==, "Blair Example");
  g_assert_cmpint (interview->scheduled, ==, 0);
  interview = g_ptr_array_index (interviews, 1);
  g_assert_cmpint (interview->id, ==, later);
  g_assert_cmpstr (interview->stage_name, ==, "Technical deep dive");
  g_assert_cmpint (interview->scheduled, ==, 1700090000);
  g_assert_cmpint (interview->interviewer_id, ==, p.alex);

  n_interviews = changes.n;

  /* Not an interview stage; a stage of another role; nobody; no such
   * application. */
  g_assert_cmpint (sl_store_add_interview (p.store, p.application_id, p.screen_stage, p.alex, 0, &error), ==, 0);
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  assert_message_has (error, "not an interview stage");
  g_clear_error (&error);

  other_role = create_template_role (p.store, "Second role");
  other_application = add_application (p.store, other_role, "Jordan Okafor");
  n_interviews = changes.n;
  g_assert_cmpint (sl_store_add_interview (p.store, other_application, p.interview_stages[0], p.alex, 0, &error),
                   ==, 0);
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  assert_message_has (error, "Hiring manager interview");
  g_clear_error (&error);

  g_assert_cmpint (sl_store_add_interview (p.store, p.application_id, p.interview_stages[0], 9999, 0, &error),
                   ==, 0);
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpint (sl_store_add_interview (p.store, 9999, p.interview_stages[0], p.alex, 0, &error), ==, 0);
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpuint (changes.n, ==, n_interviews);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM interviews"), ==, 2);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM audit_log WHERE action = 'interview.add'"), ==, 2);
}

static void
test_lifecycle (Fixture       *f,
                gconstpointer  data)
{
  g_auto(Panel) p = { 0 };
  g_autoptr(SlScorecard) draft = NULL;
  g_autoptr(SlScorecard) again = NULL;
  g_autoptr(SlScorecard) locked = NULL;
  g_autoptr(SlScorecard) amendment = NULL;
  g_autoptr(GPtrArray) focus = NULL;
  g_autoptr(GPtrArray) scorecards = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Changes) changes = { 0 };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  SlCompetencyRating *entry;
  SlScorecard *listed;
  gint64 interview_id;
  gint64 amendment_id;
  gboolean hidden;

  panel_set_up (&p, f);
  interview_id = add_interview (&p, p.application_id, 0, p.alex);
  focus = sl_store_list_stage_focus (p.store, p.interview_stages[0], &error);
  g_assert_no_error (error);
  g_signal_connect (p.store, "changed", G_CALLBACK (on_changed), &changes);

  /* A first draft, with every focus competency in the stage's order and
   * none rated. */
  draft = get_draft (&p, interview_id);
  g_assert_cmpuint (draft->version, ==, 1);
  g_assert_false (draft->submitted);
  g_assert_cmpint (draft->overall, ==, SL_RATING_NONE);
  g_assert_cmpint (draft->interviewer_id, ==, p.alex);
  g_assert_cmpstr (draft->interviewer_name, ==, "Alex Example");
  g_assert_cmpint (draft->submitted_at, ==, 0);
  g_assert_cmpuint (draft->ratings->len, ==, focus->len);
  for (guint i = 0; i < focus->len; i++)
    {
      entry = g_ptr_array_index (draft->ratings, i);
      g_assert_cmpint (entry->competency_id, ==, ((SlCompetency *) g_ptr_array_index (focus, i))->id);
      g_assert_cmpstr (entry->competency_name, ==, ((SlCompetency *) g_ptr_array_index (focus, i))->name);
      g_assert_cmpint (entry->rating, ==, SL_RATING_NONE);
    }
  g_assert_cmpstr (changes.what, ==, "scorecard");
  g_assert_cmpint (changes.id, ==, p.application_id);

  /* Asking again gives the same draft. */
  again = get_draft (&p, interview_id);
  g_assert_cmpint (again->id, ==, draft->id);
  g_clear_pointer (&again, sl_scorecard_free);

  /* Saved: ratings, no evidence, a note, the takeaways. */
  sl_scorecard_set_rating (draft, ((SlCompetency *) g_ptr_array_index (focus, 0))->id, SL_RATING_YES,
                           "  Led a reorganisation across three teams ");
  sl_scorecard_set_rating (draft, ((SlCompetency *) g_ptr_array_index (focus, 1))->id, SL_RATING_NO_EVIDENCE,
                           NULL);
  sl_scorecard_set_rating (draft, ((SlCompetency *) g_ptr_array_index (focus, 2))->id, SL_RATING_STRONG_NO,
                           NULL);
  draft->takeaways = g_strdup ("Promising");
  g_assert_true (sl_store_save_draft (p.store, draft, &error));
  g_assert_no_error (error);

  again = get_draft (&p, interview_id);
  g_assert_cmpint (again->id, ==, draft->id);
  g_assert_cmpstr (again->takeaways, ==, "Promising");
  entry = g_ptr_array_index (again->ratings, 0);
  g_assert_cmpint (entry->rating, ==, SL_RATING_YES);
  g_assert_cmpstr (entry->note, ==, "Led a reorganisation across three teams");
  g_assert_cmpint (((SlCompetencyRating *) g_ptr_array_index (again->ratings, 1))->rating, ==,
                   SL_RATING_NO_EVIDENCE);
  g_assert_cmpint (((SlCompetencyRating *) g_ptr_array_index (again->ratings, 2))->rating, ==,
                   SL_RATING_STRONG_NO);
  g_assert_cmpint (((SlCompetencyRating *) g_ptr_array_index (again->ratings, 3))->rating, ==, SL_RATING_NONE);
  g_clear_pointer (&again, sl_scorecard_free);

  /* Changing a rating replaces it. */
  sl_scorecard_set_rating (draft, ((SlCompetency *) g_ptr_array_index (focus, 2))->id, SL_RATING_NO, NULL);
  draft->overall = SL_RATING_YES;
  g_assert_true (sl_store_save_draft (p.store, draft, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM ratings"), ==, 3);

  /* Nobody else sees a draft. */
  scorecards = list_scorecards (&p, p.application_id, 0, &hidden);
  g_assert_cmpuint (scorecards->len, ==, 0);
  g_clear_pointer (&scorecards, g_ptr_array_unref);

  g_assert_true (sl_store_submit_scorecard (p.store, draft->id, &error));
  g_assert_no_error (error);

  /* Locked: saving is refused, and nothing changed. */
  before = scorecard_dump (f, draft->id);
  sl_scorecard_set_rating (draft, ((SlCompetency *) g_ptr_array_index (focus, 0))->id, SL_RATING_STRONG_YES,
                           NULL);
  draft->overall = SL_RATING_STRONG_YES;
  g_assert_false (sl_store_save_draft (p.store, draft, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==, "A submitted scorecard is locked; amend it to change it");
  g_clear_error (&error);
  g_assert_false (sl_store_submit_scorecard (p.store, draft->id, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_CONSTRAINT);
  g_clear_error (&error);
  after = scorecard_dump (f, draft->id);
  g_assert_cmpstr (before, ==, after);

  /* The interview's scorecard is now that submitted version. */
  locked = get_draft (&p, interview_id);
  g_assert_cmpint (locked->id, ==, draft->id);
  g_assert_true (locked->submitted);
  g_assert_cmpint (locked->overall, ==, SL_RATING_YES);
  g_assert_cmpint (locked->submitted_at, >, 0);

  /* Amended: a second version, a draft with what the first said. */
  amendment_id = sl_store_amend_scorecard (p.store, draft->id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (amendment_id, >, draft->id);
  g_assert_cmpint (sl_store_amend_scorecard (p.store, draft->id, &error), ==, amendment_id);
  g_assert_no_error (error);

  amendment = get_draft (&p, interview_id);
  g_assert_cmpint (amendment->id, ==, amendment_id);
  g_assert_cmpuint (amendment->version, ==, 2);
  g_assert_false (amendment->submitted);
  g_assert_cmpint (amendment->overall, ==, SL_RATING_YES);
  g_assert_cmpstr (amendment->takeaways, ==, "Promising");
  g_assert_cmpint (((SlCompetencyRating *) g_ptr_array_index (amendment->ratings, 0))->rating, ==,
                   SL_RATING_YES);

  /* While it is open, the first version is still what others see. */
  scorecards = list_scorecards (&p, p.application_id, 0, &hidden);
  g_assert_cmpuint (scorecards->len, ==, 1);
  g_assert_cmpuint (((SlScorecard *) g_ptr_array_index (scorecards, 0))->version, ==, 1);
  g_clear_pointer (&scorecards, g_ptr_array_unref);

  sl_scorecard_set_rating (amendment, ((SlCompetency *) g_ptr_array_index (focus, 0))->id, SL_RATING_STRONG_YES,
                           "On reflection, the strongest answer of the day");
  amendment->overall = SL_RATING_STRONG_YES;
  g_assert_true (sl_store_save_draft (p.store, amendment, &error));
  g_assert_no_error (error);
  g_assert_true (sl_store_submit_scorecard (p.store, amendment_id, &error));
  g_assert_no_error (error);

  /* The first version is kept as it was. */
  after = (g_free (after), scorecard_dump (f, draft->id));
  g_assert_cmpstr (before, ==, after);

  scorecards = list_scorecards (&p, p.application_id, p.alex, &hidden);
  g_assert_false (hidden);
  g_assert_cmpuint (scorecards->len, ==, 1);
  listed = g_ptr_array_index (scorecards, 0);
  g_assert_cmpint (listed->id, ==, amendment_id);
  g_assert_cmpuint (listed->version, ==, 2);
  g_assert_true (listed->submitted);
  g_assert_cmpint (listed->overall, ==, SL_RATING_STRONG_YES);
  g_assert_cmpint (((SlCompetencyRating *) g_ptr_array_index (listed->ratings, 0))->rating, ==,
                   SL_RATING_STRONG_YES);
  g_assert_cmpint (((SlCompetencyRating *) g_ptr_array_index (listed->ratings, 1))->rating, ==,
                   SL_RATING_NO_EVIDENCE);

  /* Every step is in the audit log. */
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM audit_log WHERE action = 'scorecard.draft'"), ==, 1);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM audit_log WHERE action = 'scorecard.save'"), ==, 3);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM audit_log WHERE action = 'scorecard.submit'"), ==, 2);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM audit_log WHERE action = 'scorecard.amend'"), ==, 1);
  g_assert_cmpint (query_int (f->path, "SELECT entity_id FROM audit_log WHERE action = 'scorecard.amend'"),
                   ==, amendment_id);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM scorecards"), ==, 2);
}

static SlScorecardState
interview_state (Panel  *p,
                 gint64  interview_id,
                 guint  *version)
{
  g_autoptr(GPtrArray) interviews = NULL;
  g_autoptr(GError) error = NULL;

  interviews = sl_store_list_interviews (p->store, p->application_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < interviews->len; i++)
    {
      const SlInterview *interview = g_ptr_array_index (interviews, i);

      if (interview->id == interview_id)
        {
          *version = interview->version;
          return interview->state;
        }
    }

  g_assert_not_reached ();
}

/* How far each interview's scorecard is, as the list of interviews says;
 * the person the store acts for; a scorecard copied; the recommendations
 * counted. */
static void
test_states (Fixture       *f,
             gconstpointer  data)
{
  g_auto(Panel) p = { 0 };
  g_autoptr(SlScorecard) draft = NULL;
  g_autoptr(SlScorecard) copy = NULL;
  g_autoptr(GPtrArray) scorecards = NULL;
  g_autoptr(GPtrArray) empty = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *tally = NULL;
  g_autofree char *none = NULL;
  gint64 interview_id;
  gint64 other_id;
  gboolean hidden;
  guint version = 99;

  panel_set_up (&p, f);
  interview_id = add_interview (&p, p.application_id, 0, p.alex);
  other_id = add_interview (&p, p.application_id, 0, p.blair);

  g_assert_cmpint (interview_state (&p, interview_id, &version), ==, SL_SCORECARD_NOT_STARTED);
  g_assert_cmpuint (version, ==, 0);

  draft = get_draft (&p, interview_id);
  g_assert_cmpint (interview_state (&p, interview_id, &version), ==, SL_SCORECARD_DRAFT);
  g_assert_cmpuint (version, ==, 1);
  g_clear_pointer (&draft, sl_scorecard_free);

  score_and_submit (&p, interview_id, SL_RATING_STRONG_YES);
  g_assert_cmpint (interview_state (&p, interview_id, &version), ==, SL_SCORECARD_SUBMITTED);
  g_assert_cmpuint (version, ==, 1);

  draft = get_draft (&p, interview_id);
  g_assert_cmpint (sl_store_amend_scorecard (p.store, draft->id, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (interview_state (&p, interview_id, &version), ==, SL_SCORECARD_AMENDING);
  g_assert_cmpuint (version, ==, 2);
  g_assert_cmpint (interview_state (&p, other_id, &version), ==, SL_SCORECARD_NOT_STARTED);

  /* The actor is a person only when they interview; names match as the
   * store matches them. */
  sl_store_set_actor (p.store, NULL);
  g_assert_cmpint (sl_store_get_actor_person (p.store), ==, 0);
  sl_store_set_actor (p.store, "Priya Natarajan");
  g_assert_cmpint (sl_store_get_actor_person (p.store), ==, 0);
  sl_store_set_actor (p.store, "  blair example ");
  g_assert_cmpint (sl_store_get_actor_person (p.store), ==, p.blair);

  /* A copy owns its ratings. */
  copy = sl_scorecard_copy (draft);
  g_clear_pointer (&draft, sl_scorecard_free);
  g_assert_cmpuint (copy->version, ==, 1);
  g_assert_cmpuint (copy->ratings->len, >, 0);
  g_assert_cmpint (((SlCompetencyRating *) g_ptr_array_index (copy->ratings, 0))->rating, ==, SL_RATING_STRONG_YES);
  g_assert_cmpstr (copy->interviewer_name, ==, "Alex Example");

  score_and_submit (&p, other_id, SL_RATING_NO);
  scorecards = sl_store_list_scorecards (p.store, p.application_id, 0, &hidden, &error);
  g_assert_no_error (error);
  tally = sl_scorecards_format_tally (scorecards);
  g_assert_cmpstr (tally, ==, "1 Strong yes · 1 No");
  none = sl_scorecards_format_tally (empty);
  g_assert_cmpstr (none, ==, "No recommendations yet");
}

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_auto(Panel) p = { 0 };
  g_autoptr(SlScorecard) draft = NULL;
  g_autoptr(GPtrArray) focus = NULL;
  g_autoptr(GPtrArray) other_focus = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  SlCompetency *outside = NULL;
  gint64 interview_id;

  panel_set_up (&p, f);
  interview_id = add_interview (&p, p.application_id, 0, p.alex);
  focus = sl_store_list_stage_focus (p.store, p.interview_stages[0], &error);
  g_assert_no_error (error);
  other_focus = sl_store_list_stage_focus (p.store, p.interview_stages[2], &error);
  g_assert_no_error (error);

  /* A competency of the leadership panel that the hiring manager
   * interview does not rate. */
  for (guint i = 0; i < other_focus->len && outside == NULL; i++)
    {
      SlCompetency *c = g_ptr_array_index (other_focus, i);

      outside = c;
      for (guint j = 0; j < focus->len; j++)
        if (((SlCompetency *) g_ptr_array_index (focus, j))->id == c->id)
          outside = NULL;
    }
  g_assert_nonnull (outside);

  draft = get_draft (&p, interview_id);
  sl_scorecard_set_rating (draft, ((SlCompetency *) g_ptr_array_index (focus, 0))->id, SL_RATING_YES, "Fine");
  g_assert_true (sl_store_save_draft (p.store, draft, &error));
  g_assert_no_error (error);
  before = scorecard_dump (f, draft->id);

  /* Without an overall recommendation it cannot be submitted. */
  g_assert_false (sl_store_submit_scorecard (p.store, draft->id, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  assert_message_has (error, "overall recommendation");
  g_clear_error (&error);

  /* Outside the stage's focus: refused by name, nothing saved. */
  sl_scorecard_set_rating (draft, ((SlCompetency *) g_ptr_array_index (focus, 1))->id, SL_RATING_NO, NULL);
  sl_scorecard_set_rating (draft, outside->id, SL_RATING_STRONG_YES, NULL);
  g_assert_false (sl_store_save_draft (p.store, draft, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  assert_message_has (error, outside->name);
  assert_message_has (error, "Hiring manager interview");
  g_clear_error (&error);
  after = scorecard_dump (f, draft->id);
  g_assert_cmpstr (before, ==, after);
  g_ptr_array_remove_index (draft->ratings, draft->ratings->len - 1);

  /* No such competency. */
  sl_scorecard_set_rating (draft, 99999, SL_RATING_YES, NULL);
  g_assert_false (sl_store_save_draft (p.store, draft, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_ptr_array_remove_index (draft->ratings, draft->ratings->len - 1);

  /* "No evidence" is not a recommendation. */
  draft->overall = SL_RATING_NO_EVIDENCE;
  g_assert_false (sl_store_save_draft (p.store, draft, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  assert_message_has (error, "overall recommendation");
  g_clear_error (&error);
  draft->overall = SL_RATING_NONE;

  /* A note too long, named by its competency. */
  {
    g_autofree char *long_note = g_strnfill (2001, 'x');
    SlCompetency *first = g_ptr_array_index (focus, 0);

    sl_scorecard_set_rating (draft, first->id, SL_RATING_YES, long_note);
    g_assert_false (sl_store_save_draft (p.store, draft, &error));
    g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
    assert_message_has (error, first->name);
    g_clear_error (&error);
  }

  after = (g_free (after), scorecard_dump (f, draft->id));
  g_assert_cmpstr (before, ==, after);

  /* No such scorecard or interview; a draft cannot be amended. */
  g_assert_false (sl_store_submit_scorecard (p.store, 9999, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (sl_store_get_draft (p.store, 9999, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (sl_store_amend_scorecard (p.store, draft->id, &error), ==, 0);
  g_assert_error (error, SL_ERROR, SL_ERROR_CONSTRAINT);
  g_clear_error (&error);

  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM scorecards"), ==, 1);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM audit_log WHERE action = 'scorecard.save'"), ==, 1);
}

static void
test_blindness (Fixture       *f,
                gconstpointer  data)
{
  g_auto(Panel) p = { 0 };
  g_autoptr(GPtrArray) scorecards = NULL;
  g_autoptr(SlScorecard) draft = NULL;
  g_autoptr(GError) error = NULL;
  gboolean hidden;
  gint64 alex_interview;
  gint64 alex_scorecard;
  gint64 blair_interview;
  gint64 other_application;
  gint64 casey;

  panel_set_up (&p, f);
  casey = ensure_person (p.store, "Casey Example");
  other_application = add_application (p.store, p.role_id, "Jordan Okafor");

  /* Alex and Blair both interview the candidate; Blair submits first,
   * Alex has only a draft. Elsewhere Blair has scored another candidate
   * whom Alex never met. */
  alex_interview = add_interview (&p, p.application_id, 0, p.alex);
  blair_interview = add_interview (&p, p.application_id, 0, p.blair);
  score_and_submit (&p, blair_interview, SL_RATING_STRONG_YES);
  score_and_submit (&p, add_interview (&p, other_application, 0, p.blair), SL_RATING_NO);

  /* Alex has not even started: still blind. */
  scorecards = list_scorecards (&p, p.application_id, p.alex, &hidden);
  g_assert_true (hidden);
  g_assert_cmpuint (scorecards->len, ==, 0);
  g_clear_pointer (&scorecards, g_ptr_array_unref);

  draft = get_draft (&p, alex_interview);
  sl_scorecard_set_rating (draft, ((SlCompetencyRating *) g_ptr_array_index (draft->ratings, 0))->competency_id,
                           SL_RATING_NO, "Draft thoughts");
  draft->overall = SL_RATING_NO;
  g_assert_true (sl_store_save_draft (p.store, draft, &error));
  g_assert_no_error (error);
  alex_scorecard = draft->id;

  scorecards = list_scorecards (&p, p.application_id, p.alex, &hidden);
  g_assert_true (hidden);
  g_assert_false (has_scorecard_by (scorecards, p.blair));
  g_assert_cmpuint (scorecards->len, ==, 0);
  g_clear_pointer (&scorecards, g_ptr_array_unref);

  /* Blindness is per candidate: the other one is open to Alex. */
  scorecards = list_scorecards (&p, other_application, p.alex, &hidden);
  g_assert_false (hidden);
  g_assert_cmpuint (scorecards->len, ==, 1);
  g_clear_pointer (&scorecards, g_ptr_array_unref);

  /* Blair submitted, and sees what was submitted, never Alex's draft;
   * so do a committee and someone who did not interview. */
  scorecards = list_scorecards (&p, p.application_id, p.blair, &hidden);
  g_assert_false (hidden);
  g_assert_cmpuint (scorecards->len, ==, 1);
  g_assert_true (has_scorecard_by (scorecards, p.blair));
  g_assert_false (has_scorecard_by (scorecards, p.alex));
  g_clear_pointer (&scorecards, g_ptr_array_unref);

  scorecards = list_scorecards (&p, p.application_id, 0, &hidden);
  g_assert_false (hidden);
  g_assert_cmpuint (scorecards->len, ==, 1);
  g_assert_false (has_scorecard_by (scorecards, p.alex));
  g_clear_pointer (&scorecards, g_ptr_array_unref);

  scorecards = list_scorecards (&p, p.application_id, casey, &hidden);
  g_assert_false (hidden);
  g_assert_cmpuint (scorecards->len, ==, 1);
  g_clear_pointer (&scorecards, g_ptr_array_unref);

  /* The role's ratings follow the same rule. */
  g_assert_cmpuint (count_role_ratings (&p, p.alex, p.application_id, p.blair), ==, 0);
  g_assert_cmpuint (count_role_ratings (&p, p.alex, p.application_id, p.alex), ==, 0);
  g_assert_cmpuint (count_role_ratings (&p, p.alex, other_application, p.blair), ==, 5);
  g_assert_cmpuint (count_role_ratings (&p, p.blair, p.application_id, p.blair), ==, 5);
  g_assert_cmpuint (count_role_ratings (&p, p.blair, p.application_id, p.alex), ==, 0);
  g_assert_cmpuint (count_role_ratings (&p, 0, p.application_id, p.blair), ==, 5);
  g_assert_cmpuint (count_role_ratings (&p, 0, p.application_id, p.alex), ==, 0);

  /* Alex submits and sees everyone's. */
  g_assert_true (sl_store_submit_scorecard (p.store, alex_scorecard, &error));
  g_assert_no_error (error);

  scorecards = list_scorecards (&p, p.application_id, p.alex, &hidden);
  g_assert_false (hidden);
  g_assert_cmpuint (scorecards->len, ==, 2);
  g_assert_true (has_scorecard_by (scorecards, p.alex));
  g_assert_true (has_scorecard_by (scorecards, p.blair));
  g_clear_pointer (&scorecards, g_ptr_array_unref);

  g_assert_cmpuint (count_role_ratings (&p, p.alex, p.application_id, p.blair), ==, 5);
  g_assert_cmpuint (count_role_ratings (&p, p.alex, p.application_id, p.alex), ==, 1);
  g_assert_cmpuint (count_role_ratings (&p, p.blair, p.application_id, p.alex), ==, 1);

  /* Amending does not make Alex blind again: the scores were seen. */
  g_assert_cmpint (sl_store_amend_scorecard (p.store, alex_scorecard, &error), >, 0);
  g_assert_no_error (error);
  scorecards = list_scorecards (&p, p.application_id, p.alex, &hidden);
  g_assert_false (hidden);
  g_assert_cmpuint (scorecards->len, ==, 2);
  g_clear_pointer (&scorecards, g_ptr_array_unref);

  /* A second interview for Alex, in a later stage, blinds Alex again
   * until that one is in too; Alex still sees their own. */
  add_interview (&p, p.application_id, 1, p.alex);
  scorecards = list_scorecards (&p, p.application_id, p.alex, &hidden);
  g_assert_true (hidden);
  g_assert_cmpuint (scorecards->len, ==, 1);
  g_assert_true (has_scorecard_by (scorecards, p.alex));
  g_clear_pointer (&scorecards, g_ptr_array_unref);
  g_assert_cmpuint (count_role_ratings (&p, p.alex, p.application_id, p.blair), ==, 0);
  g_assert_cmpuint (count_role_ratings (&p, p.alex, p.application_id, p.alex), ==, 1);

  /* No such application or role. */
  g_assert_null (sl_store_list_scorecards (p.store, 9999, 0, NULL, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (sl_store_list_role_ratings (p.store, 9999, 0, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
}

static void
test_decisions (Fixture       *f,
                gconstpointer  data)
{
  g_auto(Panel) p = { 0 };
  g_autoptr(GPtrArray) decisions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *long_rationale = g_strnfill (10001, 'x');
  g_auto(Changes) changes = { 0 };
  SlDecision *decision;
  gint64 first;
  gint64 second;

  panel_set_up (&p, f);
  g_signal_connect (p.store, "changed", G_CALLBACK (on_changed), &changes);

  first = sl_store_record_decision (p.store, p.application_id, FALSE, "Wait for the last interview",
                                    "Alex Example, Blair Example", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (changes.what, ==, "scorecard");
  g_assert_cmpint (changes.id, ==, p.application_id);
  second = sl_store_record_decision (p.store, p.application_id, TRUE, "  Strong across the panel ", NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpint (sl_store_record_decision (p.store, p.application_id, TRUE, long_rationale, NULL, &error), ==, 0);
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  assert_message_has (error, "rationale");
  g_clear_error (&error);
  g_assert_cmpint (sl_store_record_decision (p.store, 9999, TRUE, NULL, NULL, &error), ==, 0);
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  decisions = sl_store_list_decisions (p.store, p.application_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (decisions->len, ==, 2);
  decision = g_ptr_array_index (decisions, 0);
  g_assert_cmpint (decision->id, ==, second);
  g_assert_true (decision->hire);
  g_assert_cmpstr (decision->rationale, ==, "Strong across the panel");
  g_assert_null (decision->participants);
  g_assert_cmpint (decision->decided, >, 0);
  decision = g_ptr_array_index (decisions, 1);
  g_assert_cmpint (decision->id, ==, first);
  g_assert_false (decision->hire);
  g_assert_cmpstr (decision->participants, ==, "Alex Example, Blair Example");

  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM audit_log WHERE action = 'decision.record'"), ==, 2);
}

/* The sample's interviewers rate alike, but for one who rates a point
 * higher; and one candidate split the panel. */
static void
test_sample (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(GListModel) roles = NULL;
  g_autoptr(SlRole) role = NULL;
  g_autoptr(GPtrArray) ratings = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GPtrArray) scorecards = NULL;
  g_autoptr(GHashTable) extremes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  gint64 lenient = 0;
  gint64 draft_application;
  gint64 draft_author;
  double lenient_sum = 0, others_sum = 0;
  guint lenient_n = 0, others_n = 0;
  guint n_disputed = 0;
  gboolean hidden;

  g_assert_true (sl_sample_populate (store, 40, &error));
  g_assert_no_error (error);

  roles = sl_store_list_roles (store, &error);
  g_assert_no_error (error);
  role = g_list_model_get_item (roles, 0);

  people = sl_store_list_people (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (people->len, ==, 4);
  for (guint i = 0; i < people->len; i++)
    if (g_strcmp0 (((SlPerson *) g_ptr_array_index (people, i))->name, "Sam Whitfield") == 0)
      lenient = ((SlPerson *) g_ptr_array_index (people, i))->id;
  g_assert_cmpint (lenient, >, 0);

  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM stage_interviewers"), ==, 8);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM scorecards WHERE status = 'draft'"), ==, 2);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM scorecards WHERE status = 'submitted'"), >, 40);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM ratings WHERE note IS NULL"), ==, 0);

  ratings = sl_store_list_role_ratings (store, sl_role_get_id (role), 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ratings->len, >, 200);

  for (guint i = 0; i < ratings->len; i++)
    {
      SlRoleRating *rating = g_ptr_array_index (ratings, i);
      g_autofree char *key = NULL;
      guint seen;

      if (!sl_rating_is_score (rating->rating))
        continue;

      if (rating->interviewer_id == lenient)
        {
          lenient_sum += rating->rating;
          lenient_n++;
        }
      else
        {
          others_sum += rating->rating;
          others_n++;
        }

      /* Which extremes each candidate got on each competency: 1 for a
       * strong no, 2 for a strong yes. */
      if (rating->rating != SL_RATING_STRONG_NO && rating->rating != SL_RATING_STRONG_YES)
        continue;
      key = g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT, rating->application_id,
                             rating->competency_id);
      seen = GPOINTER_TO_UINT (g_hash_table_lookup (extremes, key));
      seen |= rating->rating == SL_RATING_STRONG_NO ? 1 : 2;
      if (seen == 3 && GPOINTER_TO_UINT (g_hash_table_lookup (extremes, key)) != 3)
        n_disputed++;
      g_hash_table_insert (extremes, g_steal_pointer (&key), GUINT_TO_POINTER (seen));
    }

  g_assert_cmpuint (lenient_n, >, 20);
  g_assert_cmpuint (others_n, >, 60);
  if (lenient_sum / lenient_n - others_sum / others_n < 0.6)
    g_error ("the lenient interviewer averages %.2f, the others %.2f",
             lenient_sum / lenient_n, others_sum / others_n);

  /* One candidate got a strong no and a strong yes on every competency of
   * a stage. */
  g_assert_cmpuint (n_disputed, >=, 5);
  g_assert_cmpint (query_int (f->path,
                              "SELECT count(DISTINCT i.application_id) FROM interviews i "
                              "JOIN scorecards k ON k.interview_id = i.id "
                              "JOIN scorecards l ON l.id <> k.id "
                              "JOIN interviews j ON j.id = l.interview_id "
                              "  AND j.application_id = i.application_id AND j.stage_id = i.stage_id "
                              "WHERE k.overall = 1 AND l.overall = 4 "
                              "  AND NOT EXISTS (SELECT 1 FROM ratings r WHERE r.scorecard_id = k.id "
                              "                    AND r.rating IS NOT 1) "
                              "  AND NOT EXISTS (SELECT 1 FROM ratings r WHERE r.scorecard_id = l.id "
                              "                    AND r.rating IS NOT 4)"),
                   ==, 1);

  /* Whoever has a draft is blind for that candidate, and nobody sees the
   * draft. */
  draft_application = query_int (f->path,
                                 "SELECT i.application_id FROM scorecards k "
                                 "JOIN interviews i ON i.id = k.interview_id "
                                 "WHERE k.status = 'draft' ORDER BY k.id LIMIT 1");
  draft_author = query_int (f->path,
                            "SELECT i.interviewer_id FROM scorecards k "
                            "JOIN interviews i ON i.id = k.interview_id "
                            "WHERE k.status = 'draft' ORDER BY k.id LIMIT 1");
  scorecards = sl_store_list_scorecards (store, draft_application, draft_author, &hidden, &error);
  g_assert_no_error (error);
  g_assert_true (hidden);
  g_clear_pointer (&scorecards, g_ptr_array_unref);

  scorecards = sl_store_list_scorecards (store, draft_application, 0, &hidden, &error);
  g_assert_no_error (error);
  g_assert_false (hidden);
  for (guint i = 0; i < scorecards->len; i++)
    g_assert_true (((SlScorecard *) g_ptr_array_index (scorecards, i))->submitted);
}

static SlApplication *
stage_item (Panel  *p,
            gint64  stage_id,
            gint64  viewer,
            guint   position)
{
  g_autoptr(GListModel) list = sl_store_list_stage_applications (p->store, p->role_id, stage_id, viewer);

  return g_list_model_get_item (list, position);
}

/* A stage of the board: its candidates, each with the mean of the overall
 * recommendations submitted, hidden from who has their own to submit. */
static void
test_stage_list (Fixture       *f,
                 gconstpointer  data)
{
  g_auto(Panel) p = { 0 };
  g_autoptr(SlApplication) item = NULL;
  g_autoptr(GListModel) stage = NULL;
  g_autoptr(GError) error = NULL;
  gint64 alex_interview;
  gint64 other;

  panel_set_up (&p, f);
  other = add_application (p.store, p.role_id, "Blake Okafor");
  g_assert_true (sl_store_move_application (p.store, p.application_id, p.interview_stages[0], &error));

  stage = sl_store_list_stage_applications (p.store, p.role_id, p.interview_stages[0], p.alex);
  g_assert_cmpuint (g_list_model_get_n_items (stage), ==, 1);
  item = g_list_model_get_item (stage, 0);
  g_assert_cmpint (sl_application_get_id (item), ==, p.application_id);
  g_assert_true (isnan (sl_application_get_mean_score (item)));
  g_clear_object (&item);

  /* The model follows the store. */
  g_assert_true (sl_store_move_application (p.store, other, p.interview_stages[0], &error));
  g_assert_cmpuint (g_list_model_get_n_items (stage), ==, 2);

  /* Blair submits Yes, Alex has a draft: Alex sees no score yet. */
  score_and_submit (&p, add_interview (&p, p.application_id, 0, p.blair), SL_RATING_YES);
  alex_interview = add_interview (&p, p.application_id, 0, p.alex);
  item = stage_item (&p, p.interview_stages[0], p.alex, 0);
  g_assert_cmpfloat (sl_application_get_mean_score (item), ==, -1);
  g_clear_object (&item);
  item = stage_item (&p, p.interview_stages[0], p.blair, 0);
  g_assert_cmpfloat (sl_application_get_mean_score (item), ==, SL_RATING_YES);
  g_clear_object (&item);

  /* Once Alex submits Strong yes, the mean is theirs to see. */
  score_and_submit (&p, alex_interview, SL_RATING_STRONG_YES);
  item = stage_item (&p, p.interview_stages[0], p.alex, 0);
  g_assert_cmpfloat (sl_application_get_mean_score (item), ==, 3.5);
}

static gint64
rejected_stage (Panel *p)
{
  g_autoptr(GListModel) stages = sl_store_list_stages (p->store, p->role_id, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(SlStage) stage = g_list_model_get_item (stages, i);

      if (sl_stage_get_kind (stage) == SL_STAGE_REJECTED)
        return sl_stage_get_id (stage);
    }

  g_assert_not_reached ();
}

static void
test_reject (Fixture       *f,
             gconstpointer  data)
{
  g_auto(Panel) p = { 0 };
  g_autoptr(SlApplication) item = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autofree char *too_long = g_strnfill (SL_REJECTION_REASON_MAX + 1, 'x');
  gint64 rejected;

  panel_set_up (&p, f);
  rejected = rejected_stage (&p);

  /* No reason, a reason too long, or a stage that is not a rejection:
   * refused, and nothing moves. */
  g_assert_false (sl_store_reject_application (p.store, p.application_id, rejected, "  ", &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Give a reason for the rejection");
  g_clear_error (&error);
  g_assert_false (sl_store_reject_application (p.store, p.application_id, rejected, too_long, &error));
  g_assert_cmpstr (error->message, ==, "The reason is longer than 1000 characters");
  g_clear_error (&error);
  g_assert_false (sl_store_reject_application (p.store, p.application_id, p.screen_stage, "Too junior", &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_clear_error (&error);
  item = sl_store_get_application (p.store, p.application_id, &error);
  g_assert_cmpint (sl_application_get_stage_kind (item), ==, SL_STAGE_APPLIED);
  g_clear_object (&item);

  g_assert_true (sl_store_reject_application (p.store, p.application_id, rejected, " Wants a hands-on role ", &error));
  g_assert_no_error (error);
  item = stage_item (&p, rejected, 0, 0);
  g_assert_cmpstr (sl_application_get_rejection_reason (item), ==, "Wants a hands-on role");
  g_clear_object (&item);

  /* Taken back, the candidate loses the reason; the history keeps both moves. */
  g_assert_true (sl_store_move_application (p.store, p.application_id, p.screen_stage, &error));
  item = stage_item (&p, p.screen_stage, 0, 0);
  g_assert_null (sl_application_get_rejection_reason (item));
  history = sl_store_list_stage_history (p.store, p.application_id, &error);
  g_assert_cmpuint (history->len, ==, 3);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scorecards/labels", test_labels);
  FIXTURE_TEST ("/scorecards/people", test_people);
  FIXTURE_TEST ("/scorecards/stage-interviewers", test_stage_interviewers);
  FIXTURE_TEST ("/scorecards/interviews", test_interviews);
  FIXTURE_TEST ("/scorecards/lifecycle", test_lifecycle);
  FIXTURE_TEST ("/scorecards/states", test_states);
  FIXTURE_TEST ("/scorecards/refused", test_refused);
  FIXTURE_TEST ("/scorecards/blindness", test_blindness);
  FIXTURE_TEST ("/scorecards/decisions", test_decisions);
  FIXTURE_TEST ("/scorecards/sample", test_sample);
  FIXTURE_TEST ("/scorecards/stage-list", test_stage_list);
  FIXTURE_TEST ("/scorecards/reject", test_reject);

  return g_test_run ();
}
