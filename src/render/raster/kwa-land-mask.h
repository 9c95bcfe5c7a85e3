/* kwa-land-mask.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* A stretch of one row of a basemap raster where the Korean land shows:
 * wholly (every pixel is the land's colour) or partly (through an edge, a
 * river or a line drawn over it). */
typedef struct
{
  int      start;     /* the first pixel, in the raster's columns */
  int      end;       /* one past the last */
  gboolean partial;
} KwaLandRun;

typedef struct _KwaLandMask KwaLandMask;

KwaLandMask      *kwa_land_mask_new           (cairo_surface_t   *black,
                                               cairo_surface_t   *white,
                                               int                x,
                                               int                y);
void              kwa_land_mask_free          (KwaLandMask       *self);
const KwaLandRun *kwa_land_mask_get_runs      (const KwaLandMask *self,
                                               int                row,
                                               guint             *n_runs);
const guint8     *kwa_land_mask_get_row       (const KwaLandMask *self,
                                               int                row);
cairo_surface_t  *kwa_land_mask_get_surface   (const KwaLandMask *self,
                                               int               *x,
                                               int               *y);
gsize             kwa_land_mask_get_byte_size (const KwaLandMask *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwaLandMask, kwa_land_mask_free)

G_END_DECLS
