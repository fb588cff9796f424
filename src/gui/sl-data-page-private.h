/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sl-data-page.h"

G_BEGIN_DECLS

/* Shared by the Data page's files: sl-data-page.c has the backups and the
 * work on threads, sl-data-page-retention.c the retention period. */

struct _SlDataPage
{
  AdwPreferencesPage parent_instance;

  GSettings *settings;
  SlStore *store;

  AdwPreferencesGroup *backups_group;
  GtkWidget *back_up_button;
  GPtrArray *backup_rows;
  AdwActionRow *retention_row;
};

/* Work on the database on a thread, through a connection of its own: a
 * backup, a restore, the retention period's preview or its erasure. */
typedef struct _Job Job;
typedef gboolean (*JobFunc) (SlStore *store,
                             Job     *job,
                             GError **error);

struct _Job
{
  JobFunc func;
  char *path;
  char *actor;
  char *backup_path;        /* to restore; then the way back */
  guint days;               /* the retention period */
  GPtrArray *expired;       /* SlExpiredCandidate, its preview */
  guint n_erased;
};

void       sl_data_page_run_job              (SlDataPage          *self,
                                              JobFunc              func,
                                              Job                 *job,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
Job       *sl_data_page_job_finish           (GAsyncResult        *result,
                                              GError             **error);
Job       *sl_data_page_finish_job           (SlDataPage          *self,
                                              GAsyncResult        *result);
void       sl_data_page_set_busy             (SlDataPage          *self,
                                              gboolean             busy);
void       sl_data_page_update_retention_row (SlDataPage          *self);
void       sl_data_page_change_retention     (SlDataPage          *self);

G_END_DECLS
