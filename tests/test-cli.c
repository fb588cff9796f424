/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <sqlite3.h>

#include "sl-store.h"
#include "test-pdf.h"

/* The command line, run as users run it: the built binary in a child
 * process, its exit status, standard output and standard error. */

typedef struct
{
  char *dir;
  char *db;
} Fixture;

typedef struct
{
  int status;
  char *out;
  char *err;
} Result;

static void
result_clear (Result *r)
{
  g_clear_pointer (&r->out, g_free);
  g_clear_pointer (&r->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

/* @vars holds names and values by twos, for the child's environment; a
 * %NULL value unsets the variable. */
static void
run_env_strv (Result             *r,
              const char         *env_db,
              const char * const *vars,
              const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *binary = g_getenv ("SHORTLIST");
  int wait_status;

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (gpointer) binary);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  /* Feeds in tests are served from this computer, never through a proxy. */
  envp = g_environ_unsetenv (envp, "http_proxy");
  envp = g_environ_unsetenv (envp, "https_proxy");
  envp = g_environ_unsetenv (envp, "HTTP_PROXY");
  envp = g_environ_unsetenv (envp, "HTTPS_PROXY");
  envp = g_environ_unsetenv (envp, "all_proxy");
  envp = g_environ_unsetenv (envp, "ALL_PROXY");
  if (env_db != NULL)
    envp = g_environ_setenv (envp, "SHORTLIST_DB", env_db, TRUE);
  else
    envp = g_environ_unsetenv (envp, "SHORTLIST_DB");
  for (guint i = 0; vars != NULL && vars[i] != NULL; i += 2)
    {
      if (vars[i + 1] != NULL)
        envp = g_environ_setenv (envp, vars[i], vars[i + 1], TRUE);
      else
        envp = g_environ_unsetenv (envp, vars[i]);
    }

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &r->out, &r->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  r->status = WEXITSTATUS (wait_status);
}

static void
run_strv (Result             *r,
          const char         *env_db,
          const char * const *args)
{
  run_env_strv (r, env_db, NULL, args);
}

static void
run (Result     *r,
     const char *env_db,
     ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *arg;
  va_list ap;

  va_start (ap, env_db);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  run_strv (r, env_db, (const char * const *) args->pdata);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("shortlist-cli-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->db = g_build_filename (f->dir, "cli.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static char *
checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static char *
query_text (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

static void
assert_one_line_error (Result     *r,
                       int         status,
                       const char *fragment)
{
  g_assert_cmpint (r->status, ==, status);
  g_assert_true (g_str_has_prefix (r->err, "shortlist: "));
  g_assert_nonnull (strstr (r->err, fragment));
  /* A failure is one line; a usage error may add the command's help. */
  if (status == 1)
    g_assert_true (strchr (r->err, '\n') == r->err + strlen (r->err) - 1);
}

static void
test_sample (Fixture       *f,
             gconstpointer  data)
{
  g_auto(Result) r = { 0 };
  g_auto(Result) again = { 0 };
  g_autofree char *integrity = NULL;
  g_autofree char *count = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GStatBuf st;

  run (&r, NULL, "sample", "--db", f->db, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "12 candidates"));
  g_assert_cmpstr (r.err, ==, "");

  g_assert_cmpint (g_stat (f->db, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  integrity = query_text (f->db, "PRAGMA integrity_check");
  g_assert_cmpstr (integrity, ==, "ok");
  count = query_text (f->db, "SELECT count(*) FROM candidates");
  g_assert_cmpstr (count, ==, "12");

  /* Again on the same file: refused, nothing changed. */
  before = checksum (f->db);
  run (&again, NULL, "sample", "--db", f->db, NULL);
  assert_one_line_error (&again, 1, "already holds");
  after = checksum (f->db);
  g_assert_cmpstr (before, ==, after);
}

static void
test_options_anywhere (Fixture       *f,
                       gconstpointer  data)
{
  g_auto(Result) r = { 0 };
  g_auto(Result) listed = { 0 };
  g_autofree char *count = NULL;

  run (&r, NULL, "--db", f->db, "sample", "--candidates", "3", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "3 candidates"));
  count = query_text (f->db, "SELECT count(*) FROM candidates");
  g_assert_cmpstr (count, ==, "3");

  run (&listed, NULL, "market", "--db", f->db, "list", NULL);
  g_assert_cmpint (listed.status, ==, 0);
}

static char *
strip_separators (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    if (*p != ',' && *p != '.' && *p != ' ')
      g_string_append_c (s, *p);

  return g_string_free (s, FALSE);
}

static void
test_market_list (Fixture       *f,
                  gconstpointer  data)
{
  g_auto(Result) made = { 0 };
  g_auto(Result) r = { 0 };
  g_autofree char *digits = NULL;

  /* The embedded data set is stored with a new database. */
  run (&made, NULL, "sample", "--candidates", "0", "--db", f->db, NULL);
  g_assert_cmpint (made.status, ==, 0);

  /* SHORTLIST_DB stands in for --db. */
  run (&r, f->db, "market", "list", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "VP of AI/ML Engineering"));
  g_assert_nonnull (strstr (r.out, "VP of Engineering (including AI/ML)"));
  g_assert_nonnull (strstr (r.out, "VP Machine Learning Engineer"));
  g_assert_nonnull (strstr (r.out, "2024-12-31"));

  /* The seed's figures, whatever the locale groups digits with. */
  digits = strip_separators (r.out);
  g_assert_nonnull (strstr (digits, "$130000–$500000+"));
  g_assert_nonnull (strstr (digits, "$217433–$283018"));
  g_assert_nonnull (strstr (digits, "$224452"));
  g_assert_nonnull (strstr (digits, "total:mean$283018"));
  g_assert_nonnull (strstr (r.out, "3 entries"));
}

static void
test_read_needs_file (Fixture       *f,
                      gconstpointer  data)
{
  g_auto(Result) r = { 0 };
  g_auto(Result) env = { 0 };

  /* A command that only reads makes no database where a mistyped path
   * points. */
  run (&r, NULL, "market", "list", "--db", f->db, NULL);
  assert_one_line_error (&r, 1, "does not exist");
  g_assert_nonnull (strstr (r.err, "cli.db"));
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));

  run (&env, f->db, "market", "list", NULL);
  assert_one_line_error (&env, 1, "does not exist");
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
}

static void
test_folder_as_database (Fixture       *f,
                         gconstpointer  data)
{
  g_auto(Result) r = { 0 };

  run (&r, NULL, "sample", "--db", f->dir, NULL);
  assert_one_line_error (&r, 1, "is a folder");
}

static void
test_usage_errors (Fixture       *f,
                   gconstpointer  data)
{
  struct {
    const char *args[11];
    const char *fragment;
  } cases[] = {
    { { "frobnicate", "--db", f->db, NULL }, "unknown command “frobnicate”" },
    { { "sample", "--bogus", "--db", f->db, NULL }, "--bogus" },
    { { "sample", "--candidates", "-1", "--db", f->db, NULL }, "--candidates" },
    { { "sample", "extra", "--db", f->db, NULL }, "no arguments" },
    { { "market", "--db", f->db, NULL }, "market needs a command" },
    { { "market", "bogus", "--db", f->db, NULL }, "unknown command “market bogus”" },
    { { "role", "--db", f->db, NULL }, "role needs a command" },
    { { "role", "export", "x.json", "--db", f->db, NULL }, "needs --role" },
    { { "role", "export", "--role", "1", "--db", f->db, NULL }, "needs the file" },
    { { "role", "import", "--db", f->db, NULL }, "needs the template file" },
    { { "role", "import", "a.json", "b.json", "--db", f->db, NULL }, "one file" },
    { { "export", "x.csv", "--checklist", "--db", f->db, NULL }, "--checklist needs --role" },
    { { "chart", "x.png", "--kind", "salary", "--db", f->db, NULL }, "needs --role" },
    { { "chart", "x.png", "--role", "1", "--db", f->db, NULL }, "needs --kind" },
    { { "chart", "x.png", "--role", "1", "--kind", "pie", "--db", f->db, NULL }, "“pie”" },
    { { "chart", "x.png", "--role", "1", "--kind", "pie", "--db", f->db, NULL }, "heatmap, funnel, overview" },
    { { "chart", "x.png", "--role", "1", "--db", f->db, NULL }, "heatmap, funnel or overview" },
    { { "chart", "x.png", "--kind", "funnel", "--db", f->db, NULL }, "needs --role" },
    { { "chart", "x.png", "--role", "1", "--kind", "salary", "--size", "50x50", "--db", f->db, NULL }, "--size" },
    { { "chart", "--role", "1", "--kind", "salary", "--db", f->db, NULL }, "needs the file" },
    { { "stats", "--db", f->db, NULL }, "stats needs --role" },
    { { "chart", "x.png", "--kind", "heatmap", "--db", f->db, NULL }, "needs --role" },
    { { "stats", "extra", "--role", "1", "--db", f->db, NULL }, "no arguments" },
    { { "market", "import", "--db", f->db, NULL }, "needs the file" },
    { { "market", "import", "a.json", "b.json", "--db", f->db, NULL }, "one file" },
    { { "market", "import", "a.json", "--bogus", "--db", f->db, NULL }, "--bogus" },
    { { "market", "fetch", "--db", f->db, NULL }, "needs the feed’s address" },
    { { "market", "fetch", "https://example.org/a.json", "https://example.org/b.json", "--db", f->db, NULL },
      "one address" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Result) r = { 0 };

      run_strv (&r, NULL, cases[i].args);
      g_test_message ("case %u: %s", i, r.err);
      assert_one_line_error (&r, 2, cases[i].fragment);
      /* A usage error touches no database. */
      g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
    }
}

static void
test_refused_file (Fixture       *f,
                   gconstpointer  data)
{
  const char text[] = "First Name,Last Name\nDana,Reyes\n";
  g_auto(Result) r = { 0 };
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (f->db, text, -1, NULL));
  run (&r, NULL, "market", "list", "--db", f->db, NULL);
  assert_one_line_error (&r, 1, "is not a Shortlist database");
  g_assert_nonnull (strstr (r.err, "cli.db"));

  g_assert_true (g_file_get_contents (f->db, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, text);
}

static char *
path_in (Fixture    *f,
         const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

static void
make_sample (Fixture *f)
{
  g_auto(Result) r = { 0 };

  run (&r, NULL, "sample", "--db", f->db, NULL);
  g_assert_cmpint (r.status, ==, 0);
}

static void
assert_contents (const char *path,
                 const char *expected)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);
}

/* The rows of a CSV file, as RFC 4180 reads them; every row must end in
 * CRLF. */
static GPtrArray *
parse_csv (const char *text)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GStrvBuilder) fields = g_strv_builder_new ();
  g_autoptr(GString) field = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      if (*p == '"')
        {
          /* A doubled quote is one quote; a single one ends the field. */
          for (p++;; p++)
            {
              g_assert_true (*p != '\0');
              if (*p == '"' && *++p != '"')
                break;
              g_string_append_c (field, *p);
            }
        }
      else
        {
          for (; *p != ',' && *p != '\r' && *p != '\0'; p++)
            {
              g_assert_true (*p != '\n' && *p != '"');
              g_string_append_c (field, *p);
            }
        }

      g_strv_builder_add (fields, field->str);
      g_string_truncate (field, 0);

      if (*p == ',')
        {
          p++;
          continue;
        }

      g_assert_true (p[0] == '\r' && p[1] == '\n');
      p += 2;
      g_ptr_array_add (rows, g_strv_builder_end (fields));
      g_clear_pointer (&fields, g_strv_builder_unref);
      fields = g_strv_builder_new ();
    }

  return g_steal_pointer (&rows);
}

static GPtrArray *
read_csv (const char *path)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  /* UTF-8 with no byte order mark. */
  g_assert_true (g_utf8_validate (contents, -1, NULL));
  g_assert_false (g_str_has_prefix (contents, "\xef\xbb\xbf"));

  return parse_csv (contents);
}

static void
test_role_round_trip (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *first = path_in (f, "first.json");
  g_autofree char *second = path_in (f, "second.json");
  g_autofree char *other_db = path_in (f, "other.db");
  g_autofree char *first_contents = NULL;
  g_autofree char *second_contents = NULL;
  g_autofree char *count = NULL;
  g_auto(Result) exported = { 0 };
  g_auto(Result) imported = { 0 };
  g_auto(Result) again = { 0 };
  g_auto(Result) renamed = { 0 };
  g_auto(Result) reexported = { 0 };

  make_sample (f);

  /* Options stand anywhere after the command's name. */
  run (&exported, NULL, "role", "export", "--role", "1", first, "--db", f->db, NULL);
  g_assert_cmpint (exported.status, ==, 0);
  g_assert_cmpstr (exported.err, ==, "");
  g_assert_nonnull (strstr (exported.out, "“VP of AI/ML Engineering”"));
  g_assert_nonnull (strstr (exported.out, "first.json"));

  run (&imported, NULL, "role", "import", first, "--db", other_db, NULL);
  g_assert_cmpint (imported.status, ==, 0);
  g_assert_cmpstr (imported.err, ==, "");
  g_assert_nonnull (strstr (imported.out, "“VP of AI/ML Engineering”"));
  g_assert_nonnull (strstr (imported.out, "id 1"));

  /* By title this time: the same role makes the same template. */
  run (&reexported, other_db, "role", "export", second, "--role", "VP of AI/ML Engineering", NULL);
  g_assert_cmpint (reexported.status, ==, 0);
  g_assert_true (g_file_get_contents (first, &first_contents, NULL, NULL));
  g_assert_true (g_file_get_contents (second, &second_contents, NULL, NULL));
  g_assert_cmpstr (first_contents, ==, second_contents);

  /* Titles are unique; --title gives the copy another. */
  run (&again, NULL, "role", "import", first, "--db", other_db, NULL);
  assert_one_line_error (&again, 1, "exists already");
  g_assert_nonnull (strstr (again.err, "--title"));
  count = query_text (other_db, "SELECT count(*) FROM roles");
  g_assert_cmpstr (count, ==, "1");
  g_clear_pointer (&count, g_free);

  run (&renamed, NULL, "role", "import", "--title", "VP of AI/ML Engineering, Europe", first,
       "--db", other_db, NULL);
  g_assert_cmpint (renamed.status, ==, 0);
  g_assert_nonnull (strstr (renamed.out, "“VP of AI/ML Engineering, Europe”"));
  count = query_text (other_db, "SELECT count(*) FROM roles");
  g_assert_cmpstr (count, ==, "2");
}

/* A copy of a template with the fourth requirement of a kind there is
 * not. */
static void
write_invalid_template (const char *from,
                        const char *to)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonObject *requirement;

  json_parser_load_from_file (parser, from, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  requirement = json_array_get_object_element (json_object_get_array_member (root, "requirements"),
                                               3);
  json_object_set_string_member (requirement, "kind", "maybe");

  json_generator_set_root (generator, json_parser_get_root (parser));
  json_generator_to_file (generator, to, &error);
  g_assert_no_error (error);
}

static void
test_role_import_invalid (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *good = path_in (f, "good.json");
  g_autofree char *bad = path_in (f, "bad.json");
  g_autofree char *fresh_db = path_in (f, "fresh.db");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *count = NULL;
  g_auto(Result) exported = { 0 };
  g_auto(Result) r = { 0 };
  g_auto(Result) fresh = { 0 };

  make_sample (f);
  run (&exported, f->db, "role", "export", "--role", "1", good, NULL);
  g_assert_cmpint (exported.status, ==, 0);
  write_invalid_template (good, bad);

  /* Refused with the member that is wrong, after the file's name; the
   * database is as it was. */
  before = checksum (f->db);
  run (&r, f->db, "role", "import", bad, "--title", "Another title", NULL);
  assert_one_line_error (&r, 1, "requirements[3].kind");
  g_assert_nonnull (strstr (r.err, "bad.json"));
  g_assert_nonnull (strstr (r.err, "maybe"));
  count = query_text (f->db, "SELECT count(*) FROM roles");
  g_assert_cmpstr (count, ==, "1");
  after = checksum (f->db);
  g_assert_cmpstr (before, ==, after);

  /* Nor is a database made for it. */
  run (&fresh, fresh_db, "role", "import", bad, NULL);
  assert_one_line_error (&fresh, 1, "requirements[3].kind");
  g_assert_false (g_file_test (fresh_db, G_FILE_TEST_EXISTS));
}

static void
test_role_export_refused (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *missing = path_in (f, "no-such-folder/role.json");
  g_autofree char *target = path_in (f, "role.json");
  g_auto(Result) no_folder = { 0 };
  g_auto(Result) no_role = { 0 };
  g_auto(Result) folder = { 0 };

  make_sample (f);

  run (&no_folder, f->db, "role", "export", "--role", "1", missing, NULL);
  assert_one_line_error (&no_folder, 1, "does not exist");
  g_assert_nonnull (strstr (no_folder.err, "no-such-folder"));

  run (&no_role, f->db, "role", "export", "--role", "Chief Vibes Officer", target, NULL);
  assert_one_line_error (&no_role, 1, "Chief Vibes Officer");
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));

  run (&folder, f->db, "role", "export", "--role", "1", f->dir, NULL);
  assert_one_line_error (&folder, 1, "is a folder");
  g_assert_true (g_file_test (f->dir, G_FILE_TEST_IS_DIR));
}

static const char *
field (GStrv       row,
       GStrv       header,
       const char *name)
{
  for (guint i = 0; header[i] != NULL; i++)
    if (g_strcmp0 (header[i], name) == 0)
      return row[i];

  g_assert_not_reached ();
}

static void
test_export_checklist (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *target = path_in (f, "checklist.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStore) store = NULL;
  g_autoptr(GPtrArray) requirements = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GListModel) applications = NULL;
  g_auto(Result) r = { 0 };
  GStrv header;
  guint n_met = 0;
  guint n_not_met = 0;
  GStatBuf st;

  make_sample (f);
  run (&r, NULL, "export", target, "--db", f->db, "--role", "1", "--checklist", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_nonnull (strstr (r.out, "12 rows"));

  /* Contact details: only the user may read a new file, as the database. */
  g_assert_cmpint (g_stat (target, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  store = sl_store_open (f->db, &error);
  g_assert_no_error (error);
  requirements = sl_store_list_requirements (store, 1, &error);
  g_assert_no_error (error);

  /* The summary's columns, then the status and the evidence of each
   * requirement, in the role's order. */
  rows = read_csv (target);
  g_assert_cmpuint (rows->len, ==, 1 + 12);
  header = g_ptr_array_index (rows, 0);
  g_assert_cmpuint (g_strv_length (header), ==, 9 + 2 * requirements->len);
  g_assert_cmpstr (header[0], ==, "Candidate");
  g_assert_cmpstr (header[7], ==, "Score");
  g_assert_cmpstr (header[8], ==, "Knock-out");
  for (guint i = 0; i < requirements->len; i++)
    {
      const SlRequirement *requirement = g_ptr_array_index (requirements, i);
      g_autofree char *evidence = g_strconcat (requirement->text, " — evidence", NULL);

      g_assert_cmpstr (header[9 + 2 * i], ==, requirement->text);
      g_assert_cmpstr (header[10 + 2 * i], ==, evidence);
    }

  /* Every cell as the store has it, in the order of the role's checklist
   * by stage. */
  applications = sl_store_list_checklist (store, 1, NULL, SL_CHECKLIST_ORDER_STAGE, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (applications), ==, 12);
  for (guint a = 0; a < 12; a++)
    {
      g_autoptr(SlApplication) application = g_list_model_get_item (applications, a);
      g_autoptr(GPtrArray) assessments = NULL;
      const SlChecklistSummary *summary = sl_application_get_checklist (application);
      GStrv row = g_ptr_array_index (rows, 1 + a);
      double score = sl_checklist_summary_get_score (summary);
      g_autofree char *must_met = g_strdup_printf ("%u", summary->must_met);
      g_autofree char *score_text = isnan (score) ? g_strdup ("")
                                                  : g_strdup_printf ("%.1f", score * 100);

      g_assert_cmpuint (g_strv_length (row), ==, g_strv_length (header));
      g_assert_cmpstr (field (row, header, "Candidate"), ==,
                       sl_application_get_candidate_name (application));
      g_assert_cmpstr (field (row, header, "Stage"), ==,
                       sl_application_get_stage_name (application));
      g_assert_cmpstr (field (row, header, "Must-haves met"), ==, must_met);
      g_assert_cmpstr (field (row, header, "Score"), ==, score_text);
      g_assert_cmpstr (field (row, header, "Knock-out"), ==,
                       sl_checklist_summary_is_knocked_out (summary) ? "yes" : "no");
      g_assert_true (g_str_has_suffix (field (row, header, "Email"), "@example.com"));

      assessments = sl_store_list_assessments (store, sl_application_get_id (application), &error);
      g_assert_no_error (error);
      g_assert_cmpuint (assessments->len, ==, requirements->len);
      for (guint i = 0; i < assessments->len; i++)
        {
          const SlAssessment *assessment = g_ptr_array_index (assessments, i);

          g_assert_cmpstr (row[9 + 2 * i], ==, sl_assessment_status_to_string (assessment->status));
          g_assert_cmpstr (row[10 + 2 * i], ==,
                           assessment->evidence != NULL ? assessment->evidence : "");
          n_met += assessment->status == SL_ASSESSMENT_MET;
          n_not_met += assessment->status == SL_ASSESSMENT_NOT_MET;
        }
    }

  /* The sample has both, so the comparison above compared something. */
  g_assert_cmpuint (n_met, >, 0);
  g_assert_cmpuint (n_not_met, >, 0);
}

static guint
count_candidates (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStore) store = sl_store_open (f->db, &error);

  g_assert_no_error (error);
  return sl_store_count_candidates (store, NULL);
}

static char *
import_sample (const char *name)
{
  return g_build_filename (g_getenv ("SHORTLIST_SOURCE_DIR"), "tests", "data", "import", name, NULL);
}

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *greenhouse = import_sample ("greenhouse.csv");
  g_auto(Result) r = { 0 };

  make_sample (f);
  run (&r, NULL, "import", greenhouse, "--db", f->db, "--role", "VP of AI/ML Engineering", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_nonnull (strstr (r.out, ": 5 rows; format: Greenhouse bulk import\n"));
  g_assert_nonnull (strstr (r.out, "Imported 2 new candidates into “VP of AI/ML Engineering”\n"));
  g_assert_nonnull (strstr (r.out, "Left out, as not valid:\n"
                                   "  line 4: The candidate’s name is empty\n"
                                   "  line 5: “priya.raman.example.com” is not an email address\n"));
  g_assert_nonnull (strstr (r.out, "Skipped 1 duplicate (--duplicates merge merges it):\n"
                                   "  line 6: same email as line 3\n"));
  g_assert_cmpint (count_candidates (f), ==, 14);

  /* Again, merging: everyone is known now. */
  result_clear (&r);
  run (&r, NULL, "import", greenhouse, "--db", f->db, "--role", "1", "--duplicates", "merge", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "Merged 3 duplicates into the candidates already known:\n"
                                   "  line 2: same email as Maya Lindqvist, who is in Shortlist\n"));
  g_assert_cmpint (count_candidates (f), ==, 14);
}

/* A file that cannot be imported as a whole: exit 1 with where, and the
 * database as it was. */
static void
test_import_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *broken = path_in (f, "broken.csv");
  g_autofree char *lever = import_sample ("lever.csv");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(Result) r = { 0 };

  make_sample (f);
  g_assert_true (g_file_set_contents (broken,
                                      "Full name,Email\nDana Reyes,dana@example.com\nAvery,\"avery@example.com\n",
                                      -1, NULL));
  before = checksum (f->db);

  run (&r, NULL, "import", broken, "--db", f->db, "--role", "1", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_true (g_str_has_suffix (r.err, "broken.csv: line 3: the quote that opens field 2 is never closed\n"));
  g_assert_cmpstr (r.out, ==, "");

  result_clear (&r);
  run (&r, NULL, "import", lever, "--db", f->db, "--role", "1", "--format", "opencats", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "lever.csv: line 1: there is no “firstName” column, which a file of the OpenCATS export has"));

  result_clear (&r);
  run (&r, NULL, "import", lever, "--db", f->db, "--role", "1", "--dry-run", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "Would import 3 new candidates into “VP of AI/ML Engineering”; nothing was written\n"));
  g_assert_nonnull (strstr (r.out, "Imported with a note:\n"
                                   "  line 3: the role has no stage “Phone Screen”; starts at Applied\n"));

  result_clear (&r);
  run (&r, NULL, "import", lever, "--db", f->db, NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_true (g_str_has_prefix (r.err, "shortlist: import needs --role\n"));

  result_clear (&r);
  run (&r, NULL, "import", lever, "--db", f->db, "--role", "1", "--format", "workday", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_true (g_str_has_prefix (r.err, "shortlist: --format “workday” is not one of auto, shortlist, greenhouse, lever, opencats\n"));

  after = checksum (f->db);
  g_assert_cmpstr (after, ==, before);
}

/* With --bom for Excel, the file starts with one, and imports again. */
static void
test_export_bom (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *target = path_in (f, "excel.csv");
  g_autofree char *contents = NULL;
  g_auto(Result) r = { 0 };

  make_sample (f);
  run (&r, NULL, "export", target, "--db", f->db, "--role", "1", "--bom", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xef\xbb\xbfname,email,"));

  result_clear (&r);
  run (&r, NULL, "import", target, "--db", f->db, "--role", "1", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, ": 12 rows; format: Shortlist CSV\n"));
  g_assert_nonnull (strstr (r.out, "Skipped 12 duplicates"));
}

/* shortlist erase: the candidate goes; someone unknown is an error that
 * changes nothing. */
static void
test_erase (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(Result) r = { 0 };

  make_sample (f);
  run (&r, NULL, "erase", "--db", f->db, "--candidate", "3", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "Erased candidate 3 and everything held about them, from the database and 0 backups\n");
  g_assert_cmpint (count_candidates (f), ==, 11);

  before = checksum (f->db);
  result_clear (&r);
  run (&r, NULL, "erase", "--db", f->db, "--candidate", "3", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.err, ==, "shortlist: There is no candidate with id 3\n");
  after = checksum (f->db);
  g_assert_cmpstr (after, ==, before);

  result_clear (&r);
  run (&r, NULL, "erase", "--db", f->db, NULL);
  g_assert_cmpint (r.status, ==, 2);
}

/* shortlist export-candidate: a private JSON file; none for someone
 * unknown. */
static void
test_export_candidate (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *target = path_in (f, "subject.json");
  g_autofree char *contents = NULL;
  g_auto(Result) r = { 0 };
  GStatBuf st;

  make_sample (f);
  run (&r, NULL, "export-candidate", target, "--db", f->db, "--candidate", "1", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"format\" : \"shortlist-subject/1\""));
  g_assert_cmpint (g_stat (target, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_unlink (target);
  result_clear (&r);
  run (&r, NULL, "export-candidate", target, "--db", f->db, "--candidate", "99", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.err, ==, "shortlist: There is no candidate with id 99\n");
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
}

static void
test_export_formula (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *checklist = path_in (f, "checklist.csv");
  g_autofree char *candidates = path_in (f, "candidates.csv");
  g_autofree char *everyone = path_in (f, "everyone.csv");
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Result) r = { 0 };
  g_auto(Result) in_role = { 0 };
  g_auto(Result) all = { 0 };

  make_sample (f);
  {
    g_autoptr(SlStore) store = sl_store_open (f->db, &error);
    g_autoptr(SlCandidate) candidate = sl_candidate_new ();

    g_assert_no_error (error);
    sl_candidate_set_name (candidate, "=HYPERLINK(\"x\")");
    sl_candidate_set_notes (candidate, "Met at the fair,\nsays \"hi\"");
    g_assert_cmpint (sl_store_add_candidate_to_role (store, candidate, 1, &error), >, 0);
    g_assert_no_error (error);
  }

  /* A spreadsheet would run the name as a formula; it comes out as text,
   * quoted for its quotes. */
  run (&r, f->db, "export", checklist, "--checklist", "--role", "VP of AI/ML Engineering", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "13 rows"));
  g_assert_true (g_file_get_contents (checklist, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\r\n\"'=HYPERLINK(\"\"x\"\")\","));
  g_clear_pointer (&contents, g_free);

  run (&in_role, f->db, "export", "--role", "1", candidates, NULL);
  g_assert_cmpint (in_role.status, ==, 0);
  g_assert_nonnull (strstr (in_role.out, "13 rows"));
  g_assert_true (g_file_get_contents (candidates, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents,
                                   "name,email,phone,location,headline,company,source,notes,added,"
                                   "role,stage\r\n"));
  g_assert_nonnull (strstr (contents, "\r\n\"'=HYPERLINK(\"\"x\"\")\","));
  g_assert_nonnull (strstr (contents, ",\"Met at the fair,\nsays \"\"hi\"\"\","));

  run (&all, f->db, "export", everyone, NULL);
  g_assert_cmpint (all.status, ==, 0);
  g_assert_nonnull (strstr (all.out, "13 rows"));
  rows = read_csv (everyone);
  g_assert_cmpuint (rows->len, ==, 1 + 13);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpuint (g_strv_length (g_ptr_array_index (rows, i)), ==, 9);
  /* By name: "=" sorts before the letters. */
  g_assert_cmpstr (((GStrv) g_ptr_array_index (rows, 1))[0], ==, "'=HYPERLINK(\"x\")");
  g_assert_true (g_regex_match_simple ("^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                                       ((GStrv) g_ptr_array_index (rows, 1))[8], 0, 0));
}

static void
test_export_failure_keeps_file (Fixture       *f,
                                gconstpointer  data)
{
  const char old_contents[] = "name\r\nAn export from before\r\n";
  g_autofree char *target = path_in (f, "export.csv");
  g_autofree char *fresh = path_in (f, "fresh.csv");
  g_autofree char *missing = path_in (f, "no-such-folder/export.csv");
  g_auto(Result) no_role = { 0 };
  g_auto(Result) no_role_fresh = { 0 };
  g_auto(Result) broken = { 0 };
  g_auto(Result) broken_fresh = { 0 };
  g_auto(Result) no_folder = { 0 };
  sqlite3 *db = NULL;

  make_sample (f);
  g_assert_true (g_file_set_contents (target, old_contents, -1, NULL));

  run (&no_role, f->db, "export", target, "--role", "Chief Vibes Officer", "--checklist", NULL);
  assert_one_line_error (&no_role, 1, "Chief Vibes Officer");
  assert_contents (target, old_contents);

  run (&no_role_fresh, f->db, "export", fresh, "--role", "99", NULL);
  assert_one_line_error (&no_role_fresh, 1, "99");
  g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));

  run (&no_folder, f->db, "export", missing, NULL);
  assert_one_line_error (&no_folder, 1, "does not exist");
  g_assert_nonnull (strstr (no_folder.err, "no-such-folder"));

  /* A database that fails halfway, when the header is written already:
   * what was written is dropped. */
  g_assert_cmpint (sqlite3_open (f->db, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DROP TABLE requirement_assessments", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);

  run (&broken, f->db, "export", target, "--role", "1", "--checklist", NULL);
  assert_one_line_error (&broken, 1, "export.csv");
  assert_contents (target, old_contents);

  run (&broken_fresh, f->db, "export", fresh, "--role", "1", "--checklist", NULL);
  assert_one_line_error (&broken_fresh, 1, "fresh.csv");
  g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));

  /* Nothing else is left in the folder, such as a temporary file. */
  {
    g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      g_assert_true (g_str_has_prefix (name, "cli.db") || g_strcmp0 (name, "export.csv") == 0);
  }
}


/* The salary chart of the sample role, drawn headless in each format; the
 * PDF's labels are text that pdftotext reads back. */
static void
test_chart (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *png = g_build_filename (f->dir, "salary.png", NULL);
  g_autofree char *svg = g_build_filename (f->dir, "total.svg", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "salary.pdf", NULL);
  g_autofree char *gif = g_build_filename (f->dir, "salary.gif", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  const char *pdftotext[] = { "pdftotext", pdf, "-", NULL };
  int wait_status;
  gsize length;

  {
    g_auto(Result) r = { 0 };
    run (&r, NULL, "sample", "--db", f->db, NULL);
    g_assert_cmpint (r.status, ==, 0);
  }

  {
    g_auto(Result) r = { 0 };
    run (&r, NULL, "chart", png, "--role", "VP of AI/ML Engineering", "--kind", "salary",
         "--size", "1000x600", "--db", f->db, NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, "1000 × 600"));
    g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
    g_assert_cmpuint (length, >, 8);
    g_assert_cmpint (memcmp (contents, "\x89PNG", 4), ==, 0);
    g_clear_pointer (&contents, g_free);
  }

  {
    g_auto(Result) r = { 0 };
    run (&r, NULL, "chart", svg, "--role", "1", "--kind", "total-comp", "--db", f->db, NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
    g_assert_nonnull (strstr (contents, "<svg"));
    g_clear_pointer (&contents, g_free);
  }

  {
    g_auto(Result) r = { 0 };
    run (&r, NULL, "chart", pdf, "--role", "1", "--kind", "salary", "--db", f->db, NULL);
    g_assert_cmpint (r.status, ==, 0);
  }

  g_spawn_sync (NULL, (char **) pdftotext, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &text, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "Market"));
  g_assert_nonnull (strstr (text, "$130K"));
  g_assert_nonnull (strstr (text, "$217,433"));

  /* The overview is of every role, and needs none named. */
  {
    g_autofree char *overview = g_build_filename (f->dir, "overview.pdf", NULL);
    g_autofree char *overview_text = NULL;
    const char *read_overview[] = { "pdftotext", overview, "-", NULL };
    g_auto(Result) r = { 0 };

    run (&r, NULL, "chart", overview, "--kind", "overview", "--db", f->db, NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_spawn_sync (NULL, (char **) read_overview, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                  NULL, NULL, &overview_text, NULL, &wait_status, &error);
    g_assert_no_error (error);
    g_assert_nonnull (strstr (overview_text, "VP of AI/ML Engineering"));
  }

  /* The committee's heat map, from the sample's scorecards. */
  {
    g_autofree char *heatmap = g_build_filename (f->dir, "heatmap.png", NULL);
    g_autofree char *heatmap_png = NULL;
    g_auto(Result) r = { 0 };

    run (&r, NULL, "chart", heatmap, "--kind", "heatmap", "--role", "1", "--db", f->db, NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_file_get_contents (heatmap, &heatmap_png, NULL, NULL));
    g_assert_cmpint (memcmp (heatmap_png, "\x89PNG", 4), ==, 0);
  }

  /* The pipeline as a funnel, in a PNG and in a PDF whose stage names are
   * text. */
  {
    g_autofree char *funnel = g_build_filename (f->dir, "funnel.png", NULL);
    g_autofree char *funnel_pdf = g_build_filename (f->dir, "funnel.pdf", NULL);
    g_autofree char *funnel_png = NULL;
    g_autofree char *funnel_text = NULL;
    const char *read_funnel[] = { "pdftotext", funnel_pdf, "-", NULL };
    gsize funnel_length;

    {
      g_auto(Result) r = { 0 };

      run (&r, NULL, "chart", funnel, "--kind", "funnel", "--role", "VP of AI/ML Engineering",
           "--size", "800x500", "--db", f->db, NULL);
      g_assert_cmpint (r.status, ==, 0);
      g_assert_nonnull (strstr (r.out, "funnel chart"));
      g_assert_nonnull (strstr (r.out, "800 × 500"));
      g_assert_true (g_file_get_contents (funnel, &funnel_png, &funnel_length, NULL));
      g_assert_cmpuint (funnel_length, >, 8);
      g_assert_cmpint (memcmp (funnel_png, "\x89PNG", 4), ==, 0);
    }

    {
      g_auto(Result) r = { 0 };

      run (&r, NULL, "chart", funnel_pdf, "--kind", "funnel", "--role", "1", "--db", f->db, NULL);
      g_assert_cmpint (r.status, ==, 0);
    }
    g_spawn_sync (NULL, (char **) read_funnel, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                  NULL, NULL, &funnel_text, NULL, &wait_status, &error);
    g_assert_no_error (error);
    g_assert_nonnull (strstr (funnel_text, "VP of AI/ML Engineering — pipeline"));
    g_assert_nonnull (strstr (funnel_text, "Recruiter screen"));
    g_assert_nonnull (strstr (funnel_text, "Rejected"));
    g_assert_nonnull (strstr (funnel_text, "of previous"));

    {
      g_auto(Result) r = { 0 };

      run (&r, NULL, "chart", funnel, "--kind", "funnel", "--role", "Chief Tea Officer", "--db", f->db, NULL);
      assert_one_line_error (&r, 1, "Chief Tea Officer");
    }
  }

  /* An unknown format, or a role that is not there: exit 1, no file, and
   * the one already there stays as it was. */
  before = checksum (png);
  {
    g_auto(Result) r = { 0 };
    run (&r, NULL, "chart", gif, "--role", "1", "--kind", "salary", "--db", f->db, NULL);
    assert_one_line_error (&r, 1, ".png, .svg or .pdf");
    g_assert_false (g_file_test (gif, G_FILE_TEST_EXISTS));
  }
  {
    g_auto(Result) r = { 0 };
    run (&r, NULL, "chart", png, "--role", "Chief Tea Officer", "--kind", "salary", "--db", f->db, NULL);
    assert_one_line_error (&r, 1, "Chief Tea Officer");
  }
  after = checksum (png);
  g_assert_cmpstr (after, ==, before);
}

/* No file of that name, nor one written aside for it. */
static void
assert_no_file (Fixture    *f,
                const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *aside = g_strconcat (".", base, NULL);
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_prefix (name, aside));
}

/* The committee packet: the role's, blind, one candidate's, on both
 * papers; and what is refused, leaving no file behind. */
static void
test_report (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "packet.pdf", NULL);
  g_autofree char *blind = g_build_filename (f->dir, "blind.pdf", NULL);
  g_autofree char *one = g_build_filename (f->dir, "one.pdf", NULL);
  g_autofree char *refused = g_build_filename (f->dir, "refused.pdf", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "no such folder", "packet.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *pdfinfo[] = { "pdfinfo", pdf, NULL };

  {
    g_auto(Result) r = { 0 };
    run (&r, NULL, "sample", "--db", f->db, NULL);
    g_assert_cmpint (r.status, ==, 0);
  }

  {
    g_auto(Result) r = { 0 };
    run (&r, NULL, "report", pdf, "--role", "VP of AI/ML Engineering", "--paper", "letter", "--db", f->db, NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, "Wrote the committee packet of “VP of AI/ML Engineering”"));
    g_assert_nonnull (strstr (r.out, "US Letter"));
  }
  text = read_pdf_text (pdf);
  g_assert_nonnull (strstr (text, "VP of AI/ML Engineering"));
  g_assert_nonnull (strstr (text, "Requirement matrix"));
  g_assert_nonnull (strstr (text, "Dana Reyes"));
  g_assert_nonnull (strstr (text, "Sage Haddad"));
  g_assert_nonnull (strstr (text, "Every offer"));
  g_spawn_sync (NULL, (char **) pdfinfo, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &info, NULL, NULL, NULL);
  g_assert_nonnull (strstr (info, "612 x 792 pts (letter)"));
  g_clear_pointer (&text, g_free);

  {
    g_auto(Result) r = { 0 };
    run (&r, NULL, "report", "--blind", blind, "--role", "1", "--paper", "A4", "--db", f->db, NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, "names hidden"));
  }
  text = read_pdf_text (blind);
  g_assert_nonnull (strstr (text, "Candidate A"));
  g_assert_null (strstr (text, "Dana Reyes"));
  g_assert_null (strstr (text, "Haddad"));
  g_clear_pointer (&text, g_free);

  /* Sage Haddad, the sample's candidate at the offer. */
  {
    g_autofree char *id = query_text (f->db, "SELECT id FROM candidates WHERE name = 'Sage Haddad'");
    g_auto(Result) r = { 0 };

    run (&r, NULL, "report", one, "--role", "1", "--candidate", id, "--db", f->db, NULL);
    g_assert_cmpint (r.status, ==, 0);
  }
  text = read_pdf_text (one);
  g_assert_nonnull (strstr (text, "Sage Haddad"));
  g_assert_nonnull (strstr (text, "ONE CANDIDATE"));
  g_assert_null (strstr (text, "Dana Reyes"));

  /* Refused: nothing written, and a packet already there stays. */
  before = checksum (pdf);
  {
    g_auto(Result) r = { 0 };
    run (&r, NULL, "report", pdf, "--role", "Chief Tea Officer", "--db", f->db, NULL);
    assert_one_line_error (&r, 1, "Chief Tea Officer");
  }
  after = checksum (pdf);
  g_assert_cmpstr (after, ==, before);
  {
    g_auto(Result) r = { 0 };
    run (&r, NULL, "report", refused, "--role", "1", "--paper", "a5", "--db", f->db, NULL);
    assert_one_line_error (&r, 2, "--paper “a5” is not a4 or letter");
    assert_no_file (f, refused);
  }
  {
    g_auto(Result) r = { 0 };
    run (&r, NULL, "report", refused, "--role", "1", "--candidate", "9999", "--db", f->db, NULL);
    assert_one_line_error (&r, 1, "9999");
    assert_no_file (f, refused);
  }
  {
    g_auto(Result) r = { 0 };
    run (&r, NULL, "report", missing, "--role", "1", "--db", f->db, NULL);
    assert_one_line_error (&r, 1, "does not exist");
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }
  {
    g_auto(Result) r = { 0 };
    run (&r, NULL, "report", f->dir, "--role", "1", "--db", f->db, NULL);
    assert_one_line_error (&r, 1, "it is a folder");
  }
  {
    g_auto(Result) r = { 0 };
    run (&r, NULL, "report", refused, "--db", f->db, NULL);
    assert_one_line_error (&r, 2, "report needs --role");
    assert_no_file (f, refused);
  }
}

#define MARKET_DOCUMENT(as_of) \
  "{\"format\": \"shortlist-market/1\", \"source\": \"Example survey\"," \
  " \"as_of\": \"" as_of "\", \"currency\": \"USD\", \"entries\": [" \
  "  {\"role\": \"VP of Data\", \"component\": \"base\", \"sample_size\": 120," \
  "   \"percentiles\": {\"p25\": 200000, \"p50\": 240000, \"p75\": 300000}}," \
  "  {\"role\": \"VP of Data\", \"component\": \"total\", \"mean\": 320000}]}"

static void
test_market_import (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *good = path_in (f, "survey.json");
  g_autofree char *bad = path_in (f, "bad.json");
  g_autofree char *fresh_db = path_in (f, "fresh.db");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *count = NULL;
  g_autofree char *feed_url = NULL;
  g_auto(Result) r = { 0 };
  g_auto(Result) listed = { 0 };
  g_auto(Result) refused = { 0 };
  g_auto(Result) fresh = { 0 };
  g_auto(Result) missing = { 0 };

  make_sample (f);
  g_assert_true (g_file_set_contents (good, MARKET_DOCUMENT ("2024-12-31"), -1, NULL));

  run (&r, f->db, "market", "import", good, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpstr (r.out, ==, "Imported “Example survey” (2 entries, as of 2024-12-31) as data set 2\n");

  /* A file's data set has no feed. */
  feed_url = query_text (f->db, "SELECT coalesce (feed_url, 'none') FROM market_datasets WHERE id = 2");
  g_assert_cmpstr (feed_url, ==, "none");

  run (&listed, f->db, "market", "list", NULL);
  g_assert_cmpint (listed.status, ==, 0);
  g_assert_nonnull (strstr (listed.out, "2\tExample survey"));
  g_assert_nonnull (strstr (listed.out, "VP of Data · US · base · n=120"));
  g_assert_nonnull (strstr (listed.out, "VP of AI/ML Engineering"));

  /* Refused with the entry and the member that are wrong, after the
   * file's name; the database is as it was. */
  g_assert_true (g_file_set_contents (bad,
                                      "{\"format\": \"shortlist-market/1\", \"source\": \"S\","
                                      " \"as_of\": \"2024-12-31\", \"currency\": \"USD\","
                                      " \"entries\": [{\"component\": \"base\", \"mean\": 1}]}",
                                      -1, NULL));
  before = checksum (f->db);
  run (&refused, f->db, "market", "import", bad, NULL);
  assert_one_line_error (&refused, 1, "bad.json: entry 1: role is missing");
  count = query_text (f->db, "SELECT count(*) FROM market_datasets");
  g_assert_cmpstr (count, ==, "2");
  after = checksum (f->db);
  g_assert_cmpstr (before, ==, after);

  /* Nor is a database made for it. */
  run (&fresh, fresh_db, "market", "import", bad, NULL);
  assert_one_line_error (&fresh, 1, "entry 1: role is missing");
  g_assert_false (g_file_test (fresh_db, G_FILE_TEST_EXISTS));

  run (&missing, f->db, "market", "import", fresh_db, NULL);
  assert_one_line_error (&missing, 1, "fresh.db");
}

static void
test_market_fetch_insecure (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *feeds = NULL;
  g_auto(Result) r = { 0 };

  make_sample (f);
  before = checksum (f->db);

  /* Refused before anything is sent: feeds beyond this computer use
   * https. An address that can never be fetched is not listed. */
  run (&r, f->db, "market", "fetch", "http://example.com/x.json", NULL);
  assert_one_line_error (&r, 1, "https");
  g_assert_cmpstr (r.out, ==, "");

  feeds = query_text (f->db, "SELECT count(*) FROM market_feeds");
  g_assert_cmpstr (feeds, ==, "0");
  after = checksum (f->db);
  g_assert_cmpstr (before, ==, after);
}

/* A feed on this computer, served from a thread of its own while the
 * command runs in a child process. */
typedef struct
{
  GThread *thread;
  GMainContext *context;
  GMainLoop *loop;
  SoupServer *server;
  char *url;

  GMutex lock;
  GCond cond;
  char *document;
  char *etag;
  guint n_requests;
} FeedServer;

static void
serve_feed (SoupServer        *soup_server,
            SoupServerMessage *msg,
            const char        *path,
            GHashTable        *query,
            gpointer           user_data)
{
  FeedServer *s = user_data;
  SoupMessageHeaders *request = soup_server_message_get_request_headers (msg);
  SoupMessageHeaders *response = soup_server_message_get_response_headers (msg);
  const char *if_none_match = soup_message_headers_get_one (request, "If-None-Match");

  g_mutex_lock (&s->lock);
  s->n_requests++;
  soup_message_headers_replace (response, "ETag", s->etag);
  if (g_strcmp0 (if_none_match, s->etag) == 0)
    soup_server_message_set_status (msg, SOUP_STATUS_NOT_MODIFIED, NULL);
  else
    {
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY,
                                        s->document, strlen (s->document));
    }
  g_mutex_unlock (&s->lock);
}

static gpointer
feed_server_thread (gpointer user_data)
{
  FeedServer *s = user_data;
  g_autoptr(GError) error = NULL;
  GSList *uris;

  g_main_context_push_thread_default (s->context);

  s->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (s->server, "/feed.json", serve_feed, s, NULL);
  soup_server_listen_local (s->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);

  uris = soup_server_get_uris (s->server);
  g_assert_nonnull (uris);

  g_mutex_lock (&s->lock);
  s->url = g_strdup_printf ("http://127.0.0.1:%d/feed.json", g_uri_get_port (uris->data));
  g_cond_signal (&s->cond);
  g_mutex_unlock (&s->lock);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  g_main_loop_run (s->loop);

  soup_server_disconnect (s->server);
  g_clear_object (&s->server);
  g_main_context_pop_thread_default (s->context);

  return NULL;
}

static void
feed_server_start (FeedServer *s)
{
  g_mutex_init (&s->lock);
  g_cond_init (&s->cond);
  s->context = g_main_context_new ();
  s->loop = g_main_loop_new (s->context, FALSE);
  s->thread = g_thread_new ("feed-server", feed_server_thread, s);

  g_mutex_lock (&s->lock);
  while (s->url == NULL)
    g_cond_wait (&s->cond, &s->lock);
  g_mutex_unlock (&s->lock);
}

static void
feed_server_serve (FeedServer *s,
                   const char *document,
                   const char *etag)
{
  g_mutex_lock (&s->lock);
  g_free (s->document);
  s->document = g_strdup (document);
  g_free (s->etag);
  s->etag = g_strdup (etag);
  g_mutex_unlock (&s->lock);
}

static void
feed_server_stop (FeedServer *s)
{
  g_main_loop_quit (s->loop);
  g_thread_join (s->thread);
  g_main_loop_unref (s->loop);
  g_main_context_unref (s->context);
  g_free (s->url);
  g_free (s->document);
  g_free (s->etag);
  g_cond_clear (&s->cond);
  g_mutex_clear (&s->lock);
}

static void
test_market_fetch (Fixture       *f,
                   gconstpointer  data)
{
  FeedServer s = { 0 };
  g_autofree char *expected = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *count = NULL;
  g_autofree char *result = NULL;

  make_sample (f);
  feed_server_start (&s);

  /* New: listed, fetched and stored. */
  feed_server_serve (&s, MARKET_DOCUMENT ("2024-06-30"), "\"v1\"");
  {
    g_auto(Result) r = { 0 };

    run (&r, f->db, "market", "fetch", s.url, NULL);
    g_assert_cmpstr (r.err, ==, "");
    g_assert_cmpint (r.status, ==, 0);
    expected = g_strdup_printf ("Added the feed %s\n"
                                "Imported “Example survey” (2 entries, as of 2024-06-30) from %s "
                                "as data set 2\n", s.url, s.url);
    g_assert_cmpstr (r.out, ==, expected);
  }
  result = query_text (f->db, "SELECT ok || ' ' || message || ' ' || dataset_id FROM market_feeds");
  g_assert_cmpstr (result, ==, "1 2 entries, as of 2024-06-30 2");
  g_clear_pointer (&result, g_free);

  /* Again: the feed answers that nothing changed. */
  {
    g_auto(Result) r = { 0 };

    run (&r, f->db, "market", "fetch", s.url, NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, "is unchanged since"));
    g_assert_null (strstr (r.out, "Added"));
  }
  count = query_text (f->db, "SELECT count(*) FROM market_datasets");
  g_assert_cmpstr (count, ==, "2");
  g_clear_pointer (&count, g_free);
  result = query_text (f->db, "SELECT ok || ' ' || substr (message, 1, 15) FROM market_feeds");
  g_assert_cmpstr (result, ==, "1 Unchanged since");
  g_clear_pointer (&result, g_free);

  /* A new version is stored beside the old one. */
  feed_server_serve (&s, MARKET_DOCUMENT ("2024-12-31"), "\"v2\"");
  {
    g_auto(Result) r = { 0 };

    run (&r, f->db, "market", "fetch", s.url, NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, "as of 2024-12-31) from"));
    g_assert_nonnull (strstr (r.out, "as data set 3"));
  }

  /* A broken document fails, says why, and keeps the data sets. */
  before = query_text (f->db, "SELECT group_concat (id || as_of || coalesce (etag, ''), ';') "
                              "FROM market_datasets");
  feed_server_serve (&s, "{\"format\": \"shortlist-market/1\"}", "\"v3\"");
  {
    g_auto(Result) r = { 0 };

    run (&r, f->db, "market", "fetch", s.url, NULL);
    assert_one_line_error (&r, 1, "source is missing");
  }
  after = query_text (f->db, "SELECT group_concat (id || as_of || coalesce (etag, ''), ';') "
                             "FROM market_datasets");
  g_assert_cmpstr (before, ==, after);
  result = query_text (f->db, "SELECT ok || ' ' || dataset_id FROM market_feeds");
  g_assert_cmpstr (result, ==, "0 3");
  g_clear_pointer (&result, g_free);

  {
    g_auto(Result) listed = { 0 };

    run (&listed, f->db, "market", "list", NULL);
    g_assert_cmpint (listed.status, ==, 0);
    g_assert_nonnull (strstr (listed.out, "from the feed http://127.0.0.1:"));
  }

  feed_server_stop (&s);
}

/* The committee's figures on the sample: agreement per competency and
 * overall, and the lenient interviewer standing out in the calibration. */
static void
test_stats (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *calibration;
  gboolean lenient_found = FALSE;

  {
    g_auto(Result) r = { 0 };
    run (&r, NULL, "sample", "--db", f->db, NULL);
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Result) r = { 0 };
    run (&r, NULL, "stats", "--role", "VP of AI/ML Engineering", "--db", f->db, NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, "Krippendorff’s alpha, ordinal"));
    g_assert_nonnull (strstr (r.out, "Sam Whitfield: +"));
  }
  {
    g_auto(Result) r = { 0 };
    run (&r, NULL, "stats", "--role", "1", "--json", "--db", f->db, NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (json_parser_load_from_data (parser, r.out, -1, &error));
    g_assert_no_error (error);
  }

  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "metric"), ==, "krippendorff-alpha-ordinal");
  g_assert_cmpint (json_object_get_int_member (root, "ratings"), >, 0);
  g_assert_true (json_object_has_member (json_object_get_object_member (root, "overall"), "alpha"));
  calibration = json_object_get_array_member (root, "calibration");
  g_assert_cmpuint (json_array_get_length (calibration), ==, 4);
  for (guint i = 0; i < json_array_get_length (calibration); i++)
    {
      JsonObject *row = json_array_get_object_element (calibration, i);

      if (g_strcmp0 (json_object_get_string_member (row, "interviewer"), "Sam Whitfield") == 0)
        {
          g_assert_cmpfloat (json_object_get_double_member (row, "offset"), >, 0.5);
          lenient_found = TRUE;
        }
    }
  g_assert_true (lenient_found);

  {
    g_auto(Result) r = { 0 };
    run (&r, NULL, "stats", "--role", "Chief Tea Officer", "--db", f->db, NULL);
    assert_one_line_error (&r, 1, "Chief Tea Officer");
  }
}

/* The command line in German and Dutch, with the translations of the build
 * tree. */
typedef struct
{
  const char *language;   /* for LANGUAGE */
  const char *locale;     /* the whole locale, for LANG */
  const char *help;       /* a line of shortlist --help */
  const char *sample;     /* the start of what sample says */
  const char *unknown;    /* the start of the error for an unknown command */
  const char *range;      /* market list: the seed's figures, digits ungrouped */
  const char *grouped;    /* the same, grouped as the locale does */
  const char *agreement;  /* stats: the overall agreement, as a pattern */
} Language;

static const Language german = {
  "de",
  "de_DE.UTF-8",
  "Ohne Befehl wird das Fenster geöffnet.",
  "Beispielrolle mit 12 Kandidaten in „",
  "shortlist: unbekannter Befehl „frobnicate“; die Befehle sind:",
  "Spanne $130000–$500000+, Durchschnitt $217433–$283018",
  "Spanne $130.000–$500.000+, Durchschnitt $217.433–$283.018",
  "^  Alle Kompetenzen: -?[0-9]+,[0-9]{3} \\([0-9]+ Bewertungen verglichen\\)$",
};

static const Language dutch = {
  "nl",
  "nl_NL.UTF-8",
  "Zonder opdracht wordt het venster geopend.",
  "Voorbeeldfunctie met 12 kandidaten aangemaakt in ‘",
  "shortlist: onbekende opdracht ‘frobnicate’; de opdrachten zijn:",
  "bandbreedte $130000–$500000+, gemiddelde $217433–$283018",
  "bandbreedte $130.000–$500.000+, gemiddelde $217.433–$283.018",
  "^  Alle competenties: -?[0-9]+,[0-9]{3} \\([0-9]+ beoordelingen vergeleken\\)$",
};

/* Messages in the language of LANGUAGE; C.UTF-8 leaves numbers as they
 * are, and needs no locale installed. */
static void
test_language (Fixture       *f,
               gconstpointer  data)
{
  const Language *language = data;
  const char * const vars[] = { "LC_ALL", "C.UTF-8", "LANGUAGE", language->language, NULL };

  {
    g_auto(Result) r = { 0 };
    const char * const args[] = { "--help", NULL };

    run_env_strv (&r, NULL, vars, args);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, language->help));
  }
  {
    g_auto(Result) r = { 0 };
    const char * const args[] = { "sample", "--db", f->db, NULL };

    run_env_strv (&r, NULL, vars, args);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_str_has_prefix (r.out, language->sample));
  }
  {
    g_auto(Result) r = { 0 };
    const char * const args[] = { "frobnicate", NULL };

    run_env_strv (&r, NULL, vars, args);
    g_assert_cmpint (r.status, ==, 2);
    g_assert_true (g_str_has_prefix (r.err, language->unknown));
  }
  {
    g_auto(Result) r = { 0 };
    const char * const args[] = { "market", "list", "--db", f->db, NULL };

    run_env_strv (&r, NULL, vars, args);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, language->range));
  }
}

/* Messages, and numbers, in the whole locale of LANG, as a user in Germany
 * or the Netherlands runs the program. */
static void
test_locale (Fixture       *f,
             gconstpointer  data)
{
  const Language *language = data;
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  gboolean installed = setlocale (LC_ALL, language->locale) != NULL;
  const char * const vars[] = {
    "LANG", language->locale,
    "LANGUAGE", NULL,
    "LC_ALL", NULL,
    "LC_CTYPE", NULL,
    "LC_NUMERIC", NULL,
    "LC_TIME", NULL,
    "LC_COLLATE", NULL,
    "LC_MONETARY", NULL,
    "LC_MESSAGES", NULL,
    NULL
  };

  setlocale (LC_ALL, saved);
  if (!installed)
    {
      g_autofree char *message = g_strdup_printf ("the %s locale is not installed", language->locale);

      g_test_skip (message);
      return;
    }

  {
    g_auto(Result) r = { 0 };
    const char * const args[] = { "sample", "--db", f->db, NULL };

    run_env_strv (&r, NULL, vars, args);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_str_has_prefix (r.out, language->sample));
  }
  {
    g_auto(Result) r = { 0 };
    const char * const args[] = { "market", "list", "--db", f->db, NULL };

    run_env_strv (&r, NULL, vars, args);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, language->grouped));
  }
  {
    g_auto(Result) r = { 0 };
    const char * const args[] = { "stats", "--role", "1", "--db", f->db, NULL };

    run_env_strv (&r, NULL, vars, args);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_regex_match_simple (language->agreement, r.out, G_REGEX_MULTILINE, 0));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/cli/sample", test_sample);
  ADD ("/cli/options-anywhere", test_options_anywhere);
  ADD ("/cli/market-list", test_market_list);
  ADD ("/cli/usage-errors", test_usage_errors);
  ADD ("/cli/refused-file", test_refused_file);
  ADD ("/cli/read-needs-file", test_read_needs_file);
  ADD ("/cli/folder-as-database", test_folder_as_database);
  ADD ("/cli/role-round-trip", test_role_round_trip);
  ADD ("/cli/role-import-invalid", test_role_import_invalid);
  ADD ("/cli/role-export-refused", test_role_export_refused);
  ADD ("/cli/export-checklist", test_export_checklist);
  ADD ("/cli/export-formula", test_export_formula);
  ADD ("/cli/import", test_import);
  ADD ("/cli/export-bom", test_export_bom);
  ADD ("/cli/erase", test_erase);
  ADD ("/cli/export-candidate", test_export_candidate);
  ADD ("/cli/import-refused", test_import_refused);
  ADD ("/cli/export-failure-keeps-file", test_export_failure_keeps_file);
  ADD ("/cli/chart", test_chart);
  ADD ("/cli/stats", test_stats);
  ADD ("/cli/report", test_report);
  ADD ("/cli/market-import", test_market_import);
  ADD ("/cli/market-fetch-insecure", test_market_fetch_insecure);
  ADD ("/cli/market-fetch", test_market_fetch);

#undef ADD

  g_test_add ("/cli/language/de", Fixture, &german, fixture_set_up, test_language, fixture_tear_down);
  g_test_add ("/cli/language/nl", Fixture, &dutch, fixture_set_up, test_language, fixture_tear_down);
  g_test_add ("/cli/locale/de", Fixture, &german, fixture_set_up, test_locale, fixture_tear_down);
  g_test_add ("/cli/locale/nl", Fixture, &dutch, fixture_set_up, test_locale, fixture_tear_down);

  return g_test_run ();
}
