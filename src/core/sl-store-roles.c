/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-store"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-store-private.h"
#include "sl-util.h"

#define ROLE_COLUMNS \
  "r.id, r.title, r.summary, r.template_id, " \
  "(SELECT count(*) FROM applications a JOIN stages s ON s.id = a.stage_id " \
  "   JOIN candidates c ON c.id = a.candidate_id " \
  "  WHERE a.role_id = r.id AND s.kind NOT IN ('hired', 'rejected') AND c.deleted_at IS NULL)"

static SlRole *
role_from_row (SlStmt *stmt)
{
  return g_object_new (SL_TYPE_ROLE,
                       "id", (gint64) sqlite3_column_int64 (stmt, 0),
                       "title", (const char *) sqlite3_column_text (stmt, 1),
                       "summary", (const char *) sqlite3_column_text (stmt, 2),
                       "template-id", (const char *) sqlite3_column_text (stmt, 3),
                       "n-active", (guint) sqlite3_column_int (stmt, 4),
                       NULL);
}

/**
 * sl_store_list_roles:
 *
 * Returns: (transfer full): a list of #SlRole, by title
 */
GListModel *
sl_store_list_roles (SlStore *self,
                     GError **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(SlStmt) stmt = NULL;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  stmt = sl_store_prepare (self,
                           "SELECT " ROLE_COLUMNS " FROM roles r ORDER BY r.title COLLATE NOCASE, r.id",
                           error);
  if (stmt == NULL)
    return NULL;

  rows = sl_store_collect_rows (self, stmt, (SlRowFunc) role_from_row, g_object_unref,
                                _("Could not read the roles"), error);
  if (rows == NULL)
    return NULL;

  return sl_list_model_from_rows (SL_TYPE_ROLE, rows);
}

SlRole *
sl_store_get_role (SlStore *self,
                   gint64   role_id,
                   GError **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  return sl_store_get_row (self,
                           "SELECT " ROLE_COLUMNS " FROM roles r WHERE r.id = ?",
                           role_id, (SlRowFunc) role_from_row,
                           _("There is no role with id %s"),
                           _("Could not read the role"), error);
}

/**
 * sl_store_find_role:
 * @id_or_title: a role's id, or its exact title
 *
 * Finds the role a user named on the command line.
 */
SlRole *
sl_store_find_role (SlStore    *self,
                    const char *id_or_title,
                    GError    **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  guint64 id;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  g_return_val_if_fail (id_or_title != NULL, NULL);

  /* A number is an id, unless no role has it: a role may be titled "2027". */
  if (g_ascii_string_to_unsigned (id_or_title, 10, 1, G_MAXINT64, &id, NULL))
    {
      SlRole *role = sl_store_get_role (self, (gint64) id, NULL);

      if (role != NULL)
        return role;
    }

  stmt = sl_store_prepare (self, "SELECT " ROLE_COLUMNS " FROM roles r WHERE r.title = ?", error);
  if (stmt == NULL)
    return NULL;

  sl_stmt_bind_text (stmt, 1, id_or_title);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return role_from_row (stmt);

  if (rc == SQLITE_DONE)
    g_set_error (error, SL_ERROR, SL_ERROR_NOT_FOUND,
                 _("There is no role titled “%s”"), id_or_title);
  else
    sl_store_set_sqlite_error (self, error, rc, _("Could not read the role"));

  return NULL;
}

/* Inserts a role and everything it demands, inside the caller's
 * transaction. */
gint64
sl_store_insert_role (SlStore          *self,
                      const SlTemplate *template,
                      const char       *title,
                      GError          **error)
{
  g_autoptr(GHashTable) competency_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(SlStmt) stmt = NULL;
  gint64 now = sl_store_now ();
  gint64 role_id;

  g_assert (self->in_transaction);

  stmt = sl_store_prepare (self,
                           "INSERT INTO roles (title, summary, template_id, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return 0;
  sl_stmt_bind_text (stmt, 1, title);
  sl_stmt_bind_text (stmt, 2, template->summary);
  sl_stmt_bind_text (stmt, 3, template->id);
  sqlite3_bind_int64 (stmt, 4, now);
  sqlite3_bind_int64 (stmt, 5, now);
  if (!sl_store_step_done (self, stmt, error))
    return 0;
  role_id = sqlite3_last_insert_rowid (self->db);
  g_clear_pointer (&stmt, sl_stmt_release);

  for (guint i = 0; i < template->responsibilities->len; i++)
    {
      const SlTemplateResponsibility *r = g_ptr_array_index (template->responsibilities, i);

      stmt = sl_store_prepare (self,
                               "INSERT INTO responsibilities (role_id, position, title, text) "
                               "VALUES (?, ?, ?, ?)",
                               error);
      if (stmt == NULL)
        return 0;
      sqlite3_bind_int64 (stmt, 1, role_id);
      sqlite3_bind_int (stmt, 2, i);
      sl_stmt_bind_text (stmt, 3, r->title);
      sl_stmt_bind_text (stmt, 4, r->text);
      if (!sl_store_step_done (self, stmt, error))
        return 0;
      g_clear_pointer (&stmt, sl_stmt_release);
    }

  for (guint i = 0; i < template->requirements->len; i++)
    {
      const SlTemplateRequirement *r = g_ptr_array_index (template->requirements, i);

      stmt = sl_store_prepare (self,
                               "INSERT INTO requirements (role_id, position, category, text, kind, weight) "
                               "VALUES (?, ?, ?, ?, ?, ?)",
                               error);
      if (stmt == NULL)
        return 0;
      sqlite3_bind_int64 (stmt, 1, role_id);
      sqlite3_bind_int (stmt, 2, i);
      sl_stmt_bind_text (stmt, 3, r->category);
      sl_stmt_bind_text (stmt, 4, r->text);
      sl_stmt_bind_text (stmt, 5, sl_requirement_kind_to_string (r->kind));
      sqlite3_bind_double (stmt, 6, r->weight);
      if (!sl_store_step_done (self, stmt, error))
        return 0;
      g_clear_pointer (&stmt, sl_stmt_release);
    }

  for (guint i = 0; i < template->competencies->len; i++)
    {
      const SlTemplateCompetency *c = g_ptr_array_index (template->competencies, i);
      gint64 competency_id;

      stmt = sl_store_prepare (self,
                               "INSERT INTO competencies (role_id, position, key, name, description, source) "
                               "VALUES (?, ?, ?, ?, ?, ?)",
                               error);
      if (stmt == NULL)
        return 0;
      sqlite3_bind_int64 (stmt, 1, role_id);
      sqlite3_bind_int (stmt, 2, i);
      sl_stmt_bind_text (stmt, 3, c->key);
      sl_stmt_bind_text (stmt, 4, c->name);
      sl_stmt_bind_text (stmt, 5, c->description);
      sl_stmt_bind_text (stmt, 6, c->source);
      if (!sl_store_step_done (self, stmt, error))
        return 0;
      competency_id = sqlite3_last_insert_rowid (self->db);
      g_clear_pointer (&stmt, sl_stmt_release);

      g_hash_table_insert (competency_ids, c->key, GSIZE_TO_POINTER ((gsize) competency_id));

      for (guint q = 0; c->questions != NULL && c->questions[q] != NULL; q++)
        {
          stmt = sl_store_prepare (self,
                                   "INSERT INTO competency_questions (competency_id, position, text) "
                                   "VALUES (?, ?, ?)",
                                   error);
          if (stmt == NULL)
            return 0;
          sqlite3_bind_int64 (stmt, 1, competency_id);
          sqlite3_bind_int (stmt, 2, q);
          sl_stmt_bind_text (stmt, 3, c->questions[q]);
          if (!sl_store_step_done (self, stmt, error))
            return 0;
          g_clear_pointer (&stmt, sl_stmt_release);
        }
    }

  for (guint i = 0; i < template->stages->len; i++)
    {
      const SlTemplateStage *s = g_ptr_array_index (template->stages, i);
      gint64 stage_id;

      stmt = sl_store_prepare (self,
                               "INSERT INTO stages (role_id, position, name, kind) VALUES (?, ?, ?, ?)",
                               error);
      if (stmt == NULL)
        return 0;
      sqlite3_bind_int64 (stmt, 1, role_id);
      sqlite3_bind_int (stmt, 2, i);
      sl_stmt_bind_text (stmt, 3, s->name);
      sl_stmt_bind_text (stmt, 4, sl_stage_kind_to_string (s->kind));
      if (!sl_store_step_done (self, stmt, error))
        return 0;
      stage_id = sqlite3_last_insert_rowid (self->db);
      g_clear_pointer (&stmt, sl_stmt_release);

      for (guint f = 0; s->focus != NULL && s->focus[f] != NULL; f++)
        {
          gpointer competency_id = g_hash_table_lookup (competency_ids, s->focus[f]);

          if (competency_id == NULL)
            {
              g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                           _("Stage “%s” focuses on “%s”, which is not a competency of the role"),
                           s->name, s->focus[f]);
              return 0;
            }

          stmt = sl_store_prepare (self,
                                   "INSERT INTO stage_competencies (stage_id, competency_id, position) "
                                   "VALUES (?, ?, ?)",
                                   error);
          if (stmt == NULL)
            return 0;
          sqlite3_bind_int64 (stmt, 1, stage_id);
          sqlite3_bind_int64 (stmt, 2, (gint64) GPOINTER_TO_SIZE (competency_id));
          sqlite3_bind_int (stmt, 3, f);
          if (!sl_store_step_done (self, stmt, error))
            return 0;
          g_clear_pointer (&stmt, sl_stmt_release);
        }
    }

  return role_id;
}

/* Titles are unique regardless of case. TRUE, with @error set, when the
 * title is taken or cannot be checked. */
static gboolean
title_taken (SlStore    *self,
             const char *title,
             GError    **error)
{
  g_autoptr(SlStmt) stmt = sl_store_prepare (self,
                                             "SELECT title FROM roles WHERE title = ? COLLATE NOCASE",
                                             error);
  int rc;

  if (stmt == NULL)
    return TRUE;

  sl_stmt_bind_text (stmt, 1, title);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return FALSE;

  if (rc == SQLITE_ROW)
    g_set_error (error, SL_ERROR, SL_ERROR_CONSTRAINT,
                 _("A role titled “%s” exists already"), (const char *) sqlite3_column_text (stmt, 0));
  else
    sl_store_set_sqlite_error (self, error, rc, _("Could not read the roles"));

  return TRUE;
}

/**
 * sl_store_create_role:
 * @template: what the role demands: requirements, competencies, stages
 * @title: (nullable): the role's title, or %NULL for the template's
 *
 * Creates a role, all of it or nothing.
 *
 * Returns: the new role's id, or 0 on error
 */
gint64
sl_store_create_role (SlStore          *self,
                      const SlTemplate *template,
                      const char       *title,
                      GError          **error)
{
  g_autofree char *clean_title = NULL;
  gint64 role_id;

  g_return_val_if_fail (SL_IS_STORE (self), 0);
  g_return_val_if_fail (template != NULL, 0);

  clean_title = g_strstrip (g_strdup (title != NULL ? title : template->title));
  if (clean_title[0] == '\0')
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID, _("The role’s title is empty"));
      return 0;
    }

  if (!sl_store_begin (self, error))
    return 0;

  if (title_taken (self, clean_title, error))
    {
      sl_store_rollback (self);
      return 0;
    }

  role_id = sl_store_insert_role (self, template, clean_title, error);
  if (role_id == 0 ||
      !sl_store_audit (self, "role.create", "role", role_id, template->id, error))
    {
      sl_store_rollback (self);
      return 0;
    }

  if (!sl_store_commit (self, error))
    return 0;

  sl_store_emit_changed (self, "role", role_id);

  return role_id;
}

/**
 * sl_store_delete_role:
 *
 * Deletes a role with everything of it, its applications too, by the
 * schema's cascades; the candidates stay.
 */
gboolean
sl_store_delete_role (SlStore *self,
                      gint64   role_id,
                      GError **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), FALSE);

  return sl_store_change_row (self, "DELETE FROM roles WHERE id = ?1",
                              role_id, _("There is no role with id %s"),
                              "role.delete", "role", error);
}

static gpointer
responsibility_from_row (SlStmt *stmt)
{
  SlResponsibility *r = g_new0 (SlResponsibility, 1);

  r->id = sqlite3_column_int64 (stmt, 0);
  r->title = sl_stmt_dup_text (stmt, 1);
  r->text = sl_stmt_dup_text (stmt, 2);

  return r;
}

GPtrArray *
sl_store_list_responsibilities (SlStore *self,
                                gint64   role_id,
                                GError **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  return sl_store_collect_by_id (self,
                                 "SELECT id, title, text FROM responsibilities "
                                 "WHERE role_id = ? ORDER BY position, id",
                                 role_id, responsibility_from_row,
                                 (GDestroyNotify) sl_responsibility_free,
                                 _("Could not read the responsibilities"), error);
}

static gpointer
requirement_from_row (SlStmt *stmt)
{
  SlRequirement *r = g_new0 (SlRequirement, 1);

  r->id = sqlite3_column_int64 (stmt, 0);
  r->category = sl_stmt_dup_text (stmt, 1);
  r->text = sl_stmt_dup_text (stmt, 2);
  sl_requirement_kind_from_string ((const char *) sqlite3_column_text (stmt, 3), &r->kind);
  r->weight = sqlite3_column_double (stmt, 4);

  return r;
}

GPtrArray *
sl_store_list_requirements (SlStore *self,
                            gint64   role_id,
                            GError **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  return sl_store_collect_by_id (self,
                                 "SELECT id, category, text, kind, weight FROM requirements "
                                 "WHERE role_id = ? AND deleted_at IS NULL ORDER BY position, id",
                                 role_id, requirement_from_row,
                                 (GDestroyNotify) sl_requirement_free,
                                 _("Could not read the requirements"), error);
}

static gpointer
competency_from_row (SlStmt *stmt)
{
  SlCompetency *c = g_new0 (SlCompetency, 1);
  const char *questions = (const char *) sqlite3_column_text (stmt, 4);

  c->id = sqlite3_column_int64 (stmt, 0);
  c->key = sl_stmt_dup_text (stmt, 1);
  c->name = sl_stmt_dup_text (stmt, 2);
  c->description = sl_stmt_dup_text (stmt, 3);
  c->questions = questions != NULL ? g_strsplit (questions, "\x1f", -1) : g_new0 (char *, 1);
  c->source = sl_stmt_dup_text (stmt, 5);

  return c;
}

GPtrArray *
sl_store_list_competencies (SlStore *self,
                            gint64   role_id,
                            GError **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  /* One row per competency; the questions come along as one string joined
   * by a separator no question contains. */
  return sl_store_collect_by_id (self,
                                 "SELECT c.id, c.key, c.name, c.description, "
                                 "  (SELECT group_concat (text, char (31)) FROM "
                                 "     (SELECT text FROM competency_questions q "
                                 "       WHERE q.competency_id = c.id ORDER BY position)), c.source "
                                 "FROM competencies c WHERE c.role_id = ? ORDER BY c.position, c.id",
                                 role_id, competency_from_row,
                                 (GDestroyNotify) sl_competency_free,
                                 _("Could not read the competencies"), error);
}

static gpointer
stage_from_row (SlStmt *stmt)
{
  SlStageKind kind = SL_STAGE_APPLIED;

  sl_stage_kind_from_string ((const char *) sqlite3_column_text (stmt, 3), &kind);

  return g_object_new (SL_TYPE_STAGE,
                       "id", (gint64) sqlite3_column_int64 (stmt, 0),
                       "role-id", (gint64) sqlite3_column_int64 (stmt, 1),
                       "name", (const char *) sqlite3_column_text (stmt, 2),
                       "kind", (int) kind,
                       "position", (guint) sqlite3_column_int (stmt, 4),
                       NULL);
}

/**
 * sl_store_list_stages:
 *
 * Returns: (transfer full): the role's pipeline, a list of #SlStage in order
 */
GListModel *
sl_store_list_stages (SlStore *self,
                      gint64   role_id,
                      GError **error)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  rows = sl_store_collect_by_id (self,
                                 "SELECT id, role_id, name, kind, position FROM stages "
                                 "WHERE role_id = ? ORDER BY position, id",
                                 role_id, stage_from_row, g_object_unref,
                                 _("Could not read the stages"), error);
  if (rows == NULL)
    return NULL;

  return sl_list_model_from_rows (SL_TYPE_STAGE, rows);
}

void
sl_responsibility_free (SlResponsibility *responsibility)
{
  if (responsibility == NULL)
    return;

  g_free (responsibility->title);
  g_free (responsibility->text);
  g_free (responsibility);
}

void
sl_requirement_free (SlRequirement *requirement)
{
  if (requirement == NULL)
    return;

  g_free (requirement->category);
  g_free (requirement->text);
  g_free (requirement);
}

void
sl_competency_free (SlCompetency *competency)
{
  if (competency == NULL)
    return;

  g_free (competency->key);
  g_free (competency->name);
  g_free (competency->description);
  g_strfreev (competency->questions);
  g_free (competency->source);
  g_free (competency);
}
