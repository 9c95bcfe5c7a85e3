/* test-sprite-cache.c: sprites drawn once, found by what they look like,
 * and painted they give the pixels drawing gives.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "kwa-sprite-cache.h"
#include "kwa-sprite-cache-private.h"

typedef struct
{
  double radius;
  double gray;
} DiscKey;

static void
draw_disc (cairo_t       *cr,
           gconstpointer  key,
           gpointer       user_data)
{
  const DiscKey *disc = key;

  cairo_arc (cr, 0, 0, disc->radius, 0, 2 * G_PI);
  cairo_set_source_rgba (cr, disc->gray, disc->gray, disc->gray, 0.8);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
}

static cairo_rectangle_int_t
disc_extent (const DiscKey *disc)
{
  int reach = (int) ceil (disc->radius + 2);

  return (cairo_rectangle_int_t) { -reach, -reach, 2 * reach + 1, 2 * reach + 1 };
}

/* The same key is drawn once; a key differing in any byte, another extent
 * or other font options are other sprites. */
static void
test_found_by_key (void)
{
  g_autoptr(KwaSpriteCache) cache = kwa_sprite_cache_new (8);
  DiscKey a = { 6, 0.5 }, b = { 6, 0.6 };
  cairo_rectangle_int_t extent = disc_extent (&a), wider = { -9, -9, 19, 19 };
  cairo_font_options_t *grey_text = cairo_font_options_create ();
  cairo_surface_t *first, *again;

  first = kwa_sprite_cache_lookup (cache, &a, sizeof a, &extent, NULL, draw_disc, NULL);
  again = kwa_sprite_cache_lookup (cache, &a, sizeof a, &extent, NULL, draw_disc, NULL);
  g_assert_nonnull (first);
  g_assert_true (first == again);
  g_assert_cmpuint (kwa_sprite_cache_get_n_draws (cache), ==, 1);

  g_assert_true (kwa_sprite_cache_lookup (cache, &b, sizeof b, &extent, NULL, draw_disc, NULL) != first);
  g_assert_cmpuint (kwa_sprite_cache_get_n_draws (cache), ==, 2);
  kwa_sprite_cache_lookup (cache, &a, sizeof a, &wider, NULL, draw_disc, NULL);
  g_assert_cmpuint (kwa_sprite_cache_get_n_draws (cache), ==, 3);
  cairo_font_options_set_antialias (grey_text, CAIRO_ANTIALIAS_GRAY);
  kwa_sprite_cache_lookup (cache, &a, sizeof a, &extent, grey_text, draw_disc, NULL);
  g_assert_cmpuint (kwa_sprite_cache_get_n_draws (cache), ==, 4);
  kwa_sprite_cache_lookup (cache, &b, sizeof b, &extent, NULL, draw_disc, NULL);
  g_assert_cmpuint (kwa_sprite_cache_get_n_draws (cache), ==, 4);

  cairo_font_options_destroy (grey_text);
}

/* Full, the cache starts again rather than growing. */
static void
test_bounded (void)
{
  g_autoptr(KwaSpriteCache) cache = kwa_sprite_cache_new (4);

  for (int round = 0; round < 3; round++)
    for (int i = 0; i < 6; i++)
      {
        DiscKey key = { 3 + i, 0.5 };
        cairo_rectangle_int_t extent = disc_extent (&key);

        g_assert_nonnull (kwa_sprite_cache_lookup (cache, &key, sizeof key, &extent, NULL, draw_disc, NULL));
      }
  /* Six keys through four places: every lookup after the first four
   * found its sprite gone at least once a round. */
  g_assert_cmpuint (kwa_sprite_cache_get_n_draws (cache), >, 6);

  {
    DiscKey key = { 3, 0.5 };
    cairo_rectangle_int_t empty = { 0, 0, 0, 5 }, huge = { 0, 0, 5000, 5 };

    g_assert_null (kwa_sprite_cache_lookup (cache, &key, sizeof key, &empty, NULL, draw_disc, NULL));
    g_assert_null (kwa_sprite_cache_lookup (cache, &key, sizeof key, &huge, NULL, draw_disc, NULL));
  }
}

/* Painted with its anchor on a pixel, a sprite puts down what drawing the
 * shape there does (up to rounding in the two blends). */
static void
test_paints_as_drawn (void)
{
  g_autoptr(KwaSpriteCache) cache = kwa_sprite_cache_new (8);
  DiscKey disc = { 7.3, 0.4 };
  cairo_rectangle_int_t extent = disc_extent (&disc);
  cairo_surface_t *drawn = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 40, 40);
  cairo_surface_t *painted = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 40, 40);
  cairo_surface_t *sprite;
  cairo_t *cr;
  int max_difference = 0;

  for (guint i = 0; i < 2; i++)
    {
      cr = cairo_create (i == 0 ? drawn : painted);
      cairo_set_source_rgb (cr, 0.9, 0.7, 0.2);
      cairo_paint (cr);
      cairo_destroy (cr);
    }

  cr = cairo_create (drawn);
  cairo_translate (cr, 17, 21);
  draw_disc (cr, &disc, NULL);
  cairo_destroy (cr);

  sprite = kwa_sprite_cache_lookup (cache, &disc, sizeof disc, &extent, NULL, draw_disc, NULL);
  cr = cairo_create (painted);
  cairo_set_source_surface (cr, sprite, 17 + extent.x, 21 + extent.y);
  cairo_paint (cr);
  cairo_destroy (cr);

  cairo_surface_flush (drawn);
  cairo_surface_flush (painted);
  for (int y = 0; y < 40; y++)
    for (int x = 0; x < 40; x++)
      {
        guint32 a = ((guint32 *) (cairo_image_surface_get_data (drawn) + y * cairo_image_surface_get_stride (drawn)))[x];
        guint32 b = ((guint32 *) (cairo_image_surface_get_data (painted) + y * cairo_image_surface_get_stride (painted)))[x];

        for (int shift = 0; shift < 32; shift += 8)
          max_difference = MAX (max_difference, ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)));
      }

  g_test_message ("largest channel difference %d", max_difference);
  g_assert_cmpint (max_difference, <=, 2);

  cairo_surface_destroy (drawn);
  cairo_surface_destroy (painted);
}

/* Full, the cache forgets what it used least lately: a marker every
 * frame shows stays while a stream of new ones passes through. */
static void
test_keeps_what_is_used (void)
{
  g_autoptr(KwaSpriteCache) cache = kwa_sprite_cache_new (4);
  DiscKey kept = { 5, 0.2 };
  cairo_rectangle_int_t kept_extent = disc_extent (&kept);

  for (int frame = 0; frame < 20; frame++)
    {
      DiscKey passing = { 3 + 0.25 * frame, 0.7 };
      cairo_rectangle_int_t extent = disc_extent (&passing);

      g_assert_nonnull (kwa_sprite_cache_lookup (cache, &kept, sizeof kept, &kept_extent, NULL, draw_disc, NULL));
      g_assert_nonnull (kwa_sprite_cache_lookup (cache, &passing, sizeof passing, &extent, NULL, draw_disc, NULL));
    }
  /* The kept marker once, each passing one once. */
  g_assert_cmpuint (kwa_sprite_cache_get_n_draws (cache), ==, 1 + 20);
}

/* Big sprites (legends) are kept two at most, the two used last: a scrub
 * back and forth across a change of legend draws neither again. */
static void
test_two_big_sprites (void)
{
  g_autoptr(KwaSpriteCache) cache = kwa_sprite_cache_new (64);
  DiscKey small = { 4, 0.5 };
  cairo_rectangle_int_t small_extent = disc_extent (&small);
  guint draws;

  for (int legend = 0; legend < 6; legend++)
    {
      DiscKey big = { 150 + legend, 0.3 };
      cairo_rectangle_int_t extent = disc_extent (&big);

      g_assert_cmpint (extent.width * extent.height * 4, >=, 64 * 1024);
      g_assert_nonnull (kwa_sprite_cache_lookup (cache, &big, sizeof big, &extent, NULL, draw_disc, NULL));
      g_assert_nonnull (kwa_sprite_cache_lookup (cache, &small, sizeof small, &small_extent, NULL, draw_disc, NULL));
    }
  g_assert_cmpuint (kwa_sprite_cache_get_n_draws (cache), ==, 6 + 1);
  g_assert_cmpuint (kwa_sprite_cache_get_n_bytes (cache), <=,
                    2 * (gsize) (2 * 158 + 1) * (2 * 158 + 1) * 4 + (gsize) small_extent.width * small_extent.height * 4);

  /* The last two, back and forth: found. */
  draws = kwa_sprite_cache_get_n_draws (cache);
  for (int i = 0; i < 6; i++)
    {
      DiscKey big = { 150 + 4 + i % 2, 0.3 };
      cairo_rectangle_int_t extent = disc_extent (&big);

      g_assert_nonnull (kwa_sprite_cache_lookup (cache, &big, sizeof big, &extent, NULL, draw_disc, NULL));
    }
  g_assert_cmpuint (kwa_sprite_cache_get_n_draws (cache), ==, draws);

  /* The first is gone; the small one never went. */
  {
    DiscKey first = { 150, 0.3 };
    cairo_rectangle_int_t extent = disc_extent (&first);

    g_assert_nonnull (kwa_sprite_cache_lookup (cache, &small, sizeof small, &small_extent, NULL, draw_disc, NULL));
    g_assert_cmpuint (kwa_sprite_cache_get_n_draws (cache), ==, draws);
    g_assert_nonnull (kwa_sprite_cache_lookup (cache, &first, sizeof first, &extent, NULL, draw_disc, NULL));
    g_assert_cmpuint (kwa_sprite_cache_get_n_draws (cache), ==, draws + 1);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sprite-cache/found-by-key", test_found_by_key);
  g_test_add_func ("/sprite-cache/bounded", test_bounded);
  g_test_add_func ("/sprite-cache/keeps-what-is-used", test_keeps_what_is_used);
  g_test_add_func ("/sprite-cache/two-big-sprites", test_two_big_sprites);
  g_test_add_func ("/sprite-cache/paints-as-drawn", test_paints_as_drawn);

  return g_test_run ();
}
