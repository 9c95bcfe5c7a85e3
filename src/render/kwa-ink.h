/* kwa-ink.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "kwa-damage.h"
#include "kwa-shape-fill.h"

G_BEGIN_DECLS

/* The layers' drawing calls onto a frame: cairo's, which first mark where
 * they draw on the KwaDamage attached to the context, if any. A frame
 * drawn over the last one (kwa_map_renderer_draw_changes()) needs to know
 * where the last frame's lines, labels and markers were, to put the map
 * back under them. Drawing onto a context with none attached (an export,
 * a sprite) is cairo's alone. */

void       kwa_ink_attach               (cairo_t            *cr,
                                         KwaDamage          *ink);
KwaDamage *kwa_ink_get                  (cairo_t            *cr);

void       kwa_ink_fill                 (cairo_t            *cr);
void       kwa_ink_fill_preserve        (cairo_t            *cr);
void       kwa_ink_stroke               (cairo_t            *cr);
void       kwa_ink_stroke_preserve      (cairo_t            *cr);
void       kwa_ink_paint                (cairo_t            *cr);
void       kwa_ink_paint_with_alpha     (cairo_t            *cr,
                                         double              alpha);
void       kwa_ink_mask_surface         (cairo_t            *cr,
                                         cairo_surface_t    *mask,
                                         double              x,
                                         double              y);
void       kwa_ink_show_layout          (cairo_t            *cr,
                                         PangoLayout        *layout);
gboolean   kwa_ink_clip_misses          (cairo_t            *cr,
                                         double              x0,
                                         double              y0,
                                         double              x1,
                                         double              y1);
void       kwa_ink_note_pixels          (cairo_t            *cr,
                                         double              x0,
                                         double              y0,
                                         double              x1,
                                         double              y1);
void       kwa_ink_note_line            (cairo_t            *cr,
                                         const KwaMapPoint  *points,
                                         guint               n_points,
                                         double              reach);
void       kwa_ink_fill_directly        (cairo_t                     *cr,
                                         KwaShapeFill                *shapes,
                                         const cairo_rectangle_int_t *clip,
                                         KwaShapeFillRule             rule,
                                         const KwaColor              *color,
                                         double                       alpha,
                                         const KwaShapeTexture       *texture);

G_END_DECLS
