/* kwa-media-map.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-map-document.h"
#include "kwa-map-renderer.h"

G_BEGIN_DECLS

/* A map media's picture is 3:2, as most photographs and slides are. */
#define KWA_MEDIA_MAP_ASPECT 1.5

void             kwa_media_map_frame         (KwaMapDocument    *document,
                                              const KwaMedia    *media,
                                              double             width,
                                              double             height,
                                              KwaViewport       *viewport);
void             kwa_media_map_init_options  (KwaRenderOptions  *options,
                                              KwaLanguage        language,
                                              KwaMapTheme        theme);
cairo_surface_t *kwa_media_map_draw          (KwaMapDocument    *document,
                                              const KwaMedia    *media,
                                              const KwaRenderOptions *options,
                                              double             width,
                                              double             height,
                                              GError           **error);

G_END_DECLS
