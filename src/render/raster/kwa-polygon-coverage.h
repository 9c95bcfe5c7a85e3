/* kwa-polygon-coverage.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kwa-map-types.h"

G_BEGIN_DECLS

/* A stretch of one pixel row where every pixel is "inside" equally. */
typedef struct
{
  int    start;   /* the first pixel */
  int    end;     /* one past the last */
  guint8 alpha;   /* how much of each pixel is inside, 0–255 */
} KwaCoverageRun;

typedef struct _KwaPolygonCoverage KwaPolygonCoverage;

KwaPolygonCoverage   *kwa_polygon_coverage_new     (int                 width,
                                                    int                 height);
void                  kwa_polygon_coverage_free    (KwaPolygonCoverage *self);
void                  kwa_polygon_coverage_add     (KwaPolygonCoverage *self,
                                                    const KwaMapPoint  *points,
                                                    guint               n_points,
                                                    gboolean            paints_inside);
void                  kwa_polygon_coverage_add_overlap (KwaPolygonCoverage *self,
                                                        const KwaMapRing   *rings,
                                                        guint               n_rings,
                                                        guint               needed,
                                                        gboolean            paints_inside);
const KwaCoverageRun *kwa_polygon_coverage_get_row (KwaPolygonCoverage *self,
                                                    int                 y,
                                                    guint              *n_runs);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwaPolygonCoverage, kwa_polygon_coverage_free)

G_END_DECLS
