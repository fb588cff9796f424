/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-audit-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-audit-window.h"
#include "sl-gui-util.h"

/* The audit log: who changed what and when, newest first, for everyone
 * or for one candidate. The log is read from the database as it is
 * scrolled, however long it has grown. */

struct _SlAuditWindow
{
  AdwWindow parent_instance;

  GListModel *entries;
  GtkStack *stack;
};

G_DEFINE_FINAL_TYPE (SlAuditWindow, sl_audit_window, ADW_TYPE_WINDOW)

static void
setup_entry (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *what = gtk_label_new (NULL);
  GtkWidget *details = gtk_label_new (NULL);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);
  gtk_label_set_xalign (GTK_LABEL (what), 0);
  gtk_label_set_wrap (GTK_LABEL (what), TRUE);
  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_label_set_wrap (GTK_LABEL (details), TRUE);
  gtk_widget_add_css_class (details, "dim-label");
  gtk_widget_add_css_class (details, "caption");
  gtk_box_append (GTK_BOX (box), what);
  gtk_box_append (GTK_BOX (box), details);
  gtk_list_item_set_child (item, box);
}

static void
bind_entry (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  SlAuditEntry *entry = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *item_widget = gtk_widget_get_parent (box);
  const char *subject = sl_audit_entry_get_subject (entry);
  const char *actor = sl_audit_entry_get_actor (entry);
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (sl_audit_entry_get_time (entry));
  g_autofree char *time = g_date_time_format (when, "%x %X");
  g_autofree char *what = NULL;
  g_autofree char *details = NULL;
  g_autofree char *label = NULL;

  /* Translators: what was done, then to whom or what */
  what = subject != NULL ? g_strdup_printf (_("%s: %s"), sl_audit_action_describe (sl_audit_entry_get_action (entry)),
                                            subject)
                         : g_strdup (sl_audit_action_describe (sl_audit_entry_get_action (entry)));
  /* Translators: who did it, then when */
  details = g_strdup_printf (_("%s · %s"), actor != NULL ? actor : _("Someone unnamed"), time);

  gtk_label_set_label (GTK_LABEL (gtk_widget_get_first_child (box)), what);
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_last_child (box)), details);

  /* GTK 4.8 gives list items no label of their own. */
  label = g_strdup_printf ("%s, %s", what, details);
  if (item_widget != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (item_widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
update_state (SlAuditWindow *self)
{
  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (self->entries) > 0 ? "log" : "empty");
}

static void
sl_audit_window_dispose (GObject *object)
{
  SlAuditWindow *self = SL_AUDIT_WINDOW (object);

  if (self->entries != NULL)
    g_signal_handlers_disconnect_by_data (self->entries, self);
  g_clear_object (&self->entries);

  G_OBJECT_CLASS (sl_audit_window_parent_class)->dispose (object);
}

static void
sl_audit_window_class_init (SlAuditWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sl_audit_window_dispose;
}

static void
sl_audit_window_init (SlAuditWindow *self)
{
}

/**
 * sl_audit_window_new:
 * @candidate_id: only the entries about this candidate, or 0 for all
 * @candidate_name: (nullable): the candidate's name, for the title
 *
 * Returns: (transfer floating): the window, to present
 */
GtkWidget *
sl_audit_window_new (GtkWindow  *parent,
                     SlStore    *store,
                     gint64      candidate_id,
                     const char *candidate_name)
{
  SlAuditWindow *self = g_object_new (SL_TYPE_AUDIT_WINDOW,
                                      "transient-for", parent,
                                      "default-width", 560,
                                      "default-height", 640,
                                      NULL);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *title = adw_window_title_new (_("Audit Log"), candidate_name);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *status = adw_status_page_new ();
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *list;

  g_return_val_if_fail (SL_IS_STORE (store), NULL);

  gtk_window_set_title (GTK_WINDOW (self), _("Audit Log"));
  sl_gui_close_on_escape (GTK_WINDOW (self));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  gtk_box_append (GTK_BOX (content), header);

  self->entries = sl_store_list_audit (store, candidate_id);
  g_signal_connect_swapped (self->entries, "items-changed", G_CALLBACK (update_state), self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_entry), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_entry), NULL);
  list = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (self->entries))), factory);
  gtk_widget_add_css_class (list, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Who changed what and when, newest first"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "document-open-recent-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("Nothing Recorded Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status), _("Every change made in Shortlist is recorded here"));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_stack_add_named (self->stack, scroller, "log");
  gtk_stack_add_named (self->stack, status, "empty");
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->stack));
  adw_window_set_content (ADW_WINDOW (self), content);

  update_state (self);

  return GTK_WIDGET (self);
}

/* The entries shown, for tests. */
GListModel *
sl_audit_window_get_entries (SlAuditWindow *self)
{
  g_return_val_if_fail (SL_IS_AUDIT_WINDOW (self), NULL);

  return self->entries;
}
