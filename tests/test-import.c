/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sl-store.h"
#include "test-util.h"

/* Importing candidates: every format from a sample file, the mapping of
 * columns, rows left out with their reasons, duplicates merged or skipped,
 * and the database left exactly as it was when an import fails or is
 * cancelled. */

static char *
sample_path (const char *name)
{
  return g_build_filename (g_getenv ("SHORTLIST_SOURCE_DIR"), "tests", "data", "import", name, NULL);
}

static SlImport *
read_text (SlStore        *store,
           gint64          role_id,
           const char     *text,
           SlImportFormat  format,
           GError        **error)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (g_strdup (text), strlen (text), g_free);

  return sl_store_read_import (store, stream, "people.csv", format, role_id, strlen (text),
                               NULL, NULL, NULL, error);
}

static SlImport *
read_sample (SlStore    *store,
             gint64      role_id,
             const char *name)
{
  g_autofree char *path = sample_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, &error);
  SlImport *import;

  g_assert_no_error (error);
  import = sl_store_read_import (store, G_INPUT_STREAM (stream), name, SL_IMPORT_FORMAT_AUTO, role_id, 0,
                                 NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (import);

  return import;
}

static SlImportRow *
row_at (SlImport *import,
        guint     index)
{
  GPtrArray *rows = sl_import_get_rows (import);

  g_assert_cmpuint (index, <, rows->len);
  return g_ptr_array_index (rows, index);
}

/* Everything an import writes, as one text to compare before and after. */
static char *
database_state (Fixture *f)
{
  return query_text (f->path,
                     "SELECT (SELECT count (*) FROM candidates) || '/' || "
                     "       (SELECT count (*) FROM applications) || '/' || "
                     "       (SELECT count (*) FROM stage_history) || '/' || "
                     "       (SELECT count (*) FROM audit_log) || '/' || "
                     "       (SELECT count (*) FROM candidates_fts) || '/' || "
                     "       (SELECT group_concat (name || ':' || coalesce (email, '') || ':' || "
                     "                             coalesce (notes, ''), ';') FROM candidates)");
}

static gint64
stage_named (SlStore    *store,
             gint64      role_id,
             const char *name)
{
  g_autoptr(GListModel) stages = sl_store_list_stages (store, role_id, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(SlStage) stage = g_list_model_get_item (stages, i);

      if (g_str_equal (sl_stage_get_name (stage), name))
        return sl_stage_get_id (stage);
    }

  g_assert_not_reached ();
}

static void
test_greenhouse (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  gint64 role_id = create_template_role (store, "VP of AI/ML Engineering");
  g_autoptr(SlImport) import = read_sample (store, role_id, "greenhouse.csv");
  GPtrArray *columns = sl_import_get_columns (import);
  SlImportColumn *job = g_ptr_array_index (columns, 2);
  SlImportColumn *title = g_ptr_array_index (columns, 4);
  SlImportRow *maya = row_at (import, 0);
  g_autoptr(GError) error = NULL;
  SlImportResult result;

  g_assert_cmpint (sl_import_get_format (import), ==, SL_IMPORT_FORMAT_GREENHOUSE);
  g_assert_cmpstr (sl_import_format_get_label (SL_IMPORT_FORMAT_GREENHOUSE), ==, "Greenhouse bulk import");
  g_assert_cmpuint (columns->len, ==, 13);
  g_assert_cmpstr (job->header, ==, "Job");
  g_assert_null (job->field);
  g_assert_cmpstr (title->field, ==, "Current title");

  g_assert_cmpuint (sl_import_get_rows (import)->len, ==, 5);
  g_assert_cmpuint (maya->line, ==, 2);
  g_assert_cmpint (maya->status, ==, SL_IMPORT_ROW_NEW);
  g_assert_cmpstr (sl_candidate_get_name (maya->candidate), ==, "Maya Lindqvist");
  g_assert_cmpstr (sl_candidate_get_headline (maya->candidate), ==, "Director of ML Platform");
  g_assert_cmpstr (sl_candidate_get_company (maya->candidate), ==, "Northwind Labs");
  g_assert_cmpstr (sl_candidate_get_location (maya->candidate), ==, "Austin, TX");
  g_assert_cmpstr (sl_candidate_get_phone (maya->candidate), ==, "+1 202 555 0143");
  g_assert_cmpstr (sl_candidate_get_source (maya->candidate), ==, "LinkedIn");
  g_assert_cmpstr (sl_candidate_get_notes (maya->candidate), ==,
                   "Led a team of 40; \"hands-on\" with MLOps\n"
                   "Social Media: https://www.linkedin.com/in/example-maya");
  g_assert_cmpint (maya->stage_id, ==, stage_named (store, role_id, "Applied"));

  /* Line 4 has no name, line 5 a broken address, line 6 is line 3 again. */
  g_assert_cmpint (row_at (import, 2)->status, ==, SL_IMPORT_ROW_INVALID);
  g_assert_cmpstr (row_at (import, 2)->reason, ==, "The candidate’s name is empty");
  g_assert_cmpint (row_at (import, 3)->status, ==, SL_IMPORT_ROW_INVALID);
  g_assert_cmpstr (row_at (import, 3)->reason, ==, "“priya.raman.example.com” is not an email address");
  g_assert_cmpint (row_at (import, 4)->status, ==, SL_IMPORT_ROW_DUPLICATE);
  g_assert_cmpstr (row_at (import, 4)->reason, ==, "same email as line 3");
  g_assert_cmpint (row_at (import, 4)->duplicate_row, ==, 1);

  g_assert_true (sl_store_import (store, import, SL_IMPORT_SKIP_DUPLICATES, NULL, NULL, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.imported, ==, 2);
  g_assert_cmpuint (result.invalid, ==, 2);
  g_assert_cmpuint (result.skipped_duplicates, ==, 1);
  g_assert_cmpuint (result.merged, ==, 0);
  g_assert_cmpint (query_int (f->path, "SELECT count (*) FROM applications WHERE role_id = 1"), ==, 2);
  g_assert_cmpint (query_int (f->path, "SELECT count (*) FROM stage_history"), ==, 2);
  g_assert_cmpint (query_int (f->path, "SELECT count (*) FROM candidates_fts WHERE candidates_fts MATCH 'lindqvist'"), ==, 1);
  g_assert_cmpint (query_int (f->path, "SELECT count (*) FROM audit_log WHERE action = 'candidate.import'"), ==, 1);
}

static void
test_lever (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  gint64 role_id = create_template_role (store, "VP of AI/ML Engineering");
  g_autoptr(SlImport) import = read_sample (store, role_id, "lever.csv");
  SlImportRow *ines = row_at (import, 0);
  SlImportRow *oskar = row_at (import, 1);
  SlImportRow *ada = row_at (import, 2);

  g_assert_cmpint (sl_import_get_format (import), ==, SL_IMPORT_FORMAT_LEVER);
  g_assert_cmpstr (sl_candidate_get_name (ines->candidate), ==, "Ines Carvalho");
  g_assert_cmpstr (sl_candidate_get_headline (ines->candidate), ==, "VP Machine Learning");
  g_assert_cmpstr (sl_candidate_get_company (ines->candidate), ==, "Tailspin");
  g_assert_cmpstr (sl_candidate_get_source (ines->candidate), ==, "LinkedIn");
  g_assert_cmpstr (sl_candidate_get_notes (ines->candidate), ==,
                   "Links: https://example.com/ines\nTags: ml-platform, leadership");
  /* Stages match by name whatever the case … */
  g_assert_cmpint (ines->stage_id, ==, stage_named (store, role_id, "Recruiter screen"));
  g_assert_null (ines->reason);
  /* … and one the role does not have starts at the first, with a note. */
  g_assert_cmpint (oskar->status, ==, SL_IMPORT_ROW_NEW);
  g_assert_cmpint (oskar->stage_id, ==, stage_named (store, role_id, "Applied"));
  g_assert_cmpstr (oskar->reason, ==, "the role has no stage “Phone Screen”; starts at Applied");
  g_assert_cmpstr (sl_candidate_get_source (oskar->candidate), ==, "applied");
  /* Of several addresses, the first. */
  g_assert_cmpstr (sl_candidate_get_email (ada->candidate), ==, "ada.okoro@example.com");
}

static void
test_opencats (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  gint64 role_id = create_template_role (store, "VP of AI/ML Engineering");
  g_autoptr(SlImport) import = read_sample (store, role_id, "opencats.csv");
  SlImportRow *mina = row_at (import, 0);
  SlImportRow *yuki = row_at (import, 1);

  g_assert_cmpint (sl_import_get_format (import), ==, SL_IMPORT_FORMAT_OPENCATS);
  g_assert_cmpstr (sl_candidate_get_name (mina->candidate), ==, "Mina Haddad");
  g_assert_cmpstr (sl_candidate_get_phone (mina->candidate), ==, "+1 646 555 0107");
  g_assert_cmpstr (sl_candidate_get_location (mina->candidate), ==, "New York, NY");
  g_assert_cmpstr (sl_candidate_get_company (mina->candidate), ==, "Proseware");
  g_assert_cmpstr (sl_candidate_get_notes (mina->candidate), ==,
                   "Strong in research leadership\nkeySkills: PyTorch, LLM evaluation, team building");
  /* The home phone when there is no cell phone; no email is fine. */
  g_assert_cmpstr (sl_candidate_get_phone (yuki->candidate), ==, "+1 206 555 0134");
  g_assert_null (sl_candidate_get_email (yuki->candidate));
  g_assert_cmpint (yuki->status, ==, SL_IMPORT_ROW_NEW);
}

/* Shortlist's own export comes back as it went out, formula guards and
 * all taken off, at the stage it names. */
static void
test_shortlist (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  gint64 role_id = create_template_role (store, "VP of AI/ML Engineering");
  g_autoptr(SlImport) import = read_sample (store, role_id, "shortlist.csv");
  SlImportRow *lee = row_at (import, 0);

  g_assert_cmpint (sl_import_get_format (import), ==, SL_IMPORT_FORMAT_SHORTLIST);
  g_assert_cmpstr (sl_candidate_get_phone (lee->candidate), ==, "+1 202 555 0155");
  g_assert_cmpstr (sl_candidate_get_notes (lee->candidate), ==, "=HYPERLINK(\"x\")");
  g_assert_cmpint (lee->stage_id, ==, stage_named (store, role_id, "Leadership panel"));
}

/* What `shortlist export` writes of a role, an import into another
 * database reads back the same. */
static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  gint64 role_id = create_template_role (store, "VP of AI/ML Engineering");
  g_autofree char *other_path = g_build_filename (f->dir, "other.db", NULL);
  g_autoptr(SlStore) other = NULL;
  g_autoptr(GOutputStream) first = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) second = g_memory_output_stream_new_resizable ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GInputStream) input = NULL;
  g_autoptr(SlImport) import = NULL;
  g_autoptr(SlCandidate) candidate = sl_candidate_new ();
  g_autoptr(GError) error = NULL;
  SlImportResult result;
  gint64 other_role;

  sl_candidate_set_name (candidate, "=cmd|' /C calc'!A0");
  sl_candidate_set_email (candidate, "calc@example.com");
  sl_candidate_set_phone (candidate, "+44 20 7946 0000");
  sl_candidate_set_notes (candidate, "two\nlines, \"quoted\"");
  g_assert_cmpint (sl_store_add_candidate_to_role (store, candidate, role_id, &error), >, 0);
  add_candidate (store, "Not In The Role", "elsewhere@example.com");

  g_assert_true (sl_store_export_candidates (store, role_id, first, NULL, NULL, &error));
  g_assert_true (g_output_stream_close (first, NULL, &error));
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (first));

  other = sl_store_open (other_path, &error);
  g_assert_no_error (error);
  other_role = create_template_role (other, "VP of AI/ML Engineering");
  input = g_memory_input_stream_new_from_bytes (bytes);
  import = sl_store_read_import (other, input, "export.csv", SL_IMPORT_FORMAT_SHORTLIST, other_role, 0,
                                 NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sl_store_import (other, import, SL_IMPORT_SKIP_DUPLICATES, NULL, NULL, NULL, &result, &error));
  g_assert_cmpuint (result.imported, ==, 1);

  g_assert_true (sl_store_export_candidates (other, other_role, second, NULL, NULL, &error));
  g_assert_true (g_output_stream_close (second, NULL, &error));
  again = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (second));
  g_assert_true (g_bytes_equal (bytes, again));
}

static void
test_detect (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  gint64 role_id = create_template_role (store, "VP of AI/ML Engineering");
  g_autoptr(GError) error = NULL;
  g_autoptr(SlImport) import = NULL;

  /* A header of no known format names its columns. */
  import = read_text (store, role_id, "Who,Where\nDana,Here\n", SL_IMPORT_FORMAT_AUTO, &error);
  g_assert_null (import);
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "people.csv: line 1: the columns (Who, Where) are not those of a format Shortlist knows: "
                   "Shortlist, Greenhouse, Lever or OpenCATS");
  g_clear_error (&error);

  /* A format chosen that the file is not. */
  import = read_text (store, role_id, "Full name,Email\nDana Reyes,dana@example.com\n",
                      SL_IMPORT_FORMAT_GREENHOUSE, &error);
  g_assert_null (import);
  g_assert_cmpstr (error->message, ==,
                   "people.csv: line 1: there is no “First Name” column, which a file of the "
                   "Greenhouse bulk import has");
  g_clear_error (&error);

  import = read_text (store, role_id, "", SL_IMPORT_FORMAT_AUTO, &error);
  g_assert_null (import);
  g_assert_cmpstr (error->message, ==, "people.csv: the file is empty");
  g_clear_error (&error);

  /* A file that is not CSV at all stops the whole import. */
  import = read_text (store, role_id, "Full name,Email\n\"Dana Reyes,dana@example.com\n",
                      SL_IMPORT_FORMAT_AUTO, &error);
  g_assert_null (import);
  g_assert_cmpstr (error->message, ==, "people.csv: line 2: the quote that opens field 1 is never closed");
  g_clear_error (&error);

  /* Headers are matched however they are written. */
  import = read_text (store, role_id, "FIRST_NAME,last-name,EMAIL\nDana,Reyes,dana@example.com\n",
                      SL_IMPORT_FORMAT_AUTO, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sl_import_get_format (import), ==, SL_IMPORT_FORMAT_GREENHOUSE);
  g_assert_cmpstr (sl_candidate_get_name (row_at (import, 0)->candidate), ==, "Dana Reyes");
}

static void
test_duplicates (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  gint64 role_id = create_template_role (store, "VP of AI/ML Engineering");
  g_autoptr(SlCandidate) known = sl_candidate_new ();
  g_autoptr(SlCandidate) merged = NULL;
  g_autoptr(SlImport) import = NULL;
  g_autofree char *sam = NULL;
  g_autoptr(GError) error = NULL;
  SlImportResult result;
  gint64 known_id;

  sl_candidate_set_name (known, "Dana Reyes");
  sl_candidate_set_phone (known, "(202) 555-0101");
  sl_candidate_set_notes (known, "Met at a conference");
  g_assert_true (sl_store_save_candidate (store, known, &error));
  known_id = sl_candidate_get_id (known);
  add_candidate (store, "Avery Castillo", "avery@example.com");

  import = read_text (store, role_id,
                      "Full name,Email,Phone,Current company,Tags\n"
                      "dana  REYES,,+1 202-555-0101,Contoso,\n"      /* name and phone of someone known */
                      "Avery C.,AVERY@example.com,,,\n"              /* email of someone known */
                      "Sam Okafor,sam@example.com,555 0101,,\n"      /* new */
                      "Samuel Okafor,Sam@Example.com,,Fabrikam,vip\n" /* email of an earlier row */
                      "Sam Okafor,,0101,,\n",                        /* too short a phone to tell */
                      SL_IMPORT_FORMAT_AUTO, &error);
  g_assert_no_error (error);

  g_assert_cmpint (row_at (import, 0)->status, ==, SL_IMPORT_ROW_DUPLICATE);
  g_assert_cmpint (row_at (import, 0)->duplicate_of, ==, known_id);
  g_assert_cmpstr (row_at (import, 0)->reason, ==, "same name and phone as Dana Reyes, who is in Shortlist");
  g_assert_cmpstr (row_at (import, 1)->reason, ==, "same email as Avery Castillo, who is in Shortlist");
  g_assert_cmpint (row_at (import, 2)->status, ==, SL_IMPORT_ROW_NEW);
  g_assert_cmpstr (row_at (import, 3)->reason, ==, "same email as line 4");
  g_assert_cmpint (row_at (import, 4)->status, ==, SL_IMPORT_ROW_NEW);
  g_assert_cmpuint (sl_import_count_rows (import, SL_IMPORT_ROW_DUPLICATE), ==, 3);

  g_assert_true (sl_store_import (store, import, SL_IMPORT_MERGE_DUPLICATES, NULL, NULL, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.imported, ==, 2);
  g_assert_cmpuint (result.merged, ==, 3);

  /* Merging fills in what was missing, and keeps what was there. */
  merged = sl_store_get_candidate (store, known_id, &error);
  g_assert_cmpstr (sl_candidate_get_phone (merged), ==, "(202) 555-0101");
  g_assert_cmpstr (sl_candidate_get_company (merged), ==, "Contoso");
  g_assert_cmpstr (sl_candidate_get_notes (merged), ==, "Met at a conference");
  sam = query_text (f->path, "SELECT company || '/' || notes FROM candidates WHERE email = 'sam@example.com'");
  g_assert_cmpstr (sam, ==, "Fabrikam/Tags: vip");
  /* Everyone merged is in the role now, once. */
  g_assert_cmpint (query_int (f->path, "SELECT count (*) FROM applications"), ==, 4);
  g_assert_cmpint (query_int (f->path, "SELECT count (*) FROM candidates"), ==, 4);
}

static void
test_skip_duplicates (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  gint64 role_id = create_template_role (store, "VP of AI/ML Engineering");
  g_autoptr(SlImport) import = NULL;
  g_autoptr(GError) error = NULL;
  SlImportResult result;

  add_candidate (store, "Avery Castillo", "avery@example.com");
  import = read_text (store, role_id, "Full name,Email\nAvery Castillo,avery@example.com\n",
                      SL_IMPORT_FORMAT_AUTO, &error);
  g_assert_true (sl_store_import (store, import, SL_IMPORT_SKIP_DUPLICATES, NULL, NULL, NULL, &result, &error));
  g_assert_cmpuint (result.skipped_duplicates, ==, 1);
  g_assert_cmpuint (result.imported, ==, 0);
  g_assert_cmpint (query_int (f->path, "SELECT count (*) FROM candidates"), ==, 1);
  g_assert_cmpint (query_int (f->path, "SELECT count (*) FROM applications"), ==, 0);
}

static void
cancel_halfway (double   fraction,
                gpointer user_data)
{
  if (fraction > 0.3)
    g_cancellable_cancel (user_data);
}

static GString *
many_rows (guint n)
{
  GString *text = g_string_new ("Full name,Email,Current title\n");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "Candidate %u,candidate.%u@example.com,VP %u\n", i, i, i);

  return text;
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  gint64 role_id = create_template_role (store, "VP of AI/ML Engineering");
  g_autoptr(GString) text = many_rows (40000);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(SlImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  SlImportResult result = { 0 };

  add_candidate (store, "Avery Castillo", "avery@example.com");
  before = database_state (f);

  import = read_text (store, role_id, text->str, SL_IMPORT_FORMAT_AUTO, &error);
  g_assert_no_error (error);
  g_assert_false (sl_store_import (store, import, SL_IMPORT_SKIP_DUPLICATES, cancellable,
                                   cancel_halfway, cancellable, &result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (result.imported, ==, 0);

  after = database_state (f);
  g_assert_cmpstr (after, ==, before);

  /* The same import, not cancelled, goes through. */
  g_clear_error (&error);
  g_assert_true (sl_store_import (store, import, SL_IMPORT_SKIP_DUPLICATES, NULL, NULL, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.imported, ==, 40000);
  g_assert_cmpint (query_int (f->path, "SELECT count (*) FROM candidates_fts WHERE candidates_fts MATCH '\"39999\"'"), ==, 1);
}

/* A failure in the middle, here the role gone between reading and
 * importing, leaves nothing behind. */
static void
test_error_rolls_back (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  gint64 role_id = create_template_role (store, "VP of AI/ML Engineering");
  gint64 other_role = create_template_role (store, "Head of Data");
  g_autoptr(GString) text = many_rows (5000);
  g_autoptr(SlImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  SlImportResult result = { 0 };

  import = read_text (store, role_id, text->str, SL_IMPORT_FORMAT_AUTO, &error);
  g_assert_no_error (error);
  g_assert_true (sl_store_delete_role (store, role_id, &error));
  before = database_state (f);

  g_assert_false (sl_store_import (store, import, SL_IMPORT_SKIP_DUPLICATES, NULL, NULL, NULL, &result, &error));
  g_assert_nonnull (error);
  after = database_state (f);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (query_int (f->path, "SELECT count (*) FROM applications"), ==, 0);
  g_assert_cmpint (other_role, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  FIXTURE_TEST ("/import/greenhouse", test_greenhouse);
  FIXTURE_TEST ("/import/lever", test_lever);
  FIXTURE_TEST ("/import/opencats", test_opencats);
  FIXTURE_TEST ("/import/shortlist", test_shortlist);
  FIXTURE_TEST ("/import/round-trip", test_round_trip);
  FIXTURE_TEST ("/import/detect", test_detect);
  FIXTURE_TEST ("/import/duplicates", test_duplicates);
  FIXTURE_TEST ("/import/skip-duplicates", test_skip_duplicates);
  FIXTURE_TEST ("/import/cancel", test_cancel);
  FIXTURE_TEST ("/import/error-rolls-back", test_error_rolls_back);

  return g_test_run ();
}
