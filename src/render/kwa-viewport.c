/* kwa-viewport.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-viewport"

#include "config.h"

#include <math.h>

#include "kwa-viewport.h"

/* A view never shows past the extent's data: at the fit it shows the
 * home whole, and the data reaches far enough around it to fill any screen
 * shape; zooming out stops where the data just covers the view, panning
 * where its edge meets the view's. So no frame has a void at its edge. */

/**
 * kwa_viewport_cover_scale:
 *
 * Returns: the least scale at which @extent's data covers a @width ×
 *   @height view: the farthest out a view goes.
 */
double
kwa_viewport_cover_scale (const KwaMapExtent *extent,
                          double              width,
                          double              height)
{
  g_return_val_if_fail (extent != NULL, 1.0);
  g_return_val_if_fail (extent->data.width > 0 && extent->data.height > 0, 1.0);

  if (width <= 0 || height <= 0)
    return 1.0;

  return MAX (width / extent->data.width, height / extent->data.height);
}

/**
 * kwa_viewport_fit_scale:
 *
 * Returns: the scale of zoom 1: @extent's home whole in the view, unless
 *   the data around it would not then reach the view's edges (a screen
 *   shape wider or taller than the data allows), when it is the scale that
 *   just covers the view with data.
 */
double
kwa_viewport_fit_scale (const KwaMapExtent *extent,
                        double              width,
                        double              height)
{
  g_return_val_if_fail (extent != NULL, 1.0);
  g_return_val_if_fail (extent->home.width > 0 && extent->home.height > 0, 1.0);

  if (width <= 0 || height <= 0)
    return 1.0;

  return MAX (MIN (width / extent->home.width, height / extent->home.height),
              kwa_viewport_cover_scale (extent, width, height));
}

/**
 * kwa_viewport_min_zoom:
 *
 * Returns: the least zoom of a @width × @height view, where the data just
 *   covers it; at most 1.
 */
double
kwa_viewport_min_zoom (const KwaMapExtent *extent,
                       double              width,
                       double              height)
{
  return kwa_viewport_cover_scale (extent, width, height) / kwa_viewport_fit_scale (extent, width, height);
}

void
kwa_viewport_init_fit (KwaViewport        *self,
                       const KwaMapExtent *extent,
                       double              width,
                       double              height)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (extent != NULL);

  self->width = width;
  self->height = height;
  self->scale = kwa_viewport_fit_scale (extent, width, height);
  self->center_x = extent->home.x + extent->home.width / 2.0;
  self->center_y = extent->home.y + extent->home.height / 2.0;
  kwa_viewport_clamp (self, extent);
}

double
kwa_viewport_get_zoom (const KwaViewport *self,
                       const KwaMapExtent *extent)
{
  g_return_val_if_fail (self != NULL, 1.0);

  return self->scale / kwa_viewport_fit_scale (extent, self->width, self->height);
}

void
kwa_viewport_set_zoom (KwaViewport      *self,
                       const KwaMapExtent *extent,
                       double            zoom)
{
  g_return_if_fail (self != NULL);

  zoom = CLAMP (zoom, kwa_viewport_min_zoom (extent, self->width, self->height), KWA_VIEWPORT_MAX_ZOOM);
  self->scale = zoom * kwa_viewport_fit_scale (extent, self->width, self->height);
  kwa_viewport_clamp (self, extent);
}

/* A resized view keeps its centre and its zoom relative to the fit, so a
 * window going fullscreen shows the same part of the map, larger. */
void
kwa_viewport_resize (KwaViewport      *self,
                     const KwaMapExtent *extent,
                     double            width,
                     double            height)
{
  double zoom;

  g_return_if_fail (self != NULL);

  if (self->width <= 0 || self->height <= 0 || self->scale <= 0)
    {
      kwa_viewport_init_fit (self, extent, width, height);
      return;
    }

  zoom = kwa_viewport_get_zoom (self, extent);
  self->width = width;
  self->height = height;
  kwa_viewport_set_zoom (self, extent, zoom);
}

void
kwa_viewport_map_to_pixel (const KwaViewport *self,
                           double             map_x,
                           double             map_y,
                           double            *pixel_x,
                           double            *pixel_y)
{
  *pixel_x = (map_x - self->center_x) * self->scale + self->width / 2.0;
  *pixel_y = (map_y - self->center_y) * self->scale + self->height / 2.0;
}

void
kwa_viewport_pixel_to_map (const KwaViewport *self,
                           double             pixel_x,
                           double             pixel_y,
                           double            *map_x,
                           double            *map_y)
{
  *map_x = (pixel_x - self->width / 2.0) / self->scale + self->center_x;
  *map_y = (pixel_y - self->height / 2.0) / self->scale + self->center_y;
}

/* Zooms keeping the map point under (pixel_x, pixel_y) where it is, which
 * is what a scroll wheel or a pinch around the fingers should feel like. */
void
kwa_viewport_zoom_at (KwaViewport      *self,
                      const KwaMapExtent *extent,
                      double            factor,
                      double            pixel_x,
                      double            pixel_y)
{
  double map_x, map_y, zoom;

  g_return_if_fail (self != NULL);
  g_return_if_fail (factor > 0);

  kwa_viewport_pixel_to_map (self, pixel_x, pixel_y, &map_x, &map_y);

  zoom = CLAMP (kwa_viewport_get_zoom (self, extent) * factor,
                kwa_viewport_min_zoom (extent, self->width, self->height), KWA_VIEWPORT_MAX_ZOOM);
  self->scale = zoom * kwa_viewport_fit_scale (extent, self->width, self->height);

  self->center_x = map_x - (pixel_x - self->width / 2.0) / self->scale;
  self->center_y = map_y - (pixel_y - self->height / 2.0) / self->scale;
  kwa_viewport_clamp (self, extent);
}

void
kwa_viewport_pan (KwaViewport      *self,
                  const KwaMapExtent *extent,
                  double            dx_pixels,
                  double            dy_pixels)
{
  g_return_if_fail (self != NULL);

  self->center_x -= dx_pixels / self->scale;
  self->center_y -= dy_pixels / self->scale;
  kwa_viewport_clamp (self, extent);
}

/* Keeps the view inside the data along one axis. A view larger than the
 * data (only for a moment, before a zoom is clamped) is centred on it. */
static double
clamp_axis (double center,
            double extent_start,
            double extent_size,
            double view_size_in_map_units)
{
  if (extent_size <= view_size_in_map_units)
    return extent_start + extent_size / 2.0;

  return CLAMP (center,
                extent_start + view_size_in_map_units / 2.0,
                extent_start + extent_size - view_size_in_map_units / 2.0);
}

void
kwa_viewport_clamp (KwaViewport        *self,
                    const KwaMapExtent *extent)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (extent != NULL);

  if (self->scale <= 0)
    return;

  self->center_x = clamp_axis (self->center_x, extent->data.x, extent->data.width, self->width / self->scale);
  self->center_y = clamp_axis (self->center_y, extent->data.y, extent->data.height, self->height / self->scale);
}

void
kwa_viewport_get_visible (const KwaViewport *self,
                          KwaMapRect        *visible)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (visible != NULL);

  visible->width = self->width / self->scale;
  visible->height = self->height / self->scale;
  visible->x = self->center_x - visible->width / 2.0;
  visible->y = self->center_y - visible->height / 2.0;
}

/**
 * kwa_viewport_init_showing:
 * @view: the view to show again
 *
 * A viewport of @width × @height that shows all @view shows, and as much
 * around it as the new shape needs (an export of the window's view at a
 * slide's size or a page's), inside the map's data.
 */
void
kwa_viewport_init_showing (KwaViewport        *self,
                           const KwaViewport  *view,
                           const KwaMapExtent *extent,
                           double              width,
                           double              height)
{
  KwaMapRect visible;

  g_return_if_fail (self != NULL && view != NULL && extent != NULL);

  kwa_viewport_get_visible (view, &visible);
  *self = *view;
  self->width = width;
  self->height = height;
  self->scale = MIN (width / visible.width, height / visible.height);
  /* Never so far out that the map leaves a void around it. */
  self->scale = MAX (self->scale, kwa_viewport_min_zoom (extent, width, height) * kwa_viewport_fit_scale (extent, width, height));
  kwa_viewport_clamp (self, extent);
}

gboolean
kwa_viewport_equal (const KwaViewport *a,
                    const KwaViewport *b)
{
  return a->center_x == b->center_x && a->center_y == b->center_y &&
         a->scale == b->scale && a->width == b->width && a->height == b->height;
}
