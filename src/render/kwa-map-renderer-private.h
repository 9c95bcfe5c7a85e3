/* kwa-map-renderer-private.h: what tests may set that the app never does
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-map-renderer.h"

G_BEGIN_DECLS

void kwa_map_renderer_set_band_split (KwaMapRenderer *self,
                                      double          split);

/* For tests: what they look at inside. */
KwaBasemapCache  *kwa_map_renderer_get_cache   (KwaMapRenderer         *self);
const KwaMapLabel *kwa_map_renderer_get_labels (KwaMapRenderer         *self,
                                                guint                  *n_labels);
const KwaMapLabel *kwa_map_renderer_get_obstacles (KwaMapRenderer       *self,
                                                   guint                *n_obstacles);
gboolean           kwa_map_renderer_get_date_card (KwaMapRenderer       *self,
                                                   cairo_rectangle_t    *bounds);
guint64            kwa_map_renderer_get_shaped_chars (KwaMapRenderer    *self);
guint              kwa_map_renderer_get_composed_cells (KwaMapRenderer  *self);

G_END_DECLS
