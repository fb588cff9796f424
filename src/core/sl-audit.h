/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-audit.h: an entry of the audit log, who changed what and when */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SL_TYPE_AUDIT_ENTRY (sl_audit_entry_get_type ())
G_DECLARE_FINAL_TYPE (SlAuditEntry, sl_audit_entry, SL, AUDIT_ENTRY, GObject)

SlAuditEntry *sl_audit_entry_new           (gint64        time,
                                            const char   *actor,
                                            const char   *action,
                                            const char   *subject);
gint64        sl_audit_entry_get_time      (SlAuditEntry *self);
const char   *sl_audit_entry_get_actor     (SlAuditEntry *self);
const char   *sl_audit_entry_get_action    (SlAuditEntry *self);
const char   *sl_audit_entry_get_subject   (SlAuditEntry *self);
const char   *sl_audit_action_describe     (const char   *action);

G_END_DECLS
