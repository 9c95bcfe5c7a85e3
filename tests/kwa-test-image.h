/* kwa-test-image.h: images for tests that draw into pixels directly and
 * compare with cairo (test-shape-fill, test-polyline-stroke).
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

/* Rows of different colours and opacities, so blending shows. */
static inline cairo_surface_t *
kwa_test_striped_image (int width,
                        int height)
{
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (image);

  for (int y = 0; y < height; y += 4)
    {
      cairo_set_source_rgba (cr, (y % 12) / 12.0, 0.5, 1 - y / (double) height, y % 8 ? 1.0 : 0.6);
      cairo_rectangle (cr, 0, y, width, 4);
      cairo_fill (cr);
    }
  cairo_destroy (cr);
  cairo_surface_flush (image);

  return image;
}

static inline guint32
kwa_test_pixel_at (cairo_surface_t *image,
                   int              x,
                   int              y)
{
  return ((guint32 *) (cairo_image_surface_get_data (image) +
                       y * cairo_image_surface_get_stride (image)))[x];
}
