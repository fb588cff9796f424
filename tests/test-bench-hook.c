/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The benchmark hook of bench/run-window: with SHORTLIST_BENCH set, the
 * window says when its first frame is drawn, or scrolls All Candidates to
 * the bottom, and quits by itself. Nothing here is timed. */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

typedef struct
{
  char *dir;
  char *db;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  int status;

  fixture->dir = g_dir_make_tmp ("shortlist-bench-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db = g_build_filename (fixture->dir, "sample.db", NULL);

  g_spawn_sync (NULL,
                (char *[]) { (char *) g_getenv ("SHORTLIST"), "sample", "--db", fixture->db, NULL },
                NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (fixture->dir);

  g_free (fixture->db);
  g_free (fixture->dir);
}

/* What the window printed on its own, after it quit by itself. */
static char *
run_window (Fixture    *fixture,
            const char *mode)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  char *output = NULL;

  g_subprocess_launcher_setenv (launcher, "SHORTLIST_BENCH", mode, TRUE);
  process = g_subprocess_launcher_spawn (launcher, &error,
                                         g_getenv ("SHORTLIST"), "--db", fixture->db, NULL);
  g_assert_no_error (error);

  g_subprocess_communicate_utf8 (process, NULL, NULL, &output, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);

  return output;
}

static void
test_first_frame (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *output = run_window (fixture, "first-frame");

  g_assert_true (g_regex_match_simple ("\\Afirst-frame [0-9]+ page=role\\n\\z", output, 0, 0));
}

/* The twelve sample candidates fit on one page: nothing to scroll. */
static void
test_scroll (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *output = run_window (fixture, "scroll");

  g_assert_true (g_regex_match_simple ("\\Afirst-frame [0-9]+ page=role\\n"
                                       "scrolled [0-9]+ rows=12 steps=0\\n\\z",
                                       output, 0, 0));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/bench-hook/first-frame", Fixture, NULL, fixture_set_up, test_first_frame, fixture_tear_down);
  g_test_add ("/bench-hook/scroll", Fixture, NULL, fixture_set_up, test_scroll, fixture_tear_down);

  return g_test_run ();
}
