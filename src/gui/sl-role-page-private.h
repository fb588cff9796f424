/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-role-page-private.h: what the role page and its profile share */

#pragma once

#include "sl-board-view.h"
#include "sl-checklist-matrix.h"
#include "sl-compensation-page.h"
#include "sl-review-page.h"
#include "sl-role-page.h"
#include "sl-stages-view.h"

G_BEGIN_DECLS

struct _SlRolePage
{
  GtkBox parent_instance;

  SlStore *store;
  gint64 role_id;
  gboolean folded;

  SlRole *role;
  GPtrArray *requirements;   /* SlRequirement*, as the profile shows them */
  GListModel *stages;
  GListModel *candidates;
  GtkNoSelection *selection;

  AdwViewSwitcherTitle *switcher_title;
  AdwViewStack *view_stack;
  GtkLabel *heading_label;
  GtkLabel *count_label;
  GtkSearchEntry *search_entry;
  GtkStack *candidates_stack;
  GtkListView *candidates_view;
  AdwStatusPage *candidates_status;
  SlBoardView *board;
  SlChecklistMatrix *matrix;
  SlCompensationPage *compensation;
  SlReviewPage *review;
  SlStagesView *stages_view;
  GtkLabel *title_label;
  GtkLabel *summary_label;
  GtkBox *responsibilities_box;
  GtkBox *requirements_box;
};

void sl_role_page_reload_profile        (SlRolePage     *self);
void sl_role_page_class_add_profile_actions (GtkWidgetClass *widget_class);

G_END_DECLS
