/* kwa-basemap.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "kwa-map-style.h"
#include "kwa-projection.h"
#include "kwa-viewport.h"

G_BEGIN_DECLS

#define KWA_TYPE_BASEMAP (kwa_basemap_get_type ())

G_DECLARE_FINAL_TYPE (KwaBasemap, kwa_basemap, KWA, BASEMAP, GObject)

#define KWA_BASEMAP_ERROR (kwa_basemap_error_quark ())

typedef enum
{
  KWA_BASEMAP_ERROR_INVALID,   /* not an SVG librsvg can draw, or no viewBox */
} KwaBasemapError;

/* Korean land in kwa_basemap_rasterize(): black and white, whose
 * difference gives the land's coverage (see #KwaBasemapCache). */
typedef enum /*< skip >*/
{
  KWA_BASEMAP_LAND_BLACK,
  KWA_BASEMAP_LAND_WHITE,
} KwaBasemapLandKey;

GQuark               kwa_basemap_error_quark      (void);

KwaBasemap          *kwa_basemap_new_from_bytes   (GBytes            *svg,
                                                   GError           **error);
KwaBasemap          *kwa_basemap_new_from_file    (GFile             *file,
                                                   GError           **error);
void                 kwa_basemap_get_extent       (KwaBasemap        *self,
                                                   KwaMapExtent      *extent);
void                 kwa_basemap_get_land_bounds  (KwaBasemap        *self,
                                                   KwaMapRect        *bounds);
const KwaProjection *kwa_basemap_get_projection   (KwaBasemap        *self);
void                 kwa_basemap_set_side_colors  (KwaBasemap        *self,
                                                   const KwaColor    *north,
                                                   const KwaColor    *south);
guint                kwa_basemap_get_style_serial (KwaBasemap        *self);
KwaColor             kwa_basemap_get_sea_color    (KwaBasemap        *self,
                                                   KwaMapTheme        theme);
KwaColor             kwa_basemap_get_land_color   (KwaBasemap        *self,
                                                   KwaMapTheme        theme,
                                                   KwaBasemapTint     tint);
gboolean             kwa_basemap_draw             (KwaBasemap        *self,
                                                   cairo_t           *cr,
                                                   const KwaViewport *viewport,
                                                   KwaMapTheme        theme,
                                                   KwaBasemapTint     tint,
                                                   GError           **error);
cairo_surface_t     *kwa_basemap_rasterize        (KwaBasemap        *self,
                                                   const KwaMapRect  *region,
                                                   double             scale,
                                                   KwaMapTheme        theme,
                                                   KwaBasemapLandKey  key,
                                                   GError           **error);

G_END_DECLS
