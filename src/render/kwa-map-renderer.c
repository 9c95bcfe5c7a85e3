/* kwa-map-renderer.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-map-renderer"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "kwa-front-line.h"
#include "kwa-polyline-stroke.h"
#include "kwa-render-worker.h"
#include "kwa-shape-fill.h"
#include "kwa-sprite-cache.h"
#include "kwa-i18n.h"
#include "kwa-map-renderer-private.h"

/* The one renderer: the map view, the exporter (PNG, PDF, SVG), the
 * reference-image tests and the benchmark all draw through
 * kwa_map_renderer_draw(). Per frame it copies cached basemap rasters and
 * strokes overlays already in map units; it never parses or rasterises the
 * basemap SVG unless asked to draw vectors for an export. */

/* Markers of every size, category and emphasis, dots of every kind and the
 * legend, in one theme and language, with room to spare. */
#define MAX_SPRITES 64

#define FONT_FAMILY "Noto Sans, Noto Sans CJK KR, Cantarell, sans-serif"

typedef struct
{
  double       x, y, radius;
  KwaMapHit    hit;
} HitCircle;

/* Labels are hit like boxes; markers' boxes only keep labels clear. */
typedef KwaMapLabel HitBox;

typedef struct
{
  KwaColor ink;          /* text, front line */
  KwaColor halo;         /* behind text and lines */
  KwaColor parallel;
  KwaColor mdl;
  KwaColor dmz;
  KwaColor hatch;
} Palette;

struct _KwaMapRenderer
{
  GObject          parent_instance;

  /* Owned */
  KwaBasemapCache *cache;
  PangoFontMap    *font_map;
  PangoContext    *pango;
  GHashTable      *layouts;   /* "weight size text" → PangoLayout, kept across frames */

  cairo_surface_t *land_mask;
  KwaLand         *land_mask_source;   /* not a reference: only compared */
  cairo_surface_t *land_mask_scaled;   /* land_mask resampled to device pixels … */
  double           land_mask_scaled_for[3];   /* … at this scale and sub-pixel offset */

  /* Shapes filled straight into image targets; see direct_fill_begin() */
  KwaShapeFill    *shapes;
  KwaPolylineStroke *lines;          /* lines stroked straight into image targets */
  cairo_surface_t *hatch_tile;         /* A8: one period of the hatching … */
  double           hatch_tile_line_width;   /* … with lines this wide */

  /* Markers, dots and the legend, drawn once and then painted */
  KwaSpriteCache  *sprites;
  double           cached_scale;       /* the ui_scale() layouts and sprites were made at */

  /* The frame's own words, translated on the caller's thread before any
   * band is drawn (gettext switches the environment: see kwa_gettext_in()) */
  struct
  {
    const char *front_line;
    const char *front_line_earlier;
  } words;

  /* Image frames drawn in two bands at once: see draw_in_bands() */
  guint            max_threads;
  KwaMapRenderer  *band_helper;        /* draws the lower band … */
  KwaMapRenderer  *band_parent;        /* (the helper's: whose land masks it reads) */
  KwaRenderWorker *worker;             /* … on this thread */
  double           band_split;         /* where the bands meet, a fraction of the height */
  gboolean         band_split_fixed;   /* by a test: not balanced */

  /* What the last frame drew where, for hit testing */
  GArray          *hit_circles;   /* HitCircle */
  GArray          *hit_boxes;     /* HitBox: labels */
  GArray          *hit_paths;     /* HitCircle samples along arrows */
  GArray          *marker_boxes;  /* HitBox around event markers, for label placement */
};

G_DEFINE_FINAL_TYPE (KwaMapRenderer, kwa_map_renderer, G_TYPE_OBJECT)

static const Palette palettes[KWA_N_MAP_THEMES] = {
  [KWA_MAP_THEME_LIGHT] = {
    .ink = { 0.14, 0.13, 0.12 }, .halo = { 1, 1, 1 },
    .parallel = { 0.36, 0.25, 0.45 }, .mdl = { 0.10, 0.10, 0.10 },
    .dmz = { 0.30, 0.52, 0.30 }, .hatch = { 0.20, 0.18, 0.16 },
  },
  [KWA_MAP_THEME_DARK] = {
    .ink = { 0.95, 0.92, 0.86 }, .halo = { 0.06, 0.07, 0.08 },
    .parallel = { 0.80, 0.72, 0.90 }, .mdl = { 0.95, 0.95, 0.95 },
    .dmz = { 0.45, 0.72, 0.45 }, .hatch = { 0.90, 0.88, 0.84 },
  },
  [KWA_MAP_THEME_HIGH_CONTRAST] = {
    .ink = { 0, 0, 0 }, .halo = { 1, 1, 1 },
    .parallel = { 0.30, 0.0, 0.45 }, .mdl = { 0, 0, 0 },
    .dmz = { 0.0, 0.40, 0.0 }, .hatch = { 0, 0, 0 },
  },
};

static void
kwa_map_renderer_finalize (GObject *object)
{
  KwaMapRenderer *self = KWA_MAP_RENDERER (object);

  g_clear_object (&self->cache);
  g_clear_pointer (&self->land_mask, cairo_surface_destroy);
  g_clear_pointer (&self->land_mask_scaled, cairo_surface_destroy);
  g_clear_pointer (&self->shapes, kwa_shape_fill_free);
  g_clear_pointer (&self->lines, kwa_polyline_stroke_free);
  g_clear_pointer (&self->sprites, kwa_sprite_cache_free);
  /* The worker first: it may be drawing with the helper. */
  g_clear_pointer (&self->worker, kwa_render_worker_free);
  g_clear_object (&self->band_helper);
  g_clear_pointer (&self->hatch_tile, cairo_surface_destroy);
  g_clear_pointer (&self->layouts, g_hash_table_unref);
  g_clear_object (&self->pango);
  g_clear_object (&self->font_map);
  g_clear_pointer (&self->hit_circles, g_array_unref);
  g_clear_pointer (&self->hit_boxes, g_array_unref);
  g_clear_pointer (&self->hit_paths, g_array_unref);
  g_clear_pointer (&self->marker_boxes, g_array_unref);

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
  cairo_font_options_t *font_options = cairo_font_options_create ();

  /* A font map of our own: layouts must not depend on a display, since
   * exports and tests run without one. */
  self->font_map = pango_cairo_font_map_new ();
  self->pango = pango_font_map_create_context (self->font_map);
  cairo_font_options_set_antialias (font_options, CAIRO_ANTIALIAS_GRAY);
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (self->pango, font_options);
  cairo_font_options_destroy (font_options);
  self->layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  self->hit_circles = g_array_new (FALSE, FALSE, sizeof (HitCircle));
  self->sprites = kwa_sprite_cache_new (MAX_SPRITES);
  self->max_threads = MIN (g_get_num_processors (), 2);
  self->band_split = 0.5;
  self->hit_boxes = g_array_new (FALSE, FALSE, sizeof (HitBox));
  self->hit_paths = g_array_new (FALSE, FALSE, sizeof (HitCircle));
  self->marker_boxes = g_array_new (FALSE, FALSE, sizeof (HitBox));
}

void
kwa_render_options_init_default (KwaRenderOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->language = KWA_LANGUAGE_EN;
  options->theme = KWA_MAP_THEME_LIGHT;
  options->layers = KWA_MAP_LAYERS_ALL;
  options->text_scale = 1.0;
  options->line_scale = 1.0;
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

/* ---- helpers ---------------------------------------------------------- */

static void
set_color (cairo_t        *cr,
           const KwaColor *color,
           double          alpha)
{
  cairo_set_source_rgba (cr, color->r, color->g, color->b, alpha);
}

static void
to_pixel (const KwaViewport *viewport,
          const KwaMapPoint *point,
          double            *x,
          double            *y)
{
  kwa_viewport_map_to_pixel (viewport, point->x, point->y, x, y);
}

static void
trace_polyline (cairo_t           *cr,
                const KwaViewport *viewport,
                const KwaMapPoint *points,
                guint              n_points)
{
  for (guint i = 0; i < n_points; i++)
    {
      double x, y;

      to_pixel (viewport, &points[i], &x, &y);
      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
}

/* The points in the view's pixels, in a new array. */
static KwaMapPoint *
to_pixels (const KwaViewport *viewport,
           const KwaMapPoint *points,
           guint              n_points)
{
  KwaMapPoint *pixels = g_new (KwaMapPoint, MAX (n_points, 1));

  for (guint i = 0; i < n_points; i++)
    to_pixel (viewport, &points[i], &pixels[i].x, &pixels[i].y);

  return pixels;
}

/* How far, in device pixels, a point of a stroked line may move when the
 * line is simplified for a raster: too little to see. */
#define STROKE_TOLERANCE 0.2

/* A line about to be stroked: in pixels, and for a raster without the
 * points that would not change a pixel (see kwa_polyline_simplify()).
 * Vector output keeps every point: it may be looked at closer. */
static void
trace_stroke_line (cairo_t                *cr,
                   const KwaViewport      *viewport,
                   const KwaRenderOptions *options,
                   const KwaMapPoint      *points,
                   guint                   n_points)
{
  g_autofree KwaMapPoint *pixels = to_pixels (viewport, points, n_points);
  double device_scale = options->device_scale > 0 ? options->device_scale : 1.0;
  guint n_kept = n_points;

  if (!options->vector)
    n_kept = kwa_polyline_simplify (pixels, n_points, STROKE_TOLERANCE / device_scale, pixels);

  for (guint i = 0; i < n_kept; i++)
    {
      if (i == 0)
        cairo_move_to (cr, pixels[i].x, pixels[i].y);
      else
        cairo_line_to (cr, pixels[i].x, pixels[i].y);
    }
}

static void
trace_polygon (cairo_t           *cr,
               const KwaViewport *viewport,
               const KwaMapPoint *points,
               guint              n_points)
{
  trace_polyline (cr, viewport, points, n_points);
  cairo_close_path (cr);
}

/* Scales sizes with the view a little, so a 4K kiosk and a laptop both
 * read well: 1 at 1080 px tall, growing slowly above. */
static double
ui_scale (const KwaViewport      *viewport,
          const KwaRenderOptions *options)
{
  double by_size = CLAMP (MIN (viewport->width / 1920.0, viewport->height / 1080.0), 0.6, 2.0);

  return sqrt (by_size) * options->text_scale;
}

/* Enough for every label of a frame; the date makes a new one each day, so
 * the cache is emptied when it reaches this. */
#define MAX_CACHED_LAYOUTS 512

/* Returns a layout the caller must unref and must not change: layouts are
 * shared between frames, since shaping the same labels again every frame
 * is a good part of a frame's time. */
static PangoLayout *
make_layout (KwaMapRenderer *self,
             const char     *text,
             double          size_px,
             PangoWeight     weight)
{
  g_autofree char *key = g_strdup_printf ("%d %a %s", (int) weight, size_px, text);
  PangoLayout *layout = g_hash_table_lookup (self->layouts, key);
  PangoFontDescription *font;

  if (layout != NULL)
    return g_object_ref (layout);

  layout = pango_layout_new (self->pango);
  font = pango_font_description_from_string (FONT_FAMILY);
  pango_font_description_set_absolute_size (font, size_px * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (font);

  if (g_hash_table_size (self->layouts) >= MAX_CACHED_LAYOUTS)
    g_hash_table_remove_all (self->layouts);
  g_hash_table_insert (self->layouts, g_steal_pointer (&key), g_object_ref (layout));

  return layout;
}

/* Stroking the outlines of a label's glyphs for its halo costs far more
 * than the rest of a frame, yet a label comes back at the same place every
 * frame. So the stroke's coverage is kept with the (cached) layout, for
 * each sub-pixel offset it was drawn at, and later frames only composite
 * it: the same pixels, without the stroking. */
#define N_HALO_MASKS 4

typedef struct
{
  cairo_surface_t *coverage;      /* A8, device pixels */
  double           phase_x;       /* the text origin's offset within its device pixel */
  double           phase_y;
  double           halo_width;
  double           device_scale;
  gulong           font_options;  /* hash of the target's font options: they shape the glyphs */
  int              x, y;          /* the mask's origin from the origin's device pixel */
} HaloMask;

typedef struct
{
  HaloMask masks[N_HALO_MASKS];
  guint    next;                  /* the one to replace on a miss */
} HaloMasks;

static void
halo_masks_free (HaloMasks *halos)
{
  for (guint i = 0; i < N_HALO_MASKS; i++)
    g_clear_pointer (&halos->masks[i].coverage, cairo_surface_destroy);
  g_free (halos);
}

/* The halo of @layout drawn at (@x, @y) as a coverage mask, to be painted
 * at (@out_x, @out_y) in device pixels scaled by 1 / device_scale; or NULL
 * where a mask would not give the same pixels as stroking: vector output,
 * or a transformation other than a translation. */
static cairo_surface_t *
ensure_halo_mask (cairo_t                *cr,
                  const KwaRenderOptions *options,
                  PangoLayout            *layout,
                  double                  x,
                  double                  y,
                  double                  halo_width,
                  double                 *out_x,
                  double                 *out_y)
{
  cairo_surface_type_t type = cairo_surface_get_type (cairo_get_target (cr));
  double scale = options->device_scale > 0 ? options->device_scale : 1.0;
  cairo_font_options_t *target_options;
  gulong font_options;
  HaloMasks *halos;
  HaloMask *mask = NULL;
  cairo_matrix_t ctm;
  PangoRectangle ink;
  double device_x, device_y, origin_x, origin_y, phase_x, phase_y, pad;
  int left, top, right, bottom;
  cairo_t *mask_cr;

  if (options->vector || (type != CAIRO_SURFACE_TYPE_IMAGE && type != CAIRO_SURFACE_TYPE_RECORDING))
    return NULL;
  cairo_get_matrix (cr, &ctm);
  if (ctm.xx != 1.0 || ctm.yy != 1.0 || ctm.xy != 0.0 || ctm.yx != 0.0)
    return NULL;

  /* Not the context's serial: pango_cairo_update_layout() bumps that on
   * every call, whether anything changed or not. */
  target_options = cairo_font_options_create ();
  cairo_surface_get_font_options (cairo_get_target (cr), target_options);
  font_options = cairo_font_options_hash (target_options);
  cairo_font_options_destroy (target_options);

  device_x = (x + ctm.x0) * scale;
  device_y = (y + ctm.y0) * scale;
  origin_x = floor (device_x);
  origin_y = floor (device_y);
  phase_x = device_x - origin_x;
  phase_y = device_y - origin_y;

  halos = g_object_get_data (G_OBJECT (layout), "kwa-halo-masks");
  if (halos == NULL)
    {
      halos = g_new0 (HaloMasks, 1);
      g_object_set_data_full (G_OBJECT (layout), "kwa-halo-masks", halos,
                              (GDestroyNotify) halo_masks_free);
    }

  for (guint i = 0; i < N_HALO_MASKS && mask == NULL; i++)
    if (halos->masks[i].coverage != NULL &&
        halos->masks[i].phase_x == phase_x && halos->masks[i].phase_y == phase_y &&
        halos->masks[i].halo_width == halo_width && halos->masks[i].device_scale == scale &&
        halos->masks[i].font_options == font_options)
      mask = &halos->masks[i];

  if (mask == NULL)
    {
      pango_layout_get_extents (layout, &ink, NULL);
      pad = halo_width / 2 + 2;
      left = (int) floor (phase_x + ((double) ink.x / PANGO_SCALE - pad) * scale);
      top = (int) floor (phase_y + ((double) ink.y / PANGO_SCALE - pad) * scale);
      right = (int) ceil (phase_x + ((double) (ink.x + ink.width) / PANGO_SCALE + pad) * scale);
      bottom = (int) ceil (phase_y + ((double) (ink.y + ink.height) / PANGO_SCALE + pad) * scale);
      if (right - left > 4096 || bottom - top > 4096)
        return NULL;

      mask = &halos->masks[halos->next];
      halos->next = (halos->next + 1) % N_HALO_MASKS;
      g_clear_pointer (&mask->coverage, cairo_surface_destroy);
      mask->coverage = cairo_image_surface_create (CAIRO_FORMAT_A8, right - left, bottom - top);
      mask->phase_x = phase_x;
      mask->phase_y = phase_y;
      mask->halo_width = halo_width;
      mask->device_scale = scale;
      mask->font_options = font_options;
      mask->x = left;
      mask->y = top;

      /* The same stroke as drawn directly, at the same sub-pixel offset. */
      mask_cr = cairo_create (mask->coverage);
      cairo_translate (mask_cr, phase_x - left, phase_y - top);
      cairo_move_to (mask_cr, 0, 0);
      pango_cairo_layout_path (mask_cr, layout);
      if (scale != 1.0)
        {
          /* Glyph outlines are hinted for the scale they are made at: take
           * them at the layout's own, as a recording replayed at @scale
           * does, and magnify them. */
          cairo_path_t *outline = cairo_copy_path (mask_cr);

          cairo_new_path (mask_cr);
          cairo_scale (mask_cr, scale, scale);
          cairo_append_path (mask_cr, outline);
          cairo_path_destroy (outline);
        }
      cairo_set_line_width (mask_cr, halo_width);
      cairo_set_line_join (mask_cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke (mask_cr);
      cairo_destroy (mask_cr);
      cairo_surface_flush (mask->coverage);
    }

  *out_x = origin_x + mask->x;
  *out_y = origin_y + mask->y;

  return mask->coverage;
}

/* What the context was last updated for. */
typedef struct
{
  cairo_font_options_t *surface_options;
  cairo_font_options_t *options;
  cairo_matrix_t        ctm;
} ContextTarget;

static void
context_target_free (ContextTarget *target)
{
  cairo_font_options_destroy (target->surface_options);
  cairo_font_options_destroy (target->options);
  g_free (target);
}

/* pango_cairo_update_layout() marks the context changed on every call,
 * even when nothing did, and then every layout shapes its text again on
 * its next use: most of what labels cost once their halos are cached. So
 * the context is updated only when what it reads from @cr differs. */
static void
update_layout (cairo_t     *cr,
               PangoLayout *layout)
{
  PangoContext *context = pango_layout_get_context (layout);
  ContextTarget *last = g_object_get_data (G_OBJECT (context), "kwa-context-target");
  cairo_font_options_t *surface_options = cairo_font_options_create ();
  cairo_font_options_t *options = cairo_font_options_create ();
  cairo_matrix_t ctm;

  cairo_surface_get_font_options (cairo_get_target (cr), surface_options);
  cairo_get_font_options (cr, options);
  cairo_get_matrix (cr, &ctm);

  /* Pango ignores the translation, so a label's position does not count. */
  if (last != NULL &&
      cairo_font_options_equal (last->surface_options, surface_options) &&
      cairo_font_options_equal (last->options, options) &&
      last->ctm.xx == ctm.xx && last->ctm.yx == ctm.yx &&
      last->ctm.xy == ctm.xy && last->ctm.yy == ctm.yy)
    {
      cairo_font_options_destroy (surface_options);
      cairo_font_options_destroy (options);
      return;
    }

  pango_cairo_update_layout (cr, layout);

  last = g_new0 (ContextTarget, 1);
  last->surface_options = surface_options;
  last->options = options;
  last->ctm = ctm;
  g_object_set_data_full (G_OBJECT (context), "kwa-context-target", last,
                          (GDestroyNotify) context_target_free);
}

/* Moves (@x, @y) onto the nearest device pixel. Cairo puts raster glyphs
 * on whole pixels anyway, so the text does not move; but its halo mask
 * (see ensure_halo_mask()) is then always made at the same phase, and a
 * label that moves every frame, a unit's name at its arrow's head, reuses
 * its mask instead of stroking its glyphs' outlines each time. */
static void
snap_to_device_pixel (cairo_t                *cr,
                      const KwaRenderOptions *options,
                      double                 *x,
                      double                 *y)
{
  double scale = options->device_scale > 0 ? options->device_scale : 1.0;
  double device_x = *x, device_y = *y;

  cairo_user_to_device (cr, &device_x, &device_y);
  device_x = round (device_x * scale) / scale;
  device_y = round (device_y * scale) / scale;
  cairo_device_to_user (cr, &device_x, &device_y);
  *x = device_x;
  *y = device_y;
}

/* A label, halo and glyphs, as one image: where the same label is drawn
 * frame after frame (every place name, every unit on the move), painting
 * it costs one composite instead of a masked halo and a run of glyphs. */
#define N_TEXT_SPRITES 4

typedef struct
{
  cairo_surface_t *image;         /* ARGB32, device pixels */
  cairo_surface_t *halo_mask;     /* what it was made from: a new mask means a new sprite */
  KwaColor         ink;
  KwaColor         halo;
} TextSprite;

typedef struct
{
  TextSprite sprites[N_TEXT_SPRITES];
  guint      next;                /* the one to replace on a miss */
} TextSprites;

static void
text_sprites_free (TextSprites *sprites)
{
  for (guint i = 0; i < N_TEXT_SPRITES; i++)
    {
      g_clear_pointer (&sprites->sprites[i].image, cairo_surface_destroy);
      g_clear_pointer (&sprites->sprites[i].halo_mask, cairo_surface_destroy);
    }
  g_free (sprites);
}

static gboolean
colors_equal (const KwaColor *a,
              const KwaColor *b)
{
  return a->r == b->r && a->g == b->g && a->b == b->b;
}

/* The sprite of @layout over @halo_mask (which ensure_halo_mask() made for
 * the text at the target's device pixel (@origin_x, @origin_y)), or NULL
 * at a device scale other than 1: glyphs are hinted for the scale a
 * recording is replayed at, which a sprite made here would not match. */
static cairo_surface_t *
ensure_text_sprite (cairo_t                *cr,
                    const KwaRenderOptions *options,
                    PangoLayout            *layout,
                    cairo_surface_t        *halo_mask,
                    double                  mask_x,
                    double                  mask_y,
                    double                  text_x,
                    double                  text_y,
                    const KwaColor         *ink,
                    const KwaColor         *halo)
{
  TextSprites *sprites;
  TextSprite *sprite = NULL;
  cairo_font_options_t *font_options, *context_options;
  double origin_x = text_x, origin_y = text_y;
  cairo_t *sprite_cr;

  if (options->device_scale != 1.0)
    return NULL;

  sprites = g_object_get_data (G_OBJECT (layout), "kwa-text-sprites");
  if (sprites == NULL)
    {
      sprites = g_new0 (TextSprites, 1);
      g_object_set_data_full (G_OBJECT (layout), "kwa-text-sprites", sprites,
                              (GDestroyNotify) text_sprites_free);
    }

  for (guint i = 0; i < N_TEXT_SPRITES; i++)
    if (sprites->sprites[i].image != NULL && sprites->sprites[i].halo_mask == halo_mask &&
        colors_equal (&sprites->sprites[i].ink, ink) && colors_equal (&sprites->sprites[i].halo, halo))
      return sprites->sprites[i].image;

  sprite = &sprites->sprites[sprites->next];
  sprites->next = (sprites->next + 1) % N_TEXT_SPRITES;
  g_clear_pointer (&sprite->image, cairo_surface_destroy);
  g_clear_pointer (&sprite->halo_mask, cairo_surface_destroy);
  sprite->image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                              cairo_image_surface_get_width (halo_mask),
                                              cairo_image_surface_get_height (halo_mask));
  sprite->halo_mask = cairo_surface_reference (halo_mask);
  sprite->ink = *ink;
  sprite->halo = *halo;

  /* The glyphs as the target would draw them: its font options, and the
   * text's origin at the same place relative to the mask. */
  sprite_cr = cairo_create (sprite->image);
  font_options = cairo_font_options_create ();
  context_options = cairo_font_options_create ();
  cairo_surface_get_font_options (cairo_get_target (cr), font_options);
  cairo_get_font_options (cr, context_options);
  cairo_font_options_merge (font_options, context_options);
  cairo_set_font_options (sprite_cr, font_options);
  cairo_font_options_destroy (font_options);
  cairo_font_options_destroy (context_options);

  set_color (sprite_cr, halo, 0.85);
  cairo_mask_surface (sprite_cr, halo_mask, 0, 0);
  cairo_user_to_device (cr, &origin_x, &origin_y);
  cairo_move_to (sprite_cr, origin_x - mask_x, origin_y - mask_y);
  /* Not update_layout (sprite_cr, …): the layout is shaped for @cr, whose
   * font options the sprite has, and switching the shared Pango context
   * to the sprite and back would make every label shape itself again. */
  set_color (sprite_cr, ink, 1);
  pango_cairo_show_layout (sprite_cr, layout);
  cairo_destroy (sprite_cr);
  cairo_surface_flush (sprite->image);

  return sprite->image;
}

/* Text with a halo, so it reads over any land tint, line or arrow. */
static void
draw_text (cairo_t                *cr,
           const KwaRenderOptions *options,
           PangoLayout            *layout,
           double                  x,
           double                  y,
           const KwaColor         *ink,
           const KwaColor         *halo,
           double                  halo_width,
           double                  alpha)
{
  cairo_surface_t *halo_mask, *sprite = NULL;
  double mask_x, mask_y;

  if (!options->vector)
    snap_to_device_pixel (cr, options, &x, &y);

  cairo_save (cr);
  cairo_move_to (cr, x, y);
  update_layout (cr, layout);
  halo_mask = ensure_halo_mask (cr, options, layout, x, y, halo_width, &mask_x, &mask_y);
  if (halo_mask != NULL)
    sprite = ensure_text_sprite (cr, options, layout, halo_mask, mask_x, mask_y, x, y, ink, halo);

  if (sprite != NULL)
    {
      /* Fading as a whole, the halo no longer shows through the ink as
       * it does drawn in two steps: the cleaner of the two. */
      cairo_identity_matrix (cr);
      cairo_set_source_surface (cr, sprite, mask_x, mask_y);
      cairo_paint_with_alpha (cr, alpha);
    }
  else
    {
      if (halo_mask != NULL)
        {
          double scale = options->device_scale > 0 ? options->device_scale : 1.0;

          cairo_save (cr);
          cairo_identity_matrix (cr);
          cairo_scale (cr, 1 / scale, 1 / scale);
          set_color (cr, halo, 0.85 * alpha);
          cairo_mask_surface (cr, halo_mask, mask_x, mask_y);
          cairo_restore (cr);
        }
      else
        {
          pango_cairo_layout_path (cr, layout);
          set_color (cr, halo, 0.85 * alpha);
          cairo_set_line_width (cr, halo_width);
          cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
          cairo_stroke (cr);
        }
      cairo_move_to (cr, x, y);
      set_color (cr, ink, alpha);
      pango_cairo_show_layout (cr, layout);
    }
  cairo_restore (cr);
}

static const KwaSide *
get_side (KwaScene  *scene,
          KwaSideId  side)
{
  return kwa_exhibit_get_side (kwa_atlas_get_exhibit (scene->atlas), side);
}

/* ---- basemap and control --------------------------------------------- */

static gboolean
draw_basemap_tint (KwaMapRenderer         *self,
                   cairo_t                *cr,
                   const KwaViewport      *viewport,
                   const KwaRenderOptions *options,
                   KwaBasemapTint          tint,
                   GError                **error)
{
  if (options->vector)
    return kwa_basemap_draw (kwa_basemap_cache_get_basemap (self->cache), cr, viewport,
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
      kwa_basemap_cache_draw (self->cache, cr, &device, tint);
      cairo_restore (cr);
    }
  else
    {
      kwa_basemap_cache_draw (self->cache, cr, viewport, tint);
    }

  return TRUE;
}

static gboolean
draw_tint_inside (KwaMapRenderer         *self,
                  cairo_t                *cr,
                  const KwaViewport      *viewport,
                  const KwaRenderOptions *options,
                  KwaBasemapTint          tint,
                  const KwaMapPoint      *outline,
                  guint                   n_outline,
                  GError                **error)
{
  gboolean ok;

  cairo_save (cr);
  trace_polygon (cr, viewport, outline, n_outline);
  cairo_clip (cr);
  ok = draw_basemap_tint (self, cr, viewport, options, tint, error);
  cairo_restore (cr);

  return ok;
}

/* The basemap covers a box; beyond it is a slightly darker "desk", and a
 * hairline frames the sheet, so the edge reads as an atlas page rather
 * than as land cut off. */
static KwaColor
desk_color (KwaMapRenderer         *self,
            const KwaRenderOptions *options)
{
  KwaColor sea = kwa_basemap_get_sea_color (kwa_basemap_cache_get_basemap (self->cache), options->theme);

  return (KwaColor) { sea.r * 0.9, sea.g * 0.9, sea.b * 0.92 };
}

/* The sheet's edge in view pixels; FALSE when it lies beyond the view. */
static gboolean
get_sheet_edge (KwaMapRenderer    *self,
                const KwaViewport *viewport,
                double            *x0,
                double            *y0,
                double            *x1,
                double            *y1)
{
  KwaMapRect extent;

  kwa_basemap_get_extent (kwa_basemap_cache_get_basemap (self->cache), &extent);
  kwa_viewport_map_to_pixel (viewport, extent.x, extent.y, x0, y0);
  kwa_viewport_map_to_pixel (viewport, extent.x + extent.width, extent.y + extent.height, x1, y1);

  return !(*x0 <= 0 && *y0 <= 0 && *x1 >= viewport->width && *y1 >= viewport->height);
}

static void
fill_desk (KwaMapRenderer         *self,
           cairo_t                *cr,
           const KwaViewport      *viewport,
           const KwaRenderOptions *options)
{
  KwaColor desk = desk_color (self, options);
  double x0, y0, x1, y1;

  if (!get_sheet_edge (self, viewport, &x0, &y0, &x1, &y1))
    return;

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, 0, 0, viewport->width, viewport->height);
  cairo_rectangle (cr, x0, y0, x1 - x0, y1 - y0);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  set_color (cr, &desk, 1);
  cairo_fill (cr);
  cairo_restore (cr);
}

static void
draw_sheet_edge (KwaMapRenderer         *self,
                 cairo_t                *cr,
                 const KwaViewport      *viewport,
                 const KwaRenderOptions *options)
{
  const Palette *palette = &palettes[options->theme];
  double x0, y0, x1, y1;

  if (!get_sheet_edge (self, viewport, &x0, &y0, &x1, &y1))
    return;

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, round (x0) + 0.5, round (y0) + 0.5, round (x1 - x0) - 1, round (y1 - y0) - 1);
  set_color (cr, &palette->ink, 0.28);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* An enclave is land its side holds inside the other's: its side's tint. */
static KwaBasemapTint
enclave_tint (const KwaAtlasEnclave *enclave)
{
  return enclave->enclave->side == KWA_SIDE_SOUTH ? KWA_BASEMAP_TINT_SOUTH : KWA_BASEMAP_TINT_NORTH;
}

/* Whether @cr draws straight onto the pixels of an image the view's size:
 * then the land and the desk can be written without cairo. */
/* Whether @cr draws into an image at one unit per pixel, through a clip
 * of one rectangle (@clip, in pixels): then pixels can be written
 * directly, as kwa_basemap_cache_compose() and kwa_shape_fill_paint() do. */
static gboolean
draws_one_unit_per_pixel (cairo_t                *cr,
                          const KwaRenderOptions *options,
                          cairo_rectangle_int_t  *clip)
{
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_rectangle_list_t *rectangles;
  cairo_matrix_t ctm;
  double offset_x, offset_y, scale_x, scale_y;
  gboolean one_rectangle;

  if (options->vector || options->device_scale != 1.0 ||
      cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE)
    return FALSE;

  cairo_get_matrix (cr, &ctm);
  cairo_surface_get_device_offset (target, &offset_x, &offset_y);
  cairo_surface_get_device_scale (target, &scale_x, &scale_y);
  if (ctm.xx != 1 || ctm.yy != 1 || ctm.xy != 0 || ctm.yx != 0 || ctm.x0 != 0 || ctm.y0 != 0 ||
      offset_x != 0 || offset_y != 0 || scale_x != 1 || scale_y != 1)
    return FALSE;

  rectangles = cairo_copy_clip_rectangle_list (cr);
  one_rectangle = rectangles->status == CAIRO_STATUS_SUCCESS && rectangles->num_rectangles == 1;
  if (one_rectangle)
    {
      const cairo_rectangle_t *r = &rectangles->rectangles[0];

      /* A clip at fractions of a pixel would need blending at its edge. */
      one_rectangle = r->x == floor (r->x) && r->y == floor (r->y) &&
                      r->width == floor (r->width) && r->height == floor (r->height);
      *clip = (cairo_rectangle_int_t) { (int) r->x, (int) r->y, (int) r->width, (int) r->height };
    }
  cairo_rectangle_list_destroy (rectangles);

  return one_rectangle;
}

/* Where to add shapes, in pixels, when they can be filled straight into
 * @cr's image (see kwa_shape_fill_paint()); %NULL when cairo must fill
 * them: vectors, HiDPI, recordings. */
static KwaShapeFill *
direct_fill_begin (KwaMapRenderer         *self,
                   cairo_t                *cr,
                   const KwaRenderOptions *options,
                   cairo_rectangle_int_t  *clip)
{
  if (!draws_one_unit_per_pixel (cr, options, clip))
    return NULL;

  if (self->shapes == NULL)
    self->shapes = kwa_shape_fill_new ();

  return self->shapes;
}

/* The rows of the view @cr draws, when it writes view pixels straight and
 * its clip spans the view's width: the whole frame, or one band of it. */
static gboolean
draws_view_rows (cairo_t                *cr,
                 const KwaViewport      *viewport,
                 const KwaRenderOptions *options,
                 int                    *first_row,
                 int                    *end_row)
{
  cairo_rectangle_int_t clip;

  if (!draws_one_unit_per_pixel (cr, options, &clip) ||
      clip.x > 0 || clip.x + clip.width < viewport->width)
    return FALSE;

  *first_row = MAX (clip.y, 0);
  *end_row = MIN (clip.y + clip.height, (int) viewport->height);

  return TRUE;
}

static void
add_to_coverage (KwaPolygonCoverage *coverage,
                 const KwaViewport  *viewport,
                 const KwaMapPoint  *outline,
                 guint               n_points,
                 gboolean            south)
{
  g_autofree KwaMapPoint *pixels = to_pixels (viewport, outline, n_points);

  kwa_polygon_coverage_add (coverage, pixels, n_points, south);
}

/* What the south's front gives it, by the rule of kwa_scene_south_holds(). */
static void
add_south_to_coverage (KwaPolygonCoverage *coverage,
                       const KwaViewport  *viewport,
                       KwaScene           *scene)
{
  KwaMapRing rings[3], pixel_rings[3];
  guint n_rings = kwa_scene_get_south_rings (scene, rings);

  for (guint i = 0; i < n_rings; i++)
    pixel_rings[i] = (KwaMapRing) { to_pixels (viewport, rings[i].points, rings[i].n_points),
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
compose_control (KwaMapRenderer         *self,
                 cairo_t                *cr,
                 const KwaViewport      *viewport,
                 KwaScene               *scene,
                 const KwaRenderOptions *options,
                 gboolean                shade)
{
  g_autoptr(KwaPolygonCoverage) south = NULL;
  KwaColor desk = desk_color (self, options);
  KwaBasemapTint outside_tint = shade ? KWA_BASEMAP_TINT_NORTH : KWA_BASEMAP_TINT_NONE;
  cairo_surface_t *target = cairo_get_target (cr);
  int first_row, end_row;

  if (!draws_view_rows (cr, viewport, options, &first_row, &end_row) ||
      !kwa_basemap_cache_prepare_compose (self->cache, target, viewport, outside_tint,
                                          KWA_BASEMAP_TINT_SOUTH))
    return FALSE;

  if (shade)
    {
      south = kwa_polygon_coverage_new ((int) viewport->width, (int) viewport->height);
      add_south_to_coverage (south, viewport, scene);
      for (guint i = 0; i < scene->enclaves->len; i++)
        {
          const KwaAtlasEnclave *enclave = g_ptr_array_index (scene->enclaves, i);

          add_to_coverage (south, viewport, enclave->outline, enclave->n_outline,
                           enclave_tint (enclave) == KWA_BASEMAP_TINT_SOUTH);
        }
    }

  cairo_surface_flush (target);
  kwa_basemap_cache_compose_rows (self->cache, target, viewport, outside_tint, KWA_BASEMAP_TINT_SOUTH,
                                  south, &desk, first_row, end_row);
  cairo_surface_mark_dirty_rectangle (target, 0, first_row, (int) viewport->width, end_row - first_row);

  return TRUE;
}

/* The south's tint where its front gives it the land, by the rule of
 * kwa_scene_south_holds(): between snapshots, where the two snapshots'
 * regions overlap, and where the blended front's region overlaps either. */
static gboolean
draw_south_tint (KwaMapRenderer         *self,
                 cairo_t                *cr,
                 const KwaViewport      *viewport,
                 const KwaRenderOptions *options,
                 KwaScene               *scene,
                 GError                **error)
{
  KwaMapRing rings[3];
  guint n_rings = kwa_scene_get_south_rings (scene, rings);
  gboolean ok;

  if (n_rings == 1)
    return draw_tint_inside (self, cr, viewport, options, KWA_BASEMAP_TINT_SOUTH,
                             rings[0].points, rings[0].n_points, error);

  cairo_save (cr);
  trace_polygon (cr, viewport, rings[1].points, rings[1].n_points);
  cairo_clip (cr);
  trace_polygon (cr, viewport, rings[2].points, rings[2].n_points);
  cairo_clip (cr);
  ok = draw_basemap_tint (self, cr, viewport, options, KWA_BASEMAP_TINT_SOUTH, error);
  cairo_restore (cr);
  if (!ok)
    return FALSE;

  /* The snapshots' regions wind alike, so one path of both is their union. */
  cairo_save (cr);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
  trace_polygon (cr, viewport, rings[1].points, rings[1].n_points);
  trace_polygon (cr, viewport, rings[2].points, rings[2].n_points);
  cairo_clip (cr);
  trace_polygon (cr, viewport, rings[0].points, rings[0].n_points);
  cairo_clip (cr);
  ok = draw_basemap_tint (self, cr, viewport, options, KWA_BASEMAP_TINT_SOUTH, error);
  cairo_restore (cr);

  return ok;
}

/* The land each side holds, as the basemap tinted in its colour: the
 * north's everywhere, the south's inside the region its front encloses,
 * through a clip. For vector output, and frames mid-gesture. */
static gboolean
paint_control (KwaMapRenderer         *self,
               cairo_t                *cr,
               const KwaViewport      *viewport,
               KwaScene               *scene,
               const KwaRenderOptions *options,
               gboolean                shade,
               GError                **error)
{
  if (!draw_basemap_tint (self, cr, viewport, options,
                          shade ? KWA_BASEMAP_TINT_NORTH : KWA_BASEMAP_TINT_NONE, error))
    return FALSE;

  return !(shade && scene->has_front) ||
         draw_south_tint (self, cr, viewport, options, scene, error);
}

static gboolean
draw_enclaves (KwaMapRenderer         *self,
               cairo_t                *cr,
               const KwaViewport      *viewport,
               KwaScene               *scene,
               const KwaRenderOptions *options,
               GError                **error)
{
  for (guint i = 0; i < scene->enclaves->len; i++)
    {
      const KwaAtlasEnclave *enclave = g_ptr_array_index (scene->enclaves, i);

      if (!draw_tint_inside (self, cr, viewport, options, enclave_tint (enclave),
                             enclave->outline, enclave->n_outline, error))
        return FALSE;
    }

  return TRUE;
}

/* Whether the land is tinted by who holds it: not before the division,
 * nor with the layer off. */
static gboolean
shades_control (KwaScene               *scene,
                const KwaRenderOptions *options)
{
  return (options->layers & KWA_MAP_LAYER_CONTROL) != 0 &&
         scene != NULL && (scene->has_front || scene->enclaves->len > 0);
}

/**
 * kwa_map_renderer_get_tints:
 * @scene: (nullable): the day to draw
 *
 * Returns: which basemap tints drawing @scene uses, as a bit mask of
 *   (1 << #KwaBasemapTint): see kwa_basemap_cache_want_tints()
 */
guint
kwa_map_renderer_get_tints (KwaMapRenderer         *self,
                            KwaScene               *scene,
                            const KwaRenderOptions *options)
{
  guint tints;

  g_return_val_if_fail (KWA_IS_MAP_RENDERER (self), 0);
  g_return_val_if_fail (options != NULL, 0);

  if (!shades_control (scene, options))
    return 1u << KWA_BASEMAP_TINT_NONE;

  tints = 1u << KWA_BASEMAP_TINT_NORTH;
  if (scene->has_front)
    tints |= 1u << KWA_BASEMAP_TINT_SOUTH;
  for (guint i = 0; i < scene->enclaves->len; i++)
    {
      const KwaAtlasEnclave *enclave = g_ptr_array_index (scene->enclaves, i);

      tints |= 1u << enclave_tint (enclave);
    }

  return tints;
}

/* Who holds the land, then the enclaves in their side's tint, and the desk
 * around the sheet. */
static gboolean
draw_control (KwaMapRenderer         *self,
              cairo_t                *cr,
              const KwaViewport      *viewport,
              KwaScene               *scene,
              const KwaRenderOptions *options,
              GError                **error)
{
  gboolean shade = shades_control (scene, options);

  if (compose_control (self, cr, viewport, scene, options, shade))
    return TRUE;

  if (!paint_control (self, cr, viewport, scene, options, shade, error))
    return FALSE;
  if (shade && !draw_enclaves (self, cr, viewport, scene, options, error))
    return FALSE;
  fill_desk (self, cr, viewport, options);

  return TRUE;
}

/* The land as an alpha mask, made once per land: hatching and other marks
 * that belong on land only are painted through it. */
static cairo_surface_t *
ensure_land_mask (KwaMapRenderer *self,
                  KwaLand        *land,
                  KwaMapRect     *bounds)
{
  guint n_columns, n_rows;
  const guint8 *cells;

  kwa_land_get_grid (land, bounds, &n_columns, &n_rows, &cells);

  /* A band helper reads its parent's masks, readied before the bands
   * start (see ready_land_masks()): at 4K they are megabytes. */
  if (self->band_parent != NULL && self->band_parent->land_mask_source == land)
    return self->band_parent->land_mask;

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

/* Sampling the 1 km land mask up to the view's scale, with bilinear
 * filtering, is most of what hatching costs, and it gives the same values
 * every frame until the view moves. So the resampled mask is kept, made
 * exactly as cairo_mask_surface() would sample it at (@x, @y), and frames
 * composite it unscaled, at (@out_x, @out_y) in device pixels scaled by
 * 1 / device_scale. NULL where that would not give the same pixels. */
static cairo_surface_t *
ensure_scaled_land_mask (KwaMapRenderer         *self,
                         cairo_t                *cr,
                         const KwaRenderOptions *options,
                         double                  x,
                         double                  y,
                         double                  scale,
                         double                 *out_x,
                         double                 *out_y)
{
  cairo_surface_type_t type = cairo_surface_get_type (cairo_get_target (cr));
  double device_scale = options->device_scale > 0 ? options->device_scale : 1.0;
  double device_x, device_y, origin_x, origin_y, phase_x, phase_y, pixel_scale;
  cairo_matrix_t ctm;
  cairo_t *mask_cr;

  if (options->vector || (type != CAIRO_SURFACE_TYPE_IMAGE && type != CAIRO_SURFACE_TYPE_RECORDING))
    return NULL;
  cairo_get_matrix (cr, &ctm);
  if (ctm.xx != 1.0 || ctm.yy != 1.0 || ctm.xy != 0.0 || ctm.yx != 0.0)
    return NULL;

  device_x = (x + ctm.x0) * device_scale;
  device_y = (y + ctm.y0) * device_scale;
  origin_x = floor (device_x);
  origin_y = floor (device_y);
  phase_x = device_x - origin_x;
  phase_y = device_y - origin_y;
  pixel_scale = scale * device_scale;

  /* A band helper reads its parent's (see ready_land_masks()), or none. */
  if (self->band_parent != NULL)
    {
      const KwaMapRenderer *parent = self->band_parent;

      if (parent->land_mask_scaled == NULL || parent->land_mask_scaled_for[0] != pixel_scale ||
          parent->land_mask_scaled_for[1] != phase_x || parent->land_mask_scaled_for[2] != phase_y)
        return NULL;
      *out_x = origin_x;
      *out_y = origin_y;
      return parent->land_mask_scaled;
    }

  if (self->land_mask_scaled == NULL ||
      self->land_mask_scaled_for[0] != pixel_scale ||
      self->land_mask_scaled_for[1] != phase_x ||
      self->land_mask_scaled_for[2] != phase_y)
    {
      int width = (int) ceil (cairo_image_surface_get_width (self->land_mask) * pixel_scale + phase_x) + 2;
      int height = (int) ceil (cairo_image_surface_get_height (self->land_mask) * pixel_scale + phase_y) + 2;

      if (width > 16384 || height > 16384)
        return NULL;

      g_clear_pointer (&self->land_mask_scaled, cairo_surface_destroy);
      self->land_mask_scaled = cairo_image_surface_create (CAIRO_FORMAT_A8, width, height);
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

  *out_x = origin_x;
  *out_y = origin_y;

  return self->land_mask_scaled;
}

/* One diagonal per tile, drawn with its neighbours' ends so the tiles
 * join; the tile is @size square. */
static void
draw_hatch_tile (cairo_t *cr,
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

static int
hatch_period (double spacing)
{
  return MAX (4, (int) round (spacing));
}

/* The hatching's coverage over one period, for kwa_shape_fill_paint(),
 * kept while the scale stays. */
static cairo_surface_t *
ensure_hatch_tile (KwaMapRenderer *self,
                   double          spacing,
                   double          line_width)
{
  int size = hatch_period (spacing);
  cairo_t *cr;

  if (self->hatch_tile != NULL && cairo_image_surface_get_width (self->hatch_tile) == size &&
      self->hatch_tile_line_width == line_width)
    return self->hatch_tile;

  g_clear_pointer (&self->hatch_tile, cairo_surface_destroy);
  self->hatch_tile = cairo_image_surface_create (CAIRO_FORMAT_A8, size, size);
  self->hatch_tile_line_width = line_width;
  cr = cairo_create (self->hatch_tile);
  draw_hatch_tile (cr, size, line_width);
  cairo_destroy (cr);
  cairo_surface_flush (self->hatch_tile);

  return self->hatch_tile;
}

static cairo_pattern_t *
create_hatch_pattern (const KwaColor *color,
                      double          alpha,
                      double          spacing,
                      double          line_width)
{
  int size = hatch_period (spacing);
  cairo_surface_t *tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  cairo_t *cr = cairo_create (tile);
  cairo_pattern_t *pattern;

  set_color (cr, color, alpha);
  draw_hatch_tile (cr, size, line_width);
  cairo_destroy (cr);

  pattern = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_surface_destroy (tile);

  /* pixman repeats a tile one piece of a scanline at a time, and a piece
   * as narrow as this one costs more to set up than to draw: the same
   * pattern in a tile of whole periods about 1000 pixels wide draws the
   * same pixels, much faster. */
  {
    cairo_surface_t *wide = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size * (1024 / size + 1), size);
    cairo_t *wide_cr = cairo_create (wide);

    cairo_set_operator (wide_cr, CAIRO_OPERATOR_SOURCE);
    cairo_set_source (wide_cr, pattern);
    cairo_paint (wide_cr);
    cairo_destroy (wide_cr);
    cairo_pattern_destroy (pattern);

    pattern = cairo_pattern_create_for_surface (wide);
    cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
    cairo_surface_destroy (wide);
  }

  return pattern;
}

/* Traces the whole view minus @points for the non-zero rule: the view's
 * rectangle winding against the polygon, whichever way the data runs. */
static void
trace_view_minus_polygon (cairo_t           *cr,
                          const KwaViewport *viewport,
                          const KwaMapPoint *points,
                          guint              n_points)
{
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
  trace_polygon (cr, viewport, points, n_points);
}

/* PDF and SVG stay vector: no raster mask and no even-odd clip (SVG
 * viewers apply clips with the non-zero rule). The land that changed hands
 * is from − to plus to − from, clipped by the coast itself and hatched
 * with strokes, not a tiled picture. */
static void
hatch_uncertainty_as_vectors (cairo_t           *cr,
                              const KwaViewport *viewport,
                              KwaScene          *scene,
                              const KwaColor    *color,
                              double             alpha,
                              double             scale)
{
  GArray *regions[2] = { scene->uncertain_from, scene->uncertain_to };
  guint n_rings;
  const KwaMapRing *rings = kwa_land_get_rings (kwa_atlas_get_land (scene->atlas), &n_rings);

  for (guint pass = 0; pass < 2; pass++)
    {
      GArray *inside = regions[pass], *outside = regions[1 - pass];

      cairo_save (cr);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
      cairo_new_path (cr);
      trace_polygon (cr, viewport, (const KwaMapPoint *) inside->data, inside->len);
      cairo_clip (cr);

      trace_view_minus_polygon (cr, viewport, (const KwaMapPoint *) outside->data, outside->len);
      cairo_clip (cr);

      for (guint i = 0; i < n_rings; i++)
        trace_polygon (cr, viewport, rings[i].points, rings[i].n_points);
      cairo_clip (cr);

      for (double d = -viewport->height; d < viewport->width; d += 9 * scale)
        {
          cairo_move_to (cr, d, viewport->height);
          cairo_line_to (cr, d + viewport->height, 0);
        }
      set_color (cr, color, alpha);
      cairo_set_line_width (cr, 1.1 * scale);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
}

/* The band between the two fronts, as the even-odd fill of both regions,
 * through the land mask and the tile of hatching, written straight into
 * an image (see kwa_shape_fill_paint()). Cairo clips the paint with the
 * band instead, which costs a mask of the whole band every frame. */
static gboolean
hatch_uncertainty_directly (KwaMapRenderer         *self,
                            cairo_t                *cr,
                            const KwaViewport      *viewport,
                            KwaScene               *scene,
                            const KwaRenderOptions *options,
                            const KwaColor         *color,
                            double                  alpha,
                            double                  scale,
                            const KwaMapRect       *land_bounds)
{
  GArray *regions[] = { scene->uncertain_from, scene->uncertain_to };
  cairo_rectangle_int_t clip;
  KwaShapeFill *direct = direct_fill_begin (self, cr, options, &clip);
  KwaShapeTexture texture = { NULL, 0, 0, NULL };
  double x, y, mask_x, mask_y;

  if (direct == NULL || hatch_period (9 * scale) > KWA_SHAPE_TEXTURE_MAX_TILE)
    return FALSE;

  kwa_viewport_map_to_pixel (viewport, land_bounds->x, land_bounds->y, &x, &y);
  texture.mask = ensure_scaled_land_mask (self, cr, options, x, y, viewport->scale, &mask_x, &mask_y);
  if (texture.mask == NULL)
    return FALSE;
  texture.mask_x = (int) mask_x;
  texture.mask_y = (int) mask_y;
  texture.tile = ensure_hatch_tile (self, 9 * scale, 1.1 * scale);

  for (guint r = 0; r < G_N_ELEMENTS (regions); r++)
    {
      g_autofree KwaMapPoint *pixels = to_pixels (viewport, (const KwaMapPoint *) regions[r]->data,
                                                  regions[r]->len);

      kwa_shape_fill_add_ring (direct, pixels, regions[r]->len, FALSE);
    }
  kwa_shape_fill_paint (direct, cairo_get_target (cr), &clip, KWA_SHAPE_FILL_EVEN_ODD, color, alpha, &texture);

  return TRUE;
}

/* On screen and in PNGs: the even-odd band between the two fronts, filled
 * with a tiled hatch through the land mask (cached per scale). */
static void
hatch_uncertainty_as_raster (KwaMapRenderer         *self,
                             cairo_t                *cr,
                             const KwaViewport      *viewport,
                             KwaScene               *scene,
                             const KwaRenderOptions *options,
                             const KwaColor         *color,
                             double                  alpha,
                             double                  scale)
{
  cairo_surface_t *mask, *scaled_mask;
  cairo_pattern_t *hatch;
  KwaMapRect bounds;
  double x, y, mask_x, mask_y;

  mask = ensure_land_mask (self, kwa_atlas_get_land (scene->atlas), &bounds);
  if (hatch_uncertainty_directly (self, cr, viewport, scene, options, color, alpha, scale, &bounds))
    return;
  hatch = create_hatch_pattern (color, alpha, 9 * scale, 1.1 * scale);

  cairo_save (cr);
  cairo_new_path (cr);
  trace_polygon (cr, viewport, (const KwaMapPoint *) scene->uncertain_from->data, scene->uncertain_from->len);
  trace_polygon (cr, viewport, (const KwaMapPoint *) scene->uncertain_to->data, scene->uncertain_to->len);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_clip (cr);
  cairo_set_source (cr, hatch);
  kwa_viewport_map_to_pixel (viewport, bounds.x, bounds.y, &x, &y);
  scaled_mask = ensure_scaled_land_mask (self, cr, options, x, y, viewport->scale, &mask_x, &mask_y);
  if (scaled_mask != NULL)
    {
      double device_scale = options->device_scale > 0 ? options->device_scale : 1.0;

      cairo_identity_matrix (cr);
      cairo_scale (cr, 1 / device_scale, 1 / device_scale);
      cairo_mask_surface (cr, scaled_mask, mask_x, mask_y);
    }
  else
    {
      cairo_translate (cr, x, y);
      cairo_scale (cr, viewport->scale, viewport->scale);   /* 1 mask pixel = 1 km */
      cairo_mask_surface (cr, mask, 0, 0);
    }
  cairo_restore (cr);

  cairo_pattern_destroy (hatch);
}

/* The land masks hatching reads, made now: before a frame's bands start,
 * so that the helper drawing the lower band can read them while the upper
 * band is drawn (and need not make its own). FALSE when the frame hatches
 * but the view is too large a scale for a resampled mask: then hatching
 * goes through cairo with the 1 km mask, which one thread at a time must
 * do, and the frame is not split. */
static gboolean
ready_land_masks (KwaMapRenderer         *self,
                  cairo_t                *cr,
                  const KwaViewport      *viewport,
                  KwaScene               *scene,
                  const KwaRenderOptions *options)
{
  KwaMapRect bounds;
  double x, y, mask_x, mask_y;

  if (scene == NULL || scene->uncertain_from == NULL || !(options->layers & KWA_MAP_LAYER_CONTROL))
    return TRUE;

  ensure_land_mask (self, kwa_atlas_get_land (scene->atlas), &bounds);
  kwa_viewport_map_to_pixel (viewport, bounds.x, bounds.y, &x, &y);

  return ensure_scaled_land_mask (self, cr, options, x, y, viewport->scale, &mask_x, &mask_y) != NULL;
}

/* Where the data is unsure how the front moved between two snapshots, the
 * land that changed hands is hatched rather than coloured with false
 * precision. */
static void
draw_uncertainty (KwaMapRenderer         *self,
                  cairo_t                *cr,
                  const KwaViewport      *viewport,
                  KwaScene               *scene,
                  const KwaRenderOptions *options)
{
  const Palette *palette = &palettes[options->theme];
  double scale = ui_scale (viewport, options);
  double alpha = scene->front_confidence == KWA_CONFIDENCE_LOW ? 0.55 : 0.35;

  if (scene->uncertain_from == NULL || !(options->layers & KWA_MAP_LAYER_CONTROL))
    return;

  if (options->vector)
    hatch_uncertainty_as_vectors (cr, viewport, scene, &palette->hatch, alpha, scale);
  else
    hatch_uncertainty_as_raster (self, cr, viewport, scene, options, &palette->hatch, alpha, scale);
}

/* ---- lines ------------------------------------------------------------ */

static void
draw_label_along (KwaMapRenderer         *self,
                  cairo_t                *cr,
                  const KwaViewport      *viewport,
                  const KwaRenderOptions *options,
                  const char             *text,
                  const KwaMapPoint      *at,
                  const KwaColor         *ink)
{
  const Palette *palette = &palettes[options->theme];
  double scale = ui_scale (viewport, options);
  g_autoptr(PangoLayout) layout = make_layout (self, text, 13 * scale, PANGO_WEIGHT_SEMIBOLD);
  double x, y;

  to_pixel (viewport, at, &x, &y);
  draw_text (cr, options, layout, x + 4 * scale, y - 18 * scale, ink, &palette->halo, 3 * scale, 1.0);
}

static void stroke_line_directly (KwaMapRenderer              *self,
                                  cairo_t                     *cr,
                                  const KwaViewport           *viewport,
                                  const KwaMapPoint           *points,
                                  guint                        n_points,
                                  const KwaStrokePen          *pens,
                                  guint                        n_pens,
                                  const cairo_rectangle_int_t *clip);

/* One of the scene's lines stroked straight into an image frame (see
 * KwaPolylineStroke). Cairo's stroker leaves out what lies beyond the clip,
 * and the joins it makes at the clip's edge are not those of the whole
 * line: a frame drawn in bands would differ from the frame drawn whole on
 * the row where they meet. FALSE where cairo must stroke it. */
static gboolean
stroke_scene_line_directly (KwaMapRenderer         *self,
                            cairo_t                *cr,
                            const KwaViewport      *viewport,
                            const KwaRenderOptions *options,
                            const KwaAtlasLine     *line,
                            const KwaStrokePen     *pen)
{
  cairo_rectangle_int_t clip;

  if (!draws_one_unit_per_pixel (cr, options, &clip))
    return FALSE;

  stroke_line_directly (self, cr, viewport, line->points, line->n_points, pen, 1, &clip);
  return TRUE;
}

static void
draw_lines (KwaMapRenderer         *self,
            cairo_t                *cr,
            const KwaViewport      *viewport,
            KwaScene               *scene,
            const KwaRenderOptions *options)
{
  const Palette *palette = &palettes[options->theme];
  double scale = ui_scale (viewport, options) * options->line_scale;

  for (guint i = 0; i < scene->lines->len; i++)
    {
      const KwaAtlasLine *line = g_ptr_array_index (scene->lines, i);

      cairo_save (cr);
      trace_stroke_line (cr, viewport, options, line->points, line->n_points);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

      switch (line->line->kind)
        {
        case KWA_LINE_PARALLEL:
          if (!(options->layers & KWA_MAP_LAYER_PARALLEL))
            break;
          {
            double dashes[] = { 9 * scale, 5 * scale };
            KwaStrokePen pen = { 1.8 * scale, palette->parallel, 0.9, dashes[0], dashes[1] };

            if (!stroke_scene_line_directly (self, cr, viewport, options, line, &pen))
              {
                cairo_set_dash (cr, dashes, 2, 0);
                cairo_set_line_width (cr, pen.width);
                set_color (cr, &pen.color, pen.alpha);
                cairo_stroke (cr);
              }
            cairo_restore (cr);
            cairo_save (cr);
            /* Labelled near its western end, over the Yellow Sea. */
            draw_label_along (self, cr, viewport, options,
                              kwa_text_get (&line->line->name, options->language),
                              &line->points[MIN (line->n_points - 1, line->n_points / 12)],
                              &palette->parallel);
          }
          break;

        case KWA_LINE_DMZ:
          if (!(options->layers & KWA_MAP_LAYER_DMZ))
            break;
          {
            /* The band is drawn at its true width: width_km map units. */
            KwaStrokePen band = { MAX (line->line->width_km * viewport->scale, 2.5 * scale), palette->dmz, 0.45, 0, 0 };

            if (stroke_scene_line_directly (self, cr, viewport, options, line, &band))
              break;
            cairo_set_line_width (cr, band.width);
            cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
            set_color (cr, &band.color, band.alpha);
            cairo_stroke (cr);
          }
          break;

        case KWA_LINE_MDL:
          if (!(options->layers & KWA_MAP_LAYER_DMZ))
            break;
          {
            KwaStrokePen pen = { 1.6 * scale, palette->mdl, 0.9, 0, 0 };

            if (stroke_scene_line_directly (self, cr, viewport, options, line, &pen))
              break;
            cairo_set_line_width (cr, pen.width);
            set_color (cr, &pen.color, pen.alpha);
            cairo_stroke (cr);
          }
          break;

        default:
          break;
        }

      cairo_new_path (cr);
      cairo_restore (cr);
    }
}

/* ---- the front -------------------------------------------------------- */

/* A line of the scene, in map units, stroked straight into @cr's image
 * with @pens: as trace_stroke_line() would, without the points that would
 * not change a pixel. */
static void
stroke_line_directly (KwaMapRenderer              *self,
                      cairo_t                     *cr,
                      const KwaViewport           *viewport,
                      const KwaMapPoint           *points,
                      guint                        n_points,
                      const KwaStrokePen          *pens,
                      guint                        n_pens,
                      const cairo_rectangle_int_t *clip)
{
  g_autofree KwaMapPoint *pixels = to_pixels (viewport, points, n_points);
  guint n_kept = kwa_polyline_simplify (pixels, n_points, STROKE_TOLERANCE, pixels);

  if (self->lines == NULL)
    self->lines = kwa_polyline_stroke_new ();
  kwa_polyline_stroke_paint (self->lines, pixels, n_kept, pens, n_pens, cairo_get_target (cr), clip);
}

/* The line three weeks behind, dashed, then the front's halo and ink line
 * in one pass, stroked straight into an image target (see
 * KwaPolylineStroke); FALSE where cairo must stroke them. */
static gboolean
stroke_front_directly (KwaMapRenderer         *self,
                       cairo_t                *cr,
                       const KwaViewport      *viewport,
                       KwaScene               *scene,
                       const KwaRenderOptions *options,
                       double                  scale)
{
  const Palette *palette = &palettes[options->theme];
  const KwaStrokePen ghost = { 1.6 * scale, palette->ink, 0.45, 3.6 * scale, 2.4 * scale };
  const KwaStrokePen front[] = {
    { 5.5 * scale, palette->halo, 0.75, 0, 0 },
    { 2.6 * scale, palette->ink, 0.95, 0, 0 },
  };
  cairo_rectangle_int_t clip;

  if (!draws_one_unit_per_pixel (cr, options, &clip))
    return FALSE;

  if (scene->has_ghost)
    stroke_line_directly (self, cr, viewport, scene->ghost, KWA_FRONT_LINE_SAMPLES, &ghost, 1, &clip);
  stroke_line_directly (self, cr, viewport, scene->front, KWA_FRONT_LINE_SAMPLES, front, G_N_ELEMENTS (front), &clip);

  return TRUE;
}

static void
draw_front (KwaMapRenderer         *self,
            cairo_t                *cr,
            const KwaViewport      *viewport,
            KwaScene               *scene,
            const KwaRenderOptions *options)
{
  const Palette *palette = &palettes[options->theme];
  double scale = ui_scale (viewport, options) * options->line_scale;

  if (!scene->has_front || !(options->layers & KWA_MAP_LAYER_FRONT))
    return;

  /* After the armistice the Military Demarcation Line is the line; the
   * front is not drawn on top of it. */
  for (guint i = 0; i < scene->lines->len; i++)
    if (((const KwaAtlasLine *) g_ptr_array_index (scene->lines, i))->line->kind == KWA_LINE_MDL &&
        (options->layers & KWA_MAP_LAYER_DMZ))
      return;

  if (stroke_front_directly (self, cr, viewport, scene, options, scale))
    return;

  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  if (scene->has_ghost)
    {
      double dashes[] = { 3.6 * scale, 2.4 * scale };

      trace_stroke_line (cr, viewport, options, scene->ghost, KWA_FRONT_LINE_SAMPLES);
      /* Butt caps: a rectangle per dash for cairo instead of two arcs. */
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      cairo_set_dash (cr, dashes, 2, 0);
      cairo_set_line_width (cr, 1.6 * scale);
      set_color (cr, &palette->ink, 0.45);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
    }

  trace_stroke_line (cr, viewport, options, scene->front, KWA_FRONT_LINE_SAMPLES);
  cairo_set_line_width (cr, 5.5 * scale);
  set_color (cr, &palette->halo, 0.75);
  cairo_stroke_preserve (cr);
  cairo_set_line_width (cr, 2.6 * scale);
  set_color (cr, &palette->ink, 0.95);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* ---- label placement -------------------------------------------------- */

static gboolean
overlaps_any (GArray       *boxes,
              const HitBox *box)
{
  for (guint i = 0; i < boxes->len; i++)
    {
      const HitBox *other = &g_array_index (boxes, HitBox, i);

      if (box->x < other->x + other->width && other->x < box->x + box->width &&
          box->y < other->y + other->height && other->y < box->y + box->height)
        return TRUE;
    }
  return FALSE;
}

static gboolean
overlaps_any_except_at (GArray       *boxes,
                        const HitBox *box,
                        double        x,
                        double        y)
{
  for (guint i = 0; i < boxes->len; i++)
    {
      const HitBox *other = &g_array_index (boxes, HitBox, i);

      if (x >= other->x && x <= other->x + other->width &&
          y >= other->y && y <= other->y + other->height)
        continue;
      if (box->x < other->x + other->width && other->x < box->x + box->width &&
          box->y < other->y + other->height && other->y < box->y + box->height)
        return TRUE;
    }
  return FALSE;
}

/* How far from its point a label must start: past the edge of an event
 * marker drawn on the point itself. */
static double
gap_past_marker (KwaMapRenderer *self,
                 double          x,
                 double          y,
                 double          gap)
{
  for (guint i = 0; i < self->marker_boxes->len; i++)
    {
      const HitBox *marker = &g_array_index (self->marker_boxes, HitBox, i);

      if (x >= marker->x && x <= marker->x + marker->width &&
          y >= marker->y && y <= marker->y + marker->height)
        gap = MAX (gap, MAX (marker->x + marker->width - x, marker->y + marker->height - y) + 2);
    }

  return gap;
}

/* Tries the label right of its point, then left, above and below; FALSE
 * when every position collides with a label or a marker. */
static gboolean
place_label (KwaMapRenderer *self,
             HitBox         *box,
             double          x,
             double          y,
             double          gap)
{
  double candidates[4][2];

  gap = gap_past_marker (self, x, y, gap);
  candidates[0][0] = x + gap;                 candidates[0][1] = y - box->height / 2;
  candidates[1][0] = x - gap - box->width;    candidates[1][1] = y - box->height / 2;
  candidates[2][0] = x - box->width / 2;      candidates[2][1] = y - gap - box->height;
  candidates[3][0] = x - box->width / 2;      candidates[3][1] = y + gap;

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      HitBox trial = *box;

      trial.x = candidates[i][0];
      trial.y = candidates[i][1];
      /* The place's own marker no longer overlaps once past its edge. */
      if (!overlaps_any (self->hit_boxes, &trial) && !overlaps_any_except_at (self->marker_boxes, &trial, x, y))
        {
          *box = trial;
          return TRUE;
        }
    }
  return FALSE;
}

static double
overlap_area (const HitBox *a,
              const HitBox *b)
{
  double width = MIN (a->x + a->width, b->x + b->width) - MAX (a->x, b->x);
  double height = MIN (a->y + a->height, b->y + b->height) - MAX (a->y, b->y);

  return width > 0 && height > 0 ? width * height : 0;
}

/* How much of @box would hide something: labels already placed, markers
 * other than the one on its own point (@x, @y), or the edge of the view. */
static double
hidden_area (KwaMapRenderer    *self,
             const KwaViewport *viewport,
             const HitBox      *box,
             double             x,
             double             y)
{
  HitBox view = { 0, 0, viewport->width, viewport->height, { KWA_MAP_HIT_NONE, NULL } };
  double area = box->width * box->height - overlap_area (box, &view);

  for (guint i = 0; i < self->hit_boxes->len; i++)
    area += overlap_area (box, &g_array_index (self->hit_boxes, HitBox, i));

  for (guint i = 0; i < self->marker_boxes->len; i++)
    {
      const HitBox *marker = &g_array_index (self->marker_boxes, HitBox, i);

      if (!(x >= marker->x && x <= marker->x + marker->width &&
            y >= marker->y && y <= marker->y + marker->height))
        area += overlap_area (box, marker);
    }

  return area;
}

/* A unit's name goes beside its arrow's head, which moves every frame: on
 * the right, or on the first of the other sides, near and then a little
 * further out, that covers no place's name, other unit's name or marker.
 * Unlike a place's, it is never left out (it says whose arrow it is):
 * with every side taken, it goes where it covers least. */
static void
place_unit_label (KwaMapRenderer    *self,
                  const KwaViewport *viewport,
                  HitBox            *box,
                  double             x,
                  double             y,
                  double             gap)
{
  /* Where the label's box goes, per side: its near corner's direction
   * from the head, and which of its corners (0, ½ or 1 of its size) that
   * is. Right first: where it reads as the arrow's own. */
  static const double sides[][4] = {
    { 1, 0, 0, 0.5 }, { -1, 0, 1, 0.5 }, { 0.7, -0.7, 0, 1 }, { 0.7, 0.7, 0, 0 },
    { -0.7, -0.7, 1, 1 }, { -0.7, 0.7, 1, 0 }, { 0, -1, 0.5, 1 }, { 0, 1, 0.5, 0 },
  };
  static const double distances[] = { 1, 2.5, 4 };
  double least = G_MAXDOUBLE;
  HitBox best = *box;

  gap = gap_past_marker (self, x, y, gap);

  for (guint d = 0; d < G_N_ELEMENTS (distances) && least > 0; d++)
    for (guint i = 0; i < G_N_ELEMENTS (sides) && least > 0; i++)
      {
        HitBox trial = *box;
        double hidden;

        trial.x = x + sides[i][0] * gap * distances[d] - sides[i][2] * box->width;
        trial.y = y + sides[i][1] * gap * distances[d] - sides[i][3] * box->height;
        hidden = hidden_area (self, viewport, &trial, x, y);
        if (hidden < least)
          {
            least = hidden;
            best = trial;
          }
      }

  *box = best;
}

/* ---- movements -------------------------------------------------------- */

/* The arrow's outline, in pixels: a ribbon that tapers from the tail to
 * the head, following the path as far as the movement has got. Leaves
 * @outline empty when the arrow is too short to draw. */
static void
build_arrow_outline (const KwaViewport      *viewport,
                     const KwaAtlasMovement *movement,
                     double                  progress,
                     double                  tail_width,
                     double                  head_width,
                     double                  head_length,
                     GArray                 *hit_samples,
                     gconstpointer           record,
                     GArray                 *outline)
{
  g_autoptr(GArray) centre = g_array_new (FALSE, FALSE, sizeof (KwaMapPoint));
  double reach = movement->length * progress;
  guint n;
  KwaMapPoint *px;
  double total = 0, along = 0;

  g_array_set_size (outline, 0);

  /* The covered part of the path, in pixels. */
  for (guint i = 0; i < movement->n_points; i++)
    {
      KwaMapPoint p;

      if (movement->distance[i] <= reach)
        {
          to_pixel (viewport, &movement->points[i], &p.x, &p.y);
          g_array_append_val (centre, p);
        }
      else
        {
          double t = (reach - movement->distance[i - 1]) /
                     MAX (movement->distance[i] - movement->distance[i - 1], 1e-9);
          KwaMapPoint m = { movement->points[i - 1].x + (movement->points[i].x - movement->points[i - 1].x) * t,
                            movement->points[i - 1].y + (movement->points[i].y - movement->points[i - 1].y) * t };

          to_pixel (viewport, &m, &p.x, &p.y);
          g_array_append_val (centre, p);
          break;
        }
    }

  n = centre->len;
  px = (KwaMapPoint *) centre->data;
  if (n < 2)
    return;

  for (guint i = 1; i < n; i++)
    total += hypot (px[i].x - px[i - 1].x, px[i].y - px[i - 1].y);
  if (total < 1)
    return;

  head_length = MIN (head_length, total * 0.6);

  {
    g_autoptr(GArray) left = g_array_new (FALSE, FALSE, sizeof (KwaMapPoint));
    g_autoptr(GArray) right = g_array_new (FALSE, FALSE, sizeof (KwaMapPoint));
    KwaMapPoint tip = px[n - 1], base_centre = tip, direction = { 0, 0 };
    double body_length = total - head_length;

    for (guint i = 0; i < n; i++)
      {
        double nx, ny, length, half;
        KwaMapPoint a = px[i > 0 ? i - 1 : 0], b = px[i + 1 < n ? i + 1 : n - 1];

        if (i > 0)
          along += hypot (px[i].x - px[i - 1].x, px[i].y - px[i - 1].y);
        if (along > body_length && i > 0)
          break;

        nx = -(b.y - a.y);
        ny = b.x - a.x;
        length = hypot (nx, ny);
        if (length < 1e-9)
          continue;
        nx /= length;
        ny /= length;
        half = (tail_width + (head_width * 0.55 - tail_width) * (along / MAX (body_length, 1))) / 2;

        g_array_append_val (left, ((KwaMapPoint) { px[i].x + nx * half, px[i].y + ny * half }));
        g_array_append_val (right, ((KwaMapPoint) { px[i].x - nx * half, px[i].y - ny * half }));
        base_centre = px[i];

        if (hit_samples != NULL)
          {
            HitCircle circle = { px[i].x, px[i].y, MAX (half, 6), { KWA_MAP_HIT_MOVEMENT, record } };
            g_array_append_val (hit_samples, circle);
          }
      }

    direction.x = tip.x - base_centre.x;
    direction.y = tip.y - base_centre.y;
    {
      double length = hypot (direction.x, direction.y);
      double nx, ny;

      if (length < 1e-9 || left->len == 0)
        return;
      direction.x /= length;
      direction.y /= length;
      nx = -direction.y;
      ny = direction.x;

      /* Paths are digitised densely; at most zooms a pixel holds several
       * points, and each costs the fill (or the outline's stroke) an
       * edge. */
      g_array_set_size (left, kwa_polyline_simplify ((const KwaMapPoint *) left->data, left->len,
                                                     STROKE_TOLERANCE, (KwaMapPoint *) left->data));
      g_array_set_size (right, kwa_polyline_simplify ((const KwaMapPoint *) right->data, right->len,
                                                      STROKE_TOLERANCE, (KwaMapPoint *) right->data));

      g_array_append_vals (outline, left->data, left->len);
      /* The head: wider than the body, ending at the tip. */
      g_array_append_val (outline, ((KwaMapPoint) { base_centre.x + nx * head_width / 2,
                                                    base_centre.y + ny * head_width / 2 }));
      g_array_append_val (outline, tip);
      g_array_append_val (outline, ((KwaMapPoint) { base_centre.x - nx * head_width / 2,
                                                    base_centre.y - ny * head_width / 2 }));
      for (guint i = right->len; i > 0; i--)
        g_array_append_val (outline, g_array_index (right, KwaMapPoint, i - 1));
    }
  }
}

/* A closed path through points already in pixels. */
static void
trace_pixel_ring (cairo_t           *cr,
                  const KwaMapPoint *points,
                  guint              n_points)
{
  for (guint i = 0; i < n_points; i++)
    {
      if (i == 0)
        cairo_move_to (cr, points[i].x, points[i].y);
      else
        cairo_line_to (cr, points[i].x, points[i].y);
    }
  cairo_close_path (cr);
}

/* Fills the arrow in @color, then rings it with a line @width wide
 * centred on its edge. Written straight into an image, the ring is the
 * band between the outline grown and shrunk by half the width, filled:
 * it looks the same as cairo's stroke and costs a fraction of it, since
 * cairo pays per row and per stretch of a row, and a thin ring across a
 * third of the frame has hundreds. Elsewhere (vectors, the widget's
 * recording) cairo strokes it. */
static void
fill_arrow (KwaMapRenderer         *self,
            cairo_t                *cr,
            const KwaRenderOptions *options,
            const KwaMapPoint      *outline,
            guint                   n_points,
            const KwaColor         *color,
            double                  alpha,
            const KwaColor         *ring_color,
            double                  ring_alpha,
            double                  width)
{
  g_autofree KwaMapPoint *grown = NULL, *shrunk = NULL;
  cairo_rectangle_int_t clip;
  KwaShapeFill *direct = direct_fill_begin (self, cr, options, &clip);

  if (direct == NULL)
    {
      cairo_save (cr);
      trace_pixel_ring (cr, outline, n_points);
      set_color (cr, color, alpha);
      cairo_fill_preserve (cr);
      set_color (cr, ring_color, ring_alpha);
      cairo_set_line_width (cr, width);
      /* Bevel: at this width no join shows its shape, and round ones cost
       * an arc at every point of the ribbon. */
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);
      cairo_stroke (cr);
      cairo_restore (cr);
      return;
    }

  grown = g_new (KwaMapPoint, n_points);
  shrunk = g_new (KwaMapPoint, n_points);
  kwa_map_polygon_offset (outline, n_points, width / 2, grown);
  kwa_map_polygon_offset (outline, n_points, -width / 2, shrunk);

  kwa_shape_fill_add_ring (direct, outline, n_points, FALSE);
  kwa_shape_fill_paint (direct, cairo_get_target (cr), &clip, KWA_SHAPE_FILL_NONZERO, color, alpha, NULL);
  kwa_shape_fill_add_ring (direct, grown, n_points, FALSE);
  kwa_shape_fill_add_ring (direct, shrunk, n_points, TRUE);
  kwa_shape_fill_paint (direct, cairo_get_target (cr), &clip, KWA_SHAPE_FILL_NONZERO,
                        ring_color, ring_alpha, NULL);
}

static void
draw_movements (KwaMapRenderer         *self,
                cairo_t                *cr,
                const KwaViewport      *viewport,
                KwaScene               *scene,
                const KwaRenderOptions *options)
{
  const Palette *palette = &palettes[options->theme];
  double scale = ui_scale (viewport, options) * options->line_scale;
  g_autoptr(GArray) outline = NULL;

  if (!(options->layers & KWA_MAP_LAYER_MOVEMENTS))
    return;

  outline = g_array_new (FALSE, FALSE, sizeof (KwaMapPoint));

  for (guint i = 0; i < scene->movements->len; i++)
    {
      const KwaSceneMovement *visible = &g_array_index (scene->movements, KwaSceneMovement, i);
      const KwaMovement *movement = visible->movement->movement;
      const KwaColor *color = &get_side (scene, movement->side)->color;
      gboolean selected = options->selected == (gconstpointer) movement;
      double alpha = 0.82 * visible->opacity;

      build_arrow_outline (viewport, visible->movement, MAX (visible->progress, 0.02),
                           (selected ? 5 : 3.5) * scale, (selected ? 24 : 19) * scale, 20 * scale,
                           self->hit_paths, movement, outline);
      if (outline->len > 0)
        fill_arrow (self, cr, options, (const KwaMapPoint *) outline->data, outline->len, color, alpha,
                    selected ? &palette->ink : &palette->halo, selected ? 0.9 : 0.7 * visible->opacity,
                    (selected ? 2.0 : 1.0) * scale);

      /* The unit's name at the arrow's head while it moves. */
      if ((options->layers & KWA_MAP_LAYER_LABELS) && visible->opacity > 0.5 && visible->progress > 0.15)
        {
          const KwaAtlasMovement *path = visible->movement;
          double reach = path->length * visible->progress;
          guint k = 0;
          double x, y;
          g_autoptr(PangoLayout) layout = NULL;
          PangoRectangle logical;
          HitBox box;

          while (k + 1 < path->n_points && path->distance[k + 1] <= reach)
            k++;
          to_pixel (viewport, &path->points[k], &x, &y);
          layout = make_layout (self, kwa_text_get (&movement->unit, options->language),
                                11.5 * ui_scale (viewport, options), PANGO_WEIGHT_SEMIBOLD);
          pango_layout_get_pixel_extents (layout, NULL, &logical);
          box = (HitBox) { 0, 0, logical.width, logical.height, { KWA_MAP_HIT_MOVEMENT, movement } };
          place_unit_label (self, viewport, &box, x, y, 10 * scale);
          g_array_append_val (self->hit_boxes, box);
          draw_text (cr, options, layout, box.x, box.y, color, &palette->halo,
                     3 * ui_scale (viewport, options), visible->opacity);
        }
    }
}

/* ---- events ----------------------------------------------------------- */

static const KwaColor category_colors[] = {
  [KWA_EVENT_POLITICAL] = { 0.22, 0.36, 0.62 },
  [KWA_EVENT_MILITARY] = { 0.62, 0.20, 0.16 },
  [KWA_EVENT_DIPLOMATIC] = { 0.20, 0.50, 0.34 },
  [KWA_EVENT_HUMANITARIAN] = { 0.80, 0.50, 0.10 },
};

/* Sprites are made in device pixels at one unit per pixel, and painted
 * with a whole-pixel anchor: on an image or a recording at scale 1 that is
 * what drawing the shapes there gives. Vectors and HiDPI draw the shapes. */
static gboolean
can_paint_sprites (cairo_t                *cr,
                   const KwaRenderOptions *options)
{
  cairo_matrix_t ctm;

  if (options->vector || options->device_scale != 1.0)
    return FALSE;
  cairo_get_matrix (cr, &ctm);

  return ctm.xx == 1 && ctm.yy == 1 && ctm.xy == 0 && ctm.yx == 0 &&
         ctm.x0 == floor (ctm.x0) && ctm.y0 == floor (ctm.y0);
}

/* Paints @sprite with its anchor on the pixel nearest (@x, @y). */
static void
paint_sprite (cairo_t                     *cr,
              cairo_surface_t             *sprite,
              const cairo_rectangle_int_t *extent,
              double                       x,
              double                       y,
              double                       alpha)
{
  cairo_set_source_surface (cr, sprite, round (x) + extent->x, round (y) + extent->y);
  cairo_paint_with_alpha (cr, alpha);
}

typedef struct
{
  double   radius;
  double   ring_width;
  KwaColor color;         /* the dot and, unselected, the ring */
  KwaColor ring;
  KwaColor halo;
} MarkerKey;

/* A symbol drawn around its anchor: @reach pixels each way at most. As a
 * sprite (see can_paint_sprites()) with its anchor on the pixel nearest
 * (@x, @y), faded by @alpha; FALSE where the caller must draw it. */
static gboolean
paint_symbol_sprite (KwaMapRenderer    *self,
                     cairo_t           *cr,
                     gboolean           as_sprite,
                     gconstpointer      key,
                     gsize              key_size,
                     double             reach,
                     KwaSpriteDrawFunc  draw,
                     double             x,
                     double             y,
                     double             alpha)
{
  int pixels = (int) ceil (reach);
  cairo_rectangle_int_t extent = { -pixels, -pixels, 2 * pixels + 1, 2 * pixels + 1 };
  cairo_surface_t *sprite;

  if (!as_sprite ||
      (sprite = kwa_sprite_cache_lookup (self->sprites, key, key_size, &extent, NULL, draw, NULL)) == NULL)
    return FALSE;

  paint_sprite (cr, sprite, &extent, x, y, alpha);
  return TRUE;
}

/* A marker: a disc of halo, its ring, a dot. */
static void
trace_marker (cairo_t         *cr,
              const MarkerKey *marker,
              double           x,
              double           y,
              double           emphasis)
{
  cairo_new_path (cr);
  cairo_arc (cr, x, y, marker->radius, 0, 2 * G_PI);
  set_color (cr, &marker->halo, 0.95 * emphasis);
  cairo_fill_preserve (cr);
  set_color (cr, &marker->ring, emphasis);
  cairo_set_line_width (cr, marker->ring_width);
  cairo_stroke (cr);
  cairo_arc (cr, x, y, marker->radius * 0.45, 0, 2 * G_PI);
  set_color (cr, &marker->color, emphasis);
  cairo_fill (cr);
}

static void
draw_marker (cairo_t       *cr,
             gconstpointer  key,
             gpointer       user_data)
{
  trace_marker (cr, key, 0, 0, 1);
}

/* The marker as a sprite, faded as a whole by its emphasis (the halo no
 * longer shows through a fading ring: the cleaner of the two); or, where
 * sprites cannot be painted, its shapes. */
static void
paint_marker (KwaMapRenderer  *self,
              cairo_t         *cr,
              gboolean         as_sprite,
              const MarkerKey *marker,
              double           x,
              double           y,
              double           emphasis)
{
  if (!paint_symbol_sprite (self, cr, as_sprite, marker, sizeof *marker,
                            marker->radius + marker->ring_width / 2 + 1, draw_marker, x, y, emphasis))
    trace_marker (cr, marker, x, y, emphasis);
}

static void
draw_events (KwaMapRenderer         *self,
             cairo_t                *cr,
             const KwaViewport      *viewport,
             KwaScene               *scene,
             const KwaRenderOptions *options)
{
  const Palette *palette = &palettes[options->theme];
  double scale = ui_scale (viewport, options);
  gboolean as_sprites = can_paint_sprites (cr, options);

  if (!(options->layers & KWA_MAP_LAYER_EVENTS))
    return;

  /* Least emphasised first, so the current events end up on top. */
  for (guint i = scene->events->len; i > 0; i--)
    {
      const KwaSceneEvent *visible = &g_array_index (scene->events, KwaSceneEvent, i - 1);
      const KwaEvent *event = visible->event->event;
      const KwaColor *color = &category_colors[event->category];
      gboolean selected = options->selected == (gconstpointer) event;
      double radius = (10 - 2 * (event->importance - 1)) * scale;
      MarkerKey marker;
      double x, y;

      if (!visible->event->has_point)
        continue;

      to_pixel (viewport, &visible->event->point, &x, &y);

      cairo_save (cr);
      cairo_new_path (cr);
      if (visible->active && options->pulse > 0)
        {
          /* A ring that grows and fades, once a second. */
          cairo_arc (cr, x, y, radius * (1 + 1.4 * options->pulse), 0, 2 * G_PI);
          set_color (cr, color, 0.5 * (1 - options->pulse));
          cairo_set_line_width (cr, 3 * scale);
          cairo_stroke (cr);
        }

      memset (&marker, 0, sizeof marker);
      marker.radius = radius;
      marker.ring_width = (selected ? 3.5 : 2.2) * scale;
      marker.color = *color;
      marker.ring = selected ? palette->ink : *color;
      marker.halo = palette->halo;
      paint_marker (self, cr, as_sprites, &marker, x, y, visible->emphasis);
      cairo_restore (cr);

      {
        HitCircle circle = { x, y, MAX (radius + 6, 16), { KWA_MAP_HIT_EVENT, event } };
        g_array_append_val (self->hit_circles, circle);
      }
    }
}

/* ---- places ----------------------------------------------------------- */

typedef struct
{
  double   size;         /* the dot's radius, or half the square's side */
  double   line_width;
  KwaColor ink;
  KwaColor halo;
  gboolean square;       /* a capital's */
} DotKey;

static void
trace_place_dot (cairo_t      *cr,
                 const DotKey *dot,
                 double        x,
                 double        y)
{
  cairo_new_path (cr);
  if (dot->square)
    cairo_rectangle (cr, x - dot->size, y - dot->size, 2 * dot->size, 2 * dot->size);
  else
    cairo_arc (cr, x, y, dot->size, 0, 2 * G_PI);
  set_color (cr, &dot->ink, 0.9);
  cairo_fill_preserve (cr);
  set_color (cr, &dot->halo, 0.9);
  cairo_set_line_width (cr, dot->line_width);
  cairo_stroke (cr);
}

static void
draw_place_dot (cairo_t       *cr,
                gconstpointer  key,
                gpointer       user_data)
{
  trace_place_dot (cr, key, 0, 0);
}

/* A place's dot (a capital's square), as a sprite where it can be. */
static void
paint_place_dot (KwaMapRenderer *self,
                 cairo_t        *cr,
                 gboolean        as_sprite,
                 const DotKey   *dot,
                 double          x,
                 double          y)
{
  if (!paint_symbol_sprite (self, cr, as_sprite, dot, sizeof *dot,
                            dot->size * G_SQRT2 + dot->line_width / 2 + 1, draw_place_dot, x, y, 1))
    trace_place_dot (cr, dot, x, y);
}

/* Labels the places, most important first, skipping any label that would
 * collide with one already placed; minor places appear as the view zooms
 * in. */
static void
draw_places (KwaMapRenderer         *self,
             cairo_t                *cr,
             const KwaViewport      *viewport,
             KwaScene               *scene,
             const KwaRenderOptions *options)
{
  const Palette *palette = &palettes[options->theme];
  double scale = ui_scale (viewport, options);
  KwaMapRect extent;
  double zoom;
  guint n;
  const KwaAtlasPlace *places = kwa_atlas_get_places (scene->atlas, &n);
  gboolean as_sprites = can_paint_sprites (cr, options);

  if (!(options->layers & KWA_MAP_LAYER_LABELS))
    return;

  kwa_basemap_get_extent (kwa_basemap_cache_get_basemap (self->cache), &extent);
  zoom = kwa_viewport_get_zoom (viewport, &extent);

  /* Event markers are drawn over the labels: keep labels clear of them. */
  g_array_set_size (self->marker_boxes, 0);
  if (options->layers & KWA_MAP_LAYER_EVENTS)
    for (guint i = 0; i < scene->events->len; i++)
      {
        const KwaSceneEvent *visible = &g_array_index (scene->events, KwaSceneEvent, i);
        double radius = (10 - 2 * (visible->event->event->importance - 1) + 3) * scale;
        HitBox box = { 0 };
        double x, y;

        if (!visible->event->has_point)
          continue;
        to_pixel (viewport, &visible->event->point, &x, &y);
        box.x = x - radius;
        box.y = y - radius;
        box.width = box.height = 2 * radius;
        g_array_append_val (self->marker_boxes, box);
      }

  /* Capitals first (pass 0), then by importance: 1 always; 2 once zoomed
   * in a little (or on a big screen); 3 only close up. */
  for (int importance = 0; importance <= 3; importance++)
    {
      double needed = importance <= 1 ? 0 : importance == 2 ? 1.4 : 3.0;

      if (zoom * ui_scale (viewport, options) < needed * 0.9 && importance > 1)
        continue;

      for (guint i = 0; i < n; i++)
        {
          const KwaPlace *place = places[i].place;
          g_autoptr(PangoLayout) layout = NULL;
          PangoRectangle logical;
          HitBox box;
          DotKey dot_key;
          double x, y, size, dot;

          if ((importance == 0) != (place->kind == KWA_PLACE_CAPITAL) ||
              (importance > 0 && place->importance != importance))
            continue;

          to_pixel (viewport, &places[i].point, &x, &y);
          if (x < -50 || y < -50 || x > viewport->width + 50 || y > viewport->height + 50)
            continue;

          size = (place->kind == KWA_PLACE_CAPITAL ? 15.5 : importance == 1 ? 13.5 : 12) * scale;
          dot = (place->kind == KWA_PLACE_CAPITAL ? 4.0 : 2.8) * scale;
          layout = make_layout (self, kwa_text_get (&place->name, options->language), size,
                                place->kind == KWA_PLACE_CAPITAL ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_MEDIUM);
          /* Only the logical box: ink extents cost a walk over every glyph. */
          pango_layout_get_pixel_extents (layout, NULL, &logical);

          box.width = logical.width;
          box.height = logical.height;
          box.hit.kind = KWA_MAP_HIT_PLACE;
          box.hit.record = place;
          if (!place_label (self, &box, x, y, dot + 3 * scale))
            continue;
          g_array_append_val (self->hit_boxes, box);

          memset (&dot_key, 0, sizeof dot_key);
          dot_key.square = place->kind == KWA_PLACE_CAPITAL;
          dot_key.size = dot;
          dot_key.line_width = 1.2 * scale;
          dot_key.ink = palette->ink;
          dot_key.halo = palette->halo;
          cairo_save (cr);
          paint_place_dot (self, cr, as_sprites, &dot_key, x, y);
          cairo_restore (cr);

          draw_text (cr, options, layout, box.x, box.y, &palette->ink, &palette->halo, 3.2 * scale,
                     options->selected == (gconstpointer) place ? 1.0 : 0.92);
        }
    }
}

/* ---- chrome: date, legend, scale bar ---------------------------------- */

static void
draw_panel_background (cairo_t        *cr,
                       const Palette  *palette,
                       double          x,
                       double          y,
                       double          width,
                       double          height,
                       double          radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  set_color (cr, &palette->halo, 0.82);
  cairo_fill (cr);
}

static void
draw_date (KwaMapRenderer         *self,
           cairo_t                *cr,
           const KwaViewport      *viewport,
           KwaScene               *scene,
           const KwaRenderOptions *options)
{
  const Palette *palette = &palettes[options->theme];
  double scale = ui_scale (viewport, options);
  g_autofree char *date = kwa_date_format (scene->date, options->language);
  g_autoptr(PangoLayout) date_layout = make_layout (self, date, 34 * scale, PANGO_WEIGHT_BOLD);
  g_autoptr(PangoLayout) phase_layout = NULL;
  PangoRectangle date_rect, phase_rect = { 0 };
  double margin = 20 * scale, pad = 14 * scale;

  if (!(options->layers & KWA_MAP_LAYER_DATE))
    return;

  pango_layout_get_pixel_extents (date_layout, NULL, &date_rect);
  if (scene->phase != NULL)
    {
      phase_layout = make_layout (self, kwa_text_get (&scene->phase->name, options->language),
                                  17 * scale, PANGO_WEIGHT_MEDIUM);
      pango_layout_get_pixel_extents (phase_layout, NULL, &phase_rect);
    }

  cairo_save (cr);
  draw_panel_background (cr, palette, margin, margin,
                         MAX (date_rect.width, phase_rect.width) + 2 * pad,
                         date_rect.height + phase_rect.height + 2 * pad, 10 * scale);
  cairo_move_to (cr, margin + pad, margin + pad);
  set_color (cr, &palette->ink, 1);
  pango_cairo_show_layout (cr, date_layout);
  if (phase_layout != NULL)
    {
      cairo_move_to (cr, margin + pad, margin + pad + date_rect.height);
      set_color (cr, &palette->ink, 0.75);
      pango_cairo_show_layout (cr, phase_layout);
    }
  cairo_restore (cr);
}

static double
nice_distance (double km)
{
  double base = pow (10, floor (log10 (km)));

  if (km >= 5 * base)
    return 5 * base;
  if (km >= 2 * base)
    return 2 * base;
  return base;
}

static void
draw_scale_bar (KwaMapRenderer         *self,
                cairo_t                *cr,
                const KwaViewport      *viewport,
                const KwaRenderOptions *options)
{
  const Palette *palette = &palettes[options->theme];
  double scale = ui_scale (viewport, options);
  double km = nice_distance (160 * scale / viewport->scale);
  double length = km * viewport->scale;
  double x = 24 * scale, y = viewport->height - 28 * scale;
  g_autofree char *text = g_strdup_printf ("%g km", km);
  g_autoptr(PangoLayout) layout = make_layout (self, text, 12 * scale, PANGO_WEIGHT_MEDIUM);

  if (!(options->layers & KWA_MAP_LAYER_SCALE_BAR))
    return;

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, x, y, length, 5 * scale);
  set_color (cr, &palette->halo, 0.9);
  cairo_set_line_width (cr, 3 * scale);
  cairo_stroke_preserve (cr);
  set_color (cr, &palette->ink, 0.9);
  cairo_fill (cr);
  cairo_rectangle (cr, x + length / 2, y, length / 2, 5 * scale);
  set_color (cr, &palette->halo, 1);
  cairo_fill (cr);
  cairo_restore (cr);
  draw_text (cr, options, layout, x, y - 18 * scale, &palette->ink, &palette->halo, 3 * scale, 1);
}

static void
legend_swatch (cairo_t        *cr,
               const KwaColor *color,
               double          alpha,
               double          x,
               double          y,
               double          size)
{
  cairo_rectangle (cr, x, y, size, size);
  set_color (cr, color, alpha);
  cairo_fill (cr);
}

/* The legend's panel with its top-left corner at (@x, @y). */
typedef struct
{
  const Palette  *palette;
  const KwaColor *north;
  const KwaColor *south;
  PangoLayout    *layouts[4];
  double          width;        /* of the widest label */
  double          scale;
} Legend;

#define LEGEND_SWATCH 14
#define LEGEND_LINE_HEIGHT 24
#define LEGEND_PAD 12

static void
legend_size (const Legend *legend,
             double       *width,
             double       *height)
{
  double scale = legend->scale;

  *width = legend->width + (LEGEND_SWATCH + 3 * LEGEND_PAD) * scale;
  *height = (G_N_ELEMENTS (legend->layouts) * LEGEND_LINE_HEIGHT + 2 * LEGEND_PAD) * scale;
}

static void
draw_legend_panel (cairo_t      *cr,
                   const Legend *legend,
                   double        x,
                   double        y)
{
  const Palette *palette = legend->palette;
  double scale = legend->scale;
  double size = LEGEND_SWATCH * scale, line_height = LEGEND_LINE_HEIGHT * scale, pad = LEGEND_PAD * scale;
  double width, height;

  legend_size (legend, &width, &height);
  draw_panel_background (cr, palette, x, y, width, height, 10 * scale);
  x += pad;
  y += pad;
  for (guint i = 0; i < G_N_ELEMENTS (legend->layouts); i++)
    {
      double cy = y + i * line_height + (line_height - size) / 2;

      switch (i)
        {
        case 0:
        case 1:
          legend_swatch (cr, i == 0 ? legend->north : legend->south, 0.4, x, cy, size);
          break;
        case 2:
          cairo_move_to (cr, x, cy + size / 2);
          cairo_line_to (cr, x + size, cy + size / 2);
          set_color (cr, &palette->ink, 1);
          cairo_set_line_width (cr, 2.6 * scale);
          cairo_stroke (cr);
          break;
        default:
          {
            double dashes[] = { 2 * scale, 3 * scale };

            cairo_move_to (cr, x, cy + size / 2);
            cairo_line_to (cr, x + size, cy + size / 2);
            cairo_set_dash (cr, dashes, 2, 0);
            set_color (cr, &palette->ink, 0.5);
            cairo_set_line_width (cr, 1.6 * scale);
            cairo_stroke (cr);
            cairo_set_dash (cr, NULL, 0, 0);
          }
          break;
        }
      cairo_move_to (cr, x + size + pad, y + i * line_height + (line_height - 13 * scale * 1.35) / 2);
      set_color (cr, &palette->ink, 1);
      pango_cairo_show_layout (cr, legend->layouts[i]);
    }
}

static void
draw_legend_sprite (cairo_t       *cr,
                    gconstpointer  key,
                    gpointer       user_data)
{
  draw_legend_panel (cr, user_data, 0, 0);
}

/* What makes the legend look as it does, as bytes: a sprite's key. */
static GByteArray *
legend_key (const Legend           *legend,
            const KwaRenderOptions *options,
            const char            **labels,
            guint                   n_labels)
{
  GByteArray *key = g_byte_array_new ();
  struct
  {
    KwaColor north, south, ink, halo;
    double   scale;
    int      theme;
  } fixed;

  memset (&fixed, 0, sizeof fixed);
  fixed.north = *legend->north;
  fixed.south = *legend->south;
  fixed.ink = legend->palette->ink;
  fixed.halo = legend->palette->halo;
  fixed.scale = legend->scale;
  fixed.theme = options->theme;
  g_byte_array_append (key, (const guint8 *) &fixed, sizeof fixed);
  for (guint i = 0; i < n_labels; i++)
    g_byte_array_append (key, (const guint8 *) labels[i], strlen (labels[i]) + 1);

  return key;
}

/* The font options glyphs drawn on @cr's target get, for a sprite with
 * text to be drawn as they would. */
static cairo_font_options_t *
target_font_options (cairo_t *cr)
{
  cairo_font_options_t *options = cairo_font_options_create ();
  cairo_font_options_t *context_options = cairo_font_options_create ();

  cairo_surface_get_font_options (cairo_get_target (cr), options);
  cairo_get_font_options (cr, context_options);
  cairo_font_options_merge (options, context_options);
  cairo_font_options_destroy (context_options);

  return options;
}

/* Bottom right: the sides' colours and the two lines. The same every
 * frame, so painted from a sprite where it can be. */
static void
draw_legend (KwaMapRenderer         *self,
             cairo_t                *cr,
             const KwaViewport      *viewport,
             KwaScene               *scene,
             const KwaRenderOptions *options)
{
  Legend legend = { &palettes[options->theme] };
  const char *labels[G_N_ELEMENTS (legend.layouts)];
  cairo_surface_t *sprite = NULL;
  double width, height, x, y;

  if (!(options->layers & KWA_MAP_LAYER_LEGEND))
    return;

  legend.scale = ui_scale (viewport, options);
  legend.north = &get_side (scene, KWA_SIDE_NORTH)->color;
  legend.south = &get_side (scene, KWA_SIDE_SOUTH)->color;
  labels[0] = kwa_text_get (&get_side (scene, KWA_SIDE_NORTH)->name, options->language);
  labels[1] = kwa_text_get (&get_side (scene, KWA_SIDE_SOUTH)->name, options->language);
  labels[2] = self->words.front_line;
  labels[3] = self->words.front_line_earlier;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      PangoRectangle rect;

      legend.layouts[i] = make_layout (self, labels[i], 13 * legend.scale, PANGO_WEIGHT_NORMAL);
      pango_layout_get_pixel_extents (legend.layouts[i], NULL, &rect);
      legend.width = MAX (legend.width, rect.width);
    }

  legend_size (&legend, &width, &height);
  x = viewport->width - width - 8 * legend.scale;
  y = viewport->height - height - 8 * legend.scale;

  cairo_save (cr);
  if (can_paint_sprites (cr, options))
    {
      g_autoptr(GByteArray) key = legend_key (&legend, options, labels, G_N_ELEMENTS (labels));
      cairo_font_options_t *font_options = target_font_options (cr);
      cairo_rectangle_int_t extent = { 0, 0, (int) ceil (width) + 1, (int) ceil (height) + 1 };

      for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
        update_layout (cr, legend.layouts[i]);
      sprite = kwa_sprite_cache_lookup (self->sprites, key->data, key->len, &extent, font_options,
                                        draw_legend_sprite, &legend);
      cairo_font_options_destroy (font_options);
    }
  if (sprite != NULL)
    paint_sprite (cr, sprite, &(cairo_rectangle_int_t) { 0, 0, 0, 0 }, x, y, 1);
  else
    draw_legend_panel (cr, &legend, x, y);
  cairo_restore (cr);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    g_object_unref (legend.layouts[i]);
}

/* ---- the pen ---------------------------------------------------------- */

static void
draw_sketch (cairo_t                *cr,
             const KwaViewport      *viewport,
             const KwaRenderOptions *options)
{
  guint n;

  if (options->sketch == NULL || (n = kwa_sketch_get_n_strokes (options->sketch)) == 0)
    return;

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < n; i++)
    {
      const KwaStroke *stroke = kwa_sketch_get_stroke (options->sketch, i);
      const KwaMapPoint *points = (const KwaMapPoint *) stroke->points->data;

      cairo_new_path (cr);
      trace_polyline (cr, viewport, points, stroke->points->len);
      if (stroke->points->len == 1)
        cairo_rel_line_to (cr, 0.01, 0);   /* a tap leaves a dot */
      cairo_set_line_width (cr, stroke->width * options->line_scale);
      set_color (cr, &stroke->color, 0.9);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* ---- the frame -------------------------------------------------------- */

/* Labels, their sprites and the markers' are made at the frame's scale:
 * when the view changes size (or the text scale changes), those of the
 * old scale would only take room, megabytes of it at 4K, until the caches
 * filled up. */
static void
drop_caches_of_other_scales (KwaMapRenderer         *self,
                             const KwaViewport      *viewport,
                             const KwaRenderOptions *options)
{
  double scale = ui_scale (viewport, options);

  if (scale == self->cached_scale)
    return;

  g_hash_table_remove_all (self->layouts);
  kwa_sprite_cache_clear (self->sprites);
  self->cached_scale = scale;
}

static gboolean
draw_frame (KwaMapRenderer          *self,
            cairo_t                 *cr,
            const KwaViewport       *viewport,
            KwaScene                *scene,
            const KwaRenderOptions  *options,
            GError                 **error)
{
  drop_caches_of_other_scales (self, viewport, options);
  g_array_set_size (self->hit_circles, 0);
  g_array_set_size (self->hit_boxes, 0);
  g_array_set_size (self->hit_paths, 0);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, viewport->width, viewport->height);
  cairo_clip (cr);

  if (!draw_control (self, cr, viewport, scene, options, error))
    {
      cairo_restore (cr);
      return FALSE;
    }

  draw_sheet_edge (self, cr, viewport, options);

  /* Cairo's default antialiasing samples 256 × 15 positions per pixel
   * for every line and shape; its fast mode 4 × 4, which at screen
   * resolution no one tells apart (looked at magnified) and which takes a
   * fifth off the busiest frames. Vector output is not rasterised here. */
  if (!options->vector)
    cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);

  if (scene != NULL)
    {
      draw_uncertainty (self, cr, viewport, scene, options);
      draw_lines (self, cr, viewport, scene, options);
      draw_front (self, cr, viewport, scene, options);
      draw_places (self, cr, viewport, scene, options);
      draw_movements (self, cr, viewport, scene, options);
      draw_events (self, cr, viewport, scene, options);
      draw_date (self, cr, viewport, scene, options);
      draw_legend (self, cr, viewport, scene, options);
    }
  draw_scale_bar (self, cr, viewport, options);
  draw_sketch (cr, viewport, options);

  cairo_restore (cr);

  return TRUE;
}

/* ---- two bands at once ------------------------------------------------ */

/* Below this many rows a band is not worth a thread. */
#define MIN_BAND_ROWS 128

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
  cairo_rectangle_int_t clip;

  if (self->max_threads < 2 || viewport->height < 2 * MIN_BAND_ROWS ||
      !draws_one_unit_per_pixel (cr, options, &clip) ||
      clip.x > 0 || clip.y > 0 ||
      clip.x + clip.width < viewport->width || clip.y + clip.height < viewport->height)
    return FALSE;

  /* The caller's drawing state is the lower band's too only at cairo's
   * defaults, which is how the renderer is called. */
  if (cairo_get_operator (cr) != CAIRO_OPERATOR_OVER || cairo_get_tolerance (cr) != 0.1)
    return FALSE;

  return kwa_basemap_cache_prepare_compose (self->cache, cairo_get_target (cr), viewport,
                                            shades_control (scene, options) ? KWA_BASEMAP_TINT_NORTH
                                                                            : KWA_BASEMAP_TINT_NONE,
                                            KWA_BASEMAP_TINT_SOUTH) &&
         ready_land_masks (self, cr, viewport, scene, options);
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
  gint64 start;
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
      self->band_helper->band_parent = self;
    }

  self->band_helper->words = self->words;

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
  kwa_render_worker_start (self->worker, draw_band, &lower);

  start = g_get_monotonic_time ();
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, viewport->width, split);
  cairo_clip (cr);
  drawn = draw_frame (self, cr, viewport, scene, options, error);
  cairo_restore (cr);
  start = g_get_monotonic_time () - start;

  kwa_render_worker_wait (self->worker);
  cairo_destroy (lower.cr);
  cairo_surface_flush (lower_surface);
  cairo_surface_destroy (lower_surface);
  cairo_surface_mark_dirty (target);

  balance_bands (self, start, lower.elapsed);

  return drawn;
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

  self->words.front_line = kwa_gettext_in (options->language, N_("Front line"));
  self->words.front_line_earlier = kwa_gettext_in (options->language, N_("Front line three weeks earlier"));

  if (draws_in_bands (self, cr, viewport, scene, options))
    return draw_in_bands (self, cr, viewport, scene, options, error);

  return draw_frame (self, cr, viewport, scene, options, error);
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

  g_return_val_if_fail (KWA_IS_MAP_RENDERER (self), none);

  /* Markers drawn last are on top: search backwards. */
  for (guint i = self->hit_circles->len; i > 0; i--)
    {
      const HitCircle *c = &g_array_index (self->hit_circles, HitCircle, i - 1);

      if (hypot (x - c->x, y - c->y) <= c->radius)
        return c->hit;
    }

  for (guint i = self->hit_paths->len; i > 0; i--)
    {
      const HitCircle *c = &g_array_index (self->hit_paths, HitCircle, i - 1);

      if (hypot (x - c->x, y - c->y) <= c->radius)
        return c->hit;
    }

  for (guint i = 0; i < self->hit_boxes->len; i++)
    {
      const HitBox *b = &g_array_index (self->hit_boxes, HitBox, i);

      if (x >= b->x - 8 && x <= b->x + b->width && y >= b->y && y <= b->y + b->height)
        return b->hit;
    }

  return none;
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

  *n_labels = self->hit_boxes->len;

  return (const KwaMapLabel *) self->hit_boxes->data;
}
