/* kwa-map-view-camera.c: where the map view looks, and the glides from
 * one view to the next
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-map-view"

#include "config.h"

#include <math.h>

#include "kwa-map-view-private.h"
#include "kwa-tour-framing.h"

/* The viewport is the camera. Gestures move it at once; the keyboard, a
 * double-click and the rest of the application glide it there with one
 * AdwTimedAnimation. A move asked for before the map has a size waits
 * until the first frame gives it one. */

#define PAN_STEP 80.0

/* ---- the viewport ----------------------------------------------------- */

void
kwa_map_view_ensure_viewport (KwaMapView *self,
                              int         width,
                              int         height)
{
  if (self->cache == NULL || width <= 0 || height <= 0)
    return;

  if (!self->has_viewport)
    {
      kwa_viewport_init_fit (&self->viewport, &self->extent, width, height);
      self->has_viewport = TRUE;
      if (self->has_pending_view)
        {
          self->has_pending_view = FALSE;
          self->viewport.center_x = self->pending_x;
          self->viewport.center_y = self->pending_y;
          kwa_viewport_set_zoom (&self->viewport, &self->extent, self->pending_zoom);
        }
      kwa_map_view_viewport_changed (self);
    }
  else if (self->viewport.width != width || self->viewport.height != height)
    {
      kwa_viewport_resize (&self->viewport, &self->extent, width, height);
      kwa_map_view_viewport_changed (self);
    }
}

/* ---- glides ----------------------------------------------------------- */

/* Ends a glide where it was going. (Skipping an animation that is not
 * playing would run it to its end with stale endpoints.) */
void
kwa_map_view_finish_animation (KwaMapView *self)
{
  if (self->view_animation != NULL &&
      adw_animation_get_state (self->view_animation) == ADW_ANIMATION_PLAYING)
    adw_animation_skip (self->view_animation);
}

void
kwa_map_view_zoom_at (KwaMapView *self,
                      double      factor,
                      double      x,
                      double      y)
{
  if (!self->has_viewport)
    return;

  kwa_map_view_finish_animation (self);

  kwa_viewport_zoom_at (&self->viewport, &self->extent, factor, x, y);
  kwa_map_view_viewport_changed (self);
}

void
kwa_map_view_pan_by (KwaMapView *self,
                     double      dx,
                     double      dy)
{
  if (!self->has_viewport)
    return;

  kwa_viewport_pan (&self->viewport, &self->extent, dx, dy);
  kwa_map_view_viewport_changed (self);
}

static void
view_animation_value_cb (double   value,
                         gpointer user_data)
{
  KwaMapView *self = user_data;
  double zoom;

  /* Zoom moves in log space so a zoom from 1 to 8 feels even. */
  zoom = exp (log (self->from_zoom) + (log (self->to_zoom) - log (self->from_zoom)) * value);
  self->viewport.center_x = self->from_x + (self->to_x - self->from_x) * value;
  self->viewport.center_y = self->from_y + (self->to_y - self->from_y) * value;
  kwa_viewport_set_zoom (&self->viewport, &self->extent, zoom);
  kwa_map_view_viewport_changed (self);
}

static void
animate_to (KwaMapView *self,
            double      map_x,
            double      map_y,
            double      zoom,
            gboolean    animate)
{
  if (!self->has_viewport)
    {
      self->has_pending_view = TRUE;
      self->pending_x = map_x;
      self->pending_y = map_y;
      self->pending_zoom = zoom;
      return;
    }

  kwa_map_view_finish_animation (self);

  self->from_x = self->viewport.center_x;
  self->from_y = self->viewport.center_y;
  self->from_zoom = kwa_viewport_get_zoom (&self->viewport, &self->extent);
  self->to_x = map_x;
  self->to_y = map_y;
  self->to_zoom = CLAMP (zoom, kwa_viewport_min_zoom (&self->extent, self->viewport.width, self->viewport.height),
                         KWA_VIEWPORT_MAX_ZOOM);

  if (!animate)
    {
      view_animation_value_cb (1.0, self);
      return;
    }

  /* AdwAnimation jumps straight to the end when animations are off. */
  adw_animation_reset (self->view_animation);
  adw_animation_play (self->view_animation);
}

/* Glides one step in, keeping the point under (@x, @y) where it is: what
 * a double-click (or double-tap) does. */
void
kwa_map_view_zoom_in_around (KwaMapView *self,
                             double      x,
                             double      y)
{
  double map_x, map_y;

  kwa_viewport_pixel_to_map (&self->viewport, x, y, &map_x, &map_y);
  animate_to (self,
              self->viewport.center_x + (map_x - self->viewport.center_x) * (1 - 1 / ZOOM_STEP),
              self->viewport.center_y + (map_y - self->viewport.center_y) * (1 - 1 / ZOOM_STEP),
              kwa_viewport_get_zoom (&self->viewport, &self->extent) * ZOOM_STEP, TRUE);
}

void
kwa_map_view_init_camera (KwaMapView *self)
{
  self->view_animation = adw_timed_animation_new (GTK_WIDGET (self), 0, 1, 600,
                                                  adw_callback_animation_target_new (view_animation_value_cb, self, NULL));
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->view_animation), ADW_EASE_IN_OUT_CUBIC);
}

/* ---- actions ---------------------------------------------------------- */

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KwaMapView *self = KWA_MAP_VIEW (widget);

  animate_to (self, self->viewport.center_x, self->viewport.center_y,
              kwa_viewport_get_zoom (&self->viewport, &self->extent) * ZOOM_STEP, TRUE);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KwaMapView *self = KWA_MAP_VIEW (widget);

  animate_to (self, self->viewport.center_x, self->viewport.center_y,
              kwa_viewport_get_zoom (&self->viewport, &self->extent) / ZOOM_STEP, TRUE);
}

static void
reset_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  kwa_map_view_reset_view (KWA_MAP_VIEW (widget), TRUE);
}

static void
pan_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  int dx, dy;

  g_variant_get (parameter, "(ii)", &dx, &dy);
  kwa_map_view_pan_by (KWA_MAP_VIEW (widget), -dx * PAN_STEP, -dy * PAN_STEP);
}

void
kwa_map_view_class_init_camera (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "map.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "map.reset", NULL, reset_action);
  gtk_widget_class_install_action (widget_class, "map.pan", "(ii)", pan_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "map.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "map.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, 0, "map.reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, 0, "map.reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "map.pan", "(ii)", -1, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "map.pan", "(ii)", 1, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "map.pan", "(ii)", 0, -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "map.pan", "(ii)", 0, 1);
}

/* ---- public API ------------------------------------------------------- */

double
kwa_map_view_get_zoom (KwaMapView *self)
{
  g_return_val_if_fail (KWA_IS_MAP_VIEW (self), 1.0);

  if (!self->has_viewport)
    return 1.0;

  return kwa_viewport_get_zoom (&self->viewport, &self->extent);
}

void
kwa_map_view_get_center (KwaMapView *self,
                         KwaLonLat  *center)
{
  g_return_if_fail (KWA_IS_MAP_VIEW (self));
  g_return_if_fail (center != NULL && self->document != NULL);

  kwa_projection_from_svg (kwa_basemap_get_projection (kwa_map_document_get_basemap (self->document)),
                           self->viewport.center_x, self->viewport.center_y,
                           &center->lon, &center->lat);
}

/**
 * kwa_map_view_go_to:
 * @zoom: 1 shows the whole peninsula, up to 8
 * @animate: glide there (instant when animations are off)
 */
void
kwa_map_view_go_to (KwaMapView *self,
                    KwaLonLat   center,
                    double      zoom,
                    gboolean    animate)
{
  double x, y;

  g_return_if_fail (KWA_IS_MAP_VIEW (self));

  if (self->document == NULL)
    return;

  kwa_projection_to_svg (kwa_basemap_get_projection (kwa_map_document_get_basemap (self->document)),
                         center.lon, center.lat, &x, &y);
  animate_to (self, x, y, zoom, animate);
}

void
kwa_map_view_reset_view (KwaMapView *self,
                         gboolean    animate)
{
  g_return_if_fail (KWA_IS_MAP_VIEW (self));

  animate_to (self, self->extent.home.x + self->extent.home.width / 2,
              self->extent.home.y + self->extent.home.height / 2, 1.0, animate);
}

/* Where a place on the earth is in the widget, as last drawn. */
gboolean
kwa_map_view_lonlat_to_widget (KwaMapView *self,
                               KwaLonLat   point,
                               double     *x,
                               double     *y)
{
  double map_x, map_y;

  g_return_val_if_fail (KWA_IS_MAP_VIEW (self), FALSE);

  if (self->document == NULL || !self->has_viewport)
    return FALSE;

  kwa_projection_to_svg (kwa_basemap_get_projection (kwa_map_document_get_basemap (self->document)),
                         point.lon, point.lat, &map_x, &map_y);
  kwa_viewport_map_to_pixel (&self->viewport, map_x, map_y, x, y);

  return TRUE;
}

gboolean
kwa_map_view_widget_to_lonlat (KwaMapView *self,
                               double      x,
                               double      y,
                               KwaLonLat  *point)
{
  double map_x, map_y;

  g_return_val_if_fail (KWA_IS_MAP_VIEW (self), FALSE);

  if (self->document == NULL || !self->has_viewport)
    return FALSE;

  kwa_viewport_pixel_to_map (&self->viewport, x, y, &map_x, &map_y);
  kwa_projection_from_svg (kwa_basemap_get_projection (kwa_map_document_get_basemap (self->document)),
                           map_x, map_y, &point->lon, &point->lat);

  return TRUE;
}

/* What the view shows and how, so an export can draw exactly that. */
gboolean
kwa_map_view_get_viewport (KwaMapView  *self,
                           KwaViewport *viewport)
{
  g_return_val_if_fail (KWA_IS_MAP_VIEW (self), FALSE);
  g_return_val_if_fail (viewport != NULL, FALSE);

  if (!self->has_viewport)
    return FALSE;

  *viewport = self->viewport;
  return TRUE;
}

/**
 * kwa_map_view_show_tour_view:
 *
 * Frames a tour stop's view: a centre and a zoom, or a box in degrees
 * fitted to the view (kwa_tour_view_frame(), as the handout frames it).
 */
void
kwa_map_view_show_tour_view (KwaMapView        *self,
                             const KwaTourView *view,
                             gboolean           animate)
{
  KwaMapPoint center;
  double zoom;

  g_return_if_fail (KWA_IS_MAP_VIEW (self));
  g_return_if_fail (view != NULL);

  if (self->document == NULL)
    return;

  /* The size the widget has now, which the view takes at its next frame. */
  kwa_tour_view_frame (view, kwa_basemap_get_projection (kwa_map_document_get_basemap (self->document)),
                       &self->extent, gtk_widget_get_width (GTK_WIDGET (self)),
                       gtk_widget_get_height (GTK_WIDGET (self)), &center, &zoom);
  animate_to (self, center.x, center.y, zoom, animate);
}
