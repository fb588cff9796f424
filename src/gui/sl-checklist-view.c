/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-checklist-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-checklist-view.h"
#include "sl-gui-util.h"

/* One candidate's checklist for one role: each requirement in force, by
 * category, with its status and evidence, and who assessed it when. A
 * status is saved as soon as it is chosen, evidence when it is applied.
 * The view updates its rows in place when the checklist changes, so that
 * working through it never loses the row one is on. */

typedef struct
{
  SlChecklistView *view;
  SlAssessment *assessment;
  AdwExpanderRow *row;
  GtkImage *icon;
  AdwActionRow *status_row;
  GtkToggleButton *toggles[SL_N_ASSESSMENT_STATUSES];
  AdwEntryRow *evidence_row;
} Row;

struct _SlChecklistView
{
  GtkBox parent_instance;

  SlStore *store;
  gint64 application_id;
  GPtrArray *rows;   /* Row*, in the role's order */
  guint reload_source;

  GtkLabel *summary_label;
  GtkLabel *knockout_label;
  GtkBox *groups_box;
};

G_DEFINE_FINAL_TYPE (SlChecklistView, sl_checklist_view, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_STORE,
  PROP_APPLICATION_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The order the status buttons stand in: from nothing known to met. */
static const SlAssessmentStatus button_order[] = {
  SL_ASSESSMENT_UNASSESSED,
  SL_ASSESSMENT_NOT_MET,
  SL_ASSESSMENT_PARTLY_MET,
  SL_ASSESSMENT_MET,
};

static void
row_free (Row *row)
{
  g_clear_pointer (&row->assessment, sl_assessment_free);
  g_free (row);
}

static gboolean reload_idle (gpointer user_data);

static void
save (Row                *row,
      SlAssessmentStatus  status,
      const char         *evidence)
{
  SlChecklistView *self = row->view;
  g_autoptr(GError) error = NULL;

  if (!sl_store_assess (self->store, self->application_id, row->assessment->requirement_id,
                        status, evidence, &error))
    {
      sl_gui_show_error (GTK_WIDGET (self), error);

      /* Back to what the database holds, once the button is done. */
      if (self->reload_source == 0)
        self->reload_source = g_idle_add (reload_idle, self);
    }
}

static void
on_status_toggled (GtkToggleButton *button,
                   Row             *row)
{
  SlAssessmentStatus status = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "sl-status"));

  if (!gtk_toggle_button_get_active (button) || status == row->assessment->status)
    return;

  /* Evidence typed and not yet applied goes along with the status. */
  save (row, status, gtk_editable_get_text (GTK_EDITABLE (row->evidence_row)));
}

static void
on_evidence_applied (AdwEntryRow *entry,
                     Row         *row)
{
  save (row, row->assessment->status, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
update_row (Row          *row,
            SlAssessment *assessment)
{
  SlAssessment *a;
  g_autofree char *subtitle = NULL;
  g_autofree char *assessed = NULL;
  g_autofree char *description = NULL;
  GtkWidget *focus;
  GtkRoot *root;
  const char *label;

  g_clear_pointer (&row->assessment, sl_assessment_free);
  row->assessment = a = assessment;
  label = sl_assessment_status_get_label (a->status);

  if (sl_gui_is_set (a->evidence))
    /* Translators: a requirement's status, then its evidence */
    subtitle = g_strdup_printf (_("%s — %s"), label, a->evidence);
  else
    subtitle = g_strdup (label);
  adw_expander_row_set_subtitle (row->row, subtitle);
  sl_gui_set_status_style (GTK_WIDGET (row->icon), a->status);

  description = sl_gui_describe_assessment (NULL, a->text, a->status, a->evidence);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);

  for (guint i = 0; i < SL_N_ASSESSMENT_STATUSES; i++)
    {
      g_signal_handlers_block_by_func (row->toggles[i], on_status_toggled, row);
      gtk_toggle_button_set_active (row->toggles[i], button_order[i] == a->status);
      g_signal_handlers_unblock_by_func (row->toggles[i], on_status_toggled, row);
    }

  /* Text being typed stays; what was saved shows otherwise. */
  root = gtk_widget_get_root (GTK_WIDGET (row->evidence_row));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (row->evidence_row)))
    gtk_editable_set_text (GTK_EDITABLE (row->evidence_row), a->evidence != NULL ? a->evidence : "");

  if (a->assessed_at > 0)
    {
      g_autofree char *date = sl_gui_format_date (a->assessed_at);

      if (sl_gui_is_set (a->assessed_by))
        /* Translators: who assessed a requirement, and on which day */
        assessed = g_strdup_printf (_("Assessed by %s on %s"), a->assessed_by, date);
      else
        /* Translators: on which day a requirement was assessed */
        assessed = g_strdup_printf (_("Assessed on %s"), date);
    }
  adw_action_row_set_subtitle (row->status_row, assessed != NULL ? assessed : _("Not assessed yet"));
}

static Row *
row_new (SlChecklistView *self,
         SlAssessment    *assessment)
{
  Row *row = g_new0 (Row, 1);
  g_autofree char *group_label = NULL;
  GtkWidget *buttons;
  GtkWidget *tag;
  gboolean must_have;

  row->view = self;
  row->row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), assessment->text);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row->row), FALSE);
  /* The row in the list says which requirement it is; its header inside
   * says the same, to those who reach it. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, assessment->text,
                                  -1);

  row->icon = GTK_IMAGE (gtk_image_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Status"),
                                  -1);
  adw_expander_row_add_prefix (row->row, GTK_WIDGET (row->icon));

  must_have = assessment->kind == SL_REQUIREMENT_MUST_HAVE;
  tag = gtk_label_new (must_have ? _("Must-have") : _("Nice-to-have"));
  gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (tag, "tag");
  gtk_widget_add_css_class (tag, must_have ? "must-have" : "nice-to-have");
  adw_expander_row_add_action (row->row, tag);

  /* The statuses as one linked group of toggles, words and symbols. */
  row->status_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->status_row), _("Status"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row->status_row), FALSE);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (buttons, "linked");
  gtk_widget_set_valign (buttons, GTK_ALIGN_CENTER);
  group_label = g_strdup_printf (_("Status of “%s”"), assessment->text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (buttons),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, group_label,
                                  -1);

  for (guint i = 0; i < SL_N_ASSESSMENT_STATUSES; i++)
    {
      SlAssessmentStatus status = button_order[i];
      GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *icon = gtk_image_new ();
      GtkWidget *button = gtk_toggle_button_new ();

      /* Only the symbol takes the status's colour: the chosen button must
       * stand out as the pressed one. */
      sl_gui_set_status_style (icon, status);
      gtk_box_append (GTK_BOX (content), icon);
      gtk_box_append (GTK_BOX (content), gtk_label_new (sl_assessment_status_get_label (status)));
      gtk_button_set_child (GTK_BUTTON (button), content);
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), row->toggles[0]);

      g_object_set_data (G_OBJECT (button), "sl-status", GUINT_TO_POINTER (status));
      g_signal_connect (button, "toggled", G_CALLBACK (on_status_toggled), row);

      row->toggles[i] = GTK_TOGGLE_BUTTON (button);
      gtk_box_append (GTK_BOX (buttons), button);
    }

  adw_action_row_add_suffix (row->status_row, buttons);
  adw_expander_row_add_row (row->row, GTK_WIDGET (row->status_row));

  row->evidence_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->evidence_row), _("Evidence"));
  adw_entry_row_set_show_apply_button (row->evidence_row, TRUE);
  g_signal_connect (row->evidence_row, "apply", G_CALLBACK (on_evidence_applied), row);
  adw_expander_row_add_row (row->row, GTK_WIDGET (row->evidence_row));

  update_row (row, assessment);

  return row;
}

static void
rebuild (SlChecklistView *self,
         GPtrArray       *assessments)
{
  g_autoptr(GHashTable) groups = g_hash_table_new (g_str_hash, g_str_equal);

  sl_gui_remove_children (self->groups_box);
  g_ptr_array_set_size (self->rows, 0);

  /* The rows own the assessments from here on. */
  g_ptr_array_set_free_func (assessments, NULL);

  for (guint i = 0; i < assessments->len; i++)
    {
      SlAssessment *assessment = g_ptr_array_index (assessments, i);
      AdwPreferencesGroup *group;
      Row *row;

      group = g_hash_table_lookup (groups, assessment->category);
      if (group == NULL)
        {
          group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
          adw_preferences_group_set_title (group, assessment->category);
          gtk_box_append (self->groups_box, GTK_WIDGET (group));
          g_hash_table_insert (groups, assessment->category, group);
        }

      row = row_new (self, assessment);
      adw_preferences_group_add (group, GTK_WIDGET (row->row));
      g_ptr_array_add (self->rows, row);
    }

  if (assessments->len == 0)
    {
      GtkWidget *label = gtk_label_new (_("The role has no requirements yet. Add them in the role’s Profile."));

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (self->groups_box, label);
    }
}

/* The same requirements in the same order, with the same text and
 * category: the rows can stay. */
static gboolean
same_rows (SlChecklistView *self,
           GPtrArray       *assessments)
{
  if (assessments->len != self->rows->len)
    return FALSE;

  for (guint i = 0; i < assessments->len; i++)
    {
      SlAssessment *a = g_ptr_array_index (assessments, i);
      SlAssessment *b = ((Row *) g_ptr_array_index (self->rows, i))->assessment;

      if (a->requirement_id != b->requirement_id ||
          a->kind != b->kind ||
          g_strcmp0 (a->text, b->text) != 0 ||
          g_strcmp0 (a->category, b->category) != 0)
        return FALSE;
    }

  return TRUE;
}

static void
update_summary (SlChecklistView *self)
{
  g_autoptr(SlApplication) application = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  const SlChecklistSummary *checklist;

  application = sl_store_get_application (self->store, self->application_id, &error);
  if (application == NULL)
    return;

  checklist = sl_application_get_checklist (application);
  summary = sl_checklist_summary_format (checklist);
  gtk_label_set_label (self->summary_label, summary);
  gtk_widget_set_visible (GTK_WIDGET (self->knockout_label),
                          sl_checklist_summary_is_knocked_out (checklist));
}

static void
reload (SlChecklistView *self)
{
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->reload_source, g_source_remove);

  if (self->store == NULL || self->application_id == 0)
    return;

  assessments = sl_store_list_assessments (self->store, self->application_id, &error);
  if (assessments == NULL)
    {
      /* Gone with its candidate or role: the page around it goes too. */
      if (!g_error_matches (error, SL_ERROR, SL_ERROR_NOT_FOUND))
        sl_gui_show_error (GTK_WIDGET (self), error);
      return;
    }

  if (same_rows (self, assessments))
    {
      guint n = assessments->len;

      for (guint i = 0; i < n; i++)
        update_row (g_ptr_array_index (self->rows, i), g_ptr_array_steal_index (assessments, 0));
    }
  else
    {
      rebuild (self, assessments);
    }

  update_summary (self);
}

static gboolean
reload_idle (gpointer user_data)
{
  SlChecklistView *self = user_data;

  self->reload_source = 0;
  reload (self);

  return G_SOURCE_REMOVE;
}

static void
on_store_changed (SlChecklistView *self,
                  const char      *what,
                  gint64           id,
                  SlStore         *store)
{
  gboolean mine = g_strcmp0 (what, "assessment") == 0 && id == self->application_id;

  /* A role's requirements, or anything another program did, may change
   * the checklist; a change comes while a button is still toggling. */
  if ((mine || g_strcmp0 (what, "role") == 0 || g_strcmp0 (what, "outside") == 0) &&
      self->reload_source == 0)
    self->reload_source = g_idle_add (reload_idle, self);
}

static void
sl_checklist_view_dispose (GObject *object)
{
  SlChecklistView *self = SL_CHECKLIST_VIEW (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), SL_TYPE_CHECKLIST_VIEW);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sl_checklist_view_parent_class)->dispose (object);
}

static void
sl_checklist_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SlChecklistView *self = SL_CHECKLIST_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_APPLICATION_ID:
      g_value_set_int64 (value, self->application_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_checklist_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SlChecklistView *self = SL_CHECKLIST_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      if (self->store != NULL)
        g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed), self,
                                 G_CONNECT_SWAPPED);
      break;

    case PROP_APPLICATION_ID:
      self->application_id = g_value_get_int64 (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_checklist_view_constructed (GObject *object)
{
  G_OBJECT_CLASS (sl_checklist_view_parent_class)->constructed (object);

  reload (SL_CHECKLIST_VIEW (object));
}

static void
sl_checklist_view_class_init (SlChecklistViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sl_checklist_view_dispose;
  object_class->get_property = sl_checklist_view_get_property;
  object_class->set_property = sl_checklist_view_set_property;
  object_class->constructed = sl_checklist_view_constructed;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SL_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_APPLICATION_ID] =
    g_param_spec_int64 ("application-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/shortlist/Shortlist/sl-checklist-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SlChecklistView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SlChecklistView, knockout_label);
  gtk_widget_class_bind_template_child (widget_class, SlChecklistView, groups_box);
}

static void
sl_checklist_view_init (SlChecklistView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
}

GtkWidget *
sl_checklist_view_new (SlStore *store,
                       gint64   application_id)
{
  g_return_val_if_fail (SL_IS_STORE (store), NULL);

  return g_object_new (SL_TYPE_CHECKLIST_VIEW,
                       "store", store,
                       "application-id", application_id,
                       NULL);
}

gint64
sl_checklist_view_get_application_id (SlChecklistView *self)
{
  g_return_val_if_fail (SL_IS_CHECKLIST_VIEW (self), 0);

  return self->application_id;
}
