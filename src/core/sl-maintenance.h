/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-maintenance.h: the care a database gets after each start */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  guint keep_backups;       /* daily backups kept; 0 makes none */
  guint retention_days;     /* rejected candidates erased after; 0 never */
  char *actor;              /* who the audit log names; nullable */
} SlMaintenanceOptions;

typedef struct
{
  char *problems;           /* what the quick check found; NULL when sound */
  char *backup_path;        /* the day's backup, NULL when made already */
  GError *backup_error;     /* why there is no backup today; nullable */
  guint n_expired;          /* candidates erased under the retention period */
  GError *retention_error;  /* why they could not be; nullable */
} SlMaintenance;

void           sl_maintenance_free   (SlMaintenance             *maintenance);
void           sl_maintain_async     (const char                *path,
                                      const SlMaintenanceOptions *options,
                                      GCancellable              *cancellable,
                                      GAsyncReadyCallback        callback,
                                      gpointer                   user_data);
SlMaintenance *sl_maintain_finish    (GAsyncResult              *result,
                                      GError                   **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlMaintenance, sl_maintenance_free)

G_END_DECLS
