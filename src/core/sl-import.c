/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-import.c: candidates from the CSV files of other hiring systems */

#define G_LOG_DOMAIN "shortlist-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sl-error.h"
#include "sl-import-private.h"
#include "sl-util.h"

/* Each format is known by the names of its columns, and each column it
 * has goes to a field of a candidate. Names are compared in a folded form,
 * lower case without spaces, underscores, dashes or the asterisks that
 * mark required columns in templates, so "First Name*" and "firstName"
 * are the same. The formats' documentation names these columns:
 *   Greenhouse's bulk import template: First Name, Last Name, Job, Company,
 *     Title, Email, Phone, Social Media, Website, Address, Notes, Source…
 *   Lever's import sheet: Full name, Email, Phone, Stage, Sources, Origin,
 *     Links, Tags, Location, Current company, Current title…
 *   an OpenCATS candidates export: candidateID, lastName, firstName,
 *     phoneHome, phoneCell, phoneWork, email1, email2, city, state,
 *     currentEmployer, keySkills, notes, source…
 *   Shortlist's own: name, email, phone, location, headline, company,
 *     source, notes, added, role, stage. */

typedef enum
{
  TARGET_NONE,
  TARGET_NAME,
  TARGET_FIRST_NAME,
  TARGET_LAST_NAME,
  TARGET_EMAIL,
  TARGET_PHONE,
  TARGET_LOCATION,     /* every such column, joined: city, state */
  TARGET_HEADLINE,
  TARGET_COMPANY,
  TARGET_SOURCE,
  TARGET_NOTES,        /* the notes themselves */
  TARGET_NOTE_LINE,    /* kept in the notes as "Column: value" */
  TARGET_STAGE,
  N_TARGETS
} Target;

static const char * const target_labels[N_TARGETS] = {
  [TARGET_NAME] = N_("Name"),
  [TARGET_FIRST_NAME] = N_("First name"),
  [TARGET_LAST_NAME] = N_("Last name"),
  [TARGET_EMAIL] = N_("Email"),
  [TARGET_PHONE] = N_("Phone"),
  [TARGET_LOCATION] = N_("Location"),
  [TARGET_HEADLINE] = N_("Current title"),
  [TARGET_COMPANY] = N_("Company"),
  [TARGET_SOURCE] = N_("Source"),
  [TARGET_NOTES] = N_("Notes"),
  [TARGET_NOTE_LINE] = N_("A line of the notes"),
  [TARGET_STAGE] = N_("Stage"),
};

typedef struct
{
  const char *column;   /* folded */
  Target target;
} ColumnMap;

typedef struct
{
  const char *id;
  const char *label;
  const char *required[2];   /* folded columns a file of the format has; as the file names them */
  const char *required_names[2];
  const ColumnMap *columns;
} Format;

static const ColumnMap shortlist_columns[] = {
  { "name", TARGET_NAME }, { "email", TARGET_EMAIL }, { "phone", TARGET_PHONE },
  { "location", TARGET_LOCATION }, { "headline", TARGET_HEADLINE }, { "company", TARGET_COMPANY },
  { "source", TARGET_SOURCE }, { "notes", TARGET_NOTES }, { "stage", TARGET_STAGE },
  { NULL }
};

static const ColumnMap greenhouse_columns[] = {
  { "firstname", TARGET_FIRST_NAME }, { "lastname", TARGET_LAST_NAME }, { "email", TARGET_EMAIL },
  { "phone", TARGET_PHONE }, { "address", TARGET_LOCATION }, { "location", TARGET_LOCATION },
  { "title", TARGET_HEADLINE }, { "company", TARGET_COMPANY }, { "source", TARGET_SOURCE },
  { "notes", TARGET_NOTES }, { "socialmedia", TARGET_NOTE_LINE }, { "website", TARGET_NOTE_LINE },
  { "referrer", TARGET_NOTE_LINE }, { "tags", TARGET_NOTE_LINE },
  { NULL }
};

static const ColumnMap lever_columns[] = {
  { "fullname", TARGET_NAME }, { "name", TARGET_NAME }, { "email", TARGET_EMAIL },
  { "emails", TARGET_EMAIL }, { "phone", TARGET_PHONE }, { "phones", TARGET_PHONE },
  { "location", TARGET_LOCATION }, { "currenttitle", TARGET_HEADLINE }, { "headline", TARGET_HEADLINE },
  { "currentcompany", TARGET_COMPANY }, { "company", TARGET_COMPANY },
  { "sources", TARGET_SOURCE }, { "source", TARGET_SOURCE }, { "origin", TARGET_SOURCE },
  { "stage", TARGET_STAGE }, { "notes", TARGET_NOTES }, { "links", TARGET_NOTE_LINE },
  { "tags", TARGET_NOTE_LINE },
  { NULL }
};

static const ColumnMap opencats_columns[] = {
  { "firstname", TARGET_FIRST_NAME }, { "lastname", TARGET_LAST_NAME }, { "email1", TARGET_EMAIL },
  { "email2", TARGET_EMAIL }, { "phonecell", TARGET_PHONE }, { "phonehome", TARGET_PHONE },
  { "phonework", TARGET_PHONE }, { "city", TARGET_LOCATION }, { "state", TARGET_LOCATION },
  { "currentemployer", TARGET_COMPANY }, { "source", TARGET_SOURCE }, { "notes", TARGET_NOTES },
  { "keyskills", TARGET_NOTE_LINE }, { "website", TARGET_NOTE_LINE },
  { NULL }
};

static const Format formats[SL_IMPORT_N_FORMATS] = {
  [SL_IMPORT_FORMAT_AUTO] = { "auto", N_("Told by the header") },
  [SL_IMPORT_FORMAT_SHORTLIST] = { "shortlist", N_("Shortlist CSV"),
                                   { "name", "headline" }, { "name", "headline" }, shortlist_columns },
  [SL_IMPORT_FORMAT_GREENHOUSE] = { "greenhouse", N_("Greenhouse bulk import"),
                                    { "firstname", "lastname" }, { "First Name", "Last Name" },
                                    greenhouse_columns },
  [SL_IMPORT_FORMAT_LEVER] = { "lever", N_("Lever import sheet"),
                               { "fullname", NULL }, { "Full name", NULL }, lever_columns },
  [SL_IMPORT_FORMAT_OPENCATS] = { "opencats", N_("OpenCATS export"),
                                  { "firstname", "lastname" }, { "firstName", "lastName" },
                                  opencats_columns },
};

const char *
sl_import_format_to_string (SlImportFormat format)
{
  g_return_val_if_fail (format < SL_IMPORT_N_FORMATS, NULL);

  return formats[format].id;
}

gboolean
sl_import_format_from_string (const char     *text,
                              SlImportFormat *format)
{
  g_return_val_if_fail (format != NULL, FALSE);

  for (guint i = 0; i < SL_IMPORT_N_FORMATS; i++)
    if (g_strcmp0 (text, formats[i].id) == 0)
      {
        *format = i;
        return TRUE;
      }

  return FALSE;
}

/* The format's name for people, translated. */
const char *
sl_import_format_get_label (SlImportFormat format)
{
  g_return_val_if_fail (format < SL_IMPORT_N_FORMATS, NULL);

  return _(formats[format].label);
}

static char *
fold_column (const char *name)
{
  GString *folded = g_string_new (NULL);

  for (const char *p = name; *p != '\0'; p++)
    if (!strchr (" \t*_-", *p))
      g_string_append_c (folded, g_ascii_tolower (*p));

  return g_string_free (folded, FALSE);
}

static gboolean
has_column (GStrv        folded,
            const char  *column)
{
  return column == NULL || g_strv_contains ((const char * const *) folded, column);
}

static gboolean
fits_format (GStrv          folded,
             SlImportFormat format)
{
  return has_column (folded, formats[format].required[0]) &&
         has_column (folded, formats[format].required[1]);
}

/* Which format the header is. OpenCATS and Greenhouse both have a first
 * and a last name; only OpenCATS numbers its email columns. */
static SlImportFormat
detect_format (GStrv folded)
{
  if (fits_format (folded, SL_IMPORT_FORMAT_OPENCATS) &&
      (has_column (folded, "candidateid") || has_column (folded, "email1")))
    return SL_IMPORT_FORMAT_OPENCATS;
  if (fits_format (folded, SL_IMPORT_FORMAT_GREENHOUSE))
    return SL_IMPORT_FORMAT_GREENHOUSE;
  if (fits_format (folded, SL_IMPORT_FORMAT_LEVER))
    return SL_IMPORT_FORMAT_LEVER;
  if (fits_format (folded, SL_IMPORT_FORMAT_SHORTLIST))
    return SL_IMPORT_FORMAT_SHORTLIST;

  return SL_IMPORT_FORMAT_AUTO;
}

static void
sl_import_column_free (SlImportColumn *column)
{
  g_free (column->header);
  g_free (column);
}

static void
sl_import_row_free (SlImportRow *row)
{
  g_free (row->reason);
  g_clear_object (&row->candidate);
  g_free (row);
}

SlImport *
sl_import_new (const char *name,
               gint64      role_id)
{
  SlImport *self = g_new0 (SlImport, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->name = g_strdup (name);
  self->role_id = role_id;
  self->columns = g_ptr_array_new_with_free_func ((GDestroyNotify) sl_import_column_free);
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) sl_import_row_free);
  self->targets = g_array_new (FALSE, TRUE, sizeof (Target));

  return self;
}

SlImport *
sl_import_ref (SlImport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
sl_import_unref (SlImport *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->name);
  g_ptr_array_unref (self->columns);
  g_ptr_array_unref (self->rows);
  g_array_unref (self->targets);
  g_free (self);
}

/**
 * sl_import_set_header:
 * @format: the format the file is said to be in, or %SL_IMPORT_FORMAT_AUTO
 *
 * Maps the file's columns to fields, by the format given or the one the
 * header shows.
 *
 * Returns: %FALSE, with @error set, when the header is not one of a known
 *   format, or lacks a column the format given must have
 */
gboolean
sl_import_set_header (SlImport            *self,
                      SlImportFormat       format,
                      const char * const  *header,
                      GError             **error)
{
  g_auto(GStrv) folded = NULL;
  guint n_columns = g_strv_length ((GStrv) header);
  gboolean mapped[N_TARGETS] = { FALSE };

  folded = g_new0 (char *, n_columns + 1);
  for (guint i = 0; i < n_columns; i++)
    folded[i] = fold_column (header[i]);

  if (format == SL_IMPORT_FORMAT_AUTO)
    {
      format = detect_format (folded);
      if (format == SL_IMPORT_FORMAT_AUTO)
        {
          g_autofree char *names = g_strjoinv (", ", (GStrv) header);

          g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                       /* Translators: the file's name, then its column names */
                       _("%s: line 1: the columns (%s) are not those of a format Shortlist knows: "
                         "Shortlist, Greenhouse, Lever or OpenCATS"),
                       self->name, names);
          return FALSE;
        }
    }
  else
    {
      for (guint i = 0; i < G_N_ELEMENTS (formats[format].required); i++)
        if (!has_column (folded, formats[format].required[i]))
          {
            g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                         /* Translators: the file's name, a column's name, then a format such as "Lever import sheet" */
                         _("%s: line 1: there is no “%s” column, which a file of the %s has"),
                         self->name, formats[format].required_names[i], _(formats[format].label));
            return FALSE;
          }
    }

  self->format = format;
  for (guint i = 0; i < n_columns; i++)
    {
      SlImportColumn *column = g_new0 (SlImportColumn, 1);
      Target target = TARGET_NONE;

      for (const ColumnMap *map = formats[format].columns; map->column != NULL; map++)
        if (strcmp (map->column, folded[i]) == 0)
          {
            target = map->target;
            break;
          }

      /* A second column of notes or a stage would be ambiguous. */
      if ((target == TARGET_NOTES || target == TARGET_STAGE) && mapped[target])
        target = TARGET_NOTE_LINE;
      mapped[target] = TRUE;

      column->header = g_strdup (header[i]);
      column->field = target == TARGET_NONE ? NULL : _(target_labels[target]);
      g_ptr_array_add (self->columns, column);
      g_array_append_val (self->targets, target);
    }

  return TRUE;
}

/* Formula guards that `shortlist export` adds come off again. */
static const char *
unguard (SlImport   *self,
         const char *value)
{
  if (self->format == SL_IMPORT_FORMAT_SHORTLIST && value[0] == '\'' &&
      value[1] != '\0' && strchr ("=+-@\t\r", value[1]) != NULL)
    return value + 1;

  return value;
}

/* The first address of a field that may hold several. */
static char *
first_email (const char *value)
{
  g_auto(GStrv) parts = g_strsplit_set (value, ",; \t", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] != '\0')
      return g_strdup (parts[i]);

  return NULL;
}

static void
append_line (GString    *text,
             const char *line)
{
  if (text->len > 0)
    g_string_append_c (text, '\n');
  g_string_append (text, line);
}

/**
 * sl_import_add_row:
 * @stage_name: (out) (transfer full): the stage the row names, or NULL
 *
 * Maps a row's fields to a candidate, and checks it.
 *
 * Returns: (transfer none): the row, invalid with its reason when it is
 */
SlImportRow *
sl_import_add_row (SlImport            *self,
                   guint                line,
                   const char * const  *fields,
                   char               **stage_name)
{
  SlImportRow *row = g_new0 (SlImportRow, 1);
  g_autoptr(GString) location = g_string_new (NULL);
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autoptr(GString) note_lines = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  char *single[N_TARGETS] = { NULL };

  row->line = line;
  row->duplicate_row = -1;
  row->candidate = sl_candidate_new ();
  *stage_name = NULL;

  for (guint i = 0; i < self->targets->len; i++)
    {
      Target target = g_array_index (self->targets, Target, i);
      g_autofree char *value = sl_str_clean (unguard (self, fields[i]));

      if (value == NULL || target == TARGET_NONE)
        continue;

      switch (target)
        {
        case TARGET_LOCATION:
          if (location->len > 0)
            g_string_append (location, ", ");
          g_string_append (location, value);
          break;

        case TARGET_NOTES:
          append_line (notes, value);
          break;

        case TARGET_NOTE_LINE:
          {
            g_autofree char *note = g_strdup_printf ("%s: %s",
                                                     ((SlImportColumn *) self->columns->pdata[i])->header,
                                                     value);
            append_line (note_lines, note);
          }
          break;

        case TARGET_EMAIL:
          if (single[target] == NULL)
            single[target] = first_email (value);
          break;

        default:
          /* The first column with a value wins: a cell phone before a
           * home phone, Lever's sources before its origin. */
          if (single[target] == NULL)
            single[target] = g_steal_pointer (&value);
          break;
        }
    }

  first = single[TARGET_FIRST_NAME];
  last = single[TARGET_LAST_NAME];
  if (single[TARGET_NAME] == NULL && (first != NULL || last != NULL))
    single[TARGET_NAME] = g_strjoin (" ", first != NULL ? first : last,
                                     first != NULL ? last : NULL, NULL);

  if (note_lines->len > 0)
    append_line (notes, note_lines->str);

  sl_candidate_set_name (row->candidate, single[TARGET_NAME]);
  sl_candidate_set_email (row->candidate, single[TARGET_EMAIL]);
  sl_candidate_set_phone (row->candidate, single[TARGET_PHONE]);
  sl_candidate_set_location (row->candidate, location->len > 0 ? location->str : NULL);
  sl_candidate_set_headline (row->candidate, single[TARGET_HEADLINE]);
  sl_candidate_set_company (row->candidate, single[TARGET_COMPANY]);
  sl_candidate_set_source (row->candidate, single[TARGET_SOURCE]);
  sl_candidate_set_notes (row->candidate, notes->len > 0 ? notes->str : NULL);
  *stage_name = g_steal_pointer (&single[TARGET_STAGE]);

  for (guint i = 0; i < N_TARGETS; i++)
    if (i != TARGET_FIRST_NAME && i != TARGET_LAST_NAME)
      g_free (single[i]);

  if (!sl_candidate_validate (row->candidate, &error))
    sl_import_row_set_reason (row, SL_IMPORT_ROW_INVALID, g_strdup (error->message));

  g_ptr_array_add (self->rows, row);
  return row;
}

/* @reason: (transfer full) */
void
sl_import_row_set_reason (SlImportRow       *row,
                          SlImportRowStatus  status,
                          char              *reason)
{
  g_free (row->reason);
  row->status = status;
  row->reason = reason;
}

/* Keys under which two records are the same person: the same email
 * address, or the same name and phone number. Case, spaces and the way a
 * number is written do not count, nor a country code before the last ten
 * digits; a number of fewer than six digits is too short to tell anyone
 * apart. */
char *
sl_import_key_for_email (const char *email)
{
  if (sl_str_is_blank (email))
    return NULL;

  return g_utf8_casefold (email, -1);
}

char *
sl_import_key_for_phone (const char *name,
                         const char *phone)
{
  g_autoptr(GString) key = NULL;
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  guint n_digits = 0;

  if (sl_str_is_blank (name) || sl_str_is_blank (phone))
    return NULL;

  folded = g_utf8_casefold (name, -1);
  words = g_strsplit_set (folded, " \t\n", -1);
  key = g_string_new (NULL);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_string_append_printf (key, "%s ", words[i]);

  g_string_append_c (key, '|');
  for (const char *p = phone; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      {
        g_string_append_c (key, *p);
        n_digits++;
      }

  if (n_digits < 6)
    return NULL;

  /* The last ten digits, so that +1 202 555 0101 is (202) 555-0101. */
  if (n_digits > 10)
    g_string_erase (key, key->len - n_digits, n_digits - 10);

  return g_string_free (g_steal_pointer (&key), FALSE);
}

/* Fills in what @known lacks from @other, and adds @other's notes when
 * they say something else. */
void
sl_import_merge_into (SlCandidate *known,
                      SlCandidate *other)
{
  static const struct
  {
    const char *(*get) (SlCandidate *);
    void (*set) (SlCandidate *, const char *);
  } fields[] = {
    { sl_candidate_get_email, sl_candidate_set_email },
    { sl_candidate_get_phone, sl_candidate_set_phone },
    { sl_candidate_get_location, sl_candidate_set_location },
    { sl_candidate_get_headline, sl_candidate_set_headline },
    { sl_candidate_get_company, sl_candidate_set_company },
    { sl_candidate_get_source, sl_candidate_set_source },
  };
  const char *notes = sl_candidate_get_notes (known);
  const char *more = sl_candidate_get_notes (other);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (sl_str_is_blank (fields[i].get (known)))
      fields[i].set (known, fields[i].get (other));

  if (sl_str_is_blank (notes))
    sl_candidate_set_notes (known, more);
  else if (!sl_str_is_blank (more) && strstr (notes, more) == NULL)
    {
      g_autofree char *joined = g_strconcat (notes, "\n\n", more, NULL);
      sl_candidate_set_notes (known, joined);
    }
}

/* The format the file was read as; never %SL_IMPORT_FORMAT_AUTO. */
SlImportFormat
sl_import_get_format (SlImport *self)
{
  g_return_val_if_fail (self != NULL, SL_IMPORT_FORMAT_AUTO);

  return self->format;
}

/* What the file is called in messages. */
const char *
sl_import_get_name (SlImport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->name;
}

gint64
sl_import_get_role_id (SlImport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->role_id;
}

/**
 * sl_import_get_columns:
 *
 * Returns: (transfer none) (element-type SlImportColumn): the file's
 *   columns, each with the field it fills
 */
GPtrArray *
sl_import_get_columns (SlImport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->columns;
}

/**
 * sl_import_get_rows:
 *
 * Returns: (transfer none) (element-type SlImportRow): every row of the
 *   file after the header, in order
 */
GPtrArray *
sl_import_get_rows (SlImport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->rows;
}

guint
sl_import_count_rows (SlImport          *self,
                      SlImportRowStatus  status)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->rows->len; i++)
    if (((SlImportRow *) self->rows->pdata[i])->status == status)
      n++;

  return n;
}
