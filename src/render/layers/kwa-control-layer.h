/* kwa-control-layer.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-render-scope.h"

G_BEGIN_DECLS

gboolean kwa_control_layer_shades          (KwaScene               *scene,
                                            const KwaRenderOptions *options);
gboolean kwa_control_layer_draw            (KwaRenderScope         *scope,
                                            GError                **error);

G_END_DECLS
