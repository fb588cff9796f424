/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-interviews-view"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "sl-gui-util.h"
#include "sl-interviews-view.h"
#include "sl-scorecard-window.h"

/* One application's interviews: who meets the candidate in which stage,
 * when, and how far their scorecard is. The current person opens their
 * own scorecards from here; others' only once submitted, and only once
 * the current person has submitted their own, as the store allows. */

struct _SlInterviewsView
{
  AdwPreferencesGroup parent_instance;

  SlStore *store;
  gint64 application_id;
  gint64 role_id;
  char *candidate_name;
  GPtrArray *rows;          /* rows added to the group */
  GPtrArray *interviews;    /* SlInterview*, as listed */
  GPtrArray *scorecards;    /* SlScorecard* the current person may see */
  guint reload_source;
};

G_DEFINE_FINAL_TYPE (SlInterviewsView, sl_interviews_view, ADW_TYPE_PREFERENCES_GROUP)

static const SlScorecard *
find_scorecard (SlInterviewsView *self,
                gint64            interview_id)
{
  for (guint i = 0; self->scorecards != NULL && i < self->scorecards->len; i++)
    {
      const SlScorecard *scorecard = g_ptr_array_index (self->scorecards, i);

      if (scorecard->interview_id == interview_id)
        return scorecard;
    }

  return NULL;
}

static void
open_interview (SlInterviewsView  *self,
                const SlInterview *interview)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  g_autoptr(GError) error = NULL;
  const SlScorecard *visible = find_scorecard (self, interview->id);
  SlScorecardWindow *window;

  if (interview->interviewer_id == sl_store_get_actor_person (self->store))
    window = sl_scorecard_window_new (parent, self->store, interview, self->candidate_name, &error);
  else if (visible != NULL)
    window = sl_scorecard_window_new_read_only (parent, self->store, interview, self->candidate_name,
                                                visible, &error);
  else
    return;

  if (window == NULL)
    {
      sl_gui_show_error (GTK_WIDGET (self), error);
      return;
    }

  gtk_window_present (GTK_WINDOW (window));
}

static void
on_row_activated (AdwActionRow     *row,
                  SlInterviewsView *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "sl-index"));

  if (self->interviews != NULL && index < self->interviews->len)
    open_interview (self, g_ptr_array_index (self->interviews, index));
}

/* Where an interview's scorecard stands, as the current person may know
 * it; NULL when it is none of their business yet. */
static char *
describe_state (SlInterviewsView  *self,
                const SlInterview *interview,
                gboolean           own,
                gboolean           hidden,
                gboolean          *can_open)
{
  const SlScorecard *visible = find_scorecard (self, interview->id);

  *can_open = own;

  if (!own && hidden)
    return g_strdup (_("Scorecard hidden until you submit yours"));

  if (!own)
    {
      if (visible == NULL)
        return g_strdup (_("No scorecard submitted yet"));

      *can_open = TRUE;
      /* Translators: a submitted scorecard's overall recommendation */
      return g_strdup_printf (_("Submitted: %s"), sl_rating_get_label (visible->overall));
    }

  switch (interview->state)
    {
    case SL_SCORECARD_NOT_STARTED:
      return g_strdup (_("Your scorecard: not started"));
    case SL_SCORECARD_DRAFT:
      return g_strdup (_("Your scorecard: draft"));
    case SL_SCORECARD_AMENDING:
      /* Translators: an amendment of a submitted scorecard is open */
      return g_strdup_printf (_("Your scorecard: amending, version %u"), interview->version);
    case SL_SCORECARD_SUBMITTED:
    default:
      if (visible != NULL)
        return g_strdup_printf (_("Your scorecard: submitted, %s"), sl_rating_get_label (visible->overall));
      return g_strdup (_("Your scorecard: submitted"));
    }
}

static GtkWidget *
interview_row_new (SlInterviewsView  *self,
                   const SlInterview *interview,
                   guint              index,
                   gint64             person_id,
                   gboolean           hidden)
{
  GtkWidget *row = adw_action_row_new ();
  gboolean own = person_id != 0 && interview->interviewer_id == person_id;
  gboolean can_open = FALSE;
  g_autofree char *state = describe_state (self, interview, own, hidden, &can_open);
  g_autofree char *when = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (interview->scheduled > 0)
    {
      g_autofree char *date = sl_gui_format_date (interview->scheduled);

      /* Translators: when an interview takes place */
      when = g_strdup_printf (_("On %s"), date);
    }
  else
    {
      when = g_strdup (_("Not scheduled"));
    }

  /* Translators: an interview stage, then the interviewer */
  title = g_strdup_printf (_("%s — %s"), interview->stage_name, interview->interviewer_name);
  subtitle = g_strdup_printf ("%s · %s", when, state);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_icon_name (ADW_ACTION_ROW (row),
                                interview->state == SL_SCORECARD_SUBMITTED && (own || !hidden)
                                ? "changes-prevent-symbolic" : "x-office-calendar-symbolic");

  if (can_open)
    {
      GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_tooltip_text (row, own && interview->state != SL_SCORECARD_SUBMITTED
                                   ? _("Fill In Your Scorecard") : _("Read the Scorecard"));
      g_object_set_data (G_OBJECT (row), "sl-index", GUINT_TO_POINTER (index));
      g_signal_connect_object (row, "activated", G_CALLBACK (on_row_activated), self, 0);
    }
  else
    {
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
    }

  return row;
}

static void
clear_rows (SlInterviewsView *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
}

static void
add_row (SlInterviewsView *self,
         GtkWidget        *row)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  g_ptr_array_add (self->rows, row);
}

static void
update_decision (SlInterviewsView *self)
{
  g_autoptr(GPtrArray) decisions = sl_store_list_decisions (self->store, self->application_id, NULL);
  g_autofree char *description = NULL;

  if (decisions != NULL && decisions->len > 0)
    {
      const SlDecision *latest = g_ptr_array_index (decisions, 0);
      g_autofree char *date = sl_gui_format_date (latest->decided);

      description = g_strdup_printf (latest->hire
                                     /* Translators: %s is a date */
                                     ? _("The committee decided to hire on %s")
                                     : _("The committee decided not to hire on %s"),
                                     date);
    }

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), description);
}

static void
reload (SlInterviewsView *self)
{
  g_autoptr(GError) error = NULL;
  gboolean hidden = FALSE;
  gint64 person_id;

  g_clear_handle_id (&self->reload_source, g_source_remove);
  clear_rows (self);
  g_clear_pointer (&self->interviews, g_ptr_array_unref);
  g_clear_pointer (&self->scorecards, g_ptr_array_unref);

  person_id = sl_store_get_actor_person (self->store);
  self->interviews = sl_store_list_interviews (self->store, self->application_id, &error);
  if (self->interviews != NULL)
    self->scorecards = sl_store_list_scorecards (self->store, self->application_id, person_id, &hidden, &error);
  if (self->scorecards == NULL)
    {
      /* A candidate just deleted: the page goes too. */
      if (!g_error_matches (error, SL_ERROR, SL_ERROR_NOT_FOUND))
        sl_gui_show_error (GTK_WIDGET (self), error);
      return;
    }

  for (guint i = 0; i < self->interviews->len; i++)
    add_row (self, interview_row_new (self, g_ptr_array_index (self->interviews, i), i, person_id, hidden));

  if (self->interviews->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No interviews yet"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      add_row (self, row);
    }

  update_decision (self);
}

static gboolean
reload_idle (gpointer user_data)
{
  SlInterviewsView *self = user_data;

  self->reload_source = 0;
  reload (self);

  return G_SOURCE_REMOVE;
}

static void
on_store_changed (SlInterviewsView *self,
                  const char       *what,
                  gint64            id,
                  SlStore          *store)
{
  gboolean ours = g_strcmp0 (what, "scorecard") == 0 && id == self->application_id;

  if ((ours || g_strcmp0 (what, "person") == 0 || g_strcmp0 (what, "outside") == 0) &&
      self->reload_source == 0)
    self->reload_source = g_idle_add (reload_idle, self);
}

/* The form to plan an interview: the stage, who interviews, and when. */

typedef struct
{
  SlInterviewsView *view;
  GtkWidget *dialog;
  AdwComboRow *stage_row;
  AdwEntryRow *interviewer_row;
  AdwEntryRow *date_row;
  GtkLabel *message;
  GArray *stage_ids;
} Form;

static void
form_free (Form *form)
{
  g_clear_pointer (&form->stage_ids, g_array_unref);
  g_clear_object (&form->view);
  g_free (form);
}

/* The day typed as YYYY-MM-DD, at nine in the morning there; 0 for none. */
static gboolean
parse_day (const char  *text,
           gint64      *when,
           GError     **error)
{
  g_autoptr(GDateTime) day = NULL;
  int year, month, mday;
  char end;

  *when = 0;
  if (sl_gui_is_set (text) == FALSE)
    return TRUE;

  if (sscanf (text, "%4d-%2d-%2d%c", &year, &month, &mday, &end) != 3 ||
      !g_date_valid_dmy (mday, month, year) ||
      (day = g_date_time_new_local (year, month, mday, 9, 0, 0)) == NULL)
    {
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID, _("“%s” is not a date written YYYY-MM-DD"), text);
      return FALSE;
    }

  *when = g_date_time_to_unix (day);
  return TRUE;
}

static gboolean
form_check (Form    *form,
            gint64  *when,
            GError **error)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (form->interviewer_row))));

  if (form->stage_ids->len == 0)
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID, _("The role has no interview stages"));
      return FALSE;
    }
  if (name[0] == '\0')
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID, _("Who interviews? Type their name"));
      return FALSE;
    }

  return parse_day (gtk_editable_get_text (GTK_EDITABLE (form->date_row)), when, error);
}

static void
form_validate (Form *form)
{
  g_autoptr(GError) error = NULL;
  gint64 when;
  gboolean ok = form_check (form, &when, &error);

  gtk_label_set_label (form->message, ok ? "" : error->message);
  gtk_widget_set_visible (GTK_WIDGET (form->message), !ok);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (form->dialog), "add", ok);
}

/* Who interviews in the chosen stage, offered as the default. */
static void
on_stage_chosen (Form *form)
{
  guint index = adw_combo_row_get_selected (form->stage_row);
  g_autoptr(GPtrArray) people = NULL;

  if (index >= form->stage_ids->len)
    return;

  people = sl_store_list_stage_interviewers (form->view->store, g_array_index (form->stage_ids, gint64, index),
                                             NULL);
  if (people != NULL && people->len > 0 &&
      !sl_gui_is_set (gtk_editable_get_text (GTK_EDITABLE (form->interviewer_row))))
    gtk_editable_set_text (GTK_EDITABLE (form->interviewer_row), ((SlPerson *) g_ptr_array_index (people, 0))->name);

  form_validate (form);
}

static void
on_form_response (AdwMessageDialog *dialog,
                  const char       *response,
                  Form             *form)
{
  SlInterviewsView *self = form->view;
  g_autoptr(GError) error = NULL;
  gint64 person_id;
  gint64 when;

  if (g_strcmp0 (response, "add") != 0 || !form_check (form, &when, &error))
    return;

  person_id = sl_store_ensure_person (self->store, gtk_editable_get_text (GTK_EDITABLE (form->interviewer_row)),
                                      &error);
  if (person_id == 0 ||
      sl_store_add_interview (self->store, self->application_id,
                              g_array_index (form->stage_ids, gint64, adw_combo_row_get_selected (form->stage_row)),
                              person_id, when, &error) == 0)
    sl_gui_show_error (GTK_WIDGET (self), error);
}

static GtkWidget *
form_new (SlInterviewsView *self,
          GError          **error)
{
  g_autoptr(GListModel) stages = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  Form *form;
  guint n;

  stages = sl_store_list_stages (self->store, self->role_id, error);
  if (stages == NULL)
    return NULL;

  form = g_new0 (Form, 1);
  form->view = g_object_ref (self);
  form->stage_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  n = g_list_model_get_n_items (stages);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SlStage) stage = g_list_model_get_item (stages, i);
      gint64 id = sl_stage_get_id (stage);

      if (sl_stage_get_kind (stage) != SL_STAGE_INTERVIEW)
        continue;

      g_array_append_val (form->stage_ids, id);
      gtk_string_list_append (names, sl_stage_get_name (stage));
    }

  form->dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                         _("Schedule Interview"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (form->dialog), _("With %s"), self->candidate_name);

  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);

  form->stage_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->stage_row), _("Stage"));
  adw_combo_row_set_model (form->stage_row, G_LIST_MODEL (names));
  sl_gui_name_combo_row_items (form->stage_row);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (form->stage_row));

  form->interviewer_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->interviewer_row), _("Interviewer"));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (form->interviewer_row));

  form->date_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->date_row), _("Date (YYYY-MM-DD, optional)"));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (form->date_row));

  form->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (form->message, TRUE);
  gtk_label_set_xalign (form->message, 0);
  gtk_widget_add_css_class (GTK_WIDGET (form->message), "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (form->message), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Problem with the form"), -1);

  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (form->message));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (form->dialog), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (form->dialog),
                                    "cancel", _("_Cancel"),
                                    "add", _("_Schedule"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (form->dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (form->dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (form->dialog), "cancel");

  g_signal_connect_swapped (form->stage_row, "notify::selected", G_CALLBACK (on_stage_chosen), form);
  g_signal_connect_swapped (form->interviewer_row, "changed", G_CALLBACK (form_validate), form);
  g_signal_connect_swapped (form->date_row, "changed", G_CALLBACK (form_validate), form);
  g_object_set_data_full (G_OBJECT (form->dialog), "sl-form", form, (GDestroyNotify) form_free);
  g_signal_connect (form->dialog, "response", G_CALLBACK (on_form_response), form);

  on_stage_chosen (form);

  return form->dialog;
}

static void
schedule_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SlInterviewsView *self = SL_INTERVIEWS_VIEW (widget);
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog = form_new (self, &error);

  if (dialog == NULL)
    {
      sl_gui_show_error (widget, error);
      return;
    }

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
sl_interviews_view_dispose (GObject *object)
{
  SlInterviewsView *self = SL_INTERVIEWS_VIEW (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->interviews, g_ptr_array_unref);
  g_clear_pointer (&self->scorecards, g_ptr_array_unref);

  G_OBJECT_CLASS (sl_interviews_view_parent_class)->dispose (object);
}

static void
sl_interviews_view_finalize (GObject *object)
{
  SlInterviewsView *self = SL_INTERVIEWS_VIEW (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_free (self->candidate_name);

  G_OBJECT_CLASS (sl_interviews_view_parent_class)->finalize (object);
}

static void
sl_interviews_view_class_init (SlInterviewsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sl_interviews_view_dispose;
  object_class->finalize = sl_interviews_view_finalize;

  gtk_widget_class_install_action (widget_class, "interviews.schedule", NULL, schedule_action);
}

static void
sl_interviews_view_init (SlInterviewsView *self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Schedule…"));

  self->rows = g_ptr_array_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Interviews"));
  /* Its action makes the group actionable to a screen reader: it needs
   * the name its title shows. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Interviews"), -1);
  gtk_widget_set_tooltip_text (button, _("Schedule an Interview"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "interviews.schedule");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), button);
}

/**
 * sl_interviews_view_new:
 * @application: the candidate's application to a role
 *
 * Returns: (transfer floating): the interviews of @application
 */
GtkWidget *
sl_interviews_view_new (SlStore       *store,
                        SlApplication *application)
{
  SlInterviewsView *self;

  g_return_val_if_fail (SL_IS_STORE (store), NULL);
  g_return_val_if_fail (SL_IS_APPLICATION (application), NULL);

  self = g_object_new (SL_TYPE_INTERVIEWS_VIEW, NULL);
  self->store = g_object_ref (store);
  self->application_id = sl_application_get_id (application);
  self->role_id = sl_application_get_role_id (application);
  self->candidate_name = g_strdup (sl_application_get_candidate_name (application));
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);

  reload (self);

  return GTK_WIDGET (self);
}

gint64
sl_interviews_view_get_application_id (SlInterviewsView *self)
{
  g_return_val_if_fail (SL_IS_INTERVIEWS_VIEW (self), 0);

  return self->application_id;
}
