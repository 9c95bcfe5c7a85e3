/* kwa-basemap.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-basemap"

#include "config.h"

#include <librsvg/rsvg.h>
#include <math.h>
#include <string.h>

#include "kwa-basemap.h"
#include "kwa-map-palette.h"

#ifndef RSVG_HAS_AUTOPTR   /* librsvg 2.54 does not declare one */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsvgHandle, g_object_unref)
#endif

/* What Korean land is filled with: a tint (KwaBasemapTint), or, for the
 * raster cache, black or white (KwaBasemapLandKey after the tints). */
#define N_LAND_FILLS (KWA_N_BASEMAP_TINTS + 2)
#define LAND_FILL_OF_KEY(key) (KWA_N_BASEMAP_TINTS + (key))

typedef struct
{
  GMutex      lock;      /* librsvg handles are not thread safe */
  RsvgHandle *handle;
} StyledHandle;

struct _KwaBasemap
{
  GObject        parent_instance;

  /* Owned */
  GBytes        *svg;
  KwaMapExtent   extent;
  KwaProjection  projection;
  KwaColor       side_color[KWA_N_SIDES];
  KwaMapRect     land_bounds;
  guint          style_serial;

  /* Created on first use; the worker thread of the raster cache and the
   * main thread (exports) may both draw, hence the locks. One per theme
   * and land fill: each tint, then the raster cache's black and white. */
  GMutex         handles_lock;
  StyledHandle   handles[KWA_N_MAP_THEMES][N_LAND_FILLS];
};

G_DEFINE_FINAL_TYPE (KwaBasemap, kwa_basemap, G_TYPE_OBJECT)
G_DEFINE_QUARK (kwa-basemap-error-quark, kwa_basemap_error)

static void
clear_handles (KwaBasemap *self)
{
  for (guint theme = 0; theme < KWA_N_MAP_THEMES; theme++)
    for (guint fill = 0; fill < N_LAND_FILLS; fill++)
      {
        StyledHandle *styled = &self->handles[theme][fill];

        g_mutex_lock (&styled->lock);
        g_clear_object (&styled->handle);
        g_mutex_unlock (&styled->lock);
      }
}

static void
kwa_basemap_finalize (GObject *object)
{
  KwaBasemap *self = KWA_BASEMAP (object);

  clear_handles (self);
  for (guint theme = 0; theme < KWA_N_MAP_THEMES; theme++)
    for (guint fill = 0; fill < N_LAND_FILLS; fill++)
      g_mutex_clear (&self->handles[theme][fill].lock);
  g_mutex_clear (&self->handles_lock);
  g_clear_pointer (&self->svg, g_bytes_unref);

  G_OBJECT_CLASS (kwa_basemap_parent_class)->finalize (object);
}

static void
kwa_basemap_class_init (KwaBasemapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kwa_basemap_finalize;
}

static void
kwa_basemap_init (KwaBasemap *self)
{
  g_mutex_init (&self->handles_lock);
  for (guint theme = 0; theme < KWA_N_MAP_THEMES; theme++)
    for (guint fill = 0; fill < N_LAND_FILLS; fill++)
      g_mutex_init (&self->handles[theme][fill].lock);

  /* Until the exhibit says otherwise: the colours of docs/exhibit-format.md. */
  kwa_color_parse ("#b8433b", &self->side_color[KWA_BASEMAP_TINT_NORTH]);
  kwa_color_parse ("#2f5d8a", &self->side_color[KWA_BASEMAP_TINT_SOUTH]);
}

static RsvgHandle *
load_handle (GBytes   *svg,
             GError  **error)
{
  g_autoptr(RsvgHandle) handle = NULL;
  gsize len;
  const guint8 *data = g_bytes_get_data (svg, &len);

  handle = rsvg_handle_new_from_data (data, len, error);
  if (handle == NULL)
    return NULL;

  /* The basemap is authored in km; 1 unit = 1 px at scale 1. */
  rsvg_handle_set_dpi (handle, 96.0);

  return g_steal_pointer (&handle);
}

static gboolean
read_extent (RsvgHandle  *handle,
             KwaMapRect  *extent,
             GError     **error)
{
  gboolean has_width, has_height, has_viewbox;
  RsvgLength width, height;
  RsvgRectangle viewbox;

  rsvg_handle_get_intrinsic_dimensions (handle, &has_width, &width,
                                        &has_height, &height,
                                        &has_viewbox, &viewbox);
  if (!has_viewbox || viewbox.width <= 0 || viewbox.height <= 0)
    {
      g_set_error (error, KWA_BASEMAP_ERROR, KWA_BASEMAP_ERROR_INVALID,
                   "the basemap has no viewBox, so its coordinates cannot be placed on the map");
      return FALSE;
    }

  extent->x = viewbox.x;
  extent->y = viewbox.y;
  extent->width = viewbox.width;
  extent->height = viewbox.height;

  return TRUE;
}

/* The home rectangle, from <kwa:projection home="x y width height">: what
 * zoom 1 shows whole. A basemap without one is all home, as basemaps were
 * before they reached past the theatre of the war. */
static void
read_home (const char   *text,
           gsize         len,
           KwaMapExtent *extent)
{
  /* The metadata sits at the top of the file; no need to scan the paths. */
  gsize head = MIN (len, 4096);
  const char *element = g_strstr_len (text, head, "<kwa:projection");
  const char *end = element != NULL ? g_strstr_len (element, text + head - element, ">") : NULL;
  const char *attr = end != NULL ? g_strstr_len (element, end - element, " home=\"") : NULL;
  double values[4];
  char *cursor;

  extent->home = extent->data;
  if (attr == NULL)
    return;

  cursor = (char *) attr + strlen (" home=\"");
  for (guint i = 0; i < 4; i++)
    {
      char *next;

      values[i] = g_ascii_strtod (cursor, &next);
      if (next == cursor || next > end)
        return;
      cursor = next;
    }

  if (values[2] > 0 && values[3] > 0)
    {
      extent->home.x = values[0];
      extent->home.y = values[1];
      extent->home.width = values[2];
      extent->home.height = values[3];
    }
}

/* The box of the Korean land (the layer "land-korea" that the tints
 * colour), in map units: beyond it every tint draws the same pixels. A
 * basemap without that layer may differ anywhere. */
static void
read_land_bounds (RsvgHandle *handle,
                  KwaBasemap *self)
{
  g_autoptr(GError) error = NULL;
  RsvgRectangle viewport = { self->extent.data.x, self->extent.data.y,
                             self->extent.data.width, self->extent.data.height };
  RsvgRectangle ink, logical;

  self->land_bounds = self->extent.data;
  if (!rsvg_handle_has_sub (handle, "#land-korea"))
    return;
  if (!rsvg_handle_get_geometry_for_layer (handle, "#land-korea", &viewport, &ink, &logical, &error))
    {
      g_debug ("The Korean land's box is unknown, so tints cover the whole basemap: %s", error->message);
      return;
    }
  if (ink.width > 0 && ink.height > 0)
    self->land_bounds = (KwaMapRect) { ink.x, ink.y, ink.width, ink.height };
}

/**
 * kwa_basemap_new_from_bytes:
 * @svg: the basemap SVG, as written by tools/gen-basemap.py
 *
 * Returns: (transfer full) (nullable): the basemap, or %NULL with @error set
 *   when the SVG cannot be drawn or does not say how it was projected
 */
KwaBasemap *
kwa_basemap_new_from_bytes (GBytes  *svg,
                            GError **error)
{
  g_autoptr(KwaBasemap) self = NULL;
  g_autoptr(RsvgHandle) handle = NULL;
  gsize len;
  const char *text;

  g_return_val_if_fail (svg != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (KWA_TYPE_BASEMAP, NULL);
  self->svg = g_bytes_ref (svg);

  if (!(handle = load_handle (svg, error)))
    return NULL;
  if (!read_extent (handle, &self->extent.data, error))
    return NULL;

  read_land_bounds (handle, self);

  text = g_bytes_get_data (svg, &len);
  read_home (text, len, &self->extent);
  if (!kwa_projection_read_svg_metadata (&self->projection, text, len, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * kwa_basemap_new_from_file:
 *
 * Works for file:// and resource:// files alike.
 *
 * Returns: (transfer full) (nullable): the basemap, or %NULL with @error set
 */
KwaBasemap *
kwa_basemap_new_from_file (GFile   *file,
                           GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return NULL;

  return kwa_basemap_new_from_bytes (bytes, error);
}

void
kwa_basemap_get_extent (KwaBasemap   *self,
                        KwaMapExtent *extent)
{
  g_return_if_fail (KWA_IS_BASEMAP (self));
  g_return_if_fail (extent != NULL);

  *extent = self->extent;
}

/**
 * kwa_basemap_get_land_bounds:
 *
 * The box of the Korean land in map units: outside it the basemap looks
 * the same in every tint.
 */
void
kwa_basemap_get_land_bounds (KwaBasemap *self,
                             KwaMapRect *bounds)
{
  g_return_if_fail (KWA_IS_BASEMAP (self));
  g_return_if_fail (bounds != NULL);

  *bounds = self->land_bounds;
}

const KwaProjection *
kwa_basemap_get_projection (KwaBasemap *self)
{
  g_return_val_if_fail (KWA_IS_BASEMAP (self), NULL);

  return &self->projection;
}

/* Changing colours invalidates every styled handle; rasters made from them
 * are recognised as stale through the style serial. */
void
kwa_basemap_set_side_colors (KwaBasemap     *self,
                             const KwaColor *north,
                             const KwaColor *south)
{
  g_return_if_fail (KWA_IS_BASEMAP (self));
  g_return_if_fail (north != NULL && south != NULL);

  if (memcmp (north, &self->side_color[KWA_BASEMAP_TINT_NORTH], sizeof *north) == 0 &&
      memcmp (south, &self->side_color[KWA_BASEMAP_TINT_SOUTH], sizeof *south) == 0)
    return;

  g_mutex_lock (&self->handles_lock);
  self->side_color[KWA_BASEMAP_TINT_NORTH] = *north;
  self->side_color[KWA_BASEMAP_TINT_SOUTH] = *south;
  clear_handles (self);
  self->style_serial++;
  g_mutex_unlock (&self->handles_lock);
}

guint
kwa_basemap_get_style_serial (KwaBasemap *self)
{
  g_return_val_if_fail (KWA_IS_BASEMAP (self), 0);

  return self->style_serial;
}

KwaColor
kwa_basemap_get_sea_color (KwaBasemap  *self,
                           KwaMapTheme  theme)
{
  g_return_val_if_fail (KWA_IS_BASEMAP (self), *kwa_map_palette_get_sea (KWA_MAP_THEME_LIGHT));

  return *kwa_map_palette_get_sea (theme);
}

/**
 * kwa_basemap_get_land_color:
 *
 * The colour Korean land is drawn in under @tint: the side's colour mixed
 * into the theme's land (see kwa_map_palette_get_land()), or the plain land.
 */
KwaColor
kwa_basemap_get_land_color (KwaBasemap     *self,
                            KwaMapTheme     theme,
                            KwaBasemapTint  tint)
{
  g_return_val_if_fail (KWA_IS_BASEMAP (self), *kwa_map_palette_get_sea (KWA_MAP_THEME_LIGHT));
  g_return_val_if_fail (tint < KWA_N_BASEMAP_TINTS, kwa_map_palette_get_land (theme, NULL));

  return kwa_map_palette_get_land (theme, tint == KWA_BASEMAP_TINT_NONE ? NULL : &self->side_color[tint]);
}

/* The colour of land fill @fill: a tint's, or the raster cache's key. */
static KwaColor
land_fill_color (KwaBasemap  *self,
                 KwaMapTheme  theme,
                 guint        fill)
{
  if (fill == LAND_FILL_OF_KEY (KWA_BASEMAP_LAND_BLACK))
    return (KwaColor) { 0, 0, 0 };
  if (fill == LAND_FILL_OF_KEY (KWA_BASEMAP_LAND_WHITE))
    return (KwaColor) { 1, 1, 1 };
  return kwa_basemap_get_land_color (self, theme, fill);
}

/* The theme's stylesheet, then the sea and the land in the palette's
 * colours: the palette is their one source, so the legend, the margins
 * and the contrast test see what the basemap draws. */
static char *
build_stylesheet (KwaBasemap  *self,
                  KwaMapTheme  theme,
                  guint        fill)
{
  g_autofree char *path = NULL;
  g_autoptr(GBytes) theme_css = NULL;
  g_autofree char *sea_hex = NULL;
  g_autofree char *land_hex = NULL;
  KwaColor land = land_fill_color (self, theme, fill);

  path = g_strdup_printf (APP_PATH "/map-themes/%s.css", kwa_map_theme_to_string (theme));
  theme_css = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  sea_hex = kwa_color_to_hex (kwa_map_palette_get_sea (theme));
  land_hex = kwa_color_to_hex (&land);

  return g_strdup_printf ("%.*s\n.sea { fill: %s !important; }\n.land { fill: %s !important; }\n",
                          theme_css ? (int) g_bytes_get_size (theme_css) : 0,
                          theme_css ? (const char *) g_bytes_get_data (theme_css, NULL) : "",
                          sea_hex, land_hex);
}

/* Returns the handle for @theme and @fill with its lock held. */
static RsvgHandle *
lock_styled_handle (KwaBasemap      *self,
                    KwaMapTheme      theme,
                    guint            fill,
                    StyledHandle   **out_styled,
                    GError         **error)
{
  StyledHandle *styled = &self->handles[theme][fill];

  g_mutex_lock (&self->handles_lock);
  g_mutex_lock (&styled->lock);

  if (styled->handle == NULL)
    {
      g_autofree char *css = build_stylesheet (self, theme, fill);
      g_autoptr(RsvgHandle) handle = load_handle (self->svg, error);

      if (handle == NULL ||
          !rsvg_handle_set_stylesheet (handle, (const guint8 *) css, strlen (css), error))
        {
          g_mutex_unlock (&styled->lock);
          g_mutex_unlock (&self->handles_lock);
          return NULL;
        }
      styled->handle = g_steal_pointer (&handle);
    }

  g_mutex_unlock (&self->handles_lock);
  *out_styled = styled;

  return styled->handle;
}

static gboolean
render_document (KwaBasemap      *self,
                 cairo_t         *cr,
                 double           origin_x,
                 double           origin_y,
                 double           scale,
                 KwaMapTheme      theme,
                 guint            fill,
                 GError         **error)
{
  StyledHandle *styled = NULL;
  RsvgHandle *handle;
  RsvgRectangle target;
  gboolean ok;

  handle = lock_styled_handle (self, theme, fill, &styled, error);
  if (handle == NULL)
    return FALSE;

  /* The whole document placed so that map point (origin_x, origin_y) lands
   * on the context's (0, 0); cairo's clip culls what is off the surface. */
  target.x = (self->extent.data.x - origin_x) * scale;
  target.y = (self->extent.data.y - origin_y) * scale;
  target.width = self->extent.data.width * scale;
  target.height = self->extent.data.height * scale;

  ok = rsvg_handle_render_document (handle, cr, &target, error);
  g_mutex_unlock (&styled->lock);

  return ok;
}

/**
 * kwa_basemap_draw:
 *
 * Draws the basemap as vectors into @cr for @viewport: what PDF and SVG
 * exports use, and the naive baseline of the benchmark. The widget draws
 * cached rasters instead (see #KwaBasemapCache).
 */
gboolean
kwa_basemap_draw (KwaBasemap         *self,
                  cairo_t            *cr,
                  const KwaViewport  *viewport,
                  KwaMapTheme         theme,
                  KwaBasemapTint      tint,
                  GError            **error)
{
  double origin_x, origin_y;
  gboolean ok;

  g_return_val_if_fail (KWA_IS_BASEMAP (self), FALSE);
  g_return_val_if_fail (cr != NULL && viewport != NULL, FALSE);

  kwa_viewport_pixel_to_map (viewport, 0, 0, &origin_x, &origin_y);

  cairo_save (cr);
  ok = render_document (self, cr, origin_x, origin_y, viewport->scale, theme, tint, error);
  cairo_restore (cr);

  return ok;
}

/* RGB24 leaves a pixel's top byte undefined. Setting it to 0xff once here
 * lets frames copy raster rows straight into an ARGB32 frame with memcpy()
 * (see kwa_basemap_cache_compose()) and still get opaque pixels. */
static void
make_opaque (cairo_surface_t *surface)
{
  guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);

  for (int y = 0; y < height; y++)
    {
      guint32 *row = (guint32 *) (data + (gsize) y * stride);

      for (int x = 0; x < width; x++)
        row[x] |= 0xff000000u;
    }
  cairo_surface_mark_dirty (surface);
}

/**
 * kwa_basemap_rasterize:
 * @region: the part of the map to draw, in map units
 * @scale: pixels per map unit
 * @key: what Korean land is filled with
 *
 * Renders @region into a new image surface whose pixel (0, 0) is the
 * region's top-left corner, with Korean land black or white: the two
 * renders' difference is where the land is, and how much of each pixel it
 * covers under what is drawn over it (see #KwaBasemapCache). Safe to call
 * from a worker thread.
 *
 * Returns: (transfer full) (nullable): the surface, or %NULL with @error set
 */
cairo_surface_t *
kwa_basemap_rasterize (KwaBasemap        *self,
                       const KwaMapRect  *region,
                       double             scale,
                       KwaMapTheme        theme,
                       KwaBasemapLandKey  key,
                       GError           **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  int width, height;
  gboolean ok;

  g_return_val_if_fail (KWA_IS_BASEMAP (self), NULL);
  g_return_val_if_fail (region != NULL && scale > 0, NULL);

  width = MAX (1, (int) ceil (region->width * scale));
  height = MAX (1, (int) ceil (region->height * scale));

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (surface);
  ok = render_document (self, cr, region->x, region->y, scale, theme, LAND_FILL_OF_KEY (key), error);
  cairo_destroy (cr);

  if (!ok)
    {
      cairo_surface_destroy (surface);
      return NULL;
    }

  cairo_surface_flush (surface);
  make_opaque (surface);

  return surface;
}
