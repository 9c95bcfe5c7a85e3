/* kwa-media-map.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-media-map"

#include "config.h"

#include "kwa-basemap.h"
#include "kwa-map-export.h"
#include "kwa-media-map.h"
#include "kwa-tour-framing.h"

/* A map in an exhibit's media: no file, but a day and an area of the
 * exhibit's own map, drawn by the one renderer when it is shown. So it is
 * in the visitor's language and the window's theme, sharp at any size,
 * and never out of date when a curator corrects a front. */

/* The view of @media's area in a picture of @width × @height. */
void
kwa_media_map_frame (KwaMapDocument *document,
                     const KwaMedia *media,
                     double          width,
                     double          height,
                     KwaViewport    *viewport)
{
  KwaBasemap *basemap = kwa_map_document_get_basemap (document);
  KwaMapExtent extent;

  g_return_if_fail (media->kind == KWA_MEDIA_MAP);

  kwa_basemap_get_extent (basemap, &extent);
  kwa_tour_view_frame_viewport (&media->map_view, kwa_basemap_get_projection (basemap), &extent,
                                width, height, viewport);
}

/* The layers a small map needs: the caption beside it says what and
 * when; a date card, a legend and a scale bar would crowd it. */
void
kwa_media_map_init_options (KwaRenderOptions *options,
                            KwaLanguage       language,
                            KwaMapTheme       theme)
{
  kwa_render_options_init_default (options);
  options->language = language;
  options->theme = theme;
  options->layers = KWA_MAP_LAYERS_ALL & ~(KWA_MAP_LAYER_DATE | KWA_MAP_LAYER_LEGEND | KWA_MAP_LAYER_SCALE_BAR);
}

/**
 * kwa_media_map_draw:
 * @width: the picture's width in view pixels (times @options' device
 *   scale in pixels)
 *
 * Draws @media's map; any thread may call it.
 *
 * Returns: (transfer full) (nullable): an RGB24 image surface
 */
cairo_surface_t *
kwa_media_map_draw (KwaMapDocument          *document,
                    const KwaMedia          *media,
                    const KwaRenderOptions  *options,
                    double                   width,
                    double                   height,
                    GError                 **error)
{
  KwaViewport viewport;

  g_return_val_if_fail (KWA_IS_MAP_DOCUMENT (document), NULL);
  g_return_val_if_fail (media != NULL && media->kind == KWA_MEDIA_MAP, NULL);

  kwa_media_map_frame (document, media, width, height, &viewport);
  return kwa_map_export_to_image (document, media->map_date, &viewport, options, error);
}
