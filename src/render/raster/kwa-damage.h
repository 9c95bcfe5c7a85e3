/* kwa-damage.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A frame's pixels in square cells, each marked or not: where a frame's
 * overlays drew, where it may differ from the last one. */
typedef struct _KwaDamage KwaDamage;

/* Pixels a side. Small enough that a label or a marker marks a few
 * cells, large enough that marking and walking the cells costs nothing
 * beside the pixels. */
#define KWA_DAMAGE_CELL 32

KwaDamage *kwa_damage_new          (int              width,
                                    int              height);
void       kwa_damage_free         (KwaDamage       *self);
KwaDamage *kwa_damage_ensure       (KwaDamage      **damage,
                                    int              width,
                                    int              height);
void       kwa_damage_get_size     (const KwaDamage *self,
                                    int             *width,
                                    int             *height);
void       kwa_damage_get_cells    (const KwaDamage *self,
                                    int             *columns,
                                    int             *rows);
void       kwa_damage_clear        (KwaDamage       *self);
void       kwa_damage_add_all      (KwaDamage       *self);
void       kwa_damage_add_box      (KwaDamage       *self,
                                    double           x0,
                                    double           y0,
                                    double           x1,
                                    double           y1);
void       kwa_damage_add_triangle (KwaDamage       *self,
                                    double           x0,
                                    double           y0,
                                    double           x1,
                                    double           y1,
                                    double           x2,
                                    double           y2);
void       kwa_damage_add_segment  (KwaDamage       *self,
                                    double           x0,
                                    double           y0,
                                    double           x1,
                                    double           y1,
                                    double           reach);
void       kwa_damage_add_damage   (KwaDamage       *self,
                                    const KwaDamage *other);
void       kwa_damage_add_cell     (KwaDamage       *self,
                                    int              column,
                                    int              row);
const guint8 *kwa_damage_peek_row  (const KwaDamage *self,
                                    int              y);
gboolean   kwa_damage_is_all       (const KwaDamage *self);
gboolean   kwa_damage_has_cell     (const KwaDamage *self,
                                    int              column,
                                    int              row);
guint      kwa_damage_count_cells  (const KwaDamage *self);
gboolean   kwa_damage_next_span    (const KwaDamage *self,
                                    int              row,
                                    int             *x0,
                                    int             *x1);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwaDamage, kwa_damage_free)

G_END_DECLS
