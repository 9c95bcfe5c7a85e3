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

/* What a basemap covers: @data is everything it draws, the most any view
 * may show (a view never looks past it, so it never shows a void); @home
 * is the part a view shows whole at zoom 1, the theatre of the war. The
 * data reaches far enough around the home that a view of it on any screen
 * shape shows map to every edge. */
typedef struct
{
  KwaMapRect data;
  KwaMapRect home;
} KwaMapExtent;

/* A simple polygon in map units: a borrowed array of points. */
typedef struct
{
  const KwaMapPoint *points;
  guint              n_points;
} KwaMapRing;

G_END_DECLS
