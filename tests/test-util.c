/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-util.c: a database in a folder of its own, and raw looks into it */

#include "config.h"

#include <sqlite3.h>

#include <glib/gstdio.h>

#include "test-util.h"

void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("shortlist-test-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.db", NULL);
}

void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);
      g_unlink (child);
    }
  g_rmdir (dir);
}

void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

char *
file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

gint64
query_int (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

char *
query_text (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

void
exec_raw (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

SlStore *
open_store (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  SlStore *store = sl_store_open (f->path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

gint64
add_candidate (SlStore    *store,
               const char *name,
               const char *email)
{
  g_autoptr(SlCandidate) candidate = sl_candidate_new ();
  g_autoptr(GError) error = NULL;

  sl_candidate_set_name (candidate, name);
  sl_candidate_set_email (candidate, email);
  g_assert_true (sl_store_save_candidate (store, candidate, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sl_candidate_get_id (candidate), >, 0);

  return sl_candidate_get_id (candidate);
}

gint64
create_template_role (SlStore    *store,
                      const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SlTemplate) template = sl_template_load_builtin ("vp-ai-ml-engineering", &error);
  gint64 role_id;

  g_assert_no_error (error);
  role_id = sl_store_create_role (store, template, title, &error);
  g_assert_no_error (error);
  g_assert_cmpint (role_id, >, 0);

  return role_id;
}
