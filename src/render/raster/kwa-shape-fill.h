/* kwa-shape-fill.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "kwa-damage.h"
#include "kwa-exhibit-records.h"
#include "kwa-map-types.h"

G_BEGIN_DECLS

typedef enum
{
  KWA_SHAPE_FILL_NONZERO,    /* rings that do not cross; holes wound the other way */
  KWA_SHAPE_FILL_EVEN_ODD,   /* inside an odd number of rings */
} KwaShapeFillRule;

/* An alpha mask laid over the image, and a tile (at most
 * KWA_SHAPE_TEXTURE_MAX_TILE pixels square) repeated from the image's
 * (0, 0): together they say how much of the colour each pixel gets. Both
 * are A8 images their owner has flushed; they are only read. */
#define KWA_SHAPE_TEXTURE_MAX_TILE 64

typedef struct
{
  cairo_surface_t *mask;     /* A8, or NULL for everywhere */
  int              mask_x;   /* where the mask's pixel (0, 0) lies in the image */
  int              mask_y;
  cairo_surface_t *tile;     /* A8, or NULL for everywhere */
} KwaShapeTexture;

typedef struct _KwaShapeFill KwaShapeFill;

KwaShapeFill *kwa_shape_fill_new      (void);
void          kwa_shape_fill_free     (KwaShapeFill           *self);
void          kwa_shape_fill_add_ring (KwaShapeFill           *self,
                                       const KwaMapPoint      *points,
                                       guint                   n_points,
                                       gboolean                reversed);
void          kwa_shape_fill_set_ink  (KwaShapeFill           *self,
                                       KwaDamage              *ink);
void          kwa_shape_fill_set_only (KwaShapeFill           *self,
                                       const KwaDamage        *only);
void          kwa_shape_fill_paint    (KwaShapeFill           *self,
                                       cairo_surface_t        *image,
                                       const cairo_rectangle_int_t *clip,
                                       KwaShapeFillRule        rule,
                                       const KwaColor         *color,
                                       double                  alpha,
                                       const KwaShapeTexture  *texture);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwaShapeFill, kwa_shape_fill_free)

G_END_DECLS
