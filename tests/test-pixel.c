/* test-pixel.c: the pixel arithmetic the raster painters share
 * (kwa-pixel.h), against the same sums worked channel by channel.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "kwa-pixel.h"

static guint
channel (guint32 pixel,
         int     shift)
{
  return (pixel >> shift) & 0xff;
}

/* The sum as kwa_pixel_add_clamped() means it: red, green and blue each
 * added and held at 255, the alpha opaque. */
static guint32
add_clamped_by_channel (guint32 pixel,
                        guint32 addend)
{
  guint32 sum = 0xff000000u;

  for (int shift = 0; shift < 24; shift += 8)
    sum |= MIN (channel (pixel, shift) + channel (addend, shift), 255u) << shift;
  return sum;
}

/* Every pair of channel values, in each channel on its own (so that a
 * carry out of one into the next would show) and in all three at once. */
static void
test_add_clamped_every_channel (void)
{
  for (guint a = 0; a < 256; a++)
    for (guint b = 0; b < 256; b++)
      for (int shift = 0; shift < 24; shift += 8)
        {
          guint32 pixel = 0xff000000u | (a << shift) | (0x7fu << ((shift + 8) % 24));
          guint32 addend = (b << shift) | (0x80u << ((shift + 8) % 24));

          g_assert_cmphex (kwa_pixel_add_clamped (pixel, addend), ==, add_clamped_by_channel (pixel, addend));
        }

  for (guint a = 0; a < 256; a++)
    for (guint b = 0; b < 256; b++)
      {
        guint32 pixel = 0xff000000u | a << 16 | a << 8 | a;
        guint32 addend = b << 16 | b << 8 | b;

        g_assert_cmphex (kwa_pixel_add_clamped (pixel, addend), ==, add_clamped_by_channel (pixel, addend));
      }
}

/* Channels that overflow next to ones that do not: each held at 255 on
 * its own, the others summed. */
static void
test_add_clamped_mixed (void)
{
  g_assert_cmphex (kwa_pixel_add_clamped (0xff00ff10u, 0x00010102u), ==, 0xff01ff12u);
  g_assert_cmphex (kwa_pixel_add_clamped (0xfff01020u, 0x00200000u), ==, 0xffff1020u);
  g_assert_cmphex (kwa_pixel_add_clamped (0xff10f020u, 0x00002000u), ==, 0xff10ff20u);
  g_assert_cmphex (kwa_pixel_add_clamped (0xff1020f0u, 0x00000020u), ==, 0xff1020ffu);
  /* The addend's alpha never reaches the pixel. */
  g_assert_cmphex (kwa_pixel_add_clamped (0x00102030u, 0xff010101u), ==, 0xff112131u);

  for (guint i = 0; i < 200000; i++)
    {
      guint32 pixel = g_random_int (), addend = g_random_int ();

      g_assert_cmphex (kwa_pixel_add_clamped (pixel, addend), ==, add_clamped_by_channel (pixel, addend));
    }
}

/* OVER of an opaque colour at some opacity: within rounding of the exact
 * sum, and exact at no and at full opacity. */
static void
test_blend (void)
{
  const guint rgb[3] = { 200, 30, 90 };

  for (guint alpha = 0; alpha < 256; alpha++)
    for (guint value = 0; value < 256; value += 5)
      {
        guint32 pixel = 0xff000000u | value << 16 | (255 - value) << 8 | value / 2;
        guint32 blended = kwa_pixel_blend (pixel, rgb, alpha);

        for (int i = 0; i < 3; i++)
          {
            int shift = 16 - 8 * i;
            double exact = (rgb[i] * alpha + channel (pixel, shift) * (255.0 - alpha)) / 255.0;

            g_assert_cmpfloat (fabs (channel (blended, shift) - exact), <=, 0.5 + 1e-9);
          }
        g_assert_cmpuint (channel (blended, 24), ==, 255);
        if (alpha == 0)
          g_assert_cmphex (blended, ==, pixel);
        if (alpha == 255)
          g_assert_cmphex (blended, ==, 0xff000000u | rgb[0] << 16 | rgb[1] << 8 | rgb[2]);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pixel/add-clamped/every-channel", test_add_clamped_every_channel);
  g_test_add_func ("/pixel/add-clamped/mixed", test_add_clamped_mixed);
  g_test_add_func ("/pixel/blend", test_blend);

  return g_test_run ();
}
