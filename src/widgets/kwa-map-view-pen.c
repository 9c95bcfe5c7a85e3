/* kwa-map-view-pen.c: the teacher's pen, drawing into the shared sketch
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-map-view"

#include "config.h"

#include "kwa-map-view-private.h"

/* While the pen is on, a drag draws a stroke into the sketch instead of
 * panning; the stroke is kept in map units, so it stays on the ground it
 * was drawn over whatever the view does next. */

/* Starts a stroke where a drag begins. Returns whether the drag draws
 * (when the pen is on and there is a sketch and a view to draw on). */
gboolean
kwa_map_view_pen_begin_stroke (KwaMapView *self,
                               double      x,
                               double      y)
{
  KwaMapPoint start;

  if (!self->pen_active || self->sketch == NULL || !self->has_viewport)
    return FALSE;

  kwa_viewport_pixel_to_map (&self->viewport, x, y, &start.x, &start.y);
  kwa_sketch_begin_stroke (self->sketch, &self->pen_color, 4.0, &start);
  self->drawing = TRUE;

  return TRUE;
}

void
kwa_map_view_pen_extend_stroke (KwaMapView *self,
                                double      x,
                                double      y)
{
  KwaMapPoint point;

  kwa_viewport_pixel_to_map (&self->viewport, x, y, &point.x, &point.y);
  kwa_sketch_extend_stroke (self->sketch, &point);
}

/* ---- public API ------------------------------------------------------- */

KwaSketch *
kwa_map_view_get_sketch (KwaMapView *self)
{
  g_return_val_if_fail (KWA_IS_MAP_VIEW (self), NULL);
  return self->sketch;
}

static void
sketch_changed_cb (KwaMapView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The sketch is shared by every view of the application (the laptop and
 * the projector): each view only draws it, and draws into it with the pen. */
void
kwa_map_view_set_sketch (KwaMapView *self,
                         KwaSketch  *sketch)
{
  g_return_if_fail (KWA_IS_MAP_VIEW (self));
  g_return_if_fail (sketch == NULL || KWA_IS_SKETCH (sketch));

  if (self->sketch == sketch)
    return;

  if (self->sketch != NULL)
    g_clear_signal_handler (&self->sketch_changed_id, self->sketch);
  g_set_object (&self->sketch, sketch);
  if (sketch != NULL)
    self->sketch_changed_id = g_signal_connect_swapped (sketch, "changed", G_CALLBACK (sketch_changed_cb), self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
kwa_map_view_get_pen_active (KwaMapView *self)
{
  g_return_val_if_fail (KWA_IS_MAP_VIEW (self), FALSE);
  return self->pen_active;
}

void
kwa_map_view_set_pen_active (KwaMapView *self,
                             gboolean    active)
{
  g_return_if_fail (KWA_IS_MAP_VIEW (self));

  self->pen_active = !!active;
  self->drawing = FALSE;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), active ? "crosshair" : NULL);
}

void
kwa_map_view_set_pen_color (KwaMapView     *self,
                            const KwaColor *color)
{
  g_return_if_fail (KWA_IS_MAP_VIEW (self));
  g_return_if_fail (color != NULL);

  self->pen_color = *color;
}
