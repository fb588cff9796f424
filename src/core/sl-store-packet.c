/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-store-packet.c: reading all that a committee packet shows of a role,
 * in one read transaction */

#define G_LOG_DOMAIN "shortlist-store"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-packet-data.h"
#include "sl-store-private.h"

static gpointer
candidate_from_row (SlStmt *stmt)
{
  SlPacketCandidate *candidate = g_new0 (SlPacketCandidate, 1);
  SlStageKind kind = SL_STAGE_APPLIED;

  candidate->application_id = sqlite3_column_int64 (stmt, 0);
  candidate->candidate_id = sqlite3_column_int64 (stmt, 1);
  candidate->name = sl_stmt_dup_text (stmt, 2);
  candidate->headline = sl_stmt_dup_text (stmt, 3);
  candidate->company = sl_stmt_dup_text (stmt, 4);
  candidate->stage_name = sl_stmt_dup_text (stmt, 5);
  sl_stage_kind_from_string ((const char *) sqlite3_column_text (stmt, 6), &kind);
  candidate->stage_kind = kind;
  candidate->stage_entered = sqlite3_column_int64 (stmt, 7);
  candidate->checklist.must_met = (guint) sqlite3_column_int (stmt, 8);
  candidate->checklist.must_total = (guint) sqlite3_column_int (stmt, 9);
  candidate->checklist.must_not_met = (guint) sqlite3_column_int (stmt, 10);
  candidate->checklist.nice_met = (guint) sqlite3_column_int (stmt, 11);
  candidate->checklist.nice_total = (guint) sqlite3_column_int (stmt, 12);
  candidate->checklist.points = sqlite3_column_double (stmt, 13);
  candidate->checklist.weight_total = sqlite3_column_double (stmt, 14);
  candidate->rejection_reason = sl_stmt_dup_text (stmt, 15);

  return candidate;
}

/* The role's candidates by name, as the committee's ratings list them. */
static GPtrArray *
list_candidates (SlStore  *self,
                 gint64    role_id,
                 GError  **error)
{
  return sl_store_collect_by_id (self,
                                 "SELECT a.id, a.candidate_id, c.name, c.headline, c.company, s.name, s.kind, "
                                 "  a.stage_entered_at, a.must_met, r.must_total, a.must_not_met, a.nice_met, "
                                 "  r.nice_total, a.checklist_points, r.weight_total, a.rejection_reason "
                                 APPLICATION_JOINS
                                 "WHERE a.role_id = ? AND c.deleted_at IS NULL "
                                 "ORDER BY c.name COLLATE NOCASE, a.id",
                                 role_id, candidate_from_row, (GDestroyNotify) sl_packet_candidate_free,
                                 _("Could not read the role’s candidates"), error);
}

/* Those with submitted ratings first, in the order of the ratings, which
 * is by name; then the others by name. That is the order in which a
 * debrief with names hidden calls them "Candidate A", "Candidate B"…, so
 * the packet calls each the same. */
static void
order_and_label (GPtrArray *candidates,
                 GPtrArray *ratings)
{
  g_autoptr(GPtrArray) ordered = g_ptr_array_new ();
  g_autoptr(GHashTable) placed = g_hash_table_new (g_direct_hash, g_direct_equal);

  for (guint i = 0; i < ratings->len; i++)
    {
      const SlRoleRating *rating = g_ptr_array_index (ratings, i);

      for (guint k = 0; k < candidates->len; k++)
        {
          SlPacketCandidate *candidate = g_ptr_array_index (candidates, k);

          if (candidate->application_id == rating->application_id &&
              g_hash_table_add (placed, candidate))
            g_ptr_array_add (ordered, candidate);
        }
    }

  for (guint k = 0; k < candidates->len; k++)
    if (g_hash_table_add (placed, g_ptr_array_index (candidates, k)))
      g_ptr_array_add (ordered, g_ptr_array_index (candidates, k));

  for (guint k = 0; k < ordered->len; k++)
    {
      SlPacketCandidate *candidate = g_ptr_array_index (ordered, k);

      candidate->label = sl_committee_hidden_name (k);
      candidates->pdata[k] = candidate;
    }
}

static gboolean
cancelled (GCancellable  *cancellable,
           GError       **error)
{
  return g_cancellable_set_error_if_cancelled (cancellable, error);
}

/* What the committee reads of one candidate: their checklist, the
 * submitted scorecards, the decisions and every offer. */
static gboolean
load_candidate (SlStore            *self,
                SlPacketCandidate  *candidate,
                GError            **error)
{
  candidate->assessments = sl_store_list_assessments (self, candidate->application_id, error);
  if (candidate->assessments == NULL)
    return FALSE;

  candidate->interviews = sl_store_list_interviews (self, candidate->application_id, error);
  if (candidate->interviews == NULL)
    return FALSE;

  /* The committee is nobody with a scorecard to write: it sees all. */
  candidate->scorecards = sl_store_list_scorecards (self, candidate->application_id, 0, NULL, error);
  if (candidate->scorecards == NULL)
    return FALSE;

  candidate->decisions = sl_store_list_decisions (self, candidate->application_id, error);
  if (candidate->decisions == NULL)
    return FALSE;

  if (candidate->pay != NULL && candidate->pay->offer != NULL)
    candidate->offers = sl_store_list_offers (self, candidate->application_id, error);
  else
    candidate->offers = g_ptr_array_new_with_free_func ((GDestroyNotify) sl_offer_free);

  return candidate->offers != NULL;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
load (SlStore       *self,
      SlPacketData  *data,
      gint64         role_id,
      gint64         candidate_id,
      GCancellable  *cancellable,
      GError       **error)
{
  g_autoptr(SlRole) role = NULL;
  g_autoptr(GPtrArray) all_ratings = NULL;
  g_autoptr(GPtrArray) all_pay_rows = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GHashTable) in_packet = g_hash_table_new (g_int64_hash, g_int64_equal);

  role = sl_store_get_role (self, role_id, error);
  if (role == NULL)
    return FALSE;

  data->role_id = role_id;
  data->role_title = g_strdup (sl_role_get_title (role));
  data->role_summary = g_strdup (sl_role_get_summary (role));

  data->requirements = sl_store_list_requirements (self, role_id, error);
  data->competencies = data->requirements != NULL ? sl_store_list_competencies (self, role_id, error) : NULL;
  all_ratings = data->competencies != NULL ? sl_store_list_role_ratings (self, role_id, 0, error) : NULL;
  data->candidates = all_ratings != NULL ? list_candidates (self, role_id, error) : NULL;
  if (data->candidates == NULL)
    return FALSE;

  data->n_role_candidates = data->candidates->len;
  order_and_label (data->candidates, all_ratings);

  if (candidate_id > 0)
    {
      SlPacketCandidate *found = NULL;

      for (guint i = 0; i < data->candidates->len; i++)
        {
          SlPacketCandidate *candidate = g_ptr_array_index (data->candidates, i);

          if (candidate->candidate_id == candidate_id)
            found = g_ptr_array_steal_index (data->candidates, i);
        }

      if (found == NULL)
        {
          g_autoptr(SlCandidate) candidate = sl_store_get_candidate (self, candidate_id, error);

          if (candidate == NULL)
            return FALSE;

          g_set_error (error, SL_ERROR, SL_ERROR_NOT_FOUND,
                       /* Translators: a candidate's name, then a role's title */
                       _("%s is not a candidate for “%s”"),
                       sl_candidate_get_name (candidate), data->role_title);
          return FALSE;
        }

      g_ptr_array_set_size (data->candidates, 0);
      g_ptr_array_add (data->candidates, found);
      data->one_candidate = TRUE;
    }

  for (guint i = 0; i < data->candidates->len; i++)
    g_hash_table_add (in_packet, &((SlPacketCandidate *) g_ptr_array_index (data->candidates, i))->application_id);

  /* Only the ratings and pay of those in the packet: the figures under
   * the heat map are over what it shows. */
  data->ratings = g_ptr_array_new_with_free_func ((GDestroyNotify) sl_role_rating_free);
  for (guint i = 0; i < all_ratings->len; i++)
    if (g_hash_table_contains (in_packet, &((SlRoleRating *) g_ptr_array_index (all_ratings, i))->application_id))
      g_ptr_array_add (data->ratings, g_steal_pointer (&all_ratings->pdata[i]));

  data->band = sl_store_get_pay_band (self, role_id, &local_error);
  if (data->band == NULL && !g_error_matches (local_error, SL_ERROR, SL_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  all_pay_rows = sl_store_list_pay_rows (self, role_id, error);
  if (all_pay_rows == NULL)
    return FALSE;
  data->pay_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) sl_pay_row_free);
  for (guint i = 0; i < all_pay_rows->len; i++)
    if (g_hash_table_contains (in_packet, &((SlPayRow *) g_ptr_array_index (all_pay_rows, i))->application_id))
      g_ptr_array_add (data->pay_rows, g_steal_pointer (&all_pay_rows->pdata[i]));

  if (!sl_store_load_chart_market (self, 0, &data->market, &data->market_note, error))
    return FALSE;

  data->reviewers = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < data->candidates->len; i++)
    {
      SlPacketCandidate *candidate = g_ptr_array_index (data->candidates, i);

      if (cancelled (cancellable, error))
        return FALSE;

      for (guint k = 0; k < data->pay_rows->len; k++)
        if (((SlPayRow *) g_ptr_array_index (data->pay_rows, k))->application_id == candidate->application_id)
          candidate->pay = g_ptr_array_index (data->pay_rows, k);

      if (!load_candidate (self, candidate, error))
        return FALSE;

      for (guint k = 0; k < candidate->scorecards->len; k++)
        {
          const SlScorecard *scorecard = g_ptr_array_index (candidate->scorecards, k);

          if (!g_ptr_array_find_with_equal_func (data->reviewers, scorecard->interviewer_name, g_str_equal, NULL))
            g_ptr_array_add (data->reviewers, g_strdup (scorecard->interviewer_name));
        }
    }
  g_ptr_array_sort (data->reviewers, compare_names);

  data->stats = sl_committee_stats_compute (data->ratings);

  return TRUE;
}

/**
 * sl_store_load_packet:
 * @role_id: the role
 * @candidate_id: one of its candidates, for the packet of one, or 0 for
 *   all of them
 * @blind: whether candidates are called "Candidate A", "Candidate B"…
 *   instead of by name
 *
 * Reads everything a hiring committee's packet shows of a role: its
 * requirements and each candidate's checklist, the submitted scorecards
 * as the committee sees them (every interviewer's, drafts never), the
 * decisions, the pay band, the candidates' pay and every offer, and the
 * market data set that the charts compare with. All of it is read in one
 * transaction, so the figures agree with each other. Meant to run on a
 * connection of a thread's own; @cancellable stops it between
 * candidates.
 *
 * Returns: (transfer full): the packet's figures, or %NULL on error
 */
SlPacketData *
sl_store_load_packet (SlStore       *self,
                      gint64         role_id,
                      gint64         candidate_id,
                      gboolean       blind,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(SlPacketData) data = g_new0 (SlPacketData, 1);
  gboolean loaded;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);
  g_return_val_if_fail (candidate_id >= 0, NULL);

  data->read_at = sl_store_now ();
  data->prepared_by = g_strdup (sl_store_get_actor (self));

  /* A deferred transaction only reads: one snapshot of the database,
   * without keeping writers out. */
  if (!sl_store_exec (self, "BEGIN DEFERRED", error))
    return NULL;

  loaded = load (self, data, role_id, candidate_id, cancellable, error);
  sl_store_exec (self, "COMMIT", NULL);

  if (!loaded)
    return NULL;

  if (blind)
    sl_packet_data_hide_names (data);

  return g_steal_pointer (&data);
}
