/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "sl-csv.h"
#include "sl-store.h"

/* The CSV writer byte for byte, and the store's exports through it. */

static GOutputStream *
memory_stream_new (void)
{
  return g_memory_output_stream_new_resizable ();
}

/* Everything written to a memory stream, which this closes. */
static char *
stream_contents (GOutputStream *stream)
{
  g_autoptr(GBytes) bytes = NULL;

  g_assert_true (g_output_stream_close (stream, NULL, NULL));
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));

  /* An empty stream has no data at all. */
  if (g_bytes_get_size (bytes) == 0)
    return g_strdup ("");

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* One row of text fields, as written. */
static char *
row_of (const char * const *fields,
        guint               n_fields)
{
  g_autoptr(GOutputStream) stream = memory_stream_new ();
  g_autoptr(SlCsvWriter) csv = sl_csv_writer_new (stream);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n_fields; i++)
    sl_csv_writer_add_field (csv, fields[i]);
  g_assert_true (sl_csv_writer_end_row (csv, NULL, &error));
  g_assert_no_error (error);

  return stream_contents (stream);
}

static void
assert_row (const char * const *fields,
            guint               n_fields,
            const char         *expected)
{
  g_autofree char *row = row_of (fields, n_fields);

  g_assert_cmpstr (row, ==, expected);
}

#define ASSERT_ROW(expected, ...) \
  G_STMT_START { \
    const char * const fields_[] = { __VA_ARGS__ }; \
    assert_row (fields_, G_N_ELEMENTS (fields_), expected); \
  } G_STMT_END

static void
test_plain (void)
{
  g_autoptr(GOutputStream) stream = memory_stream_new ();
  g_autoptr(SlCsvWriter) csv = sl_csv_writer_new (stream);
  g_autofree char *contents = NULL;

  sl_csv_writer_add_field (csv, "name");
  sl_csv_writer_add_field (csv, "email");
  g_assert_true (sl_csv_writer_end_row (csv, NULL, NULL));
  sl_csv_writer_add_field (csv, "Dana Reyes");
  sl_csv_writer_add_field (csv, "dana@example.com");
  g_assert_true (sl_csv_writer_end_row (csv, NULL, NULL));

  /* Every row ends in CRLF, the last one too. */
  contents = stream_contents (stream);
  g_assert_cmpstr (contents, ==, "name,email\r\nDana Reyes,dana@example.com\r\n");
}

static void
test_quoting (void)
{
  ASSERT_ROW ("\"Austin, TX\",x\r\n", "Austin, TX", "x");
  ASSERT_ROW ("\"say \"\"hi\"\"\"\r\n", "say \"hi\"");
  ASSERT_ROW ("\"\"\"\"\r\n", "\"");
  ASSERT_ROW ("a'b,c;d\r\n", "a'b", "c;d");
  ASSERT_ROW ("\"line one\nline two\",end\r\n", "line one\nline two", "end");
  ASSERT_ROW ("\"line one\r\nline two\"\r\n", "line one\r\nline two");
  ASSERT_ROW ("\"one\rtwo\"\r\n", "one\rtwo");
  /* Spaces are data, kept as they are. */
  ASSERT_ROW (" padded ,x\r\n", " padded ", "x");
}

static void
test_empty (void)
{
  ASSERT_ROW (",,\r\n", "", NULL, "");
  ASSERT_ROW ("a,,b\r\n", "a", NULL, "b");
  ASSERT_ROW ("\r\n", NULL);
}

static void
test_formula_injection (void)
{
  /* A spreadsheet runs these as formulas; a leading apostrophe keeps them
   * text. */
  ASSERT_ROW ("'=1+1\r\n", "=1+1");
  ASSERT_ROW ("'+1 202 555 0100\r\n", "+1 202 555 0100");
  ASSERT_ROW ("'-2+3\r\n", "-2+3");
  ASSERT_ROW ("'@SUM(A1:A2)\r\n", "@SUM(A1:A2)");
  ASSERT_ROW ("'\tcmd\r\n", "\tcmd");
  ASSERT_ROW ("\"'\rcmd\"\r\n", "\rcmd");
  ASSERT_ROW ("\"'=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\")\"\r\n",
              "=HYPERLINK(\"http://example.com\",\"x\")");

  /* Only at the start of the field. */
  ASSERT_ROW ("a=b,x-y,1+1,me@example.com\r\n", "a=b", "x-y", "1+1", "me@example.com");
  ASSERT_ROW ("\"'=a,b\",x\r\n", "=a,b", "x");
}

static void
test_numbers (void)
{
  g_autoptr(GOutputStream) stream = memory_stream_new ();
  g_autoptr(SlCsvWriter) csv = sl_csv_writer_new (stream);
  g_autofree char *contents = NULL;

  /* A negative number stays a number. */
  sl_csv_writer_add_number (csv, -3, 0);
  sl_csv_writer_add_number (csv, 12, 0);
  sl_csv_writer_add_number (csv, 68.1818, 1);
  sl_csv_writer_add_number (csv, 100, 1);
  sl_csv_writer_add_number (csv, -0.25, 2);
  sl_csv_writer_add_number (csv, 1234567.5, 1);
  sl_csv_writer_add_number (csv, NAN, 1);
  sl_csv_writer_add_number (csv, INFINITY, 0);
  sl_csv_writer_add_field (csv, "-3");
  g_assert_true (sl_csv_writer_end_row (csv, NULL, NULL));

  /* No grouping and a decimal point whatever the locale, so that
   * spreadsheets read numbers; what is not a number is an empty field. */
  contents = stream_contents (stream);
  g_assert_cmpstr (contents, ==, "-3,12,68.2,100.0,-0.25,1234567.5,,,'-3\r\n");
}

static void
test_utf8 (void)
{
  const char *name = "Zoë Ångström-Łukasiewicz — 東京 🙂";
  g_autofree char *expected = g_strconcat (name, "\r\n", NULL);

  /* Byte for byte, with no byte order mark before it. */
  ASSERT_ROW (expected, name);
}

static void
test_write_error (void)
{
  g_autoptr(GOutputStream) stream = memory_stream_new ();
  g_autoptr(SlCsvWriter) csv = sl_csv_writer_new (stream);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_output_stream_close (stream, NULL, NULL));
  sl_csv_writer_add_field (csv, "x");
  g_assert_false (sl_csv_writer_end_row (csv, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CLOSED);
}

static void
test_cancelled (void)
{
  g_autoptr(GOutputStream) stream = memory_stream_new ();
  g_autoptr(SlCsvWriter) csv = sl_csv_writer_new (stream);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_cancellable_cancel (cancellable);
  sl_csv_writer_add_field (csv, "x");
  g_assert_false (sl_csv_writer_end_row (csv, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  /* The row that was refused is not written later with the next. */
  sl_csv_writer_add_field (csv, "y");
  g_assert_true (sl_csv_writer_end_row (csv, NULL, NULL));
  contents = stream_contents (stream);
  g_assert_cmpstr (contents, ==, "y\r\n");
}

/* A database in a folder of its own. */
typedef struct
{
  char *dir;
  SlStore *store;
  gint64 role_id;
} Fixture;

static gint64
add_candidate (SlStore    *store,
               const char *name,
               const char *email,
               const char *location)
{
  g_autoptr(SlCandidate) candidate = sl_candidate_new ();
  g_autoptr(GError) error = NULL;

  sl_candidate_set_name (candidate, name);
  sl_candidate_set_email (candidate, email);
  sl_candidate_set_location (candidate, location);
  g_assert_true (sl_store_save_candidate (store, candidate, &error));
  g_assert_no_error (error);

  return sl_candidate_get_id (candidate);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SlTemplate) template = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("shortlist-csv-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.db", NULL);
  f->store = sl_store_open (path, &error);
  g_assert_no_error (error);

  template = sl_template_load_builtin ("vp-ai-ml-engineering", &error);
  g_assert_no_error (error);
  f->role_id = sl_store_create_role (f->store, template, NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->store);

  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (f->dir, name, NULL);
      g_unlink (child);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

/* The day the candidate was added, as the user's calendar has it. */
static char *
added_date (SlStore *store,
            gint64   candidate_id)
{
  g_autoptr(SlCandidate) candidate = sl_store_get_candidate (store, candidate_id, NULL);
  g_autoptr(GDateTime) created = NULL;

  g_assert_nonnull (candidate);
  created = g_date_time_new_from_unix_local (sl_candidate_get_created (candidate));

  return g_date_time_format (created, "%Y-%m-%d");
}

static void
test_export_candidates (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GOutputStream) all = memory_stream_new ();
  g_autoptr(GOutputStream) in_role = memory_stream_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *all_text = NULL;
  g_autofree char *role_text = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *zoe_added = NULL;
  g_autofree char *avery_added = NULL;
  gint64 zoe;
  gint64 avery;
  guint n_rows = 0;

  zoe = add_candidate (f->store, "Zoë Brennan", "zoe@example.com", "Austin, TX");
  avery = add_candidate (f->store, "avery Adeyemi", NULL, NULL);
  g_assert_true (sl_store_trash_candidate (f->store,
                                           add_candidate (f->store, "Trashed Person", NULL, NULL),
                                           NULL));
  g_assert_cmpint (sl_store_add_application (f->store, zoe, f->role_id, &error), >, 0);
  g_assert_no_error (error);

  g_assert_true (sl_store_export_candidates (f->store, 0, all, &n_rows, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, 2);
  zoe_added = added_date (f->store, zoe);
  avery_added = added_date (f->store, avery);
  g_assert_true (g_regex_match_simple ("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", zoe_added, 0, 0));

  all_text = stream_contents (all);
  expected = g_strdup_printf ("name,email,phone,location,headline,company,source,notes,added\r\n"
                              "avery Adeyemi,,,,,,,,%s\r\n"
                              "Zoë Brennan,zoe@example.com,,\"Austin, TX\",,,,,%s\r\n",
                              avery_added, zoe_added);
  g_assert_cmpstr (all_text, ==, expected);
  g_clear_pointer (&expected, g_free);

  g_assert_true (sl_store_export_candidates (f->store, f->role_id, in_role, &n_rows, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, 1);
  role_text = stream_contents (in_role);
  expected = g_strdup_printf ("name,email,phone,location,headline,company,source,notes,added,"
                              "role,stage\r\n"
                              "Zoë Brennan,zoe@example.com,,\"Austin, TX\",,,,,%s,"
                              "VP of AI/ML Engineering,Applied\r\n",
                              zoe_added);
  g_assert_cmpstr (role_text, ==, expected);
}

static void
test_export_checklist_weightless (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GOutputStream) stream = memory_stream_new ();
  g_autoptr(GPtrArray) requirements = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n_rows = 0;
  gint64 dana;

  dana = add_candidate (f->store, "Dana Reyes", "dana@example.com", NULL);
  g_assert_cmpint (sl_store_add_application (f->store, dana, f->role_id, &error), >, 0);
  g_assert_no_error (error);

  /* Without requirements in force the role has no score to give. */
  requirements = sl_store_list_requirements (f->store, f->role_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < requirements->len; i++)
    {
      const SlRequirement *requirement = g_ptr_array_index (requirements, i);

      g_assert_true (sl_store_remove_requirement (f->store, requirement->id, &error));
      g_assert_no_error (error);
    }

  g_assert_true (sl_store_export_checklist (f->store, f->role_id, stream, &n_rows, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, 1);

  text = stream_contents (stream);
  g_assert_cmpstr (text, ==,
                   "Candidate,Email,Stage,Must-haves met,Must-haves,Nice-to-haves met,"
                   "Nice-to-haves,Score,Knock-out\r\n"
                   "Dana Reyes,dana@example.com,Applied,0,0,0,0,,no\r\n");
}

static void
test_export_checklist_cells (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GOutputStream) stream = memory_stream_new ();
  g_autoptr(GPtrArray) requirements = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) expected = NULL;
  g_autoptr(GString) suffix = NULL;
  const SlRequirement *first;
  const SlRequirement *second;
  gint64 application_id;

  application_id = sl_store_add_application (f->store,
                                             add_candidate (f->store, "=cmd", NULL, NULL),
                                             f->role_id, &error);
  g_assert_no_error (error);

  requirements = sl_store_list_requirements (f->store, f->role_id, &error);
  g_assert_no_error (error);
  first = g_ptr_array_index (requirements, 0);
  second = g_ptr_array_index (requirements, 1);
  g_assert_true (sl_store_assess (f->store, application_id, first->id, SL_ASSESSMENT_NOT_MET,
                                  "None, \"really\"", &error));
  g_assert_no_error (error);
  g_assert_true (sl_store_assess (f->store, application_id, second->id, SL_ASSESSMENT_PARTLY_MET,
                                  NULL, &error));
  g_assert_no_error (error);

  /* A requirement removed since is not a column, and its assessment is
   * left out rather than put under another heading. */
  g_assert_true (sl_store_remove_requirement (f->store, first->id, &error));
  g_assert_no_error (error);

  g_assert_true (sl_store_export_checklist (f->store, f->role_id, stream, NULL, NULL, &error));
  g_assert_no_error (error);

  /* The header and one row; after the row's nine columns of its own, a
   * status and evidence for each requirement still in force. */
  expected = g_string_new ("'=cmd,,Applied,0,");
  suffix = g_string_new (",no,partly-met,");
  for (guint i = 2; i < requirements->len; i++)
    g_string_append (suffix, ",unassessed,");

  text = stream_contents (stream);
  lines = g_strsplit (text, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_cmpstr (lines[2], ==, "");
  g_assert_null (strstr (lines[0], first->text));
  g_assert_nonnull (strstr (lines[0], second->text));
  g_assert_true (g_str_has_prefix (lines[1], expected->str));
  g_assert_true (g_str_has_suffix (lines[1], suffix->str));
}

static void
test_export_cancelled (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GOutputStream) stream = memory_stream_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  add_candidate (f->store, "Dana Reyes", NULL, NULL);
  g_cancellable_cancel (cancellable);

  g_assert_false (sl_store_export_candidates (f->store, 0, stream, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  g_assert_false (sl_store_export_checklist (f->store, f->role_id, stream, NULL, cancellable,
                                             &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_export_no_role (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GOutputStream) stream = memory_stream_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_false (sl_store_export_checklist (f->store, f->role_id + 1, stream, NULL, NULL, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (sl_store_export_candidates (f->store, f->role_id + 1, stream, NULL, NULL,
                                              &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);

  /* Nothing written, not even a header. */
  text = stream_contents (stream);
  g_assert_cmpstr (text, ==, "");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/plain", test_plain);
  g_test_add_func ("/csv/quoting", test_quoting);
  g_test_add_func ("/csv/empty", test_empty);
  g_test_add_func ("/csv/formula-injection", test_formula_injection);
  g_test_add_func ("/csv/numbers", test_numbers);
  g_test_add_func ("/csv/utf8", test_utf8);
  g_test_add_func ("/csv/write-error", test_write_error);
  g_test_add_func ("/csv/cancelled", test_cancelled);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/csv/export/candidates", test_export_candidates);
  ADD ("/csv/export/checklist-weightless", test_export_checklist_weightless);
  ADD ("/csv/export/checklist-cells", test_export_checklist_cells);
  ADD ("/csv/export/cancelled", test_export_cancelled);
  ADD ("/csv/export/no-role", test_export_no_role);

#undef ADD

  return g_test_run ();
}
