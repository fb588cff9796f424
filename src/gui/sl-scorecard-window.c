/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-scorecard-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-gui-util.h"
#include "sl-scorecard-window.h"

/* An interviewer's scorecard for one interview, laid out as the interview
 * kit: each focus competency of the stage with the questions to ask, a
 * rating and a note, then the overall recommendation and the key
 * takeaways. A draft is kept as it is typed; submitting locks it, and
 * amending opens the next version. Someone else's submitted scorecard
 * opens in the same layout, read only. */

#define SAVE_DELAY_MS 400

struct _SlScorecardWindow
{
  AdwWindow parent_instance;

  SlStore *store;
  SlInterview interview;       /* the fields that are not pointers */
  char *stage_name;
  char *interviewer_name;
  char *candidate_name;
  SlScorecard *scorecard;
  gboolean read_only;          /* someone else's scorecard */
  guint save_source;
  gboolean loading;            /* widgets being filled in, not edited */
  GPtrArray *competency_rows;  /* per focus competency: its GtkToggleButtons' box */
  GPtrArray *note_rows;        /* per focus competency: its AdwEntryRow */

  AdwToastOverlay *toast_overlay;
  AdwWindowTitle *window_title;
  GtkImage *status_icon;
  GtkLabel *status_label;
  GtkBox *kit_box;
  AdwActionRow *overall_row;
  GtkTextView *takeaways_view;
  GtkWidget *overall_buttons;
  GtkWidget *submit_button;
  GtkWidget *amend_button;
};

G_DEFINE_FINAL_TYPE (SlScorecardWindow, sl_scorecard_window, ADW_TYPE_WINDOW)

static const SlRating competency_scale[] = {
  SL_RATING_STRONG_NO, SL_RATING_NO, SL_RATING_YES, SL_RATING_STRONG_YES, SL_RATING_NO_EVIDENCE,
};

static gboolean
is_editable (SlScorecardWindow *self)
{
  return !self->read_only && self->scorecard != NULL && !self->scorecard->submitted;
}

/* A row of linked toggle buttons, one per rating of @scale; the rating of
 * each is kept on it. */
static GtkWidget *
rating_buttons_new (const SlRating *scale,
                    guint           n_scale,
                    const char     *about)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkToggleButton *first = NULL;

  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);

  for (guint i = 0; i < n_scale; i++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (sl_rating_get_label (scale[i]));
      g_autofree char *name = NULL;

      /* Translators: what is rated, then the rating, for screen readers */
      name = g_strdup_printf (_("%s: %s"), about, sl_rating_get_label (scale[i]));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      g_object_set_data (G_OBJECT (button), "sl-rating", GINT_TO_POINTER (scale[i]));
      gtk_widget_add_css_class (button, "rating");

      if (first == NULL)
        first = GTK_TOGGLE_BUTTON (button);
      else
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), first);

      gtk_box_append (GTK_BOX (box), button);
    }

  return box;
}

static SlRating
rating_buttons_get (GtkWidget *box)
{
  for (GtkWidget *child = gtk_widget_get_first_child (box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (child)))
      return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (child), "sl-rating"));

  return SL_RATING_NONE;
}

static void
rating_buttons_set (GtkWidget *box,
                    SlRating   rating,
                    gboolean   sensitive)
{
  for (GtkWidget *child = gtk_widget_get_first_child (box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      SlRating own = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (child), "sl-rating"));

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child), own == rating);
      gtk_widget_set_sensitive (child, sensitive);
    }
}

static char *
takeaways_text (SlScorecardWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->takeaways_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* What the widgets hold, into the scorecard. */
static void
collect (SlScorecardWindow *self)
{
  for (guint i = 0; i < self->scorecard->ratings->len; i++)
    {
      SlCompetencyRating *rating = g_ptr_array_index (self->scorecard->ratings, i);
      const char *note = gtk_editable_get_text (g_ptr_array_index (self->note_rows, i));

      rating->rating = rating_buttons_get (g_ptr_array_index (self->competency_rows, i));
      g_free (rating->note);
      rating->note = g_strdup (note);
    }

  self->scorecard->overall = rating_buttons_get (self->overall_buttons);
  g_free (self->scorecard->takeaways);
  self->scorecard->takeaways = takeaways_text (self);
}

static guint
count_unrated (SlScorecardWindow *self)
{
  guint n = 0;

  for (guint i = 0; i < self->scorecard->ratings->len; i++)
    if (((SlCompetencyRating *) g_ptr_array_index (self->scorecard->ratings, i))->rating == SL_RATING_NONE)
      n++;

  return n;
}

static void
update_status (SlScorecardWindow *self,
               gboolean           just_saved)
{
  const SlScorecard *scorecard = self->scorecard;
  g_autofree char *status = NULL;
  g_autofree char *date = NULL;
  const char *icon;

  if (scorecard->submitted)
    {
      date = sl_gui_format_date (scorecard->submitted_at);
      icon = "changes-prevent-symbolic";
      if (self->read_only)
        /* Translators: who submitted a scorecard, when, and its version */
        status = g_strdup_printf (_("Submitted by %s on %s · version %u"),
                                  self->interviewer_name, date, scorecard->version);
      else
        /* Translators: when a scorecard was submitted, and its version */
        status = g_strdup_printf (_("Submitted on %s · version %u · locked. Amend it to change "
                                    "anything; this version stays on record."),
                                  date, scorecard->version);
    }
  else
    {
      icon = "document-edit-symbolic";
      if (scorecard->version > 1)
        /* Translators: an amendment of a submitted scorecard */
        status = g_strdup_printf (_("Amendment, version %u · not submitted yet. Version %u stays on record."),
                                  scorecard->version, scorecard->version - 1);
      else
        status = g_strdup (_("Draft · kept as you type, seen by no one else until you submit it"));

      if (just_saved)
        {
          g_autofree char *saved = g_strdup_printf ("%s · %s", status, _("Saved"));

          g_free (status);
          status = g_steal_pointer (&saved);
        }
    }

  gtk_image_set_from_icon_name (self->status_icon, icon);
  gtk_label_set_label (self->status_label, status);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scorecard.submit",
                                 is_editable (self) && sl_rating_is_score (scorecard->overall));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scorecard.amend",
                                 !self->read_only && scorecard->submitted);

  /* A draft is submitted and a submitted version amended: each button
   * belongs to one of the two modes, and a colleague's scorecard has
   * neither. */
  gtk_widget_set_visible (self->submit_button, !self->read_only && !scorecard->submitted);
  gtk_widget_set_visible (self->amend_button, !self->read_only && scorecard->submitted);
}

/* The widgets, from the scorecard. */
static void
fill (SlScorecardWindow *self)
{
  gboolean editable = is_editable (self);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->takeaways_view);

  self->loading = TRUE;

  for (guint i = 0; i < self->scorecard->ratings->len; i++)
    {
      const SlCompetencyRating *rating = g_ptr_array_index (self->scorecard->ratings, i);
      GtkWidget *note_row = g_ptr_array_index (self->note_rows, i);

      rating_buttons_set (g_ptr_array_index (self->competency_rows, i), rating->rating, editable);
      gtk_editable_set_text (GTK_EDITABLE (note_row), rating->note != NULL ? rating->note : "");
      gtk_editable_set_editable (GTK_EDITABLE (note_row), editable);
    }

  rating_buttons_set (self->overall_buttons, self->scorecard->overall, editable);
  gtk_text_buffer_set_text (buffer, self->scorecard->takeaways != NULL ? self->scorecard->takeaways : "", -1);
  gtk_text_view_set_editable (self->takeaways_view, editable);
  gtk_text_view_set_cursor_visible (self->takeaways_view, editable);

  self->loading = FALSE;

  update_status (self, FALSE);
}

/**
 * sl_scorecard_window_save:
 *
 * Keeps the draft as the window shows it now; does nothing for a
 * scorecard that cannot change.
 */
gboolean
sl_scorecard_window_save (SlScorecardWindow *self,
                          GError           **error)
{
  g_return_val_if_fail (SL_IS_SCORECARD_WINDOW (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);

  if (!is_editable (self))
    return TRUE;

  collect (self);
  return sl_store_save_draft (self->store, self->scorecard, error);
}

static gboolean
save_timeout (gpointer user_data)
{
  SlScorecardWindow *self = user_data;
  g_autoptr(GError) error = NULL;

  self->save_source = 0;

  if (sl_scorecard_window_save (self, &error))
    update_status (self, TRUE);
  else
    sl_gui_show_error (GTK_WIDGET (self->toast_overlay), error);

  return G_SOURCE_REMOVE;
}

static void
on_edited (SlScorecardWindow *self)
{
  if (self->loading || !is_editable (self))
    return;

  /* Submit follows the overall recommendation at once; the draft is
   * written once typing pauses. */
  self->scorecard->overall = rating_buttons_get (self->overall_buttons);
  update_status (self, FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout, self);
}

static void
connect_rating_buttons (SlScorecardWindow *self,
                        GtkWidget         *box)
{
  for (GtkWidget *child = gtk_widget_get_first_child (box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    g_signal_connect_object (child, "toggled", G_CALLBACK (on_edited), self, G_CONNECT_SWAPPED);
}

static GtkWidget *
competency_group_new (SlScorecardWindow   *self,
                      const SlCompetency  *competency,
                      const char          *fallback_name)
{
  GtkWidget *group = adw_preferences_group_new ();
  const char *name = competency != NULL ? competency->name : fallback_name;
  GtkWidget *rating_row = adw_action_row_new ();
  GtkWidget *note_row = adw_entry_row_new ();
  GtkWidget *buttons;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), name);
  if (competency != NULL && sl_gui_is_set (competency->description))
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), competency->description);

  /* The questions of the kit, to ask in the interview. */
  for (guint i = 0; competency != NULL && competency->questions != NULL && competency->questions[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), competency->questions[i]);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "dialog-question-symbolic");
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_add_css_class (row, "question");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rating_row), _("Rating"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (rating_row), FALSE);
  buttons = rating_buttons_new (competency_scale, G_N_ELEMENTS (competency_scale), name);
  adw_action_row_add_suffix (ADW_ACTION_ROW (rating_row), buttons);
  connect_rating_buttons (self, buttons);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), rating_row);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (note_row), _("Note: what you saw or heard"));
  g_signal_connect_object (note_row, "changed", G_CALLBACK (on_edited), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), note_row);

  g_ptr_array_add (self->competency_rows, buttons);
  g_ptr_array_add (self->note_rows, note_row);

  return group;
}

/* The kit: one group per rating the scorecard has, which are the stage's
 * focus competencies, with their questions. */
static gboolean
build_kit (SlScorecardWindow  *self,
           GError            **error)
{
  g_autoptr(GPtrArray) focus = NULL;
  static const SlRating overall_scale[] = {
    SL_RATING_STRONG_NO, SL_RATING_NO, SL_RATING_YES, SL_RATING_STRONG_YES,
  };

  focus = sl_store_list_stage_focus (self->store, self->interview.stage_id, error);
  if (focus == NULL)
    return FALSE;

  for (guint i = 0; i < self->scorecard->ratings->len; i++)
    {
      const SlCompetencyRating *rating = g_ptr_array_index (self->scorecard->ratings, i);
      const SlCompetency *competency = NULL;

      for (guint k = 0; k < focus->len && competency == NULL; k++)
        if (((SlCompetency *) g_ptr_array_index (focus, k))->id == rating->competency_id)
          competency = g_ptr_array_index (focus, k);

      gtk_box_append (self->kit_box, competency_group_new (self, competency, rating->competency_name));
    }

  if (self->scorecard->ratings->len == 0)
    {
      GtkWidget *label = gtk_label_new (_("This stage has no focus competencies to rate; give your overall "
                                          "recommendation and takeaways."));

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (self->kit_box, label);
    }

  self->overall_buttons = rating_buttons_new (overall_scale, G_N_ELEMENTS (overall_scale),
                                              _("Overall recommendation"));
  adw_action_row_add_suffix (self->overall_row, self->overall_buttons);
  connect_rating_buttons (self, self->overall_buttons);

  return TRUE;
}

static void
on_submit_response (AdwMessageDialog  *dialog,
                    const char        *response,
                    SlScorecardWindow *self)
{
  g_autoptr(SlScorecard) locked = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "submit") != 0)
    return;

  if (!sl_scorecard_window_save (self, &error) ||
      !sl_store_submit_scorecard (self->store, self->scorecard->id, &error) ||
      (locked = sl_store_get_draft (self->store, self->interview.id, &error)) == NULL)
    {
      sl_gui_show_error (GTK_WIDGET (self->toast_overlay), error);
      return;
    }

  sl_scorecard_free (self->scorecard);
  self->scorecard = g_steal_pointer (&locked);
  fill (self);

  sl_gui_show_toast (GTK_WIDGET (self->toast_overlay), adw_toast_new (_("Scorecard submitted")));
}

static void
submit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SlScorecardWindow *self = SL_SCORECARD_WINDOW (widget);
  g_autofree char *body = NULL;
  g_autofree char *unrated = NULL;
  GtkWidget *dialog;
  guint n_unrated;

  if (!is_editable (self))
    return;

  collect (self);
  n_unrated = count_unrated (self);

  body = g_strdup_printf (_("Once submitted, the scorecard is locked, and the other interviewers’ scorecards "
                            "for %s become visible to you. You can amend it later as a new version."),
                          self->candidate_name);
  if (n_unrated > 0)
    {
      unrated = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u competency has no rating; choose “No evidence” where the interview did not show it.",
                                              "%u competencies have no rating; choose “No evidence” where the interview did not show them.",
                                              n_unrated),
                                 n_unrated);
      g_free (body);
      body = g_strdup_printf ("%s\n\n%s", unrated,
                              _("Once submitted, the scorecard is locked. You can amend it later as a new version."));
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Submit Scorecard?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "submit", _("_Submit"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "submit",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_submit_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
amend_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SlScorecardWindow *self = SL_SCORECARD_WINDOW (widget);
  g_autoptr(SlScorecard) draft = NULL;
  g_autoptr(GError) error = NULL;

  if (self->read_only || !self->scorecard->submitted)
    return;

  if (sl_store_amend_scorecard (self->store, self->scorecard->id, &error) == 0 ||
      (draft = sl_store_get_draft (self->store, self->interview.id, &error)) == NULL)
    {
      sl_gui_show_error (GTK_WIDGET (self->toast_overlay), error);
      return;
    }

  sl_scorecard_free (self->scorecard);
  self->scorecard = g_steal_pointer (&draft);
  fill (self);
}

static gboolean
sl_scorecard_window_close_request (GtkWindow *window)
{
  SlScorecardWindow *self = SL_SCORECARD_WINDOW (window);
  g_autoptr(GError) error = NULL;

  /* What was typed last is kept, even within the save delay. */
  if (self->save_source != 0 && !sl_scorecard_window_save (self, &error))
    {
      sl_gui_show_error (GTK_WIDGET (self->toast_overlay), error);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (sl_scorecard_window_parent_class)->close_request (window);
}

static void
sl_scorecard_window_dispose (GObject *object)
{
  SlScorecardWindow *self = SL_SCORECARD_WINDOW (object);

  g_clear_handle_id (&self->save_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SL_TYPE_SCORECARD_WINDOW);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sl_scorecard_window_parent_class)->dispose (object);
}

static void
sl_scorecard_window_finalize (GObject *object)
{
  SlScorecardWindow *self = SL_SCORECARD_WINDOW (object);

  g_clear_pointer (&self->scorecard, sl_scorecard_free);
  g_clear_pointer (&self->competency_rows, g_ptr_array_unref);
  g_clear_pointer (&self->note_rows, g_ptr_array_unref);
  g_free (self->stage_name);
  g_free (self->interviewer_name);
  g_free (self->candidate_name);

  G_OBJECT_CLASS (sl_scorecard_window_parent_class)->finalize (object);
}

static void
sl_scorecard_window_class_init (SlScorecardWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sl_scorecard_window_dispose;
  object_class->finalize = sl_scorecard_window_finalize;
  window_class->close_request = sl_scorecard_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/shortlist/Shortlist/sl-scorecard-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SlScorecardWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SlScorecardWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SlScorecardWindow, status_icon);
  gtk_widget_class_bind_template_child (widget_class, SlScorecardWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, SlScorecardWindow, kit_box);
  gtk_widget_class_bind_template_child (widget_class, SlScorecardWindow, overall_row);
  gtk_widget_class_bind_template_child (widget_class, SlScorecardWindow, takeaways_view);
  gtk_widget_class_bind_template_child (widget_class, SlScorecardWindow, submit_button);
  gtk_widget_class_bind_template_child (widget_class, SlScorecardWindow, amend_button);

  gtk_widget_class_install_action (widget_class, "scorecard.submit", NULL, submit_action);
  gtk_widget_class_install_action (widget_class, "scorecard.amend", NULL, amend_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "scorecard.submit", NULL);
}

static void
sl_scorecard_window_init (SlScorecardWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->competency_rows = g_ptr_array_new ();
  self->note_rows = g_ptr_array_new ();

  g_signal_connect_object (gtk_text_view_get_buffer (self->takeaways_view), "changed",
                           G_CALLBACK (on_edited), self, G_CONNECT_SWAPPED);
}

static SlScorecardWindow *
scorecard_window_new (GtkWindow         *parent,
                      SlStore           *store,
                      const SlInterview *interview,
                      const char        *candidate_name,
                      SlScorecard       *scorecard,
                      gboolean           read_only,
                      GError           **error)
{
  SlScorecardWindow *self;
  g_autofree char *subtitle = NULL;
  g_autofree char *title = NULL;

  /* Like any window, it belongs to GTK until it is destroyed. */
  self = g_object_new (SL_TYPE_SCORECARD_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->interview = *interview;
  self->interview.stage_name = self->interview.interviewer_name = NULL;
  self->stage_name = g_strdup (interview->stage_name);
  self->interviewer_name = g_strdup (interview->interviewer_name);
  self->candidate_name = g_strdup (candidate_name);
  self->scorecard = scorecard;
  self->read_only = read_only;

  if (!build_kit (self, error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }

  /* Translators: the interview stage, then the interviewer */
  subtitle = g_strdup_printf (_("%s · %s"), self->stage_name, self->interviewer_name);
  /* Translators: the window's title; %s is the candidate */
  title = g_strdup_printf (_("Scorecard for %s"), candidate_name);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);

  fill (self);

  return self;
}

/**
 * sl_scorecard_window_new:
 * @interview: one of the current person's interviews
 *
 * Opens the interviewer's scorecard for @interview: their draft, a new
 * one, or the submitted version, locked.
 *
 * Returns: (transfer none): the window, not shown yet, or %NULL on error
 */
SlScorecardWindow *
sl_scorecard_window_new (GtkWindow         *parent,
                         SlStore           *store,
                         const SlInterview *interview,
                         const char        *candidate_name,
                         GError           **error)
{
  SlScorecard *scorecard;

  g_return_val_if_fail (SL_IS_STORE (store), NULL);
  g_return_val_if_fail (interview != NULL, NULL);

  scorecard = sl_store_get_draft (store, interview->id, error);
  if (scorecard == NULL)
    return NULL;

  return scorecard_window_new (parent, store, interview, candidate_name, scorecard, FALSE, error);
}

/**
 * sl_scorecard_window_new_read_only:
 * @scorecard: a submitted scorecard the current person may see
 *
 * Returns: (transfer none): the window, not shown yet, or %NULL on error
 */
SlScorecardWindow *
sl_scorecard_window_new_read_only (GtkWindow         *parent,
                                   SlStore           *store,
                                   const SlInterview *interview,
                                   const char        *candidate_name,
                                   const SlScorecard *scorecard,
                                   GError           **error)
{
  g_return_val_if_fail (SL_IS_STORE (store), NULL);
  g_return_val_if_fail (interview != NULL, NULL);
  g_return_val_if_fail (scorecard != NULL, NULL);

  return scorecard_window_new (parent, store, interview, candidate_name, sl_scorecard_copy (scorecard),
                               TRUE, error);
}

/**
 * sl_scorecard_window_get_scorecard:
 *
 * Returns: (transfer none): the scorecard as last loaded or saved
 */
const SlScorecard *
sl_scorecard_window_get_scorecard (SlScorecardWindow *self)
{
  g_return_val_if_fail (SL_IS_SCORECARD_WINDOW (self), NULL);

  return self->scorecard;
}
