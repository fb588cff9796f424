/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-test-funnel"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "sl-funnel.h"
#include "sl-sample.h"
#include "sl-store-private.h"
#include "test-util.h"

#define DAY (24 * 60 * 60)

/* A Tuesday in November 2023, at noon UTC: the pipeline's first day. */
#define T0 G_GINT64_CONSTANT (1699963200)

/* The stages of the built-in template, by position. */
enum
{
  APPLIED,
  SCREEN,
  MANAGER,
  TECHNICAL,
  PANEL,
  EXECUTIVE,
  OFFER,
  HIRED,
  REJECTED,
  N_STAGES,
};

typedef struct
{
  SlStore *store;
  gint64 role_id;
  gint64 stage_ids[N_STAGES];
} Pipeline;

static void
pipeline_init (Pipeline *p,
               Fixture  *f)
{
  g_autoptr(GListModel) stages = NULL;
  g_autoptr(GError) error = NULL;

  p->store = open_store (f);
  p->role_id = create_template_role (p->store, "VP of AI/ML Engineering");

  stages = sl_store_list_stages (p->store, p->role_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (stages), ==, N_STAGES);
  for (guint i = 0; i < N_STAGES; i++)
    {
      g_autoptr(SlStage) stage = g_list_model_get_item (stages, i);

      g_assert_cmpuint (sl_stage_get_position (stage), ==, i);
      p->stage_ids[i] = sl_stage_get_id (stage);
    }

  {
    g_autoptr(SlStage) rejected = g_list_model_get_item (stages, REJECTED);

    g_assert_cmpint (sl_stage_get_kind (rejected), ==, SL_STAGE_REJECTED);
  }
}

static void
pipeline_clear (Pipeline *p)
{
  sl_store_set_now_for_testing (0);
  g_clear_object (&p->store);
}

/* Puts a new candidate into the role on day @day. */
static gint64
apply (Pipeline   *p,
       const char *name,
       int         day,
       gint64     *candidate_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *email = g_strdup_printf ("%s@example.com", name);
  gint64 id = add_candidate (p->store, name, email);
  gint64 application_id;

  sl_store_set_now_for_testing (T0 + (gint64) day * DAY);
  application_id = sl_store_add_application (p->store, id, p->role_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (application_id, >, 0);

  if (candidate_id != NULL)
    *candidate_id = id;
  return application_id;
}

static void
move (Pipeline *p,
      gint64    application_id,
      guint     stage,
      int       day)
{
  g_autoptr(GError) error = NULL;

  sl_store_set_now_for_testing (T0 + (gint64) day * DAY);
  g_assert_true (sl_store_move_application (p->store, application_id, p->stage_ids[stage], &error));
  g_assert_no_error (error);
}

/* The days of each stay of an application, as the store recorded them,
 * open ones counted up to @now. */
static void
assert_stays (Pipeline     *p,
              gint64        application_id,
              gint64        now,
              const double *days,
              guint         n_days)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = sl_store_list_stage_history (p->store, application_id, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, n_days);
  for (guint i = 0; i < history->len; i++)
    {
      const SlStageVisit *visit = g_ptr_array_index (history, i);
      gint64 left = visit->left != 0 ? visit->left : now;

      g_assert_cmpfloat ((double) (left - visit->entered) / DAY, ==, days[i]);
    }
}

/* Eight candidates over ten days:
 *
 *   A  applied day 0, screen day 2, hiring manager day 6 (there now)
 *   B  applied day 1, screen day 3, rejected day 6
 *   C  applied day 2 (there now)
 *   D  applied day 0, screen day 1, technical deep dive day 6 (skipping
 *      the hiring manager), offer day 9 (there now)
 *   E  applied day 0, screen day 1, hiring manager day 2, then trashed
 *   F  applied day 1, rejected day 2
 *   G  applied day 3, screen day 4 (there now)
 *   H  applied day 4, screen day 5, hiring manager day 7 (there now)
 *
 * and the funnel drawn on day 10. */
static void
pipeline_populate (Pipeline *p)
{
  g_autoptr(GError) error = NULL;
  gint64 a, b, c, d, e, f, g, h;
  gint64 trashed;

  a = apply (p, "Avery", 0, NULL);
  b = apply (p, "Blake", 1, NULL);
  c = apply (p, "Casey", 2, NULL);
  d = apply (p, "Devon", 0, NULL);
  e = apply (p, "Emery", 0, &trashed);
  f = apply (p, "Finley", 1, NULL);
  g = apply (p, "Greer", 3, NULL);
  h = apply (p, "Harper", 4, NULL);

  move (p, d, SCREEN, 1);
  move (p, e, SCREEN, 1);
  move (p, a, SCREEN, 2);
  move (p, e, MANAGER, 2);
  move (p, f, REJECTED, 2);
  move (p, b, SCREEN, 3);
  move (p, g, SCREEN, 4);
  move (p, h, SCREEN, 5);
  move (p, a, MANAGER, 6);
  move (p, b, REJECTED, 6);
  move (p, d, TECHNICAL, 6);
  move (p, h, MANAGER, 7);
  move (p, d, OFFER, 9);

  g_assert_true (sl_store_trash_candidate (p->store, trashed, &error));
  g_assert_no_error (error);
  sl_store_set_now_for_testing (0);

  /* The store kept the times it was given. */
  {
    const double a_days[] = { 2, 4, 4 };
    const double c_days[] = { 8 };
    const double d_days[] = { 1, 5, 3, 1 };

    assert_stays (p, a, T0 + 10 * DAY, a_days, G_N_ELEMENTS (a_days));
    assert_stays (p, c, T0 + 10 * DAY, c_days, G_N_ELEMENTS (c_days));
    assert_stays (p, d, T0 + 10 * DAY, d_days, G_N_ELEMENTS (d_days));
  }
}

static void
test_load (Fixture       *f,
           gconstpointer  data)
{
  static const struct
  {
    const char *name;
    guint reached;
    guint current;
    double median;
    guint n_stays;
  } expected[] = {
    /* Stays: A 2, B 2, C 8 (open), D 1, F 1, G 1, H 1: seven, the
     * fourth of them in order is 1. */
    { "Applied", 7, 1, 1, 7 },
    /* A 4, B 3, D 5, G 6 (open), H 2: five, the middle one 4. */
    { "Recruiter screen", 5, 1, 4, 5 },
    /* D skipped it, and reached it all the same on the way to the
     * offer. A 4 and H 3, both open: the middle two of an even
     * number, 3.5. E's stay is in the trash. */
    { "Hiring manager interview", 3, 2, 3.5, 2 },
    { "Technical deep dive", 1, 0, 3, 1 },
    { "Leadership panel", 1, 0, NAN, 0 },
    { "Executive interview", 1, 0, NAN, 0 },
    { "Offer", 1, 1, 1, 1 },
    { "Hired", 0, 0, NAN, 0 },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(SlFunnelData) funnel = NULL;
  Pipeline p;

  pipeline_init (&p, f);
  pipeline_populate (&p);

  funnel = sl_store_load_funnel (p.store, p.role_id, T0 + 10 * DAY, &error);
  g_assert_no_error (error);
  g_assert_nonnull (funnel);

  g_assert_cmpstr (funnel->title, ==, "VP of AI/ML Engineering — pipeline");
  g_assert_cmpuint (funnel->n_stages, ==, G_N_ELEMENTS (expected));
  g_assert_null (funnel->stage_names[funnel->n_stages]);
  for (guint i = 0; i < funnel->n_stages; i++)
    {
      g_test_message ("stage %u: %s", i, funnel->stage_names[i]);
      g_assert_cmpstr (funnel->stage_names[i], ==, expected[i].name);
      g_assert_cmpint (funnel->stage_kinds[i], !=, SL_STAGE_REJECTED);
      g_assert_cmpuint (funnel->reached[i], ==, expected[i].reached);
      g_assert_cmpuint (funnel->current[i], ==, expected[i].current);
      g_assert_cmpuint (funnel->n_stays[i], ==, expected[i].n_stays);
      if (isnan (expected[i].median))
        g_assert_true (isnan (funnel->median_days[i]));
      else
        g_assert_cmpfloat_with_epsilon (funnel->median_days[i], expected[i].median, 1e-9);
    }
  g_assert_cmpint (funnel->stage_kinds[0], ==, SL_STAGE_APPLIED);
  g_assert_cmpint (funnel->stage_kinds[7], ==, SL_STAGE_HIRED);

  /* B and F, apart from the steps; E is in the trash. */
  g_assert_cmpstr (funnel->rejected_name, ==, "Rejected");
  g_assert_cmpuint (funnel->rejected, ==, 2);
  g_assert_cmpuint (funnel->n_applications, ==, 7);

  g_assert_true (isnan (sl_funnel_data_conversion (funnel, 0)));
  g_assert_cmpfloat_with_epsilon (sl_funnel_data_conversion (funnel, 1), 5.0 / 7, 1e-9);
  g_assert_cmpfloat_with_epsilon (sl_funnel_data_conversion (funnel, 2), 3.0 / 5, 1e-9);
  g_assert_cmpfloat_with_epsilon (sl_funnel_data_conversion (funnel, 7), 0, 1e-9);

  /* Later, the open stays are longer: C has been waiting twelve days,
   * and the screen's stays are 2, 3, 4, 5 and 8. */
  g_clear_pointer (&funnel, sl_funnel_data_free);
  funnel = sl_store_load_funnel (p.store, p.role_id, T0 + 12 * DAY, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (funnel->median_days[APPLIED], 1, 1e-9);
  g_assert_cmpfloat_with_epsilon (funnel->median_days[SCREEN], 4, 1e-9);
  g_assert_cmpfloat_with_epsilon (funnel->median_days[MANAGER], 5.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (funnel->median_days[OFFER], 3, 1e-9);

  pipeline_clear (&p);
}

/* Restoring a candidate from the trash brings their stays back. */
static void
test_trash (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SlFunnelData) funnel = NULL;
  gint64 candidate_id;
  gint64 application_id;
  Pipeline p;

  pipeline_init (&p, f);
  application_id = apply (&p, "Avery", 0, &candidate_id);
  move (&p, application_id, SCREEN, 3);
  sl_store_set_now_for_testing (0);

  g_assert_true (sl_store_trash_candidate (p.store, candidate_id, &error));
  funnel = sl_store_load_funnel (p.store, p.role_id, T0 + 4 * DAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (funnel->n_applications, ==, 0);
  g_assert_cmpuint (funnel->reached[APPLIED], ==, 0);
  g_assert_true (isnan (funnel->median_days[APPLIED]));
  g_clear_pointer (&funnel, sl_funnel_data_free);

  g_assert_true (sl_store_restore_candidate (p.store, candidate_id, &error));
  funnel = sl_store_load_funnel (p.store, p.role_id, T0 + 4 * DAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (funnel->n_applications, ==, 1);
  g_assert_cmpuint (funnel->reached[SCREEN], ==, 1);
  g_assert_cmpuint (funnel->current[SCREEN], ==, 1);
  g_assert_cmpfloat_with_epsilon (funnel->median_days[APPLIED], 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (funnel->median_days[SCREEN], 1, 1e-9);

  pipeline_clear (&p);
}

/* A role nobody applied to has its steps and nothing in them; a role that
 * is not there is an error. */
static void
test_empty_and_missing (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SlFunnelData) funnel = NULL;
  Pipeline p;

  pipeline_init (&p, f);

  funnel = sl_store_load_funnel (p.store, p.role_id, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (funnel->n_stages, ==, N_STAGES - 1);
  g_assert_cmpuint (funnel->n_applications, ==, 0);
  g_assert_cmpuint (funnel->rejected, ==, 0);
  for (guint i = 0; i < funnel->n_stages; i++)
    {
      g_assert_cmpuint (funnel->reached[i], ==, 0);
      g_assert_cmpuint (funnel->current[i], ==, 0);
      g_assert_true (isnan (funnel->median_days[i]));
      g_assert_true (isnan (sl_funnel_data_conversion (funnel, i)));
    }

  g_assert_null (sl_store_load_funnel (p.store, p.role_id + 100, 0, &error));
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);

  pipeline_clear (&p);
}

/* The sample's pipeline: whatever the data, every count is at most the
 * one before it, and each application stands somewhere. */
static void
test_sample (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(SlFunnelData) funnel = NULL;
  guint n_current = 0;

  g_assert_true (sl_sample_populate (store, 60, &error));
  g_assert_no_error (error);

  funnel = sl_store_load_funnel (store, 1, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (funnel->n_applications, ==, 60);
  g_assert_cmpuint (funnel->reached[0], >, 0);
  g_assert_cmpuint (funnel->rejected, >, 0);
  for (guint i = 0; i < funnel->n_stages; i++)
    {
      g_assert_cmpuint (funnel->reached[i], >=, funnel->current[i]);
      if (i > 0)
        g_assert_cmpuint (funnel->reached[i], <=, funnel->reached[i - 1]);
      if (funnel->n_stays[i] > 0)
        g_assert_cmpfloat (funnel->median_days[i], >=, 0);
      n_current += funnel->current[i];
    }
  g_assert_cmpuint (n_current + funnel->rejected, ==, funnel->n_applications);
  /* The sample's rejected were screened before. */
  g_assert_cmpuint (funnel->reached[0], ==, funnel->n_applications);
}

static void
test_median (void)
{
  double none[1] = { 0 };
  double one[] = { 4 };
  double odd[] = { 8, 1, 2, 1, 1 };
  double even[] = { 6, 1, 4, 3 };
  double pair[] = { 5, 2 };

  g_assert_true (isnan (sl_funnel_median (none, 0)));
  g_assert_cmpfloat (sl_funnel_median (one, 1), ==, 4);
  g_assert_cmpfloat (sl_funnel_median (odd, G_N_ELEMENTS (odd)), ==, 1);
  g_assert_cmpfloat (sl_funnel_median (even, G_N_ELEMENTS (even)), ==, 3.5);
  g_assert_cmpfloat (sl_funnel_median (pair, G_N_ELEMENTS (pair)), ==, 3.5);

  /* The values are left sorted. */
  g_assert_cmpfloat (even[0], ==, 1);
  g_assert_cmpfloat (even[3], ==, 6);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  SlFunnelData **funnel = user_data;
  g_autoptr(GError) error = NULL;

  *funnel = sl_store_load_funnel_finish (SL_STORE (source), result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (*funnel);
}

static void
on_cancelled (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_null (sl_store_load_funnel_finish (SL_STORE (source), result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  *done = TRUE;
}

/* Off the main thread, on a connection of its own, the same numbers. */
static void
test_async (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(SlFunnelData) funnel = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  gboolean cancelled = FALSE;
  Pipeline p;

  pipeline_init (&p, f);
  pipeline_populate (&p);

  sl_store_load_funnel_async (p.store, p.role_id, T0 + 10 * DAY, NULL, on_loaded, &funnel);
  while (funnel == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (funnel->n_applications, ==, 7);
  g_assert_cmpuint (funnel->reached[SCREEN], ==, 5);
  g_assert_cmpuint (funnel->reached[MANAGER], ==, 3);
  g_assert_cmpfloat_with_epsilon (funnel->median_days[MANAGER], 3.5, 1e-9);
  g_assert_cmpuint (funnel->rejected, ==, 2);

  g_cancellable_cancel (cancellable);
  sl_store_load_funnel_async (p.store, p.role_id, 0, cancellable, on_cancelled, &cancelled);
  while (!cancelled)
    g_main_context_iteration (NULL, TRUE);

  pipeline_clear (&p);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  FIXTURE_TEST ("/funnel/load", test_load);
  FIXTURE_TEST ("/funnel/trash", test_trash);
  FIXTURE_TEST ("/funnel/empty-and-missing", test_empty_and_missing);
  FIXTURE_TEST ("/funnel/sample", test_sample);
  FIXTURE_TEST ("/funnel/async", test_async);
  g_test_add_func ("/funnel/median", test_median);

  return g_test_run ();
}
