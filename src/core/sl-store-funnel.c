/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-store"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "sl-funnel.h"
#include "sl-store-private.h"

#define SECONDS_PER_DAY (24.0 * 60 * 60)

typedef struct
{
  gint64       id;
  char        *name;
  SlStageKind  kind;
  gint64       position;
  guint        current;
  GArray      *stays;      /* of double, in seconds */
} Stage;

static void
stage_clear (Stage *stage)
{
  g_free (stage->name);
  g_clear_pointer (&stage->stays, g_array_unref);
}

static Stage *
find_stage (GArray *stages,
            gint64  id)
{
  for (guint i = 0; i < stages->len; i++)
    if (g_array_index (stages, Stage, i).id == id)
      return &g_array_index (stages, Stage, i);

  return NULL;
}

static gboolean
read_stages (SlStore *store,
             gint64   role_id,
             GArray  *stages,
             GError **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  int rc;

  stmt = sl_store_prepare (store,
                           "SELECT id, name, kind, position FROM stages WHERE role_id = ? "
                           "ORDER BY position, id",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, role_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Stage stage = { 0 };
      const char *kind = (const char *) sqlite3_column_text (stmt, 2);

      stage.id = sqlite3_column_int64 (stmt, 0);
      stage.name = sl_stmt_dup_text (stmt, 1);
      /* The schema allows no other kind. */
      if (kind == NULL || !sl_stage_kind_from_string (kind, &stage.kind))
        stage.kind = SL_STAGE_INTERVIEW;
      stage.position = sqlite3_column_int64 (stmt, 3);
      stage.stays = g_array_new (FALSE, FALSE, sizeof (double));
      g_array_append_val (stages, stage);
    }

  if (rc != SQLITE_DONE)
    {
      sl_store_set_sqlite_error (store, error, rc, _("Could not read the stages"));
      return FALSE;
    }

  return TRUE;
}

/* Every application of the role but those in the trash, with its stage
 * now and, a row each, the stays of its history, in seconds: a stay still
 * open counts up to ?2, now, and one that would end before it began
 * counts as no time. An application without history has one row, its
 * stay NULL. */
static const char stays_sql[] =
  "SELECT a.id, a.stage_id, h.stage_id, max (coalesce (h.left_at, ?2) - h.entered_at, 0) "
  "FROM applications a "
  "JOIN candidates c ON c.id = a.candidate_id "
  "LEFT JOIN stage_history h ON h.application_id = a.id "
  "WHERE a.role_id = ?1 AND c.deleted_at IS NULL";

/* How far an application went: the furthest position, rejected stages
 * left out, of the stages of its history and the one it is in now; -1
 * when it was only ever rejected. */
typedef struct
{
  gint64 id;
  gint64 position;
} Furthest;

/* Reads the stays into @stages, counts who is in each now, and fills
 * @furthest with an entry an application. */
static gboolean
read_stays (SlStore    *store,
            gint64      role_id,
            gint64      now,
            GArray     *stages,
            GHashTable *furthest,
            GError    **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  int rc;

  stmt = sl_store_prepare (store, stays_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, role_id);
  sqlite3_bind_int64 (stmt, 2, now);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 application_id = sqlite3_column_int64 (stmt, 0);
      Furthest *entry = g_hash_table_lookup (furthest, &application_id);
      Stage *visited;

      /* The stage now is counted once, with the application's first row. */
      if (entry == NULL)
        {
          Stage *current = find_stage (stages, sqlite3_column_int64 (stmt, 1));

          entry = g_new (Furthest, 1);
          entry->id = application_id;
          entry->position = -1;
          if (current != NULL)
            {
              current->current++;
              if (current->kind != SL_STAGE_REJECTED)
                entry->position = current->position;
            }
          g_hash_table_add (furthest, entry);
        }

      if (sqlite3_column_type (stmt, 2) == SQLITE_NULL)
        continue;
      visited = find_stage (stages, sqlite3_column_int64 (stmt, 2));
      if (visited == NULL)
        continue;

      {
        double seconds = (double) sqlite3_column_int64 (stmt, 3);

        g_array_append_val (visited->stays, seconds);
      }

      if (visited->kind != SL_STAGE_REJECTED)
        entry->position = MAX (entry->position, visited->position);
    }

  if (rc != SQLITE_DONE)
    {
      sl_store_set_sqlite_error (store, error, rc, _("Could not read the pipeline"));
      return FALSE;
    }

  return TRUE;
}

/* Reads the stages and the stays in one read transaction, so that the
 * numbers agree with each other even while another program writes. */
static gboolean
read_funnel (SlStore    *store,
             gint64      role_id,
             gint64      now,
             GArray     *stages,
             GHashTable *furthest,
             GError    **error)
{
  gboolean read;
  int rc;

  rc = sqlite3_exec (store->db, "SAVEPOINT funnel", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      sl_store_set_sqlite_error (store, error, rc, _("Could not read the pipeline"));
      return FALSE;
    }

  read = read_stages (store, role_id, stages, error) &&
         read_stays (store, role_id, now, stages, furthest, error);

  /* Nothing was written: releasing cannot fail in a way that matters. */
  sqlite3_exec (store->db, "RELEASE funnel", NULL, NULL, NULL);

  return read;
}

/**
 * sl_store_load_funnel:
 * @role_id: the role
 * @now: seconds since the epoch, up to which stays still open count; 0
 *   for the time now
 *
 * Reads the role's pipeline as a funnel: how many candidates reached each
 * stage and stand in it, the median stay in each, and how many were
 * rejected. See #SlFunnelData for what "reached" means. A stay is a row
 * of the stage history, and one still open counts up to @now.
 *
 * Returns: (transfer full): the funnel, or %NULL with @error set when the
 *   role is not there or the database could not be read
 */
SlFunnelData *
sl_store_load_funnel (SlStore *store,
                      gint64   role_id,
                      gint64   now,
                      GError **error)
{
  g_autoptr(SlRole) role = NULL;
  g_autoptr(GArray) stages = NULL;
  g_autoptr(GHashTable) furthest = NULL;
  GHashTableIter iter;
  gpointer entry;
  SlFunnelData *data;
  guint n_steps = 0;
  guint step;

  g_return_val_if_fail (SL_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  role = sl_store_get_role (store, role_id, error);
  if (role == NULL)
    return NULL;

  stages = g_array_new (FALSE, TRUE, sizeof (Stage));
  g_array_set_clear_func (stages, (GDestroyNotify) stage_clear);
  furthest = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);

  if (!read_funnel (store, role_id, now != 0 ? now : sl_store_now (), stages, furthest, error))
    return NULL;

  for (guint i = 0; i < stages->len; i++)
    n_steps += g_array_index (stages, Stage, i).kind != SL_STAGE_REJECTED;

  data = sl_funnel_data_new (n_steps);
  /* Translators: the title of a role's pipeline chart; %s is the role */
  data->title = g_strdup_printf (_("%s — pipeline"), sl_role_get_title (role));
  data->n_applications = g_hash_table_size (furthest);

  step = 0;
  for (guint i = 0; i < stages->len; i++)
    {
      Stage *stage = &g_array_index (stages, Stage, i);

      if (stage->kind == SL_STAGE_REJECTED)
        {
          data->rejected += stage->current;
          if (data->rejected_name == NULL)
            data->rejected_name = g_strdup (stage->name);
          continue;
        }

      data->stage_names[step] = g_strdup (stage->name);
      data->stage_kinds[step] = stage->kind;
      data->current[step] = stage->current;
      data->n_stays[step] = stage->stays->len;
      data->median_days[step] = sl_funnel_median ((double *) (gpointer) stage->stays->data,
                                                  stage->stays->len) / SECONDS_PER_DAY;
      step++;
    }

  /* Each application reached every step up to its furthest. */
  g_hash_table_iter_init (&iter, furthest);
  while (g_hash_table_iter_next (&iter, &entry, NULL))
    {
      gint64 position = ((Furthest *) entry)->position;

      step = 0;
      for (guint i = 0; i < stages->len; i++)
        {
          const Stage *stage = &g_array_index (stages, Stage, i);

          if (stage->kind == SL_STAGE_REJECTED)
            continue;
          if (stage->position <= position)
            data->reached[step]++;
          step++;
        }
    }

  return data;
}

typedef struct
{
  char   *path;
  gint64  role_id;
  gint64  now;
} LoadRequest;

static void
load_request_free (LoadRequest *request)
{
  g_free (request->path);
  g_free (request);
}

/* A connection of its own: the caller's stays with its thread. */
static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  LoadRequest *request = task_data;
  g_autoptr(SlStore) reader = NULL;
  GError *error = NULL;
  SlFunnelData *data;

  if (g_task_return_error_if_cancelled (task))
    return;

  reader = sl_store_open (request->path, &error);
  data = reader != NULL ? sl_store_load_funnel (reader, request->role_id, request->now, &error) : NULL;
  if (data == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, data, (GDestroyNotify) sl_funnel_data_free);
}

/**
 * sl_store_load_funnel_async:
 * @now: as for sl_store_load_funnel(); 0 is the time of this call
 *
 * Reads the role's funnel as sl_store_load_funnel() does, on a thread of
 * its own with a connection of its own: on a hundred thousand candidates
 * it reads some four hundred thousand stays, which takes a quarter of a
 * second or more.
 */
void
sl_store_load_funnel_async (SlStore             *store,
                            gint64               role_id,
                            gint64               now,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadRequest *request;

  g_return_if_fail (SL_IS_STORE (store));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, sl_store_load_funnel_async);

  request = g_new0 (LoadRequest, 1);
  request->path = g_strdup (sl_store_get_path (store));
  request->role_id = role_id;
  request->now = now != 0 ? now : sl_store_now ();
  g_task_set_task_data (task, request, (GDestroyNotify) load_request_free);

  g_task_run_in_thread (task, load_in_thread);
}

/**
 * sl_store_load_funnel_finish:
 *
 * Returns: (transfer full): the funnel, or %NULL with @error set, also
 *   when the load was cancelled
 */
SlFunnelData *
sl_store_load_funnel_finish (SlStore       *store,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
