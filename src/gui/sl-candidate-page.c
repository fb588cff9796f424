/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-candidate-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-candidate-dialog.h"
#include "sl-candidate-page-private.h"
#include "sl-checklist-view.h"
#include "sl-gui-util.h"
#include "sl-interviews-view.h"
#include "sl-packet-print.h"
#include "sl-packet-window.h"
#include "sl-reject-dialog.h"

/* One candidate: the profile, and each role they are in with the stage
 * they stand at and how they got there. */


G_DEFINE_FINAL_TYPE (SlCandidatePage, sl_candidate_page, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CANDIDATE_ID,
  PROP_FOLDED,
  N_PROPS
};

enum {
  TRASHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static char *
format_days (gint64 seconds)
{
  guint days = (guint) (MAX (seconds, 0) / (24 * 60 * 60));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day", "%u days", days), days);
}

static void
set_field (AdwActionRow *row,
           const char   *value)
{
  gtk_widget_set_visible (GTK_WIDGET (row), sl_gui_is_set (value));
  if (sl_gui_is_set (value))
    adw_action_row_set_subtitle (row, value);
}

static void on_stage_selected (GtkDropDown     *dropdown,
                               GParamSpec      *pspec,
                               SlCandidatePage *self);

/* Shows @stage_id as the drop-down's choice, without moving anyone. */
static void
select_stage (SlCandidatePage *self,
              GtkDropDown     *dropdown,
              gint64           stage_id)
{
  GListModel *stages = gtk_drop_down_get_model (dropdown);
  guint n = g_list_model_get_n_items (stages);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SlStage) stage = g_list_model_get_item (stages, i);

      if (sl_stage_get_id (stage) != stage_id)
        continue;

      g_signal_handlers_block_by_func (dropdown, on_stage_selected, self);
      gtk_drop_down_set_selected (dropdown, i);
      g_signal_handlers_unblock_by_func (dropdown, on_stage_selected, self);
      return;
    }
}

static void
on_stage_selected (GtkDropDown     *dropdown,
                   GParamSpec      *pspec,
                   SlCandidatePage *self)
{
  SlApplication *application = g_object_get_data (G_OBJECT (dropdown), "sl-application");
  SlStage *stage = gtk_drop_down_get_selected_item (dropdown);
  g_autoptr(SlApplication) current = NULL;
  g_autoptr(GError) error = NULL;

  if (stage == NULL || sl_stage_get_id (stage) == sl_application_get_stage_id (application))
    return;

  /* A rejection asks why first; the drop-down shows where the candidate
   * stands until it is done. */
  if (sl_stage_get_kind (stage) == SL_STAGE_REJECTED)
    {
      GtkWidget *dialog = sl_reject_dialog_new (GTK_WIDGET (self), self->store, sl_application_get_id (application),
                                                sl_stage_get_id (stage),
                                                sl_application_get_candidate_name (application));

      select_stage (self, dropdown, sl_application_get_stage_id (application));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  /* The store's change signal rebuilds the page, once this handler is
   * done with the drop-down. */
  if (sl_store_move_application (self->store, sl_application_get_id (application),
                                 sl_stage_get_id (stage), &error))
    return;

  /* Nobody moved: the drop-down goes back to where the candidate stands,
   * as the database says if it still can. */
  current = sl_store_get_application (self->store, sl_application_get_id (application), NULL);
  select_stage (self, dropdown, sl_application_get_stage_id (current != NULL ? current : application));
  sl_gui_show_error (GTK_WIDGET (self), error);
}

static GtkWidget *
stage_dropdown_new (SlCandidatePage *self,
                    SlApplication   *application)
{
  g_autoptr(GListModel) stages = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  GtkExpression *expression;
  GtkWidget *dropdown;

  stages = sl_store_list_stages (self->store, sl_application_get_role_id (application), &error);
  if (stages == NULL)
    {
      sl_gui_show_error (GTK_WIDGET (self), error);
      return NULL;
    }

  expression = gtk_property_expression_new (SL_TYPE_STAGE, NULL, "name");
  dropdown = gtk_drop_down_new (g_object_ref (stages), expression);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);

  select_stage (self, GTK_DROP_DOWN (dropdown), sl_application_get_stage_id (application));

  label = g_strdup_printf (_("Stage for %s"), sl_application_get_role_title (application));
  gtk_widget_set_tooltip_text (dropdown, _("Move to Another Stage"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  g_object_set_data_full (G_OBJECT (dropdown), "sl-application",
                          g_object_ref (application), g_object_unref);
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (on_stage_selected), self, 0);

  return dropdown;
}

static GtkWidget *
visit_row_new (SlStageVisit *visit,
               gint64        now)
{
  g_autofree char *entered = sl_gui_format_date (visit->entered);
  g_autofree char *days = format_days ((visit->left > 0 ? visit->left : now) - visit->entered);
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  if (visit->left > 0)
    {
      g_autofree char *left = sl_gui_format_date (visit->left);

      /* Translators: when a candidate entered and left a stage, and how
       * many days that was */
      subtitle = g_strdup_printf (_("%s to %s · %s"), entered, left, days);
    }
  else
    {
      /* Translators: since when a candidate is in their current stage,
       * and for how many days */
      subtitle = g_strdup_printf (_("Since %s · %s"), entered, days);
    }

  if (sl_gui_is_set (visit->actor))
    {
      g_autofree char *with_actor = NULL;

      /* Translators: the dates of a stage, then who moved the candidate */
      with_actor = g_strdup_printf (_("%s · moved by %s"), subtitle, visit->actor);
      g_free (subtitle);
      subtitle = g_steal_pointer (&with_actor);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), visit->stage_name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  /* Where they stand, and where they have been. */
  adw_action_row_set_icon_name (ADW_ACTION_ROW (row),
                                visit->left == 0 ? "mail-forward-symbolic" : "object-select-symbolic");

  return row;
}

static GtkWidget *
application_group_new (SlCandidatePage *self,
                       SlApplication   *application,
                       gint64           now)
{
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *dropdown;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group),
                                   sl_application_get_role_title (application));

  dropdown = stage_dropdown_new (self, application);
  if (dropdown != NULL)
    adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), dropdown);

  history = sl_store_list_stage_history (self->store, sl_application_get_id (application), &error);
  if (history == NULL)
    {
      sl_gui_show_error (GTK_WIDGET (self), error);
      return group;
    }

  /* Most recent first: where they stand now leads. */
  for (guint i = history->len; i > 0; i--)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               visit_row_new (g_ptr_array_index (history, i - 1), now));

  return group;
}

static void
update_role_menu (SlCandidatePage *self,
                  GPtrArray       *applications)
{
  g_autoptr(GListModel) roles = NULL;
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GError) error = NULL;
  guint n_offered = 0;
  guint n;

  roles = sl_store_list_roles (self->store, &error);
  if (roles == NULL)
    {
      sl_gui_show_error (GTK_WIDGET (self), error);
      return;
    }

  n = g_list_model_get_n_items (roles);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SlRole) role = g_list_model_get_item (roles, i);
      g_autoptr(GMenuItem) item = NULL;
      gboolean applied = FALSE;

      for (guint j = 0; j < applications->len && !applied; j++)
        applied = sl_application_get_role_id (g_ptr_array_index (applications, j)) == sl_role_get_id (role);

      if (applied)
        continue;

      item = g_menu_item_new (sl_role_get_title (role), NULL);
      g_menu_item_set_action_and_target_value (item, "candidate.add-to-role",
                                               g_variant_new_int64 (sl_role_get_id (role)));
      g_menu_append_item (menu, item);
      n_offered++;
    }

  gtk_menu_button_set_menu_model (self->add_role_button, G_MENU_MODEL (menu));
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_role_button), n_offered > 0);
}

/* The committee packet of the candidate alone, for each role they are in. */
static void
update_packet_menu (SlCandidatePage *self,
                    GPtrArray       *applications)
{
  g_menu_remove_all (self->packet_section);

  for (guint i = 0; applications != NULL && i < applications->len; i++)
    {
      SlApplication *application = g_ptr_array_index (applications, i);
      GVariant *role_id = g_variant_new_int64 (sl_application_get_role_id (application));
      g_autoptr(GMenuItem) export = NULL;
      g_autoptr(GMenuItem) print = NULL;

      if (applications->len == 1)
        {
          export = g_menu_item_new (_("Export C_ommittee Packet…"), NULL);
          print = g_menu_item_new (_("_Print Committee Packet…"), NULL);
        }
      else
        {
          g_autofree char *export_label = NULL;
          g_autofree char *print_label = NULL;

          /* Translators: %s is a role, whose committee packet this is */
          export_label = g_strdup_printf (_("Export Committee Packet for %s…"),
                                          sl_application_get_role_title (application));
          /* Translators: %s is a role, whose committee packet this is */
          print_label = g_strdup_printf (_("Print Committee Packet for %s…"),
                                         sl_application_get_role_title (application));
          export = g_menu_item_new (export_label, NULL);
          print = g_menu_item_new (print_label, NULL);
        }

      g_menu_item_set_action_and_target_value (export, "candidate.export-packet", role_id);
      g_menu_item_set_action_and_target_value (print, "candidate.print-packet", role_id);
      g_menu_append_item (self->packet_section, export);
      g_menu_append_item (self->packet_section, print);
    }
}

static void
export_packet_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SlCandidatePage *self = SL_CANDIDATE_PAGE (widget);

  sl_packet_export (widget, self->store, g_variant_get_int64 (parameter), self->candidate_id);
}

static void
print_packet_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SlCandidatePage *self = SL_CANDIDATE_PAGE (widget);

  sl_packet_print (widget, self->store, g_variant_get_int64 (parameter), self->candidate_id);
}

/* How far the candidate meets each role's requirements, in the header:
 * "5 of 7 must-haves met · 3 of 6 nice-to-haves", and a knock-out mark
 * when a must-have is not met. */
static void
update_summaries (SlCandidatePage *self,
                  GPtrArray       *applications)
{
  sl_gui_remove_children (self->summary_box);

  for (guint i = 0; i < applications->len; i++)
    {
      SlApplication *application = g_ptr_array_index (applications, i);
      const SlChecklistSummary *checklist = sl_application_get_checklist (application);
      g_autofree char *counts = sl_checklist_summary_format (checklist);
      g_autofree char *text = NULL;
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *label;

      /* With one role, the role goes without saying. */
      if (applications->len > 1)
        /* Translators: a role, then how far a candidate meets its requirements */
        text = g_strdup_printf (_("%s: %s"), sl_application_get_role_title (application), counts);

      label = gtk_label_new (text != NULL ? text : counts);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (GTK_BOX (line), label);

      if (sl_checklist_summary_is_knocked_out (checklist))
        {
          GtkWidget *tag = gtk_label_new (_("Knock-out"));

          gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
          gtk_widget_set_tooltip_text (tag, _("A must-have requirement is not met"));
          gtk_widget_add_css_class (tag, "tag");
          gtk_widget_add_css_class (tag, "knocked-out");
          gtk_box_append (GTK_BOX (line), tag);
        }

      gtk_box_append (self->summary_box, line);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->summary_box), applications->len > 0);
}

static gboolean
summary_idle (gpointer user_data)
{
  SlCandidatePage *self = user_data;
  g_autoptr(GPtrArray) applications = NULL;

  self->summary_source = 0;

  applications = sl_store_list_candidate_applications (self->store, self->candidate_id, NULL);
  if (applications != NULL)
    update_summaries (self, applications);

  return G_SOURCE_REMOVE;
}

static void
reload_applications (SlCandidatePage *self)
{
  g_autoptr(GPtrArray) applications = NULL;
  g_autoptr(GError) error = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  sl_gui_remove_children (self->applications_box);
  sl_gui_remove_children (self->summary_box);
  update_packet_menu (self, NULL);

  if (self->candidate == NULL)
    return;

  applications = sl_store_list_candidate_applications (self->store, self->candidate_id, &error);
  if (applications == NULL)
    {
      sl_gui_show_error (GTK_WIDGET (self), error);
      return;
    }

  for (guint i = 0; i < applications->len; i++)
    {
      SlApplication *application = g_ptr_array_index (applications, i);

      gtk_box_append (self->applications_box, application_group_new (self, application, now));
      gtk_box_append (self->applications_box, sl_interviews_view_new (self->store, application));
      gtk_box_append (self->applications_box,
                      sl_checklist_view_new (self->store, sl_application_get_id (application)));
    }

  update_summaries (self, applications);

  gtk_widget_set_visible (GTK_WIDGET (self->no_roles_label), applications->len == 0);
  update_role_menu (self, applications);
  update_packet_menu (self, applications);
}

static void
reload (SlCandidatePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *added = NULL;
  const char *notes = NULL;

  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_object (&self->candidate);

  if (self->store != NULL && self->candidate_id > 0)
    {
      self->candidate = sl_store_get_candidate (self->store, self->candidate_id, &error);

      /* A candidate deleted just now: the window leaves the page. */
      if (self->candidate == NULL && !g_error_matches (error, SL_ERROR, SL_ERROR_NOT_FOUND))
        sl_gui_show_error (GTK_WIDGET (self), error);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "candidate.edit", self->candidate != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "candidate.delete", self->candidate != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "candidate.add-to-role", self->candidate != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "candidate.erase", self->candidate != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "candidate.show-history", self->candidate != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "candidate.export-subject", self->candidate != NULL);

  if (self->candidate != NULL)
    {
      subtitle = sl_gui_describe_work (self->candidate);
      added = sl_gui_format_date (sl_candidate_get_created (self->candidate));
      notes = sl_candidate_get_notes (self->candidate);
    }

  adw_window_title_set_title (self->window_title,
                              self->candidate != NULL ? sl_candidate_get_name (self->candidate) : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->candidate != NULL ? sl_candidate_get_name (self->candidate) : "",
                                  -1);
  gtk_label_set_label (self->name_label,
                       self->candidate != NULL ? sl_candidate_get_name (self->candidate) : "");
  gtk_label_set_label (self->headline_label, subtitle != NULL ? subtitle : "");
  gtk_widget_set_visible (GTK_WIDGET (self->headline_label), subtitle != NULL);

  set_field (self->email_row, self->candidate ? sl_candidate_get_email (self->candidate) : NULL);
  set_field (self->phone_row, self->candidate ? sl_candidate_get_phone (self->candidate) : NULL);
  set_field (self->location_row, self->candidate ? sl_candidate_get_location (self->candidate) : NULL);
  set_field (self->source_row, self->candidate ? sl_candidate_get_source (self->candidate) : NULL);
  set_field (self->added_row, added);

  gtk_label_set_label (self->notes_label, sl_gui_is_set (notes) ? notes : "");
  gtk_widget_set_visible (GTK_WIDGET (self->notes_group), sl_gui_is_set (notes));

  reload_applications (self);
}

static gboolean
reload_idle (gpointer user_data)
{
  SlCandidatePage *self = user_data;

  self->reload_source = 0;
  reload (self);

  return G_SOURCE_REMOVE;
}

static void
on_store_changed (SlCandidatePage *self,
                  const char      *what,
                  gint64           id,
                  SlStore         *store)
{
  if (self->candidate_id == 0 || g_strcmp0 (what, "market") == 0)
    return;

  /* A checklist and the interviews update themselves; only the header's
   * counts follow them. */
  if (g_strcmp0 (what, "assessment") == 0 || g_strcmp0 (what, "scorecard") == 0 ||
      g_strcmp0 (what, "person") == 0)
    {
      if (self->summary_source == 0)
        self->summary_source = g_idle_add (summary_idle, self);
      return;
    }

  /* Later, and once for a burst of changes; a change may come from a
   * drop-down of this page that is still handling its selection. */
  if (self->reload_source == 0)
    self->reload_source = g_idle_add (reload_idle, self);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SlCandidatePage *self = SL_CANDIDATE_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  SlCandidateDialog *dialog;

  g_return_if_fail (self->candidate != NULL);

  dialog = sl_candidate_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                    self->store, self->candidate, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SlCandidatePage *self = SL_CANDIDATE_PAGE (widget);
  g_autoptr(SlCandidate) candidate = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (self->candidate != NULL);

  candidate = g_object_ref (self->candidate);
  if (!sl_store_trash_candidate (self->store, sl_candidate_get_id (candidate), &error))
    {
      sl_gui_show_error (GTK_WIDGET (self), error);
      return;
    }

  g_signal_emit (self, signals[TRASHED], 0,
                 sl_candidate_get_id (candidate), sl_candidate_get_name (candidate));
}

static void
add_to_role_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SlCandidatePage *self = SL_CANDIDATE_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (sl_store_add_application (self->store, self->candidate_id,
                                g_variant_get_int64 (parameter), &error) == 0)
    sl_gui_show_error (GTK_WIDGET (self), error);
}

static void
sl_candidate_page_dispose (GObject *object)
{
  SlCandidatePage *self = SL_CANDIDATE_PAGE (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_handle_id (&self->summary_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), SL_TYPE_CANDIDATE_PAGE);

  g_clear_object (&self->candidate);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sl_candidate_page_parent_class)->dispose (object);
}

static void
sl_candidate_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SlCandidatePage *self = SL_CANDIDATE_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_CANDIDATE_ID:
      g_value_set_int64 (value, self->candidate_id);
      break;

    case PROP_FOLDED:
      g_value_set_boolean (value, self->folded);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_candidate_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SlCandidatePage *self = SL_CANDIDATE_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      sl_candidate_page_set_store (self, g_value_get_object (value));
      break;

    case PROP_CANDIDATE_ID:
      sl_candidate_page_set_candidate_id (self, g_value_get_int64 (value));
      break;

    case PROP_FOLDED:
      if (self->folded != g_value_get_boolean (value))
        {
          self->folded = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_candidate_page_class_init (SlCandidatePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sl_candidate_page_dispose;
  object_class->get_property = sl_candidate_page_get_property;
  object_class->set_property = sl_candidate_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SL_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CANDIDATE_ID] =
    g_param_spec_int64 ("candidate-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SlCandidatePage::trashed:
   * @candidate_id: the candidate's id
   * @name: the candidate's name
   *
   * Emitted after the candidate was deleted in a way that can be undone
   * with sl_store_restore_candidate().
   */
  signals[TRASHED] =
    g_signal_new ("trashed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/sl-candidate-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SlCandidatePage, window_title);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatePage, name_label);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatePage, headline_label);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatePage, summary_box);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatePage, email_row);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatePage, phone_row);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatePage, location_row);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatePage, source_row);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatePage, added_row);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatePage, notes_group);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatePage, notes_label);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatePage, add_role_button);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatePage, no_roles_label);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatePage, applications_box);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatePage, packet_section);

  gtk_widget_class_install_action (widget_class, "candidate.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "candidate.delete", NULL, delete_action);
  sl_candidate_page_class_add_privacy_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "candidate.add-to-role", "x", add_to_role_action);
  gtk_widget_class_install_action (widget_class, "candidate.export-packet", "x", export_packet_action);
  gtk_widget_class_install_action (widget_class, "candidate.print-packet", "x", print_packet_action);
}

static void
sl_candidate_page_init (SlCandidatePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "candidate.edit", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "candidate.delete", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "candidate.add-to-role", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "candidate.erase", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "candidate.show-history", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "candidate.export-subject", FALSE);
}

SlStore *
sl_candidate_page_get_store (SlCandidatePage *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE_PAGE (self), NULL);

  return self->store;
}

void
sl_candidate_page_set_store (SlCandidatePage *self,
                             SlStore         *store)
{
  g_return_if_fail (SL_IS_CANDIDATE_PAGE (self));
  g_return_if_fail (store == NULL || SL_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  g_set_object (&self->store, store);

  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self,
                             G_CONNECT_SWAPPED);

  reload (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gint64
sl_candidate_page_get_candidate_id (SlCandidatePage *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE_PAGE (self), 0);

  return self->candidate_id;
}

void
sl_candidate_page_set_candidate_id (SlCandidatePage *self,
                                    gint64           candidate_id)
{
  g_return_if_fail (SL_IS_CANDIDATE_PAGE (self));

  /* Read again even for the same id: the page may be shown anew after
   * an undo brought the candidate back. */
  self->candidate_id = candidate_id;
  reload (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CANDIDATE_ID]);
}
