/* kwa-pixel.h: blending a colour into the premultiplied pixels of a
 * cairo ARGB32 or RGB24 image, for the shapes and lines a frame draws
 * straight into its image (KwaShapeFill, KwaPolylineStroke).
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <math.h>

G_BEGIN_DECLS

/* OVER of the colour @rgb (0–255, not premultiplied) at @alpha (0–255) on
 * a premultiplied pixel; red with blue and alpha with green are worked
 * two at a time, 16 bits apart. */
static inline guint32
kwa_pixel_blend (guint32      pixel,
                 const guint  rgb[3],
                 guint        alpha)
{
  guint32 keep = 255 - alpha;
  guint32 red_blue = (pixel & 0x00ff00ffu) * keep + ((guint32) rgb[0] << 16 | rgb[2]) * alpha + 0x00800080u;
  guint32 alpha_green = ((pixel >> 8) & 0x00ff00ffu) * keep + (0x00ff0000u | rgb[1]) * alpha + 0x00800080u;

  red_blue = ((red_blue + ((red_blue >> 8) & 0x00ff00ffu)) >> 8) & 0x00ff00ffu;
  alpha_green = ((alpha_green + ((alpha_green >> 8) & 0x00ff00ffu)) >> 8) & 0x00ff00ffu;

  return alpha_green << 8 | red_blue;
}

/* @pixel + @addend channel by channel, each clamped at 255, for an
 * opaque pixel (the result's alpha is 255; @addend's is ignored). The
 * three channels are added side by side, red with blue in one word and
 * green in another, each with a bit above it to carry into. */
static inline guint32
kwa_pixel_add_clamped (guint32 pixel,
                       guint32 addend)
{
  guint32 red_blue = (pixel & 0x00ff00ffu) + (addend & 0x00ff00ffu);
  guint32 green = (pixel & 0x0000ff00u) + (addend & 0x0000ff00u);
  guint32 red_blue_over = red_blue & 0x01000100u;
  guint32 green_over = green & 0x00010000u;

  red_blue = (red_blue | (red_blue_over - (red_blue_over >> 8))) & 0x00ff00ffu;
  green = (green | (green_over - (green_over >> 8))) & 0x0000ff00u;

  return 0xff000000u | red_blue | green;
}

/* A channel or an opacity from 0 … 1 as 0 … 255. */
static inline guint
kwa_pixel_byte (double value)
{
  return (guint) lround (CLAMP (value, 0, 1) * 255);
}

G_END_DECLS
