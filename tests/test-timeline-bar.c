/* test-timeline-bar.c: the timeline slider moves the one clock the way a
 * visitor expects: step a day, jump to the next event, click the track,
 * play; it shows the date in the chosen language, tells a screen reader
 * where it is, and leaks nothing.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "kwa-timeline-bar.h"
#include "kwa-timeline-track.h"
#include "kwa-word-label.h"
#include "kwa-test-utils.h"
#include "kwa-timeline-bar-private.h"
#include "kwa-timeline-track-private.h"

typedef struct
{
  KwaExhibit     *exhibit;
  KwaTimeline    *timeline;
  GtkWidget      *window;
  KwaTimelineBar *bar;
  GtkCssProvider *style;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->exhibit = kwa_test_load_minimal ();
  fixture->timeline = kwa_timeline_new (fixture->exhibit);
  fixture->bar = g_object_ref_sink (KWA_TIMELINE_BAR (kwa_timeline_bar_new (fixture->timeline)));

  /* The application's style: the thumb's size and shape are the theme's. */
  fixture->style = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (fixture->style, "/org/koreanwaratlas/Atlas/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (fixture->style),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  fixture->window = g_object_ref (gtk_window_new ());
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 200);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->bar));
  gtk_window_present (GTK_WINDOW (fixture->window));
  kwa_test_wait_frames (fixture->window, 3);

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->bar)));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->window);
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (fixture->style));
  g_clear_object (&fixture->style);
  g_assert_finalize_object (fixture->bar);
  g_assert_finalize_object (fixture->timeline);
  g_assert_finalize_object (fixture->exhibit);
}

/* The text a visitor reads, found by its style class: a label's, or a
 * word label's or an inscription's (the date, which changes every frame
 * of a scrub). */
static GtkWidget *
find_text (GtkWidget  *widget,
           const char *css_class)
{
  if ((GTK_IS_LABEL (widget) || GTK_IS_INSCRIPTION (widget) || KWA_IS_WORD_LABEL (widget)) &&
      gtk_widget_has_css_class (widget, css_class))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_text (child, css_class);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static const char *
text_of (GtkWidget *widget)
{
  g_assert_nonnull (widget);
  if (KWA_IS_WORD_LABEL (widget))
    return kwa_word_label_get_text (KWA_WORD_LABEL (widget));
  return GTK_IS_INSCRIPTION (widget) ? gtk_inscription_get_text (GTK_INSCRIPTION (widget))
                                     : gtk_label_get_text (GTK_LABEL (widget));
}

static void
assert_date_shown (Fixture     *fixture,
                   KwaDate      date,
                   KwaLanguage  language)
{
  g_autofree char *expected = kwa_date_format (date, language);

  g_assert_cmpstr (text_of (find_text (GTK_WIDGET (fixture->bar), "date")), ==, expected);
}

/* Presses a key as far as the bar sees it: the binding it declares for the
 * accelerator, activated on the bar. (GTK 4 cannot synthesise key events.) */
static void
press_key (Fixture    *fixture,
           const char *accelerator)
{
  GtkWidget *widget = GTK_WIDGET (fixture->bar);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) trigger = gtk_shortcut_trigger_parse_string (accelerator);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), trigger))
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                           GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                                           gtk_shortcut_get_arguments (shortcut)));
              return;
            }
        }
    }

  g_assert_not_reached ();
}

static void
test_step (Fixture       *fixture,
           gconstpointer  user_data)
{
  KwaDate start = kwa_exhibit_get_time_range (fixture->exhibit).start;

  g_assert_cmpint (kwa_timeline_get_date (fixture->timeline), ==, start);
  assert_date_shown (fixture, start, KWA_LANGUAGE_EN);
  g_assert_cmpstr (text_of (find_text (GTK_WIDGET (fixture->bar), "phase")), ==, "Division");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->bar), "timeline.step", "i", 1));
  g_assert_cmpint (kwa_timeline_get_date (fixture->timeline), ==, start + 1);
  assert_date_shown (fixture, start + 1, KWA_LANGUAGE_EN);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->bar), "timeline.step", "i", 7));
  g_assert_cmpint (kwa_timeline_get_date (fixture->timeline), ==, start + 8);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->bar), "timeline.end", NULL));
  g_assert_cmpint (kwa_timeline_get_date (fixture->timeline), ==, kwa_exhibit_get_time_range (fixture->exhibit).end);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->bar), "timeline.home", NULL));
  g_assert_cmpint (kwa_timeline_get_date (fixture->timeline), ==, start);
}

static void
count_layout_cb (GdkFrameClock *clock,
                 guint         *n_layouts)
{
  (*n_layouts)++;
}

/* A new day moves the thumb and the date without a new layout of the
 * window: at 60 days a second each one cost GDK two round trips to the X
 * server and GTK a walk down the widget tree. */
static void
test_day_without_layout (Fixture       *fixture,
                         gconstpointer  user_data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (fixture->window));
  guint n_layouts = 0;
  gulong id;

  /* Off the first day, where the buttons back become sensitive; then
   * until the window has settled (under Xvfb its configure events come a
   * few frames after it is shown): ten frames in a row without a layout. */
  kwa_timeline_step_days (fixture->timeline, 30);
  id = g_signal_connect (clock, "layout", G_CALLBACK (count_layout_cb), &n_layouts);
  for (guint quiet = 0, frames = 0; quiet < 10; frames++)
    {
      g_assert_cmpuint (frames, <, 600);
      n_layouts = 0;
      kwa_test_wait_frames (GTK_WIDGET (fixture->window), 1);
      quiet = n_layouts == 0 ? quiet + 1 : 0;
    }

  n_layouts = 0;
  for (guint i = 0; i < 5; i++)
    {
      kwa_timeline_step_days (fixture->timeline, 1);
      kwa_test_wait_frames (GTK_WIDGET (fixture->window), 1);
    }
  g_signal_handler_disconnect (clock, id);

  g_assert_cmpuint (n_layouts, ==, 0);
}

/* A new day shapes only its new pieces: "16" after "September 15, 1950",
 * not the whole date; and the date always fits the room it was given, in
 * every language, as wide as the widest month makes it. */
static void
test_day_shapes_little (Fixture       *fixture,
                        gconstpointer  user_data)
{
  GtkWidget *date = find_text (GTK_WIDGET (fixture->bar), "date");
  const KwaLanguage languages[] = { KWA_LANGUAGE_EN, KWA_LANGUAGE_KO, KWA_LANGUAGE_JA, KWA_LANGUAGE_ZH };
  guint before;

  g_assert_true (KWA_IS_WORD_LABEL (date));
  kwa_timeline_set_date (fixture->timeline, kwa_date_from_ymd (1950, 9, 15));
  kwa_test_wait_frames (GTK_WIDGET (fixture->window), 1);
  before = kwa_word_label_get_pieces_shaped (KWA_WORD_LABEL (date));
  kwa_timeline_step_days (fixture->timeline, 1);
  kwa_test_wait_frames (GTK_WIDGET (fixture->window), 1);
  assert_date_shown (fixture, kwa_date_from_ymd (1950, 9, 16), KWA_LANGUAGE_EN);
  g_assert_cmpuint (kwa_word_label_get_pieces_shaped (KWA_WORD_LABEL (date)) - before, ==, 1);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      kwa_timeline_bar_set_language (fixture->bar, languages[i]);
      for (int month = 1; month <= 12; month++)
        {
          g_autoptr(PangoLayout) whole = NULL;
          int width;

          kwa_timeline_set_date (fixture->timeline, kwa_date_from_ymd (1951, month, 28));
          kwa_test_wait_frames (GTK_WIDGET (fixture->window), 1);
          whole = gtk_widget_create_pango_layout (date, kwa_word_label_get_text (KWA_WORD_LABEL (date)));
          pango_layout_get_pixel_size (whole, &width, NULL);
          g_assert_cmpint (width, <=, gtk_widget_get_width (date));
        }
    }
}

static void
test_events (Fixture       *fixture,
             gconstpointer  user_data)
{
  const KwaEvent *selected;

  kwa_timeline_set_date (fixture->timeline, kwa_date_from_ymd (1950, 6, 1));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->bar), "timeline.next-event", NULL));
  g_assert_cmpint (kwa_timeline_get_date (fixture->timeline), ==, kwa_date_from_ymd (1950, 6, 25));
  selected = kwa_timeline_get_selected_event (fixture->timeline);
  g_assert_nonnull (selected);
  g_assert_cmpstr (selected->id, ==, "invasion");
  g_assert_cmpstr (text_of (find_text (GTK_WIDGET (fixture->bar), "phase")), ==, "Invasion");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->bar), "timeline.next-event", NULL));
  g_assert_cmpstr (kwa_timeline_get_selected_event (fixture->timeline)->id, ==, "un-vote");

  /* Past the last event, "next" has nowhere to go and leaves the day. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->bar), "timeline.next-event", NULL);
  g_assert_cmpint (kwa_timeline_get_date (fixture->timeline), ==, kwa_date_from_ymd (1950, 6, 27));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->bar), "timeline.previous-event", NULL));
  g_assert_cmpstr (kwa_timeline_get_selected_event (fixture->timeline)->id, ==, "invasion");
}

static void
test_keys (Fixture       *fixture,
           gconstpointer  user_data)
{
  KwaDateRange range = kwa_exhibit_get_time_range (fixture->exhibit);
  KwaDate day = kwa_date_from_ymd (1950, 6, 1);

  kwa_timeline_set_date (fixture->timeline, day);

  press_key (fixture, "Right");
  g_assert_cmpint (kwa_timeline_get_date (fixture->timeline), ==, day + 1);
  press_key (fixture, "<Shift>Right");
  g_assert_cmpint (kwa_timeline_get_date (fixture->timeline), ==, day + 8);
  press_key (fixture, "<Shift>Left");
  press_key (fixture, "Left");
  g_assert_cmpint (kwa_timeline_get_date (fixture->timeline), ==, day);

  press_key (fixture, "Page_Down");
  g_assert_cmpstr (kwa_timeline_get_selected_event (fixture->timeline)->id, ==, "invasion");
  press_key (fixture, "Page_Up");
  g_assert_cmpstr (kwa_timeline_get_selected_event (fixture->timeline)->id, ==, "liberation");

  press_key (fixture, "End");
  g_assert_cmpint (kwa_timeline_get_date (fixture->timeline), ==, range.end);
  press_key (fixture, "Home");
  g_assert_cmpint (kwa_timeline_get_date (fixture->timeline), ==, range.start);

  press_key (fixture, "space");
  g_assert_true (kwa_timeline_get_playing (fixture->timeline));
  press_key (fixture, "space");
  g_assert_false (kwa_timeline_get_playing (fixture->timeline));
}

/* The middle of what the track draws in row @y, below the rail: where
 * only the thumb is. */
static double
drawn_thumb_centre (Fixture   *fixture,
                    GtkWidget *track,
                    double     y)
{
  int width = gtk_widget_get_width (track), height = gtk_widget_get_height (track);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (track);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guint32 *pixels = g_new (guint32, (gsize) width * height);
  int first = -1, last = -1;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (fixture->window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_download (texture, (guchar *) pixels, width * 4);

  for (int x = 0; x < width; x++)
    if ((pixels[(gsize) (int) y * width + x] >> 24) > 128)
      {
        first = first < 0 ? x : first;
        last = x;
      }
  g_assert_cmpint (first, >=, 0);

  return (first + last + 1) / 2.0;
}

static void
test_scrub (Fixture       *fixture,
            gconstpointer  user_data)
{
  GtkWidget *track = kwa_timeline_bar_get_track (fixture->bar);
  GtkWidget *thumb = gtk_widget_get_first_child (track);
  KwaTimeScale *scale = kwa_timeline_bar_get_time_scale (fixture->bar);
  KwaDateRange war = kwa_exhibit_get_war_span (fixture->exhibit);
  graphene_rect_t bounds;
  double expected;

  g_assert_true (kwa_timeline_bar_get_nonlinear (fixture->bar));
  g_assert_nonnull (scale);

  kwa_timeline_bar_scrub_to_fraction (fixture->bar, 0.5);
  expected = kwa_time_scale_from_fraction (scale, 0.5);
  g_assert_cmpfloat (kwa_timeline_get_time (fixture->timeline), ==, expected);

  /* The middle of the non-linear track is in the war… */
  g_assert_cmpfloat (expected, >, war.start);
  g_assert_cmpfloat (expected, <, war.end);

  /* …and the thumb is drawn where the click was: shifted from where it
   * rests, at the rail's start, without a new layout. */
  kwa_test_wait_frames (fixture->window, 2);
  g_assert_true (gtk_widget_compute_bounds (thumb, track, &bounds));
  g_assert_cmpfloat_with_epsilon (bounds.origin.x + bounds.size.width / 2,
                                  kwa_timeline_track_fraction_to_x (KWA_TIMELINE_TRACK (track), 0), 1.0);
  g_assert_cmpfloat_with_epsilon (drawn_thumb_centre (fixture, track, bounds.origin.y + bounds.size.height - 2),
                                  kwa_timeline_track_fraction_to_x (KWA_TIMELINE_TRACK (track), 0.5), 1.0);
  g_assert_cmpfloat_with_epsilon (kwa_timeline_track_x_to_fraction (KWA_TIMELINE_TRACK (track),
                                                                    gtk_widget_get_width (track) / 2.0),
                                  0.5, 0.01);

  /* In the linear scale the middle is before the war: this exhibit spends
   * five of its eight years waiting for it. */
  kwa_timeline_bar_set_nonlinear (fixture->bar, FALSE);
  scale = kwa_timeline_bar_get_time_scale (fixture->bar);
  g_assert_false (kwa_time_scale_is_nonlinear (scale));
  kwa_timeline_bar_scrub_to_fraction (fixture->bar, 0.5);
  g_assert_cmpfloat (kwa_timeline_get_time (fixture->timeline), ==, kwa_time_scale_from_fraction (scale, 0.5));
  g_assert_cmpfloat (kwa_timeline_get_time (fixture->timeline), <, war.start);
}

static void
test_event_ticks (Fixture       *fixture,
                  gconstpointer  user_data)
{
  KwaTimelineTrack *track = KWA_TIMELINE_TRACK (kwa_timeline_bar_get_track (fixture->bar));
  const KwaEvent *invasion = kwa_exhibit_find_event (fixture->exhibit, "invasion");
  const KwaEvent *liberation = kwa_exhibit_find_event (fixture->exhibit, "liberation");
  graphene_point_t point;

  g_assert_true (kwa_timeline_track_get_event_tick (track, invasion, &point));
  g_assert_true (kwa_timeline_track_event_at (track, point.x, point.y) == invasion);
  g_assert_true (kwa_timeline_track_event_at (track, point.x - 3, point.y) == invasion);

  g_assert_true (kwa_timeline_track_get_event_tick (track, liberation, &point));
  g_assert_true (kwa_timeline_track_event_at (track, point.x, point.y) == liberation);

  /* Between events, and up in the phase bands, a click scrubs instead. */
  g_assert_null (kwa_timeline_track_event_at (track, kwa_timeline_track_fraction_to_x (track, 0.08), point.y));
  g_assert_null (kwa_timeline_track_event_at (track, point.x, 1));
}

/* The bar's play button only asks the clock to play: the session's
 * playback moves it (see test-playback). */
static void
test_play_button (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_assert_false (kwa_timeline_get_playing (fixture->timeline));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->bar), "timeline.play-pause", NULL));
  g_assert_true (kwa_timeline_get_playing (fixture->timeline));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->bar), "timeline.play-pause", NULL));
  g_assert_false (kwa_timeline_get_playing (fixture->timeline));
}

static void
test_language (Fixture       *fixture,
               gconstpointer  user_data)
{
  KwaDate day = kwa_date_from_ymd (1950, 6, 25);

  kwa_timeline_set_date (fixture->timeline, day);
  kwa_timeline_bar_set_language (fixture->bar, KWA_LANGUAGE_KO);

  assert_date_shown (fixture, day, KWA_LANGUAGE_KO);
  g_assert_cmpstr (text_of (find_text (GTK_WIDGET (fixture->bar), "date")), ==, "1950년 6월 25일");
  g_assert_cmpstr (text_of (find_text (GTK_WIDGET (fixture->bar), "phase")), ==, "남침");
}

static void
test_accessible (Fixture       *fixture,
                 gconstpointer  user_data)
{
  GtkWidget *track = kwa_timeline_bar_get_track (fixture->bar);
  KwaDateRange range = kwa_exhibit_get_time_range (fixture->exhibit);
  KwaDate day = kwa_date_from_ymd (1950, 6, 25);

  gtk_test_accessible_assert_role (track, GTK_ACCESSIBLE_ROLE_SLIDER);
  g_assert_true (gtk_widget_get_focusable (track));

  kwa_timeline_set_date (fixture->timeline, day);
  gtk_test_accessible_assert_property (track, GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0);
  gtk_test_accessible_assert_property (track, GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, (double) (range.end - range.start));
  gtk_test_accessible_assert_property (track, GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, (double) (day - range.start));
  gtk_test_accessible_assert_property (track, GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, "June 25, 1950, Invasion");

  /* Focusing the bar puts the keys on the slider. (The window's focus, not
   * has_focus: whether Xvfb made the window active is a race.) */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (fixture->bar)));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) == track);
}

static void
test_without_exhibit (Fixture       *fixture,
                      gconstpointer  user_data)
{
  /* A reload that fails leaves the timeline empty for a moment: the bar
   * must show nothing rather than stale records. */
  kwa_timeline_set_exhibit (fixture->timeline, NULL);
  g_assert_null (kwa_timeline_bar_get_time_scale (fixture->bar));
  g_assert_cmpstr (text_of (find_text (GTK_WIDGET (fixture->bar), "date")), ==, "");
  kwa_timeline_bar_scrub_to_fraction (fixture->bar, 0.5);
  kwa_test_wait_frames (fixture->window, 2);

  kwa_timeline_set_exhibit (fixture->timeline, fixture->exhibit);
  g_assert_nonnull (kwa_timeline_bar_get_time_scale (fixture->bar));
  assert_date_shown (fixture, kwa_timeline_get_date (fixture->timeline), KWA_LANGUAGE_EN);
  kwa_test_wait_frames (fixture->window, 2);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/timeline-bar/step", test_step);
  ADD ("/timeline-bar/day-without-layout", test_day_without_layout);
  ADD ("/timeline-bar/day-shapes-little", test_day_shapes_little);
  ADD ("/timeline-bar/events", test_events);
  ADD ("/timeline-bar/keys", test_keys);
  ADD ("/timeline-bar/scrub", test_scrub);
  ADD ("/timeline-bar/event-ticks", test_event_ticks);
  ADD ("/timeline-bar/play-button", test_play_button);
  ADD ("/timeline-bar/language", test_language);
  ADD ("/timeline-bar/accessible", test_accessible);
  ADD ("/timeline-bar/without-exhibit", test_without_exhibit);

#undef ADD

  return g_test_run ();
}
