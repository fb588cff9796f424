/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-checklist.h: how a candidate measures up to a role's requirements */

#pragma once

#include <glib.h>

#include "sl-template.h"

G_BEGIN_DECLS

typedef enum
{
  SL_ASSESSMENT_UNASSESSED,
  SL_ASSESSMENT_MET,
  SL_ASSESSMENT_PARTLY_MET,
  SL_ASSESSMENT_NOT_MET,
} SlAssessmentStatus;

#define SL_N_ASSESSMENT_STATUSES 4

/* One requirement of a role and what is known of one candidate against it. */
typedef struct
{
  gint64              requirement_id;
  char               *category;
  char               *text;
  SlRequirementKind   kind;
  double              weight;
  SlAssessmentStatus  status;
  char               *evidence;     /* may be NULL */
  char               *assessed_by;  /* may be NULL */
  gint64              assessed_at;  /* seconds since the epoch, 0 when never */
} SlAssessment;

/* The counts of one application's checklist, over the requirements in
 * force. */
typedef struct
{
  guint  must_met;
  guint  must_total;
  guint  must_not_met;
  guint  nice_met;
  guint  nice_total;
  double points;        /* weights of met requirements, half for partly met */
  double weight_total;  /* weights of all requirements */
} SlChecklistSummary;

const char         *sl_assessment_status_to_string    (SlAssessmentStatus        status);
gboolean            sl_assessment_status_from_string  (const char               *str,
                                                       SlAssessmentStatus       *status);
const char         *sl_assessment_status_get_label    (SlAssessmentStatus        status);
const char         *sl_assessment_status_get_icon_name (SlAssessmentStatus       status);
char                sl_assessment_status_to_code      (SlAssessmentStatus        status);
SlAssessmentStatus  sl_assessment_status_from_code    (char                      code);

gboolean            sl_checklist_summary_is_knocked_out (const SlChecklistSummary *summary);
double              sl_checklist_summary_get_score    (const SlChecklistSummary *summary);
char               *sl_checklist_summary_format       (const SlChecklistSummary *summary);

void                sl_assessment_free                (SlAssessment             *assessment);

G_END_DECLS
