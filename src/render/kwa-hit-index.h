/* kwa-hit-index.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-map-renderer.h"

G_BEGIN_DECLS

/* What the last frame drew where: markers and arrows as circles, for
 * kwa_map_renderer_hit_test(). Labels are the label placer's. */
typedef struct _KwaHitIndex KwaHitIndex;

KwaHitIndex *kwa_hit_index_new         (void);
void         kwa_hit_index_free        (KwaHitIndex       *self);
void         kwa_hit_index_clear       (KwaHitIndex       *self);
void         kwa_hit_index_add_marker  (KwaHitIndex       *self,
                                        double             x,
                                        double             y,
                                        double             radius,
                                        const KwaMapHit   *hit);
void         kwa_hit_index_add_path    (KwaHitIndex       *self,
                                        double             x,
                                        double             y,
                                        double             radius,
                                        const KwaMapHit   *hit);
KwaMapHit    kwa_hit_index_lookup      (const KwaHitIndex *self,
                                        const KwaMapLabel *labels,
                                        guint              n_labels,
                                        double             x,
                                        double             y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwaHitIndex, kwa_hit_index_free)

G_END_DECLS
