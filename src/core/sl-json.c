/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-json.c: what the readers and writers of Shortlist's JSON formats share */

#define G_LOG_DOMAIN "shortlist-json"

#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "sl-json.h"

#define MIB (1024 * 1024)

/* Doubles hold every whole number up to here, and gint64 holds them all. */
#define MAX_EXACT_WHOLE 9007199254740992.0

static void
set_error (const SlJsonFormat  *format,
           GError             **error,
           const char          *message,
           ...) G_GNUC_PRINTF (3, 4);

static void
set_error (const SlJsonFormat  *format,
           GError             **error,
           const char          *message,
           ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, message);
  text = g_strdup_vprintf (_(message), args);
  va_end (args);

  g_set_error_literal (error, format->error_quark (), format->error_code, text);
}

static void
set_error_literal (const SlJsonFormat  *format,
                   GError             **error,
                   const char          *message)
{
  g_set_error_literal (error, format->error_quark (), format->error_code, _(message));
}

/* The line and the column (both from 1, the column in characters) of
 * @offset, as json-glib counts them. The text before @offset is valid UTF-8.
 */
static char *
format_position (const SlJsonFormat *format,
                 const char         *data,
                 gsize               offset)
{
  guint line = 1;
  guint column = 1;

  for (gsize i = 0; i < offset; i++)
    {
      guchar c = data[i];

      if (c == '\n')
        {
          line++;
          column = 1;
        }
      else if ((c & 0xC0) != 0x80)
        {
          column++;
        }
    }

  return g_strdup_printf (_(format->position), line, column);
}

static gboolean
is_plain_json (char c)
{
  switch (c)
    {
    case '"': case '[': case ']': case '{': case '}':
    case ' ': case '\t': case '\n': case '\r':
    case ',': case ':': case '-': case '+': case '.':
      return TRUE;

    default:
      return g_ascii_isalnum (c);
    }
}

/* json-glib 1.6 parses nested values recursively and has no depth limit of
 * its own: a few hundred thousand '[' overflow the stack. So the nesting is
 * measured first, following json-glib's tokens just far enough to know which
 * brackets count: double-quoted strings with backslash escapes and, in the
 * lenient syntax, single-quoted strings without them and C comments. The
 * strict syntax refuses all that plain JSON has no place for instead. The
 * text is valid UTF-8.
 */
static gboolean
check_nesting (const SlJsonFormat  *format,
               const char          *data,
               gsize                size,
               GError             **error)
{
  gboolean strict = format->syntax == SL_JSON_STRICT;
  guint depth = 0;

  for (gsize i = 0; i < size; i++)
    {
      if (strict && !is_plain_json (data[i]))
        {
          g_autofree char *position = format_position (format, data, i);
          g_autofree char *character = g_utf8_substring (data + i, 0, 1);

          set_error (format, error, format->unexpected_character, position, character);
          return FALSE;
        }

      switch (data[i])
        {
        case '"':
          for (i++; i < size && data[i] != '"'; i++)
            if (data[i] == '\\')
              i++;
          break;

        case '\'':
          for (i++; i < size && data[i] != '\''; i++)
            ;
          break;

        case '/':
          if (i + 1 < size && data[i + 1] == '*')
            {
              for (i += 2; i + 1 < size && !(data[i] == '*' && data[i + 1] == '/'); i++)
                ;
              i++;
            }
          break;

        case '[':
        case '{':
          if (++depth > format->max_depth)
            {
              g_autofree char *position = format_position (format, data, i);

              set_error (format, error, format->too_deep, position, format->max_depth);
              return FALSE;
            }
          break;

        case ']':
        case '}':
          if (depth > 0)
            depth--;
          break;

        default:
          break;
        }
    }

  return TRUE;
}

/* json-glib says "<data>:LINE:COLUMN: Parse error: DESCRIPTION"; the name it
 * gives the text means nothing to the user, and the position is said the
 * way the format says it. A string that it quotes may hold bytes that are
 * not UTF-8, which an escaped lone surrogate ("\ud800") turns into.
 */
static void
set_syntax_error (const SlJsonFormat  *format,
                  const GError        *parse_error,
                  GError             **error)
{
  g_autofree char *message = g_utf8_make_valid (parse_error->message, -1);
  const char *description;
  guint line = 0;
  guint column = 0;
  int consumed = 0;

  if (sscanf (message, "<data>:%u:%u: %n", &line, &column, &consumed) == 2 && consumed > 0)
    {
      g_autofree char *position = g_strdup_printf (_(format->position), line, column);

      description = message + consumed;
      if (g_str_has_prefix (description, "Parse error: "))
        description += strlen ("Parse error: ");

      set_error (format, error, format->syntax_error, position, description);
    }
  else
    {
      description = message;
      if (g_str_has_prefix (description, "<data>:"))
        description += strlen ("<data>:");

      set_error (format, error, format->not_json, description);
    }
}

/**
 * sl_json_parse_document:
 * @format: how the format reads and words its messages
 * @data: (nullable): the text
 * @length: its length in bytes, or -1 when @data is nul-terminated
 * @error: return location for a #GError
 *
 * Reads a document whose root is an object with a "format" member that
 * names @format. The text must be UTF-8, no larger and no deeper than
 * @format allows before json-glib sees it.
 *
 * Returns: (transfer full) (nullable): the root object, or %NULL with
 *   @error set in the format's domain
 */
JsonObject *
sl_json_parse_document (const SlJsonFormat  *format,
                        const char          *data,
                        gssize               length,
                        GError             **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autofree char *name = NULL;
  const char *invalid = NULL;
  JsonObject *object;
  JsonNode *root;
  gsize size;

  g_return_val_if_fail (format != NULL, NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (data == NULL)
    data = "";

  size = length < 0 ? strlen (data) : (gsize) length;

  if (size > format->max_bytes)
    {
      /* Rounded up, so that a document just over the limit does not read
       * as exactly at it.
       */
      double size_mib = ceil (size * 10.0 / MIB) / 10.0;
      g_autofree char *text = g_strdup_printf (_(format->too_large),
                                               (guint) (format->max_bytes / MIB), size_mib);

      g_set_error_literal (error, format->error_quark (), format->too_large_code, text);
      return NULL;
    }

  if (!g_utf8_validate_len (data, size, &invalid))
    {
      g_autofree char *position = format_position (format, data, invalid - data);

      set_error (format, error, format->not_utf8, position);
      return NULL;
    }

  if (!check_nesting (format, data, size, error))
    return NULL;

  parser = json_parser_new ();

  if (!json_parser_load_from_data (parser, data, (gssize) size, &parse_error))
    {
      set_syntax_error (format, parse_error, error);
      return NULL;
    }

  root = json_parser_get_root (parser);

  if (root == NULL)
    {
      set_error_literal (format, error, format->empty);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      set_error_literal (format, error, format->not_an_object);
      return NULL;
    }

  object = json_node_get_object (root);

  if (!sl_json_get_string (format, object, NULL, "format", SL_JSON_REQUIRED, &name, error))
    return NULL;

  if (strcmp (name, format->name) != 0)
    {
      g_autofree char *quoted = sl_json_quote (format, name);

      set_error (format, error, format->wrong_format, quoted, format->name);
      return NULL;
    }

  return json_object_ref (object);
}

/**
 * sl_json_get_member:
 * @object: an object
 * @member: the name of one of its members
 *
 * A member that is null counts as absent, in every format.
 *
 * Returns: (transfer none) (nullable): the member, or %NULL if it is
 *   absent or null
 */
JsonNode *
sl_json_get_member (JsonObject *object,
                    const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;

  return node;
}

/* json-glib warns when a getter meets a node of another type, so every
 * node's type is checked with this first.
 */
gboolean
sl_json_node_holds (JsonNode *node,
                    GType     type)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

static gboolean
holds_string (JsonNode *node)
{
  return sl_json_node_holds (node, G_TYPE_STRING);
}

static gboolean
holds_number (JsonNode *node)
{
  return sl_json_node_holds (node, G_TYPE_INT64) || sl_json_node_holds (node, G_TYPE_DOUBLE);
}

static gboolean
holds_array (JsonNode *node)
{
  return JSON_NODE_HOLDS_ARRAY (node);
}

static gboolean
holds_object (JsonNode *node)
{
  return JSON_NODE_HOLDS_OBJECT (node);
}

/* Sets *node to the member, or to NULL when it is absent. Fails when it is
 * absent but @flags require it, or there but not what @holds accepts, with
 * the message @wrong_type.
 */
static gboolean
lookup (const SlJsonFormat   *format,
        JsonObject           *object,
        const char           *path,
        const char           *member,
        SlJsonFlags           flags,
        gboolean            (*holds) (JsonNode *node),
        const char           *wrong_type,
        JsonNode            **node,
        GError              **error)
{
  *node = sl_json_get_member (object, member);

  if (*node == NULL && (flags & SL_JSON_REQUIRED))
    {
      set_error (format, error, format->member_missing, path);
      return FALSE;
    }

  if (*node != NULL && !holds (*node))
    {
      set_error (format, error, wrong_type, path);
      return FALSE;
    }

  return TRUE;
}

/**
 * sl_json_get_string:
 * @format: how the format reads and words its messages
 * @object: the object that holds the member
 * @parent: (nullable): the path of @object, %NULL for the root
 * @member: the name of the member
 * @flags: whether the member is required and may be empty
 * @value: (out) (transfer full) (nullable): the string, %NULL when absent
 * @error: return location for a #GError
 *
 * Reads a string member. It must be valid UTF-8, which json-glib does not
 * ensure: an escaped lone surrogate ("\ud800") comes out as bytes that are
 * not. Formats that trim strings get them trimmed.
 *
 * Returns: %FALSE with @error set if the member is not what @flags ask for
 */
gboolean
sl_json_get_string (const SlJsonFormat  *format,
                    JsonObject          *object,
                    const char          *parent,
                    const char          *member,
                    SlJsonFlags          flags,
                    char               **value,
                    GError             **error)
{
  g_autofree char *path = sl_json_member_path (parent, member);
  const char *wrong_type = format->member_not_a_string;
  g_autofree char *str = NULL;
  JsonNode *node;

  g_return_val_if_fail (object != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  *value = NULL;

  if ((flags & SL_JSON_NON_EMPTY) && format->member_not_filled != NULL)
    wrong_type = format->member_not_filled;

  if (!lookup (format, object, path, member, flags, holds_string, wrong_type, &node, error))
    return FALSE;

  if (node == NULL)
    return TRUE;

  str = g_strdup (json_node_get_string (node));

  if (!g_utf8_validate (str, -1, NULL))
    {
      set_error (format, error, format->member_not_utf8, path);
      return FALSE;
    }

  if (format->trim_strings)
    g_strstrip (str);

  if ((flags & SL_JSON_NON_EMPTY) && *str == '\0')
    {
      set_error (format, error, format->member_empty, path);
      return FALSE;
    }

  *value = g_steal_pointer (&str);
  return TRUE;
}

/**
 * sl_json_get_number:
 * @format: how the format reads and words its messages
 * @object: the object that holds the member
 * @parent: (nullable): the path of @object, %NULL for the root
 * @member: the name of the member
 * @flags: whether the member is required
 * @present: (out) (optional): whether the member is there
 * @value: (out): the number; left as it is when the member is absent
 * @error: return location for a #GError
 *
 * Reads a number member, whole or not. Whether it is finite and in range
 * is for the caller to say.
 *
 * Returns: %FALSE with @error set if the member is not what @flags ask for
 */
gboolean
sl_json_get_number (const SlJsonFormat  *format,
                    JsonObject          *object,
                    const char          *parent,
                    const char          *member,
                    SlJsonFlags          flags,
                    gboolean            *present,
                    double              *value,
                    GError             **error)
{
  g_autofree char *path = sl_json_member_path (parent, member);
  JsonNode *node;

  g_return_val_if_fail (object != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (present != NULL)
    *present = FALSE;

  if (!lookup (format, object, path, member, flags, holds_number, format->member_not_a_number,
               &node, error))
    return FALSE;

  if (node == NULL)
    return TRUE;

  /* Whole numbers are read as gint64 and converted here. */
  *value = json_node_get_double (node);

  if (present != NULL)
    *present = TRUE;

  return TRUE;
}

/**
 * sl_json_get_array:
 * @format: how the format reads and words its messages
 * @object: the object that holds the member
 * @parent: (nullable): the path of @object, %NULL for the root
 * @member: the name of the member
 * @flags: whether the member is required
 * @value: (out) (transfer none) (nullable): the array, %NULL when absent
 * @error: return location for a #GError
 *
 * Reads an array member of no more items than the format allows.
 *
 * Returns: %FALSE with @error set if the member is not what @flags ask for
 */
gboolean
sl_json_get_array (const SlJsonFormat  *format,
                   JsonObject          *object,
                   const char          *parent,
                   const char          *member,
                   SlJsonFlags          flags,
                   JsonArray          **value,
                   GError             **error)
{
  g_autofree char *path = sl_json_member_path (parent, member);
  JsonArray *array;
  JsonNode *node;

  g_return_val_if_fail (object != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  *value = NULL;

  if (!lookup (format, object, path, member, flags, holds_array, format->member_not_an_array,
               &node, error))
    return FALSE;

  if (node == NULL)
    return TRUE;

  array = json_node_get_array (node);

  if (format->max_items > 0 && json_array_get_length (array) > format->max_items)
    {
      set_error (format, error, format->member_too_many_items, path, format->max_items);
      return FALSE;
    }

  *value = array;
  return TRUE;
}

/**
 * sl_json_get_object:
 * @format: how the format reads and words its messages
 * @object: the object that holds the member
 * @parent: (nullable): the path of @object, %NULL for the root
 * @member: the name of the member
 * @flags: whether the member is required
 * @value: (out) (transfer none) (nullable): the object, %NULL when absent
 * @error: return location for a #GError
 *
 * Returns: %FALSE with @error set if the member is not what @flags ask for
 */
gboolean
sl_json_get_object (const SlJsonFormat  *format,
                    JsonObject          *object,
                    const char          *parent,
                    const char          *member,
                    SlJsonFlags          flags,
                    JsonObject         **value,
                    GError             **error)
{
  g_autofree char *path = sl_json_member_path (parent, member);
  JsonNode *node;

  g_return_val_if_fail (object != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  *value = NULL;

  if (!lookup (format, object, path, member, flags, holds_object, format->member_not_an_object,
               &node, error))
    return FALSE;

  if (node != NULL)
    *value = json_node_get_object (node);

  return TRUE;
}

/**
 * sl_json_array_get_object:
 * @format: how the format reads and words its messages
 * @array: an array
 * @index: the index of an item of @array
 * @path: the path of that item, such as "stages[2]"
 * @error: return location for a #GError
 *
 * Returns: (transfer none) (nullable): the item, or %NULL with @error set
 *   if it is not an object
 */
JsonObject *
sl_json_array_get_object (const SlJsonFormat  *format,
                          JsonArray           *array,
                          guint                index,
                          const char          *path,
                          GError             **error)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!holds_object (node))
    {
      set_error (format, error, format->member_not_an_object, path);
      return NULL;
    }

  return json_node_get_object (node);
}

/**
 * sl_json_member_path:
 * @parent: (nullable): the path of the object, %NULL or "" for the root
 * @member: the name of a member of that object
 *
 * Returns: (transfer full): the path that names the member in messages,
 *   such as "stages[2].name"
 */
char *
sl_json_member_path (const char *parent,
                     const char *member)
{
  if (parent == NULL || *parent == '\0')
    return g_strdup (member);

  return g_strdup_printf ("%s.%s", parent, member);
}

/**
 * sl_json_quote:
 * @format: the format of the document
 * @value: a string from the document
 *
 * Quotes a value for a message on one line, cut short with "…" after as
 * many characters as @format repeats, so that a hostile or broken document
 * cannot flood the message. Control characters become spaces; the quote
 * ends where @value stops being UTF-8.
 *
 * Returns: (transfer full): @value in double quotes
 */
char *
sl_json_quote (const SlJsonFormat *format,
               const char         *value)
{
  GString *str = g_string_new ("\"");
  guint n_chars = 0;

  for (const char *p = value; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if ((gint32) c < 0)
        break;

      if (n_chars++ == format->max_quoted_chars)
        {
          g_string_append (str, "…");
          break;
        }

      if (g_unichar_iscntrl (c))
        g_string_append_c (str, ' ');
      else
        g_string_append_unichar (str, c);
    }

  g_string_append_c (str, '"');

  return g_string_free (str, FALSE);
}

/* Leaves out a member whose value is NULL. */
void
sl_json_builder_add_string (JsonBuilder *builder,
                            const char  *member,
                            const char  *value)
{
  if (value == NULL)
    return;

  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

/* Whole numbers are written without a fraction, as people write them. */
void
sl_json_builder_add_number (JsonBuilder *builder,
                            const char  *member,
                            double       value)
{
  json_builder_set_member_name (builder, member);

  if (value == floor (value) && fabs (value) < MAX_EXACT_WHOLE)
    json_builder_add_int_value (builder, (gint64) value);
  else
    json_builder_add_double_value (builder, value);
}

/**
 * sl_json_builder_begin_document:
 * @format: the format of the document
 *
 * Returns: (transfer full): a builder inside the root object of a document,
 *   after its "format" member
 */
JsonBuilder *
sl_json_builder_begin_document (const SlJsonFormat *format)
{
  JsonBuilder *builder = json_builder_new ();

  json_builder_begin_object (builder);
  sl_json_builder_add_string (builder, "format", format->name);

  return builder;
}

/**
 * sl_json_builder_end_document:
 * @builder: a builder from sl_json_builder_begin_document(), back in the
 *   root object
 * @length: (out) (optional): return location for the length in bytes
 *
 * Returns: (transfer full): the document, indented by two spaces
 */
char *
sl_json_builder_end_document (JsonBuilder *builder,
                              gsize       *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_end_object (builder);
  root = json_builder_get_root (builder);

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);

  return json_generator_to_data (generator, length);
}
