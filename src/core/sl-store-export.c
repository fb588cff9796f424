/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-store"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-csv.h"
#include "sl-store-private.h"

/* Exports as CSV for spreadsheets and other tools, written a row at a time
 * as the rows are read, so that a talent pool of any size streams out
 * without being held in memory. */

/* The columns a candidate is exported with, in the header's order. */
#define EXPORT_CANDIDATE_COLUMNS \
  "c.name, c.email, c.phone, c.location, c.headline, c.company, c.source, c.notes, c.created_at"

#define N_EXPORT_CANDIDATE_TEXTS 8

/* What one application's row of the checklist matrix says about one
 * requirement. */
typedef struct
{
  SlAssessmentStatus status;
  char *evidence;
} Cell;

static void
cell_clear (gpointer data)
{
  Cell *cell = data;

  cell->status = SL_ASSESSMENT_UNASSESSED;
  g_clear_pointer (&cell->evidence, g_free);
}

static gboolean
write_checklist_header (SlCsvWriter   *csv,
                        GPtrArray     *requirements,
                        GCancellable  *cancellable,
                        GError       **error)
{
  sl_csv_writer_add_field (csv, _("Candidate"));
  sl_csv_writer_add_field (csv, _("Email"));
  sl_csv_writer_add_field (csv, _("Stage"));
  sl_csv_writer_add_field (csv, _("Must-haves met"));
  sl_csv_writer_add_field (csv, _("Must-haves"));
  sl_csv_writer_add_field (csv, _("Nice-to-haves met"));
  sl_csv_writer_add_field (csv, _("Nice-to-haves"));
  sl_csv_writer_add_field (csv, _("Score"));
  sl_csv_writer_add_field (csv, _("Knock-out"));

  for (guint i = 0; i < requirements->len; i++)
    {
      const SlRequirement *requirement = g_ptr_array_index (requirements, i);
      /* Translators: the header of the column that holds what shows whether
       * a candidate meets the requirement whose text this is */
      g_autofree char *evidence = g_strdup_printf (_("%s — evidence"), requirement->text);

      sl_csv_writer_add_field (csv, requirement->text);
      sl_csv_writer_add_field (csv, evidence);
    }

  return sl_csv_writer_end_row (csv, cancellable, error);
}

static gboolean
write_checklist_row (SlCsvWriter    *csv,
                     SlApplication  *application,
                     const char     *email,
                     GArray         *cells,
                     GCancellable   *cancellable,
                     GError        **error)
{
  const SlChecklistSummary *summary = sl_application_get_checklist (application);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  sl_csv_writer_add_field (csv, sl_application_get_candidate_name (application));
  sl_csv_writer_add_field (csv, email);
  sl_csv_writer_add_field (csv, sl_application_get_stage_name (application));
  sl_csv_writer_add_number (csv, summary->must_met, 0);
  sl_csv_writer_add_number (csv, summary->must_total, 0);
  sl_csv_writer_add_number (csv, summary->nice_met, 0);
  sl_csv_writer_add_number (csv, summary->nice_total, 0);
  /* NAN, for a role whose requirements weigh nothing, stays empty. */
  sl_csv_writer_add_number (csv, sl_checklist_summary_get_score (summary) * 100, 1);
  /* The statuses and these are data for formulas, the same in every
   * language. */
  sl_csv_writer_add_field (csv, sl_checklist_summary_is_knocked_out (summary) ? "yes" : "no");

  for (guint i = 0; i < cells->len; i++)
    {
      const Cell *cell = &g_array_index (cells, Cell, i);

      sl_csv_writer_add_field (csv, sl_assessment_status_to_string (cell->status));
      sl_csv_writer_add_field (csv, cell->evidence);
    }

  return sl_csv_writer_end_row (csv, cancellable, error);
}

/**
 * sl_store_export_checklist:
 * @stream: where the CSV goes; it is not closed
 * @n_rows: (out) (optional): how many candidates were written
 *
 * Writes the role's checklist matrix as CSV: a row per candidate in the
 * role, by stage and then by name, with the counts and score of their
 * checklist, then the status (a sl_assessment_status_to_string() name) and
 * the evidence for each requirement in force, in the role's order.
 *
 * Returns: %FALSE, with @error set, when reading or writing failed or
 *   @cancellable was cancelled; @stream may then hold part of the rows
 */
gboolean
sl_store_export_checklist (SlStore        *self,
                           gint64          role_id,
                           GOutputStream  *stream,
                           guint          *n_rows,
                           GCancellable   *cancellable,
                           GError        **error)
{
  g_autoptr(SlRole) role = NULL;
  g_autoptr(GPtrArray) requirements = NULL;
  g_autoptr(GHashTable) columns = NULL;
  g_autoptr(GArray) cells = NULL;
  g_autoptr(SlCsvWriter) csv = NULL;
  g_autoptr(SlStmt) stmt = NULL;
  g_autoptr(SlApplication) application = NULL;
  g_autofree char *email = NULL;
  guint rows = 0;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  role = sl_store_get_role (self, role_id, error);
  if (role == NULL)
    return FALSE;

  requirements = sl_store_list_requirements (self, role_id, error);
  if (requirements == NULL)
    return FALSE;

  /* Requirement id → its column, counted from 1. Assessments of any other
   * requirement, such as one added since the header was written, are left
   * out rather than put under the wrong heading. */
  columns = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < requirements->len; i++)
    {
      SlRequirement *requirement = g_ptr_array_index (requirements, i);

      g_hash_table_insert (columns, &requirement->id, GUINT_TO_POINTER (i + 1));
    }

  cells = g_array_sized_new (FALSE, TRUE, sizeof (Cell), requirements->len);
  g_array_set_clear_func (cells, cell_clear);
  g_array_set_size (cells, requirements->len);

  csv = sl_csv_writer_new (stream);
  if (!write_checklist_header (csv, requirements, cancellable, error))
    return FALSE;

  /* One query for the whole matrix: a row per assessment, or one row with
   * none for a candidate nobody assessed yet, grouped by application. */
  stmt = sl_store_prepare (self,
                           "SELECT " APPLICATION_COLUMNS ", c.email, q.id, x.status, x.evidence "
                           APPLICATION_JOINS
                           "LEFT JOIN (requirement_assessments x JOIN requirements q "
                           "             ON q.id = x.requirement_id AND q.deleted_at IS NULL) "
                           "  ON x.application_id = a.id "
                           "WHERE a.role_id = ? AND c.deleted_at IS NULL "
                           "ORDER BY s.position, c.name COLLATE NOCASE, a.id",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, role_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 application_id = sqlite3_column_int64 (stmt, 0);
      gint64 requirement_id = sqlite3_column_int64 (stmt, 18);
      guint column;

      if (application == NULL || sl_application_get_id (application) != application_id)
        {
          if (application != NULL)
            {
              if (!write_checklist_row (csv, application, email, cells, cancellable, error))
                return FALSE;
              rows++;
            }

          g_clear_object (&application);
          g_clear_pointer (&email, g_free);
          for (guint i = 0; i < cells->len; i++)
            cell_clear (&g_array_index (cells, Cell, i));

          application = sl_application_from_row (stmt);
          email = sl_stmt_dup_text (stmt, 17);
        }

      column = GPOINTER_TO_UINT (g_hash_table_lookup (columns, &requirement_id));
      if (column > 0)
        {
          Cell *cell = &g_array_index (cells, Cell, column - 1);

          sl_assessment_status_from_string ((const char *) sqlite3_column_text (stmt, 19),
                                            &cell->status);
          cell->evidence = sl_stmt_dup_text (stmt, 20);
        }
    }

  if (rc != SQLITE_DONE)
    {
      sl_store_set_sqlite_error (self, error, rc, _("Could not read the checklist"));
      return FALSE;
    }

  if (application != NULL)
    {
      if (!write_checklist_row (csv, application, email, cells, cancellable, error))
        return FALSE;
      rows++;
    }

  if (n_rows != NULL)
    *n_rows = rows;

  return TRUE;
}

/* The day the candidate was added, as the user's calendar had it. */
static char *
format_added (gint64 created)
{
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_local (created);

  return date != NULL ? g_date_time_format (date, "%Y-%m-%d") : NULL;
}

/**
 * sl_store_export_candidates:
 * @role_id: the role whose candidates to write, or 0 for every candidate
 * @stream: where the CSV goes; it is not closed
 * @n_rows: (out) (optional): how many rows of candidates were written
 *
 * Writes candidates as CSV with a header of the columns' names: every
 * candidate by name, or, for a role, a row per candidate in the role, by
 * stage and then by name, with the role's title and the stage. Deleted
 * candidates are left out.
 *
 * Returns: %FALSE, with @error set, when reading or writing failed or
 *   @cancellable was cancelled; @stream may then hold part of the rows
 */
gboolean
sl_store_export_candidates (SlStore        *self,
                            gint64          role_id,
                            GOutputStream  *stream,
                            guint          *n_rows,
                            GCancellable   *cancellable,
                            GError        **error)
{
  /* The names of the columns are for programs as much as for people, and
   * stay the same in every language. */
  static const char * const header[] = {
    "name", "email", "phone", "location", "headline", "company", "source", "notes", "added",
    "role", "stage",
  };
  g_autoptr(SlCsvWriter) csv = NULL;
  g_autoptr(SlStmt) stmt = NULL;
  guint n_columns = G_N_ELEMENTS (header);
  guint rows = 0;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (role_id >= 0, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (role_id > 0)
    {
      g_autoptr(SlRole) role = sl_store_get_role (self, role_id, error);

      if (role == NULL)
        return FALSE;

      stmt = sl_store_prepare (self,
                               "SELECT " EXPORT_CANDIDATE_COLUMNS ", r.title, s.name "
                               APPLICATION_JOINS
                               "WHERE a.role_id = ? AND c.deleted_at IS NULL "
                               "ORDER BY s.position, c.name COLLATE NOCASE, a.id",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, role_id);
    }
  else
    {
      /* Without a role, no role and stage columns. */
      n_columns -= 2;
      stmt = sl_store_prepare (self,
                               "SELECT " EXPORT_CANDIDATE_COLUMNS " FROM candidates c "
                               "WHERE c.deleted_at IS NULL ORDER BY c.name COLLATE NOCASE, c.id",
                               error);
      if (stmt == NULL)
        return FALSE;
    }

  csv = sl_csv_writer_new (stream);
  for (guint i = 0; i < n_columns; i++)
    sl_csv_writer_add_field (csv, header[i]);
  if (!sl_csv_writer_end_row (csv, cancellable, error))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *added = format_added (sqlite3_column_int64 (stmt, N_EXPORT_CANDIDATE_TEXTS));

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      for (int i = 0; i < N_EXPORT_CANDIDATE_TEXTS; i++)
        sl_csv_writer_add_field (csv, (const char *) sqlite3_column_text (stmt, i));
      sl_csv_writer_add_field (csv, added);
      for (int i = N_EXPORT_CANDIDATE_TEXTS + 1; i < (int) n_columns; i++)
        sl_csv_writer_add_field (csv, (const char *) sqlite3_column_text (stmt, i));

      if (!sl_csv_writer_end_row (csv, cancellable, error))
        return FALSE;
      rows++;
    }

  if (rc != SQLITE_DONE)
    {
      sl_store_set_sqlite_error (self, error, rc, _("Could not read the candidates"));
      return FALSE;
    }

  if (n_rows != NULL)
    *n_rows = rows;

  return TRUE;
}
