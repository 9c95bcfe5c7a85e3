/* test-kiosk-idle.c: the kiosk starts over when the visitor leaves, and
 * not while one is still there: touching, or watching the war play out.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "kwa-application.h"
#include "kwa-session.h"
#include "kwa-settings.h"
#include "kwa-timeline.h"
#include "kwa-kiosk-private.h"
#include "kwa-kiosk.h"
#include "kwa-window.h"
#include "kwa-test-kiosk.h"

/* ---- helpers ---------------------------------------------------------- */

static gboolean
state_is (Fixture  *fixture,
          gpointer  data)
{
  return kwa_kiosk_get_state (fixture->kiosk) == (KwaKioskState) GPOINTER_TO_INT (data);
}

/* ---- tests ------------------------------------------------------------ */

typedef struct
{
  Fixture        *fixture;
  gboolean        captured;
  KwaDate         date;
  double          zoom;
  const KwaEvent *selected;
  KwaLanguage     language;
  gboolean        playing;
  KwaDate         first_stop_date;
} ResetCapture;

/* What the visitor who comes next finds, the moment the kiosk starts over. */
static void
state_changed_cb (KwaKiosk     *kiosk,
                  GParamSpec   *pspec,
                  ResetCapture *capture)
{
  KwaTimeline *timeline = kwa_session_get_timeline (kwa_application_get_session (capture->fixture->app));

  if (kwa_kiosk_get_state (kiosk) != KWA_KIOSK_STATE_ATTRACT || capture->captured)
    return;

  capture->captured = TRUE;
  capture->date = kwa_timeline_get_date (timeline);
  capture->zoom = kwa_map_view_get_zoom (kwa_test_kiosk_map_view (capture->fixture));
  capture->selected = kwa_timeline_get_selected_event (timeline);
  capture->language = kwa_session_get_language (kwa_application_get_session (capture->fixture->app));
  capture->playing = kwa_timeline_get_playing (timeline);
}

/* The first day the loop shows after starting over. */
static void
date_changed_cb (KwaTimeline  *timeline,
                 GParamSpec   *pspec,
                 ResetCapture *capture)
{
  if (capture->captured && capture->first_stop_date == KWA_DATE_NONE)
    capture->first_stop_date = kwa_timeline_get_date (timeline);
}

static void
test_idle_reset (Fixture       *fixture,
                 gconstpointer  data)
{
  KwaTimeline *timeline = kwa_session_get_timeline (kwa_application_get_session (fixture->app));
  KwaExhibit *exhibit = kwa_timeline_get_exhibit (timeline);
  KwaKioskCountdown *countdown = kwa_kiosk_get_countdown (fixture->kiosk);
  ResetCapture capture = { .fixture = fixture, .first_stop_date = KWA_DATE_NONE };
  KwaLonLat busan = { 129.04, 35.10 };
  KwaMapLayers home_layers;
  GtkWidget *stack;
  GdkCursor *cursor;
  gint64 start;
  double elapsed;

  /* A visitor explores: English, a day in 1951, an event, zoomed in. The
   * idle timeout counts from the touch, so the clock starts there: what
   * follows may take a while on a loaded machine. */
  start = g_get_monotonic_time ();
  kwa_test_kiosk_touch_map (fixture);
  kwa_session_set_language (kwa_application_get_session (fixture->app), KWA_LANGUAGE_EN);
  g_assert_true (kwa_timeline_go_to_event (timeline, "seoul-falls-again"));
  kwa_map_view_go_to (kwa_test_kiosk_map_view (fixture), busan, 4.0, FALSE);
  g_assert_cmpfloat_with_epsilon (kwa_map_view_get_zoom (kwa_test_kiosk_map_view (fixture)), 4.0, 1e-6);
  home_layers = kwa_map_view_get_layers (kwa_test_kiosk_map_view (fixture));
  kwa_map_view_set_layers (kwa_test_kiosk_map_view (fixture), 0);
  stack = gtk_widget_get_ancestor (kwa_window_get_panel (fixture->window, "event"), ADW_TYPE_VIEW_STACK);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "layers");

  /* The countdown comes after the idle timeout, not before (the exact
   * deadline under a stream of touches is /kiosk/touches-push-back-idle's)... */
  g_assert_true (kwa_test_kiosk_wait_until (fixture, state_is, GINT_TO_POINTER (KWA_KIOSK_STATE_COUNTDOWN), 5000));
  elapsed = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  g_assert_cmpfloat (elapsed, >, IDLE_TIMEOUT - 0.2);
  g_assert_cmpfloat (elapsed, <, IDLE_TIMEOUT + 2.0);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_parent (GTK_WIDGET (countdown)))));
  g_assert_true (gtk_widget_get_can_target (gtk_widget_get_parent (GTK_WIDGET (countdown))));
  g_assert_cmpint (kwa_kiosk_countdown_get_language (countdown), ==, KWA_LANGUAGE_EN);

  /* ...and any touch answers it. */
  kwa_test_kiosk_touch_map (fixture);
  g_assert_cmpint (kwa_kiosk_get_state (fixture->kiosk), ==, KWA_KIOSK_STATE_INTERACTIVE);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_parent (GTK_WIDGET (countdown)))));
  g_assert_false (gtk_widget_get_can_target (gtk_widget_get_parent (GTK_WIDGET (countdown))));
  g_assert_true (kwa_timeline_get_selected_event (timeline) != NULL);

  /* Nobody answers this time: everything goes back to the start. */
  g_signal_connect (fixture->kiosk, "notify::state", G_CALLBACK (state_changed_cb), &capture);
  g_signal_connect (timeline, "notify::date", G_CALLBACK (date_changed_cb), &capture);
  g_assert_true (kwa_test_kiosk_wait_until (fixture, state_is, GINT_TO_POINTER (KWA_KIOSK_STATE_COUNTDOWN), 5000));
  g_assert_true (kwa_test_kiosk_wait_until (fixture, state_is, GINT_TO_POINTER (KWA_KIOSK_STATE_ATTRACT), 3000));
  g_signal_handlers_disconnect_by_func (fixture->kiosk, state_changed_cb, &capture);
  g_signal_handlers_disconnect_by_func (timeline, date_changed_cb, &capture);

  g_assert_true (capture.captured);
  g_assert_true (capture.date == kwa_exhibit_get_time_range (exhibit).start);
  g_assert_cmpfloat_with_epsilon (capture.zoom, 1.0, 1e-6);
  g_assert_null (capture.selected);
  g_assert_cmpint (capture.language, ==, KWA_LANGUAGE_KO);
  g_assert_false (capture.playing);
  g_assert_cmpuint (kwa_map_view_get_layers (kwa_test_kiosk_map_view (fixture)), ==, home_layers);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (stack)), ==, "event");

  /* And the story plays again from its first stop. */
  g_assert_true (capture.first_stop_date == kwa_test_kiosk_main_tour (fixture)->stops[0].date);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (kwa_kiosk_get_caption_revealer (fixture->kiosk))));
  g_assert_true (kwa_test_kiosk_wait_until (fixture, kwa_test_kiosk_stop_is_not, GUINT_TO_POINTER (0), 5000));
  g_assert_true (kwa_test_kiosk_wait_until (fixture, kwa_test_kiosk_landed, NULL, 3000));

  /* The mouse pointer went away after three still seconds (well past by
   * now), and comes back when it moves. */
  g_assert_cmpfloat ((g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC, >, KWA_KIOSK_POINTER_HIDE_DELAY);
  cursor = gtk_widget_get_cursor (GTK_WIDGET (fixture->window));
  g_assert_nonnull (cursor);
  g_assert_cmpstr (gdk_cursor_get_name (cursor), ==, "none");
  g_signal_emit_by_name (kwa_test_kiosk_find_controller (GTK_WIDGET (fixture->window), "kwa-kiosk-motion"),
                         "motion", 10.0, 10.0);
  g_assert_null (gtk_widget_get_cursor (GTK_WIDGET (fixture->window)));
  g_assert_true (kwa_kiosk_is_attracting (fixture->kiosk));
}

/* Each touch pushes the idle deadline back: a visitor touching every
 * 0.7 × timeout for three timeouts never sees "Still there?", and sees it
 * one timeout after the last touch, not before and not much later. */
static void
test_touches_push_back_idle (Fixture       *fixture,
                             gconstpointer  data)
{
  gint64 start, last_touch;
  double since_last;

  kwa_test_kiosk_touch_map (fixture);
  start = g_get_monotonic_time ();
  while (g_get_monotonic_time () - start < 3 * IDLE_TIMEOUT * G_USEC_PER_SEC)
    {
      kwa_test_kiosk_wait_ms ((guint) (0.7 * IDLE_TIMEOUT * 1000));
      g_assert_cmpint (kwa_kiosk_get_state (fixture->kiosk), ==, KWA_KIOSK_STATE_INTERACTIVE);
      kwa_test_kiosk_touch_map (fixture);
    }
  last_touch = g_get_monotonic_time ();

  g_assert_true (kwa_test_kiosk_wait_until (fixture, state_is, GINT_TO_POINTER (KWA_KIOSK_STATE_COUNTDOWN), 5000));
  since_last = (g_get_monotonic_time () - last_touch) / (double) G_USEC_PER_SEC;
  g_assert_cmpfloat (since_last, >, IDLE_TIMEOUT - 0.2);
  g_assert_cmpfloat (since_last, <, IDLE_TIMEOUT + 1.0);
}

/* A new idle timeout (an administrator's gsettings change, or
 * --idle-timeout) is the one the running kiosk waits for. */
static void
test_idle_timeout_follows_a_change (Fixture       *fixture,
                                    gconstpointer  data)
{
  gint64 touched;
  double elapsed;

  kwa_kiosk_set_idle_timeout (fixture->kiosk, IDLE_TIMEOUT + 1);
  g_assert_cmpuint (kwa_kiosk_get_idle_timeout (fixture->kiosk), ==, IDLE_TIMEOUT + 1);
  kwa_test_kiosk_touch_map (fixture);
  touched = g_get_monotonic_time ();
  g_assert_true (kwa_test_kiosk_wait_until (fixture, state_is, GINT_TO_POINTER (KWA_KIOSK_STATE_COUNTDOWN), 6000));
  elapsed = (g_get_monotonic_time () - touched) / (double) G_USEC_PER_SEC;
  g_assert_cmpfloat (elapsed, >, IDLE_TIMEOUT + 1 - 0.2);
  g_assert_cmpfloat (elapsed, <, IDLE_TIMEOUT + 2.0);
}

/* A language given on the command line (--lang, kwa_kiosk_set_home_language())
 * is the one the kiosk speaks from the start and returns to, over the
 * kiosk-language setting (Korean by default), and a later change to the
 * setting does not take it away. */
static void
test_command_line_language_wins (Fixture       *fixture,
                                 gconstpointer  data)
{
  KwaSession *session = kwa_application_get_session (fixture->app);
  g_autoptr(GSettings) settings = kwa_settings_new ();
  ResetCapture capture = { .fixture = fixture, .first_stop_date = KWA_DATE_NONE };

  g_assert_cmpint (kwa_kiosk_get_home_language (fixture->kiosk), ==, KWA_LANGUAGE_KO);
  kwa_kiosk_set_home_language (fixture->kiosk, "en");
  g_assert_cmpint (kwa_session_get_language (session), ==, KWA_LANGUAGE_EN);
  g_settings_set_string (settings, "kiosk-language", "ja");
  g_assert_cmpint (kwa_kiosk_get_home_language (fixture->kiosk), ==, KWA_LANGUAGE_EN);

  /* A visitor reads Chinese, then leaves: the kiosk speaks English again.
   * The reset is the one the idle timeout ends in (/kiosk/idle-reset
   * waits it out); here it is asked for at once. */
  kwa_test_kiosk_touch_map (fixture);
  kwa_session_set_language (session, KWA_LANGUAGE_ZH);
  g_signal_connect (fixture->kiosk, "notify::state", G_CALLBACK (state_changed_cb), &capture);
  kwa_kiosk_start_attract (fixture->kiosk, TRUE);
  g_signal_handlers_disconnect_by_func (fixture->kiosk, state_changed_cb, &capture);
  g_assert_true (capture.captured);
  g_assert_cmpint (capture.language, ==, KWA_LANGUAGE_EN);

  g_settings_reset (settings, "kiosk-language");
}

/* A visitor watching the war play out is not idle. */
static void
test_playing_is_not_idle (Fixture       *fixture,
                          gconstpointer  data)
{
  KwaTimeline *timeline = kwa_session_get_timeline (kwa_application_get_session (fixture->app));

  kwa_test_kiosk_touch_map (fixture);
  kwa_timeline_set_date (timeline, kwa_exhibit_get_time_range (kwa_timeline_get_exhibit (timeline)).start);
  kwa_timeline_set_speed (timeline, KWA_TIMELINE_MIN_SPEED);
  kwa_timeline_set_playing (timeline, TRUE);

  kwa_test_kiosk_wait_ms ((IDLE_TIMEOUT + 1) * 1000);
  g_assert_true (kwa_timeline_get_playing (timeline));
  g_assert_cmpint (kwa_kiosk_get_state (fixture->kiosk), ==, KWA_KIOSK_STATE_INTERACTIVE);

  kwa_timeline_set_playing (timeline, FALSE);
  g_assert_true (kwa_test_kiosk_wait_until (fixture, state_is, GINT_TO_POINTER (KWA_KIOSK_STATE_COUNTDOWN), 5000));
}

int
main (int   argc,
      char *argv[])
{
  kwa_test_kiosk_init (&argc, &argv);

  kwa_test_kiosk_add ("idle-reset", test_idle_reset);
  kwa_test_kiosk_add ("playing-is-not-idle", test_playing_is_not_idle);
  kwa_test_kiosk_add ("touches-push-back-idle", test_touches_push_back_idle);
  kwa_test_kiosk_add ("idle-timeout-follows-a-change", test_idle_timeout_follows_a_change);
  kwa_test_kiosk_add ("command-line-language-wins", test_command_line_language_wins);

  return g_test_run ();
}
