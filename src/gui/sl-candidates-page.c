/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-candidates-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-candidate-table.h"
#include "sl-candidates-export.h"
#include "sl-candidates-page.h"

/* Every candidate, in or out of a role, as a table searched and sorted by
 * the database. */

struct _SlCandidatesPage
{
  GtkBox parent_instance;

  gboolean folded;

  GtkSearchEntry *search_entry;
  SlCandidateTable *candidate_table;
};

G_DEFINE_FINAL_TYPE (SlCandidatesPage, sl_candidates_page, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_STORE,
  PROP_FOLDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_search_changed (SlCandidatesPage *self,
                   GtkSearchEntry   *entry)
{
  sl_candidate_table_set_search (self->candidate_table, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_candidate_activated (SlCandidatesPage *self,
                        SlCandidate      *candidate,
                        SlCandidateTable *table)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-candidate", "x",
                              sl_candidate_get_id (candidate));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SlCandidatesPage *self = SL_CANDIDATES_PAGE (widget);
  SlStore *store = sl_candidate_table_get_store (self->candidate_table);

  if (store != NULL)
    /* Translators: the suggested name of a file of every candidate */
    sl_candidates_export (widget, store, 0, _("Candidates"));
}

static void
sl_candidates_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SL_TYPE_CANDIDATES_PAGE);

  G_OBJECT_CLASS (sl_candidates_page_parent_class)->dispose (object);
}

static void
sl_candidates_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SlCandidatesPage *self = SL_CANDIDATES_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, sl_candidate_table_get_store (self->candidate_table));
      break;

    case PROP_FOLDED:
      g_value_set_boolean (value, self->folded);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_candidates_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SlCandidatesPage *self = SL_CANDIDATES_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      sl_candidates_page_set_store (self, g_value_get_object (value));
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
sl_candidates_page_class_init (SlCandidatesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sl_candidates_page_dispose;
  object_class->get_property = sl_candidates_page_get_property;
  object_class->set_property = sl_candidates_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SL_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SL_TYPE_CANDIDATE_TABLE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/sl-candidates-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SlCandidatesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SlCandidatesPage, candidate_table);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_candidate_activated);

  gtk_widget_class_install_action (widget_class, "candidates.export", NULL, export_action);
}

static void
sl_candidates_page_init (SlCandidatesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

SlStore *
sl_candidates_page_get_store (SlCandidatesPage *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATES_PAGE (self), NULL);

  return sl_candidate_table_get_store (self->candidate_table);
}

void
sl_candidates_page_set_store (SlCandidatesPage *self,
                              SlStore          *store)
{
  g_return_if_fail (SL_IS_CANDIDATES_PAGE (self));
  g_return_if_fail (store == NULL || SL_IS_STORE (store));

  if (sl_candidate_table_get_store (self->candidate_table) == store)
    return;

  sl_candidate_table_set_store (self->candidate_table, store);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * sl_candidates_page_get_candidates:
 *
 * Returns: (transfer none) (nullable): the #SlCandidate list the page
 *   shows, for the current search
 */
GListModel *
sl_candidates_page_get_candidates (SlCandidatesPage *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATES_PAGE (self), NULL);

  return sl_candidate_table_get_candidates (self->candidate_table);
}

void
sl_candidates_page_focus_search (SlCandidatesPage *self)
{
  g_return_if_fail (SL_IS_CANDIDATES_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Where the table scrolls, for moving through all of it. */
GtkScrolledWindow *
sl_candidates_page_get_scrolled_window (SlCandidatesPage *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATES_PAGE (self), NULL);

  return sl_candidate_table_get_scrolled_window (self->candidate_table);
}
