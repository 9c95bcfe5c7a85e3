/* kwa-basemap-cache.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "kwa-basemap.h"
#include "kwa-damage.h"
#include "kwa-polygon-coverage.h"

G_BEGIN_DECLS

#define KWA_TYPE_BASEMAP_CACHE (kwa_basemap_cache_get_type ())

G_DECLARE_FINAL_TYPE (KwaBasemapCache, kwa_basemap_cache, KWA, BASEMAP_CACHE, GObject)

KwaBasemapCache *kwa_basemap_cache_new            (KwaBasemap        *basemap);
KwaBasemap      *kwa_basemap_cache_get_basemap    (KwaBasemapCache   *self);
void             kwa_basemap_cache_prepare        (KwaBasemapCache   *self,
                                                   const KwaViewport *viewport,
                                                   KwaMapTheme        theme);
void             kwa_basemap_cache_prepare_sync   (KwaBasemapCache   *self,
                                                   const KwaViewport *viewport,
                                                   KwaMapTheme        theme);
gboolean         kwa_basemap_cache_is_ready       (KwaBasemapCache   *self,
                                                   const KwaViewport *viewport,
                                                   KwaMapTheme        theme);
void             kwa_basemap_cache_draw           (KwaBasemapCache   *self,
                                                   cairo_t           *cr,
                                                   const KwaViewport *viewport,
                                                   KwaBasemapTint     tint);
gboolean         kwa_basemap_cache_compose        (KwaBasemapCache    *self,
                                                   cairo_surface_t    *target,
                                                   const KwaViewport  *viewport,
                                                   KwaBasemapTint      outside_tint,
                                                   KwaBasemapTint      inside_tint,
                                                   KwaPolygonCoverage *inside,
                                                   const KwaColor     *desk);
gboolean         kwa_basemap_cache_prepare_compose (KwaBasemapCache   *self,
                                                    cairo_surface_t   *target,
                                                    const KwaViewport *viewport);
void             kwa_basemap_cache_compose_rows   (KwaBasemapCache    *self,
                                                   cairo_surface_t    *target,
                                                   const KwaViewport  *viewport,
                                                   KwaBasemapTint      outside_tint,
                                                   KwaBasemapTint      inside_tint,
                                                   KwaPolygonCoverage *inside,
                                                   const KwaColor     *desk,
                                                   int                 first_row,
                                                   int                 end_row,
                                                   const KwaDamage    *only);
cairo_surface_t *kwa_basemap_cache_get_exact_land (KwaBasemapCache   *self,
                                                   const KwaViewport *viewport,
                                                   int               *x,
                                                   int               *y);
guint            kwa_basemap_cache_get_n_renders  (KwaBasemapCache   *self);

G_END_DECLS
