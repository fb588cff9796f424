/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-sample"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "sl-sample-private.h"
#include "sl-store-private.h"

/* Sample data for a first look: the VP of AI/ML Engineering role from its
 * template and clearly fictional candidates (example.com addresses) spread
 * over the pipeline. The same count always gives the same people in the
 * same stages; only the dates follow the day it is made. */

static const char * const first_names[] = {
  "Dana", "Avery", "Jordan", "Morgan", "Riley", "Casey", "Quinn", "Rowan",
  "Emerson", "Harper", "Sage", "Skyler", "Reese", "Finley", "Parker", "Hayden",
};

static const char * const last_names[] = {
  "Reyes", "Okafor", "Lindqvist", "Tanaka", "Moreau", "Novak", "Haddad", "Castillo",
  "Brennan", "Sato", "Kowalski", "Adeyemi", "Varga", "Iyer", "Holm", "Duarte",
};

static const char * const headlines[] = {
  "Director of ML Platform",
  "Head of Data Science",
  "VP of Engineering",
  "Principal ML Engineer",
  "Director of AI Research",
  "Head of MLOps",
  "Senior Director, Applied AI",
  "Chief Data Officer",
};

static const char * const companies[] = {
  "Example Bank", "Sample Health", "Demo Logistics", "Storybook Retail",
  "Fictional Airlines", "Mock Insurance", "Test Manufacturing", "Imaginary Media",
};

static const char * const locations[] = {
  "New York, NY", "San Francisco, CA", "Seattle, WA", "Austin, TX",
  "Amsterdam", "Boston, MA", "Chicago, IL", "Remote",
};

static const char * const sources[] = {
  "Referral", "Inbound", "Sourced", "Agency",
};

/* Where the first dozen stand, by stage position in the template's
 * pipeline, and how many days ago they got there. */
static const struct { guint stage; guint days; } placements[] = {
  { 0, 1 }, { 0, 3 }, { 1, 2 }, { 1, 6 }, { 2, 4 }, { 2, 9 },
  { 3, 5 }, { 3, 12 }, { 4, 7 }, { 5, 3 }, { 6, 2 }, { 8, 15 },
};

/* Checklists are filled in for the first few hundred candidates past the
 * first stage: enough to see the field, while a sample of a hundred
 * thousand stays quick to make. */
#define MAX_ASSESSED 400

/* The same few hundred, for the same reason, have their pay written down. */
#define MAX_PAID MAX_ASSESSED

/* What a recruiter might have written down, by the requirement's category:
 * met, partly met and not met. A %s is the candidate's company. */
static const struct
{
  const char *category;
  const char *evidence[3];
} evidence_lines[] = {
  { "Experience", { "Long record of production ML at %s", "Production work, but mostly research at %s",
                    "Experience mostly outside production ML" } },
  { "Education", { "Doctorate in machine learning", "Master’s degree in a related field",
                   "No advanced degree" } },
  { "Industry knowledge", { "Ran model risk reviews at %s", "Some exposure to compliance reviews",
                            "No regulated-industry experience" } },
  { "Leadership", { "Built and led the ML organization at %s", "Led one team, not an organization",
                    "No people management yet" } },
  { "Technical skills", { "Hands-on and precise in the deep dive", "Knows it, has not used it lately",
                          "Could not go into detail" } },
  { "Domain expertise", { "Shipped language products at %s", "Prototypes only, nothing in production",
                          "No work in this area" } },
  { "Soft skills", { "Clear, well-structured answers in the screen",
                     "Good with engineers, less so with executives",
                     "Struggled to explain trade-offs" } },
};

static const char * const assessors[] = {
  "Jamie Chen", "Taylor Brooks",
};

static char *
sample_evidence (const char         *category,
                 SlAssessmentStatus  status,
                 const char         *company)
{
  if (status == SL_ASSESSMENT_UNASSESSED)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (evidence_lines); i++)
    if (g_strcmp0 (evidence_lines[i].category, category) == 0)
      {
        const char *line = evidence_lines[i].evidence[status - SL_ASSESSMENT_MET];

        return strstr (line, "%s") != NULL ? g_strdup_printf (line, company) : g_strdup (line);
      }

  return NULL;
}

/* A candidate who got past the first stage has a checklist: mostly met,
 * some of it partly, a little not; the rejected fail a must-have. Those
 * still at the screen are half way through it. */
static gboolean
insert_assessments (SlStore    *self,
                    guint       index,
                    gint64      application_id,
                    gint64      role_id,
                    gboolean    screening,
                    gboolean    rejected,
                    const char *company,
                    gint64      when,
                    GError    **error)
{
  g_autoptr(GPtrArray) requirements = sl_store_list_requirements (self, role_id, error);

  if (requirements == NULL)
    return FALSE;

  for (guint r = 0; r < requirements->len; r++)
    {
      const SlRequirement *requirement = g_ptr_array_index (requirements, r);
      g_autoptr(SlStmt) stmt = NULL;
      g_autofree char *evidence = NULL;
      guint roll = (index * 7 + r * 13 + index * r) % 20;
      SlAssessmentStatus status;

      if (screening && r >= requirements->len / 2)
        break;

      if (rejected && r == 3)
        status = SL_ASSESSMENT_NOT_MET;
      else if (roll < 13)
        status = SL_ASSESSMENT_MET;
      else if (roll < 16)
        status = SL_ASSESSMENT_PARTLY_MET;
      else if (roll < 18 && requirement->kind == SL_REQUIREMENT_NICE_TO_HAVE)
        status = SL_ASSESSMENT_NOT_MET;
      else
        status = SL_ASSESSMENT_UNASSESSED;

      if (status == SL_ASSESSMENT_UNASSESSED)
        continue;

      /* Not every met requirement needed a note. */
      if (status != SL_ASSESSMENT_MET || roll % 3 != 0)
        evidence = sample_evidence (requirement->category, status, company);

      stmt = sl_store_prepare (self,
                               "INSERT INTO requirement_assessments (application_id, requirement_id, "
                               "  status, evidence, assessed_by, assessed_at) VALUES (?, ?, ?, ?, ?, ?)",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, application_id);
      sqlite3_bind_int64 (stmt, 2, requirement->id);
      sl_stmt_bind_text (stmt, 3, sl_assessment_status_to_string (status));
      sl_stmt_bind_text (stmt, 4, evidence);
      sl_stmt_bind_text (stmt, 5, assessors[(index + r) % G_N_ELEMENTS (assessors)]);
      sqlite3_bind_int64 (stmt, 6, when);
      if (!sl_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* The seed's line for the role: its broad range and its average range. */
static const SlMarketEntry *
find_seed_entry (const SlMarketDocument *market,
                 const char             *role,
                 GError                **error)
{
  for (guint i = 0; i < market->entries->len; i++)
    {
      const SlMarketEntry *entry = g_ptr_array_index (market->entries, i);

      if (g_strcmp0 (entry->role, role) == 0 && entry->component == SL_MARKET_BASE &&
          entry->has_range && entry->has_average)
        return entry;
    }

  g_set_error (error, SL_ERROR, SL_ERROR_FAILED,
               _("The built-in market data has no pay range for “%s”"), role);
  return NULL;
}

/* An amount @tenths of the way from the low end of the seed's average
 * range to its high end (past it above ten), rounded to thousands and kept
 * inside the seed's broad range. */
static double
sample_amount (const SamplePay *pay,
               guint            tenths)
{
  const SlMarketEntry *seed = pay->seed;
  double amount = seed->average_low + tenths * (seed->average_high - seed->average_low) / 10;

  amount = round (amount / 1000) * 1000;

  return CLAMP (amount, seed->range_min, seed->range_max);
}

static gboolean
insert_offer (SlStore          *self,
              const SamplePay  *pay,
              gint64            application_id,
              guint             version,
              double            base,
              SlOfferStatus     status,
              gint64            created,
              GError          **error)
{
  g_autoptr(SlStmt) stmt = NULL;

  stmt = sl_store_prepare (self,
                           "INSERT INTO offers (application_id, version, currency, base, target_bonus_pct, "
                           "                    status, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, application_id);
  sqlite3_bind_int (stmt, 2, (int) version);
  sl_stmt_bind_text (stmt, 3, pay->currency);
  sqlite3_bind_double (stmt, 4, base);
  /* The seed names bonuses and equity without a figure for them: the
   * sample's offers leave them to the user rather than make one up. */
  sqlite3_bind_null (stmt, 5);
  sl_stmt_bind_text (stmt, 6, sl_offer_status_to_string (status));
  sqlite3_bind_int64 (stmt, 7, created);

  return sl_store_step_done (self, stmt, error);
}

/* Candidates in the Offer stage have an offer extended and hired ones
 * have accepted theirs, each a tenth of the average range above what they
 * earn. The first in the Offer stage turned one down and was offered what
 * they ask in a second version. */
static gboolean
insert_offers (SlStore   *self,
               SamplePay *pay,
               gint64     application_id,
               guint      stage_position,
               guint      current_tenths,
               guint      expected_tenths,
               gint64     entered,
               GError   **error)
{
  double base = sample_amount (pay, current_tenths + 1);

  if (stage_position == pay->hired_position)
    return insert_offer (self, pay, application_id, 1, base, SL_OFFER_ACCEPTED, entered, error);

  if (stage_position != pay->offer_position)
    return TRUE;

  if (pay->revised)
    return insert_offer (self, pay, application_id, 1, base, SL_OFFER_EXTENDED, entered, error);

  /* The second a day after the first, which is at least a day ago. */
  pay->revised = TRUE;
  return insert_offer (self, pay, application_id, 1, base, SL_OFFER_DECLINED, entered, error) &&
         insert_offer (self, pay, application_id, 2, sample_amount (pay, expected_tenths),
                       SL_OFFER_EXTENDED, entered + 24 * 3600, error);
}

static gboolean
insert_candidate (SlStore          *self,
                  guint             index,
                  gint64            role_id,
                  GArray           *stage_ids,
                  SamplePay        *pay,
                  SampleScorecards *scorecards,
                  gint64            now,
                  GError          **error)
{
  const char *first = first_names[index % G_N_ELEMENTS (first_names)];
  const char *company = companies[(index * 5) % G_N_ELEMENTS (companies)];
  const char *last = last_names[(index / G_N_ELEMENTS (first_names) + index * 7) % G_N_ELEMENTS (last_names)];
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *local = NULL;
  g_autoptr(SlStmt) stmt = NULL;
  guint generation = index / (G_N_ELEMENTS (first_names) * G_N_ELEMENTS (last_names));
  guint stage_position;
  guint days;
  guint current_tenths;
  guint expected_tenths;
  gboolean paid;
  gint64 candidate_id;
  gint64 application_id;
  gint64 created;

  if (generation == 0)
    name = g_strdup_printf ("%s %s", first, last);
  else
    name = g_strdup_printf ("%s %s %u", first, last, generation + 1);

  local = g_ascii_strdown (name, -1);
  g_strdelimit (local, " ", '.');
  email = g_strdup_printf ("%s@example.com", local);
  /* 555-01xx numbers are reserved for fiction. */
  phone = g_strdup_printf ("+1 202 555 01%02u", index % 100);

  if (index < G_N_ELEMENTS (placements))
    {
      stage_position = placements[index].stage;
      days = placements[index].days;
    }
  else
    {
      stage_position = (index * 5) % stage_ids->len;
      days = 1 + (index * 11) % 40;
    }
  stage_position = MIN (stage_position, stage_ids->len - 1);
  created = now - (gint64) (days + 3 * stage_position + 1) * 24 * 3600;

  stmt = sl_store_prepare (self,
                           "INSERT INTO candidates (name, email, phone, location, headline, company, "
                           "                        source, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return FALSE;
  sl_stmt_bind_text (stmt, 1, name);
  sl_stmt_bind_text (stmt, 2, email);
  sl_stmt_bind_text (stmt, 3, phone);
  sl_stmt_bind_text (stmt, 4, locations[(index * 3) % G_N_ELEMENTS (locations)]);
  sl_stmt_bind_text (stmt, 5, headlines[index % G_N_ELEMENTS (headlines)]);
  sl_stmt_bind_text (stmt, 6, company);
  sl_stmt_bind_text (stmt, 7, sources[index % G_N_ELEMENTS (sources)]);
  sqlite3_bind_int64 (stmt, 8, created);
  sqlite3_bind_int64 (stmt, 9, created);
  if (!sl_store_step_done (self, stmt, error))
    return FALSE;
  candidate_id = sqlite3_last_insert_rowid (self->db);
  g_clear_pointer (&stmt, sl_stmt_release);

  /* Candidates past the first stage told the recruiter what they earn,
   * somewhere across the seed's average range, and ask for two to four
   * tenths of that range more. */
  paid = stage_position > 0 && index < MAX_PAID;
  current_tenths = (index * 3) % 10;
  expected_tenths = current_tenths + 2 + index % 3;

  stmt = sl_store_prepare (self,
                           "INSERT INTO applications (candidate_id, role_id, stage_id, stage_entered_at, "
                           "                          current_pay, expected_pay, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, candidate_id);
  sqlite3_bind_int64 (stmt, 2, role_id);
  sqlite3_bind_int64 (stmt, 3, g_array_index (stage_ids, gint64, stage_position));
  sqlite3_bind_int64 (stmt, 4, now - (gint64) days * 24 * 3600);
  if (paid)
    {
      sqlite3_bind_double (stmt, 5, sample_amount (pay, current_tenths));
      sqlite3_bind_double (stmt, 6, sample_amount (pay, expected_tenths));
    }
  sqlite3_bind_int64 (stmt, 7, created);
  if (!sl_store_step_done (self, stmt, error))
    return FALSE;
  application_id = sqlite3_last_insert_rowid (self->db);
  g_clear_pointer (&stmt, sl_stmt_release);

  /* The history walks through every stage before the current one, three
   * days each; a rejected candidate was rejected after the screen. */
  for (guint p = 0; p <= stage_position; p++)
    {
      gint64 stage_id = g_array_index (stage_ids, gint64, p);
      gint64 entered = created + (gint64) p * 3 * 24 * 3600;
      gboolean current = p == stage_position;
      gboolean rejected = stage_position == stage_ids->len - 1;

      if (rejected && !current && p > 1)
        continue;
      if (current)
        entered = now - (gint64) days * 24 * 3600;

      stmt = sl_store_prepare (self,
                               "INSERT INTO stage_history (application_id, stage_id, entered_at, left_at) "
                               "VALUES (?, ?, ?, ?)",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, application_id);
      sqlite3_bind_int64 (stmt, 2, stage_id);
      sqlite3_bind_int64 (stmt, 3, entered);
      if (!current)
        sqlite3_bind_int64 (stmt, 4, rejected && p == 1 ? now - (gint64) days * 24 * 3600
                                                        : entered + 3 * 24 * 3600);
      if (!sl_store_step_done (self, stmt, error))
        return FALSE;
      g_clear_pointer (&stmt, sl_stmt_release);
    }

  if (paid &&
      !insert_offers (self, pay, application_id, stage_position, current_tenths, expected_tenths,
                      now - (gint64) days * 24 * 3600, error))
    return FALSE;

  if (stage_position > 0 && index < MAX_ASSESSED &&
      !insert_assessments (self, index, application_id, role_id, stage_position == 1,
                           stage_position == stage_ids->len - 1, company,
                           created + 3 * 24 * 3600, error))
    return FALSE;

  if (index < MAX_INTERVIEWED)
    return sl_sample_insert_scorecards (self, scorecards, pay, stage_ids, index, application_id, stage_position,
                              created, now - (gint64) days * 24 * 3600, now, error);

  return TRUE;
}

/**
 * sl_sample_populate:
 * @store: an empty database
 * @n_candidates: how many candidates to make
 *
 * Fills an empty database with the sample role and candidates, in one
 * transaction. A database that holds roles or candidates is left alone.
 */
gboolean
sl_sample_populate (SlStore *store,
                    guint    n_candidates,
                    GError **error)
{
  g_autoptr(SlTemplate) template = NULL;
  g_autoptr(SlMarketDocument) market = NULL;
  g_autoptr(GArray) stage_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(SlStmt) stmt = NULL;
  gint64 now = sl_store_now ();
  SamplePay pay = { .offer_position = G_MAXUINT, .hired_position = G_MAXUINT };
  g_auto(SampleScorecards) scorecards = { 0 };
  gint64 role_id;
  int rc;

  g_return_val_if_fail (SL_IS_STORE (store), FALSE);

  stmt = sl_store_prepare (store,
                           "SELECT (SELECT count(*) FROM roles) + (SELECT count(*) FROM candidates)",
                           error);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int64 (stmt, 0) > 0)
    {
      g_autofree char *display = g_filename_display_name (sl_store_get_path (store));

      g_set_error (error, SL_ERROR, SL_ERROR_CONSTRAINT,
                   _("“%s” already holds roles or candidates; sample data goes into a new database"),
                   display);
      return FALSE;
    }
  g_clear_pointer (&stmt, sl_stmt_release);

  template = sl_template_load_builtin ("vp-ai-ml-engineering", error);
  if (template == NULL)
    return FALSE;

  market = sl_market_document_load_builtin (error);
  if (market == NULL)
    return FALSE;
  pay.seed = find_seed_entry (market, template->title, error);
  if (pay.seed == NULL)
    return FALSE;
  pay.currency = market->currency;

  if (!sl_store_begin (store, error))
    return FALSE;

  role_id = sl_store_insert_role (store, template, template->title, error);
  if (role_id == 0)
    goto failed;

  stmt = sl_store_prepare (store, "SELECT id, kind FROM stages WHERE role_id = ? ORDER BY position", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, role_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *kind = (const char *) sqlite3_column_text (stmt, 1);

      if (g_strcmp0 (kind, "offer") == 0 && pay.offer_position == G_MAXUINT)
        pay.offer_position = stage_ids->len;
      else if (g_strcmp0 (kind, "hired") == 0 && pay.hired_position == G_MAXUINT)
        pay.hired_position = stage_ids->len;
      g_array_append_val (stage_ids, id);
    }
  g_clear_pointer (&stmt, sl_stmt_release);
  g_assert (stage_ids->len > 0);

  /* The sample band is the seed's average range, with its midpoint half
   * way between: the role profile gives no band of its own. */
  stmt = sl_store_prepare (store,
                           "INSERT INTO pay_bands (role_id, currency, min, mid, max, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, role_id);
  sl_stmt_bind_text (stmt, 2, pay.currency);
  sqlite3_bind_double (stmt, 3, pay.seed->average_low);
  sqlite3_bind_double (stmt, 4, (pay.seed->average_low + pay.seed->average_high) / 2);
  sqlite3_bind_double (stmt, 5, pay.seed->average_high);
  sqlite3_bind_int64 (stmt, 6, now);
  if (!sl_store_step_done (store, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, sl_stmt_release);

  if (!sl_sample_prepare_scorecards (store, role_id, &scorecards, now, error))
    goto failed;

  for (guint i = 0; i < n_candidates; i++)
    if (!insert_candidate (store, i, role_id, stage_ids, &pay, &scorecards, now, error))
      goto failed;

  if (!sl_store_audit (store, "sample.create", "role", role_id, NULL, error) ||
      !sl_store_commit (store, error))
    goto failed;

  sl_store_emit_changed (store, "role", role_id);
  return TRUE;

failed:
  sl_store_rollback (store);
  return FALSE;
}
