/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "sl-template.h"

G_BEGIN_DECLS

#define SL_TYPE_STAGE (sl_stage_get_type ())
G_DECLARE_FINAL_TYPE (SlStage, sl_stage, SL, STAGE, GObject)

gint64      sl_stage_get_id       (SlStage *self);
gint64      sl_stage_get_role_id  (SlStage *self);
const char *sl_stage_get_name     (SlStage *self);
SlStageKind sl_stage_get_kind     (SlStage *self);
guint       sl_stage_get_position (SlStage *self);

G_END_DECLS
