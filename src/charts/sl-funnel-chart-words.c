/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The funnel in words: what the chart writes beside its bars, the
 * tooltip's sentences, a description for those who do not see it, and the
 * same numbers as a table. */
#define G_LOG_DOMAIN "shortlist-funnel"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "sl-funnel-chart-private.h"

/**
 * sl_funnel_format_days:
 *
 * Returns: (nullable): "less than a day", "1 day", "3.5 days" or
 *   "12 days"; %NULL for NAN
 */
char *
sl_funnel_format_days (double days)
{
  gulong whole;

  if (!isfinite (days))
    return NULL;

  if (days < 1)
    return g_strdup (_("less than a day"));

  /* A tenth of a day tells something in the first days, not after. */
  if (days < 10 && fabs (days - round (days)) >= 0.05)
    /* Translators: a length of time with a decimal, such as “3.5 days” */
    return g_strdup_printf (_("%.1f days"), days);

  whole = (gulong) lround (days);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lu day", "%lu days", whole), whole);
}

/* "71%" */
char *
sl_funnel_format_percent (double share)
{
  /* Translators: a share in percent, such as “71%”; %% is the percent sign */
  return g_strdup_printf (_("%.0f%%"), share * 100);
}

/* "1,234": the apostrophe groups thousands as the locale does. */
char *
sl_funnel_format_count (guint count)
{
  return g_strdup_printf ("%'u", count);
}

/**
 * sl_funnel_stage_detail:
 *
 * Returns: what the chart writes under a stage's name: "71% of previous ·
 *   median 4 days", or for the rejected "29% of all candidates"
 */
char *
sl_funnel_stage_detail (const SlFunnelData *data,
                        guint               stage)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *days = NULL;
  double conversion;

  if (stage >= data->n_stages)
    {
      g_autofree char *share = NULL;

      if (data->n_applications == 0)
        return g_strdup ("");

      share = sl_funnel_format_percent ((double) data->rejected / data->n_applications);
      /* Translators: %s is a share such as “29%” */
      return g_strdup_printf (_("%s of all candidates"), share);
    }

  conversion = sl_funnel_data_conversion (data, stage);
  if (isfinite (conversion))
    {
      g_autofree char *share = sl_funnel_format_percent (conversion);

      /* Translators: %s is a share such as “71%”: of those who reached the
       * stage before, how many reached this one */
      g_ptr_array_add (parts, g_strdup_printf (_("%s of previous"), share));
    }

  days = sl_funnel_format_days (data->median_days[stage]);
  if (days != NULL)
    /* Translators: %s is a length of time such as “4 days”: the median
     * time candidates stay in a stage */
    g_ptr_array_add (parts, g_strdup_printf (_("median %s"), days));
  else if (data->reached[stage] > 0)
    g_ptr_array_add (parts, g_strdup (_("no stays yet")));

  g_ptr_array_add (parts, NULL);
  /* Translators: between the parts of a line under a stage's name */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

/**
 * sl_funnel_stage_sentence:
 *
 * Returns: a stage's numbers as sentences, for a tooltip
 */
char *
sl_funnel_stage_sentence (const SlFunnelData *data,
                          guint               stage)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *name = sl_funnel_stage_name (data, stage);
  g_autofree char *days = NULL;
  double conversion;

  if (stage >= data->n_stages)
    {
      g_autofree char *share = sl_funnel_format_percent (data->n_applications > 0
                                                           ? (double) data->rejected / data->n_applications
                                                           : 0);

      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: %1$s is the name of the rejected
                                            * stage, %2$u how many are in it, %3$s their
                                            * share such as “29%” */
                                           "%1$s: %2$'u candidate, %3$s of all who applied.",
                                           "%1$s: %2$'u candidates, %3$s of all who applied.",
                                           data->rejected),
                              name, data->rejected, share);
    }

  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                             /* Translators: %1$s is a stage, %2$u a number
                                              * of candidates */
                                             "%1$s: reached by %2$'u candidate.",
                                             "%1$s: reached by %2$'u candidates.",
                                             data->reached[stage]),
                          name, data->reached[stage]);

  conversion = sl_funnel_data_conversion (data, stage);
  if (isfinite (conversion))
    {
      g_autofree char *share = sl_funnel_format_percent (conversion);

      g_string_append_c (text, ' ');
      /* Translators: %1$s is a share such as “71%”, %2$s the stage before */
      g_string_append_printf (text, _("That is %1$s of those who reached %2$s."), share,
                              sl_funnel_stage_name (data, stage - 1));
    }

  g_string_append_c (text, ' ');
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%'u is there now.",
                                             "%'u are there now.", data->current[stage]),
                          data->current[stage]);

  g_string_append_c (text, ' ');
  days = sl_funnel_format_days (data->median_days[stage]);
  if (days != NULL)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                               /* Translators: %1$s is a length of time such as
                                                * “4 days”, %2$u how many stays it is the
                                                * median of */
                                               "Median stay %1$s, of %2$'u stay.",
                                               "Median stay %1$s, of %2$'u stays.",
                                               data->n_stays[stage]),
                            days, data->n_stays[stage]);
  else
    g_string_append (text, _("Nobody has stayed in it yet."));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * sl_funnel_chart_describe:
 *
 * Returns: a summary of the funnel for screen readers
 */
char *
sl_funnel_chart_describe (const SlFunnelData *data)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) steps = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;
  double longest = -1;
  guint longest_stage = 0;

  g_return_val_if_fail (data != NULL, NULL);

  if (data->title != NULL && *data->title != '\0')
    g_string_append_printf (text, "%s. ", data->title);

  if (data->n_stages == 0)
    {
      g_string_append (text, _("This role has no stages."));
      return g_string_free (g_steal_pointer (&text), FALSE);
    }

  if (data->n_applications == 0)
    {
      g_string_append (text, _("No candidates in this role yet."));
      return g_string_free (g_steal_pointer (&text), FALSE);
    }

  if (data->rejected > 0)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                               /* Translators: %1$u is a number of candidates,
                                                * %2$u how many of them were rejected */
                                               "%1$'u candidate, %2$'u of them rejected.",
                                               "%1$'u candidates, %2$'u of them rejected.",
                                               data->n_applications),
                            data->n_applications, data->rejected);
  else
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%'u candidate.",
                                               "%'u candidates.", data->n_applications),
                            data->n_applications);

  for (guint i = 0; i < data->n_stages; i++)
    {
      double conversion = sl_funnel_data_conversion (data, i);

      if (isfinite (conversion))
        {
          g_autofree char *share = sl_funnel_format_percent (conversion);

          /* Translators: %1$s is a stage, %2$u how many reached it, %3$s their
           * share of those who reached the stage before */
          g_ptr_array_add (steps, g_strdup_printf (_("%1$s %2$'u (%3$s)"),
                                                   sl_funnel_stage_name (data, i),
                                                   data->reached[i], share));
        }
      else
        /* Translators: %1$s is a stage, %2$u how many reached it */
        g_ptr_array_add (steps, g_strdup_printf (_("%1$s %2$'u"), sl_funnel_stage_name (data, i),
                                                 data->reached[i]));

      if (isfinite (data->median_days[i]) && data->median_days[i] > longest)
        {
          longest = data->median_days[i];
          longest_stage = i;
        }
    }
  g_ptr_array_add (steps, NULL);
  list = g_strjoinv ("; ", (char **) steps->pdata);

  g_string_append_c (text, ' ');
  /* Translators: %s lists the stages with how many reached each, and in
   * brackets their share of the stage before */
  g_string_append_printf (text, _("Reached each stage: %s."), list);

  if (longest >= 0)
    {
      g_autofree char *days = sl_funnel_format_days (longest);

      g_string_append_c (text, ' ');
      /* Translators: %1$s is a stage, %2$s a length of time such as “4 days” */
      g_string_append_printf (text, _("The longest median stay is in %1$s: %2$s."),
                              sl_funnel_stage_name (data, longest_stage), days);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * sl_funnel_chart_table:
 *
 * Returns: (transfer full) (element-type GStrv): a header row, then a row
 *   a stage and one for the rejected
 */
GPtrArray *
sl_funnel_chart_table (const SlFunnelData *data)
{
  GPtrArray *table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GStrvBuilder) header = g_strv_builder_new ();

  g_return_val_if_fail (data != NULL, table);

  g_strv_builder_add (header, _("Stage"));
  g_strv_builder_add (header, _("Reached"));
  g_strv_builder_add (header, _("Of previous"));
  g_strv_builder_add (header, _("There now"));
  g_strv_builder_add (header, _("Median stay"));
  g_strv_builder_add (header, _("Stays"));
  g_ptr_array_add (table, g_strv_builder_end (header));

  for (guint i = 0; i < data->n_stages; i++)
    {
      g_autoptr(GStrvBuilder) row = g_strv_builder_new ();
      g_autofree char *reached = sl_funnel_format_count (data->reached[i]);
      g_autofree char *current = sl_funnel_format_count (data->current[i]);
      g_autofree char *stays = sl_funnel_format_count (data->n_stays[i]);
      g_autofree char *days = sl_funnel_format_days (data->median_days[i]);
      double conversion = sl_funnel_data_conversion (data, i);
      g_autofree char *share = isfinite (conversion) ? sl_funnel_format_percent (conversion) : NULL;

      g_strv_builder_add (row, sl_funnel_stage_name (data, i));
      g_strv_builder_add (row, reached);
      g_strv_builder_add (row, share != NULL ? share : "—");
      g_strv_builder_add (row, current);
      g_strv_builder_add (row, days != NULL ? days : "—");
      g_strv_builder_add (row, stays);
      g_ptr_array_add (table, g_strv_builder_end (row));
    }

  if (sl_funnel_has_rejected (data))
    {
      g_autoptr(GStrvBuilder) row = g_strv_builder_new ();
      g_autofree char *current = sl_funnel_format_count (data->rejected);

      g_strv_builder_add (row, sl_funnel_stage_name (data, data->n_stages));
      g_strv_builder_add (row, "—");
      g_strv_builder_add (row, "—");
      g_strv_builder_add (row, current);
      g_strv_builder_add (row, "—");
      g_strv_builder_add (row, "—");
      g_ptr_array_add (table, g_strv_builder_end (row));
    }

  return table;
}
