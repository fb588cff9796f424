/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-template.c: role templates in the shortlist-template/1 JSON format */

#define G_LOG_DOMAIN "shortlist-template"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "sl-template-private.h"

#define BUILTIN_PATH          "/io/github/shortlist/Shortlist/templates/"
#define MAX_TITLE_CHARS       200
#define MAX_QUESTIONS         3
#define MAX_WEIGHT            100.0

static const char * const categories[] = {
  "Experience",
  "Education",
  "Technical skills",
  "Domain expertise",
  "Leadership",
  "Soft skills",
  "Industry knowledge",
  NULL
};

static const char * const requirement_kinds[] = {
  [SL_REQUIREMENT_MUST_HAVE] = "must-have",
  [SL_REQUIREMENT_NICE_TO_HAVE] = "nice-to-have",
  NULL
};

static const char * const stage_kinds[] = {
  [SL_STAGE_APPLIED] = "applied",
  [SL_STAGE_SCREEN] = "screen",
  [SL_STAGE_INTERVIEW] = "interview",
  [SL_STAGE_OFFER] = "offer",
  [SL_STAGE_HIRED] = "hired",
  [SL_STAGE_REJECTED] = "rejected",
  NULL
};

G_DEFINE_QUARK (sl-template-error-quark, sl_template_error)

static void
responsibility_free (gpointer data)
{
  SlTemplateResponsibility *self = data;

  g_free (self->title);
  g_free (self->text);
  g_free (self);
}

static void
requirement_free (gpointer data)
{
  SlTemplateRequirement *self = data;

  g_free (self->category);
  g_free (self->text);
  g_free (self);
}

static void
competency_free (gpointer data)
{
  SlTemplateCompetency *self = data;

  g_free (self->key);
  g_free (self->name);
  g_free (self->description);
  g_free (self->source);
  g_strfreev (self->questions);
  g_free (self);
}

void
sl_template_stage_free (SlTemplateStage *self)
{
  if (self == NULL)
    return;

  g_free (self->name);
  g_strfreev (self->focus);
  g_free (self);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlTemplateResponsibility, responsibility_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlTemplateRequirement, requirement_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlTemplateCompetency, competency_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlTemplateStage, sl_template_stage_free)

/* An empty template, to be filled in. */
SlTemplate *
sl_template_new (void)
{
  SlTemplate *self = g_new0 (SlTemplate, 1);

  self->responsibilities = g_ptr_array_new_with_free_func (responsibility_free);
  self->requirements = g_ptr_array_new_with_free_func (requirement_free);
  self->competencies = g_ptr_array_new_with_free_func (competency_free);
  self->stages = g_ptr_array_new_with_free_func ((GDestroyNotify) sl_template_stage_free);

  return self;
}

void
sl_template_free (SlTemplate *self)
{
  if (self == NULL)
    return;

  g_free (self->id);
  g_free (self->title);
  g_free (self->summary);
  g_clear_pointer (&self->responsibilities, g_ptr_array_unref);
  g_clear_pointer (&self->requirements, g_ptr_array_unref);
  g_clear_pointer (&self->competencies, g_ptr_array_unref);
  g_clear_pointer (&self->stages, g_ptr_array_unref);
  g_free (self);
}

const char * const *
sl_template_categories (void)
{
  return categories;
}

const char *
sl_requirement_kind_to_string (SlRequirementKind kind)
{
  g_return_val_if_fail (kind <= SL_REQUIREMENT_NICE_TO_HAVE, NULL);

  return requirement_kinds[kind];
}

gboolean
sl_requirement_kind_from_string (const char        *str,
                                 SlRequirementKind *kind)
{
  g_return_val_if_fail (str != NULL, FALSE);

  for (guint i = 0; requirement_kinds[i] != NULL; i++)
    {
      if (strcmp (str, requirement_kinds[i]) == 0)
        {
          if (kind != NULL)
            *kind = (SlRequirementKind) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
sl_stage_kind_to_string (SlStageKind kind)
{
  g_return_val_if_fail (kind <= SL_STAGE_REJECTED, NULL);

  return stage_kinds[kind];
}

gboolean
sl_stage_kind_from_string (const char  *str,
                           SlStageKind *kind)
{
  g_return_val_if_fail (str != NULL, FALSE);

  for (guint i = 0; stage_kinds[i] != NULL; i++)
    {
      if (strcmp (str, stage_kinds[i]) == 0)
        {
          if (kind != NULL)
            *kind = (SlStageKind) i;
          return TRUE;
        }
    }

  return FALSE;
}

/* Validation */

static void
set_invalid (GError     **error,
             const char  *format,
             ...) G_GNUC_PRINTF (2, 3);

static void
set_invalid (GError     **error,
             const char  *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error_literal (error, SL_TEMPLATE_ERROR, SL_TEMPLATE_ERROR_INVALID, message);
}

static char *
join_quoted (const char * const *values)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; values[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (str, ", ");
      g_string_append_printf (str, "\"%s\"", values[i]);
    }

  return g_string_free (str, FALSE);
}

static gboolean
is_slug (const char *str)
{
  if (str == NULL || *str == '\0')
    return FALSE;

  for (const char *p = str; *p != '\0'; p++)
    {
      if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-'))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_string (JsonObject   *object,
             const char   *parent,
             const char   *member,
             SlJsonFlags   flags,
             char        **out,
             GError      **error)
{
  return sl_json_get_string (&sl_template_json_format, object, parent, member, flags, out, error);
}

static gboolean
read_array (JsonObject   *object,
            const char   *parent,
            const char   *member,
            SlJsonFlags   flags,
            JsonArray   **out,
            GError      **error)
{
  return sl_json_get_array (&sl_template_json_format, object, parent, member, flags, out, error);
}

static void
set_not_one_of (GError            **error,
                const char         *path,
                const char         *value,
                const char * const *allowed)
{
  g_autofree char *quoted = sl_json_quote (&sl_template_json_format, value);
  g_autofree char *list = join_quoted (allowed);

  set_invalid (error, _("%s: %s is not one of %s"), path, quoted, list);
}

static SlTemplateResponsibility *
parse_responsibility (JsonObject  *object,
                      const char  *path,
                      GError     **error)
{
  g_autoptr(SlTemplateResponsibility) item = g_new0 (SlTemplateResponsibility, 1);

  if (!read_string (object, path, "title", SL_JSON_FILLED, &item->title, error) ||
      !read_string (object, path, "text", SL_JSON_FILLED, &item->text, error))
    return NULL;

  return g_steal_pointer (&item);
}

static SlTemplateRequirement *
parse_requirement (JsonObject  *object,
                   const char  *path,
                   GError     **error)
{
  g_autoptr(SlTemplateRequirement) item = g_new0 (SlTemplateRequirement, 1);
  g_autofree char *kind = NULL;

  if (!read_string (object, path, "category", SL_JSON_FILLED, &item->category, error) ||
      !read_string (object, path, "text", SL_JSON_FILLED, &item->text, error) ||
      !read_string (object, path, "kind", SL_JSON_REQUIRED, &kind, error))
    return NULL;

  if (!g_strv_contains (categories, item->category))
    {
      g_autofree char *member = sl_json_member_path (path, "category");

      set_not_one_of (error, member, item->category, categories);
      return NULL;
    }

  if (!sl_requirement_kind_from_string (kind, &item->kind))
    {
      g_autofree char *member = sl_json_member_path (path, "kind");

      set_not_one_of (error, member, kind, requirement_kinds);
      return NULL;
    }

  item->weight = 1.0;

  if (!sl_json_get_number (&sl_template_json_format, object, path, "weight", SL_JSON_OPTIONAL,
                           NULL, &item->weight, error))
    return NULL;

  if (!isfinite (item->weight) || item->weight < 0.0 || item->weight > MAX_WEIGHT)
    {
      g_autofree char *member = sl_json_member_path (path, "weight");

      set_invalid (error, _("%s: %g is not between 0 and %g"), member, item->weight, MAX_WEIGHT);
      return NULL;
    }

  return g_steal_pointer (&item);
}

static GStrv
parse_questions (JsonObject  *object,
                 const char  *parent,
                 GError     **error)
{
  g_autofree char *path = sl_json_member_path (parent, "questions");
  g_autoptr(GPtrArray) questions = g_ptr_array_new_with_free_func (g_free);
  JsonNode *node = json_object_get_member (object, "questions");
  JsonArray *array;
  guint n_questions;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    goto bad_shape;

  array = json_node_get_array (node);
  n_questions = json_array_get_length (array);

  if (n_questions < 1 || n_questions > MAX_QUESTIONS)
    goto bad_shape;

  for (guint i = 0; i < n_questions; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *question = NULL;

      if (!sl_json_node_holds (element, G_TYPE_STRING))
        goto bad_shape;

      question = g_strstrip (g_strdup (json_node_get_string (element)));

      if (*question == '\0')
        {
          set_invalid (error, _("%s[%u]: must not be empty"), path, i);
          return NULL;
        }

      g_ptr_array_add (questions, g_steal_pointer (&question));
    }

  g_ptr_array_add (questions, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&questions), FALSE);

bad_shape:
  set_invalid (error, _("%s: expected an array of 1 to %u strings"), path, (guint) MAX_QUESTIONS);
  return NULL;
}

static SlTemplateCompetency *
parse_competency (JsonObject  *object,
                  const char  *path,
                  GHashTable  *keys,
                  GError     **error)
{
  g_autoptr(SlTemplateCompetency) item = g_new0 (SlTemplateCompetency, 1);
  gpointer other;

  if (!read_string (object, path, "key", SL_JSON_REQUIRED, &item->key, error))
    return NULL;

  if (!is_slug (item->key))
    {
      g_autofree char *member = sl_json_member_path (path, "key");
      g_autofree char *quoted = sl_json_quote (&sl_template_json_format, item->key);

      set_invalid (error, _("%s: %s is not a key of lowercase letters, digits and hyphens"),
                   member, quoted);
      return NULL;
    }

  if (g_hash_table_lookup_extended (keys, item->key, NULL, &other))
    {
      g_autofree char *member = sl_json_member_path (path, "key");

      set_invalid (error, _("%s: the key \"%s\" is already used by competencies[%u]"),
                   member, item->key, GPOINTER_TO_UINT (other));
      return NULL;
    }

  if (!read_string (object, path, "name", SL_JSON_FILLED, &item->name, error) ||
      !read_string (object, path, "description", SL_JSON_OPTIONAL, &item->description, error) ||
      !read_string (object, path, "source", SL_JSON_OPTIONAL, &item->source, error))
    return NULL;

  item->questions = parse_questions (object, path, error);
  if (item->questions == NULL)
    return NULL;

  return g_steal_pointer (&item);
}

static GStrv
parse_focus (JsonObject  *object,
             const char  *parent,
             GHashTable  *keys,
             GError     **error)
{
  g_autofree char *path = sl_json_member_path (parent, "focus");
  g_autoptr(GPtrArray) focus = g_ptr_array_new_with_free_func (g_free);
  JsonArray *array = NULL;
  guint n_keys;

  if (!read_array (object, parent, "focus", SL_JSON_OPTIONAL, &array, error))
    return NULL;

  n_keys = array != NULL ? json_array_get_length (array) : 0;

  for (guint i = 0; i < n_keys; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *key;

      if (!sl_json_node_holds (element, G_TYPE_STRING))
        {
          set_invalid (error, _("%s[%u]: expected a string"), path, i);
          return NULL;
        }

      key = json_node_get_string (element);

      if (!g_hash_table_contains (keys, key))
        {
          g_autofree char *quoted = sl_json_quote (&sl_template_json_format, key);

          set_invalid (error, _("%s[%u]: no competency has the key %s"), path, i, quoted);
          return NULL;
        }

      if (g_ptr_array_find_with_equal_func (focus, key, g_str_equal, NULL))
        {
          set_invalid (error, _("%s[%u]: \"%s\" is listed more than once"), path, i, key);
          return NULL;
        }

      g_ptr_array_add (focus, g_strdup (key));
    }

  g_ptr_array_add (focus, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&focus), FALSE);
}

static SlTemplateStage *
parse_stage (JsonObject  *object,
             const char  *path,
             guint        index,
             GHashTable  *keys,
             GHashTable  *names,
             GError     **error)
{
  g_autoptr(SlTemplateStage) item = g_new0 (SlTemplateStage, 1);
  g_autofree char *kind = NULL;
  g_autofree char *normalized = NULL;
  g_autofree char *folded = NULL;
  gpointer other;

  if (!read_string (object, path, "name", SL_JSON_FILLED, &item->name, error) ||
      !read_string (object, path, "kind", SL_JSON_REQUIRED, &kind, error))
    return NULL;

  /* Stage names are compared as people read them: "Offer" and "offer" are
   * the same stage.
   */
  normalized = g_utf8_normalize (item->name, -1, G_NORMALIZE_DEFAULT);
  folded = g_utf8_casefold (normalized, -1);

  if (g_hash_table_lookup_extended (names, folded, NULL, &other))
    {
      g_autofree char *member = sl_json_member_path (path, "name");
      g_autofree char *quoted = sl_json_quote (&sl_template_json_format, item->name);

      set_invalid (error, _("%s: %s is already the name of stages[%u]"),
                   member, quoted, GPOINTER_TO_UINT (other));
      return NULL;
    }

  g_hash_table_insert (names, g_steal_pointer (&folded), GUINT_TO_POINTER (index));

  if (!sl_stage_kind_from_string (kind, &item->kind))
    {
      g_autofree char *member = sl_json_member_path (path, "kind");

      set_not_one_of (error, member, kind, stage_kinds);
      return NULL;
    }

  item->focus = parse_focus (object, path, keys, error);
  if (item->focus == NULL)
    return NULL;

  return g_steal_pointer (&item);
}

static gboolean
parse_template (JsonObject  *root,
                SlTemplate  *self,
                GError     **error)
{
  g_autoptr(GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *responsibilities = NULL;
  JsonArray *requirements = NULL;
  JsonArray *competencies = NULL;
  JsonArray *stages = NULL;
  gboolean has_active_stage = FALSE;

  if (!read_string (root, NULL, "id", SL_JSON_REQUIRED, &self->id, error))
    return FALSE;

  if (!is_slug (self->id))
    {
      g_autofree char *quoted = sl_json_quote (&sl_template_json_format, self->id);

      set_invalid (error, _("id: %s is not an id of lowercase letters, digits and hyphens"),
                   quoted);
      return FALSE;
    }

  if (!read_string (root, NULL, "title", SL_JSON_FILLED, &self->title, error))
    return FALSE;

  if (g_utf8_strlen (self->title, -1) > MAX_TITLE_CHARS)
    {
      set_invalid (error, _("title: longer than %u characters"), (guint) MAX_TITLE_CHARS);
      return FALSE;
    }

  if (!read_string (root, NULL, "summary", SL_JSON_OPTIONAL, &self->summary, error) ||
      !read_array (root, NULL, "responsibilities", SL_JSON_OPTIONAL, &responsibilities, error) ||
      !read_array (root, NULL, "requirements", SL_JSON_REQUIRED, &requirements, error) ||
      !read_array (root, NULL, "competencies", SL_JSON_REQUIRED, &competencies, error) ||
      !read_array (root, NULL, "stages", SL_JSON_REQUIRED, &stages, error))
    return FALSE;

  for (guint i = 0; responsibilities != NULL && i < json_array_get_length (responsibilities); i++)
    {
      g_autofree char *path = g_strdup_printf ("responsibilities[%u]", i);
      JsonObject *object = sl_json_array_get_object (&sl_template_json_format,
                                                     responsibilities, i, path, error);
      SlTemplateResponsibility *item;

      if (object == NULL || !(item = parse_responsibility (object, path, error)))
        return FALSE;

      g_ptr_array_add (self->responsibilities, item);
    }

  for (guint i = 0; i < json_array_get_length (requirements); i++)
    {
      g_autofree char *path = g_strdup_printf ("requirements[%u]", i);
      JsonObject *object = sl_json_array_get_object (&sl_template_json_format,
                                                     requirements, i, path, error);
      SlTemplateRequirement *item;

      if (object == NULL || !(item = parse_requirement (object, path, error)))
        return FALSE;

      g_ptr_array_add (self->requirements, item);
    }

  for (guint i = 0; i < json_array_get_length (competencies); i++)
    {
      g_autofree char *path = g_strdup_printf ("competencies[%u]", i);
      JsonObject *object = sl_json_array_get_object (&sl_template_json_format,
                                                     competencies, i, path, error);
      SlTemplateCompetency *item;

      if (object == NULL || !(item = parse_competency (object, path, keys, error)))
        return FALSE;

      g_ptr_array_add (self->competencies, item);
      g_hash_table_insert (keys, item->key, GUINT_TO_POINTER (i));
    }

  if (json_array_get_length (stages) == 0)
    {
      set_invalid (error, _("stages: expected at least one stage"));
      return FALSE;
    }

  for (guint i = 0; i < json_array_get_length (stages); i++)
    {
      g_autofree char *path = g_strdup_printf ("stages[%u]", i);
      JsonObject *object = sl_json_array_get_object (&sl_template_json_format,
                                                     stages, i, path, error);
      SlTemplateStage *item;

      if (object == NULL || !(item = parse_stage (object, path, i, keys, names, error)))
        return FALSE;

      g_ptr_array_add (self->stages, item);
      has_active_stage |= item->kind != SL_STAGE_REJECTED;
    }

  if (!has_active_stage)
    {
      set_invalid (error,
                   _("stages: at least one stage must be of a kind other than \"rejected\""));
      return FALSE;
    }

  return TRUE;
}

SlTemplate *
sl_template_new_from_data (const char  *data,
                           gssize       length,
                           GError     **error)
{
  g_autoptr(JsonObject) root = NULL;
  g_autoptr(SlTemplate) self = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  root = sl_json_parse_document (&sl_template_json_format, data, length, error);
  if (root == NULL)
    return NULL;

  self = sl_template_new ();

  if (!parse_template (root, self, error))
    return NULL;

  return g_steal_pointer (&self);
}

SlTemplate *
sl_template_new_from_file (const char  *path,
                           GError     **error)
{
  g_autoptr(GMappedFile) file = NULL;
  g_autoptr(GError) local_error = NULL;
  SlTemplate *self;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Mapping a folder fails with a message nobody could act on. */
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *display_name = g_filename_display_name (path);

      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                   _("%s: is a folder, not a template file"), display_name);
      return NULL;
    }

  /* Mapping rather than reading lets an oversized file be refused without
   * loading it.
   */
  file = g_mapped_file_new (path, FALSE, error);
  if (file == NULL)
    return NULL;

  self = sl_template_new_from_data (g_mapped_file_get_contents (file),
                                    (gssize) g_mapped_file_get_length (file),
                                    &local_error);

  if (self == NULL)
    {
      g_autofree char *display_name = g_filename_display_name (path);

      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", display_name);
      return NULL;
    }

  return self;
}

SlTemplate *
sl_template_load_builtin (const char  *id,
                          GError     **error)
{
  g_autofree char *resource = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(SlTemplate) self = NULL;
  const char *data;
  gsize size;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Only a slug can name a built-in template, which also keeps an id such
   * as "../market/default" from reaching other resources.
   */
  if (is_slug (id))
    {
      resource = g_strconcat (BUILTIN_PATH, id, ".json", NULL);
      bytes = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
    }

  if (bytes == NULL)
    {
      g_autofree char *quoted = sl_json_quote (&sl_template_json_format, id);

      g_set_error (error, SL_TEMPLATE_ERROR, SL_TEMPLATE_ERROR_NOT_FOUND,
                   _("There is no built-in template with the id %s"), quoted);
      return NULL;
    }

  data = g_bytes_get_data (bytes, &size);
  self = sl_template_new_from_data (data, (gssize) size, &local_error);

  if (self == NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  _("Built-in template \"%s\": "), id);
      return NULL;
    }

  if (strcmp (self->id, id) != 0)
    {
      set_invalid (error, _("Built-in template \"%s\": id: expected \"%s\", found \"%s\""),
                   id, id, self->id);
      return NULL;
    }

  return g_steal_pointer (&self);
}

static int
compare_strings (const void *a,
                 const void *b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

GStrv
sl_template_list_builtin (void)
{
  g_auto(GStrv) children = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

  children = g_resources_enumerate_children (BUILTIN_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  for (guint i = 0; children != NULL && children[i] != NULL; i++)
    {
      g_autofree char *id = NULL;

      if (!g_str_has_suffix (children[i], ".json"))
        continue;

      id = g_strndup (children[i], strlen (children[i]) - strlen (".json"));

      if (is_slug (id))
        g_ptr_array_add (ids, g_steal_pointer (&id));
    }

  qsort (ids->pdata, ids->len, sizeof (gpointer), compare_strings);
  g_ptr_array_add (ids, NULL);

  return (GStrv) g_ptr_array_free (g_steal_pointer (&ids), FALSE);
}
