/* test-tour-framing.c: a tour stop is framed by one rule wherever it is
 * shown: the kiosk and the presenter's projector (through the map view)
 * and the printed handout (through kwa_tour_view_frame_viewport()). The
 * rule itself, then the map view and the kiosk held to it.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "kwa-application.h"
#include "kwa-session.h"
#include "kwa-kiosk.h"
#include "kwa-map-view.h"
#include "kwa-test-utils.h"
#include "kwa-tour-framing.h"
#include "kwa-window.h"

/* The sizes a stop is shown at: a 1080p kiosk, a portrait kiosk, the
 * presenter's laptop, a square, and the map of a handout's page (in
 * pixels of 0.8 points). */
static const struct { double width, height; } SIZES[] = {
  { 1920, 1080 }, { 1080, 1920 }, { 1280, 800 }, { 700, 700 }, { 559, 651 },
};

/* Boxes a curator might draw: the Pusan perimeter, Seoul and the 38th
 * parallel, a wide band across the peninsula. */
static const KwaBBox BOXES[] = {
  { 127.5, 34.8, 129.8, 36.5 },
  { 126.0, 36.5, 128.5, 38.3 },
  { 125.0, 37.6, 129.5, 38.6 },
};

typedef struct
{
  KwaMapDocument      *document;
  const KwaProjection *projection;
  KwaMapExtent         extent;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  KwaBasemap *basemap;

  fixture->document = kwa_test_load_bundled ();
  basemap = kwa_map_document_get_basemap (fixture->document);
  fixture->projection = kwa_basemap_get_projection (basemap);
  kwa_basemap_get_extent (basemap, &fixture->extent);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->document);
}

static KwaTourView
box_view (const KwaBBox *box)
{
  KwaTourView view = { .kind = KWA_TOUR_VIEW_BBOX, .bbox = *box };

  return view;
}

/* The box's four corners, in degrees. */
static void
box_corners (const KwaBBox *box,
             KwaLonLat      corners[4])
{
  corners[0] = (KwaLonLat) { box->west, box->south };
  corners[1] = (KwaLonLat) { box->east, box->south };
  corners[2] = (KwaLonLat) { box->east, box->north };
  corners[3] = (KwaLonLat) { box->west, box->north };
}

/* The box's corners land inside the map with a tenth of it to spare on
 * every side, and along its tighter side it fills 80 % of it: no more
 * (the margin), no less (the box is what the stop is about). */
static void
assert_framed (const double xs[4],
               const double ys[4],
               double       width,
               double       height)
{
  double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, max_y = -G_MAXDOUBLE;

  for (guint i = 0; i < 4; i++)
    {
      g_assert_cmpfloat (xs[i], >=, 0.1 * width - 0.01);
      g_assert_cmpfloat (xs[i], <=, 0.9 * width + 0.01);
      g_assert_cmpfloat (ys[i], >=, 0.1 * height - 0.01);
      g_assert_cmpfloat (ys[i], <=, 0.9 * height + 0.01);
      min_x = MIN (min_x, xs[i]);
      max_x = MAX (max_x, xs[i]);
      min_y = MIN (min_y, ys[i]);
      max_y = MAX (max_y, ys[i]);
    }

  g_assert_cmpfloat_with_epsilon (MAX ((max_x - min_x) / width, (max_y - min_y) / height), 0.8, 1e-3);
  /* Centred. */
  g_assert_cmpfloat_with_epsilon ((min_x + max_x) / 2, width / 2, 0.01);
  g_assert_cmpfloat_with_epsilon ((min_y + max_y) / 2, height / 2, 0.01);
}

/* ---- the rule --------------------------------------------------------- */

static void
test_centre_passes_through (Fixture       *fixture,
                            gconstpointer  data)
{
  KwaTourView view = { .kind = KWA_TOUR_VIEW_CENTER, .center = { 127.0, 37.8 }, .zoom = 2.5 };
  double x, y;

  kwa_projection_to_svg (fixture->projection, view.center.lon, view.center.lat, &x, &y);

  for (guint s = 0; s < G_N_ELEMENTS (SIZES); s++)
    {
      KwaMapPoint center;
      double zoom;

      kwa_tour_view_frame (&view, fixture->projection, &fixture->extent, SIZES[s].width, SIZES[s].height,
                           &center, &zoom);
      g_assert_cmpfloat (center.x, ==, x);
      g_assert_cmpfloat (center.y, ==, y);
      g_assert_cmpfloat (zoom, ==, 2.5);
    }
}

static void
test_box_fills_four_fifths (Fixture       *fixture,
                            gconstpointer  data)
{
  for (guint b = 0; b < G_N_ELEMENTS (BOXES); b++)
    for (guint s = 0; s < G_N_ELEMENTS (SIZES); s++)
      {
        KwaTourView view = box_view (&BOXES[b]);
        KwaLonLat corners[4];
        KwaViewport viewport;
        double xs[4], ys[4];

        kwa_tour_view_frame_viewport (&view, fixture->projection, &fixture->extent,
                                      SIZES[s].width, SIZES[s].height, &viewport);
        box_corners (&BOXES[b], corners);
        for (guint i = 0; i < 4; i++)
          {
            double map_x, map_y;

            kwa_projection_to_svg (fixture->projection, corners[i].lon, corners[i].lat, &map_x, &map_y);
            kwa_viewport_map_to_pixel (&viewport, map_x, map_y, &xs[i], &ys[i]);
          }
        assert_framed (xs, ys, SIZES[s].width, SIZES[s].height);
      }
}

/* The viewport the handout draws is the centre and zoom everyone else
 * gets. */
static void
test_viewport_is_the_frame (Fixture       *fixture,
                            gconstpointer  data)
{
  KwaTourView view = box_view (&BOXES[0]);
  KwaViewport viewport;
  KwaMapPoint center;
  double zoom;

  kwa_tour_view_frame (&view, fixture->projection, &fixture->extent, 1280, 800, &center, &zoom);
  kwa_tour_view_frame_viewport (&view, fixture->projection, &fixture->extent, 1280, 800, &viewport);

  g_assert_cmpfloat_with_epsilon (kwa_viewport_get_zoom (&viewport, &fixture->extent), zoom, 1e-9);
  g_assert_cmpfloat_with_epsilon (viewport.center_x, center.x, 1e-9);
  g_assert_cmpfloat_with_epsilon (viewport.center_y, center.y, 1e-9);
}

/* A box smaller than the closest view is shown as close as the map goes,
 * in the middle. */
static void
test_tiny_box_at_the_closest (Fixture       *fixture,
                              gconstpointer  data)
{
  KwaBBox tiny = { 126.60, 37.45, 126.65, 37.48 };
  KwaTourView view = box_view (&tiny);
  KwaMapPoint center;
  double x, y, zoom;

  kwa_tour_view_frame (&view, fixture->projection, &fixture->extent, 1920, 1080, &center, &zoom);
  g_assert_cmpfloat (zoom, ==, KWA_VIEWPORT_MAX_ZOOM);
  kwa_projection_to_svg (fixture->projection, 126.625, 37.465, &x, &y);
  g_assert_cmpfloat_with_epsilon (center.x, x, 0.1);
  g_assert_cmpfloat_with_epsilon (center.y, y, 0.1);
}

/* A box larger than the peninsula shows the peninsula, not less of it. */
static void
test_huge_box_shows_everything (Fixture       *fixture,
                                gconstpointer  data)
{
  KwaBBox huge = { 110.0, 25.0, 145.0, 50.0 };
  KwaTourView view = box_view (&huge);
  KwaMapPoint center;
  double zoom;

  kwa_tour_view_frame (&view, fixture->projection, &fixture->extent, 1920, 1080, &center, &zoom);
  g_assert_cmpfloat (zoom, ==, 1.0);
}

/* A map not yet on screen is framed as if it had the extent's shape. */
/* A stop framed near the edge of the data, or asking for a centre past it,
 * is clamped to the data: no void shows, and a box still shows whole. */
static void
test_clamped_to_the_data (Fixture       *fixture,
                          gconstpointer  data)
{
  /* The Tumen's mouth and the top of the Yalu, at the home box's corner;
   * and a centre out in Inner Mongolia, past the data. */
  static const KwaBBox corner = { 129.5, 41.8, 131.4, 43.2 };
  KwaTourView views[] = {
    box_view (&corner),
    { .kind = KWA_TOUR_VIEW_CENTER, .center = { 110.0, 45.0 }, .zoom = 1.5 },
  };

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    for (guint s = 0; s < G_N_ELEMENTS (SIZES); s++)
      {
        const KwaMapRect *bounds = &fixture->extent.data;
        KwaViewport viewport;
        KwaMapRect visible;

        kwa_tour_view_frame_viewport (&views[v], fixture->projection, &fixture->extent,
                                      SIZES[s].width, SIZES[s].height, &viewport);
        kwa_viewport_get_visible (&viewport, &visible);
        g_assert_cmpfloat (visible.x, >=, bounds->x - 1e-6);
        g_assert_cmpfloat (visible.y, >=, bounds->y - 1e-6);
        g_assert_cmpfloat (visible.x + visible.width, <=, bounds->x + bounds->width + 1e-6);
        g_assert_cmpfloat (visible.y + visible.height, <=, bounds->y + bounds->height + 1e-6);

        if (views[v].kind == KWA_TOUR_VIEW_BBOX)
          {
            KwaLonLat corners[4];

            box_corners (&corner, corners);
            for (guint i = 0; i < 4; i++)
              {
                double map_x, map_y, x, y;

                kwa_projection_to_svg (fixture->projection, corners[i].lon, corners[i].lat, &map_x, &map_y);
                kwa_viewport_map_to_pixel (&viewport, map_x, map_y, &x, &y);
                g_assert_cmpfloat (x, >=, 0);
                g_assert_cmpfloat (x, <=, SIZES[s].width);
                g_assert_cmpfloat (y, >=, 0);
                g_assert_cmpfloat (y, <=, SIZES[s].height);
              }
          }
      }
}

static void
test_no_size_yet (Fixture       *fixture,
                  gconstpointer  data)
{
  KwaTourView view = box_view (&BOXES[0]);
  KwaMapPoint unsized_center, center;
  double unsized_zoom, zoom;

  kwa_tour_view_frame (&view, fixture->projection, &fixture->extent, 0, 0, &unsized_center, &unsized_zoom);
  kwa_tour_view_frame (&view, fixture->projection, &fixture->extent, fixture->extent.home.width,
                       fixture->extent.home.height, &center, &zoom);
  g_assert_cmpfloat (unsized_zoom, ==, zoom);
  g_assert_cmpfloat (unsized_center.x, ==, center.x);
  g_assert_cmpfloat (unsized_center.y, ==, center.y);
}

/* ---- the map view (the kiosk's and the projector's) ------------------- */

static void
test_map_view_frames_alike (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  KwaMapView *map = KWA_MAP_VIEW (kwa_map_view_new ());
  KwaTourView view = box_view (&BOXES[0]);
  KwaLonLat corners[4];
  KwaMapPoint center;
  double xs[4], ys[4];
  double width, height, zoom;

  g_object_ref (map);
  kwa_map_view_set_document (map, fixture->document);
  gtk_window_set_default_size (window, 900, 1000);
  gtk_window_set_child (window, GTK_WIDGET (map));
  gtk_window_present (window);
  kwa_test_wait_frames (GTK_WIDGET (map), 3);

  width = gtk_widget_get_width (GTK_WIDGET (map));
  height = gtk_widget_get_height (GTK_WIDGET (map));
  g_assert_cmpfloat (width, >, 0);

  kwa_map_view_show_tour_view (map, &view, FALSE);
  kwa_test_wait_frames (GTK_WIDGET (map), 1);

  kwa_tour_view_frame (&view, fixture->projection, &fixture->extent, width, height, &center, &zoom);
  g_assert_cmpfloat_with_epsilon (kwa_map_view_get_zoom (map), zoom, 1e-9);

  box_corners (&BOXES[0], corners);
  for (guint i = 0; i < 4; i++)
    g_assert_true (kwa_map_view_lonlat_to_widget (map, corners[i], &xs[i], &ys[i]));
  assert_framed (xs, ys, width, height);

  gtk_window_destroy (window);
  g_assert_finalize_object (map);
}

/* ---- the kiosk --------------------------------------------------------- */

/* The kiosk frames the minimal exhibit's second stop, the Pusan perimeter,
 * by the rule, not by one of its own. */
static void
test_kiosk_frames_alike (void)
{
  g_autoptr(GFile) data_file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "data", "minimal.json", NULL));
  g_autoptr(KwaApplication) app = kwa_application_new ("org.koreanwaratlas.Atlas.TestTourFraming",
                                                       G_APPLICATION_NON_UNIQUE);
  KwaMapDocument *document;
  KwaBasemap *basemap;
  const KwaTour *tour;
  KwaWindow *window;
  KwaKiosk *kiosk;
  KwaMapView *view;
  KwaMapExtent extent;
  KwaMapPoint center;
  KwaLonLat shown, wanted;
  double zoom;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  g_assert_true (kwa_session_load (kwa_application_get_session (app), data_file));
  document = kwa_session_get_document (kwa_application_get_session (app));
  basemap = kwa_map_document_get_basemap (document);
  tour = kwa_exhibit_find_tour (kwa_map_document_get_exhibit (document), "main");
  g_assert_nonnull (tour);
  g_assert_cmpint (tour->stops[1].view.kind, ==, KWA_TOUR_VIEW_BBOX);

  window = g_object_ref (kwa_window_new (app));
  kiosk = kwa_kiosk_new (kwa_application_get_session (app), KWA_KIOSK_HOST (window), 60);
  gtk_window_present (GTK_WINDOW (window));
  view = kwa_window_get_map_view (window);
  kwa_test_wait_frames (GTK_WIDGET (view), 3);

  /* The second stop, reached without gliding. */
  kwa_kiosk_restart (kiosk);
  kwa_kiosk_run_soak (kiosk, 1);
  g_assert_cmpuint (kwa_kiosk_get_stop_index (kiosk), ==, 1);

  kwa_basemap_get_extent (basemap, &extent);
  kwa_tour_view_frame (&tour->stops[1].view, kwa_basemap_get_projection (basemap), &extent,
                       gtk_widget_get_width (GTK_WIDGET (view)), gtk_widget_get_height (GTK_WIDGET (view)),
                       &center, &zoom);
  g_assert_cmpfloat (zoom, >, 1.0);
  g_assert_cmpfloat_with_epsilon (kwa_map_view_get_zoom (view), zoom, 1e-9);
  kwa_projection_from_svg (kwa_basemap_get_projection (basemap), center.x, center.y, &wanted.lon, &wanted.lat);
  kwa_map_view_get_center (view, &shown);
  g_assert_cmpfloat_with_epsilon (shown.lon, wanted.lon, 1e-6);
  g_assert_cmpfloat_with_epsilon (shown.lat, wanted.lat, 1e-6);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  g_assert_finalize_object (kiosk);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/tour-framing/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("centre-passes-through", test_centre_passes_through);
  ADD ("box-fills-four-fifths", test_box_fills_four_fifths);
  ADD ("viewport-is-the-frame", test_viewport_is_the_frame);
  ADD ("tiny-box-at-the-closest", test_tiny_box_at_the_closest);
  ADD ("huge-box-shows-everything", test_huge_box_shows_everything);
  ADD ("clamped-to-the-data", test_clamped_to_the_data);
  ADD ("no-size-yet", test_no_size_yet);
  ADD ("map-view-frames-alike", test_map_view_frames_alike);
  g_test_add_func ("/tour-framing/kiosk-frames-alike", test_kiosk_frames_alike);

#undef ADD

  return g_test_run ();
}
