/* kwa-layers-panel.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-map-renderer.h"
#include "kwa-panel.h"

G_BEGIN_DECLS

#define KWA_TYPE_LAYERS_PANEL (kwa_layers_panel_get_type ())

G_DECLARE_FINAL_TYPE (KwaLayersPanel, kwa_layers_panel, KWA, LAYERS_PANEL, KwaPanel)

GtkWidget    *kwa_layers_panel_new        (void);
KwaMapLayers  kwa_layers_panel_get_layers (KwaLayersPanel *self);
void          kwa_layers_panel_set_layers (KwaLayersPanel *self,
                                           KwaMapLayers    layers);

G_END_DECLS
