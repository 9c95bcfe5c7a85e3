/* test-kiosk-room.c: the kiosk made for a room: the caption beside the
 * map, never over it, at any screen shape; the date sweeping between
 * stops, and jumping with less motion; the panels folded away on a
 * portrait screen; nothing of the desk app (menus,
 * tooltips, addresses, selectable text) for a visitor to stumble on.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "kwa-application.h"
#include "kwa-session.h"
#include "kwa-timeline.h"
#include "kwa-kiosk.h"
#include "kwa-kiosk-caption.h"
#include "kwa-media-gallery.h"
#include "kwa-legend-items.h"
#include "kwa-window.h"
#include "kwa-map-renderer-private.h"
#include "kwa-map-view-private.h"
#include "kwa-test-kiosk.h"
#include "kwa-test-utils.h"

/* ---- helpers ---------------------------------------------------------- */

static KwaTimeline *
timeline_of (Fixture *fixture)
{
  return kwa_session_get_timeline (kwa_application_get_session (fixture->app));
}

static graphene_rect_t
bounds_in_window (Fixture   *fixture,
                  GtkWidget *widget)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (fixture->window), &bounds));
  return bounds;
}

/* Overlapping by more than a touching edge. */
static gboolean
rects_overlap (const graphene_rect_t *a,
               const graphene_rect_t *b)
{
  return a->origin.x < b->origin.x + b->size.width - 0.5 && b->origin.x < a->origin.x + a->size.width - 0.5 &&
         a->origin.y < b->origin.y + b->size.height - 0.5 && b->origin.y < a->origin.y + a->size.height - 0.5;
}

/* The window's contents given the size of a screen of another shape, in
 * its top left corner: the test's screen is 1920×1080 (the fullscreen
 * window as it is, 0×0 here), a portrait kiosk is tried at the same
 * height. */
static void
shape_window (Fixture *fixture,
              int      width,
              int      height)
{
  GtkWidget *content = gtk_window_get_child (GTK_WINDOW (fixture->window));
  int full_width, full_height;

  /* Margins, not a size request: those the contents must take. */
  gtk_widget_set_margin_end (content, 0);
  gtk_widget_set_margin_bottom (content, 0);
  kwa_test_wait_frames (GTK_WIDGET (fixture->window), 2);
  if (width == 0)
    return;
  full_width = gtk_widget_get_width (content);
  full_height = gtk_widget_get_height (content);
  g_assert_cmpint (full_width, >=, width);
  g_assert_cmpint (full_height, >=, height);
  gtk_widget_set_margin_end (content, full_width - width);
  gtk_widget_set_margin_bottom (content, full_height - height);
  kwa_test_wait_frames (GTK_WIDGET (fixture->window), 4);

  g_assert_cmpint (gtk_widget_get_width (content), ==, width);
  g_assert_cmpint (gtk_widget_get_height (content), ==, height);
}

/* ---- the caption beside the map ---------------------------------------- */

/* Stops that last 100 times their length: only the test moves on. */
#define HOLD_TIME_SCALE 100.0

typedef struct
{
  int      width;
  int      height;
  gboolean compact;  /* as the kiosk makes the caption on a screen that small */
} Shape;

static const Shape SHAPES[] = {
  { 0, 0, FALSE },        /* the whole screen: 1920×1080 landscape */
  { 600, 1066, FALSE },   /* a portrait one, 9:16 */
  { 1366, 768, TRUE },    /* a small kiosk PC */
};

/* A stop with a picture shows it above its words, drawn off the main
 * thread, inside the caption (so never over the map); where the words
 * need all the room (the small kiosk PC), it gives way. */
static void
check_stop_picture (Fixture           *fixture,
                    const KwaTourStop *stop,
                    gboolean           compact)
{
  KwaKioskCaption *caption = kwa_kiosk_get_caption (fixture->kiosk);
  KwaMediaGallery *gallery = KWA_MEDIA_GALLERY (kwa_kiosk_caption_get_gallery (caption));
  guint n_media;
  const KwaMedia *media = kwa_tour_stop_get_media (stop, &n_media);
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  graphene_rect_t picture_bounds, caption_bounds;

  guint expected = media != NULL ? 1 : 0;

  /* The words and the picture change together, after the fade. */
  while ((kwa_media_gallery_get_n_shown (gallery) != expected || kwa_media_gallery_get_n_pending (gallery) > 0) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (kwa_media_gallery_get_n_shown (gallery), ==, expected);
  if (media == NULL)
    return;
  g_assert_nonnull (gtk_picture_get_paintable (kwa_media_gallery_get_picture (gallery, 0)));
  g_assert_false (kwa_media_gallery_get_can_enlarge (gallery));
  kwa_test_wait_frames (GTK_WIDGET (gallery), 2);
  if (!gtk_widget_get_child_visible (gtk_widget_get_parent (GTK_WIDGET (gallery))))
    {
      /* Left out only for the words' sake: the invitation, the picture
       * and the words would not fit the caption together. */
      GtkWidget *clamp = gtk_widget_get_parent (GTK_WIDGET (gallery));
      int width = gtk_widget_get_width (GTK_WIDGET (caption));
      int needed = 0;

      for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (caption)); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (gtk_widget_get_visible (child) && (child == clamp || gtk_widget_get_child_visible (child)))
          {
            int height;

            gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, NULL, &height, NULL, NULL);
            needed += height;
          }
      g_assert_cmpint (needed, >, gtk_widget_get_height (GTK_WIDGET (caption)));
      g_test_message ("the picture of stop \"%s\" gives way: %d px needed, %d px in the caption%s",
                      kwa_text_get (&stop->event->title, kwa_language_get_source ()), needed,
                      gtk_widget_get_height (GTK_WIDGET (caption)), compact ? " (a small screen)" : "");
      return;
    }

  picture_bounds = bounds_in_window (fixture, GTK_WIDGET (kwa_media_gallery_get_picture (gallery, 0)));
  caption_bounds = bounds_in_window (fixture, GTK_WIDGET (caption));
  g_assert_cmpfloat (picture_bounds.size.width, >=, 240);
  g_assert_cmpfloat (picture_bounds.size.height, >=, 160);
  g_assert_true (graphene_rect_contains_rect (&caption_bounds, &picture_bounds));
}

/* The map's date card, in the window's coordinates. */
static graphene_rect_t
date_card_in_window (Fixture *fixture)
{
  KwaMapView *map = kwa_test_kiosk_map_view (fixture);
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (map));
  graphene_rect_t map_bounds = bounds_in_window (fixture, GTK_WIDGET (map));
  cairo_rectangle_t card;

  g_assert_true (kwa_map_renderer_get_date_card (map->renderer, &card));
  return GRAPHENE_RECT_INIT (map_bounds.origin.x + card.x / scale, map_bounds.origin.y + card.y / scale,
                             card.width / scale, card.height / scale);
}

/* The map's names keep clear of @widget, which lies over it: the frame's
 * options carry a cover that holds it. */
static void
assert_names_clear_of (KwaMapView *map,
                       GtkWidget  *widget)
{
  KwaRenderOptions options;
  graphene_rect_t bounds;
  gboolean held = FALSE;

  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (map), &bounds));
  kwa_map_view_get_render_options (map, &options);
  for (guint i = 0; i < options.n_covers; i++)
    held |= options.covers[i].x <= bounds.origin.x + 0.5 && options.covers[i].y <= bounds.origin.y + 0.5 &&
            options.covers[i].x + options.covers[i].width >= bounds.origin.x + bounds.size.width - 0.5 &&
            options.covers[i].y + options.covers[i].height >= bounds.origin.y + bounds.size.height - 0.5;
  g_assert_true (held);
}

/* The corner a visitor may touch without stopping the story, the
 * language buttons, never covers the map's date card, nor a name on the
 * map: on a portrait
 * screen a row of four did, and there they go in rows of two, as the
 * stage's shape says. (A small kiosk PC's are in rows of two as its
 * monitor says: the test's is 1920×1080, so that shape is left out.) */
static void
test_corner_clear_of_date_card (Fixture       *fixture,
                                gconstpointer  data)
{
  GtkWidget *map = GTK_WIDGET (kwa_test_kiosk_map_view (fixture));
  GtkWidget *language_switch = GTK_WIDGET (kwa_kiosk_get_language_switch (fixture->kiosk));

  kwa_kiosk_set_time_scale (fixture->kiosk, HOLD_TIME_SCALE);

  for (guint s = 0; s < G_N_ELEMENTS (SHAPES); s++)
    {
      graphene_rect_t card, corner;

      if (SHAPES[s].compact)
        continue;
      shape_window (fixture, SHAPES[s].width, SHAPES[s].height);
      kwa_kiosk_restart (fixture->kiosk);
      kwa_test_wait_frames (map, 3);

      g_assert_true (gtk_widget_get_mapped (language_switch));
      card = date_card_in_window (fixture);
      corner = bounds_in_window (fixture, language_switch);
      g_test_message ("%d×%d (0×0: the screen): date card %.0f,%.0f %.0f×%.0f, languages %.0f,%.0f %.0f×%.0f",
                      SHAPES[s].width, SHAPES[s].height, card.origin.x, card.origin.y, card.size.width,
                      card.size.height, corner.origin.x, corner.origin.y, corner.size.width, corner.size.height);
      g_assert_false (rects_overlap (&card, &corner));
      assert_names_clear_of (KWA_MAP_VIEW (map), language_switch);
    }
}

/* The events the map marks today, none under @covered (in the window's
 * coordinates: what lies over the map, @what for the message). */
static void
assert_markers_clear_of (Fixture               *fixture,
                         const graphene_rect_t *covered,
                         const char            *what,
                         guint                  stop)
{
  KwaMapView *map = kwa_test_kiosk_map_view (fixture);
  KwaScene *scene = kwa_map_view_get_scene (map);
  graphene_rect_t map_bounds = bounds_in_window (fixture, GTK_WIDGET (map));

  g_assert_nonnull (scene);
  for (guint i = 0; i < scene->events->len; i++)
    {
      const KwaSceneEvent *shown = &g_array_index (scene->events, KwaSceneEvent, i);
      graphene_point_t marker;
      double x, y;

      if (!shown->event->has_point || shown->emphasis <= 0)
        continue;
      kwa_viewport_map_to_pixel (&map->viewport, shown->event->point.x, shown->event->point.y, &x, &y);
      marker = GRAPHENE_POINT_INIT (map_bounds.origin.x + x, map_bounds.origin.y + y);
      if (graphene_rect_contains_point (&map_bounds, &marker) && graphene_rect_contains_point (covered, &marker))
        g_error ("Stop %u: the marker of \"%s\" (%.0f,%.0f) is under the %s (%.0f,%.0f %.0f×%.0f)", stop,
                 shown->event->event->id, marker.x, marker.y, what,
                 covered->origin.x, covered->origin.y, covered->size.width, covered->size.height);
    }
}

/* The language buttons and the mute button lie over the map's top right
 * corner, the date card over its top left; no stop of the story puts an
 * event's marker under them. A row
 * of four buttons across a landscape map hid the Soviet landing in the
 * north-east at the very first stop. On landscape screens: the test's
 * portrait shape is 600 px across, where buttons sized for a 1080 px
 * portrait screen take nearly twice their share of the map. */
static void
test_markers_clear_of_buttons (Fixture       *fixture,
                               gconstpointer  data)
{
  const KwaTour *tour = kwa_test_kiosk_main_tour (fixture);
  GtkWidget *map = GTK_WIDGET (kwa_test_kiosk_map_view (fixture));
  GtkWidget *buttons[] = { GTK_WIDGET (kwa_kiosk_get_language_switch (fixture->kiosk)),
                           GTK_WIDGET (kwa_kiosk_get_mute_button (fixture->kiosk)) };

  kwa_kiosk_set_time_scale (fixture->kiosk, HOLD_TIME_SCALE);
  for (guint s = 0; s < G_N_ELEMENTS (SHAPES); s++)
    {
      if (SHAPES[s].height > SHAPES[s].width)
        continue;
      shape_window (fixture, SHAPES[s].width, SHAPES[s].height);
      kwa_kiosk_restart (fixture->kiosk);
      for (guint i = 0; i < tour->n_stops; i++)
        {
          graphene_rect_t card;

          if (i > 0)
            kwa_kiosk_run_soak (fixture->kiosk, 1);
          kwa_test_wait_frames (map, 3);
          card = date_card_in_window (fixture);
          assert_markers_clear_of (fixture, &card, "date card", i);
          for (guint b = 0; b < G_N_ELEMENTS (buttons); b++)
            if (gtk_widget_get_mapped (buttons[b]))
              {
                graphene_rect_t covered = bounds_in_window (fixture, buttons[b]);

                assert_markers_clear_of (fixture, &covered, G_OBJECT_TYPE_NAME (buttons[b]), i);
              }
        }
    }
}

/* Every stop of the tour, at each shape: the stop is framed in the part
 * of the window the map has to itself, and the caption with its "Touch
 * to explore" is outside it. The tour's stops frame a centre and a zoom,
 * so what a stop frames is all the map shows, around that centre. */
static void
test_caption_beside_the_map (Fixture       *fixture,
                             gconstpointer  data)
{
  const KwaTour *tour = kwa_test_kiosk_main_tour (fixture);
  GtkWidget *map = GTK_WIDGET (kwa_test_kiosk_map_view (fixture));
  GtkWidget *caption = GTK_WIDGET (kwa_kiosk_get_caption (fixture->kiosk));

  /* The test moves from stop to stop itself: the loop's own clock must
   * not (at the fixture's pace a 3-second stop lasts 150 ms, less than
   * the checks of one stop take under the sanitizers). */
  kwa_kiosk_set_time_scale (fixture->kiosk, HOLD_TIME_SCALE);

  for (guint s = 0; s < G_N_ELEMENTS (SHAPES); s++)
    {
      shape_window (fixture, SHAPES[s].width, SHAPES[s].height);
      if (SHAPES[s].compact)
        gtk_widget_add_css_class (caption, "compact");
      kwa_kiosk_restart (fixture->kiosk);

      for (guint i = 0; i < tour->n_stops; i++)
        {
          const KwaTourStop *stop;
          graphene_rect_t caption_bounds, map_bounds;
          graphene_point_t centre;
          double x, y;

          if (i > 0)
            kwa_kiosk_run_soak (fixture->kiosk, 1);
          g_assert_cmpuint (kwa_kiosk_get_stop_index (fixture->kiosk), ==, i);
          stop = &tour->stops[i];
          kwa_test_wait_frames (map, 3);

          g_assert_true (gtk_widget_get_mapped (caption));
          caption_bounds = bounds_in_window (fixture, caption);
          map_bounds = bounds_in_window (fixture, map);
          g_assert_cmpfloat (caption_bounds.size.height, >, 0);
          /* The map still has a good part of the screen. */
          g_assert_cmpfloat (map_bounds.size.height, >,
                             (SHAPES[s].height ? SHAPES[s].height : gtk_widget_get_height (GTK_WIDGET (fixture->window))) / 3.0);
          if (rects_overlap (&caption_bounds, &map_bounds))
            g_error ("At %d×%d, stop %u: the caption (%g,%g %g×%g) is over the map (%g,%g %g×%g)",
                     SHAPES[s].width, SHAPES[s].height, i,
                     caption_bounds.origin.x, caption_bounds.origin.y, caption_bounds.size.width,
                     caption_bounds.size.height, map_bounds.origin.x, map_bounds.origin.y,
                     map_bounds.size.width, map_bounds.size.height);

          /* The stop's centre is on the map, not under the words. */
          g_assert_true (stop->view.kind == KWA_TOUR_VIEW_CENTER);
          g_assert_true (kwa_map_view_lonlat_to_widget (KWA_MAP_VIEW (map), stop->view.center, &x, &y));
          g_assert_true (gtk_widget_translate_coordinates (map, GTK_WIDGET (fixture->window), x, y, &x, &y));
          centre = GRAPHENE_POINT_INIT (x, y);
          g_assert_true (graphene_rect_contains_point (&map_bounds, &centre));
          g_assert_false (graphene_rect_contains_point (&caption_bounds, &centre));

          check_stop_picture (fixture, stop, SHAPES[s].compact);
        }
    }
}

/* ---- the legend beside the map ------------------------------------------ */

/* The height of one line of @label, in pixels. */
static int
line_height (GtkLabel *label)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  PangoRectangle logical;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  return logical.height / MAX (1, pango_layout_get_line_count (layout));
}

/* While the story plays, the legend is in the caption's column, in type
 * the room can read, listing what the map's own legend would, and the map
 * leaves its own out; where a long stop leaves it no room, the map keeps
 * its legend. A visitor who takes over finds the legend on the map again,
 * closed to its header. */
static void
test_legend_beside_the_map (Fixture       *fixture,
                            gconstpointer  data)
{
  const KwaTour *tour = kwa_test_kiosk_main_tour (fixture);
  KwaMapView *map = kwa_test_kiosk_map_view (fixture);
  KwaKioskCaption *caption = kwa_kiosk_get_caption (fixture->kiosk);
  KwaMapKey *key = kwa_kiosk_caption_get_map_key (caption);
  KwaRenderOptions options;
  guint shown = 0;
  guint pictured = 0;

  kwa_kiosk_set_time_scale (fixture->kiosk, HOLD_TIME_SCALE);
  kwa_kiosk_restart (fixture->kiosk);

  for (guint i = 0; i < tour->n_stops; i++)
    {
      const KwaTourStop *stop = &tour->stops[i];
      KwaLegendItems expected = { 0 };
      KwaRenderWords words;
      graphene_rect_t key_bounds, map_bounds;

      if (i > 0)
        kwa_kiosk_run_soak (fixture->kiosk, 1);
      kwa_test_wait_frames (GTK_WIDGET (map), 3);
      kwa_map_view_get_render_options (map, &options);
      if (stop->n_media > 0 || (stop->event != NULL && stop->event->n_media > 0))
        pictured++;

      if (!kwa_kiosk_caption_get_map_key_shown (caption))
        {
          g_test_message ("stop %u: no room for the key; the map shows its legend", i);
          g_assert_true (options.layers & KWA_MAP_LAYER_LEGEND);
          continue;
        }
      shown++;
      g_assert_false (options.layers & KWA_MAP_LAYER_LEGEND);
      key_bounds = bounds_in_window (fixture, GTK_WIDGET (key));
      map_bounds = bounds_in_window (fixture, GTK_WIDGET (map));
      g_assert_false (rects_overlap (&key_bounds, &map_bounds));

      kwa_render_words_init (&words, kwa_map_view_get_language (map));
      kwa_legend_items_collect (&expected, kwa_map_view_get_scene (map), kwa_map_view_get_layers (map),
                                kwa_map_view_get_language (map), &words);
      g_assert_cmpuint (kwa_map_key_get_n_entries (key), ==, expected.n_items);
      for (guint e = 0; e < expected.n_items; e++)
        {
          GtkLabel *label = kwa_map_key_get_label (key, e);

          g_assert_cmpint (kwa_map_key_get_entry (key, e), ==, expected.items[e].entry);
          g_assert_cmpstr (gtk_label_get_text (label), ==, expected.items[e].text);
          /* Read from two metres: as large as the map's names in a room. */
          g_assert_cmpint (line_height (label), >=, 24);
        }
      kwa_legend_items_clear (&expected);
    }
  /* At 1920×1080 the key fits beside most stops; a stop's picture comes
   * before it (the map keeps its own legend then). */
  g_test_message ("the key had room at %u of %u stops, %u with a picture", shown, tour->n_stops, pictured);
  g_assert_cmpuint (shown * 4, >=, (tour->n_stops - pictured) * 3);

  kwa_test_kiosk_touch_map (fixture);
  kwa_test_wait_frames (GTK_WIDGET (map), 3);
  kwa_map_view_get_render_options (map, &options);
  g_assert_true (options.layers & KWA_MAP_LAYER_LEGEND);
  g_assert_true (options.legend_collapsed);
  /* As large as the names, its tab a finger's size. */
  g_assert_cmpfloat (options.legend_scale, >=, KWA_MAP_ROOM_LABEL_SCALE);
}

/* ---- the sweep ---------------------------------------------------------- */

#define SWEEP_TIME_SCALE 0.2

static void
collect_date_cb (KwaTimeline *timeline,
                 GParamSpec  *pspec,
                 GArray      *dates)
{
  KwaDate date = kwa_timeline_get_date (timeline);

  g_array_append_val (dates, date);
}

/* From one stop to the next the date runs through the days between, and
 * lands on the stop's day. */
static void
test_sweep_between_stops (Fixture       *fixture,
                          gconstpointer  data)
{
  const KwaTour *tour = kwa_test_kiosk_main_tour (fixture);
  KwaTimeline *timeline = timeline_of (fixture);
  g_autoptr(GArray) dates = g_array_new (FALSE, FALSE, sizeof (KwaDate));
  guint between = 0;

  kwa_kiosk_restart (fixture->kiosk);
  /* Long enough a sweep (0.8 s here) for frames to fall inside it even
   * on a loaded machine, short enough a first stop (2.4 s). */
  kwa_kiosk_set_time_scale (fixture->kiosk, SWEEP_TIME_SCALE);
  g_signal_connect (timeline, "notify::date", G_CALLBACK (collect_date_cb), dates);
  g_assert_true (kwa_test_kiosk_wait_until (fixture, kwa_test_kiosk_stop_is_not, GUINT_TO_POINTER (0), 10000));
  g_assert_true (kwa_test_kiosk_wait_until (fixture, kwa_test_kiosk_landed, NULL, 8000));
  g_signal_handlers_disconnect_by_func (timeline, collect_date_cb, dates);

  g_assert_cmpuint (kwa_kiosk_get_stop_index (fixture->kiosk), ==, 1);
  for (guint i = 0; i < dates->len; i++)
    {
      KwaDate date = g_array_index (dates, KwaDate, i);

      g_assert_true (date >= tour->stops[0].date && date <= tour->stops[1].date);
      if (i > 0)
        g_assert_true (date >= g_array_index (dates, KwaDate, i - 1));
      if (date > tour->stops[0].date && date < tour->stops[1].date)
        between++;
    }
  g_assert_cmpuint (between, >=, 2);
}

static gboolean
date_left (Fixture  *fixture,
           gpointer  data)
{
  const KwaTourStop *stop = data;

  return kwa_test_kiosk_today (fixture) != stop->date;
}

/* A touch in the middle of a sweep stops it at once, on the day it got to. */
static void
test_touch_stops_the_sweep (Fixture       *fixture,
                            gconstpointer  data)
{
  const KwaTour *tour = kwa_test_kiosk_main_tour (fixture);
  KwaDate reached;

  /* No "Still there?" (and starting over) while the frames are counted. */
  kwa_kiosk_set_idle_timeout (fixture->kiosk, 600);
  kwa_kiosk_restart (fixture->kiosk);
  /* The sweep's pace of sweep-between-stops: at TIME_SCALE it lasted
   * 0.2 s, and on a loaded machine (beside a CI run, 2026-12-05) one
   * late frame carried it to the next stop before the touch came. */
  kwa_kiosk_set_time_scale (fixture->kiosk, SWEEP_TIME_SCALE);
  g_assert_true (kwa_test_kiosk_wait_until (fixture, kwa_test_kiosk_stop_is_not, GUINT_TO_POINTER (0), 10000));
  /* Under way: the date has left the first stop's day. */
  g_assert_true (kwa_test_kiosk_wait_until (fixture, date_left, (gpointer) &tour->stops[0], 3000));
  kwa_test_kiosk_touch_map (fixture);
  g_assert_cmpint (kwa_kiosk_get_state (fixture->kiosk), ==, KWA_KIOSK_STATE_INTERACTIVE);

  reached = kwa_test_kiosk_today (fixture);
  kwa_test_wait_frames (GTK_WIDGET (fixture->window), 30);
  g_assert_cmpint (kwa_kiosk_get_state (fixture->kiosk), ==, KWA_KIOSK_STATE_INTERACTIVE);
  g_assert_true (kwa_test_kiosk_today (fixture) == reached);
  g_assert_true (reached != tour->stops[1].date);
}

/* With less motion asked for, the date jumps to the next stop. */
static void
test_reduced_motion_jumps (Fixture       *fixture,
                           gconstpointer  data)
{
  const KwaTour *tour = kwa_test_kiosk_main_tour (fixture);
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (fixture->window));

  g_object_set (settings, "gtk-enable-animations", FALSE, NULL);
  kwa_kiosk_restart (fixture->kiosk);
  kwa_kiosk_set_time_scale (fixture->kiosk, TIME_SCALE);
  g_assert_true (kwa_test_kiosk_wait_until (fixture, kwa_test_kiosk_stop_is_not, GUINT_TO_POINTER (0), 5000));
  g_assert_true (kwa_test_kiosk_today (fixture) == tour->stops[1].date);
  g_assert_true (kwa_timeline_get_selected_event (timeline_of (fixture)) == tour->stops[1].event);
  g_object_set (settings, "gtk-enable-animations", TRUE, NULL);
}

/* ---- no desk-app furniture ---------------------------------------------- */

static void
assert_no_furniture (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (gtk_widget_get_has_tooltip (widget))
    g_error ("A %s has a tooltip in the kiosk", G_OBJECT_TYPE_NAME (widget));
  g_assert_false (GTK_IS_DROP_DOWN (widget));
  if (GTK_IS_LABEL (widget))
    {
      g_assert_false (gtk_label_get_selectable (GTK_LABEL (widget)));
      g_assert_null (strstr (gtk_label_get_text (GTK_LABEL (widget)), "://"));
    }
  /* Large enough for a finger. */
  if (GTK_IS_BUTTON (widget))
    {
      g_assert_cmpint (gtk_widget_get_width (widget), >=, 48);
      g_assert_cmpint (gtk_widget_get_height (widget), >=, 48);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    assert_no_furniture (child);
}

/* Nothing that only a desk user with a mouse would want: no speed menu,
 * no war-years switch, no tooltips, no web addresses, no selectable text
 * (whose long press opens Cut/Copy/Paste); every button finger-sized. */
static void
test_no_desk_furniture (Fixture       *fixture,
                        gconstpointer  data)
{
  KwaTimeline *timeline = timeline_of (fixture);
  KwaExhibit *exhibit = kwa_map_document_get_exhibit (kwa_session_get_document (kwa_application_get_session (fixture->app)));
  guint n;
  const KwaEvent *events = kwa_exhibit_get_events (exhibit, &n);
  const KwaEvent *with_url = NULL;

  /* An event whose sources have a web address, in the Event panel. */
  for (guint i = 0; i < n && with_url == NULL; i++)
    for (guint j = 0; j < events[i].n_sources; j++)
      if (events[i].sources[j]->url != NULL)
        with_url = &events[i];
  g_assert_nonnull (with_url);
  kwa_test_kiosk_touch_map (fixture);
  kwa_timeline_select_event (timeline, with_url);
  kwa_test_wait_frames (GTK_WIDGET (fixture->window), 3);
  g_assert_true (gtk_widget_get_mapped (kwa_window_get_panel (fixture->window, "event")));

  assert_no_furniture (GTK_WIDGET (fixture->window));
}

/* ---- the band below a portrait map -------------------------------------- */

/* The caption's height for a width of @width, as a band below the map
 * would ask it. */
static int
caption_height_for (KwaKioskCaption *caption,
                    int              width)
{
  int natural;

  gtk_widget_measure (GTK_WIDGET (caption), GTK_ORIENTATION_VERTICAL, width, NULL, &natural, NULL, NULL);
  return natural;
}

/* The caption's words wrap, so its height is for its width: measured for
 * no width in particular (the key one entry a line, the words at their
 * narrowest), a band of a third's worth of words took half a portrait
 * screen. Below a portrait map the stage asks it for one height at least
 * whatever the stop says: the map would otherwise change size, reframe
 * and draw its basemap again at every stop. */
static void
test_band_fits_its_words (Fixture       *fixture,
                          gconstpointer  data)
{
  KwaKioskCaption *caption = kwa_kiosk_get_caption (fixture->kiosk);
  int words_height;

  shape_window (fixture, 600, 1066);
  g_assert_cmpint (gtk_widget_get_request_mode (GTK_WIDGET (caption)), ==, GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH);
  g_assert_cmpint (caption_height_for (caption, 1500), <, caption_height_for (caption, 500));

  words_height = caption_height_for (caption, 1500);
  kwa_kiosk_caption_set_least_height (caption, words_height + 300);
  g_assert_cmpint (caption_height_for (caption, 1500), >=, words_height + 300);
  kwa_kiosk_caption_set_least_height (caption, 0);
  g_assert_cmpint (caption_height_for (caption, 1500), ==, words_height);
}

/* ---- the panels on a portrait kiosk ------------------------------------ */

static gboolean
flap_revealed (Fixture  *fixture,
               gpointer  flap)
{
  return adw_flap_get_reveal_progress (flap) > 0.99;
}

/* Folded away and hidden, the slide finished (slow under the sanitizers). */
static gboolean
flap_put_away (Fixture  *fixture,
               gpointer  flap)
{
  return adw_flap_get_folded (flap) && adw_flap_get_reveal_progress (flap) < 0.01;
}

/* The flap's child goes off screen a frame or more after its slide ends
 * (more under load or the sanitizers). */
static gboolean
widget_unmapped (Fixture  *fixture,
                 gpointer  widget)
{
  return !gtk_widget_get_mapped (widget);
}

static gboolean
flap_unfolded (Fixture  *fixture,
               gpointer  flap)
{
  return !adw_flap_get_folded (flap);
}

/* Beside the map, as on a landscape screen: not folded, no handle. */
static void
assert_panels_beside (AdwFlap   *flap,
                      GtkWidget *event_panel,
                      GtkWidget *handle)
{
  g_assert_false (adw_flap_get_folded (flap));
  g_assert_true (gtk_widget_get_mapped (event_panel));
  g_assert_false (gtk_widget_get_mapped (handle));
}

/* The map's legend, where it draws one, lies clear of @widget. */
static void
assert_legend_clear_of (KwaMapView *map,
                        GtkWidget  *widget)
{
  cairo_rectangle_t legend;
  graphene_rect_t bounds, legend_bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (map), &bounds));
  if (!kwa_map_renderer_get_legend_box (map->renderer, &legend))
    return;
  legend_bounds = GRAPHENE_RECT_INIT (legend.x, legend.y, legend.width, legend.height);
  g_test_message ("legend %.0f,%.0f %.0f×%.0f, %s %.0f,%.0f %.0f×%.0f", legend.x, legend.y, legend.width,
                  legend.height, G_OBJECT_TYPE_NAME (widget), bounds.origin.x, bounds.origin.y,
                  bounds.size.width, bounds.size.height);
  g_assert_false (rects_overlap (&legend_bounds, &bounds));
}

/* The panels come out over the map, and starting over puts them away. */
static void
assert_revealed_until_restart (Fixture   *fixture,
                               AdwFlap   *flap,
                               GtkWidget *event_panel)
{
  g_assert_true (kwa_test_kiosk_wait_until (fixture, flap_revealed, flap, 5000));
  g_assert_true (gtk_widget_get_mapped (event_panel));
  kwa_kiosk_restart (fixture->kiosk);
  g_assert_true (kwa_test_kiosk_wait_until (fixture, flap_put_away, flap, 5000));
  g_assert_false (adw_flap_get_reveal_flap (flap));
}

/* On a portrait kiosk the panels took 400 of the 1080 pixels the map is
 * short of: there they fold away, the map has the whole width, and a
 * "Details" handle on the map (or a marker picked) brings them over it
 * until the kiosk starts over. In landscape they stay beside the map. */
static void
test_panels_fold_on_portrait (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkWidget *map = GTK_WIDGET (kwa_test_kiosk_map_view (fixture));
  GtkWidget *event_panel = kwa_window_get_panel (fixture->window, "event");
  AdwFlap *flap = ADW_FLAP (kwa_test_find_widget (window, ADW_TYPE_FLAP));
  GtkWidget *handle = kwa_test_find_widget_with_class (window, GTK_TYPE_BUTTON, "kiosk-panels-handle");
  KwaExhibit *exhibit = kwa_map_document_get_exhibit (kwa_session_get_document (kwa_application_get_session (fixture->app)));
  guint n_places;
  const KwaPlace *places = kwa_exhibit_get_places (exhibit, &n_places);
  graphene_rect_t handle_bounds, map_bounds;

  g_assert_nonnull (handle);
  g_assert_cmpuint (n_places, >, 0);
  kwa_kiosk_set_time_scale (fixture->kiosk, HOLD_TIME_SCALE);

  /* Landscape, the whole screen: beside the map, no handle. */
  assert_panels_beside (flap, event_panel, handle);

  shape_window (fixture, 600, 1066);
  g_assert_true (kwa_test_kiosk_wait_until (fixture, flap_put_away, flap, 5000));
  kwa_test_wait_frames (window, 2);
  g_assert_true (adw_flap_get_folded (flap));
  g_assert_false (adw_flap_get_reveal_flap (flap));
  g_assert_true (kwa_test_kiosk_wait_until (fixture, widget_unmapped, event_panel, 5000));
  g_assert_cmpint (gtk_widget_get_width (map), ==, 600);

  /* The handle is on the map, finger-sized, and brings the panels. */
  g_assert_true (gtk_widget_get_mapped (handle));
  g_assert_cmpint (gtk_widget_get_height (handle), >=, 48);
  handle_bounds = bounds_in_window (fixture, handle);
  map_bounds = bounds_in_window (fixture, map);
  g_assert_true (graphene_rect_contains_rect (&map_bounds, &handle_bounds));
  gtk_widget_activate (handle);
  g_assert_true (kwa_test_kiosk_wait_until (fixture, flap_revealed, flap, 5000));
  g_assert_false (gtk_widget_get_mapped (handle));
  assert_revealed_until_restart (fixture, flap, event_panel);
  g_assert_true (gtk_widget_get_mapped (handle));

  /* A place touched on the map: its story comes out with the panels. */
  g_signal_emit_by_name (map, "record-activated", KWA_MAP_HIT_PLACE, &places[0]);
  assert_revealed_until_restart (fixture, flap, event_panel);

  /* A small kiosk PC's screen: the panels beside the map and the caption's
   * column left the map half the width, so they fold there too, and the
   * map's own legend (the caption's column has no room for the key) sits
   * above the handle, its tab in reach. */
  shape_window (fixture, 1366, 768);
  g_assert_true (kwa_test_kiosk_wait_until (fixture, flap_put_away, flap, 5000));
  kwa_kiosk_restart (fixture->kiosk);
  kwa_test_wait_frames (window, 3);
  g_assert_true (gtk_widget_get_mapped (handle));
  g_assert_true (kwa_test_kiosk_wait_until (fixture, widget_unmapped, event_panel, 5000));
  g_assert_cmpint (gtk_widget_get_width (map), >, 1366 / 2);
  assert_legend_clear_of (KWA_MAP_VIEW (map), handle);

  /* Back to landscape, back beside the map. */
  shape_window (fixture, 0, 0);
  g_assert_true (kwa_test_kiosk_wait_until (fixture, flap_unfolded, flap, 5000));
  kwa_test_wait_frames (window, 2);
  assert_panels_beside (flap, event_panel, handle);
}

int
main (int   argc,
      char *argv[])
{
  kwa_test_kiosk_init (&argc, &argv);

  kwa_test_kiosk_add ("caption-beside-the-map", test_caption_beside_the_map);
  kwa_test_kiosk_add ("legend-beside-the-map", test_legend_beside_the_map);
  kwa_test_kiosk_add ("corner-clear-of-date-card", test_corner_clear_of_date_card);
  kwa_test_kiosk_add ("sweep-between-stops", test_sweep_between_stops);
  kwa_test_kiosk_add ("touch-stops-the-sweep", test_touch_stops_the_sweep);
  kwa_test_kiosk_add ("reduced-motion-jumps", test_reduced_motion_jumps);
  kwa_test_kiosk_add ("no-desk-furniture", test_no_desk_furniture);
  kwa_test_kiosk_add ("panels-fold-on-portrait", test_panels_fold_on_portrait);
  kwa_test_kiosk_add ("band-fits-its-words", test_band_fits_its_words);
  kwa_test_kiosk_add ("markers-clear-of-buttons", test_markers_clear_of_buttons);

  return g_test_run ();
}
