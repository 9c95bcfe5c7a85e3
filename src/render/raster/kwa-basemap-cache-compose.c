/* kwa-basemap-cache-compose.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-basemap-cache"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kwa-basemap-cache-private.h"

/* Composing a frame directly: the basemap's rasters, both tints through a
 * coverage of the south's land, and the desk around the sheet, written
 * into an image frame row by row without cairo. */

/* The raster a frame can copy pixel for pixel: one made at the view's own
 * scale that covers all of the map the view shows. None mid-gesture. */
static const Raster *
exact_raster (KwaBasemapCache   *self,
              const KwaViewport *viewport)
{
  Raster *candidates[] = { self->detail, self->overview };
  KwaMapExtent extent;
  KwaMapRect visible, shown;

  kwa_basemap_get_extent (self->basemap, &extent);
  kwa_viewport_get_visible (viewport, &visible);
  if (!kwa_map_rect_intersect (&visible, &extent.data, &shown))
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      Raster *raster = candidates[i];
      double slack;

      if (raster == NULL || fabs (viewport->scale / raster->scale - 1.0) >= 1e-6)
        continue;
      if (self->overview != NULL && raster->theme != self->overview->theme)
        continue;
      slack = 0.5 / raster->scale;
      if (raster->region.x <= shown.x + slack && raster->region.y <= shown.y + slack &&
          raster->region.x + raster->region.width >= shown.x + shown.width - slack &&
          raster->region.y + raster->region.height >= shown.y + shown.height - slack)
        return raster;
    }

  return NULL;
}

typedef struct
{
  const guint8 *outside;      /* the raster rows for this frame row, or NULL */
  const guint8 *inside;
  guint32      *row;
  const guint32 *desk;        /* a whole row of the desk's colour, to copy from */
  int           sheet_start;  /* where the raster's pixels are, in this row */
  int           sheet_end;
  int           raster_x;     /* the frame column of the raster's column 0 */
} ComposeRow;

/* Both rasters' pixels mixed by @alpha: only where the polygon's edge
 * crosses a pixel. Both are opaque, so premultiplication does not matter. */
static void
blend_pixels (guint32       *out,
              const guint32 *inside,
              const guint32 *outside,
              int            count,
              guint          alpha)
{
  for (int i = 0; i < count; i++)
    {
      guint32 a = inside[i], b = outside[i], mixed = 0xff000000u;

      for (int shift = 0; shift < 24; shift += 8)
        {
          guint channel = (((a >> shift) & 0xff) * alpha +
                           ((b >> shift) & 0xff) * (255 - alpha) + 127) / 255;
          mixed |= channel << shift;
        }
      out[i] = mixed;
    }
}

/* Pixels [start, end) of the row, @alpha inside the polygon. */
static void
compose_run (const ComposeRow *row,
             int               start,
             int               end,
             guint             alpha)
{
  int sheet_start = CLAMP (row->sheet_start, start, end);
  int sheet_end = CLAMP (row->sheet_end, sheet_start, end);
  int count = sheet_end - sheet_start;
  const guint32 *inside, *outside;

  /* memcpy() from a row of the colour, not a loop storing it: that is
   * vectorised, and the desk can be two thirds of a frame. */
  if (sheet_start > start)
    memcpy (row->row + start, row->desk, (sheet_start - start) * sizeof (guint32));
  if (end > sheet_end)
    memcpy (row->row + sheet_end, row->desk, (end - sheet_end) * sizeof (guint32));
  if (count <= 0)
    return;

  inside = (const guint32 *) row->inside + (sheet_start - row->raster_x);
  outside = (const guint32 *) row->outside + (sheet_start - row->raster_x);
  if (alpha == 0)
    memcpy (row->row + sheet_start, outside, count * sizeof (guint32));
  else if (alpha == 255)
    memcpy (row->row + sheet_start, inside, count * sizeof (guint32));
  else
    blend_pixels (row->row + sheet_start, inside, outside, count, alpha);
}

static gboolean
is_composable_target (cairo_surface_t   *target,
                      const KwaViewport *viewport)
{
  cairo_format_t format;

  if (cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE)
    return FALSE;
  format = cairo_image_surface_get_format (target);

  return (format == CAIRO_FORMAT_ARGB32 || format == CAIRO_FORMAT_RGB24) &&
         viewport->width == floor (viewport->width) && viewport->height == floor (viewport->height) &&
         cairo_image_surface_get_width (target) >= viewport->width &&
         cairo_image_surface_get_height (target) >= viewport->height;
}

/**
 * kwa_basemap_cache_prepare_compose:
 *
 * Makes ready what kwa_basemap_cache_compose_rows() reads: the raster at
 * the view's exact scale, in both tints. It may render a tint, so it runs
 * before rows are composed on other threads; nothing else may change the
 * cache until they are done.
 *
 * Returns: %FALSE when no raster is at the view's exact scale (mid-gesture)
 *   or @target is not a 32-bit image as large as the view: the caller
 *   draws with kwa_basemap_cache_draw() instead
 */
gboolean
kwa_basemap_cache_prepare_compose (KwaBasemapCache   *self,
                                   cairo_surface_t   *target,
                                   const KwaViewport *viewport,
                                   KwaBasemapTint     outside_tint,
                                   KwaBasemapTint     inside_tint)
{
  Raster *raster;

  g_return_val_if_fail (KWA_IS_BASEMAP_CACHE (self), FALSE);
  g_return_val_if_fail (target != NULL && viewport != NULL, FALSE);

  if (!is_composable_target (target, viewport))
    return FALSE;

  /* Written only when it changes: once readied, composing only reads the
   * cache, whichever thread asks. */
  if ((self->wanted_tints & ((1u << outside_tint) | (1u << inside_tint))) != ((1u << outside_tint) | (1u << inside_tint)))
    self->wanted_tints |= (1u << outside_tint) | (1u << inside_tint);
  raster = (Raster *) exact_raster (self, viewport);

  return raster != NULL && kwa_basemap_cache_ensure_tint (self, raster, outside_tint) && kwa_basemap_cache_ensure_tint (self, raster, inside_tint);
}

/**
 * kwa_basemap_cache_compose_rows:
 * @target: an image surface whose pixel (0, 0) is the view's
 * @inside: (nullable): the polygon where @inside_tint shows, in the view's
 *   pixels; %NULL for @outside_tint everywhere. Its rows are read from
 *   @first_row down.
 * @desk: the colour around the map's sheet
 * @first_row: (in view pixels)
 * @end_row: one past the last row written
 *
 * Writes every pixel of the view's rows [@first_row, @end_row) once: the
 * desk, or the basemap in one tint or the other, blending the two only
 * where the polygon's edge crosses a pixel. Painting one tint and then the
 * other through a clip, as cairo would, touches the land twice and builds
 * a mask each frame.
 *
 * Only reads the cache, so bands of one frame may be composed on threads
 * side by side, after kwa_basemap_cache_prepare_compose() (which must
 * have returned %TRUE). The caller flushes @target before and marks it
 * dirty after.
 */
void
kwa_basemap_cache_compose_rows (KwaBasemapCache    *self,
                                cairo_surface_t    *target,
                                const KwaViewport  *viewport,
                                KwaBasemapTint      outside_tint,
                                KwaBasemapTint      inside_tint,
                                KwaPolygonCoverage *inside,
                                const KwaColor     *desk,
                                int                 first_row,
                                int                 end_row)
{
  const Raster *raster;
  cairo_surface_t *outside_surface, *inside_surface;
  guint8 *data;
  int stride, raster_stride, raster_width, raster_height, raster_y, width;
  double x, y;
  ComposeRow row;
  KwaCoverageRun everything;
  g_autofree guint32 *desk_row = NULL;
  guint32 desk_pixel;

  g_return_if_fail (KWA_IS_BASEMAP_CACHE (self));
  g_return_if_fail (target != NULL && viewport != NULL && desk != NULL);
  g_return_if_fail (is_composable_target (target, viewport));

  raster = exact_raster (self, viewport);
  g_return_if_fail (raster != NULL && raster->surfaces[outside_tint] != NULL &&
                    raster->surfaces[inside_tint] != NULL);

  first_row = MAX (first_row, 0);
  end_row = MIN (end_row, (int) viewport->height);

  outside_surface = raster->surfaces[outside_tint];
  inside_surface = raster->surfaces[inside_tint];
  raster_width = cairo_image_surface_get_width (outside_surface);
  raster_height = cairo_image_surface_get_height (outside_surface);
  raster_stride = cairo_image_surface_get_stride (outside_surface);
  g_assert (raster_stride == cairo_image_surface_get_stride (inside_surface));

  /* Where kwa_basemap_cache_draw() would copy it: at whole pixels, at its own size. */
  kwa_viewport_map_to_pixel (viewport, raster->region.x, raster->region.y, &x, &y);
  row.raster_x = (int) round (x);
  raster_y = (int) round (y);
  desk_pixel = 0xff000000u |
             (guint32) lround (CLAMP (desk->r, 0, 1) * 255) << 16 |
             (guint32) lround (CLAMP (desk->g, 0, 1) * 255) << 8 |
             (guint32) lround (CLAMP (desk->b, 0, 1) * 255);

  width = (int) viewport->width;
  desk_row = g_new (guint32, width);
  for (int i = 0; i < width; i++)
    desk_row[i] = desk_pixel;
  row.desk = desk_row;
  everything = (KwaCoverageRun) { 0, width, 0 };

  data = cairo_image_surface_get_data (target);
  stride = cairo_image_surface_get_stride (target);

  for (int frame_y = first_row; frame_y < end_row; frame_y++)
    {
      const KwaCoverageRun *runs = &everything;
      guint n_runs = 1;
      int raster_row = frame_y - raster_y;

      if (inside != NULL)
        runs = kwa_polygon_coverage_get_row (inside, frame_y, &n_runs);

      row.row = (guint32 *) (data + (gsize) frame_y * stride);
      if (raster_row >= 0 && raster_row < raster_height)
        {
          row.outside = cairo_image_surface_get_data (outside_surface) + (gsize) raster_row * raster_stride;
          row.inside = cairo_image_surface_get_data (inside_surface) + (gsize) raster_row * raster_stride;
          row.sheet_start = MAX (row.raster_x, 0);
          row.sheet_end = MIN (row.raster_x + raster_width, width);
        }
      else
        {
          row.outside = row.inside = NULL;
          row.sheet_start = row.sheet_end = width;
        }

      for (guint i = 0; i < n_runs; i++)
        compose_run (&row, runs[i].start, runs[i].end, runs[i].alpha);
    }
}

/**
 * kwa_basemap_cache_compose:
 *
 * The whole view: kwa_basemap_cache_prepare_compose(), then
 * kwa_basemap_cache_compose_rows() for every row.
 *
 * Returns: %FALSE, having written nothing, when the view cannot be
 *   composed (see kwa_basemap_cache_prepare_compose())
 */
gboolean
kwa_basemap_cache_compose (KwaBasemapCache    *self,
                           cairo_surface_t    *target,
                           const KwaViewport  *viewport,
                           KwaBasemapTint      outside_tint,
                           KwaBasemapTint      inside_tint,
                           KwaPolygonCoverage *inside,
                           const KwaColor     *desk)
{
  g_return_val_if_fail (desk != NULL, FALSE);

  if (!kwa_basemap_cache_prepare_compose (self, target, viewport, outside_tint, inside_tint))
    return FALSE;

  cairo_surface_flush (target);
  kwa_basemap_cache_compose_rows (self, target, viewport, outside_tint, inside_tint, inside, desk,
                                  0, (int) viewport->height);
  cairo_surface_mark_dirty_rectangle (target, 0, 0, (int) viewport->width, (int) viewport->height);

  return TRUE;
}
