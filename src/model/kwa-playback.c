/* kwa-playback.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-playback"

#include "config.h"

#include "kwa-playback.h"

/**
 * KwaPlayback:
 *
 * What moves the one clock while it plays. There is one per session, so
 * however many timeline bars show the clock (the main window's, the
 * presenter's), it advances once per frame at the chosen speed.
 *
 * The model knows no frame clock: whoever shows the session (the
 * application, from the frame clock of one of its windows) calls
 * kwa_playback_tick() with each frame's time while
 * #KwaPlayback:running is %TRUE. Ticking from the display's frames rather
 * than a timer keeps the dates in step with what is drawn, so the front
 * moves evenly instead of now and then standing still for a frame.
 */
struct _KwaPlayback
{
  GObject      parent_instance;

  KwaTimeline *timeline;
  gint64       last_frame_time;   /* 0: the next tick only starts the count */
  gboolean     running;
};

G_DEFINE_FINAL_TYPE (KwaPlayback, kwa_playback, G_TYPE_OBJECT)

/* A frame that took longer than this (a stall, a suspended laptop, a
 * window dragged between monitors) moves the clock only this far, so the
 * story never leaps ahead. */
#define MAX_FRAME_SECONDS 0.1

enum {
  PROP_0,
  PROP_TIMELINE,
  PROP_RUNNING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
playing_changed_cb (KwaPlayback *self)
{
  gboolean running = kwa_timeline_get_playing (self->timeline);

  /* A new run counts its first frame from that frame, not from the last
   * frame of the previous run. */
  self->last_frame_time = 0;

  if (self->running == running)
    return;

  self->running = running;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

static void
kwa_playback_constructed (GObject *object)
{
  KwaPlayback *self = KWA_PLAYBACK (object);

  G_OBJECT_CLASS (kwa_playback_parent_class)->constructed (object);

  g_signal_connect_object (self->timeline, "notify::playing", G_CALLBACK (playing_changed_cb),
                           self, G_CONNECT_SWAPPED);
  self->running = kwa_timeline_get_playing (self->timeline);
}

static void
kwa_playback_finalize (GObject *object)
{
  KwaPlayback *self = KWA_PLAYBACK (object);

  g_clear_object (&self->timeline);

  G_OBJECT_CLASS (kwa_playback_parent_class)->finalize (object);
}

static void
kwa_playback_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KwaPlayback *self = KWA_PLAYBACK (object);

  switch (prop_id)
    {
    case PROP_TIMELINE:
      g_value_set_object (value, self->timeline);
      break;
    case PROP_RUNNING:
      g_value_set_boolean (value, self->running);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_playback_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KwaPlayback *self = KWA_PLAYBACK (object);

  switch (prop_id)
    {
    case PROP_TIMELINE:
      self->timeline = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_playback_class_init (KwaPlaybackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = kwa_playback_constructed;
  object_class->finalize = kwa_playback_finalize;
  object_class->get_property = kwa_playback_get_property;
  object_class->set_property = kwa_playback_set_property;

  properties[PROP_TIMELINE] =
    g_param_spec_object ("timeline", NULL, NULL, KWA_TYPE_TIMELINE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kwa_playback_init (KwaPlayback *self)
{
}

KwaPlayback *
kwa_playback_new (KwaTimeline *timeline)
{
  g_return_val_if_fail (KWA_IS_TIMELINE (timeline), NULL);

  return g_object_new (KWA_TYPE_PLAYBACK, "timeline", timeline, NULL);
}

KwaTimeline *
kwa_playback_get_timeline (KwaPlayback *self)
{
  g_return_val_if_fail (KWA_IS_PLAYBACK (self), NULL);

  return self->timeline;
}

/**
 * kwa_playback_get_running:
 *
 * Returns: whether the clock is playing, so that frames should be fed to
 *   kwa_playback_tick()
 */
gboolean
kwa_playback_get_running (KwaPlayback *self)
{
  g_return_val_if_fail (KWA_IS_PLAYBACK (self), FALSE);

  return self->running;
}

/**
 * kwa_playback_tick:
 * @frame_time_us: the frame's time, in microseconds of a monotonic clock
 *
 * Moves the playing clock on by the time since the previous tick times
 * the speed (at most %MAX_FRAME_SECONDS of it). At the end of the war the
 * timeline stops itself, and #KwaPlayback:running turns %FALSE.
 */
void
kwa_playback_tick (KwaPlayback *self,
                   gint64       frame_time_us)
{
  double seconds;

  g_return_if_fail (KWA_IS_PLAYBACK (self));

  if (!self->running)
    return;

  if (self->last_frame_time == 0 || frame_time_us <= self->last_frame_time)
    {
      self->last_frame_time = frame_time_us;
      return;
    }

  seconds = (frame_time_us - self->last_frame_time) / (double) G_USEC_PER_SEC;
  self->last_frame_time = frame_time_us;
  kwa_timeline_advance (self->timeline, MIN (seconds, MAX_FRAME_SECONDS));
}
