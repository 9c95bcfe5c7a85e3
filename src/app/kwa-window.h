/* kwa-window.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kwa-application.h"
#include "kwa-curator.h"
#include "kwa-map-view.h"

G_BEGIN_DECLS

#define KWA_TYPE_WINDOW (kwa_window_get_type ())

G_DECLARE_FINAL_TYPE (KwaWindow, kwa_window, KWA, WINDOW, AdwApplicationWindow)

KwaWindow  *kwa_window_new          (KwaApplication *application);
KwaMapView *kwa_window_get_map_view (KwaWindow      *self);
GtkOverlay *kwa_window_get_map_overlay (KwaWindow   *self);
GtkWidget  *kwa_window_get_timeline_bar (KwaWindow  *self);
GtkWidget  *kwa_window_get_panel        (KwaWindow  *self,
                                         const char *name);
gboolean    kwa_window_get_kiosk_mode (KwaWindow    *self);
void        kwa_window_set_follow_selection (KwaWindow *self,
                                             gboolean   follow);
void        kwa_window_start_curating (KwaWindow    *self);
void        kwa_window_stop_curating  (KwaWindow    *self);
KwaCurator *kwa_window_get_curator    (KwaWindow    *self);

G_END_DECLS
