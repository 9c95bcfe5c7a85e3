/* kwa-text-painter.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "kwa-exhibit-records.h"

#include "kwa-language.h"

G_BEGIN_DECLS

/* A label's layout with what drawing it made and can make again: its
 * halo's coverage and the label as one image (see kwa-text-painter.c). */
typedef struct _KwaShapedText KwaShapedText;

typedef struct _KwaTextPainter KwaTextPainter;

KwaTextPainter *kwa_text_painter_new           (void);
void            kwa_text_painter_free          (KwaTextPainter *self);
KwaShapedText  *kwa_text_painter_shape         (KwaTextPainter *self,
                                                const char     *text,
                                                double          size_px,
                                                PangoWeight     weight);
void            kwa_text_painter_clear         (KwaTextPainter *self);
void            kwa_text_painter_set_language  (KwaTextPainter *self,
                                                KwaLanguage     language);
void            kwa_text_painter_update_layout (KwaTextPainter *self,
                                                cairo_t        *cr,
                                                PangoLayout    *layout);
void            kwa_text_painter_draw          (KwaTextPainter *self,
                                                cairo_t        *cr,
                                                KwaShapedText  *text,
                                                double          x,
                                                double          y,
                                                double          device_scale,
                                                gboolean        vector,
                                                const KwaColor *ink,
                                                const KwaColor *halo,
                                                double          halo_width,
                                                double          alpha);
void            kwa_text_painter_prepare       (KwaTextPainter *self,
                                                cairo_t        *cr,
                                                KwaShapedText  *text,
                                                double          device_scale,
                                                const KwaColor *ink,
                                                const KwaColor *halo,
                                                double          halo_width);

guint64         kwa_text_painter_get_shaped_chars  (KwaTextPainter *self);
guint64         kwa_text_painter_get_halos_stroked (KwaTextPainter *self);

KwaShapedText  *kwa_shaped_text_ref            (KwaShapedText  *self);
void            kwa_shaped_text_unref          (KwaShapedText  *self);
PangoLayout    *kwa_shaped_text_get_layout     (KwaShapedText  *self);
void            kwa_shaped_text_get_extents    (KwaShapedText  *self,
                                                PangoRectangle *logical);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwaTextPainter, kwa_text_painter_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwaShapedText, kwa_shaped_text_unref)

G_END_DECLS
