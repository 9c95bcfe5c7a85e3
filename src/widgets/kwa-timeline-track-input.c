/* kwa-timeline-track-input.c: dragging, tapping, hovering and scrolling
 * the timeline track
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-timeline-track"

#include "config.h"

#include <math.h>

#include "kwa-timeline-track-private.h"
#include "kwa-tooltip.h"

/* A press anywhere moves the thumb there and a drag scrubs; a tap on an
 * event's tick goes to that event instead. The wheel steps by days. */

#define PIXELS_PER_DAY    12.0    /* touchpad scrolling */
#define TAP_DISTANCE       6.0    /* a press that moved less is a tap */

static void
scrub_to_x (KwaTimelineTrack *self,
            double            x)
{
  KwaTrackGeometry g;

  kwa_timeline_track_compute_geometry (self, &g);
  kwa_timeline_track_scrub_to_fraction (self, kwa_track_geometry_x_to_fraction (&g, x));
}

/* Ticks are thin: they catch the pointer a thumb's half-width either side,
 * which grows with the thumb in the touch style. */
static double
hit_slop (KwaTimelineTrack *self)
{
  int thumb_width;

  gtk_widget_measure (self->thumb, GTK_ORIENTATION_HORIZONTAL, -1, &thumb_width, NULL, NULL, NULL);
  return MAX (6.0, thumb_width / 2.0);
}

static void
drag_begin_cb (GtkGestureDrag   *gesture,
               double            x,
               double            y,
               KwaTimelineTrack *self)
{
  if (kwa_timeline_track_get_exhibit (self) == NULL)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }

  /* Ours from the first touch: a horizontal drag here scrubs; it must not
   * swipe a leaflet or flap around the bar. */
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_widget_grab_focus (GTK_WIDGET (self));

  self->drag_start_x = x;
  self->drag_start_y = y;
  self->drag_moved = FALSE;
  self->was_playing = kwa_timeline_get_playing (self->timeline);
  kwa_timeline_set_playing (self->timeline, FALSE);

  /* A press on a tick waits to see whether it is a tap on the event;
   * anywhere else the thumb jumps to the pointer at once. */
  self->pressed_event = kwa_timeline_track_event_at (self, x, y);
  if (self->pressed_event == NULL)
    scrub_to_x (self, x);
}

static void
drag_update_cb (GtkGestureDrag   *gesture,
                double            offset_x,
                double            offset_y,
                KwaTimelineTrack *self)
{
  if (self->timeline == NULL)
    return;

  if (!self->drag_moved && hypot (offset_x, offset_y) < TAP_DISTANCE)
    return;

  self->drag_moved = TRUE;
  self->pressed_event = NULL;
  scrub_to_x (self, self->drag_start_x + offset_x);
}

static void
drag_end_cb (GtkGestureDrag   *gesture,
             double            offset_x,
             double            offset_y,
             KwaTimelineTrack *self)
{
  const KwaEvent *event = self->pressed_event;

  self->pressed_event = NULL;
  if (self->timeline == NULL)
    return;

  if (event != NULL)
    kwa_timeline_go_to_event (self->timeline, event->id);
  else if (self->was_playing)
    kwa_timeline_set_playing (self->timeline, TRUE);
}

static void
set_hover_event (KwaTimelineTrack *self,
                 const KwaEvent   *event)
{
  if (self->hover_event == event)
    return;

  self->hover_event = event;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), event != NULL ? "pointer" : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           KwaTimelineTrack         *self)
{
  set_hover_event (self, kwa_timeline_track_event_at (self, x, y));
}

static void
leave_cb (GtkEventControllerMotion *controller,
          KwaTimelineTrack         *self)
{
  set_hover_event (self, NULL);
}

/* A wheel notch is a day; a touchpad moves a day every few pixels. Down
 * and right go forward, as reading does. */
static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           KwaTimelineTrack         *self)
{
  double delta = dx + dy;
  int days;

  if (kwa_timeline_track_get_exhibit (self) == NULL)
    return GDK_EVENT_PROPAGATE;

  if (gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_SURFACE)
    delta /= PIXELS_PER_DAY;

  self->scroll_remainder += delta;
  days = (int) trunc (self->scroll_remainder);
  self->scroll_remainder -= days;

  if (days != 0)
    kwa_timeline_step_days (self->timeline, days);

  return GDK_EVENT_STOP;
}

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  KwaTimelineTrack *self = KWA_TIMELINE_TRACK (widget);
  KwaExhibit *exhibit = kwa_timeline_track_get_exhibit (self);
  g_autofree char *date = NULL;
  g_autofree char *markup = NULL;
  const KwaEvent *event;
  KwaTrackGeometry g;
  KwaDate day;

  if (exhibit == NULL || keyboard)
    return FALSE;

  if ((event = kwa_timeline_track_event_at (self, x, y)) != NULL)
    {
      date = kwa_date_format (event->date, self->language);
      markup = g_markup_printf_escaped ("<b>%s</b>\n%s", kwa_text_get (&event->title, self->language), date);
      kwa_tooltip_set_markup (tooltip, widget, markup);
      return TRUE;
    }

  kwa_timeline_track_compute_geometry (self, &g);
  day = (KwaDate) floor (kwa_time_scale_from_fraction (self->scale, kwa_track_geometry_x_to_fraction (&g, x)));
  date = kwa_date_format (day, self->language);

  if (y <= g.band_bottom)
    {
      const KwaPhase *phase = kwa_exhibit_find_phase (exhibit, day);

      if (phase != NULL)
        {
          g_autofree char *start = kwa_date_format (phase->start, self->language);
          g_autofree char *end = kwa_date_format (phase->end, self->language);

          markup = g_markup_printf_escaped ("<b>%s</b>\n%s – %s", kwa_text_get (&phase->name, self->language),
                                            start, end);
          kwa_tooltip_set_markup (tooltip, widget, markup);
          return TRUE;
        }
    }

  kwa_tooltip_set_text (tooltip, widget, date);
  return TRUE;
}

void
kwa_timeline_track_init_input (KwaTimelineTrack *self)
{
  GtkEventController *controller;
  GtkGesture *drag;

  drag = gtk_gesture_drag_new ();
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (controller, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
}

/* ---- API for the bar -------------------------------------------------- */

/**
 * kwa_timeline_track_event_at:
 *
 * Returns: (nullable): the event whose tick is under (@x, @y), the nearest
 *   when several are, the more important when they share a day
 */
const KwaEvent *
kwa_timeline_track_event_at (KwaTimelineTrack *self,
                             double            x,
                             double            y)
{
  KwaExhibit *exhibit;
  const KwaEvent *events, *best = NULL;
  double best_distance = G_MAXDOUBLE, slop;
  KwaTrackGeometry g;
  guint n;

  g_return_val_if_fail (KWA_IS_TIMELINE_TRACK (self), NULL);

  if ((exhibit = kwa_timeline_track_get_exhibit (self)) == NULL)
    return NULL;

  kwa_timeline_track_compute_geometry (self, &g);
  slop = hit_slop (self);
  if (y < g.band_bottom || y > g.rail_y + KWA_TRACK_RAIL_HEIGHT)
    return NULL;

  events = kwa_exhibit_get_events (exhibit, &n);
  for (guint i = 0; i < n; i++)
    {
      double distance = fabs (round (kwa_track_geometry_time_to_x (&g, events[i].date)) - x);

      /* Only where the tick is drawn: short ticks are not hit far above. */
      if (y < g.rail_top - kwa_track_geometry_get_tick_height (&g, CLAMP (events[i].importance, 1, 3)) - slop)
        continue;

      if (distance <= slop &&
          (distance < best_distance ||
           (distance == best_distance && events[i].importance < best->importance)))
        {
          best = &events[i];
          best_distance = distance;
        }
    }

  return best;
}
