/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-role"

#include "config.h"

#include "sl-role.h"

/* A role as the store returns it: a snapshot, read-only for its users. The
 * store builds it with g_object_new() and the construct-only properties. */
struct _SlRole
{
  GObject parent_instance;

  gint64 id;
  char *title;
  char *summary;
  char *template_id;
  guint n_active;
};

G_DEFINE_FINAL_TYPE (SlRole, sl_role, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SUMMARY,
  PROP_TEMPLATE_ID,
  PROP_N_ACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sl_role_finalize (GObject *object)
{
  SlRole *self = SL_ROLE (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->template_id, g_free);

  G_OBJECT_CLASS (sl_role_parent_class)->finalize (object);
}

static void
sl_role_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  SlRole *self = SL_ROLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_TEMPLATE_ID:
      g_value_set_string (value, self->template_id);
      break;

    case PROP_N_ACTIVE:
      g_value_set_uint (value, self->n_active);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_role_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  SlRole *self = SL_ROLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;

    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;

    case PROP_SUMMARY:
      self->summary = g_value_dup_string (value);
      break;

    case PROP_TEMPLATE_ID:
      self->template_id = g_value_dup_string (value);
      break;

    case PROP_N_ACTIVE:
      self->n_active = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_role_class_init (SlRoleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sl_role_finalize;
  object_class->get_property = sl_role_get_property;
  object_class->set_property = sl_role_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, flags);
  properties[PROP_TEMPLATE_ID] = g_param_spec_string ("template-id", NULL, NULL, NULL, flags);
  properties[PROP_N_ACTIVE] = g_param_spec_uint ("n-active", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sl_role_init (SlRole *self)
{
}

gint64
sl_role_get_id (SlRole *self)
{
  g_return_val_if_fail (SL_IS_ROLE (self), 0);
  return self->id;
}

const char *
sl_role_get_title (SlRole *self)
{
  g_return_val_if_fail (SL_IS_ROLE (self), NULL);
  return self->title;
}

const char *
sl_role_get_summary (SlRole *self)
{
  g_return_val_if_fail (SL_IS_ROLE (self), NULL);
  return self->summary;
}

const char *
sl_role_get_template_id (SlRole *self)
{
  g_return_val_if_fail (SL_IS_ROLE (self), NULL);
  return self->template_id;
}

/**
 * sl_role_get_n_active:
 *
 * Returns: how many candidates are in the role's pipeline and neither hired
 *   nor rejected, when the snapshot was taken.
 */
guint
sl_role_get_n_active (SlRole *self)
{
  g_return_val_if_fail (SL_IS_ROLE (self), 0);
  return self->n_active;
}
