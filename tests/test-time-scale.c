/* test-time-scale.c: the timeline's scale puts every day somewhere, keeps
 * days in order, gives the war of movement the room and squeezes the quiet
 * years, and scrubbing to a point lands on the day drawn there.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "kwa-exhibit.h"
#include "kwa-time-scale.h"
#include "kwa-test-utils.h"

/* Round trips lose a few ulps of a day (≈ 1e-12); a microsecond is
 * already far below anything the map could show. */
#define DAY_EPSILON 1e-6
#define FRACTION_EPSILON 1e-9

/* The minimal exhibit plus the real exhibit's later phases, so the war
 * has a stalemate to squeeze. */
static KwaExhibit *
load_with_stalemate (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  JsonArray *phases;
  KwaExhibit *exhibit;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  root = json_from_string (contents, &error);
  g_assert_no_error (error);

  phases = json_object_get_array_member (json_node_get_object (root), "phases");
  json_array_add_element (phases, json_from_string (
    "{\"id\": \"war-of-movement\", \"name\": {\"en\": \"War of movement\", \"ko\": \"기동전\"},"
    " \"start\": \"1950-09-15\", \"end\": \"1951-07-09\","
    " \"summary\": {\"en\": \"The front moves.\", \"ko\": \"전선이 움직인다.\"}}", &error));
  g_assert_no_error (error);
  json_array_add_element (phases, json_from_string (
    "{\"id\": \"stalemate-and-talks\", \"name\": {\"en\": \"Stalemate\", \"ko\": \"고지전\"},"
    " \"start\": \"1951-07-10\", \"end\": \"1953-07-26\","
    " \"summary\": {\"en\": \"The front holds.\", \"ko\": \"전선이 멈춘다.\"}}", &error));
  g_assert_no_error (error);

  text = json_to_string (root, FALSE);
  bytes = g_bytes_new (text, strlen (text));

  exhibit = kwa_exhibit_new_from_bytes (bytes, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (exhibit);

  return exhibit;
}

static double
share (const KwaTimeScale *scale,
       double              from,
       double              to)
{
  return kwa_time_scale_to_fraction (scale, to) - kwa_time_scale_to_fraction (scale, from);
}

static void
assert_end_points (const KwaTimeScale *scale,
                   KwaDateRange        range)
{
  g_assert_cmpfloat (kwa_time_scale_to_fraction (scale, range.start), ==, 0.0);
  g_assert_cmpfloat (kwa_time_scale_to_fraction (scale, range.end), ==, 1.0);
  g_assert_cmpfloat (kwa_time_scale_from_fraction (scale, 0.0), ==, range.start);
  g_assert_cmpfloat (kwa_time_scale_from_fraction (scale, 1.0), ==, range.end);

  /* Outside the range, clamped rather than extrapolated. */
  g_assert_cmpfloat (kwa_time_scale_to_fraction (scale, range.start - 400), ==, 0.0);
  g_assert_cmpfloat (kwa_time_scale_to_fraction (scale, range.end + 400), ==, 1.0);
  g_assert_cmpfloat (kwa_time_scale_from_fraction (scale, -0.5), ==, range.start);
  g_assert_cmpfloat (kwa_time_scale_from_fraction (scale, 1.5), ==, range.end);
}

static void
assert_monotonic (const KwaTimeScale *scale)
{
  double start = kwa_time_scale_get_start (scale);
  double end = kwa_time_scale_get_end (scale);
  double previous_fraction = -1, previous_time = -G_MAXDOUBLE;
  const int n = 20000;

  for (int i = 0; i <= n; i++)
    {
      double time = start + (end - start) * i / n;
      double fraction = kwa_time_scale_to_fraction (scale, time);
      double back = kwa_time_scale_from_fraction (scale, (double) i / n);

      g_assert_cmpfloat (fraction, >, previous_fraction);
      g_assert_cmpfloat (back, >, previous_time);
      previous_fraction = fraction;
      previous_time = back;
    }
}

static void
assert_round_trips (const KwaTimeScale *scale)
{
  double start = kwa_time_scale_get_start (scale);
  double end = kwa_time_scale_get_end (scale);

  /* Every whole day, and a few fractions of one. */
  for (double time = start; time <= end; time += 0.25)
    g_assert_cmpfloat_with_epsilon (kwa_time_scale_from_fraction (scale, kwa_time_scale_to_fraction (scale, time)),
                                    time, DAY_EPSILON);

  for (int i = 0; i <= 1000; i++)
    {
      double fraction = i / 1000.0;

      g_assert_cmpfloat_with_epsilon (kwa_time_scale_to_fraction (scale, kwa_time_scale_from_fraction (scale, fraction)),
                                      fraction, FRACTION_EPSILON);
    }
}

static void
test_linear (void)
{
  g_autoptr(KwaExhibit) exhibit = kwa_test_load_minimal ();
  g_autoptr(KwaTimeScale) scale = kwa_time_scale_new_for_exhibit (exhibit, FALSE);
  KwaDateRange range = kwa_exhibit_get_time_range (exhibit);
  KwaDateRange war = kwa_exhibit_get_war_span (exhibit);
  double true_share = (double) (war.start - range.start) / (range.end - range.start);

  g_assert_false (kwa_time_scale_is_nonlinear (scale));
  assert_end_points (scale, range);
  assert_monotonic (scale);
  assert_round_trips (scale);

  /* Linear: the years before the war take exactly their share of days,
   * well over half of this exhibit. */
  g_assert_cmpfloat_with_epsilon (share (scale, range.start, war.start), true_share, FRACTION_EPSILON);
  g_assert_cmpfloat (true_share, >, 0.5);
}

static void
test_nonlinear_with_stalemate (void)
{
  g_autoptr(KwaExhibit) exhibit = load_with_stalemate ();
  g_autoptr(KwaTimeScale) scale = kwa_time_scale_new_for_exhibit (exhibit, TRUE);
  KwaDateRange range = kwa_exhibit_get_time_range (exhibit);
  KwaDateRange war = kwa_exhibit_get_war_span (exhibit);
  KwaDate stalemate = kwa_date_from_ymd (1951, 7, 10);
  guint n_knots;

  g_assert_true (kwa_time_scale_is_nonlinear (scale));
  kwa_time_scale_get_knots (scale, &n_knots);
  g_assert_cmpuint (n_knots, ==, 5);

  assert_end_points (scale, range);
  assert_monotonic (scale);
  assert_round_trips (scale);

  /* The five quiet years before the war take at most a fifth… */
  g_assert_cmpfloat (share (scale, range.start, war.start), <=, 0.20);
  /* …the war of movement, one year, half the width… */
  g_assert_cmpfloat_with_epsilon (share (scale, war.start, stalemate), KWA_TIME_SCALE_WEIGHT_MOVEMENT, FRACTION_EPSILON);
  /* …and the two years of stalemate less than that. */
  g_assert_cmpfloat_with_epsilon (share (scale, stalemate, war.end), KWA_TIME_SCALE_WEIGHT_STALEMATE, FRACTION_EPSILON);
  g_assert_cmpfloat (share (scale, war.end, range.end), <, 0.1);
}

static void
test_nonlinear_without_stalemate (void)
{
  g_autoptr(KwaExhibit) exhibit = kwa_test_load_minimal ();
  g_autoptr(KwaTimeScale) scale = kwa_time_scale_new_for_exhibit (exhibit, TRUE);
  KwaDateRange range = kwa_exhibit_get_time_range (exhibit);
  KwaDateRange war = kwa_exhibit_get_war_span (exhibit);
  guint n_knots;

  /* No phase is a stalemate: the whole war is one wide segment. */
  g_assert_true (kwa_time_scale_is_nonlinear (scale));
  kwa_time_scale_get_knots (scale, &n_knots);
  g_assert_cmpuint (n_knots, ==, 4);

  assert_end_points (scale, range);
  assert_monotonic (scale);
  assert_round_trips (scale);

  g_assert_cmpfloat (share (scale, range.start, war.start), <=, 0.20);
  g_assert_cmpfloat (share (scale, war.start, war.end), >=, 0.75);
}

static void
test_weighted_drops_empty_segments (void)
{
  /* The first segment has no days: the other two share the width. */
  const double boundaries[] = { 10, 10, 20, 30 };
  const double weights[] = { 0.5, 3, 1 };
  g_autoptr(KwaTimeScale) scale = kwa_time_scale_new_weighted (boundaries, weights, G_N_ELEMENTS (weights));
  guint n_knots;

  kwa_time_scale_get_knots (scale, &n_knots);
  g_assert_cmpuint (n_knots, ==, 3);
  g_assert_cmpfloat (kwa_time_scale_to_fraction (scale, 10), ==, 0.0);
  g_assert_cmpfloat_with_epsilon (kwa_time_scale_to_fraction (scale, 20), 0.75, FRACTION_EPSILON);
  g_assert_cmpfloat_with_epsilon (kwa_time_scale_to_fraction (scale, 25), 0.875, FRACTION_EPSILON);
  g_assert_cmpfloat (kwa_time_scale_to_fraction (scale, 30), ==, 1.0);
  g_assert_cmpfloat_with_epsilon (kwa_time_scale_from_fraction (scale, 0.375), 15, DAY_EPSILON);
  assert_monotonic (scale);
  assert_round_trips (scale);
}

static void
test_empty_range (void)
{
  g_autoptr(KwaTimeScale) scale = kwa_time_scale_new_linear (100, 100);

  /* A one-day exhibit has nowhere to go, but must not divide by zero. */
  g_assert_cmpfloat (kwa_time_scale_to_fraction (scale, 100), ==, 0.0);
  g_assert_cmpfloat (kwa_time_scale_to_fraction (scale, 200), ==, 0.0);
  g_assert_cmpfloat (kwa_time_scale_from_fraction (scale, 0.5), ==, 100);
  g_assert_cmpfloat (kwa_time_scale_from_fraction (scale, 1.0), ==, 100);
}

/* The exhibit the app ships: its stalemate phase must be found, or the
 * slider would quietly fall back to one segment for the whole war. */
static void
test_bundled_exhibit (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KwaExhibit) exhibit = kwa_exhibit_new_default (&error);
  g_autoptr(KwaTimeScale) scale = NULL;
  KwaDateRange range, war;
  const KwaTimeScaleKnot *knots;
  guint n_knots;

  g_assert_no_error (error);
  scale = kwa_time_scale_new_for_exhibit (exhibit, TRUE);
  range = kwa_exhibit_get_time_range (exhibit);
  war = kwa_exhibit_get_war_span (exhibit);

  knots = kwa_time_scale_get_knots (scale, &n_knots);
  g_assert_cmpuint (n_knots, ==, 5);
  g_assert_cmpfloat (knots[2].time, >, war.start);
  g_assert_cmpfloat (knots[2].time, <, war.end);

  assert_end_points (scale, range);
  assert_monotonic (scale);
  assert_round_trips (scale);
  g_assert_cmpfloat (share (scale, range.start, war.start), <=, 0.20);
  g_assert_cmpfloat_with_epsilon (share (scale, war.start, knots[2].time), KWA_TIME_SCALE_WEIGHT_MOVEMENT, FRACTION_EPSILON);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/time-scale/linear", test_linear);
  g_test_add_func ("/time-scale/nonlinear/with-stalemate", test_nonlinear_with_stalemate);
  g_test_add_func ("/time-scale/nonlinear/without-stalemate", test_nonlinear_without_stalemate);
  g_test_add_func ("/time-scale/weighted/drops-empty-segments", test_weighted_drops_empty_segments);
  g_test_add_func ("/time-scale/empty-range", test_empty_range);
  g_test_add_func ("/time-scale/bundled-exhibit", test_bundled_exhibit);

  return g_test_run ();
}
