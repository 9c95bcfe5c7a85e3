/* kwa-map-types.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Map units are the basemap SVG's user units: 1 unit = 1 km in the
 * Lambert Conformal Conic projection, x = easting, y = -northing (down).
 * Everything the scene hands to the renderer is already in map units, so
 * nothing is projected per frame. */

typedef struct
{
  double x, y;
} KwaMapPoint;

typedef struct
{
  double x, y, width, height;
} KwaMapRect;

/* A simple polygon in map units: a borrowed array of points. */
typedef struct
{
  const KwaMapPoint *points;
  guint              n_points;
} KwaMapRing;

G_END_DECLS
