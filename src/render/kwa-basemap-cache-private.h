/* kwa-basemap-cache-private.h: what the cache's files share
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-basemap-cache.h"

G_BEGIN_DECLS

typedef struct
{
  cairo_surface_t *surfaces[KWA_N_BASEMAP_TINTS];
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
  guint        tints;          /* bit mask of the KwaBasemapTint to render */
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
  guint          wanted_tints; /* the tints frames have drawn: only those are made */
};

gboolean kwa_basemap_cache_ensure_tint (KwaBasemapCache  *self,
                                        Raster           *raster,
                                        KwaBasemapTint    tint);
gboolean kwa_map_rect_intersect        (const KwaMapRect *a,
                                        const KwaMapRect *b,
                                        KwaMapRect       *out);

/* For tests: what they look at inside. */
gsize            kwa_basemap_cache_get_byte_size  (KwaBasemapCache   *self);

G_END_DECLS
