/* kwa-basemap-cache-private.h: what the cache's files share
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-basemap-cache.h"
#include "kwa-land-mask.h"

G_BEGIN_DECLS

/* The basemap over a region at one scale, in every tint at once: the
 * raster with the Korean land black, and where and how much the land
 * shows (see #KwaLandMask); a tint's pixel is black + coverage × its land
 * colour. */
typedef struct
{
  cairo_surface_t *black;     /* RGB24, opaque */
  KwaLandMask     *land;      /* NULL when the region shows no Korean land */
  KwaMapRect       region;
  double           scale;
  KwaMapTheme      theme;
  guint            style_serial;
} Raster;

typedef struct
{
  KwaBasemap  *basemap;
  KwaMapRect   region;
  double       scale;
  KwaMapTheme  theme;
  guint        style_serial;
  gboolean     is_overview;
} RasterRequest;

struct _KwaBasemapCache
{
  GObject        parent_instance;

  /* Owned */
  KwaBasemap    *basemap;
  Raster        *overview;
  Raster        *detail;
  GCancellable  *cancellable;
  RasterRequest *running;      /* the request the worker is on, if any */
  RasterRequest *pending;      /* the newest request that came meanwhile */
  guint          n_renders;
};

gboolean kwa_map_rect_intersect        (const KwaMapRect *a,
                                        const KwaMapRect *b,
                                        KwaMapRect       *out);

/* For tests: what they look at inside. */
gsize            kwa_basemap_cache_get_byte_size  (KwaBasemapCache   *self);

G_END_DECLS
