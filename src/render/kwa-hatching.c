/* kwa-hatching.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-hatching"

#include "config.h"

#include <math.h>

#include "kwa-hatching.h"

struct _KwaHatching
{
  /* Owned */
  cairo_surface_t *land_mask;
  cairo_surface_t *land_mask_scaled;       /* land_mask resampled to device pixels … */
  double           land_mask_scaled_for[3];   /* … at this scale and sub-pixel offset */
  cairo_surface_t *tile;                   /* A8: one period of the hatching … */
  double           tile_line_width;        /* … with lines this wide */

  /* Not references: only compared, or read while the owner waits */
  KwaLand         *land_mask_source;
  KwaHatching     *parent;                 /* a band helper's: whose land masks it reads */
};

KwaHatching *
kwa_hatching_new (void)
{
  return g_new0 (KwaHatching, 1);
}

void
kwa_hatching_free (KwaHatching *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->land_mask, cairo_surface_destroy);
  g_clear_pointer (&self->land_mask_scaled, cairo_surface_destroy);
  g_clear_pointer (&self->tile, cairo_surface_destroy);
  g_free (self);
}

/* A band helper reads its parent's land masks, readied before the bands
 * start: at 4K they are megabytes. @parent must outlive @self. */
void
kwa_hatching_set_parent (KwaHatching *self,
                         KwaHatching *parent)
{
  g_return_if_fail (self != NULL);

  self->parent = parent;
}

/* The land as an alpha mask, made once per land: hatching and other marks
 * that belong on land only are painted through it. */
cairo_surface_t *
kwa_hatching_ensure_land_mask (KwaHatching *self,
                               KwaLand     *land,
                               KwaMapRect  *bounds)
{
  guint n_columns, n_rows;
  const guint8 *cells;

  g_return_val_if_fail (self != NULL, NULL);

  kwa_land_get_grid (land, bounds, &n_columns, &n_rows, &cells);

  if (self->parent != NULL && self->parent->land_mask_source == land)
    return self->parent->land_mask;

  if (self->land_mask == NULL || self->land_mask_source != land)
    {
      guchar *data;
      int stride;

      g_clear_pointer (&self->land_mask, cairo_surface_destroy);
      g_clear_pointer (&self->land_mask_scaled, cairo_surface_destroy);
      self->land_mask = cairo_image_surface_create (CAIRO_FORMAT_A8, n_columns, n_rows);
      self->land_mask_source = land;
      data = cairo_image_surface_get_data (self->land_mask);
      stride = cairo_image_surface_get_stride (self->land_mask);
      for (guint row = 0; row < n_rows; row++)
        for (guint column = 0; column < n_columns; column++)
          data[row * stride + column] = cells[row * n_columns + column] ? 0xff : 0;
      cairo_surface_mark_dirty (self->land_mask);
    }

  return self->land_mask;
}

/* Frees the land masks while the frames hatch through the basemap's own
 * (see kwa_basemap_cache_get_exact_land()); a band helper's are its
 * parent's, and stay. */
void
kwa_hatching_release_land_masks (KwaHatching *self)
{
  g_return_if_fail (self != NULL);

  if (self->parent != NULL)
    return;
  g_clear_pointer (&self->land_mask, cairo_surface_destroy);
  g_clear_pointer (&self->land_mask_scaled, cairo_surface_destroy);
  self->land_mask_source = NULL;
}

static gboolean
scaled_land_mask_fits (const KwaHatching *self,
                       double             pixel_scale,
                       double             phase_x,
                       double             phase_y)
{
  return self->land_mask_scaled != NULL &&
         self->land_mask_scaled_for[0] == pixel_scale &&
         self->land_mask_scaled_for[1] == phase_x &&
         self->land_mask_scaled_for[2] == phase_y;
}

static void
resample_land_mask (KwaHatching *self,
                    double       pixel_scale,
                    double       phase_x,
                    double       phase_y)
{
  cairo_t *mask_cr;

  self->land_mask_scaled_for[0] = pixel_scale;
  self->land_mask_scaled_for[1] = phase_x;
  self->land_mask_scaled_for[2] = phase_y;

  mask_cr = cairo_create (self->land_mask_scaled);
  cairo_set_operator (mask_cr, CAIRO_OPERATOR_SOURCE);
  cairo_translate (mask_cr, phase_x, phase_y);
  cairo_scale (mask_cr, pixel_scale, pixel_scale);
  cairo_set_source_surface (mask_cr, self->land_mask, 0, 0);
  cairo_paint (mask_cr);
  cairo_destroy (mask_cr);
  cairo_surface_flush (self->land_mask_scaled);
}

/**
 * kwa_hatching_masks_unscaled:
 * @vector: whether @cr's output stays vectors
 * @offset_x: (out): the translation of @cr's matrix
 * @offset_y: (out): likewise
 *
 * Whether a mask made at the pixels of @cr's target can be composited
 * unscaled: a raster (an image, or a recording replayed as one) drawn
 * with a matrix that only moves.
 */
gboolean
kwa_hatching_masks_unscaled (cairo_t  *cr,
                             gboolean  vector,
                             double   *offset_x,
                             double   *offset_y)
{
  cairo_surface_type_t type = cairo_surface_get_type (cairo_get_target (cr));
  cairo_matrix_t ctm;

  if (vector || (type != CAIRO_SURFACE_TYPE_IMAGE && type != CAIRO_SURFACE_TYPE_RECORDING))
    return FALSE;
  cairo_get_matrix (cr, &ctm);
  if (ctm.xx != 1.0 || ctm.yy != 1.0 || ctm.xy != 0.0 || ctm.yx != 0.0)
    return FALSE;

  *offset_x = ctm.x0;
  *offset_y = ctm.y0;
  return TRUE;
}

/**
 * kwa_hatching_ensure_scaled_land_mask:
 * @x: where the land mask's corner is, in the pixels of @cr
 * @scale: pixels per land mask cell
 *
 * Sampling the 1 km land mask up to the view's scale, with bilinear
 * filtering, is most of what hatching costs, and it gives the same values
 * every frame until the view moves. So the resampled mask is kept, made
 * exactly as cairo_mask_surface() would sample it at (@x, @y), and frames
 * composite it unscaled, at (@out_x, @out_y) in device pixels scaled by
 * 1 / @device_scale.
 *
 * Returns: (nullable): the mask; %NULL where it would not give the same
 *   pixels
 */
cairo_surface_t *
kwa_hatching_ensure_scaled_land_mask (KwaHatching *self,
                                      cairo_t     *cr,
                                      gboolean     vector,
                                      double       device_scale,
                                      double       x,
                                      double       y,
                                      double       scale,
                                      double      *out_x,
                                      double      *out_y)
{
  double device_x, device_y, origin_x, origin_y, phase_x, phase_y, pixel_scale, offset_x, offset_y;

  g_return_val_if_fail (self != NULL, NULL);

  if (device_scale <= 0)
    device_scale = 1.0;
  if (!kwa_hatching_masks_unscaled (cr, vector, &offset_x, &offset_y))
    return NULL;

  device_x = (x + offset_x) * device_scale;
  device_y = (y + offset_y) * device_scale;
  origin_x = floor (device_x);
  origin_y = floor (device_y);
  phase_x = device_x - origin_x;
  phase_y = device_y - origin_y;
  pixel_scale = scale * device_scale;

  *out_x = origin_x;
  *out_y = origin_y;

  /* A band helper reads its parent's, or none. */
  if (self->parent != NULL)
    return scaled_land_mask_fits (self->parent, pixel_scale, phase_x, phase_y)
           ? self->parent->land_mask_scaled : NULL;

  if (!scaled_land_mask_fits (self, pixel_scale, phase_x, phase_y))
    {
      int width = (int) ceil (cairo_image_surface_get_width (self->land_mask) * pixel_scale + phase_x) + 2;
      int height = (int) ceil (cairo_image_surface_get_height (self->land_mask) * pixel_scale + phase_y) + 2;

      if (width > 16384 || height > 16384)
        return NULL;

      g_clear_pointer (&self->land_mask_scaled, cairo_surface_destroy);
      self->land_mask_scaled = cairo_image_surface_create (CAIRO_FORMAT_A8, width, height);
      resample_land_mask (self, pixel_scale, phase_x, phase_y);
    }

  return self->land_mask_scaled;
}

/* One diagonal per tile, drawn with its neighbours' ends so the tiles
 * join; the tile is @size square. */
static void
draw_tile (cairo_t *cr,
           int      size,
           double   line_width)
{
  cairo_set_line_width (cr, line_width);
  for (int k = -1; k <= 1; k++)
    {
      cairo_move_to (cr, k * size, size);
      cairo_line_to (cr, k * size + size, 0);
    }
  cairo_stroke (cr);
}

/* The tile's side, in pixels, for lines @spacing apart. */
int
kwa_hatching_get_period (double spacing)
{
  return MAX (4, (int) round (spacing));
}

/* The hatching's coverage over one period, for kwa_shape_fill_paint(),
 * kept while the scale stays. */
cairo_surface_t *
kwa_hatching_ensure_tile (KwaHatching *self,
                          double       spacing,
                          double       line_width)
{
  int size = kwa_hatching_get_period (spacing);
  cairo_t *cr;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->tile != NULL && cairo_image_surface_get_width (self->tile) == size &&
      self->tile_line_width == line_width)
    return self->tile;

  g_clear_pointer (&self->tile, cairo_surface_destroy);
  self->tile = cairo_image_surface_create (CAIRO_FORMAT_A8, size, size);
  self->tile_line_width = line_width;
  cr = cairo_create (self->tile);
  draw_tile (cr, size, line_width);
  cairo_destroy (cr);
  cairo_surface_flush (self->tile);

  return self->tile;
}

/* pixman repeats a tile one piece of a scanline at a time, and a piece
 * as narrow as one period costs more to set up than to draw: the same
 * pattern in a tile of whole periods about 1000 pixels wide draws the
 * same pixels, much faster. */
static cairo_pattern_t *
widen_pattern (cairo_pattern_t *pattern,
               int              size)
{
  cairo_surface_t *wide = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size * (1024 / size + 1), size);
  cairo_t *wide_cr = cairo_create (wide);
  cairo_pattern_t *wide_pattern;

  cairo_set_operator (wide_cr, CAIRO_OPERATOR_SOURCE);
  cairo_set_source (wide_cr, pattern);
  cairo_paint (wide_cr);
  cairo_destroy (wide_cr);

  wide_pattern = cairo_pattern_create_for_surface (wide);
  cairo_pattern_set_extend (wide_pattern, CAIRO_EXTEND_REPEAT);
  cairo_surface_destroy (wide);

  return wide_pattern;
}

/* The hatching in @color as a repeating pattern, for cairo to paint. */
cairo_pattern_t *
kwa_hatching_create_pattern (const KwaColor *color,
                             double          alpha,
                             double          spacing,
                             double          line_width)
{
  int size = kwa_hatching_get_period (spacing);
  cairo_surface_t *tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  cairo_t *cr = cairo_create (tile);
  cairo_pattern_t *pattern, *wide;

  cairo_set_source_rgba (cr, color->r, color->g, color->b, alpha);
  draw_tile (cr, size, line_width);
  cairo_destroy (cr);

  pattern = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_surface_destroy (tile);

  wide = widen_pattern (pattern, size);
  cairo_pattern_destroy (pattern);

  return wide;
}
