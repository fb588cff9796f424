/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-audit"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sl-audit.h"

/* An entry of the audit log as a list shows it: when, who, what was done,
 * and to whom or what, by name where the thing is still there. */

struct _SlAuditEntry
{
  GObject parent_instance;

  gint64 time;
  char *actor;
  char *action;
  char *subject;
};

G_DEFINE_FINAL_TYPE (SlAuditEntry, sl_audit_entry, G_TYPE_OBJECT)

static void
sl_audit_entry_finalize (GObject *object)
{
  SlAuditEntry *self = SL_AUDIT_ENTRY (object);

  g_free (self->actor);
  g_free (self->action);
  g_free (self->subject);

  G_OBJECT_CLASS (sl_audit_entry_parent_class)->finalize (object);
}

static void
sl_audit_entry_class_init (SlAuditEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sl_audit_entry_finalize;
}

static void
sl_audit_entry_init (SlAuditEntry *self)
{
}

/**
 * sl_audit_entry_new:
 * @time: seconds since the epoch, UTC
 * @actor: (nullable): who, the name in Preferences at the time
 * @action: what, such as "application.move"
 * @subject: (nullable): whom or what, by name
 */
SlAuditEntry *
sl_audit_entry_new (gint64      time,
                    const char *actor,
                    const char *action,
                    const char *subject)
{
  SlAuditEntry *self = g_object_new (SL_TYPE_AUDIT_ENTRY, NULL);

  self->time = time;
  self->actor = g_strdup (actor);
  self->action = g_strdup (action);
  self->subject = g_strdup (subject);

  return self;
}

gint64
sl_audit_entry_get_time (SlAuditEntry *self)
{
  g_return_val_if_fail (SL_IS_AUDIT_ENTRY (self), 0);
  return self->time;
}

const char *
sl_audit_entry_get_actor (SlAuditEntry *self)
{
  g_return_val_if_fail (SL_IS_AUDIT_ENTRY (self), NULL);
  return self->actor;
}

const char *
sl_audit_entry_get_action (SlAuditEntry *self)
{
  g_return_val_if_fail (SL_IS_AUDIT_ENTRY (self), NULL);
  return self->action;
}

const char *
sl_audit_entry_get_subject (SlAuditEntry *self)
{
  g_return_val_if_fail (SL_IS_AUDIT_ENTRY (self), NULL);
  return self->subject;
}

static const struct
{
  const char *action;
  const char *words;
} actions[] = {
  { "application-pay.set", N_("Set a candidate’s pay") },
  { "application.create", N_("Put a candidate in a role") },
  { "application.delete", N_("Took a candidate out of a role") },
  { "application.move", N_("Moved a candidate to another stage") },
  { "assessment.set", N_("Assessed a requirement") },
  { "candidate.create", N_("Added a candidate") },
  { "candidate.delete", N_("Moved a candidate to the trash") },
  { "candidate.erase", N_("Erased a candidate") },
  { "candidate.expire", N_("Erased a candidate rejected longer ago than the retention period") },
  { "candidate.import", N_("Imported candidates") },
  { "candidate.merge", N_("Merged an imported row into a candidate") },
  { "candidate.purge", N_("Emptied the trash of candidates") },
  { "candidate.restore", N_("Brought a candidate back from the trash") },
  { "candidate.update", N_("Edited a candidate") },
  { "database.restore", N_("Restored the database from a backup") },
  { "decision.record", N_("Recorded the committee’s decision") },
  { "interview.add", N_("Scheduled an interview") },
  { "market.delete", N_("Deleted a market data set") },
  { "market.import", N_("Imported market data") },
  { "offer.save", N_("Saved an offer") },
  { "offer.status", N_("Changed an offer’s status") },
  { "pay-band.remove", N_("Removed a role’s pay band") },
  { "pay-band.set", N_("Set a role’s pay band") },
  { "person.add", N_("Added an interviewer") },
  { "requirement.add", N_("Added a requirement") },
  { "requirement.move", N_("Moved a requirement") },
  { "requirement.purge", N_("Emptied the trash of requirements") },
  { "requirement.remove", N_("Removed a requirement") },
  { "requirement.restore", N_("Brought a requirement back") },
  { "requirement.update", N_("Edited a requirement") },
  { "role.create", N_("Created a role") },
  { "role.delete", N_("Deleted a role") },
  { "sample.create", N_("Made the sample data") },
  { "scorecard.amend", N_("Opened an amendment of a scorecard") },
  { "scorecard.draft", N_("Started a scorecard") },
  { "scorecard.save", N_("Saved a scorecard draft") },
  { "scorecard.submit", N_("Submitted a scorecard") },
  { "stage.interviewers", N_("Chose a stage’s interviewers") },
};

/* What @action did, in words; the action itself when it has none. */
const char *
sl_audit_action_describe (const char *action)
{
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    if (g_strcmp0 (actions[i].action, action) == 0)
      return _(actions[i].words);

  return action;
}
