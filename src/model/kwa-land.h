/* kwa-land.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "kwa-map-types.h"

G_BEGIN_DECLS

#define KWA_TYPE_LAND (kwa_land_get_type ())

G_DECLARE_FINAL_TYPE (KwaLand, kwa_land, KWA, LAND, GObject)

#define KWA_LAND_ERROR (kwa_land_error_quark ())

typedef enum
{
  KWA_LAND_ERROR_NO_LAND,     /* the basemap has no land-korea group */
  KWA_LAND_ERROR_BAD_PATH,    /* a path uses something other than straight lines */
  KWA_LAND_ERROR_TOO_LARGE,   /* the land is wider or taller than the grid counts */
} KwaLandError;

GQuark   kwa_land_error_quark       (void);

KwaLand *kwa_land_new_from_svg      (const char        *svg_text,
                                     gssize             len,
                                     GError           **error);
gboolean kwa_land_contains          (KwaLand           *self,
                                     double             x,
                                     double             y);
double   kwa_land_get_area          (KwaLand           *self);
double   kwa_land_get_area_inside   (KwaLand           *self,
                                     const KwaMapPoint *polygon,
                                     guint              n_points);
void     kwa_land_get_grid          (KwaLand           *self,
                                     KwaMapRect        *bounds,
                                     guint             *n_columns,
                                     guint             *n_rows,
                                     const guint8     **cells);
const KwaMapRing *kwa_land_get_rings (KwaLand           *self,
                                      guint             *n_rings);
double   kwa_land_get_area_where    (KwaLand           *self,
                                     const KwaMapRing  *gained,
                                     guint              n_gained,
                                     const KwaMapRing  *lost,
                                     guint              n_lost);
double   kwa_land_get_area_covered  (KwaLand           *self,
                                     const KwaMapRing  *gained,
                                     guint              n_gained,
                                     guint              needed,
                                     const KwaMapRing  *lost,
                                     guint              n_lost);

G_END_DECLS
