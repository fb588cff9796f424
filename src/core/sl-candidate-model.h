/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-candidate-model.h: the whole talent pool as a list, searched and
 * sorted by the database away from the main thread */

#pragma once

#include "sl-store.h"

G_BEGIN_DECLS

typedef enum
{
  SL_CANDIDATE_SORT_NAME,
  SL_CANDIDATE_SORT_HEADLINE,
  SL_CANDIDATE_SORT_COMPANY,
  SL_CANDIDATE_SORT_LOCATION,
  SL_CANDIDATE_SORT_EMAIL,
  SL_CANDIDATE_SORT_SOURCE,
  SL_CANDIDATE_SORT_ADDED,
} SlCandidateSort;

#define SL_CANDIDATE_N_SORTS (SL_CANDIDATE_SORT_ADDED + 1)

#define SL_TYPE_CANDIDATE_MODEL (sl_candidate_model_get_type ())
G_DECLARE_FINAL_TYPE (SlCandidateModel, sl_candidate_model, SL, CANDIDATE_MODEL, GObject)

SlCandidateModel *sl_candidate_model_new            (SlStore          *store);
const char       *sl_candidate_model_get_search     (SlCandidateModel *self);
void              sl_candidate_model_set_search     (SlCandidateModel *self,
                                                     const char       *search);
void              sl_candidate_model_set_sort       (SlCandidateModel *self,
                                                     SlCandidateSort   sort,
                                                     gboolean          descending);
gboolean          sl_candidate_model_get_loading    (SlCandidateModel *self);
gint64            sl_candidate_model_get_id         (SlCandidateModel *self,
                                                     guint             position);
void              sl_candidate_model_refresh        (SlCandidateModel *self);

/* The query a search runs, for measuring it without the model around it:
 * its SQL, and the full-text query to bind to its one parameter. */
char             *sl_candidate_model_build_query    (const char       *search,
                                                     char            **fts_query);

G_END_DECLS
