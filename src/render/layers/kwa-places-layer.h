/* kwa-places-layer.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-render-scope.h"

G_BEGIN_DECLS

void  kwa_places_layer_draw            (KwaRenderScope       *scope);
void  kwa_places_layer_draw_names      (KwaRenderScope       *scope);
int   kwa_places_layer_get_least_importance_shown (const KwaRenderScope *scope);
guint kwa_places_layer_prepare_labels (const KwaRenderScope *scope,
                                       guint                 from,
                                       gint64                deadline);

G_END_DECLS
