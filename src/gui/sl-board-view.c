/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-board-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sl-board-view.h"
#include "sl-funnel-view.h"
#include "sl-gui-util.h"

/* A role's pipeline as a board: a column per stage, a card per candidate.
 * Each column is a list read from the database as it scrolls, so a stage
 * of ten thousand candidates costs the cards on screen. A card moves to
 * another stage by dragging it onto that column, or from the keyboard by
 * its Move to menu; both go through role.move-application, which asks for
 * a reason when the stage is a rejection. Enter on a card opens the
 * candidate. Beside the board, the same pipeline as a funnel: how many
 * reached each stage, and how long they stayed. */

#define COLUMN_WIDTH 272

typedef struct
{
  SlBoardView *board;
  gint64 stage_id;
  char *stage_name;
  GListModel *applications;
  GtkLabel *count_label;
  GtkWidget *box;
} Column;

struct _SlBoardView
{
  GtkBox parent_instance;

  SlStore *store;
  gint64 role_id;
  gboolean stale;          /* the role changed while the board was hidden */

  GListModel *stages;
  GPtrArray *columns;      /* Column */

  GtkBox *columns_box;
  GtkStack *stack;
  AdwStatusPage *status_page;
  GtkStack *mode_stack;      /* the board, or the funnel */
  GtkToggleButton *board_button;
  SlFunnelView *funnel_view;
};

G_DEFINE_FINAL_TYPE (SlBoardView, sl_board_view, GTK_TYPE_BOX)

static void
column_free (Column *column)
{
  if (column->applications != NULL)
    g_signal_handlers_disconnect_by_data (column->applications, column);
  g_clear_object (&column->applications);
  g_free (column->stage_name);
  g_free (column);
}

static void
update_count (Column *column)
{
  guint n = g_list_model_get_n_items (column->applications);
  g_autofree char *count = g_strdup_printf ("%u", n);
  g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                         "%s: %u candidate",
                                                         "%s: %u candidates", n),
                                            column->stage_name, n);

  gtk_label_set_label (column->count_label, count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (column->box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
on_column_items_changed (GListModel *model,
                         guint       position,
                         guint       removed,
                         guint       added,
                         Column     *column)
{
  update_count (column);
}

/* A card: what the recruiter needs at a glance. */
static char *
describe_score (SlApplication *application)
{
  double score = sl_application_get_mean_score (application);

  if (isnan (score))
    return NULL;
  if (score < 0)
    return g_strdup (_("Scores hidden until you submit yours"));

  /* Translators: the mean overall recommendation on the 4-point scale */
  return g_strdup_printf (_("Mean score %.1f"), score);
}

static char *
describe_days (SlApplication *application)
{
  guint days = sl_application_get_days_in_stage (application, g_get_real_time () / G_USEC_PER_SEC);

  if (days == 0)
    return g_strdup (_("Since today"));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day in stage", "%u days in stage", days), days);
}

static void
create_card_menu (GtkMenuButton *button,
                  gpointer       user_data)
{
  SlBoardView *self = user_data;
  SlApplication *application = g_object_get_data (G_OBJECT (button), "application");
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();

  if (application == NULL || self->stages == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (self->stages); i++)
    {
      g_autoptr(SlStage) stage = g_list_model_get_item (self->stages, i);
      g_autoptr(GMenuItem) item = NULL;

      if (sl_stage_get_id (stage) == sl_application_get_stage_id (application))
        continue;

      item = g_menu_item_new (sl_stage_get_name (stage), NULL);
      g_menu_item_set_action_and_target_value (item, "role.move-application",
                                               g_variant_new ("(xx)", sl_application_get_id (application),
                                                              sl_stage_get_id (stage)));
      g_menu_append_item (section, item);
    }

  g_menu_append_section (menu, _("Move to Stage"), G_MENU_MODEL (section));
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static GdkContentProvider *
on_drag_prepare (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *card)
{
  SlApplication *application = g_object_get_data (G_OBJECT (card), "application");

  if (application == NULL)
    return NULL;

  return gdk_content_provider_new_typed (G_TYPE_INT64, sl_application_get_id (application));
}

static void
on_drag_begin (GtkDragSource *source,
               GdkDrag       *drag,
               GtkWidget     *card)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (card);

  gtk_drag_source_set_icon (source, paintable, 12, 12);
}

static void
setup_card (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            SlBoardView              *self)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *button = gtk_menu_button_new ();
  GtkDragSource *drag = gtk_drag_source_new ();
  const char *names[] = { "name", "headline", "days", "checklist", "score", "reason" };

  gtk_widget_add_css_class (card, "board-card");
  gtk_widget_add_css_class (card, "card");
  gtk_widget_set_hexpand (text, TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkWidget *label = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      /* The checklist and the reason wrap; the rest is one line each. */
      gtk_label_set_wrap (GTK_LABEL (label), i == 3 || i == 5);
      gtk_label_set_ellipsize (GTK_LABEL (label), i == 3 || i == 5 ? PANGO_ELLIPSIZE_NONE : PANGO_ELLIPSIZE_END);
      if (i == 0)
        gtk_widget_add_css_class (label, "heading");
      else if (i == 1)
        gtk_widget_add_css_class (label, "dim-label");
      else
        gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (text), label);
      g_object_set_data (G_OBJECT (card), names[i], label);
    }

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "mail-forward-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Move to Stage"));
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_card_menu, self, NULL);
  g_object_set_data (G_OBJECT (card), "button", button);

  gtk_box_append (GTK_BOX (card), text);
  gtk_box_append (GTK_BOX (card), button);

  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (on_drag_prepare), card);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), card);
  gtk_widget_add_controller (card, GTK_EVENT_CONTROLLER (drag));

  gtk_list_item_set_child (item, card);
}

static void
set_card_label (GtkWidget  *card,
                const char *name,
                const char *text)
{
  GtkLabel *label = g_object_get_data (G_OBJECT (card), name);

  gtk_label_set_label (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && text[0] != '\0');
}

static void
bind_card (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           SlBoardView              *self)
{
  GtkWidget *card = gtk_list_item_get_child (item);
  SlApplication *application = gtk_list_item_get_item (item);
  GtkMenuButton *button = g_object_get_data (G_OBJECT (card), "button");
  g_autofree char *days = NULL;
  g_autofree char *checklist = NULL;
  g_autofree char *score = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *move_label = NULL;
  g_autofree char *description = NULL;
  GtkWidget *item_widget = gtk_widget_get_parent (card);

  g_object_set_data_full (G_OBJECT (card), "application", g_object_ref (application), g_object_unref);
  g_object_set_data (G_OBJECT (button), "application", application);
  gtk_menu_button_set_menu_model (button, NULL);

  days = describe_days (application);
  checklist = sl_checklist_summary_format (sl_application_get_checklist (application));
  if (sl_checklist_summary_is_knocked_out (sl_application_get_checklist (application)))
    {
      char *marked = g_strdup_printf (_("%s · Knock-out"), checklist);

      g_free (checklist);
      checklist = marked;
    }
  score = describe_score (application);
  if (sl_application_get_rejection_reason (application) != NULL)
    reason = g_strdup_printf (_("Reason: %s"), sl_application_get_rejection_reason (application));

  set_card_label (card, "name", sl_application_get_candidate_name (application));
  set_card_label (card, "headline", sl_application_get_candidate_headline (application));
  set_card_label (card, "days", days);
  set_card_label (card, "checklist", checklist);
  set_card_label (card, "score", score);
  set_card_label (card, "reason", reason);

  move_label = g_strdup_printf (_("Move %s to Another Stage"), sl_application_get_candidate_name (application));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, move_label, -1);

  /* GTK 4.8 gives list items no label of their own; the item is what
   * keyboard and screen reader users land on. */
  description = g_strjoin (", ", sl_application_get_candidate_name (application), days, checklist,
                           score != NULL ? score : reason, NULL);
  if (item_widget != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (item_widget),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                    -1);
}

static void
unbind_card (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             SlBoardView              *self)
{
  GtkWidget *card = gtk_list_item_get_child (item);

  g_object_set_data (G_OBJECT (g_object_get_data (G_OBJECT (card), "button")), "application", NULL);
  g_object_set_data (G_OBJECT (card), "application", NULL);
}

static void
on_card_activated (GtkListView *view,
                   guint        position,
                   Column      *column)
{
  g_autoptr(SlApplication) application = g_list_model_get_item (column->applications, position);

  if (application != NULL)
    gtk_widget_activate_action (GTK_WIDGET (view), "win.show-candidate", "x",
                                sl_application_get_candidate_id (application));
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         Column        *column)
{
  gint64 application_id = g_value_get_int64 (value);

  return gtk_widget_activate_action (column->box, "role.move-application", "(xx)",
                                     application_id, column->stage_id);
}

static GtkWidget *
column_widget_new (SlBoardView *self,
                   Column      *column)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (column->stage_name);
  GtkWidget *count = gtk_label_new (NULL);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *list;
  GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);
  g_autofree char *list_label = g_strdup_printf (_("Candidates in %s"), column->stage_name);

  gtk_widget_set_size_request (box, COLUMN_WIDTH, -1);
  gtk_widget_add_css_class (box, "board-column");
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, column->stage_name, -1);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "numeric");
  gtk_widget_set_margin_start (header, 6);
  gtk_widget_set_margin_end (header, 6);
  gtk_box_append (GTK_BOX (header), title);
  gtk_box_append (GTK_BOX (header), count);
  gtk_box_append (GTK_BOX (box), header);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_card), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_card), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_card), self);
  list = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (column->applications))),
                            factory);
  gtk_widget_add_css_class (list, "board-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, list_label, -1);
  g_signal_connect (list, "activate", G_CALLBACK (on_card_activated), column);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (box), scroller);

  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), column);
  gtk_widget_add_controller (box, GTK_EVENT_CONTROLLER (drop));

  column->box = box;
  column->count_label = GTK_LABEL (count);

  return box;
}

static void
clear_columns (SlBoardView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->columns_box))) != NULL)
    gtk_box_remove (self->columns_box, child);
  g_ptr_array_set_size (self->columns, 0);
  g_clear_object (&self->stages);
}

static void
reload (SlBoardView *self)
{
  g_autoptr(GError) error = NULL;
  gint64 viewer;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }

  self->stale = FALSE;
  clear_columns (self);

  if (self->store == NULL || self->role_id <= 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  self->stages = sl_store_list_stages (self->store, self->role_id, &error);
  if (self->stages == NULL)
    {
      sl_gui_show_error (GTK_WIDGET (self), error);
      return;
    }

  viewer = sl_store_get_actor_person (self->store);
  for (guint i = 0; i < g_list_model_get_n_items (self->stages); i++)
    {
      g_autoptr(SlStage) stage = g_list_model_get_item (self->stages, i);
      Column *column = g_new0 (Column, 1);

      column->board = self;
      column->stage_id = sl_stage_get_id (stage);
      column->stage_name = g_strdup (sl_stage_get_name (stage));
      column->applications = sl_store_list_stage_applications (self->store, self->role_id,
                                                               column->stage_id, viewer);
      g_signal_connect (column->applications, "items-changed", G_CALLBACK (on_column_items_changed), column);
      g_ptr_array_add (self->columns, column);

      gtk_box_append (self->columns_box, column_widget_new (self, column));
      update_count (column);
    }

  gtk_stack_set_visible_child_name (self->stack, self->columns->len > 0 ? "board" : "empty");
}

static void
on_store_changed (SlBoardView *self,
                  const char  *what,
                  gint64       id,
                  SlStore     *store)
{
  /* The columns follow their candidates by themselves; the stages change
   * with the role. */
  if (g_strcmp0 (what, "role") == 0 || g_strcmp0 (what, "outside") == 0)
    reload (self);
}

static void
on_mode_toggled (SlBoardView     *self,
                 GtkToggleButton *button)
{
  gtk_stack_set_visible_child_name (self->mode_stack,
                                    gtk_toggle_button_get_active (self->board_button) ? "board" : "funnel");
}

static GtkWidget *
mode_button_new (const char *label,
                 const char *tooltip)
{
  GtkWidget *button = gtk_toggle_button_new_with_mnemonic (label);

  gtk_widget_set_tooltip_text (button, tooltip);
  return button;
}

static void
sl_board_view_map (GtkWidget *widget)
{
  SlBoardView *self = SL_BOARD_VIEW (widget);

  GTK_WIDGET_CLASS (sl_board_view_parent_class)->map (widget);

  if (self->stale)
    reload (self);
}

static void
sl_board_view_dispose (GObject *object)
{
  SlBoardView *self = SL_BOARD_VIEW (object);

  sl_gui_follow_store (self, &self->store, NULL, G_CALLBACK (on_store_changed));
  if (self->columns != NULL)
    clear_columns (self);

  G_OBJECT_CLASS (sl_board_view_parent_class)->dispose (object);
}

static void
sl_board_view_finalize (GObject *object)
{
  g_clear_pointer (&SL_BOARD_VIEW (object)->columns, g_ptr_array_unref);

  G_OBJECT_CLASS (sl_board_view_parent_class)->finalize (object);
}

static void
sl_board_view_class_init (SlBoardViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sl_board_view_dispose;
  object_class->finalize = sl_board_view_finalize;
  widget_class->map = sl_board_view_map;

  gtk_widget_class_set_css_name (widget_class, "board");
}

static void
sl_board_view_init (SlBoardView *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *status = adw_status_page_new ();
  GtkWidget *modes = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *funnel_button;

  self->columns = g_ptr_array_new_with_free_func ((GDestroyNotify) column_free);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);

  self->columns_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12));
  gtk_widget_set_margin_start (GTK_WIDGET (self->columns_box), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->columns_box), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->columns_box), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->columns_box), 12);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->columns_box));

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "view-grid-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Stages"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status), _("This role has no pipeline stages"));
  self->status_page = ADW_STATUS_PAGE (status);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_stack_add_named (self->stack, scroller, "board");
  gtk_stack_add_named (self->stack, status, "empty");

  /* Board or funnel, as linked toggles above them. */
  self->board_button = GTK_TOGGLE_BUTTON (mode_button_new (_("_Board"), _("A Column per Stage")));
  funnel_button = mode_button_new (_("_Funnel"), _("How Many Reached Each Stage, and How Long They Stayed"));
  gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (funnel_button), self->board_button);
  gtk_toggle_button_set_active (self->board_button, TRUE);
  g_signal_connect_swapped (self->board_button, "toggled", G_CALLBACK (on_mode_toggled), self);
  gtk_widget_add_css_class (modes, "linked");
  gtk_widget_set_halign (modes, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (modes, 12);
  gtk_box_append (GTK_BOX (modes), GTK_WIDGET (self->board_button));
  gtk_box_append (GTK_BOX (modes), funnel_button);
  gtk_box_append (GTK_BOX (self), modes);

  self->funnel_view = SL_FUNNEL_VIEW (sl_funnel_view_new ());
  gtk_widget_set_margin_start (GTK_WIDGET (self->funnel_view), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->funnel_view), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->funnel_view), 12);

  self->mode_stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->mode_stack), TRUE);
  gtk_stack_add_named (self->mode_stack, GTK_WIDGET (self->stack), "board");
  gtk_stack_add_named (self->mode_stack, GTK_WIDGET (self->funnel_view), "funnel");
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->mode_stack));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Pipeline board"), -1);
}

GtkWidget *
sl_board_view_new (void)
{
  return g_object_new (SL_TYPE_BOARD_VIEW, NULL);
}

void
sl_board_view_set_role (SlBoardView *self,
                        SlStore     *store,
                        gint64       role_id)
{
  g_return_if_fail (SL_IS_BOARD_VIEW (self));
  g_return_if_fail (store == NULL || SL_IS_STORE (store));

  sl_gui_follow_store (self, &self->store, store, G_CALLBACK (on_store_changed));
  self->role_id = role_id;
  reload (self);

  sl_funnel_view_set_store (self->funnel_view, store);
  sl_funnel_view_set_role (self->funnel_view, role_id);
}

/* The candidates of the column of @stage_id, for tests; NULL when the
 * board has no such column. */
GListModel *
sl_board_view_get_stage_model (SlBoardView *self,
                               gint64       stage_id)
{
  g_return_val_if_fail (SL_IS_BOARD_VIEW (self), NULL);

  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = g_ptr_array_index (self->columns, i);

      if (column->stage_id == stage_id)
        return column->applications;
    }

  return NULL;
}
