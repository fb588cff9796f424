/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-gui-util"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-gui-util.h"

/* Small pieces that several views share, so that they say things the
 * same way. */

/**
 * sl_gui_show_error:
 * @widget: a widget inside the window's toast overlay
 *
 * Tells the user what failed, in a toast of the window @widget is in.
 */
void
sl_gui_show_error (GtkWidget    *widget,
                   const GError *error)
{
  GtkWidget *overlay;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (error != NULL);

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (error->message));
  else
    g_warning ("%s", error->message);
}

void
sl_gui_remove_children (GtkBox *box)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_BOX (box));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

gboolean
sl_gui_is_set (const char *str)
{
  return str != NULL && str[0] != '\0';
}

/**
 * sl_gui_describe_work:
 *
 * Returns: (transfer full) (nullable): what the candidate does where, or
 *   %NULL when neither is known
 */
char *
sl_gui_describe_work (SlCandidate *candidate)
{
  const char *headline;
  const char *company;

  g_return_val_if_fail (SL_IS_CANDIDATE (candidate), NULL);

  headline = sl_candidate_get_headline (candidate);
  company = sl_candidate_get_company (candidate);

  if (sl_gui_is_set (headline) && sl_gui_is_set (company))
    /* Translators: a candidate's current job title and employer */
    return g_strdup_printf (_("%s at %s"), headline, company);
  if (sl_gui_is_set (headline))
    return g_strdup (headline);
  if (sl_gui_is_set (company))
    return g_strdup (company);

  return NULL;
}

/**
 * sl_gui_format_n_active:
 *
 * Returns: (transfer full): how many candidates of a role are active, in
 *   words
 */
char *
sl_gui_format_n_active (guint n_active)
{
  /* The apostrophe groups thousands as the locale does. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%'u active candidate",
                                       "%'u active candidates",
                                       n_active),
                          n_active);
}
