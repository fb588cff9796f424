/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-matrix-row"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sl-gui-util.h"
#include "sl-matrix-row.h"

/* One candidate across a role's requirements: the name, the must-haves
 * met, and a cell per requirement with the symbol of its status. Each
 * cell is a button of its own, so that keyboards and screen readers reach
 * it, with what it says in words; activating one opens the candidate. */

struct _SlMatrixRow
{
  GtkWidget parent_instance;

  SlApplication *application;
  guint position;

  GtkWidget *name_box;
  GtkLabel *name_label;
  GtkLabel *stage_label;
  GtkWidget *count_box;
  GtkLabel *count_label;
  GtkImage *knockout_icon;
  GPtrArray *cells;   /* GtkButton*, one per requirement */
};

G_DEFINE_FINAL_TYPE (SlMatrixRow, sl_matrix_row, GTK_TYPE_WIDGET)

enum {
  CELL_FOCUSED,
  CELL_HOVERED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_cell_focus_enter (GtkEventControllerFocus *controller,
                     SlMatrixRow             *self)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  guint column;

  if (g_ptr_array_find (self->cells, cell, &column))
    g_signal_emit (self, signals[CELL_FOCUSED], 0, column);
}

static void
on_cell_pointer_enter (GtkEventControllerMotion *controller,
                       double                    x,
                       double                    y,
                       SlMatrixRow              *self)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  guint column;

  if (g_ptr_array_find (self->cells, cell, &column))
    g_signal_emit (self, signals[CELL_HOVERED], 0, column);
}

static GtkWidget *
cell_new (SlMatrixRow *self)
{
  GtkWidget *cell = gtk_button_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  gtk_button_set_child (GTK_BUTTON (cell), gtk_image_new ());
  gtk_widget_add_css_class (cell, "flat");
  gtk_widget_add_css_class (cell, "matrix-cell");

  g_signal_connect (focus, "enter", G_CALLBACK (on_cell_focus_enter), self);
  gtk_widget_add_controller (cell, focus);
  g_signal_connect (motion, "enter", G_CALLBACK (on_cell_pointer_enter), self);
  gtk_widget_add_controller (cell, motion);

  return cell;
}

static void
sl_matrix_row_dispose (GObject *object)
{
  SlMatrixRow *self = SL_MATRIX_ROW (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_object (&self->application);

  G_OBJECT_CLASS (sl_matrix_row_parent_class)->dispose (object);
}

static void
sl_matrix_row_class_init (SlMatrixRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sl_matrix_row_dispose;

  /**
   * SlMatrixRow::cell-focused:
   * @column: the requirement's index
   *
   * A cell of the row got the keyboard focus.
   */
  signals[CELL_FOCUSED] =
    g_signal_new ("cell-focused",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * SlMatrixRow::cell-hovered:
   * @column: the requirement's index
   *
   * The pointer moved onto a cell of the row.
   */
  signals[CELL_HOVERED] =
    g_signal_new ("cell-hovered",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "matrixrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_ROW);
}

static void
sl_matrix_row_init (SlMatrixRow *self)
{
  GtkWidget *box;

  self->cells = g_ptr_array_new ();

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (box, "matrix-name");
  self->name_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->name_label, 0);
  gtk_label_set_ellipsize (self->name_label, PANGO_ELLIPSIZE_END);
  /* Narrow by nature: the column's CSS width is the width of every row. */
  gtk_label_set_max_width_chars (self->name_label, 1);
  self->stage_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->stage_label, 0);
  gtk_label_set_ellipsize (self->stage_label, PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (self->stage_label, 1);
  gtk_widget_add_css_class (GTK_WIDGET (self->stage_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->stage_label), "dim-label");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->name_label));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stage_label));
  gtk_widget_set_parent (box, GTK_WIDGET (self));
  self->name_box = box;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 3);
  gtk_widget_add_css_class (box, "matrix-count");
  self->count_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "numeric");
  gtk_widget_set_hexpand (GTK_WIDGET (self->count_label), TRUE);
  gtk_label_set_xalign (self->count_label, 1);
  self->knockout_icon = GTK_IMAGE (gtk_image_new ());
  sl_gui_set_status_style (GTK_WIDGET (self->knockout_icon), SL_ASSESSMENT_NOT_MET);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->knockout_icon), _("Knock-out: a must-have is not met"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->count_label));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->knockout_icon));
  /* The count's label fills its column, but the column does not grow. */
  gtk_widget_set_hexpand (box, FALSE);
  gtk_widget_set_parent (box, GTK_WIDGET (self));
  self->count_box = box;
}

GtkWidget *
sl_matrix_row_new (void)
{
  return g_object_new (SL_TYPE_MATRIX_ROW, NULL);
}

/**
 * sl_matrix_row_set_application:
 * @application: (nullable): a candidate in the role, read with its
 *   statuses and evidence
 * @requirements: (element-type SlRequirement): the role's requirements, in
 *   the order of the statuses
 * @position: where the row stands in its list
 */
void
sl_matrix_row_set_application (SlMatrixRow   *self,
                               SlApplication *application,
                               GPtrArray     *requirements,
                               guint          position)
{
  const SlChecklistSummary *checklist;
  const char * const *evidence;
  g_autofree char *count = NULL;
  g_autofree char *count_label = NULL;
  const char *statuses;
  const char *name;
  guint n;

  g_return_if_fail (SL_IS_MATRIX_ROW (self));

  g_set_object (&self->application, application);
  self->position = position;
  if (application == NULL)
    return;

  name = sl_application_get_candidate_name (application);
  statuses = sl_application_get_statuses (application);
  evidence = sl_application_get_evidence (application);
  checklist = sl_application_get_checklist (application);
  n = MIN (requirements->len, statuses != NULL ? strlen (statuses) : 0);

  gtk_label_set_label (self->name_label, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_label_set_label (self->stage_label, sl_application_get_stage_name (application));

  /* Translators: must-haves met, of how many, in a narrow column */
  count = g_strdup_printf (_("%u/%u"), checklist->must_met, checklist->must_total);
  gtk_label_set_label (self->count_label, count);
  gtk_widget_set_visible (GTK_WIDGET (self->knockout_icon),
                          sl_checklist_summary_is_knocked_out (checklist));
  count_label = sl_checklist_summary_format (checklist);
  gtk_widget_set_tooltip_text (self->count_box, count_label);

  while (self->cells->len < n)
    {
      GtkWidget *cell = cell_new (self);

      gtk_widget_set_parent (cell, GTK_WIDGET (self));
      g_ptr_array_add (self->cells, cell);
    }
  while (self->cells->len > n)
    {
      gtk_widget_unparent (g_ptr_array_index (self->cells, self->cells->len - 1));
      g_ptr_array_set_size (self->cells, self->cells->len - 1);
    }

  for (guint i = 0; i < n; i++)
    {
      const SlRequirement *requirement = g_ptr_array_index (requirements, i);
      GtkWidget *cell = g_ptr_array_index (self->cells, i);
      SlAssessmentStatus status = sl_assessment_status_from_code (statuses[i]);
      g_autofree char *description = NULL;

      description = sl_gui_describe_assessment (name, requirement->text, status,
                                                evidence != NULL ? evidence[i] : NULL);
      sl_gui_set_status_style (gtk_button_get_child (GTK_BUTTON (cell)), status);
      gtk_widget_set_tooltip_text (cell, description);
      gtk_accessible_update_property (GTK_ACCESSIBLE (cell),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                      -1);
      /* The target first: the action takes a candidate's id. */
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (cell),
                                              g_variant_new_int64 (sl_application_get_candidate_id (application)));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (cell), "win.show-candidate");
    }
}

guint
sl_matrix_row_get_position (SlMatrixRow *self)
{
  g_return_val_if_fail (SL_IS_MATRIX_ROW (self), 0);

  return self->position;
}

/**
 * sl_matrix_row_focus_cell:
 * @column: a requirement's index; past the end is the last
 *
 * Returns: whether a cell took the focus
 */
gboolean
sl_matrix_row_focus_cell (SlMatrixRow *self,
                          guint        column)
{
  g_return_val_if_fail (SL_IS_MATRIX_ROW (self), FALSE);

  if (self->cells->len == 0)
    return FALSE;

  return gtk_widget_grab_focus (g_ptr_array_index (self->cells, MIN (column, self->cells->len - 1)));
}

/**
 * sl_matrix_row_get_description:
 *
 * Returns: (nullable): what the cell in @column says, in words
 */
const char *
sl_matrix_row_get_description (SlMatrixRow *self,
                               guint        column)
{
  g_return_val_if_fail (SL_IS_MATRIX_ROW (self), NULL);

  if (column >= self->cells->len)
    return NULL;

  return gtk_widget_get_tooltip_text (g_ptr_array_index (self->cells, column));
}
