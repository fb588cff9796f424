/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sl-row-model.h"

/* A source over a plain array, whose rows can vanish behind the model's
 * back, as when another program changes the database. */
typedef struct
{
  guint n_rows;
  guint n_fetches;
} Rows;

static guint
rows_count (gpointer user_data)
{
  return ((Rows *) user_data)->n_rows;
}

static GPtrArray *
rows_fetch (gpointer user_data,
            guint    offset,
            guint    limit)
{
  Rows *rows = user_data;
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  rows->n_fetches++;
  for (guint i = offset; i < rows->n_rows && i < offset + limit; i++)
    {
      GObject *item = g_object_new (G_TYPE_OBJECT, NULL);

      g_object_set_data (item, "row", GUINT_TO_POINTER (i + 1));
      g_ptr_array_add (items, item);
    }

  return items;
}

static const SlRowSource source = { rows_count, rows_fetch };

static void
test_pages (void)
{
  Rows rows = { 1000, 0 };
  g_autoptr(SlRowModel) model = sl_row_model_new (G_TYPE_OBJECT, &source, &rows, NULL);
  g_autoptr(GObject) first = NULL;
  g_autoptr(GObject) last = NULL;
  g_autoptr(GObject) again = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1000);
  g_assert_cmpuint (rows.n_fetches, ==, 0);

  first = g_list_model_get_item (G_LIST_MODEL (model), 0);
  last = g_list_model_get_item (G_LIST_MODEL (model), 999);
  again = g_list_model_get_item (G_LIST_MODEL (model), 1);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_object_get_data (first, "row")), ==, 1);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_object_get_data (last, "row")), ==, 1000);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_object_get_data (again, "row")), ==, 2);

  /* Two pages were read, and the first only once. */
  g_assert_cmpuint (rows.n_fetches, ==, 2);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), 1000));
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *n_signals)
{
  (*n_signals)++;
}

static void
test_rows_vanish (void)
{
  Rows rows = { 10, 0 };
  g_autoptr(SlRowModel) model = sl_row_model_new (G_TYPE_OBJECT, &source, &rows, NULL);
  g_autoptr(GObject) blank = NULL;
  guint n_signals = 0;

  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &n_signals);

  /* Counted 10, but only 4 are there when read. */
  rows.n_rows = 4;
  blank = g_list_model_get_item (G_LIST_MODEL (model), 7);
  g_assert_nonnull (blank);
  g_assert_null (g_object_get_data (blank, "row"));

  while (n_signals == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 4);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/row-model/pages", test_pages);
  g_test_add_func ("/row-model/rows-vanish", test_rows_vanish);

  return g_test_run ();
}
