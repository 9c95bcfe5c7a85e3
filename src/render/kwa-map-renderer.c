/* kwa-map-renderer.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-map-renderer"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kwa-control-layer.h"
#include "kwa-date-card-layer.h"
#include "kwa-events-layer.h"
#include "kwa-frame-changes.h"
#include "kwa-front-layer.h"
#include "kwa-i18n.h"
#include "kwa-ink.h"
#include "kwa-legend-items.h"
#include "kwa-legend-layer.h"
#include "kwa-lines-layer.h"
#include "kwa-map-renderer-private.h"
#include "kwa-movements-layer.h"
#include "kwa-places-layer.h"
#include "kwa-render-scope.h"
#include "kwa-scale-bar-layer.h"
#include "kwa-sketch-layer.h"
#include "kwa-uncertainty-layer.h"

/* The one renderer: the map view, the exporter (PNG, PDF, SVG), the
 * reference-image tests and the benchmark all draw through
 * kwa_map_renderer_draw(). Per frame it copies cached basemap rasters and
 * strokes overlays already in map units; it never parses or rasterises the
 * basemap SVG unless asked to draw vectors for an export.
 *
 * Each layer is a function of a KwaRenderScope, in layers/; the renderer
 * owns what they keep between frames, sets the order they draw in, and
 * splits image frames into two bands drawn at once
 * (kwa-map-renderer-bands.c). */

/* Markers of every size, category and emphasis, dots of every kind and the
 * legend, in one theme and language, with room to spare. */
#define MAX_SPRITES 64

G_DEFINE_FINAL_TYPE (KwaMapRenderer, kwa_map_renderer, G_TYPE_OBJECT)

static void
kwa_map_renderer_finalize (GObject *object)
{
  KwaMapRenderer *self = KWA_MAP_RENDERER (object);

  /* The worker first: it may be drawing with the helper. */
  g_clear_pointer (&self->worker, kwa_render_worker_free);
  g_clear_object (&self->band_helper);
  g_clear_object (&self->cache);
  g_clear_pointer (&self->text, kwa_text_painter_free);
  g_clear_pointer (&self->sprites, kwa_sprite_cache_free);
  g_clear_pointer (&self->shapes, kwa_shape_fill_free);
  g_clear_pointer (&self->strokes, kwa_polyline_stroke_free);
  g_clear_pointer (&self->hatching, kwa_hatching_free);
  g_clear_pointer (&self->labels, kwa_label_placer_free);
  g_clear_pointer (&self->hits, kwa_hit_index_free);
  g_clear_pointer (&self->changes, kwa_frame_changes_free);
  g_clear_pointer (&self->ink, kwa_damage_free);
  g_clear_pointer (&self->band_ink, kwa_damage_free);
  g_clear_pointer (&self->hatch_ink, kwa_damage_free);
  g_clear_pointer (&self->labels_made, kwa_labels_made_free);

  G_OBJECT_CLASS (kwa_map_renderer_parent_class)->finalize (object);
}

static void
kwa_map_renderer_class_init (KwaMapRendererClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kwa_map_renderer_finalize;
}

static void
kwa_map_renderer_init (KwaMapRenderer *self)
{
  self->text = kwa_text_painter_new ();
  self->sprites = kwa_sprite_cache_new (MAX_SPRITES);
  self->shapes = kwa_shape_fill_new ();
  self->strokes = kwa_polyline_stroke_new ();
  self->hatching = kwa_hatching_new ();
  self->labels = kwa_label_placer_new ();
  self->hits = kwa_hit_index_new ();
  self->changes = kwa_frame_changes_new ();
  self->max_threads = MIN (g_get_num_processors (), 2);
  self->band_split = 0.5;
}

void
kwa_render_options_init_default (KwaRenderOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->language = kwa_language_get_source ();
  options->theme = KWA_MAP_THEME_LIGHT;
  options->layers = KWA_MAP_LAYERS_ALL;
  options->text_scale = 1.0;
  options->line_scale = 1.0;
  options->label_scale = 1.0;
  options->legend_scale = 1.0;
  options->device_scale = 1.0;
}

KwaMapRenderer *
kwa_map_renderer_new (KwaBasemapCache *cache)
{
  KwaMapRenderer *self;

  g_return_val_if_fail (KWA_IS_BASEMAP_CACHE (cache), NULL);

  self = g_object_new (KWA_TYPE_MAP_RENDERER, NULL);
  self->cache = g_object_ref (cache);

  return self;
}

KwaBasemapCache *
kwa_map_renderer_get_cache (KwaMapRenderer *self)
{
  g_return_val_if_fail (KWA_IS_MAP_RENDERER (self), NULL);

  return self->cache;
}

/* ---- the frame -------------------------------------------------------- */

void
kwa_map_renderer_init_scope (KwaMapRenderer         *self,
                             KwaRenderScope         *scope,
                             cairo_t                *cr,
                             const KwaViewport      *viewport,
                             KwaScene               *scene,
                             const KwaRenderOptions *options)
{
  kwa_text_painter_set_language (self->text, options->language);
  *scope = (KwaRenderScope) {
    .cr = cr,
    .viewport = viewport,
    .scene = scene,
    .options = options,
    .palette = kwa_map_palette_get (options->theme),
    .ui_scale = kwa_render_scope_get_ui_scale (viewport, options),
    .basemap = self->cache,
    .text = self->text,
    .sprites = self->sprites,
    .shapes = self->shapes,
    .strokes = self->strokes,
    .hatching = self->hatching,
    .labels = self->labels,
    .hits = self->hits,
    .words = &self->words,
    .restore = self->restore_compose,
    .land_kept = self->land_kept,
    .hatch_only = self->hatch_only,
    .hatch_ink = self->marks_hatch ? self->hatch_ink : NULL,
    .date_card = &self->date_card,
    .legend_box = &self->legend_box,
  };
}

/* Labels, their sprites and the markers' are made at the frame's scale:
 * when the view changes size (or the text scale changes), those of the
 * old scale would only take room, megabytes of it at 4K, until the caches
 * filled up. */
void
kwa_map_renderer_drop_caches_of_other_scales (KwaMapRenderer *self,
                                              double          scale)
{
  if (scale == self->cached_scale)
    return;

  kwa_text_painter_clear (self->text);
  kwa_sprite_cache_clear (self->sprites);
  self->cached_scale = scale;
}

/**
 * kwa_map_renderer_drop_caches:
 *
 * Forgets the shaped labels and the sprites, which the next frame makes
 * again: for a soak test that measures leaks, not how full a bounded
 * cache happens to be. Call it between frames.
 */
void
kwa_map_renderer_drop_caches (KwaMapRenderer *self)
{
  g_return_if_fail (KWA_IS_MAP_RENDERER (self));

  kwa_text_painter_clear (self->text);
  kwa_sprite_cache_clear (self->sprites);
  g_clear_pointer (&self->labels_made, kwa_labels_made_free);
}

/* The hatching, its ink marked apart from the other overlays' when the
 * frame is drawn over the last: it stays put from day to day while the
 * front moves, and the next frame need not put the land back under it. */
static void
draw_hatching (KwaRenderScope *scope)
{
  KwaDamage *ink = kwa_ink_get (scope->cr);

  if (ink != NULL && scope->hatch_ink != NULL)
    kwa_ink_attach (scope->cr, scope->hatch_ink);
  kwa_uncertainty_layer_draw (scope);
  kwa_ink_attach (scope->cr, ink);
}

/* The layers in the order they are drawn, each over those before. */
static void
draw_overlays (KwaRenderScope *scope)
{
  if (scope->scene != NULL)
    {
      draw_hatching (scope);
      kwa_lines_layer_draw (scope);
      kwa_front_layer_draw (scope);
      kwa_legend_layer_reserve (scope);
      kwa_places_layer_draw (scope);
      kwa_movements_layer_draw (scope);
      kwa_places_layer_draw_names (scope);
      kwa_events_layer_draw (scope);
      kwa_date_card_layer_draw (scope);
      kwa_legend_layer_draw (scope);
    }
  kwa_scale_bar_layer_draw (scope);
  kwa_sketch_layer_draw (scope);
}

/* A name cut by the edge of the view cannot be read: the strips around
 * the view are obstacles too, and a place near the edge goes unnamed
 * rather than half-named. */
static void
keep_labels_inside (KwaLabelPlacer    *labels,
                    const KwaViewport *viewport)
{
  const double far = 100000;

  kwa_label_placer_add_obstacle (labels, -far, -far, 2 * far, far);
  kwa_label_placer_add_obstacle (labels, -far, viewport->height, 2 * far, far);
  kwa_label_placer_add_obstacle (labels, -far, -far, far, 2 * far);
  kwa_label_placer_add_obstacle (labels, viewport->width, -far, far, 2 * far);
}

/* The whole frame, or the part of it within @cr's clip, on this thread. */
gboolean
kwa_map_renderer_draw_frame (KwaMapRenderer          *self,
                             cairo_t                 *cr,
                             const KwaViewport       *viewport,
                             KwaScene                *scene,
                             const KwaRenderOptions  *options,
                             GError                 **error)
{
  KwaRenderScope scope;

  kwa_map_renderer_init_scope (self, &scope, cr, viewport, scene, options);
  kwa_map_renderer_drop_caches_of_other_scales (self, scope.ui_scale);
  kwa_hit_index_clear (self->hits);
  self->date_card = (cairo_rectangle_t) { 0 };
  self->legend_box = (cairo_rectangle_t) { 0 };
  kwa_label_placer_clear (self->labels);
  keep_labels_inside (self->labels, viewport);
  for (guint i = 0; i < MIN (options->n_covers, KWA_MAX_MAP_COVERS); i++)
    kwa_label_placer_add_obstacle (self->labels, options->covers[i].x, options->covers[i].y,
                                   options->covers[i].width, options->covers[i].height);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, viewport->width, viewport->height);
  cairo_clip (cr);

  if (!kwa_control_layer_draw (&scope, error))
    {
      cairo_restore (cr);
      return FALSE;
    }

  /* Cairo's default antialiasing samples 256 × 15 positions per pixel
   * for every line and shape; its fast mode 4 × 4, which at screen
   * resolution no one tells apart (looked at magnified) and which takes a
   * fifth off the busiest frames. Vector output is not rasterised here. */
  if (!options->vector)
    cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);

  draw_overlays (&scope);

  cairo_restore (cr);

  return TRUE;
}

static gboolean
draw_any (KwaMapRenderer          *self,
          cairo_t                 *cr,
          const KwaViewport       *viewport,
          KwaScene                *scene,
          const KwaRenderOptions  *options,
          GError                 **error)
{
  kwa_render_words_init (&self->words, options->language);

  if (kwa_map_renderer_draws_in_bands (self, cr, viewport, scene, options))
    return kwa_map_renderer_draw_in_bands (self, cr, viewport, scene, options, error);

  return kwa_map_renderer_draw_frame (self, cr, viewport, scene, options, error);
}

/**
 * kwa_map_renderer_draw:
 * @cr: any cairo context: a widget's snapshot, an image, PDF or SVG surface
 * @viewport: what part of the map to draw, at what size
 * @scene: (nullable): the day to draw; %NULL draws the basemap alone
 * @options: language, theme, layers, sizes
 *
 * A frame onto an image is drawn in two bands on two threads where the
 * machine has two cores (see kwa_map_renderer_set_max_threads()); it
 * returns once both are done.
 *
 * Returns: %FALSE with @error set only when the basemap could not be drawn
 *   as vectors; raster drawing never fails
 */
gboolean
kwa_map_renderer_draw (KwaMapRenderer          *self,
                       cairo_t                 *cr,
                       const KwaViewport       *viewport,
                       KwaScene                *scene,
                       const KwaRenderOptions  *options,
                       GError                 **error)
{
  g_return_val_if_fail (KWA_IS_MAP_RENDERER (self), FALSE);
  g_return_val_if_fail (cr != NULL && viewport != NULL && options != NULL, FALSE);

  kwa_frame_changes_forget (self->changes);
  return draw_any (self, cr, viewport, scene, options, error);
}

/**
 * kwa_map_renderer_draw_changes:
 * @cr: a context on an image: the map view's frame
 * @changed: (out caller-allocates): of the view's size; the cells where
 *   the frame may differ from what the image held
 *
 * Draws the frame as kwa_map_renderer_draw() does, over the last frame
 * this renderer drew into the same image: where the view, the theme and
 * the basemap's raster are as they were, the land only where an outline
 * moved and under the last frame's overlays, and the overlays again (see
 * kwa-frame-changes.c). The pixels are those of the frame drawn whole
 * (test /render/changes-like-frame). Anything else draws it whole.
 *
 * Returns: as kwa_map_renderer_draw()
 */
gboolean
kwa_map_renderer_draw_changes (KwaMapRenderer          *self,
                               cairo_t                 *cr,
                               const KwaViewport       *viewport,
                               KwaScene                *scene,
                               const KwaRenderOptions  *options,
                               KwaDamage               *changed,
                               GError                 **error)
{
  cairo_surface_t *target;
  KwaRenderScope scope;
  cairo_rectangle_int_t clip;
  KwaHatchKey hatch;
  gboolean drawn, hatch_kept;

  g_return_val_if_fail (KWA_IS_MAP_RENDERER (self), FALSE);
  g_return_val_if_fail (cr != NULL && viewport != NULL && options != NULL && changed != NULL, FALSE);

  target = cairo_get_target (cr);
  kwa_map_renderer_init_scope (self, &scope, cr, viewport, scene, options);
  kwa_damage_clear (changed);
  if (!kwa_render_scope_draws_one_unit_per_pixel (&scope, &clip) ||
      clip.x > 0 || clip.y > 0 ||
      clip.x + clip.width < viewport->width || clip.y + clip.height < viewport->height ||
      !kwa_basemap_cache_prepare_compose (self->cache, target, viewport))
    {
      kwa_damage_add_all (changed);
      return kwa_map_renderer_draw (self, cr, viewport, scene, options, error);
    }

  kwa_uncertainty_layer_get_key (&scope, &hatch);
  self->restore = kwa_frame_changes_begin (self->changes, target, viewport, scene, options,
                                           kwa_basemap_cache_get_basemap (self->cache),
                                           kwa_basemap_cache_get_n_renders (self->cache),
                                           kwa_control_layer_shades (scene, options), &hatch, &hatch_kept);
  if (self->restore != NULL)
    self->land_kept = kwa_frame_changes_get_land (self->changes, &self->restore_compose);
  self->hatch_only = hatch_kept ? self->restore : NULL;
  self->marks_hatch = TRUE;
  kwa_damage_ensure (&self->hatch_ink, (int) viewport->width, (int) viewport->height);
  kwa_ink_attach (cr, kwa_damage_ensure (&self->ink, (int) viewport->width, (int) viewport->height));
  drawn = draw_any (self, cr, viewport, scene, options, error);
  kwa_ink_attach (cr, NULL);

  self->last_composed = self->restore_compose != NULL ? kwa_damage_count_cells (self->restore_compose) : 0;
  if (self->restore != NULL)
    {
      /* The hatching kept was drawn only in the restore. */
      kwa_damage_add_damage (changed, self->restore);
      kwa_damage_add_damage (changed, self->ink);
      if (!hatch_kept)
        kwa_damage_add_damage (changed, self->hatch_ink);
    }
  else
    {
      kwa_damage_add_all (changed);
    }
  self->restore = self->restore_compose = NULL;
  self->land_kept = NULL;
  self->hatch_only = NULL;
  self->marks_hatch = FALSE;
  kwa_frame_changes_end (self->changes, self->ink, hatch_kept ? NULL : self->hatch_ink);

  return drawn;
}

/**
 * kwa_map_renderer_hit_test:
 * @x: (in view pixels)
 * @y: (in view pixels)
 *
 * What the last frame drew at (@x, @y): an event marker first, then an
 * arrow, then a place label.
 */
KwaMapHit
kwa_map_renderer_hit_test (KwaMapRenderer *self,
                           double          x,
                           double          y)
{
  KwaMapHit none = { KWA_MAP_HIT_NONE, NULL };
  const KwaMapLabel *labels;
  guint n_labels;

  g_return_val_if_fail (KWA_IS_MAP_RENDERER (self), none);

  labels = kwa_label_placer_get_labels (self->labels, &n_labels);

  return kwa_hit_index_lookup (self->hits, labels, n_labels, x, y);
}

/**
 * kwa_map_renderer_get_labels:
 * @n_labels: (out): how many
 *
 * The labels the last frame placed, places' and units' names, in the
 * order they were placed (each clear of those before it where it could
 * be).
 *
 * Returns: (array length=n_labels): owned by the renderer, valid until
 *   the next frame
 */
const KwaMapLabel *
kwa_map_renderer_get_labels (KwaMapRenderer *self,
                             guint          *n_labels)
{
  g_return_val_if_fail (KWA_IS_MAP_RENDERER (self), NULL);
  g_return_val_if_fail (n_labels != NULL, NULL);

  return kwa_label_placer_get_labels (self->labels, n_labels);
}

/* For tests: the panels over the last frame that labels kept clear of. */
const KwaMapLabel *
kwa_map_renderer_get_obstacles (KwaMapRenderer *self,
                                guint          *n_obstacles)
{
  g_return_val_if_fail (KWA_IS_MAP_RENDERER (self), NULL);
  g_return_val_if_fail (n_obstacles != NULL, NULL);

  return kwa_label_placer_get_obstacles (self->labels, n_obstacles);
}

/* For tests: where the last frame drew its date card; FALSE if it drew
 * none. */
gboolean
kwa_map_renderer_get_date_card (KwaMapRenderer    *self,
                                cairo_rectangle_t *bounds)
{
  g_return_val_if_fail (KWA_IS_MAP_RENDERER (self), FALSE);
  g_return_val_if_fail (bounds != NULL, FALSE);

  *bounds = self->date_card;
  return bounds->width > 0 && bounds->height > 0;
}

/* For tests: where the last frame drew the legend, in view pixels. */
gboolean
kwa_map_renderer_get_legend_box (KwaMapRenderer    *self,
                                 cairo_rectangle_t *bounds)
{
  g_return_val_if_fail (KWA_IS_MAP_RENDERER (self), FALSE);
  g_return_val_if_fail (bounds != NULL, FALSE);

  *bounds = self->legend_box;
  return bounds->width > 0 && bounds->height > 0;
}

/* For tests: how many cells' land the last frame drawn over the last
 * composed (the rest of its restore was copied back, see kwa-land-cells.c). */
guint
kwa_map_renderer_get_composed_cells (KwaMapRenderer *self)
{
  g_return_val_if_fail (KWA_IS_MAP_RENDERER (self), 0);

  return self->last_composed;
}

/* For tests: how many characters the renderer's labels and cards have
 * needed shaped, over all its frames. */
guint64
kwa_map_renderer_get_shaped_chars (KwaMapRenderer *self)
{
  g_return_val_if_fail (KWA_IS_MAP_RENDERER (self), 0);

  return kwa_text_painter_get_shaped_chars (self->text);
}
