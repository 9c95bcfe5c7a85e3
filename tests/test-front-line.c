/* test-front-line.c: the geometry that turns a front into held land.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "kwa-front-line.h"
#include "kwa-land.h"
#include "kwa-projection.h"

static const KwaMapRect box = { 0, 0, 100, 200 };

static void
test_resample_is_even_and_keeps_ends (void)
{
  const KwaMapPoint line[] = { { 0, 0 }, { 30, 0 }, { 30, 40 } };   /* 70 long */
  KwaMapPoint samples[8];

  kwa_front_line_resample (line, G_N_ELEMENTS (line), samples, G_N_ELEMENTS (samples));

  g_assert_cmpfloat (samples[0].x, ==, 0);
  g_assert_cmpfloat (samples[7].x, ==, 30);
  g_assert_cmpfloat (samples[7].y, ==, 40);
  /* Every step is 10 units along the line, even across the corner. */
  g_assert_cmpfloat_with_epsilon (samples[3].x, 30, 1e-9);
  g_assert_cmpfloat_with_epsilon (samples[3].y, 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (samples[5].y, 20, 1e-9);
  g_assert_cmpfloat_with_epsilon (kwa_polyline_length (samples, 8), 70, 1e-9);
}

/* The same front on land, drawn out to sea a long way on one day and a
 * little on the next: resampled ashore, the land stretch gets the same
 * samples on both, so every day between blends a town's front with its
 * own, not with a point farther along the other line. */
static void
test_resample_ashore_matches_land (void)
{
  /* Ashore from x = 100 to x = 300 along y = 0. */
  const KwaMapPoint far_out[] = { { -200, 0 }, { 100, 0 }, { 300, 0 }, { 320, 0 } };
  const KwaMapPoint near_in[] = { { 90, 0 }, { 100, 0 }, { 300, 0 }, { 400, 0 } };
  KwaMapPoint a[KWA_FRONT_LINE_SAMPLES], b[KWA_FRONT_LINE_SAMPLES], whole[KWA_FRONT_LINE_SAMPLES];
  guint sea = KWA_FRONT_LINE_SEA_SAMPLES;

  kwa_front_line_resample_ashore (far_out, G_N_ELEMENTS (far_out), 300, 500, a, KWA_FRONT_LINE_SAMPLES);
  kwa_front_line_resample_ashore (near_in, G_N_ELEMENTS (near_in), 10, 210, b, KWA_FRONT_LINE_SAMPLES);

  g_assert_cmpfloat (a[0].x, ==, -200);
  g_assert_cmpfloat (a[KWA_FRONT_LINE_SAMPLES - 1].x, ==, 320);
  g_assert_cmpfloat_with_epsilon (a[sea].x, 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (a[KWA_FRONT_LINE_SAMPLES - 1 - sea].x, 300, 1e-9);
  for (guint i = sea; i < KWA_FRONT_LINE_SAMPLES - sea; i++)
    {
      /* Evenly along the land, from the coast to the coast. */
      g_assert_cmpfloat_with_epsilon (a[i].x, 100 + 200.0 * (i - sea) / (KWA_FRONT_LINE_SAMPLES - 2 * sea - 1), 1e-9);
      g_assert_cmpfloat_with_epsilon (a[i].x, b[i].x, 1e-9);
    }

  /* Resampled whole, the far line's middle sample lies 110 units west of
   * the near line's. */
  kwa_front_line_resample (far_out, G_N_ELEMENTS (far_out), whole, KWA_FRONT_LINE_SAMPLES);
  g_assert_cmpfloat (fabs (whole[KWA_FRONT_LINE_SAMPLES / 2].x - b[KWA_FRONT_LINE_SAMPLES / 2].x), >, 50);

  /* Never ashore: as resampled whole. */
  kwa_front_line_resample_ashore (far_out, G_N_ELEMENTS (far_out), 0, 0, a, KWA_FRONT_LINE_SAMPLES);
  g_assert_cmpmem (a, sizeof a, whole, sizeof whole);
}

static void
test_blend_halfway (void)
{
  const KwaMapPoint a[] = { { 0, 0 }, { 10, 0 } };
  const KwaMapPoint b[] = { { 0, 20 }, { 10, 40 } };
  KwaMapPoint mid[2];

  kwa_front_line_blend (a, b, 0.5, mid, 2);
  g_assert_cmpfloat (mid[0].y, ==, 10);
  g_assert_cmpfloat (mid[1].y, ==, 20);
}

/* A west-to-east line across the box: the anchor's side is the half below. */
static void
test_close_splits_across (void)
{
  const KwaMapPoint line[] = { { 10, 100 }, { 50, 90 }, { 90, 110 } };
  const KwaMapPoint south = { 50, 180 };
  g_autoptr(GArray) polygon = kwa_front_line_close (line, 3, &box, &south);
  const KwaMapPoint *p = (const KwaMapPoint *) polygon->data;

  g_assert_true (kwa_map_polygon_contains (p, polygon->len, 50, 180));
  g_assert_true (kwa_map_polygon_contains (p, polygon->len, 2, 199));
  g_assert_true (kwa_map_polygon_contains (p, polygon->len, 98, 150));
  g_assert_false (kwa_map_polygon_contains (p, polygon->len, 50, 20));
  g_assert_false (kwa_map_polygon_contains (p, polygon->len, 50, 85));

  /* With the anchor in the other half, the other half is returned. */
  {
    const KwaMapPoint north = { 50, 20 };
    g_autoptr(GArray) other = kwa_front_line_close (line, 3, &box, &north);

    g_assert_true (kwa_map_polygon_contains ((const KwaMapPoint *) other->data, other->len, 50, 20));
    g_assert_false (kwa_map_polygon_contains ((const KwaMapPoint *) other->data, other->len, 50, 180));
  }
}

/* An arc cutting off the bottom-right corner, like the Pusan Perimeter. */
static void
test_close_cuts_a_corner (void)
{
  const KwaMapPoint arc[] = { { 60, 195 }, { 62, 150 }, { 95, 140 } };
  const KwaMapPoint busan = { 90, 190 };
  g_autoptr(GArray) polygon = kwa_front_line_close (arc, 3, &box, &busan);
  const KwaMapPoint *p = (const KwaMapPoint *) polygon->data;

  g_assert_true (kwa_map_polygon_contains (p, polygon->len, 90, 190));
  g_assert_true (kwa_map_polygon_contains (p, polygon->len, 70, 160));
  g_assert_false (kwa_map_polygon_contains (p, polygon->len, 30, 190));   /* west of the arc */
  g_assert_false (kwa_map_polygon_contains (p, polygon->len, 90, 100));   /* north of it */
  g_assert_false (kwa_map_polygon_contains (p, polygon->len, 50, 50));
}

static KwaLand *
load_real_land (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("KWA_SOURCE_DIR"), "data", "korea-basemap.svg", NULL);
  g_autofree char *svg = NULL;
  g_autoptr(GError) error = NULL;
  gsize len;
  KwaLand *land;

  g_assert_true (g_file_get_contents (path, &svg, &len, &error));
  land = kwa_land_new_from_svg (svg, len, &error);
  g_assert_no_error (error);

  return land;
}

static gboolean
land_at (KwaLand *land,
         double   lat,
         double   lon)
{
  KwaProjection projection;
  double x, y;

  kwa_projection_init_default (&projection);
  kwa_projection_to_svg (&projection, lon, lat, &x, &y);

  return kwa_land_contains (land, x, y);
}

static void
test_land_matches_the_peninsula (void)
{
  g_autoptr(KwaLand) land = load_real_land ();
  double area = kwa_land_get_area (land);

  /* North Korea 120,540 km² + South Korea 100,210 km² (CIA World Factbook,
   * land and water) ≈ 220,750 km²; a 1 km mask of a 1:10m coast agrees
   * within a few per cent. */
  g_test_message ("Korean land: %.0f km²", area);
  g_assert_cmpfloat (area, >, 210000);
  g_assert_cmpfloat (area, <, 232000);

  g_assert_true (land_at (land, 37.5665, 126.978));    /* Seoul */
  g_assert_true (land_at (land, 39.0339, 125.7543));   /* Pyongyang */
  g_assert_true (land_at (land, 35.1796, 129.0756));   /* Busan */
  g_assert_true (land_at (land, 41.7956, 129.7758));   /* Chongjin */
  g_assert_true (land_at (land, 33.38, 126.55));       /* Jeju, Hallasan */
  g_assert_false (land_at (land, 36.5, 125.0));        /* Yellow Sea */
  g_assert_false (land_at (land, 37.5, 130.5));        /* East Sea */
  g_assert_false (land_at (land, 41.8, 123.4));        /* Shenyang, China: not Korean land */
}

static void
test_land_area_inside_polygon (void)
{
  g_autoptr(KwaLand) land = load_real_land ();
  KwaProjection projection;
  KwaMapPoint line[64];
  KwaMapPoint busan;
  KwaMapRect map_box = { -328, -585, 703, 1140 };
  g_autoptr(GArray) south = NULL;
  double south_area;

  /* The 38th parallel from sea to sea: the south of it is most of South
   * Korea plus the bit of it north-east of the parallel's line... roughly
   * 93,000–100,000 km² of land. */
  kwa_projection_init_default (&projection);
  for (guint i = 0; i < G_N_ELEMENTS (line); i++)
    kwa_projection_to_svg (&projection, 124.0 + 6.0 * i / (G_N_ELEMENTS (line) - 1), 38.0,
                           &line[i].x, &line[i].y);
  kwa_projection_to_svg (&projection, 129.0756, 35.1796, &busan.x, &busan.y);

  south = kwa_front_line_close (line, G_N_ELEMENTS (line), &map_box, &busan);
  south_area = kwa_land_get_area_inside (land, (const KwaMapPoint *) south->data, south->len);
  g_test_message ("land south of 38 N: %.0f km²", south_area);
  g_assert_cmpfloat (south_area, >, 90000);
  g_assert_cmpfloat (south_area, <, 102000);
}

/* A strip of land @width km long and 10 km high, as a basemap draws it. */
static KwaLand *
land_strip (double   width,
            GError **error)
{
  g_autofree char *svg = g_strdup_printf ("<svg><g id=\"land-korea\"><path d=\"M 0 0 L %.0f 0 L %.0f 10 L 0 10 Z\"/></g></svg>",
                                          width, width);

  return kwa_land_new_from_svg (svg, -1, error);
}

/* Land counts along a row are kept in 16 bits: a row of 60,000 cells still
 * adds up, and land too wide for them is refused with a reason, not
 * miscounted. */
static void
test_land_long_rows (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KwaLand) land = land_strip (60000, &error);
  g_autoptr(KwaLand) too_wide = NULL;
  KwaMapPoint around[] = { { -5, -5 }, { 60005, -5 }, { 60005, 15 }, { -5, 15 } };

  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (kwa_land_get_area (land), 600000, 1);
  g_assert_cmpfloat_with_epsilon (kwa_land_get_area_inside (land, around, G_N_ELEMENTS (around)), 600000, 1);

  too_wide = land_strip (70000, &error);
  g_assert_null (too_wide);
  g_assert_error (error, KWA_LAND_ERROR, KWA_LAND_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "70000 by 10 km"));
}

static void
test_simplify_within_tolerance (void)
{
  KwaMapPoint wiggle[400], kept[400];
  guint n_kept, k = 0;

  /* A wavy line sampled densely, with one sharp corner. */
  for (guint i = 0; i < G_N_ELEMENTS (wiggle); i++)
    wiggle[i] = (KwaMapPoint) { i * 0.5, (i < 200 ? 0 : (i - 200.0) * 0.8) + 3 * sin (i / 25.0) };

  n_kept = kwa_polyline_simplify (wiggle, G_N_ELEMENTS (wiggle), 0.2, kept);

  g_assert_cmpuint (n_kept, <, G_N_ELEMENTS (wiggle) / 4);
  g_assert_cmpfloat (kept[0].x, ==, wiggle[0].x);
  g_assert_cmpfloat (kept[n_kept - 1].x, ==, wiggle[G_N_ELEMENTS (wiggle) - 1].x);

  /* The corner stays, and every dropped point is within the tolerance of
   * the kept segment that replaced it. */
  for (guint i = 0; i < n_kept; i++)
    if (kept[i].x == wiggle[200].x && kept[i].y == wiggle[200].y)
      k = i;
  g_assert_cmpuint (k, >, 0);

  k = 0;
  for (guint i = 0; i < G_N_ELEMENTS (wiggle); i++)
    {
      while (k + 1 < n_kept && kept[k + 1].x <= wiggle[i].x)
        k++;
      if (k + 1 < n_kept)
        g_assert_cmpfloat (kwa_map_segment_distance (wiggle[i], kept[k], kept[k + 1]), <=, 0.2 + 1e-9);
    }
}

static void
test_simplify_in_place (void)
{
  KwaMapPoint line[] = { { 0, 0 }, { 1, 0 }, { 2, 0 }, { 3, 5 }, { 4, 0 }, { 4, 0 }, { 5, 0 } };
  guint n = kwa_polyline_simplify (line, G_N_ELEMENTS (line), 0.1, line);

  /* Collinear and repeated points go; the spike stays. */
  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpfloat (line[0].x, ==, 0);
  g_assert_cmpfloat (line[1].x, ==, 2);
  g_assert_cmpfloat (line[2].y, ==, 5);
  g_assert_cmpfloat (line[4].x, ==, 5);

  g_assert_cmpuint (kwa_polyline_simplify (line, 1, 0.1, line), ==, 1);
  g_assert_cmpuint (kwa_polyline_simplify (NULL, 0, 0.1, NULL), ==, 0);
}

/* A square grown by 1 is 2 wider and taller, shrunk by 1 2 narrower,
 * whichever way round it is drawn; a ring of them is how arrows get their
 * outline. */
static void
test_polygon_offset (void)
{
  static const KwaMapPoint clockwise[] = { { 10, 10 }, { 20, 10 }, { 20, 20 }, { 10, 20 } };
  static const KwaMapPoint anticlockwise[] = { { 10, 10 }, { 10, 20 }, { 20, 20 }, { 20, 10 } };
  const KwaMapPoint *squares[] = { clockwise, anticlockwise };

  for (guint s = 0; s < G_N_ELEMENTS (squares); s++)
    {
      KwaMapPoint grown[4], shrunk[4];

      kwa_map_polygon_offset (squares[s], 4, 1, grown);
      kwa_map_polygon_offset (squares[s], 4, -1, shrunk);
      for (guint i = 0; i < 4; i++)
        {
          double sx = squares[s][i].x < 15 ? -1 : 1, sy = squares[s][i].y < 15 ? -1 : 1;

          g_assert_cmpfloat_with_epsilon (grown[i].x, squares[s][i].x + sx, 1e-9);
          g_assert_cmpfloat_with_epsilon (grown[i].y, squares[s][i].y + sy, 1e-9);
          g_assert_cmpfloat_with_epsilon (shrunk[i].x, squares[s][i].x - sx, 1e-9);
          g_assert_cmpfloat_with_epsilon (shrunk[i].y, squares[s][i].y - sy, 1e-9);
        }
    }
}

/* A hairpin (an arrow's tip seen edge-on) is held to a mitre of 4 × the
 * distance, and a repeated point moves with its neighbours. */
static void
test_polygon_offset_limits (void)
{
  static const KwaMapPoint spike[] = { { 0, 0 }, { 100, 0.5 }, { 0, 1 }, { 0, 1 } };
  KwaMapPoint grown[4];

  kwa_map_polygon_offset (spike, 4, 1, grown);
  g_assert_cmpfloat (grown[1].x, >, 100);
  g_assert_cmpfloat (hypot (grown[1].x - 100, grown[1].y - 0.5), <=, 4 + 1e-9);
  g_assert_cmpfloat_with_epsilon (grown[3].x, grown[2].x, 1e-9);
  g_assert_cmpfloat_with_epsilon (grown[3].y, grown[2].y, 1e-9);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/front-line/resample-even-keeps-ends", test_resample_is_even_and_keeps_ends);
  g_test_add_func ("/front-line/resample-ashore-matches-land", test_resample_ashore_matches_land);
  g_test_add_func ("/front-line/blend-halfway", test_blend_halfway);
  g_test_add_func ("/front-line/close-splits-across", test_close_splits_across);
  g_test_add_func ("/front-line/close-cuts-a-corner", test_close_cuts_a_corner);
  g_test_add_func ("/front-line/simplify-within-tolerance", test_simplify_within_tolerance);
  g_test_add_func ("/front-line/simplify-in-place", test_simplify_in_place);
  g_test_add_func ("/front-line/polygon-offset", test_polygon_offset);
  g_test_add_func ("/front-line/polygon-offset-limits", test_polygon_offset_limits);
  g_test_add_func ("/land/matches-the-peninsula", test_land_matches_the_peninsula);
  g_test_add_func ("/land/area-inside-polygon", test_land_area_inside_polygon);
  g_test_add_func ("/land/long-rows", test_land_long_rows);

  return g_test_run ();
}
