/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-stages-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-gui-util.h"
#include "sl-stages-view.h"

/* A role's interview stages in its profile: who interviews in each and
 * which competencies its scorecards rate. The interviewers of a stage
 * are chosen among everyone who interviews, or typed in as new people. */

struct _SlStagesView
{
  AdwPreferencesGroup parent_instance;

  SlStore *store;
  gint64 role_id;
  GPtrArray *rows;   /* rows added to the group */
  guint reload_source;
};

G_DEFINE_FINAL_TYPE (SlStagesView, sl_stages_view, ADW_TYPE_PREFERENCES_GROUP)

static char *
join_names (GPtrArray *people)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < people->len; i++)
    g_ptr_array_add (names, ((SlPerson *) g_ptr_array_index (people, i))->name);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (", ", (char **) names->pdata);
}

/* The form to choose a stage's interviewers. */

typedef struct
{
  SlStagesView *view;
  gint64 stage_id;
  GtkWidget *dialog;
  GtkListBox *list;
  AdwEntryRow *new_row;
  GPtrArray *checks;   /* GtkCheckButton*, each with its person's name */
} Form;

static void
form_free (Form *form)
{
  g_clear_object (&form->view);
  g_clear_pointer (&form->checks, g_ptr_array_unref);
  g_free (form);
}

static void
form_add_person (Form       *form,
                 const char *name,
                 gboolean    chosen)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), chosen);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data_full (G_OBJECT (check), "sl-name", g_strdup (name), g_free);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

  /* Above the entry row for new people, which stays last. */
  gtk_list_box_insert (form->list, row, form->checks->len);
  g_ptr_array_add (form->checks, check);
}

static void
on_new_person (Form *form)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (form->new_row))));

  if (name[0] == '\0')
    return;

  for (guint i = 0; i < form->checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (form->checks, i);

      if (g_utf8_collate (g_object_get_data (G_OBJECT (check), "sl-name"), name) == 0)
        {
          gtk_check_button_set_active (check, TRUE);
          gtk_editable_set_text (GTK_EDITABLE (form->new_row), "");
          return;
        }
    }

  form_add_person (form, name, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (form->new_row), "");
}

static void
on_form_response (AdwMessageDialog *dialog,
                  const char       *response,
                  Form             *form)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "save") != 0)
    return;

  /* A name typed and not yet added counts too. */
  on_new_person (form);

  for (guint i = 0; i < form->checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (form->checks, i);
      gint64 id;

      if (!gtk_check_button_get_active (check))
        continue;

      id = sl_store_ensure_person (form->view->store, g_object_get_data (G_OBJECT (check), "sl-name"), &error);
      if (id == 0)
        {
          sl_gui_show_error (GTK_WIDGET (form->view), error);
          return;
        }
      g_array_append_val (ids, id);
    }

  if (!sl_store_set_stage_interviewers (form->view->store, form->stage_id, (gint64 *) ids->data, ids->len, &error))
    sl_gui_show_error (GTK_WIDGET (form->view), error);
}

static void
edit_interviewers_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  SlStagesView *self = SL_STAGES_VIEW (widget);
  gint64 stage_id = g_variant_get_int64 (parameter);
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GPtrArray) chosen = NULL;
  g_autoptr(SlStage) stage = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) stages = NULL;
  const char *stage_name = "";
  Form *form;

  people = sl_store_list_people (self->store, &error);
  chosen = people != NULL ? sl_store_list_stage_interviewers (self->store, stage_id, &error) : NULL;
  stages = chosen != NULL ? sl_store_list_stages (self->store, self->role_id, &error) : NULL;
  if (stages == NULL)
    {
      sl_gui_show_error (widget, error);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(SlStage) candidate = g_list_model_get_item (stages, i);

      if (sl_stage_get_id (candidate) == stage_id)
        stage = g_steal_pointer (&candidate);
    }
  if (stage != NULL)
    stage_name = sl_stage_get_name (stage);

  form = g_new0 (Form, 1);
  form->view = g_object_ref (self);
  form->stage_id = stage_id;
  form->checks = g_ptr_array_new ();

  form->dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), _("Interviewers"), NULL);
  /* Translators: %s is an interview stage */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (form->dialog), _("Who interviews in “%s”"), stage_name);

  form->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (form->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (form->list), "boxed-list");

  form->new_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->new_row), _("Add Someone New"));
  adw_entry_row_set_show_apply_button (form->new_row, TRUE);
  g_signal_connect_swapped (form->new_row, "apply", G_CALLBACK (on_new_person), form);
  gtk_list_box_append (form->list, GTK_WIDGET (form->new_row));

  for (guint i = 0; i < people->len; i++)
    {
      const SlPerson *person = g_ptr_array_index (people, i);
      gboolean is_chosen = FALSE;

      for (guint k = 0; k < chosen->len && !is_chosen; k++)
        is_chosen = ((SlPerson *) g_ptr_array_index (chosen, k))->id == person->id;

      form_add_person (form, person->name, is_chosen);
    }

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (form->dialog), GTK_WIDGET (form->list));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (form->dialog),
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (form->dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (form->dialog), "cancel");
  g_object_set_data_full (G_OBJECT (form->dialog), "sl-form", form, (GDestroyNotify) form_free);
  g_signal_connect (form->dialog, "response", G_CALLBACK (on_form_response), form);

  gtk_window_present (GTK_WINDOW (form->dialog));
}

static GtkWidget *
stage_row_new (SlStagesView  *self,
               SlStage       *stage,
               GError       **error)
{
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GPtrArray) focus = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *button_label = NULL;
  GtkWidget *row;
  GtkWidget *button;

  people = sl_store_list_stage_interviewers (self->store, sl_stage_get_id (stage), error);
  focus = people != NULL ? sl_store_list_stage_focus (self->store, sl_stage_get_id (stage), error) : NULL;
  if (focus == NULL)
    return NULL;

  if (people->len > 0)
    {
      g_autofree char *names = join_names (people);

      /* Translators: who interviews in a stage */
      subtitle = g_strdup_printf (_("Interviewers: %s"), names);
    }
  else
    {
      subtitle = g_strdup (_("No interviewers chosen yet"));
    }

  row = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sl_stage_get_name (stage));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  /* The expander is a row of its own around its header in libadwaita
   * 1.2; it carries the name too. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, sl_stage_get_name (stage),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                  -1);

  button = gtk_button_new_from_icon_name ("system-users-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Choose Interviewers"));
  /* Translators: a button's name; %s is an interview stage */
  button_label = g_strdup_printf (_("Choose the interviewers of %s"), sl_stage_get_name (stage));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, button_label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "stages.edit-interviewers");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", sl_stage_get_id (stage));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), button);

  /* What the stage's scorecards rate, if anything. */
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), focus->len > 0);
  for (guint i = 0; i < focus->len; i++)
    {
      const SlCompetency *competency = g_ptr_array_index (focus, i);
      GtkWidget *child = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (child), competency->name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (child), FALSE);
      if (competency->questions != NULL)
        {
          guint n = g_strv_length (competency->questions);
          g_autofree char *questions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u interview question",
                                                                     "%u interview questions", n),
                                                        n);

          adw_action_row_set_subtitle (ADW_ACTION_ROW (child), questions);
        }
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (child), FALSE);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
    }

  return row;
}

static void
reload (SlStagesView *self)
{
  g_autoptr(GListModel) stages = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  g_clear_handle_id (&self->reload_source, g_source_remove);

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  if (self->store == NULL || self->role_id == 0)
    return;

  stages = sl_store_list_stages (self->store, self->role_id, &error);
  if (stages == NULL)
    {
      if (!g_error_matches (error, SL_ERROR, SL_ERROR_NOT_FOUND))
        sl_gui_show_error (GTK_WIDGET (self), error);
      return;
    }

  n = g_list_model_get_n_items (stages);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SlStage) stage = g_list_model_get_item (stages, i);
      GtkWidget *row;

      if (sl_stage_get_kind (stage) != SL_STAGE_INTERVIEW)
        continue;

      row = stage_row_new (self, stage, &error);
      if (row == NULL)
        {
          sl_gui_show_error (GTK_WIDGET (self), error);
          return;
        }

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }
}

static gboolean
reload_idle (gpointer user_data)
{
  SlStagesView *self = user_data;

  self->reload_source = 0;
  reload (self);

  return G_SOURCE_REMOVE;
}

static void
on_store_changed (SlStagesView *self,
                  const char   *what,
                  gint64        id,
                  SlStore      *store)
{
  gboolean ours = g_strcmp0 (what, "role") == 0 && id == self->role_id;

  if ((ours || g_strcmp0 (what, "person") == 0 || g_strcmp0 (what, "outside") == 0) &&
      self->reload_source == 0)
    self->reload_source = g_idle_add (reload_idle, self);
}

static void
sl_stages_view_dispose (GObject *object)
{
  SlStagesView *self = SL_STAGES_VIEW (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (sl_stages_view_parent_class)->dispose (object);
}

static void
sl_stages_view_class_init (SlStagesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sl_stages_view_dispose;

  gtk_widget_class_install_action (widget_class, "stages.edit-interviewers", "x", edit_interviewers_action);
}

static void
sl_stages_view_init (SlStagesView *self)
{
  self->rows = g_ptr_array_new ();

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("Who interviews in each stage, and the competencies its "
                                           "scorecards rate"));
}

void
sl_stages_view_set_role (SlStagesView *self,
                         SlStore      *store,
                         gint64        role_id)
{
  g_return_if_fail (SL_IS_STAGES_VIEW (self));
  g_return_if_fail (store == NULL || SL_IS_STORE (store));

  sl_gui_follow_store (self, &self->store, store, G_CALLBACK (on_store_changed));

  self->role_id = role_id;
  reload (self);
}
