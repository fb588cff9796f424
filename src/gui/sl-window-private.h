/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sl-candidate-page.h"
#include "sl-candidates-page.h"
#include "sl-role-page.h"
#include "sl-window.h"

G_BEGIN_DECLS

/* What the content side shows under the candidate page: one role's
 * pipeline, every candidate, or nothing yet. */
typedef enum
{
  LIST_NONE,
  LIST_ROLE,
  LIST_ALL,
} ListKind;

struct _SlWindow
{
  AdwApplicationWindow parent_instance;

  SlStore *store;
  GSettings *settings;

  ListKind list;
  gint64 role_id;
  gboolean showing_candidate;
  gboolean syncing_selection;
  guint n_roles;
  guint pending_deletions;
  AdwToast *undo_toast;  /* the latest offer to undo a deletion, while shown */

  GtkStack *main_stack;
  AdwLeaflet *leaflet;
  GtkWidget *sidebar;
  GtkListBox *sidebar_list;
  GtkListBoxRow *all_candidates_row;
  AdwToastOverlay *toast_overlay;
  GtkStack *content_stack;
  AdwStatusPage *error_status;
  GtkRevealer *damage_revealer;
  GtkLabel *damage_label;
  SlRolePage *role_page;
  SlCandidatesPage *candidates_page;
  SlCandidatePage *candidate_page;
};

/* Shared by the window's files: sl-window.c keeps what is shown in step
 * with the store, sl-window-actions.c does what the user asks. */
void           sl_window_class_actions_init   (SlWindowClass *klass);
void           sl_window_update_content       (SlWindow      *self);
GtkListBoxRow *sl_window_find_role_row        (SlWindow      *self,
                                               gint64         role_id);
void           sl_window_show_role            (SlWindow      *self,
                                               gint64         role_id);
void           sl_window_show_all_candidates  (SlWindow      *self);
gboolean       sl_window_import_dropped_file  (SlWindow      *self,
                                               GFile         *file);
void           sl_window_show_content         (SlWindow      *self);
void           sl_window_import_role          (SlWindow      *self,
                                               GFile         *file);

/* The window's parts, for the tests that drive it. */
GtkListBox       *sl_window_get_sidebar               (SlWindow *self);
SlRolePage       *sl_window_get_role_page             (SlWindow *self);
SlCandidatesPage *sl_window_get_candidates_page       (SlWindow *self);
SlCandidatePage  *sl_window_get_candidate_page        (SlWindow *self);
const char       *sl_window_get_visible_page          (SlWindow *self);
guint             sl_window_get_n_pending_deletions   (SlWindow *self);
AdwToast         *sl_window_get_undo_toast            (SlWindow *self);

G_END_DECLS
