/* test-polyline-stroke.c: lines stroked straight into pixels, against
 * cairo stroking the same lines over the same pixels.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <math.h>

#include "kwa-polyline-stroke.h"
#include "kwa-test-image.h"

#define WIDTH  97
#define HEIGHT 61

/* Sharp and shallow turns, a near-horizontal run, a point that doubles
 * back: the joins are where a stroker goes wrong. */
static const KwaMapPoint zigzag[] = { { 6.5, 50 }, { 20.25, 10.5 }, { 34, 48.75 }, { 60.5, 46 },
                                      { 62, 12.5 }, { 88.5, 30.25 }, { 70, 33 } };
/* Mostly off the image. */
static const KwaMapPoint beyond[] = { { -40, -30 }, { 50.4, 30.7 }, { 150, 20 } };

static const KwaStrokePen halo_and_ink[] = {
  { 5.5, { 1, 1, 1 }, 0.75, 0, 0 },
  { 2.6, { 0.14, 0.13, 0.12 }, 0.95, 0, 0 },
};
static const KwaStrokePen dashed[] = {
  { 1.6, { 0.14, 0.13, 0.12 }, 0.9, 3.6, 2.4 },
};

static const cairo_rectangle_int_t everything = { 0, 0, WIDTH, HEIGHT };

static cairo_surface_t *
stroke_by_cairo (const KwaMapPoint           *points,
                 guint                        n_points,
                 const KwaStrokePen          *pens,
                 guint                        n_pens,
                 const cairo_rectangle_int_t *clip)
{
  cairo_surface_t *image = kwa_test_striped_image (WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (image);

  cairo_rectangle (cr, clip->x, clip->y, clip->width, clip->height);
  cairo_clip (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint p = 0; p < n_pens; p++)
    {
      for (guint i = 0; i < n_points; i++)
        cairo_line_to (cr, points[i].x, points[i].y);
      if (n_points == 1)
        cairo_line_to (cr, points[0].x, points[0].y);
      if (pens[p].dash_on > 0)
        {
          double dashes[] = { pens[p].dash_on, pens[p].dash_off };

          cairo_set_dash (cr, dashes, 2, 0);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
        }
      else
        {
          cairo_set_dash (cr, NULL, 0, 0);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
        }
      cairo_set_line_width (cr, pens[p].width);
      cairo_set_source_rgba (cr, pens[p].color.r, pens[p].color.g, pens[p].color.b, pens[p].alpha);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);
  cairo_surface_flush (image);

  return image;
}

static cairo_surface_t *
stroke_directly (const KwaMapPoint           *points,
                 guint                        n_points,
                 const KwaStrokePen          *pens,
                 guint                        n_pens,
                 const cairo_rectangle_int_t *clip)
{
  cairo_surface_t *image = kwa_test_striped_image (WIDTH, HEIGHT);
  g_autoptr(KwaPolylineStroke) stroke = kwa_polyline_stroke_new ();

  kwa_polyline_stroke_paint (stroke, points, n_points, pens, n_pens, image, clip);

  return image;
}

/* Cairo measures the area a stroke covers; the stroker its distance from
 * the line. Edge pixels may differ a little, inside and outside they must
 * agree, the ink must add up, and nothing outside the clip may change. */
static void
assert_like_cairo (const KwaMapPoint           *points,
                   guint                        n_points,
                   const KwaStrokePen          *pens,
                   guint                        n_pens,
                   const cairo_rectangle_int_t *clip,
                   guint                        least_changed)
{
  cairo_surface_t *original = kwa_test_striped_image (WIDTH, HEIGHT);
  cairo_surface_t *expected = stroke_by_cairo (points, n_points, pens, n_pens, clip);
  cairo_surface_t *drawn = stroke_directly (points, n_points, pens, n_pens, clip);
  guint total_difference = 0, n_changed = 0, n_changed_outside = 0;
  double ink_expected = 0, ink_drawn = 0;

  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < WIDTH; x++)
      {
        guint32 a = kwa_test_pixel_at (expected, x, y), b = kwa_test_pixel_at (drawn, x, y);
        guint32 before = kwa_test_pixel_at (original, x, y);
        gboolean in_clip = x >= clip->x && x < clip->x + clip->width &&
                           y >= clip->y && y < clip->y + clip->height;

        for (int shift = 0; shift < 32; shift += 8)
          {
            int was = (before >> shift) & 0xff;
            int difference = ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff));

            if (difference > 64)
              g_error ("pixel %d, %d: cairo %08x, stroked %08x", x, y, a, b);
            total_difference += difference;
            ink_expected += ABS ((int) ((a >> shift) & 0xff) - was);
            ink_drawn += ABS ((int) ((b >> shift) & 0xff) - was);
          }
        if (b != before)
          {
            n_changed++;
            n_changed_outside += !in_clip;
          }
      }

  g_test_message ("%u pixels changed, mean difference %.2f / 255, ink %.0f against cairo's %.0f (%+.1f %%)",
                  n_changed, (double) total_difference / (WIDTH * HEIGHT * 4), ink_drawn, ink_expected,
                  100 * (ink_drawn / MAX (ink_expected, 1) - 1));
  g_assert_cmpuint (n_changed, >=, least_changed);
  g_assert_cmpuint (n_changed_outside, ==, 0);
  g_assert_cmpfloat ((double) total_difference / (WIDTH * HEIGHT * 4), <, 1.5);
  if (ink_expected > 0)
    g_assert_cmpfloat (fabs (ink_drawn / ink_expected - 1), <, 0.06);
  cairo_surface_destroy (original);
  cairo_surface_destroy (expected);
  cairo_surface_destroy (drawn);
}

/* A halo under an ink line, as the front is drawn. */
static void
test_halo_and_ink (void)
{
  assert_like_cairo (zigzag, G_N_ELEMENTS (zigzag), halo_and_ink, G_N_ELEMENTS (halo_and_ink),
                     &everything, 800);
}

static void
test_keeps_to_the_clip (void)
{
  assert_like_cairo (zigzag, G_N_ELEMENTS (zigzag), halo_and_ink, G_N_ELEMENTS (halo_and_ink),
                     &(cairo_rectangle_int_t) { 15, 20, 50, 25 }, 200);
}

/* The line three weeks behind the front: dashes end square. */
static void
test_dashes (void)
{
  assert_like_cairo (zigzag, G_N_ELEMENTS (zigzag), dashed, G_N_ELEMENTS (dashed), &everything, 150);
}

static void
test_beyond_the_image (void)
{
  assert_like_cairo (beyond, G_N_ELEMENTS (beyond), halo_and_ink, G_N_ELEMENTS (halo_and_ink),
                     &everything, 200);
}

/* One point is a dot, as cairo's round cap makes it. */
static void
test_one_point (void)
{
  const KwaMapPoint dot[] = { { 40.3, 30.6 } };

  assert_like_cairo (dot, 1, halo_and_ink, G_N_ELEMENTS (halo_and_ink), &everything, 20);
}

/* How many pixels stroking @points over the striped image changes. */
static guint
count_changed (const KwaMapPoint *points,
               guint              n_points)
{
  cairo_surface_t *original = kwa_test_striped_image (WIDTH, HEIGHT);
  cairo_surface_t *image = stroke_directly (points, n_points, halo_and_ink, G_N_ELEMENTS (halo_and_ink),
                                            &everything);
  guint n_changed = 0;

  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < WIDTH; x++)
      n_changed += kwa_test_pixel_at (image, x, y) != kwa_test_pixel_at (original, x, y);
  cairo_surface_destroy (image);
  cairo_surface_destroy (original);

  return n_changed;
}

/* Points a view zoomed far in puts anywhere, one that is not a number,
 * and two finite ones whose difference is not: drawn where they can be,
 * never a crash. */
static void
test_far_and_broken_points (void)
{
  const KwaMapPoint far[] = { { -1e12, 5 }, { 1e12, 7 } };
  const KwaMapPoint broken[] = { { 10, 10 }, { NAN, 20 }, { 50, 50 }, { 80, 20 } };
  const KwaMapPoint overflowing[] = { { 1e308, 10 }, { -1e308, 90 }, { 20, 30 }, { 60, 40 } };
  guint n_changed = count_changed (far, G_N_ELEMENTS (far));

  /* A line across the whole image, rows 3 … 9 or so. */
  g_assert_cmpuint (n_changed, >=, WIDTH * 4);
  g_assert_cmpuint (n_changed, <=, WIDTH * 10);
  /* The segment from (50, 50) to (80, 20) is drawn; those with the broken
   * point are left out. */
  g_assert_cmpuint (count_changed (broken, G_N_ELEMENTS (broken)), >, 150);
  /* The last segment, from (20, 30) to (60, 40), at least. */
  g_assert_cmpuint (count_changed (overflowing, G_N_ELEMENTS (overflowing)), >, 150);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/polyline-stroke/halo-and-ink", test_halo_and_ink);
  g_test_add_func ("/polyline-stroke/keeps-to-the-clip", test_keeps_to_the_clip);
  g_test_add_func ("/polyline-stroke/dashes", test_dashes);
  g_test_add_func ("/polyline-stroke/beyond-the-image", test_beyond_the_image);
  g_test_add_func ("/polyline-stroke/one-point", test_one_point);
  g_test_add_func ("/polyline-stroke/far-and-broken-points", test_far_and_broken_points);

  return g_test_run ();
}
