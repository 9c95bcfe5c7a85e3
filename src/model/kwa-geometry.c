/* kwa-geometry.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-geometry"

#include "config.h"

#include <math.h>

#include "kwa-geometry.h"

/* The mean Earth radius (IUGG), good to about 0.5 % anywhere: plenty for
 * "how long is this front" and for resampling lines by length.
 */
#define EARTH_RADIUS_KM 6371.0088

void
kwa_path_clear (KwaPath *path)
{
  g_return_if_fail (path != NULL);

  g_clear_pointer (&path->points, g_free);
  path->n_points = 0;
}

void
kwa_polygon_clear (KwaPolygon *polygon)
{
  g_return_if_fail (polygon != NULL);

  for (guint i = 0; i < polygon->n_rings; i++)
    kwa_path_clear (&polygon->rings[i]);
  g_clear_pointer (&polygon->rings, g_free);
  polygon->n_rings = 0;
}

static void
bbox_extend (KwaBBox         *bbox,
             const KwaLonLat *point)
{
  bbox->west = MIN (bbox->west, point->lon);
  bbox->east = MAX (bbox->east, point->lon);
  bbox->south = MIN (bbox->south, point->lat);
  bbox->north = MAX (bbox->north, point->lat);
}

/**
 * kwa_path_get_bbox:
 * @path: a path
 * @out_bbox: (out): the smallest box holding every point of @path
 *
 * Returns: %FALSE if @path has no points (and @out_bbox is unset)
 */
gboolean
kwa_path_get_bbox (const KwaPath *path,
                   KwaBBox       *out_bbox)
{
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (out_bbox != NULL, FALSE);

  if (path->n_points == 0)
    return FALSE;

  *out_bbox = (KwaBBox) { path->points[0].lon, path->points[0].lat,
                          path->points[0].lon, path->points[0].lat };
  for (guint i = 1; i < path->n_points; i++)
    bbox_extend (out_bbox, &path->points[i]);

  return TRUE;
}

/**
 * kwa_polygon_get_bbox:
 * @polygon: a polygon
 * @out_bbox: (out): the box around its outline
 *
 * Returns: %FALSE if @polygon has no points
 */
gboolean
kwa_polygon_get_bbox (const KwaPolygon *polygon,
                      KwaBBox          *out_bbox)
{
  g_return_val_if_fail (polygon != NULL, FALSE);
  g_return_val_if_fail (out_bbox != NULL, FALSE);

  /* Holes lie inside the outline, so the outline alone decides. */
  if (polygon->n_rings == 0)
    return FALSE;

  return kwa_path_get_bbox (&polygon->rings[0], out_bbox);
}

gboolean
kwa_bbox_contains (const KwaBBox *bbox,
                   KwaLonLat      point)
{
  g_return_val_if_fail (bbox != NULL, FALSE);

  return point.lon >= bbox->west && point.lon <= bbox->east &&
         point.lat >= bbox->south && point.lat <= bbox->north;
}

/* Counts the crossings of a ray going east from @point. */
static gboolean
ring_crosses_odd (const KwaPath *ring,
                  KwaLonLat      point)
{
  gboolean inside = FALSE;

  for (guint i = 0, j = ring->n_points - 1; i < ring->n_points; j = i++)
    {
      const KwaLonLat *a = &ring->points[i];
      const KwaLonLat *b = &ring->points[j];

      /* Half-open in latitude, so a vertex on the ray counts once. */
      if ((a->lat > point.lat) != (b->lat > point.lat))
        {
          double lon_at_lat = a->lon + (point.lat - a->lat) * (b->lon - a->lon) / (b->lat - a->lat);

          if (point.lon < lon_at_lat)
            inside = !inside;
        }
    }

  return inside;
}

/**
 * kwa_polygon_contains:
 * @polygon: a polygon
 * @point: a position
 *
 * Uses the even–odd rule over all rings, so holes are holes whichever way
 * round they are drawn. Treats degrees as planar, which is right for the
 * small areas (enclaves, beachheads) the exhibit draws.
 *
 * Returns: %TRUE if @point lies inside @polygon
 */
gboolean
kwa_polygon_contains (const KwaPolygon *polygon,
                      KwaLonLat         point)
{
  gboolean inside = FALSE;

  g_return_val_if_fail (polygon != NULL, FALSE);

  for (guint i = 0; i < polygon->n_rings; i++)
    {
      if (polygon->rings[i].n_points > 0 && ring_crosses_odd (&polygon->rings[i], point))
        inside = !inside;
    }

  return inside;
}

/**
 * kwa_lonlat_distance_km:
 * @a: a position
 * @b: another position
 *
 * Returns: the great-circle distance between @a and @b in kilometres
 */
double
kwa_lonlat_distance_km (KwaLonLat a,
                        KwaLonLat b)
{
  double lat_a = a.lat * G_PI / 180.0;
  double lat_b = b.lat * G_PI / 180.0;
  double half_dlat = (b.lat - a.lat) * G_PI / 360.0;
  double half_dlon = (b.lon - a.lon) * G_PI / 360.0;
  double h;

  /* Haversine: stable for the short distances between a path's points. */
  h = sin (half_dlat) * sin (half_dlat) +
      cos (lat_a) * cos (lat_b) * sin (half_dlon) * sin (half_dlon);

  return 2.0 * EARTH_RADIUS_KM * asin (sqrt (MIN (h, 1.0)));
}

/**
 * kwa_path_length_km:
 * @path: a path
 *
 * Returns: the length of @path along the ground, in kilometres
 */
double
kwa_path_length_km (const KwaPath *path)
{
  double length = 0.0;

  g_return_val_if_fail (path != NULL, 0.0);

  for (guint i = 1; i < path->n_points; i++)
    length += kwa_lonlat_distance_km (path->points[i - 1], path->points[i]);

  return length;
}
