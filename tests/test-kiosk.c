/* test-kiosk.c: the unattended exhibit plays by itself, hands over at a
 * touch, cannot be closed, and runs for months without growing. Starting
 * over when the visitor leaves is test-kiosk-idle.c's.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <unistd.h>

#include "kwa-application.h"
#include "kwa-session.h"
#include "kwa-timeline.h"
#include "kwa-kiosk.h"
#include "kwa-window.h"
#include "kwa-test-kiosk.h"
#include "kwa-test-utils.h"
#include "kwa-map-view-private.h"

/* ---- helpers ---------------------------------------------------------- */

static gboolean
press_key (Fixture         *fixture,
           guint            keyval,
           GdkModifierType  state)
{
  GtkEventController *keys = kwa_test_kiosk_find_controller (GTK_WIDGET (fixture->window), "kwa-kiosk-keys");
  gboolean handled = FALSE;

  g_assert_cmpint (gtk_event_controller_get_propagation_phase (keys), ==, GTK_PHASE_CAPTURE);
  g_signal_emit_by_name (keys, "key-pressed", keyval, 0, state, &handled);
  return handled;
}

/* The caption's narration, as its labels hold it. */
static GtkLabel *
narration_label (KwaKioskCaption *caption)
{
  /* The card of the stop's words comes just before the map key. */
  GtkWidget *card = gtk_widget_get_prev_sibling (GTK_WIDGET (kwa_kiosk_caption_get_map_key (caption)));

  return GTK_LABEL (gtk_widget_get_last_child (card));
}

static gboolean
narration_shown (Fixture  *fixture,
                 gpointer  data)
{
  GtkLabel *label = narration_label (kwa_kiosk_get_caption (fixture->kiosk));

  return g_strcmp0 (gtk_label_get_text (label), data) == 0;
}

/* Every line but the last ends with the space between two words. */
static void
assert_lines_end_between_words (GtkLabel *label)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  const char *text = pango_layout_get_text (layout);
  GSList *lines = pango_layout_get_lines_readonly (layout);

  g_assert_cmpuint (g_slist_length (lines), >, 1);
  for (GSList *l = lines; l != NULL && l->next != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;
      const char *end = text + line->start_index + line->length;

      g_assert_true (g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (end))));
    }
}

/* ---- tests ------------------------------------------------------------ */

static void
test_attract_loop (Fixture       *fixture,
                   gconstpointer  data)
{
  const KwaTour *tour = kwa_test_kiosk_main_tour (fixture);
  KwaKioskCaption *caption = kwa_kiosk_get_caption (fixture->kiosk);
  KwaKioskLanguageSwitch *language_switch = kwa_kiosk_get_language_switch (fixture->kiosk);
  const KwaTourStop *stop;
  guint first;

  g_assert_true (gtk_window_is_fullscreen (GTK_WINDOW (fixture->window)));
  g_assert_true (kwa_window_get_kiosk_mode (fixture->window));
  g_assert_true (kwa_kiosk_is_attracting (fixture->kiosk));

  /* The first stop, held long enough to look at it. */
  kwa_kiosk_set_time_scale (fixture->kiosk, 1.0);
  kwa_kiosk_restart (fixture->kiosk);
  g_assert_cmpuint (kwa_kiosk_get_stop_index (fixture->kiosk), ==, 0);
  g_assert_cmpint (kwa_kiosk_get_state (fixture->kiosk), ==, KWA_KIOSK_STATE_ATTRACT);

  /* The first stop, in the kiosk's language (Korean by default). */
  g_assert_cmpint (kwa_session_get_language (kwa_application_get_session (fixture->app)), ==, KWA_LANGUAGE_KO);
  stop = &tour->stops[kwa_kiosk_get_stop_index (fixture->kiosk)];
  g_assert_true (kwa_timeline_get_date (kwa_session_get_timeline (kwa_application_get_session (fixture->app))) == stop->date);
  g_assert_true (kwa_timeline_get_selected_event (kwa_session_get_timeline (kwa_application_get_session (fixture->app))) == stop->event);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (kwa_kiosk_get_caption_revealer (fixture->kiosk))));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (caption)));
  g_assert_cmpstr (kwa_kiosk_caption_get_title (caption), ==, kwa_text_get (&stop->event->title, KWA_LANGUAGE_KO));
  g_assert_cmpstr (kwa_kiosk_caption_get_narration (caption), ==, kwa_text_get (&stop->narration, KWA_LANGUAGE_KO));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (kwa_kiosk_caption_get_invitation (caption))), ==,
                   "Touch to explore\n터치하여 살펴보기\nタッチして見る\n触摸开始探索");

  /* Korean breaks between words, not inside one. */
  g_assert_true (kwa_test_kiosk_wait_until (fixture, narration_shown, (gpointer) kwa_text_get (&stop->narration, KWA_LANGUAGE_KO), 3000));
  kwa_test_wait_frames (GTK_WIDGET (fixture->window), 2);
  assert_lines_end_between_words (narration_label (caption));

  /* The caption sits in the bottom third of the map. */
  {
    GtkWidget *overlay = GTK_WIDGET (kwa_window_get_map_overlay (fixture->window));
    double x, y;

    g_assert_true (gtk_widget_translate_coordinates (GTK_WIDGET (caption), overlay, 0,
                                                     gtk_widget_get_height (GTK_WIDGET (caption)), &x, &y));
    g_assert_cmpfloat (y, >, gtk_widget_get_height (overlay) * 2.0 / 3.0);
  }

  /* What the kiosk lays over the map is glass between its widgets: a
   * touch there lands on the map. */
  {
    GtkWidget *map = GTK_WIDGET (kwa_test_kiosk_map_view (fixture));
    GtkWidget *picked;
    double x, y;

    g_assert_true (gtk_widget_translate_coordinates (map, GTK_WIDGET (fixture->window), gtk_widget_get_width (map) / 2.0,
                                                     gtk_widget_get_height (map) / 3.0, &x, &y));
    picked = gtk_widget_pick (GTK_WIDGET (fixture->window), x, y, GTK_PICK_DEFAULT);
    g_assert_nonnull (picked);
    g_assert_true (picked == map || gtk_widget_is_ancestor (picked, map));
  }

  /* Large enough for a finger. */
  g_assert_nonnull (language_switch);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (language_switch)));
  g_assert_cmpint (gtk_widget_get_height (kwa_kiosk_language_switch_get_button (language_switch, KWA_LANGUAGE_EN)), >=, 48);
  g_assert_cmpint (gtk_widget_get_height (kwa_kiosk_language_switch_get_button (language_switch, KWA_LANGUAGE_KO)), >=, 48);

  /* The story moves on by itself, stop after stop. */
  kwa_kiosk_set_time_scale (fixture->kiosk, TIME_SCALE);
  first = kwa_kiosk_get_stop_index (fixture->kiosk);
  g_assert_true (kwa_test_kiosk_wait_until (fixture, kwa_test_kiosk_stop_is_not, GUINT_TO_POINTER (first), 5000));
  g_assert_cmpuint (kwa_kiosk_get_stop_index (fixture->kiosk), ==, (first + 1) % tour->n_stops);
  stop = &tour->stops[kwa_kiosk_get_stop_index (fixture->kiosk)];
  /* The date runs there through the days between, and lands on the stop's. */
  g_assert_true (kwa_test_kiosk_wait_until (fixture, kwa_test_kiosk_landed, NULL, 3000));
  g_assert_cmpstr (kwa_kiosk_caption_get_title (caption), ==, kwa_text_get (&stop->event->title, KWA_LANGUAGE_KO));
  g_assert_true (kwa_kiosk_is_attracting (fixture->kiosk));
}

static const KwaEvent *
selected_event (Fixture *fixture)
{
  return kwa_timeline_get_selected_event (kwa_session_get_timeline (kwa_application_get_session (fixture->app)));
}

/* The attract loop tells the war, then the people's story (kiosk-tours:
 * "main", then "people"), then the war again: one round is both. */
static void
test_loop_plays_every_tour (Fixture       *fixture,
                            gconstpointer  data)
{
  const KwaTour *main_tour = kwa_test_kiosk_main_tour (fixture);
  const KwaTour *people = kwa_test_kiosk_tour (fixture, "people");
  guint loops;

  g_assert_cmpuint (kwa_kiosk_get_loop_length (fixture->kiosk), ==, main_tour->n_stops + people->n_stops);

  kwa_kiosk_set_time_scale (fixture->kiosk, 1.0);
  kwa_kiosk_restart (fixture->kiosk);
  loops = kwa_kiosk_get_loop_count (fixture->kiosk);
  g_assert_true (selected_event (fixture) == main_tour->stops[0].event);

  kwa_kiosk_run_soak (fixture->kiosk, main_tour->n_stops - 1);
  g_assert_true (selected_event (fixture) == main_tour->stops[main_tour->n_stops - 1].event);
  kwa_kiosk_run_soak (fixture->kiosk, 1);
  g_assert_cmpuint (kwa_kiosk_get_stop_index (fixture->kiosk), ==, 0);
  g_assert_true (selected_event (fixture) == people->stops[0].event);
  g_assert_cmpstr (kwa_kiosk_caption_get_narration (kwa_kiosk_get_caption (fixture->kiosk)), ==, kwa_text_get (&people->stops[0].narration, KWA_LANGUAGE_KO));
  g_assert_cmpuint (kwa_kiosk_get_loop_count (fixture->kiosk), ==, loops);

  kwa_kiosk_run_soak (fixture->kiosk, people->n_stops);
  g_assert_true (selected_event (fixture) == main_tour->stops[0].event);
  g_assert_cmpuint (kwa_kiosk_get_loop_count (fixture->kiosk), ==, loops + 1);

  /* A visitor who leaves mid-way through the people's story: the next
   * one finds the war's first stop. */
  kwa_kiosk_run_soak (fixture->kiosk, main_tour->n_stops + 2);
  kwa_kiosk_restart (fixture->kiosk);
  g_assert_true (selected_event (fixture) == main_tour->stops[0].event);
}

/* A visitor who taps "English" wants to read the story in English, not
 * stop it. */
static void
test_language_switch (Fixture       *fixture,
                      gconstpointer  data)
{
  KwaKioskLanguageSwitch *language_switch = kwa_kiosk_get_language_switch (fixture->kiosk);
  GtkWidget *english = kwa_kiosk_language_switch_get_button (language_switch, KWA_LANGUAGE_EN);
  KwaKioskCaption *caption = kwa_kiosk_get_caption (fixture->kiosk);
  const KwaTour *tour = kwa_test_kiosk_main_tour (fixture);
  double x, y;

  g_assert_true (gtk_widget_translate_coordinates (english, GTK_WIDGET (fixture->window),
                                                   gtk_widget_get_width (english) / 2.0,
                                                   gtk_widget_get_height (english) / 2.0, &x, &y));
  kwa_test_kiosk_touch (fixture, x, y);
  g_signal_emit_by_name (english, "clicked");

  g_assert_cmpint (kwa_session_get_language (kwa_application_get_session (fixture->app)), ==, KWA_LANGUAGE_EN);
  g_assert_true (kwa_kiosk_is_attracting (fixture->kiosk));
  g_assert_cmpstr (kwa_kiosk_caption_get_narration (caption), ==,
                   kwa_text_get (&tour->stops[kwa_kiosk_get_stop_index (fixture->kiosk)].narration, KWA_LANGUAGE_EN));

  /* And the switch follows the language however it changes. */
  kwa_session_set_language (kwa_application_get_session (fixture->app), KWA_LANGUAGE_KO);
  g_assert_cmpint (kwa_kiosk_language_switch_get_language (language_switch), ==, KWA_LANGUAGE_KO);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (
    kwa_kiosk_language_switch_get_button (language_switch, KWA_LANGUAGE_KO))));
}

static void
test_lockdown (Fixture       *fixture,
               gconstpointer  data)
{
  static const struct { guint keyval; GdkModifierType state; } quit_keys[] = {
    { GDK_KEY_q, GDK_CONTROL_MASK },
    { GDK_KEY_w, GDK_CONTROL_MASK },
    { GDK_KEY_F4, GDK_ALT_MASK },
    { GDK_KEY_Escape, 0 },
    { GDK_KEY_F11, 0 },
    { GDK_KEY_question, GDK_CONTROL_MASK | GDK_SHIFT_MASK },
    { GDK_KEY_I, GDK_CONTROL_MASK | GDK_SHIFT_MASK },
  };
  GtkApplication *app = GTK_APPLICATION (fixture->app);
  GAction *about = g_action_map_lookup_action (G_ACTION_MAP (app), "about");
  GAction *presenter = g_action_map_lookup_action (G_ACTION_MAP (app), "presenter");
  GAction *export = g_action_map_lookup_action (G_ACTION_MAP (fixture->window), "export");
  KwaWindow *window = fixture->window;
  g_auto(GStrv) accels = NULL;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);

  for (guint i = 0; i < G_N_ELEMENTS (quit_keys); i++)
    {
      g_assert_true (press_key (fixture, quit_keys[i].keyval, quit_keys[i].state));
      kwa_test_wait_frames (GTK_WIDGET (fixture->window), 1);
      g_assert_nonnull (window);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
    }

  /* The window manager's close button, or anything else asking. */
  gtk_window_close (GTK_WINDOW (fixture->window));
  kwa_test_wait_frames (GTK_WIDGET (fixture->window), 2);
  g_assert_nonnull (window);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_true (gtk_window_is_fullscreen (GTK_WINDOW (window)));

  /* No accelerator reaches quit, close or the shortcuts window, and the
   * about window (with its web links) is off. */
  accels = gtk_application_get_accels_for_action (app, "app.quit");
  g_assert_cmpuint (g_strv_length (accels), ==, 0);
  g_clear_pointer (&accels, g_strfreev);
  accels = gtk_application_get_accels_for_action (app, "window.close");
  g_assert_cmpuint (g_strv_length (accels), ==, 0);
  g_clear_pointer (&accels, g_strfreev);
  accels = gtk_application_get_accels_for_action (app, "win.show-help-overlay");
  g_assert_cmpuint (g_strv_length (accels), ==, 0);
  g_clear_pointer (&accels, g_strfreev);
  g_assert_false (g_action_get_enabled (about));

  /* Nor another window, nor a file dialog. */
  g_assert_nonnull (presenter);
  g_assert_false (g_action_get_enabled (presenter));
  g_assert_nonnull (export);
  g_assert_false (g_action_get_enabled (export));

  /* Other keys go on to do what they do. */
  g_assert_false (press_key (fixture, GDK_KEY_Right, 0));

  /* The kiosk ending while the window stays gives the window back. */
  g_assert_finalize_object (g_steal_pointer (&fixture->kiosk));
  g_assert_false (kwa_window_get_kiosk_mode (fixture->window));
  accels = gtk_application_get_accels_for_action (app, "app.quit");
  g_assert_cmpuint (g_strv_length (accels), ==, 1);
  g_assert_cmpstr (accels[0], ==, "<Control>q");
  g_assert_true (g_action_get_enabled (about));
  g_assert_true (g_action_get_enabled (presenter));
  g_assert_true (g_action_get_enabled (export));

  g_object_remove_weak_pointer (G_OBJECT (window), (gpointer *) &window);
}

static void
admin_exit_cb (KwaKiosk *kiosk,
               guint    *n_exits)
{
  (*n_exits)++;
}

static void
test_admin_exit (Fixture       *fixture,
                 gconstpointer  data)
{
  guint n_exits = 0;

  g_signal_connect (fixture->kiosk, "admin-exit", G_CALLBACK (admin_exit_cb), &n_exits);

  /* Almost the chord is nothing. */
  press_key (fixture, GDK_KEY_q, GDK_CONTROL_MASK | GDK_ALT_MASK);
  press_key (fixture, GDK_KEY_Q, GDK_CONTROL_MASK | GDK_SHIFT_MASK);
  g_assert_cmpuint (n_exits, ==, 0);

  /* With Shift held, the key comes as a capital. */
  g_assert_true (press_key (fixture, GDK_KEY_Q, GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK));
  g_assert_cmpuint (n_exits, ==, 1);
}

static void
test_takeover (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *revealer = kwa_kiosk_get_caption_revealer (fixture->kiosk);
  KwaDate date;

  g_assert_true (kwa_kiosk_is_attracting (fixture->kiosk));

  kwa_test_kiosk_touch_map (fixture);

  g_assert_false (kwa_kiosk_is_attracting (fixture->kiosk));
  g_assert_cmpint (kwa_kiosk_get_state (fixture->kiosk), ==, KWA_KIOSK_STATE_INTERACTIVE);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));

  /* The loop holds still: three stops' time later, the day is the same. */
  date = kwa_test_kiosk_today (fixture);
  kwa_test_kiosk_wait_ms (1500);
  g_assert_true (kwa_test_kiosk_today (fixture) == date);
  g_assert_cmpint (kwa_kiosk_get_state (fixture->kiosk), ==, KWA_KIOSK_STATE_INTERACTIVE);
  g_assert_false (gtk_widget_get_child_visible (gtk_revealer_get_child (GTK_REVEALER (revealer))));
}

/* Resident memory the process itself allocated: what a leak grows.
 * Pages mapped from files (libraries, the fonts' glyphs) are shared with
 * the page cache and left out. */
static gsize
private_resident_bytes (void)
{
  g_autofree char *contents = NULL;
  unsigned long size, resident, shared;

  g_assert_true (g_file_get_contents ("/proc/self/statm", &contents, NULL, NULL));
  g_assert_cmpint (sscanf (contents, "%lu %lu %lu", &size, &resident, &shared), ==, 3);
  return (gsize) (resident - shared) * (gsize) sysconf (_SC_PAGESIZE);
}

static gboolean
basemap_ready (Fixture  *fixture,
               gpointer  data)
{
  return kwa_map_view_is_basemap_ready (kwa_test_kiosk_map_view (fixture));
}

/* What the process holds with the screen settled: the map's rasters made
 * and drawn, and memory the allocator keeps for reuse given back, so the
 * number counts what is alive rather than where malloc happens to be. */
static gsize
settled_private_bytes (Fixture *fixture)
{
  g_assert_true (kwa_test_kiosk_wait_until (fixture, basemap_ready, NULL, 10000));
  /* The renderer's label and sprite caches are bounded, emptied when
   * full: how full they are at a given moment is not a leak, so they
   * hold only this frame's when memory is measured. */
  kwa_map_view_drop_caches (kwa_kiosk_host_get_map_view (KWA_KIOSK_HOST (fixture->window)));
  kwa_test_wait_frames (GTK_WIDGET (fixture->window), 3);
#ifdef __GLIBC__
  malloc_trim (0);
#endif
  return private_resident_bytes ();
}

/* The map keeps the raster of the last view it zoomed into, whose size
 * depends on which stop that was. A round of the tour settled at its last
 * stop, then at its first, leaves the same rasters behind every time. */
static gsize
private_bytes_after_round (Fixture *fixture,
                           guint    n_stops)
{
  g_assert_cmpuint (kwa_kiosk_get_stop_index (fixture->kiosk), ==, 0);

  kwa_kiosk_run_soak (fixture->kiosk, n_stops - 1);
  settled_private_bytes (fixture);
  kwa_kiosk_run_soak (fixture->kiosk, 1);
  return settled_private_bytes (fixture);
}

/* Months of looping: 10,000 stops are 527 rounds of the main tour.
 *
 * Memory is compared between two equal stretches of looping: after the
 * 500-stop warm-up, GTK's and Pango's caches still settle for a while and
 * to a size that depends on how long the loop ran without pause (by up
 * to ~4 MB, given back later), so the warm-up also runs one stretch the
 * size of the measured one. Every count is whole rounds of the tour, so
 * memory is always measured on the same screen. */
/* Built with AddressSanitizer (test.sh's build-asan): GCC says so with a
 * macro, clang with __has_feature. */
#if defined(__SANITIZE_ADDRESS__)
# define KWA_TEST_SANITIZED 1
#elif defined(__has_feature)
# if __has_feature (address_sanitizer)
#  define KWA_TEST_SANITIZED 1
# endif
#endif

static void
test_soak (Fixture       *fixture,
           gconstpointer  data)
{
  /* Whole rounds of the loop, every tour it plays. */
  guint round = kwa_kiosk_get_loop_length (fixture->kiosk);
  guint warm_up = (500 + round - 1) / round * round;
  guint n_steps = (10000 + round - 1) / round * round;
  gsize before, after;
  gint64 start;

#ifdef KWA_TEST_SANITIZED
  /* The sanitizer keeps freed memory in quarantine, so resident memory says
   * nothing there. A shorter loop instead, for its own checks: any use
   * after free aborts at once, and LeakSanitizer reports at exit whatever
   * the loop left behind. */
  kwa_kiosk_set_time_scale (fixture->kiosk, 1.0);
  kwa_kiosk_restart (fixture->kiosk);
  kwa_kiosk_run_soak (fixture->kiosk, warm_up);
  g_assert_cmpuint (kwa_kiosk_get_stop_index (fixture->kiosk), ==, 0);
  g_assert_cmpuint (kwa_kiosk_get_loop_count (fixture->kiosk), >=, warm_up / round);
  g_test_message ("%u stops under AddressSanitizer; memory growth is measured without it", warm_up);
  return;
#endif

  /* Whole seconds a stop: the loop does not move on by itself while the
   * map settles for a measurement. */
  kwa_kiosk_set_time_scale (fixture->kiosk, 1.0);
  kwa_kiosk_restart (fixture->kiosk);

  kwa_kiosk_run_soak (fixture->kiosk, warm_up);
  kwa_kiosk_run_soak (fixture->kiosk, n_steps);
  before = private_bytes_after_round (fixture, round);

  start = g_get_monotonic_time ();
  kwa_kiosk_run_soak (fixture->kiosk, n_steps);
  g_test_message ("%u stops in %.1f s", n_steps, (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
  after = private_bytes_after_round (fixture, round);

  g_test_message ("private resident memory: %.2f MB before, %.2f MB after", before / 1048576.0, after / 1048576.0);
  g_assert_cmpuint (kwa_kiosk_get_stop_index (fixture->kiosk), ==, 0);
  g_assert_cmpuint (kwa_kiosk_get_loop_count (fixture->kiosk), ==, (warm_up + 2 * n_steps) / round + 2);
  g_assert_true (kwa_kiosk_is_attracting (fixture->kiosk));
  g_assert_cmpint ((gssize) after - (gssize) before, <, 5 * 1024 * 1024);
}

/* With reduced motion the invitation keeps still and the map moves
 * without gliding. */
static void
test_reduced_motion (void)
{
  GtkSettings *settings = gtk_settings_get_default ();
  Fixture fixture_data = { NULL, }, *fixture = &fixture_data;
  KwaKioskCaption *caption;
  GtkWidget *invitation;
  const KwaTour *tour;
  const KwaTourStop *stop;
  gboolean was_enabled;
  double lowest = 1, highest = 0;

  g_object_get (settings, "gtk-enable-animations", &was_enabled, NULL);
  g_object_set (settings, "gtk-enable-animations", FALSE, NULL);

  kwa_test_kiosk_set_up (fixture, NULL);
  tour = kwa_test_kiosk_main_tour (fixture);
  caption = kwa_kiosk_get_caption (fixture->kiosk);
  invitation = kwa_kiosk_caption_get_invitation (caption);

  g_assert_false (kwa_kiosk_caption_get_pulsing (caption));
  for (guint i = 0; i < 10; i++)
    {
      kwa_test_wait_frames (GTK_WIDGET (fixture->window), 1);
      g_assert_cmpfloat (gtk_widget_get_opacity (invitation), ==, 1.0);
    }

  /* The map is already where the stop looks. */
  g_assert_true (kwa_test_kiosk_wait_until (fixture, kwa_test_kiosk_stop_is_not,
                                            GUINT_TO_POINTER (kwa_kiosk_get_stop_index (fixture->kiosk)), 5000));
  stop = &tour->stops[kwa_kiosk_get_stop_index (fixture->kiosk)];
  g_assert_cmpint (stop->view.kind, ==, KWA_TOUR_VIEW_CENTER);
  g_assert_cmpfloat_with_epsilon (kwa_map_view_get_zoom (kwa_test_kiosk_map_view (fixture)), stop->view.zoom, 1e-6);

  /* Asking for motion again brings the breathing back. */
  g_object_set (settings, "gtk-enable-animations", TRUE, NULL);
  g_assert_true (kwa_kiosk_caption_get_pulsing (caption));
  for (guint i = 0; i < 40; i++)
    {
      kwa_test_wait_frames (GTK_WIDGET (fixture->window), 1);
      lowest = MIN (lowest, gtk_widget_get_opacity (invitation));
      highest = MAX (highest, gtk_widget_get_opacity (invitation));
    }
  g_assert_cmpfloat (highest - lowest, >, 0.05);

  g_object_set (settings, "gtk-enable-animations", FALSE, NULL);
  g_assert_false (kwa_kiosk_caption_get_pulsing (caption));
  g_assert_cmpfloat (gtk_widget_get_opacity (invitation), ==, 1.0);

  kwa_test_kiosk_tear_down (fixture, NULL);
  g_object_set (settings, "gtk-enable-animations", was_enabled, NULL);
}

int
main (int   argc,
      char *argv[])
{
  kwa_test_kiosk_init (&argc, &argv);

  kwa_test_kiosk_add ("attract-loop", test_attract_loop);
  kwa_test_kiosk_add ("loop-plays-every-tour", test_loop_plays_every_tour);

  kwa_test_kiosk_add ("language-switch", test_language_switch);
  kwa_test_kiosk_add ("lockdown", test_lockdown);
  kwa_test_kiosk_add ("admin-exit", test_admin_exit);
  kwa_test_kiosk_add ("takeover", test_takeover);
  kwa_test_kiosk_add ("soak", test_soak);
  g_test_add_func ("/kiosk/reduced-motion", test_reduced_motion);

  return g_test_run ();
}
