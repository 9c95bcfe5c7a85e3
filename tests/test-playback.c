/* test-playback.c: one clock, moved once a frame however many windows show it
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "kwa-application.h"
#include "kwa-frame-pacer.h"
#include "kwa-playback.h"
#include "kwa-session.h"
#include "kwa-test-utils.h"
#include "kwa-window.h"

#define SECOND G_USEC_PER_SEC

static KwaTimeline *
new_timeline (void)
{
  g_autoptr(KwaExhibit) exhibit = kwa_test_load_minimal ();
  KwaTimeline *timeline = kwa_timeline_new (exhibit);

  kwa_timeline_set_date (timeline, kwa_date_from_ymd (1950, 6, 25));
  kwa_timeline_set_speed (timeline, 7);
  return timeline;
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

/* Frames move the clock by their spacing times the speed; the first frame
 * of a run only starts the count, and a stalled frame counts as 0.1 s. */
static void
test_ticks_advance_by_frame_time (void)
{
  g_autoptr(KwaTimeline) timeline = new_timeline ();
  g_autoptr(KwaPlayback) playback = kwa_playback_new (timeline);
  double start = kwa_timeline_get_time (timeline);
  guint running_changes = 0;

  g_signal_connect (playback, "notify::running", G_CALLBACK (count_cb), &running_changes);

  /* Not playing: frames do nothing. */
  g_assert_false (kwa_playback_get_running (playback));
  kwa_playback_tick (playback, 10 * SECOND);
  kwa_playback_tick (playback, 11 * SECOND);
  g_assert_cmpfloat (kwa_timeline_get_time (timeline), ==, start);

  kwa_timeline_set_playing (timeline, TRUE);
  g_assert_true (kwa_playback_get_running (playback));
  g_assert_cmpuint (running_changes, ==, 1);

  kwa_playback_tick (playback, 20 * SECOND);            /* starts the count */
  g_assert_cmpfloat (kwa_timeline_get_time (timeline), ==, start);
  kwa_playback_tick (playback, 20 * SECOND + SECOND / 20);
  g_assert_cmpfloat_with_epsilon (kwa_timeline_get_time (timeline), start + 7 * 0.05, 1e-9);

  /* A frame five seconds late moves the story 0.1 s, not five. */
  kwa_playback_tick (playback, 25 * SECOND + SECOND / 20);
  g_assert_cmpfloat_with_epsilon (kwa_timeline_get_time (timeline), start + 7 * 0.15, 1e-9);

  /* A frame time going backwards (another monitor's clock) moves nothing. */
  kwa_playback_tick (playback, 24 * SECOND);
  g_assert_cmpfloat_with_epsilon (kwa_timeline_get_time (timeline), start + 7 * 0.15, 1e-9);

  /* Paused and played again: the pause does not count as time played. */
  kwa_timeline_set_playing (timeline, FALSE);
  g_assert_false (kwa_playback_get_running (playback));
  kwa_timeline_set_playing (timeline, TRUE);
  kwa_playback_tick (playback, 90 * SECOND);
  kwa_playback_tick (playback, 90 * SECOND + SECOND / 10);
  g_assert_cmpfloat_with_epsilon (kwa_timeline_get_time (timeline), start + 7 * 0.25, 1e-9);
  g_assert_cmpuint (running_changes, ==, 3);
}

/* At the end of the war the clock stops itself, and so does the playback. */
static void
test_stops_at_the_end (void)
{
  g_autoptr(KwaTimeline) timeline = new_timeline ();
  g_autoptr(KwaPlayback) playback = kwa_playback_new (timeline);
  KwaDateRange range = kwa_exhibit_get_time_range (kwa_timeline_get_exhibit (timeline));
  gint64 now = SECOND;

  kwa_timeline_set_speed (timeline, 31);
  kwa_timeline_set_time (timeline, range.end - 1);
  kwa_timeline_set_playing (timeline, TRUE);
  for (guint i = 0; i < 20 && kwa_playback_get_running (playback); i++, now += SECOND / 10)
    kwa_playback_tick (playback, now);

  g_assert_false (kwa_playback_get_running (playback));
  g_assert_cmpfloat (kwa_timeline_get_time (timeline), >=, range.end);
}

typedef struct
{
  KwaApplication *app;
  KwaSession     *session;
  KwaWindow      *first;
  KwaWindow      *second;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  /* One application id a test: GApplication registers each once. */
  fixture->app = kwa_test_register_application (user_data, TRUE);
  fixture->session = kwa_application_get_session (fixture->app);

  /* The main window and a second one (as the presenter opens), each with
   * its own timeline bar on the one clock. */
  fixture->first = kwa_test_open_window (fixture->app, 0, 0);
  fixture->second = kwa_test_open_window (fixture->app, 0, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  kwa_timeline_set_playing (kwa_session_get_timeline (fixture->session), FALSE);
  if (fixture->second != NULL)
    kwa_test_close_window (fixture->second);
  kwa_test_close_window (fixture->first);
  g_object_unref (fixture->app);
}

/* The time of the last frame the window drew, which is the time the
 * last tick it paced gave the playback. */
static gint64
last_frame_time (KwaWindow *window)
{
  if (window == NULL)
    return G_MAXINT64;

  return gdk_frame_clock_get_frame_time (gtk_widget_get_frame_clock (GTK_WIDGET (window)));
}

/* Plays for @frames frames of @window and returns how far the clock went
 * against how far it may have gone: the speed times the time from the
 * earliest last frame of any window (the last tick was no earlier) to the
 * latest frame after. */
static void
play_for (Fixture   *fixture,
          KwaWindow *window,
          guint      frames,
          double    *out_advanced,
          double    *out_allowed)
{
  KwaTimeline *timeline = kwa_session_get_timeline (fixture->session);
  double before = kwa_timeline_get_time (timeline);
  gint64 started = MIN (last_frame_time (fixture->first), last_frame_time (fixture->second));
  gint64 ended;

  kwa_test_wait_frames (GTK_WIDGET (window), frames);
  ended = MAX (last_frame_time (fixture->first), fixture->second ? last_frame_time (fixture->second) : 0);
  *out_advanced = kwa_timeline_get_time (timeline) - before;
  *out_allowed = kwa_timeline_get_speed (timeline) * (ended - started) / (double) SECOND;
}

/* The clock moved no faster than asked. Frame times are smoothed by GDK,
 * so the tick and the measure may disagree by a frame or two under load:
 * allow two frames at 60 Hz and a quarter more, which still fails loudly
 * at twice the speed (two windows each moving the clock). */
static void
assert_at_speed (double advanced,
                 double allowed,
                 double speed)
{
  g_assert_cmpfloat (advanced, >, 0);
  g_assert_cmpfloat (advanced, <=, allowed * 1.25 + speed * 2.0 / 60);
}

/* Two windows show the clock; it still plays at the speed asked, not
 * twice it: the session's playback moves it once a frame. */
static void
test_two_windows_play_at_one_speed (Fixture       *fixture,
                                    gconstpointer  user_data)
{
  KwaTimeline *timeline = kwa_session_get_timeline (fixture->session);
  double advanced, allowed;

  kwa_timeline_set_date (timeline, kwa_date_from_ymd (1950, 6, 25));
  kwa_timeline_set_speed (timeline, 7);
  kwa_timeline_set_playing (timeline, TRUE);

  play_for (fixture, fixture->first, 24, &advanced, &allowed);
  assert_at_speed (advanced, allowed, kwa_timeline_get_speed (timeline));
}

/* The window whose frames move the clock is always one on screen: under
 * Xvfb a hidden window's frame clock may still tick, so this asks the
 * pacer which window it chose rather than only watching the clock. */
static void
test_pacer_chooses_window_on_screen (Fixture       *fixture,
                                     gconstpointer  user_data)
{
  KwaTimeline *timeline = kwa_session_get_timeline (fixture->session);
  g_autoptr(KwaFramePacer) pacer = NULL;

  kwa_timeline_set_date (timeline, kwa_date_from_ymd (1950, 6, 25));
  pacer = kwa_frame_pacer_new (GTK_APPLICATION (fixture->app), kwa_session_get_playback (fixture->session));
  g_assert_null (kwa_frame_pacer_get_window (pacer));

  kwa_timeline_set_playing (timeline, TRUE);
  g_assert_nonnull (kwa_frame_pacer_get_window (pacer));
  g_assert_true (gtk_widget_get_mapped (kwa_frame_pacer_get_window (pacer)));

  gtk_widget_set_visible (GTK_WIDGET (fixture->first), FALSE);
  g_assert_true (kwa_frame_pacer_get_window (pacer) == GTK_WIDGET (fixture->second));
  gtk_widget_set_visible (GTK_WIDGET (fixture->first), TRUE);
  kwa_test_wait_frames (GTK_WIDGET (fixture->first), 2);
  gtk_widget_set_visible (GTK_WIDGET (fixture->second), FALSE);
  g_assert_true (kwa_frame_pacer_get_window (pacer) == GTK_WIDGET (fixture->first));
  gtk_widget_set_visible (GTK_WIDGET (fixture->first), FALSE);
  g_assert_null (kwa_frame_pacer_get_window (pacer));

  gtk_widget_set_visible (GTK_WIDGET (fixture->second), TRUE);
  kwa_test_wait_frames (GTK_WIDGET (fixture->second), 2);
  g_assert_true (kwa_frame_pacer_get_window (pacer) == GTK_WIDGET (fixture->second));
  kwa_timeline_set_playing (timeline, FALSE);
  g_assert_null (kwa_frame_pacer_get_window (pacer));
  gtk_widget_set_visible (GTK_WIDGET (fixture->first), TRUE);
}

/* When the window pacing the clock goes, another carries on; with no
 * window on screen, the clock stands still. */
static void
test_pacing_moves_between_windows (Fixture       *fixture,
                                   gconstpointer  user_data)
{
  KwaTimeline *timeline = kwa_session_get_timeline (fixture->session);
  double advanced, allowed, before;

  kwa_timeline_set_date (timeline, kwa_date_from_ymd (1950, 6, 25));
  kwa_timeline_set_playing (timeline, TRUE);
  play_for (fixture, fixture->first, 5, &advanced, &allowed);
  g_assert_cmpfloat (advanced, >, 0);

  /* Either window may go, whichever the application lists first: the
   * first hidden, the second carries on; the second hidden, the first. */
  gtk_widget_set_visible (GTK_WIDGET (fixture->first), FALSE);
  play_for (fixture, fixture->second, 8, &advanced, &allowed);
  g_assert_cmpfloat (advanced, >, 0);
  gtk_widget_set_visible (GTK_WIDGET (fixture->first), TRUE);
  kwa_test_wait_frames (GTK_WIDGET (fixture->first), 2);
  gtk_widget_set_visible (GTK_WIDGET (fixture->second), FALSE);
  play_for (fixture, fixture->first, 8, &advanced, &allowed);
  g_assert_cmpfloat (advanced, >, 0);
  gtk_widget_set_visible (GTK_WIDGET (fixture->second), TRUE);
  kwa_test_wait_frames (GTK_WIDGET (fixture->second), 2);

  kwa_test_close_window (g_steal_pointer (&fixture->second));
  kwa_test_wait_frames (GTK_WIDGET (fixture->first), 2);   /* the first window takes over */
  play_for (fixture, fixture->first, 24, &advanced, &allowed);
  assert_at_speed (advanced, allowed, kwa_timeline_get_speed (timeline));

  gtk_widget_set_visible (GTK_WIDGET (fixture->first), FALSE);
  before = kwa_timeline_get_time (timeline);
  for (guint i = 0; i < 10; i++)
    g_main_context_iteration (NULL, FALSE);
  g_usleep (50000);
  for (guint i = 0; i < 10; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpfloat (kwa_timeline_get_time (timeline), ==, before);

  gtk_widget_set_visible (GTK_WIDGET (fixture->first), TRUE);
  play_for (fixture, fixture->first, 8, &advanced, &allowed);
  g_assert_cmpfloat (advanced, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/playback/ticks-advance-by-frame-time", test_ticks_advance_by_frame_time);
  g_test_add_func ("/playback/stops-at-the-end", test_stops_at_the_end);
  g_test_add ("/playback/two-windows-play-at-one-speed", Fixture, "org.koreanwaratlas.Atlas.TestPlayback1",
              fixture_set_up, test_two_windows_play_at_one_speed, fixture_tear_down);
  g_test_add ("/playback/pacing-moves-between-windows", Fixture, "org.koreanwaratlas.Atlas.TestPlayback2",
              fixture_set_up, test_pacing_moves_between_windows, fixture_tear_down);
  g_test_add ("/playback/pacer-chooses-window-on-screen", Fixture, "org.koreanwaratlas.Atlas.TestPlayback3",
              fixture_set_up, test_pacer_chooses_window_on_screen, fixture_tear_down);

  return g_test_run ();
}
