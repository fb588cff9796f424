/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "sl-checklist.h"
#include "sl-template.h"

G_BEGIN_DECLS

#define SL_TYPE_APPLICATION (sl_application_get_type ())
G_DECLARE_FINAL_TYPE (SlApplication, sl_application, SL, APPLICATION, GObject)

gint64      sl_application_get_id                 (SlApplication *self);
gint64      sl_application_get_candidate_id       (SlApplication *self);
gint64      sl_application_get_role_id            (SlApplication *self);
gint64      sl_application_get_stage_id           (SlApplication *self);
const char *sl_application_get_candidate_name     (SlApplication *self);
const char *sl_application_get_candidate_headline (SlApplication *self);
const char *sl_application_get_role_title         (SlApplication *self);
const char *sl_application_get_stage_name         (SlApplication *self);
SlStageKind sl_application_get_stage_kind         (SlApplication *self);
gint64      sl_application_get_stage_entered      (SlApplication *self);
guint       sl_application_get_days_in_stage      (SlApplication *self,
                                                   gint64         now);
const SlChecklistSummary *
            sl_application_get_checklist          (SlApplication *self);
const char *sl_application_get_statuses           (SlApplication *self);
const char * const *
            sl_application_get_evidence           (SlApplication *self);
const char *sl_application_get_rejection_reason   (SlApplication *self);
double      sl_application_get_mean_score         (SlApplication *self);

G_END_DECLS
