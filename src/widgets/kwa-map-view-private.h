/* kwa-map-view-private.h: what the parts of the map view share
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kwa-frame-tiles.h"
#include "kwa-map-view.h"

G_BEGIN_DECLS

/* One zoom step, of a wheel notch, a key or a double-click. */
#define ZOOM_STEP 1.5

struct _KwaMapView
{
  GtkWidget         parent_instance;

  /* Owned */
  KwaMapDocument   *document;
  KwaBasemapCache  *cache;
  KwaMapRenderer   *renderer;
  KwaScene         *scene;
  AdwAnimation     *view_animation;

  double            time;
  KwaLanguage       language;
  KwaMapLayers      layers;
  double            text_scale;
  gconstpointer     selected;
  gboolean          show_coordinates;
  gboolean          legend_collapsed;
  double            line_scale;
  double            label_scale;
  double            legend_scale;
  gboolean          legend_elsewhere;  /* a kiosk shows it beside the map */
  GPtrArray        *covers;            /* GWeakRef *: widgets over the map */

  /* The pen: while active, a drag draws into the sketch instead of panning */
  KwaSketch        *sketch;
  gulong            sketch_changed_id;
  gboolean          pen_active;
  gboolean          drawing;
  KwaColor          pen_color;

  /* The frame, drawn into an image by the renderer and handed to GTK as
   * tiles (see kwa-map-view-snapshot.c) */
  cairo_surface_t  *frame;
  KwaFrameTiles    *tiles;
  guint             tiles_replaced;   /* by the last frame */
  KwaDamage        *changed;          /* where it may differ from the one before */
  KwaMapRenderer   *check_renderer;   /* KWA_CHECK_FRAME_CHANGES: draws frames whole too */
  guint             frames_drawn;     /* over the last, for the check */
  guint             frame_serial;     /* counts the frames drawn, … */
  gint64            frame_us;         /* … the last of which took this long */

  KwaViewport       viewport;
  gboolean          has_viewport;
  KwaMapExtent      extent;

  /* Gestures */
  double            pointer_x, pointer_y;
  gboolean          has_pointer;
  double            drag_last_x, drag_last_y;
  double            zoom_gesture_start_zoom;
  double            kinetic_vx, kinetic_vy;
  gint64            kinetic_last_us;
  guint             kinetic_tick_id;
  guint             pulse_tick_id;
  double            pulse;

  /* The view an animation goes from and to (map units, zoom) */
  double            from_x, from_y, from_zoom;
  double            to_x, to_y, to_zoom;

  /* A move asked for before the map had a size (--event at start-up) */
  gboolean          has_pending_view;
  double            pending_x, pending_y, pending_zoom;

  guint             settle_id;
  guint             describe_id;
  guint             prepare_labels_id;
  gulong            cache_changed_id;
  gulong            style_notify_ids[2];
};

/* kwa-map-view.c: the state every part changes */
void     kwa_map_view_viewport_changed        (KwaMapView       *self);
void     kwa_map_view_activate_record         (KwaMapView       *self,
                                               KwaMapHit         hit);

/* kwa-map-view-snapshot.c */
void     kwa_map_view_release_frames          (KwaMapView       *self);
cairo_surface_t *kwa_map_view_get_frame_image (KwaMapView      *self);
guint    kwa_map_view_get_tiles_replaced      (KwaMapView       *self);

/* kwa-map-view-camera.c: what the view shows, and the glides between */
void     kwa_map_view_init_camera             (KwaMapView       *self);
void     kwa_map_view_class_init_camera       (GtkWidgetClass   *widget_class);
void     kwa_map_view_ensure_viewport         (KwaMapView       *self,
                                               int               width,
                                               int               height);
void     kwa_map_view_finish_animation        (KwaMapView       *self);
void     kwa_map_view_zoom_at                 (KwaMapView       *self,
                                               double            factor,
                                               double            x,
                                               double            y);
void     kwa_map_view_zoom_in_around          (KwaMapView       *self,
                                               double            x,
                                               double            y);
void     kwa_map_view_pan_by                  (KwaMapView       *self,
                                               double            dx,
                                               double            dy);

/* kwa-map-view-snapshot.c: drawing, and the basemap raster behind it */
void     kwa_map_view_prepare_basemap         (KwaMapView       *self);
void     kwa_map_view_measure                 (GtkWidget        *widget,
                                               GtkOrientation    orientation,
                                               int               for_size,
                                               int              *minimum,
                                               int              *natural,
                                               int              *minimum_baseline,
                                               int              *natural_baseline);
void     kwa_map_view_snapshot                (GtkWidget        *widget,
                                               GtkSnapshot      *snapshot);

/* kwa-map-view-description.c: the accessible description */
void     kwa_map_view_schedule_description    (KwaMapView       *self);

/* kwa-map-view-input.c: pointer, touch and wheel */
void     kwa_map_view_init_input              (KwaMapView       *self);
void     kwa_map_view_stop_kinetic            (KwaMapView       *self);

/* kwa-map-view-pen.c: drawing into the sketch */
gboolean kwa_map_view_pen_begin_stroke        (KwaMapView       *self,
                                               double            x,
                                               double            y);
void     kwa_map_view_pen_extend_stroke       (KwaMapView       *self,
                                               double            x,
                                               double            y);

guint            kwa_map_view_render_threads    (guint             n_processors);

/* For tests: what they look at inside. */
gboolean         kwa_map_view_is_basemap_ready  (KwaMapView       *self);
KwaBasemapCache *kwa_map_view_get_basemap_cache (KwaMapView       *self);

void             kwa_map_view_check_changes        (KwaMapView             *self,
                                                    cairo_surface_t        *image,
                                                    const KwaRenderOptions *options);

G_END_DECLS
