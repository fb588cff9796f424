/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-store"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-store-private.h"

/* A role as a template again, so that teams can share what a role demands:
 * its profile, requirements, competencies and stages, never its
 * candidates. */

/* Template ids are lowercase letters, digits and hyphens. */
static char *
id_from_title (const char *title)
{
  g_autofree char *ascii = g_str_to_ascii (title, "C");
  g_autoptr(GString) id = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (id, g_ascii_tolower (*p));
      else if (id->len > 0 && id->str[id->len - 1] != '-')
        g_string_append_c (id, '-');
    }

  while (id->len > 0 && id->str[id->len - 1] == '-')
    g_string_truncate (id, id->len - 1);

  return id->len > 0 ? g_string_free (g_steal_pointer (&id), FALSE) : g_strdup ("role");
}

static gpointer
stage_from_row (SlStmt *stmt)
{
  SlTemplateStage *stage = g_new0 (SlTemplateStage, 1);
  const char *focus = (const char *) sqlite3_column_text (stmt, 2);

  stage->name = sl_stmt_dup_text (stmt, 0);
  sl_stage_kind_from_string ((const char *) sqlite3_column_text (stmt, 1), &stage->kind);
  stage->focus = focus != NULL ? g_strsplit (focus, "\x1f", -1) : g_new0 (char *, 1);

  return stage;
}

/* Moves the fields of the store's items into a template's items. */
static gboolean
fill_template (SlStore    *self,
               gint64      role_id,
               SlTemplate *template,
               GError    **error)
{
  g_autoptr(GPtrArray) responsibilities = NULL;
  g_autoptr(GPtrArray) requirements = NULL;
  g_autoptr(GPtrArray) competencies = NULL;
  g_autoptr(GPtrArray) stages = NULL;

  responsibilities = sl_store_list_responsibilities (self, role_id, error);
  requirements = responsibilities != NULL ? sl_store_list_requirements (self, role_id, error) : NULL;
  competencies = requirements != NULL ? sl_store_list_competencies (self, role_id, error) : NULL;
  if (competencies == NULL)
    return FALSE;

  stages = sl_store_collect_by_id (self,
                                   "SELECT s.name, s.kind, "
                                   "  (SELECT group_concat (key, char (31)) FROM "
                                   "     (SELECT c.key FROM stage_competencies sc "
                                   "        JOIN competencies c ON c.id = sc.competency_id "
                                   "       WHERE sc.stage_id = s.id ORDER BY sc.position, c.position, c.id)) "
                                   "FROM stages s WHERE s.role_id = ? ORDER BY s.position, s.id",
                                   role_id, stage_from_row, (GDestroyNotify) sl_template_stage_free,
                                   _("Could not read the stages"), error);
  if (stages == NULL)
    return FALSE;

  for (guint i = 0; i < responsibilities->len; i++)
    {
      SlResponsibility *from = g_ptr_array_index (responsibilities, i);
      SlTemplateResponsibility *to = g_new0 (SlTemplateResponsibility, 1);

      to->title = g_steal_pointer (&from->title);
      to->text = g_steal_pointer (&from->text);
      g_ptr_array_add (template->responsibilities, to);
    }

  for (guint i = 0; i < requirements->len; i++)
    {
      SlRequirement *from = g_ptr_array_index (requirements, i);
      SlTemplateRequirement *to = g_new0 (SlTemplateRequirement, 1);

      to->category = g_steal_pointer (&from->category);
      to->text = g_steal_pointer (&from->text);
      to->kind = from->kind;
      to->weight = from->weight;
      g_ptr_array_add (template->requirements, to);
    }

  for (guint i = 0; i < competencies->len; i++)
    {
      SlCompetency *from = g_ptr_array_index (competencies, i);
      SlTemplateCompetency *to = g_new0 (SlTemplateCompetency, 1);

      to->key = g_steal_pointer (&from->key);
      to->name = g_steal_pointer (&from->name);
      to->description = g_steal_pointer (&from->description);
      to->source = g_steal_pointer (&from->source);
      to->questions = g_steal_pointer (&from->questions);
      g_ptr_array_add (template->competencies, to);
    }

  g_ptr_array_extend_and_steal (template->stages, g_steal_pointer (&stages));

  return TRUE;
}

/**
 * sl_store_export_template:
 *
 * Writes what a role demands as a shortlist-template/1 document: the same
 * document that sl_template_new_from_data() reads and
 * sl_store_create_role() makes a role of.
 *
 * Returns: (transfer full): the JSON text, or %NULL
 */
char *
sl_store_export_template (SlStore *self,
                          gint64   role_id,
                          gsize   *length,
                          GError **error)
{
  g_autoptr(SlRole) role = NULL;
  g_autoptr(SlTemplate) template = NULL;
  g_autoptr(SlTemplate) check = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *json = NULL;
  gsize json_length = 0;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  role = sl_store_get_role (self, role_id, error);
  if (role == NULL)
    return NULL;

  template = sl_template_new ();
  template->id = sl_role_get_template_id (role) != NULL
                 ? g_strdup (sl_role_get_template_id (role))
                 : id_from_title (sl_role_get_title (role));
  template->title = g_strdup (sl_role_get_title (role));
  template->summary = g_strdup (sl_role_get_summary (role));

  if (!fill_template (self, role_id, template, error))
    return NULL;

  json = sl_template_to_json (template, &json_length);

  /* Whatever is written here must be read back: a role edited into what a
   * template cannot hold, such as one with no requirements, says so now
   * rather than when a colleague imports it. */
  check = sl_template_new_from_data (json, json_length, &local_error);
  if (check == NULL)
    {
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                   _("“%s” cannot be saved as a template: %s"),
                   sl_role_get_title (role), local_error->message);
      return NULL;
    }

  if (length != NULL)
    *length = json_length;

  return g_steal_pointer (&json);
}
