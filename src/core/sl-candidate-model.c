/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-candidate-model.c: the whole talent pool as a list, searched and
 * sorted by the database away from the main thread */

#define G_LOG_DOMAIN "shortlist-candidate-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-candidate-model.h"
#include "sl-store-private.h"

/* A GListModel of every candidate, for a table of 100,000 of them that
 * filters as one types and sorts by any column.
 *
 * A search or a sort runs in a thread of its own, on a read-only
 * connection of its own, and gives the ids of the matching candidates in
 * order: a few hundred kilobytes for the whole pool. Only when it is done
 * does the model change, in one items-changed; a search typed over
 * cancels the one before, which the database then stops at once. Rows
 * themselves are read on the main thread a page at a time, by id, when a
 * view scrolls to them, which costs the same at the end of the list as at
 * its start. */

#define PAGE_SIZE 64
#define MAX_PAGES 64

/* How many virtual machine steps SQLite takes between looks at the
 * cancellable. */
#define CANCEL_CHECK_STEPS 1000

struct _SlCandidateModel
{
  GObject parent_instance;

  SlStore *store;
  char *search;
  SlCandidateSort sort;
  gboolean descending;

  GArray *ids;           /* gint64, in the order shown */
  GHashTable *pages;     /* page number → GPtrArray of SlCandidate */
  GQueue lru;            /* page numbers, most recently used first */

  struct _Ordering *ordering;  /* of every candidate, for searches; NULL until made */
  gboolean ordering_stale;     /* the data changed since it was made */
  GCancellable *cancellable;   /* of the query running, if any */
  guint refresh_source;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SlCandidateModel, sl_candidate_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_LOADING,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const sort_columns[SL_CANDIDATE_N_SORTS] = {
  [SL_CANDIDATE_SORT_NAME] = "c.name COLLATE NOCASE",
  [SL_CANDIDATE_SORT_HEADLINE] = "c.headline COLLATE NOCASE",
  [SL_CANDIDATE_SORT_COMPANY] = "c.company COLLATE NOCASE",
  [SL_CANDIDATE_SORT_LOCATION] = "c.location COLLATE NOCASE",
  [SL_CANDIDATE_SORT_EMAIL] = "c.email COLLATE NOCASE",
  [SL_CANDIDATE_SORT_SOURCE] = "c.source COLLATE NOCASE",
  [SL_CANDIDATE_SORT_ADDED] = "c.created_at",
};

/* Every candidate in one order, and where each stands in it: made by
 * one query when the order or the data changes, then shared, never
 * changed, by the searches that follow. */
typedef struct _Ordering
{
  gatomicrefcount ref_count;
  SlCandidateSort sort;
  gboolean descending;
  GArray *ids;          /* gint64, in order */
  guint32 *positions;   /* by id: the position in ids plus one; 0 when not listed */
  gint64 max_id;
} Ordering;

static Ordering *
ordering_ref (Ordering *ordering)
{
  g_atomic_ref_count_inc (&ordering->ref_count);
  return ordering;
}

static void
ordering_unref (Ordering *ordering)
{
  if (!g_atomic_ref_count_dec (&ordering->ref_count))
    return;

  g_array_unref (ordering->ids);
  g_free (ordering->positions);
  g_free (ordering);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Ordering, ordering_unref)

static const char search_sql[] = "SELECT rowid FROM candidates_fts WHERE candidates_fts MATCH ?";

static char *
build_order_query (SlCandidateSort sort,
                   gboolean        descending)
{
  const char *direction = descending ? " DESC" : "";

  /* Empty values last whichever the direction, then by name and id, so
   * that the order is the same every time. Names are never empty. */
  if (sort == SL_CANDIDATE_SORT_NAME)
    return g_strdup_printf ("SELECT c.id FROM candidates c WHERE c.deleted_at IS NULL "
                            "ORDER BY c.name COLLATE NOCASE%s, c.id%s",
                            direction, direction);

  return g_strdup_printf ("SELECT c.id FROM candidates c WHERE c.deleted_at IS NULL "
                          "ORDER BY %s IS NULL, %s%s, c.name COLLATE NOCASE%s, c.id%s",
                          sort_columns[sort], sort_columns[sort], direction, direction, direction);
}

/**
 * sl_candidate_model_build_query:
 * @fts_query: (out) (transfer full) (nullable): what to bind to the
 *   statement's one parameter, or %NULL when @search has no words
 *
 * A search asks the full-text index for the ids that match, then puts
 * them in the order of the list without asking the database again.
 *
 * Returns: (transfer full) (nullable): the SQL that finds the ids of the
 *   candidates matching @search, or %NULL when it has no words
 */
char *
sl_candidate_model_build_query (const char  *search,
                                char       **fts_query)
{
  g_return_val_if_fail (fts_query != NULL, NULL);

  *fts_query = sl_store_fts_query (search);
  if (*fts_query == NULL)
    return NULL;

  return g_strdup (search_sql);
}

typedef struct
{
  char *path;
  SlCandidateSort sort;
  gboolean descending;
  char *fts_query;
  Ordering *ordering;   /* the one to use, or NULL to make it */
} Query;

typedef struct
{
  Ordering *ordering;
  GArray *ids;
} Answer;

static void
query_free (Query *query)
{
  g_free (query->path);
  g_free (query->fts_query);
  g_clear_pointer (&query->ordering, ordering_unref);
  g_free (query);
}

static void
answer_free (Answer *answer)
{
  g_clear_pointer (&answer->ordering, ordering_unref);
  g_clear_pointer (&answer->ids, g_array_unref);
  g_free (answer);
}

static int
check_cancelled (void *data)
{
  return g_cancellable_is_cancelled (data);
}

/* Steps @sql to its end, collecting the ids of its first column. */
static GArray *
collect_ids (sqlite3    *db,
             const char *sql,
             const char *text,
             int        *rc)
{
  g_autoptr(GArray) ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), 1024);
  sqlite3_stmt *stmt = NULL;

  *rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (*rc != SQLITE_OK)
    return NULL;

  if (text != NULL)
    sqlite3_bind_text (stmt, 1, text, -1, SQLITE_STATIC);

  while ((*rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_finalize (stmt);

  return *rc == SQLITE_DONE ? g_steal_pointer (&ids) : NULL;
}

static Ordering *
make_ordering (sqlite3         *db,
               SlCandidateSort  sort,
               gboolean         descending,
               int             *rc)
{
  g_autofree char *sql = build_order_query (sort, descending);
  g_autoptr(GArray) ids = collect_ids (db, sql, NULL, rc);
  Ordering *ordering;

  if (ids == NULL)
    return NULL;

  ordering = g_new0 (Ordering, 1);
  g_atomic_ref_count_init (&ordering->ref_count);
  ordering->sort = sort;
  ordering->descending = descending;
  for (guint i = 0; i < ids->len; i++)
    ordering->max_id = MAX (ordering->max_id, g_array_index (ids, gint64, i));
  ordering->positions = g_new0 (guint32, ordering->max_id + 1);
  for (guint i = 0; i < ids->len; i++)
    ordering->positions[g_array_index (ids, gint64, i)] = i + 1;
  ordering->ids = g_steal_pointer (&ids);

  return ordering;
}

/* The ids @matches has, in the order of @ordering: each marks its
 * position in a bitmap, which is then read from the start. Matches not in
 * the ordering, such as deleted candidates, are left out. */
static GArray *
put_in_order (Ordering *ordering,
              GArray   *matches)
{
  guint n_words = (ordering->ids->len + 63) / 64;
  g_autofree guint64 *marked = g_new0 (guint64, n_words);
  GArray *ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), matches->len);

  for (guint i = 0; i < matches->len; i++)
    {
      gint64 id = g_array_index (matches, gint64, i);
      guint32 position;

      if (id <= 0 || id > ordering->max_id || (position = ordering->positions[id]) == 0)
        continue;
      marked[(position - 1) / 64] |= G_GUINT64_CONSTANT (1) << ((position - 1) % 64);
    }

  for (guint w = 0; w < n_words; w++)
    for (guint64 word = marked[w]; word != 0; word &= word - 1)
      {
        guint position = w * 64 + __builtin_ctzll (word);
        g_array_append_val (ids, g_array_index (ordering->ids, gint64, position));
      }

  return ids;
}

static void
run_query (GTask        *task,
           gpointer      source_object,
           gpointer      task_data,
           GCancellable *cancellable)
{
  Query *query = task_data;
  g_autoptr(Ordering) ordering = query->ordering != NULL ? ordering_ref (query->ordering) : NULL;
  g_autoptr(GArray) matches = NULL;
  Answer *answer;
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (query->path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, 5000);
      sqlite3_progress_handler (db, CANCEL_CHECK_STEPS, check_cancelled, cancellable);

      if (ordering == NULL)
        ordering = make_ordering (db, query->sort, query->descending, &rc);

      if (ordering != NULL && query->fts_query != NULL)
        matches = collect_ids (db, search_sql, query->fts_query, &rc);
    }

  if (g_cancellable_is_cancelled (cancellable))
    g_task_return_error_if_cancelled (task);
  else if (ordering == NULL || (query->fts_query != NULL && matches == NULL))
    g_task_return_new_error (task, SL_ERROR, SL_ERROR_FAILED,
                             _("Could not search the candidates: %s"),
                             db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
  else
    {
      answer = g_new0 (Answer, 1);
      answer->ids = matches != NULL ? put_in_order (ordering, matches) : g_array_ref (ordering->ids);
      answer->ordering = g_steal_pointer (&ordering);
      g_task_return_pointer (task, answer, (GDestroyNotify) answer_free);
    }

  sqlite3_close (db);
}

static void
set_loading (SlCandidateModel *self,
             GCancellable     *cancellable)
{
  gboolean was_loading = self->cancellable != NULL;

  g_clear_object (&self->cancellable);
  self->cancellable = cancellable;

  if (was_loading != (cancellable != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
weak_ref_free (GWeakRef *ref)
{
  g_weak_ref_clear (ref);
  g_free (ref);
}

/* The task holds the model only weakly, so that a model let go of is
 * gone at once with its store, not when its last query ends. */
static void
on_query_done (GObject      *source_object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(SlCandidateModel) self = g_weak_ref_get (user_data);
  g_autoptr(GError) error = NULL;
  Answer *answer = g_task_propagate_pointer (G_TASK (result), &error);
  g_autoptr(GArray) ids = NULL;
  guint old_n_items;

  weak_ref_free (user_data);

  if (self == NULL)
    {
      g_clear_pointer (&answer, answer_free);
      return;
    }

  if (answer == NULL)
    {
      /* A newer query took over, and will tell. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      g_warning ("%s", error->message);
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    }
  else
    {
      ids = g_steal_pointer (&answer->ids);

      /* Kept for the searches after, unless the data changed meanwhile. */
      if (!self->ordering_stale)
        {
          g_clear_pointer (&self->ordering, ordering_unref);
          self->ordering = g_steal_pointer (&answer->ordering);
        }
      answer_free (answer);
    }

  set_loading (self, NULL);

  g_hash_table_remove_all (self->pages);
  g_queue_clear (&self->lru);

  old_n_items = self->ids->len;
  g_array_unref (self->ids);
  self->ids = g_steal_pointer (&ids);

  if (old_n_items > 0 || self->ids->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n_items, self->ids->len);
  if (old_n_items != self->ids->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/**
 * sl_candidate_model_refresh:
 *
 * Asks the database again for the candidates, in the background; the
 * model changes when the answer comes. A refresh running is cancelled.
 */
void
sl_candidate_model_refresh (SlCandidateModel *self)
{
  g_autoptr(GTask) task = NULL;
  GWeakRef *ref;
  Query *query;

  g_return_if_fail (SL_IS_CANDIDATE_MODEL (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  set_loading (self, g_cancellable_new ());

  /* The order is made again when the data changed or another is asked for. */
  if (self->ordering != NULL &&
      (self->ordering_stale || self->ordering->sort != self->sort || self->ordering->descending != self->descending))
    g_clear_pointer (&self->ordering, ordering_unref);
  self->ordering_stale = FALSE;

  query = g_new0 (Query, 1);
  query->path = g_strdup (sl_store_get_path (self->store));
  query->sort = self->sort;
  query->descending = self->descending;
  query->fts_query = sl_store_fts_query (self->search);
  query->ordering = self->ordering != NULL ? ordering_ref (self->ordering) : NULL;

  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, self);
  task = g_task_new (NULL, self->cancellable, on_query_done, ref);
  g_task_set_source_tag (task, sl_candidate_model_refresh);
  g_task_set_task_data (task, query, (GDestroyNotify) query_free);
  g_task_run_in_thread (task, run_query);
}

static gboolean
refresh_in_idle (gpointer data)
{
  SlCandidateModel *self = data;

  self->refresh_source = 0;
  sl_candidate_model_refresh (self);

  return G_SOURCE_REMOVE;
}

static void
queue_refresh (SlCandidateModel *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_in_idle, self, NULL);
}

static void
on_store_changed (SlStore          *store,
                  const char       *what,
                  gint64            id,
                  SlCandidateModel *self)
{
  if (g_strcmp0 (what, "market") == 0)
    return;

  self->ordering_stale = TRUE;
  queue_refresh (self);
}

static GType
sl_candidate_model_get_item_type (GListModel *model)
{
  return SL_TYPE_CANDIDATE;
}

static guint
sl_candidate_model_get_n_items (GListModel *model)
{
  return SL_CANDIDATE_MODEL (model)->ids->len;
}

static GPtrArray *
get_page (SlCandidateModel *self,
          guint             page)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *items = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));
  guint first = page * PAGE_SIZE;

  if (items != NULL)
    {
      GList *link = g_queue_find (&self->lru, GUINT_TO_POINTER (page));

      g_queue_unlink (&self->lru, link);
      g_queue_push_head_link (&self->lru, link);
      return items;
    }

  items = sl_store_get_candidates_by_id (self->store, &g_array_index (self->ids, gint64, first),
                                         MIN (PAGE_SIZE, self->ids->len - first), &error);
  if (items == NULL)
    {
      g_warning ("%s", error->message);
      return NULL;
    }

  if (self->lru.length >= MAX_PAGES)
    g_hash_table_remove (self->pages, g_queue_pop_tail (&self->lru));

  g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), items);
  g_queue_push_head (&self->lru, GUINT_TO_POINTER (page));

  return items;
}

static gpointer
sl_candidate_model_get_item (GListModel *model,
                             guint       position)
{
  SlCandidateModel *self = SL_CANDIDATE_MODEL (model);
  GPtrArray *items;
  SlCandidate *candidate;

  if (position >= self->ids->len)
    return NULL;

  items = get_page (self, position / PAGE_SIZE);
  candidate = items != NULL ? g_ptr_array_index (items, position % PAGE_SIZE) : NULL;

  /* Deleted since the ids were read: the model must still answer for
   * every position it announced, so it does with a blank candidate and
   * asks again. */
  if (candidate == NULL)
    {
      queue_refresh (self);
      return g_object_new (SL_TYPE_CANDIDATE,
                           "id", g_array_index (self->ids, gint64, position),
                           NULL);
    }

  return g_object_ref (candidate);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = sl_candidate_model_get_item_type;
  iface->get_n_items = sl_candidate_model_get_n_items;
  iface->get_item = sl_candidate_model_get_item;
}

static void
sl_candidate_model_dispose (GObject *object)
{
  SlCandidateModel *self = SL_CANDIDATE_MODEL (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sl_candidate_model_parent_class)->dispose (object);
}

static void
sl_candidate_model_finalize (GObject *object)
{
  SlCandidateModel *self = SL_CANDIDATE_MODEL (object);

  g_free (self->search);
  g_clear_pointer (&self->ordering, ordering_unref);
  g_array_unref (self->ids);
  g_hash_table_unref (self->pages);
  g_queue_clear (&self->lru);

  G_OBJECT_CLASS (sl_candidate_model_parent_class)->finalize (object);
}

static void
sl_candidate_model_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SlCandidateModel *self = SL_CANDIDATE_MODEL (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, sl_candidate_model_get_loading (self));
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->ids->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_candidate_model_class_init (SlCandidateModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sl_candidate_model_dispose;
  object_class->finalize = sl_candidate_model_finalize;
  object_class->get_property = sl_candidate_model_get_property;

  /**
   * SlCandidateModel:loading:
   *
   * Whether a search or a sort is under way, for a spinner.
   */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sl_candidate_model_init (SlCandidateModel *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_queue_init (&self->lru);
}

/**
 * sl_candidate_model_new:
 *
 * Returns: (transfer full): every candidate by name; empty until the
 *   first answer of the database, which it asks at once
 */
SlCandidateModel *
sl_candidate_model_new (SlStore *store)
{
  SlCandidateModel *self;

  g_return_val_if_fail (SL_IS_STORE (store), NULL);

  self = g_object_new (SL_TYPE_CANDIDATE_MODEL, NULL);
  self->store = g_object_ref (store);
  g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);

  sl_candidate_model_refresh (self);

  return self;
}

const char *
sl_candidate_model_get_search (SlCandidateModel *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE_MODEL (self), NULL);

  return self->search;
}

/**
 * sl_candidate_model_set_search:
 * @search: (nullable): words that each must start a word of the name,
 *   email, title, company or location
 */
void
sl_candidate_model_set_search (SlCandidateModel *self,
                               const char       *search)
{
  g_return_if_fail (SL_IS_CANDIDATE_MODEL (self));

  if (g_strcmp0 (self->search, search) == 0)
    return;

  g_free (self->search);
  self->search = g_strdup (search);
  sl_candidate_model_refresh (self);
}

void
sl_candidate_model_set_sort (SlCandidateModel *self,
                             SlCandidateSort   sort,
                             gboolean          descending)
{
  g_return_if_fail (SL_IS_CANDIDATE_MODEL (self));
  g_return_if_fail (sort < SL_CANDIDATE_N_SORTS);

  if (self->sort == sort && self->descending == !!descending)
    return;

  self->sort = sort;
  self->descending = !!descending;
  sl_candidate_model_refresh (self);
}

gboolean
sl_candidate_model_get_loading (SlCandidateModel *self)
{
  g_return_val_if_fail (SL_IS_CANDIDATE_MODEL (self), FALSE);

  return self->cancellable != NULL;
}

/* The id of the candidate at @position, without reading the candidate. */
gint64
sl_candidate_model_get_id (SlCandidateModel *self,
                           guint             position)
{
  g_return_val_if_fail (SL_IS_CANDIDATE_MODEL (self), 0);
  g_return_val_if_fail (position < self->ids->len, 0);

  return g_array_index (self->ids, gint64, position);
}
