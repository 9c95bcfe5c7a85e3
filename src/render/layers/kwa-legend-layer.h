/* kwa-legend-layer.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-render-scope.h"

G_BEGIN_DECLS

void kwa_legend_layer_reserve (KwaRenderScope *scope);
void kwa_legend_layer_draw (KwaRenderScope *scope);

G_END_DECLS
