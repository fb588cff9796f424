/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "sl-maintenance.h"
#include "sl-store-private.h"
#include "test-util.h"

/* Backups: one a day at most, the last few kept, restored with a way back;
 * and the check after each start that tells a damaged file. */

#define DAY (24 * 60 * 60)

/* Noon, 2 March 2026, in no time zone's doubt about the day. */
#define MONDAY_NOON G_GINT64_CONSTANT (1772452800)

static guint
count_kind (SlStore      *store,
            SlBackupKind  kind)
{
  g_autoptr(GPtrArray) backups = sl_store_list_backup_files (store);
  guint n = 0;

  for (guint i = 0; i < backups->len; i++)
    if (((SlBackup *) g_ptr_array_index (backups, i))->kind == kind)
      n++;

  return n;
}

static void
test_daily (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *again = NULL;
  g_autofree char *on_request = NULL;
  SlBackup *newest;

  add_candidate (store, "Robin Hale", "robin@example.com");

  sl_store_set_now_for_testing (MONDAY_NOON);
  g_assert_true (sl_store_back_up_daily (store, 3, &first, &error));
  g_assert_no_error (error);
  g_assert_nonnull (first);
  g_assert_true (g_str_has_suffix (first, ".daily-20260302-120000.bak"));
  g_assert_cmpint (query_int (first, "SELECT count (*) FROM candidates"), ==, 1);

  /* Later the same day: nothing more. */
  sl_store_set_now_for_testing (MONDAY_NOON + 3 * 60 * 60);
  g_assert_true (sl_store_back_up_daily (store, 3, &again, &error));
  g_assert_null (again);
  g_assert_cmpuint (count_kind (store, SL_BACKUP_DAILY), ==, 1);

  on_request = sl_store_backup (store, &error);
  g_assert_no_error (error);

  /* Five more days: the newest three daily backups stay, and the one made
   * on request. */
  for (int day = 1; day <= 5; day++)
    {
      g_autofree char *made = NULL;

      sl_store_set_now_for_testing (MONDAY_NOON + day * DAY);
      add_candidate (store, "Avery Castillo", NULL);
      g_assert_true (sl_store_back_up_daily (store, 3, &made, &error));
      g_assert_no_error (error);
      g_assert_nonnull (made);
    }
  sl_store_set_now_for_testing (0);

  g_assert_cmpuint (count_kind (store, SL_BACKUP_DAILY), ==, 3);
  g_assert_cmpuint (count_kind (store, SL_BACKUP_ON_REQUEST), ==, 1);
  g_assert_false (g_file_test (first, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (on_request, G_FILE_TEST_EXISTS));

  backups = sl_store_list_backup_files (store);
  newest = g_ptr_array_index (backups, 0);
  g_assert_cmpint (newest->kind, ==, SL_BACKUP_DAILY);
  g_assert_cmpint (newest->made, ==, MONDAY_NOON + 5 * DAY);
  g_assert_cmpint (newest->size, >, 0);
  g_assert_cmpint (query_int (newest->path, "SELECT count (*) FROM candidates"), ==, 6);
}

static void
count_change (guint *n_changed)
{
  (*n_changed)++;
}

static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(SlStore) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *undo = NULL;
  g_autofree char *undo_of_undo = NULL;
  g_autofree char *checksum = NULL;
  g_autofree char *checksum_after = NULL;
  g_autofree char *audit = NULL;
  g_autofree char *integrity = NULL;
  guint n_changed = 0;

  add_candidate (store, "Robin Hale", "robin@example.com");
  backup = sl_store_backup (store, &error);
  g_assert_no_error (error);
  add_candidate (store, "Avery Castillo", "avery@example.com");

  g_signal_connect_swapped (store, "changed::outside", G_CALLBACK (count_change), &n_changed);

  /* A second connection, as a second window or a thread would have. */
  other = sl_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sl_store_count_candidates (other, NULL), ==, 2);

  g_assert_true (sl_store_restore_backup (store, backup, &undo, &error));
  g_assert_no_error (error);
  g_assert_nonnull (undo);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpuint (sl_store_count_candidates (store, NULL), ==, 1);
  g_assert_true (sl_store_check_outside_changes (other));
  g_assert_cmpuint (sl_store_count_candidates (other, NULL), ==, 1);
  integrity = query_text (f->path, "PRAGMA integrity_check");
  g_assert_cmpstr (integrity, ==, "ok");

  audit = query_text (f->path, "SELECT action || ' ' || detail FROM audit_log ORDER BY id DESC LIMIT 1");
  g_assert_true (g_str_has_prefix (audit, "database.restore "));
  g_assert_true (g_str_has_suffix (backup, audit + strlen ("database.restore ")));

  /* The way back: the database as it was before the restore. */
  g_assert_cmpint (count_kind (store, SL_BACKUP_BEFORE_RESTORE), ==, 1);
  g_assert_true (sl_store_restore_backup (store, undo, &undo_of_undo, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sl_store_count_candidates (store, NULL), ==, 2);

  /* Adding goes on as before. */
  add_candidate (store, "Sam Whitfield", NULL);
  g_assert_cmpuint (sl_store_count_candidates (store, NULL), ==, 3);

  /* Not a backup, a damaged one, one that is not there: each refused,
   * nothing changed and no copy left. */
  sl_store_check_outside_changes (other);
  g_clear_object (&other);
  exec_raw (f->path, "PRAGMA wal_checkpoint (TRUNCATE)");
  checksum = file_checksum (f->path);
  {
    g_autofree char *foreign = g_build_filename (f->dir, "foreign.db", NULL);
    g_autofree char *damaged = g_build_filename (f->dir, "damaged.bak", NULL);
    g_autofree char *contents = NULL;
    gsize length;
    guint n_before = count_kind (store, SL_BACKUP_BEFORE_RESTORE);

    exec_raw (foreign, "CREATE TABLE notes (text)");
    g_assert_false (sl_store_restore_backup (store, foreign, NULL, &error));
    g_assert_error (error, SL_ERROR, SL_ERROR_NOT_SHORTLIST);
    g_test_message ("%s", error->message);
    g_clear_error (&error);

    g_assert_true (g_file_get_contents (backup, &contents, &length, NULL));
    memset (contents + length - 4096, 0xa5, 4096);
    memset (contents + 2 * 4096, 0x5a, 100);
    g_assert_true (g_file_set_contents (damaged, contents, length, NULL));
    g_assert_false (sl_store_restore_backup (store, damaged, NULL, &error));
    g_assert_error (error, SL_ERROR, SL_ERROR_CORRUPT);
    g_assert_nonnull (strstr (error->message, "damaged.bak"));
    g_test_message ("%s", error->message);
    g_clear_error (&error);

    g_assert_false (sl_store_restore_backup (store, "/nonexistent/x.bak", NULL, &error));
    g_assert_error (error, SL_ERROR, SL_ERROR_IO);
    g_clear_error (&error);

    g_assert_cmpuint (count_kind (store, SL_BACKUP_BEFORE_RESTORE), ==, n_before);
  }
  exec_raw (f->path, "PRAGMA wal_checkpoint (TRUNCATE)");
  checksum_after = file_checksum (f->path);
  g_assert_cmpstr (checksum_after, ==, checksum);
}

/* Damages the page before the last of the file at @path, a leaf of some
 * table or index once the database has a few hundred rows. */
static void
damage_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  exec_raw (path, "PRAGMA wal_checkpoint (TRUNCATE)");
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8 * 4096);
  memset (contents + length - 2 * 4096, 0xa5, 4096);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

static void
on_maintained (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  SlMaintenance **maintenance = user_data;
  g_autoptr(GError) error = NULL;

  *maintenance = sl_maintain_finish (result, &error);
  g_assert_no_error (error);
}

static SlMaintenance *
maintain (const char *path,
          guint       keep,
          guint       retention_days)
{
  SlMaintenanceOptions options = { keep, retention_days, (char *) "Sam Whitfield" };
  SlMaintenance *maintenance = NULL;

  sl_maintain_async (path, &options, NULL, on_maintained, &maintenance);
  while (maintenance == NULL)
    g_main_context_iteration (NULL, TRUE);

  return maintenance;
}

static void
test_maintenance (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SlMaintenance) sound = NULL;
  g_autoptr(SlMaintenance) again = NULL;
  g_autoptr(SlMaintenance) damaged = NULL;
  g_autoptr(SlStore) store = open_store (f);
  g_autofree char *problems = NULL;
  g_autoptr(GError) error = NULL;
  guint n_daily;

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *name = g_strdup_printf ("Candidate %u with a longer name to fill pages", i);
      add_candidate (store, name, NULL);
    }

  g_assert_true (sl_store_quick_check (store, &problems, &error));
  g_assert_no_error (error);
  g_assert_null (problems);

  /* Sound: the day's backup is made, once. */
  sound = maintain (f->path, 7, 0);
  g_assert_null (sound->problems);
  g_assert_nonnull (sound->backup_path);
  g_assert_no_error (sound->backup_error);
  again = maintain (f->path, 7, 0);
  g_assert_null (again->backup_path);
  n_daily = count_kind (store, SL_BACKUP_DAILY);
  g_assert_cmpuint (n_daily, ==, 1);

  /* Damaged: the check says what is wrong, and no backup pushes out the
   * sound ones. */
  g_clear_object (&store);
  damage_file (f->path);
  store = open_store (f);
  g_assert_true (sl_store_quick_check (store, &problems, &error));
  g_assert_no_error (error);
  g_assert_nonnull (problems);
  g_test_message ("quick check: %s", problems);

  g_remove (sound->backup_path);
  damaged = maintain (f->path, 7, 0);
  g_assert_nonnull (damaged->problems);
  g_assert_null (damaged->backup_path);
  g_assert_cmpuint (count_kind (store, SL_BACKUP_DAILY), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  FIXTURE_TEST ("/backups/daily", test_daily);
  FIXTURE_TEST ("/backups/restore", test_restore);
  FIXTURE_TEST ("/backups/maintenance", test_maintenance);

  return g_test_run ();
}
