/* kwa-frame-changes.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "kwa-damage.h"
#include "kwa-land-cells.h"
#include "kwa-map-renderer.h"
#include "kwa-scene.h"
#include "kwa-uncertainty-layer.h"

G_BEGIN_DECLS

/* What a renderer remembers of the last frame it drew into an image, to
 * draw the next one over it only where the two may differ. */
typedef struct _KwaFrameChanges KwaFrameChanges;

KwaFrameChanges *kwa_frame_changes_new    (void);
void             kwa_frame_changes_free   (KwaFrameChanges        *self);
void             kwa_frame_changes_forget (KwaFrameChanges        *self);
const KwaDamage *kwa_frame_changes_begin  (KwaFrameChanges        *self,
                                           cairo_surface_t        *target,
                                           const KwaViewport      *viewport,
                                           KwaScene               *scene,
                                           const KwaRenderOptions *options,
                                           KwaBasemap             *basemap,
                                           guint                   basemap_renders,
                                           gboolean                shade,
                                           const KwaHatchKey      *hatch,
                                           gboolean               *hatch_kept);
KwaLandCells    *kwa_frame_changes_get_land (KwaFrameChanges      *self,
                                             const KwaDamage     **compose);
void             kwa_frame_changes_end    (KwaFrameChanges        *self,
                                           const KwaDamage        *ink,
                                           const KwaDamage        *hatch_ink);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwaFrameChanges, kwa_frame_changes_free)

G_END_DECLS
