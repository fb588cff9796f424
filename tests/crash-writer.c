/* SPDX-License-Identifier: GPL-3.0-or-later */
/* crash-writer: works on a Shortlist database as a user would, for as long
 * as it is let, and says each change only once it is committed, as
 *
 *   ack candidate NAME
 *   ack move APPLICATION STAGE
 *   ack import PREFIX COUNT
 *   ack scorecard SCORECARD
 *
 * tests/crash-test kills it at random moments and checks that the
 * database is whole and holds every change acknowledged. */

#include "config.h"

#include <stdio.h>

#include "sl-sample.h"
#include "sl-store.h"

#define IMPORT_ROWS 5

static void
die (const GError *error)
{
  g_printerr ("crash-writer: %s\n", error->message);
  exit (1);
}

static gint64
add_candidate (SlStore *store,
               guint    round)
{
  g_autoptr(SlCandidate) candidate = sl_candidate_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("Crash %s %u", g_getenv ("CRASH_RUN"), round);
  gint64 application_id;

  sl_candidate_set_name (candidate, name);
  sl_candidate_set_notes (candidate, "Written by the crash test");
  application_id = sl_store_add_candidate_to_role (store, candidate, 1, &error);
  if (application_id == 0)
    die (error);

  printf ("ack candidate %s\n", name);
  fflush (stdout);

  return application_id;
}

static void
move (SlStore *store,
      gint64   application_id,
      guint    round)
{
  g_autoptr(GListModel) stages = sl_store_list_stages (store, 1, NULL);
  g_autoptr(SlStage) stage = g_list_model_get_item (stages, 1 + round % 5);
  g_autoptr(GError) error = NULL;

  if (!sl_store_move_application (store, application_id, sl_stage_get_id (stage), &error))
    die (error);

  printf ("ack move %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n", application_id, sl_stage_get_id (stage));
  fflush (stdout);
}

static void
import (SlStore *store,
        guint    round)
{
  g_autoptr(GString) text = g_string_new ("Full name,Email\n");
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(SlImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *prefix = g_strdup_printf ("Import %s %u", g_getenv ("CRASH_RUN"), round);
  SlImportResult result;

  for (guint i = 0; i < IMPORT_ROWS; i++)
    g_string_append_printf (text, "%s-%u,import.%s.%u.%u@example.com\n", prefix, i, g_getenv ("CRASH_RUN"), round, i);

  stream = g_memory_input_stream_new_from_data (g_strdup (text->str), text->len, g_free);
  import = sl_store_read_import (store, stream, "crash.csv", SL_IMPORT_FORMAT_AUTO, 1, 0, NULL, NULL, NULL, &error);
  if (import == NULL || !sl_store_import (store, import, SL_IMPORT_SKIP_DUPLICATES, NULL, NULL, NULL, &result, &error))
    die (error);

  printf ("ack import %s %u\n", prefix, result.imported);
  fflush (stdout);
}

static void
submit_scorecard (SlStore *store,
                  gint64   application_id,
                  gint64   person_id)
{
  g_autoptr(GListModel) stages = sl_store_list_stages (store, 1, NULL);
  g_autoptr(SlStage) stage = g_list_model_get_item (stages, 2);
  g_autoptr(SlScorecard) draft = NULL;
  g_autoptr(GError) error = NULL;
  gint64 interview_id;

  interview_id = sl_store_add_interview (store, application_id, sl_stage_get_id (stage), person_id, 0, &error);
  if (interview_id == 0 || (draft = sl_store_get_draft (store, interview_id, &error)) == NULL)
    die (error);

  for (guint i = 0; i < draft->ratings->len; i++)
    sl_scorecard_set_rating (draft, ((SlCompetencyRating *) g_ptr_array_index (draft->ratings, i))->competency_id,
                             SL_RATING_YES, "Seen in the crash test");
  draft->overall = SL_RATING_YES;

  if (!sl_store_save_draft (store, draft, &error) ||
      !sl_store_submit_scorecard (store, draft->id, &error))
    die (error);

  printf ("ack scorecard %" G_GINT64_FORMAT "\n", draft->id);
  fflush (stdout);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SlStore) store = NULL;
  gint64 person_id;

  if (argc != 2 || g_getenv ("CRASH_RUN") == NULL)
    {
      g_printerr ("usage: CRASH_RUN=N crash-writer DATABASE\n");
      return 2;
    }

  store = sl_store_open (argv[1], &error);
  if (store == NULL)
    die (error);
  sl_store_set_actor (store, "Crash Tester");

  {
    g_autoptr(SlRole) role = sl_store_get_role (store, 1, NULL);

    if (role == NULL && !sl_sample_populate (store, 12, &error))
      die (error);
  }

  person_id = sl_store_ensure_person (store, "Crash Tester", &error);
  if (person_id == 0)
    die (error);

  printf ("ready\n");
  fflush (stdout);

  for (guint round = 0; ; round++)
    {
      gint64 application_id = add_candidate (store, round);

      move (store, application_id, round);
      import (store, round);
      submit_scorecard (store, application_id, person_id);
    }

  return 0;
}
