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
    {
      /* A toast's title is markup in libadwaita 1.2; a message may quote
       * what the user typed. */
      g_autofree char *title = g_markup_escape_text (error->message, -1);

      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
    }
  else
    {
      g_warning ("%s", error->message);
    }
}

/**
 * sl_gui_show_toast:
 * @widget: a widget inside the window's toast overlay
 * @toast: (transfer full): what to show
 */
void
sl_gui_show_toast (GtkWidget *widget,
                   AdwToast  *toast)
{
  GtkWidget *overlay;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ADW_IS_TOAST (toast));

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

/* A day in the user's locale, such as 11/27/26. */
char *
sl_gui_format_date (gint64 unix_time)
{
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_local (unix_time);

  return date != NULL ? g_date_time_format (date, "%x") : g_strdup ("");
}

static const char * const status_classes[] = {
  [SL_ASSESSMENT_UNASSESSED] = "status-unassessed",
  [SL_ASSESSMENT_MET] = "status-met",
  [SL_ASSESSMENT_PARTLY_MET] = "status-partly-met",
  [SL_ASSESSMENT_NOT_MET] = "status-not-met",
};

/* Shows a status's symbol, in its colour, on @widget: a GtkImage, or any
 * widget whose CSS colour its symbol follows. */
void
sl_gui_set_status_style (GtkWidget          *widget,
                         SlAssessmentStatus  status)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (status < SL_N_ASSESSMENT_STATUSES);

  for (guint i = 0; i < G_N_ELEMENTS (status_classes); i++)
    gtk_widget_remove_css_class (widget, status_classes[i]);
  gtk_widget_add_css_class (widget, status_classes[status]);

  if (GTK_IS_IMAGE (widget))
    gtk_image_set_from_icon_name (GTK_IMAGE (widget), sl_assessment_status_get_icon_name (status));
}

/**
 * sl_gui_describe_assessment:
 * @candidate: (nullable): the candidate's name, or %NULL when it goes
 *   without saying
 *
 * Returns: (transfer full): what a screen reader reads for one cell of a
 *   checklist: "Dana Reyes — Python proficiency: met — evidence: …"
 */
char *
sl_gui_describe_assessment (const char         *candidate,
                            const char         *requirement,
                            SlAssessmentStatus  status,
                            const char         *evidence)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (candidate != NULL)
    /* Translators: a candidate's name, then a requirement, in a checklist */
    g_string_append_printf (text, _("%s — "), candidate);

  /* Translators: a requirement and how far a candidate meets it */
  g_string_append_printf (text, _("%s: %s"), requirement, sl_assessment_status_get_label (status));

  if (sl_gui_is_set (evidence))
    /* Translators: what shows how far a candidate meets a requirement */
    g_string_append_printf (text, _(" — evidence: %s"), evidence);

  return g_string_free (g_steal_pointer (&text), FALSE);
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

static void
setup_string_item (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_string_item (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  GtkWidget *item_widget = gtk_widget_get_parent (label);
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (item));

  gtk_label_set_label (GTK_LABEL (label), text);

  /* GTK 4.8 has no accessible label for list items; the item's container
   * is what screen readers land on. */
  if (item_widget != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (item_widget),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                    -1);
}

/**
 * sl_gui_name_combo_row_items:
 * @row: a combo row of a #GtkStringList
 *
 * Shows the row's strings in items that screen readers can name.
 */
void
sl_gui_name_combo_row_items (AdwComboRow *row)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_return_if_fail (ADW_IS_COMBO_ROW (row));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_string_item), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_string_item), NULL);
  adw_combo_row_set_factory (row, factory);
}

/**
 * sl_gui_fill_table:
 * @table: (nullable) (element-type GStrv): rows of cells, the header first
 *
 * Shows a chart's figures as a grid of labels that can be selected and
 * copied: the header in bold, numbers aligned to the right.
 */
void
sl_gui_fill_table (GtkGrid   *grid,
                   GPtrArray *table)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_GRID (grid));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);

  for (guint r = 0; table != NULL && r < table->len; r++)
    {
      GStrv cells = g_ptr_array_index (table, r);

      for (guint c = 0; cells[c] != NULL; c++)
        {
          GtkWidget *label = gtk_label_new (cells[c]);

          gtk_label_set_xalign (GTK_LABEL (label), c == 0 ? 0 : 1);
          gtk_label_set_selectable (GTK_LABEL (label), TRUE);
          if (r == 0)
            gtk_widget_add_css_class (label, "heading");
          else if (c > 0)
            gtk_widget_add_css_class (label, "numeric");
          gtk_grid_attach (grid, label, c, r, 1, 1);
        }
    }
}

static void
color_from_rgba (SlChartColor  *color,
                 const GdkRGBA *rgba)
{
  color->red = rgba->red;
  color->green = rgba->green;
  color->blue = rgba->blue;
  color->alpha = rgba->alpha;
}

/**
 * sl_gui_fill_chart_style:
 *
 * Fills @style from @widget's theme: its foreground colour, the accent
 * colour, the window's background, high contrast and the font, so that
 * a chart drawn in it looks like the rest of the window.
 */
void
sl_gui_fill_chart_style (GtkWidget    *widget,
                         SlChartStyle *style)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  PangoContext *pango = gtk_widget_get_pango_context (widget);
  PangoFontDescription *font = pango_context_get_font_description (pango);
  GdkRGBA rgba;

  sl_chart_style_init_default (style, adw_style_manager_get_dark (manager));

  gtk_style_context_get_color (context, &rgba);
  color_from_rgba (&style->foreground, &rgba);
  if (gtk_style_context_lookup_color (context, "accent_color", &rgba))
    color_from_rgba (&style->accent, &rgba);
  if (gtk_style_context_lookup_color (context, "view_bg_color", &rgba))
    color_from_rgba (&style->background, &rgba);

  style->high_contrast = adw_style_manager_get_high_contrast (manager);

  /* The interface's typeface, at the renderer's size: a chart holds more
   * words in less room than a form does. */
  if (font != NULL && pango_font_description_get_family (font) != NULL)
    {
      g_free (style->font_family);
      style->font_family = g_strdup (pango_font_description_get_family (font));
    }
}

/* Escape closes @window, as it does a dialog. */
void
sl_gui_close_on_escape (GtkWindow *window)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  g_return_if_fail (GTK_IS_WINDOW (window));

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (GTK_WIDGET (window), controller);
}

/**
 * sl_gui_follow_store:
 * @owner: the object that shows what @store holds
 * @slot: where @owner keeps its store
 * @store: (nullable): the store to follow from now on
 * @on_changed: called swapped, with @owner first, on SlStore::changed
 *
 * Moves @owner's "changed" handler from the store it had to @store.
 */
void
sl_gui_follow_store (gpointer   owner,
                     SlStore  **slot,
                     SlStore   *store,
                     GCallback  on_changed)
{
  g_return_if_fail (G_IS_OBJECT (owner));
  g_return_if_fail (store == NULL || SL_IS_STORE (store));

  if (*slot == store)
    return;

  if (*slot != NULL)
    g_signal_handlers_disconnect_by_data (*slot, owner);
  g_set_object (slot, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", on_changed, owner, G_CONNECT_SWAPPED);
}

typedef struct
{
  GtkWidget *owner;
  SlGuiFileChosen chosen;
} FileChoice;

static void
on_file_chooser_response (GtkNativeDialog *chooser,
                          int              response,
                          FileChoice      *choice)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  if (file != NULL)
    choice->chosen (choice->owner, file);

  g_object_unref (choice->owner);
  g_free (choice);
}

/**
 * sl_gui_choose_file:
 * @owner: the widget the file is for, inside a window
 * @title: the chooser's title
 * @filter_name: what the files hold, as the filter names them
 * @suffix: the files' extension, such as "json"
 * @chosen: called with @owner and the file, if one is chosen
 *
 * Asks for a file to open, in a modal file chooser.
 */
void
sl_gui_choose_file (GtkWidget       *owner,
                    const char      *title,
                    const char      *filter_name,
                    const char      *suffix,
                    SlGuiFileChosen  chosen)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;
  FileChoice *choice;

  g_return_if_fail (GTK_IS_WIDGET (owner));
  g_return_if_fail (chosen != NULL);

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (gtk_widget_get_root (owner)),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_suffix (filter, suffix);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  choice = g_new0 (FileChoice, 1);
  choice->owner = g_object_ref (owner);
  choice->chosen = chosen;
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chooser_response), choice);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The sizes offered when exporting a chart: the first is the chart as
 * shown. */
static const struct
{
  const char *id;
  int width;
  int height;
} export_sizes[] = {
  { "shown", 0, 0 },
  { "800x500", 800, 500 },
  { "1200x700", 1200, 700 },
  { "1600x900", 1600, 900 },
};

typedef struct
{
  GtkWidget *owner;
  SlGuiChartExport export_to;
} ChartExport;

static void
on_export_response (GtkNativeDialog *chooser,
                    int              response,
                    ChartExport     *export)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  const char *size = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "size");
  int width = 0;
  int height = 0;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  for (guint i = 0; i < G_N_ELEMENTS (export_sizes); i++)
    if (g_strcmp0 (size, export_sizes[i].id) == 0)
      {
        width = export_sizes[i].width;
        height = export_sizes[i].height;
      }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  if (file != NULL)
    {
      path = g_file_get_path (file);
      if (!export->export_to (export->owner, path, width, height, &error))
        sl_gui_show_error (export->owner, error);
      else
        {
          g_autofree char *basename = g_file_get_basename (file);
          g_autofree char *message = g_markup_printf_escaped (_("Exported the chart as “%s”"), basename);

          sl_gui_show_toast (export->owner, adw_toast_new (message));
        }
    }

  g_object_unref (export->owner);
  g_free (export);
}

/**
 * sl_gui_save_chooser_new:
 * @owner: the widget the file is for, inside a window
 * @filter_name: (nullable): what the files of @suffix are, to list only them
 * @current_name: (nullable): the file name offered
 *
 * A modal chooser of where to export a file, shown by the caller once it
 * has added its choices and connected to its response.
 *
 * Returns: (transfer full): the chooser
 */
GtkFileChooserNative *
sl_gui_save_chooser_new (GtkWidget  *owner,
                         const char *title,
                         const char *filter_name,
                         const char *suffix,
                         const char *current_name)
{
  GtkRoot *root = gtk_widget_get_root (owner);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  if (filter_name != NULL)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, filter_name);
      gtk_file_filter_add_suffix (filter, suffix);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
    }

  if (current_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), current_name);

  return chooser;
}

/**
 * sl_gui_export_chart:
 * @owner: the chart's widget, inside a window
 * @format: "png", "svg" or "pdf"
 * @name: (nullable): what the chart shows, for the file name offered
 * @export_to: draws the chart into the file chosen, at the size chosen:
 *   0 × 0 for the chart as shown
 *
 * Asks where to export a chart and at which size, then has @export_to
 * write it, and tells how that went.
 */
void
sl_gui_export_chart (GtkWidget        *owner,
                     const char       *format,
                     const char       *name,
                     SlGuiChartExport  export_to)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *upper = NULL;
  g_autofree char *file_name = NULL;
  const char *ids[G_N_ELEMENTS (export_sizes) + 1] = { NULL };
  GtkFileChooserNative *chooser;
  ChartExport *export;

  g_return_if_fail (GTK_IS_WIDGET (owner));
  g_return_if_fail (format != NULL);
  g_return_if_fail (export_to != NULL);

  upper = g_ascii_strup (format, -1);
  chooser = sl_gui_save_chooser_new (owner, _("Export Chart"), upper, format, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (export_sizes); i++)
    {
      ids[i] = export_sizes[i].id;
      if (i == 0)
        g_ptr_array_add (labels, g_strdup (_("As shown")));
      else
        g_ptr_array_add (labels, g_strdup_printf ("%d × %d", export_sizes[i].width, export_sizes[i].height));
    }
  g_ptr_array_add (labels, NULL);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "size", _("Size"), ids,
                               (const char **) labels->pdata);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "size", "1200x700");

  /* Translators: the file name offered for an exported chart: what it
   * shows, then the file type */
  file_name = g_strdup_printf (_("%s.%s"), name != NULL ? name : _("Chart"), format);
  g_strdelimit (file_name, "/\\", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);

  export = g_new0 (ChartExport, 1);
  export->owner = g_object_ref (owner);
  export->export_to = export_to;
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response), export);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
