/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-row-model"

#include "config.h"

#include "sl-row-model.h"

/* A GListModel whose rows live in the database. It knows only how many rows
 * there are, and asks for them a page at a time when a view scrolls to
 * them, so a list of 100,000 candidates costs what is on screen. */

#define PAGE_SIZE 128
#define MAX_PAGES 64

struct _SlRowModel
{
  GObject parent_instance;

  GType item_type;
  const SlRowSource *source;
  gpointer user_data;
  GDestroyNotify user_data_destroy;

  guint n_items;
  guint reload_source;
  GHashTable *pages;   /* page number → GPtrArray of items */
  GQueue lru;          /* page numbers, most recently used first */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SlRowModel, sl_row_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
sl_row_model_get_item_type (GListModel *model)
{
  return SL_ROW_MODEL (model)->item_type;
}

static guint
sl_row_model_get_n_items (GListModel *model)
{
  return SL_ROW_MODEL (model)->n_items;
}

static GPtrArray *
get_page (SlRowModel *self,
          guint       page)
{
  GPtrArray *items = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));

  if (items != NULL)
    {
      GList *link = g_queue_find (&self->lru, GUINT_TO_POINTER (page));

      g_queue_unlink (&self->lru, link);
      g_queue_push_head_link (&self->lru, link);
      return items;
    }

  items = self->source->fetch (self->user_data, page * PAGE_SIZE, PAGE_SIZE);
  if (items == NULL)
    return NULL;

  if (self->lru.length >= MAX_PAGES)
    {
      gpointer oldest = g_queue_pop_tail (&self->lru);
      g_hash_table_remove (self->pages, oldest);
    }

  g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), items);
  g_queue_push_head (&self->lru, GUINT_TO_POINTER (page));

  return items;
}

static gboolean
reload_in_idle (gpointer data)
{
  SlRowModel *self = data;

  self->reload_source = 0;
  sl_row_model_reload (self);

  return G_SOURCE_REMOVE;
}

static gpointer
sl_row_model_get_item (GListModel *model,
                       guint       position)
{
  SlRowModel *self = SL_ROW_MODEL (model);
  GPtrArray *items;
  guint index;

  if (position >= self->n_items)
    return NULL;

  items = get_page (self, position / PAGE_SIZE);
  index = position % PAGE_SIZE;

  /* The rows changed since they were counted, behind the store's back.
   * A list model must still answer for every position it announced, so
   * this one does with a blank item and reloads as soon as it can. */
  if (items == NULL || index >= items->len)
    {
      if (self->reload_source == 0)
        self->reload_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, reload_in_idle, self, NULL);
      return g_object_new (self->item_type, NULL);
    }

  return g_object_ref (g_ptr_array_index (items, index));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = sl_row_model_get_item_type;
  iface->get_n_items = sl_row_model_get_n_items;
  iface->get_item = sl_row_model_get_item;
}

static void
sl_row_model_finalize (GObject *object)
{
  SlRowModel *self = SL_ROW_MODEL (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_pointer (&self->pages, g_hash_table_unref);
  g_queue_clear (&self->lru);
  if (self->user_data_destroy != NULL)
    self->user_data_destroy (self->user_data);

  G_OBJECT_CLASS (sl_row_model_parent_class)->finalize (object);
}

static void
sl_row_model_class_init (SlRowModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sl_row_model_finalize;
}

static void
sl_row_model_init (SlRowModel *self)
{
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_queue_init (&self->lru);
}

/**
 * sl_row_model_new:
 * @source: (not nullable): callbacks, which must outlive the model
 *
 * Returns: (transfer full): a model holding the source's current rows
 */
SlRowModel *
sl_row_model_new (GType              item_type,
                  const SlRowSource *source,
                  gpointer           user_data,
                  GDestroyNotify     user_data_destroy)
{
  SlRowModel *self;

  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);
  g_return_val_if_fail (source != NULL, NULL);

  self = g_object_new (SL_TYPE_ROW_MODEL, NULL);
  self->item_type = item_type;
  self->source = source;
  self->user_data = user_data;
  self->user_data_destroy = user_data_destroy;
  self->n_items = source->count (user_data);

  return self;
}

/**
 * sl_row_model_reload:
 *
 * Forgets what was fetched and counts again, after the rows changed.
 */
void
sl_row_model_reload (SlRowModel *self)
{
  guint old_n_items;

  g_return_if_fail (SL_IS_ROW_MODEL (self));

  g_hash_table_remove_all (self->pages);
  g_queue_clear (&self->lru);

  old_n_items = self->n_items;
  self->n_items = self->source->count (self->user_data);

  if (old_n_items > 0 || self->n_items > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n_items, self->n_items);
}
