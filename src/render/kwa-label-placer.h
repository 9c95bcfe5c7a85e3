/* kwa-label-placer.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-map-renderer.h"

G_BEGIN_DECLS

/* Where a frame's labels go, each clear of those placed before it and of
 * the event markers drawn over them. */
typedef struct _KwaLabelPlacer KwaLabelPlacer;

KwaLabelPlacer    *kwa_label_placer_new           (void);
void               kwa_label_placer_free          (KwaLabelPlacer    *self);
void               kwa_label_placer_clear         (KwaLabelPlacer    *self);
void               kwa_label_placer_add_line      (KwaLabelPlacer    *self,
                                                   const KwaMapPoint *points,
                                                   guint              n_points,
                                                   double             half_width);
void               kwa_label_placer_clear_markers (KwaLabelPlacer    *self);
void               kwa_label_placer_add_marker    (KwaLabelPlacer    *self,
                                                   double             x,
                                                   double             y,
                                                   double             radius);
void               kwa_label_placer_add_obstacle  (KwaLabelPlacer    *self,
                                                   double             x,
                                                   double             y,
                                                   double             width,
                                                   double             height);
gboolean           kwa_label_placer_place         (KwaLabelPlacer    *self,
                                                   KwaMapLabel       *label,
                                                   double             x,
                                                   double             y,
                                                   double             gap);
gboolean           kwa_label_placer_place_near    (KwaLabelPlacer    *self,
                                                   const KwaViewport *viewport,
                                                   KwaMapLabel       *label,
                                                   double             x,
                                                   double             y,
                                                   double             gap,
                                                   gboolean           always);
const KwaMapLabel *kwa_label_placer_get_labels    (KwaLabelPlacer    *self,
                                                   guint             *n_labels);
const KwaMapLabel *kwa_label_placer_get_obstacles (KwaLabelPlacer    *self,
                                                   guint             *n_obstacles);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwaLabelPlacer, kwa_label_placer_free)

G_END_DECLS
