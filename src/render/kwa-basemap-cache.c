/* kwa-basemap-cache.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-basemap-cache"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kwa-basemap-cache-private.h"

/* Rasterising the basemap SVG costs tens of milliseconds, far too much for
 * a frame. So it happens once per zoom level and size, into image surfaces
 * that frames only copy:
 *
 *  - the overview: the whole map at a quarter of the least zoom's
 *    resolution. It is the fallback under everything, so a pan or a zoom
 *    never shows a gap.
 *  - the detail: the visible part at the current zoom.
 *
 * Each holds every tint at once (see Raster). A detail raster is made on
 * a worker thread while frames keep drawing the old one, scaled.
 */

/* Zoom changes smaller than this do not justify a new raster. */
#define SCALE_TOLERANCE 0.02

/* The overview holds the whole data, some ten times the peninsula's area:
 * at a view's own resolution, in three tints, it alone took 100 MB at 4K.
 * It is only the stand-in while a zoom or pan waits for its detail, so it
 * is kept at a quarter of the resolution (a sixteenth of the memory), and
 * every settled view, the farthest included, gets a detail of its own. */
#define OVERVIEW_RESOLUTION 0.25

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (KwaBasemapCache, kwa_basemap_cache, G_TYPE_OBJECT)

static void
raster_free (Raster *raster)
{
  g_clear_pointer (&raster->black, cairo_surface_destroy);
  g_clear_pointer (&raster->land, kwa_land_mask_free);
  g_free (raster);
}

static void
raster_request_free (RasterRequest *request)
{
  g_clear_object (&request->basemap);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Raster, raster_free)

typedef struct
{
  const RasterRequest *request;
  KwaMapRect           region;
  KwaBasemapLandKey    key;
  cairo_surface_t     *surface;
  GError              *error;
} RenderJob;

static gpointer
run_render_job (gpointer data)
{
  RenderJob *job = data;

  job->surface = kwa_basemap_rasterize (job->request->basemap, &job->region, job->request->scale,
                                        job->request->theme, job->key, &job->error);
  return NULL;
}

/* The land's box in the raster's pixels, a pixel wider on each side for
 * the antialiasing; FALSE when the region shows no land. */
static gboolean
land_box (const RasterRequest *request,
          int                  raster_width,
          int                  raster_height,
          cairo_rectangle_int_t *box)
{
  KwaMapRect bounds;
  int x0, y0, x1, y1;

  kwa_basemap_get_land_bounds (request->basemap, &bounds);
  x0 = MAX (0, (int) floor ((bounds.x - request->region.x) * request->scale) - 1);
  y0 = MAX (0, (int) floor ((bounds.y - request->region.y) * request->scale) - 1);
  x1 = MIN (raster_width, (int) ceil ((bounds.x + bounds.width - request->region.x) * request->scale) + 1);
  y1 = MIN (raster_height, (int) ceil ((bounds.y + bounds.height - request->region.y) * request->scale) + 1);
  *box = (cairo_rectangle_int_t) { x0, y0, x1 - x0, y1 - y0 };

  return x1 > x0 && y1 > y0;
}

/* The region with the land black, and its land's box again with the land
 * white, side by side on two threads; the mask is their difference. */
static Raster *
render_raster (const RasterRequest  *request,
               GError              **error)
{
  g_autoptr(Raster) raster = g_new0 (Raster, 1);
  RenderJob black = { request, request->region, KWA_BASEMAP_LAND_BLACK, NULL, NULL };
  RenderJob white = { request, request->region, KWA_BASEMAP_LAND_WHITE, NULL, NULL };
  cairo_rectangle_int_t box;
  gboolean has_land;
  GThread *thread = NULL;

  raster->region = request->region;
  raster->scale = request->scale;
  raster->theme = request->theme;
  raster->style_serial = request->style_serial;

  /* As kwa_basemap_rasterize() sizes it. */
  has_land = land_box (request, MAX (1, (int) ceil (request->region.width * request->scale)),
                       MAX (1, (int) ceil (request->region.height * request->scale)), &box);
  if (has_land)
    {
      white.region = (KwaMapRect) { request->region.x + box.x / request->scale,
                                    request->region.y + box.y / request->scale,
                                    box.width / request->scale, box.height / request->scale };
      thread = g_thread_new ("kwa-basemap-land", run_render_job, &white);
    }
  run_render_job (&black);
  if (thread != NULL)
    g_thread_join (thread);

  raster->black = black.surface;
  if (black.surface == NULL || (has_land && white.surface == NULL))
    {
      g_propagate_error (error, black.error != NULL ? g_steal_pointer (&black.error)
                                                    : g_steal_pointer (&white.error));
      g_clear_error (&white.error);
      g_clear_pointer (&white.surface, cairo_surface_destroy);
      return NULL;
    }

  if (has_land)
    {
      raster->land = kwa_land_mask_new (black.surface, white.surface, box.x, box.y);
      cairo_surface_destroy (white.surface);
    }

  return g_steal_pointer (&raster);
}

static gboolean
raster_matches (const Raster      *raster,
                const RasterRequest *request)
{
  return raster != NULL &&
         raster->theme == request->theme &&
         raster->style_serial == request->style_serial &&
         fabs (raster->scale - request->scale) <= request->scale * SCALE_TOLERANCE &&
         raster->region.x <= request->region.x + 0.5 / request->scale &&
         raster->region.y <= request->region.y + 0.5 / request->scale &&
         raster->region.x + raster->region.width >= request->region.x + request->region.width - 0.5 / request->scale &&
         raster->region.y + raster->region.height >= request->region.y + request->region.height - 0.5 / request->scale;
}

/* The overlap of @a and @b in @out; FALSE when they do not overlap. */
gboolean
kwa_map_rect_intersect (const KwaMapRect *a,
                        const KwaMapRect *b,
                        KwaMapRect       *out)
{
  double x1 = MAX (a->x, b->x);
  double y1 = MAX (a->y, b->y);
  double x2 = MIN (a->x + a->width, b->x + b->width);
  double y2 = MIN (a->y + a->height, b->y + b->height);

  if (x2 <= x1 || y2 <= y1)
    return FALSE;

  out->x = x1;
  out->y = y1;
  out->width = x2 - x1;
  out->height = y2 - y1;

  return TRUE;
}

static RasterRequest *
overview_request (KwaBasemapCache   *self,
                  const KwaViewport *viewport,
                  KwaMapTheme        theme)
{
  RasterRequest *request = g_new0 (RasterRequest, 1);
  KwaMapExtent extent;

  /* All the data, at a quarter of the resolution of the farthest view. */
  request->basemap = g_object_ref (self->basemap);
  kwa_basemap_get_extent (self->basemap, &extent);
  request->region = extent.data;
  request->scale = kwa_viewport_cover_scale (&extent, viewport->width, viewport->height) * OVERVIEW_RESOLUTION;
  request->theme = theme;
  request->style_serial = kwa_basemap_get_style_serial (self->basemap);
  request->is_overview = TRUE;

  return request;
}

/* Returns NULL when the overview is sharp enough for @viewport. */
static RasterRequest *
detail_request (KwaBasemapCache   *self,
                const KwaViewport *viewport,
                KwaMapTheme        theme)
{
  RasterRequest *request;
  KwaMapExtent extent;
  KwaMapRect visible, region;

  kwa_basemap_get_extent (self->basemap, &extent);
  if (viewport->scale <= kwa_viewport_cover_scale (&extent, viewport->width, viewport->height) * OVERVIEW_RESOLUTION *
                         (1 + SCALE_TOLERANCE))
    return NULL;

  kwa_viewport_get_visible (viewport, &visible);
  if (!kwa_map_rect_intersect (&visible, &extent.data, &region))
    return NULL;

  request = g_new0 (RasterRequest, 1);
  request->basemap = g_object_ref (self->basemap);
  request->region = region;
  request->scale = viewport->scale;
  request->theme = theme;
  request->style_serial = kwa_basemap_get_style_serial (self->basemap);

  return request;
}

static void
install_raster (KwaBasemapCache     *self,
                const RasterRequest *request,
                Raster              *raster)
{
  self->n_renders++;

  if (request->is_overview)
    {
      g_clear_pointer (&self->overview, raster_free);
      self->overview = raster;
    }
  else
    {
      g_clear_pointer (&self->detail, raster_free);
      self->detail = raster;
    }
}

static gboolean
requests_equal (const RasterRequest *a,
                const RasterRequest *b)
{
  return a->is_overview == b->is_overview && a->theme == b->theme &&
         a->style_serial == b->style_serial && a->scale == b->scale &&
         memcmp (&a->region, &b->region, sizeof a->region) == 0;
}

static void start_next_job (KwaBasemapCache *self);

static void
render_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  const RasterRequest *request = task_data;
  GError *error = NULL;
  Raster *raster;

  if (g_task_return_error_if_cancelled (task))
    return;

  raster = render_raster (request, &error);
  if (raster == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, raster, (GDestroyNotify) raster_free);
}

static void
render_done_cb (GObject      *source_object,
                GAsyncResult *result,
                gpointer      user_data)
{
  KwaBasemapCache *self = KWA_BASEMAP_CACHE (source_object);
  g_autoptr(GError) error = NULL;
  Raster *raster;

  raster = g_task_propagate_pointer (G_TASK (result), &error);
  g_clear_pointer (&self->running, raster_request_free);

  if (raster != NULL)
    {
      RasterRequest *request = g_task_get_task_data (G_TASK (result));

      install_raster (self, request, raster);
      g_signal_emit (self, signals[CHANGED], 0);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_warning ("Could not draw the basemap: %s", error->message);
    }

  start_next_job (self);
}

static void
start_next_job (KwaBasemapCache *self)
{
  g_autoptr(GTask) task = NULL;
  RasterRequest *copy;

  if (self->running != NULL || self->pending == NULL)
    return;

  self->running = g_steal_pointer (&self->pending);

  /* The task owns a copy: the cache may be disposed before the worker is done. */
  copy = g_memdup2 (self->running, sizeof *copy);
  g_object_ref (copy->basemap);

  task = g_task_new (self, self->cancellable, render_done_cb, NULL);
  g_task_set_source_tag (task, start_next_job);
  g_task_set_task_data (task, copy, (GDestroyNotify) raster_request_free);
  g_task_run_in_thread (task, render_in_thread);
}

static void
queue_request (KwaBasemapCache *self,
               RasterRequest   *request)
{
  if (self->running != NULL && requests_equal (self->running, request))
    {
      raster_request_free (request);
      return;
    }

  g_clear_pointer (&self->pending, raster_request_free);
  self->pending = request;
  start_next_job (self);
}

static void
kwa_basemap_cache_dispose (GObject *object)
{
  KwaBasemapCache *self = KWA_BASEMAP_CACHE (object);

  g_cancellable_cancel (self->cancellable);

  G_OBJECT_CLASS (kwa_basemap_cache_parent_class)->dispose (object);
}

static void
kwa_basemap_cache_finalize (GObject *object)
{
  KwaBasemapCache *self = KWA_BASEMAP_CACHE (object);

  g_clear_pointer (&self->overview, raster_free);
  g_clear_pointer (&self->detail, raster_free);
  g_clear_pointer (&self->running, raster_request_free);
  g_clear_pointer (&self->pending, raster_request_free);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->basemap);

  G_OBJECT_CLASS (kwa_basemap_cache_parent_class)->finalize (object);
}

static void
kwa_basemap_cache_class_init (KwaBasemapCacheClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kwa_basemap_cache_dispose;
  object_class->finalize = kwa_basemap_cache_finalize;

  /**
   * KwaBasemapCache::changed:
   *
   * A sharper raster arrived from the worker: views should redraw.
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
kwa_basemap_cache_init (KwaBasemapCache *self)
{
  self->cancellable = g_cancellable_new ();
}

KwaBasemapCache *
kwa_basemap_cache_new (KwaBasemap *basemap)
{
  KwaBasemapCache *self;

  g_return_val_if_fail (KWA_IS_BASEMAP (basemap), NULL);

  self = g_object_new (KWA_TYPE_BASEMAP_CACHE, NULL);
  self->basemap = g_object_ref (basemap);

  return self;
}

KwaBasemap *
kwa_basemap_cache_get_basemap (KwaBasemapCache *self)
{
  g_return_val_if_fail (KWA_IS_BASEMAP_CACHE (self), NULL);

  return self->basemap;
}

/* Renders synchronously what @request needs, unless a raster already does. */
static void
satisfy_now (KwaBasemapCache *self,
             RasterRequest   *request)
{
  g_autoptr(GError) error = NULL;
  Raster *current = request->is_overview ? self->overview : self->detail;
  Raster *raster;

  if (raster_matches (current, request))
    {
      raster_request_free (request);
      return;
    }

  raster = render_raster (request, &error);
  if (raster == NULL)
    g_warning ("Could not draw the basemap: %s", error->message);
  else
    install_raster (self, request, raster);

  raster_request_free (request);
}

/**
 * kwa_basemap_cache_prepare_sync:
 *
 * Makes sure the rasters for @viewport exist before returning: for exports,
 * benchmarks, tests and the very first frame, where there is nothing older
 * to show meanwhile.
 */
void
kwa_basemap_cache_prepare_sync (KwaBasemapCache   *self,
                                const KwaViewport *viewport,
                                KwaMapTheme        theme)
{
  RasterRequest *detail;

  g_return_if_fail (KWA_IS_BASEMAP_CACHE (self));
  g_return_if_fail (viewport != NULL);

  /* A view zoomed in past the overview needs only its detail to draw: the
   * overview, the whole data, is as large as a frame, and would double
   * the wait for a first frame or an export. kwa_basemap_cache_prepare()
   * makes it later, on the worker. */
  detail = detail_request (self, viewport, theme);
  if (detail != NULL)
    {
      satisfy_now (self, detail);
    }
  else
    {
      satisfy_now (self, overview_request (self, viewport, theme));
      g_clear_pointer (&self->detail, raster_free);
    }
}

/**
 * kwa_basemap_cache_prepare:
 *
 * Asks for the rasters @viewport needs. Missing ones are made on a worker
 * thread; #KwaBasemapCache::changed says when they arrive. Call it when a
 * zoom or pan settles, not on every frame of a gesture.
 */
void
kwa_basemap_cache_prepare (KwaBasemapCache   *self,
                           const KwaViewport *viewport,
                           KwaMapTheme        theme)
{
  RasterRequest *overview, *detail;

  g_return_if_fail (KWA_IS_BASEMAP_CACHE (self));
  g_return_if_fail (viewport != NULL);

  overview = overview_request (self, viewport, theme);
  if (self->overview == NULL && self->detail == NULL)
    {
      /* Nothing to show yet: better a short wait than a blank sea. */
      satisfy_now (self, overview);
      overview = NULL;
    }
  else if (raster_matches (self->overview, overview))
    {
      g_clear_pointer (&overview, raster_request_free);
    }

  detail = detail_request (self, viewport, theme);
  if (detail != NULL && raster_matches (self->detail, detail))
    g_clear_pointer (&detail, raster_request_free);

  /* The detail matters more to the eye; the overview follows it. */
  if (detail != NULL)
    queue_request (self, detail);
  if (overview != NULL)
    {
      if (detail == NULL)
        queue_request (self, overview);
      else
        raster_request_free (overview);   /* asked again when this detail lands */
    }
}

gboolean
kwa_basemap_cache_is_ready (KwaBasemapCache   *self,
                            const KwaViewport *viewport,
                            KwaMapTheme        theme)
{
  g_autoptr(GPtrArray) requests = g_ptr_array_new_with_free_func ((GDestroyNotify) raster_request_free);
  RasterRequest *detail;
  gboolean ready;

  g_return_val_if_fail (KWA_IS_BASEMAP_CACHE (self), FALSE);

  g_ptr_array_add (requests, overview_request (self, viewport, theme));
  ready = raster_matches (self->overview, g_ptr_array_index (requests, 0));

  detail = detail_request (self, viewport, theme);
  if (detail != NULL)
    {
      g_ptr_array_add (requests, detail);
      ready = ready && raster_matches (self->detail, detail);
    }

  return ready;
}

/* Places @raster's pixel (0, 0) on the view: at whole pixels when it is
 * at the view's scale, scaled mid-gesture; returns the filter to use. */
static cairo_filter_t
place_raster (const Raster      *raster,
              cairo_t           *cr,
              const KwaViewport *viewport)
{
  double x, y, factor;

  kwa_viewport_map_to_pixel (viewport, raster->region.x, raster->region.y, &x, &y);
  factor = viewport->scale / raster->scale;

  if (fabs (factor - 1.0) < 1e-6)
    {
      /* The common case, a frame at a settled zoom: a straight copy. */
      cairo_translate (cr, round (x), round (y));
      return CAIRO_FILTER_NEAREST;
    }

  /* Mid-gesture: the old raster, scaled, until a sharp one arrives. */
  cairo_translate (cr, x, y);
  cairo_scale (cr, factor, factor);
  return CAIRO_FILTER_BILINEAR;
}

/* The raster with the land black, then the land's colour added where it
 * shows, as much as it shows: black + coverage × colour (see #KwaLandMask). */
static void
paint_raster (KwaBasemapCache   *self,
              const Raster      *raster,
              cairo_t           *cr,
              const KwaViewport *viewport,
              KwaBasemapTint     tint)
{
  cairo_filter_t filter;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, viewport->width, viewport->height);
  cairo_clip (cr);
  filter = place_raster (raster, cr, viewport);
  cairo_set_source_surface (cr, raster->black, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), filter);
  cairo_paint (cr);

  if (raster->land != NULL)
    {
      KwaColor land = kwa_basemap_get_land_color (self->basemap, raster->theme, tint);
      cairo_pattern_t *mask;
      cairo_matrix_t matrix;
      int x, y;

      mask = cairo_pattern_create_for_surface (kwa_land_mask_get_surface (raster->land, &x, &y));
      cairo_matrix_init_translate (&matrix, -x, -y);
      cairo_pattern_set_matrix (mask, &matrix);
      cairo_pattern_set_filter (mask, filter);
      cairo_set_operator (cr, CAIRO_OPERATOR_ADD);
      cairo_set_source_rgb (cr, land.r, land.g, land.b);
      cairo_mask (cr, mask);
      cairo_pattern_destroy (mask);
    }
  cairo_restore (cr);
}

/* Whether the clip is made of whole rectangles: then a pixel is either
 * painted fully or not at all, and what is under an opaque raster never
 * shows. Under a clip with antialiased edges (the land a side holds) it
 * does, a little, along the edge. */
static gboolean
clip_is_rectangular (cairo_t *cr)
{
  cairo_rectangle_list_t *rectangles = cairo_copy_clip_rectangle_list (cr);
  gboolean rectangular = rectangles->status == CAIRO_STATUS_SUCCESS;

  cairo_rectangle_list_destroy (rectangles);

  return rectangular;
}

/* Paints the source where @raster will not: the raster is opaque, so
 * painting under it too would only cost a full-frame fill. Where it is
 * scaled its edges blend with what is under them, so everything is
 * painted then. */
static void
paint_around_raster (const Raster      *raster,
                     cairo_t           *cr,
                     const KwaViewport *viewport)
{
  double x, y;

  if (raster == NULL ||
      fabs (viewport->scale / raster->scale - 1.0) >= 1e-6 ||
      !clip_is_rectangular (cr))
    {
      cairo_paint (cr);
      return;
    }

  /* Where paint_raster() copies it: at whole pixels, at its own size. */
  kwa_viewport_map_to_pixel (viewport, raster->region.x, raster->region.y, &x, &y);
  cairo_new_path (cr);
  cairo_rectangle (cr, -1, -1, viewport->width + 2, viewport->height + 2);
  cairo_rectangle (cr, round (x), round (y),
                   cairo_image_surface_get_width (raster->black),
                   cairo_image_surface_get_height (raster->black));
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_fill (cr);
}

static gboolean
raster_covers_view (const Raster      *raster,
                    const KwaViewport *viewport)
{
  KwaMapRect visible;

  if (raster == NULL)
    return FALSE;

  kwa_viewport_get_visible (viewport, &visible);

  return raster->region.x <= visible.x && raster->region.y <= visible.y &&
         raster->region.x + raster->region.width >= visible.x + visible.width &&
         raster->region.y + raster->region.height >= visible.y + visible.height;
}

/**
 * kwa_basemap_cache_draw:
 *
 * Draws whatever rasters exist for @viewport; never renders the SVG.
 * Where no raster covers the view, the sea colour shows.
 */
void
kwa_basemap_cache_draw (KwaBasemapCache   *self,
                        cairo_t           *cr,
                        const KwaViewport *viewport,
                        KwaBasemapTint     tint)
{
  gboolean detail_usable;

  g_return_if_fail (KWA_IS_BASEMAP_CACHE (self));
  g_return_if_fail (cr != NULL && viewport != NULL);

  detail_usable = self->detail != NULL &&
                  (self->overview == NULL || self->detail->theme == self->overview->theme);

  if (!(detail_usable && raster_covers_view (self->detail, viewport)))
    {
      if (!raster_covers_view (self->overview, viewport))
        {
          KwaColor sea = kwa_basemap_get_sea_color (self->basemap,
                                                    self->overview ? self->overview->theme
                                                                   : KWA_MAP_THEME_LIGHT);

          cairo_save (cr);
          cairo_set_source_rgb (cr, sea.r, sea.g, sea.b);
          paint_around_raster (self->overview, cr, viewport);
          cairo_restore (cr);
        }
      if (self->overview != NULL)
        paint_raster (self, self->overview, cr, viewport, tint);
    }

  if (detail_usable)
    paint_raster (self, self->detail, cr, viewport, tint);
}

gsize
kwa_basemap_cache_get_byte_size (KwaBasemapCache *self)
{
  gsize total = 0;
  Raster *rasters[] = { self->overview, self->detail };

  g_return_val_if_fail (KWA_IS_BASEMAP_CACHE (self), 0);

  for (guint i = 0; i < G_N_ELEMENTS (rasters); i++)
    if (rasters[i] != NULL)
      {
        total += (gsize) cairo_image_surface_get_stride (rasters[i]->black) *
                 cairo_image_surface_get_height (rasters[i]->black);
        if (rasters[i]->land != NULL)
          total += kwa_land_mask_get_byte_size (rasters[i]->land);
      }

  return total;
}

guint
kwa_basemap_cache_get_n_renders (KwaBasemapCache *self)
{
  g_return_val_if_fail (KWA_IS_BASEMAP_CACHE (self), 0);

  return self->n_renders;
}
