/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-stage"

#include "config.h"

#include "sl-stage.h"

/* A pipeline stage of a role, as a read-only snapshot from the store. */
struct _SlStage
{
  GObject parent_instance;

  gint64 id;
  gint64 role_id;
  char *name;
  SlStageKind kind;
  guint position;
};

G_DEFINE_FINAL_TYPE (SlStage, sl_stage, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_ROLE_ID,
  PROP_NAME,
  PROP_KIND,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sl_stage_finalize (GObject *object)
{
  SlStage *self = SL_STAGE (object);

  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (sl_stage_parent_class)->finalize (object);
}

static void
sl_stage_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  SlStage *self = SL_STAGE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_ROLE_ID:
      g_value_set_int64 (value, self->role_id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;

    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_stage_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  SlStage *self = SL_STAGE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;

    case PROP_ROLE_ID:
      self->role_id = g_value_get_int64 (value);
      break;

    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;

    case PROP_KIND:
      self->kind = g_value_get_int (value);
      break;

    case PROP_POSITION:
      self->position = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_stage_class_init (SlStageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sl_stage_finalize;
  object_class->get_property = sl_stage_get_property;
  object_class->set_property = sl_stage_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ROLE_ID] = g_param_spec_int64 ("role-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_KIND] = g_param_spec_int ("kind", NULL, NULL,
                                            SL_STAGE_APPLIED, SL_STAGE_REJECTED, SL_STAGE_APPLIED,
                                            flags);
  properties[PROP_POSITION] = g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sl_stage_init (SlStage *self)
{
}

gint64
sl_stage_get_id (SlStage *self)
{
  g_return_val_if_fail (SL_IS_STAGE (self), 0);
  return self->id;
}

gint64
sl_stage_get_role_id (SlStage *self)
{
  g_return_val_if_fail (SL_IS_STAGE (self), 0);
  return self->role_id;
}

const char *
sl_stage_get_name (SlStage *self)
{
  g_return_val_if_fail (SL_IS_STAGE (self), NULL);
  return self->name;
}

SlStageKind
sl_stage_get_kind (SlStage *self)
{
  g_return_val_if_fail (SL_IS_STAGE (self), SL_STAGE_APPLIED);
  return self->kind;
}

guint
sl_stage_get_position (SlStage *self)
{
  g_return_val_if_fail (SL_IS_STAGE (self), 0);
  return self->position;
}
