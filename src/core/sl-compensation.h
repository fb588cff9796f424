/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-compensation.h: pay bands, offers and the arithmetic of pay */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  SL_OFFER_DRAFT,
  SL_OFFER_EXTENDED,
  SL_OFFER_ACCEPTED,
  SL_OFFER_DECLINED,
} SlOfferStatus;

#define SL_N_OFFER_STATUSES 4

/* A role's pay band: annual base pay in @currency. */
typedef struct
{
  gint64  role_id;
  char   *currency;          /* ISO 4217 code */
  double  min;
  double  mid;
  double  max;
  double  target_bonus_pct;  /* NAN when none */
  char   *equity;            /* what the role is granted, in words; may be NULL */
  gint64  updated;           /* seconds since the epoch */
} SlPayBand;

/* One version of an offer to a candidate for a role. Amounts are annual
 * except @sign_on (once) and @equity_value (the whole grant). */
typedef struct
{
  gint64         id;
  gint64         application_id;
  guint          version;
  char          *currency;          /* ISO 4217 code */
  double         base;
  double         target_bonus_pct;  /* NAN when none */
  double         sign_on;           /* NAN when none */
  double         equity_value;      /* NAN when none */
  double         vesting_years;     /* NAN when none */
  char          *start_date;        /* YYYY-MM-DD, may be NULL */
  SlOfferStatus  status;
  gint64         created;           /* seconds since the epoch */
} SlOffer;

/* What one candidate in a role asks and is offered, for a chart or a table:
 * NAN where nothing is known. */
typedef struct
{
  gint64   application_id;
  gint64   candidate_id;
  char    *candidate_name;
  char    *stage_name;
  double   current_pay;
  double   expected_pay;
  SlOffer *offer;             /* the latest version, or NULL */
} SlPayRow;

gboolean     sl_pay_band_validate          (const SlPayBand *band,
                                            GError         **error);
double       sl_pay_band_compa_ratio       (const SlPayBand *band,
                                            double           pay);
double       sl_pay_band_penetration       (const SlPayBand *band,
                                            double           pay);

gboolean     sl_offer_validate             (const SlOffer   *offer,
                                            GError         **error);
double       sl_offer_annual_equity        (const SlOffer   *offer);
double       sl_offer_target_bonus         (const SlOffer   *offer);
double       sl_offer_total                (const SlOffer   *offer);

const char  *sl_offer_status_to_string     (SlOfferStatus    status);
gboolean     sl_offer_status_from_string   (const char      *str,
                                            SlOfferStatus   *status);
const char  *sl_offer_status_get_label     (SlOfferStatus    status);

SlPayBand   *sl_pay_band_copy              (const SlPayBand *band);
void         sl_pay_band_free              (SlPayBand       *band);
SlOffer     *sl_offer_copy                 (const SlOffer   *offer);
void         sl_offer_free                 (SlOffer         *offer);
void         sl_pay_row_free               (SlPayRow        *row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlPayBand, sl_pay_band_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlOffer, sl_offer_free)

G_END_DECLS
