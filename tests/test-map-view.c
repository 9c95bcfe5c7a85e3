/* test-map-view.c: zoom, pan and selection, driven through the map's own
 * input controllers as a mouse or a touch screen would.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "kwa-basemap-cache.h"
#include "kwa-map-renderer.h"
#include "kwa-map-view.h"
#include "kwa-sketch.h"
#include "kwa-test-image.h"
#include "kwa-test-utils.h"
#include "kwa-map-renderer-private.h"
#include "kwa-map-view-private.h"

typedef struct
{
  GtkWindow      *window;
  KwaMapView     *map;
  KwaMapDocument *document;
} Fixture;

/* Waits, up to ten seconds, for the rasters the settled view asked for.
 * A fixed wait was too short under a sanitizer on a busy two-core machine:
 * a raster landing later changes every tile of the next frame. */
static void
wait_for_basemap (KwaMapView *map)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!kwa_map_view_is_basemap_ready (map) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (kwa_map_view_is_basemap_ready (map));
  kwa_test_wait_frames (GTK_WIDGET (map), 1);
}

/* The zoom glides (or jumps with animations off). Under a sanitizer on a
 * loaded machine its last frame can come late, so wait for the zoom to be
 * within [LOW, HIGH], up to ten seconds, instead of a fixed time. */
static double
wait_for_zoom (KwaMapView *map,
               double      low,
               double      high)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  double zoom;

  while (((zoom = kwa_map_view_get_zoom (map)) < low || zoom > high) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);

  return zoom;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->document = kwa_map_document_new_default (&error);
  g_assert_no_error (error);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1200, 800);
  fixture->map = KWA_MAP_VIEW (kwa_map_view_new ());
  g_object_ref (fixture->map);
  kwa_map_view_set_document (fixture->map, fixture->document);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->map));
  gtk_window_present (fixture->window);
  kwa_test_wait_frames (GTK_WIDGET (fixture->map), 3);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_assert_finalize_object (fixture->map);
  g_assert_finalize_object (fixture->document);
}

static GtkEventController *
find_controller (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;   /* the widget keeps it alive */
    }

  g_assert_not_reached ();
}

static void
move_pointer (Fixture *fixture,
              double   x,
              double   y)
{
  g_signal_emit_by_name (find_controller (GTK_WIDGET (fixture->map), GTK_TYPE_EVENT_CONTROLLER_MOTION),
                         "motion", x, y);
}

static void
test_scroll_zooms_around_pointer (Fixture       *fixture,
                                  gconstpointer  data)
{
  KwaLonLat before, after;
  gboolean handled;

  g_assert_cmpfloat_with_epsilon (kwa_map_view_get_zoom (fixture->map), 1.0, 1e-9);

  move_pointer (fixture, 700, 300);
  g_assert_true (kwa_map_view_widget_to_lonlat (fixture->map, 700, 300, &before));
  g_signal_emit_by_name (find_controller (GTK_WIDGET (fixture->map), GTK_TYPE_EVENT_CONTROLLER_SCROLL),
                         "scroll", 0.0, -3.0, &handled);
  kwa_test_wait_frames (GTK_WIDGET (fixture->map), 1);

  /* Three notches: wider than the view, so nothing recentres the map. */
  g_assert_cmpfloat (kwa_map_view_get_zoom (fixture->map), >, 3.0);
  g_assert_true (kwa_map_view_widget_to_lonlat (fixture->map, 700, 300, &after));
  /* The place under the pointer is still under it, within a metre or so. */
  g_assert_cmpfloat_with_epsilon (after.lon, before.lon, 1e-4);
  g_assert_cmpfloat_with_epsilon (after.lat, before.lat, 1e-4);
}

static void
test_drag_pans (Fixture       *fixture,
                gconstpointer  data)
{
  GtkEventController *drag = find_controller (GTK_WIDGET (fixture->map), GTK_TYPE_GESTURE_DRAG);
  KwaLonLat grabbed, under_pointer;
  gboolean handled;

  /* Zoom in first, so there is room to pan. */
  move_pointer (fixture, 600, 400);
  g_signal_emit_by_name (find_controller (GTK_WIDGET (fixture->map), GTK_TYPE_EVENT_CONTROLLER_SCROLL),
                         "scroll", 0.0, -3.0, &handled);

  g_assert_true (kwa_map_view_widget_to_lonlat (fixture->map, 600, 400, &grabbed));
  g_signal_emit_by_name (drag, "drag-begin", 600.0, 400.0);
  g_signal_emit_by_name (drag, "drag-update", 40.0, 30.0);
  g_signal_emit_by_name (drag, "drag-update", 120.0, -80.0);

  /* What was grabbed moved with the pointer. */
  g_assert_true (kwa_map_view_widget_to_lonlat (fixture->map, 720, 320, &under_pointer));
  g_assert_cmpfloat_with_epsilon (under_pointer.lon, grabbed.lon, 1e-4);
  g_assert_cmpfloat_with_epsilon (under_pointer.lat, grabbed.lat, 1e-4);
}

/* The view never shows past the basemap's data: no void at any edge. */
static void
assert_view_inside_data (KwaMapView *map)
{
  KwaMapRect visible;
  const KwaMapRect *data = &map->extent.data;

  kwa_viewport_get_visible (&map->viewport, &visible);
  g_assert_cmpfloat (visible.x, >=, data->x - 1e-6);
  g_assert_cmpfloat (visible.y, >=, data->y - 1e-6);
  g_assert_cmpfloat (visible.x + visible.width, <=, data->x + data->width + 1e-6);
  g_assert_cmpfloat (visible.y + visible.height, <=, data->y + data->height + 1e-6);
}

static void
test_limits_keep_the_peninsula (Fixture       *fixture,
                                gconstpointer  data)
{
  GtkEventController *scroll = find_controller (GTK_WIDGET (fixture->map), GTK_TYPE_EVENT_CONTROLLER_SCROLL);
  GtkEventController *drag = find_controller (GTK_WIDGET (fixture->map), GTK_TYPE_GESTURE_DRAG);
  gboolean handled;

  for (int i = 0; i < 30; i++)
    g_signal_emit_by_name (scroll, "scroll", 0.0, -1.0, &handled);
  g_assert_cmpfloat (kwa_map_view_get_zoom (fixture->map), <=, KWA_VIEWPORT_MAX_ZOOM + 1e-9);

  for (int i = 0; i < 60; i++)
    g_signal_emit_by_name (scroll, "scroll", 0.0, 1.0, &handled);
  g_assert_cmpfloat (kwa_map_view_get_zoom (fixture->map), >=,
                     kwa_viewport_min_zoom (&fixture->map->extent, fixture->map->viewport.width,
                                            fixture->map->viewport.height) - 1e-9);
  /* As far out as it goes, the data just covers the view. */
  g_assert_cmpfloat (kwa_map_view_get_zoom (fixture->map), <, 1.0);
  assert_view_inside_data (fixture->map);

  /* A drag far off to either side stops with the peninsula on screen. */
  for (int direction = -1; direction <= 1; direction += 2)
    {
      const KwaLonLat cities[] = { { 126.978, 37.5665 }, { 125.7543, 39.0339 }, { 129.0756, 35.1796 } };

      g_signal_emit_by_name (drag, "drag-begin", 100.0, 100.0);
      g_signal_emit_by_name (drag, "drag-update", direction * 50000.0, direction * 50000.0);
      assert_view_inside_data (fixture->map);

      for (guint i = 0; i < G_N_ELEMENTS (cities); i++)
        {
          double x, y;

          g_assert_true (kwa_map_view_lonlat_to_widget (fixture->map, cities[i], &x, &y));
          g_assert_cmpfloat (x, >=, 0);
          g_assert_cmpfloat (x, <=, gtk_widget_get_width (GTK_WIDGET (fixture->map)));
          g_assert_cmpfloat (y, >=, 0);
          g_assert_cmpfloat (y, <=, gtk_widget_get_height (GTK_WIDGET (fixture->map)));
        }
    }
}

/* A window of any shape, 4:3 or portrait 9:16, shows map to every edge:
 * fitted, zoomed as far out as it goes, and dragged hard into a corner. */
static void
test_any_shape_is_full_bleed (Fixture       *fixture,
                              gconstpointer  data)
{
  /* Small enough for the test screen (xvfb-run 1920×1080). */
  static const int shapes[][2] = { { 1024, 768 }, { 540, 960 } };

  for (guint s = 0; s < G_N_ELEMENTS (shapes); s++)
    {
      GtkWindow *window = GTK_WINDOW (gtk_window_new ());
      KwaMapView *map = KWA_MAP_VIEW (kwa_map_view_new ());
      GtkEventController *scroll = find_controller (GTK_WIDGET (map), GTK_TYPE_EVENT_CONTROLLER_SCROLL);
      GtkEventController *drag = find_controller (GTK_WIDGET (map), GTK_TYPE_GESTURE_DRAG);
      gboolean handled;

      gtk_window_set_default_size (window, shapes[s][0], shapes[s][1]);
      kwa_map_view_set_document (map, fixture->document);
      gtk_window_set_child (window, GTK_WIDGET (map));
      gtk_window_present (window);
      kwa_test_wait_frames (GTK_WIDGET (map), 3);

      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (map)), ==, shapes[s][0]);
      g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (map)), ==, shapes[s][1]);
      g_assert_cmpfloat_with_epsilon (kwa_map_view_get_zoom (map), 1.0, 1e-9);
      assert_view_inside_data (map);

      for (int i = 0; i < 60; i++)
        g_signal_emit_by_name (scroll, "scroll", 0.0, 1.0, &handled);
      assert_view_inside_data (map);
      g_signal_emit_by_name (drag, "drag-begin", 10.0, 10.0);
      g_signal_emit_by_name (drag, "drag-update", 50000.0, -50000.0);
      g_signal_emit_by_name (drag, "drag-end", 50000.0, -50000.0);
      assert_view_inside_data (map);

      gtk_window_destroy (window);
    }
}

static void
test_keys_zoom_and_reset (Fixture       *fixture,
                          gconstpointer  data)
{
  double zoom;

  gtk_widget_activate_action (GTK_WIDGET (fixture->map), "map.zoom-in", NULL);
  zoom = wait_for_zoom (fixture->map, 1.4 + 1e-9, G_MAXDOUBLE);
  g_assert_cmpfloat (zoom, >, 1.4);

  gtk_widget_activate_action (GTK_WIDGET (fixture->map), "map.pan", "(ii)", 1, 0);
  gtk_widget_activate_action (GTK_WIDGET (fixture->map), "map.reset", NULL);
  zoom = wait_for_zoom (fixture->map, 1.0 - 1e-6, 1.0 + 1e-6);
  g_assert_cmpfloat_with_epsilon (zoom, 1.0, 1e-6);
}

static void
test_double_click_zooms_in (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkEventController *click = find_controller (GTK_WIDGET (fixture->map), GTK_TYPE_GESTURE_CLICK);

  g_signal_emit_by_name (click, "pressed", 1, 600.0, 400.0);
  g_signal_emit_by_name (click, "pressed", 2, 600.0, 400.0);
  g_assert_cmpfloat (wait_for_zoom (fixture->map, 1.4 + 1e-9, G_MAXDOUBLE), >, 1.4);
}

static void
record_activated_cb (KwaMapView    *map,
                     int            kind,
                     gconstpointer  record,
                     gconstpointer *out)
{
  if (kind == KWA_MAP_HIT_EVENT)
    *out = record;
}

static void
test_click_selects_an_event (Fixture       *fixture,
                             gconstpointer  data)
{
  KwaExhibit *exhibit = kwa_map_document_get_exhibit (fixture->document);
  const KwaEvent *landing = kwa_exhibit_find_event (exhibit, "inchon-landing");
  GtkEventController *click = find_controller (GTK_WIDGET (fixture->map), GTK_TYPE_GESTURE_CLICK);
  gconstpointer activated = NULL;
  double x, y;

  g_assert_nonnull (landing);
  g_assert_true (landing->has_location);

  kwa_map_view_set_time (fixture->map, landing->date);
  kwa_test_wait_frames (GTK_WIDGET (fixture->map), 2);
  g_assert_true (kwa_map_view_lonlat_to_widget (fixture->map, landing->location, &x, &y));

  g_signal_connect (fixture->map, "record-activated", G_CALLBACK (record_activated_cb), &activated);
  g_signal_emit_by_name (click, "pressed", 1, x + 2, y - 2);
  g_signal_emit_by_name (click, "released", 1, x + 2, y - 2);

  g_assert_true (activated == landing);
  g_assert_true (kwa_map_view_get_selected (fixture->map) == landing);

  /* Open sea selects nothing. */
  activated = NULL;
  g_signal_emit_by_name (click, "pressed", 1, 5.0, 5.0);
  g_signal_emit_by_name (click, "released", 1, 5.0, 5.0);
  g_assert_null (activated);
}

static void
test_dates_do_not_rasterize (Fixture       *fixture,
                             gconstpointer  data)
{
  KwaBasemapCache *cache = kwa_map_view_get_basemap_cache (fixture->map);
  guint renders;

  wait_for_basemap (fixture->map);
  renders = kwa_basemap_cache_get_n_renders (cache);

  /* Scrubbing through a year: new scenes every frame, no new rasters. */
  for (int day = 0; day < 365; day += 5)
    {
      kwa_map_view_set_time (fixture->map, -7000 + day);
      g_assert_cmpint (kwa_map_view_get_scene (fixture->map)->date, ==, -7000 + day);
      kwa_test_wait_frames (GTK_WIDGET (fixture->map), 1);
    }

  g_assert_cmpuint (kwa_basemap_cache_get_n_renders (cache), ==, renders);
}

/* A window's frames come far apart: on two cores they are drawn in one
 * band, the second core left to the display server; with more cores, in
 * two. Exports keep two bands (test-render-threads). */
static void
test_window_bands_by_cores (Fixture       *fixture,
                            gconstpointer  data)
{
  g_assert_cmpuint (kwa_map_view_render_threads (1), ==, 1);
  g_assert_cmpuint (kwa_map_view_render_threads (2), ==, 1);
  g_assert_cmpuint (kwa_map_view_render_threads (4), ==, 2);
  g_assert_cmpuint (kwa_map_renderer_get_max_threads (fixture->map->renderer), ==,
                    kwa_map_view_render_threads (g_get_num_processors ()));
}

/* Between frames the view makes the labels its frames will draw (see
 * kwa_map_renderer_prepare_labels()): scrubbing through the war of
 * movement then strokes no unit's or place's halo in a frame. */
static void
test_labels_made_between_frames (Fixture       *fixture,
                                 gconstpointer  data)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  guint64 made;

  wait_for_basemap (fixture->map);
  while (fixture->map->prepare_labels_id != 0 && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (fixture->map->prepare_labels_id, ==, 0);

  made = kwa_map_renderer_get_halos_stroked (fixture->map->renderer);
  g_assert_cmpuint (made, >, 50);
  for (int day = -7130; day < -6940; day += 3)   /* 25 June to 31 December 1950 */
    {
      kwa_map_view_set_time (fixture->map, day);
      kwa_test_wait_frames (GTK_WIDGET (fixture->map), 1);
    }
  g_assert_cmpuint (kwa_map_renderer_get_halos_stroked (fixture->map->renderer), ==, made);
}

static void
test_pen_draws_on_the_map (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkEventController *drag = find_controller (GTK_WIDGET (fixture->map), GTK_TYPE_GESTURE_DRAG);
  GtkEventController *scroll = find_controller (GTK_WIDGET (fixture->map), GTK_TYPE_EVENT_CONTROLLER_SCROLL);
  g_autoptr(KwaSketch) sketch = kwa_sketch_new ();
  const KwaStroke *stroke;
  KwaLonLat center_before, center_after, drawn;
  KwaMapPoint first;
  double x, y;
  gboolean handled;

  kwa_map_view_set_sketch (fixture->map, sketch);
  kwa_map_view_set_pen_active (fixture->map, TRUE);
  kwa_map_view_get_center (fixture->map, &center_before);

  g_signal_emit_by_name (drag, "drag-begin", 500.0, 300.0);
  g_signal_emit_by_name (drag, "drag-update", 40.0, 10.0);
  g_signal_emit_by_name (drag, "drag-update", 80.0, 60.0);

  /* Drawing, not panning. */
  kwa_map_view_get_center (fixture->map, &center_after);
  g_assert_cmpfloat (center_after.lon, ==, center_before.lon);
  g_assert_cmpuint (kwa_sketch_get_n_strokes (sketch), ==, 1);
  stroke = kwa_sketch_get_stroke (sketch, 0);
  g_assert_cmpuint (stroke->points->len, ==, 3);

  /* The stroke stays where it was drawn on the map when the map zooms. */
  first = g_array_index (stroke->points, KwaMapPoint, 0);
  g_assert_true (kwa_map_view_widget_to_lonlat (fixture->map, 500, 300, &drawn));
  move_pointer (fixture, 100, 100);
  g_signal_emit_by_name (scroll, "scroll", 0.0, -2.0, &handled);
  g_assert_true (kwa_map_view_lonlat_to_widget (fixture->map, drawn, &x, &y));
  g_assert_cmpfloat (fabs (x - 500) + fabs (y - 300), >, 50);   /* it moved with the map */
  g_assert_cmpfloat (g_array_index (kwa_sketch_get_stroke (sketch, 0)->points, KwaMapPoint, 0).x, ==, first.x);

  g_assert_true (kwa_sketch_undo (sketch));
  g_assert_cmpuint (kwa_sketch_get_n_strokes (sketch), ==, 0);
  g_assert_false (kwa_sketch_undo (sketch));

  /* With the pen put away, a drag pans again: what was under the
   * pointer moves with it, and nothing is drawn. (Up and left: the zoom
   * around the top-left corner left no room to pan the other way.) */
  kwa_map_view_set_pen_active (fixture->map, FALSE);
  g_assert_true (kwa_map_view_widget_to_lonlat (fixture->map, 500, 300, &drawn));
  g_signal_emit_by_name (drag, "drag-begin", 500.0, 300.0);
  g_signal_emit_by_name (drag, "drag-update", -40.0, -10.0);
  g_signal_emit_by_name (drag, "drag-update", -80.0, -20.0);
  g_assert_cmpuint (kwa_sketch_get_n_strokes (sketch), ==, 0);
  g_assert_true (kwa_map_view_lonlat_to_widget (fixture->map, drawn, &x, &y));
  g_assert_cmpfloat_with_epsilon (x, 420, 0.5);
  g_assert_cmpfloat_with_epsilon (y, 280, 0.5);
  kwa_map_view_set_sketch (fixture->map, NULL);
}

/* What the window shows of the map is the frame the renderer draws into
 * an image, as --render and bench-render draw it: the same day, size and
 * zoom give the same pixels, on screen too. And a frame that changed
 * nothing sends GTK no tile anew, while a new day sends some, not all. */
static void
test_window_shows_the_renderers_frame (Fixture       *fixture,
                                       gconstpointer  data)
{
  GtkWidget *widget = GTK_WIDGET (fixture->map);
  int width, height;
  cairo_surface_t *frame;
  g_autoptr(KwaMapRenderer) renderer = NULL;
  cairo_surface_t *rendered;
  KwaRenderOptions options;
  cairo_t *cr;
  g_autoptr(GdkPaintable) paintable = NULL;
  GtkSnapshot *snapshot;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guint32 *screen = NULL;
  guint differing_rendered = 0, differing_screen = 0, tiles;

  g_object_set (gtk_widget_get_settings (widget), "gtk-enable-animations", FALSE, NULL);
  kwa_map_view_set_time (fixture->map, kwa_date_from_ymd (1950, 9, 15));
  wait_for_basemap (fixture->map);
  kwa_test_wait_frames (widget, 2);

  frame = kwa_map_view_get_frame_image (fixture->map);
  g_assert_nonnull (frame);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  g_assert_cmpint (cairo_image_surface_get_width (frame), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (frame), ==, height);

  /* The renderer as --render uses it, the view's day, viewport and options. */
  renderer = kwa_map_renderer_new (kwa_map_view_get_basemap_cache (fixture->map));
  kwa_map_view_get_render_options (fixture->map, &options);
  rendered = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (rendered);
  g_assert_true (kwa_map_renderer_draw (renderer, cr, &fixture->map->viewport,
                                        kwa_map_view_get_scene (fixture->map), &options, NULL));
  cairo_destroy (cr);
  cairo_surface_flush (rendered);

  /* What GTK puts on screen from the view's nodes. */
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_cmpuint (kwa_map_view_get_tiles_replaced (fixture->map), ==, 0);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (fixture->window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  screen = g_new (guint32, (gsize) width * height);
  gdk_texture_download (texture, (guchar *) screen, width * 4);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = kwa_test_pixel_at (frame, x, y);

        differing_rendered += pixel != kwa_test_pixel_at (rendered, x, y);
        differing_screen += pixel != screen[(gsize) y * width + x];
      }
  cairo_surface_destroy (rendered);
  g_assert_cmpuint (differing_rendered, ==, 0);
  g_assert_cmpuint (differing_screen, ==, 0);

  /* The next day moves the front: a few tiles, never all of them. */
  kwa_map_view_set_time (fixture->map, kwa_date_from_ymd (1950, 9, 16));
  kwa_test_wait_frames (widget, 1);
  tiles = kwa_map_view_get_tiles_replaced (fixture->map);
  g_test_message ("tiles sent anew for the next day: %u", tiles);
  g_assert_cmpuint (tiles, >, 0);
  g_assert_cmpuint (tiles, <, ((width + KWA_FRAME_TILE_SIZE - 1) / KWA_FRAME_TILE_SIZE) *
                              ((height + KWA_FRAME_TILE_SIZE - 1) / KWA_FRAME_TILE_SIZE) / 2);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/map-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("scroll-zooms-around-pointer", test_scroll_zooms_around_pointer);
  ADD ("drag-pans", test_drag_pans);
  ADD ("limits-keep-the-peninsula", test_limits_keep_the_peninsula);
  ADD ("any-shape-is-full-bleed", test_any_shape_is_full_bleed);
  ADD ("keys-zoom-and-reset", test_keys_zoom_and_reset);
  ADD ("double-click-zooms-in", test_double_click_zooms_in);
  ADD ("click-selects-an-event", test_click_selects_an_event);
  ADD ("dates-do-not-rasterize", test_dates_do_not_rasterize);
  ADD ("pen-draws-on-the-map", test_pen_draws_on_the_map);
  ADD ("window-bands-by-cores", test_window_bands_by_cores);
  ADD ("labels-made-between-frames", test_labels_made_between_frames);
  ADD ("window-shows-the-renderers-frame", test_window_shows_the_renderers_frame);

  return g_test_run ();
}
