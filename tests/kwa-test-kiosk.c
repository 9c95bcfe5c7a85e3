/* kwa-test-kiosk.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "kwa-session.h"
#include "kwa-settings.h"
#include "kwa-timeline.h"
#include "kwa-map-document.h"
#include "kwa-test-kiosk.h"
#include "kwa-test-utils.h"

/* Both kiosk test programs run the same process, whichever tests it
 * holds. */
void
kwa_test_kiosk_init (int    *argc,
                     char ***argv)
{
#ifdef __GLIBC__
  /* For the soak: large buffers (rasters, frames) go straight back to the
   * system when freed, and the map's worker threads share one heap, so
   * resident memory follows what is alive, not the allocator's history. */
  mallopt (M_MMAP_THRESHOLD, 64 * 1024);
  mallopt (M_ARENA_MAX, 1);
#endif
  gtk_test_init (argc, argv, NULL);
  adw_init ();
}

/* The kiosk is attached before the window is first shown, as the
 * application does: the window then opens fullscreen straight away, with
 * no window manager needed to grant it. @data: the path of an exhibit to
 * show instead of the bundled one. */
void
kwa_test_kiosk_set_up (Fixture       *fixture,
                       gconstpointer  data)
{
  static guint serial;
  g_autofree char *id = g_strdup_printf ("org.koreanwaratlas.Atlas.TestKiosk%u", serial++);

  g_autoptr(GSettings) settings = kwa_settings_new ();
  g_autoptr(GFile) exhibit = data != NULL ? g_file_new_for_path (data) : NULL;

  /* The loop's tests pace the bundled tour's stops by their durations;
   * an exhibit of a test's own (test-kiosk-voice) is read aloud. */
  g_assert_nonnull (settings);
  g_settings_set_boolean (settings, "kiosk-narration", exhibit != NULL);
  fixture->app = kwa_application_new (id, G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (fixture->app), NULL, NULL));
  g_assert_true (kwa_session_load (kwa_application_get_session (fixture->app), exhibit));

  fixture->window = kwa_window_new (fixture->app);
  g_object_ref (fixture->window);

  fixture->kiosk = kwa_kiosk_new (kwa_application_get_session (fixture->app), KWA_KIOSK_HOST (fixture->window), IDLE_TIMEOUT);
  kwa_kiosk_set_time_scale (fixture->kiosk, TIME_SCALE);
  kwa_kiosk_set_countdown_seconds (fixture->kiosk, 1);

  gtk_window_present (GTK_WINDOW (fixture->window));
  kwa_test_wait_frames (GTK_WIDGET (fixture->window), 3);
}

/* The window goes first, as when the application quits: the kiosk lets
 * go of it, and both are freed. */
void
kwa_test_kiosk_tear_down (Fixture       *fixture,
                          gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->window);

  if (fixture->kiosk != NULL)
    {
      g_assert_null (kwa_kiosk_get_window (fixture->kiosk));
      g_assert_finalize_object (fixture->kiosk);
    }
  g_clear_object (&fixture->app);
}

/* Adds the test /kiosk/@name, each run with a kiosk of its own. */
void
kwa_test_kiosk_add (const char       *name,
                    KwaTestKioskFunc  test)
{
  g_autofree char *path = g_strconcat ("/kiosk/", name, NULL);

  g_test_add (path, Fixture, NULL, kwa_test_kiosk_set_up, test, kwa_test_kiosk_tear_down);
}

static gboolean
timeout_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

void
kwa_test_kiosk_wait_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Runs the main loop until @condition holds; FALSE after @timeout_ms. */
gboolean
kwa_test_kiosk_wait_until (Fixture               *fixture,
                           KwaTestKioskCondition  condition,
                           gpointer               data,
                           guint                  timeout_ms)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (timeout_ms, timeout_cb, &timed_out);

  while (!condition (fixture, data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (id);
  return condition (fixture, data);
}

/* A condition: the loop has moved on from the stop whose index is @data. */
gboolean
kwa_test_kiosk_stop_is_not (Fixture  *fixture,
                            gpointer  data)
{
  return kwa_kiosk_get_stop_index (fixture->kiosk) != GPOINTER_TO_UINT (data);
}

/* A condition: the date has swept on to the day of the stop the loop
 * shows, and its event is chosen. */
gboolean
kwa_test_kiosk_landed (Fixture  *fixture,
                       gpointer  data)
{
  const KwaTour *tour = kwa_test_kiosk_main_tour (fixture);
  const KwaTourStop *stop = &tour->stops[kwa_kiosk_get_stop_index (fixture->kiosk)];
  KwaTimeline *timeline = kwa_session_get_timeline (kwa_application_get_session (fixture->app));

  return kwa_test_kiosk_today (fixture) == stop->date && kwa_timeline_get_selected_event (timeline) == stop->event;
}

GtkEventController *
kwa_test_kiosk_find_controller (GtkWidget  *widget,
                                const char *name)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), name) == 0)
        return controller;  /* the window keeps it alive */
    }

  g_assert_not_reached ();
  return NULL;
}

void
kwa_test_kiosk_touch (Fixture *fixture,
                      double   x,
                      double   y)
{
  GtkEventController *gesture = kwa_test_kiosk_find_controller (GTK_WIDGET (fixture->window), "kwa-kiosk-touch");

  g_assert_cmpint (gtk_event_controller_get_propagation_phase (gesture), ==, GTK_PHASE_CAPTURE);
  g_assert_cmpuint (gtk_gesture_single_get_button (GTK_GESTURE_SINGLE (gesture)), ==, 0);
  g_signal_emit_by_name (gesture, "pressed", 1, x, y);
}

/* A touch in the middle of the map. */
void
kwa_test_kiosk_touch_map (Fixture *fixture)
{
  kwa_test_kiosk_touch (fixture, gtk_widget_get_width (GTK_WIDGET (fixture->window)) / 2.0,
                        gtk_widget_get_height (GTK_WIDGET (fixture->window)) / 3.0);
}

/* The day the timeline shows. */
KwaDate
kwa_test_kiosk_today (Fixture *fixture)
{
  return kwa_timeline_get_date (kwa_session_get_timeline (kwa_application_get_session (fixture->app)));
}

const KwaTour *
kwa_test_kiosk_tour (Fixture    *fixture,
                     const char *id)
{
  KwaExhibit *exhibit = kwa_map_document_get_exhibit (kwa_session_get_document (kwa_application_get_session (fixture->app)));
  const KwaTour *tour = kwa_exhibit_find_tour (exhibit, id);

  g_assert_nonnull (tour);
  g_assert_cmpuint (tour->n_stops, >, 2);
  return tour;
}

const KwaTour *
kwa_test_kiosk_main_tour (Fixture *fixture)
{
  return kwa_test_kiosk_tour (fixture, "main");
}

KwaMapView *
kwa_test_kiosk_map_view (Fixture *fixture)
{
  return kwa_window_get_map_view (fixture->window);
}
