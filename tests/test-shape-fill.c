/* test-shape-fill.c: the overlay filler, against cairo filling the same
 * shapes over the same pixels.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <math.h>

#include "kwa-shape-fill.h"
#include "kwa-test-image.h"

#define WIDTH  97
#define HEIGHT 61

static const KwaColor red = { 0.8, 0.25, 0.1 };

/* Concave, with a near-horizontal edge. */
static const KwaMapPoint notch[] = { { 5, 5 }, { 90, 8.5 }, { 50.5, 30.25 }, { 90, 52 }, { 5, 57.5 } };
/* Mostly off the image: only what is inside counts. */
static const KwaMapPoint beyond[] = { { -40, -30 }, { 70.4, -10 }, { 150, 80 }, { 20.6, 100 } };
/* A frame: the outer square and the inner, drawn the same way round. */
static const KwaMapPoint outer[] = { { 10.5, 6.25 }, { 80.5, 6.25 }, { 80.5, 54.75 }, { 10.5, 54.75 } };
static const KwaMapPoint inner[] = { { 25.5, 20.5 }, { 65.25, 20.5 }, { 65.25, 40.5 }, { 25.5, 40.5 } };
/* Two arms of a U, far apart on the same rows, as an arrow round a coast. */
static const KwaMapPoint u_turn[] = { { 5, 5 }, { 12, 5 }, { 12, 45 }, { 80, 45 }, { 80, 5 }, { 87, 5 },
                                      { 87, 52 }, { 5, 52 } };

typedef struct
{
  const KwaMapPoint *points;
  guint              n_points;
  gboolean           reversed;
} Ring;

#define RING(points, reversed) { points, G_N_ELEMENTS (points), reversed }

static cairo_surface_t *
striped_image (void)
{
  return kwa_test_striped_image (WIDTH, HEIGHT);
}

#define pixel_at kwa_test_pixel_at

static cairo_surface_t *
fill_by_cairo (const Ring                  *rings,
               guint                        n_rings,
               KwaShapeFillRule             rule,
               const cairo_rectangle_int_t *clip)
{
  cairo_surface_t *image = striped_image ();
  cairo_t *cr = cairo_create (image);

  cairo_rectangle (cr, clip->x, clip->y, clip->width, clip->height);
  cairo_clip (cr);
  for (guint r = 0; r < n_rings; r++)
    {
      /* Cairo has no "reversed": the ring is traced backwards. */
      for (guint i = 0; i < rings[r].n_points; i++)
        {
          guint k = rings[r].reversed ? rings[r].n_points - 1 - i : i;

          if (i == 0)
            cairo_move_to (cr, rings[r].points[k].x, rings[r].points[k].y);
          else
            cairo_line_to (cr, rings[r].points[k].x, rings[r].points[k].y);
        }
      cairo_close_path (cr);
    }
  cairo_set_fill_rule (cr, rule == KWA_SHAPE_FILL_EVEN_ODD ? CAIRO_FILL_RULE_EVEN_ODD
                                                           : CAIRO_FILL_RULE_WINDING);
  cairo_set_source_rgba (cr, red.r, red.g, red.b, 0.7);
  cairo_fill (cr);
  cairo_destroy (cr);
  cairo_surface_flush (image);

  return image;
}

static cairo_surface_t *
fill_by_shape_fill (const Ring                  *rings,
                    guint                        n_rings,
                    KwaShapeFillRule             rule,
                    const cairo_rectangle_int_t *clip)
{
  cairo_surface_t *image = striped_image ();
  g_autoptr(KwaShapeFill) fill = kwa_shape_fill_new ();

  for (guint r = 0; r < n_rings; r++)
    kwa_shape_fill_add_ring (fill, rings[r].points, rings[r].n_points, rings[r].reversed);
  kwa_shape_fill_paint (fill, image, clip, rule, &red, 0.7, NULL);

  return image;
}

/* Cairo samples 4 × 4 points a pixel where the filler measures areas, so
 * edge pixels may differ a little; inside and outside they must agree,
 * and nothing outside the clip may change. */
static void
assert_like_cairo (const Ring                  *rings,
                   guint                        n_rings,
                   KwaShapeFillRule             rule,
                   const cairo_rectangle_int_t *clip)
{
  cairo_surface_t *original = striped_image ();
  cairo_surface_t *expected = fill_by_cairo (rings, n_rings, rule, clip);
  cairo_surface_t *drawn = fill_by_shape_fill (rings, n_rings, rule, clip);
  guint total_difference = 0, n_changed = 0, n_changed_outside = 0;

  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < WIDTH; x++)
      {
        guint32 a = pixel_at (expected, x, y), b = pixel_at (drawn, x, y);
        gboolean in_clip = x >= clip->x && x < clip->x + clip->width &&
                           y >= clip->y && y < clip->y + clip->height;

        for (int shift = 0; shift < 32; shift += 8)
          {
            int difference = ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff));

            if (difference > 48)
              g_error ("pixel %d, %d: cairo %08x, filled %08x", x, y, a, b);
            total_difference += difference;
          }
        if (b != pixel_at (original, x, y))
          {
            n_changed++;
            n_changed_outside += !in_clip;
          }
      }

  g_test_message ("%u pixels changed, mean difference %.2f / 255", n_changed,
                  (double) total_difference / (WIDTH * HEIGHT * 4));
  g_assert_cmpuint (n_changed, >, 300);
  g_assert_cmpuint (n_changed_outside, ==, 0);
  g_assert_cmpfloat ((double) total_difference / (WIDTH * HEIGHT * 4), <, 1.0);
  cairo_surface_destroy (original);
  cairo_surface_destroy (expected);
  cairo_surface_destroy (drawn);
}

static const cairo_rectangle_int_t everything = { 0, 0, WIDTH, HEIGHT };

static void
test_concave (void)
{
  const Ring rings[] = { RING (notch, FALSE) };

  assert_like_cairo (rings, G_N_ELEMENTS (rings), KWA_SHAPE_FILL_NONZERO, &everything);
}

static void
test_beyond_the_image (void)
{
  const Ring rings[] = { RING (beyond, FALSE) };

  assert_like_cairo (rings, G_N_ELEMENTS (rings), KWA_SHAPE_FILL_NONZERO, &everything);
}

static void
test_keeps_to_the_clip (void)
{
  const Ring rings[] = { RING (notch, FALSE) };

  assert_like_cairo (rings, G_N_ELEMENTS (rings), KWA_SHAPE_FILL_NONZERO,
                     &(cairo_rectangle_int_t) { 20, 12, 50, 30 });
}

/* An arrow's outline is the band between two rings drawn alike, one
 * counted backwards; the hatched band between two fronts is the same
 * shape by the even-odd rule. */
static void
test_holes (void)
{
  const Ring reversed[] = { RING (outer, FALSE), RING (inner, TRUE) };
  const Ring alike[] = { RING (outer, FALSE), RING (inner, FALSE) };
  cairo_surface_t *original = striped_image ();
  cairo_surface_t *drawn = fill_by_shape_fill (reversed, 2, KWA_SHAPE_FILL_NONZERO, &everything);

  g_assert_cmphex (pixel_at (drawn, 45, 30), ==, pixel_at (original, 45, 30));   /* the hole */
  g_assert_cmphex (pixel_at (drawn, 15, 30), !=, pixel_at (original, 15, 30));   /* the band */
  assert_like_cairo (reversed, 2, KWA_SHAPE_FILL_NONZERO, &everything);
  assert_like_cairo (alike, 2, KWA_SHAPE_FILL_EVEN_ODD, &everything);
  cairo_surface_destroy (original);
  cairo_surface_destroy (drawn);
}

/* Between the arms the row is left alone, though both arms are on it. */
static void
test_far_apart_on_a_row (void)
{
  const Ring rings[] = { RING (u_turn, FALSE) };
  cairo_surface_t *original = striped_image ();
  cairo_surface_t *drawn = fill_by_shape_fill (rings, 1, KWA_SHAPE_FILL_NONZERO, &everything);

  g_assert_cmphex (pixel_at (drawn, 45, 20), ==, pixel_at (original, 45, 20));
  g_assert_cmphex (pixel_at (drawn, 8, 20), !=, pixel_at (original, 8, 20));
  g_assert_cmphex (pixel_at (drawn, 83, 20), !=, pixel_at (original, 83, 20));
  assert_like_cairo (rings, G_N_ELEMENTS (rings), KWA_SHAPE_FILL_NONZERO, &everything);
  cairo_surface_destroy (original);
  cairo_surface_destroy (drawn);
}

/* Through a mask and a tile, a pixel gets the colour in proportion to
 * both: none where either is empty. */
static void
test_texture (void)
{
  cairo_surface_t *original = striped_image ();
  cairo_surface_t *drawn = striped_image ();
  cairo_surface_t *mask = cairo_image_surface_create (CAIRO_FORMAT_A8, 40, 40);
  cairo_surface_t *tile = cairo_image_surface_create (CAIRO_FORMAT_A8, 4, 4);
  g_autoptr(KwaShapeFill) fill = kwa_shape_fill_new ();
  KwaShapeTexture texture = { mask, 20, 10, tile };
  cairo_t *cr;

  /* The mask: its left half; the tile: its first column. */
  cr = cairo_create (mask);
  cairo_rectangle (cr, 0, 0, 20, 40);
  cairo_fill (cr);
  cairo_destroy (cr);
  cr = cairo_create (tile);
  cairo_rectangle (cr, 0, 0, 1, 4);
  cairo_fill (cr);
  cairo_destroy (cr);
  cairo_surface_flush (mask);
  cairo_surface_flush (tile);

  kwa_shape_fill_add_ring (fill, outer, G_N_ELEMENTS (outer), FALSE);
  kwa_shape_fill_paint (fill, drawn, &everything, KWA_SHAPE_FILL_NONZERO, &red, 0.7, &texture);

  g_assert_cmphex (pixel_at (drawn, 24, 30), !=, pixel_at (original, 24, 30));   /* mask, tile */
  g_assert_cmphex (pixel_at (drawn, 25, 30), ==, pixel_at (original, 25, 30));   /* mask, no tile */
  g_assert_cmphex (pixel_at (drawn, 44, 30), ==, pixel_at (original, 44, 30));   /* tile, no mask */
  g_assert_cmphex (pixel_at (drawn, 16, 30), ==, pixel_at (original, 16, 30));   /* beside the mask */

  cairo_surface_destroy (mask);
  cairo_surface_destroy (tile);
  cairo_surface_destroy (original);
  cairo_surface_destroy (drawn);
}

/* A view zoomed far in puts a shape's corners millions of pixels away:
 * what shows is still filled, and nothing overflows. */
static void
test_far_away (void)
{
  static const KwaMapPoint huge[] = { { -1e12, -1e12 }, { 1e12, -1e12 }, { 1e12, 1e12 }, { -1e12, 1e12 } };
  static const KwaMapPoint not_a_number[] = { { 10, 10 }, { NAN, 20 }, { 30, 50 } };
  cairo_surface_t *original = striped_image ();
  cairo_surface_t *drawn = striped_image ();
  g_autoptr(KwaShapeFill) fill = kwa_shape_fill_new ();

  kwa_shape_fill_add_ring (fill, huge, G_N_ELEMENTS (huge), FALSE);
  kwa_shape_fill_paint (fill, drawn, &everything, KWA_SHAPE_FILL_NONZERO, &red, 1.0, NULL);
  for (int y = 0; y < HEIGHT; y += 7)
    for (int x = 0; x < WIDTH; x += 5)
      g_assert_cmphex (pixel_at (drawn, x, y), ==, 0xffcc401a);

  /* Edges that are not numbers are left out, not followed. */
  kwa_shape_fill_add_ring (fill, not_a_number, G_N_ELEMENTS (not_a_number), FALSE);
  kwa_shape_fill_paint (fill, original, &everything, KWA_SHAPE_FILL_NONZERO, &red, 1.0, NULL);

  cairo_surface_destroy (original);
  cairo_surface_destroy (drawn);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/shape-fill/concave", test_concave);
  g_test_add_func ("/shape-fill/beyond-the-image", test_beyond_the_image);
  g_test_add_func ("/shape-fill/keeps-to-the-clip", test_keeps_to_the_clip);
  g_test_add_func ("/shape-fill/holes", test_holes);
  g_test_add_func ("/shape-fill/far-apart-on-a-row", test_far_apart_on_a_row);
  g_test_add_func ("/shape-fill/texture", test_texture);
  g_test_add_func ("/shape-fill/far-away", test_far_away);

  return g_test_run ();
}
