/* kwa-viewport.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kwa-map-types.h"

G_BEGIN_DECLS

/* What part of the map a view shows, and how large: a value type shared by
 * the widget, the exporter and the tests so they place things identically. */
typedef struct
{
  double center_x, center_y;   /* map units at the centre of the view */
  double scale;                /* pixels per map unit */
  double width, height;        /* view size in pixels */
} KwaViewport;

/* Zoom 1 shows the extent's home whole; the least zoom is where the
 * extent's data just covers the view (kwa_viewport_min_zoom()). */
#define KWA_VIEWPORT_MAX_ZOOM 8.0

void     kwa_viewport_init_fit      (KwaViewport        *self,
                                    const KwaMapExtent *extent,
                                    double              width,
                                    double              height);
double   kwa_viewport_fit_scale     (const KwaMapExtent *extent,
                                    double              width,
                                    double              height);
double   kwa_viewport_cover_scale   (const KwaMapExtent *extent,
                                    double              width,
                                    double              height);
double   kwa_viewport_min_zoom      (const KwaMapExtent *extent,
                                    double              width,
                                    double              height);
double   kwa_viewport_get_zoom      (const KwaViewport  *self,
                                    const KwaMapExtent *extent);
void     kwa_viewport_set_zoom      (KwaViewport        *self,
                                    const KwaMapExtent *extent,
                                    double              zoom);
void     kwa_viewport_resize        (KwaViewport        *self,
                                    const KwaMapExtent *extent,
                                    double              width,
                                    double              height);
void     kwa_viewport_map_to_pixel  (const KwaViewport  *self,
                                    double              map_x,
                                    double              map_y,
                                    double             *pixel_x,
                                    double             *pixel_y);
void     kwa_viewport_pixel_to_map  (const KwaViewport  *self,
                                    double              pixel_x,
                                    double              pixel_y,
                                    double             *map_x,
                                    double             *map_y);
void     kwa_viewport_zoom_at       (KwaViewport        *self,
                                    const KwaMapExtent *extent,
                                    double              factor,
                                    double              pixel_x,
                                    double              pixel_y);
void     kwa_viewport_pan           (KwaViewport        *self,
                                    const KwaMapExtent *extent,
                                    double              dx_pixels,
                                    double              dy_pixels);
void     kwa_viewport_clamp         (KwaViewport        *self,
                                    const KwaMapExtent *extent);
void     kwa_viewport_init_showing  (KwaViewport        *self,
                                     const KwaViewport  *view,
                                     const KwaMapExtent *extent,
                                     double              width,
                                     double              height);
void     kwa_viewport_get_visible   (const KwaViewport  *self,
                                    KwaMapRect         *visible);
gboolean kwa_viewport_equal         (const KwaViewport  *a,
                                    const KwaViewport  *b);

G_END_DECLS
