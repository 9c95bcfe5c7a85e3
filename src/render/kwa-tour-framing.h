/* kwa-tour-framing.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kwa-exhibit-records.h"
#include "kwa-map-types.h"
#include "kwa-projection.h"
#include "kwa-viewport.h"

G_BEGIN_DECLS

/* How much of the map a tour stop's box fills, along its tighter side. */
#define KWA_TOUR_FRAME_FILL 0.8

void kwa_tour_view_frame          (const KwaTourView   *view,
                                   const KwaProjection *projection,
                                   const KwaMapExtent  *extent,
                                   double               width,
                                   double               height,
                                   KwaMapPoint         *center,
                                   double              *zoom);
void kwa_tour_view_frame_viewport (const KwaTourView   *view,
                                   const KwaProjection *projection,
                                   const KwaMapExtent  *extent,
                                   double               width,
                                   double               height,
                                   KwaViewport         *viewport);

G_END_DECLS
