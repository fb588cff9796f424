/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A candidate's pages of the committee packet: where they stand, their
 * checklist with its evidence, every submitted scorecard with its ratings,
 * notes and takeaways, and the overall recommendations and decisions. */
#define G_LOG_DOMAIN "shortlist-packet"

#include "config.h"

#include <glib/gi18n.h>

#include "sl-packet-private.h"
#include "sl-store.h"

/* The symbol and the status in words. */
static char *
status_markup (SlAssessmentStatus status)
{
  g_autofree char *label = g_markup_escape_text (sl_assessment_status_get_label (status), -1);

  return g_strdup_printf ("%s %s", sl_packet_status_symbol (status), label);
}

static void
add_checklist (SlPacket                *packet,
               const SlPacketCandidate *candidate)
{
  const SlPacketData *data = packet->data;
  static const double widths[] = { 22, -3, 70, -2 };
  static const PangoAlignment aligns[] = { PANGO_ALIGN_RIGHT, PANGO_ALIGN_LEFT, PANGO_ALIGN_LEFT, PANGO_ALIGN_LEFT };
  const char *header[] = { _("No."), _("Requirement"), _("Status"), _("Evidence") };
  g_autoptr(GString) unassessed = g_string_new (NULL);
  g_autofree char *counts = sl_checklist_summary_format (&candidate->checklist);
  g_autofree char *score = sl_packet_format_score (&candidate->checklist);
  g_autofree char *summary = NULL;
  SlPacketTable *table = NULL;
  guint n_unassessed = 0;

  sl_packet_add_heading (packet, SL_TEXT_SUBHEADING, _("Checklist"), NULL);

  if (data->requirements->len == 0)
    {
      sl_packet_add_plain (packet, SL_TEXT_BODY, _("This role has no requirements yet."));
      return;
    }

  /* Translators: a checklist's counts, then its score */
  summary = g_strdup_printf (_("%s · score %s"), counts, score);
  if (sl_checklist_summary_is_knocked_out (&candidate->checklist))
    {
      g_autofree char *markup = NULL;

      markup = g_markup_printf_escaped ("%s · <span foreground='" SL_PACKET_COLOR_NOT_MET "'>%s</span>",
                                        summary, _("Knock-out: a must-have is not met"));

      sl_packet_add_text (packet, SL_TEXT_BODY, markup)->keep_with_next = TRUE;
    }
  else
    sl_packet_add_intro (packet, SL_TEXT_BODY, summary);

  for (guint i = 0; i < candidate->assessments->len; i++)
    {
      const SlAssessment *assessment = g_ptr_array_index (candidate->assessments, i);
      g_autofree char *number = NULL;
      g_autofree char *text = NULL;
      g_autofree char *status = NULL;
      g_autofree char *evidence = NULL;
      const char *cells[4];
      guint position = 0;

      for (guint k = 0; k < data->requirements->len; k++)
        if (((SlRequirement *) g_ptr_array_index (data->requirements, k))->id == assessment->requirement_id)
          position = k + 1;

      if (assessment->status == SL_ASSESSMENT_UNASSESSED)
        {
          g_string_append_printf (unassessed, unassessed->len > 0 ? ", %u" : "%u", position);
          n_unassessed++;
          continue;
        }

      if (table == NULL)
        table = sl_packet_add_table (packet, G_N_ELEMENTS (widths), widths, aligns, header);

      number = g_strdup_printf ("%u", position);
      text = g_markup_escape_text (assessment->text, -1);
      status = status_markup (assessment->status);
      evidence = g_markup_escape_text (assessment->evidence != NULL ? assessment->evidence : "", -1);
      cells[0] = number;
      cells[1] = text;
      cells[2] = status;
      cells[3] = evidence;
      sl_packet_add_row (packet, table, cells);
    }

  if (table == NULL)
    sl_packet_add_plain (packet, SL_TEXT_BODY, _("No requirement assessed yet."));
  else if (n_unassessed > 0)
    {
      g_autofree char *line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "Not assessed yet: requirement %s, as numbered in the matrix.",
                                                            "Not assessed yet: requirements %s, as numbered in the matrix.",
                                                            n_unassessed),
                                               unassessed->str);

      sl_packet_add_plain (packet, SL_TEXT_SMALL, line);
    }
}

static void
add_scorecard (SlPacket          *packet,
               const SlScorecard *scorecard,
               const char        *stage)
{
  static const double widths[] = { 150, 70, -1 };
  const char *header[] = { _("Competency"), _("Rating"), _("Note") };
  g_autofree char *title = NULL;
  g_autofree char *submitted = sl_packet_format_date (scorecard->submitted_at);
  g_autofree char *when = NULL;
  SlPacketTable *table;
  guint first;

  /* Translators: an interview stage, then the interviewer */
  title = g_strdup_printf (_("%s — %s"), stage, scorecard->interviewer_name);
  sl_packet_add_heading (packet, SL_TEXT_MINOR, title, NULL);

  /* Translators: when a scorecard was submitted, and its version */
  when = g_strdup_printf (_("Submitted %s · version %u"), submitted, scorecard->version);
  sl_packet_add_intro (packet, SL_TEXT_SMALL, when);

  if (scorecard->ratings->len > 0)
    {
      table = sl_packet_add_table (packet, G_N_ELEMENTS (widths), widths, NULL, header);
      for (guint i = 0; i < scorecard->ratings->len; i++)
        {
          const SlCompetencyRating *rating = g_ptr_array_index (scorecard->ratings, i);
          g_autofree char *name = g_markup_escape_text (rating->competency_name, -1);
          g_autofree char *value = sl_rating_is_score (rating->rating)
                                     ? g_markup_printf_escaped ("%d · %s", rating->rating,
                                                                sl_rating_get_label (rating->rating))
                                     : g_markup_escape_text (sl_rating_get_label (rating->rating), -1);
          g_autofree char *note = g_markup_escape_text (rating->note != NULL ? rating->note : "", -1);
          const char *cells[] = { name, value, note };

          sl_packet_add_row (packet, table, cells);
        }
    }

  first = packet->blocks->len;
  sl_packet_add_labelled (packet, _("Overall recommendation"), sl_rating_get_label (scorecard->overall));
  sl_packet_add_labelled (packet, _("Takeaways"),
                          scorecard->takeaways != NULL && *scorecard->takeaways != '\0' ? scorecard->takeaways
                                                                                         : _("None written"));
  sl_packet_keep_together (packet, first);
}

/* Which stage a scorecard is of: its interview's. */
static const char *
scorecard_stage (const SlPacketCandidate *candidate,
                 const SlScorecard       *scorecard)
{
  for (guint i = 0; i < candidate->interviews->len; i++)
    {
      const SlInterview *interview = g_ptr_array_index (candidate->interviews, i);

      if (interview->id == scorecard->interview_id)
        return interview->stage_name;
    }

  return "";
}

static void
add_recommendations (SlPacket                *packet,
                     const SlPacketCandidate *candidate)
{
  g_autofree char *tally = sl_scorecards_format_tally (candidate->scorecards);
  guint first = packet->blocks->len;

  sl_packet_add_heading (packet, SL_TEXT_SUBHEADING, _("Recommendations"), NULL);
  sl_packet_add_labelled (packet, _("Overall recommendations"), tally);
  for (guint i = 0; i < candidate->scorecards->len; i++)
    {
      const SlScorecard *scorecard = g_ptr_array_index (candidate->scorecards, i);
      /* Translators: an interviewer, then the interview stage */
      g_autofree char *who = g_strdup_printf (_("%s, %s"), scorecard->interviewer_name,
                                              scorecard_stage (candidate, scorecard));
      g_autofree char *markup = g_markup_printf_escaped ("    %s: %s", who, sl_rating_get_label (scorecard->overall));

      sl_packet_add_text (packet, SL_TEXT_BODY, markup);
    }

  if (candidate->decisions->len == 0)
    sl_packet_add_labelled (packet, _("Committee decision"), _("No decision yet"));

  for (guint i = 0; i < candidate->decisions->len; i++)
    {
      const SlDecision *decision = g_ptr_array_index (candidate->decisions, i);
      g_autofree char *date = sl_packet_format_date (decision->decided);
      g_autofree char *what = NULL;

      /* Translators: the committee's decision, and when */
      what = g_strdup_printf (decision->hire ? _("Hire, %s") : _("No hire, %s"), date);
      sl_packet_add_labelled (packet, i == 0 ? _("Committee decision") : _("Earlier decision"), what);
      if (decision->rationale != NULL && *decision->rationale != '\0')
        sl_packet_add_labelled (packet, _("Rationale"), decision->rationale);
      if (decision->participants != NULL && *decision->participants != '\0')
        sl_packet_add_labelled (packet, _("Taking part"), decision->participants);
    }

  /* A recommendation is read with the others. */
  sl_packet_keep_together (packet, first);
}

void
sl_packet_add_candidate (SlPacket                *packet,
                         const SlPacketCandidate *candidate)
{
  g_autofree char *entered = sl_packet_format_date (candidate->stage_entered);
  g_autofree char *stage = NULL;

  packet->section = SL_PACKET_SECTION_CANDIDATE;
  packet->candidate = candidate;
  sl_packet_break_page (packet);
  sl_packet_add_heading (packet, SL_TEXT_HEADING, candidate->name, candidate->name);

  if (candidate->headline != NULL || candidate->company != NULL)
    {
      g_autofree char *work = NULL;

      if (candidate->headline != NULL && candidate->company != NULL)
        /* Translators: a candidate's current title, then their employer */
        work = g_strdup_printf (_("%s at %s"), candidate->headline, candidate->company);
      else
        work = g_strdup (candidate->headline != NULL ? candidate->headline : candidate->company);
      sl_packet_add_plain (packet, SL_TEXT_BODY, work);
    }

  /* Translators: a pipeline stage, and since when a candidate is in it */
  stage = g_strdup_printf (_("%s, since %s"), candidate->stage_name, entered);
  sl_packet_add_labelled (packet, _("Stage"), stage);
  if (candidate->rejection_reason != NULL && *candidate->rejection_reason != '\0')
    sl_packet_add_labelled (packet, _("Why rejected"), candidate->rejection_reason);

  {
    g_autofree char *tally = sl_scorecards_format_tally (candidate->scorecards);

    sl_packet_add_labelled (packet, _("Overall recommendations"), tally);
  }

  add_checklist (packet, candidate);

  sl_packet_add_heading (packet, SL_TEXT_SUBHEADING, _("Scorecards"), NULL);
  if (candidate->scorecards->len == 0)
    sl_packet_add_plain (packet, SL_TEXT_BODY, _("No submitted scorecards yet"));
  for (guint i = 0; i < candidate->scorecards->len; i++)
    {
      const SlScorecard *scorecard = g_ptr_array_index (candidate->scorecards, i);

      add_scorecard (packet, scorecard, scorecard_stage (candidate, scorecard));
    }

  add_recommendations (packet, candidate);
}
