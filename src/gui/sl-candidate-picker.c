/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-candidate-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-candidate-dialog.h"
#include "sl-candidate-list.h"
#include "sl-candidate-picker-private.h"

/* Puts someone into a role: a candidate found by a search over everyone
 * not in it yet, or a new one. */

struct _SlCandidatePicker
{
  AdwWindow parent_instance;

  SlStore *store;
  gint64 role_id;

  AdwWindowTitle *window_title;
  GtkSearchEntry *search_entry;
  GtkLabel *error_label;
  SlCandidateList *candidate_list;
};

G_DEFINE_FINAL_TYPE (SlCandidatePicker, sl_candidate_picker, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_ROLE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_search_changed (SlCandidatePicker *self,
                   GtkSearchEntry    *entry)
{
  sl_candidate_list_set_search (self->candidate_list, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_candidate_activated (SlCandidatePicker *self,
                        SlCandidate       *candidate,
                        SlCandidateList   *list)
{
  g_autoptr(GError) error = NULL;

  if (sl_store_add_application (self->store, sl_candidate_get_id (candidate),
                                self->role_id, &error) == 0)
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
new_candidate_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SlCandidatePicker *self = SL_CANDIDATE_PICKER (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  SlCandidateDialog *dialog = sl_candidate_dialog_new (parent, self->store, NULL, self->role_id);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
sl_candidate_picker_constructed (GObject *object)
{
  SlCandidatePicker *self = SL_CANDIDATE_PICKER (object);
  g_autoptr(SlRole) role = NULL;

  G_OBJECT_CLASS (sl_candidate_picker_parent_class)->constructed (object);

  role = sl_store_get_role (self->store, self->role_id, NULL);
  if (role != NULL)
    {
      g_autofree char *subtitle = g_strdup_printf (_("To %s"), sl_role_get_title (role));
      adw_window_title_set_subtitle (self->window_title, subtitle);
    }

  /* Those in the role already are not offered again. */
  sl_candidate_list_set_outside_role_id (self->candidate_list, self->role_id);
  sl_candidate_list_set_store (self->candidate_list, self->store);
}

static void
sl_candidate_picker_dispose (GObject *object)
{
  SlCandidatePicker *self = SL_CANDIDATE_PICKER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SL_TYPE_CANDIDATE_PICKER);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (sl_candidate_picker_parent_class)->dispose (object);
}

static void
sl_candidate_picker_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SlCandidatePicker *self = SL_CANDIDATE_PICKER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_ROLE_ID:
      g_value_set_int64 (value, self->role_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_candidate_picker_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SlCandidatePicker *self = SL_CANDIDATE_PICKER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_ROLE_ID:
      self->role_id = g_value_get_int64 (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_candidate_picker_class_init (SlCandidatePickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sl_candidate_picker_constructed;
  object_class->dispose = sl_candidate_picker_dispose;
  object_class->get_property = sl_candidate_picker_get_property;
  object_class->set_property = sl_candidate_picker_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SL_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ROLE_ID] =
    g_param_spec_int64 ("role-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SL_TYPE_CANDIDATE_LIST);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/sl-candidate-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, SlCandidatePicker, window_title);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatePicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatePicker, error_label);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatePicker, candidate_list);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_candidate_activated);

  gtk_widget_class_install_action (widget_class, "picker.new-candidate", NULL, new_candidate_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sl_candidate_picker_init (SlCandidatePicker *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
}

/**
 * sl_candidate_picker_new:
 * @parent: (nullable): the window the picker belongs to
 * @role_id: the role to put the picked candidate into
 */
SlCandidatePicker *
sl_candidate_picker_new (GtkWindow *parent,
                         SlStore   *store,
                         gint64     role_id)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SL_IS_STORE (store), NULL);
  g_return_val_if_fail (role_id > 0, NULL);

  return g_object_new (SL_TYPE_CANDIDATE_PICKER,
                       "transient-for", parent,
                       "store", store,
                       "role-id", role_id,
                       NULL);
}

GListModel *
sl_candidate_picker_get_candidates (SlCandidatePicker *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE_PICKER (self), NULL);

  return sl_candidate_list_get_candidates (self->candidate_list);
}
