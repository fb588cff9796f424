/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-store"

#include "config.h"

#include "sl-row-model.h"
#include "sl-store-private.h"

/* Lists that may hold the whole talent pool: SQL-backed models that read a
 * page at a time, searched through the FTS5 index. */

/* Turns what a user typed into an FTS5 query: every word must match the
 * start of a word of the candidate, in any column. Quotes keep the user's
 * text from being read as FTS5 syntax. */
static char *
fts_query_from_search (const char *search)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) query = g_string_new (NULL);

  if (search == NULL)
    return NULL;

  words = g_strsplit_set (search, " \t\n\r", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autoptr(GString) word = g_string_new (words[i]);

      g_string_replace (word, "\"", "", 0);
      if (word->len == 0)
        continue;

      if (query->len > 0)
        g_string_append_c (query, ' ');
      g_string_append_printf (query, "\"%s\"*", word->str);
    }

  if (query->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&query), FALSE);
}

/* What a list of candidates or of a role's applications shows. */
typedef struct
{
  SlStore *store;
  gint64 role_id;   /* 0 for all candidates */
  char *fts_query;  /* NULL for no search */
} ListQuery;

static void
list_query_free (ListQuery *query)
{
  g_clear_object (&query->store);
  g_free (query->fts_query);
  g_free (query);
}

static guint
count_rows (SlStore    *store,
            const char *sql,
            gint64      role_id,
            const char *fts_query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStmt) stmt = sl_store_prepare (store, sql, &error);
  int index = 1;

  if (stmt == NULL)
    {
      g_warning ("%s", error->message);
      return 0;
    }

  if (role_id > 0)
    sqlite3_bind_int64 (stmt, index++, role_id);
  if (fts_query != NULL)
    sl_stmt_bind_text (stmt, index++, fts_query);

  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_warning ("Could not count the rows of a list: %s", sqlite3_errmsg (store->db));
      return 0;
    }

  return (guint) sqlite3_column_int64 (stmt, 0);
}

static GPtrArray *
fetch_rows (SlStore    *store,
            const char *sql,
            gint64      role_id,
            const char *fts_query,
            guint       offset,
            guint       limit,
            SlRowFunc   from_row)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStmt) stmt = sl_store_prepare (store, sql, &error);
  GPtrArray *rows;
  int index = 1;

  if (stmt == NULL)
    {
      g_warning ("%s", error->message);
      return NULL;
    }

  if (role_id > 0)
    sqlite3_bind_int64 (stmt, index++, role_id);
  if (fts_query != NULL)
    sl_stmt_bind_text (stmt, index++, fts_query);
  sqlite3_bind_int (stmt, index++, limit);
  sqlite3_bind_int (stmt, index++, offset);

  rows = sl_store_collect_rows (store, stmt, from_row, g_object_unref, "Could not read a list", &error);
  if (rows == NULL)
    g_warning ("%s", error->message);

  return rows;
}

static guint
candidates_count (gpointer user_data)
{
  ListQuery *q = user_data;

  if (q->fts_query == NULL)
    return count_rows (q->store, "SELECT count(*) FROM candidates WHERE deleted_at IS NULL", 0, NULL);

  return count_rows (q->store,
                     "SELECT count(*) FROM candidates WHERE deleted_at IS NULL AND id IN "
                     "(SELECT rowid FROM candidates_fts WHERE candidates_fts MATCH ?)",
                     0, q->fts_query);
}

static GPtrArray *
candidates_fetch (gpointer user_data,
                  guint    offset,
                  guint    limit)
{
  ListQuery *q = user_data;

  if (q->fts_query == NULL)
    return fetch_rows (q->store,
                       "SELECT " CANDIDATE_COLUMNS " FROM candidates WHERE deleted_at IS NULL "
                       "ORDER BY name COLLATE NOCASE, id LIMIT ? OFFSET ?",
                       0, NULL, offset, limit, (SlRowFunc) sl_candidate_from_row);

  return fetch_rows (q->store,
                     "SELECT " CANDIDATE_COLUMNS " FROM candidates WHERE deleted_at IS NULL AND id IN "
                     "(SELECT rowid FROM candidates_fts WHERE candidates_fts MATCH ?) "
                     "ORDER BY name COLLATE NOCASE, id LIMIT ? OFFSET ?",
                     0, q->fts_query, offset, limit, (SlRowFunc) sl_candidate_from_row);
}

static guint
applications_count (gpointer user_data)
{
  ListQuery *q = user_data;

  if (q->fts_query == NULL)
    return count_rows (q->store,
                       "SELECT count(*) " APPLICATION_JOINS
                       "WHERE a.role_id = ? AND c.deleted_at IS NULL",
                       q->role_id, NULL);

  return count_rows (q->store,
                     "SELECT count(*) " APPLICATION_JOINS
                     "WHERE a.role_id = ? AND c.deleted_at IS NULL AND c.id IN "
                     "(SELECT rowid FROM candidates_fts WHERE candidates_fts MATCH ?)",
                     q->role_id, q->fts_query);
}

static GPtrArray *
applications_fetch (gpointer user_data,
                    guint    offset,
                    guint    limit)
{
  ListQuery *q = user_data;

  if (q->fts_query == NULL)
    return fetch_rows (q->store,
                       "SELECT " APPLICATION_COLUMNS " " APPLICATION_JOINS
                       "WHERE a.role_id = ? AND c.deleted_at IS NULL "
                       "ORDER BY s.position, c.name COLLATE NOCASE, a.id LIMIT ? OFFSET ?",
                       q->role_id, NULL, offset, limit, (SlRowFunc) sl_application_from_row);

  return fetch_rows (q->store,
                     "SELECT " APPLICATION_COLUMNS " " APPLICATION_JOINS
                     "WHERE a.role_id = ? AND c.deleted_at IS NULL AND c.id IN "
                     "(SELECT rowid FROM candidates_fts WHERE candidates_fts MATCH ?) "
                     "ORDER BY s.position, c.name COLLATE NOCASE, a.id LIMIT ? OFFSET ?",
                     q->role_id, q->fts_query, offset, limit, (SlRowFunc) sl_application_from_row);
}

static const SlRowSource candidates_source = { candidates_count, candidates_fetch };
static const SlRowSource applications_source = { applications_count, applications_fetch };

static void
on_store_changed (SlStore    *store,
                  const char *what,
                  gint64      id,
                  SlRowModel *model)
{
  if (g_strcmp0 (what, "market") != 0)
    sl_row_model_reload (model);
}

static GListModel *
new_list (SlStore           *self,
          GType              item_type,
          const SlRowSource *source,
          gint64             role_id,
          const char        *search)
{
  ListQuery *query = g_new0 (ListQuery, 1);
  SlRowModel *model;

  query->store = g_object_ref (self);
  query->role_id = role_id;
  query->fts_query = fts_query_from_search (search);

  model = sl_row_model_new (item_type, source, query, (GDestroyNotify) list_query_free);

  /* The model keeps itself current; the connection ends with the model. */
  g_signal_connect_object (self, "changed", G_CALLBACK (on_store_changed), model, 0);

  return G_LIST_MODEL (model);
}

/**
 * sl_store_list_candidates:
 * @search: (nullable): words that each must start a word of the name, email,
 *   title, company or location
 *
 * Returns: (transfer full): a list of #SlCandidate by name, read from the
 *   database as it is scrolled, and kept current as the store changes
 */
GListModel *
sl_store_list_candidates (SlStore    *self,
                          const char *search)
{
  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  return new_list (self, SL_TYPE_CANDIDATE, &candidates_source, 0, search);
}

/**
 * sl_store_list_role_applications:
 *
 * Returns: (transfer full): the role's pipeline as a list of
 *   #SlApplication, by stage and then by name
 */
GListModel *
sl_store_list_role_applications (SlStore    *self,
                                 gint64      role_id,
                                 const char *search)
{
  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  g_return_val_if_fail (role_id > 0, NULL);

  return new_list (self, SL_TYPE_APPLICATION, &applications_source, role_id, search);
}
