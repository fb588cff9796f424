/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "sl-sample.h"
#include "sl-store.h"
#include "test-util.h"

/* The band of the sample: the seed's average range, its midpoint half way. */
static const SlPayBand seed_band = {
  .role_id = 0,
  .currency = (char *) "USD",
  .min = 217433,
  .mid = 250225.5,
  .max = 283018,
  .target_bonus_pct = NAN,
};

static SlOffer
plain_offer (gint64 application_id,
             double base)
{
  return (SlOffer) {
    .application_id = application_id,
    .currency = (char *) "USD",
    .base = base,
    .target_bonus_pct = NAN,
    .sign_on = NAN,
    .equity_value = NAN,
    .vesting_years = NAN,
    .status = SL_OFFER_DRAFT,
  };
}

/* What SlStore::changed said last. */
typedef struct
{
  char *what;
  gint64 id;
  guint n;
} Changes;

static void
on_changed (SlStore    *store,
            const char *what,
            gint64      id,
            Changes    *changes)
{
  g_free (changes->what);
  changes->what = g_strdup (what);
  changes->id = id;
  changes->n++;
}

static void
test_arithmetic (void)
{
  SlPayBand band = seed_band;
  SlPayBand flat = seed_band;
  SlOffer offer = plain_offer (1, 250000);

  g_assert_cmpfloat_with_epsilon (sl_pay_band_compa_ratio (&band, 250000), 250000 / 250225.5, 1e-12);
  g_assert_cmpfloat (sl_pay_band_compa_ratio (&band, 250225.5), ==, 1.0);
  g_assert_true (isnan (sl_pay_band_compa_ratio (&band, NAN)));

  g_assert_cmpfloat (sl_pay_band_penetration (&band, 217433), ==, 0.0);
  g_assert_cmpfloat (sl_pay_band_penetration (&band, 283018), ==, 1.0);
  g_assert_cmpfloat (sl_pay_band_penetration (&band, 250225.5), ==, 0.5);
  /* Outside the band is outside 0 to 1, not clamped. */
  g_assert_cmpfloat (sl_pay_band_penetration (&band, 200000), <, 0.0);
  g_assert_cmpfloat (sl_pay_band_penetration (&band, 300000), >, 1.0);
  g_assert_true (isnan (sl_pay_band_penetration (&band, NAN)));

  flat.min = flat.mid = flat.max = 0;
  g_assert_true (isnan (sl_pay_band_compa_ratio (&flat, 250000)));
  g_assert_true (isnan (sl_pay_band_penetration (&flat, 250000)));

  /* Nothing but base pay: the other parts count as 0. */
  g_assert_cmpfloat (sl_offer_annual_equity (&offer), ==, 0.0);
  g_assert_cmpfloat (sl_offer_target_bonus (&offer), ==, 0.0);
  g_assert_cmpfloat (sl_offer_total (&offer), ==, 250000.0);

  /* Equity without its vesting years has no value per year. */
  offer.equity_value = 400000;
  g_assert_cmpfloat (sl_offer_annual_equity (&offer), ==, 0.0);

  offer.vesting_years = 4;
  offer.target_bonus_pct = 20;
  offer.sign_on = 50000;
  g_assert_cmpfloat (sl_offer_annual_equity (&offer), ==, 100000.0);
  g_assert_cmpfloat (sl_offer_target_bonus (&offer), ==, 50000.0);
  g_assert_cmpfloat (sl_offer_total (&offer), ==, 250000.0 + 50000 + 50000 + 100000);

  offer.sign_on = NAN;
  g_assert_cmpfloat (sl_offer_total (&offer), ==, 250000.0 + 50000 + 100000);
}

static void
test_status (void)
{
  static const char * const names[] = { "draft", "extended", "accepted", "declined" };
  static const char * const labels[] = { "Draft", "Extended", "Accepted", "Declined" };
  SlOfferStatus status;

  for (guint i = 0; i < SL_N_OFFER_STATUSES; i++)
    {
      g_assert_cmpstr (sl_offer_status_to_string (i), ==, names[i]);
      g_assert_cmpstr (sl_offer_status_get_label (i), ==, labels[i]);
      g_assert_true (sl_offer_status_from_string (names[i], &status));
      g_assert_cmpint (status, ==, i);
    }

  g_assert_false (sl_offer_status_from_string ("withdrawn", &status));
  g_assert_false (sl_offer_status_from_string (NULL, &status));
}

/* Refused as invalid, with a message that has @needle in it. */
static void
assert_band_refused (const SlPayBand *band,
                     const char      *needle)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (sl_pay_band_validate (band, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  if (strstr (error->message, needle) == NULL)
    g_error ("“%s” does not say “%s”", error->message, needle);
}

static void
assert_offer_refused (const SlOffer *offer,
                      const char    *needle)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (sl_offer_validate (offer, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  if (strstr (error->message, needle) == NULL)
    g_error ("“%s” does not say “%s”", error->message, needle);
}

static void
test_validate (void)
{
  static const char * const bad_currencies[] = { "usd", "US", "USDX", "", "U$D", "€" };
  static const char * const bad_dates[] = { "2025-02-30", "2025-13-01", "2025-1-15", "15/01/2025", "", "2025-01-15T00:00" };
  SlPayBand band = seed_band;
  SlOffer offer = plain_offer (1, 250000);
  g_autoptr(GError) error = NULL;

  g_assert_true (sl_pay_band_validate (&band, &error));
  g_assert_no_error (error);
  band.min = band.mid = band.max = 0;
  band.target_bonus_pct = 0;
  g_assert_true (sl_pay_band_validate (&band, &error));
  band.target_bonus_pct = 1000;
  g_assert_true (sl_pay_band_validate (&band, &error));

  for (guint i = 0; i < G_N_ELEMENTS (bad_currencies); i++)
    {
      band = seed_band;
      band.currency = (char *) bad_currencies[i];
      assert_band_refused (&band, "currency");
    }
  band = seed_band;
  band.currency = NULL;
  assert_band_refused (&band, "currency");

  band = seed_band;
  band.min = -1;
  assert_band_refused (&band, "minimum");
  band.min = NAN;
  assert_band_refused (&band, "minimum");
  band = seed_band;
  band.mid = INFINITY;
  assert_band_refused (&band, "midpoint");
  band = seed_band;
  band.max = 100000000;
  assert_band_refused (&band, "maximum");
  band = seed_band;
  band.min = 260000;
  assert_band_refused (&band, "The band’s minimum is above its midpoint");
  band = seed_band;
  band.max = 250000;
  assert_band_refused (&band, "The band’s midpoint is above its maximum");
  band = seed_band;
  band.target_bonus_pct = -5;
  assert_band_refused (&band, "bonus");
  band.target_bonus_pct = 1000.5;
  assert_band_refused (&band, "bonus");
  band.target_bonus_pct = INFINITY;
  assert_band_refused (&band, "bonus");

  offer.target_bonus_pct = 20;
  offer.sign_on = 0;
  offer.equity_value = 400000;
  offer.vesting_years = 4;
  offer.start_date = (char *) "2024-02-29";
  g_assert_true (sl_offer_validate (&offer, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (bad_currencies); i++)
    {
      offer = plain_offer (1, 250000);
      offer.currency = (char *) bad_currencies[i];
      assert_offer_refused (&offer, "currency");
    }

  offer = plain_offer (1, 0);
  assert_offer_refused (&offer, "The offer’s base pay must be more than 0");
  offer.base = -250000;
  assert_offer_refused (&offer, "base pay");
  offer.base = NAN;
  assert_offer_refused (&offer, "base pay");
  offer.base = INFINITY;
  assert_offer_refused (&offer, "base pay");
  offer.base = 100000000;
  assert_offer_refused (&offer, "base pay");

  offer = plain_offer (1, 250000);
  offer.target_bonus_pct = -1;
  assert_offer_refused (&offer, "bonus");
  offer = plain_offer (1, 250000);
  offer.sign_on = -1;
  assert_offer_refused (&offer, "sign-on");
  offer.sign_on = INFINITY;
  assert_offer_refused (&offer, "sign-on");
  offer = plain_offer (1, 250000);
  offer.equity_value = -1;
  offer.vesting_years = 4;
  assert_offer_refused (&offer, "equity");
  offer = plain_offer (1, 250000);
  offer.equity_value = 400000;
  assert_offer_refused (&offer, "vesting");
  offer.vesting_years = 0;
  assert_offer_refused (&offer, "vesting");
  offer.vesting_years = -4;
  assert_offer_refused (&offer, "vesting");

  for (guint i = 0; i < G_N_ELEMENTS (bad_dates); i++)
    {
      offer = plain_offer (1, 250000);
      offer.start_date = (char *) bad_dates[i];
      assert_offer_refused (&offer, "start date");
    }

  offer = plain_offer (1, 250000);
  offer.status = SL_N_OFFER_STATUSES;
  assert_offer_refused (&offer, "status");
}

static void
test_copy (void)
{
  SlPayBand band = seed_band;
  SlOffer offer = plain_offer (7, 250000);
  g_autoptr(SlPayBand) band_copy = NULL;
  g_autoptr(SlOffer) offer_copy = NULL;

  band.equity = (char *) "0.1 % over four years";
  band_copy = sl_pay_band_copy (&band);
  g_assert_true (band_copy->currency != band.currency);
  g_assert_cmpstr (band_copy->currency, ==, "USD");
  g_assert_cmpstr (band_copy->equity, ==, band.equity);
  g_assert_cmpfloat (band_copy->mid, ==, 250225.5);
  g_assert_true (isnan (band_copy->target_bonus_pct));

  offer.start_date = (char *) "2025-03-01";
  offer_copy = sl_offer_copy (&offer);
  g_assert_cmpstr (offer_copy->start_date, ==, "2025-03-01");
  g_assert_cmpint (offer_copy->application_id, ==, 7);
  g_assert_true (isnan (offer_copy->sign_on));

  sl_pay_band_free (NULL);
  sl_offer_free (NULL);
  sl_pay_row_free (NULL);
}

static void
test_band (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(SlPayBand) band = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *message = NULL;
  SlPayBand wanted = seed_band;
  SlPayBand bad;
  Changes changes = { 0 };
  gint64 role_id = create_template_role (store, NULL);
  gint64 other_id = create_template_role (store, "Head of Data");

  g_signal_connect (store, "changed", G_CALLBACK (on_changed), &changes);

  /* No band yet. */
  band = sl_store_get_pay_band (store, role_id, &error);
  g_assert_null (band);
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  message = g_strdup (error->message);
  g_clear_error (&error);

  /* No role at all says so differently. */
  g_assert_null (sl_store_get_pay_band (store, 9999, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, !=, message);
  g_assert_nonnull (strstr (error->message, "9999"));
  g_clear_error (&error);

  wanted.role_id = role_id;
  wanted.equity = (char *) "  Restricted stock units  ";
  g_assert_true (sl_store_set_pay_band (store, &wanted, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (changes.what, ==, "compensation");
  g_assert_cmpint (changes.id, ==, role_id);

  band = sl_store_get_pay_band (store, role_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (band->role_id, ==, role_id);
  g_assert_cmpstr (band->currency, ==, "USD");
  g_assert_cmpfloat (band->min, ==, 217433);
  g_assert_cmpfloat (band->mid, ==, 250225.5);
  g_assert_cmpfloat (band->max, ==, 283018);
  g_assert_true (isnan (band->target_bonus_pct));
  g_assert_cmpstr (band->equity, ==, "Restricted stock units");
  g_assert_cmpint (ABS (band->updated - g_get_real_time () / G_USEC_PER_SEC), <, 60);
  g_clear_pointer (&band, sl_pay_band_free);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM pay_bands WHERE target_bonus_pct IS NULL"), ==, 1);

  /* Setting again replaces the one band; the other role has none. */
  wanted.currency = (char *) "EUR";
  wanted.min = 200000;
  wanted.mid = 200000;
  wanted.max = 240000;
  wanted.target_bonus_pct = 25;
  wanted.equity = (char *) "   ";
  g_assert_true (sl_store_set_pay_band (store, &wanted, &error));
  g_assert_no_error (error);
  band = sl_store_get_pay_band (store, role_id, &error);
  g_assert_cmpstr (band->currency, ==, "EUR");
  g_assert_cmpfloat (band->mid, ==, 200000);
  g_assert_cmpfloat (band->target_bonus_pct, ==, 25);
  g_assert_null (band->equity);
  g_clear_pointer (&band, sl_pay_band_free);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM pay_bands"), ==, 1);
  g_assert_null (sl_store_get_pay_band (store, other_id, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Refused bands and a band for no role write nothing. */
  before = query_text (f->path, "SELECT group_concat (currency || min || mid || max, ',') FROM pay_bands");
  changes.n = 0;
  bad = wanted;
  bad.min = 250000;
  g_assert_false (sl_store_set_pay_band (store, &bad, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_clear_error (&error);
  bad = wanted;
  bad.currency = (char *) "eur";
  g_assert_false (sl_store_set_pay_band (store, &bad, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_clear_error (&error);
  bad = wanted;
  bad.role_id = 9999;
  g_assert_false (sl_store_set_pay_band (store, &bad, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  after = query_text (f->path, "SELECT group_concat (currency || min || mid || max, ',') FROM pay_bands");
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (changes.n, ==, 0);

  /* Removed once; not twice; not from a role that has none. */
  g_assert_true (sl_store_remove_pay_band (store, role_id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.n, ==, 1);
  g_assert_null (sl_store_get_pay_band (store, role_id, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (sl_store_remove_pay_band (store, role_id, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, message);
  g_clear_error (&error);
  g_assert_false (sl_store_remove_pay_band (store, 9999, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, !=, message);
  g_clear_error (&error);

  /* A role's band goes with the role. */
  wanted.role_id = other_id;
  g_assert_true (sl_store_set_pay_band (store, &wanted, &error));
  g_assert_true (sl_store_delete_role (store, other_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM pay_bands"), ==, 0);

  g_clear_object (&store);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM audit_log WHERE action = 'pay-band.set' "
                                       "AND entity = 'role'"), ==, 3);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM audit_log WHERE action = 'pay-band.remove'"), ==, 1);
  g_free (changes.what);
}

static void
test_application_pay (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  Changes changes = { 0 };
  gint64 role_id = create_template_role (store, NULL);
  gint64 application_id;
  static const double refused[] = { -1, 100000000, INFINITY, -INFINITY };

  application_id = sl_store_add_application (store, add_candidate (store, "Dana Reyes", NULL), role_id, &error);
  g_assert_no_error (error);
  g_signal_connect (store, "changed", G_CALLBACK (on_changed), &changes);

  g_assert_true (sl_store_set_application_pay (store, application_id, 230000, 260000, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (changes.what, ==, "compensation");
  g_assert_cmpint (changes.id, ==, role_id);
  g_assert_cmpint (query_int (f->path, "SELECT current_pay FROM applications"), ==, 230000);
  g_assert_cmpint (query_int (f->path, "SELECT expected_pay FROM applications"), ==, 260000);

  /* NAN clears a figure and leaves the other. */
  g_assert_true (sl_store_set_application_pay (store, application_id, NAN, 260000, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f->path, "SELECT current_pay IS NULL FROM applications"), ==, 1);
  g_assert_cmpint (query_int (f->path, "SELECT expected_pay FROM applications"), ==, 260000);
  g_assert_true (sl_store_set_application_pay (store, application_id, 0, NAN, &error));
  g_assert_cmpint (query_int (f->path, "SELECT current_pay = 0 AND expected_pay IS NULL FROM applications"), ==, 1);
  g_assert_true (sl_store_set_application_pay (store, application_id, 230000, 260000, &error));

  before = query_text (f->path, "SELECT current_pay || '/' || expected_pay FROM applications");
  changes.n = 0;
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_assert_false (sl_store_set_application_pay (store, application_id, refused[i], 260000, &error));
      g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "current pay"));
      g_clear_error (&error);
      g_assert_false (sl_store_set_application_pay (store, application_id, 230000, refused[i], &error));
      g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "expected pay"));
      g_clear_error (&error);
    }
  g_assert_false (sl_store_set_application_pay (store, 9999, 1, 2, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "9999"));
  g_clear_error (&error);
  after = query_text (f->path, "SELECT current_pay || '/' || expected_pay FROM applications");
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (changes.n, ==, 0);

  g_clear_object (&store);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM audit_log WHERE action = 'application-pay.set' "
                                       "AND entity = 'application'"), ==, 4);
  g_free (changes.what);
}

static void
test_offers (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(GPtrArray) offers = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  Changes changes = { 0 };
  SlOffer offer;
  SlOffer other;
  SlOffer bad;
  gint64 role_id = create_template_role (store, NULL);
  gint64 application_id;
  gint64 other_application;
  gint64 ids[3];

  application_id = sl_store_add_application (store, add_candidate (store, "Dana Reyes", NULL), role_id, &error);
  other_application = sl_store_add_application (store, add_candidate (store, "Avery Okafor", NULL), role_id, &error);
  g_assert_no_error (error);
  g_signal_connect (store, "changed", G_CALLBACK (on_changed), &changes);

  offers = sl_store_list_offers (store, application_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (offers->len, ==, 0);
  g_clear_pointer (&offers, g_ptr_array_unref);

  /* Every save is a new version; the earlier ones stay. */
  offer = plain_offer (application_id, 240000);
  for (guint i = 0; i < 3; i++)
    {
      offer.base = 240000 + i * 10000;
      offer.id = 0;
      ids[i] = sl_store_save_offer (store, &offer, &error);
      g_assert_no_error (error);
      g_assert_cmpint (ids[i], >, 0);
      g_assert_cmpint (offer.id, ==, ids[i]);
      g_assert_cmpuint (offer.version, ==, i + 1);
      g_assert_cmpint (ABS (offer.created - g_get_real_time () / G_USEC_PER_SEC), <, 60);
      g_assert_cmpstr (changes.what, ==, "compensation");
      g_assert_cmpint (changes.id, ==, role_id);

      /* The last one has every part. */
      offer.target_bonus_pct = 20;
      offer.sign_on = 50000;
      offer.equity_value = 400000;
      offer.vesting_years = 4;
      offer.start_date = (char *) "2025-03-01";
      offer.status = SL_OFFER_EXTENDED;
    }
  g_assert_cmpint (ids[0], !=, ids[1]);

  /* Another application counts its own versions. */
  other = plain_offer (other_application, 230000);
  g_assert_cmpint (sl_store_save_offer (store, &other, &error), >, 0);
  g_assert_cmpuint (other.version, ==, 1);

  offers = sl_store_list_offers (store, application_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (offers->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      SlOffer *listed = g_ptr_array_index (offers, i);

      g_assert_cmpuint (listed->version, ==, 3 - i);
      g_assert_cmpint (listed->id, ==, ids[2 - i]);
      g_assert_cmpint (listed->application_id, ==, application_id);
      g_assert_cmpfloat (listed->base, ==, 240000 + (2 - i) * 10000);
    }
  {
    SlOffer *newest = g_ptr_array_index (offers, 0);
    SlOffer *oldest = g_ptr_array_index (offers, 2);

    g_assert_cmpstr (newest->currency, ==, "USD");
    g_assert_cmpfloat (newest->target_bonus_pct, ==, 20);
    g_assert_cmpfloat (newest->sign_on, ==, 50000);
    g_assert_cmpfloat (newest->equity_value, ==, 400000);
    g_assert_cmpfloat (newest->vesting_years, ==, 4);
    g_assert_cmpstr (newest->start_date, ==, "2025-03-01");
    g_assert_cmpint (newest->status, ==, SL_OFFER_EXTENDED);
    g_assert_cmpfloat (sl_offer_total (newest), ==, 260000.0 + 52000 + 50000 + 100000);

    g_assert_true (isnan (oldest->target_bonus_pct));
    g_assert_true (isnan (oldest->sign_on));
    g_assert_true (isnan (oldest->equity_value));
    g_assert_true (isnan (oldest->vesting_years));
    g_assert_null (oldest->start_date);
    g_assert_cmpint (oldest->status, ==, SL_OFFER_DRAFT);
  }
  g_clear_pointer (&offers, g_ptr_array_unref);

  /* A status belongs to one version. */
  g_assert_true (sl_store_set_offer_status (store, ids[1], SL_OFFER_DECLINED, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (changes.what, ==, "compensation");
  g_assert_cmpint (changes.id, ==, role_id);
  before = query_text (f->path, "SELECT group_concat (status, ',') FROM "
                                "(SELECT status FROM offers ORDER BY id)");
  g_assert_cmpstr (before, ==, "draft,declined,extended,draft");
  g_clear_pointer (&before, g_free);

  /* Refused: nothing written, nobody told. */
  before = query_text (f->path, "SELECT group_concat (id || status || base, ',') FROM offers");
  changes.n = 0;
  bad = plain_offer (application_id, 0);
  g_assert_cmpint (sl_store_save_offer (store, &bad, &error), ==, 0);
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_assert_cmpint (bad.id, ==, 0);
  g_clear_error (&error);
  bad = plain_offer (application_id, 250000);
  bad.start_date = (char *) "2025-02-30";
  g_assert_cmpint (sl_store_save_offer (store, &bad, &error), ==, 0);
  g_assert_error (error, SL_ERROR, SL_ERROR_INVALID);
  g_clear_error (&error);
  bad = plain_offer (9999, 250000);
  g_assert_cmpint (sl_store_save_offer (store, &bad, &error), ==, 0);
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (sl_store_set_offer_status (store, 9999, SL_OFFER_ACCEPTED, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (sl_store_list_offers (store, 9999, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  after = query_text (f->path, "SELECT group_concat (id || status || base, ',') FROM offers");
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (changes.n, ==, 0);

  g_clear_object (&store);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM audit_log WHERE action = 'offer.save'"), ==, 4);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM audit_log WHERE action = 'offer.status' "
                                       "AND detail = 'declined'"), ==, 1);
  g_free (changes.what);
}

static void
test_pay_rows (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  SlOffer offer;
  gint64 role_id = create_template_role (store, NULL);
  gint64 empty_role = create_template_role (store, "Head of Data");
  gint64 dana = add_candidate (store, "Dana Reyes", NULL);
  gint64 avery = add_candidate (store, "avery Okafor", NULL);
  gint64 morgan = add_candidate (store, "Morgan Tanaka", NULL);
  gint64 dana_app, avery_app, morgan_app;

  dana_app = sl_store_add_application (store, dana, role_id, &error);
  avery_app = sl_store_add_application (store, avery, role_id, &error);
  morgan_app = sl_store_add_application (store, morgan, role_id, &error);
  g_assert_no_error (error);
  g_assert_true (sl_store_set_application_pay (store, dana_app, 230000, 260000, &error));
  offer = plain_offer (dana_app, 240000);
  g_assert_cmpint (sl_store_save_offer (store, &offer, &error), >, 0);
  offer.base = 255000;
  g_assert_cmpint (sl_store_save_offer (store, &offer, &error), >, 0);
  g_assert_no_error (error);

  /* All in the first stage: by name, whatever its case. */
  rows = sl_store_list_pay_rows (store, role_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 3);
  {
    SlPayRow *first = g_ptr_array_index (rows, 0);
    SlPayRow *second = g_ptr_array_index (rows, 1);
    SlPayRow *third = g_ptr_array_index (rows, 2);

    g_assert_cmpstr (first->candidate_name, ==, "avery Okafor");
    g_assert_cmpint (first->application_id, ==, avery_app);
    g_assert_cmpint (first->candidate_id, ==, avery);
    g_assert_cmpstr (first->stage_name, ==, "Applied");
    g_assert_true (isnan (first->current_pay));
    g_assert_true (isnan (first->expected_pay));
    g_assert_null (first->offer);

    g_assert_cmpstr (second->candidate_name, ==, "Dana Reyes");
    g_assert_cmpfloat (second->current_pay, ==, 230000);
    g_assert_cmpfloat (second->expected_pay, ==, 260000);
    g_assert_nonnull (second->offer);
    g_assert_cmpuint (second->offer->version, ==, 2);
    g_assert_cmpfloat (second->offer->base, ==, 255000);

    g_assert_cmpint (third->application_id, ==, morgan_app);
  }
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* Candidates in the trash are not in the role's pay. */
  g_assert_true (sl_store_trash_candidate (store, dana, &error));
  rows = sl_store_list_pay_rows (store, role_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 2);
  g_clear_pointer (&rows, g_ptr_array_unref);

  rows = sl_store_list_pay_rows (store, empty_role, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 0);
  g_clear_pointer (&rows, g_ptr_array_unref);

  g_assert_null (sl_store_list_pay_rows (store, 9999, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
}

static void
test_sample (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(GListModel) roles = NULL;
  g_autoptr(SlRole) role = NULL;
  g_autoptr(SlPayBand) band = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  guint n_offers = 0;
  guint n_paid = 0;
  guint n_revised = 0;

  g_assert_true (sl_sample_populate (store, 12, &error));
  g_assert_no_error (error);
  roles = sl_store_list_roles (store, &error);
  role = g_list_model_get_item (roles, 0);

  /* The seed's average range, exactly. */
  band = sl_store_get_pay_band (store, sl_role_get_id (role), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (band->currency, ==, "USD");
  g_assert_cmpfloat (band->min, ==, 217433);
  g_assert_cmpfloat (band->max, ==, 283018);
  g_assert_cmpfloat (band->mid, ==, (217433.0 + 283018.0) / 2);

  rows = sl_store_list_pay_rows (store, sl_role_get_id (role), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 12);
  for (guint i = 0; i < rows->len; i++)
    {
      SlPayRow *row = g_ptr_array_index (rows, i);

      /* Every figure inside the seed's broad range, in whole thousands. */
      if (!isnan (row->current_pay))
        {
          n_paid++;
          g_assert_cmpfloat (row->current_pay, >=, 130000);
          g_assert_cmpfloat (row->expected_pay, >, row->current_pay);
          g_assert_cmpfloat (row->expected_pay, <=, 500000);
          g_assert_cmpfloat (fmod (row->current_pay, 1000), ==, 0);
          g_assert_cmpfloat (fmod (row->expected_pay, 1000), ==, 0);
        }
      else
        {
          g_assert_cmpstr (row->stage_name, ==, "Applied");
        }

      if (row->offer != NULL)
        {
          n_offers++;
          g_assert_cmpstr (row->stage_name, ==, "Offer");
          g_assert_cmpint (row->offer->status, ==, SL_OFFER_EXTENDED);
          g_assert_true (isnan (row->offer->target_bonus_pct));
          g_assert_true (isnan (row->offer->equity_value));
          g_assert_true (isnan (row->offer->sign_on));
          g_assert_cmpfloat (row->offer->base, >, row->current_pay);
          if (row->offer->version == 2)
            n_revised++;
        }
    }
  g_assert_cmpuint (n_paid, ==, 10);
  g_assert_cmpuint (n_offers, >, 0);
  g_assert_cmpuint (n_revised, ==, 1);

  /* The revised offer went up; its first version was turned down. */
  g_clear_object (&store);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM offers o JOIN offers p "
                                       "ON p.application_id = o.application_id AND p.version = 1 "
                                       "WHERE o.version = 2 AND o.base > p.base AND p.status = 'declined'"), ==, 1);
}

/* A large sample still has pay and offers, in every stage they belong to,
 * and only the first few hundred candidates have them. */
static void
test_sample_large (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(GError) error = NULL;

  g_assert_true (sl_sample_populate (store, 1000, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM applications WHERE current_pay IS NOT NULL"),
                   >, 300);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM applications WHERE current_pay IS NOT NULL"),
                   <=, 400);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM offers WHERE status = 'accepted'"), >, 0);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM offers WHERE status = 'extended'"), >, 0);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM offers WHERE version > 1"), ==, 1);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM offers o JOIN applications a ON a.id = o.application_id "
                                       "JOIN stages s ON s.id = a.stage_id "
                                       "WHERE s.kind NOT IN ('offer', 'hired')"), ==, 0);
  g_assert_cmpint (query_int (f->path, "SELECT min (current_pay) >= 130000 AND max (expected_pay) <= 500000 "
                                       "FROM applications"), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/compensation/arithmetic", test_arithmetic);
  g_test_add_func ("/compensation/status", test_status);
  g_test_add_func ("/compensation/validate", test_validate);
  g_test_add_func ("/compensation/copy", test_copy);
  FIXTURE_TEST ("/compensation/band", test_band);
  FIXTURE_TEST ("/compensation/application-pay", test_application_pay);
  FIXTURE_TEST ("/compensation/offers", test_offers);
  FIXTURE_TEST ("/compensation/pay-rows", test_pay_rows);
  FIXTURE_TEST ("/compensation/sample", test_sample);
  FIXTURE_TEST ("/compensation/sample-large", test_sample_large);

  return g_test_run ();
}
