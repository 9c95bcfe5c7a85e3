/* kwa-projection.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The projection tools/gen-basemap.py draws the basemap with. The basemap
 * SVG carries its own copy in <metadata>; prefer reading that.
 */
#define KWA_PROJECTION_DEFAULT_PROJ \
  "+proj=lcc +lat_1=34 +lat_2=41 +lat_0=38 +lon_0=127.5 +datum=WGS84 +units=km +no_defs"

#define KWA_PROJECTION_ERROR (kwa_projection_error_quark ())

typedef enum
{
  KWA_PROJECTION_ERROR_PARSE,        /* the proj string is malformed */
  KWA_PROJECTION_ERROR_UNSUPPORTED,  /* well formed, but not a projection we implement */
  KWA_PROJECTION_ERROR_NO_METADATA,  /* the SVG does not say how it was projected */
} KwaProjectionError;

/* Ellipsoidal Lambert Conformal Conic (Snyder 1987, ch. 15), in km.
 *
 * A plain value type: copy it, compare it with kwa_projection_equal(),
 * keep it in a struct. Only the init functions fill the derived fields.
 */
typedef struct
{
  /* parameters, degrees */
  double lat_1, lat_2;   /* standard parallels */
  double lat_0, lon_0;   /* origin */

  /* ellipsoid: semi-major axis in km, flattening */
  double a, f;

  /* derived by the init functions */
  double e;              /* eccentricity */
  double n;              /* cone constant */
  double F;
  double rho0;           /* radius of the origin's parallel, km */
} KwaProjection;

GQuark   kwa_projection_error_quark            (void);

void     kwa_projection_init_default           (KwaProjection       *self);
gboolean kwa_projection_init_from_proj_string  (KwaProjection       *self,
                                                const char          *proj,
                                                GError             **error);
gboolean kwa_projection_read_svg_metadata      (KwaProjection       *self,
                                                const char          *svg_text,
                                                gssize               len,
                                                GError             **error);
gboolean kwa_projection_equal                  (const KwaProjection *a,
                                                const KwaProjection *b);

void     kwa_projection_forward                (const KwaProjection *self,
                                                double               lon,
                                                double               lat,
                                                double              *x_km,
                                                double              *y_km);
void     kwa_projection_inverse                (const KwaProjection *self,
                                                double               x_km,
                                                double               y_km,
                                                double              *lon,
                                                double              *lat);

void     kwa_projection_to_svg                 (const KwaProjection *self,
                                                double               lon,
                                                double               lat,
                                                double              *svg_x,
                                                double              *svg_y);
void     kwa_projection_from_svg               (const KwaProjection *self,
                                                double               svg_x,
                                                double               svg_y,
                                                double              *lon,
                                                double              *lat);

G_END_DECLS
