/* kwa-sketch.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "kwa-exhibit-records.h"
#include "kwa-map-types.h"

G_BEGIN_DECLS

#define KWA_TYPE_SKETCH (kwa_sketch_get_type ())

G_DECLARE_FINAL_TYPE (KwaSketch, kwa_sketch, KWA, SKETCH, GObject)

/* One pen stroke: its colour and its points in map units, so it stays on
 * the place it was drawn however the map is panned or zoomed. */
typedef struct
{
  KwaColor     color;
  double       width;      /* in view pixels at any zoom */
  GArray      *points;     /* KwaMapPoint */
} KwaStroke;

KwaSketch       *kwa_sketch_new           (void);
guint            kwa_sketch_get_n_strokes (KwaSketch         *self);
const KwaStroke *kwa_sketch_get_stroke    (KwaSketch         *self,
                                           guint              index);
void             kwa_sketch_begin_stroke  (KwaSketch         *self,
                                           const KwaColor    *color,
                                           double             width,
                                           const KwaMapPoint *start);
void             kwa_sketch_extend_stroke (KwaSketch         *self,
                                           const KwaMapPoint *point);
gboolean         kwa_sketch_undo          (KwaSketch         *self);
void             kwa_sketch_clear         (KwaSketch         *self);

G_END_DECLS
