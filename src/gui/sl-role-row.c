/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-role-row"

#include "config.h"

#include "sl-gui-util.h"
#include "sl-role-row.h"

/* A role in the sidebar: its title and how many candidates are active. */

struct _SlRoleRow
{
  GtkListBoxRow parent_instance;

  SlRole *role;

  GtkLabel *title_label;
  GtkLabel *subtitle_label;
};

G_DEFINE_FINAL_TYPE (SlRoleRow, sl_role_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_ROLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sl_role_row_dispose (GObject *object)
{
  SlRoleRow *self = SL_ROLE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SL_TYPE_ROLE_ROW);
  g_clear_object (&self->role);

  G_OBJECT_CLASS (sl_role_row_parent_class)->dispose (object);
}

static void
sl_role_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SlRoleRow *self = SL_ROLE_ROW (object);

  switch (prop_id)
    {
    case PROP_ROLE:
      g_value_set_object (value, self->role);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_role_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SlRoleRow *self = SL_ROLE_ROW (object);

  switch (prop_id)
    {
    case PROP_ROLE:
      sl_role_row_set_role (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_role_row_class_init (SlRoleRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sl_role_row_dispose;
  object_class->get_property = sl_role_row_get_property;
  object_class->set_property = sl_role_row_set_property;

  properties[PROP_ROLE] =
    g_param_spec_object ("role", NULL, NULL,
                         SL_TYPE_ROLE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/sl-role-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SlRoleRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SlRoleRow, subtitle_label);
}

static void
sl_role_row_init (SlRoleRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sl_role_row_new (SlRole *role)
{
  g_return_val_if_fail (SL_IS_ROLE (role), NULL);

  return g_object_new (SL_TYPE_ROLE_ROW, "role", role, NULL);
}

SlRole *
sl_role_row_get_role (SlRoleRow *self)
{
  g_return_val_if_fail (SL_IS_ROLE_ROW (self), NULL);

  return self->role;
}

void
sl_role_row_set_role (SlRoleRow *self,
                      SlRole    *role)
{
  g_autofree char *subtitle = NULL;

  g_return_if_fail (SL_IS_ROLE_ROW (self));
  g_return_if_fail (role == NULL || SL_IS_ROLE (role));

  if (!g_set_object (&self->role, role))
    return;

  if (role != NULL)
    {
      subtitle = sl_gui_format_n_active (sl_role_get_n_active (role));

      gtk_label_set_label (self->title_label, sl_role_get_title (role));
      gtk_label_set_label (self->subtitle_label, subtitle);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, sl_role_get_title (role),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                      -1);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

gint64
sl_role_row_get_role_id (SlRoleRow *self)
{
  g_return_val_if_fail (SL_IS_ROLE_ROW (self), 0);

  return self->role != NULL ? sl_role_get_id (self->role) : 0;
}
