/* kwa-frame-tiles.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-damage.h"

G_BEGIN_DECLS

/* The side of a tile, in device pixels. */
#define KWA_FRAME_TILE_SIZE 128

typedef struct _KwaFrameTiles KwaFrameTiles;

KwaFrameTiles *kwa_frame_tiles_new      (void);
void           kwa_frame_tiles_free     (KwaFrameTiles   *self);
guint          kwa_frame_tiles_update   (KwaFrameTiles   *self,
                                         cairo_surface_t *image,
                                         const KwaDamage *changed,
                                         gboolean         textures);
void           kwa_frame_tiles_snapshot (KwaFrameTiles   *self,
                                         GtkSnapshot     *snapshot);
void           kwa_frame_tiles_clear    (KwaFrameTiles   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwaFrameTiles, kwa_frame_tiles_free)

G_END_DECLS
