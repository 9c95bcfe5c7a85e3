/* kwa-map-key.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-legend-symbol-painter.h"
#include "kwa-map-view.h"

G_BEGIN_DECLS

#define KWA_TYPE_MAP_KEY (kwa_map_key_get_type ())

G_DECLARE_FINAL_TYPE (KwaMapKey, kwa_map_key, KWA, MAP_KEY, GtkWidget)

GtkWidget      *kwa_map_key_new           (void);
void            kwa_map_key_set_map_view  (KwaMapKey  *self,
                                           KwaMapView *view);
void            kwa_map_key_set_columns   (KwaMapKey  *self,
                                           guint       columns);
guint           kwa_map_key_get_n_entries (KwaMapKey  *self);
KwaLegendEntry  kwa_map_key_get_entry     (KwaMapKey  *self,
                                           guint       index);
GtkLabel       *kwa_map_key_get_label     (KwaMapKey  *self,
                                           guint       index);

G_END_DECLS
