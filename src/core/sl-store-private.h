/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "sl-store.h"

G_BEGIN_DECLS

/* How many backups made before a restore are kept, for undoing it. */
#define SL_STORE_BEFORE_RESTORE_KEEP 5

/* SQLite's default page cache, in KiB, which imports enlarge for a while. */
#define SL_STORE_CACHE_KIB 2000

typedef struct
{
  int version;
  const char *sql;
} SlMigration;

extern const SlMigration sl_schema_migrations[];
extern const guint sl_schema_n_migrations;

struct _SlStore
{
  GObject parent_instance;

  sqlite3 *db;
  char *path;
  char *actor;
  GHashTable *statements;   /* SQL text → sqlite3_stmt, prepared once */
  const SlMigration *migrations;
  guint n_migrations;
  int schema_version;
  gint64 data_version;      /* PRAGMA data_version when last checked */
  guint in_transaction : 1;
};

/* A cached statement, reset and cleared when it goes out of scope so that
 * no read transaction stays open behind the caller's back. */
typedef sqlite3_stmt SlStmt;

static inline void
sl_stmt_release (SlStmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlStmt, sl_stmt_release)

typedef gpointer (*SlRowFunc) (SlStmt *stmt);

/* Where a market data set came from, when a feed brought it. */
typedef struct
{
  const char *url;
  const char *etag;
  const char *last_modified;
} SlFeedOrigin;

/* The columns that sl_candidate_from_row() and sl_application_from_row()
 * read, in their order. */
#define CANDIDATE_COLUMNS \
  "id, name, email, phone, location, headline, company, source, notes, created_at"

#define APPLICATION_COLUMNS \
  "a.id, a.candidate_id, a.role_id, a.stage_id, c.name, c.headline, r.title, s.name, s.kind, " \
  "a.stage_entered_at, a.must_met, r.must_total, a.must_not_met, a.nice_met, r.nice_total, " \
  "a.checklist_points, r.weight_total"

/* The status of each requirement in force, one character each, and the
 * evidence of each, joined by char (31), in the role's order; read after
 * APPLICATION_COLUMNS for a checklist matrix. */
#define CHECKLIST_CELLS(column) \
  "(SELECT group_concat (" column ", '') FROM " \
  "   (SELECT CASE x.status WHEN 'met' THEN 'y' WHEN 'partly-met' THEN 'p' " \
  "                         WHEN 'not-met' THEN 'n' ELSE '-' END AS code, " \
  "           coalesce (x.evidence, '') || char (31) AS evidence " \
  "      FROM requirements q LEFT JOIN requirement_assessments x " \
  "        ON x.requirement_id = q.id AND x.application_id = a.id " \
  "     WHERE q.role_id = a.role_id AND q.deleted_at IS NULL ORDER BY q.position, q.id))"

#define APPLICATION_STATUSES_COLUMNS CHECKLIST_CELLS ("code") ", " CHECKLIST_CELLS ("evidence")

#define APPLICATION_JOINS \
  "FROM applications a " \
  "JOIN candidates c ON c.id = a.candidate_id " \
  "JOIN roles r ON r.id = a.role_id " \
  "JOIN stages s ON s.id = a.stage_id "

/* The latest submitted version of the interview i's scorecard. */
#define IS_LATEST_SUBMITTED(k) \
  k ".status = 'submitted' AND " k ".version = " \
  "  (SELECT max (version) FROM scorecards WHERE interview_id = i.id AND status = 'submitted')"

/* Whether the person ?2 has an interview in the application @application
 * with no submitted scorecard yet; never for 0, which is nobody's id. */
#define VIEWER_IS_BLIND(application) \
  "EXISTS (SELECT 1 FROM interviews v WHERE v.application_id = " application " AND v.interviewer_id = ?2 " \
  "          AND NOT EXISTS (SELECT 1 FROM scorecards w " \
  "                           WHERE w.interview_id = v.id AND w.status = 'submitted'))"

SlCandidate   *sl_candidate_from_row   (SlStmt *stmt);
SlApplication *sl_application_from_row (SlStmt *stmt);
SlApplication *sl_application_with_statuses_from_row (SlStmt *stmt);
SlApplication *sl_application_with_pipeline_from_row (SlStmt *stmt);

SlStore   *sl_store_open_with_migrations (const char        *path,
                                          const SlMigration *migrations,
                                          guint              n_migrations,
                                          GError           **error);
SlStmt    *sl_store_prepare              (SlStore           *self,
                                          const char        *sql,
                                          GError           **error);
gpointer   sl_store_get_row              (SlStore           *self,
                                          const char        *sql,
                                          gint64             id,
                                          SlRowFunc          from_row,
                                          const char        *not_found,
                                          const char        *what,
                                          GError           **error);
gboolean   sl_store_change_row           (SlStore           *self,
                                          const char        *sql,
                                          gint64             id,
                                          const char        *not_found,
                                          const char        *action,
                                          const char        *entity,
                                          GError           **error);
GPtrArray *sl_store_collect_rows         (SlStore           *self,
                                          SlStmt            *stmt,
                                          SlRowFunc          from_row,
                                          GDestroyNotify     free_func,
                                          const char        *what,
                                          GError           **error);
GPtrArray *sl_store_collect_by_id        (SlStore           *self,
                                          const char        *sql,
                                          gint64             id,
                                          SlRowFunc          from_row,
                                          GDestroyNotify     free_func,
                                          const char        *what,
                                          GError           **error);
GListModel *sl_list_model_from_rows      (GType              item_type,
                                          GPtrArray         *rows);
gboolean   sl_store_step_done            (SlStore           *self,
                                          SlStmt            *stmt,
                                          GError           **error);
gboolean   sl_store_exec                 (SlStore           *self,
                                          const char        *sql,
                                          GError           **error);
gboolean   sl_store_begin                (SlStore           *self,
                                          GError           **error);
gboolean   sl_store_commit               (SlStore           *self,
                                          GError           **error);
void       sl_store_rollback             (SlStore           *self);
gboolean   sl_store_audit                (SlStore           *self,
                                          const char        *action,
                                          const char        *entity,
                                          gint64             entity_id,
                                          const char        *detail,
                                          GError           **error);
void       sl_store_set_sqlite_error     (SlStore           *self,
                                          GError           **error,
                                          int                rc,
                                          const char        *what);
void       sl_store_set_not_found        (GError           **error,
                                          const char        *format,
                                          gint64             id);
void       sl_store_emit_changed         (SlStore           *self,
                                          const char        *what,
                                          gint64             id);
gint64     sl_store_insert_role          (SlStore           *self,
                                          const SlTemplate  *template,
                                          const char        *title,
                                          GError           **error);
gint64     sl_store_read_data_version    (SlStore           *self);
gboolean   sl_store_check_length         (const char        *text,
                                          guint              max,
                                          const char        *format,
                                          GError           **error);
gboolean   sl_store_finish_interview_change (SlStore        *self,
                                          gint64             application_id,
                                          const char        *action,
                                          const char        *entity,
                                          gint64             entity_id,
                                          const char        *detail,
                                          GError           **error);
char      *sl_store_write_backup         (SlStore           *self,
                                          const char        *label,
                                          GError           **error);
gboolean   sl_store_reread_schema_version (SlStore          *self,
                                          GError           **error);
gboolean   sl_store_migrate              (SlStore           *self,
                                          GError           **error);
gboolean   sl_store_add_visit            (SlStore           *self,
                                          gint64             application_id,
                                          gint64             stage_id,
                                          gint64             now,
                                          GError           **error);
gint64     sl_store_application_role     (SlStore           *self,
                                          gint64             application_id,
                                          GError           **error);
gint64     sl_store_insert_market_dataset (SlStore          *self,
                                          const SlMarketDocument *document,
                                          gboolean           builtin,
                                          const SlFeedOrigin *feed,
                                          GError           **error);
gint64     sl_store_now                  (void);
void       sl_store_set_now_for_testing  (gint64             now);
char      *sl_store_fts_query            (const char        *search);
GPtrArray *sl_store_get_candidates_by_id (SlStore           *self,
                                          const gint64      *ids,
                                          guint              n_ids,
                                          GError           **error);
void       sl_stmt_bind_text             (SlStmt            *stmt,
                                          int                index,
                                          const char        *text);
char      *sl_stmt_dup_text              (SlStmt            *stmt,
                                          int                column);
double     sl_stmt_column_amount         (SlStmt            *stmt,
                                          int                column);

G_END_DECLS
