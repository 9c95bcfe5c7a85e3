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

/* The strip a visitor drags through the war. What does not change with
 * the time (phase bands and their names, calendar marks, event ticks) is
 * recorded once into a render node; each frame only adds the progress,
 * the current phase, the selection and the thumb, so playback stays cheap
 * however many events the exhibit has.
 *
 * Layout, top to bottom (KwaTrackGeometry places it):  phase bands │ event
 * ticks standing on the rail │ rail │ year and month marks with labels.
 *
 * This file holds the state, the layout of the thumb, accessibility and
 * the API; the parts sharing kwa-timeline-track-private.h are -snapshot.c
 * (both layers) and -input.c (drag, tap, hover, wheel, tooltips). */

G_DEFINE_FINAL_TYPE (KwaTimelineTrack, kwa_timeline_track, GTK_TYPE_WIDGET)

/* Where things sit, for the current size and font. */
void
kwa_timeline_track_compute_geometry (KwaTimelineTrack *self,
                                     KwaTrackGeometry *g)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int thumb_width, thumb_height;

  /* Asked every frame the thumb moves; the font changes only with the
   * style (kwa_timeline_track_css_changed). */
  if (self->line_height == 0)
    {
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, "1950");

      pango_layout_get_pixel_size (layout, NULL, &self->line_height);
    }
  gtk_widget_measure (self->thumb, GTK_ORIENTATION_HORIZONTAL, -1, &thumb_width, NULL, NULL, NULL);
  gtk_widget_measure (self->thumb, GTK_ORIENTATION_VERTICAL, -1, &thumb_height, NULL, NULL, NULL);

  kwa_track_geometry_init (g, self->scale, gtk_widget_get_width (widget), gtk_widget_get_height (widget),
                           self->line_height, thumb_width, thumb_height);
}

/* The exhibit shown, or NULL while there is none or no scale for it. */
KwaExhibit *
kwa_timeline_track_get_exhibit (KwaTimelineTrack *self)
{
  if (self->timeline == NULL || self->scale == NULL)
    return NULL;

  return kwa_timeline_get_exhibit (self->timeline);
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

  /* The thumb rests at the rail's start; the date moves it only in the
   * snapshot (kwa-timeline-track-snapshot.c). Allocated at the
   * date, every day played laid the whole window out again, and GDK asks
   * the X server for the work area each time: two round trips a frame. */
  kwa_timeline_track_compute_geometry (self, &g);

  gtk_widget_set_child_visible (self->thumb, kwa_timeline_track_get_exhibit (self) != NULL);
  gtk_widget_size_allocate (self->thumb,
                            &(GtkAllocation) { round (g.left - thumb_width / 2.0), round (g.rail_y - thumb_height / 2.0),
                                               thumb_width, thumb_height },
                            -1);
}

static void
kwa_timeline_track_css_changed (GtkWidget         *widget,
                                GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (kwa_timeline_track_parent_class)->css_changed (widget, change);

  /* Colours, fonts, dark or high contrast: all baked into the layer. */
  KWA_TIMELINE_TRACK (widget)->line_height = 0;
  kwa_timeline_track_invalidate_static_layer (KWA_TIMELINE_TRACK (widget));
}

/* ---- accessibility ---------------------------------------------------- */

/* The date, and the phase's full name: a chip on the track may show only
 * its number. */
static char *
describe_date (KwaTimelineTrack *self,
               KwaExhibit       *exhibit,
               KwaDate           date)
{
  const KwaPhase *phase = kwa_exhibit_find_phase (exhibit, date);
  g_autofree char *text = kwa_date_format (date, self->language);

  if (phase == NULL)
    return g_steal_pointer (&text);

  /* TRANSLATORS: the timeline slider's value for a screen reader: a date,
   * then the name of the phase of the war it falls in. */
  return g_strdup_printf (kwa_gettext_in (self->language, N_("%s, %s")), text, kwa_text_get (&phase->name, self->language));
}

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
  text = describe_date (self, exhibit, date);
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
  gtk_widget_queue_draw (GTK_WIDGET (self));
  update_accessible_value (self, FALSE);
}

static void
selection_changed_cb (KwaTimelineTrack *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
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
  self->language = kwa_language_get_source ();
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

  kwa_timeline_track_init_input (self);
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
