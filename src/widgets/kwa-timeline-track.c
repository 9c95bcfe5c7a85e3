/* kwa-timeline-track.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-timeline-track"

#include "config.h"

#include <adwaita.h>
#include "kwa-i18n.h"
#include "kwa-widget-translator.h"
#include <math.h>

#include "kwa-timeline-track-private.h"
#include "kwa-tooltip.h"

/* The strip a visitor drags through the war. What does not change with
 * the time (phase bands and their names, calendar marks, event ticks) is
 * recorded once into a render node; each frame only adds the progress,
 * the current phase, the selection and the thumb, so playback stays cheap
 * however many events the exhibit has.
 *
 * Layout, top to bottom (KwaTrackGeometry places it):  phase bands │ event
 * ticks standing on the rail │ rail │ year and month marks with labels. */

#define PIXELS_PER_DAY    12.0    /* touchpad scrolling */
#define TAP_DISTANCE       6.0    /* a press that moved less is a tap */

G_DEFINE_FINAL_TYPE (KwaTimelineTrack, kwa_timeline_track, GTK_TYPE_WIDGET)

/* Where things sit, for the current size and font. */
void
kwa_timeline_track_compute_geometry (KwaTimelineTrack *self,
                                     KwaTrackGeometry *g)
{
  GtkWidget *widget = GTK_WIDGET (self);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, "1950");
  int line_height, thumb_width, thumb_height;

  pango_layout_get_pixel_size (layout, NULL, &line_height);
  gtk_widget_measure (self->thumb, GTK_ORIENTATION_HORIZONTAL, -1, &thumb_width, NULL, NULL, NULL);
  gtk_widget_measure (self->thumb, GTK_ORIENTATION_VERTICAL, -1, &thumb_height, NULL, NULL, NULL);

  kwa_track_geometry_init (g, self->scale, gtk_widget_get_width (widget), gtk_widget_get_height (widget),
                           line_height, thumb_width, thumb_height);
}

/* The exhibit shown, or NULL while there is none or no scale for it. */
KwaExhibit *
kwa_timeline_track_get_exhibit (KwaTimelineTrack *self)
{
  if (self->timeline == NULL || self->scale == NULL)
    return NULL;

  return kwa_timeline_get_exhibit (self->timeline);
}

const KwaPhase *
kwa_timeline_track_phase_at (KwaExhibit *exhibit,
                             KwaDate     date)
{
  const KwaPhase *phases;
  guint n;

  phases = kwa_exhibit_get_phases (exhibit, &n);
  for (guint i = 0; i < n; i++)
    if (phases[i].start <= date && date <= phases[i].end)
      return &phases[i];

  return NULL;
}

/* ---- layout ----------------------------------------------------------- */

static void
kwa_timeline_track_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  KwaTimelineTrack *self = KWA_TIMELINE_TRACK (widget);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, "1950");
  int line_height, thumb_height;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = 800;
      return;
    }

  /* CSS min-height makes it taller for touch. */
  pango_layout_get_pixel_size (layout, NULL, &line_height);
  gtk_widget_measure (self->thumb, GTK_ORIENTATION_VERTICAL, -1, &thumb_height, NULL, NULL, NULL);
  *minimum = *natural = kwa_track_geometry_get_min_height (line_height, thumb_height);
}

static void
kwa_timeline_track_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  KwaTimelineTrack *self = KWA_TIMELINE_TRACK (widget);
  int thumb_width, thumb_height;
  double x = 0, y = 0;
  KwaTrackGeometry g;

  if (self->static_node != NULL)
    {
      graphene_rect_t bounds;

      gsk_render_node_get_bounds (self->static_node, &bounds);
      if (bounds.size.width != width || bounds.size.height != height)
        kwa_timeline_track_invalidate_static_layer (self);
    }

  gtk_widget_measure (self->thumb, GTK_ORIENTATION_HORIZONTAL, -1, &thumb_width, NULL, NULL, NULL);
  gtk_widget_measure (self->thumb, GTK_ORIENTATION_VERTICAL, -1, &thumb_height, NULL, NULL, NULL);

  kwa_timeline_track_compute_geometry (self, &g);
  if (kwa_timeline_track_get_exhibit (self) != NULL)
    x = kwa_track_geometry_time_to_x (&g, kwa_timeline_get_time (self->timeline));
  else
    x = g.left;
  y = g.rail_y;

  gtk_widget_set_child_visible (self->thumb, kwa_timeline_track_get_exhibit (self) != NULL);
  gtk_widget_size_allocate (self->thumb,
                            &(GtkAllocation) { round (x - thumb_width / 2.0), round (y - thumb_height / 2.0),
                                               thumb_width, thumb_height },
                            -1);
}

static void
kwa_timeline_track_css_changed (GtkWidget         *widget,
                                GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (kwa_timeline_track_parent_class)->css_changed (widget, change);

  /* Colours, fonts, dark or high contrast: all baked into the layer. */
  kwa_timeline_track_invalidate_static_layer (KWA_TIMELINE_TRACK (widget));
}

/* ---- accessibility ---------------------------------------------------- */

static void
update_accessible_value (KwaTimelineTrack *self,
                         gboolean          force)
{
  KwaExhibit *exhibit = kwa_timeline_track_get_exhibit (self);
  g_autofree char *text = NULL;
  KwaDateRange range;
  KwaDate date;

  if (exhibit == NULL)
    return;

  date = kwa_timeline_get_date (self->timeline);
  if (date == self->announced_date && !force)
    return;

  /* Days since the exhibit's first, read out as the date itself. */
  self->announced_date = date;
  range = kwa_exhibit_get_time_range (exhibit);
  text = kwa_date_format (date, self->language);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, (double) (range.end - range.start),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, (double) (date - range.start),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text,
                                  -1);
}

/* ---- model ------------------------------------------------------------ */

static void
time_changed_cb (KwaTimelineTrack *self)
{
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  update_accessible_value (self, FALSE);
}

static void
selection_changed_cb (KwaTimelineTrack *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---- input ------------------------------------------------------------ */

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
      const KwaPhase *phase = kwa_timeline_track_phase_at (exhibit, day);

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

/* ---- GObject ---------------------------------------------------------- */

static void
kwa_timeline_track_dispose (GObject *object)
{
  KwaTimelineTrack *self = KWA_TIMELINE_TRACK (object);

  self->hover_event = NULL;
  self->pressed_event = NULL;
  if (self->timeline_signals != NULL)
    g_signal_group_set_target (self->timeline_signals, NULL);
  g_clear_object (&self->timeline_signals);
  g_clear_object (&self->timeline);
  g_clear_pointer (&self->scale, kwa_time_scale_unref);
  g_clear_pointer (&self->static_node, gsk_render_node_unref);
  g_clear_pointer (&self->thumb, gtk_widget_unparent);

  G_OBJECT_CLASS (kwa_timeline_track_parent_class)->dispose (object);
}

static void
kwa_timeline_track_class_init (KwaTimelineTrackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kwa_timeline_track_dispose;

  widget_class->snapshot = kwa_timeline_track_snapshot;
  widget_class->measure = kwa_timeline_track_measure;
  widget_class->size_allocate = kwa_timeline_track_size_allocate;
  widget_class->css_changed = kwa_timeline_track_css_changed;

  gtk_widget_class_set_css_name (widget_class, "timelinetrack");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_SLIDER);
}

static void
kwa_timeline_track_init (KwaTimelineTrack *self)
{
  GtkEventController *controller;
  GtkGesture *drag;

  self->language = KWA_LANGUAGE_EN;
  self->announced_date = KWA_DATE_NONE;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  kwa_widget_translator_set_accessible_label (GTK_WIDGET (self), N_("Date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_ORIENTATION, GTK_ORIENTATION_HORIZONTAL,
                                  -1);

  /* An empty box, only for its CSS node: the thumb's size, shape and colour
   * (which the track borrows as its accent) are the theme's to choose. */
  self->thumb = g_object_new (GTK_TYPE_BOX,
                              "css-name", "thumb",
                              "can-target", FALSE,
                              "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                              NULL);
  gtk_widget_set_parent (self->thumb, GTK_WIDGET (self));

  self->timeline_signals = g_signal_group_new (KWA_TYPE_TIMELINE);
  g_signal_group_connect_swapped (self->timeline_signals, "notify::time",
                                  G_CALLBACK (time_changed_cb), self);
  g_signal_group_connect_swapped (self->timeline_signals, "notify::selected-event-id",
                                  G_CALLBACK (selection_changed_cb), self);

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

GtkWidget *
kwa_timeline_track_new (void)
{
  return g_object_new (KWA_TYPE_TIMELINE_TRACK, NULL);
}

void
kwa_timeline_track_set_timeline (KwaTimelineTrack *self,
                                 KwaTimeline      *timeline)
{
  g_return_if_fail (KWA_IS_TIMELINE_TRACK (self));
  g_return_if_fail (timeline == NULL || KWA_IS_TIMELINE (timeline));

  if (!g_set_object (&self->timeline, timeline))
    return;

  self->hover_event = NULL;
  self->pressed_event = NULL;
  g_signal_group_set_target (self->timeline_signals, timeline);
  kwa_timeline_track_invalidate_static_layer (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* The scale is new whenever the exhibit or the scale mode changes. */
void
kwa_timeline_track_set_scale (KwaTimelineTrack *self,
                              KwaTimeScale     *scale)
{
  g_return_if_fail (KWA_IS_TIMELINE_TRACK (self));

  if (self->scale == scale)
    return;

  g_clear_pointer (&self->scale, kwa_time_scale_unref);
  self->scale = scale != NULL ? kwa_time_scale_ref (scale) : NULL;
  /* Records of an exhibit that is gone must not be touched again. */
  self->hover_event = NULL;
  self->pressed_event = NULL;

  kwa_timeline_track_invalidate_static_layer (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  update_accessible_value (self, TRUE);
}

KwaTimeScale *
kwa_timeline_track_get_scale (KwaTimelineTrack *self)
{
  g_return_val_if_fail (KWA_IS_TIMELINE_TRACK (self), NULL);
  return self->scale;
}

void
kwa_timeline_track_set_language (KwaTimelineTrack *self,
                                 KwaLanguage       language)
{
  g_return_if_fail (KWA_IS_TIMELINE_TRACK (self));

  if (self->language == language)
    return;

  self->language = language;
  kwa_timeline_track_invalidate_static_layer (self);
  update_accessible_value (self, TRUE);
}

/**
 * kwa_timeline_track_scrub_to_fraction:
 * @fraction: 0 (the exhibit's first day) … 1 (its last), on the scale
 *
 * Moves the clock to the time drawn at @fraction of the track: what a click
 * or a drag does.
 */
void
kwa_timeline_track_scrub_to_fraction (KwaTimelineTrack *self,
                                      double            fraction)
{
  g_return_if_fail (KWA_IS_TIMELINE_TRACK (self));

  if (kwa_timeline_track_get_exhibit (self) == NULL)
    return;

  kwa_timeline_set_time (self->timeline, kwa_time_scale_from_fraction (self->scale, fraction));
}

double
kwa_timeline_track_fraction_to_x (KwaTimelineTrack *self,
                                  double            fraction)
{
  KwaTrackGeometry g;

  g_return_val_if_fail (KWA_IS_TIMELINE_TRACK (self), 0);

  kwa_timeline_track_compute_geometry (self, &g);
  return kwa_track_geometry_fraction_to_x (&g, fraction);
}

double
kwa_timeline_track_x_to_fraction (KwaTimelineTrack *self,
                                  double            x)
{
  KwaTrackGeometry g;

  g_return_val_if_fail (KWA_IS_TIMELINE_TRACK (self), 0);

  kwa_timeline_track_compute_geometry (self, &g);
  return kwa_track_geometry_x_to_fraction (&g, x);
}

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

/**
 * kwa_timeline_track_get_event_tick:
 * @out_point: (out): the middle of the event's tick, in track coordinates
 *
 * Returns: whether the event has a tick (it is in the exhibit shown)
 */
gboolean
kwa_timeline_track_get_event_tick (KwaTimelineTrack *self,
                                   const KwaEvent   *event,
                                   graphene_point_t *out_point)
{
  KwaTrackGeometry g;

  g_return_val_if_fail (KWA_IS_TIMELINE_TRACK (self), FALSE);
  g_return_val_if_fail (event != NULL && out_point != NULL, FALSE);

  if (kwa_timeline_track_get_exhibit (self) == NULL)
    return FALSE;

  kwa_timeline_track_compute_geometry (self, &g);
  out_point->x = round (kwa_track_geometry_time_to_x (&g, event->date));
  out_point->y = g.rail_top - kwa_track_geometry_get_tick_height (&g, CLAMP (event->importance, 1, 3)) / 2;

  return TRUE;
}
