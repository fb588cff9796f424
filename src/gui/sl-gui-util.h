/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sl-candidate.h"
#include "sl-chart.h"
#include "sl-checklist.h"
#include "sl-store.h"

G_BEGIN_DECLS

typedef void (*SlGuiFileChosen) (GtkWidget *owner,
                                 GFile     *file);

typedef gboolean (*SlGuiChartExport) (GtkWidget  *owner,
                                      const char *path,
                                      int         width,
                                      int         height,
                                      GError    **error);

void      sl_gui_show_error          (GtkWidget    *widget,
                                      const GError *error);
void      sl_gui_remove_children     (GtkBox       *box);
gboolean  sl_gui_is_set              (const char   *str);
char     *sl_gui_describe_work       (SlCandidate  *candidate);
char     *sl_gui_format_n_active     (guint         n_active);
void      sl_gui_show_toast          (GtkWidget    *widget,
                                      AdwToast     *toast);
char     *sl_gui_format_date         (gint64        unix_time);
void      sl_gui_set_status_style    (GtkWidget    *widget,
                                      SlAssessmentStatus status);
void      sl_gui_name_combo_row_items (AdwComboRow *row);
void      sl_gui_fill_table          (GtkGrid      *grid,
                                      GPtrArray    *table);
void      sl_gui_fill_chart_style    (GtkWidget    *widget,
                                      SlChartStyle *style);
char     *sl_gui_describe_assessment (const char   *candidate,
                                      const char   *requirement,
                                      SlAssessmentStatus status,
                                      const char   *evidence);

void      sl_gui_close_on_escape     (GtkWindow    *window);
void      sl_gui_follow_store        (gpointer      owner,
                                      SlStore     **slot,
                                      SlStore      *store,
                                      GCallback     on_changed);

void      sl_gui_choose_file         (GtkWidget    *owner,
                                      const char   *title,
                                      const char   *filter_name,
                                      const char   *suffix,
                                      SlGuiFileChosen chosen);
GtkFileChooserNative *sl_gui_save_chooser_new (GtkWidget  *owner,
                                      const char   *title,
                                      const char   *filter_name,
                                      const char   *suffix,
                                      const char   *current_name);
void      sl_gui_export_chart        (GtkWidget    *owner,
                                      const char   *format,
                                      const char   *name,
                                      SlGuiChartExport export_to);

G_END_DECLS
