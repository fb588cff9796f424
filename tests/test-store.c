/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "sl-sample.h"
#include "sl-store-private.h"
#include "test-util.h"

static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(GPtrArray) datasets = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (sl_store_get_schema_version (store), ==, SL_STORE_SCHEMA_VERSION);

  g_assert_cmpint (query_int (f->path, "PRAGMA application_id"), ==, SL_STORE_APPLICATION_ID);
  g_assert_cmpint (query_int (f->path, "PRAGMA user_version"), ==, SL_STORE_SCHEMA_VERSION);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'"), ==, 1);

  /* The embedded default market data is stored on first run, once. */
  datasets = sl_store_list_market_datasets (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (datasets->len, ==, 1);
  g_assert_true (((SlMarketDataset *) g_ptr_array_index (datasets, 0))->builtin);
  g_assert_cmpuint (((SlMarketDataset *) g_ptr_array_index (datasets, 0))->n_entries, ==, 3);
}

static void
test_new_directory (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *nested = g_build_filename (f->dir, "sub", "shortlist.db", NULL);
  g_autofree char *sub = g_build_filename (f->dir, "sub", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStore) store = sl_store_open (nested, &error);
  GStatBuf st;

  g_assert_no_error (error);
  g_assert_cmpint (g_stat (sub, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  g_clear_object (&store);
  remove_tree (sub);
}

static void
test_reopen (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(SlCandidate) candidate = NULL;
  g_autoptr(GPtrArray) datasets = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = add_candidate (store, "Dana Reyes", "dana.reyes@example.com");
  g_clear_object (&store);

  store = open_store (f);
  candidate = sl_store_get_candidate (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sl_candidate_get_name (candidate), ==, "Dana Reyes");
  g_assert_cmpstr (sl_candidate_get_email (candidate), ==, "dana.reyes@example.com");

  datasets = sl_store_list_market_datasets (store, &error);
  g_assert_cmpuint (datasets->len, ==, 1);
}

static void
test_empty_files (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SlStore) store = NULL;
  g_autoptr(GError) error = NULL;

  /* A zero-byte file, as `touch` leaves it, made private as it is filled. */
  g_assert_true (g_file_set_contents (f->path, "", 0, NULL));
  g_assert_cmpint (g_chmod (f->path, 0644), ==, 0);
  store = sl_store_open (f->path, &error);
  g_assert_no_error (error);
  {
    GStatBuf st;
    g_assert_cmpint (g_stat (f->path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  }
  g_assert_cmpint (sl_store_get_schema_version (store), ==, SL_STORE_SCHEMA_VERSION);
  g_clear_object (&store);
  g_unlink (f->path);

  /* An SQLite database with nothing in it: migrated from version 0. */
  exec_raw (f->path, "PRAGMA user_version = 0; VACUUM;");
  store = sl_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f->path, "PRAGMA user_version"), ==, SL_STORE_SCHEMA_VERSION);
}

static void
assert_refused (Fixture    *f,
                int         code,
                const char *fragment)
{
  g_autofree char *before = file_checksum (f->path);
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStore) store = sl_store_open (f->path, &error);

  g_assert_null (store);
  g_assert_error (error, SL_ERROR, code);
  g_assert_nonnull (strstr (error->message, fragment));
  g_assert_nonnull (strstr (error->message, "test.db"));

  after = file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_refuse_newer (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);

  g_clear_object (&store);
  exec_raw (f->path, "PRAGMA user_version = 99");

  assert_refused (f, SL_ERROR_TOO_NEW, "newer version of Shortlist");
  g_assert_cmpint (query_int (f->path, "PRAGMA user_version"), ==, 99);
}

static void
test_refuse_not_sqlite (Fixture       *f,
                        gconstpointer  data)
{
  const char text[] = "name,email\nDana Reyes,dana@example.com\n";

  g_assert_true (g_file_set_contents (f->path, text, -1, NULL));
  assert_refused (f, SL_ERROR_NOT_SHORTLIST, "not an SQLite file");

  /* A short file is no database either. */
  g_assert_true (g_file_set_contents (f->path, "SQLite format 3", 16, NULL));
  assert_refused (f, SL_ERROR_NOT_SHORTLIST, "not an SQLite file");
}

static void
test_refuse_other_application (Fixture       *f,
                               gconstpointer  data)
{
  exec_raw (f->path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);"
                     "INSERT INTO notes (text) VALUES ('keep me');");

  assert_refused (f, SL_ERROR_NOT_SHORTLIST, "another program");
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM notes"), ==, 1);
  g_assert_cmpint (query_int (f->path, "PRAGMA application_id"), ==, 0);
}

static void
test_refuse_corrupt (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autofree char *contents = NULL;
  gsize length;

  add_candidate (store, "Dana Reyes", NULL);
  g_clear_object (&store);

  /* Closing the last connection folds the WAL into the file; then the
   * schema page is overwritten with noise. */
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 4096);
  for (gsize i = 100; i < 4096; i++)
    contents[i] = (char) (i * 7 + 3);
  g_assert_true (g_file_set_contents (f->path, contents, length, NULL));

  assert_refused (f, SL_ERROR_CORRUPT, "damaged");
}

static void
test_constraints (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(SlCandidate) candidate = sl_candidate_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) stages = NULL;
  g_autoptr(SlStage) other_stage = NULL;
  g_autoptr(SlTemplate) template = NULL;
  gint64 role_id, other_role_id, candidate_id, application_id;

  /* An empty name, and an email that is not an address. */
  sl_candidate_set_name (candidate, "   ");
  g_assert_false (sl_store_save_candidate (store, candidate, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "name is empty"));
  g_clear_error (&error);

  sl_candidate_set_name (candidate, "Dana Reyes");
  sl_candidate_set_email (candidate, "dana at example");
  g_assert_false (sl_store_save_candidate (store, candidate, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“dana at example” is not an email address"));
  g_clear_error (&error);
  g_assert_cmpuint (sl_store_count_candidates (store, NULL), ==, 0);

  /* The same title twice. */
  role_id = create_template_role (store, NULL);
  template = sl_template_load_builtin ("vp-ai-ml-engineering", NULL);
  g_assert_cmpint (sl_store_create_role (store, template, "VP of AI/ML Engineering", &error), ==, 0);
  g_assert_error (error, SL_ERROR, SL_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "exists already"));
  g_clear_error (&error);

  /* The same candidate twice in a role. */
  candidate_id = add_candidate (store, "Avery Okafor", "avery@example.com");
  application_id = sl_store_add_application (store, candidate_id, role_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sl_store_add_application (store, candidate_id, role_id, &error), ==, 0);
  g_assert_error (error, SL_ERROR, SL_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "Avery Okafor is already a candidate for VP of AI/ML Engineering"));
  g_clear_error (&error);

  /* A stage of another role. */
  other_role_id = create_template_role (store, "VP of Data");
  stages = sl_store_list_stages (store, other_role_id, NULL);
  other_stage = g_list_model_get_item (stages, 2);
  g_assert_false (sl_store_move_application (store, application_id, sl_stage_get_id (other_stage), &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Things that are not there. */
  g_assert_null (sl_store_get_candidate (store, 9999, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (sl_store_find_role (store, "VP of Nothing", &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "VP of Nothing"));
  g_clear_error (&error);
}

static void
test_failed_transaction (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(SlTemplate) template = NULL;
  g_autoptr(GError) error = NULL;
  SlTemplateStage *stage;
  gint64 audit_before;

  template = sl_template_load_builtin ("vp-ai-ml-engineering", &error);
  g_assert_no_error (error);

  /* The last stage points at a competency the role does not have: the
   * role, its requirements and competencies must all go back out. */
  stage = g_ptr_array_index (template->stages, template->stages->len - 1);
  g_strfreev (stage->focus);
  stage->focus = g_strsplit ("no-such-competency", ",", -1);

  g_clear_object (&store);
  audit_before = query_int (f->path, "SELECT count(*) FROM audit_log");
  store = open_store (f);

  g_assert_cmpint (sl_store_create_role (store, template, NULL, &error), ==, 0);
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "no-such-competency"));
  g_clear_object (&store);

  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM roles"), ==, 0);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM requirements"), ==, 0);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM competencies"), ==, 0);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM stages"), ==, 0);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM audit_log"), ==, audit_before);
}

static void
test_role_from_template (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(SlTemplate) template = sl_template_load_builtin ("vp-ai-ml-engineering", NULL);
  g_autoptr(GPtrArray) requirements = NULL;
  g_autoptr(GPtrArray) responsibilities = NULL;
  g_autoptr(GPtrArray) competencies = NULL;
  g_autoptr(GListModel) stages = NULL;
  g_autoptr(SlRole) role = NULL;
  g_autoptr(GError) error = NULL;
  gint64 role_id = create_template_role (store, NULL);

  role = sl_store_find_role (store, "VP of AI/ML Engineering", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sl_role_get_id (role), ==, role_id);
  g_clear_object (&role);

  /* By id, as the command line allows. */
  {
    g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, role_id);
    role = sl_store_find_role (store, id, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (sl_role_get_title (role), ==, "VP of AI/ML Engineering");
  }

  requirements = sl_store_list_requirements (store, role_id, &error);
  g_assert_cmpuint (requirements->len, ==, template->requirements->len);
  for (guint i = 0; i < requirements->len; i++)
    {
      SlRequirement *stored = g_ptr_array_index (requirements, i);
      SlTemplateRequirement *original = g_ptr_array_index (template->requirements, i);

      g_assert_cmpstr (stored->text, ==, original->text);
      g_assert_cmpstr (stored->category, ==, original->category);
      g_assert_cmpint (stored->kind, ==, original->kind);
    }

  responsibilities = sl_store_list_responsibilities (store, role_id, &error);
  g_assert_cmpuint (responsibilities->len, ==, template->responsibilities->len);

  competencies = sl_store_list_competencies (store, role_id, &error);
  g_assert_cmpuint (competencies->len, ==, template->competencies->len);
  for (guint i = 0; i < competencies->len; i++)
    {
      SlCompetency *stored = g_ptr_array_index (competencies, i);
      SlTemplateCompetency *original = g_ptr_array_index (template->competencies, i);

      g_assert_cmpstr (stored->name, ==, original->name);
      g_assert_cmpstrv (stored->questions, original->questions);
    }

  stages = sl_store_list_stages (store, role_id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (stages), ==, template->stages->len);
}

static void
test_pipeline (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(GListModel) stages = NULL;
  g_autoptr(GListModel) pipeline = NULL;
  g_autoptr(SlStage) screen = NULL;
  g_autoptr(SlApplication) application = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GPtrArray) applications = NULL;
  g_autoptr(GError) error = NULL;
  gint64 role_id = create_template_role (store, NULL);
  gint64 candidate_id = add_candidate (store, "Jordan Lindqvist", "jordan@example.com");
  gint64 application_id;

  pipeline = sl_store_list_role_applications (store, role_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (pipeline), ==, 0);

  application_id = sl_store_add_application (store, candidate_id, role_id, &error);
  g_assert_no_error (error);

  /* The SQL-backed list follows the store. */
  g_assert_cmpuint (g_list_model_get_n_items (pipeline), ==, 1);

  application = sl_store_get_application (store, application_id, &error);
  g_assert_cmpstr (sl_application_get_stage_name (application), ==, "Applied");
  g_clear_object (&application);

  stages = sl_store_list_stages (store, role_id, NULL);
  screen = g_list_model_get_item (stages, 1);
  g_assert_true (sl_store_move_application (store, application_id, sl_stage_get_id (screen), &error));
  g_assert_no_error (error);

  application = g_list_model_get_item (pipeline, 0);
  g_assert_cmpstr (sl_application_get_stage_name (application), ==, sl_stage_get_name (screen));
  g_assert_cmpstr (sl_application_get_candidate_name (application), ==, "Jordan Lindqvist");

  history = sl_store_list_stage_history (store, application_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_cmpstr (((SlStageVisit *) g_ptr_array_index (history, 0))->stage_name, ==, "Applied");
  g_assert_cmpint (((SlStageVisit *) g_ptr_array_index (history, 0))->left, >, 0);
  g_assert_cmpint (((SlStageVisit *) g_ptr_array_index (history, 1))->left, ==, 0);

  applications = sl_store_list_candidate_applications (store, candidate_id, &error);
  g_assert_cmpuint (applications->len, ==, 1);

  g_clear_object (&store);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM audit_log WHERE action = 'application.move'"), ==, 1);
}

static void
test_trash (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(GListModel) candidates = sl_store_list_candidates (store, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SlCandidate) restored = NULL;
  gint64 id = add_candidate (store, "Morgan Tanaka", NULL);

  g_assert_cmpuint (g_list_model_get_n_items (candidates), ==, 1);

  g_assert_true (sl_store_trash_candidate (store, id, &error));
  g_assert_cmpuint (g_list_model_get_n_items (candidates), ==, 0);
  g_assert_null (sl_store_get_candidate (store, id, NULL));

  g_assert_true (sl_store_restore_candidate (store, id, &error));
  g_assert_no_error (error);
  restored = sl_store_get_candidate (store, id, &error);
  g_assert_cmpstr (sl_candidate_get_name (restored), ==, "Morgan Tanaka");

  g_assert_true (sl_store_trash_candidate (store, id, &error));
  g_assert_true (sl_store_purge_trash (store, &error));
  g_assert_false (sl_store_restore_candidate (store, id, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);

  g_clear_object (&store);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM candidates"), ==, 0);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH 'morgan'"), ==, 0);
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(GListModel) results = NULL;
  g_autoptr(SlCandidate) first = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (sl_sample_populate (store, 12, &error));
  g_assert_no_error (error);

  results = sl_store_list_candidates (store, "dan");
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  first = g_list_model_get_item (results, 0);
  g_assert_cmpstr (sl_candidate_get_name (first), ==, "Dana Reyes");
  g_clear_object (&results);

  /* Every word must match; quotes and FTS5 syntax are taken as text. */
  results = sl_store_list_candidates (store, "dana \"reyes");
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  g_clear_object (&results);
  results = sl_store_list_candidates (store, "dana OR avery");
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);
  g_clear_object (&results);
  results = sl_store_list_candidates (store, "example.com");
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 12);
  g_clear_object (&results);
  results = sl_store_list_candidates (store, "   ");
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 12);
  g_clear_object (&results);

  /* FTS5 operators are words like any other. */
  {
    static const char * const queries[] = { "*", "-dana", "(dana", "NEAR(dana", "^dana", "dana:", "'", "AND" };

    for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
      {
        results = sl_store_list_candidates (store, queries[i]);
        g_assert_cmpuint (g_list_model_get_n_items (results), <=, 1);
        g_clear_object (&results);
      }
  }
  results = sl_store_list_candidates (store, "-dana");
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
}

static void
test_sample (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(GListModel) roles = NULL;
  g_autoptr(GListModel) pipeline = NULL;
  g_autoptr(SlRole) role = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) stages_seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (sl_sample_populate (store, 12, &error));
  g_assert_no_error (error);

  roles = sl_store_list_roles (store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 1);
  role = g_list_model_get_item (roles, 0);
  g_assert_cmpstr (sl_role_get_title (role), ==, "VP of AI/ML Engineering");
  /* Hired and rejected candidates are not active. */
  g_assert_cmpuint (sl_role_get_n_active (role), ==, 11);

  pipeline = sl_store_list_role_applications (store, sl_role_get_id (role), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (pipeline), ==, 12);
  for (guint i = 0; i < 12; i++)
    {
      g_autoptr(SlApplication) application = g_list_model_get_item (pipeline, i);
      const char *email = NULL;
      g_autoptr(SlCandidate) candidate = sl_store_get_candidate (store, sl_application_get_candidate_id (application), NULL);

      email = sl_candidate_get_email (candidate);
      g_assert_true (g_str_has_suffix (email, "@example.com"));
      g_hash_table_add (stages_seen, (gpointer) g_intern_string (sl_application_get_stage_name (application)));
    }
  g_assert_cmpuint (g_hash_table_size (stages_seen), >=, 7);

  /* A second run refuses and changes nothing. */
  g_clear_object (&pipeline);
  g_clear_object (&store);
  before = file_checksum (f->path);
  store = open_store (f);
  g_assert_false (sl_sample_populate (store, 12, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_CONSTRAINT);
  g_clear_object (&store);
  after = file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);

  {
    g_autofree char *integrity = query_text (f->path, "PRAGMA integrity_check");
    g_assert_cmpstr (integrity, ==, "ok");
  }
}

static char *
sample_fingerprint (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT c.name, c.email, c.headline, s.name FROM applications a "
                                       "JOIN candidates c ON c.id = a.candidate_id "
                                       "JOIN stages s ON s.id = a.stage_id ORDER BY c.id",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    for (int i = 0; i < 4; i++)
      g_string_append_printf (text, "%s|", sqlite3_column_text (stmt, i));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_sample_deterministic (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *other = g_build_filename (f->dir, "other.db", NULL);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autoptr(SlStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = open_store (f);
  g_assert_true (sl_sample_populate (store, 40, &error));
  g_clear_object (&store);

  store = sl_store_open (other, &error);
  g_assert_no_error (error);
  g_assert_true (sl_sample_populate (store, 40, &error));
  g_clear_object (&store);

  a = sample_fingerprint (f->path);
  b = sample_fingerprint (other);
  g_assert_cmpstr (a, ==, b);
  g_assert_cmpint (query_int (other, "SELECT count(DISTINCT name) FROM candidates"), ==, 40);
}

static guint
count_backups (Fixture *f)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".bak"))
      n++;

  return n;
}

static const SlMigration extra_next = {
  SL_STORE_SCHEMA_VERSION + 1, "ALTER TABLE candidates ADD COLUMN pronouns TEXT;"
};

static const SlMigration broken_next = {
  SL_STORE_SCHEMA_VERSION + 1,
  "ALTER TABLE candidates ADD COLUMN pronouns TEXT; INSERT INTO no_such_table VALUES (1);"
};

static void
test_migrate_with_backup (Fixture       *f,
                          gconstpointer  data)
{
  SlMigration migrations[SL_STORE_SCHEMA_VERSION + 1];
  g_autofree char *next_schema = g_strdup_printf ("schema %d", SL_STORE_SCHEMA_VERSION + 1);
  g_autofree char *backup_prefix = g_strdup_printf ("test.db.v%d-", SL_STORE_SCHEMA_VERSION);
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *backup = NULL;
  const char *name;

  add_candidate (store, "Riley Moreau", NULL);
  g_clear_object (&store);

  for (guint i = 0; i < sl_schema_n_migrations; i++)
    migrations[i] = sl_schema_migrations[i];

  /* A migration that fails leaves the file at its version, data intact. */
  migrations[sl_schema_n_migrations] = broken_next;
  store = sl_store_open_with_migrations (f->path, migrations, sl_schema_n_migrations + 1, &error);
  g_assert_null (store);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, next_schema));
  g_clear_error (&error);
  g_assert_cmpint (query_int (f->path, "PRAGMA user_version"), ==, SL_STORE_SCHEMA_VERSION);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM pragma_table_info('candidates') WHERE name = 'pronouns'"), ==, 0);
  g_assert_cmpuint (count_backups (f), ==, 0);

  /* One that works runs after a backup copy of the current version. */
  migrations[sl_schema_n_migrations] = extra_next;
  store = sl_store_open_with_migrations (f->path, migrations, sl_schema_n_migrations + 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sl_store_get_schema_version (store), ==, SL_STORE_SCHEMA_VERSION + 1);
  g_clear_object (&store);
  g_assert_cmpint (query_int (f->path, "PRAGMA user_version"), ==, SL_STORE_SCHEMA_VERSION + 1);

  g_assert_cmpuint (count_backups (f), ==, 1);

  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, backup_prefix) && g_str_has_suffix (name, ".bak"))
      backup = g_build_filename (f->dir, name, NULL);
  g_assert_nonnull (backup);
  g_assert_cmpint (query_int (backup, "PRAGMA user_version"), ==, SL_STORE_SCHEMA_VERSION);
  g_assert_cmpint (query_int (backup, "SELECT count(*) FROM candidates WHERE name = 'Riley Moreau'"), ==, 1);

  /* This build does not know the extra version: the file is now too new. */
  store = sl_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, SL_ERROR, SL_ERROR_TOO_NEW);
}

static void
test_market_roundtrip (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(SlMarketDocument) builtin = sl_market_document_load_builtin (NULL);
  g_autoptr(SlMarketDocument) stored = NULL;
  g_autoptr(GPtrArray) datasets = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  datasets = sl_store_list_market_datasets (store, &error);
  stored = sl_store_load_market_dataset (store, ((SlMarketDataset *) g_ptr_array_index (datasets, 0))->id, &error);
  g_assert_no_error (error);

  a = sl_market_document_to_json (builtin, NULL);
  b = sl_market_document_to_json (stored, NULL);
  g_assert_cmpstr (a, ==, b);
}

static void
test_add_candidate_to_role (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(SlCandidate) candidate = sl_candidate_new ();
  g_autoptr(SlCandidate) second = sl_candidate_new ();
  g_autoptr(SlApplication) application = NULL;
  g_autoptr(GError) error = NULL;
  gint64 role_id = create_template_role (store, NULL);
  gint64 empty_role_id = create_template_role (store, "VP of Data");
  gint64 application_id;

  sl_candidate_set_name (candidate, "Harper Sato");
  application_id = sl_store_add_candidate_to_role (store, candidate, role_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (application_id, >, 0);
  g_assert_cmpint (sl_candidate_get_id (candidate), >, 0);
  application = sl_store_get_application (store, application_id, &error);
  g_assert_cmpint (sl_application_get_candidate_id (application), ==, sl_candidate_get_id (candidate));
  g_assert_cmpstr (sl_application_get_stage_name (application), ==, "Applied");

  /* When the candidate cannot go into the role, the candidate is not
   * saved either. */
  g_clear_object (&store);
  exec_raw (f->path, "DELETE FROM stages WHERE role_id = 2");
  store = open_store (f);
  sl_candidate_set_name (second, "Finley Iyer");
  g_assert_cmpint (sl_store_add_candidate_to_role (store, second, empty_role_id, &error), ==, 0);
  g_assert_error (error, SL_ERROR, SL_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "has no stages"));
  g_assert_cmpint (sl_candidate_get_id (second), ==, 0);
  g_assert_cmpuint (sl_store_count_candidates (store, NULL), ==, 1);
}

static void
test_outside_role (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(GListModel) roles = NULL;
  g_autoptr(GListModel) outside = NULL;
  g_autoptr(GListModel) searched = NULL;
  g_autoptr(SlRole) role = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (sl_sample_populate (store, 12, &error));
  roles = sl_store_list_roles (store, &error);
  role = g_list_model_get_item (roles, 0);

  outside = sl_store_list_candidates_outside_role (store, sl_role_get_id (role), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (outside), ==, 0);

  add_candidate (store, "Sage Holm", "sage@example.com");
  add_candidate (store, "Reese Varga", "reese@example.com");
  g_assert_cmpuint (g_list_model_get_n_items (outside), ==, 2);

  searched = sl_store_list_candidates_outside_role (store, sl_role_get_id (role), "sage");
  g_assert_cmpuint (g_list_model_get_n_items (searched), ==, 1);
}

static void
on_changed (SlStore    *store,
            const char *what,
            gint64      id,
            GString    *log)
{
  g_string_append_printf (log, "%s;", what);
}

static void
test_outside_changes (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(GListModel) candidates = sl_store_list_candidates (store, NULL);
  g_autoptr(GString) log = g_string_new (NULL);

  g_signal_connect (store, "changed", G_CALLBACK (on_changed), log);
  g_assert_false (sl_store_check_outside_changes (store));

  /* Our own writes are not outside changes. */
  add_candidate (store, "Parker Adeyemi", NULL);
  g_assert_false (sl_store_check_outside_changes (store));

  exec_raw (f->path, "INSERT INTO candidates (name, created_at, updated_at) VALUES ('Hayden Novak', 0, 0)");
  g_assert_true (sl_store_check_outside_changes (store));
  g_assert_cmpstr (log->str, ==, "candidate;outside;");
  g_assert_cmpuint (g_list_model_get_n_items (candidates), ==, 2);
  g_assert_false (sl_store_check_outside_changes (store));
}

static void
test_refuse_folder (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStore) store = sl_store_open (f->dir, &error);

  g_assert_null (store);
  g_assert_error (error, SL_ERROR, SL_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "is a folder"));
}

static void
test_refuse_read_only (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(GError) error = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("permissions do not bind root");
      return;
    }

  g_clear_object (&store);
  g_assert_cmpint (g_chmod (f->dir, 0500), ==, 0);
  store = sl_store_open (f->path, &error);
  g_assert_cmpint (g_chmod (f->dir, 0700), ==, 0);

  g_assert_null (store);
  g_assert_error (error, SL_ERROR, SL_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "cannot be changed"));
  g_assert_nonnull (strstr (error->message, "test.db"));
}

typedef struct
{
  const char *path;
  gint stop;
  guint n_writes;
} Writer;

static gpointer
write_and_checkpoint (gpointer data)
{
  Writer *w = data;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (w->path, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);

  /* Bounded: stops when told to, or after 2,000 writes. */
  while (!g_atomic_int_get (&w->stop) && w->n_writes < 2000)
    {
      sqlite3_exec (db, "INSERT INTO audit_log (at, action, entity) VALUES (0, 'test', 'test')",
                    NULL, NULL, NULL);
      if (w->n_writes % 10 == 0)
        sqlite3_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
      w->n_writes++;
    }

  sqlite3_close (db);
  return NULL;
}

static void
test_open_while_written (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  Writer writer = { f->path, 0, 0 };
  GThread *thread;

  g_clear_object (&store);
  thread = g_thread_new ("writer", write_and_checkpoint, &writer);

  /* A healthy file another program is writing is never taken for a
   * damaged one. */
  for (guint i = 0; i < 100; i++)
    {
      g_autoptr(GError) error = NULL;

      store = sl_store_open (f->path, &error);
      g_assert_no_error (error);
      g_clear_object (&store);
    }

  g_atomic_int_set (&writer.stop, 1);
  g_thread_join (thread);
  g_assert_cmpuint (writer.n_writes, >, 0);
}

static void
test_role_titles (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(SlTemplate) template = sl_template_load_builtin ("vp-ai-ml-engineering", NULL);
  g_autoptr(SlRole) role = NULL;
  g_autoptr(GError) error = NULL;
  gint64 numbered;

  create_template_role (store, NULL);

  /* Titles are unique whatever their case. */
  g_assert_cmpint (sl_store_create_role (store, template, "vp of ai/ml engineering", &error), ==, 0);
  g_assert_error (error, SL_ERROR, SL_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "“VP of AI/ML Engineering” exists already"));
  g_clear_error (&error);

  /* A title that is a number is found by title when no role has that id. */
  numbered = create_template_role (store, "2027");
  role = sl_store_find_role (store, "2027", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sl_role_get_id (role), ==, numbered);
}

static void
test_delete_role (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(GListModel) roles = NULL;
  g_autoptr(SlRole) role = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (sl_sample_populate (store, 12, &error));
  roles = sl_store_list_roles (store, &error);
  role = g_list_model_get_item (roles, 0);

  g_assert_true (sl_store_delete_role (store, sl_role_get_id (role), &error));
  g_assert_no_error (error);
  g_assert_false (sl_store_delete_role (store, sl_role_get_id (role), &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_clear_object (&store);

  /* The role's pipeline goes with it; the people stay. */
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM applications"), ==, 0);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM stage_history"), ==, 0);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM stages"), ==, 0);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM candidates"), ==, 12);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  FIXTURE_TEST ("/store/create", test_create);
  FIXTURE_TEST ("/store/create-directory", test_new_directory);
  FIXTURE_TEST ("/store/reopen", test_reopen);
  FIXTURE_TEST ("/store/empty-files", test_empty_files);
  FIXTURE_TEST ("/store/refuse/newer-version", test_refuse_newer);
  FIXTURE_TEST ("/store/refuse/not-sqlite", test_refuse_not_sqlite);
  FIXTURE_TEST ("/store/refuse/other-application", test_refuse_other_application);
  FIXTURE_TEST ("/store/refuse/corrupt", test_refuse_corrupt);
  FIXTURE_TEST ("/store/constraints", test_constraints);
  FIXTURE_TEST ("/store/failed-transaction", test_failed_transaction);
  FIXTURE_TEST ("/store/role-from-template", test_role_from_template);
  FIXTURE_TEST ("/store/pipeline", test_pipeline);
  FIXTURE_TEST ("/store/trash", test_trash);
  FIXTURE_TEST ("/store/search", test_search);
  FIXTURE_TEST ("/store/sample", test_sample);
  FIXTURE_TEST ("/store/sample-deterministic", test_sample_deterministic);
  FIXTURE_TEST ("/store/migrate-with-backup", test_migrate_with_backup);
  FIXTURE_TEST ("/store/market-roundtrip", test_market_roundtrip);
  FIXTURE_TEST ("/store/add-candidate-to-role", test_add_candidate_to_role);
  FIXTURE_TEST ("/store/outside-role", test_outside_role);
  FIXTURE_TEST ("/store/outside-changes", test_outside_changes);
  FIXTURE_TEST ("/store/refuse/folder", test_refuse_folder);
  FIXTURE_TEST ("/store/refuse/read-only", test_refuse_read_only);
  FIXTURE_TEST ("/store/open-while-written", test_open_while_written);
  FIXTURE_TEST ("/store/role-titles", test_role_titles);
  FIXTURE_TEST ("/store/delete-role", test_delete_role);

  return g_test_run ();
}
