/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-cli"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "sl-cli-private.h"
#include "sl-committee.h"

/* shortlist stats: the committee's figures for a role, headless: how far
 * the interviewers agree, per competency and overall, and how each of them
 * rates against the rest of the panel. As text, or as JSON for scripts. */

static void
add_agreement (JsonBuilder       *builder,
               const SlAgreement *agreement)
{
  json_builder_begin_object (builder);
  if (agreement->competency_name != NULL)
    {
      json_builder_set_member_name (builder, "competency");
      json_builder_add_string_value (builder, agreement->competency_name);
    }
  json_builder_set_member_name (builder, "alpha");
  if (isnan (agreement->alpha))
    json_builder_add_null_value (builder);
  else
    json_builder_add_double_value (builder, round (agreement->alpha * 1000) / 1000);
  json_builder_set_member_name (builder, "pairable");
  json_builder_add_int_value (builder, agreement->n_pairable);
  json_builder_set_member_name (builder, "undefined");
  if (agreement->undefined != NULL)
    json_builder_add_string_value (builder, agreement->undefined);
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);
}

static char *
stats_to_json (const char             *role,
               const SlCommitteeStats *stats)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "role");
  json_builder_add_string_value (builder, role);
  json_builder_set_member_name (builder, "ratings");
  json_builder_add_int_value (builder, stats->n_ratings);
  json_builder_set_member_name (builder, "metric");
  json_builder_add_string_value (builder, "krippendorff-alpha-ordinal");
  json_builder_set_member_name (builder, "overall");
  add_agreement (builder, stats->overall);

  json_builder_set_member_name (builder, "competencies");
  json_builder_begin_array (builder);
  for (guint i = 0; i < stats->competencies->len; i++)
    add_agreement (builder, g_ptr_array_index (stats->competencies, i));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "calibration");
  json_builder_begin_array (builder);
  for (guint i = 0; i < stats->interviewers->len; i++)
    {
      const SlInterviewerCalibration *c = g_ptr_array_index (stats->interviewers, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "interviewer");
      json_builder_add_string_value (builder, c->interviewer_name);
      json_builder_set_member_name (builder, "offset");
      if (isnan (c->offset))
        json_builder_add_null_value (builder);
      else
        json_builder_add_double_value (builder, round (c->offset * 1000) / 1000);
      json_builder_set_member_name (builder, "shared_candidates");
      json_builder_add_int_value (builder, c->n_shared_candidates);
      json_builder_set_member_name (builder, "comparisons");
      json_builder_add_int_value (builder, c->n_comparisons);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);

  return json_generator_to_data (generator, NULL);
}

static void
print_agreement (const char        *label,
                 const SlAgreement *agreement)
{
  if (isnan (agreement->alpha))
    /* Translators: a competency, then why agreement on it has no figure */
    g_print (_("  %s: undefined (%s)\n"), label, agreement->undefined);
  else
    /* Translators: a competency, Krippendorff's alpha, and how many ratings it compares */
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "  %s: %.3f (%u rating compared)\n",
                          "  %s: %.3f (%u ratings compared)\n",
                          agreement->n_pairable),
             label, agreement->alpha, agreement->n_pairable);
}

static void
print_stats (const char             *role,
             const SlCommitteeStats *stats)
{
  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "%s: %u submitted rating\n",
                        "%s: %u submitted ratings\n",
                        stats->n_ratings),
           role, stats->n_ratings);

  g_print ("%s\n", _("Agreement between interviewers (Krippendorff’s alpha, ordinal):"));
  print_agreement (_("All competencies"), stats->overall);
  for (guint i = 0; i < stats->competencies->len; i++)
    {
      const SlAgreement *agreement = g_ptr_array_index (stats->competencies, i);

      print_agreement (agreement->competency_name, agreement);
    }

  g_print ("%s\n", _("Calibration (mean offset from the other interviewers on the same candidates):"));
  for (guint i = 0; i < stats->interviewers->len; i++)
    {
      const SlInterviewerCalibration *c = g_ptr_array_index (stats->interviewers, i);

      if (isnan (c->offset))
        g_print (_("  %s: no candidate shared with another interviewer\n"), c->interviewer_name);
      else
        /* Translators: an interviewer, their offset, and over how many candidates */
        g_print (g_dngettext (GETTEXT_PACKAGE,
                              "  %s: %+.2f over %u shared candidate\n",
                              "  %s: %+.2f over %u shared candidates\n",
                              c->n_shared_candidates),
                 c->interviewer_name, c->offset, c->n_shared_candidates);
    }
}

int
sl_cli_run_stats (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("— the committee’s figures for a role"));
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStore) store = NULL;
  g_autoptr(SlRole) role = NULL;
  g_autoptr(GPtrArray) ratings = NULL;
  g_autoptr(SlCommitteeStats) stats = NULL;
  g_autofree char *role_name = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "role", 0, 0, G_OPTION_ARG_STRING, &role_name, N_("The role, by its id or its exact title"), N_("ROLE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON for scripts"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!sl_cli_parse_options (context, &argc, &argv, &error))
    return sl_cli_usage_error (context, error->message);
  if (role_name == NULL)
    return sl_cli_usage_error (context, _("stats needs --role"));
  if (argc > 1)
    return sl_cli_usage_error (context, _("stats takes no arguments besides its options"));

  store = sl_cli_open_store (FALSE, &error);
  if (store == NULL)
    return sl_cli_fail (error->message);

  role = sl_store_find_role (store, role_name, &error);
  if (role == NULL)
    return sl_cli_fail (error->message);

  /* The committee's view: nobody's own draft makes anyone blind. */
  ratings = sl_store_list_role_ratings (store, sl_role_get_id (role), 0, &error);
  if (ratings == NULL)
    return sl_cli_fail (error->message);

  stats = sl_committee_stats_compute (ratings);

  if (json)
    {
      g_autofree char *text = stats_to_json (sl_role_get_title (role), stats);
      g_print ("%s\n", text);
    }
  else
    {
      print_stats (sl_role_get_title (role), stats);
    }

  return SL_EXIT_OK;
}
