/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-packet-data.h: everything a hiring committee's packet shows of a
 * role, read at one moment */

#pragma once

#include <glib.h>

#include "sl-checklist.h"
#include "sl-committee.h"
#include "sl-compensation.h"
#include "sl-market.h"
#include "sl-scorecard.h"
#include "sl-template.h"

G_BEGIN_DECLS

/* One candidate of the packet, with what the committee reads of them. */
typedef struct
{
  gint64              application_id;
  gint64              candidate_id;
  char               *name;              /* their label in a blind packet */
  char               *label;             /* "Candidate A", in a blind packet or not */
  char               *headline;          /* NULL in a blind packet, or when unknown */
  char               *company;           /* likewise */
  char               *stage_name;
  SlStageKind         stage_kind;
  gint64              stage_entered;     /* seconds since the epoch */
  char               *rejection_reason;  /* nullable */
  SlChecklistSummary  checklist;
  GPtrArray          *assessments;       /* SlAssessment*, every requirement in force, in the role's order */
  GPtrArray          *interviews;        /* SlInterview*, for their stages */
  GPtrArray          *scorecards;        /* SlScorecard*, the latest submitted version of each, by stage */
  GPtrArray          *decisions;         /* SlDecision*, newest first */
  GPtrArray          *offers;            /* SlOffer*, every version, newest first */
  const SlPayRow     *pay;               /* in the packet's pay_rows */
} SlPacketCandidate;

typedef struct
{
  gint64            role_id;
  char             *role_title;
  char             *role_summary;     /* nullable */
  gint64            read_at;          /* seconds since the epoch */
  char             *prepared_by;      /* who asked for it, nullable */
  gboolean          blind;            /* names are hidden */
  gboolean          one_candidate;    /* the packet of one candidate, not the role's */
  guint             n_role_candidates;

  GPtrArray        *requirements;     /* SlRequirement*, in force, in the role's order */
  GPtrArray        *competencies;     /* SlCompetency*, in the role's order */
  GPtrArray        *ratings;          /* SlRoleRating* of the packet's candidates, submitted */
  SlCommitteeStats *stats;            /* over those ratings */
  GPtrArray        *reviewers;        /* char*: whose scorecards are in the packet, by name */
  GPtrArray        *candidates;       /* SlPacketCandidate*, those rated first, each by name */

  SlPayBand        *band;             /* nullable */
  GPtrArray        *pay_rows;         /* SlPayRow* of the packet's candidates, by stage */
  SlMarketDocument *market;           /* nullable */
  char             *market_note;      /* "Source: …, as of …", nullable */
} SlPacketData;

void     sl_packet_data_hide_names      (SlPacketData      *data);
char    *sl_packet_hide_names_in_text   (const char        *text,
                                         const char * const *names,
                                         const char * const *labels,
                                         const char * const *employers);
void     sl_packet_data_free            (SlPacketData      *data);
void     sl_packet_candidate_free       (SlPacketCandidate *candidate);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlPacketData, sl_packet_data_free)

G_END_DECLS
