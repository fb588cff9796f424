/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "sl-store-private.h"
#include "test-util.h"

/* A role from the built-in template with one candidate in it. */
typedef struct
{
  SlStore *store;
  gint64 role_id;
  gint64 application_id;
  GPtrArray *requirements;  /* SlRequirement*, as the role was made */
} Role;

static void
role_set_up (Role       *r,
             Fixture    *f,
             const char *candidate)
{
  g_autoptr(GError) error = NULL;

  r->store = open_store (f);
  r->role_id = create_template_role (r->store, NULL);
  r->application_id = sl_store_add_application (r->store, add_candidate (r->store, candidate, NULL),
                                                r->role_id, &error);
  g_assert_no_error (error);
  r->requirements = sl_store_list_requirements (r->store, r->role_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (r->requirements->len, ==, 22);
}

static void
role_tear_down (Role *r)
{
  g_clear_pointer (&r->requirements, g_ptr_array_unref);
  g_clear_object (&r->store);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Role, role_tear_down)

/* The id of the @nth requirement of @kind, as the role was made. */
static gint64
nth_requirement (Role              *r,
                 SlRequirementKind  kind,
                 guint              nth)
{
  for (guint i = 0; i < r->requirements->len; i++)
    {
      SlRequirement *requirement = g_ptr_array_index (r->requirements, i);

      if (requirement->kind == kind && nth-- == 0)
        return requirement->id;
    }

  g_assert_not_reached ();
}

static void
assess (Role               *r,
        gint64              application_id,
        gint64              requirement_id,
        SlAssessmentStatus  status,
        const char         *evidence)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sl_store_assess (r->store, application_id, requirement_id, status, evidence, &error));
  g_assert_no_error (error);
}

static SlChecklistSummary
summary_of (Role   *r,
            gint64  application_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SlApplication) application = sl_store_get_application (r->store, application_id, &error);

  g_assert_no_error (error);
  return *sl_application_get_checklist (application);
}

static const SlAssessment *
find_assessment (GPtrArray *checklist,
                 gint64     requirement_id)
{
  for (guint i = 0; i < checklist->len; i++)
    {
      const SlAssessment *assessment = g_ptr_array_index (checklist, i);

      if (assessment->requirement_id == requirement_id)
        return assessment;
    }

  return NULL;
}

static void
test_assess (Fixture       *f,
             gconstpointer  data)
{
  g_auto(Role) r = { 0 };
  g_autoptr(GPtrArray) checklist = NULL;
  g_autoptr(GError) error = NULL;
  const SlAssessment *assessment;
  SlChecklistSummary summary;
  g_autofree char *text = NULL;
  gint64 must0, must1, must2, must3, nice0;

  role_set_up (&r, f, "Dana Reyes");
  must0 = nth_requirement (&r, SL_REQUIREMENT_MUST_HAVE, 0);
  must1 = nth_requirement (&r, SL_REQUIREMENT_MUST_HAVE, 1);
  must2 = nth_requirement (&r, SL_REQUIREMENT_MUST_HAVE, 2);
  must3 = nth_requirement (&r, SL_REQUIREMENT_MUST_HAVE, 3);
  nice0 = nth_requirement (&r, SL_REQUIREMENT_NICE_TO_HAVE, 0);

  /* Nothing assessed yet: every requirement is listed, none met. */
  checklist = sl_store_list_assessments (r.store, r.application_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (checklist->len, ==, 22);
  for (guint i = 0; i < checklist->len; i++)
    g_assert_cmpint (((SlAssessment *) g_ptr_array_index (checklist, i))->status, ==, SL_ASSESSMENT_UNASSESSED);
  g_clear_pointer (&checklist, g_ptr_array_unref);

  summary = summary_of (&r, r.application_id);
  g_assert_cmpuint (summary.must_met, ==, 0);
  g_assert_cmpuint (summary.must_total, ==, 18);
  g_assert_cmpuint (summary.nice_total, ==, 4);
  g_assert_false (sl_checklist_summary_is_knocked_out (&summary));
  g_assert_cmpfloat (sl_checklist_summary_get_score (&summary), ==, 0.0);

  sl_store_set_actor (r.store, "Priya Natarajan");
  assess (&r, r.application_id, must0, SL_ASSESSMENT_MET, "  8 years leading ML platform teams at a bank  ");
  assess (&r, r.application_id, must1, SL_ASSESSMENT_MET, NULL);
  assess (&r, r.application_id, must2, SL_ASSESSMENT_PARTLY_MET, "PhD, no industry research");
  assess (&r, r.application_id, nice0, SL_ASSESSMENT_MET, "Two years at a payments company");

  summary = summary_of (&r, r.application_id);
  g_assert_cmpuint (summary.must_met, ==, 2);
  g_assert_cmpuint (summary.nice_met, ==, 1);
  g_assert_cmpuint (summary.must_not_met, ==, 0);
  g_assert_cmpfloat (summary.points, ==, 3.5);
  g_assert_cmpfloat (summary.weight_total, ==, 22.0);
  g_assert_cmpfloat_with_epsilon (sl_checklist_summary_get_score (&summary), 3.5 / 22.0, 1e-9);
  text = sl_checklist_summary_format (&summary);
  g_assert_cmpstr (text, ==, "2 of 18 must-haves met · 1 of 4 nice-to-haves");

  /* A must-have not met rules the candidate out. */
  assess (&r, r.application_id, must3, SL_ASSESSMENT_NOT_MET, "Never led more than one team");
  summary = summary_of (&r, r.application_id);
  g_assert_true (sl_checklist_summary_is_knocked_out (&summary));

  /* Assessing again replaces, by whoever does it now. */
  sl_store_set_actor (r.store, "Sam Whitfield");
  assess (&r, r.application_id, must3, SL_ASSESSMENT_MET, "Led three teams at once");
  summary = summary_of (&r, r.application_id);
  g_assert_false (sl_checklist_summary_is_knocked_out (&summary));
  g_assert_cmpuint (summary.must_met, ==, 3);

  checklist = sl_store_list_assessments (r.store, r.application_id, &error);
  g_assert_no_error (error);
  assessment = find_assessment (checklist, must0);
  g_assert_cmpint (assessment->status, ==, SL_ASSESSMENT_MET);
  g_assert_cmpstr (assessment->evidence, ==, "8 years leading ML platform teams at a bank");
  g_assert_cmpstr (assessment->assessed_by, ==, "Priya Natarajan");
  g_assert_cmpint (ABS (assessment->assessed_at - g_get_real_time () / G_USEC_PER_SEC), <, 60);
  assessment = find_assessment (checklist, must1);
  g_assert_null (assessment->evidence);
  assessment = find_assessment (checklist, must3);
  g_assert_cmpstr (assessment->assessed_by, ==, "Sam Whitfield");
  g_assert_cmpstr (assessment->evidence, ==, "Led three teams at once");

  /* Every change is in the audit log, with who made it. */
  g_clear_object (&r.store);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM audit_log WHERE action = 'assessment.set'"), ==, 6);
  g_assert_cmpint (query_int (f->path,
                              "SELECT count(*) FROM audit_log WHERE action = 'assessment.set' "
                              "AND actor = 'Sam Whitfield' AND detail LIKE '%Led three teams at once'"), ==, 1);
}

static void
test_assess_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_auto(Role) r = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *long_evidence = g_strnfill (2001, 'x');
  gint64 other_role;
  gint64 other_requirement;
  gint64 must0;

  role_set_up (&r, f, "Dana Reyes");
  must0 = nth_requirement (&r, SL_REQUIREMENT_MUST_HAVE, 0);
  assess (&r, r.application_id, must0, SL_ASSESSMENT_MET, "Led the ML platform");

  other_role = create_template_role (r.store, "Head of Data");
  {
    g_autoptr(GPtrArray) others = sl_store_list_requirements (r.store, other_role, &error);
    g_assert_no_error (error);
    other_requirement = ((SlRequirement *) g_ptr_array_index (others, 0))->id;
  }

  g_clear_object (&r.store);
  before = query_text (f->path, "SELECT group_concat (status || evidence, ',') FROM requirement_assessments");
  r.store = open_store (f);

  /* Another role's requirement, no such application, too much evidence:
   * refused, nothing written. */
  g_assert_false (sl_store_assess (r.store, r.application_id, other_requirement,
                                   SL_ASSESSMENT_MET, NULL, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (sl_store_assess (r.store, 9999, must0, SL_ASSESSMENT_NOT_MET, NULL, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (sl_store_assess (r.store, r.application_id, must0, SL_ASSESSMENT_NOT_MET,
                                   long_evidence, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2000"));
  g_clear_error (&error);

  /* A removed requirement cannot be assessed until it is back. */
  g_assert_true (sl_store_remove_requirement (r.store, must0, &error));
  g_assert_false (sl_store_assess (r.store, r.application_id, must0, SL_ASSESSMENT_NOT_MET, NULL, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (sl_store_restore_requirement (r.store, must0, &error));

  g_clear_object (&r.store);
  after = query_text (f->path, "SELECT group_concat (status || evidence, ',') FROM requirement_assessments");
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM audit_log WHERE action = 'assessment.set'"), ==, 1);
}

static void
test_requirement_changes (Fixture       *f,
                          gconstpointer  data)
{
  g_auto(Role) r = { 0 };
  g_autoptr(GPtrArray) checklist = NULL;
  g_autoptr(GPtrArray) requirements = NULL;
  g_autoptr(GError) error = NULL;
  SlRequirement edited = { 0 };
  SlRequirement added = { .category = (char *) "Leadership", .text = (char *) "Has hired a VP before",
                          .kind = SL_REQUIREMENT_MUST_HAVE, .weight = 2 };
  SlChecklistSummary summary;
  gint64 must0, must1, nice0, added_id;

  role_set_up (&r, f, "Dana Reyes");
  must0 = nth_requirement (&r, SL_REQUIREMENT_MUST_HAVE, 0);
  must1 = nth_requirement (&r, SL_REQUIREMENT_MUST_HAVE, 1);
  nice0 = nth_requirement (&r, SL_REQUIREMENT_NICE_TO_HAVE, 0);
  assess (&r, r.application_id, must0, SL_ASSESSMENT_MET, "Ran a 60-person ML org");
  assess (&r, r.application_id, must1, SL_ASSESSMENT_NOT_MET, NULL);
  assess (&r, r.application_id, nice0, SL_ASSESSMENT_PARTLY_MET, NULL);

  /* Removing a requirement takes it and its assessment out of the counts;
   * putting it back brings both back. */
  g_assert_true (sl_store_remove_requirement (r.store, must1, &error));
  g_assert_no_error (error);
  summary = summary_of (&r, r.application_id);
  g_assert_cmpuint (summary.must_total, ==, 17);
  g_assert_cmpuint (summary.must_met, ==, 1);
  g_assert_false (sl_checklist_summary_is_knocked_out (&summary));
  checklist = sl_store_list_assessments (r.store, r.application_id, &error);
  g_assert_cmpuint (checklist->len, ==, 21);
  g_assert_null (find_assessment (checklist, must1));
  g_clear_pointer (&checklist, g_ptr_array_unref);

  g_assert_false (sl_store_remove_requirement (r.store, must1, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (sl_store_restore_requirement (r.store, must1, &error));
  summary = summary_of (&r, r.application_id);
  g_assert_cmpuint (summary.must_total, ==, 18);
  g_assert_true (sl_checklist_summary_is_knocked_out (&summary));

  /* A new requirement is not assessed yet; the others keep theirs. */
  added_id = sl_store_add_requirement (r.store, r.role_id, &added, &error);
  g_assert_no_error (error);
  g_assert_cmpint (added_id, >, 0);
  summary = summary_of (&r, r.application_id);
  g_assert_cmpuint (summary.must_total, ==, 19);
  g_assert_cmpuint (summary.must_met, ==, 1);
  g_assert_cmpfloat (summary.weight_total, ==, 24.0);
  checklist = sl_store_list_assessments (r.store, r.application_id, &error);
  g_assert_cmpuint (checklist->len, ==, 23);
  g_assert_cmpint (((SlAssessment *) g_ptr_array_index (checklist, 22))->requirement_id, ==, added_id);
  g_assert_cmpint (((SlAssessment *) g_ptr_array_index (checklist, 22))->status, ==, SL_ASSESSMENT_UNASSESSED);
  g_assert_cmpint (find_assessment (checklist, must0)->status, ==, SL_ASSESSMENT_MET);
  g_clear_pointer (&checklist, g_ptr_array_unref);

  /* A met must-have made nice-to-have, with more weight, counts as such. */
  edited.id = must0;
  edited.category = (char *) "Experience";
  edited.text = (char *) "Ten years in machine learning";
  edited.kind = SL_REQUIREMENT_NICE_TO_HAVE;
  edited.weight = 3;
  g_assert_true (sl_store_update_requirement (r.store, &edited, &error));
  g_assert_no_error (error);
  summary = summary_of (&r, r.application_id);
  g_assert_cmpuint (summary.must_met, ==, 0);
  g_assert_cmpuint (summary.must_total, ==, 18);
  g_assert_cmpuint (summary.nice_met, ==, 1);
  g_assert_cmpuint (summary.nice_total, ==, 5);
  g_assert_cmpfloat (summary.points, ==, 3.5);

  /* Moving keeps each assessment with its requirement. */
  g_assert_true (sl_store_move_requirement (r.store, added_id, 0, &error));
  g_assert_true (sl_store_move_requirement (r.store, must0, 100, &error));
  g_assert_no_error (error);
  requirements = sl_store_list_requirements (r.store, r.role_id, &error);
  g_assert_cmpint (((SlRequirement *) g_ptr_array_index (requirements, 0))->id, ==, added_id);
  g_assert_cmpint (((SlRequirement *) g_ptr_array_index (requirements, requirements->len - 1))->id, ==, must0);
  checklist = sl_store_list_assessments (r.store, r.application_id, &error);
  g_assert_cmpint (((SlAssessment *) g_ptr_array_index (checklist, checklist->len - 1))->status, ==, SL_ASSESSMENT_MET);

  /* Nonsense is refused with what was wrong. */
  edited.weight = 101;
  g_assert_false (sl_store_update_requirement (r.store, &edited, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "weight"));
  g_clear_error (&error);
  added.text = (char *) "   ";
  g_assert_cmpint (sl_store_add_requirement (r.store, r.role_id, &added, &error), ==, 0);
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_clear_error (&error);

  /* Purging forgets removed requirements and their assessments for good. */
  g_assert_true (sl_store_remove_requirement (r.store, must1, &error));
  g_assert_true (sl_store_purge_trash (r.store, &error));
  g_assert_no_error (error);
  g_assert_false (sl_store_restore_requirement (r.store, must1, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_clear_object (&r.store);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM requirement_assessments"), ==, 2);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM audit_log WHERE entity = 'requirement'"), ==, 8);
}

static void
test_matrix (Fixture       *f,
             gconstpointer  data)
{
  g_auto(Role) r = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListModel) qualified = NULL;
  g_autoptr(GListModel) by_name = NULL;
  g_autoptr(SlApplication) first = NULL;
  g_autoptr(SlApplication) second = NULL;
  g_autoptr(SlApplication) third = NULL;
  g_autofree char *expected = NULL;
  gint64 avery, morgan;

  role_set_up (&r, f, "Dana Reyes");
  avery = sl_store_add_application (r.store, add_candidate (r.store, "Avery Okafor", NULL), r.role_id, &error);
  morgan = sl_store_add_application (r.store, add_candidate (r.store, "Morgan Tanaka", NULL), r.role_id, &error);
  g_assert_no_error (error);

  /* Avery meets every must-have, Morgan one of them, Dana none. */
  for (guint i = 0; i < r.requirements->len; i++)
    {
      SlRequirement *requirement = g_ptr_array_index (r.requirements, i);

      if (requirement->kind == SL_REQUIREMENT_MUST_HAVE)
        assess (&r, avery, requirement->id, SL_ASSESSMENT_MET, NULL);
    }
  assess (&r, morgan, nth_requirement (&r, SL_REQUIREMENT_MUST_HAVE, 0), SL_ASSESSMENT_MET, "Ran the ML platform");
  assess (&r, morgan, nth_requirement (&r, SL_REQUIREMENT_MUST_HAVE, 1), SL_ASSESSMENT_PARTLY_MET, NULL);
  assess (&r, morgan, nth_requirement (&r, SL_REQUIREMENT_NICE_TO_HAVE, 0), SL_ASSESSMENT_NOT_MET, NULL);

  all = sl_store_list_checklist (r.store, r.role_id, NULL, SL_CHECKLIST_ORDER_MUST_HAVES, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 3);
  first = g_list_model_get_item (all, 0);
  second = g_list_model_get_item (all, 1);
  third = g_list_model_get_item (all, 2);
  g_assert_cmpstr (sl_application_get_candidate_name (first), ==, "Avery Okafor");
  g_assert_cmpstr (sl_application_get_candidate_name (second), ==, "Morgan Tanaka");
  g_assert_cmpstr (sl_application_get_candidate_name (third), ==, "Dana Reyes");
  g_assert_cmpuint (sl_application_get_checklist (first)->must_met, ==, 18);

  /* One status per requirement, in the role's order. */
  g_assert_cmpuint (strlen (sl_application_get_statuses (second)), ==, 22);
  g_assert_cmpstr (sl_application_get_statuses (third), ==, "----------------------");
  expected = g_strnfill (22, '-');
  for (guint i = 0; i < r.requirements->len; i++)
    {
      SlRequirement *requirement = g_ptr_array_index (r.requirements, i);

      if (requirement->id == nth_requirement (&r, SL_REQUIREMENT_MUST_HAVE, 0))
        expected[i] = 'y';
      else if (requirement->id == nth_requirement (&r, SL_REQUIREMENT_MUST_HAVE, 1))
        expected[i] = 'p';
      else if (requirement->id == nth_requirement (&r, SL_REQUIREMENT_NICE_TO_HAVE, 0))
        expected[i] = 'n';
    }
  g_assert_cmpstr (sl_application_get_statuses (second), ==, expected);
  g_assert_cmpuint (g_strv_length ((GStrv) sl_application_get_evidence (second)), ==, 22);
  for (guint i = 0; i < r.requirements->len; i++)
    g_assert_cmpstr (sl_application_get_evidence (second)[i], ==,
                     expected[i] == 'y' ? "Ran the ML platform" : "");
  {
    /* Only a checklist's list reads the cells. */
    g_autoptr(SlApplication) plain = sl_store_get_application (r.store, morgan, NULL);
    g_assert_null (sl_application_get_evidence (plain));
    g_assert_null (sl_application_get_statuses (plain));
  }

  qualified = sl_store_list_checklist (r.store, r.role_id, NULL, SL_CHECKLIST_ORDER_NAME, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (qualified), ==, 1);
  g_clear_object (&first);
  first = g_list_model_get_item (qualified, 0);
  g_assert_cmpstr (sl_application_get_candidate_name (first), ==, "Avery Okafor");

  /* The lists follow the store: a removed requirement drops out of the
   * statuses, and Morgan now meets one must-have fewer. */
  g_assert_true (sl_store_remove_requirement (r.store, nth_requirement (&r, SL_REQUIREMENT_MUST_HAVE, 0), &error));
  g_clear_object (&second);
  second = g_list_model_get_item (all, 1);
  g_assert_cmpuint (strlen (sl_application_get_statuses (second)), ==, 21);
  g_assert_cmpuint (sl_application_get_checklist (second)->must_met, ==, 0);

  /* Searching and sorting by name work on the same list. */
  by_name = sl_store_list_checklist (r.store, r.role_id, "tanaka", SL_CHECKLIST_ORDER_NAME, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (by_name), ==, 1);
}

static void
test_template_roundtrip (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SlTemplate) builtin = sl_template_load_builtin ("vp-ai-ml-engineering", &error);
  g_autoptr(SlTemplate) exported = NULL;
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(SlStore) other = NULL;
  g_autofree char *builtin_json = NULL;
  g_autofree char *json = NULL;
  g_autofree char *again = NULL;
  g_autofree char *other_path = g_build_filename (f->dir, "other.db", NULL);
  SlRequirement added = { .category = (char *) "Domain expertise", .text = (char *) "Has shipped LLM products",
                          .kind = SL_REQUIREMENT_NICE_TO_HAVE, .weight = 2.5 };
  gint64 role_id, copy_id;
  gsize length;

  /* A role made from the built-in template gives that template back. */
  g_assert_no_error (error);
  role_id = create_template_role (store, NULL);
  json = sl_store_export_template (store, role_id, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, ==, strlen (json));
  builtin_json = sl_template_to_json (builtin, NULL);
  g_assert_cmpstr (json, ==, builtin_json);
  g_clear_pointer (&json, g_free);

  /* An edited role, into another database, and out again the same. */
  {
    g_autoptr(GPtrArray) requirements = sl_store_list_requirements (store, role_id, &error);
    g_assert_true (sl_store_remove_requirement (store, ((SlRequirement *) g_ptr_array_index (requirements, 3))->id, &error));
    g_assert_cmpint (sl_store_add_requirement (store, role_id, &added, &error), >, 0);
    g_assert_no_error (error);
  }
  json = sl_store_export_template (store, role_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json, !=, builtin_json);
  g_assert_nonnull (strstr (json, "Has shipped LLM products"));

  exported = sl_template_new_from_data (json, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (exported->requirements->len, ==, 22);

  other = sl_store_open (other_path, &error);
  g_assert_no_error (error);
  copy_id = sl_store_create_role (other, exported, NULL, &error);
  g_assert_no_error (error);
  again = sl_store_export_template (other, copy_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again, ==, json);

  /* The same title twice is refused, and nothing is made. */
  g_assert_cmpint (sl_store_create_role (store, exported, NULL, &error), ==, 0);
  g_assert_error (error, SL_ERROR, SL_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_clear_object (&store);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM roles"), ==, 1);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM requirements"), ==, 23);
}

static void
test_template_export (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(GPtrArray) requirements = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SlTemplate) back = NULL;
  g_autofree char *json = NULL;
  gint64 role_id = create_template_role (store, NULL);

  json = sl_store_export_template (store, 9999, NULL, &error);
  g_assert_null (json);
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A role whose requirements were all removed still makes a template
   * that reads back, demanding nothing. */
  requirements = sl_store_list_requirements (store, role_id, &error);
  for (guint i = 0; i < requirements->len; i++)
    g_assert_true (sl_store_remove_requirement (store, ((SlRequirement *) g_ptr_array_index (requirements, i))->id, NULL));

  json = sl_store_export_template (store, role_id, NULL, &error);
  g_assert_no_error (error);
  back = sl_template_new_from_data (json, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (back->requirements->len, ==, 0);
  g_assert_cmpuint (back->competencies->len, ==, 16);
}

static void
test_migrate_from_v1 (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SlStore) store = NULL;
  g_autoptr(GError) error = NULL;
  SlChecklistSummary summary;

  /* A database of the first version, with assessments made then. */
  store = sl_store_open_with_migrations (f->path, sl_schema_migrations, 1, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  exec_raw (f->path,
            "INSERT INTO roles (id, title, created_at, updated_at) VALUES (1, 'Head of ML', 0, 0);"
            "INSERT INTO requirements (id, role_id, position, category, text, kind, weight) VALUES "
            "  (1, 1, 0, 'Experience', 'Ten years', 'must-have', 1),"
            "  (2, 1, 1, 'Experience', 'Led teams', 'must-have', 2),"
            "  (3, 1, 2, 'Education', 'A doctorate', 'nice-to-have', 1);"
            "INSERT INTO stages (id, role_id, position, name, kind) VALUES (1, 1, 0, 'Applied', 'applied');"
            "INSERT INTO candidates (id, name, created_at, updated_at) VALUES (1, 'Dana Reyes', 0, 0);"
            "INSERT INTO applications (id, candidate_id, role_id, stage_id, stage_entered_at, created_at) "
            "  VALUES (1, 1, 1, 1, 0, 0);"
            "INSERT INTO requirement_assessments (application_id, requirement_id, status) VALUES "
            "  (1, 1, 'met'), (1, 2, 'not-met'), (1, 3, 'partly-met');");

  store = open_store (f);
  g_assert_cmpint (sl_store_get_schema_version (store), ==, SL_STORE_SCHEMA_VERSION);
  {
    g_autoptr(SlApplication) application = sl_store_get_application (store, 1, &error);

    g_assert_no_error (error);
    summary = *sl_application_get_checklist (application);
  }
  g_assert_cmpuint (summary.must_met, ==, 1);
  g_assert_cmpuint (summary.must_total, ==, 2);
  g_assert_cmpuint (summary.must_not_met, ==, 1);
  g_assert_cmpuint (summary.nice_met, ==, 0);
  g_assert_cmpuint (summary.nice_total, ==, 1);
  g_assert_cmpfloat (summary.points, ==, 1.5);
  g_assert_cmpfloat (summary.weight_total, ==, 4.0);
}

static void
test_summary_format (void)
{
  SlChecklistSummary summary = { .must_met = 5, .must_total = 7, .nice_met = 3, .nice_total = 6 };
  SlChecklistSummary none = { 0 };
  SlChecklistSummary only_must = { .must_met = 1, .must_total = 1 };
  g_autofree char *text = sl_checklist_summary_format (&summary);
  g_autofree char *none_text = sl_checklist_summary_format (&none);
  g_autofree char *must_text = sl_checklist_summary_format (&only_must);

  g_assert_cmpstr (text, ==, "5 of 7 must-haves met · 3 of 6 nice-to-haves");
  g_assert_cmpstr (none_text, ==, "No requirements");
  g_assert_cmpstr (must_text, ==, "1 of 1 must-have met");
  g_assert_true (isnan (sl_checklist_summary_get_score (&none)));

  for (guint i = 0; i < SL_N_ASSESSMENT_STATUSES; i++)
    {
      SlAssessmentStatus status;

      g_assert_true (sl_assessment_status_from_string (sl_assessment_status_to_string (i), &status));
      g_assert_cmpint (status, ==, i);
      g_assert_cmpint (sl_assessment_status_from_code (sl_assessment_status_to_code (i)), ==, i);
    }
  g_assert_false (sl_assessment_status_from_string ("maybe", &(SlAssessmentStatus) { 0 }));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  FIXTURE_TEST ("/checklist/assess", test_assess);
  FIXTURE_TEST ("/checklist/assess-refused", test_assess_refused);
  FIXTURE_TEST ("/checklist/requirement-changes", test_requirement_changes);
  FIXTURE_TEST ("/checklist/matrix", test_matrix);
  FIXTURE_TEST ("/checklist/template-roundtrip", test_template_roundtrip);
  FIXTURE_TEST ("/checklist/template-export", test_template_export);
  FIXTURE_TEST ("/checklist/migrate-from-v1", test_migrate_from_v1);
  g_test_add_func ("/checklist/summary-format", test_summary_format);

  return g_test_run ();
}
