/* kwa-uncertainty-layer.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-render-scope.h"

G_BEGIN_DECLS

/* What a day's hatching looks like: at one view, two frames with equal
 * keys hatch the same pixels. Between two fronts' days it stays put while
 * the front moves, so a frame drawn over the last need not draw it again
 * where nothing else changed (see kwa_map_renderer_draw_changes()). */
typedef struct
{
  gconstpointer from;    /* the regions between which it hatches, the atlas's; NULL for none */
  gconstpointer to;
  KwaColor      color;
  double        alpha;
  double        scale;
} KwaHatchKey;

gboolean kwa_uncertainty_layer_ready   (KwaRenderScope    *scope);
void     kwa_uncertainty_layer_draw    (KwaRenderScope    *scope);
void     kwa_uncertainty_layer_get_key (KwaRenderScope    *scope,
                                        KwaHatchKey       *key);
gboolean kwa_hatch_key_equal           (const KwaHatchKey *a,
                                        const KwaHatchKey *b);

G_END_DECLS
