/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sl-application.h"

G_BEGIN_DECLS

/* The store fills in what it read along with the application. */
void sl_application_set_checklist (SlApplication            *self,
                                   const SlChecklistSummary *checklist,
                                   const char               *statuses,
                                   const char * const       *evidence);

void sl_application_set_pipeline  (SlApplication            *self,
                                   const char               *rejection_reason,
                                   double                    mean_score);

G_END_DECLS
