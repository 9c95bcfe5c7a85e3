/* test-exhibit-loader-records.c: a valid exhibit loads with every record
 * and every reference resolved, from a file, from bytes or from a
 * resource bundle; a file that is not there is refused. And the geometry
 * the records are made of answers what the map asks of it.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kwa-exhibit.h"
#include "kwa-test-loader.h"
#include "kwa-test-utils.h"

static void
test_minimal_collections (void)
{
  g_autoptr(KwaExhibit) exhibit = kwa_test_load_minimal ();
  g_autoptr(GFile) basemap = kwa_test_data_file ("minimal-basemap.svg", NULL);
  KwaDateRange war = kwa_exhibit_get_war_span (exhibit);
  KwaDateRange time_range = kwa_exhibit_get_time_range (exhibit);
  const KwaBBox *bbox = kwa_exhibit_get_bbox (exhibit);
  guint n;

  g_assert_cmpstr (kwa_text_get (kwa_exhibit_get_title (exhibit), KWA_LANGUAGE_EN), ==, "Korean War Atlas (test)");
  g_assert_cmpstr (kwa_text_get (kwa_exhibit_get_title (exhibit), KWA_LANGUAGE_KO), ==, "한국전쟁 지도 (시험)");
  g_assert_cmpstr (kwa_text_get (kwa_exhibit_get_subtitle (exhibit), KWA_LANGUAGE_EN), ==, "A small exhibit for the tests");
  g_assert_cmpstr (kwa_text_get (kwa_exhibit_get_attribution (exhibit), KWA_LANGUAGE_KO), ==, "시험 자료");
  g_assert_true (g_str_has_prefix (kwa_exhibit_get_projection_string (exhibit), "+proj=lcc +lat_1=34"));
  g_assert_true (g_file_equal (kwa_exhibit_get_basemap_file (exhibit), basemap));

  g_assert_cmpfloat (bbox->west, ==, 124.0);
  g_assert_cmpfloat (bbox->south, ==, 33.0);
  g_assert_cmpfloat (bbox->east, ==, 131.5);
  g_assert_cmpfloat (bbox->north, ==, 43.2);
  g_assert_cmpint (time_range.start, ==, kwa_date_from_ymd (1945, 8, 15));
  g_assert_cmpint (time_range.end, ==, kwa_date_from_ymd (1953, 12, 31));
  g_assert_cmpint (war.start, ==, kwa_date_from_ymd (1950, 6, 25));
  g_assert_cmpint (war.end, ==, kwa_date_from_ymd (1953, 7, 27));

  g_assert_nonnull (kwa_exhibit_get_phases (exhibit, &n));
  g_assert_cmpuint (n, ==, 2);
  g_assert_nonnull (kwa_exhibit_get_places (exhibit, &n));
  g_assert_cmpuint (n, ==, 3);
  g_assert_nonnull (kwa_exhibit_get_events (exhibit, &n));
  g_assert_cmpuint (n, ==, 3);
  g_assert_nonnull (kwa_exhibit_get_fronts (exhibit, &n));
  g_assert_cmpuint (n, ==, 2);
  g_assert_nonnull (kwa_exhibit_get_enclaves (exhibit, &n));
  g_assert_cmpuint (n, ==, 1);
  g_assert_nonnull (kwa_exhibit_get_movements (exhibit, &n));
  g_assert_cmpuint (n, ==, 1);
  g_assert_nonnull (kwa_exhibit_get_lines (exhibit, &n));
  g_assert_cmpuint (n, ==, 3);
  g_assert_nonnull (kwa_exhibit_get_figures (exhibit, &n));
  g_assert_cmpuint (n, ==, 1);
  g_assert_nonnull (kwa_exhibit_get_leaders (exhibit, &n));
  g_assert_cmpuint (n, ==, 2);
  g_assert_nonnull (kwa_exhibit_get_perspectives (exhibit, &n));
  g_assert_cmpuint (n, ==, 1);
  g_assert_nonnull (kwa_exhibit_get_tours (exhibit, &n));
  g_assert_cmpuint (n, ==, 1);
  g_assert_nonnull (kwa_exhibit_get_sources (exhibit, &n));
  g_assert_cmpuint (n, ==, 2);
}

static void
test_minimal_sides (void)
{
  g_autoptr(KwaExhibit) exhibit = kwa_test_load_minimal ();
  const KwaSide *north = kwa_exhibit_get_side (exhibit, KWA_SIDE_NORTH);
  const KwaSide *south = kwa_exhibit_get_side (exhibit, KWA_SIDE_SOUTH);

  g_assert_cmpint (north->id, ==, KWA_SIDE_NORTH);
  g_assert_cmpint (south->id, ==, KWA_SIDE_SOUTH);
  g_assert_cmpstr (kwa_text_get (&north->name, KWA_LANGUAGE_KO), ==, "북측");
  g_assert_cmpuint (north->n_forces, ==, 1);
  g_assert_cmpuint (south->n_forces, ==, 2);
  g_assert_cmpstr (kwa_text_get (&south->forces[1], KWA_LANGUAGE_EN), ==, "United Nations Command");
  /* "#b83a3a" */
  g_assert_cmpfloat_with_epsilon (north->color.r, 0xb8 / 255.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (north->color.g, 0x3a / 255.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (north->color.b, 0x3a / 255.0, 1e-9);
  g_assert_cmpfloat (south->anchor.lon, ==, 129.04);
  g_assert_cmpfloat (south->anchor.lat, ==, 35.1);
}

static void
test_minimal_events (void)
{
  g_autoptr(KwaExhibit) exhibit = kwa_test_load_minimal ();
  const KwaEvent *events;
  const KwaEvent *invasion;
  guint n_events;

  events = kwa_exhibit_get_events (exhibit, &n_events);
  g_assert_cmpuint (n_events, ==, 3);
  for (guint i = 1; i < n_events; i++)
    g_assert_cmpint (events[i - 1].date, <=, events[i].date);

  /* A place: resolved to the record, and the marker goes there. */
  g_assert_true (events[0].place == kwa_exhibit_find_place (exhibit, "seoul"));
  g_assert_true (events[0].has_location);
  g_assert_cmpfloat (events[0].location.lon, ==, 126.978);
  g_assert_cmpint (events[0].end, ==, KWA_DATE_NONE);
  g_assert_cmpint (events[0].category, ==, KWA_EVENT_POLITICAL);
  g_assert_cmpint (events[0].confidence, ==, KWA_CONFIDENCE_UNSTATED);
  g_assert_false (events[0].has_quote);
  g_assert_false (kwa_text_is_set (&events[0].notes));

  invasion = kwa_exhibit_find_event (exhibit, "invasion");
  g_assert_true (invasion == &events[1]);
  g_assert_null (invasion->place);
  g_assert_true (invasion->has_location);
  g_assert_cmpfloat (invasion->location.lon, ==, 126.9);
  g_assert_cmpfloat (invasion->location.lat, ==, 38.0);
  g_assert_cmpint (invasion->end, ==, kwa_date_from_ymd (1950, 6, 28));
  g_assert_true (invasion->has_quote);
  g_assert_cmpstr (kwa_text_get (&invasion->quote.speaker, KWA_LANGUAGE_KO), ==, "한 병사");
  g_assert_cmpint (invasion->quote.date, ==, kwa_date_from_ymd (1950, 6, 25));
  g_assert_cmpuint (invasion->n_sources, ==, 2);
  g_assert_true (invasion->sources[0] == kwa_exhibit_find_source (exhibit, "test-history"));
  g_assert_true (invasion->sources[1] == kwa_exhibit_find_source (exhibit, "test-web"));
  g_assert_cmpint (invasion->confidence, ==, KWA_CONFIDENCE_HIGH);
  g_assert_cmpstr (kwa_text_get (&invasion->notes, KWA_LANGUAGE_EN), ==, "The hour is disputed.");

  /* A vote in New York has no marker on the map. */
  g_assert_false (events[2].has_location);
  g_assert_null (events[2].place);

  g_assert_null (kwa_exhibit_find_event (exhibit, "no-such-event"));
  g_assert_null (kwa_exhibit_find_place (exhibit, "pyongyang"));
}

static void
test_minimal_geometry (void)
{
  g_autoptr(KwaExhibit) exhibit = kwa_test_load_minimal ();
  const KwaFront *fronts = kwa_exhibit_get_fronts (exhibit, NULL);
  const KwaEnclave *enclave = kwa_exhibit_get_enclaves (exhibit, NULL);
  const KwaLine *lines = kwa_exhibit_get_lines (exhibit, NULL);
  const KwaMovement *movement = kwa_exhibit_get_movements (exhibit, NULL);
  const KwaPlace *kaesong = kwa_exhibit_find_place (exhibit, "kaesong");

  g_assert_cmpuint (fronts[0].line.n_points, ==, 3);
  g_assert_cmpfloat (fronts[0].line.points[2].lon, ==, 128.65);
  g_assert_cmpint (fronts[1].confidence, ==, KWA_CONFIDENCE_MEDIUM);
  g_assert_cmpstr (kwa_text_get (&fronts[1].notes, KWA_LANGUAGE_KO), ==, "낙동강 방어선.");

  g_assert_cmpuint (enclave->area.n_rings, ==, 1);
  g_assert_cmpuint (enclave->area.rings[0].n_points, ==, 5);
  g_assert_cmpint (enclave->side, ==, KWA_SIDE_SOUTH);
  g_assert_true (kwa_polygon_contains (&enclave->area, (KwaLonLat) { 126.6, 37.5 }));
  g_assert_false (kwa_polygon_contains (&enclave->area, (KwaLonLat) { 127.0, 37.5 }));

  g_assert_cmpint (lines[0].kind, ==, KWA_LINE_PARALLEL);
  g_assert_cmpint (lines[0].start, ==, KWA_DATE_NONE);
  g_assert_cmpint (lines[2].kind, ==, KWA_LINE_DMZ);
  g_assert_cmpfloat (lines[2].width_km, ==, 4.0);
  g_assert_cmpint (lines[2].start, ==, kwa_date_from_ymd (1953, 7, 27));

  g_assert_true (movement->event == kwa_exhibit_find_event (exhibit, "invasion"));
  g_assert_cmpint (movement->kind, ==, KWA_MOVEMENT_ADVANCE);
  g_assert_cmpint (movement->side, ==, KWA_SIDE_NORTH);
  g_assert_cmpuint (movement->path.n_points, ==, 2);

  g_assert_true (kaesong->approximate);
  g_assert_cmpint (kaesong->kind, ==, KWA_PLACE_CITY);
  g_assert_cmpint (kaesong->importance, ==, 2);
}

static void
test_minimal_tour_and_figures (void)
{
  g_autoptr(KwaExhibit) exhibit = kwa_test_load_minimal ();
  const KwaTour *tour = kwa_exhibit_find_tour (exhibit, "main");
  const KwaFigure *figure = kwa_exhibit_get_figures (exhibit, NULL);
  const KwaSource *web = kwa_exhibit_find_source (exhibit, "test-web");
  const KwaLeader *leaders = kwa_exhibit_get_leaders (exhibit, NULL);

  g_assert_nonnull (tour);
  g_assert_cmpuint (tour->n_stops, ==, 2);
  g_assert_true (tour->stops[0].event == kwa_exhibit_find_event (exhibit, "invasion"));
  g_assert_cmpint (tour->stops[0].view.kind, ==, KWA_TOUR_VIEW_CENTER);
  g_assert_cmpfloat (tour->stops[0].view.zoom, ==, 2.0);
  g_assert_cmpfloat (tour->stops[0].view.center.lon, ==, 127.0);
  g_assert_cmpint (tour->stops[0].duration, ==, 12);
  g_assert_cmpstr (kwa_text_get (&tour->stops[0].notes, KWA_LANGUAGE_EN), ==, "Ask why.");
  g_assert_null (tour->stops[1].event);
  g_assert_cmpint (tour->stops[1].view.kind, ==, KWA_TOUR_VIEW_BBOX);
  g_assert_cmpfloat (tour->stops[1].view.bbox.east, ==, 129.8);
  g_assert_false (kwa_text_is_set (&tour->stops[1].notes));

  g_assert_cmpfloat (figure->low, ==, 33686);
  g_assert_cmpfloat (figure->high, ==, 36574);
  g_assert_true (figure->has_best);
  g_assert_cmpfloat (figure->best, ==, 36574);
  g_assert_cmpint (figure->category, ==, KWA_FIGURE_CASUALTIES);

  g_assert_cmpstr (web->url, ==, "https://example.org/korea");
  g_assert_null (web->author);
  g_assert_cmpint (web->year, ==, 2024);
  g_assert_cmpint (web->kind, ==, KWA_SOURCE_KIND_WEB);
  g_assert_cmpstr (kwa_source_kind_to_string (web->kind), ==, "web");

  g_assert_cmpint (leaders[1].side, ==, KWA_SIDE_NORTH);
  g_assert_cmpint (leaders[1].end, ==, kwa_date_from_ymd (1972, 12, 28));
}

static void
test_events_in_range (void)
{
  g_autoptr(KwaExhibit) exhibit = kwa_test_load_minimal ();
  guint first = G_MAXUINT;
  guint n = G_MAXUINT;

  /* Events: 1945-08-15, 1950-06-25, 1950-06-27. */
  g_assert_true (kwa_exhibit_get_events_in_range (exhibit, kwa_date_from_ymd (1950, 6, 25),
                                                  kwa_date_from_ymd (1950, 6, 26), &first, &n));
  g_assert_cmpuint (first, ==, 1);
  g_assert_cmpuint (n, ==, 1);

  g_assert_true (kwa_exhibit_get_events_in_range (exhibit, kwa_date_from_ymd (1950, 1, 1),
                                                  kwa_date_from_ymd (1950, 12, 31), &first, &n));
  g_assert_cmpuint (first, ==, 1);
  g_assert_cmpuint (n, ==, 2);

  /* Both ends are inclusive. */
  g_assert_true (kwa_exhibit_get_events_in_range (exhibit, kwa_date_from_ymd (1945, 8, 15),
                                                  kwa_date_from_ymd (1950, 6, 27), &first, &n));
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (n, ==, 3);

  g_assert_false (kwa_exhibit_get_events_in_range (exhibit, kwa_date_from_ymd (1960, 1, 1),
                                                   kwa_date_from_ymd (1970, 1, 1), &first, &n));
  g_assert_cmpuint (first, ==, 3);
  g_assert_cmpuint (n, ==, 0);

  g_assert_false (kwa_exhibit_get_events_in_range (exhibit, kwa_date_from_ymd (1950, 6, 27),
                                                   kwa_date_from_ymd (1950, 6, 25), &first, &n));
  g_assert_cmpuint (n, ==, 0);

  g_assert_true (kwa_exhibit_get_events_in_range (exhibit, G_MININT32 + 1, G_MAXINT32, &first, &n));
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (n, ==, 3);
}

static void
test_finalizes (void)
{
  KwaExhibit *exhibit = kwa_test_load_minimal ();

  g_assert_finalize_object (exhibit);
}

static void
test_from_bytes_without_file (void)
{
  g_autofree char *minimal = kwa_test_read_minimal ();
  g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&minimal), strlen (minimal));
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KwaExhibit) exhibit = NULL;

  exhibit = kwa_exhibit_new_from_bytes (bytes, NULL, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (exhibit);
  g_assert_cmpuint (problems->len, ==, 0);
  /* Nothing to resolve the basemap against, and nothing to escape from. */
  g_assert_null (kwa_exhibit_get_basemap_file (exhibit));
  g_assert_null (kwa_exhibit_get_file (exhibit));
}

static void
test_from_bytes_with_byte_order_mark (void)
{
  g_autofree char *minimal = kwa_test_read_minimal ();
  g_autofree char *with_bom = g_strconcat ("\xef\xbb\xbf", minimal, NULL);
  g_autoptr(GBytes) bytes = g_bytes_new (with_bom, strlen (with_bom));
  g_autoptr(GFile) base = kwa_test_data_file ("minimal.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KwaExhibit) exhibit = NULL;

  exhibit = kwa_exhibit_new_from_bytes (bytes, base, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (kwa_exhibit_get_basemap_file (exhibit));
}

static void
test_from_resource (void)
{
  g_autoptr(GFile) file = g_file_new_for_uri ("resource:///org/koreanwaratlas/Atlas/tests/exhibit/minimal.json");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KwaExhibit) exhibit = NULL;
  g_autofree char *basemap_uri = NULL;

  exhibit = kwa_exhibit_new_from_file (file, &problems, &error);
  kwa_test_print_problems (problems);
  g_assert_no_error (error);

  basemap_uri = g_file_get_uri (kwa_exhibit_get_basemap_file (exhibit));
  g_assert_cmpstr (basemap_uri, ==, "resource:///org/koreanwaratlas/Atlas/tests/exhibit/minimal-basemap.svg");
}

/* Inside a resource bundle, ".." is refused too, even where it would
 * find a file.
 */
static void
test_from_resource_parent_folder (void)
{
  g_autoptr(GFile) file = g_file_new_for_uri ("resource:///org/koreanwaratlas/Atlas/tests/exhibit/basemap-parent-folder.json");
  g_autoptr(GFile) escape = g_file_new_for_uri ("resource:///org/koreanwaratlas/Atlas/tests/minimal-basemap.svg");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KwaExhibit) exhibit = NULL;

  g_assert_true (g_file_query_exists (escape, NULL));

  exhibit = kwa_exhibit_new_from_file (file, &problems, &error);
  g_assert_null (exhibit);
  g_assert_error (error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_BASEMAP);
  kwa_test_assert_problem (problems, "basemap-parent-folder.json", "meta.basemap", "must not leave the exhibit's folder");
}

static void
test_missing_file (void)
{
  g_autoptr(GFile) file = kwa_test_data_file ("no-such-exhibit.json", NULL);
  g_autoptr(GFile) resource = g_file_new_for_uri ("resource:///org/koreanwaratlas/Atlas/tests/no-such.json");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) resource_problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) resource_error = NULL;

  g_assert_null (kwa_exhibit_new_from_file (file, &problems, &error));
  g_assert_error (error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_READ);
  g_assert_cmpuint (problems->len, ==, 1);
  kwa_test_assert_problem (problems, "no-such-exhibit.json", "", "could not read the file");

  g_assert_null (kwa_exhibit_new_from_file (resource, &resource_problems, &resource_error));
  g_assert_error (resource_error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_READ);
}

static void
test_geometry_helpers (void)
{
  KwaLonLat square_points[] = { { 0, 0 }, { 4, 0 }, { 4, 4 }, { 0, 4 }, { 0, 0 } };
  KwaLonLat hole_points[] = { { 1, 1 }, { 3, 1 }, { 3, 3 }, { 1, 3 }, { 1, 1 } };
  KwaPath rings[] = { { square_points, 5 }, { hole_points, 5 } };
  KwaPolygon polygon = { rings, 2 };
  KwaPath seoul_busan = { (KwaLonLat[]) { { 126.978, 37.566 }, { 129.04, 35.1 } }, 2 };
  KwaBBox bbox;

  g_assert_true (kwa_polygon_contains (&polygon, (KwaLonLat) { 0.5, 0.5 }));
  g_assert_false (kwa_polygon_contains (&polygon, (KwaLonLat) { 2, 2 }));  /* in the hole */
  g_assert_false (kwa_polygon_contains (&polygon, (KwaLonLat) { 5, 2 }));

  g_assert_true (kwa_polygon_get_bbox (&polygon, &bbox));
  g_assert_cmpfloat (bbox.east, ==, 4);
  g_assert_true (kwa_bbox_contains (&bbox, (KwaLonLat) { 4, 4 }));
  g_assert_false (kwa_bbox_contains (&bbox, (KwaLonLat) { 4.1, 4 }));

  /* Seoul to Busan: the equirectangular estimate, good at this scale, is
   * sqrt (2.466² + (2.062 × cos 36.33°)²) × 111.2 km ≈ 330.6 km.
   */
  g_assert_cmpfloat_with_epsilon (kwa_path_length_km (&seoul_busan), 330.6, 1.0);
}

/* Spans are inclusive: a span may end on the day it starts (a one-day
 * enclave), never before it. Two fronts on one date are refused: the
 * blend between them would divide by nothing. */
static void
test_date_boundaries (void)
{
  struct
  {
    const char *old, *new;
    const char *location;   /* NULL: loads */
    const char *phrase;
  } cases[] = {
    { "\"start\": \"1950-09-15\", \"end\": \"1950-09-27\"", "\"start\": \"1950-09-15\", \"end\": \"1950-09-15\"",
      NULL, NULL },
    { "\"start\": \"1950-09-15\", \"end\": \"1950-09-27\"", "\"start\": \"1950-09-15\", \"end\": \"1950-09-14\"",
      "enclaves[0].end", "before" },
    { "{\"date\": \"1950-08-04\",\n     \"geometry\"", "{\"date\": \"1945-08-15\",\n     \"geometry\"",
      "fronts[1].date", "1945-08-15 is not after the date of the front listed before it (1945-08-15)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = kwa_test_minimal_with (cases[i].old, cases[i].new);
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(KwaExhibit) exhibit = NULL;
      gint64 elapsed;

      exhibit = kwa_test_load_generated (text, &problems, &error, &elapsed);
      if (cases[i].location == NULL)
        {
          guint n;

          g_assert_no_error (error);
          g_assert_nonnull (exhibit);
          g_assert_cmpint (kwa_exhibit_get_enclaves (exhibit, &n)[0].end, ==,
                           kwa_exhibit_get_enclaves (exhibit, &n)[0].start);
        }
      else
        {
          g_assert_null (exhibit);
          g_assert_error (error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_INVALID);
          kwa_test_assert_problem (problems, "minimal.json", cases[i].location, cases[i].phrase);
        }
    }
}

/* A place may be labelled only from a date: a hill named in the fighting.
 * The date must be one, and no event there may come before it. */
static void
test_place_from (void)
{
  const char *kaesong = "\"importance\": 2,\n     \"approximate\": true}";
  g_autofree char *text = kwa_test_minimal_with (kaesong, "\"importance\": 2,\n     \"approximate\": true, \"from\": \"1950-06-25\"}");
  g_autofree char *bad_date = kwa_test_minimal_with (kaesong, "\"importance\": 2,\n     \"approximate\": true, \"from\": \"soon\"}");
  g_autofree char *seoul_late = kwa_test_minimal_with ("\"kind\": \"capital\", \"importance\": 1}",
                                                       "\"kind\": \"capital\", \"importance\": 1, \"from\": \"1948-08-15\"}");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KwaExhibit) exhibit = NULL;
  const KwaPlace *place;
  gint64 elapsed;

  exhibit = kwa_test_load_generated (text, &problems, &error, &elapsed);
  g_assert_no_error (error);
  place = kwa_exhibit_find_place (exhibit, "kaesong");
  g_assert_cmpint (place->from, ==, kwa_date_from_ymd (1950, 6, 25));
  g_assert_false (kwa_place_is_labelled_on (place, kwa_date_from_ymd (1950, 6, 24)));
  g_assert_true (kwa_place_is_labelled_on (place, kwa_date_from_ymd (1950, 6, 25)));
  g_assert_true (kwa_place_is_labelled_on (kwa_exhibit_find_place (exhibit, "seoul"), kwa_date_from_ymd (1900, 1, 1)));
  g_clear_object (&exhibit);
  g_clear_pointer (&problems, g_ptr_array_unref);

  exhibit = kwa_test_load_generated (bad_date, &problems, &error, &elapsed);
  g_assert_null (exhibit);
  g_clear_error (&error);
  kwa_test_assert_problem (problems, "minimal.json", "places[2].from", "soon");
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* Liberation happens in Seoul on 1945-08-15. */
  exhibit = kwa_test_load_generated (seoul_late, &problems, &error, &elapsed);
  g_assert_null (exhibit);
  g_clear_error (&error);
  kwa_test_assert_problem (problems, "minimal.json", "events[0].date", "1945-08-15 comes before 1948-08-15, the date place \"seoul\" is labelled from");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/exhibit-loader/minimal/collections", test_minimal_collections);
  g_test_add_func ("/exhibit-loader/minimal/sides", test_minimal_sides);
  g_test_add_func ("/exhibit-loader/minimal/events", test_minimal_events);
  g_test_add_func ("/exhibit-loader/minimal/geometry", test_minimal_geometry);
  g_test_add_func ("/exhibit-loader/minimal/tour-and-figures", test_minimal_tour_and_figures);
  g_test_add_func ("/exhibit-loader/minimal/events-in-range", test_events_in_range);
  g_test_add_func ("/exhibit-loader/minimal/finalizes", test_finalizes);
  g_test_add_func ("/exhibit-loader/minimal/date-boundaries", test_date_boundaries);
  g_test_add_func ("/exhibit-loader/minimal/place-from", test_place_from);
  g_test_add_func ("/exhibit-loader/bytes/without-file", test_from_bytes_without_file);
  g_test_add_func ("/exhibit-loader/bytes/byte-order-mark", test_from_bytes_with_byte_order_mark);
  g_test_add_func ("/exhibit-loader/resource/loads", test_from_resource);
  g_test_add_func ("/exhibit-loader/resource/parent-folder", test_from_resource_parent_folder);
  g_test_add_func ("/exhibit-loader/missing-file", test_missing_file);
  g_test_add_func ("/exhibit-loader/geometry-helpers", test_geometry_helpers);

  return g_test_run ();
}
