/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SL_TYPE_ROLE (sl_role_get_type ())
G_DECLARE_FINAL_TYPE (SlRole, sl_role, SL, ROLE, GObject)

gint64      sl_role_get_id               (SlRole *self);
const char *sl_role_get_title            (SlRole *self);
const char *sl_role_get_summary          (SlRole *self);
const char *sl_role_get_template_id      (SlRole *self);
guint       sl_role_get_n_active         (SlRole *self);

G_END_DECLS
