/* kwa-map-view-input.c: what the map view does with the pointer, touch
 * and the wheel
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-map-view"

#include "config.h"

#include <math.h>

#include "kwa-map-view-private.h"
#include "kwa-tooltip.h"

/* Input follows libshumate: drag pans (with a kinetic glide after a
 * swipe), scroll and pinch zoom around the pointer, double-click zooms in,
 * a click activates what it hits. With the pen on, a drag draws instead. */

/* Kinetic panning: velocity decays by e every KINETIC_TIME_CONSTANT s. */
#define KINETIC_TIME_CONSTANT 0.325
#define KINETIC_MIN_SPEED 30.0

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           KwaMapView               *self)
{
  GdkScrollUnit unit = gtk_event_controller_scroll_get_unit (controller);
  double factor;

  /* A wheel notch zooms one step; a touchpad zooms in proportion. */
  if (unit == GDK_SCROLL_UNIT_WHEEL)
    factor = pow (ZOOM_STEP, -dy);
  else
    factor = exp (-dy * 0.01);

  if (self->has_pointer)
    kwa_map_view_zoom_at (self, factor, self->pointer_x, self->pointer_y);
  else
    kwa_map_view_zoom_at (self, factor, self->viewport.width / 2, self->viewport.height / 2);

  return GDK_EVENT_STOP;
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           KwaMapView               *self)
{
  KwaMapHit hit;

  self->pointer_x = x;
  self->pointer_y = y;
  self->has_pointer = TRUE;

  hit = kwa_map_renderer_hit_test (self->renderer, x, y);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                   hit.kind != KWA_MAP_HIT_NONE ? "pointer" : NULL);
  if (self->show_coordinates)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
leave_cb (GtkEventControllerMotion *controller,
          KwaMapView               *self)
{
  self->has_pointer = FALSE;
  if (self->show_coordinates)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
kwa_map_view_stop_kinetic (KwaMapView *self)
{
  if (self->kinetic_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->kinetic_tick_id);
      self->kinetic_tick_id = 0;
    }
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               KwaMapView     *self)
{
  if (kwa_map_view_pen_begin_stroke (self, x, y))
    {
      self->drag_last_x = x;
      self->drag_last_y = y;
      return;
    }

  self->drawing = FALSE;
  kwa_map_view_stop_kinetic (self);
  kwa_map_view_finish_animation (self);
  self->drag_last_x = 0;
  self->drag_last_y = 0;
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          offset_x,
                double          offset_y,
                KwaMapView     *self)
{
  if (self->drawing)
    {
      double start_x, start_y;

      gtk_gesture_drag_get_start_point (gesture, &start_x, &start_y);
      kwa_map_view_pen_extend_stroke (self, start_x + offset_x, start_y + offset_y);
      return;
    }

  kwa_map_view_pan_by (self, offset_x - self->drag_last_x, offset_y - self->drag_last_y);
  self->drag_last_x = offset_x;
  self->drag_last_y = offset_y;
}

static gboolean
kinetic_tick_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       user_data)
{
  KwaMapView *self = KWA_MAP_VIEW (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double dt = (now - self->kinetic_last_us) / (double) G_USEC_PER_SEC;
  double decay;

  self->kinetic_last_us = now;
  if (dt <= 0)
    return G_SOURCE_CONTINUE;

  kwa_map_view_pan_by (self, self->kinetic_vx * dt, self->kinetic_vy * dt);
  decay = exp (-dt / KINETIC_TIME_CONSTANT);
  self->kinetic_vx *= decay;
  self->kinetic_vy *= decay;

  if (hypot (self->kinetic_vx, self->kinetic_vy) < KINETIC_MIN_SPEED)
    {
      self->kinetic_tick_id = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

static void
swipe_cb (GtkGestureSwipe *gesture,
          double           velocity_x,
          double           velocity_y,
          KwaMapView      *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (clock == NULL || self->drawing || hypot (velocity_x, velocity_y) < KINETIC_MIN_SPEED * 4)
    return;

  /* A glide after a fling is motion too: not with reduced motion. */
  if (!adw_get_enable_animations (GTK_WIDGET (self)))
    return;

  kwa_map_view_stop_kinetic (self);
  self->kinetic_vx = velocity_x;
  self->kinetic_vy = velocity_y;
  self->kinetic_last_us = gdk_frame_clock_get_frame_time (clock);
  self->kinetic_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), kinetic_tick_cb, NULL, NULL);
}

static void
zoom_begin_cb (GtkGesture       *gesture,
               GdkEventSequence *sequence,
               KwaMapView       *self)
{
  kwa_map_view_stop_kinetic (self);
  self->zoom_gesture_start_zoom = kwa_viewport_get_zoom (&self->viewport, &self->extent);
}

static void
zoom_scale_changed_cb (GtkGestureZoom *gesture,
                       double          scale,
                       KwaMapView     *self)
{
  double x, y, target, factor;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    {
      x = self->viewport.width / 2;
      y = self->viewport.height / 2;
    }

  target = self->zoom_gesture_start_zoom * scale;
  factor = target / kwa_viewport_get_zoom (&self->viewport, &self->extent);
  kwa_map_view_zoom_at (self, factor, x, y);
}

static void
copy_coordinates (KwaMapView *self,
                  double      x,
                  double      y)
{
  const KwaProjection *projection = kwa_basemap_get_projection (kwa_map_document_get_basemap (self->document));
  g_autofree char *text = NULL;
  double map_x, map_y, lon, lat;

  kwa_viewport_pixel_to_map (&self->viewport, x, y, &map_x, &map_y);
  kwa_projection_from_svg (projection, map_x, map_y, &lon, &lat);
  text = g_strdup_printf ("[%.3f, %.3f]", lon, lat);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
}

static void
click_pressed_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  KwaMapView      *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));

  if (n_press == 2)
    kwa_map_view_zoom_in_around (self, x, y);
}

static void
click_released_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   KwaMapView      *self)
{
  KwaMapHit hit;

  if (n_press != 1 || self->document == NULL)
    return;

  if (self->show_coordinates)
    {
      copy_coordinates (self, x, y);
      return;
    }

  hit = kwa_map_renderer_hit_test (self->renderer, x, y);
  if (hit.kind == KWA_MAP_HIT_LEGEND)
    kwa_map_view_set_legend_collapsed (self, !self->legend_collapsed);
  else if (hit.kind != KWA_MAP_HIT_NONE)
    kwa_map_view_activate_record (self, hit);
}

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  KwaMapView *self = KWA_MAP_VIEW (widget);
  KwaMapHit hit;
  const KwaText *text = NULL;

  if (keyboard || self->renderer == NULL)
    return FALSE;

  hit = kwa_map_renderer_hit_test (self->renderer, x, y);
  switch (hit.kind)
    {
    case KWA_MAP_HIT_EVENT:
      text = &((const KwaEvent *) hit.record)->title;
      break;
    case KWA_MAP_HIT_MOVEMENT:
      text = &((const KwaMovement *) hit.record)->unit;
      break;
    case KWA_MAP_HIT_PLACE:
      text = &((const KwaPlace *) hit.record)->name;
      break;
    case KWA_MAP_HIT_NONE:
    default:
      return FALSE;
    }

  kwa_tooltip_set_text (tooltip, widget, kwa_text_get (text, self->language));
  return TRUE;
}

void
kwa_map_view_init_input (KwaMapView *self)
{
  GtkEventController *controller;
  GtkGesture *drag, *zoom, *swipe, *click;

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  g_signal_connect (controller, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  drag = gtk_gesture_drag_new ();
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  swipe = gtk_gesture_swipe_new ();
  g_signal_connect (swipe, "swipe", G_CALLBACK (swipe_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (swipe));

  zoom = gtk_gesture_zoom_new ();
  g_signal_connect (zoom, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect (zoom, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));
  gtk_gesture_group (zoom, drag);

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  g_signal_connect (click, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
}
