/* kwa-front-line.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kwa-map-types.h"

G_BEGIN_DECLS

/* Every front line is resampled to this many points once, at load, so any
 * two can be blended point by point for any day between them. */
#define KWA_FRONT_LINE_SAMPLES 256
/* Of those, how many each end's run out to sea gets (see
 * kwa_front_line_resample_ashore()). */
#define KWA_FRONT_LINE_SEA_SAMPLES 16

void    kwa_front_line_resample      (const KwaMapPoint *points,
                                      guint              n_points,
                                      KwaMapPoint       *samples,
                                      guint              n_samples);
void    kwa_front_line_resample_ashore (const KwaMapPoint *points,
                                        guint              n_points,
                                        double             ashore_from,
                                        double             ashore_to,
                                        KwaMapPoint       *samples,
                                        guint              n_samples);
void    kwa_front_line_blend         (const KwaMapPoint *from,
                                      const KwaMapPoint *to,
                                      double             progress,
                                      KwaMapPoint       *blended,
                                      guint              n_points);
GArray *kwa_front_line_close         (const KwaMapPoint *line,
                                      guint              n_points,
                                      const KwaMapRect  *box,
                                      const KwaMapPoint *inside);
gboolean kwa_map_polygon_contains        (const KwaMapPoint *polygon,
                                      guint              n_points,
                                      double             x,
                                      double             y);
void    kwa_map_polygon_orient       (GArray            *polygon);
double  kwa_map_segment_nearest      (KwaMapPoint        p,
                                      KwaMapPoint        a,
                                      KwaMapPoint        b,
                                      double            *out_t);
double  kwa_map_segment_distance     (KwaMapPoint        p,
                                      KwaMapPoint        a,
                                      KwaMapPoint        b);
double  kwa_polyline_length          (const KwaMapPoint *points,
                                      guint              n_points);
guint   kwa_polyline_simplify        (const KwaMapPoint *points,
                                      guint              n_points,
                                      double             tolerance,
                                      KwaMapPoint       *simplified);
void    kwa_map_polygon_offset       (const KwaMapPoint *points,
                                      guint              n_points,
                                      double             distance,
                                      KwaMapPoint       *offset);

G_END_DECLS
