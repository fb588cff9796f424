/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ui"

#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "sl-candidate-dialog-private.h"
#include "sl-new-role-dialog.h"
#include "sl-role-row.h"
#include "sl-sample.h"
#include "sl-window-private.h"

/* The real window on a real database: what a recruiter does, done through
 * the widgets and actions, checked in the store. */

#define SAMPLE_ROLE "VP of AI/ML Engineering"

typedef struct
{
  char *dir;
  SlStore *store;
  SlWindow *window;
} Fixture;

typedef gboolean (*Condition) (gpointer data);

/* Runs the main loop until @condition holds, for at most five seconds. */
static void
wait_for (Condition condition,
          gpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
}

static void
spin (guint milliseconds)
{
  gint64 until = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < until)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static gboolean
pointer_cleared (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static void
open_window (Fixture *fixture)
{
  fixture->window = sl_window_new (NULL, fixture->store);
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_for (is_mapped, fixture->window);
}

static void
fixture_set_up_empty (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("shortlist-ui-XXXXXX", &error);
  g_assert_no_error (error);

  path = g_build_filename (fixture->dir, "shortlist.db", NULL);
  fixture->store = sl_store_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture_set_up_empty (fixture, data);

  sl_sample_populate (fixture->store, 12, &error);
  g_assert_no_error (error);

  open_window (fixture);
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_remove (child);
    }

  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    {
      SlWindow *window = fixture->window;

      /* The window and everything it made let go of the store. */
      g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &fixture->window);
      gtk_window_destroy (GTK_WINDOW (window));
      wait_for (pointer_cleared, &fixture->window);
    }

  g_assert_finalize_object (fixture->store);

  remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static GtkListBoxRow *
find_role_row (SlWindow   *window,
               const char *title)
{
  GtkListBox *sidebar = sl_window_get_sidebar (window);

  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (sidebar, i);

      if (row == NULL)
        return NULL;

      if (SL_IS_ROLE_ROW (row) &&
          g_strcmp0 (sl_role_get_title (sl_role_row_get_role (SL_ROLE_ROW (row))), title) == 0)
        return row;
    }
}

static guint
n_role_candidates (SlWindow *window)
{
  GListModel *model = sl_role_page_get_candidates (sl_window_get_role_page (window));

  g_assert_nonnull (model);
  return g_list_model_get_n_items (model);
}

static gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && gtk_widget_get_mapped (child))
        return child;

      if ((found = find_descendant (child, type)) != NULL)
        return found;
    }

  return NULL;
}

static void
test_sample_shown (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkListBoxRow *row = find_role_row (fixture->window, SAMPLE_ROLE);

  g_assert_nonnull (row);
  g_assert_true (gtk_list_box_row_is_selected (row));
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL, SAMPLE_ROLE);
  g_assert_cmpstr (sl_window_get_visible_page (fixture->window), ==, "role");
  g_assert_cmpuint (n_role_candidates (fixture->window), ==, 12);
}

/* The entry row that holds the keyboard focus of @window, if any. */
static GtkWidget *
focused_entry_row (GtkWindow *window)
{
  GtkWidget *focus = gtk_window_get_focus (window);

  if (focus == NULL)
    return NULL;
  if (ADW_IS_ENTRY_ROW (focus))
    return focus;

  return gtk_widget_get_ancestor (focus, ADW_TYPE_ENTRY_ROW);
}

static void
test_add_candidate (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SlCandidateDialog *dialog;
  GtkWidget *save;
  AdwEntryRow *name_row;
  AdwEntryRow *email_row;
  GtkLabel *name_message;
  GtkLabel *email_message;

  g_assert_cmpuint (sl_store_count_candidates (fixture->store, &error), ==, 12);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-candidate", NULL));

  dialog = find_toplevel (SL_TYPE_CANDIDATE_DIALOG);
  g_assert_nonnull (dialog);
  wait_for (is_mapped, dialog);

  save = sl_candidate_dialog_get_save_button (dialog);
  name_row = sl_candidate_dialog_get_name_row (dialog);
  email_row = sl_candidate_dialog_get_email_row (dialog);
  name_message = sl_candidate_dialog_get_name_message (dialog);
  email_message = sl_candidate_dialog_get_email_message (dialog);

  /* Typing starts in the name field. */
  g_assert_true (focused_entry_row (GTK_WINDOW (dialog)) == GTK_WIDGET (name_row));

  /* Nothing typed yet: no complaint, but nothing to save either. */
  g_assert_false (gtk_widget_is_sensitive (save));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (name_message)));

  /* A name typed and taken back is pointed out. */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "T");
  g_assert_true (gtk_widget_is_sensitive (save));
  gtk_editable_set_text (GTK_EDITABLE (name_row), "   ");
  g_assert_false (gtk_widget_is_sensitive (save));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (name_message)));
  g_assert_cmpstr (gtk_label_get_label (name_message), ==, "Enter a name");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (name_row), "error"));
  gtk_test_accessible_assert_state (name_row, GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE);

  gtk_editable_set_text (GTK_EDITABLE (name_row), "Taylor Example");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (name_message)));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (name_row), "error"));

  gtk_editable_set_text (GTK_EDITABLE (email_row), "not-an-address");
  g_assert_false (gtk_widget_is_sensitive (save));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (email_message)));
  g_assert_cmpstr (gtk_label_get_label (email_message), ==, "“not-an-address” is not an email address");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (email_row), "error"));

  gtk_editable_set_text (GTK_EDITABLE (email_row), "taylor@example.com");
  g_assert_true (gtk_widget_is_sensitive (save));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (email_message)));

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate (save);
  wait_for (pointer_cleared, &dialog);

  /* Saved, and put into the role the window shows. */
  g_assert_cmpuint (sl_store_count_candidates (fixture->store, &error), ==, 13);
  g_assert_no_error (error);
  g_assert_cmpuint (n_role_candidates (fixture->window), ==, 13);
}

static void
test_move_candidate (Fixture       *fixture,
                     gconstpointer  data)
{
  SlRolePage *page = sl_window_get_role_page (fixture->window);
  g_autoptr(SlApplication) first = g_list_model_get_item (sl_role_page_get_candidates (page), 0);
  g_autoptr(SlApplication) moved = NULL;
  g_autoptr(GListModel) stages = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStage) target = NULL;
  gint64 application_id = sl_application_get_id (first);

  stages = sl_store_list_stages (fixture->store, sl_application_get_role_id (first), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (stages), >, 2);

  /* The row's menu activates this action with the row's application. */
  target = g_list_model_get_item (stages, 2);
  g_assert_cmpint (sl_stage_get_id (target), !=, sl_application_get_stage_id (first));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "role.move-application", "(xx)",
                                             application_id, sl_stage_get_id (target)));

  moved = sl_store_get_application (fixture->store, application_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sl_application_get_stage_id (moved), ==, sl_stage_get_id (target));
}

static gboolean
dropdown_shown (gpointer data)
{
  return find_descendant (GTK_WIDGET (sl_window_get_candidate_page (data)), GTK_TYPE_DROP_DOWN) != NULL;
}

static void
test_move_on_candidate_page (Fixture       *fixture,
                             gconstpointer  data)
{
  SlRolePage *page = sl_window_get_role_page (fixture->window);
  g_autoptr(SlApplication) first = g_list_model_get_item (sl_role_page_get_candidates (page), 0);
  g_autoptr(SlApplication) moved = NULL;
  g_autoptr(GError) error = NULL;
  GtkDropDown *dropdown;
  SlStage *stage;
  g_autoptr(GPtrArray) history = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-candidate", "x",
                                             sl_application_get_candidate_id (first)));
  g_assert_cmpstr (sl_window_get_visible_page (fixture->window), ==, "candidate");
  wait_for (dropdown_shown, fixture->window);

  dropdown = GTK_DROP_DOWN (find_descendant (GTK_WIDGET (sl_window_get_candidate_page (fixture->window)),
                                             GTK_TYPE_DROP_DOWN));
  stage = gtk_drop_down_get_selected_item (dropdown);
  g_assert_cmpint (sl_stage_get_id (stage), ==, sl_application_get_stage_id (first));

  gtk_drop_down_set_selected (dropdown, gtk_drop_down_get_selected (dropdown) + 1);
  stage = gtk_drop_down_get_selected_item (dropdown);

  moved = sl_store_get_application (fixture->store, sl_application_get_id (first), &error);
  g_assert_no_error (error);
  g_assert_cmpint (sl_application_get_stage_id (moved), ==, sl_stage_get_id (stage));

  history = sl_store_list_stage_history (fixture->store, sl_application_get_id (first), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, >=, 2);

  /* The page rebuilds itself once the drop-down is done; Escape goes back. */
  spin (50);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.go-back", NULL));
  g_assert_cmpstr (sl_window_get_visible_page (fixture->window), ==, "role");
}

static void
test_delete_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  SlRolePage *page = sl_window_get_role_page (fixture->window);
  g_autoptr(SlApplication) first = g_list_model_get_item (sl_role_page_get_candidates (page), 0);
  g_autoptr(SlCandidate) restored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 candidate_id = sl_application_get_candidate_id (first);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-candidate", "x",
                                             candidate_id));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sl_window_get_candidate_page (fixture->window)),
                                             "candidate.delete", NULL));

  g_assert_cmpstr (sl_window_get_visible_page (fixture->window), ==, "role");
  g_assert_cmpuint (sl_window_get_n_pending_deletions (fixture->window), ==, 1);
  g_assert_cmpuint (sl_store_count_candidates (fixture->store, &error), ==, 11);
  g_assert_cmpuint (n_role_candidates (fixture->window), ==, 11);

  /* The toast's Undo button activates this action with the candidate. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo-delete", "x",
                                             candidate_id));

  g_assert_cmpuint (sl_store_count_candidates (fixture->store, &error), ==, 12);
  g_assert_cmpuint (n_role_candidates (fixture->window), ==, 12);
  restored = sl_store_get_candidate (fixture->store, candidate_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sl_candidate_get_name (restored), ==, sl_application_get_candidate_name (first));
}

static void
test_new_role (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(SlRole) role = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-role", NULL));
  dialog = find_toplevel (SL_TYPE_NEW_ROLE_DIALOG);
  g_assert_nonnull (dialog);

  wait_for (is_mapped, dialog);
  g_assert_nonnull (focused_entry_row (dialog));

  /* The template's title is taken by the sample role. */
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.create", NULL));
  wait_for (pointer_cleared, &dialog);

  role = sl_store_find_role (fixture->store, SAMPLE_ROLE " (2)", &error);
  g_assert_no_error (error);
  g_assert_nonnull (find_role_row (fixture->window, SAMPLE_ROLE " (2)"));
  g_assert_cmpint (sl_role_page_get_role_id (sl_window_get_role_page (fixture->window)), ==,
                   sl_role_get_id (role));
  g_assert_cmpuint (n_role_candidates (fixture->window), ==, 0);
}

static void
test_delete_role (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GListModel) roles = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sl_window_get_role_page (fixture->window)),
                                             "role.delete", NULL));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);

  /* Asked first; nothing is gone before the answer. */
  g_assert_nonnull (find_role_row (fixture->window, SAMPLE_ROLE));

  /* What the dialog's Delete button does: respond, then close. */
  adw_message_dialog_response (dialog, "delete");
  gtk_window_destroy (GTK_WINDOW (dialog));

  roles = sl_store_list_roles (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 0);
  g_assert_null (find_role_row (fixture->window, SAMPLE_ROLE));
  g_assert_cmpstr (sl_window_get_visible_page (fixture->window), ==, "empty");

  /* The candidates stay. */
  g_assert_cmpuint (sl_store_count_candidates (fixture->store, &error), ==, 12);
}

static void
test_all_candidates (Fixture       *fixture,
                     gconstpointer  data)
{
  SlCandidatesPage *page = sl_window_get_candidates_page (fixture->window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-all-candidates", NULL));
  g_assert_cmpstr (sl_window_get_visible_page (fixture->window), ==, "candidates");
  g_assert_cmpuint (g_list_model_get_n_items (sl_candidates_page_get_candidates (page)), ==, 12);
}

static void
test_empty_state (Fixture       *fixture,
                  gconstpointer  data)
{
  open_window (fixture);

  g_assert_cmpstr (sl_window_get_visible_page (fixture->window), ==, "empty");
  g_assert_null (find_role_row (fixture->window, SAMPLE_ROLE));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-sample", NULL));

  g_assert_nonnull (find_role_row (fixture->window, SAMPLE_ROLE));
  g_assert_cmpstr (sl_window_get_visible_page (fixture->window), ==, "role");
  g_assert_cmpuint (n_role_candidates (fixture->window), ==, SL_SAMPLE_DEFAULT_CANDIDATES);
}

static gboolean
has_binding (GtkWidget          *widget,
             GtkShortcutTrigger *trigger)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  guint n = g_list_model_get_n_items (controllers);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      guint n_shortcuts;

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      n_shortcuts = g_list_model_get_n_items (G_LIST_MODEL (controller));
      for (guint j = 0; j < n_shortcuts; j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), trigger))
            return TRUE;
        }
    }

  return FALSE;
}

static void
collect_shortcuts (GtkWidget *widget,
                   GPtrArray *accelerators)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SHORTCUTS_SHORTCUT (child))
        {
          char *accelerator = NULL;

          g_object_get (child, "accelerator", &accelerator, NULL);
          if (accelerator != NULL)
            g_ptr_array_add (accelerators, accelerator);
        }

      collect_shortcuts (child, accelerators);
    }
}

/* Each key the shortcuts window lists by itself is bound in the window or
 * in the dialogs; those it lists by action are the application's
 * accelerators, which it shows only when they are set. */
static void
test_shortcuts_listed_work (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/shortlist/Shortlist/gtk/help-overlay.ui");
  g_autoptr(GPtrArray) accelerators = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  GtkWidget *candidate_dialog = GTK_WIDGET (sl_candidate_dialog_new (GTK_WINDOW (fixture->window),
                                                                     fixture->store, NULL, 0));
  GtkWidget *role_dialog = GTK_WIDGET (sl_new_role_dialog_new (GTK_WINDOW (fixture->window),
                                                               fixture->store));

  g_assert_nonnull (overlay);

  /* The check itself can tell a key nothing is bound to. */
  {
    g_autoptr(GtkShortcutTrigger) unbound = gtk_shortcut_trigger_parse_string ("<Control><Alt>k");
    g_assert_false (has_binding (GTK_WIDGET (fixture->window), unbound));
  }

  collect_shortcuts (overlay, accelerators);
  g_assert_cmpuint (accelerators->len, >=, 6);

  for (guint i = 0; i < accelerators->len; i++)
    {
      const char *accelerator = g_ptr_array_index (accelerators, i);
      g_autoptr(GtkShortcutTrigger) trigger = gtk_shortcut_trigger_parse_string (accelerator);

      g_assert_nonnull (trigger);
      g_assert_true (has_binding (GTK_WIDGET (fixture->window), trigger) ||
                     has_binding (candidate_dialog, trigger) ||
                     has_binding (role_dialog, trigger));
    }

  gtk_window_destroy (GTK_WINDOW (candidate_dialog));
  gtk_window_destroy (GTK_WINDOW (role_dialog));
  gtk_window_destroy (GTK_WINDOW (overlay));
}

static void
test_open_error (void)
{
  g_autoptr(GError) error = g_error_new_literal (SL_ERROR, SL_ERROR_TOO_NEW,
                                                 "Written by a newer version");
  SlWindow *window = sl_window_new (NULL, NULL);

  sl_window_show_open_error (window, error);
  gtk_window_present (GTK_WINDOW (window));
  wait_for (is_mapped, window);

  g_assert_cmpstr (sl_window_get_visible_page (window), ==, "error");

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (GTK_WINDOW (window));
  wait_for (pointer_cleared, &window);
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  /* The test backend keeps what the widgets tell assistive technologies. */
  g_setenv ("GTK_A11Y", "test", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/sample-shown", Fixture, NULL, fixture_set_up, test_sample_shown, fixture_tear_down);
  g_test_add ("/ui/add-candidate", Fixture, NULL, fixture_set_up, test_add_candidate, fixture_tear_down);
  g_test_add ("/ui/move-candidate", Fixture, NULL, fixture_set_up, test_move_candidate, fixture_tear_down);
  g_test_add ("/ui/move-on-candidate-page", Fixture, NULL, fixture_set_up, test_move_on_candidate_page, fixture_tear_down);
  g_test_add ("/ui/delete-and-undo", Fixture, NULL, fixture_set_up, test_delete_and_undo, fixture_tear_down);
  g_test_add ("/ui/new-role", Fixture, NULL, fixture_set_up, test_new_role, fixture_tear_down);
  g_test_add ("/ui/delete-role", Fixture, NULL, fixture_set_up, test_delete_role, fixture_tear_down);
  g_test_add ("/ui/all-candidates", Fixture, NULL, fixture_set_up, test_all_candidates, fixture_tear_down);
  g_test_add ("/ui/empty-state", Fixture, NULL, fixture_set_up_empty, test_empty_state, fixture_tear_down);
  g_test_add ("/ui/shortcuts-listed-work", Fixture, NULL, fixture_set_up, test_shortcuts_listed_work, fixture_tear_down);
  g_test_add_func ("/ui/open-error", test_open_error);

  return g_test_run ();
}
