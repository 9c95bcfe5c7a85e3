/* kwa-map-export.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-map-export"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <math.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "kwa-basemap-cache.h"
#include "kwa-map-export.h"
#include "kwa-png-writer.h"

G_DEFINE_QUARK (kwa-export-error-quark, kwa_export_error)

gboolean
kwa_export_format_for_path (const char       *path,
                            KwaExportFormat  *format,
                            GError          **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    *format = KWA_EXPORT_FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = KWA_EXPORT_FORMAT_PDF;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = KWA_EXPORT_FORMAT_SVG;
  else
    {
      g_set_error (error, KWA_EXPORT_ERROR, KWA_EXPORT_ERROR_FORMAT,
                   "%s: the file name must end in .png, .pdf or .svg", path);
      return FALSE;
    }

  return TRUE;
}

static cairo_surface_t *
create_surface (KwaExportFormat    format,
                const char        *path,
                const KwaViewport *viewport)
{
  switch (format)
    {
    case KWA_EXPORT_FORMAT_PDF:
      /* One view pixel is one PDF point: a 1920×1080 view is a 26.7×15 in
       * page, which prints scaled to any paper without losing detail. */
      return cairo_pdf_surface_create (path, viewport->width, viewport->height);
    case KWA_EXPORT_FORMAT_SVG:
      return cairo_svg_surface_create (path, viewport->width, viewport->height);
    case KWA_EXPORT_FORMAT_PNG:
    default:
      return cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) viewport->width, (int) viewport->height);
    }
}

/**
 * kwa_map_export_to_file:
 * @time: the day to draw (days since 1970-01-01)
 * @path: where to write; the extension picks PNG, PDF or SVG
 *
 * Draws the map through the same renderer as the map view. PDF and SVG
 * keep the basemap as vectors; PNG draws the cached rasters.
 */
/* The caption band's height: readable on a slide, small beside the map. */
static int
caption_height (const KwaViewport *viewport)
{
  return (int) MAX (48.0, round (viewport->height * 0.07));
}

static void
draw_caption_line (cairo_t    *cr,
                   const char *text,
                   double      x,
                   double      y,
                   double      width,
                   double      size,
                   gboolean    bold)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Noto Sans");

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* A dark band across the foot of the picture: the title, then the credit. */
static void
draw_caption (cairo_t                *cr,
              const KwaViewport      *viewport,
              const KwaExportCaption *caption)
{
  double band = caption_height (viewport);
  double top = viewport->height - band, margin = band * 0.35;

  cairo_save (cr);
  cairo_rectangle (cr, 0, top, viewport->width, band);
  cairo_set_source_rgb (cr, 0.13, 0.15, 0.18);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  draw_caption_line (cr, caption->title ? caption->title : "", margin, top + band * 0.12,
                     viewport->width - 2 * margin, band * 0.36, TRUE);
  cairo_set_source_rgb (cr, 0.82, 0.84, 0.87);
  draw_caption_line (cr, caption->credit ? caption->credit : "", margin, top + band * 0.56,
                     viewport->width - 2 * margin, band * 0.24, FALSE);
  cairo_restore (cr);
}

gboolean
kwa_map_export_to_file (KwaMapDocument          *document,
                        double                   time,
                        const KwaViewport       *viewport,
                        const KwaRenderOptions  *options,
                        const char              *path,
                        GError                 **error)
{
  return kwa_map_export_to_file_captioned (document, time, viewport, options, NULL, path, error);
}

/**
 * kwa_map_export_to_file_captioned:
 * @caption: (nullable): a title and a credit line under the map
 *
 * Draws the map as kwa_map_export_to_file() does, in a picture of
 * @viewport's size; with @caption, the map fills the picture above a band
 * that says what it shows and whence.
 */
gboolean
kwa_map_export_to_file_captioned (KwaMapDocument          *document,
                                  double                   time,
                                  const KwaViewport       *viewport,
                                  const KwaRenderOptions  *options,
                                  const KwaExportCaption  *caption,
                                  const char              *path,
                                  GError                 **error)
{
  g_autoptr(KwaBasemapCache) cache = NULL;
  g_autoptr(KwaMapRenderer) renderer = NULL;
  g_autoptr(KwaScene) scene = NULL;
  KwaRenderOptions export_options = *options;
  KwaViewport map_viewport = *viewport;
  KwaExportFormat format;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  gboolean ok;

  g_return_val_if_fail (KWA_IS_MAP_DOCUMENT (document), FALSE);
  g_return_val_if_fail (viewport != NULL && options != NULL && path != NULL, FALSE);

  if (!kwa_export_format_for_path (path, &format, error))
    return FALSE;
  /* The map keeps its centre and scale, above the caption. */
  if (caption != NULL)
    map_viewport.height = viewport->height - caption_height (viewport);

  cache = kwa_basemap_cache_new (kwa_map_document_get_basemap (document));
  renderer = kwa_map_renderer_new (cache);
  /* One frame: a second renderer would first have to load its fonts and
   * make its sprites, which costs more than drawing half a frame saves. */
  kwa_map_renderer_set_max_threads (renderer, 1);
  scene = kwa_scene_new (kwa_map_document_get_atlas (document), time);

  export_options.vector = format != KWA_EXPORT_FORMAT_PNG;
  export_options.device_scale = 1.0;
  if (!export_options.vector)
    {
      kwa_basemap_cache_prepare_sync (cache, &map_viewport, export_options.theme);
    }

  surface = create_surface (format, path, viewport);
  cr = cairo_create (surface);
  ok = kwa_map_renderer_draw (renderer, cr, &map_viewport, scene, &export_options, error);
  if (ok && caption != NULL)
    draw_caption (cr, viewport, caption);
  cairo_destroy (cr);

  if (ok && format == KWA_EXPORT_FORMAT_PNG)
    {
      g_autoptr(GError) write_error = NULL;

      if (!kwa_png_write_rgb24 (surface, path, &write_error))
        {
          g_set_error (error, KWA_EXPORT_ERROR, KWA_EXPORT_ERROR_WRITE,
                       "%s: could not write the file (%s)", path, write_error->message);
          ok = FALSE;
        }
    }
  else
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
      if (ok && status != CAIRO_STATUS_SUCCESS)
        {
          g_set_error (error, KWA_EXPORT_ERROR, KWA_EXPORT_ERROR_WRITE,
                       "%s: could not write the file (%s)", path, cairo_status_to_string (status));
          ok = FALSE;
        }
    }
  cairo_surface_destroy (surface);

  return ok;
}

/**
 * kwa_map_export_to_image:
 * @time: the day to draw
 * @viewport: the view, whose size (times @options' device scale) is the
 *   picture's in pixels
 *
 * Draws the map into a new picture in memory, as the PNG export does. It
 * makes its own basemap cache and renderer, so any thread may call it.
 *
 * Returns: (transfer full) (nullable): an RGB24 image surface, or %NULL
 *   with @error set
 */
cairo_surface_t *
kwa_map_export_to_image (KwaMapDocument          *document,
                         double                   time,
                         const KwaViewport       *viewport,
                         const KwaRenderOptions  *options,
                         GError                 **error)
{
  g_autoptr(KwaBasemapCache) cache = NULL;
  g_autoptr(KwaMapRenderer) renderer = NULL;
  g_autoptr(KwaScene) scene = NULL;
  KwaRenderOptions image_options = *options;
  double scale = MAX (options->device_scale, 1.0);
  KwaViewport device_viewport = *viewport;
  cairo_surface_t *surface;
  cairo_t *cr;

  g_return_val_if_fail (KWA_IS_MAP_DOCUMENT (document), NULL);

  cache = kwa_basemap_cache_new (kwa_map_document_get_basemap (document));
  renderer = kwa_map_renderer_new (cache);
  kwa_map_renderer_set_max_threads (renderer, 1);
  scene = kwa_scene_new (kwa_map_document_get_atlas (document), time);

  /* As an animation's frames: the land rasterised at the picture's own
   * resolution, the view scaled onto it. */
  image_options.vector = FALSE;
  image_options.device_scale = scale;
  device_viewport.scale *= scale;
  device_viewport.width = ceil (viewport->width * scale);
  device_viewport.height = ceil (viewport->height * scale);
  kwa_basemap_cache_prepare_sync (cache, &device_viewport, image_options.theme);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) device_viewport.width,
                                        (int) device_viewport.height);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  if (!kwa_map_renderer_draw (renderer, cr, viewport, scene, &image_options, error))
    g_clear_pointer (&surface, cairo_surface_destroy);
  cairo_destroy (cr);
  if (surface != NULL)
    cairo_surface_flush (surface);

  return surface;
}
