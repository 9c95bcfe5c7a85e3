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
#include "kwa-render-worker.h"
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
 * splits image frames into two bands drawn at once. */

/* Markers of every size, category and emphasis, dots of every kind and the
 * legend, in one theme and language, with room to spare. */
#define MAX_SPRITES 64

struct _KwaMapRenderer
{
  GObject            parent_instance;

  /* Owned: what the layers keep between frames (see KwaRenderScope) */
  KwaBasemapCache   *cache;
  KwaTextPainter    *text;
  KwaSpriteCache    *sprites;
  KwaShapeFill      *shapes;
  KwaPolylineStroke *strokes;
  KwaHatching       *hatching;
  double             cached_scale;       /* the ui scale text and sprites were made at */

  /* What the last frame drew where, for hit testing */
  KwaLabelPlacer    *labels;
  KwaHitIndex       *hits;
  cairo_rectangle_t  date_card;   /* the last frame's, or empty */

  /* Translated on the caller's thread before any band is drawn */
  KwaRenderWords     words;

  /* Frames drawn over the last: see kwa_map_renderer_draw_changes() */
  KwaFrameChanges   *changes;
  KwaDamage         *ink;                /* where this frame's overlays drew … */
  KwaDamage         *band_ink;           /* … and the lower band's */
  gboolean           marks_hatch;        /* the hatching's ink apart, in … */
  KwaDamage         *hatch_ink;          /* … this (the lower band's, in the band helper's) */
  const KwaDamage   *hatch_only;         /* the hatching as the last frame's: see KwaRenderScope */
  const KwaDamage   *restore;            /* for the frame being drawn: all of it, */
  const KwaDamage   *restore_compose;    /* the land composed, the rest copied from */
  KwaLandCells      *land_kept;
  guint              last_composed;      /* cells of land composed in the last frame over the last */

  /* Image frames drawn in two bands at once: see draw_in_bands() */
  guint              max_threads;
  KwaMapRenderer    *band_helper;        /* draws the lower band … */
  KwaRenderWorker   *worker;             /* … on this thread */
  double             band_split;         /* where the bands meet, a fraction of the height */
  gboolean           band_split_fixed;   /* by a test: not balanced */
  gboolean           one_band;           /* the second core is busy: see choose_bands() */
  guint              late_frames;        /* in a row, the worker's band later than the caller's */
  guint              frames_in_one_band; /* since two bands were last tried */
};

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

static void
init_scope (KwaMapRenderer         *self,
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
  };
}

/* Labels, their sprites and the markers' are made at the frame's scale:
 * when the view changes size (or the text scale changes), those of the
 * old scale would only take room, megabytes of it at 4K, until the caches
 * filled up. */
static void
drop_caches_of_other_scales (KwaMapRenderer *self,
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

static gboolean
draw_frame (KwaMapRenderer          *self,
            cairo_t                 *cr,
            const KwaViewport       *viewport,
            KwaScene                *scene,
            const KwaRenderOptions  *options,
            GError                 **error)
{
  KwaRenderScope scope;

  init_scope (self, &scope, cr, viewport, scene, options);
  drop_caches_of_other_scales (self, scope.ui_scale);
  kwa_hit_index_clear (self->hits);
  self->date_card = (cairo_rectangle_t) { 0 };
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

/* ---- two bands at once ------------------------------------------------ */

/* Below this many rows a band is not worth a thread. */
#define MIN_BAND_ROWS 128

/* Two bands halve a frame only when the second core is free. With another
 * busy program on it, the worker gets to its band late and the frame takes
 * longer than drawn whole (1080p p95 3.0-3.3 ms against 1.4-2.3 ms on the
 * reference machine). So when the worker keeps the caller waiting longer
 * than the caller's own band took, BUSY_FRAMES frames in a row, the
 * renderer draws in one band; every TRY_TWO_BANDS_EVERY frames it tries
 * two again, and stays with two if the worker kept up.
 *
 * Only frames that follow each other closely are judged, those the worker
 * was still watching for (see kwa-render-worker.c). One that had gone to
 * sleep, as it does between a window's frames 16 ms apart, takes its time
 * to wake: on a virtual machine whose idle core the host has parked,
 * milliseconds, with the core as free as ever. */
#define BUSY_FRAMES 3
#define TRY_TWO_BANDS_EVERY 120

/* Whether this frame is drawn in two bands. */
static gboolean
choose_bands (KwaMapRenderer *self)
{
  if (!self->one_band)
    return TRUE;

  if (++self->frames_in_one_band < TRY_TWO_BANDS_EVERY)
    return FALSE;

  self->frames_in_one_band = 0;
  return TRUE;
}

/* After a frame in two bands: @waited is how long the caller waited for
 * the worker after drawing its own band in @own_band. */
static void
judge_bands (KwaMapRenderer *self,
             gint64          own_band,
             gint64          waited)
{
  gboolean kept_up = waited <= own_band;

  if (self->one_band)
    {
      self->one_band = !kept_up;
      self->late_frames = 0;
      return;
    }

  self->late_frames = kept_up ? 0 : self->late_frames + 1;
  if (self->late_frames >= BUSY_FRAMES)
    {
      g_debug ("The second core is busy: drawing in one band");
      self->one_band = TRUE;
      self->frames_in_one_band = 0;
    }
}

/* The lower band, drawn by the helper on the worker's thread. */
typedef struct
{
  KwaMapRenderer         *renderer;
  cairo_t                *cr;
  const KwaViewport      *viewport;
  KwaScene               *scene;
  const KwaRenderOptions *options;
  gint64                  elapsed;
} Band;

static void
draw_band (gpointer data)
{
  Band *band = data;
  gint64 start = g_get_monotonic_time ();

  /* Raster drawing does not fail (see kwa_map_renderer_draw()). */
  draw_frame (band->renderer, band->cr, band->viewport, band->scene, band->options, NULL);
  band->elapsed = g_get_monotonic_time () - start;
}

/* A whole frame into an image at one unit per pixel, tall enough to
 * split, with the basemap ready to compose: then the two bands draw the
 * same pixels the frame drawn whole would (test /render/band-like-frame),
 * and share nothing they write. The composition is readied here, on the
 * caller's thread: it may render a tint into the shared cache. */
static gboolean
draws_in_bands (KwaMapRenderer         *self,
                cairo_t                *cr,
                const KwaViewport      *viewport,
                KwaScene               *scene,
                const KwaRenderOptions *options)
{
  KwaRenderScope scope;
  cairo_rectangle_int_t clip;

  init_scope (self, &scope, cr, viewport, scene, options);
  if (self->max_threads < 2 || viewport->height < 2 * MIN_BAND_ROWS ||
      !kwa_render_scope_draws_one_unit_per_pixel (&scope, &clip) ||
      clip.x > 0 || clip.y > 0 ||
      clip.x + clip.width < viewport->width || clip.y + clip.height < viewport->height)
    return FALSE;

  /* The caller's drawing state is the lower band's too only at cairo's
   * defaults, which is how the renderer is called. */
  if (cairo_get_operator (cr) != CAIRO_OPERATOR_OVER || cairo_get_tolerance (cr) != 0.1)
    return FALSE;

  return kwa_basemap_cache_prepare_compose (self->cache, cairo_get_target (cr), viewport) &&
         kwa_uncertainty_layer_ready (&scope);
}

/* Moves the bands' meeting row towards the band that finished first, so
 * the next frame, much like this one, keeps both threads busy. */
static void
balance_bands (KwaMapRenderer *self,
               gint64          upper,
               gint64          lower)
{
  if (upper + lower <= 0 || self->band_split_fixed)
    return;

  self->band_split = CLAMP (self->band_split + 0.2 * (double) (lower - upper) / (upper + lower), 0.25, 0.75);
}

/* The frame in two horizontal bands at once: the upper one here, the
 * lower one by a second renderer (its own caches, fonts and scratch, the
 * same basemap cache, only read) on the worker's thread, through a
 * surface of its own over the same pixels. Hit testing reads this
 * renderer's frame, which placed everything as if whole. */
static gboolean
draw_in_bands (KwaMapRenderer          *self,
               cairo_t                 *cr,
               const KwaViewport       *viewport,
               KwaScene                *scene,
               const KwaRenderOptions  *options,
               GError                 **error)
{
  cairo_surface_t *target = cairo_get_target (cr);
  int split = (int) round (viewport->height * self->band_split);
  cairo_font_options_t *font_options = cairo_font_options_create ();
  cairo_surface_t *lower_surface;
  Band lower;
  gint64 start, waited;
  gboolean drawn;

  if (self->worker == NULL)
    {
      self->worker = kwa_render_worker_new ();
      /* No thread to be had: one band, the whole frame, from now on. */
      if (self->worker == NULL)
        {
          self->max_threads = 1;
          return draw_frame (self, cr, viewport, scene, options, error);
        }
      self->band_helper = kwa_map_renderer_new (self->cache);
      self->band_helper->max_threads = 1;
      kwa_hatching_set_parent (self->band_helper->hatching, self->hatching);
    }

  self->band_helper->words = self->words;
  self->band_helper->restore_compose = self->restore_compose;
  self->band_helper->land_kept = self->land_kept;
  self->band_helper->hatch_only = self->hatch_only;
  self->band_helper->marks_hatch = self->marks_hatch;
  if (self->marks_hatch)
    kwa_damage_ensure (&self->band_helper->hatch_ink, (int) viewport->width, (int) viewport->height);

  cairo_surface_flush (target);
  lower_surface = cairo_image_surface_create_for_data (cairo_image_surface_get_data (target),
                                                       cairo_image_surface_get_format (target),
                                                       cairo_image_surface_get_width (target),
                                                       cairo_image_surface_get_height (target),
                                                       cairo_image_surface_get_stride (target));
  lower = (Band) { self->band_helper, cairo_create (lower_surface), viewport, scene, options, 0 };
  cairo_get_font_options (cr, font_options);
  cairo_set_font_options (lower.cr, font_options);
  cairo_font_options_destroy (font_options);
  cairo_rectangle (lower.cr, 0, split, viewport->width, viewport->height - split);
  cairo_clip (lower.cr);
  if (kwa_ink_get (cr) != NULL)
    kwa_ink_attach (lower.cr, kwa_damage_ensure (&self->band_ink, (int) viewport->width, (int) viewport->height));
  kwa_render_worker_start (self->worker, draw_band, &lower);

  start = g_get_monotonic_time ();
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, viewport->width, split);
  cairo_clip (cr);
  drawn = draw_frame (self, cr, viewport, scene, options, error);
  cairo_restore (cr);
  start = g_get_monotonic_time () - start;

  waited = g_get_monotonic_time ();
  kwa_render_worker_wait (self->worker);
  waited = g_get_monotonic_time () - waited;
  if (kwa_ink_get (lower.cr) != NULL)
    kwa_damage_add_damage (kwa_ink_get (cr), kwa_ink_get (lower.cr));
  if (self->marks_hatch)
    kwa_damage_add_damage (self->hatch_ink, self->band_helper->hatch_ink);
  cairo_destroy (lower.cr);
  cairo_surface_flush (lower_surface);
  cairo_surface_destroy (lower_surface);
  cairo_surface_mark_dirty (target);

  balance_bands (self, start, lower.elapsed);
  if (!kwa_render_worker_slept (self->worker))
    judge_bands (self, start, waited);
  else
    self->one_band = FALSE;   /* no telling: two bands, until frames tell */

  return drawn;
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

  if (draws_in_bands (self, cr, viewport, scene, options))
    {
      if (choose_bands (self))
        return draw_in_bands (self, cr, viewport, scene, options, error);
    }

  return draw_frame (self, cr, viewport, scene, options, error);
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
  init_scope (self, &scope, cr, viewport, scene, options);
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

/* For tests (kwa-map-renderer-private.h): the bands meet at @split of the
 * height, from now on. */
void
kwa_map_renderer_set_band_split (KwaMapRenderer *self,
                                 double          split)
{
  g_return_if_fail (KWA_IS_MAP_RENDERER (self));
  g_return_if_fail (split > 0 && split < 1);

  self->band_split = split;
  self->band_split_fixed = TRUE;
}

/**
 * kwa_map_renderer_set_max_threads:
 * @max_threads: 1 draws every frame on the caller's thread; 2 (the
 *   default on a machine with two cores or more) draws image frames in
 *   two bands at once
 */
void
kwa_map_renderer_set_max_threads (KwaMapRenderer *self,
                                  guint           max_threads)
{
  g_return_if_fail (KWA_IS_MAP_RENDERER (self));
  g_return_if_fail (max_threads >= 1);

  self->max_threads = MIN (max_threads, 2);
  if (self->max_threads < 2)
    {
      g_clear_pointer (&self->worker, kwa_render_worker_free);
      g_clear_object (&self->band_helper);
    }
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
