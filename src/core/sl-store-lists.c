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
char *
sl_store_fts_query (const char *search)
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

/* What a list of candidates or of a role's applications shows: its SQL,
 * made once, and what to bind to it. */
typedef struct
{
  SlStore *store;
  gint64 ids[3];     /* bound first, as ?1, ?2…: a role, and more */
  guint n_ids;
  char *fts_query;   /* bound next, when not NULL */
  char *count_sql;
  char *fetch_sql;
  SlRowFunc from_row;
} ListQuery;

static void
list_query_free (ListQuery *query)
{
  g_clear_object (&query->store);
  g_free (query->fts_query);
  g_free (query->count_sql);
  g_free (query->fetch_sql);
  g_free (query);
}

static int
bind_query (ListQuery *q,
            SlStmt    *stmt)
{
  int index = 1;

  for (guint i = 0; i < q->n_ids; i++)
    sqlite3_bind_int64 (stmt, index++, q->ids[i]);
  if (q->fts_query != NULL)
    sl_stmt_bind_text (stmt, index++, q->fts_query);

  return index;
}

static guint
list_count (gpointer user_data)
{
  ListQuery *q = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStmt) stmt = sl_store_prepare (q->store, q->count_sql, &error);
  int rc;

  if (stmt == NULL)
    {
      g_warning ("%s", error->message);
      return 0;
    }

  bind_query (q, stmt);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sl_store_set_sqlite_error (q->store, &error, rc, "Could not count the rows of a list");
      g_warning ("%s", error->message);
      return 0;
    }

  return (guint) sqlite3_column_int64 (stmt, 0);
}

static GPtrArray *
list_fetch (gpointer user_data,
            guint    offset,
            guint    limit)
{
  ListQuery *q = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStmt) stmt = sl_store_prepare (q->store, q->fetch_sql, &error);
  GPtrArray *rows;
  int index;

  if (stmt == NULL)
    {
      g_warning ("%s", error->message);
      return NULL;
    }

  index = bind_query (q, stmt);
  sqlite3_bind_int (stmt, index++, limit);
  sqlite3_bind_int (stmt, index++, offset);

  rows = sl_store_collect_rows (q->store, stmt, q->from_row, g_object_unref,
                                "Could not read the rows of a list", &error);
  if (rows == NULL)
    g_warning ("%s", error->message);

  return rows;
}

static const SlRowSource list_source = { list_count, list_fetch };

#define FTS_FILTER " AND c.id IN (SELECT rowid FROM candidates_fts WHERE candidates_fts MATCH ?)"

static void
on_store_changed (SlStore    *store,
                  const char *what,
                  gint64      id,
                  SlRowModel *model)
{
  if (g_strcmp0 (what, "market") != 0)
    sl_row_model_reload (model);
}

/* @ids: bound first, as ?1, ?2…
 * @page_columns: (nullable): application columns that cost a query of
 * their own per row, read only for the rows of a page rather than for every
 * row the page is sorted from */
static GListModel *
new_list (SlStore    *self,
          GType       item_type,
          SlRowFunc   from_row,
          const char *columns,
          const char *page_columns,
          const char *from,
          const char *order,
          const gint64 *ids,
          guint       n_ids,
          const char *search)
{
  ListQuery *query = g_new0 (ListQuery, 1);
  g_autofree char *where = NULL;
  SlRowModel *model;

  g_assert (n_ids <= G_N_ELEMENTS (query->ids));

  query->store = g_object_ref (self);
  for (guint i = 0; i < n_ids; i++)
    query->ids[query->n_ids++] = ids[i];
  query->fts_query = sl_store_fts_query (search);
  query->from_row = from_row;

  where = g_strconcat (from, query->fts_query != NULL ? FTS_FILTER : "", NULL);
  query->count_sql = g_strconcat ("SELECT count(*) ", where, NULL);
  if (page_columns == NULL)
    query->fetch_sql = g_strconcat ("SELECT ", columns, " ", where, " ", order, " LIMIT ? OFFSET ?", NULL);
  else
    query->fetch_sql = g_strconcat ("SELECT ", columns, ", ", page_columns, " ", APPLICATION_JOINS,
                                    "WHERE a.id IN (SELECT a.id ", where, " ", order, " LIMIT ? OFFSET ?) ",
                                    order, NULL);

  model = sl_row_model_new (item_type, &list_source, query, (GDestroyNotify) list_query_free);

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

  return new_list (self, SL_TYPE_CANDIDATE, (SlRowFunc) sl_candidate_from_row, CANDIDATE_COLUMNS, NULL,
                   "FROM candidates c WHERE c.deleted_at IS NULL",
                   "ORDER BY c.name COLLATE NOCASE, c.id",
                   NULL, 0, search);
}

/**
 * sl_store_list_candidates_outside_role:
 *
 * Returns: (transfer full): like sl_store_list_candidates(), without the
 *   candidates who are in the role already
 */
GListModel *
sl_store_list_candidates_outside_role (SlStore    *self,
                                       gint64      role_id,
                                       const char *search)
{
  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  g_return_val_if_fail (role_id > 0, NULL);

  return new_list (self, SL_TYPE_CANDIDATE, (SlRowFunc) sl_candidate_from_row, CANDIDATE_COLUMNS, NULL,
                   "FROM candidates c WHERE c.id NOT IN "
                   "(SELECT candidate_id FROM applications WHERE role_id = ?) AND c.deleted_at IS NULL",
                   "ORDER BY c.name COLLATE NOCASE, c.id",
                   &role_id, 1, search);
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

  return new_list (self, SL_TYPE_APPLICATION, (SlRowFunc) sl_application_from_row, APPLICATION_COLUMNS, NULL,
                   APPLICATION_JOINS "WHERE a.role_id = ? AND c.deleted_at IS NULL",
                   "ORDER BY s.position, c.name COLLATE NOCASE, a.id",
                   &role_id, 1, search);
}

/**
 * sl_store_list_checklist:
 * @order: how the candidates are sorted
 * @meets_must_haves: whether to list only the candidates who meet every
 *   must-have
 *
 * Returns: (transfer full): the role's candidates as #SlApplication, each
 *   with the statuses of its checklist, for a matrix of candidates and
 *   requirements
 */
GListModel *
sl_store_list_checklist (SlStore          *self,
                         gint64            role_id,
                         const char       *search,
                         SlChecklistOrder  order,
                         gboolean          meets_must_haves)
{
  static const char * const orders[] = {
    [SL_CHECKLIST_ORDER_STAGE] = "ORDER BY s.position, c.name COLLATE NOCASE, a.id",
    [SL_CHECKLIST_ORDER_NAME] = "ORDER BY c.name COLLATE NOCASE, a.id",
    [SL_CHECKLIST_ORDER_MUST_HAVES] =
      "ORDER BY a.must_met DESC, a.must_not_met, a.checklist_points DESC, c.name COLLATE NOCASE, a.id",
    [SL_CHECKLIST_ORDER_SCORE] =
      "ORDER BY a.checklist_points DESC, a.must_met DESC, c.name COLLATE NOCASE, a.id",
  };

  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  g_return_val_if_fail (role_id > 0, NULL);
  g_return_val_if_fail (order < G_N_ELEMENTS (orders), NULL);

  return new_list (self, SL_TYPE_APPLICATION, (SlRowFunc) sl_application_with_statuses_from_row,
                   APPLICATION_COLUMNS, APPLICATION_STATUSES_COLUMNS,
                   meets_must_haves
                   ? APPLICATION_JOINS "WHERE a.role_id = ? AND c.deleted_at IS NULL "
                     "AND a.must_met = r.must_total"
                   : APPLICATION_JOINS "WHERE a.role_id = ? AND c.deleted_at IS NULL",
                   orders[order], &role_id, 1, search);
}

/**
 * sl_store_list_stage_applications:
 * @viewer_person_id: who looks, for the scores they may see; 0 for no one
 *   in particular
 *
 * Returns: (transfer full): the candidates in one stage of a role, as
 *   #SlApplication with their rejection reason and mean score, those who
 *   entered the stage first first, read as the list is scrolled and kept
 *   current
 */
GListModel *
sl_store_list_stage_applications (SlStore *self,
                                  gint64   role_id,
                                  gint64   stage_id,
                                  gint64   viewer_person_id)
{
  const gint64 ids[] = { role_id, viewer_person_id, stage_id };

  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  g_return_val_if_fail (role_id > 0 && stage_id > 0, NULL);

  /* The mean of the latest submitted overall recommendations; -1 while
   * the viewer has a scorecard of their own still to submit. */
  return new_list (self, SL_TYPE_APPLICATION, (SlRowFunc) sl_application_with_pipeline_from_row,
                   APPLICATION_COLUMNS,
                   "a.rejection_reason, "
                   "CASE WHEN " VIEWER_IS_BLIND ("a.id") " THEN -1 ELSE "
                   "  (SELECT avg (k.overall) FROM interviews i JOIN scorecards k ON k.interview_id = i.id "
                   "    WHERE i.application_id = a.id AND k.overall IS NOT NULL AND " IS_LATEST_SUBMITTED ("k") ") "
                   "END",
                   APPLICATION_JOINS "WHERE a.role_id = ?1 AND a.stage_id = ?3 AND c.deleted_at IS NULL",
                   "ORDER BY a.stage_entered_at, c.name COLLATE NOCASE, a.id",
                   ids, G_N_ELEMENTS (ids), NULL);
}

static SlAuditEntry *
audit_entry_from_row (SlStmt *stmt)
{
  return sl_audit_entry_new (sqlite3_column_int64 (stmt, 0),
                             (const char *) sqlite3_column_text (stmt, 1),
                             (const char *) sqlite3_column_text (stmt, 2),
                             (const char *) sqlite3_column_text (stmt, 3));
}

/* Whom or what an entry is about, by name while it is there. */
#define AUDIT_COLUMNS \
  "l.at, l.actor, l.action, " \
  "CASE l.entity " \
  "  WHEN 'candidate' THEN (SELECT name FROM candidates WHERE id = l.entity_id) " \
  "  WHEN 'role' THEN (SELECT title FROM roles WHERE id = l.entity_id) " \
  "  WHEN 'application' THEN (SELECT c.name || ' — ' || r.title FROM applications a " \
  "    JOIN candidates c ON c.id = a.candidate_id JOIN roles r ON r.id = a.role_id WHERE a.id = l.entity_id) " \
  "  WHEN 'person' THEN (SELECT name FROM people WHERE id = l.entity_id) " \
  "  WHEN 'database' THEN l.detail " \
  "END"

/* The entries about one candidate ?1: their own, and those of their
 * applications and of what hangs from them. */
#define AUDIT_OF_CANDIDATE \
  "FROM audit_log l WHERE (l.entity = 'candidate' AND l.entity_id = ?1) " \
  "OR (l.entity = 'application' AND l.entity_id IN (SELECT id FROM applications WHERE candidate_id = ?1)) " \
  "OR (l.entity = 'interview' AND l.entity_id IN (SELECT i.id FROM interviews i " \
  "    JOIN applications a ON a.id = i.application_id WHERE a.candidate_id = ?1)) " \
  "OR (l.entity = 'scorecard' AND l.entity_id IN (SELECT k.id FROM scorecards k " \
  "    JOIN interviews i ON i.id = k.interview_id JOIN applications a ON a.id = i.application_id " \
  "    WHERE a.candidate_id = ?1)) " \
  "OR (l.entity = 'decision' AND l.entity_id IN (SELECT d.id FROM decisions d " \
  "    JOIN applications a ON a.id = d.application_id WHERE a.candidate_id = ?1)) " \
  "OR (l.entity = 'offer' AND l.entity_id IN (SELECT o.id FROM offers o " \
  "    JOIN applications a ON a.id = o.application_id WHERE a.candidate_id = ?1))"

/**
 * sl_store_list_audit:
 * @candidate_id: only the entries about this candidate, or 0 for all
 *
 * Returns: (transfer full): the audit log as #SlAuditEntry, newest first,
 *   read as it is scrolled and kept current
 */
GListModel *
sl_store_list_audit (SlStore *self,
                     gint64   candidate_id)
{
  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  return new_list (self, SL_TYPE_AUDIT_ENTRY, (SlRowFunc) audit_entry_from_row, AUDIT_COLUMNS, NULL,
                   candidate_id > 0 ? AUDIT_OF_CANDIDATE : "FROM audit_log l WHERE 1",
                   "ORDER BY l.id DESC",
                   &candidate_id, candidate_id > 0 ? 1 : 0, NULL);
}
