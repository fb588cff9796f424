/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sl-candidate-dialog.h"

G_BEGIN_DECLS

/* The dialog's parts, for the tests that fill it in. */
AdwEntryRow *sl_candidate_dialog_get_name_row      (SlCandidateDialog *self);
AdwEntryRow *sl_candidate_dialog_get_email_row     (SlCandidateDialog *self);
GtkWidget   *sl_candidate_dialog_get_save_button   (SlCandidateDialog *self);
GtkLabel    *sl_candidate_dialog_get_name_message  (SlCandidateDialog *self);
GtkLabel    *sl_candidate_dialog_get_email_message (SlCandidateDialog *self);
GtkLabel    *sl_candidate_dialog_get_error_label   (SlCandidateDialog *self);

G_END_DECLS
