/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-store"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sl-store-private.h"
#include "sl-util.h"

/* Compensation: each role's pay band, what candidates earn and ask, and
 * the offers made to them. An offer is never changed in place: saving it
 * again adds a version, so that the history of a negotiation is kept. */

/* What a candidate earns or asks stays below the ceiling of every other
 * amount, so that it fits on the same charts. */
#define MAX_AMOUNT 100000000.0

#define PAY_BAND_COLUMNS \
  "b.role_id, b.currency, b.min, b.mid, b.max, b.target_bonus_pct, b.equity, b.updated_at"

#define OFFER_COLUMNS \
  "o.id, o.application_id, o.version, o.currency, o.base, o.target_bonus_pct, o.sign_on, " \
  "o.equity_value, o.vesting_years, o.start_date, o.status, o.created_at"

static void
bind_amount (SlStmt *stmt,
             int     index,
             double  amount)
{
  if (isnan (amount))
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_double (stmt, index, amount);
}

/* An amount for the audit log's detail, the same in every locale. */
static const char *
format_amount (char   buffer[G_ASCII_DTOSTR_BUF_SIZE],
               double amount)
{
  if (isnan (amount))
    return "none";

  return g_ascii_dtostr (buffer, G_ASCII_DTOSTR_BUF_SIZE, amount);
}

/* Reads PAY_BAND_COLUMNS from @first on. */
static SlPayBand *
pay_band_from_columns (SlStmt *stmt,
                       int     first)
{
  SlPayBand *band = g_new0 (SlPayBand, 1);

  band->role_id = sqlite3_column_int64 (stmt, first);
  band->currency = sl_stmt_dup_text (stmt, first + 1);
  band->min = sqlite3_column_double (stmt, first + 2);
  band->mid = sqlite3_column_double (stmt, first + 3);
  band->max = sqlite3_column_double (stmt, first + 4);
  band->target_bonus_pct = sl_stmt_column_amount (stmt, first + 5);
  band->equity = sl_stmt_dup_text (stmt, first + 6);
  band->updated = sqlite3_column_int64 (stmt, first + 7);

  return band;
}

/* Reads OFFER_COLUMNS from @first on. */
static SlOffer *
offer_from_columns (SlStmt *stmt,
                    int     first)
{
  SlOffer *offer = g_new0 (SlOffer, 1);

  offer->id = sqlite3_column_int64 (stmt, first);
  offer->application_id = sqlite3_column_int64 (stmt, first + 1);
  offer->version = (guint) sqlite3_column_int64 (stmt, first + 2);
  offer->currency = sl_stmt_dup_text (stmt, first + 3);
  offer->base = sqlite3_column_double (stmt, first + 4);
  offer->target_bonus_pct = sl_stmt_column_amount (stmt, first + 5);
  offer->sign_on = sl_stmt_column_amount (stmt, first + 6);
  offer->equity_value = sl_stmt_column_amount (stmt, first + 7);
  offer->vesting_years = sl_stmt_column_amount (stmt, first + 8);
  offer->start_date = sl_stmt_dup_text (stmt, first + 9);
  if (!sl_offer_status_from_string ((const char *) sqlite3_column_text (stmt, first + 10), &offer->status))
    offer->status = SL_OFFER_DRAFT;
  offer->created = sqlite3_column_int64 (stmt, first + 11);

  return offer;
}

static gpointer
offer_from_row (SlStmt *stmt)
{
  return offer_from_columns (stmt, 0);
}

/* Which of two errors a role without a band gets: one that does not
 * exist is a different mistake from one that has no band yet. */
static void
set_no_band_error (SlStore *self,
                   gint64   role_id,
                   GError **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  int rc;

  stmt = sl_store_prepare (self, "SELECT 1 FROM roles WHERE id = ?", error);
  if (stmt == NULL)
    return;

  sqlite3_bind_int64 (stmt, 1, role_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    sl_store_set_not_found (error, _("Role %s has no pay band"), role_id);
  else if (rc == SQLITE_DONE)
    sl_store_set_not_found (error, _("There is no role with id %s"), role_id);
  else
    sl_store_set_sqlite_error (self, error, rc, _("Could not read the role"));
}

/* Audits and commits a change to a role's compensation, and tells the
 * role's views; rolls back when any of that fails. */
static gboolean
finish_change (SlStore    *self,
               gint64      role_id,
               const char *action,
               const char *entity,
               gint64      entity_id,
               const char *detail,
               GError    **error)
{
  if (!sl_store_audit (self, action, entity, entity_id, detail, error) ||
      !sl_store_commit (self, error))
    {
      sl_store_rollback (self);
      return FALSE;
    }

  sl_store_emit_changed (self, "compensation", role_id);
  return TRUE;
}

/**
 * sl_store_get_pay_band:
 *
 * Returns: (transfer full): the role's pay band, or %NULL with
 *   %SL_ERROR_NOT_FOUND when the role has none or does not exist
 */
SlPayBand *
sl_store_get_pay_band (SlStore *self,
                       gint64   role_id,
                       GError **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  /* From the role, so that one query tells a role without a band from no
   * role at all. */
  stmt = sl_store_prepare (self,
                           "SELECT b.id IS NOT NULL, " PAY_BAND_COLUMNS " FROM roles r "
                           "LEFT JOIN pay_bands b ON b.role_id = r.id WHERE r.id = ?",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, role_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_int (stmt, 0))
    return pay_band_from_columns (stmt, 1);

  if (rc == SQLITE_ROW)
    sl_store_set_not_found (error, _("Role %s has no pay band"), role_id);
  else if (rc == SQLITE_DONE)
    sl_store_set_not_found (error, _("There is no role with id %s"), role_id);
  else
    sl_store_set_sqlite_error (self, error, rc, _("Could not read the pay band"));

  return NULL;
}

/**
 * sl_store_set_pay_band:
 * @band: the band, for the role @band->role_id; its updated time is not read
 *
 * Gives a role its pay band, in place of the one it had.
 */
gboolean
sl_store_set_pay_band (SlStore         *self,
                       const SlPayBand *band,
                       GError         **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  g_autofree char *equity = NULL;
  g_autofree char *detail = NULL;
  char min[G_ASCII_DTOSTR_BUF_SIZE];
  char mid[G_ASCII_DTOSTR_BUF_SIZE];
  char max[G_ASCII_DTOSTR_BUF_SIZE];
  char bonus[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail (band != NULL, FALSE);

  if (!sl_pay_band_validate (band, error))
    return FALSE;

  if (!sl_str_is_blank (band->equity))
    equity = g_strstrip (g_strdup (band->equity));

  if (!sl_store_begin (self, error))
    return FALSE;

  stmt = sl_store_prepare (self,
                           "INSERT INTO pay_bands (role_id, currency, min, mid, max, target_bonus_pct, "
                           "                       equity, updated_at) "
                           "SELECT r.id, ?2, ?3, ?4, ?5, ?6, ?7, ?8 FROM roles r WHERE r.id = ?1 "
                           "ON CONFLICT (role_id) DO UPDATE SET "
                           "  currency = excluded.currency, min = excluded.min, mid = excluded.mid, "
                           "  max = excluded.max, target_bonus_pct = excluded.target_bonus_pct, "
                           "  equity = excluded.equity, updated_at = excluded.updated_at",
                           error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_int64 (stmt, 1, band->role_id);
  sl_stmt_bind_text (stmt, 2, band->currency);
  sqlite3_bind_double (stmt, 3, band->min);
  sqlite3_bind_double (stmt, 4, band->mid);
  sqlite3_bind_double (stmt, 5, band->max);
  bind_amount (stmt, 6, band->target_bonus_pct);
  sl_stmt_bind_text (stmt, 7, equity);
  sqlite3_bind_int64 (stmt, 8, sl_store_now ());
  if (!sl_store_step_done (self, stmt, error))
    goto failed;

  if (sqlite3_changes (self->db) == 0)
    {
      sl_store_set_not_found (error, _("There is no role with id %s"), band->role_id);
      goto failed;
    }

  detail = g_strdup_printf ("%s %s–%s–%s, bonus %s", band->currency,
                            format_amount (min, band->min), format_amount (mid, band->mid),
                            format_amount (max, band->max),
                            format_amount (bonus, band->target_bonus_pct));

  return finish_change (self, band->role_id, "pay-band.set", "role", band->role_id, detail, error);

failed:
  sl_store_rollback (self);
  return FALSE;
}

gboolean
sl_store_remove_pay_band (SlStore *self,
                          gint64   role_id,
                          GError **error)
{
  g_autoptr(SlStmt) stmt = NULL;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);

  if (!sl_store_begin (self, error))
    return FALSE;

  stmt = sl_store_prepare (self, "DELETE FROM pay_bands WHERE role_id = ?", error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_int64 (stmt, 1, role_id);
  if (!sl_store_step_done (self, stmt, error))
    goto failed;

  if (sqlite3_changes (self->db) == 0)
    {
      set_no_band_error (self, role_id, error);
      goto failed;
    }

  return finish_change (self, role_id, "pay-band.remove", "role", role_id, NULL, error);

failed:
  sl_store_rollback (self);
  return FALSE;
}

/* A candidate's pay, or NAN for none; @format names the figure and has
 * one %s for the ceiling. */
static gboolean
check_pay (double       pay,
           const char  *format,
           GError     **error)
{
  g_autofree char *max = NULL;

  if (isnan (pay) || (isfinite (pay) && pay >= 0 && pay < MAX_AMOUNT))
    return TRUE;

  /* Grouped as the user's locale groups digits. */
  max = g_strdup_printf ("%'.0f", MAX_AMOUNT);
  g_set_error (error, SL_ERROR, SL_ERROR_INVALID, format, max);
  return FALSE;
}

/**
 * sl_store_set_application_pay:
 * @current_pay: what the candidate earns now, a year, or NAN when unknown
 * @expected_pay: what the candidate asks for, a year, or NAN when unknown
 *
 * Records what a candidate in a role earns and asks; NAN clears a figure.
 */
gboolean
sl_store_set_application_pay (SlStore *self,
                              gint64   application_id,
                              double   current_pay,
                              double   expected_pay,
                              GError **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  g_autofree char *detail = NULL;
  char current[G_ASCII_DTOSTR_BUF_SIZE];
  char expected[G_ASCII_DTOSTR_BUF_SIZE];
  gint64 role_id;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);

  if (!check_pay (current_pay,
                  /* Translators: %s is the largest amount allowed, 100,000,000 */
                  _("The current pay must be 0 or more and below %s"), error) ||
      !check_pay (expected_pay,
                  /* Translators: %s is the largest amount allowed, 100,000,000 */
                  _("The expected pay must be 0 or more and below %s"), error))
    return FALSE;

  if (!sl_store_begin (self, error))
    return FALSE;

  role_id = sl_store_application_role (self, application_id, error);
  if (role_id == 0)
    goto failed;

  stmt = sl_store_prepare (self, "UPDATE applications SET current_pay = ?, expected_pay = ? WHERE id = ?",
                           error);
  if (stmt == NULL)
    goto failed;

  bind_amount (stmt, 1, current_pay);
  bind_amount (stmt, 2, expected_pay);
  sqlite3_bind_int64 (stmt, 3, application_id);
  if (!sl_store_step_done (self, stmt, error))
    goto failed;

  detail = g_strdup_printf ("current %s, expected %s",
                            format_amount (current, current_pay), format_amount (expected, expected_pay));

  return finish_change (self, role_id, "application-pay.set", "application", application_id, detail, error);

failed:
  sl_store_rollback (self);
  return FALSE;
}

/**
 * sl_store_list_offers:
 *
 * Returns: (transfer full) (element-type SlOffer): every version of the
 *   offers made in an application, the newest first
 */
GPtrArray *
sl_store_list_offers (SlStore *self,
                      gint64   application_id,
                      GError **error)
{
  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  /* An application that does not exist has no offers, rather than none. */
  if (sl_store_application_role (self, application_id, error) == 0)
    return NULL;

  return sl_store_collect_by_id (self,
                                 "SELECT " OFFER_COLUMNS " FROM offers o "
                                 "WHERE o.application_id = ? ORDER BY o.version DESC",
                                 application_id, offer_from_row, (GDestroyNotify) sl_offer_free,
                                 _("Could not read the offers"), error);
}

/**
 * sl_store_save_offer:
 * @offer: the offer, for the application @offer->application_id; its id,
 *   version and creation time are not read, and are set when it is saved
 *
 * Saves the offer as the application's next version; earlier versions are
 * kept as they were.
 *
 * Returns: the new version's id, or 0 on error
 */
gint64
sl_store_save_offer (SlStore *self,
                     SlOffer *offer,
                     GError **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  g_autofree char *detail = NULL;
  char base[G_ASCII_DTOSTR_BUF_SIZE];
  gint64 role_id;
  gint64 offer_id;
  gint64 version;
  gint64 now = sl_store_now ();
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), 0);
  g_return_val_if_fail (offer != NULL, 0);

  if (!sl_offer_validate (offer, error) ||
      !sl_store_begin (self, error))
    return 0;

  role_id = sl_store_application_role (self, offer->application_id, error);
  if (role_id == 0)
    goto failed;

  /* The write lock is held from sl_store_begin(), so nobody else can take
   * the same version between this and the insert. */
  stmt = sl_store_prepare (self, "SELECT coalesce (max (version), 0) + 1 FROM offers WHERE application_id = ?",
                           error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_int64 (stmt, 1, offer->application_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sl_store_set_sqlite_error (self, error, rc, _("Could not read the offers"));
      goto failed;
    }
  version = sqlite3_column_int64 (stmt, 0);
  g_clear_pointer (&stmt, sl_stmt_release);

  stmt = sl_store_prepare (self,
                           "INSERT INTO offers (application_id, version, currency, base, target_bonus_pct, "
                           "                    sign_on, equity_value, vesting_years, start_date, status, "
                           "                    created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_int64 (stmt, 1, offer->application_id);
  sqlite3_bind_int64 (stmt, 2, version);
  sl_stmt_bind_text (stmt, 3, offer->currency);
  sqlite3_bind_double (stmt, 4, offer->base);
  bind_amount (stmt, 5, offer->target_bonus_pct);
  bind_amount (stmt, 6, offer->sign_on);
  bind_amount (stmt, 7, offer->equity_value);
  bind_amount (stmt, 8, offer->vesting_years);
  sl_stmt_bind_text (stmt, 9, offer->start_date);
  sl_stmt_bind_text (stmt, 10, sl_offer_status_to_string (offer->status));
  sqlite3_bind_int64 (stmt, 11, now);
  if (!sl_store_step_done (self, stmt, error))
    goto failed;

  offer_id = sqlite3_last_insert_rowid (self->db);
  detail = g_strdup_printf ("application %" G_GINT64_FORMAT ", version %" G_GINT64_FORMAT ": %s %s, %s",
                            offer->application_id, version, offer->currency,
                            format_amount (base, offer->base), sl_offer_status_to_string (offer->status));

  if (!finish_change (self, role_id, "offer.save", "offer", offer_id, detail, error))
    return 0;

  offer->id = offer_id;
  offer->version = (guint) version;
  offer->created = now;

  return offer_id;

failed:
  sl_store_rollback (self);
  return 0;
}

/**
 * sl_store_set_offer_status:
 * @offer_id: the id of one version of an offer
 *
 * Records what became of that version, such as that it was extended or
 * accepted. Other versions keep their status.
 */
gboolean
sl_store_set_offer_status (SlStore       *self,
                           gint64         offer_id,
                           SlOfferStatus  status,
                           GError       **error)
{
  g_autoptr(SlStmt) stmt = NULL;
  gint64 role_id;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (self), FALSE);
  g_return_val_if_fail ((guint) status < SL_N_OFFER_STATUSES, FALSE);

  if (!sl_store_begin (self, error))
    return FALSE;

  stmt = sl_store_prepare (self,
                           "SELECT a.role_id FROM offers o JOIN applications a ON a.id = o.application_id "
                           "WHERE o.id = ?",
                           error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_int64 (stmt, 1, offer_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        sl_store_set_not_found (error, _("There is no offer with id %s"), offer_id);
      else
        sl_store_set_sqlite_error (self, error, rc, _("Could not read the offer"));
      goto failed;
    }
  role_id = sqlite3_column_int64 (stmt, 0);
  g_clear_pointer (&stmt, sl_stmt_release);

  stmt = sl_store_prepare (self, "UPDATE offers SET status = ? WHERE id = ?", error);
  if (stmt == NULL)
    goto failed;

  sl_stmt_bind_text (stmt, 1, sl_offer_status_to_string (status));
  sqlite3_bind_int64 (stmt, 2, offer_id);
  if (!sl_store_step_done (self, stmt, error))
    goto failed;

  return finish_change (self, role_id, "offer.status", "offer", offer_id,
                        sl_offer_status_to_string (status), error);

failed:
  sl_store_rollback (self);
  return FALSE;
}

static gpointer
pay_row_from_row (SlStmt *stmt)
{
  SlPayRow *row = g_new0 (SlPayRow, 1);

  row->application_id = sqlite3_column_int64 (stmt, 0);
  row->candidate_id = sqlite3_column_int64 (stmt, 1);
  row->candidate_name = sl_stmt_dup_text (stmt, 2);
  row->stage_name = sl_stmt_dup_text (stmt, 3);
  row->current_pay = sl_stmt_column_amount (stmt, 4);
  row->expected_pay = sl_stmt_column_amount (stmt, 5);
  if (sqlite3_column_type (stmt, 6) != SQLITE_NULL)
    row->offer = offer_from_columns (stmt, 6);

  return row;
}

/**
 * sl_store_list_pay_rows:
 *
 * Returns: (transfer full) (element-type SlPayRow): what each candidate in
 *   the role earns, asks and was last offered, by stage and then by name
 */
GPtrArray *
sl_store_list_pay_rows (SlStore *self,
                        gint64   role_id,
                        GError **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(SlRole) role = NULL;

  g_return_val_if_fail (SL_IS_STORE (self), NULL);

  /* The latest version of each offer through the (application_id,
   * version) index, so that the whole role is one query. */
  rows = sl_store_collect_by_id (self,
                                 "SELECT a.id, a.candidate_id, c.name, s.name, a.current_pay, a.expected_pay, "
                                 OFFER_COLUMNS " "
                                 "FROM applications a "
                                 "JOIN candidates c ON c.id = a.candidate_id "
                                 "JOIN stages s ON s.id = a.stage_id "
                                 "LEFT JOIN offers o ON o.application_id = a.id AND o.version = "
                                 "  (SELECT max (version) FROM offers WHERE application_id = a.id) "
                                 "WHERE a.role_id = ? AND c.deleted_at IS NULL "
                                 "ORDER BY s.position, c.name COLLATE NOCASE, a.id",
                                 role_id, pay_row_from_row, (GDestroyNotify) sl_pay_row_free,
                                 _("Could not read the candidates’ pay"), error);
  if (rows == NULL || rows->len > 0)
    return g_steal_pointer (&rows);

  /* No rows: a role without candidates, or no role at all. */
  role = sl_store_get_role (self, role_id, error);
  if (role == NULL)
    return NULL;

  return g_steal_pointer (&rows);
}
