/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-first-frame"

#include "config.h"

#include "sl-first-frame.h"

/* A benchmark aid: says when a window's first frame has been drawn. The
 * application and the hello-world that the window benchmarks compare it
 * with both use this file, so that both are timed the same way.
 *
 * The first frame is the first one in which GTK rendered the window's
 * surface. A hook on GdkSurface::render notes that rendering began: a
 * handler would never run, since the window's own handler stops the
 * emission. The frame clock's next after-paint, once the frame is done
 * and handed to the display, reports it. */

typedef struct
{
  GtkWindow        *window;  /* weak */
  SlFirstFrameFunc  func;
  gpointer          user_data;
} Watch;

static void
watch_free (Watch *watch)
{
  g_clear_weak_pointer (&watch->window);
  g_free (watch);
}

static void
on_after_paint (GdkFrameClock *clock,
                Watch         *watch)
{
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, watch);

  if (watch->window != NULL)
    watch->func (watch->window, watch->user_data);

  watch_free (watch);
}

/* Runs for every surface that renders; stays until the window's does. */
static gboolean
on_render (GSignalInvocationHint *hint,
           guint                  n_params,
           const GValue          *params,
           gpointer               user_data)
{
  Watch *watch = user_data;
  GdkSurface *surface = g_value_get_object (&params[0]);

  if (watch->window == NULL)
    {
      watch_free (watch);
      return FALSE;
    }

  if (surface != gtk_native_get_surface (GTK_NATIVE (watch->window)))
    return TRUE;

  g_signal_connect (gdk_surface_get_frame_clock (surface), "after-paint",
                    G_CALLBACK (on_after_paint), watch);

  return FALSE;
}

/**
 * sl_first_frame_watch:
 * @window: a window that has not been drawn yet
 * @func: called once, after @window's first frame
 *
 * Calls @func when @window's first frame has been drawn; never, if the
 * window goes away before.
 */
void
sl_first_frame_watch (GtkWindow        *window,
                      SlFirstFrameFunc  func,
                      gpointer          user_data)
{
  gpointer surface_class;
  Watch *watch;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (func != NULL);

  /* The signal is known once its class is. */
  surface_class = g_type_class_ref (GDK_TYPE_SURFACE);

  watch = g_new0 (Watch, 1);
  g_set_weak_pointer (&watch->window, window);
  watch->func = func;
  watch->user_data = user_data;

  g_signal_add_emission_hook (g_signal_lookup ("render", GDK_TYPE_SURFACE), 0,
                              on_render, watch, NULL);

  g_type_class_unref (surface_class);
}
