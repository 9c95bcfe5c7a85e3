/* kwa-map-view.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-map-document.h"
#include "kwa-map-renderer.h"

G_BEGIN_DECLS

#define KWA_TYPE_MAP_VIEW (kwa_map_view_get_type ())

G_DECLARE_FINAL_TYPE (KwaMapView, kwa_map_view, KWA, MAP_VIEW, GtkWidget)

GtkWidget       *kwa_map_view_new               (void);
KwaMapDocument  *kwa_map_view_get_document      (KwaMapView       *self);
void             kwa_map_view_set_document      (KwaMapView       *self,
                                                 KwaMapDocument   *document);
double           kwa_map_view_get_time          (KwaMapView       *self);
void             kwa_map_view_set_time          (KwaMapView       *self,
                                                 double            time);
KwaLanguage      kwa_map_view_get_language      (KwaMapView       *self);
void             kwa_map_view_set_language      (KwaMapView       *self,
                                                 KwaLanguage       language);
KwaMapLayers     kwa_map_view_get_layers        (KwaMapView       *self);
KwaScene        *kwa_map_view_get_scene         (KwaMapView       *self);
void             kwa_map_view_set_layers        (KwaMapView       *self,
                                                 KwaMapLayers      layers);
double           kwa_map_view_get_text_scale    (KwaMapView       *self);
void             kwa_map_view_set_text_scale    (KwaMapView       *self,
                                                 double            text_scale);
double           kwa_map_view_get_zoom          (KwaMapView       *self);
void             kwa_map_view_get_center        (KwaMapView       *self,
                                                 KwaLonLat        *center);
void             kwa_map_view_go_to             (KwaMapView       *self,
                                                 KwaLonLat         center,
                                                 double            zoom,
                                                 gboolean          animate);
void             kwa_map_view_reset_view        (KwaMapView       *self,
                                                 gboolean          animate);
void             kwa_map_view_show_tour_view    (KwaMapView        *self,
                                                 const KwaTourView *view,
                                                 gboolean           animate);
gconstpointer    kwa_map_view_get_selected      (KwaMapView       *self);
void             kwa_map_view_set_selected      (KwaMapView       *self,
                                                 gconstpointer     record);
gboolean         kwa_map_view_get_legend_collapsed (KwaMapView    *self);
void             kwa_map_view_set_legend_collapsed (KwaMapView    *self,
                                                    gboolean       collapsed);
gboolean         kwa_map_view_get_show_coordinates (KwaMapView    *self);
void             kwa_map_view_set_show_coordinates (KwaMapView    *self,
                                                    gboolean       show);
KwaMapHit        kwa_map_view_hit_test          (KwaMapView       *self,
                                                 double            x,
                                                 double            y);
gboolean         kwa_map_view_lonlat_to_widget  (KwaMapView       *self,
                                                 KwaLonLat         point,
                                                 double           *x,
                                                 double           *y);
gboolean         kwa_map_view_widget_to_lonlat  (KwaMapView       *self,
                                                 double            x,
                                                 double            y,
                                                 KwaLonLat        *point);
KwaSketch       *kwa_map_view_get_sketch        (KwaMapView       *self);
gboolean         kwa_map_view_get_viewport      (KwaMapView       *self,
                                                 KwaViewport      *viewport);
void             kwa_map_view_get_render_options (KwaMapView      *self,
                                                  KwaRenderOptions *options);
void             kwa_map_view_set_sketch        (KwaMapView       *self,
                                                 KwaSketch        *sketch);
gboolean         kwa_map_view_get_pen_active    (KwaMapView       *self);
void             kwa_map_view_set_pen_active    (KwaMapView       *self,
                                                 gboolean          active);
void             kwa_map_view_set_pen_color     (KwaMapView       *self,
                                                 const KwaColor   *color);
double           kwa_map_view_get_line_scale    (KwaMapView       *self);
void             kwa_map_view_set_line_scale    (KwaMapView       *self,
                                                 double            line_scale);
double           kwa_map_view_get_label_scale   (KwaMapView       *self);
void             kwa_map_view_drop_caches       (KwaMapView       *self);
void             kwa_map_view_add_cover         (KwaMapView       *self,
                                                 GtkWidget        *cover);
void             kwa_map_view_set_label_scale   (KwaMapView       *self,
                                                 double            label_scale);
void             kwa_map_view_set_legend_elsewhere (KwaMapView    *self,
                                                    gboolean       elsewhere);
void             kwa_map_view_set_legend_scale  (KwaMapView       *self,
                                                 double            legend_scale);
guint            kwa_map_view_get_frame_time    (KwaMapView       *self,
                                                 double           *milliseconds);

G_END_DECLS
