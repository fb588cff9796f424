/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-candidate-page-private.h: what the candidate page and its actions on
 * personal data share */

#pragma once

#include "sl-candidate-page.h"

G_BEGIN_DECLS

struct _SlCandidatePage
{
  GtkBox parent_instance;

  SlStore *store;
  gint64 candidate_id;
  gboolean folded;

  SlCandidate *candidate;
  guint reload_source;
  guint summary_source;

  AdwWindowTitle *window_title;
  GtkLabel *name_label;
  GtkLabel *headline_label;
  GtkBox *summary_box;
  AdwActionRow *email_row;
  AdwActionRow *phone_row;
  AdwActionRow *location_row;
  AdwActionRow *source_row;
  AdwActionRow *added_row;
  AdwPreferencesGroup *notes_group;
  GtkLabel *notes_label;
  GtkMenuButton *add_role_button;
  GtkLabel *no_roles_label;
  GtkBox *applications_box;
  GMenu *packet_section;
};

void sl_candidate_page_class_add_privacy_actions (GtkWidgetClass *widget_class);

G_END_DECLS
