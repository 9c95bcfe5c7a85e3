/* kwa-layers-panel-private.h: what tests look at inside, which the app never needs
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-layers-panel.h"

G_BEGIN_DECLS

GtkSwitch    *kwa_layers_panel_get_switch (KwaLayersPanel *self,
                                           KwaMapLayers    layer);

G_END_DECLS
