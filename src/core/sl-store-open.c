/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sl-store-private.h"

/* Opening a database: a file is inspected without writing to it, refused
 * when it is not ours, damaged or too new, and brought up to date after a
 * backup copy. */

static const char sqlite_magic[16] = "SQLite format 3";

/* What a file on disk holds before we dare to write to it. */
typedef enum
{
  FILE_NEW,
  FILE_SHORTLIST,
} FileState;

static guint32
read_be32 (const guchar *bytes)
{
  return ((guint32) bytes[0] << 24) | ((guint32) bytes[1] << 16) |
         ((guint32) bytes[2] << 8) | (guint32) bytes[3];
}

/* Reads the identity a file declares in its 100-byte SQLite header, without
 * opening it as a database: nothing is locked or written, so a file that is
 * refused stays exactly as it was. The connection that opens the file
 * afterwards checks again, under a lock (verify_identity()). */
static gboolean
inspect_file (const char *path,
              guint       latest_version,
              FileState  *state,
              GError    **error)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *dir = g_path_get_dirname (path);
  guchar header[100];
  guint32 application_id;
  guint32 version;
  guint32 n_pages;
  ssize_t n;
  int fd;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, SL_ERROR, SL_ERROR_IO,
                   _("“%s” is a folder, not a database file"), display);
      return FALSE;
    }

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, SL_ERROR, SL_ERROR_IO,
                   _("Could not open “%s”: %s"), display, g_strerror (saved_errno));
      return FALSE;
    }

  n = read (fd, header, sizeof header);
  close (fd);

  if (n == 0)
    {
      *state = FILE_NEW;
      return TRUE;
    }

  if (n < (ssize_t) sizeof header || memcmp (header, sqlite_magic, sizeof sqlite_magic) != 0)
    {
      g_set_error (error, SL_ERROR, SL_ERROR_NOT_SHORTLIST,
                   _("“%s” is not a Shortlist database: it is not an SQLite file"), display);
      return FALSE;
    }

  n_pages = read_be32 (header + 28);
  version = read_be32 (header + 60);
  application_id = read_be32 (header + 68);

  if (application_id == 0 && version == 0 && n_pages <= 1)
    {
      /* An SQLite file with a single page, that of its empty schema, holds
       * no table: ours to set up. */
      *state = FILE_NEW;
    }
  else if (application_id != SL_STORE_APPLICATION_ID)
    {
      g_set_error (error, SL_ERROR, SL_ERROR_NOT_SHORTLIST,
                   _("“%s” is not a Shortlist database: it belongs to another program"),
                   display);
      return FALSE;
    }
  else if (version > latest_version)
    {
      g_set_error (error, SL_ERROR, SL_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of Shortlist (schema %u; this "
                     "version knows up to %u). Update Shortlist to open it."),
                   display, version, latest_version);
      return FALSE;
    }
  else
    *state = FILE_SHORTLIST;

  /* SQLite needs to write the file and, for its journal, the folder. */
  if (g_access (path, W_OK) != 0 || g_access (dir, W_OK) != 0)
    {
      int saved_errno = errno;
      g_autofree char *dir_display = g_filename_display_name (dir);

      g_set_error (error, SL_ERROR, SL_ERROR_IO,
                   _("“%s” cannot be changed: Shortlist needs to write to the file and to "
                     "the folder “%s” (%s)"),
                   display, dir_display, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/* What the opened connection reads, before anything is written: the header
 * may have been stale while another program was writing. */
static gboolean
verify_identity (SlStore   *self,
                 FileState  state,
                 guint      latest_version,
                 GError   **error)
{
  g_autofree char *display = g_filename_display_name (self->path);
  g_autoptr(SlStmt) stmt = NULL;
  gint64 application_id;
  gint64 n_objects;
  int rc;

  stmt = sl_store_prepare (self,
                           "SELECT (SELECT application_id FROM pragma_application_id), "
                           "       (SELECT user_version FROM pragma_user_version), "
                           "       (SELECT count(*) FROM sqlite_schema)",
                           NULL);
  rc = stmt != NULL ? sqlite3_step (stmt) : sqlite3_errcode (self->db);
  if (rc != SQLITE_ROW)
    {
      if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
        g_set_error (error, SL_ERROR, SL_ERROR_CORRUPT,
                     _("“%s” is damaged and cannot be opened (%s)"),
                     display, sqlite3_errmsg (self->db));
      else
        sl_store_set_sqlite_error (self, error, rc, _("Could not read the database"));
      return FALSE;
    }

  application_id = sqlite3_column_int64 (stmt, 0);
  self->schema_version = sqlite3_column_int (stmt, 1);
  n_objects = sqlite3_column_int64 (stmt, 2);

  if (state == FILE_NEW && application_id == 0 && n_objects == 0)
    return TRUE;

  if (application_id != SL_STORE_APPLICATION_ID)
    {
      g_set_error (error, SL_ERROR, SL_ERROR_NOT_SHORTLIST,
                   _("“%s” is not a Shortlist database: it belongs to another program"),
                   display);
      return FALSE;
    }

  if (self->schema_version > (int) latest_version)
    {
      g_set_error (error, SL_ERROR, SL_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of Shortlist"), display);
      return FALSE;
    }

  return TRUE;
}

static gboolean
create_private_file (const char *path,
                     gboolean   *created,
                     GError    **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  *created = FALSE;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (dir);

      g_set_error (error, SL_ERROR, SL_ERROR_IO,
                   _("Could not create the folder “%s”: %s"), display, g_strerror (saved_errno));
      return FALSE;
    }

  /* Hiring data is personal data: the file is readable by its owner only,
   * and SQLite gives the -wal and -shm files the same mode. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd >= 0)
    {
      *created = TRUE;
      close (fd);
      return TRUE;
    }

  if (errno == EEXIST)
    return TRUE;

  {
    int saved_errno = errno;
    g_autofree char *display = g_filename_display_name (path);

    g_set_error (error, SL_ERROR, SL_ERROR_IO,
                 _("Could not create “%s”: %s"), display, g_strerror (saved_errno));
  }
  return FALSE;
}

/* Copies the database beside itself with the SQLite backup API, into a
 * new file named after @label and the time, "shortlist.db.LABEL-DATE-TIME.bak":
 * an earlier backup is never overwritten. Returns its path. */
char *
sl_store_write_backup (SlStore     *self,
                       const char  *label,
                       GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_utc (sl_store_now ());
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *backup_path = NULL;
  g_autofree char *part_path = NULL;
  sqlite3 *backup_db = NULL;
  sqlite3_backup *backup;
  gboolean created = FALSE;
  int rc;

  /* The copy is written under a name of its own and renamed once whole:
   * a backup cut short is never listed as one. */
  for (guint attempt = 1; !created && attempt <= 100; attempt++)
    {
      g_free (backup_path);
      g_free (part_path);
      if (attempt == 1)
        backup_path = g_strdup_printf ("%s.%s-%s.bak", self->path, label, stamp);
      else
        backup_path = g_strdup_printf ("%s.%s-%s-%u.bak", self->path, label, stamp, attempt);
      part_path = g_strconcat (backup_path, ".part", NULL);

      if (g_file_test (backup_path, G_FILE_TEST_EXISTS))
        continue;
      if (!create_private_file (part_path, &created, error))
        return NULL;
    }

  if (!created)
    {
      g_autofree char *display = g_filename_display_name (backup_path);

      g_set_error (error, SL_ERROR, SL_ERROR_IO,
                   _("Could not back up the database: “%s” exists already"),
                   display);
      return NULL;
    }

  rc = sqlite3_open_v2 (part_path, &backup_db, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (backup_db, "main", self->db, "main");
      if (backup != NULL)
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
        }
      else
        rc = sqlite3_errcode (backup_db);
    }

  if (rc != SQLITE_OK)
    {
      g_autofree char *display = g_filename_display_name (backup_path);

      g_set_error (error, SL_ERROR, SL_ERROR_IO,
                   _("Could not back up the database to “%s”: %s"),
                   display, backup_db != NULL ? sqlite3_errmsg (backup_db) : sqlite3_errstr (rc));
      sqlite3_close (backup_db);
      g_unlink (part_path);
      return NULL;
    }

  sqlite3_close (backup_db);

  if (g_rename (part_path, backup_path) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (backup_path);

      g_set_error (error, SL_ERROR, SL_ERROR_IO,
                   _("Could not back up the database to “%s”: %s"), display, g_strerror (saved_errno));
      g_unlink (part_path);
      return NULL;
    }

  g_debug ("Backed up %s to %s", self->path, backup_path);

  return g_steal_pointer (&backup_path);
}

/* Reads the schema version again, after the file was replaced. */
gboolean
sl_store_reread_schema_version (SlStore *self,
                                GError **error)
{
  g_autoptr(SlStmt) stmt = sl_store_prepare (self, "PRAGMA user_version", error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sl_store_set_sqlite_error (self, error, rc, _("Could not read the database"));
      return FALSE;
    }

  self->schema_version = sqlite3_column_int (stmt, 0);
  return TRUE;
}

/* Brings the schema up to date, a migration a transaction. */
gboolean
sl_store_migrate (SlStore *self,
                  GError **error)
{
  const SlMigration *migrations = self->migrations;

  for (guint i = 0; i < self->n_migrations; i++)
    {
      g_autofree char *set_version = NULL;

      if (migrations[i].version <= self->schema_version)
        continue;

      g_assert (migrations[i].version == self->schema_version + 1);

      if (!sl_store_begin (self, error))
        return FALSE;

      set_version = g_strdup_printf ("PRAGMA user_version = %d", migrations[i].version);

      if (!sl_store_exec (self, migrations[i].sql, error) ||
          !sl_store_exec (self, set_version, error))
        {
          sl_store_rollback (self);
          g_prefix_error (error, _("Could not update the database to schema %d: "),
                          migrations[i].version);
          return FALSE;
        }

      if (!sl_store_commit (self, error))
        return FALSE;

      self->schema_version = migrations[i].version;
    }

  return TRUE;
}

static gboolean
ensure_builtin_market (SlStore *self,
                       GError **error)
{
  g_autoptr(SlMarketDocument) document = NULL;
  g_autoptr(SlStmt) stmt = NULL;

  stmt = sl_store_prepare (self, "SELECT 1 FROM market_datasets WHERE builtin = 1", error);
  if (stmt == NULL)
    return FALSE;

  if (sqlite3_step (stmt) == SQLITE_ROW)
    return TRUE;

  document = sl_market_document_load_builtin (error);
  if (document == NULL)
    return FALSE;

  return sl_store_import_market (self, document, TRUE, error) > 0;
}

SlStore *
sl_store_open_with_migrations (const char        *path,
                               const SlMigration *migrations,
                               guint              n_migrations,
                               GError           **error)
{
  g_autoptr(SlStore) self = NULL;
  guint latest_version = migrations[n_migrations - 1].version;
  g_autofree char *backup_path = NULL;
  FileState state;
  gboolean created = FALSE;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (n_migrations > 0, NULL);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (!inspect_file (path, latest_version, &state, error))
        return NULL;
    }
  else
    {
      if (!create_private_file (path, &created, error))
        return NULL;
      state = FILE_NEW;
    }

  /* An empty file we are about to fill with personal data gets the same
   * mode as one we create. */
  if (state == FILE_NEW && !created && g_chmod (path, 0600) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, SL_ERROR, SL_ERROR_IO,
                   _("Could not make “%s” private: %s"), display, g_strerror (saved_errno));
      return NULL;
    }

  self = g_object_new (SL_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->migrations = migrations;
  self->n_migrations = n_migrations;

  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    {
      sl_store_set_sqlite_error (self, error, rc, _("Could not open the database"));
      goto failed;
    }

  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, 5000);

  /* Before anything is written: even switching the journal mode writes to
   * the file. */
  if (!verify_identity (self, state, latest_version, error))
    goto failed;

  if (!sl_store_exec (self,
                      "PRAGMA journal_mode = WAL;"
                      "PRAGMA synchronous = FULL;"
                      "PRAGMA foreign_keys = ON;"
                      /* What is deleted is overwritten, not only let go:
                       * the file holds personal data. */
                      "PRAGMA secure_delete = ON;",
                      error))
    goto failed;

  if (state == FILE_SHORTLIST && self->schema_version < (int) latest_version)
    {
      g_autofree char *label = g_strdup_printf ("v%d", self->schema_version);

      backup_path = sl_store_write_backup (self, label, error);
      if (backup_path == NULL)
        goto failed;
    }

  if (!sl_store_migrate (self, error))
    {
      /* The file is as it was; the copy of it is not needed. */
      if (backup_path != NULL)
        g_unlink (backup_path);
      goto failed;
    }

  if (!ensure_builtin_market (self, error))
    goto failed;

  self->data_version = sl_store_read_data_version (self);

  return g_steal_pointer (&self);

failed:
  if (created)
    {
      g_clear_object (&self);
      g_unlink (path);
    }
  return NULL;
}

/**
 * sl_store_open:
 * @path: the database file; created (mode 0600) when missing
 * @error: where to say what went wrong
 *
 * Opens a Shortlist database, bringing its schema up to date after a backup
 * copy. Refuses files that are not Shortlist databases, are damaged or come
 * from a newer version, without writing to them.
 */
SlStore *
sl_store_open (const char *path,
               GError    **error)
{
  return sl_store_open_with_migrations (path, sl_schema_migrations, sl_schema_n_migrations, error);
}
