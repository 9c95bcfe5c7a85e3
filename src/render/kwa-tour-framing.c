/* kwa-tour-framing.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-tour-framing"

#include "config.h"

#include "kwa-tour-framing.h"

/* Where a tour stop looks, worked out once for every place that shows
 * one: the kiosk and the presenter's projector (through the map view)
 * and the printed handout. A stop names a centre and a zoom, which pass
 * through as they are, or a box in degrees, which is fitted to the map
 * at hand: the same stop is framed alike on a 16:9 screen, a portrait
 * kiosk and an A4 page, so a curator checks a stop once.
 *
 * A box fills KWA_TOUR_FRAME_FILL of the map along its tighter side, not
 * all of it: what the curator boxed (a landing, a perimeter) then never
 * touches the edge of the screen, where the kiosk's language switch and
 * the page's frame would sit on it, and a glimpse of what lies around it
 * says where on the peninsula it is. */

/**
 * kwa_tour_view_frame:
 * @view: a tour stop's view
 * @projection: the basemap's projection
 * @extent: the basemap's extent, in map units
 * @width: the width of the map it is shown in (pixels, or points)
 * @height: its height; when either is not positive (a map not yet on
 *   screen), the map is taken to have the shape of the extent's home
 * @center: (out): the centre of the view, in map units
 * @zoom: (out): the zoom, 1 showing the extent's home whole as it fits
 *   the map
 *   (the unit of kwa_viewport_set_zoom() and kwa_map_view_go_to())
 *
 * Frames a tour stop in a map of @width × @height. Where the centre
 * would show past the basemap's data, the viewport clamps it to the data
 * (kwa_viewport_clamp()) as the view takes it: the stop's area stays in
 * view, moved off-centre, and no void shows.
 */
void
kwa_tour_view_frame (const KwaTourView   *view,
                     const KwaProjection *projection,
                     const KwaMapExtent  *extent,
                     double               width,
                     double               height,
                     KwaMapPoint         *center,
                     double              *zoom)
{
  const KwaBBox *box;
  double lons[4], lats[4];
  double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, max_y = -G_MAXDOUBLE;

  g_return_if_fail (view != NULL && projection != NULL && extent != NULL);
  g_return_if_fail (center != NULL && zoom != NULL);

  if (view->kind == KWA_TOUR_VIEW_CENTER)
    {
      kwa_projection_to_svg (projection, view->center.lon, view->center.lat, &center->x, &center->y);
      *zoom = view->zoom;
      return;
    }

  /* The projection bends parallels: the box's top and bottom edges are
   * arcs, so all four corners count. */
  box = &view->bbox;
  lons[0] = box->west;  lats[0] = box->south;
  lons[1] = box->east;  lats[1] = box->south;
  lons[2] = box->east;  lats[2] = box->north;
  lons[3] = box->west;  lats[3] = box->north;
  for (guint i = 0; i < 4; i++)
    {
      double x, y;

      kwa_projection_to_svg (projection, lons[i], lats[i], &x, &y);
      min_x = MIN (min_x, x);
      max_x = MAX (max_x, x);
      min_y = MIN (min_y, y);
      max_y = MAX (max_y, y);
    }

  if (width <= 0 || height <= 0)
    {
      width = extent->home.width;
      height = extent->home.height;
    }

  center->x = (min_x + max_x) / 2;
  center->y = (min_y + max_y) / 2;
  *zoom = MIN (width * KWA_TOUR_FRAME_FILL / MAX (max_x - min_x, 1e-6),
               height * KWA_TOUR_FRAME_FILL / MAX (max_y - min_y, 1e-6))
          / kwa_viewport_fit_scale (extent, width, height);
  /* A box larger than the peninsula shows the peninsula; a tiny one the
   * closest the map goes. */
  *zoom = CLAMP (*zoom, 1.0, KWA_VIEWPORT_MAX_ZOOM);
}

/**
 * kwa_tour_view_frame_viewport:
 * @viewport: (out): the viewport of a @width × @height map framed on @view
 *
 * As kwa_tour_view_frame(), for a map drawn straight from a viewport (a
 * handout's page, a test).
 */
void
kwa_tour_view_frame_viewport (const KwaTourView   *view,
                              const KwaProjection *projection,
                              const KwaMapExtent  *extent,
                              double               width,
                              double               height,
                              KwaViewport         *viewport)
{
  KwaMapPoint center;
  double zoom;

  g_return_if_fail (viewport != NULL);

  kwa_tour_view_frame (view, projection, extent, width, height, &center, &zoom);
  kwa_viewport_init_fit (viewport, extent, width, height);
  viewport->center_x = center.x;
  viewport->center_y = center.y;
  kwa_viewport_set_zoom (viewport, extent, zoom);
}
