/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-packet-data.c: a committee packet's figures, and hiding the names in
 * them for a blind review */

#define G_LOG_DOMAIN "shortlist-packet"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sl-packet-data.h"
#include "sl-store.h"
#include "sl-util.h"

typedef struct
{
  const char *name;
  const char *label;
  gsize       length;
} Replacement;

static int
compare_longest_first (gconstpointer a,
                       gconstpointer b)
{
  const Replacement *x = a;
  const Replacement *y = b;

  return x->length < y->length ? 1 : x->length > y->length ? -1 : strcmp (x->name, y->name);
}

static gboolean
is_word_character (const char *p)
{
  gunichar c = g_utf8_get_char (p);

  return g_unichar_isalnum (c) || c == '_';
}

/* Whether @p, inside @text, starts a word. */
static gboolean
starts_word (const char *text,
             const char *p)
{
  return p == text || !is_word_character (g_utf8_prev_char (p));
}

/**
 * sl_packet_hide_names_in_text:
 * @text: (nullable): free text such as evidence or an interviewer's
 *   takeaways
 * @names: (array zero-terminated=1): candidates' names
 * @labels: (array zero-terminated=1): what each is called instead, such as
 *   "Candidate A"
 * @employers: (array zero-terminated=1) (nullable): the candidates'
 *   employers
 *
 * Writes each candidate's label where the text names them, as a whole
 * word and as the name is written: the full name, or a first or last
 * name alone. A part of a name that two candidates share could be either
 * of them, and becomes "[name hidden]". An employer, named whole and as
 * written, becomes "[employer hidden]": "production ML at Example Bank"
 * tells a reader who knows the field as much as a name.
 *
 * Returns: (transfer full) (nullable): the text without the names
 */
char *
sl_packet_hide_names_in_text (const char         *text,
                              const char * const *names,
                              const char * const *labels,
                              const char * const *employers)
{
  g_autoptr(GArray) replacements = g_array_new (FALSE, FALSE, sizeof (Replacement));
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GString) result = NULL;
  const char *p;

  if (text == NULL)
    return NULL;

  for (guint i = 0; names[i] != NULL && labels[i] != NULL; i++)
    {
      char **words = g_strsplit_set (names[i], " \t", -1);
      Replacement whole = { names[i], labels[i], strlen (names[i]) };

      if (whole.length > 0)
        g_array_append_val (replacements, whole);
      g_ptr_array_add (parts, words);

      /* A first or last name alone, when it is written as a name is. An
       * initial, or a particle such as "van", is no name alone. */
      for (guint w = 0; words[w] != NULL; w++)
        {
          Replacement part = { words[w], labels[i], strlen (words[w]) };
          gboolean shared = FALSE;

          if (g_utf8_strlen (words[w], -1) < 2 || !g_unichar_isupper (g_utf8_get_char (words[w])) ||
              strcmp (words[w], names[i]) == 0)
            continue;

          for (guint k = 0; k < replacements->len; k++)
            {
              Replacement *other = &g_array_index (replacements, Replacement, k);

              if (strcmp (other->name, part.name) == 0)
                {
                  if (other->label != labels[i])
                    /* Translators: stands in a blind committee packet for a
                     * name that two candidates share */
                    other->label = _("[name hidden]");
                  shared = TRUE;
                }
            }
          if (!shared)
            g_array_append_val (replacements, part);
        }
    }

  for (guint i = 0; employers != NULL && employers[i] != NULL; i++)
    {
      /* Translators: stands in a blind committee packet for the name of
       * a candidate's employer */
      Replacement employer = { employers[i], _("[employer hidden]"), strlen (employers[i]) };
      gboolean known = FALSE;

      for (guint k = 0; k < replacements->len && !known; k++)
        known = strcmp (g_array_index (replacements, Replacement, k).name, employer.name) == 0;
      if (employer.length > 0 && !known)
        g_array_append_val (replacements, employer);
    }

  g_array_sort (replacements, compare_longest_first);

  result = g_string_sized_new (strlen (text));
  p = text;
  while (*p != '\0')
    {
      const Replacement *found = NULL;

      if (starts_word (text, p))
        for (guint k = 0; k < replacements->len && found == NULL; k++)
          {
            const Replacement *r = &g_array_index (replacements, Replacement, k);

            if (strncmp (p, r->name, r->length) == 0 &&
                (p[r->length] == '\0' || !is_word_character (p + r->length)))
              found = r;
          }

      if (found != NULL)
        {
          g_string_append (result, found->label);
          p += found->length;
        }
      else
        {
          const char *next = g_utf8_next_char (p);

          g_string_append_len (result, p, next - p);
          p = next;
        }
    }

  return g_string_free (g_steal_pointer (&result), FALSE);
}

/* What a blind packet leaves out of free text. */
typedef struct
{
  const char * const *names;
  const char * const *labels;
  const char * const *employers;
} HiddenWords;

static void
hide_in (char              **text,
         const HiddenWords  *words)
{
  char *hidden = sl_packet_hide_names_in_text (*text, words->names, words->labels, words->employers);

  g_free (*text);
  *text = hidden;
}

/**
 * sl_packet_data_hide_names:
 *
 * Makes @data blind: each candidate is called by their label wherever
 * the packet would name them, in the heat map's rows, the pay rows and
 * what people wrote about them; their current title and employer are
 * left out, and so is the employer's name in what people wrote. Who
 * interviewed and who decided stay named.
 */
void
sl_packet_data_hide_names (SlPacketData *data)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) employers = g_ptr_array_new_with_free_func (g_free);
  HiddenWords words;

  g_return_if_fail (data != NULL);

  if (data->blind)
    return;

  for (guint i = 0; i < data->candidates->len; i++)
    {
      SlPacketCandidate *candidate = g_ptr_array_index (data->candidates, i);

      g_ptr_array_add (names, g_strdup (candidate->name));
      g_ptr_array_add (labels, candidate->label);
      if (candidate->company != NULL)
        g_ptr_array_add (employers, g_strdup (candidate->company));
    }
  g_ptr_array_add (names, NULL);
  g_ptr_array_add (labels, NULL);
  g_ptr_array_add (employers, NULL);
  words.names = (const char * const *) names->pdata;
  words.labels = (const char * const *) labels->pdata;
  words.employers = (const char * const *) employers->pdata;

  for (guint i = 0; i < data->candidates->len; i++)
    {
      SlPacketCandidate *candidate = g_ptr_array_index (data->candidates, i);

      g_free (candidate->name);
      candidate->name = g_strdup (candidate->label);
      g_clear_pointer (&candidate->headline, g_free);
      g_clear_pointer (&candidate->company, g_free);
      hide_in (&candidate->rejection_reason, &words);

      for (guint k = 0; k < candidate->assessments->len; k++)
        hide_in (&((SlAssessment *) g_ptr_array_index (candidate->assessments, k))->evidence, &words);

      for (guint k = 0; k < candidate->scorecards->len; k++)
        {
          SlScorecard *scorecard = g_ptr_array_index (candidate->scorecards, k);

          hide_in (&scorecard->takeaways, &words);
          for (guint j = 0; j < scorecard->ratings->len; j++)
            hide_in (&((SlCompetencyRating *) g_ptr_array_index (scorecard->ratings, j))->note, &words);
        }

      for (guint k = 0; k < candidate->decisions->len; k++)
        hide_in (&((SlDecision *) g_ptr_array_index (candidate->decisions, k))->rationale, &words);
    }

  for (guint i = 0; i < data->ratings->len; i++)
    {
      SlRoleRating *rating = g_ptr_array_index (data->ratings, i);

      for (guint k = 0; k < data->candidates->len; k++)
        {
          SlPacketCandidate *candidate = g_ptr_array_index (data->candidates, k);

          if (candidate->application_id == rating->application_id)
            sl_set_str (&rating->candidate_name, candidate->label);
        }
    }

  for (guint i = 0; i < data->pay_rows->len; i++)
    {
      SlPayRow *row = g_ptr_array_index (data->pay_rows, i);

      for (guint k = 0; k < data->candidates->len; k++)
        {
          SlPacketCandidate *candidate = g_ptr_array_index (data->candidates, k);

          if (candidate->application_id == row->application_id)
            sl_set_str (&row->candidate_name, candidate->label);
        }
    }

  data->blind = TRUE;
}

void
sl_packet_candidate_free (SlPacketCandidate *candidate)
{
  if (candidate == NULL)
    return;

  g_free (candidate->name);
  g_free (candidate->label);
  g_free (candidate->headline);
  g_free (candidate->company);
  g_free (candidate->stage_name);
  g_free (candidate->rejection_reason);
  g_clear_pointer (&candidate->assessments, g_ptr_array_unref);
  g_clear_pointer (&candidate->interviews, g_ptr_array_unref);
  g_clear_pointer (&candidate->scorecards, g_ptr_array_unref);
  g_clear_pointer (&candidate->decisions, g_ptr_array_unref);
  g_clear_pointer (&candidate->offers, g_ptr_array_unref);
  g_free (candidate);
}

void
sl_packet_data_free (SlPacketData *data)
{
  if (data == NULL)
    return;

  g_free (data->role_title);
  g_free (data->role_summary);
  g_free (data->prepared_by);
  g_clear_pointer (&data->requirements, g_ptr_array_unref);
  g_clear_pointer (&data->competencies, g_ptr_array_unref);
  g_clear_pointer (&data->ratings, g_ptr_array_unref);
  g_clear_pointer (&data->stats, sl_committee_stats_free);
  g_clear_pointer (&data->reviewers, g_ptr_array_unref);
  g_clear_pointer (&data->candidates, g_ptr_array_unref);
  g_clear_pointer (&data->band, sl_pay_band_free);
  g_clear_pointer (&data->pay_rows, g_ptr_array_unref);
  g_clear_pointer (&data->market, sl_market_document_free);
  g_free (data->market_note);
  g_free (data);
}
