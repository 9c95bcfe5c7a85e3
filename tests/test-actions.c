/* test-actions.c: the application actions a museum's show-control system
 * calls over D-Bus move the one clock, and every view follows it.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "kwa-application.h"
#include "kwa-session.h"
#include "kwa-sketch.h"
#include "kwa-timeline.h"
#include "kwa-map-document.h"
#include "kwa-window.h"
#include "kwa-test-utils.h"
#include "kwa-map-view-private.h"

static const char *
panel_title (KwaWindow  *window,
             const char *name)
{
  GtkWidget *panel = kwa_window_get_panel (window, name);
  AdwViewStack *stack = ADW_VIEW_STACK (gtk_widget_get_parent (panel));

  return adw_view_stack_page_get_title (adw_view_stack_get_page (stack, panel));
}

static KwaDate
date (const char *text)
{
  KwaDate value;

  g_assert_true (kwa_date_parse (text, &value));
  return value;
}

static void
activate (KwaApplication *app,
          const char     *name,
          const char     *argument)
{
  g_action_group_activate_action (G_ACTION_GROUP (app), name,
                                  argument ? g_variant_new_string (argument) : NULL);
}

static void
test_actions_move_the_clock_and_the_views (void)
{
  g_autoptr(KwaApplication) app = kwa_test_register_application ("org.koreanwaratlas.Atlas.TestActions", TRUE);
  KwaTimeline *timeline = kwa_session_get_timeline (kwa_application_get_session (app));
  KwaWindow *window = kwa_test_open_window (app, 0, 0);
  KwaMapView *map = kwa_window_get_map_view (window);
  KwaDate before;

  /* Every action the README documents is exported. */
  for (const char * const *name = (const char * const []) { "go-to-date", "go-to-event", "play", "pause",
                                                             "next-event", "previous-event",
                                                             "set-language", NULL };
       *name != NULL; name++)
    g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), *name));

  activate (app, "go-to-date", "1951-01-24");
  g_assert_cmpint (kwa_timeline_get_date (timeline), ==, date ("1951-01-24"));
  kwa_test_wait_frames (GTK_WIDGET (window), 1);
  g_assert_cmpint (kwa_map_view_get_scene (map)->date, ==, date ("1951-01-24"));

  activate (app, "go-to-event", "inchon-landing");
  g_assert_cmpstr (kwa_timeline_get_selected_event (timeline)->id, ==, "inchon-landing");
  g_assert_cmpint (kwa_timeline_get_date (timeline), ==, date ("1950-09-15"));
  g_assert_true (kwa_map_view_get_selected (map) == kwa_timeline_get_selected_event (timeline));

  before = kwa_timeline_get_date (timeline);
  activate (app, "next-event", NULL);
  g_assert_cmpint (kwa_timeline_get_date (timeline), >, before);
  activate (app, "previous-event", NULL);
  g_assert_cmpint (kwa_timeline_get_date (timeline), ==, before);

  activate (app, "play", NULL);
  g_assert_true (kwa_timeline_get_playing (timeline));
  kwa_test_wait_frames (GTK_WIDGET (window), 10);   /* the session's playback moves it */
  g_assert_cmpint (kwa_timeline_get_date (timeline), >, before);
  activate (app, "pause", NULL);
  g_assert_false (kwa_timeline_get_playing (timeline));

  activate (app, "set-language", "ko");
  g_assert_cmpint (kwa_session_get_language (kwa_application_get_session (app)), ==, KWA_LANGUAGE_KO);
  g_assert_cmpint (kwa_map_view_get_language (map), ==, KWA_LANGUAGE_KO);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "한국전쟁 아틀라스");
  /* The interface switched too, without a restart. */
  g_assert_cmpstr (panel_title (window, "event"), ==, "사건");

  /* The panels lay out Korean text on eventful days. (Pango 1.50 aborted
   * on Korean text wrapped at word-or-character boundaries.) */
  for (const char * const *day = (const char * const []) { "1950-06-25", "1950-09-15", "1950-11-27",
                                                            "1951-04-22", "1952-03-01", "1953-07-27", NULL };
       *day != NULL; day++)
    {
      activate (app, "go-to-date", *day);
      kwa_test_wait_frames (GTK_WIDGET (window), 2);
    }
  activate (app, "set-language", "en");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Korean War Atlas");
  g_assert_cmpstr (panel_title (window, "event"), ==, "Event");

  /* Nonsense from a show-control script is refused, not obeyed. */
  g_test_expect_message ("kwa-application", G_LOG_LEVEL_WARNING, "*not a date*");
  activate (app, "go-to-date", "1951-02-30");
  g_test_assert_expected_messages ();
  g_test_expect_message ("kwa-application", G_LOG_LEVEL_WARNING, "*no event*");
  activate (app, "go-to-event", "no-such-event");
  g_test_assert_expected_messages ();

  kwa_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/actions/move-the-clock-and-the-views", test_actions_move_the_clock_and_the_views);

  return g_test_run ();
}
