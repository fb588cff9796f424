/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-template-private.h: what sl-template.c and sl-template-format.c share */

#pragma once

#include "sl-json.h"
#include "sl-template.h"

G_BEGIN_DECLS

/* shortlist-template/1: its name, its limits and the words of its messages */
extern const SlJsonFormat sl_template_json_format;

G_END_DECLS
