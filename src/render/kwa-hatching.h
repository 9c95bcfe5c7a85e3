/* kwa-hatching.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "kwa-exhibit-records.h"
#include "kwa-land.h"
#include "kwa-map-types.h"

G_BEGIN_DECLS

/* The land as masks and one period of hatching as a tile, kept between
 * frames: what hatching the land paints through. */
typedef struct _KwaHatching KwaHatching;

KwaHatching     *kwa_hatching_new                (void);
void             kwa_hatching_free               (KwaHatching *self);
void             kwa_hatching_set_parent         (KwaHatching *self,
                                                  KwaHatching *parent);
cairo_surface_t *kwa_hatching_ensure_land_mask   (KwaHatching *self,
                                                  KwaLand     *land,
                                                  KwaMapRect  *bounds);
void             kwa_hatching_release_land_masks (KwaHatching *self);
gboolean         kwa_hatching_masks_unscaled     (cairo_t     *cr,
                                                  gboolean     vector,
                                                  double      *offset_x,
                                                  double      *offset_y);
cairo_surface_t *kwa_hatching_ensure_scaled_land_mask (KwaHatching *self,
                                                       cairo_t     *cr,
                                                       gboolean     vector,
                                                       double       device_scale,
                                                       double       x,
                                                       double       y,
                                                       double       scale,
                                                       double      *out_x,
                                                       double      *out_y);
int              kwa_hatching_get_period         (double       spacing);
cairo_surface_t *kwa_hatching_ensure_tile        (KwaHatching *self,
                                                  double       spacing,
                                                  double       line_width);
cairo_pattern_t *kwa_hatching_create_pattern     (const KwaColor *color,
                                                  double          alpha,
                                                  double          spacing,
                                                  double          line_width);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwaHatching, kwa_hatching_free)

G_END_DECLS
