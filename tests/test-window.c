/* test-window.c: the main window opens, shows the app, closes and leaks
 * nothing.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "kwa-application.h"
#include "kwa-window.h"

static void
wait_for_frames (GtkWidget *widget,
                 guint      n_frames)
{
  GdkFrameClock *clock;
  gint64 target;

  clock = gtk_widget_get_frame_clock (widget);
  g_assert_nonnull (clock);
  target = gdk_frame_clock_get_frame_counter (clock) + n_frames;
  while (gdk_frame_clock_get_frame_counter (clock) < target)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_window_opens_and_closes (void)
{
  g_autoptr(KwaApplication) app = NULL;
  KwaWindow *window;
  GtkWidget *title;

  app = kwa_application_new ("org.koreanwaratlas.Atlas.Test",
                             G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  window = kwa_window_new (app);
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames (GTK_WIDGET (window), 2);

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Korean War Atlas");

  /* The header bar shows the title too, not only the window manager. */
  title = adw_header_bar_get_title_widget (ADW_HEADER_BAR (gtk_widget_get_first_child (
    GTK_WIDGET (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window))))));
  g_assert_true (ADW_IS_WINDOW_TITLE (title));
  g_assert_cmpstr (adw_window_title_get_title (ADW_WINDOW_TITLE (title)), ==, "Korean War Atlas");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/opens-and-closes", test_window_opens_and_closes);

  return g_test_run ();
}
