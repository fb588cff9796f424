/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-maintenance"

#include "config.h"

#include "sl-maintenance.h"
#include "sl-store.h"

/* After a start, on a thread and a connection of its own: the database's
 * structure is checked, the day's backup made and old ones let go, and
 * candidates rejected longer ago than the retention period erased. A
 * damaged database gets neither: its backup would push out a sound one,
 * and nothing is written to it. */

typedef struct
{
  char *path;
  SlMaintenanceOptions options;
} Job;

static void
job_free (Job *job)
{
  g_free (job->path);
  g_free (job->options.actor);
  g_free (job);
}

void
sl_maintenance_free (SlMaintenance *maintenance)
{
  if (maintenance == NULL)
    return;

  g_free (maintenance->problems);
  g_free (maintenance->backup_path);
  g_clear_error (&maintenance->backup_error);
  g_clear_error (&maintenance->retention_error);
  g_free (maintenance);
}

static void
maintain_in_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(SlMaintenance) maintenance = g_new0 (SlMaintenance, 1);
  g_autoptr(SlStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = sl_store_open (job->path, &error);
  if (store == NULL)
    {
      if (!g_error_matches (error, SL_ERROR, SL_ERROR_CORRUPT))
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      maintenance->problems = g_strdup (error->message);
      g_task_return_pointer (task, g_steal_pointer (&maintenance), (GDestroyNotify) sl_maintenance_free);
      return;
    }

  sl_store_set_actor (store, job->options.actor);

  if (!sl_store_quick_check (store, &maintenance->problems, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (maintenance->problems == NULL && job->options.keep_backups > 0 &&
      !g_cancellable_is_cancelled (cancellable))
    sl_store_back_up_daily (store, job->options.keep_backups,
                            &maintenance->backup_path, &maintenance->backup_error);

  if (maintenance->problems == NULL && job->options.retention_days > 0 &&
      !g_cancellable_is_cancelled (cancellable))
    sl_store_erase_expired_candidates (store, job->options.retention_days,
                                       &maintenance->n_expired, &maintenance->retention_error);

  g_task_return_pointer (task, g_steal_pointer (&maintenance), (GDestroyNotify) sl_maintenance_free);
}

/**
 * sl_maintain_async:
 * @path: the database, which the caller may have open too
 *
 * Checks the database, makes the day's backup and applies the retention
 * period, on a thread. The caller's own connection sees what was erased
 * through sl_store_check_outside_changes().
 */
void
sl_maintain_async (const char                 *path,
                   const SlMaintenanceOptions *options,
                   GCancellable               *cancellable,
                   GAsyncReadyCallback         callback,
                   gpointer                    user_data)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (path != NULL);
  g_return_if_fail (options != NULL);

  job = g_new0 (Job, 1);
  job->path = g_strdup (path);
  job->options = *options;
  job->options.actor = g_strdup (options->actor);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sl_maintain_async);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, maintain_in_thread);
}

/**
 * sl_maintain_finish:
 *
 * Returns: (transfer full): what was found and done, or %NULL with @error
 *   set when the database could not be opened or checked at all
 */
SlMaintenance *
sl_maintain_finish (GAsyncResult  *result,
                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
