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
#include "kwa-pixel.h"

/* Composing a frame directly: the basemap's raster, its land in the
 * north's or the south's tint through a coverage of the south's land, and
 * the desk around the sheet, written into an image frame row by row
 * without cairo. */

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

/**
 * kwa_basemap_cache_get_exact_land:
 * @viewport: the view, in the frame's pixels
 * @x: (out): where the coverage's pixel (0, 0) lies in @viewport's pixels
 * @y: (out): likewise
 *
 * How much of each pixel the land covers in the raster a frame of
 * @viewport copies pixel for pixel: marks that belong on land only (the
 * hatching) are painted through it, to exactly the coast the frame shows.
 *
 * Returns: (transfer none) (nullable): an A8 image, valid until the cache
 *   next changes; %NULL mid-gesture, when no raster is at the view's scale,
 *   or where the raster shows no land
 */
cairo_surface_t *
kwa_basemap_cache_get_exact_land (KwaBasemapCache   *self,
                                  const KwaViewport *viewport,
                                  int               *x,
                                  int               *y)
{
  const Raster *raster;
  cairo_surface_t *coverage;
  double raster_x, raster_y;
  int land_x, land_y;

  g_return_val_if_fail (KWA_IS_BASEMAP_CACHE (self), NULL);
  g_return_val_if_fail (viewport != NULL && x != NULL && y != NULL, NULL);

  raster = exact_raster (self, viewport);
  if (raster == NULL || raster->land == NULL)
    return NULL;

  coverage = kwa_land_mask_get_surface (raster->land, &land_x, &land_y);
  /* Where kwa_basemap_cache_draw() copies the raster: at whole pixels. */
  kwa_viewport_map_to_pixel (viewport, raster->region.x, raster->region.y, &raster_x, &raster_y);
  *x = (int) round (raster_x) + land_x;
  *y = (int) round (raster_y) + land_y;

  return coverage;
}

typedef struct
{
  const guint32    *black;        /* the raster's row for this frame row, or NULL */
  const KwaLandRun *land;         /* where the land shows in it, in raster columns */
  guint             n_land;
  const guint8     *coverage;     /* how much; byte 0 is raster column land_x */
  int               land_x;
  guint32          *row;
  const guint32    *desk;         /* whole rows of one colour, to copy from */
  const guint32    *outside_land;
  const guint32    *inside_land;
  guint32           outside_pixel;
  guint32           inside_pixel;
  const guint32    *outside_share; /* what each coverage adds of the land's colour */
  const guint32    *inside_share;
  int               sheet_start;  /* where the raster's pixels are, in this row */
  int               sheet_end;
  int               raster_x;     /* the frame column of the raster's column 0 */
} ComposeRow;

static guint32
pixel_of_color (const KwaColor *color)
{
  return 0xff000000u | kwa_pixel_byte (color->r) << 16 | kwa_pixel_byte (color->g) << 8 | kwa_pixel_byte (color->b);
}

/* @a and @b mixed, @alpha of @a. */
static guint32
mix_pixels (guint32 a,
            guint32 b,
            guint   alpha)
{
  guint32 mixed = 0xff000000u;

  for (int shift = 0; shift < 24; shift += 8)
    {
      guint channel = (((a >> shift) & 0xff) * alpha + ((b >> shift) & 0xff) * (255 - alpha) + 127) / 255;
      mixed |= channel << shift;
    }
  return mixed;
}

/* black + coverage × land, channel by channel (see #KwaLandMask). */
static guint32
add_land (guint32 black,
          guint   coverage,
          guint32 land)
{
  guint32 pixel = 0xff000000u;

  for (int shift = 0; shift < 24; shift += 8)
    {
      guint channel = ((black >> shift) & 0xff) + (((land >> shift) & 0xff) * coverage + 127) / 255;
      pixel |= MIN (channel, 255u) << shift;
    }
  return pixel;
}

/* What add_land() adds to each channel at each coverage, for one land
 * colour, so that a pixel where the land shows partly (the coast, the
 * rivers: a tenth of a frame's land) costs a lookup and one
 * kwa_pixel_add_clamped() instead of three multiplications and three
 * divisions: the same bytes. */
static void
fill_land_shares (guint32 land,
                  guint32 shares[256])
{
  for (guint coverage = 0; coverage < 256; coverage++)
    shares[coverage] = add_land (0xff000000u, coverage, land) & 0x00ffffffu;
}

static guint32 *
row_of_pixel (guint32 pixel,
              int     width)
{
  guint32 *row = g_new (guint32, width);

  for (int i = 0; i < width; i++)
    row[i] = pixel;
  return row;
}

/* Pixels [start, end) of the raster, with no land in them. */
static void
copy_black (const ComposeRow *row,
            int               start,
            int               end)
{
  if (end > start)
    memcpy (row->row + start, row->black + (start - row->raster_x), (end - start) * sizeof (guint32));
}

/* Pixels [start, end) of a land run, @alpha of them inside the polygon:
 * a run where land fills every pixel is one colour, copied (vectorised)
 * from a row of it; elsewhere the land's colour is added to the black
 * raster as much as the land shows. */
static void
paint_land (const ComposeRow *row,
            int               start,
            int               end,
            guint             alpha,
            gboolean          partial)
{
  guint32 land = alpha == 0 ? row->outside_pixel
               : alpha == 255 ? row->inside_pixel
               : mix_pixels (row->inside_pixel, row->outside_pixel, alpha);

  if (partial && (alpha == 0 || alpha == 255))
    {
      const guint32 *shares = alpha == 0 ? row->outside_share : row->inside_share;
      const guint32 *black = row->black - row->raster_x;
      const guint8 *coverage = row->coverage - row->raster_x - row->land_x;

      for (int x = start; x < end; x++)
        row->row[x] = kwa_pixel_add_clamped (black[x], shares[coverage[x]]);
    }
  else if (partial)
    {
      for (int x = start; x < end; x++)
        row->row[x] = add_land (row->black[x - row->raster_x],
                                row->coverage[x - row->raster_x - row->land_x], land);
    }
  else if (alpha == 0 || alpha == 255)
    {
      memcpy (row->row + start, alpha == 0 ? row->outside_land : row->inside_land, (end - start) * sizeof (guint32));
    }
  else
    {
      for (int x = start; x < end; x++)
        row->row[x] = land;
    }
}

/* The raster's part of the row: its pixels copied, but where land shows,
 * the land in the tint the polygon's runs give each pixel. */
/* The first land run of the row that ends past frame column @x. */
static guint
first_land_after (const ComposeRow *row,
                  int               x)
{
  guint low = 0, high = row->n_land;

  while (low < high)
    {
      guint middle = (low + high) / 2;

      if (row->raster_x + row->land[middle].end <= x)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

/* The coverage run that holds column @x. */
static guint
run_at (const KwaCoverageRun *runs,
        guint                 n_runs,
        int                   x)
{
  guint low = 0, high = n_runs - 1;

  while (low < high)
    {
      guint middle = (low + high) / 2;

      if (runs[middle].end <= x)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

static void
compose_sheet (const ComposeRow     *row,
               const KwaCoverageRun *runs,
               guint                 n_runs)
{
  int x = row->sheet_start;
  /* A frame drawn over the last composes short spans of many rows: the
   * runs before a span are skipped, not walked. */
  guint run = run_at (runs, n_runs, x);

  for (guint i = first_land_after (row, x); i < row->n_land && x < row->sheet_end; i++)
    {
      int start = MAX (row->raster_x + row->land[i].start, x);
      int end = MIN (row->raster_x + row->land[i].end, row->sheet_end);

      if (end <= start)
        continue;
      copy_black (row, x, start);
      for (x = start; x < end;)
        {
          int stop;

          while (run + 1 < n_runs && runs[run].end <= x)
            run++;
          stop = MIN (end, MAX (runs[run].end, x + 1));
          paint_land (row, x, stop, runs[run].alpha, row->land[i].partial);
          x = stop;
        }
    }
  copy_black (row, x, row->sheet_end);
}

/* Pixels [@x0, @x1) of the row: the desk around the sheet, the sheet
 * within. */
static void
compose_span (const ComposeRow     *whole,
              const KwaCoverageRun *runs,
              guint                 n_runs,
              int                   x0,
              int                   x1)
{
  ComposeRow row = *whole;
  int desk_end = MIN (row.sheet_start, x1);
  int desk_start = MAX (row.sheet_end, x0);

  /* memcpy() from a row of the colour, not a loop storing it: that is
   * vectorised, and the desk can be two thirds of a frame. */
  if (desk_end > x0)
    memcpy (row.row + x0, row.desk, (desk_end - x0) * sizeof (guint32));
  if (x1 > desk_start)
    memcpy (row.row + desk_start, row.desk, (x1 - desk_start) * sizeof (guint32));

  row.sheet_start = CLAMP (row.sheet_start, x0, x1);
  row.sheet_end = CLAMP (row.sheet_end, row.sheet_start, x1);
  if (row.sheet_end > row.sheet_start)
    compose_sheet (&row, runs, n_runs);
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
 * Whether kwa_basemap_cache_compose_rows() can draw @viewport into
 * @target. Composing only reads the cache, so bands of a frame may be
 * composed on threads side by side; nothing else may change the cache
 * until they are done.
 *
 * Returns: %FALSE when no raster is at the view's exact scale (mid-gesture)
 *   or @target is not a 32-bit image as large as the view: the caller
 *   draws with kwa_basemap_cache_draw() instead
 */
gboolean
kwa_basemap_cache_prepare_compose (KwaBasemapCache   *self,
                                   cairo_surface_t   *target,
                                   const KwaViewport *viewport)
{
  g_return_val_if_fail (KWA_IS_BASEMAP_CACHE (self), FALSE);
  g_return_val_if_fail (target != NULL && viewport != NULL, FALSE);

  return is_composable_target (target, viewport) && exact_raster (self, viewport) != NULL;
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
 * @only: (nullable): the cells to write, or %NULL for all; of the view's size
 *
 * Writes every pixel of the view's rows [@first_row, @end_row) once: the
 * desk, or the basemap with its land in one tint or the other, mixing the
 * two only where the polygon's edge crosses a pixel. Painting one tint and
 * then the other through a clip, as cairo would, touches the land twice
 * and builds a mask each frame.
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
                                int                 end_row,
                                const KwaDamage    *only)
{
  const Raster *raster;
  guint8 *data, *black_data;
  int stride, black_stride, raster_width, raster_height, raster_y, width;
  double x, y;
  ComposeRow row = { 0 };
  KwaCoverageRun everything;
  KwaColor outside_color, inside_color;
  g_autofree guint32 *desk_row = NULL;
  g_autofree guint32 *outside_row = NULL;
  g_autofree guint32 *inside_row = NULL;
  guint32 outside_shares[256], inside_shares[256];

  g_return_if_fail (KWA_IS_BASEMAP_CACHE (self));
  g_return_if_fail (target != NULL && viewport != NULL && desk != NULL);
  g_return_if_fail (is_composable_target (target, viewport));

  raster = exact_raster (self, viewport);
  g_return_if_fail (raster != NULL);

  first_row = MAX (first_row, 0);
  end_row = MIN (end_row, (int) viewport->height);

  black_data = cairo_image_surface_get_data (raster->black);
  black_stride = cairo_image_surface_get_stride (raster->black);
  raster_width = cairo_image_surface_get_width (raster->black);
  raster_height = cairo_image_surface_get_height (raster->black);
  if (raster->land != NULL)
    {
      int land_y;

      kwa_land_mask_get_surface (raster->land, &row.land_x, &land_y);
    }

  /* Where kwa_basemap_cache_draw() would copy it: at whole pixels, at its own size. */
  kwa_viewport_map_to_pixel (viewport, raster->region.x, raster->region.y, &x, &y);
  row.raster_x = (int) round (x);
  raster_y = (int) round (y);

  width = (int) viewport->width;
  outside_color = kwa_basemap_get_land_color (self->basemap, raster->theme, outside_tint);
  inside_color = kwa_basemap_get_land_color (self->basemap, raster->theme, inside_tint);
  row.outside_pixel = pixel_of_color (&outside_color);
  row.inside_pixel = pixel_of_color (&inside_color);
  row.desk = desk_row = row_of_pixel (pixel_of_color (desk), width);
  /* Rows of the land's colours, only where the raster shows land. */
  if (raster->land != NULL)
    {
      row.outside_land = outside_row = row_of_pixel (row.outside_pixel, width);
      row.inside_land = inside_row = row_of_pixel (row.inside_pixel, width);
      fill_land_shares (row.outside_pixel, outside_shares);
      fill_land_shares (row.inside_pixel, inside_shares);
      row.outside_share = outside_shares;
      row.inside_share = inside_shares;
    }
  everything = (KwaCoverageRun) { 0, width, 0 };

  data = cairo_image_surface_get_data (target);
  stride = cairo_image_surface_get_stride (target);

  for (int frame_y = first_row; frame_y < end_row; frame_y++)
    {
      const KwaCoverageRun *runs = &everything;
      guint n_runs = 1;
      int raster_row = frame_y - raster_y;
      int span_start = 0, span_end;

      /* A frame drawn over the last writes a few rows of cells: the rest
       * cost nothing, not even their polygon's runs. */
      if (only != NULL && !kwa_damage_next_span (only, frame_y, &span_start, &span_end))
        continue;

      if (inside != NULL)
        runs = kwa_polygon_coverage_get_row (inside, frame_y, &n_runs);

      row.row = (guint32 *) (data + (gsize) frame_y * stride);
      if (raster_row >= 0 && raster_row < raster_height)
        {
          row.black = (const guint32 *) (black_data + (gsize) raster_row * black_stride);
          row.sheet_start = CLAMP (row.raster_x, 0, width);
          row.sheet_end = CLAMP (row.raster_x + raster_width, row.sheet_start, width);
          row.land = raster->land != NULL ? kwa_land_mask_get_runs (raster->land, raster_row, &row.n_land) : NULL;
          if (row.land == NULL)
            row.n_land = 0;
          else
            row.coverage = kwa_land_mask_get_row (raster->land, raster_row);
        }
      else
        {
          row.black = NULL;
          row.n_land = 0;
          row.sheet_start = row.sheet_end = width;
        }

      if (only == NULL)
        compose_span (&row, runs, n_runs, 0, width);
      else
        for (int x0 = 0, x1; kwa_damage_next_span (only, frame_y, &x0, &x1); x0 = x1)
          compose_span (&row, runs, n_runs, x0, MIN (x1, width));
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

  if (!kwa_basemap_cache_prepare_compose (self, target, viewport))
    return FALSE;

  cairo_surface_flush (target);
  kwa_basemap_cache_compose_rows (self, target, viewport, outside_tint, inside_tint, inside, desk,
                                  0, (int) viewport->height, NULL);
  cairo_surface_mark_dirty_rectangle (target, 0, 0, (int) viewport->width, (int) viewport->height);

  return TRUE;
}
