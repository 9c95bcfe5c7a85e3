/* kwa-geometry.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A position in degrees (WGS84), in GeoJSON's [lon, lat] order. */
typedef struct
{
  double lon;
  double lat;
} KwaLonLat;

/* A LineString, or one ring of a polygon (closed: last point == first). */
typedef struct
{
  KwaLonLat *points;
  guint      n_points;
} KwaPath;

/* Ring 0 is the outline, any further rings are holes. */
typedef struct
{
  KwaPath *rings;
  guint    n_rings;
} KwaPolygon;

/* A box in degrees, as GeoJSON writes it: [west, south, east, north]. */
typedef struct
{
  double west;
  double south;
  double east;
  double north;
} KwaBBox;

void     kwa_path_clear          (KwaPath          *path);
void     kwa_polygon_clear       (KwaPolygon       *polygon);

gboolean kwa_path_get_bbox       (const KwaPath    *path,
                                  KwaBBox          *out_bbox);
gboolean kwa_polygon_get_bbox    (const KwaPolygon *polygon,
                                  KwaBBox          *out_bbox);
gboolean kwa_bbox_contains       (const KwaBBox    *bbox,
                                  KwaLonLat         point);

gboolean kwa_polygon_contains    (const KwaPolygon *polygon,
                                  KwaLonLat         point);

double   kwa_lonlat_distance_km  (KwaLonLat         a,
                                  KwaLonLat         b);
double   kwa_path_length_km      (const KwaPath    *path);

G_END_DECLS
