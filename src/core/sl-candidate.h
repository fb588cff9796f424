/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SL_CANDIDATE_MAX_NAME 200

#define SL_TYPE_CANDIDATE (sl_candidate_get_type ())
G_DECLARE_FINAL_TYPE (SlCandidate, sl_candidate, SL, CANDIDATE, GObject)

SlCandidate *sl_candidate_new          (void);
gint64       sl_candidate_get_id       (SlCandidate *self);
void         sl_candidate_set_id       (SlCandidate *self,
                                        gint64       id);
const char  *sl_candidate_get_name     (SlCandidate *self);
void         sl_candidate_set_name     (SlCandidate *self,
                                        const char  *name);
const char  *sl_candidate_get_email    (SlCandidate *self);
void         sl_candidate_set_email    (SlCandidate *self,
                                        const char  *email);
const char  *sl_candidate_get_phone    (SlCandidate *self);
void         sl_candidate_set_phone    (SlCandidate *self,
                                        const char  *phone);
const char  *sl_candidate_get_location (SlCandidate *self);
void         sl_candidate_set_location (SlCandidate *self,
                                        const char  *location);
const char  *sl_candidate_get_headline (SlCandidate *self);
void         sl_candidate_set_headline (SlCandidate *self,
                                        const char  *headline);
const char  *sl_candidate_get_company  (SlCandidate *self);
void         sl_candidate_set_company  (SlCandidate *self,
                                        const char  *company);
const char  *sl_candidate_get_source   (SlCandidate *self);
void         sl_candidate_set_source   (SlCandidate *self,
                                        const char  *source);
const char  *sl_candidate_get_notes    (SlCandidate *self);
void         sl_candidate_set_notes    (SlCandidate *self,
                                        const char  *notes);
gint64       sl_candidate_get_created  (SlCandidate *self);
void         sl_candidate_set_created  (SlCandidate *self,
                                        gint64       created);

gboolean     sl_candidate_validate     (SlCandidate *self,
                                        GError     **error);
gboolean     sl_candidate_check_name   (const char  *name,
                                        GError     **error);
gboolean     sl_candidate_check_email  (const char  *email,
                                        GError     **error);
gboolean     sl_email_is_valid         (const char  *email);

G_END_DECLS
