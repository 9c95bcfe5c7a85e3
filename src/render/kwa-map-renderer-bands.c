/* kwa-map-renderer-bands.c: a frame drawn in two bands at once
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-map-renderer"

#include "config.h"

#include <math.h>

#include "kwa-hatching.h"
#include "kwa-ink.h"
#include "kwa-map-renderer-private.h"
#include "kwa-uncertainty-layer.h"

/* An image frame is drawn by two threads at once, each a horizontal band
 * of it: the caller's renderer the upper, a helper renderer the lower on
 * a worker thread (see kwa-render-worker.c). A frame drawn whole on one
 * thread takes twice as long; the bands give the same pixels. */

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
  kwa_map_renderer_draw_frame (band->renderer, band->cr, band->viewport, band->scene, band->options, NULL);
  band->elapsed = g_get_monotonic_time () - start;
}

/* A whole frame into an image at one unit per pixel, tall enough to
 * split, with the basemap ready to compose: then the two bands draw the
 * same pixels the frame drawn whole would (test /render/band-like-frame),
 * and share nothing they write. The composition is readied here, on the
 * caller's thread: it may render a tint into the shared cache. */
static gboolean
can_draw_in_bands (KwaMapRenderer         *self,
                   cairo_t                *cr,
                   const KwaViewport      *viewport,
                   KwaScene               *scene,
                   const KwaRenderOptions *options)
{
  KwaRenderScope scope;
  cairo_rectangle_int_t clip;

  kwa_map_renderer_init_scope (self, &scope, cr, viewport, scene, options);
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

/* The renderer of the lower band: made once, its caches its own, the
 * hatching its parent's (see kwa_hatching_set_parent()). */
void
kwa_map_renderer_ensure_band_helper (KwaMapRenderer *self)
{
  if (self->band_helper != NULL)
    return;

  self->band_helper = kwa_map_renderer_new (self->cache);
  self->band_helper->max_threads = 1;
  kwa_hatching_set_parent (self->band_helper->hatching, self->hatching);
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

/* Whether this frame is drawn in two bands: whether it can be, and
 * whether the second core has kept up of late (see choose_bands()). */
gboolean
kwa_map_renderer_draws_in_bands (KwaMapRenderer         *self,
                                 cairo_t                *cr,
                                 const KwaViewport      *viewport,
                                 KwaScene               *scene,
                                 const KwaRenderOptions *options)
{
  return can_draw_in_bands (self, cr, viewport, scene, options) && choose_bands (self);
}

/* The frame in two horizontal bands at once: the upper one here, the
 * lower one by a second renderer (its own caches, fonts and scratch, the
 * same basemap cache, only read) on the worker's thread, through a
 * surface of its own over the same pixels. Hit testing reads this
 * renderer's frame, which placed everything as if whole. */
gboolean
kwa_map_renderer_draw_in_bands (KwaMapRenderer          *self,
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
          kwa_map_renderer_set_max_threads (self, 1);
          return kwa_map_renderer_draw_frame (self, cr, viewport, scene, options, error);
        }
    }
  kwa_map_renderer_ensure_band_helper (self);

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
  drawn = kwa_map_renderer_draw_frame (self, cr, viewport, scene, options, error);
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

guint
kwa_map_renderer_get_max_threads (KwaMapRenderer *self)
{
  g_return_val_if_fail (KWA_IS_MAP_RENDERER (self), 1);

  return self->max_threads;
}
