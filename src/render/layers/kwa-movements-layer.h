/* kwa-movements-layer.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-render-scope.h"

G_BEGIN_DECLS

void  kwa_movements_layer_draw           (KwaRenderScope       *scope);
guint kwa_movements_layer_prepare_labels (const KwaRenderScope *scope,
                                          guint                 from,
                                          gint64                deadline);

G_END_DECLS
