/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sys/stat.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

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

static void
run_strv (Result            *r,
          const char        *env_db,
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
  if (env_db != NULL)
    envp = g_environ_setenv (envp, "SHORTLIST_DB", env_db, TRUE);
  else
    envp = g_environ_unsetenv (envp, "SHORTLIST_DB");

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &r->out, &r->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  r->status = WEXITSTATUS (wait_status);
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
    const char *args[6];
    const char *fragment;
  } cases[] = {
    { { "frobnicate", "--db", f->db, NULL }, "unknown command “frobnicate”" },
    { { "sample", "--bogus", "--db", f->db, NULL }, "--bogus" },
    { { "sample", "--candidates", "-1", "--db", f->db, NULL }, "--candidates" },
    { { "sample", "extra", "--db", f->db, NULL }, "no arguments" },
    { { "market", "--db", f->db, NULL }, "market needs a command" },
    { { "market", "bogus", "--db", f->db, NULL }, "unknown command “market bogus”" },
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

#undef ADD

  return g_test_run ();
}
