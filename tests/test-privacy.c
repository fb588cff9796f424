/* SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "sl-sample.h"
#include "sl-store-private.h"
#include "test-util.h"

/* Erasing a candidate leaves no trace of them in any file: a token only
 * they have is found in the database, its log and its backup before, and
 * nowhere after. */

#define TOKEN "Qx7-unique-token-8812"

/* How many times @needle is in the file at @path; 0 when there is no file. */
static guint
count_in_file (const char *path,
               const char *needle)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  gsize needle_length = strlen (needle);
  guint n = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return 0;

  for (const char *p = contents; (p = memmem (p, length - (p - contents), needle, needle_length)) != NULL; p++)
    n++;

  return n;
}

static guint
count_everywhere (Fixture    *f,
                  const char *backup)
{
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);

  return count_in_file (f->path, TOKEN) + count_in_file (wal, TOKEN) + count_in_file (backup, TOKEN);
}

static gint64
rejected_stage (SlStore *store,
                gint64   role_id)
{
  g_autoptr(GListModel) stages = sl_store_list_stages (store, role_id, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(SlStage) stage = g_list_model_get_item (stages, i);

      if (sl_stage_get_kind (stage) == SL_STAGE_REJECTED)
        return sl_stage_get_id (stage);
    }

  g_assert_not_reached ();
}

static void
report (Fixture    *f,
        const char *when,
        const char *backup)
{
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);

  g_test_message ("%s: %u in the database, %u in its log, %u in the backup", when,
                  count_in_file (f->path, TOKEN), count_in_file (wal, TOKEN), count_in_file (backup, TOKEN));
}

static void
test_erase (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  gint64 role_id = create_template_role (store, "VP of AI/ML Engineering");
  g_autoptr(SlCandidate) candidate = sl_candidate_new ();
  g_autoptr(SlCandidate) gone = NULL;
  g_autoptr(SlCandidate) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_auto(GStrv) backups = NULL;
  gint64 other_id;
  gint64 application_id;
  guint n_backups = 0;

  sl_candidate_set_name (candidate, "Robin " TOKEN);
  sl_candidate_set_email (candidate, "robin@example.com");
  sl_candidate_set_notes (candidate, "Met at the " TOKEN " meetup");
  application_id = sl_store_add_candidate_to_role (store, candidate, role_id, &error);
  g_assert_no_error (error);

  /* In the database file itself, then in its log too. */
  exec_raw (f->path, "PRAGMA wal_checkpoint (TRUNCATE)");
  g_assert_true (sl_store_reject_application (store, application_id, rejected_stage (store, role_id),
                                              "Told us " TOKEN, &error));
  g_assert_no_error (error);
  other_id = add_candidate (store, "Avery Castillo", "avery@example.com");

  backup = sl_store_backup (store, &error);
  g_assert_no_error (error);
  backups = sl_store_list_backups (store);
  g_assert_cmpuint (g_strv_length (backups), ==, 1);
  g_assert_cmpstr (backups[0], ==, backup);

  report (f, "before", backup);
  g_assert_cmpuint (count_in_file (f->path, TOKEN), >, 0);
  g_assert_cmpuint (count_everywhere (f, backup) - count_in_file (f->path, TOKEN) - count_in_file (backup, TOKEN), >, 0);
  g_assert_cmpuint (count_in_file (backup, TOKEN), >, 0);

  g_assert_true (sl_store_erase_candidate (store, sl_candidate_get_id (candidate), &n_backups, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_backups, ==, 1);

  report (f, "after", backup);
  g_assert_cmpuint (count_everywhere (f, backup), ==, 0);

  /* Everything that named them is gone; the others stay; the audit log
   * says a candidate was erased. */
  gone = sl_store_get_candidate (store, sl_candidate_get_id (candidate), &error);
  g_assert_null (gone);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f->path, "SELECT count (*) FROM applications"), ==, 0);
  g_assert_cmpint (query_int (f->path, "SELECT count (*) FROM stage_history"), ==, 0);
  g_assert_cmpint (query_int (f->path, "SELECT count (*) FROM candidates_fts WHERE candidates_fts MATCH 'robin'"), ==, 0);
  g_assert_cmpint (query_int (f->path, "SELECT count (*) FROM candidates"), ==, 1);
  g_assert_cmpint (query_int (f->path, "SELECT count (*) FROM audit_log WHERE action = 'candidate.erase'"), ==, 1);
  other = sl_store_get_candidate (store, other_id, &error);
  g_assert_nonnull (other);

  /* Someone who is not there: an error, and nothing changes. */
  g_assert_false (sl_store_erase_candidate (store, 9999, NULL, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
}

/* Everything held about each sample candidate, as JSON that parses back,
 * with their scorecards, ratings and the committee's decisions. */
static void
test_subject_export (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = NULL;
  guint n_ratings = 0;
  guint n_decisions = 0;
  guint n_assessments = 0;

  g_assert_true (sl_sample_populate (store, 12, &error));

  for (gint64 id = 1; id <= 12; id++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autofree char *document = NULL;
      g_autoptr(SlCandidate) candidate = sl_store_get_candidate (store, id, &error);
      JsonObject *root;
      gsize length;

      g_assert_no_error (error);
      document = sl_store_export_subject (store, id, &length, &error);
      g_assert_no_error (error);
      g_assert_true (json_parser_load_from_data (parser, document, length, &error));

      root = json_node_get_object (json_parser_get_root (parser));
      g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "shortlist-subject/1");
      g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (root, "candidate"), "id"), ==, id);
      g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "candidate"), "name"), ==,
                       sl_candidate_get_name (candidate));
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "applications")), ==, 1);

      n_ratings += json_array_get_length (json_object_get_array_member (root, "ratings"));
      n_decisions += json_array_get_length (json_object_get_array_member (root, "decisions"));
      n_assessments += json_array_get_length (json_object_get_array_member (root, "requirement_assessments"));
    }

  g_assert_cmpuint (n_ratings, >, 0);
  g_assert_cmpuint (n_decisions, >, 0);
  g_assert_cmpuint (n_assessments, >, 0);

  missing = sl_store_export_subject (store, 99, NULL, &error);
  g_assert_null (missing);
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
}

static char *
audit_actions (GListModel *log)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (log); i++)
    {
      g_autoptr(SlAuditEntry) entry = g_list_model_get_item (log, i);

      g_string_append_printf (text, "%s%s:%s:%s", i > 0 ? ", " : "", sl_audit_entry_get_action (entry),
                              sl_audit_entry_get_actor (entry), sl_audit_entry_get_subject (entry));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Who changed what and when, newest first, for everyone or one candidate;
 * an erased candidate is no longer named. */
static void
test_audit (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  gint64 role_id = create_template_role (store, "VP of AI/ML Engineering");
  g_autoptr(SlCandidate) candidate = sl_candidate_new ();
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListModel) theirs = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *actions = NULL;
  gint64 application_id;

  sl_store_set_actor (store, "Sam Whitfield");
  sl_candidate_set_name (candidate, "Robin Hale");
  application_id = sl_store_add_candidate_to_role (store, candidate, role_id, &error);
  g_assert_no_error (error);
  add_candidate (store, "Avery Castillo", "avery@example.com");
  g_assert_true (sl_store_reject_application (store, application_id, rejected_stage (store, role_id),
                                              "Wants a hands-on role", &error));

  theirs = sl_store_list_audit (store, sl_candidate_get_id (candidate));
  actions = audit_actions (theirs);
  g_assert_cmpstr (actions, ==,
                   "application.move:Sam Whitfield:Robin Hale — VP of AI/ML Engineering, "
                   "application.create:Sam Whitfield:Robin Hale — VP of AI/ML Engineering, "
                   "candidate.create:Sam Whitfield:Robin Hale");
  g_assert_cmpstr (sl_audit_action_describe ("application.move"), ==, "Moved a candidate to another stage");
  g_assert_cmpstr (sl_audit_action_describe ("unknown.thing"), ==, "unknown.thing");

  all = sl_store_list_audit (store, 0);
  g_assert_cmpuint (g_list_model_get_n_items (all), >, g_list_model_get_n_items (theirs));

  /* The lists follow the store; who was erased is no longer named. */
  g_assert_true (sl_store_erase_candidate (store, sl_candidate_get_id (candidate), NULL, &error));
  g_clear_pointer (&actions, g_free);
  actions = audit_actions (theirs);
  g_assert_cmpstr (actions, ==, "candidate.erase:Sam Whitfield:(null), candidate.create:Sam Whitfield:(null)");
}

#define DAY (24 * 60 * 60)

static gint64
add_rejected (SlStore    *store,
              gint64      role_id,
              const char *name,
              gint64      days_ago)
{
  g_autoptr(SlCandidate) candidate = sl_candidate_new ();
  g_autoptr(GError) error = NULL;
  gint64 application_id;

  sl_store_set_now_for_testing (g_get_real_time () / G_USEC_PER_SEC - days_ago * DAY);
  sl_candidate_set_name (candidate, name);
  application_id = sl_store_add_candidate_to_role (store, candidate, role_id, &error);
  g_assert_no_error (error);
  g_assert_true (sl_store_reject_application (store, application_id, rejected_stage (store, role_id),
                                              "Not now", &error));
  g_assert_no_error (error);
  sl_store_set_now_for_testing (0);

  return sl_candidate_get_id (candidate);
}

/* Candidates rejected everywhere they applied, long enough ago, are the
 * ones a retention period erases; the preview lists exactly them. */
static void
test_retention (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  gint64 role_id = create_template_role (store, "VP of AI/ML Engineering");
  gint64 other_role_id = create_template_role (store, "Head of Data");
  g_autoptr(GPtrArray) expired = NULL;
  g_autoptr(SlCandidate) recent = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  SlExpiredCandidate *first;
  gint64 long_ago_id;
  gint64 recent_id;
  gint64 elsewhere_id;
  guint n_erased = 0;

  long_ago_id = add_rejected (store, role_id, "Robin " TOKEN, 200);
  add_rejected (store, role_id, "Avery Castillo", 181);
  recent_id = add_rejected (store, role_id, "Sam Whitfield", 30);

  /* Rejected long ago, but still in another role's pipeline. */
  elsewhere_id = add_rejected (store, role_id, "Jordan Ellis", 300);
  sl_store_add_application (store, elsewhere_id, other_role_id, &error);
  g_assert_no_error (error);

  /* Never rejected, never in a role. */
  add_candidate (store, "Casey Morgan", NULL);

  expired = sl_store_list_expired_candidates (store, SL_RETENTION_SUGGESTED_DAYS, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (expired->len, ==, 2);
  first = g_ptr_array_index (expired, 0);
  g_assert_cmpint (first->id, ==, long_ago_id);
  g_assert_cmpstr (first->roles, ==, "VP of AI/ML Engineering");
  g_assert_cmpint ((g_get_real_time () / G_USEC_PER_SEC - first->rejected) / DAY, ==, 200);
  g_assert_cmpstr (((SlExpiredCandidate *) g_ptr_array_index (expired, 1))->name, ==, "Avery Castillo");

  backup = sl_store_backup (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_in_file (backup, TOKEN), >, 0);

  g_assert_true (sl_store_erase_expired_candidates (store, SL_RETENTION_SUGGESTED_DAYS, &n_erased, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_erased, ==, 2);
  g_assert_cmpuint (count_everywhere (f, backup), ==, 0);
  g_assert_cmpint (query_int (f->path, "SELECT count (*) FROM candidates"), ==, 3);
  g_assert_cmpint (query_int (f->path, "SELECT count (*) FROM audit_log WHERE action = 'candidate.expire'"), ==, 2);
  recent = sl_store_get_candidate (store, recent_id, NULL);
  g_assert_nonnull (recent);

  /* Once more: no one is left to erase. */
  g_assert_true (sl_store_erase_expired_candidates (store, SL_RETENTION_SUGGESTED_DAYS, &n_erased, &error));
  g_assert_cmpuint (n_erased, ==, 0);
  g_clear_pointer (&expired, g_ptr_array_unref);
  expired = sl_store_list_expired_candidates (store, 20, &error);
  g_assert_cmpuint (expired->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  FIXTURE_TEST ("/privacy/erase", test_erase);
  FIXTURE_TEST ("/privacy/subject-export", test_subject_export);
  FIXTURE_TEST ("/privacy/audit", test_audit);
  FIXTURE_TEST ("/privacy/retention", test_retention);

  return g_test_run ();
}
