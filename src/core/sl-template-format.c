/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-template-format.c: the shortlist-template/1 format, as sl-json reads
 * it, and templates written in it
 */

#define G_LOG_DOMAIN "shortlist-template"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "sl-template-private.h"

#define TEMPLATE_FORMAT       "shortlist-template/1"
#define MAX_DOCUMENT_SIZE     (1024 * 1024)
#define MAX_ARRAY_ITEMS       500
#define MAX_NESTING           64
#define MAX_QUOTED_CHARS      60

const SlJsonFormat sl_template_json_format = {
  .name = TEMPLATE_FORMAT,
  .error_quark = sl_template_error_quark,
  .error_code = SL_TEMPLATE_ERROR_INVALID,
  .too_large_code = SL_TEMPLATE_ERROR_INVALID,
  .syntax = SL_JSON_STRICT,
  .max_bytes = MAX_DOCUMENT_SIZE,
  .max_depth = MAX_NESTING,
  .max_items = MAX_ARRAY_ITEMS,
  .max_quoted_chars = MAX_QUOTED_CHARS,
  .trim_strings = TRUE,

  .position = N_("line %u, column %u"),

  .too_large = N_("The template is larger than %u MiB"),
  .not_utf8 = N_("%s: the text is not valid UTF-8"),
  .too_deep = N_("%s: values are nested more than %u levels deep"),
  .unexpected_character = N_("%s: unexpected character \"%s\""),
  /* Translators: a position in the template, then what json-glib found wrong there */
  .syntax_error = N_("%s: %s"),
  .not_json = N_("The template is not valid JSON: %s"),
  .empty = N_("The template is empty"),
  .not_an_object = N_("The template is not a JSON object"),
  /* Translators: %1$s is the format the template names, in quotes; %2$s the one expected */
  .wrong_format = N_("format: expected \"%2$s\", found %1$s"),

  .member_missing = N_("%s: required member is missing"),
  .member_not_a_string = N_("%s: expected a string"),
  .member_empty = N_("%s: must not be empty"),
  .member_not_utf8 = N_("%s: the text is not valid UTF-8"),
  .member_not_a_number = N_("%s: expected a number"),
  .member_not_an_array = N_("%s: expected an array"),
  .member_too_many_items = N_("%s: more than %u items"),
  .member_not_an_object = N_("%s: expected an object"),
};

static void
add_string_array (JsonBuilder        *builder,
                  const char         *member,
                  const char * const *values)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);

  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    json_builder_add_string_value (builder, values[i]);

  json_builder_end_array (builder);
}

char *
sl_template_to_json (const SlTemplate *self,
                     gsize            *length)
{
  g_autoptr(JsonBuilder) builder = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  builder = sl_json_builder_begin_document (&sl_template_json_format);
  sl_json_builder_add_string (builder, "id", self->id);
  sl_json_builder_add_string (builder, "title", self->title);
  sl_json_builder_add_string (builder, "summary", self->summary);

  json_builder_set_member_name (builder, "responsibilities");
  json_builder_begin_array (builder);
  for (guint i = 0; self->responsibilities != NULL && i < self->responsibilities->len; i++)
    {
      const SlTemplateResponsibility *item = g_ptr_array_index (self->responsibilities, i);

      json_builder_begin_object (builder);
      sl_json_builder_add_string (builder, "title", item->title);
      sl_json_builder_add_string (builder, "text", item->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "requirements");
  json_builder_begin_array (builder);
  for (guint i = 0; self->requirements != NULL && i < self->requirements->len; i++)
    {
      const SlTemplateRequirement *item = g_ptr_array_index (self->requirements, i);

      json_builder_begin_object (builder);
      sl_json_builder_add_string (builder, "category", item->category);
      sl_json_builder_add_string (builder, "text", item->text);
      sl_json_builder_add_string (builder, "kind", sl_requirement_kind_to_string (item->kind));
      sl_json_builder_add_number (builder, "weight", item->weight);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "competencies");
  json_builder_begin_array (builder);
  for (guint i = 0; self->competencies != NULL && i < self->competencies->len; i++)
    {
      const SlTemplateCompetency *item = g_ptr_array_index (self->competencies, i);

      json_builder_begin_object (builder);
      sl_json_builder_add_string (builder, "key", item->key);
      sl_json_builder_add_string (builder, "name", item->name);
      sl_json_builder_add_string (builder, "description", item->description);
      sl_json_builder_add_string (builder, "source", item->source);
      add_string_array (builder, "questions", (const char * const *) item->questions);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "stages");
  json_builder_begin_array (builder);
  for (guint i = 0; self->stages != NULL && i < self->stages->len; i++)
    {
      const SlTemplateStage *item = g_ptr_array_index (self->stages, i);

      json_builder_begin_object (builder);
      sl_json_builder_add_string (builder, "name", item->name);
      sl_json_builder_add_string (builder, "kind", sl_stage_kind_to_string (item->kind));
      add_string_array (builder, "focus", (const char * const *) item->focus);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return sl_json_builder_end_document (builder, length);
}
