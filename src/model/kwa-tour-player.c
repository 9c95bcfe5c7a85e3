/* kwa-tour-player.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-tour-player"

#include "config.h"

#include <math.h>

#include "kwa-tour-player.h"

/* Where a tour is: which stop it shows, and what showing a stop does to
 * the one clock. The kiosk's attract loop and the presenter's lesson both
 * step through tours with it, so a stop means the same day, the same
 * chosen event and a stopped clock wherever it is shown; how a stop is
 * framed on a map is kwa_tour_view_frame()'s.
 *
 * Between stops the player can sweep: the clock runs through the days
 * from where it is to the next stop's, so the front moves across the map
 * instead of jumping, easing in and out. It is still the one clock that
 * moves (DESIGN.md): whoever shows the tour calls kwa_tour_player_tick()
 * from its frame clock, and the sweep sets the timeline's time each
 * frame. Anyone else moving the clock meanwhile (a visitor's scrub) ends
 * the sweep where it is.
 *
 * The tour is borrowed from the exhibit: whoever sets it sets it again
 * (or NULL) when the exhibit is reloaded. */

/* How long a sweep lasts: a second for every this many days
 * between the stops, within the bounds below, before any time scale. */
#define SWEEP_DAYS_PER_SECOND 120.0
#define SWEEP_MIN_SECONDS       2.0
#define SWEEP_MAX_SECONDS       4.0

struct _KwaTourPlayer
{
  GObject        parent_instance;

  /* Owned */
  KwaTimeline   *timeline;

  /* Borrowed from the exhibit */
  const KwaTour *tour;

  int            stop_index;   /* -1 before the first stop */

  /* The sweep to stop_index, while sweeping */
  gboolean       sweeping;
  double         sweep_from;      /* timeline time */
  double         sweep_to;
  double         sweep_last;      /* the time it last set, to notice others */
  gint64         sweep_start_us;  /* frame time of its first tick; -1 before */
  gint64         sweep_length_us;
};

G_DEFINE_FINAL_TYPE (KwaTourPlayer, kwa_tour_player, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TIMELINE,
  PROP_TOUR,
  PROP_STOP_INDEX,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_stop_index (KwaTourPlayer *self,
                int            index)
{
  if (self->stop_index == index)
    return;

  self->stop_index = index;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STOP_INDEX]);
}

/* What a stop is, on the clock: its day, its event chosen, and the clock
 * held there, so the stop stays put while it is looked at. */
static void
apply_stop (KwaTourPlayer     *self,
            const KwaTourStop *stop)
{
  kwa_timeline_set_playing (self->timeline, FALSE);
  kwa_timeline_set_date (self->timeline, stop->date);
  kwa_timeline_select_event (self->timeline, stop->event);
}

/* Slow out of the last stop, slow into the next. */
static double
ease_in_out (double t)
{
  t = CLAMP (t, 0.0, 1.0);
  return t < 0.5 ? 4 * t * t * t : 1 - pow (-2 * t + 2, 3) / 2;
}

/**
 * kwa_tour_sweep_seconds:
 * @days: the days between two stops (either way)
 *
 * Returns: how long a sweep over @days lasts, before any time scale:
 *   longer for more days, between 2 and 4 seconds
 */
double
kwa_tour_sweep_seconds (double days)
{
  return CLAMP (fabs (days) / SWEEP_DAYS_PER_SECOND, SWEEP_MIN_SECONDS, SWEEP_MAX_SECONDS);
}

static void
kwa_tour_player_dispose (GObject *object)
{
  KwaTourPlayer *self = KWA_TOUR_PLAYER (object);

  self->tour = NULL;
  g_clear_object (&self->timeline);

  G_OBJECT_CLASS (kwa_tour_player_parent_class)->dispose (object);
}

static void
kwa_tour_player_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KwaTourPlayer *self = KWA_TOUR_PLAYER (object);

  switch (prop_id)
    {
    case PROP_TIMELINE:
      g_value_set_object (value, self->timeline);
      break;
    case PROP_TOUR:
      g_value_set_pointer (value, (gpointer) self->tour);
      break;
    case PROP_STOP_INDEX:
      g_value_set_int (value, self->stop_index);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_tour_player_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KwaTourPlayer *self = KWA_TOUR_PLAYER (object);

  switch (prop_id)
    {
    case PROP_TIMELINE:
      self->timeline = g_value_dup_object (value);
      break;
    case PROP_TOUR:
      kwa_tour_player_set_tour (self, g_value_get_pointer (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_tour_player_class_init (KwaTourPlayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kwa_tour_player_dispose;
  object_class->get_property = kwa_tour_player_get_property;
  object_class->set_property = kwa_tour_player_set_property;

  /**
   * KwaTourPlayer:timeline:
   *
   * The clock a stop is shown on.
   */
  properties[PROP_TIMELINE] =
    g_param_spec_object ("timeline", NULL, NULL, KWA_TYPE_TIMELINE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * KwaTourPlayer:tour: (type gpointer)
   *
   * The #KwaTour played, borrowed from the exhibit; %NULL for none.
   */
  properties[PROP_TOUR] =
    g_param_spec_pointer ("tour", NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * KwaTourPlayer:stop-index:
   *
   * The stop shown, from 0; -1 before the first.
   */
  properties[PROP_STOP_INDEX] =
    g_param_spec_int ("stop-index", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kwa_tour_player_init (KwaTourPlayer *self)
{
  self->stop_index = -1;
}

KwaTourPlayer *
kwa_tour_player_new (KwaTimeline *timeline)
{
  g_return_val_if_fail (KWA_IS_TIMELINE (timeline), NULL);

  return g_object_new (KWA_TYPE_TOUR_PLAYER, "timeline", timeline, NULL);
}

/**
 * kwa_tour_player_get_timeline:
 *
 * Returns: (transfer none): the clock stops are shown on
 */
KwaTimeline *
kwa_tour_player_get_timeline (KwaTourPlayer *self)
{
  g_return_val_if_fail (KWA_IS_TOUR_PLAYER (self), NULL);
  return self->timeline;
}

/**
 * kwa_tour_player_get_tour:
 *
 * Returns: (transfer none) (nullable): the tour played
 */
const KwaTour *
kwa_tour_player_get_tour (KwaTourPlayer *self)
{
  g_return_val_if_fail (KWA_IS_TOUR_PLAYER (self), NULL);
  return self->tour;
}

/**
 * kwa_tour_player_set_tour:
 * @tour: (nullable): a tour of the timeline's exhibit, or %NULL
 *
 * Plays @tour from before its first stop. The clock is left as it is
 * until a stop is shown.
 */
void
kwa_tour_player_set_tour (KwaTourPlayer *self,
                          const KwaTour *tour)
{
  g_return_if_fail (KWA_IS_TOUR_PLAYER (self));

  if (self->tour == tour)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  self->sweeping = FALSE;
  self->tour = tour;
  set_stop_index (self, -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOUR]);
  g_object_thaw_notify (G_OBJECT (self));
}

guint
kwa_tour_player_get_n_stops (KwaTourPlayer *self)
{
  g_return_val_if_fail (KWA_IS_TOUR_PLAYER (self), 0);
  return self->tour != NULL ? self->tour->n_stops : 0;
}

int
kwa_tour_player_get_stop_index (KwaTourPlayer *self)
{
  g_return_val_if_fail (KWA_IS_TOUR_PLAYER (self), -1);
  return self->stop_index;
}

/**
 * kwa_tour_player_get_stop:
 *
 * Returns: (nullable): the stop shown; %NULL before the first
 */
const KwaTourStop *
kwa_tour_player_get_stop (KwaTourPlayer *self)
{
  g_return_val_if_fail (KWA_IS_TOUR_PLAYER (self), NULL);

  if (self->tour == NULL || self->stop_index < 0)
    return NULL;
  return &self->tour->stops[self->stop_index];
}

/**
 * kwa_tour_player_get_next_stop:
 *
 * Returns: (nullable): the stop kwa_tour_player_next() would show; %NULL
 *   after the last
 */
const KwaTourStop *
kwa_tour_player_get_next_stop (KwaTourPlayer *self)
{
  g_return_val_if_fail (KWA_IS_TOUR_PLAYER (self), NULL);

  if (self->tour == NULL || self->stop_index + 1 >= (int) self->tour->n_stops)
    return NULL;
  return &self->tour->stops[self->stop_index + 1];
}

/**
 * kwa_tour_player_go_to:
 * @index: a stop of the tour, from 0
 *
 * Shows stop @index: the timeline stops on its day with its event chosen.
 * Going to the stop already shown shows it again (the clock may have
 * moved since), without notifying #KwaTourPlayer:stop-index.
 *
 * Returns: whether there is such a stop; if not, nothing changes
 */
gboolean
kwa_tour_player_go_to (KwaTourPlayer *self,
                       int            index)
{
  g_return_val_if_fail (KWA_IS_TOUR_PLAYER (self), FALSE);

  if (self->tour == NULL || index < 0 || index >= (int) self->tour->n_stops)
    return FALSE;

  self->sweeping = FALSE;
  set_stop_index (self, index);
  apply_stop (self, &self->tour->stops[index]);

  return TRUE;
}

/**
 * kwa_tour_player_sweep_to:
 * @index: a stop of the tour, from 0
 * @time_scale: how much longer (or, below 1, shorter) than usual the
 *   sweep takes
 *
 * Goes to stop @index as kwa_tour_player_go_to() does, but through the
 * days between: the clock stops, then kwa_tour_player_tick() moves it a
 * little each frame until it is on the stop's day, with its event chosen.
 * A stop on the day the clock shows is gone to at once.
 *
 * Returns: whether there is such a stop; if not, nothing changes
 */
gboolean
kwa_tour_player_sweep_to (KwaTourPlayer *self,
                          int            index,
                          double         time_scale)
{
  const KwaTourStop *stop;
  double from;

  g_return_val_if_fail (KWA_IS_TOUR_PLAYER (self), FALSE);
  g_return_val_if_fail (time_scale > 0, FALSE);

  if (self->tour == NULL || index < 0 || index >= (int) self->tour->n_stops)
    return FALSE;

  stop = &self->tour->stops[index];
  from = kwa_timeline_get_time (self->timeline);
  if (kwa_timeline_get_date (self->timeline) == stop->date)
    return kwa_tour_player_go_to (self, index);

  kwa_timeline_set_playing (self->timeline, FALSE);
  set_stop_index (self, index);
  self->sweeping = TRUE;
  self->sweep_from = from;
  self->sweep_to = stop->date;
  self->sweep_last = from;
  self->sweep_start_us = -1;
  self->sweep_length_us = (gint64) (kwa_tour_sweep_seconds (stop->date - from) * time_scale * G_USEC_PER_SEC);
  self->sweep_length_us = MAX (self->sweep_length_us, 1);

  return TRUE;
}

/**
 * kwa_tour_player_tick:
 * @frame_time_us: the frame clock's time, in microseconds
 *
 * Moves a sweep on to where it is at @frame_time_us; at its end, the
 * stop is shown as kwa_tour_player_go_to() shows it. The first tick of a
 * sweep is its start.
 *
 * Returns: whether the sweep goes on (call again next frame)
 */
gboolean
kwa_tour_player_tick (KwaTourPlayer *self,
                      gint64         frame_time_us)
{
  double t;

  g_return_val_if_fail (KWA_IS_TOUR_PLAYER (self), FALSE);

  if (!self->sweeping)
    return FALSE;

  /* Someone else moved the clock: theirs is the last word. */
  if (kwa_timeline_get_time (self->timeline) != self->sweep_last)
    {
      self->sweeping = FALSE;
      return FALSE;
    }

  if (self->sweep_start_us < 0)
    self->sweep_start_us = frame_time_us;
  t = (double) (frame_time_us - self->sweep_start_us) / (double) self->sweep_length_us;
  if (t >= 1.0)
    {
      self->sweeping = FALSE;
      apply_stop (self, &self->tour->stops[self->stop_index]);
      return FALSE;
    }

  kwa_timeline_set_time (self->timeline, self->sweep_from + (self->sweep_to - self->sweep_from) * ease_in_out (t));
  self->sweep_last = kwa_timeline_get_time (self->timeline);
  return TRUE;
}

/**
 * kwa_tour_player_stop_sweep:
 *
 * Ends a sweep where it is: the clock stays on the day it reached.
 */
void
kwa_tour_player_stop_sweep (KwaTourPlayer *self)
{
  g_return_if_fail (KWA_IS_TOUR_PLAYER (self));
  self->sweeping = FALSE;
}

/**
 * kwa_tour_player_get_sweeping:
 *
 * Returns: whether a sweep is under way
 */
gboolean
kwa_tour_player_get_sweeping (KwaTourPlayer *self)
{
  g_return_val_if_fail (KWA_IS_TOUR_PLAYER (self), FALSE);
  return self->sweeping;
}

/**
 * kwa_tour_player_next:
 *
 * Returns: whether there was a next stop to show
 */
gboolean
kwa_tour_player_next (KwaTourPlayer *self)
{
  g_return_val_if_fail (KWA_IS_TOUR_PLAYER (self), FALSE);
  return kwa_tour_player_go_to (self, self->stop_index + 1);
}

/**
 * kwa_tour_player_previous:
 *
 * Returns: whether there was a previous stop to show (there is none
 *   before the first)
 */
gboolean
kwa_tour_player_previous (KwaTourPlayer *self)
{
  g_return_val_if_fail (KWA_IS_TOUR_PLAYER (self), FALSE);
  return kwa_tour_player_go_to (self, self->stop_index - 1);
}

/**
 * kwa_tour_player_restart:
 *
 * Goes back to before the first stop, as a tour just set: the next
 * kwa_tour_player_next() shows the first stop. The clock is left as it
 * is.
 */
void
kwa_tour_player_restart (KwaTourPlayer *self)
{
  g_return_if_fail (KWA_IS_TOUR_PLAYER (self));
  self->sweeping = FALSE;
  set_stop_index (self, -1);
}
