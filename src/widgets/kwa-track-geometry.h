/* kwa-track-geometry.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kwa-time-scale.h"

G_BEGIN_DECLS

/* Where the timeline track's parts sit for one size and font, top to
 * bottom: phase bands │ event ticks standing on the rail │ rail │ year and
 * month marks with labels. A value type, so that drawing, hit testing and
 * placing the thumb all agree. */

#define KWA_TRACK_RAIL_HEIGHT    4.0
#define KWA_TRACK_BAND_PADDING   6.0   /* above and below a band's name */
#define KWA_TRACK_TICK_ZONE_MIN 14.0
#define KWA_TRACK_MARK_LENGTH    5.0

typedef struct
{
  KwaTimeScale *scale;     /* borrowed: where a time falls from left to right */
  double left, right;      /* the scale's 0 and 1 */
  double band_top, band_bottom;
  double tick_top;         /* where the tallest event tick starts */
  double rail_y;           /* the rail's centre line… */
  double rail_top;         /* …and its top, where the ticks stand */
  double mark_top;         /* calendar marks hang from here… */
  double label_top;        /* …and their labels below */
  int    line_height;
} KwaTrackGeometry;

void   kwa_track_geometry_init             (KwaTrackGeometry       *self,
                                            KwaTimeScale           *scale,
                                            int                     width,
                                            int                     height,
                                            int                     line_height,
                                            int                     thumb_width,
                                            int                     thumb_height);
int    kwa_track_geometry_get_min_height   (int                     line_height,
                                            int                     thumb_height);
double kwa_track_geometry_fraction_to_x    (const KwaTrackGeometry *self,
                                            double                  fraction);
double kwa_track_geometry_x_to_fraction    (const KwaTrackGeometry *self,
                                            double                  x);
double kwa_track_geometry_time_to_x        (const KwaTrackGeometry *self,
                                            double                  time);
double kwa_track_geometry_get_tick_height  (const KwaTrackGeometry *self,
                                            int                     importance);

G_END_DECLS
