/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hello-window: the baseline of the window benchmarks, a libadwaita
 * application as small as one can be: one window, one label. It is timed
 * as Shortlist is: with SHORTLIST_BENCH set, it prints
 * "first-frame TIME page=hello" once its first frame is drawn, TIME being
 * g_get_monotonic_time(), and quits. Without it, it stays open. */
#define G_LOG_DOMAIN "shortlist-hello-window"

#include "config.h"

#include <adwaita.h>

#include "sl-first-frame.h"

/* Shortlist's window opens at this size: as many pixels to draw. */
#define WIDTH  1100
#define HEIGHT 720

static void
on_first_frame (GtkWindow *window,
                gpointer   user_data)
{
  g_print ("first-frame %" G_GINT64_FORMAT " page=hello\n", g_get_monotonic_time ());
  g_application_quit (G_APPLICATION (gtk_window_get_application (window)));
}

static void
on_activate (GtkApplication *app,
             gpointer        user_data)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new ("Hello");

  gtk_widget_set_vexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), label);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), "Hello");
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);

  if (g_getenv ("SHORTLIST_BENCH") != NULL)
    sl_first_frame_watch (GTK_WINDOW (window), on_first_frame, NULL);

  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  /* Beside any other instance, as Shortlist runs in the benchmark. */
  app = adw_application_new ("io.github.shortlist.HelloWindow", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
