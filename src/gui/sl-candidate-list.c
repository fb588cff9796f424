/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-candidate-list"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-candidate-list.h"
#include "sl-candidate-row.h"

/* Candidates found by a search in the database, or a page that says why
 * there are none. All Candidates and the picker of a role show one; what
 * the empty page says is theirs to set. */

struct _SlCandidateList
{
  GtkBox parent_instance;

  SlStore *store;
  gint64 outside_role_id;
  char *search;
  char *empty_title;
  char *empty_description;
  char *no_results_description;

  GListModel *candidates;
  GtkNoSelection *selection;

  GtkStack *stack;
  GtkListView *list_view;
  AdwStatusPage *status_page;
};

G_DEFINE_FINAL_TYPE (SlCandidateList, sl_candidate_list, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_STORE,
  PROP_OUTSIDE_ROLE_ID,
  PROP_SEARCH,
  PROP_EMPTY_TITLE,
  PROP_EMPTY_DESCRIPTION,
  PROP_NO_RESULTS_DESCRIPTION,
  N_PROPS
};

enum {
  CANDIDATE_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
update_state (SlCandidateList *self)
{
  if (self->candidates != NULL && g_list_model_get_n_items (self->candidates) > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "list");
      return;
    }

  if (self->search != NULL)
    {
      adw_status_page_set_icon_name (self->status_page, "edit-find-symbolic");
      adw_status_page_set_title (self->status_page, _("No Results Found"));
      adw_status_page_set_description (self->status_page, self->no_results_description);
    }
  else
    {
      adw_status_page_set_icon_name (self->status_page, "system-users-symbolic");
      adw_status_page_set_title (self->status_page, self->empty_title);
      adw_status_page_set_description (self->status_page, self->empty_description);
    }

  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
on_items_changed (SlCandidateList *self,
                  guint            position,
                  guint            removed,
                  guint            added,
                  GListModel      *model)
{
  update_state (self);
}

/* A new SQL query per search text: the database filters, not GTK. The
 * model then follows the store's changes by itself. */
static void
reload (SlCandidateList *self)
{
  if (self->candidates != NULL)
    g_signal_handlers_disconnect_by_data (self->candidates, self);
  g_clear_object (&self->candidates);

  if (self->store != NULL && self->outside_role_id > 0)
    self->candidates = sl_store_list_candidates_outside_role (self->store, self->outside_role_id,
                                                              self->search);
  else if (self->store != NULL)
    self->candidates = sl_store_list_candidates (self->store, self->search);

  if (self->candidates != NULL)
    g_signal_connect_object (self->candidates, "items-changed",
                             G_CALLBACK (on_items_changed), self, G_CONNECT_SWAPPED);

  gtk_no_selection_set_model (self->selection, self->candidates);
  update_state (self);
}

static void
on_activate (SlCandidateList *self,
             guint            position,
             GtkListView     *view)
{
  g_autoptr(SlCandidate) candidate = NULL;

  if (self->candidates == NULL)
    return;

  candidate = g_list_model_get_item (self->candidates, position);
  if (candidate != NULL)
    g_signal_emit (self, signals[CANDIDATE_ACTIVATED], 0, candidate);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  gtk_list_item_set_child (item, sl_candidate_row_new ());
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  GtkWidget *row = gtk_list_item_get_child (item);
  SlCandidate *candidate = gtk_list_item_get_item (item);
  GtkWidget *item_widget = gtk_widget_get_parent (row);

  sl_candidate_row_set_candidate (SL_CANDIDATE_ROW (row), candidate);

  /* GTK 4.8 has no accessible label for list items; the row's container
   * is the item that screen readers and keyboard users land on. */
  if (item_widget != NULL && candidate != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (item_widget),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, sl_candidate_get_name (candidate),
                                    -1);
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  sl_candidate_row_set_candidate (SL_CANDIDATE_ROW (gtk_list_item_get_child (item)), NULL);
}

/* Replaces the string at @field; FALSE when it was the same. */
static gboolean
set_string (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);

  return TRUE;
}

/* For the properties that only change what the empty page says. */
static void
set_state_text (SlCandidateList *self,
                char           **field,
                const GValue    *value,
                GParamSpec      *pspec)
{
  if (!set_string (field, g_value_get_string (value)))
    return;

  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
sl_candidate_list_dispose (GObject *object)
{
  SlCandidateList *self = SL_CANDIDATE_LIST (object);

  if (self->candidates != NULL)
    g_signal_handlers_disconnect_by_data (self->candidates, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), SL_TYPE_CANDIDATE_LIST);

  g_clear_object (&self->selection);
  g_clear_object (&self->candidates);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sl_candidate_list_parent_class)->dispose (object);
}

static void
sl_candidate_list_finalize (GObject *object)
{
  SlCandidateList *self = SL_CANDIDATE_LIST (object);

  g_free (self->search);
  g_free (self->empty_title);
  g_free (self->empty_description);
  g_free (self->no_results_description);

  G_OBJECT_CLASS (sl_candidate_list_parent_class)->finalize (object);
}

static void
sl_candidate_list_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SlCandidateList *self = SL_CANDIDATE_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_OUTSIDE_ROLE_ID:
      g_value_set_int64 (value, self->outside_role_id);
      break;

    case PROP_SEARCH:
      g_value_set_string (value, self->search);
      break;

    case PROP_EMPTY_TITLE:
      g_value_set_string (value, self->empty_title);
      break;

    case PROP_EMPTY_DESCRIPTION:
      g_value_set_string (value, self->empty_description);
      break;

    case PROP_NO_RESULTS_DESCRIPTION:
      g_value_set_string (value, self->no_results_description);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_candidate_list_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SlCandidateList *self = SL_CANDIDATE_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      sl_candidate_list_set_store (self, g_value_get_object (value));
      break;

    case PROP_OUTSIDE_ROLE_ID:
      sl_candidate_list_set_outside_role_id (self, g_value_get_int64 (value));
      break;

    case PROP_SEARCH:
      sl_candidate_list_set_search (self, g_value_get_string (value));
      break;

    case PROP_EMPTY_TITLE:
      set_state_text (self, &self->empty_title, value, pspec);
      break;

    case PROP_EMPTY_DESCRIPTION:
      set_state_text (self, &self->empty_description, value, pspec);
      break;

    case PROP_NO_RESULTS_DESCRIPTION:
      set_state_text (self, &self->no_results_description, value, pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_candidate_list_class_init (SlCandidateListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sl_candidate_list_dispose;
  object_class->finalize = sl_candidate_list_finalize;
  object_class->get_property = sl_candidate_list_get_property;
  object_class->set_property = sl_candidate_list_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SL_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * SlCandidateList:outside-role-id:
   *
   * A role whose candidates the list leaves out, or 0 to list everyone.
   */
  properties[PROP_OUTSIDE_ROLE_ID] =
    g_param_spec_int64 ("outside-role-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * SlCandidateList:search: (nullable)
   *
   * Words the candidates listed must match, or %NULL for all of them.
   */
  properties[PROP_SEARCH] =
    g_param_spec_string ("search", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * SlCandidateList:empty-title:
   *
   * What the list says when there is no candidate and no search.
   */
  properties[PROP_EMPTY_TITLE] =
    g_param_spec_string ("empty-title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_EMPTY_DESCRIPTION] =
    g_param_spec_string ("empty-description", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * SlCandidateList:no-results-description:
   *
   * What the user can do when a search finds no one.
   */
  properties[PROP_NO_RESULTS_DESCRIPTION] =
    g_param_spec_string ("no-results-description", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SlCandidateList::candidate-activated:
   * @candidate: the #SlCandidate the user chose
   */
  signals[CANDIDATE_ACTIVATED] =
    g_signal_new ("candidate-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, SL_TYPE_CANDIDATE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/sl-candidate-list.ui");
  gtk_widget_class_bind_template_child (widget_class, SlCandidateList, stack);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateList, list_view);
  gtk_widget_class_bind_template_child (widget_class, SlCandidateList, status_page);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);
}

static void
sl_candidate_list_init (SlCandidateList *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), NULL);
  gtk_list_view_set_factory (self->list_view, factory);

  self->selection = gtk_no_selection_new (NULL);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  update_state (self);
}

SlStore *
sl_candidate_list_get_store (SlCandidateList *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE_LIST (self), NULL);

  return self->store;
}

void
sl_candidate_list_set_store (SlCandidateList *self,
                             SlStore         *store)
{
  g_return_if_fail (SL_IS_CANDIDATE_LIST (self));
  g_return_if_fail (store == NULL || SL_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  reload (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gint64
sl_candidate_list_get_outside_role_id (SlCandidateList *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE_LIST (self), 0);

  return self->outside_role_id;
}

void
sl_candidate_list_set_outside_role_id (SlCandidateList *self,
                                       gint64           role_id)
{
  g_return_if_fail (SL_IS_CANDIDATE_LIST (self));
  g_return_if_fail (role_id >= 0);

  if (self->outside_role_id == role_id)
    return;

  self->outside_role_id = role_id;
  reload (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTSIDE_ROLE_ID]);
}

const char *
sl_candidate_list_get_search (SlCandidateList *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE_LIST (self), NULL);

  return self->search;
}

/**
 * sl_candidate_list_set_search:
 * @search: (nullable): the words as typed; empty is no search
 */
void
sl_candidate_list_set_search (SlCandidateList *self,
                              const char      *search)
{
  g_return_if_fail (SL_IS_CANDIDATE_LIST (self));

  if (search != NULL && search[0] == '\0')
    search = NULL;

  if (!set_string (&self->search, search))
    return;

  reload (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
}

/**
 * sl_candidate_list_get_candidates:
 *
 * Returns: (transfer none) (nullable): the #SlCandidate list shown, for
 *   the current search
 */
GListModel *
sl_candidate_list_get_candidates (SlCandidateList *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE_LIST (self), NULL);

  return self->candidates;
}
