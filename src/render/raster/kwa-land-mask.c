/* kwa-land-mask.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-land-mask"

#include "config.h"

#include "kwa-land-mask.h"

/* Where the Korean land shows in a basemap raster, and how much of each
 * pixel it fills. Everything the basemap draws is laid over what is under
 * it, so a pixel is an affine function of the land's colour L:
 *
 *     pixel = black + coverage × L
 *
 * where black is the pixel with the land drawn black, and coverage the
 * difference between the land drawn white and black. So one raster (the
 * black one) and this mask give the land in any tint, instead of one
 * full-size raster per tint: at 4K each was 33 MB, the mask covers only
 * the land's box at a byte a pixel.
 *
 * Rows are also kept as runs, so that a frame copies the pixels without
 * land, fills those wholly land with the colour, and works out only the
 * few in between. */

struct _KwaLandMask
{
  cairo_surface_t *surface;    /* A8: the coverage, 0–255 */
  int              x, y;       /* its pixel (0, 0) in the raster's pixels */
  GArray          *runs;       /* KwaLandRun, row after row */
  guint           *row_start;  /* index in runs of each row's first; one more at the end */
};

/* The land's share of a pixel, from the two renders: each channel rose by
 * it from black to white. Their mean evens out the renders' rounding. */
static guint8
pixel_coverage (guint32 black,
                guint32 white)
{
  int sum = 0;

  for (int shift = 0; shift < 24; shift += 8)
    sum += (int) ((white >> shift) & 0xff) - (int) ((black >> shift) & 0xff);

  return (guint8) CLAMP ((sum + 1) / 3, 0, 255);
}

static void
add_runs_of_row (KwaLandMask  *self,
                 const guint8 *coverage,
                 int           width)
{
  int x = 0;

  while (x < width)
    {
      KwaLandRun run;

      if (coverage[x] == 0)
        {
          x++;
          continue;
        }
      run.start = x;
      run.partial = coverage[x] != 255;
      while (x < width && coverage[x] != 0 && (coverage[x] != 255) == run.partial)
        x++;
      run.end = x;
      run.start += self->x;
      run.end += self->x;
      g_array_append_val (self->runs, run);
    }
}

/**
 * kwa_land_mask_new:
 * @black: the raster with the land black (RGB24)
 * @white: the part of the raster with the land white: the land's box
 *   (what lies past @black's edge is left out)
 * @x: (in @black's pixels) where @white's pixel (0, 0) is
 * @y: likewise
 *
 * Outside @white's box the land must not show: the mask says so there.
 *
 * Returns: (transfer full): the mask
 */
KwaLandMask *
kwa_land_mask_new (cairo_surface_t *black,
                   cairo_surface_t *white,
                   int              x,
                   int              y)
{
  KwaLandMask *self;
  int width, height, black_stride, white_stride, stride;
  const guint8 *black_data, *white_data;
  guint8 *data;

  g_return_val_if_fail (black != NULL && white != NULL, NULL);

  /* A render of the box may come out a pixel larger, rounding its size. */
  width = MIN (cairo_image_surface_get_width (white), cairo_image_surface_get_width (black) - x);
  height = MIN (cairo_image_surface_get_height (white), cairo_image_surface_get_height (black) - y);
  g_return_val_if_fail (x >= 0 && y >= 0 && width > 0 && height > 0, NULL);

  self = g_new0 (KwaLandMask, 1);
  self->x = x;
  self->y = y;
  self->surface = cairo_image_surface_create (CAIRO_FORMAT_A8, width, height);
  self->runs = g_array_new (FALSE, FALSE, sizeof (KwaLandRun));
  self->row_start = g_new (guint, height + 1);

  cairo_surface_flush (black);
  cairo_surface_flush (white);
  black_data = cairo_image_surface_get_data (black);
  black_stride = cairo_image_surface_get_stride (black);
  white_data = cairo_image_surface_get_data (white);
  white_stride = cairo_image_surface_get_stride (white);
  data = cairo_image_surface_get_data (self->surface);
  stride = cairo_image_surface_get_stride (self->surface);

  for (int row = 0; row < height; row++)
    {
      const guint32 *black_row = (const guint32 *) (black_data + (gsize) (row + y) * black_stride) + x;
      const guint32 *white_row = (const guint32 *) (white_data + (gsize) row * white_stride);
      guint8 *coverage = data + (gsize) row * stride;

      for (int column = 0; column < width; column++)
        coverage[column] = pixel_coverage (black_row[column], white_row[column]);

      self->row_start[row] = self->runs->len;
      add_runs_of_row (self, coverage, width);
    }
  self->row_start[height] = self->runs->len;
  cairo_surface_mark_dirty (self->surface);

  return self;
}

void
kwa_land_mask_free (KwaLandMask *self)
{
  if (self == NULL)
    return;

  cairo_surface_destroy (self->surface);
  g_array_unref (self->runs);
  g_free (self->row_start);
  g_free (self);
}

/**
 * kwa_land_mask_get_runs:
 * @row: a row of the raster
 *
 * Returns: the stretches of @row where land shows, left to right, in the
 *   raster's columns; none (and %NULL) where the row has no land
 */
const KwaLandRun *
kwa_land_mask_get_runs (const KwaLandMask *self,
                        int                row,
                        guint             *n_runs)
{
  int local = row - self->y;

  g_return_val_if_fail (n_runs != NULL, NULL);

  if (local < 0 || local >= cairo_image_surface_get_height (self->surface) ||
      self->row_start[local] == self->row_start[local + 1])
    {
      *n_runs = 0;
      return NULL;
    }

  *n_runs = self->row_start[local + 1] - self->row_start[local];
  return &g_array_index (self->runs, KwaLandRun, self->row_start[local]);
}

/**
 * kwa_land_mask_get_row:
 * @row: a row of the raster that has runs
 *
 * Returns: the coverage of @row; its byte 0 is the raster's column x of
 *   kwa_land_mask_get_surface()
 */
const guint8 *
kwa_land_mask_get_row (const KwaLandMask *self,
                       int                row)
{
  guint8 *data = cairo_image_surface_get_data (self->surface);
  int stride = cairo_image_surface_get_stride (self->surface);

  return data + (gsize) (row - self->y) * stride;
}

/**
 * kwa_land_mask_get_surface:
 * @x: (out): where the surface's pixel (0, 0) is in the raster's pixels
 * @y: (out): likewise
 *
 * Returns: (transfer none): the coverage as an A8 image, for cairo to mask with
 */
cairo_surface_t *
kwa_land_mask_get_surface (const KwaLandMask *self,
                           int               *x,
                           int               *y)
{
  *x = self->x;
  *y = self->y;
  return self->surface;
}

gsize
kwa_land_mask_get_byte_size (const KwaLandMask *self)
{
  return (gsize) cairo_image_surface_get_stride (self->surface) * cairo_image_surface_get_height (self->surface) +
         self->runs->len * sizeof (KwaLandRun) + sizeof (guint) * (cairo_image_surface_get_height (self->surface) + 1);
}
