/* kwa-uncertainty-layer.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-uncertainty-layer"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kwa-ink.h"
#include "kwa-uncertainty-layer.h"

/* Where the data is unsure how the front moved between two snapshots, the
 * land that changed hands is hatched rather than coloured with false
 * precision: as strokes for vector output, as a tile through the land
 * mask for rasters (written straight into an image where it can be). */

/* Traces the whole view minus @points for the non-zero rule: the view's
 * rectangle winding against the polygon, whichever way the data runs. */
static void
trace_view_minus_polygon (KwaRenderScope    *scope,
                          const KwaMapPoint *points,
                          guint              n_points)
{
  cairo_t *cr = scope->cr;
  const KwaViewport *viewport = scope->viewport;
  double area = 0;

  for (guint i = 0, j = n_points - 1; i < n_points; j = i++)
    area += points[j].x * points[i].y - points[i].x * points[j].y;

  if (area < 0)
    {
      cairo_rectangle (cr, 0, 0, viewport->width, viewport->height);
    }
  else
    {
      cairo_move_to (cr, 0, 0);
      cairo_line_to (cr, 0, viewport->height);
      cairo_line_to (cr, viewport->width, viewport->height);
      cairo_line_to (cr, viewport->width, 0);
      cairo_close_path (cr);
    }
  kwa_render_scope_trace_polygon (scope, points, n_points);
}

/* PDF and SVG stay vector: no raster mask and no even-odd clip (SVG
 * viewers apply clips with the non-zero rule). The land that changed hands
 * is from − to plus to − from, clipped by the coast itself and hatched
 * with strokes, not a tiled picture. */
static void
hatch_as_vectors (KwaRenderScope *scope,
                  const KwaColor *color,
                  double          alpha,
                  double          scale)
{
  cairo_t *cr = scope->cr;
  const KwaViewport *viewport = scope->viewport;
  KwaScene *scene = scope->scene;
  GArray *regions[2] = { scene->uncertain_from, scene->uncertain_to };
  guint n_rings;
  const KwaMapRing *rings = kwa_land_get_rings (kwa_atlas_get_land (scene->atlas), &n_rings);

  for (guint pass = 0; pass < 2; pass++)
    {
      GArray *inside = regions[pass], *outside = regions[1 - pass];

      cairo_save (cr);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
      cairo_new_path (cr);
      kwa_render_scope_trace_polygon (scope, (const KwaMapPoint *) inside->data, inside->len);
      cairo_clip (cr);

      trace_view_minus_polygon (scope, (const KwaMapPoint *) outside->data, outside->len);
      cairo_clip (cr);

      for (guint i = 0; i < n_rings; i++)
        kwa_render_scope_trace_polygon (scope, rings[i].points, rings[i].n_points);
      cairo_clip (cr);

      for (double d = -viewport->height; d < viewport->width; d += 9 * scale)
        {
          cairo_move_to (cr, d, viewport->height);
          cairo_line_to (cr, d + viewport->height, 0);
        }
      kwa_render_set_color (cr, color, alpha);
      cairo_set_line_width (cr, 1.1 * scale);
      kwa_ink_stroke (cr);
      cairo_restore (cr);
    }
}

/* The basemap's own coverage of the land, where the frame copies its
 * raster pixel for pixel (a settled view, drawn one device pixel a unit at
 * a whole-pixel offset): the hatching then stops at exactly the coast the
 * frame shows, and needs no land mask of its own (2.6 MB at 4K). */
static cairo_surface_t *
basemap_land (KwaRenderScope *scope,
              double         *mask_x,
              double         *mask_y)
{
  cairo_surface_t *coverage;
  double offset_x, offset_y;
  int x, y;

  if ((scope->options->device_scale > 0 && scope->options->device_scale != 1.0) ||
      !kwa_hatching_masks_unscaled (scope->cr, scope->options->vector, &offset_x, &offset_y) ||
      offset_x != floor (offset_x) || offset_y != floor (offset_y))
    return NULL;

  coverage = kwa_basemap_cache_get_exact_land (scope->basemap, scope->viewport, &x, &y);
  if (coverage == NULL)
    return NULL;
  *mask_x = x + offset_x;
  *mask_y = y + offset_y;

  return coverage;
}

/* The land to hatch through, unscaled at (@mask_x, @mask_y) in device
 * pixels: the basemap's, or else the 1 km land mask resampled to the view
 * (see kwa_hatching_ensure_scaled_land_mask()). %NULL when neither gives
 * the frame's pixels: then the 1 km mask goes through cairo. */
static cairo_surface_t *
land_mask_for_frame (KwaRenderScope *scope,
                     double         *mask_x,
                     double         *mask_y)
{
  cairo_surface_t *coverage = basemap_land (scope, mask_x, mask_y);
  KwaMapRect bounds;
  double x, y;

  if (coverage != NULL)
    {
      /* Both bands of a frame find the same raster, so neither reads the
       * masks of its own any more (a band helper has none to drop). */
      kwa_hatching_release_land_masks (scope->hatching);
      return coverage;
    }

  kwa_hatching_ensure_land_mask (scope->hatching, kwa_atlas_get_land (scope->scene->atlas), &bounds);
  kwa_viewport_map_to_pixel (scope->viewport, bounds.x, bounds.y, &x, &y);

  return kwa_hatching_ensure_scaled_land_mask (scope->hatching, scope->cr, scope->options->vector,
                                               scope->options->device_scale, x, y,
                                               scope->viewport->scale, mask_x, mask_y);
}

/* The band between the two fronts, as the even-odd fill of both regions,
 * through the land mask and the tile of hatching, written straight into
 * an image (see kwa_shape_fill_paint()). Cairo clips the paint with the
 * band instead, which costs a mask of the whole band every frame. */
static gboolean
hatch_directly (KwaRenderScope *scope,
                const KwaColor *color,
                double          alpha,
                double          scale)
{
  KwaScene *scene = scope->scene;
  GArray *regions[] = { scene->uncertain_from, scene->uncertain_to };
  cairo_rectangle_int_t clip;
  KwaShapeFill *direct = kwa_render_scope_direct_fill_begin (scope, &clip);
  KwaShapeTexture texture = { NULL, 0, 0, NULL };
  double mask_x, mask_y;

  if (direct == NULL || kwa_hatching_get_period (9 * scale) > KWA_SHAPE_TEXTURE_MAX_TILE)
    return FALSE;

  texture.mask = land_mask_for_frame (scope, &mask_x, &mask_y);
  if (texture.mask == NULL)
    return FALSE;
  texture.mask_x = (int) mask_x;
  texture.mask_y = (int) mask_y;
  texture.tile = kwa_hatching_ensure_tile (scope->hatching, 9 * scale, 1.1 * scale);

  for (guint r = 0; r < G_N_ELEMENTS (regions); r++)
    {
      g_autofree KwaMapPoint *pixels = kwa_render_scope_to_pixels (scope, (const KwaMapPoint *) regions[r]->data,
                                                                   regions[r]->len);

      kwa_shape_fill_add_ring (direct, pixels, regions[r]->len, FALSE);
    }
  kwa_shape_fill_set_only (direct, scope->hatch_only);
  kwa_ink_fill_directly (scope->cr, direct, &clip, KWA_SHAPE_FILL_EVEN_ODD,
                        color, alpha, &texture);
  kwa_shape_fill_set_only (direct, NULL);

  return TRUE;
}

/* Clips @cr to the marked cells of @cells, in device pixels at one unit
 * per pixel, as frames drawn over the last are. */
static void
clip_to_cells (cairo_t         *cr,
               const KwaDamage *cells)
{
  int width, height;

  kwa_damage_get_size (cells, &width, &height);
  cairo_new_path (cr);
  for (int y = 0; y < height; y += KWA_DAMAGE_CELL)
    for (int x0 = 0, x1; kwa_damage_next_span (cells, y, &x0, &x1); x0 = x1)
      cairo_rectangle (cr, x0, y, x1 - x0, MIN (KWA_DAMAGE_CELL, height - y));
  cairo_clip (cr);
}

/* On screen and in PNGs: the even-odd band between the two fronts, filled
 * with a tiled hatch through the land mask. */
static void
hatch_as_raster (KwaRenderScope *scope,
                 const KwaColor *color,
                 double          alpha,
                 double          scale)
{
  cairo_t *cr = scope->cr;
  const KwaViewport *viewport = scope->viewport;
  KwaScene *scene = scope->scene;
  cairo_surface_t *mask, *scaled_mask;
  cairo_pattern_t *hatch;
  KwaMapRect bounds;
  double x, y, mask_x, mask_y;

  if (hatch_directly (scope, color, alpha, scale))
    return;
  hatch = kwa_hatching_create_pattern (color, alpha, 9 * scale, 1.1 * scale);

  cairo_save (cr);
  if (scope->hatch_only != NULL)
    clip_to_cells (cr, scope->hatch_only);
  cairo_new_path (cr);
  kwa_render_scope_trace_polygon (scope, (const KwaMapPoint *) scene->uncertain_from->data,
                                  scene->uncertain_from->len);
  kwa_render_scope_trace_polygon (scope, (const KwaMapPoint *) scene->uncertain_to->data,
                                  scene->uncertain_to->len);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_clip (cr);
  cairo_set_source (cr, hatch);
  scaled_mask = land_mask_for_frame (scope, &mask_x, &mask_y);
  if (scaled_mask != NULL)
    {
      double device_scale = scope->options->device_scale > 0 ? scope->options->device_scale : 1.0;

      cairo_identity_matrix (cr);
      cairo_scale (cr, 1 / device_scale, 1 / device_scale);
      kwa_ink_mask_surface (cr, scaled_mask, mask_x, mask_y);
    }
  else
    {
      mask = kwa_hatching_ensure_land_mask (scope->hatching, kwa_atlas_get_land (scene->atlas), &bounds);
      kwa_viewport_map_to_pixel (viewport, bounds.x, bounds.y, &x, &y);
      cairo_translate (cr, x, y);
      cairo_scale (cr, viewport->scale, viewport->scale);   /* 1 mask pixel = 1 km */
      kwa_ink_mask_surface (cr, mask, 0, 0);
    }
  cairo_restore (cr);

  cairo_pattern_destroy (hatch);
}

/**
 * kwa_uncertainty_layer_ready:
 *
 * Makes the land masks hatching reads now: before a frame's bands start,
 * so that the helper drawing the lower band can read them while the upper
 * band is drawn (and need not make its own).
 *
 * Returns: %FALSE when the frame hatches but the view is too large a scale
 *   for a resampled mask: then hatching goes through cairo with the 1 km
 *   mask, which one thread at a time must do, and the frame is not split
 */
/* The hatching's strength, by the confidence of the fronts it
 * lies between. */
static double
hatch_alpha (const KwaScene *scene)
{
  return scene->front_confidence == KWA_CONFIDENCE_LOW ? 0.55 : 0.35;
}

gboolean
kwa_uncertainty_layer_ready (KwaRenderScope *scope)
{
  KwaScene *scene = scope->scene;
  double mask_x, mask_y;

  if (scene == NULL || scene->uncertain_from == NULL || !(scope->options->layers & KWA_MAP_LAYER_CONTROL))
    return TRUE;

  return land_mask_for_frame (scope, &mask_x, &mask_y) != NULL;
}

void
kwa_uncertainty_layer_draw (KwaRenderScope *scope)
{
  KwaScene *scene = scope->scene;
  const KwaColor *hatch = &scope->palette->hatch;
  double alpha;

  if (scene->uncertain_from == NULL || !(scope->options->layers & KWA_MAP_LAYER_CONTROL))
    return;

  alpha = hatch_alpha (scene);
  if (scope->options->vector)
    hatch_as_vectors (scope, hatch, alpha, scope->ui_scale);
  else
    hatch_as_raster (scope, hatch, alpha, scope->ui_scale);
}

/**
 * kwa_uncertainty_layer_get_key:
 *
 * What kwa_uncertainty_layer_draw() would draw for @scope, as a key.
 */
void
kwa_uncertainty_layer_get_key (KwaRenderScope *scope,
                               KwaHatchKey    *key)
{
  KwaScene *scene = scope->scene;

  memset (key, 0, sizeof *key);
  if (scene == NULL || scene->uncertain_from == NULL || !(scope->options->layers & KWA_MAP_LAYER_CONTROL))
    return;

  key->from = scene->uncertain_from;
  key->to = scene->uncertain_to;
  key->color = scope->palette->hatch;
  key->alpha = hatch_alpha (scene);
  key->scale = scope->ui_scale;
}

gboolean
kwa_hatch_key_equal (const KwaHatchKey *a,
                     const KwaHatchKey *b)
{
  return a->from == b->from && a->to == b->to &&
         a->color.r == b->color.r && a->color.g == b->color.g && a->color.b == b->color.b &&
         a->alpha == b->alpha && a->scale == b->scale;
}
