/* kwa-viewport.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-viewport"

#include "config.h"

#include <math.h>

#include "kwa-viewport.h"

/* How far past the map's edge a zoomed-in view may pan, as a fraction of
 * the view: enough to see a coast whole, not enough to lose the map. */
#define KEEP_VISIBLE_FRACTION 0.25

double
kwa_viewport_fit_scale (const KwaMapRect *extent,
                        double            width,
                        double            height)
{
  g_return_val_if_fail (extent != NULL, 1.0);
  g_return_val_if_fail (extent->width > 0 && extent->height > 0, 1.0);

  if (width <= 0 || height <= 0)
    return 1.0;

  return MIN (width / extent->width, height / extent->height);
}

void
kwa_viewport_init_fit (KwaViewport      *self,
                       const KwaMapRect *extent,
                       double            width,
                       double            height)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (extent != NULL);

  self->width = width;
  self->height = height;
  self->scale = kwa_viewport_fit_scale (extent, width, height);
  self->center_x = extent->x + extent->width / 2.0;
  self->center_y = extent->y + extent->height / 2.0;
}

double
kwa_viewport_get_zoom (const KwaViewport *self,
                       const KwaMapRect  *extent)
{
  g_return_val_if_fail (self != NULL, 1.0);

  return self->scale / kwa_viewport_fit_scale (extent, self->width, self->height);
}

void
kwa_viewport_set_zoom (KwaViewport      *self,
                       const KwaMapRect *extent,
                       double            zoom)
{
  g_return_if_fail (self != NULL);

  zoom = CLAMP (zoom, KWA_VIEWPORT_MIN_ZOOM, KWA_VIEWPORT_MAX_ZOOM);
  self->scale = zoom * kwa_viewport_fit_scale (extent, self->width, self->height);
  kwa_viewport_clamp (self, extent);
}

/* A resized view keeps its centre and its zoom relative to the fit, so a
 * window going fullscreen shows the same part of the map, larger. */
void
kwa_viewport_resize (KwaViewport      *self,
                     const KwaMapRect *extent,
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
                      const KwaMapRect *extent,
                      double            factor,
                      double            pixel_x,
                      double            pixel_y)
{
  double map_x, map_y, zoom;

  g_return_if_fail (self != NULL);
  g_return_if_fail (factor > 0);

  kwa_viewport_pixel_to_map (self, pixel_x, pixel_y, &map_x, &map_y);

  zoom = CLAMP (kwa_viewport_get_zoom (self, extent) * factor,
                KWA_VIEWPORT_MIN_ZOOM, KWA_VIEWPORT_MAX_ZOOM);
  self->scale = zoom * kwa_viewport_fit_scale (extent, self->width, self->height);

  self->center_x = map_x - (pixel_x - self->width / 2.0) / self->scale;
  self->center_y = map_y - (pixel_y - self->height / 2.0) / self->scale;
  kwa_viewport_clamp (self, extent);
}

void
kwa_viewport_pan (KwaViewport      *self,
                  const KwaMapRect *extent,
                  double            dx_pixels,
                  double            dy_pixels)
{
  g_return_if_fail (self != NULL);

  self->center_x -= dx_pixels / self->scale;
  self->center_y -= dy_pixels / self->scale;
  kwa_viewport_clamp (self, extent);
}

static double
clamp_axis (double center,
            double extent_start,
            double extent_size,
            double view_size_in_map_units)
{
  double margin, low, high;

  if (extent_size <= view_size_in_map_units)
    {
      /* The whole map fits: it may move about, but never leave the view. */
      low = extent_start + extent_size - view_size_in_map_units / 2.0;
      high = extent_start + view_size_in_map_units / 2.0;
    }
  else
    {
      /* Zoomed in: the view may look a little past the map's edge. */
      margin = view_size_in_map_units * KEEP_VISIBLE_FRACTION;
      low = extent_start + view_size_in_map_units / 2.0 - margin;
      high = extent_start + extent_size - view_size_in_map_units / 2.0 + margin;
    }

  return CLAMP (center, low, high);
}

void
kwa_viewport_clamp (KwaViewport      *self,
                    const KwaMapRect *extent)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (extent != NULL);

  if (self->scale <= 0)
    return;

  self->center_x = clamp_axis (self->center_x, extent->x, extent->width, self->width / self->scale);
  self->center_y = clamp_axis (self->center_y, extent->y, extent->height, self->height / self->scale);
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

gboolean
kwa_viewport_equal (const KwaViewport *a,
                    const KwaViewport *b)
{
  return a->center_x == b->center_x && a->center_y == b->center_y &&
         a->scale == b->scale && a->width == b->width && a->height == b->height;
}
