/* kwa-control-layer.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-control-layer"

#include "config.h"

#include "kwa-ink.h"
#include "kwa-jpeg-mime.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <math.h>

#include <math.h>

#include "kwa-control-layer.h"

/* The basemap, its land tinted by who holds it: the north's tint
 * everywhere, the south's inside the region its front encloses, the
 * enclaves in their side's; and the desk around the sheet. Into an image,
 * all of it in one pass over the pixels (kwa_basemap_cache_compose_rows());
 * elsewhere through cairo clips. */

static gboolean
draw_basemap_tint (KwaRenderScope  *scope,
                   KwaBasemapTint   tint,
                   GError         **error)
{
  cairo_t *cr = scope->cr;
  const KwaViewport *viewport = scope->viewport;
  const KwaRenderOptions *options = scope->options;

  if (options->vector)
    return kwa_basemap_draw (kwa_basemap_cache_get_basemap (scope->basemap), cr, viewport,
                             options->theme, tint, error);

  /* Rasters are made at device resolution so HiDPI screens stay crisp. */
  if (options->device_scale != 1.0)
    {
      KwaViewport device = *viewport;

      device.scale *= options->device_scale;
      device.width *= options->device_scale;
      device.height *= options->device_scale;
      cairo_save (cr);
      cairo_scale (cr, 1.0 / options->device_scale, 1.0 / options->device_scale);
      kwa_basemap_cache_draw (scope->basemap, cr, &device, tint);
      cairo_restore (cr);
    }
  else
    {
      kwa_basemap_cache_draw (scope->basemap, cr, viewport, tint);
    }

  return TRUE;
}

static gboolean
draw_tint_inside (KwaRenderScope     *scope,
                  KwaBasemapTint      tint,
                  const KwaMapPoint  *outline,
                  guint               n_outline,
                  GError            **error)
{
  gboolean ok;

  cairo_save (scope->cr);
  kwa_render_scope_trace_polygon (scope, outline, n_outline);
  cairo_clip (scope->cr);
  ok = draw_basemap_tint (scope, tint, error);
  cairo_restore (scope->cr);

  return ok;
}

/* The basemap covers a box that views do not look past (see
 * kwa-viewport.c), so nothing should show beyond it. Should a frame reach
 * past it all the same (a page of odd shape, a rounding), the margin is
 * sea: a grey "desk" there read as land held by the South. */
static KwaColor
desk_color (KwaRenderScope *scope)
{
  return kwa_basemap_get_sea_color (kwa_basemap_cache_get_basemap (scope->basemap),
                                    scope->options->theme);
}

/* The sheet's edge in view pixels; FALSE when it lies beyond the view. */
static gboolean
get_sheet_edge (KwaRenderScope *scope,
                double         *x0,
                double         *y0,
                double         *x1,
                double         *y1)
{
  const KwaViewport *viewport = scope->viewport;
  KwaMapExtent extent;

  kwa_basemap_get_extent (kwa_basemap_cache_get_basemap (scope->basemap), &extent);
  kwa_viewport_map_to_pixel (viewport, extent.data.x, extent.data.y, x0, y0);
  kwa_viewport_map_to_pixel (viewport, extent.data.x + extent.data.width, extent.data.y + extent.data.height, x1, y1);

  /* Half a pixel of slack: at the least zoom the data meets the view's
   * edges exactly, give or take rounding. */
  return !(*x0 <= 0.5 && *y0 <= 0.5 && *x1 >= viewport->width - 0.5 && *y1 >= viewport->height - 0.5);
}

static void
fill_desk (KwaRenderScope *scope)
{
  cairo_t *cr = scope->cr;
  KwaColor desk = desk_color (scope);
  double x0, y0, x1, y1;

  if (!get_sheet_edge (scope, &x0, &y0, &x1, &y1))
    return;

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, 0, 0, scope->viewport->width, scope->viewport->height);
  cairo_rectangle (cr, x0, y0, x1 - x0, y1 - y0);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  kwa_render_set_color (cr, &desk, 1);
  kwa_ink_fill (cr);
  cairo_restore (cr);
}

/* An enclave is land its side holds inside the other's: its side's tint. */
static KwaBasemapTint
enclave_tint (const KwaAtlasEnclave *enclave)
{
  return enclave->enclave->side == KWA_SIDE_SOUTH ? KWA_BASEMAP_TINT_SOUTH : KWA_BASEMAP_TINT_NORTH;
}

static void
add_to_coverage (KwaRenderScope     *scope,
                 KwaPolygonCoverage *coverage,
                 const KwaMapPoint  *outline,
                 guint               n_points,
                 gboolean            south)
{
  g_autofree KwaMapPoint *pixels = kwa_render_scope_to_pixels (scope, outline, n_points);

  kwa_polygon_coverage_add (coverage, pixels, n_points, south);
}

/* What the south's front gives it, by the rule of kwa_scene_south_holds(). */
static void
add_south_to_coverage (KwaRenderScope     *scope,
                       KwaPolygonCoverage *coverage)
{
  KwaMapRing rings[3], pixel_rings[3];
  guint n_rings = kwa_scene_get_south_rings (scope->scene, rings);

  for (guint i = 0; i < n_rings; i++)
    pixel_rings[i] = (KwaMapRing) { kwa_render_scope_to_pixels (scope, rings[i].points, rings[i].n_points),
                                    rings[i].n_points };
  if (n_rings > 0)
    kwa_polygon_coverage_add_overlap (coverage, pixel_rings, n_rings, n_rings == 3 ? 2 : 1, TRUE);
  for (guint i = 0; i < n_rings; i++)
    g_free ((KwaMapPoint *) pixel_rings[i].points);
}

/* The north's tint everywhere, the south's inside its region, the
 * enclaves in their side's tint over those, and the desk around the sheet:
 * in one pass over the pixels. */
static gboolean
compose_control (KwaRenderScope *scope,
                 gboolean        shade)
{
  g_autoptr(KwaPolygonCoverage) south = NULL;
  const KwaViewport *viewport = scope->viewport;
  KwaScene *scene = scope->scene;
  KwaColor desk = desk_color (scope);
  KwaBasemapTint outside_tint = shade ? KWA_BASEMAP_TINT_NORTH : KWA_BASEMAP_TINT_NONE;
  cairo_surface_t *target = cairo_get_target (scope->cr);
  int first_row, end_row;

  if (!kwa_render_scope_draws_view_rows (scope, &first_row, &end_row) ||
      !kwa_basemap_cache_prepare_compose (scope->basemap, target, viewport))
    return FALSE;

  if (shade)
    {
      south = kwa_polygon_coverage_new ((int) viewport->width, (int) viewport->height);
      add_south_to_coverage (scope, south);
      for (guint i = 0; i < scene->enclaves->len; i++)
        {
          const KwaAtlasEnclave *enclave = g_ptr_array_index (scene->enclaves, i);

          add_to_coverage (scope, south, enclave->outline, enclave->n_outline,
                           enclave_tint (enclave) == KWA_BASEMAP_TINT_SOUTH);
        }
    }

  cairo_surface_flush (target);
  kwa_basemap_cache_compose_rows (scope->basemap, target, viewport, outside_tint, KWA_BASEMAP_TINT_SOUTH,
                                  south, &desk, first_row, end_row, scope->restore);
  /* Drawn over the last frame: the land kept from it where it did not
   * move, and what was composed kept for the next. */
  if (scope->land_kept != NULL)
    {
      kwa_land_cells_put_rows (scope->land_kept, target, first_row, end_row);
      kwa_land_cells_keep_rows (scope->land_kept, target, first_row, end_row);
    }
  cairo_surface_mark_dirty_rectangle (target, 0, first_row, (int) viewport->width, end_row - first_row);

  return TRUE;
}

/* The south's tint where its front gives it the land, by the rule of
 * kwa_scene_south_holds(): between snapshots, where the two snapshots'
 * regions overlap, and where the blended front's region overlaps either. */
static gboolean
draw_south_tint (KwaRenderScope  *scope,
                 GError         **error)
{
  cairo_t *cr = scope->cr;
  KwaMapRing rings[3];
  guint n_rings = kwa_scene_get_south_rings (scope->scene, rings);
  gboolean ok;

  if (n_rings == 1)
    return draw_tint_inside (scope, KWA_BASEMAP_TINT_SOUTH, rings[0].points, rings[0].n_points, error);

  cairo_save (cr);
  kwa_render_scope_trace_polygon (scope, rings[1].points, rings[1].n_points);
  cairo_clip (cr);
  kwa_render_scope_trace_polygon (scope, rings[2].points, rings[2].n_points);
  cairo_clip (cr);
  ok = draw_basemap_tint (scope, KWA_BASEMAP_TINT_SOUTH, error);
  cairo_restore (cr);
  if (!ok)
    return FALSE;

  /* The snapshots' regions wind alike, so one path of both is their union. */
  cairo_save (cr);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
  kwa_render_scope_trace_polygon (scope, rings[1].points, rings[1].n_points);
  kwa_render_scope_trace_polygon (scope, rings[2].points, rings[2].n_points);
  cairo_clip (cr);
  kwa_render_scope_trace_polygon (scope, rings[0].points, rings[0].n_points);
  cairo_clip (cr);
  ok = draw_basemap_tint (scope, KWA_BASEMAP_TINT_SOUTH, error);
  cairo_restore (cr);

  return ok;
}

/* The land each side holds, as the basemap tinted in its colour: the
 * north's everywhere, the south's inside the region its front encloses,
 * through a clip. For vector output, and frames mid-gesture. */
static gboolean
paint_control (KwaRenderScope  *scope,
               gboolean         shade,
               GError         **error)
{
  if (!draw_basemap_tint (scope, shade ? KWA_BASEMAP_TINT_NORTH : KWA_BASEMAP_TINT_NONE, error))
    return FALSE;

  return !(shade && scope->scene->has_front) || draw_south_tint (scope, error);
}

static gboolean
draw_enclaves (KwaRenderScope  *scope,
               GError         **error)
{
  KwaScene *scene = scope->scene;

  for (guint i = 0; i < scene->enclaves->len; i++)
    {
      const KwaAtlasEnclave *enclave = g_ptr_array_index (scene->enclaves, i);

      if (!draw_tint_inside (scope, enclave_tint (enclave), enclave->outline, enclave->n_outline, error))
        return FALSE;
    }

  return TRUE;
}

/* Whether the land is tinted by who holds it: not before the division,
 * nor with the layer off. */
gboolean
kwa_control_layer_shades (KwaScene               *scene,
                          const KwaRenderOptions *options)
{
  return (options->layers & KWA_MAP_LAYER_CONTROL) != 0 &&
         scene != NULL && (scene->has_front || scene->enclaves->len > 0);
}

/**
 * kwa_control_layer_draw:
 *
 * Who holds the land, then the enclaves in their side's tint, and the
 * desk around the sheet.
 *
 * Returns: %FALSE with @error set when the basemap could not be drawn as
 *   vectors
 */
static gboolean
paint_land (KwaRenderScope  *scope,
            gboolean         shade,
            GError         **error)
{
  if (!paint_control (scope, shade, error))
    return FALSE;
  if (shade && !draw_enclaves (scope, error))
    return FALSE;
  fill_desk (scope);

  return TRUE;
}

/* A printed page: the land drawn as vectors is the whole basemap, every
 * coast of north-east Asia, twice (once per side's tint), on every page:
 * 19 MB for the main tour's handout. Drawn into an image at the print
 * resolution instead, and kept as a JPEG, which cairo's PDF surface
 * embeds as it is, it is a tenth of that; lines, labels and words over it
 * stay vectors. */
static gboolean
print_land (KwaRenderScope  *scope,
            gboolean         shade,
            GError         **error)
{
  double scale = scope->options->print_land_scale;
  int width = (int) ceil (scope->viewport->width * scale);
  int height = (int) ceil (scope->viewport->height * scale);
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  KwaRenderOptions options = *scope->options;
  KwaRenderScope land = *scope;
  gboolean ok;

  options.print_land_scale = 0;
  land.options = &options;
  land.cr = cairo_create (image);
  cairo_scale (land.cr, scale, scale);
  ok = paint_land (&land, shade, error);
  cairo_destroy (land.cr);

  if (ok)
    {
      cairo_surface_flush (image);
      kwa_jpeg_mime_attach (image, 75);

      cairo_save (scope->cr);
      cairo_scale (scope->cr, 1 / scale, 1 / scale);
      cairo_set_source_surface (scope->cr, image, 0, 0);
      kwa_ink_paint (scope->cr);
      cairo_restore (scope->cr);
    }
  cairo_surface_destroy (image);

  return ok;
}

gboolean
kwa_control_layer_draw (KwaRenderScope  *scope,
                        GError         **error)
{
  gboolean shade = kwa_control_layer_shades (scope->scene, scope->options);

  if (compose_control (scope, shade))
    return TRUE;

  if (scope->options->vector && scope->options->print_land_scale > 0)
    return print_land (scope, shade, error);

  return paint_land (scope, shade, error);
}
