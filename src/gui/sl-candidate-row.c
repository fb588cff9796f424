/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-candidate-row"

#include "config.h"

#include "sl-candidate-row.h"
#include "sl-gui-util.h"

/* A candidate in a list: the name, and what they do where. */

struct _SlCandidateRow
{
  GtkBox parent_instance;

  SlCandidate *candidate;

  GtkLabel *name_label;
  GtkLabel *details_label;
};

G_DEFINE_FINAL_TYPE (SlCandidateRow, sl_candidate_row, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_CANDIDATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What they do where, or else how to reach them. */
static char *
describe (SlCandidate *candidate)
{
  char *work = sl_gui_describe_work (candidate);

  if (work == NULL && sl_gui_is_set (sl_candidate_get_email (candidate)))
    work = g_strdup (sl_candidate_get_email (candidate));

  return work;
}

static void
sl_candidate_row_dispose (GObject *object)
{
  SlCandidateRow *self = SL_CANDIDATE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SL_TYPE_CANDIDATE_ROW);
  g_clear_object (&self->candidate);

  G_OBJECT_CLASS (sl_candidate_row_parent_class)->dispose (object);
}

static void
sl_candidate_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SlCandidateRow *self = SL_CANDIDATE_ROW (object);

  switch (prop_id)
    {
    case PROP_CANDIDATE:
      g_value_set_object (value, self->candidate);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_candidate_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SlCandidateRow *self = SL_CANDIDATE_ROW (object);

  switch (prop_id)
    {
    case PROP_CANDIDATE:
      sl_candidate_row_set_candidate (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_candidate_row_class_init (SlCandidateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sl_candidate_row_dispose;
  object_class->get_property = sl_candidate_row_get_property;
  object_class->set_property = sl_candidate_row_set_property;

  properties[PROP_CANDIDATE] =
    g_param_spec_object ("candidate", NULL, NULL,
                         SL_TYPE_CANDIDATE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/sl-candidate-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SlCandidateRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateRow, details_label);
}

static void
sl_candidate_row_init (SlCandidateRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sl_candidate_row_new (void)
{
  return g_object_new (SL_TYPE_CANDIDATE_ROW, NULL);
}

SlCandidate *
sl_candidate_row_get_candidate (SlCandidateRow *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE_ROW (self), NULL);

  return self->candidate;
}

void
sl_candidate_row_set_candidate (SlCandidateRow *self,
                                SlCandidate    *candidate)
{
  g_autofree char *details = NULL;

  g_return_if_fail (SL_IS_CANDIDATE_ROW (self));
  g_return_if_fail (candidate == NULL || SL_IS_CANDIDATE (candidate));

  if (!g_set_object (&self->candidate, candidate))
    return;

  if (candidate != NULL)
    {
      details = describe (candidate);
      gtk_label_set_label (self->name_label, sl_candidate_get_name (candidate));
      gtk_label_set_label (self->details_label, details != NULL ? details : "");
      gtk_widget_set_visible (GTK_WIDGET (self->details_label), details != NULL);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CANDIDATE]);
}
