/* kwa-tour-player.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-tour-player"

#include "config.h"

#include "kwa-tour-player.h"

/* Where a tour is: which stop it shows, and what showing a stop does to
 * the one clock. The kiosk's attract loop and the presenter's lesson both
 * step through tours with it, so a stop means the same day, the same
 * chosen event and a stopped clock wherever it is shown; how a stop is
 * framed on a map is kwa_tour_view_frame()'s.
 *
 * The tour is borrowed from the exhibit: whoever sets it sets it again
 * (or NULL) when the exhibit is reloaded. */

struct _KwaTourPlayer
{
  GObject        parent_instance;

  /* Owned */
  KwaTimeline   *timeline;

  /* Borrowed from the exhibit */
  const KwaTour *tour;

  int            stop_index;   /* -1 before the first stop */
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

  set_stop_index (self, index);
  apply_stop (self, &self->tour->stops[index]);

  return TRUE;
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
  set_stop_index (self, -1);
}
