/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-store"

#define _GNU_SOURCE
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sl-store-private.h"

/* Copies of the database beside it, "shortlist.db.LABEL-DATE-TIME.bak":
 * made on request, once a day, before a migration and before a restore;
 * listed, rotated, and copied back. */

#define LABEL_DAILY "daily"
#define LABEL_ON_REQUEST "backup"
#define LABEL_BEFORE_RESTORE "before-restore"

/**
 * sl_store_backup:
 *
 * Copies the database beside itself, as it is now.
 *
 * Returns: (transfer full): the copy's path, or %NULL with @error set
 */
char *
sl_store_backup (SlStore *self,
                 GError **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  return sl_store_write_backup (self, LABEL_ON_REQUEST, error);
}

/**
 * sl_store_list_backups:
 *
 * Returns: (transfer full): the paths of the copies of the database beside
 *   it, oldest first
 */
GStrv
sl_store_list_backups (SlStore *self)
{
  g_autofree char *dir_path = NULL;
  g_autofree char *prefix = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new ();
  const char *name;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  dir_path = g_path_get_dirname (self->path);
  prefix = g_path_get_basename (self->path);
  dir = g_dir_open (dir_path, 0, NULL);

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix) && name[strlen (prefix)] == '.' && g_str_has_suffix (name, ".bak"))
      g_ptr_array_add (paths, g_build_filename (dir_path, name, NULL));

  /* The names end in the date and time they were made. */
  g_ptr_array_sort (paths, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (paths, NULL);

  return (GStrv) g_ptr_array_free (g_steal_pointer (&paths), FALSE);
}

void
sl_backup_free (SlBackup *backup)
{
  if (backup == NULL)
    return;

  g_free (backup->path);
  g_free (backup);
}

/* Reads what a backup's name says: "LABEL-YYYYMMDD-HHMMSS[-N].bak" after
 * the database's name and a dot. */
static SlBackup *
parse_backup (const char *db_name,
              const char *path)
{
  static GRegex *regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GDateTime) made = NULL;
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *label = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;
  g_autofree char *iso = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  SlBackup *backup;
  GStatBuf buf;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new ("^(.+)-([0-9]{8})-([0-9]{6})(-[0-9]+)?\\.bak$",
                                            G_REGEX_OPTIMIZE, 0, NULL));

  if (!g_str_has_prefix (name, db_name) || name[strlen (db_name)] != '.' ||
      !g_regex_match (regex, name + strlen (db_name) + 1, 0, &match))
    return NULL;

  label = g_match_info_fetch (match, 1);
  date = g_match_info_fetch (match, 2);
  time = g_match_info_fetch (match, 3);
  iso = g_strdup_printf ("%.4s-%.2s-%.2sT%.2s:%.2s:%.2sZ",
                         date, date + 4, date + 6, time, time + 2, time + 4);
  made = g_date_time_new_from_iso8601 (iso, utc);
  if (made == NULL)
    return NULL;

  backup = g_new0 (SlBackup, 1);
  backup->path = g_strdup (path);
  backup->made = g_date_time_to_unix (made);
  backup->size = g_stat (path, &buf) == 0 ? buf.st_size : 0;

  if (g_str_equal (label, LABEL_DAILY))
    backup->kind = SL_BACKUP_DAILY;
  else if (g_str_equal (label, LABEL_BEFORE_RESTORE))
    backup->kind = SL_BACKUP_BEFORE_RESTORE;
  else if (label[0] == 'v' && g_ascii_isdigit (label[1]))
    {
      backup->kind = SL_BACKUP_BEFORE_MIGRATION;
      backup->schema_version = atoi (label + 1);
    }
  else
    backup->kind = SL_BACKUP_ON_REQUEST;

  return backup;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const SlBackup *backup_a = *(SlBackup * const *) a;
  const SlBackup *backup_b = *(SlBackup * const *) b;

  if (backup_a->made != backup_b->made)
    return backup_a->made < backup_b->made ? 1 : -1;

  return -g_strcmp0 (backup_a->path, backup_b->path);
}

/**
 * sl_store_list_backup_files:
 *
 * The copies of the database beside it, with what their names say.
 *
 * Returns: (transfer container) (element-type SlBackup): the backups,
 *   newest first
 */
GPtrArray *
sl_store_list_backup_files (SlStore *self)
{
  g_autoptr(GPtrArray) backups = g_ptr_array_new_with_free_func ((GDestroyNotify) sl_backup_free);
  g_auto(GStrv) paths = NULL;
  g_autofree char *db_name = NULL;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  paths = sl_store_list_backups (self);
  db_name = g_path_get_basename (self->path);

  for (guint i = 0; paths[i] != NULL; i++)
    {
      SlBackup *backup = parse_backup (db_name, paths[i]);

      if (backup != NULL)
        g_ptr_array_add (backups, backup);
    }

  g_ptr_array_sort (backups, compare_newest_first);

  return g_steal_pointer (&backups);
}

/* Removes the backups of @kind beyond the newest @keep. */
static void
rotate_backups (SlStore      *self,
                SlBackupKind  kind,
                guint         keep)
{
  g_autoptr(GPtrArray) backups = sl_store_list_backup_files (self);
  guint kept = 0;

  for (guint i = 0; i < backups->len; i++)
    {
      SlBackup *backup = g_ptr_array_index (backups, i);

      if (backup->kind != kind || ++kept <= keep)
        continue;

      if (g_unlink (backup->path) != 0)
        g_warning ("Could not remove the old backup %s: %s", backup->path, g_strerror (errno));
      else
        g_debug ("Removed the old backup %s", backup->path);
    }
}

static gboolean
same_local_day (gint64 a,
                gint64 b)
{
  g_autoptr(GDateTime) day_a = g_date_time_new_from_unix_local (a);
  g_autoptr(GDateTime) day_b = g_date_time_new_from_unix_local (b);

  return day_a != NULL && day_b != NULL &&
         g_date_time_get_year (day_a) == g_date_time_get_year (day_b) &&
         g_date_time_get_day_of_year (day_a) == g_date_time_get_day_of_year (day_b);
}

/**
 * sl_store_back_up_daily:
 * @keep: how many daily backups to keep, at least 1
 * @path: (out) (optional) (transfer full): the backup made, or %NULL when
 *   there was one of today already
 *
 * Makes the day's backup, unless one was made today already, and removes
 * the daily backups beyond the newest @keep. Backups made for other
 * reasons are left alone.
 */
gboolean
sl_store_back_up_daily (SlStore *self,
                        guint    keep,
                        char   **path,
                        GError **error)
{
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *made = NULL;
  gint64 now = sl_store_now ();

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (keep > 0, FALSE);

  if (path != NULL)
    *path = NULL;

  backups = sl_store_list_backup_files (self);
  for (guint i = 0; i < backups->len; i++)
    {
      SlBackup *backup = g_ptr_array_index (backups, i);

      if (backup->kind == SL_BACKUP_DAILY && same_local_day (backup->made, now))
        {
          rotate_backups (self, SL_BACKUP_DAILY, keep);
          return TRUE;
        }
    }

  made = sl_store_write_backup (self, LABEL_DAILY, error);
  if (made == NULL)
    return FALSE;

  rotate_backups (self, SL_BACKUP_DAILY, keep);

  if (path != NULL)
    *path = g_steal_pointer (&made);

  return TRUE;
}

/* Runs PRAGMA quick_check on @db; the problems it finds, one a line, or
 * %NULL when there are none. */
static char *
quick_check (sqlite3  *db,
             int      *rc_out)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check (20)", -1, &stmt, NULL);
  while (stmt != NULL && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (line, "ok") == 0)
        continue;

      /* SQLite heads its findings with the schema they are in. */
      if (line != NULL && g_str_has_prefix (line, "*** in database") && strchr (line, '\n') != NULL)
        line = strchr (line, '\n') + 1;

      if (problems->len > 0)
        g_string_append_c (problems, '\n');
      g_string_append (problems, line != NULL ? line : "?");
    }
  sqlite3_finalize (stmt);

  *rc_out = rc == SQLITE_DONE ? SQLITE_OK : rc;

  /* A file damaged enough fails the check itself. */
  if (*rc_out != SQLITE_OK && problems->len == 0)
    g_string_append (problems, sqlite3_errmsg (db));

  return problems->len > 0 ? g_string_free (g_steal_pointer (&problems), FALSE) : NULL;
}

/**
 * sl_store_quick_check:
 * @problems: (out) (transfer full): what is wrong, one problem a line, or
 *   %NULL when the database is sound
 *
 * Checks the database's structure with SQLite's quick check: what a
 * damaged disk or an interrupted copy leaves behind.
 *
 * Returns: whether the check could run; %FALSE with @error set otherwise
 */
gboolean
sl_store_quick_check (SlStore *self,
                      char   **problems,
                      GError **error)
{
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (problems != NULL, FALSE);

  *problems = quick_check (self->db, &rc);

  /* Damage is an answer; a busy or unreadable file is not. */
  if (rc != SQLITE_OK && (rc & 0xff) != SQLITE_CORRUPT && (rc & 0xff) != SQLITE_NOTADB)
    {
      g_clear_pointer (problems, g_free);
      sl_store_set_sqlite_error (self, error, rc, _("Could not check the database"));
      return FALSE;
    }

  return TRUE;
}

/* Opens @path read-only and makes sure it is a sound copy of a Shortlist
 * database this version can read. */
static sqlite3 *
open_backup (const char *path,
             int         latest_version,
             GError    **error)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *problems = NULL;
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;
  gint64 application_id = 0;
  int version = 0;
  int rc;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, SL_ERROR, SL_ERROR_IO, _("There is no backup “%s”"), display);
      return NULL;
    }

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db,
                             "SELECT (SELECT application_id FROM pragma_application_id), "
                             "       (SELECT user_version FROM pragma_user_version)",
                             -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      application_id = sqlite3_column_int64 (stmt, 0);
      version = sqlite3_column_int (stmt, 1);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);

  if (rc == SQLITE_OK)
    problems = quick_check (db, &rc);

  if (problems != NULL)
    *strchrnul (problems, '\n') = '\0';

  if (rc != SQLITE_OK || problems != NULL)
    g_set_error (error, SL_ERROR, SL_ERROR_CORRUPT,
                 _("The backup “%s” is damaged and cannot be restored (%s)"),
                 display, problems != NULL ? problems : sqlite3_errmsg (db));
  else if (application_id != SL_STORE_APPLICATION_ID)
    g_set_error (error, SL_ERROR, SL_ERROR_NOT_SHORTLIST,
                 _("“%s” is not a backup of a Shortlist database"), display);
  else if (version > latest_version)
    g_set_error (error, SL_ERROR, SL_ERROR_TOO_NEW,
                 _("The backup “%s” was written by a newer version of Shortlist"), display);
  else
    return db;

  sqlite3_close (db);
  return NULL;
}

/**
 * sl_store_restore_backup:
 * @backup_path: a backup, such as one sl_store_list_backup_files() lists
 * @undo_path: (out) (optional) (transfer full): a backup of the database
 *   as it was, to restore it again
 *
 * Replaces what the database holds with what @backup_path holds, after a
 * backup of the database as it is. The backup is checked first; when it
 * is damaged or the copy fails, the database stays as it was. A backup of
 * an older schema is brought up to date. Every view reads again through
 * #SlStore::changed ("outside"), and other connections see the change.
 */
gboolean
sl_store_restore_backup (SlStore    *self,
                         const char *backup_path,
                         char      **undo_path,
                         GError    **error)
{
  g_autofree char *display = NULL;
  g_autofree char *undo = NULL;
  g_autofree char *name = NULL;
  sqlite3_backup *backup;
  sqlite3 *source;
  int latest_version;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (!self->in_transaction, FALSE);

  if (undo_path != NULL)
    *undo_path = NULL;

  latest_version = self->migrations[self->n_migrations - 1].version;
  source = open_backup (backup_path, latest_version, error);
  if (source == NULL)
    return FALSE;

  undo = sl_store_write_backup (self, LABEL_BEFORE_RESTORE, error);
  if (undo == NULL)
    {
      sqlite3_close (source);
      return FALSE;
    }

  /* One step copies every page in one write transaction: all or nothing. */
  backup = sqlite3_backup_init (self->db, "main", source, "main");
  if (backup != NULL)
    {
      rc = sqlite3_backup_step (backup, -1);
      sqlite3_backup_finish (backup);
      rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
  else
    rc = sqlite3_errcode (self->db);
  sqlite3_close (source);

  if (rc != SQLITE_OK)
    {
      display = g_filename_display_name (backup_path);
      g_set_error (error, SL_ERROR, (rc & 0xff) == SQLITE_BUSY ? SL_ERROR_BUSY : SL_ERROR_IO,
                   _("Could not restore the backup “%s”: %s"), display, sqlite3_errmsg (self->db));
      g_unlink (undo);
      return FALSE;
    }

  /* The statements prepared for the old schema are prepared again as
   * SQLite sees it changed; the version is ours to read again. */
  if (!sl_store_reread_schema_version (self, error) ||
      !sl_store_migrate (self, error))
    return FALSE;

  name = g_path_get_basename (backup_path);
  if (!sl_store_begin (self, error))
    return FALSE;
  if (!sl_store_audit (self, "database.restore", "database", 0, name, error) ||
      !sl_store_commit (self, error))
    {
      sl_store_rollback (self);
      return FALSE;
    }

  self->data_version = sl_store_read_data_version (self);
  sl_store_emit_changed (self, "outside", 0);

  rotate_backups (self, SL_BACKUP_BEFORE_RESTORE, SL_STORE_BEFORE_RESTORE_KEEP);

  if (undo_path != NULL)
    *undo_path = g_steal_pointer (&undo);

  return TRUE;
}
