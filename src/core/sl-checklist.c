/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-checklist.c: how a candidate measures up to a role's requirements */

#define G_LOG_DOMAIN "shortlist-checklist"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sl-checklist.h"

static const struct
{
  const char *name;
  const char *label;
  const char *icon_name;
  char code;
} statuses[] = {
  [SL_ASSESSMENT_UNASSESSED] = { "unassessed", N_("Not assessed"), "sl-status-unassessed-symbolic", '-' },
  [SL_ASSESSMENT_MET] = { "met", N_("Met"), "sl-status-met-symbolic", 'y' },
  [SL_ASSESSMENT_PARTLY_MET] = { "partly-met", N_("Partly met"), "sl-status-partly-met-symbolic", 'p' },
  [SL_ASSESSMENT_NOT_MET] = { "not-met", N_("Not met"), "sl-status-not-met-symbolic", 'n' },
};

G_STATIC_ASSERT (G_N_ELEMENTS (statuses) == SL_N_ASSESSMENT_STATUSES);

/* The name the database and exported files use. */
const char *
sl_assessment_status_to_string (SlAssessmentStatus status)
{
  g_return_val_if_fail (status < SL_N_ASSESSMENT_STATUSES, NULL);

  return statuses[status].name;
}

gboolean
sl_assessment_status_from_string (const char         *str,
                                  SlAssessmentStatus *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (g_strcmp0 (str, statuses[i].name) == 0)
      {
        *status = i;
        return TRUE;
      }

  return FALSE;
}

/* The name people read. */
const char *
sl_assessment_status_get_label (SlAssessmentStatus status)
{
  g_return_val_if_fail (status < SL_N_ASSESSMENT_STATUSES, NULL);

  return _(statuses[status].label);
}

/* A symbol of its own shape for each status, so that nobody needs to tell
 * colours apart. */
const char *
sl_assessment_status_get_icon_name (SlAssessmentStatus status)
{
  g_return_val_if_fail (status < SL_N_ASSESSMENT_STATUSES, NULL);

  return statuses[status].icon_name;
}

/* One character per status, for a row of statuses read in one query. */
char
sl_assessment_status_to_code (SlAssessmentStatus status)
{
  g_return_val_if_fail (status < SL_N_ASSESSMENT_STATUSES, '-');

  return statuses[status].code;
}

SlAssessmentStatus
sl_assessment_status_from_code (char code)
{
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (statuses[i].code == code)
      return i;

  return SL_ASSESSMENT_UNASSESSED;
}

/* A must-have that is not met rules the candidate out. */
gboolean
sl_checklist_summary_is_knocked_out (const SlChecklistSummary *summary)
{
  g_return_val_if_fail (summary != NULL, FALSE);

  return summary->must_not_met > 0;
}

/**
 * sl_checklist_summary_get_score:
 *
 * Returns: the share of the requirements' weight that is met, from 0 to 1,
 *   or NAN when the role's requirements weigh nothing
 */
double
sl_checklist_summary_get_score (const SlChecklistSummary *summary)
{
  g_return_val_if_fail (summary != NULL, NAN);

  if (summary->weight_total <= 0)
    return NAN;

  return CLAMP (summary->points / summary->weight_total, 0.0, 1.0);
}

/* "5 of 7 must-haves met · 3 of 6 nice-to-haves" */
char *
sl_checklist_summary_format (const SlChecklistSummary *summary)
{
  g_autofree char *must = NULL;
  g_autofree char *nice = NULL;

  g_return_val_if_fail (summary != NULL, NULL);

  if (summary->must_total == 0 && summary->nice_total == 0)
    return g_strdup (_("No requirements"));

  must = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u of %u must-have met",
                                       "%u of %u must-haves met",
                                       summary->must_total),
                          summary->must_met, summary->must_total);
  if (summary->nice_total == 0)
    return g_steal_pointer (&must);

  nice = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u of %u nice-to-have",
                                       "%u of %u nice-to-haves",
                                       summary->nice_total),
                          summary->nice_met, summary->nice_total);
  if (summary->must_total == 0)
    return g_steal_pointer (&nice);

  /* Translators: the must-haves a candidate meets, then the nice-to-haves */
  return g_strdup_printf (_("%s · %s"), must, nice);
}

void
sl_assessment_free (SlAssessment *assessment)
{
  if (assessment == NULL)
    return;

  g_free (assessment->category);
  g_free (assessment->text);
  g_free (assessment->evidence);
  g_free (assessment->assessed_by);
  g_free (assessment);
}
