/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sl-candidate-model.h"
#include "sl-sample.h"
#include "test-util.h"

/* The talent pool's model: searches and sorts answered in the background,
 * each told by one items-changed, the one before cancelled when the user
 * types on. */

typedef struct
{
  guint n_signals;
  guint position;
  guint removed;
  guint added;
} Changes;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Changes    *changes)
{
  changes->n_signals++;
  changes->position = position;
  changes->removed = removed;
  changes->added = added;
}

static void
wait_loaded (SlCandidateModel *model)
{
  while (sl_candidate_model_get_loading (model))
    g_main_context_iteration (NULL, TRUE);
}

static char *
names (GListModel *model)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SlCandidate) candidate = g_list_model_get_item (model, i);

      g_string_append_printf (text, "%s%s", i > 0 ? ", " : "", sl_candidate_get_name (candidate));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gint64
add_full (SlStore    *store,
          const char *name,
          const char *company,
          const char *location)
{
  g_autoptr(SlCandidate) candidate = sl_candidate_new ();
  g_autoptr(GError) error = NULL;

  sl_candidate_set_name (candidate, name);
  sl_candidate_set_company (candidate, company);
  sl_candidate_set_location (candidate, location);
  g_assert_true (sl_store_save_candidate (store, candidate, &error));

  return sl_candidate_get_id (candidate);
}

static void
test_search_and_sort (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(SlCandidateModel) model = NULL;
  g_autofree char *list = NULL;
  Changes changes = { 0 };

  add_full (store, "Dana Reyes", "Contoso", "Austin");
  add_full (store, "avery Castillo", "Fabrikam", NULL);
  add_full (store, "Zoë Müller", "Adatum", "Zürich");

  model = sl_candidate_model_new (store);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &changes);
  g_assert_true (sl_candidate_model_get_loading (model));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);

  wait_loaded (model);
  g_assert_cmpuint (changes.n_signals, ==, 1);
  g_assert_cmpuint (changes.added, ==, 3);
  list = names (G_LIST_MODEL (model));
  g_assert_cmpstr (list, ==, "avery Castillo, Dana Reyes, Zoë Müller");

  /* A prefix of any word of any column, accents or not. */
  sl_candidate_model_set_search (model, "zur");
  wait_loaded (model);
  g_assert_cmpuint (changes.n_signals, ==, 2);
  g_assert_cmpuint (changes.removed, ==, 3);
  g_assert_cmpuint (changes.added, ==, 1);
  g_free (list);
  list = names (G_LIST_MODEL (model));
  g_assert_cmpstr (list, ==, "Zoë Müller");

  sl_candidate_model_set_search (model, "\"quoted");
  wait_loaded (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);

  /* Sorted by company, backwards; an empty location sorts last both ways. */
  sl_candidate_model_set_search (model, NULL);
  sl_candidate_model_set_sort (model, SL_CANDIDATE_SORT_COMPANY, TRUE);
  wait_loaded (model);
  g_free (list);
  list = names (G_LIST_MODEL (model));
  g_assert_cmpstr (list, ==, "avery Castillo, Dana Reyes, Zoë Müller");

  sl_candidate_model_set_sort (model, SL_CANDIDATE_SORT_LOCATION, FALSE);
  wait_loaded (model);
  g_free (list);
  list = names (G_LIST_MODEL (model));
  g_assert_cmpstr (list, ==, "Dana Reyes, Zoë Müller, avery Castillo");
  sl_candidate_model_set_sort (model, SL_CANDIDATE_SORT_LOCATION, TRUE);
  wait_loaded (model);
  g_free (list);
  list = names (G_LIST_MODEL (model));
  g_assert_cmpstr (list, ==, "Zoë Müller, Dana Reyes, avery Castillo");
}

/* Typing on cancels the search before: only the last one is told. */
static void
test_typing_cancels (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(SlCandidateModel) model = NULL;
  g_autoptr(GError) error = NULL;
  Changes changes = { 0 };

  g_assert_true (sl_sample_populate (store, 2000, &error));
  model = sl_candidate_model_new (store);
  wait_loaded (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 2000);

  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &changes);
  sl_candidate_model_set_search (model, "a");
  sl_candidate_model_set_search (model, "av");
  sl_candidate_model_set_search (model, "ave");
  g_assert_true (sl_candidate_model_get_loading (model));
  wait_loaded (model);

  g_assert_cmpuint (changes.n_signals, ==, 1);
  g_assert_cmpuint (changes.removed, ==, 2000);
  g_assert_cmpuint (changes.added, ==, g_list_model_get_n_items (G_LIST_MODEL (model)));
  g_assert_cmpuint (changes.added, >, 0);
  for (guint i = 0; i < changes.added; i++)
    {
      g_autoptr(SlCandidate) candidate = g_list_model_get_item (G_LIST_MODEL (model), i);
      g_autofree char *all = g_strjoin (" ", sl_candidate_get_name (candidate),
                                        sl_candidate_get_email (candidate),
                                        sl_candidate_get_headline (candidate),
                                        sl_candidate_get_company (candidate),
                                        sl_candidate_get_location (candidate), NULL);
      g_autofree char *folded = g_utf8_casefold (all, -1);

      g_assert_nonnull (strstr (folded, "ave"));
    }
}

/* Reading the list far down costs one page, and gives each row once. */
static void
test_pages (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(SlCandidateModel) model = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  guint n_items;

  g_assert_true (sl_sample_populate (store, 1000, &error));
  model = sl_candidate_model_new (store);
  wait_loaded (model);
  n_items = g_list_model_get_n_items (G_LIST_MODEL (model));
  g_assert_cmpuint (n_items, ==, 1000);

  for (guint i = n_items; i-- > 0;)
    {
      SlCandidate *candidate = g_list_model_get_item (G_LIST_MODEL (model), i);

      g_ptr_array_add (candidates, candidate);
      g_assert_cmpint (sl_candidate_get_id (candidate), ==, sl_candidate_model_get_id (model, i));
      g_assert_nonnull (sl_candidate_get_name (candidate));
      g_assert_true (g_hash_table_add (seen, GSIZE_TO_POINTER (sl_candidate_get_id (candidate))));
    }
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), n_items));
}

/* The model follows the store: a candidate added shows up, one deleted
 * goes. */
static void
test_follows_store (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(SlCandidateModel) model = NULL;
  g_autoptr(GError) error = NULL;
  gint64 dana;

  dana = add_full (store, "Dana Reyes", NULL, NULL);
  model = sl_candidate_model_new (store);
  wait_loaded (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);

  add_full (store, "Avery Castillo", NULL, NULL);
  while (g_list_model_get_n_items (G_LIST_MODEL (model)) != 2)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (sl_store_trash_candidate (store, dana, &error));
  while (g_list_model_get_n_items (G_LIST_MODEL (model)) != 1)
    g_main_context_iteration (NULL, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  FIXTURE_TEST ("/candidate-model/search-and-sort", test_search_and_sort);
  FIXTURE_TEST ("/candidate-model/typing-cancels", test_typing_cancels);
  FIXTURE_TEST ("/candidate-model/pages", test_pages);
  FIXTURE_TEST ("/candidate-model/follows-store", test_follows_store);

  return g_test_run ();
}
