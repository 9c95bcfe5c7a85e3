/* kwa-timeline.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-timeline"

#include "config.h"

#include <math.h>

#include "kwa-timeline.h"

/* The one clock. The slider, the map, every panel, the kiosk and the
 * presenter read "now" from here and change it only through here; none of
 * them talks to another. Time is fractional days, so playback moves the
 * fronts smoothly between whole days; "date" is the day it falls on. */

struct _KwaTimeline
{
  GObject         parent_instance;

  /* Owned */
  KwaExhibit     *exhibit;

  /* Borrowed from the exhibit */
  const KwaEvent *selected_event;

  double          time;
  gboolean        playing;
  double          speed;
};

G_DEFINE_FINAL_TYPE (KwaTimeline, kwa_timeline, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_EXHIBIT,
  PROP_TIME,
  PROP_DATE,
  PROP_PLAYING,
  PROP_SPEED,
  PROP_SELECTED_EVENT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kwa_timeline_dispose (GObject *object)
{
  KwaTimeline *self = KWA_TIMELINE (object);

  self->selected_event = NULL;
  g_clear_object (&self->exhibit);

  G_OBJECT_CLASS (kwa_timeline_parent_class)->dispose (object);
}

static void
kwa_timeline_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KwaTimeline *self = KWA_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_EXHIBIT:
      g_value_set_object (value, self->exhibit);
      break;
    case PROP_TIME:
      g_value_set_double (value, self->time);
      break;
    case PROP_DATE:
      g_value_set_int (value, kwa_timeline_get_date (self));
      break;
    case PROP_PLAYING:
      g_value_set_boolean (value, self->playing);
      break;
    case PROP_SPEED:
      g_value_set_double (value, self->speed);
      break;
    case PROP_SELECTED_EVENT_ID:
      g_value_set_string (value, self->selected_event ? self->selected_event->id : NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_timeline_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KwaTimeline *self = KWA_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_EXHIBIT:
      kwa_timeline_set_exhibit (self, g_value_get_object (value));
      break;
    case PROP_TIME:
      kwa_timeline_set_time (self, g_value_get_double (value));
      break;
    case PROP_DATE:
      kwa_timeline_set_date (self, g_value_get_int (value));
      break;
    case PROP_PLAYING:
      kwa_timeline_set_playing (self, g_value_get_boolean (value));
      break;
    case PROP_SPEED:
      kwa_timeline_set_speed (self, g_value_get_double (value));
      break;
    case PROP_SELECTED_EVENT_ID:
      kwa_timeline_go_to_event (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_timeline_class_init (KwaTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kwa_timeline_dispose;
  object_class->get_property = kwa_timeline_get_property;
  object_class->set_property = kwa_timeline_set_property;

  properties[PROP_EXHIBIT] =
    g_param_spec_object ("exhibit", NULL, NULL, KWA_TYPE_EXHIBIT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TIME] =
    g_param_spec_double ("time", NULL, NULL, -1e7, 1e7, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_int ("date", NULL, NULL, G_MININT32, G_MAXINT32, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAYING] =
    g_param_spec_boolean ("playing", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SPEED] =
    g_param_spec_double ("speed", NULL, NULL, KWA_TIMELINE_MIN_SPEED, KWA_TIMELINE_MAX_SPEED, 7.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_EVENT_ID] =
    g_param_spec_string ("selected-event-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kwa_timeline_init (KwaTimeline *self)
{
  self->speed = 7.0;
}

KwaTimeline *
kwa_timeline_new (KwaExhibit *exhibit)
{
  g_return_val_if_fail (exhibit == NULL || KWA_IS_EXHIBIT (exhibit), NULL);

  return g_object_new (KWA_TYPE_TIMELINE, "exhibit", exhibit, NULL);
}

KwaExhibit *
kwa_timeline_get_exhibit (KwaTimeline *self)
{
  g_return_val_if_fail (KWA_IS_TIMELINE (self), NULL);
  return self->exhibit;
}

/**
 * kwa_timeline_set_exhibit:
 *
 * Swaps the exhibit (a hot reload) keeping the time, clamped to the new
 * range, and the selection when the new exhibit has the same event.
 */
void
kwa_timeline_set_exhibit (KwaTimeline *self,
                          KwaExhibit  *exhibit)
{
  g_autofree char *selected_id = NULL;

  g_return_if_fail (KWA_IS_TIMELINE (self));
  g_return_if_fail (exhibit == NULL || KWA_IS_EXHIBIT (exhibit));

  if (self->exhibit == exhibit)
    return;

  selected_id = self->selected_event ? g_strdup (self->selected_event->id) : NULL;
  self->selected_event = NULL;

  if (self->exhibit == NULL && exhibit != NULL)
    self->time = kwa_exhibit_get_time_range (exhibit).start;

  g_set_object (&self->exhibit, exhibit);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXHIBIT]);

  if (exhibit != NULL && selected_id != NULL)
    self->selected_event = kwa_exhibit_find_event (exhibit, selected_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_EVENT_ID]);

  kwa_timeline_set_time (self, self->time);
}

double
kwa_timeline_get_time (KwaTimeline *self)
{
  g_return_val_if_fail (KWA_IS_TIMELINE (self), 0);
  return self->time;
}

KwaDateRange
kwa_timeline_get_range (KwaTimeline *self)
{
  KwaDateRange everything = { KWA_DATE_NONE, KWA_DATE_NONE };

  g_return_val_if_fail (KWA_IS_TIMELINE (self), everything);

  if (self->exhibit == NULL)
    return everything;

  return kwa_exhibit_get_time_range (self->exhibit);
}

void
kwa_timeline_set_time (KwaTimeline *self,
                       double       time)
{
  KwaDate old_date;

  g_return_if_fail (KWA_IS_TIMELINE (self));
  g_return_if_fail (isfinite (time));

  if (self->exhibit != NULL)
    {
      KwaDateRange range = kwa_exhibit_get_time_range (self->exhibit);
      time = CLAMP (time, range.start, range.end);
    }

  old_date = kwa_timeline_get_date (self);
  if (self->time == time)
    return;

  self->time = time;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME]);
  if (kwa_timeline_get_date (self) != old_date)
    {
      /* A pick is of its day: scrubbed or played to another, the map and
       * the Event panel follow the date again, not an event left behind
       * in 1948. Whoever goes to an event's day picks it after. */
      kwa_timeline_select_event (self, NULL);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
    }
}

KwaDate
kwa_timeline_get_date (KwaTimeline *self)
{
  g_return_val_if_fail (KWA_IS_TIMELINE (self), 0);
  return (KwaDate) floor (self->time);
}

void
kwa_timeline_set_date (KwaTimeline *self,
                       KwaDate      date)
{
  g_return_if_fail (KWA_IS_TIMELINE (self));
  kwa_timeline_set_time (self, date);
}

gboolean
kwa_timeline_get_playing (KwaTimeline *self)
{
  g_return_val_if_fail (KWA_IS_TIMELINE (self), FALSE);
  return self->playing;
}

void
kwa_timeline_set_playing (KwaTimeline *self,
                          gboolean     playing)
{
  g_return_if_fail (KWA_IS_TIMELINE (self));

  playing = !!playing;
  if (self->playing == playing)
    return;

  /* Play from the start when already at the end. */
  if (playing && self->exhibit != NULL &&
      self->time >= kwa_exhibit_get_time_range (self->exhibit).end)
    kwa_timeline_set_time (self, kwa_exhibit_get_time_range (self->exhibit).start);

  self->playing = playing;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
}

double
kwa_timeline_get_speed (KwaTimeline *self)
{
  g_return_val_if_fail (KWA_IS_TIMELINE (self), 1.0);
  return self->speed;
}

void
kwa_timeline_set_speed (KwaTimeline *self,
                        double       days_per_second)
{
  g_return_if_fail (KWA_IS_TIMELINE (self));

  days_per_second = CLAMP (days_per_second, KWA_TIMELINE_MIN_SPEED, KWA_TIMELINE_MAX_SPEED);
  if (self->speed == days_per_second)
    return;

  self->speed = days_per_second;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEED]);
}

const KwaEvent *
kwa_timeline_get_selected_event (KwaTimeline *self)
{
  g_return_val_if_fail (KWA_IS_TIMELINE (self), NULL);
  return self->selected_event;
}

/* Selects without moving the clock: a marker tapped on the map shows its
 * event, whatever day it is. */
void
kwa_timeline_select_event (KwaTimeline    *self,
                           const KwaEvent *event)
{
  g_return_if_fail (KWA_IS_TIMELINE (self));

  if (self->selected_event == event)
    return;

  self->selected_event = event;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_EVENT_ID]);
}

/**
 * kwa_timeline_go_to_event:
 * @event_id: (nullable): an event's id, or %NULL to clear the selection
 *
 * Moves the clock to the event's first day and selects it.
 *
 * Returns: %FALSE when the exhibit has no such event
 */
gboolean
kwa_timeline_go_to_event (KwaTimeline *self,
                          const char  *event_id)
{
  const KwaEvent *event;

  g_return_val_if_fail (KWA_IS_TIMELINE (self), FALSE);

  if (event_id == NULL)
    {
      kwa_timeline_select_event (self, NULL);
      return TRUE;
    }

  if (self->exhibit == NULL || !(event = kwa_exhibit_find_event (self->exhibit, event_id)))
    return FALSE;

  kwa_timeline_set_playing (self, FALSE);
  kwa_timeline_set_time (self, event->date);
  kwa_timeline_select_event (self, event);

  return TRUE;
}

/* The first event that begins after today (or, backwards, the last that
 * began before it), skipping events sharing a day with the one passed. */
static const KwaEvent *
neighbour_event (KwaTimeline *self,
                 int          direction)
{
  guint n;
  const KwaEvent *events;
  KwaDate today = kwa_timeline_get_date (self);

  if (self->exhibit == NULL)
    return NULL;

  events = kwa_exhibit_get_events (self->exhibit, &n);
  if (direction > 0)
    {
      for (guint i = 0; i < n; i++)
        if (events[i].date > today)
          return &events[i];
    }
  else
    {
      for (guint i = n; i > 0; i--)
        if (events[i - 1].date < today)
          {
            /* On a day with several events, the most important. */
            const KwaEvent *best = &events[i - 1];

            for (guint j = i - 1; j > 0 && events[j - 1].date == best->date; j--)
              if (events[j - 1].importance < best->importance)
                best = &events[j - 1];
            return best;
          }
    }

  return NULL;
}

gboolean
kwa_timeline_next_event (KwaTimeline *self)
{
  const KwaEvent *event;

  g_return_val_if_fail (KWA_IS_TIMELINE (self), FALSE);

  event = neighbour_event (self, +1);
  return event != NULL && kwa_timeline_go_to_event (self, event->id);
}

gboolean
kwa_timeline_previous_event (KwaTimeline *self)
{
  const KwaEvent *event;

  g_return_val_if_fail (KWA_IS_TIMELINE (self), FALSE);

  event = neighbour_event (self, -1);
  return event != NULL && kwa_timeline_go_to_event (self, event->id);
}

void
kwa_timeline_step_days (KwaTimeline *self,
                        int          days)
{
  g_return_if_fail (KWA_IS_TIMELINE (self));

  kwa_timeline_set_playing (self, FALSE);
  kwa_timeline_set_time (self, floor (self->time) + days);
}

/**
 * kwa_timeline_advance:
 * @seconds: wall-clock time since the last frame
 *
 * Moves a playing clock on by @seconds × speed days, stopping at the end.
 */
void
kwa_timeline_advance (KwaTimeline *self,
                      double       seconds)
{
  g_return_if_fail (KWA_IS_TIMELINE (self));

  if (!self->playing || seconds <= 0)
    return;

  kwa_timeline_set_time (self, self->time + seconds * self->speed);

  if (self->exhibit != NULL && self->time >= kwa_exhibit_get_time_range (self->exhibit).end)
    kwa_timeline_set_playing (self, FALSE);
}
