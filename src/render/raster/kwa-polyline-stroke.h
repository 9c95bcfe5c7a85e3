/* kwa-polyline-stroke.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "kwa-exhibit-records.h"
#include "kwa-map-types.h"

G_BEGIN_DECLS

/* One stroke along the line: pens are laid down in order, each over the
 * ones before, the way a halo goes under a line. */
typedef struct
{
  double   width;      /* in pixels */
  KwaColor color;
  double   alpha;
  double   dash_on;    /* dashes this long, from the line's start, with */
  double   dash_off;   /* gaps this long between them; 0 for a solid line */
} KwaStrokePen;

#define KWA_POLYLINE_STROKE_MAX_PENS 4

typedef struct _KwaPolylineStroke KwaPolylineStroke;

KwaPolylineStroke *kwa_polyline_stroke_new   (void);
void               kwa_polyline_stroke_free  (KwaPolylineStroke           *self);
void               kwa_polyline_stroke_paint (KwaPolylineStroke           *self,
                                              const KwaMapPoint           *points,
                                              guint                        n_points,
                                              const KwaStrokePen          *pens,
                                              guint                        n_pens,
                                              cairo_surface_t             *image,
                                              const cairo_rectangle_int_t *clip);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwaPolylineStroke, kwa_polyline_stroke_free)

G_END_DECLS
