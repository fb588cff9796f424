/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-compensation.c: pay bands, offers and the arithmetic of pay */

#define G_LOG_DOMAIN "shortlist-compensation"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "sl-compensation.h"
#include "sl-error.h"

/* The same ceiling as market data, so that a band, an offer and the market
 * can always be drawn on one axis. */
#define MAX_AMOUNT        100000000.0
#define MAX_BONUS_PCT     1000.0
#define MAX_EQUITY_CHARS  1000

static const struct
{
  const char *name;
  const char *label;
} statuses[] = {
  [SL_OFFER_DRAFT] = { "draft", N_("Draft") },
  [SL_OFFER_EXTENDED] = { "extended", N_("Extended") },
  [SL_OFFER_ACCEPTED] = { "accepted", N_("Accepted") },
  [SL_OFFER_DECLINED] = { "declined", N_("Declined") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (statuses) == SL_N_OFFER_STATUSES);

/* An ISO 4217 code: three upper-case letters. Whether the code is in use
 * is not checked, so that a currency newer than this build still works. */
static gboolean
is_currency_code (const char *currency)
{
  if (currency == NULL)
    return FALSE;

  for (guint i = 0; i < 3; i++)
    if (!g_ascii_isupper (currency[i]))
      return FALSE;

  return currency[3] == '\0';
}

/* An amount a band or an offer may hold. NAN is not one. */
static gboolean
is_amount (double value)
{
  return isfinite (value) && value >= 0 && value < MAX_AMOUNT;
}

static gboolean
is_bonus_pct (double pct)
{
  return isnan (pct) || (isfinite (pct) && pct >= 0 && pct <= MAX_BONUS_PCT);
}

/* The ceiling of amounts as the user's locale writes large numbers. */
static char *
format_max_amount (void)
{
  return g_strdup_printf ("%'.0f", MAX_AMOUNT);
}

/* Sets an error about one amount: @format names the field and has one %s
 * for the ceiling. */
static void
set_amount_error (GError     **error,
                  const char  *format)
{
  g_autofree char *max = format_max_amount ();

  g_set_error (error, SL_ERROR, SL_ERROR_INVALID, format, max);
}

/* A calendar date written YYYY-MM-DD and nothing else. */
static gboolean
is_iso_date (const char *date)
{
  g_autoptr(GDateTime) parsed = NULL;

  if (strlen (date) != 10)
    return FALSE;

  for (guint i = 0; i < 10; i++)
    {
      if (i == 4 || i == 7)
        {
          if (date[i] != '-')
            return FALSE;
        }
      else if (!g_ascii_isdigit (date[i]))
        {
          return FALSE;
        }
    }

  /* GDateTime refuses 2024-02-30 and month 13. */
  parsed = g_date_time_new_utc ((int) g_ascii_strtoll (date, NULL, 10),
                                (int) g_ascii_strtoll (date + 5, NULL, 10),
                                (int) g_ascii_strtoll (date + 8, NULL, 10),
                                0, 0, 0);

  return parsed != NULL;
}

/**
 * sl_pay_band_validate:
 *
 * Checks a band before it is stored: a currency code, amounts from 0 and
 * below 100,000,000 in order, and a target bonus from 0 to 1,000 percent
 * if there is one.
 */
gboolean
sl_pay_band_validate (const SlPayBand *band,
                      GError         **error)
{
  g_return_val_if_fail (band != NULL, FALSE);

  if (!is_currency_code (band->currency))
    {
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                   _("The band’s currency “%s” is not a three-letter code such as USD"),
                   band->currency != NULL ? band->currency : "");
      return FALSE;
    }

  if (!is_amount (band->min))
    {
      /* Translators: %s is the largest amount allowed, 100,000,000 */
      set_amount_error (error, _("The band’s minimum must be 0 or more and below %s"));
      return FALSE;
    }

  if (!is_amount (band->mid))
    {
      /* Translators: %s is the largest amount allowed, 100,000,000 */
      set_amount_error (error, _("The band’s midpoint must be 0 or more and below %s"));
      return FALSE;
    }

  if (!is_amount (band->max))
    {
      /* Translators: %s is the largest amount allowed, 100,000,000 */
      set_amount_error (error, _("The band’s maximum must be 0 or more and below %s"));
      return FALSE;
    }

  if (band->min > band->mid)
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID, _("The band’s minimum is above its midpoint"));
      return FALSE;
    }

  if (band->mid > band->max)
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID, _("The band’s midpoint is above its maximum"));
      return FALSE;
    }

  if (!is_bonus_pct (band->target_bonus_pct))
    {
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                   _("The band’s target bonus must be between 0 and %g percent"), MAX_BONUS_PCT);
      return FALSE;
    }

  if (band->equity != NULL && g_utf8_strlen (band->equity, -1) > MAX_EQUITY_CHARS)
    {
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                   _("The band’s equity is longer than %u characters"), MAX_EQUITY_CHARS);
      return FALSE;
    }

  return TRUE;
}

/**
 * sl_pay_band_compa_ratio:
 * @pay: an annual amount in the band's currency, or NAN
 *
 * Returns: @pay as a share of the band's midpoint (1 is the midpoint), or
 *   NAN when there is no pay or no midpoint to compare with
 */
double
sl_pay_band_compa_ratio (const SlPayBand *band,
                         double           pay)
{
  g_return_val_if_fail (band != NULL, NAN);

  if (isnan (pay) || !(band->mid > 0))
    return NAN;

  return pay / band->mid;
}

/**
 * sl_pay_band_penetration:
 * @pay: an annual amount in the band's currency, or NAN
 *
 * Returns: how far into the band @pay is, 0 at the minimum and 1 at the
 *   maximum; below 0 or above 1 outside the band; NAN when there is no pay
 *   or the band has no width
 */
double
sl_pay_band_penetration (const SlPayBand *band,
                         double           pay)
{
  g_return_val_if_fail (band != NULL, NAN);

  if (isnan (pay) || band->max == band->min)
    return NAN;

  return (pay - band->min) / (band->max - band->min);
}

/**
 * sl_offer_validate:
 *
 * Checks an offer before it is stored: a currency code, a base pay above 0,
 * and the parts it has in range; equity needs the years it vests over.
 */
gboolean
sl_offer_validate (const SlOffer *offer,
                   GError       **error)
{
  g_return_val_if_fail (offer != NULL, FALSE);

  if (!is_currency_code (offer->currency))
    {
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                   _("The offer’s currency “%s” is not a three-letter code such as USD"),
                   offer->currency != NULL ? offer->currency : "");
      return FALSE;
    }

  /* The negation lets NAN through to this message too. */
  if (!(offer->base > 0))
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID, _("The offer’s base pay must be more than 0"));
      return FALSE;
    }

  if (!is_amount (offer->base))
    {
      /* Translators: %s is the largest amount allowed, 100,000,000 */
      set_amount_error (error, _("The offer’s base pay must be below %s"));
      return FALSE;
    }

  if (!is_bonus_pct (offer->target_bonus_pct))
    {
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                   _("The offer’s target bonus must be between 0 and %g percent"), MAX_BONUS_PCT);
      return FALSE;
    }

  if (!isnan (offer->sign_on) && !is_amount (offer->sign_on))
    {
      /* Translators: %s is the largest amount allowed, 100,000,000 */
      set_amount_error (error, _("The offer’s sign-on bonus must be 0 or more and below %s"));
      return FALSE;
    }

  if (!isnan (offer->equity_value) && !is_amount (offer->equity_value))
    {
      /* Translators: %s is the largest amount allowed, 100,000,000 */
      set_amount_error (error, _("The offer’s equity must be 0 or more and below %s"));
      return FALSE;
    }

  if (!isnan (offer->vesting_years) && !(isfinite (offer->vesting_years) && offer->vesting_years > 0))
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID,
                           _("The offer’s vesting period must be more than 0 years"));
      return FALSE;
    }

  /* Without the years it vests over, a grant has no value per year. */
  if (!isnan (offer->equity_value) && isnan (offer->vesting_years))
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID,
                           _("The offer’s equity has no vesting period"));
      return FALSE;
    }

  if (offer->start_date != NULL && !is_iso_date (offer->start_date))
    {
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                   _("The offer’s start date “%s” is not a date written YYYY-MM-DD"),
                   offer->start_date);
      return FALSE;
    }

  if ((guint) offer->status >= SL_N_OFFER_STATUSES)
    {
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID,
                   _("The offer’s status %d is not a status an offer can have"), (int) offer->status);
      return FALSE;
    }

  return TRUE;
}

/**
 * sl_offer_annual_equity:
 *
 * Returns: the grant spread evenly over its vesting years, or 0 when the
 *   offer has no equity
 */
double
sl_offer_annual_equity (const SlOffer *offer)
{
  g_return_val_if_fail (offer != NULL, 0);

  if (isnan (offer->equity_value) || isnan (offer->vesting_years) || !(offer->vesting_years > 0))
    return 0;

  return offer->equity_value / offer->vesting_years;
}

/**
 * sl_offer_target_bonus:
 *
 * Returns: the bonus at target for a year, or 0 when the offer has none
 */
double
sl_offer_target_bonus (const SlOffer *offer)
{
  g_return_val_if_fail (offer != NULL, 0);

  if (isnan (offer->target_bonus_pct))
    return 0;

  return offer->base * offer->target_bonus_pct / 100;
}

/**
 * sl_offer_total:
 *
 * Returns: what the offer is worth in its first year: base pay, the bonus
 *   at target, the sign-on bonus (paid once, so only in this year) and a
 *   year's share of the equity; parts the offer does not have count as 0
 */
double
sl_offer_total (const SlOffer *offer)
{
  g_return_val_if_fail (offer != NULL, 0);

  return offer->base
         + sl_offer_target_bonus (offer)
         + (isnan (offer->sign_on) ? 0 : offer->sign_on)
         + sl_offer_annual_equity (offer);
}

/* The name the database uses. */
const char *
sl_offer_status_to_string (SlOfferStatus status)
{
  g_return_val_if_fail ((guint) status < SL_N_OFFER_STATUSES, NULL);

  return statuses[status].name;
}

gboolean
sl_offer_status_from_string (const char    *str,
                             SlOfferStatus *status)
{
  g_return_val_if_fail (status != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (g_strcmp0 (str, statuses[i].name) == 0)
      {
        *status = i;
        return TRUE;
      }

  return FALSE;
}

/* The name people read. */
const char *
sl_offer_status_get_label (SlOfferStatus status)
{
  g_return_val_if_fail ((guint) status < SL_N_OFFER_STATUSES, NULL);

  return _(statuses[status].label);
}

SlPayBand *
sl_pay_band_copy (const SlPayBand *band)
{
  SlPayBand *copy;

  g_return_val_if_fail (band != NULL, NULL);

  copy = g_memdup2 (band, sizeof *band);
  copy->currency = g_strdup (band->currency);
  copy->equity = g_strdup (band->equity);

  return copy;
}

void
sl_pay_band_free (SlPayBand *band)
{
  if (band == NULL)
    return;

  g_free (band->currency);
  g_free (band->equity);
  g_free (band);
}

SlOffer *
sl_offer_copy (const SlOffer *offer)
{
  SlOffer *copy;

  g_return_val_if_fail (offer != NULL, NULL);

  copy = g_memdup2 (offer, sizeof *offer);
  copy->currency = g_strdup (offer->currency);
  copy->start_date = g_strdup (offer->start_date);

  return copy;
}

void
sl_offer_free (SlOffer *offer)
{
  if (offer == NULL)
    return;

  g_free (offer->currency);
  g_free (offer->start_date);
  g_free (offer);
}

void
sl_pay_row_free (SlPayRow *row)
{
  if (row == NULL)
    return;

  g_free (row->candidate_name);
  g_free (row->stage_name);
  sl_offer_free (row->offer);
  g_free (row);
}
