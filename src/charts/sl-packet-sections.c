/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the committee packet says, part by part: the cover, the
 * requirement matrix, the committee's ratings and the compensation; each
 * candidate's pages are in sl-packet-candidate.c. Every figure is one the
 * data has; where there is none, the packet says so. */
#define G_LOG_DOMAIN "shortlist-packet"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "sl-money.h"
#include "sl-packet-private.h"
#include "sl-store.h"

/* The narrowest a requirement's column of the matrix gets before the
 * requirements are split over several tables. */
#define MATRIX_MIN_CELL 18.0
#define MATRIX_MAX_CELL 24.0

char *
sl_packet_format_date (gint64 unix_time)
{
  g_autoptr(GDateTime) date = unix_time > 0 ? g_date_time_new_from_unix_local (unix_time) : NULL;

  return date != NULL ? g_date_time_format (date, "%x") : g_strdup ("");
}

/* "<b>Label:</b> text", escaped. */
static char *
labelled (const char *label,
          const char *text)
{
  /* Translators: a label and what it labels, as in "Stage: Offer" */
  return g_markup_printf_escaped (C_("packet", "<b>%s:</b> %s"), label, text);
}

void
sl_packet_add_labelled (SlPacket    *packet,
                        const char  *label,
                        const char  *text)
{
  g_autofree char *markup = labelled (label, text);

  sl_packet_add_text (packet, SL_TEXT_BODY, markup);
}

SlPacketBlock *
sl_packet_add_plain (SlPacket    *packet,
                     SlTextStyle  style,
                     const char  *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  return sl_packet_add_text (packet, style, markup);
}

/* A line that introduces what follows it stays on its page. */
void
sl_packet_add_intro (SlPacket    *packet,
                     SlTextStyle  style,
                     const char  *text)
{
  sl_packet_add_plain (packet, style, text)->keep_with_next = TRUE;
}

/* The blocks added since @first stay on one page. */
void
sl_packet_keep_together (SlPacket *packet,
                         guint     first)
{
  for (guint i = first; i + 1 < packet->blocks->len; i++)
    ((SlPacketBlock *) g_ptr_array_index (packet->blocks, i))->keep_with_next = TRUE;
}

const char *
sl_packet_status_symbol (SlAssessmentStatus status)
{
  switch (status)
    {
    case SL_ASSESSMENT_MET:
      return "<span foreground='" SL_PACKET_COLOR_MET "'>●</span>";
    case SL_ASSESSMENT_PARTLY_MET:
      return "<span foreground='" SL_PACKET_COLOR_PARTLY "'>◐</span>";
    case SL_ASSESSMENT_NOT_MET:
      return "<span foreground='" SL_PACKET_COLOR_NOT_MET "'>✗</span>";
    case SL_ASSESSMENT_UNASSESSED:
    default:
      return "<span foreground='" SL_PACKET_COLOR_DIM "'>–</span>";
    }
}

char *
sl_packet_format_score (const SlChecklistSummary *summary)
{
  double score = sl_checklist_summary_get_score (summary);

  if (isnan (score))
    return g_strdup ("–");

  /* Translators: a checklist's score, as a percentage */
  return g_strdup_printf (C_("packet", "%.0f%%"), score * 100);
}

static char *
format_money (double      amount,
              const char *currency)
{
  return isfinite (amount) ? sl_money_format (amount, currency) : g_strdup ("–");
}

static const char *
pay_currency (SlPacket *packet)
{
  const SlPacketData *data = packet->data;

  return data->band != NULL ? data->band->currency
         : data->market != NULL ? data->market->currency
         : "USD";
}

/* The cover */

static void
add_cover (SlPacket *packet)
{
  const SlPacketData *data = packet->data;
  static const double widths[] = { 110, -1 };
  g_autofree char *date = sl_packet_format_date (data->read_at);
  g_autofree char *prepared = NULL;
  g_autofree char *reviewers = NULL;
  g_autofree char *candidates = NULL;
  g_autofree char *markup = NULL;
  guint n_rated = 0;
  SlPacketTable *facts;

  packet->section = SL_PACKET_SECTION_COVER;

  markup = g_markup_printf_escaped ("<span foreground='" SL_PACKET_COLOR_DIM "'>%s</span>",
                                    data->one_candidate ? _("COMMITTEE PACKET · ONE CANDIDATE")
                                                        : _("COMMITTEE PACKET"));
  sl_packet_add_text (packet, SL_TEXT_MINOR, markup);
  sl_packet_add_space (packet, 6);
  sl_packet_add_heading (packet, SL_TEXT_TITLE, data->role_title, NULL);
  if (data->role_summary != NULL && *data->role_summary != '\0')
    sl_packet_add_plain (packet, SL_TEXT_BODY, data->role_summary);
  sl_packet_add_space (packet, 12);

  for (guint i = 0; i < data->candidates->len; i++)
    n_rated += ((SlPacketCandidate *) g_ptr_array_index (data->candidates, i))->scorecards->len > 0;

  if (data->prepared_by != NULL && *data->prepared_by != '\0')
    /* Translators: when a packet was made, and by whom */
    prepared = g_strdup_printf (_("%s, by %s"), date, data->prepared_by);
  else
    prepared = g_strdup (date);

  if (data->reviewers->len > 0)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new ();

      for (guint i = 0; i < data->reviewers->len; i++)
        g_ptr_array_add (names, g_ptr_array_index (data->reviewers, i));
      g_ptr_array_add (names, NULL);
      reviewers = g_strjoinv (", ", (char **) names->pdata);
    }
  else
    reviewers = g_strdup (_("No one yet: there are no submitted scorecards"));

  if (data->one_candidate)
    candidates = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%s, one of the role’s %u candidate",
                                               "%s, one of the role’s %u candidates",
                                               data->n_role_candidates),
                                  ((SlPacketCandidate *) g_ptr_array_index (data->candidates, 0))->name,
                                  data->n_role_candidates);
  else
    candidates = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%u candidate, %u of them with submitted scorecards",
                                               "%u candidates, %u of them with submitted scorecards",
                                               data->candidates->len),
                                  data->candidates->len, n_rated);

  facts = sl_packet_add_table (packet, 2, widths, NULL, NULL);
  {
    const char *labels[] = { _("Prepared"), _("Reviewed by"), _("Candidates"), _("Names") };
    const char *values[] = {
      prepared, reviewers, candidates,
      data->blind ? _("Hidden: each candidate is “Candidate A”, “Candidate B”… throughout, "
                      "as in a debrief with names hidden; their titles and employers are left out")
                  : _("Shown"),
    };

    for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
      {
        g_autofree char *label = g_markup_printf_escaped ("<b>%s</b>", labels[i]);
        g_autofree char *value = g_markup_escape_text (values[i], -1);
        const char *cells[] = { label, value };

        sl_packet_add_row (packet, facts, cells);
      }
  }
}

/* The cover's contents, a row for each part, whose pages are known once
 * the blocks are placed. */
static GPtrArray *
begin_contents (SlPacket *packet)
{
  static const double widths[] = { -1, 50 };
  static const PangoAlignment aligns[] = { PANGO_ALIGN_LEFT, PANGO_ALIGN_RIGHT };
  const char *header[] = { _("Part"), _("Page") };

  sl_packet_add_table (packet, 2, widths, aligns, header);

  return g_ptr_array_new ();
}

static void
add_contents_row (SlPacket      *packet,
                  GPtrArray     *contents,
                  const char    *title,
                  gboolean       indented)
{
  SlPacketTable *table = g_ptr_array_index (packet->tables, packet->tables->len - 1);
  g_autofree char *markup = indented ? g_markup_printf_escaped ("    %s", title)
                                     : g_markup_escape_text (title, -1);
  /* The page is set once known; a wide number keeps its room. */
  const char *cells[] = { markup, "000" };

  g_ptr_array_add (contents, sl_packet_add_row (packet, table, cells));
}

/* The requirement matrix */

static void
add_requirement_key (SlPacket *packet)
{
  const SlPacketData *data = packet->data;
  static const double widths[] = { 22, 70, 90, -1 };
  static const PangoAlignment aligns[] = { PANGO_ALIGN_RIGHT, PANGO_ALIGN_LEFT, PANGO_ALIGN_LEFT, PANGO_ALIGN_LEFT };
  const char *header[] = { _("No."), _("Kind"), _("Category"), _("Requirement") };
  SlPacketTable *table;

  sl_packet_add_heading (packet, SL_TEXT_SUBHEADING, _("Requirements"), NULL);
  table = sl_packet_add_table (packet, G_N_ELEMENTS (widths), widths, aligns, header);

  for (guint i = 0; i < data->requirements->len; i++)
    {
      const SlRequirement *requirement = g_ptr_array_index (data->requirements, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *kind = g_markup_escape_text (requirement->kind == SL_REQUIREMENT_MUST_HAVE
                                                    ? _("Must-have") : _("Nice-to-have"), -1);
      g_autofree char *category = g_markup_escape_text (requirement->category, -1);
      g_autofree char *text = g_markup_escape_text (requirement->text, -1);
      const char *cells[] = { number, kind, category, text };

      sl_packet_add_row (packet, table, cells);
    }
}

static SlAssessmentStatus
candidate_status (const SlPacketCandidate *candidate,
                  const SlRequirement     *requirement)
{
  for (guint i = 0; i < candidate->assessments->len; i++)
    {
      const SlAssessment *assessment = g_ptr_array_index (candidate->assessments, i);

      if (assessment->requirement_id == requirement->id)
        return assessment->status;
    }

  return SL_ASSESSMENT_UNASSESSED;
}

/* Candidates down, requirements across by number, in as many tables as
 * the requirements need to keep their columns readable. */
static void
add_matrix_tables (SlPacket *packet)
{
  const SlPacketData *data = packet->data;
  guint n = data->requirements->len;
  double fixed = 120 + 3 * 40;
  guint per_table = MAX (1, (guint) floor ((packet->body_width - fixed) / MATRIX_MIN_CELL));
  guint n_tables = (n + per_table - 1) / per_table;

  per_table = (n + n_tables - 1) / n_tables;

  for (guint first = 0; first < n; first += per_table)
    {
      guint count = MIN (per_table, n - first);
      guint n_columns = 4 + count;
      g_autofree double *widths = g_new (double, n_columns);
      g_autofree PangoAlignment *aligns = g_new (PangoAlignment, n_columns);
      g_autoptr(GPtrArray) header = g_ptr_array_new_with_free_func (g_free);
      double cell = CLAMP ((packet->body_width - fixed) / count, MATRIX_MIN_CELL, MATRIX_MAX_CELL);
      SlPacketTable *table;

      if (n_tables > 1)
        {
          /* Translators: which requirements a part of the matrix has */
          g_autofree char *title = g_strdup_printf (_("Requirements %u to %u of %u"),
                                                    first + 1, first + count, n);

          sl_packet_add_heading (packet, SL_TEXT_MINOR, title, NULL);
        }

      widths[0] = -1;
      widths[1] = widths[2] = widths[3] = 40;
      aligns[0] = PANGO_ALIGN_LEFT;
      aligns[1] = aligns[2] = aligns[3] = PANGO_ALIGN_RIGHT;
      g_ptr_array_add (header, g_strdup (_("Candidate")));
      g_ptr_array_add (header, g_strdup (_("Must")));
      g_ptr_array_add (header, g_strdup (_("Nice")));
      g_ptr_array_add (header, g_strdup (_("Score")));
      for (guint k = 0; k < count; k++)
        {
          widths[4 + k] = cell;
          aligns[4 + k] = PANGO_ALIGN_CENTER;
          g_ptr_array_add (header, g_strdup_printf ("%u", first + k + 1));
        }

      table = sl_packet_add_table (packet, n_columns, widths, aligns,
                                   (const char * const *) header->pdata);

      for (guint i = 0; i < data->candidates->len; i++)
        {
          const SlPacketCandidate *candidate = g_ptr_array_index (data->candidates, i);
          const SlChecklistSummary *summary = &candidate->checklist;
          g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

          if (sl_checklist_summary_is_knocked_out (summary))
            g_ptr_array_add (cells, g_markup_printf_escaped ("%s\n<span size='smaller' foreground='" SL_PACKET_COLOR_NOT_MET "'>%s</span>",
                                                             candidate->name, _("Knock-out")));
          else
            g_ptr_array_add (cells, g_markup_escape_text (candidate->name, -1));
          g_ptr_array_add (cells, g_strdup_printf ("%u/%u", summary->must_met, summary->must_total));
          g_ptr_array_add (cells, g_strdup_printf ("%u/%u", summary->nice_met, summary->nice_total));
          g_ptr_array_add (cells, sl_packet_format_score (summary));
          for (guint k = 0; k < count; k++)
            g_ptr_array_add (cells, g_strdup (sl_packet_status_symbol (candidate_status (candidate,
                                                                                g_ptr_array_index (data->requirements,
                                                                                                   first + k)))));

          sl_packet_add_row (packet, table, (const char * const *) cells->pdata);
        }
    }
}

static void
add_matrix (SlPacket *packet)
{
  const SlPacketData *data = packet->data;
  g_autofree char *legend = NULL;

  packet->section = SL_PACKET_SECTION_MATRIX;
  packet->candidate = NULL;
  sl_packet_break_page (packet);
  sl_packet_add_heading (packet, SL_TEXT_HEADING, _("Requirement matrix"), _("Requirement matrix"));

  if (data->requirements->len == 0)
    {
      sl_packet_add_plain (packet, SL_TEXT_BODY, _("This role has no requirements yet."));
      return;
    }

  legend = g_strdup_printf (_("Each candidate against the role’s requirements, numbered as listed "
                              "below: %s met, %s partly met, %s not met, %s not assessed. "
                              "Must and Nice count the must-haves and nice-to-haves met; the score "
                              "weighs every requirement, partly met as half. A must-have not met "
                              "knocks a candidate out."),
                            sl_packet_status_symbol (SL_ASSESSMENT_MET), sl_packet_status_symbol (SL_ASSESSMENT_PARTLY_MET),
                            sl_packet_status_symbol (SL_ASSESSMENT_NOT_MET), sl_packet_status_symbol (SL_ASSESSMENT_UNASSESSED));
  sl_packet_add_text (packet, SL_TEXT_BODY, legend)->keep_with_next = TRUE;

  if (data->candidates->len == 0)
    sl_packet_add_plain (packet, SL_TEXT_BODY, _("The role has no candidates yet."));
  else
    add_matrix_tables (packet);

  add_requirement_key (packet);
}

/* The committee's ratings */

static void
add_agreement (SlPacket *packet)
{
  const SlCommitteeStats *stats = packet->data->stats;
  static const double widths[] = { 170, 60, -1 };
  static const PangoAlignment aligns[] = { PANGO_ALIGN_LEFT, PANGO_ALIGN_RIGHT, PANGO_ALIGN_LEFT };
  const char *header[] = { _("Competency"), _("Alpha"), _("Ratings compared") };
  SlPacketTable *table;

  sl_packet_add_heading (packet, SL_TEXT_SUBHEADING, _("Agreement between interviewers"), NULL);
  sl_packet_add_intro (packet, SL_TEXT_SMALL,
                       _("Krippendorff’s alpha, ordinal, with missing ratings left out: 1 is full agreement, "
                         "0 no better than chance, below 0 systematic disagreement."));
  table = sl_packet_add_table (packet, G_N_ELEMENTS (widths), widths, aligns, header);

  for (guint i = 0; i <= stats->competencies->len; i++)
    {
      const SlAgreement *agreement = i == 0 ? stats->overall : g_ptr_array_index (stats->competencies, i - 1);
      g_autofree char *name = i == 0 ? g_markup_printf_escaped ("<b>%s</b>", _("All competencies"))
                                     : g_markup_escape_text (agreement->competency_name, -1);
      g_autofree char *alpha = NULL;
      g_autofree char *detail = NULL;
      const char *cells[3];

      if (isnan (agreement->alpha))
        {
          alpha = g_markup_escape_text (_("Undefined"), -1);
          detail = g_markup_escape_text (agreement->undefined != NULL ? agreement->undefined : "", -1);
        }
      else
        {
          alpha = g_strdup_printf ("%.2f", agreement->alpha);
          detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u rating compared", "%u ratings compared",
                                                 agreement->n_pairable),
                                    agreement->n_pairable);
        }

      cells[0] = name;
      cells[1] = alpha;
      cells[2] = detail;
      sl_packet_add_row (packet, table, cells);
    }
}

static void
add_calibration (SlPacket *packet)
{
  const SlCommitteeStats *stats = packet->data->stats;
  static const double widths[] = { 130, 50, 70, -1 };
  static const PangoAlignment aligns[] = { PANGO_ALIGN_LEFT, PANGO_ALIGN_RIGHT, PANGO_ALIGN_RIGHT, PANGO_ALIGN_LEFT };
  const char *header[] = { _("Interviewer"), _("Offset"), _("Shared candidates"), _("Reading") };
  SlPacketTable *table;

  sl_packet_add_heading (packet, SL_TEXT_SUBHEADING, _("Calibration"), NULL);
  sl_packet_add_intro (packet, SL_TEXT_SMALL,
                       _("Each interviewer’s mean offset from the other interviewers who rated the same "
                         "candidates on the same competencies, in points of the scale."));

  if (stats->interviewers->len == 0)
    {
      sl_packet_add_plain (packet, SL_TEXT_BODY, _("No interviewer to compare yet."));
      return;
    }

  table = sl_packet_add_table (packet, G_N_ELEMENTS (widths), widths, aligns, header);
  for (guint i = 0; i < stats->interviewers->len; i++)
    {
      const SlInterviewerCalibration *c = g_ptr_array_index (stats->interviewers, i);
      g_autofree char *name = g_markup_escape_text (c->interviewer_name, -1);
      g_autofree char *offset = isnan (c->offset) ? g_strdup ("–") : g_strdup_printf ("%+.2f", c->offset);
      g_autofree char *shared = g_strdup_printf ("%u", c->n_shared_candidates);
      g_autofree char *reading = g_markup_escape_text (isnan (c->offset)
                                                       ? _("No candidate shared with another interviewer")
                                                       : c->offset > 0.25 ? _("Rates higher than the others")
                                                       : c->offset < -0.25 ? _("Rates lower than the others")
                                                       : _("In line with the others"),
                                                       -1);
      const char *cells[] = { name, offset, shared, reading };

      sl_packet_add_row (packet, table, cells);
    }
}

static void
add_ratings (SlPacket *packet)
{
  const SlPacketData *data = packet->data;
  g_autofree char *summary = NULL;

  packet->section = SL_PACKET_SECTION_RATINGS;
  sl_packet_break_page (packet);
  sl_packet_add_heading (packet, SL_TEXT_HEADING, _("Committee ratings"), _("Committee ratings"));

  if (data->stats->n_ratings == 0)
    {
      sl_packet_add_plain (packet, SL_TEXT_BODY, _("No submitted scorecards yet"));
      return;
    }

  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u submitted rating on the scale, from the latest version of each scorecard",
                                          "%u submitted ratings on the scale, from the latest version of each scorecard",
                                          data->stats->n_ratings),
                             data->stats->n_ratings);
  sl_packet_add_plain (packet, SL_TEXT_BODY, summary);
  sl_packet_add_intro (packet, SL_TEXT_SMALL,
                       _("Each cell holds the mean rating of a candidate on a competency, from 1, Strong no, "
                         "to 4, Strong yes; a mark in its corner says that interviewers lie two or more "
                         "points apart."));

  sl_packet_add_heatmap (packet);
  add_agreement (packet);
  add_calibration (packet);
}

/* Compensation */

static void
add_pay_table (SlPacket *packet)
{
  const SlPacketData *data = packet->data;
  static const double widths[] = { -2, -2, 62, 62, 62, 62 };
  static const PangoAlignment aligns[] = {
    PANGO_ALIGN_LEFT, PANGO_ALIGN_LEFT, PANGO_ALIGN_RIGHT, PANGO_ALIGN_RIGHT, PANGO_ALIGN_RIGHT, PANGO_ALIGN_LEFT,
  };
  const char *header[] = { _("Candidate"), _("Stage"), _("Current pay"), _("Expectation"), _("Latest offer"), _("Offer status") };
  const char *currency = pay_currency (packet);
  SlPacketTable *table = NULL;

  sl_packet_add_heading (packet, SL_TEXT_SUBHEADING, _("Asks and offers"), NULL);

  for (guint i = 0; i < data->pay_rows->len; i++)
    {
      const SlPayRow *row = g_ptr_array_index (data->pay_rows, i);
      g_autofree char *name = NULL;
      g_autofree char *stage = NULL;
      g_autofree char *current = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *offer = NULL;
      g_autofree char *status = NULL;

      if (!isfinite (row->current_pay) && !isfinite (row->expected_pay) && row->offer == NULL)
        continue;

      if (table == NULL)
        table = sl_packet_add_table (packet, G_N_ELEMENTS (widths), widths, aligns, header);

      name = g_markup_escape_text (row->candidate_name, -1);
      stage = g_markup_escape_text (row->stage_name, -1);
      current = format_money (row->current_pay, currency);
      expected = format_money (row->expected_pay, currency);
      offer = row->offer != NULL ? format_money (row->offer->base, row->offer->currency) : g_strdup ("–");
      status = g_markup_escape_text (row->offer != NULL ? sl_offer_status_get_label (row->offer->status) : "", -1);

      {
        const char *cells[] = { name, stage, current, expected, offer, status };

        sl_packet_add_row (packet, table, cells);
      }
    }

  if (table == NULL)
    sl_packet_add_plain (packet, SL_TEXT_BODY, _("No candidate’s pay, expectation or offer is known yet."));
}

static char *
format_bonus (const SlOffer *offer)
{
  if (!isfinite (offer->target_bonus_pct))
    return g_strdup ("–");

  /* Translators: a target bonus, as a percentage of base pay */
  return g_strdup_printf (C_("packet", "%.0f%%"), offer->target_bonus_pct);
}

static char *
format_equity (const SlOffer *offer)
{
  g_autofree char *value = NULL;

  if (!isfinite (offer->equity_value))
    return g_strdup ("–");

  value = sl_money_format (offer->equity_value, offer->currency);
  if (!isfinite (offer->vesting_years))
    return g_steal_pointer (&value);

  /* Translators: an equity grant, and over how many years it vests */
  return g_strdup_printf (_("%s over %g years"), value, offer->vesting_years);
}

static void
add_offers (SlPacket *packet)
{
  const SlPacketData *data = packet->data;
  static const double widths[] = { -3, 40, 54, 58, 40, 54, -2, 58 };
  static const PangoAlignment aligns[] = {
    PANGO_ALIGN_LEFT, PANGO_ALIGN_RIGHT, PANGO_ALIGN_LEFT, PANGO_ALIGN_RIGHT, PANGO_ALIGN_RIGHT,
    PANGO_ALIGN_RIGHT, PANGO_ALIGN_RIGHT, PANGO_ALIGN_LEFT,
  };
  const char *header[] = {
    _("Candidate"), _("Version"), _("Status"), _("Base"), _("Bonus"), _("Sign-on"), _("Equity"), _("Start"),
  };
  SlPacketTable *table = NULL;

  sl_packet_add_heading (packet, SL_TEXT_SUBHEADING, _("Every offer"), NULL);

  for (guint i = 0; i < data->pay_rows->len; i++)
    {
      const SlPayRow *row = g_ptr_array_index (data->pay_rows, i);
      const SlPacketCandidate *candidate = NULL;

      for (guint k = 0; k < data->candidates->len; k++)
        if (((SlPacketCandidate *) g_ptr_array_index (data->candidates, k))->application_id == row->application_id)
          candidate = g_ptr_array_index (data->candidates, k);

      for (guint k = 0; candidate != NULL && k < candidate->offers->len; k++)
        {
          const SlOffer *offer = g_ptr_array_index (candidate->offers, k);
          g_autofree char *name = g_markup_escape_text (candidate->name, -1);
          g_autofree char *version = g_strdup_printf ("%u", offer->version);
          g_autofree char *status = g_markup_escape_text (sl_offer_status_get_label (offer->status), -1);
          g_autofree char *base = format_money (offer->base, offer->currency);
          g_autofree char *bonus = format_bonus (offer);
          g_autofree char *sign_on = format_money (offer->sign_on, offer->currency);
          g_autofree char *equity = format_equity (offer);
          g_autofree char *start = g_markup_escape_text (offer->start_date != NULL ? offer->start_date : "–", -1);
          const char *cells[] = { name, version, status, base, bonus, sign_on, equity, start };

          if (table == NULL)
            table = sl_packet_add_table (packet, G_N_ELEMENTS (widths), widths, aligns, header);
          sl_packet_add_row (packet, table, cells);
        }
    }

  if (table == NULL)
    sl_packet_add_plain (packet, SL_TEXT_BODY, _("No offers yet."));
}

static void
add_compensation (SlPacket *packet)
{
  const SlPacketData *data = packet->data;
  guint first;

  packet->section = SL_PACKET_SECTION_COMPENSATION;
  packet->candidate = NULL;
  sl_packet_break_page (packet);
  sl_packet_add_heading (packet, SL_TEXT_HEADING, _("Compensation"), _("Compensation"));
  first = packet->blocks->len;

  if (data->band != NULL)
    {
      g_autofree char *min = sl_money_format (data->band->min, data->band->currency);
      g_autofree char *mid = sl_money_format (data->band->mid, data->band->currency);
      g_autofree char *max = sl_money_format (data->band->max, data->band->currency);
      /* Translators: a pay band's minimum, maximum and midpoint */
      g_autofree char *band = g_strdup_printf (_("%s to %s, midpoint %s, annual base pay"), min, max, mid);

      sl_packet_add_labelled (packet, _("Role’s band"), band);
    }
  else
    sl_packet_add_labelled (packet, _("Role’s band"), _("None set"));

  sl_packet_add_labelled (packet, _("Market data"), data->market_note != NULL ? data->market_note : _("None stored"));

  /* The lines above the chart stay with it. */
  sl_packet_keep_together (packet, first);
  ((SlPacketBlock *) g_ptr_array_index (packet->blocks, packet->blocks->len - 1))->keep_with_next = TRUE;

  sl_packet_add_salary (packet);
  add_pay_table (packet);
  add_offers (packet);
}

/**
 * sl_packet_build:
 *
 * Makes the packet's blocks in reading order. The pages they fall on are
 * known only afterwards; sl_packet_fill_contents() then writes them into
 * the cover's contents.
 */
void
sl_packet_build (SlPacket *packet)
{
  const SlPacketData *data = packet->data;
  g_autoptr(GPtrArray) contents = NULL;
  guint first_block;

  add_cover (packet);

  sl_packet_add_heading (packet, SL_TEXT_SUBHEADING, _("Contents"), NULL);
  contents = begin_contents (packet);
  add_contents_row (packet, contents, _("Requirement matrix"), FALSE);
  add_contents_row (packet, contents, _("Committee ratings"), FALSE);
  for (guint i = 0; i < data->candidates->len; i++)
    add_contents_row (packet, contents, ((SlPacketCandidate *) g_ptr_array_index (data->candidates, i))->name,
                      TRUE);
  add_contents_row (packet, contents, _("Compensation"), FALSE);

  /* Each contents row names the heading of its part, in order. */
  first_block = packet->blocks->len;
  add_matrix (packet);
  ((SlPacketBlock *) g_ptr_array_index (contents, 0))->page_of = g_ptr_array_index (packet->blocks, first_block);

  first_block = packet->blocks->len;
  add_ratings (packet);
  ((SlPacketBlock *) g_ptr_array_index (contents, 1))->page_of = g_ptr_array_index (packet->blocks, first_block);

  for (guint i = 0; i < data->candidates->len; i++)
    {
      first_block = packet->blocks->len;
      sl_packet_add_candidate (packet, g_ptr_array_index (data->candidates, i));
      ((SlPacketBlock *) g_ptr_array_index (contents, 2 + i))->page_of = g_ptr_array_index (packet->blocks, first_block);
    }

  first_block = packet->blocks->len;
  add_compensation (packet);
  ((SlPacketBlock *) g_ptr_array_index (contents, contents->len - 1))->page_of =
    g_ptr_array_index (packet->blocks, first_block);
}

/* Writes each part's page into the contents. */
void
sl_packet_fill_contents (SlPacket *packet)
{
  for (guint i = 0; i < packet->blocks->len; i++)
    {
      SlPacketBlock *block = g_ptr_array_index (packet->blocks, i);
      SlPacketTable *table = block->table;
      g_autofree char *number = NULL;

      if (block->page_of == NULL)
        continue;

      number = g_strdup_printf ("%u", block->page_of->page + 1);
      pango_layout_set_text (block->cells[table->n_columns - 1], number, -1);
      g_free (block->text);
      block->text = g_strdup_printf ("%s\t%s", pango_layout_get_text (block->cells[0]), number);
    }
}
