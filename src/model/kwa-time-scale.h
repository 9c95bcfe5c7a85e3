/* kwa-time-scale.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "kwa-exhibit.h"

G_BEGIN_DECLS

/* How much of a timeline's width each part of the exhibit gets in the
 * non-linear scale. The war of movement is where the map changes every
 * week, so it gets half; the quiet years around it are squeezed. */
#define KWA_TIME_SCALE_WEIGHT_BEFORE_WAR  0.15
#define KWA_TIME_SCALE_WEIGHT_MOVEMENT    0.50
#define KWA_TIME_SCALE_WEIGHT_STALEMATE   0.30
#define KWA_TIME_SCALE_WEIGHT_AFTER_WAR   0.05

/* One knot of a piecewise linear scale: @time maps to @fraction. */
typedef struct
{
  double time;
  double fraction;
} KwaTimeScaleKnot;

typedef struct _KwaTimeScale KwaTimeScale;

#define KWA_TYPE_TIME_SCALE (kwa_time_scale_get_type ())

GType         kwa_time_scale_get_type          (void) G_GNUC_CONST;
KwaTimeScale *kwa_time_scale_new_linear        (double                  start,
                                                double                  end);
KwaTimeScale *kwa_time_scale_new_weighted      (const double           *boundaries,
                                                const double           *weights,
                                                guint                   n_segments);
KwaTimeScale *kwa_time_scale_new_for_exhibit   (KwaExhibit             *exhibit,
                                                gboolean                nonlinear);
KwaTimeScale *kwa_time_scale_ref               (KwaTimeScale           *self);
void          kwa_time_scale_unref             (KwaTimeScale           *self);

double        kwa_time_scale_get_start         (const KwaTimeScale     *self);
double        kwa_time_scale_get_end           (const KwaTimeScale     *self);
gboolean      kwa_time_scale_is_nonlinear      (const KwaTimeScale     *self);
const KwaTimeScaleKnot *
              kwa_time_scale_get_knots         (const KwaTimeScale     *self,
                                                guint                  *n_knots);

double        kwa_time_scale_to_fraction       (const KwaTimeScale     *self,
                                                double                  time);
double        kwa_time_scale_from_fraction     (const KwaTimeScale     *self,
                                                double                  fraction);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwaTimeScale, kwa_time_scale_unref)

G_END_DECLS
