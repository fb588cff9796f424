/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-window"

#include "config.h"

#include "sl-candidate-model.h"
#include "sl-first-frame.h"
#include "sl-window-private.h"

/* A benchmark aid for bench/run-window, and nothing else: the application
 * starts it only when SHORTLIST_BENCH is set, and the window then quits by
 * itself. With
 *
 *   first-frame  it prints "first-frame TIME page=PAGE" once its first
 *                frame is drawn, and quits;
 *   scroll       it then shows All Candidates, scrolls the list from top
 *                to bottom a page at a time, each page drawn in a frame of
 *                its own, prints "scrolled TIME rows=N steps=N" and quits.
 *
 * TIME is g_get_monotonic_time(), the clock the runner reads too. */

typedef struct
{
  SlWindow *window;
  gboolean  scroll;
  guint     steps;
} Bench;

static void
quit (SlWindow *self)
{
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
}

static guint
count_candidates (SlWindow *self)
{
  GListModel *candidates = sl_candidates_page_get_candidates (self->candidates_page);

  return candidates != NULL ? g_list_model_get_n_items (candidates) : 0;
}

static void
report_scrolled (Bench *bench)
{
  g_print ("scrolled %" G_GINT64_FORMAT " rows=%u steps=%u\n",
           g_get_monotonic_time (), count_candidates (bench->window), bench->steps);
  quit (bench->window);
}

/* Runs before each frame of the shown page is laid out and drawn: the
 * part of the list scrolled to in one call is on screen by the next. */
static gboolean
scroll_tick (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  Bench *bench = user_data;
  SlCandidatesPage *page = SL_CANDIDATES_PAGE (widget);
  GListModel *candidates = sl_candidates_page_get_candidates (page);
  GtkScrolledWindow *scrolled_window = sl_candidates_page_get_scrolled_window (page);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled_window);
  double page_size = gtk_adjustment_get_page_size (adjustment);
  double value = gtk_adjustment_get_value (adjustment);
  double bottom = gtk_adjustment_get_upper (adjustment) - page_size;

  /* The talent pool is searched away from the main thread: the list is
   * scrolled once it holds the search's result. */
  if (SL_IS_CANDIDATE_MODEL (candidates) &&
      sl_candidate_model_get_loading (SL_CANDIDATE_MODEL (candidates)))
    return G_SOURCE_CONTINUE;

  /* An empty list has nothing to scroll. */
  if (count_candidates (bench->window) == 0 || (page_size > 0 && value >= bottom))
    {
      report_scrolled (bench);
      return G_SOURCE_REMOVE;
    }

  /* Not laid out yet: the top of the list is drawn first. */
  if (page_size <= 0)
    return G_SOURCE_CONTINUE;

  gtk_adjustment_set_value (adjustment, MIN (value + page_size, bottom));
  bench->steps++;

  return G_SOURCE_CONTINUE;
}

static void
start_scrolling (Bench *bench)
{
  SlWindow *self = bench->window;

  sl_window_show_all_candidates (self);
  sl_window_show_content (self);

  gtk_widget_add_tick_callback (GTK_WIDGET (self->candidates_page), scroll_tick, bench, g_free);
}

static void
on_first_frame (GtkWindow *window,
                gpointer   user_data)
{
  Bench *bench = user_data;

  g_print ("first-frame %" G_GINT64_FORMAT " page=%s\n",
           g_get_monotonic_time (), sl_window_get_visible_page (bench->window));

  if (bench->scroll && bench->window->store != NULL)
    {
      start_scrolling (bench);
      return;
    }

  quit (bench->window);
  g_free (bench);
}

/**
 * sl_window_start_benchmark:
 * @mode: `first-frame` or `scroll`
 *
 * A benchmark aid, called before the window is first presented: see the
 * top of this file.
 *
 * Returns: %FALSE for an unknown @mode, which changes nothing
 */
gboolean
sl_window_start_benchmark (SlWindow   *self,
                           const char *mode)
{
  Bench *bench;

  g_return_val_if_fail (SL_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (mode != NULL, FALSE);

  if (!g_str_equal (mode, "first-frame") && !g_str_equal (mode, "scroll"))
    return FALSE;

  bench = g_new0 (Bench, 1);
  bench->window = self;
  bench->scroll = g_str_equal (mode, "scroll");
  sl_first_frame_watch (GTK_WINDOW (self), on_first_frame, bench);

  return TRUE;
}
