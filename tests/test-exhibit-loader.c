/* test-exhibit-loader.c: a valid exhibit loads with every reference
 * resolved; every class of broken exhibit is refused quickly, with the
 * exact place of the problem and words a curator understands.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "kwa-exhibit.h"

/* What one broken file in tests/data/broken/ must produce. */
typedef struct
{
  const char      *file;
  KwaExhibitError  code;
  const char      *location;     /* JSON path, "line:column", or "" for the whole file */
  const char      *message;      /* a phrase the problem must say */
  guint            n_problems;   /* listed; 0 means exactly one */
  guint            n_found;      /* counted, when more are found than listed; 0: as listed */
} BrokenCase;

#define E(code) KWA_EXHIBIT_ERROR_##code

static const BrokenCase broken_cases[] = {
  /* Below JSON: bytes, syntax and the limits checked before parsing. */
  { "empty.json", E (SYNTAX), "1:1", "the file is empty" },
  { "truncated.json", E (SYNTAX), "29:3", "the file ends before the object opened at line 1, column 1 is closed" },
  { "invalid-utf8.json", E (SYNTAX), "30:52", "not valid UTF-8" },
  { "nul-byte.json", E (SYNTAX), "32:39", "NUL byte" },
  { "deep-nesting.json", E (LIMIT), "1:65", "nested more than 64 levels deep" },
  { "trailing-comma.json", E (SYNTAX), "60:28", "unexpected character ',' before ']' (remove the trailing comma)" },
  { "missing-comma.json", E (SYNTAX), "31:86", "expected ',' or '}' (is a comma missing before this?)" },
  { "comment.json", E (SYNTAX), "21:3", "JSON has no comments" },
  { "single-quotes.json", E (SYNTAX), "43:15", "text must be in double quotes" },
  { "text-after-end.json", E (SYNTAX), "142:1", "after the end of the data" },
  { "bad-literal.json", E (SYNTAX), "36:21", "unexpected word \"tru\"" },
  { "nan.json", E (SYNTAX), "103:13", "NaN is not a number JSON can hold" },
  { "big-integer.json", E (LIMIT), "137:41", "the number 12345678901234567890 is too large" },
  { "bad-escape.json", E (SYNTAX), "11:32", "\\x is not a valid escape" },
  { "line-break-in-text.json", E (SYNTAX), "124:32", "a line break inside a text must be written as \\n" },
  { "duplicate-key.json", E (INVALID), "59:49", "the key \"category\" appears twice" },
  { "duplicate-keys-many.json", E (INVALID), "2:16", "the key \"schema\" appears twice",
    KWA_EXHIBIT_MAX_PROBLEMS + 1, 1199 },

  /* JSON, but not an exhibit. */
  { "root-not-object.json", E (INVALID), "", "expected an exhibit object" },
  { "schema-2.json", E (VERSION), "schema", "this file uses schema version 2; this app reads version 1" },
  { "huge-number.json", E (INVALID), "figures[0].low", "the number is too large to use" },
  { "long-string.json", E (INVALID), "events[0].body.en", "the text is 71680 bytes long; at most 65536 bytes" },
  { "wrong-type-collection.json", E (INVALID), "perspectives", "expected a list, […], found an object" },
  { "wrong-type-integer.json", E (INVALID), "events[1].importance", "expected an integer from 1 to 3, found \"high\"" },
  { "wrong-type-nested.json", E (INVALID), "events[1].quote.speaker.ko", "expected a text in double quotes, found 5" },
  { "wrong-type-text.json", E (INVALID), "places[0].name", "expected a text in both languages" },
  { "unknown-key.json", E (INVALID), "events[2]", "unknown key \"titel\" (did you mean \"title\"?)", 2 },
  { "misspelt-collection.json", E (INVALID), "", "unknown key \"evnets\" (did you mean \"events\"?)", 2 },
  { "unknown-key-in-text.json", E (INVALID), "places[1].name", "unknown key \"fr\" (the keys here are \"en\" or \"ko\")" },
  { "missing-key.json", E (INVALID), "events[2]", "the key \"category\" is missing" },
  { "missing-korean.json", E (INVALID), "places[2].name", "the Korean (\"ko\") text is missing" },
  { "empty-korean.json", E (INVALID), "phases[1].name.ko", "the Korean text is empty" },
  { "bad-date.json", E (INVALID), "events[2].date", "\"27/06/1950\" is not a valid date (expected YYYY-MM-DD)" },
  { "no-such-month.json", E (INVALID), "figures[0].as_of", "\"1953-13-01\" is not a valid date (expected YYYY-MM-DD)" },
  { "no-such-day.json", E (INVALID), "leaders[0].end", "\"1951-02-29\" is not a valid date (1951-02 has only 28 days)" },
  { "date-out-of-range.json", E (INVALID), "leaders[0].start", "is out of range (dates must lie between 1900 and 2100)" },
  { "end-before-start.json", E (INVALID), "enclaves[0].end", "1950-09-01 is before the start, 1950-09-15" },
  { "phases-overlapping.json", E (INVALID), "phases[1].start", "overlaps phases[0], which ends 1950-06-24" },
  { "events-out-of-order.json", E (INVALID), "events[2].date", "events must be in date order" },
  { "fronts-out-of-order.json", E (INVALID), "fronts[1].date", "fronts must be in date order" },
  { "holdings-unknown-place.json", E (INVALID), "holdings.pusan", "unknown place \"pusan\" (did you mean \"busan\"?)" },
  { "holdings-not-a-list.json", E (INVALID), "holdings.seoul", "expected a list of changes of hands" },
  { "holdings-out-of-order.json", E (INVALID), "holdings.busan[1].date", "1945-08-14 is not after the change before it (1945-08-15); changes must be in date order" },
  { "holdings-same-holder.json", E (INVALID), "holdings.busan[1].holder", "the place already belongs to the south since the change before it" },
  { "holdings-within-days.json", E (INVALID), "holdings.busan[0].within_days", "expected an integer from 0 to 60, found 90" },
  { "holdings-unknown-event.json", E (INVALID), "holdings.busan[0].event", "unknown event \"liberaton\" (did you mean \"liberation\"?)" },
  { "duplicate-id.json", E (INVALID), "places[2].id", "the id \"seoul\" is already used by places[0]" },
  { "bad-id.json", E (INVALID), "perspectives[0].id", "\"South_Korea\" is not a valid id" },
  { "unknown-place.json", E (INVALID), "events[0].place", "unknown place \"pusan\" (did you mean \"busan\"?)" },
  { "place-and-point.json", E (INVALID), "events[0]", "either a \"place\" or a \"point\", not both" },
  { "unknown-source.json", E (INVALID), "fronts[1].sources[0]", "unknown source \"appleman-1961\"" },
  { "empty-source-list.json", E (INVALID), "events[2].sources", "every fact cites at least one source" },
  { "unknown-event-in-tour.json", E (INVALID), "tours[0].stops[0].event", "unknown event \"invasoin\" (did you mean \"invasion\"?)" },
  { "unknown-event-in-movement.json", E (INVALID), "movements[0].event", "unknown event \"attack\"" },
  { "enum-typo.json", E (INVALID), "events[1].category", "found \"militray\" (did you mean \"military\"?)" },
  { "geometry-type-mismatch.json", E (INVALID), "places[0].point.type", "expected a \"Point\" geometry here, found \"LineString\"" },
  { "line-with-one-point.json", E (INVALID), "movements[0].path.coordinates", "a LineString needs at least 2 positions, found 1" },
  { "unclosed-ring.json", E (INVALID), "enclaves[0].geometry.coordinates[0]", "the ring is not closed" },
  { "position-too-short.json", E (INVALID), "events[1].point.coordinates", "expected a position [lon, lat] of two numbers, found a list of 1" },
  { "coordinate-outside-box.json", E (INVALID), "fronts[0].geometry.coordinates[1]", "[135, 38] is outside the map box meta.bbox" },
  { "coordinates-swapped.json", E (INVALID), "places[1].point.coordinates", "are longitude and latitude swapped?" },
  { "no-main-tour.json", E (INVALID), "tours", "there is no tour with the id \"main\"" },
  { "stop-too-long.json", E (INVALID), "tours[0].stops[0].duration", "expected an integer from 3 to 120, found 300" },
  { "zoom-out-of-range.json", E (INVALID), "tours[0].stops[0].view.zoom", "expected a number from 1 to 8, found 9" },
  { "view-center-and-bbox.json", E (INVALID), "tours[0].stops[1].view", "give either \"center\" and \"zoom\", or \"bbox\", not both" },
  { "figure-low-above-high.json", E (INVALID), "figures[0].low", "the low estimate, 40000, is above the high estimate, 36574" },
  { "figure-best-outside.json", E (INVALID), "figures[0].best", "the best estimate, 30000, lies outside the range 33686 to 36574" },
  { "dmz-without-width.json", E (INVALID), "lines[2]", "the key \"width_km\" is missing" },
  { "width-on-parallel.json", E (INVALID), "lines[0].width_km", "only a \"dmz\" line has a width" },
  { "source-without-author.json", E (INVALID), "sources[1]", "needs an \"author\" or a \"publisher\"" },
  { "basemap-parent-folder.json", E (BASEMAP), "meta.basemap", "must not leave the exhibit's folder" },
  { "basemap-absolute.json", E (BASEMAP), "meta.basemap", "not an absolute path" },
  { "basemap-missing.json", E (BASEMAP), "meta.basemap", "the basemap file \"korea-basemap.svg\" was not found" },
  { "sides-wrong-id.json", E (INVALID), "sides[1].id", "expected \"north\" or \"south\", found \"west\"" },
  { "sides-only-one.json", E (INVALID), "sides", "expected exactly two sides, \"north\" and \"south\", found 1" },
  { "bad-colour.json", E (INVALID), "sides[0].color", "expected a colour \"#rrggbb\", found \"red\"" },
  { "war-outside-time-range.json", E (INVALID), "meta.war", "the war must lie within the time_range" },
  { "several-problems.json", E (INVALID), "events[0].place", "unknown place \"pyongyang\"", 3 },
};

#undef E

/* Built with AddressSanitizer (test.sh's build-asan): GCC says so with a
 * macro, clang with __has_feature.
 */
#if defined(__SANITIZE_ADDRESS__)
# define KWA_TEST_SANITIZED 1
#elif defined(__has_feature)
# if __has_feature (address_sanitizer)
#  define KWA_TEST_SANITIZED 1
# endif
#endif

/* A broken file must be refused well within a second, however it is
 * broken. Valgrind runs code tens of times slower, and the sanitizers
 * several times, so there the limit only catches a hang.
 */
static gint64
time_limit_usec (void)
{
  const char *preload = g_getenv ("LD_PRELOAD");

  if (preload != NULL && strstr (preload, "vgpreload") != NULL)
    return 60 * G_USEC_PER_SEC;

#ifdef KWA_TEST_SANITIZED
  return 20 * G_USEC_PER_SEC;
#else
  /* The bound: a second, even on a loaded two-core machine. */
  return G_USEC_PER_SEC;
#endif
}

static GFile *
data_file (const char *first_element,
           ...)
{
  g_autofree char *path = NULL;
  g_autoptr(GString) relative = g_string_new (first_element);
  const char *element;
  va_list args;

  va_start (args, first_element);
  while ((element = va_arg (args, const char *)) != NULL)
    g_string_append_printf (relative, "/%s", element);
  va_end (args);

  path = g_test_build_filename (G_TEST_DIST, "data", relative->str, NULL);
  return g_file_new_for_path (path);
}

static char *
read_minimal (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

/* minimal.json with @old (which must occur exactly once) replaced. */
static char *
minimal_with (const char *old,
              const char *new)
{
  g_autofree char *minimal = read_minimal ();
  const char *found = strstr (minimal, old);

  g_assert_nonnull (found);
  g_assert_null (strstr (found + 1, old));

  return g_strdup_printf ("%.*s%s%s", (int) (found - minimal), minimal, new, found + strlen (old));
}

static void
print_problems (GPtrArray *problems)
{
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *text = kwa_problem_to_string (g_ptr_array_index (problems, i));

      g_test_message ("problem: %s", text);
    }
}

static const KwaProblem *
find_problem (GPtrArray  *problems,
              const char *location)
{
  for (guint i = 0; i < problems->len; i++)
    {
      const KwaProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *problem_location = kwa_problem_dup_location (problem);

      if (g_strcmp0 (problem_location, location) == 0)
        return problem;
    }

  return NULL;
}

static void
assert_problem (GPtrArray  *problems,
                const char *file_name,
                const char *location,
                const char *phrase)
{
  const KwaProblem *problem = find_problem (problems, location);

  if (problem == NULL)
    {
      print_problems (problems);
      g_error ("no problem at \"%s\"", location);
    }

  g_assert_cmpstr (problem->file, ==, file_name);
  if (strstr (problem->message, phrase) == NULL)
    g_error ("at \"%s\": expected \"%s\" in \"%s\"", location, phrase, problem->message);
}

static KwaExhibit *
load_minimal (void)
{
  g_autoptr(GFile) file = data_file ("minimal.json", NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  KwaExhibit *exhibit;

  exhibit = kwa_exhibit_new_from_file (file, &problems, &error);
  print_problems (problems);
  g_assert_no_error (error);
  g_assert_nonnull (exhibit);
  g_assert_cmpuint (problems->len, ==, 0);

  return exhibit;
}

static void
test_minimal_collections (void)
{
  g_autoptr(KwaExhibit) exhibit = load_minimal ();
  g_autoptr(GFile) basemap = data_file ("minimal-basemap.svg", NULL);
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
  g_autoptr(KwaExhibit) exhibit = load_minimal ();
  const KwaSide *north = kwa_exhibit_get_side (exhibit, KWA_SIDE_NORTH);
  const KwaSide *south = kwa_exhibit_get_side (exhibit, KWA_SIDE_SOUTH);

  g_assert_cmpint (north->id, ==, KWA_SIDE_NORTH);
  g_assert_cmpint (south->id, ==, KWA_SIDE_SOUTH);
  g_assert_cmpstr (kwa_text_get (&north->name, KWA_LANGUAGE_KO), ==, "북측");
  g_assert_cmpuint (north->n_forces, ==, 1);
  g_assert_cmpuint (south->n_forces, ==, 2);
  g_assert_cmpstr (south->forces[1].en, ==, "United Nations Command");
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
  g_autoptr(KwaExhibit) exhibit = load_minimal ();
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
  g_assert_cmpstr (invasion->quote.speaker.ko, ==, "한 병사");
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
  g_autoptr(KwaExhibit) exhibit = load_minimal ();
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
  g_autoptr(KwaExhibit) exhibit = load_minimal ();
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
  g_assert_cmpstr (tour->stops[0].notes.en, ==, "Ask why.");
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
  g_autoptr(KwaExhibit) exhibit = load_minimal ();
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
  KwaExhibit *exhibit = load_minimal ();

  g_assert_finalize_object (exhibit);
}

static void
test_from_bytes_without_file (void)
{
  g_autofree char *minimal = read_minimal ();
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
  g_autofree char *minimal = read_minimal ();
  g_autofree char *with_bom = g_strconcat ("\xef\xbb\xbf", minimal, NULL);
  g_autoptr(GBytes) bytes = g_bytes_new (with_bom, strlen (with_bom));
  g_autoptr(GFile) base = data_file ("minimal.json", NULL);
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
  print_problems (problems);
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
  assert_problem (problems, "basemap-parent-folder.json", "meta.basemap", "must not leave the exhibit's folder");
}

static void
test_missing_file (void)
{
  g_autoptr(GFile) file = data_file ("no-such-exhibit.json", NULL);
  g_autoptr(GFile) resource = g_file_new_for_uri ("resource:///org/koreanwaratlas/Atlas/tests/no-such.json");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) resource_problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) resource_error = NULL;

  g_assert_null (kwa_exhibit_new_from_file (file, &problems, &error));
  g_assert_error (error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_READ);
  g_assert_cmpuint (problems->len, ==, 1);
  assert_problem (problems, "no-such-exhibit.json", "", "could not read the file");

  g_assert_null (kwa_exhibit_new_from_file (resource, &resource_problems, &resource_error));
  g_assert_error (resource_error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_READ);
}

static void
test_broken_file (gconstpointer data)
{
  const BrokenCase *broken = data;
  g_autoptr(GFile) file = data_file ("broken", broken->file, NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KwaExhibit) exhibit = NULL;
  gint64 start;
  gint64 elapsed;

  start = g_get_monotonic_time ();
  exhibit = kwa_exhibit_new_from_file (file, &problems, &error);
  elapsed = g_get_monotonic_time () - start;

  print_problems (problems);
  g_assert_null (exhibit);
  g_assert_error (error, KWA_EXHIBIT_ERROR, (int) broken->code);
  g_assert_cmpuint (problems->len, ==, MAX (broken->n_problems, 1));
  assert_problem (problems, broken->file, broken->location, broken->message);
  g_assert_cmpint (elapsed, <, time_limit_usec ());

  /* The error counts a list of problems, or is the one that stopped loading. */
  if (broken->code == KWA_EXHIBIT_ERROR_INVALID || broken->code == KWA_EXHIBIT_ERROR_BASEMAP)
    {
      guint n_found = broken->n_found > 0 ? broken->n_found : problems->len;
      g_autofree char *expected = g_strdup_printf ("%u problem%s in %s", n_found,
                                                   n_found == 1 ? "" : "s", broken->file);

      g_assert_cmpstr (error->message, ==, expected);
    }
  else
    {
      g_autofree char *expected = kwa_problem_to_string (g_ptr_array_index (problems, 0));

      g_assert_cmpstr (error->message, ==, expected);
    }
}

/* Every file in tests/data/broken/ is tested, and every class of error
 * has a file.
 */
static void
test_broken_files_all_listed (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "broken", NULL);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  guint n_files = 0;

  dir = g_dir_open (path, 0, &error);
  g_assert_no_error (error);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      gboolean listed = FALSE;

      if (!g_str_has_suffix (name, ".json"))
        continue;

      for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
        listed |= strcmp (broken_cases[i].file, name) == 0;

      if (!listed)
        g_error ("%s has no expectation in broken_cases[]", name);
      n_files++;
    }

  g_assert_cmpuint (n_files, ==, G_N_ELEMENTS (broken_cases));
  g_assert_cmpuint (n_files, >=, 40);
}

static void
test_every_problem_collected (void)
{
  g_autoptr(GFile) file = data_file ("broken", "several-problems.json", NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (kwa_exhibit_new_from_file (file, &problems, &error));
  g_assert_error (error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "3 problems in several-problems.json");
  g_assert_cmpuint (problems->len, ==, 3);
  assert_problem (problems, "several-problems.json", "places[2].name", "the Korean (\"ko\") text is missing");
  assert_problem (problems, "several-problems.json", "events[0].place", "unknown place \"pyongyang\"");
  assert_problem (problems, "several-problems.json", "events[2].date", "\"1950-06-31\" is not a valid date (1950-06 has only 30 days)");
}

/* Loads generated text as if it were a file next to minimal.json. */
static KwaExhibit *
load_generated (const char  *text,
                GPtrArray  **out_problems,
                GError     **error,
                gint64      *out_elapsed)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GFile) base = data_file ("minimal.json", NULL);
  KwaExhibit *exhibit;
  gint64 start = g_get_monotonic_time ();

  exhibit = kwa_exhibit_new_from_bytes (bytes, base, out_problems, error);
  *out_elapsed = g_get_monotonic_time () - start;

  return exhibit;
}

static char *
minimal_with_extra_events (guint n_extra)
{
  g_autoptr(GString) events = g_string_new ("\"sources\": [\"test-web\"]}");

  for (guint i = 0; i < n_extra; i++)
    g_string_append_printf (events,
                            ",\n    {\"id\": \"extra-%u\", \"date\": \"1953-01-01\","
                            " \"title\": {\"en\": \"E\", \"ko\": \"E\"}, \"summary\": {\"en\": \"E\", \"ko\": \"E\"},"
                            " \"body\": {\"en\": \"E\", \"ko\": \"E\"}, \"category\": \"political\", \"importance\": 3,"
                            " \"sources\": [\"test-web\"]}", i);
  g_string_append (events, "\n  ],\n  \"fronts\"");

  return minimal_with ("\"sources\": [\"test-web\"]}\n  ],\n  \"fronts\"", events->str);
}

static void
test_limit_items (void)
{
  g_autofree char *at_limit = minimal_with_extra_events (KWA_EXHIBIT_MAX_ITEMS - 3);
  g_autofree char *over_limit = minimal_with_extra_events (KWA_EXHIBIT_MAX_ITEMS - 2);
  g_autoptr(KwaExhibit) exhibit = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  gint64 elapsed;
  guint n_events;

  exhibit = load_generated (at_limit, NULL, &error, &elapsed);
  g_assert_no_error (error);
  kwa_exhibit_get_events (exhibit, &n_events);
  g_assert_cmpuint (n_events, ==, KWA_EXHIBIT_MAX_ITEMS);
  g_assert_cmpint (elapsed, <, time_limit_usec ());

  g_assert_null (load_generated (over_limit, &problems, &error, &elapsed));
  g_assert_error (error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_INVALID);
  g_assert_cmpuint (problems->len, ==, 1);
  assert_problem (problems, "minimal.json", "events", "10001 items; at most 10000 are allowed");
  g_assert_cmpint (elapsed, <, time_limit_usec ());
}

static void
test_limit_coordinates (void)
{
  g_autoptr(GString) line = g_string_new ("[[124.6, 38.0]");
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  gint64 elapsed;

  for (guint i = 1; i <= KWA_EXHIBIT_MAX_COORDINATES; i++)
    g_string_append (line, ", [126.5, 38.0]");
  g_string_append_c (line, ']');
  text = minimal_with ("[[124.6, 38.0], [126.5, 38.0], [128.65, 38.0]]", line->str);

  g_assert_null (load_generated (text, &problems, &error, &elapsed));
  g_assert_error (error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_INVALID);
  g_assert_cmpuint (problems->len, ==, 1);
  assert_problem (problems, "minimal.json", "fronts[0].geometry.coordinates", "at most 100000");
  g_assert_cmpint (elapsed, <, time_limit_usec ());
}

static void
test_limit_file_size (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kwa-test-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *spaces = NULL;
  gsize size = 17 * 1024 * 1024;
  gint64 start;

  g_assert_no_error (error);
  path = g_build_filename (dir, "huge.json", NULL);
  spaces = g_malloc (size);
  memset (spaces, ' ', size);
  g_file_set_contents (path, spaces, size, &error);
  g_assert_no_error (error);

  file = g_file_new_for_path (path);
  start = g_get_monotonic_time ();
  g_assert_null (kwa_exhibit_new_from_file (file, &problems, &error));
  g_assert_cmpint (g_get_monotonic_time () - start, <, time_limit_usec ());
  g_assert_error (error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_LIMIT);
  g_assert_cmpuint (problems->len, ==, 1);
  assert_problem (problems, "huge.json", "", "the file is 17.0 MiB; an exhibit may be at most 16 MiB");

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_limit_bytes_size (void)
{
  gsize size = KWA_EXHIBIT_MAX_FILE_SIZE + 1;
  g_autoptr(GBytes) bytes = g_bytes_new_take (g_malloc0 (size), size);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (kwa_exhibit_new_from_bytes (bytes, NULL, &problems, &error));
  g_assert_error (error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_LIMIT);
  assert_problem (problems, "exhibit", "", "an exhibit may be at most 16 MiB");
}

/* A file broken everywhere lists a bounded number of problems, but the
 * error still counts them all.
 */
static void
test_limit_problems (void)
{
  g_autoptr(GString) places = g_string_new ("\"places\": [\n");
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  const KwaProblem *last;
  gint64 elapsed;
  guint n_bad = KWA_EXHIBIT_MAX_PROBLEMS + 500;

  for (guint i = 0; i < n_bad; i++)
    g_string_append_printf (places,
                            "    {\"id\": \"place-%u\", \"name\": {\"en\": \"P\", \"ko\": \"P\"},"
                            " \"point\": {\"type\": \"Point\", \"coordinates\": [127, 37]},"
                            " \"kind\": \"city\", \"importance\": 4},\n", i);
  text = minimal_with ("\"places\": [\n", places->str);

  g_assert_null (load_generated (text, &problems, &error, &elapsed));
  g_assert_error (error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_INVALID);
  g_assert_cmpuint (problems->len, ==, KWA_EXHIBIT_MAX_PROBLEMS + 1);
  assert_problem (problems, "minimal.json", "places[0].importance", "expected an integer from 1 to 3, found 4");
  last = g_ptr_array_index (problems, problems->len - 1);
  g_assert_nonnull (strstr (last->message, "only the first 1000 are listed"));
  g_assert_cmpstr (error->message, ==, "1500 problems in minimal.json");
  g_assert_cmpint (elapsed, <, time_limit_usec ());
}

/* Every duplicate key is a problem with a line and column; finding them
 * must take one pass over the file, not one per duplicate (which took
 * minutes for a few hundred kilobytes of them).
 */
static void
test_limit_duplicate_keys (void)
{
  g_autoptr(GString) keys = g_string_new ("\"schema\": 1");
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  gint64 elapsed;
  guint n_repeats = 100000;

  for (guint i = 0; i < n_repeats; i++)
    g_string_append (keys, ",\n  \"schema\": 1");
  text = minimal_with ("\"schema\": 1", keys->str);

  g_assert_null (load_generated (text, &problems, &error, &elapsed));
  g_assert_error (error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_INVALID);
  g_assert_cmpuint (problems->len, ==, KWA_EXHIBIT_MAX_PROBLEMS + 1);
  assert_problem (problems, "minimal.json", "3:3", "the key \"schema\" appears twice");
  assert_problem (problems, "minimal.json", "1002:3", "the key \"schema\" appears twice");
  g_assert_cmpstr (error->message, ==, "100000 problems in minimal.json");
  g_assert_cmpint (elapsed, <, time_limit_usec ());
}

static void
test_problem_to_string (void)
{
  g_autoptr(KwaProblem) at_path = kwa_problem_new ("korean-war.json", "events[12].date", 0, 0,
                                                   "\"1950-13-01\" is not a valid date (expected YYYY-MM-DD)");
  g_autoptr(KwaProblem) at_position = kwa_problem_new ("korean-war.json", NULL, 34, 7, "unexpected character ','");
  g_autoptr(KwaProblem) whole_file = kwa_problem_new ("korean-war.json", NULL, 0, 0, "could not read the file");
  g_autoptr(KwaProblem) copy = kwa_problem_copy (at_position);
  g_autofree char *text_at_path = kwa_problem_to_string (at_path);
  g_autofree char *text_at_position = kwa_problem_to_string (at_position);
  g_autofree char *text_whole_file = kwa_problem_to_string (whole_file);
  g_autofree char *location = kwa_problem_dup_location (copy);
  g_autofree char *no_location = kwa_problem_dup_location (whole_file);

  g_assert_cmpstr (text_at_path, ==, "korean-war.json: events[12].date: \"1950-13-01\" is not a valid date (expected YYYY-MM-DD)");
  g_assert_cmpstr (text_at_position, ==, "korean-war.json:34:7: unexpected character ','");
  g_assert_cmpstr (text_whole_file, ==, "korean-war.json: could not read the file");
  g_assert_cmpstr (location, ==, "34:7");
  g_assert_cmpstr (no_location, ==, "");
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

static void
test_validate_command (void)
{
  g_autofree char *program = g_test_build_filename (G_TEST_BUILT, "..", "src", "korean-war-atlas", NULL);
  g_autofree char *valid = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autofree char *broken = g_test_build_filename (G_TEST_DIST, "data", "broken", "several-problems.json", NULL);
  g_autofree char *valid_arg = g_strconcat ("--data=", valid, NULL);
  g_autofree char *broken_arg = g_strconcat ("--data=", broken, NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_file_test (program, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("korean-war-atlas is not built");
      return;
    }

  /* No display needed: a curator may run it over SSH or in CI. */
  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");

  g_spawn_sync (NULL, (char *[]) { program, "--validate", valid_arg, NULL }, env, G_SPAWN_DEFAULT,
                NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpstr (out, ==, "minimal.json: valid — 3 events, 2 fronts, 1 movement, 3 places, 2 sources\n");
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_spawn_sync (NULL, (char *[]) { program, "--validate", broken_arg, NULL }, env, G_SPAWN_DEFAULT,
                NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpstr (err, ==,
                   "several-problems.json: places[2].name: the Korean (\"ko\") text is missing\n"
                   "several-problems.json: events[0].place: unknown place \"pyongyang\" (no place has this id)\n"
                   "several-problems.json: events[2].date: \"1950-06-31\" is not a valid date (1950-06 has only 30 days)\n"
                   "3 problems in several-problems.json\n");
}

/* Sixteen megabytes of empty objects: refused by counting, before the
 * parser builds millions of nodes (which took 1.6 GB). */
static void
test_limit_values (void)
{
  g_autoptr(GString) text = g_string_new ("[");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KwaExhibit) exhibit = NULL;
  gint64 start;

  for (guint i = 0; i < KWA_EXHIBIT_MAX_VALUES + 10; i++)
    g_string_append (text, i == 0 ? "{}" : ",{}");
  g_string_append_c (text, ']');
  bytes = g_string_free_to_bytes (g_steal_pointer (&text));

  start = g_get_monotonic_time ();
  exhibit = kwa_exhibit_new_from_bytes (bytes, NULL, &problems, &error);
  g_assert_null (exhibit);
  g_assert_error (error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_LIMIT);
  g_assert_nonnull (strstr (error->message, "values"));
  g_assert_cmpint (g_get_monotonic_time () - start, <, time_limit_usec ());
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
      g_autofree char *text = minimal_with (cases[i].old, cases[i].new);
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(KwaExhibit) exhibit = NULL;
      gint64 elapsed;

      exhibit = load_generated (text, &problems, &error, &elapsed);
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
          assert_problem (problems, "minimal.json", cases[i].location, cases[i].phrase);
        }
    }
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
  g_test_add_func ("/exhibit-loader/bytes/without-file", test_from_bytes_without_file);
  g_test_add_func ("/exhibit-loader/bytes/byte-order-mark", test_from_bytes_with_byte_order_mark);
  g_test_add_func ("/exhibit-loader/resource/loads", test_from_resource);
  g_test_add_func ("/exhibit-loader/resource/parent-folder", test_from_resource_parent_folder);
  g_test_add_func ("/exhibit-loader/missing-file", test_missing_file);

  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      g_autofree char *stem = g_strndup (broken_cases[i].file, strlen (broken_cases[i].file) - strlen (".json"));
      g_autofree char *test_path = g_strdup_printf ("/exhibit-loader/broken/%s", stem);

      g_test_add_data_func (test_path, &broken_cases[i], test_broken_file);
    }
  g_test_add_func ("/exhibit-loader/broken-files-all-listed", test_broken_files_all_listed);
  g_test_add_func ("/exhibit-loader/every-problem-collected", test_every_problem_collected);

  g_test_add_func ("/exhibit-loader/limits/items", test_limit_items);
  g_test_add_func ("/exhibit-loader/limits/coordinates", test_limit_coordinates);
  g_test_add_func ("/exhibit-loader/limits/file-size", test_limit_file_size);
  g_test_add_func ("/exhibit-loader/limits/bytes-size", test_limit_bytes_size);
  g_test_add_func ("/exhibit-loader/limits/problems", test_limit_problems);
  g_test_add_func ("/exhibit-loader/limits/duplicate-keys", test_limit_duplicate_keys);
  g_test_add_func ("/exhibit-loader/limits/values", test_limit_values);

  g_test_add_func ("/exhibit-loader/problem/to-string", test_problem_to_string);
  g_test_add_func ("/exhibit-loader/geometry-helpers", test_geometry_helpers);
  g_test_add_func ("/exhibit-loader/validate-command", test_validate_command);

  return g_test_run ();
}
