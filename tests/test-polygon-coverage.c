/* test-polygon-coverage.c: the scan converter the map's land tints are
 * composed with, against cairo filling the same polygons.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>

#include "kwa-polygon-coverage.h"

#define WIDTH  97
#define HEIGHT 61

typedef struct
{
  const KwaMapPoint *points;
  guint              n_points;
  gboolean           paints_inside;
} Layer;

/* A triangle with edges at every slope. */
static const KwaMapPoint triangle[] = { { 10.3, 5.7 }, { 88.9, 20.2 }, { 30.5, 55.1 } };
/* Concave, with a near-horizontal edge (the hardest for row sampling). */
static const KwaMapPoint notch[] = { { 5, 5 }, { 90, 8.5 }, { 50.5, 30.25 }, { 90, 52 }, { 5, 57.5 } };
/* A star drawn in one stroke: its middle is wound twice, filled (nonzero). */
static const KwaMapPoint star[] = { { 48, 2 }, { 75, 58 }, { 8, 22 }, { 90, 22 }, { 21, 58 } };
/* Mostly off the rows: only what is inside counts. */
static const KwaMapPoint beyond[] = { { -40, -30 }, { 70.4, -10 }, { 150, 80 }, { 20.6, 100 } };
/* Smaller than a pixel. */
static const KwaMapPoint speck[] = { { 40.2, 30.2 }, { 40.7, 30.3 }, { 40.4, 30.8 } };

/* What cairo draws for the layers, as coverage 0–255 per pixel. */
static guint8 *
coverage_by_cairo (const Layer *layers,
                   guint        n_layers)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  guint8 *pixels = g_new (guint8, WIDTH * HEIGHT);

  for (guint l = 0; l < n_layers; l++)
    {
      for (guint i = 0; i < layers[l].n_points; i++)
        cairo_line_to (cr, layers[l].points[i].x, layers[l].points[i].y);
      cairo_close_path (cr);
      cairo_set_operator (cr, layers[l].paints_inside ? CAIRO_OPERATOR_OVER : CAIRO_OPERATOR_DEST_OUT);
      cairo_fill (cr);
    }
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  for (int y = 0; y < HEIGHT; y++)
    memcpy (pixels + y * WIDTH, cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface), WIDTH);
  cairo_surface_destroy (surface);

  return pixels;
}

/* The same from KwaPolygonCoverage, checking the runs' shape on the way. */
static guint8 *
coverage_by_runs (const Layer *layers,
                  guint        n_layers)
{
  g_autoptr(KwaPolygonCoverage) coverage = kwa_polygon_coverage_new (WIDTH, HEIGHT);
  guint8 *pixels = g_new (guint8, WIDTH * HEIGHT);

  for (guint l = 0; l < n_layers; l++)
    kwa_polygon_coverage_add (coverage, layers[l].points, layers[l].n_points, layers[l].paints_inside);

  for (int y = 0; y < HEIGHT; y++)
    {
      guint n_runs;
      const KwaCoverageRun *runs = kwa_polygon_coverage_get_row (coverage, y, &n_runs);
      int x = 0;

      g_assert_cmpuint (n_runs, >, 0);
      for (guint i = 0; i < n_runs; i++)
        {
          /* Runs tile the row, in order, and neighbours differ. */
          g_assert_cmpint (runs[i].start, ==, x);
          g_assert_cmpint (runs[i].end, >, runs[i].start);
          if (i > 0)
            g_assert_cmpuint (runs[i].alpha, !=, runs[i - 1].alpha);
          memset (pixels + y * WIDTH + runs[i].start, runs[i].alpha, runs[i].end - runs[i].start);
          x = runs[i].end;
        }
      g_assert_cmpint (x, ==, WIDTH);
    }

  return pixels;
}

/* Along edges the converter samples four lines per row where cairo
 * samples more, so a pixel may differ by what one sub-row holds (64), no
 * more; on average, the two agree within a couple of levels. */
static void
assert_like_cairo (const Layer *layers,
                   guint        n_layers)
{
  g_autofree guint8 *expected = coverage_by_cairo (layers, n_layers);
  g_autofree guint8 *drawn = coverage_by_runs (layers, n_layers);
  guint total_difference = 0, n_inside = 0;

  for (int i = 0; i < WIDTH * HEIGHT; i++)
    {
      int difference = ABS ((int) expected[i] - (int) drawn[i]);

      if (difference > 80)
        g_error ("pixel %d, %d: cairo covers %u, the runs %u", i % WIDTH, i / WIDTH, expected[i], drawn[i]);
      total_difference += difference;
      n_inside += drawn[i] == 255;
    }

  g_assert_cmpfloat ((double) total_difference / (WIDTH * HEIGHT), <, 2.0);
  g_test_message ("%u pixels fully inside, mean difference %.2f / 255", n_inside,
                  (double) total_difference / (WIDTH * HEIGHT));
}

#define LAYER(points, inside) { points, G_N_ELEMENTS (points), inside }

static void
test_triangle (void)
{
  const Layer layers[] = { LAYER (triangle, TRUE) };

  assert_like_cairo (layers, G_N_ELEMENTS (layers));
}

static void
test_concave (void)
{
  const Layer layers[] = { LAYER (notch, TRUE) };

  assert_like_cairo (layers, G_N_ELEMENTS (layers));
}

static void
test_nonzero_winding (void)
{
  const Layer layers[] = { LAYER (star, TRUE) };
  g_autofree guint8 *drawn = coverage_by_runs (layers, G_N_ELEMENTS (layers));

  /* The pentagon in the middle is wound twice: filled, not a hole. */
  g_assert_cmpuint (drawn[30 * WIDTH + 48], ==, 255);
  assert_like_cairo (layers, G_N_ELEMENTS (layers));
}

static void
test_beyond_the_rows (void)
{
  const Layer layers[] = { LAYER (beyond, TRUE) };

  assert_like_cairo (layers, G_N_ELEMENTS (layers));
}

static void
test_smaller_than_a_pixel (void)
{
  const Layer layers[] = { LAYER (speck, TRUE) };
  g_autofree guint8 *drawn = coverage_by_runs (layers, G_N_ELEMENTS (layers));
  guint sum = 0;

  for (int i = 0; i < WIDTH * HEIGHT; i++)
    sum += drawn[i];

  /* About 0.11 of a pixel: present, but faint, and nowhere else. */
  g_assert_cmpuint (sum, >, 0);
  g_assert_cmpuint (sum, <, 80);
  g_assert_cmpuint (drawn[30 * WIDTH + 40], ==, sum);
}

/* The south's region, then a north enclave inside it, then a south one
 * inside that: each paints over the one before, as cairo paints them. */
static void
test_painting_order (void)
{
  static const KwaMapPoint region[] = { { 0, 0 }, { 97, 0 }, { 97, 61 }, { 0, 61 } };
  static const KwaMapPoint north_enclave[] = { { 20, 10 }, { 80, 10 }, { 80, 50 }, { 20, 50 } };
  static const KwaMapPoint south_enclave[] = { { 40, 20 }, { 60, 20 }, { 60, 40 }, { 40, 40 } };
  const Layer layers[] = { LAYER (region, TRUE), LAYER (north_enclave, FALSE), LAYER (south_enclave, TRUE) };
  g_autofree guint8 *drawn = coverage_by_runs (layers, G_N_ELEMENTS (layers));

  g_assert_cmpuint (drawn[5 * WIDTH + 5], ==, 255);     /* the region */
  g_assert_cmpuint (drawn[15 * WIDTH + 25], ==, 0);     /* the north's enclave */
  g_assert_cmpuint (drawn[30 * WIDTH + 50], ==, 255);   /* the south's, inside it */
  assert_like_cairo (layers, G_N_ELEMENTS (layers));
}

static void
test_nothing_added (void)
{
  g_autofree guint8 *drawn = coverage_by_runs (NULL, 0);

  for (int i = 0; i < WIDTH * HEIGHT; i++)
    g_assert_cmpuint (drawn[i], ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/polygon-coverage/triangle", test_triangle);
  g_test_add_func ("/polygon-coverage/concave", test_concave);
  g_test_add_func ("/polygon-coverage/nonzero-winding", test_nonzero_winding);
  g_test_add_func ("/polygon-coverage/beyond-the-rows", test_beyond_the_rows);
  g_test_add_func ("/polygon-coverage/smaller-than-a-pixel", test_smaller_than_a_pixel);
  g_test_add_func ("/polygon-coverage/painting-order", test_painting_order);
  g_test_add_func ("/polygon-coverage/nothing-added", test_nothing_added);

  return g_test_run ();
}
