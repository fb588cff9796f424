/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-candidate"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-candidate.h"
#include "sl-error.h"
#include "sl-util.h"

/* The text fields of a candidate, kept in one array so that properties,
 * getters and setters share a single path. */
enum
{
  FIELD_NAME,
  FIELD_EMAIL,
  FIELD_PHONE,
  FIELD_LOCATION,
  FIELD_HEADLINE,
  FIELD_COMPANY,
  FIELD_SOURCE,
  FIELD_NOTES,
  N_FIELDS
};

struct _SlCandidate
{
  GObject parent_instance;

  gint64 id;
  gint64 created;
  char *fields[N_FIELDS];
};

G_DEFINE_FINAL_TYPE (SlCandidate, sl_candidate, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_CREATED,
  PROP_NAME,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_LOCATION,
  PROP_HEADLINE,
  PROP_COMPANY,
  PROP_SOURCE,
  PROP_NOTES,
  N_PROPS
};

#define FIRST_FIELD_PROP PROP_NAME

static GParamSpec *properties[N_PROPS];

static void
set_field (SlCandidate *self,
           guint        field,
           const char  *value)
{
  g_assert (field < N_FIELDS);

  /* Empty and absent are the same thing for optional text. */
  if (value != NULL && value[0] == '\0')
    value = NULL;

  if (sl_set_str (&self->fields[field], value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[FIRST_FIELD_PROP + field]);
}

static void
sl_candidate_finalize (GObject *object)
{
  SlCandidate *self = SL_CANDIDATE (object);

  for (guint i = 0; i < N_FIELDS; i++)
    g_clear_pointer (&self->fields[i], g_free);

  G_OBJECT_CLASS (sl_candidate_parent_class)->finalize (object);
}

static void
sl_candidate_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SlCandidate *self = SL_CANDIDATE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_CREATED:
      g_value_set_int64 (value, self->created);
      break;

    case PROP_NAME ... PROP_NOTES:
      g_value_set_string (value, self->fields[prop_id - FIRST_FIELD_PROP]);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_candidate_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SlCandidate *self = SL_CANDIDATE (object);

  switch (prop_id)
    {
    case PROP_ID:
      sl_candidate_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_CREATED:
      sl_candidate_set_created (self, g_value_get_int64 (value));
      break;

    case PROP_NAME ... PROP_NOTES:
      set_field (self, prop_id - FIRST_FIELD_PROP, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_candidate_class_init (SlCandidateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char * const names[N_FIELDS] = {
    "name", "email", "phone", "location", "headline", "company", "source", "notes",
  };

  object_class->finalize = sl_candidate_finalize;
  object_class->get_property = sl_candidate_get_property;
  object_class->set_property = sl_candidate_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CREATED] =
    g_param_spec_int64 ("created", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  for (guint i = 0; i < N_FIELDS; i++)
    properties[FIRST_FIELD_PROP + i] =
      g_param_spec_string (names[i], NULL, NULL,
                           NULL,
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sl_candidate_init (SlCandidate *self)
{
}

SlCandidate *
sl_candidate_new (void)
{
  return g_object_new (SL_TYPE_CANDIDATE, NULL);
}

gint64
sl_candidate_get_id (SlCandidate *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE (self), 0);

  return self->id;
}

void
sl_candidate_set_id (SlCandidate *self,
                     gint64       id)
{
  g_return_if_fail (SL_IS_CANDIDATE (self));

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

gint64
sl_candidate_get_created (SlCandidate *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE (self), 0);

  return self->created;
}

void
sl_candidate_set_created (SlCandidate *self,
                          gint64       created)
{
  g_return_if_fail (SL_IS_CANDIDATE (self));

  if (self->created != created)
    {
      self->created = created;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
    }
}

#define DEFINE_FIELD_ACCESSORS(name, FIELD)                             \
  const char *                                                          \
  sl_candidate_get_##name (SlCandidate *self)                           \
  {                                                                     \
    g_return_val_if_fail (SL_IS_CANDIDATE (self), NULL);                \
    return self->fields[FIELD];                                         \
  }                                                                     \
  void                                                                  \
  sl_candidate_set_##name (SlCandidate *self,                           \
                           const char  *value)                          \
  {                                                                     \
    g_return_if_fail (SL_IS_CANDIDATE (self));                          \
    set_field (self, FIELD, value);                                     \
  }

DEFINE_FIELD_ACCESSORS (name, FIELD_NAME)
DEFINE_FIELD_ACCESSORS (email, FIELD_EMAIL)
DEFINE_FIELD_ACCESSORS (phone, FIELD_PHONE)
DEFINE_FIELD_ACCESSORS (location, FIELD_LOCATION)
DEFINE_FIELD_ACCESSORS (headline, FIELD_HEADLINE)
DEFINE_FIELD_ACCESSORS (company, FIELD_COMPANY)
DEFINE_FIELD_ACCESSORS (source, FIELD_SOURCE)
DEFINE_FIELD_ACCESSORS (notes, FIELD_NOTES)

#undef DEFINE_FIELD_ACCESSORS

/**
 * sl_email_is_valid:
 * @email: text a user typed
 *
 * A deliberately simple check: one "@", something before it, a dot in the
 * domain, and no spaces. Mail servers are the judge of the rest.
 */
gboolean
sl_email_is_valid (const char *email)
{
  const char *at;
  const char *dot;

  if (email == NULL || !g_utf8_validate (email, -1, NULL))
    return FALSE;

  for (const char *p = email; *p; p++)
    if (g_ascii_isspace (*p) || *p == ',' || *p == ';' || *p == '<' || *p == '>')
      return FALSE;

  at = strchr (email, '@');
  if (at == NULL || at == email || strchr (at + 1, '@') != NULL)
    return FALSE;

  dot = strrchr (at + 1, '.');
  return dot != NULL && dot > at + 1 && dot[1] != '\0';
}

/**
 * sl_candidate_check_name:
 * @name: (nullable): a name as typed
 *
 * The rule for names, for the store and for forms that check as you type.
 */
gboolean
sl_candidate_check_name (const char  *name,
                         GError     **error)
{
  if (sl_str_is_blank (name))
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID,
                           _("The candidate’s name is empty"));
      return FALSE;
    }

  if (g_utf8_strlen (name, -1) > SL_CANDIDATE_MAX_NAME)
    {
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The candidate’s name is longer than %d character",
                                "The candidate’s name is longer than %d characters",
                                SL_CANDIDATE_MAX_NAME),
                   SL_CANDIDATE_MAX_NAME);
      return FALSE;
    }

  return TRUE;
}

/**
 * sl_candidate_check_email:
 * @email: (nullable): an address as typed; empty is allowed
 */
gboolean
sl_candidate_check_email (const char  *email,
                          GError     **error)
{
  if (email == NULL || email[0] == '\0' || sl_email_is_valid (email))
    return TRUE;

  g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
               _("“%s” is not an email address"), email);
  return FALSE;
}

gboolean
sl_candidate_validate (SlCandidate *self,
                       GError     **error)
{
  static const char * const field_names[N_FIELDS] = {
    N_("name"), N_("email address"), N_("phone number"), N_("location"),
    N_("current title"), N_("company"), N_("source"), N_("notes"),
  };

  g_return_val_if_fail (SL_IS_CANDIDATE (self), FALSE);

  for (guint i = 0; i < N_FIELDS; i++)
    {
      if (self->fields[i] != NULL && !g_utf8_validate (self->fields[i], -1, NULL))
        {
          g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                       _("The candidate’s %s is not valid UTF-8 text"),
                       _(field_names[i]));
          return FALSE;
        }
    }

  return sl_candidate_check_name (self->fields[FIELD_NAME], error) &&
         sl_candidate_check_email (self->fields[FIELD_EMAIL], error);
}
