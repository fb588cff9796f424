/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-application-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-application-row.h"
#include "sl-stage.h"

/* A candidate in a role's pipeline: who, where they stand, for how long,
 * and a menu to move them to another stage of the role. The menu's items
 * activate role.move-application with (application id, stage id). */

struct _SlApplicationRow
{
  GtkBox parent_instance;

  SlApplication *application;
  GListModel *stages;

  GtkLabel *name_label;
  GtkLabel *headline_label;
  GtkLabel *checklist_label;
  GtkLabel *knockout_label;
  GtkLabel *stage_label;
  GtkLabel *days_label;
  GtkMenuButton *move_button;
};

G_DEFINE_FINAL_TYPE (SlApplicationRow, sl_application_row, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_APPLICATION,
  PROP_STAGES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Builds the menu when it is opened: a popover menu per row, made
 * whenever a row is bound, would cost more than the rest of the row. */
static void
create_menu (GtkMenuButton *button,
             gpointer       user_data)
{
  SlApplicationRow *self = user_data;
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();
  guint n = self->stages != NULL ? g_list_model_get_n_items (self->stages) : 0;

  if (self->application == NULL)
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SlStage) stage = g_list_model_get_item (self->stages, i);
      g_autoptr(GMenuItem) item = NULL;

      if (sl_stage_get_id (stage) == sl_application_get_stage_id (self->application))
        continue;

      item = g_menu_item_new (sl_stage_get_name (stage), NULL);
      g_menu_item_set_action_and_target_value (item, "role.move-application",
                                               g_variant_new ("(xx)",
                                                              sl_application_get_id (self->application),
                                                              sl_stage_get_id (stage)));
      g_menu_append_item (section, item);
    }

  g_menu_append_section (menu, _("Move to"), G_MENU_MODEL (section));
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static void
update_menu (SlApplicationRow *self)
{
  guint n = self->stages != NULL ? g_list_model_get_n_items (self->stages) : 0;

  /* Made again for this application when next opened. */
  if (gtk_menu_button_get_menu_model (self->move_button) != NULL)
    gtk_menu_button_set_menu_model (self->move_button, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->move_button), self->application != NULL && n > 0);
}

static void
update_labels (SlApplicationRow *self)
{
  g_autofree char *days_text = NULL;
  g_autofree char *move_label = NULL;
  g_autofree char *checklist_text = NULL;
  const SlChecklistSummary *checklist;
  const char *headline;
  guint days;

  if (self->application == NULL)
    return;

  days = sl_application_get_days_in_stage (self->application, g_get_real_time () / G_USEC_PER_SEC);
  if (days == 0)
    days_text = g_strdup (_("Since today"));
  else
    days_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u day in stage",
                                              "%u days in stage",
                                              days),
                                 days);

  headline = sl_application_get_candidate_headline (self->application);

  gtk_label_set_label (self->name_label, sl_application_get_candidate_name (self->application));
  gtk_label_set_label (self->headline_label, headline != NULL ? headline : "");
  gtk_widget_set_visible (GTK_WIDGET (self->headline_label), headline != NULL && headline[0] != '\0');
  gtk_label_set_label (self->stage_label, sl_application_get_stage_name (self->application));

  checklist = sl_application_get_checklist (self->application);
  checklist_text = sl_checklist_summary_format (checklist);
  gtk_label_set_label (self->checklist_label, checklist_text);
  gtk_widget_set_visible (GTK_WIDGET (self->knockout_label),
                          sl_checklist_summary_is_knocked_out (checklist));
  gtk_label_set_label (self->days_label, days_text);

  move_label = g_strdup_printf (_("Move %s to Another Stage"),
                                sl_application_get_candidate_name (self->application));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->move_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, move_label,
                                  -1);
}

static void
sl_application_row_dispose (GObject *object)
{
  SlApplicationRow *self = SL_APPLICATION_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SL_TYPE_APPLICATION_ROW);

  g_clear_object (&self->application);
  g_clear_object (&self->stages);

  G_OBJECT_CLASS (sl_application_row_parent_class)->dispose (object);
}

static void
sl_application_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SlApplicationRow *self = SL_APPLICATION_ROW (object);

  switch (prop_id)
    {
    case PROP_APPLICATION:
      g_value_set_object (value, self->application);
      break;

    case PROP_STAGES:
      g_value_set_object (value, self->stages);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_application_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SlApplicationRow *self = SL_APPLICATION_ROW (object);

  switch (prop_id)
    {
    case PROP_APPLICATION:
      sl_application_row_set_application (self, g_value_get_object (value));
      break;

    case PROP_STAGES:
      sl_application_row_set_stages (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_application_row_class_init (SlApplicationRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sl_application_row_dispose;
  object_class->get_property = sl_application_row_get_property;
  object_class->set_property = sl_application_row_set_property;

  properties[PROP_APPLICATION] =
    g_param_spec_object ("application", NULL, NULL,
                         SL_TYPE_APPLICATION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * SlApplicationRow:stages:
   *
   * The #SlStage list of the role, offered as places to move to.
   */
  properties[PROP_STAGES] =
    g_param_spec_object ("stages", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/sl-application-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SlApplicationRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, SlApplicationRow, headline_label);
  gtk_widget_class_bind_template_child (widget_class, SlApplicationRow, checklist_label);
  gtk_widget_class_bind_template_child (widget_class, SlApplicationRow, knockout_label);
  gtk_widget_class_bind_template_child (widget_class, SlApplicationRow, stage_label);
  gtk_widget_class_bind_template_child (widget_class, SlApplicationRow, days_label);
  gtk_widget_class_bind_template_child (widget_class, SlApplicationRow, move_button);
}

static void
sl_application_row_init (SlApplicationRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_menu_button_set_create_popup_func (self->move_button, create_menu, self, NULL);
}

GtkWidget *
sl_application_row_new (void)
{
  return g_object_new (SL_TYPE_APPLICATION_ROW, NULL);
}

SlApplication *
sl_application_row_get_application (SlApplicationRow *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION_ROW (self), NULL);

  return self->application;
}

void
sl_application_row_set_application (SlApplicationRow *self,
                                    SlApplication    *application)
{
  g_return_if_fail (SL_IS_APPLICATION_ROW (self));
  g_return_if_fail (application == NULL || SL_IS_APPLICATION (application));

  if (!g_set_object (&self->application, application))
    return;

  update_labels (self);
  update_menu (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPLICATION]);
}

GListModel *
sl_application_row_get_stages (SlApplicationRow *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION_ROW (self), NULL);

  return self->stages;
}

void
sl_application_row_set_stages (SlApplicationRow *self,
                               GListModel       *stages)
{
  g_return_if_fail (SL_IS_APPLICATION_ROW (self));
  g_return_if_fail (stages == NULL || G_IS_LIST_MODEL (stages));

  if (!g_set_object (&self->stages, stages))
    return;

  update_menu (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAGES]);
}
