/* test-presenter.c: classroom mode — the presenter and audience windows
 * follow the one clock, with the main window.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "kwa-application.h"
#include "kwa-presenter.h"
#include "kwa-window.h"

static void
wait_frames (GtkWidget *widget,
             guint      n)
{
  for (guint i = 0; i < n; i++)
    {
      GdkFrameClock *clock;
      gint64 target;

      while ((clock = gtk_widget_get_frame_clock (widget)) == NULL)
        g_main_context_iteration (NULL, TRUE);
      target = gdk_frame_clock_get_frame_counter (clock) + 1;
      gtk_widget_queue_draw (widget);
      while (gdk_frame_clock_get_frame_counter (clock) < target)
        g_main_context_iteration (NULL, TRUE);
    }
}

static void
closed_cb (KwaPresenter *presenter,
           gboolean     *closed)
{
  *closed = TRUE;
}

static void
test_both_windows_follow_the_clock (void)
{
  g_autoptr(KwaApplication) app = kwa_application_new ("org.koreanwaratlas.Atlas.TestPresenter",
                                                       G_APPLICATION_NON_UNIQUE);
  KwaPresenter *presenter;
  KwaWindow *main_window;
  KwaTimeline *timeline;
  const KwaTour *tour;
  KwaMapView *audience_map;
  gboolean closed = FALSE;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  g_assert_true (kwa_application_load (app, NULL));
  timeline = kwa_application_get_timeline (app);
  tour = kwa_exhibit_find_tour (kwa_map_document_get_exhibit (kwa_application_get_document (app)), "main");

  main_window = kwa_window_new (app);
  g_object_ref (main_window);
  gtk_window_present (GTK_WINDOW (main_window));

  presenter = kwa_presenter_new (app);
  kwa_presenter_present (presenter);
  audience_map = kwa_presenter_get_audience_map (presenter);
  wait_frames (GTK_WIDGET (kwa_presenter_get_audience_window (presenter)), 2);
  wait_frames (GTK_WIDGET (kwa_presenter_get_presenter_window (presenter)), 2);

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (kwa_presenter_get_audience_window (presenter))));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (kwa_presenter_get_presenter_window (presenter))));
  g_assert_cmpint (kwa_presenter_get_stop (presenter), ==, -1);

  /* Step through the first three stops: every view is on the stop's day. */
  for (int i = 0; i < 3; i++)
    {
      const KwaTourStop *stop = &tour->stops[i];

      kwa_presenter_next (presenter);
      wait_frames (GTK_WIDGET (main_window), 1);
      g_assert_cmpint (kwa_presenter_get_stop (presenter), ==, i);
      g_assert_cmpint (kwa_timeline_get_date (timeline), ==, stop->date);
      g_assert_cmpint (kwa_map_view_get_scene (audience_map)->date, ==, stop->date);
      g_assert_cmpint (kwa_map_view_get_scene (kwa_window_get_map_view (main_window))->date, ==, stop->date);
      g_assert_true (kwa_timeline_get_selected_event (timeline) == stop->event);
    }

  kwa_presenter_previous (presenter);
  g_assert_cmpint (kwa_timeline_get_date (timeline), ==, tour->stops[1].date);

  /* The main window moves the clock too: the projector follows. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "go-to-date", g_variant_new_string ("1953-07-27"));
  wait_frames (GTK_WIDGET (kwa_presenter_get_audience_window (presenter)), 1);
  g_assert_cmpint (kwa_map_view_get_scene (audience_map)->date, ==, kwa_timeline_get_date (timeline));

  kwa_presenter_set_screen (presenter, KWA_PRESENTER_SCREEN_BLACK);
  g_assert_cmpint (kwa_presenter_get_screen (presenter), ==, KWA_PRESENTER_SCREEN_BLACK);
  kwa_presenter_set_screen (presenter, KWA_PRESENTER_SCREEN_MAP);

  /* Closing the presenter window ends classroom mode, both windows. */
  g_signal_connect (presenter, "closed", G_CALLBACK (closed_cb), &closed);
  gtk_window_close (kwa_presenter_get_presenter_window (presenter));
  g_assert_true (closed);
  g_assert_finalize_object (presenter);

  gtk_window_destroy (GTK_WINDOW (main_window));
  g_assert_finalize_object (main_window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/presenter/both-windows-follow-the-clock", test_both_windows_follow_the_clock);

  return g_test_run ();
}
