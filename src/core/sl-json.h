/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-json.h: what the readers and writers of Shortlist's JSON formats share */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Which text a format reads at all. json-glib 1.6 also reads single-quoted
 * strings and C comments; a strict format refuses them and anything else
 * that plain JSON has no place for.
 */
typedef enum
{
  SL_JSON_STRICT,
  SL_JSON_LENIENT,
} SlJsonSyntax;

typedef enum
{
  SL_JSON_OPTIONAL  = 0,
  SL_JSON_REQUIRED  = 1 << 0,
  SL_JSON_NON_EMPTY = 1 << 1,  /* strings: something left once trimmed, where the format trims */
  SL_JSON_FILLED    = SL_JSON_REQUIRED | SL_JSON_NON_EMPTY,
} SlJsonFlags;

/* What one document format sets: its name, which every document states in
 * its "format" member, where its errors go, its limits and the words of its
 * messages. Messages are printf formats marked with N_(); the comment of
 * each lists its arguments, which a message may leave out from the end. A
 * member's path names it from the root, such as "stages[2].name".
 */
typedef struct
{
  const char     *name;
  GQuark        (*error_quark) (void);
  int             error_code;            /* of every error but too_large */
  int             too_large_code;
  SlJsonSyntax    syntax;
  gsize           max_bytes;
  guint           max_depth;
  guint           max_items;             /* of an array member; 0: no limit */
  guint           max_quoted_chars;
  gboolean        trim_strings;

  const char     *position;              /* line, column (both from 1) */

  const char     *too_large;             /* max_bytes in MiB, the size in MiB (a double) */
  const char     *not_utf8;              /* position */
  const char     *too_deep;              /* position, max_depth */
  const char     *unexpected_character;  /* position, the character; SL_JSON_STRICT only */
  const char     *syntax_error;          /* position, json-glib's description */
  const char     *not_json;              /* json-glib's message when it names no position */
  const char     *empty;
  const char     *not_an_object;
  const char     *wrong_format;          /* the "format" found, quoted; name */

  const char     *member_missing;        /* path */
  const char     *member_not_a_string;   /* path */
  const char     *member_not_filled;     /* path; for SL_JSON_NON_EMPTY, NULL: as above */
  const char     *member_empty;          /* path */
  const char     *member_not_utf8;       /* path */
  const char     *member_not_a_number;   /* path */
  const char     *member_not_an_array;   /* path */
  const char     *member_too_many_items; /* path, max_items */
  const char     *member_not_an_object;  /* path */
} SlJsonFormat;

JsonObject  *sl_json_parse_document         (const SlJsonFormat  *format,
                                             const char          *data,
                                             gssize               length,
                                             GError             **error);

JsonNode    *sl_json_get_member             (JsonObject          *object,
                                             const char          *member);
gboolean     sl_json_node_holds             (JsonNode            *node,
                                             GType                type);

gboolean     sl_json_get_string             (const SlJsonFormat  *format,
                                             JsonObject          *object,
                                             const char          *parent,
                                             const char          *member,
                                             SlJsonFlags          flags,
                                             char               **value,
                                             GError             **error);
gboolean     sl_json_get_number             (const SlJsonFormat  *format,
                                             JsonObject          *object,
                                             const char          *parent,
                                             const char          *member,
                                             SlJsonFlags          flags,
                                             gboolean            *present,
                                             double              *value,
                                             GError             **error);
gboolean     sl_json_get_array              (const SlJsonFormat  *format,
                                             JsonObject          *object,
                                             const char          *parent,
                                             const char          *member,
                                             SlJsonFlags          flags,
                                             JsonArray          **value,
                                             GError             **error);
gboolean     sl_json_get_object             (const SlJsonFormat  *format,
                                             JsonObject          *object,
                                             const char          *parent,
                                             const char          *member,
                                             SlJsonFlags          flags,
                                             JsonObject         **value,
                                             GError             **error);
JsonObject  *sl_json_array_get_object       (const SlJsonFormat  *format,
                                             JsonArray           *array,
                                             guint                index,
                                             const char          *path,
                                             GError             **error);

char        *sl_json_member_path            (const char          *parent,
                                             const char          *member);
char        *sl_json_quote                  (const SlJsonFormat  *format,
                                             const char          *value);

JsonBuilder *sl_json_builder_begin_document (const SlJsonFormat  *format);
char        *sl_json_builder_end_document   (JsonBuilder         *builder,
                                             gsize               *length);
void         sl_json_builder_add_string     (JsonBuilder         *builder,
                                             const char          *member,
                                             const char          *value);
void         sl_json_builder_add_number     (JsonBuilder         *builder,
                                             const char          *member,
                                             double               value);

G_END_DECLS
